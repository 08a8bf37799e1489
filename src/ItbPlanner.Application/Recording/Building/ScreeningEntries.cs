using ItbPlanner.Application.Recording.Entries;
using ItbPlanner.Domain.Log;
using ItbPlanner.Domain.Log.Payloads;

namespace ItbPlanner.Application.Recording.Building;

/// <summary>The screening trial's entries: booking, boluses, assessments, outcome.</summary>
internal static class ScreeningEntries
{
    /// <summary>A booked screening trial.</summary>
    public static EntryBuild Booking(ScreeningBookingEntry entry) => new ScreeningScheduledPayload(entry.Date, entry.Notes);

    /// <summary>A booked implant.</summary>
    public static EntryBuild Booking(ImplantBookingEntry entry) => new ImplantScheduledPayload(entry.Date, entry.Notes);

    /// <summary>A bolus: drawn from the protocol's screening strength unless another is given (which the workflow refuses); the next bolus of the trial unless numbered.</summary>
    public static EntryBuild Bolus(EntryContext context, ScreeningBolusEntry entry)
    {
        var strength = entry.Concentration ?? context.Protocol.Screening.Concentration.Value;
        var number = entry.Number ?? context.Record.Effective.Count(e => e.Kind == EventKind.ScreeningBolus) + 1;
        return new ScreeningBolusPayload(entry.Dose, strength, entry.Volume ?? entry.Dose.VolumeAt(strength), entry.Route, number);
    }

    /// <summary>Scores.</summary>
    public static EntryBuild Assessment(AssessmentEntry entry) => new AssessmentPayload([.. entry.Scores], entry.AfterBolus, entry.Notes);

    /// <summary>The outcome: a positive one's effective bolus is the last given unless named.</summary>
    public static EntryBuild Outcome(EntryContext context, ScreeningOutcomeEntry entry)
    {
        var dose = entry.EffectiveDose;
        if (dose is null && entry.Outcome == TrialOutcome.Positive)
        {
            dose = context.Record.Effective.LastOrDefault(e => e.Kind == EventKind.ScreeningBolus)?.ReadPayload<ScreeningBolusPayload>()?.Dose;
        }

        return new ScreeningOutcomePayload(entry.Outcome, dose, entry.EffectDuration, entry.AdverseReaction);
    }
}
