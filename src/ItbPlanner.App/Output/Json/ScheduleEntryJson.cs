using ItbPlanner.Domain.Log;
using ItbPlanner.Domain.Refills;
using ItbPlanner.Domain.Scheduling;

namespace ItbPlanner.App.Output.Json;

/// <summary>One patient of <c>itb schedule --json</c>; quantities in the units their names spell.</summary>
internal sealed record ScheduleEntryJson(
    string PatientId,
    string Label,
    string? Pump,
    string Urgency,
    decimal DoseMcgPerDay,
    decimal ConcentrationMcgPerMl,
    decimal RateMlPerDay,
    string Mode,
    bool Suspended,
    decimal DailyVolumeMlPerDay,
    DateOnly? LastFillDate,
    decimal? LastFillVolumeMl,
    decimal? LastFillConcentrationMcgPerMl,
    DateOnly? AlarmDate,
    DateOnly? EmptyDate,
    DateOnly? WorstCaseEmptyDate,
    DateOnly? RefillByDate,
    string? RefillByLimit,
    int? DaysUntilRefillBy,
    DateOnly? RecordedAlarmDate,
    DateOnly? RecordedRefillByDate,
    bool? RecordedDatesStale,
    DateOnly? EriDate,
    string[] RiskFactors,
    string? RiskNotes,
    OpenAlarmJson[] OpenAlarms,
    AlertJson[] Alerts,
    string[] Working)
{
    /// <summary>The contract's spelling of an urgency.</summary>
    public static string UrgencyName(ScheduleUrgency urgency) => urgency switch
    {
        ScheduleUrgency.WithdrawalEmergency => "withdrawal-emergency",
        ScheduleUrgency.PastAlarmDate => "past-alarm-date",
        ScheduleUrgency.Overdue => "overdue",
        ScheduleUrgency.DatesUnknown => "dates-unknown",
        ScheduleUrgency.Scheduled => "scheduled",
        _ => throw new ArgumentOutOfRangeException(nameof(urgency), urgency, "Unknown urgency."),
    };

    /// <summary>The contract's spelling of what set a refill-by date (<c>alarm|worst-case-empty|stability</c>), or null.</summary>
    public static string? LimitName(RefillLimit? limit) => limit switch
    {
        null => null,
        RefillLimit.Alarm => "alarm",
        RefillLimit.WorstCaseEmpty => "worst-case-empty",
        RefillLimit.Stability => "stability",
        _ => throw new ArgumentOutOfRangeException(nameof(limit), limit, "Unknown limit."),
    };

    /// <summary>Converts an entry.</summary>
    public static ScheduleEntryJson From(ScheduleEntry entry)
    {
        var program = entry.Program;
        var fill = entry.LastFill;
        return new(
            entry.PatientId.Value,
            entry.Label,
            entry.PumpModelId,
            UrgencyName(entry.Urgency),
            JsonOutput.Number(program.Dose.MicrogramsPerDay),
            JsonOutput.Number(program.Concentration.MicrogramsPerMilliliter),
            JsonOutput.Number(program.Rate.MillilitersPerDay),
            LogCodes.Code(program.Mode),
            program.Suspended,
            JsonOutput.Number(entry.DailyVolume.MillilitersPerDay),
            entry.LastFillDate,
            fill is null ? null : JsonOutput.Number(fill.Volume.Milliliters),
            fill is null ? null : JsonOutput.Number(fill.Concentration.MicrogramsPerMilliliter),
            entry.AlarmDate,
            entry.EmptyDate,
            entry.WorstCaseEmptyDate,
            entry.RefillByDate,
            LimitName(entry.BindingLimit),
            entry.DaysUntilRefillBy,
            entry.RecordedDates?.AlarmDate,
            entry.RecordedDates?.RefillByDate,
            entry.RecordedDates?.Stale,
            entry.ElectiveReplacementDate,
            [.. entry.RiskFactors.Select(LogCodes.Code)],
            entry.RiskNotes,
            [.. entry.OpenAlarms.Select(a => new OpenAlarmJson(LogCodes.Code(a.Alarm), LogTimestamp.Format(a.At), a.Seq))],
            AlertJson.From(entry.Alerts),
            [.. entry.Working]);
    }
}
