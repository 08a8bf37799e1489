using ItbPlanner.Domain.Alerts;
using ItbPlanner.Domain.Errors;
using ItbPlanner.Domain.Internal;
using ItbPlanner.Domain.Protocols;
using ItbPlanner.Domain.Quantities;

namespace ItbPlanner.Domain.Titration;

/// <summary>
/// The post-implant starting daily dose from the screening result: the protocol's multiple (2 ×) of the effective
/// screening bolus over 24 h; the bolus itself over 24 h if its effect lasted <b>more than</b> the protocol's threshold
/// (8 h: exactly 8 h still doubles) or it caused an adverse reaction. An adverse reaction takes precedence.
/// </summary>
public static class StartDoseCalculator
{
    /// <summary>Computes the starting dose.</summary>
    /// <param name="protocol">The protocol.</param>
    /// <param name="screeningDose">The effective screening bolus.</param>
    /// <param name="effect">How long its effect lasted.</param>
    /// <param name="adverseReaction">True when the bolus caused an adverse reaction.</param>
    /// <exception cref="InvalidInputException">The bolus is not positive or the effect is negative.</exception>
    /// <exception cref="ProtocolLimitException">The bolus is above the protocol's screening maximum (<c>SCREENING_BOLUS_ABOVE_MAXIMUM</c>).</exception>
    public static StartDoseResult Calculate(Protocol protocol, Mass screeningDose, Duration effect, bool adverseReaction)
    {
        ArgumentNullException.ThrowIfNull(protocol);
        if (screeningDose <= Mass.Zero)
        {
            throw new InvalidInputException("screening dose", $"The screening dose must be greater than zero; got {screeningDose}.");
        }

        if (effect < Duration.Zero)
        {
            throw new InvalidInputException("effect duration", $"The effect duration must not be negative; got {effect}.");
        }

        var rules = protocol.StartDose;
        var maximum = protocol.Screening.MaximumBolus;
        if (screeningDose > maximum.Value)
        {
            var alert = Alert.Critical(AlertCodes.ScreeningBolusAboveMaximum, $"A screening bolus of {screeningDose} is above the protocol's screening maximum of {maximum.Value}: no starting dose is derived from it.");
            throw new ProtocolLimitException(alert, [alert]);
        }

        var threshold = rules.LongEffectThreshold;
        var working = new List<string>
        {
            $"Effective screening bolus {screeningDose}; effect lasted {effect}; {(adverseReaction ? "an adverse reaction was reported" : "no adverse reaction")}.",
        };

        StartDoseBasis basis;
        decimal multiple;
        if (adverseReaction)
        {
            basis = StartDoseBasis.ScreeningDoseAdverseReaction;
            multiple = 1m;
            working.Add("The bolus caused an adverse reaction, which takes precedence: start at the screening dose itself over 24 h (consider the pump's minimum rate in tenuous cases).");
        }
        else if (effect > threshold.Value)
        {
            basis = StartDoseBasis.ScreeningDoseLongEffect;
            multiple = 1m;
            working.Add($"The effect ({effect}) lasted more than {threshold.Cite()}: start at the screening dose itself over 24 h.");
        }
        else
        {
            basis = StartDoseBasis.DoubleScreeningDose;
            multiple = rules.Multiplier.Value;
            working.Add($"The effect ({effect}) lasted no more than {threshold.Cite()} and there was no adverse reaction: start at {rules.Multiplier.Cite()} × the screening dose over 24 h.");
        }

        var startDose = (screeningDose * multiple).SpreadOver(Duration.FromDays(1));
        working.Add($"Start dose = {multiple.ToInvariant()} × {screeningDose} ÷ 24 h = {startDose} ({startDose.MicrogramsPerHour.ToDisplay(2)} mcg/h).");
        working.Add($"No dose increase for {rules.PostImplantHold.Cite()} after the infusion starts.");
        return new StartDoseResult(screeningDose, startDose, basis, working);
    }
}
