using System.Globalization;
using ItbPlanner.App.Output;
using ItbPlanner.App.Output.Views;
using ItbPlanner.Domain.Log;
using ItbPlanner.Domain.Log.Payloads;
using ItbPlanner.Domain.Quantities;

namespace ItbPlanner.App.Tui.Review;

/// <summary>
/// One line saying what an event records, its doses, strengths, volumes and rates at bedside precision (<see cref="Figures"/>):
/// the log keeps full precision, the screen shows what a clinician reads off a programmer. Events without figures read as
/// the command line's summary.
/// </summary>
internal static class EventFigures
{
    /// <summary>Describes an event on one line, cleaned of anything that could act on a terminal.</summary>
    public static string Describe(LogEvent e)
    {
        ArgumentNullException.ThrowIfNull(e);
        string? text;
        try
        {
            text = Describe(e.ReadPayload());
        }
        catch (EventPayloadException)
        {
            text = null;
        }

        if (text is null)
        {
            return TerminalText.Clean(EventSummary.Describe(e));
        }

        var prefix = e.CorrectsSeq is { } corrected && e.Kind != EventKind.Correction ? $"replaces #{corrected}: " : string.Empty;
        return TerminalText.Clean(prefix + text);
    }

    private static string? Describe(EventPayload payload) => payload switch
    {
        ScreeningBolusPayload bolus => Join(
            Figures.Of(bolus.Dose) + (bolus.Volume is { } v ? $" in {Figures.Of(v)}" : string.Empty) + (bolus.Concentration is { } c ? $" at {Figures.Of(c)}" : string.Empty),
            bolus.Route is { } route ? LogCodes.Code(route) : null,
            bolus.BolusNumber is { } n ? $"bolus {n.ToString(CultureInfo.InvariantCulture)}" : null),
        ScreeningOutcomePayload outcome => Join(
            LogCodes.Code(outcome.Outcome),
            outcome.EffectiveDose is { } dose ? $"effective {Figures.Of(dose)}" : null,
            outcome.EffectDuration is { } effect ? $"effect {Figures.Of(effect)}" : null,
            outcome.AdverseReaction ? "adverse reaction" : null),
        ImplantPayload implant => Join(
            Program(implant.Dose, implant.Concentration, implant.Rate, implant.Mode),
            $"filled {Figures.Of(implant.FillVolume)}",
            implant.PumpModelId,
            implant.Compounded == true ? "compounded" : null,
            Dates(implant.AlarmDate, implant.RefillByDate)),
        DoseProgramPayload program => Join(
            Program(program.Dose, program.Concentration, program.Rate, program.Mode),
            program.PreviousDose is { } before ? $"was {Figures.Of(before)}" : null,
            program.OverrideReason is { } why ? $"limit overridden: {why}" : null,
            Dates(program.AlarmDate, program.RefillByDate)),
        RefillPayload refill => Join(
            $"filled {Figures.Of(refill.FillVolume)} at {Figures.Of(refill.Concentration)}",
            $"aspirated {Figures.Of(refill.Aspirated)}" + (refill.ExpectedResidual is { } expected ? $" (expected {Figures.Of(expected)})" : string.Empty),
            refill.Compounded == true ? "compounded" : null,
            refill.Lot is { } lot ? $"lot {lot}" : null,
            Dates(refill.AlarmDate, refill.RefillByDate)),
        _ => null,
    };

    private static string Program(MassFlow dose, MassConcentration strength, VolumeFlow? rate, DeliveryMode mode) =>
        $"{Figures.Of(dose)} at {Figures.Of(strength)} ({Figures.Of(rate ?? dose.VolumeFlowAt(strength))}"
        + (mode == DeliveryMode.SimpleContinuous ? ")" : $", {LogCodes.Code(mode)})");

    // Dates stored with an event are what was recorded then, never today's dates.
    private static string? Dates(DateOnly? alarm, DateOnly? refillBy) => Join(
        alarm is { } a ? $"recorded alarm {EventSummary.Date(a)}" : null,
        refillBy is { } r ? $"recorded refill by {EventSummary.Date(r)}" : null) is { Length: > 0 } text ? text : null;

    private static string Join(params string?[] parts) => string.Join("; ", parts.Where(p => !string.IsNullOrWhiteSpace(p)));
}
