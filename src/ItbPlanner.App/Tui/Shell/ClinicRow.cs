using System.Globalization;
using ItbPlanner.Application.Clinic;
using ItbPlanner.Application.Visits;
using ItbPlanner.Domain.Log;
using ItbPlanner.Domain.Scheduling;

namespace ItbPlanner.App.Tui.Shell;

/// <summary>A line of the clinic table, as text: the schedule's row with its figures at bedside precision.</summary>
/// <param name="Source">The schedule's row.</param>
internal sealed record ClinicRow(ScheduleRow Source)
{
    /// <summary>The columns, in order, with how each reads a row.</summary>
    public static IReadOnlyList<(string Name, Func<ClinicRow, object> Read)> Columns { get; } =
    [
        ("Patient", r => r.Source.Id.Value),
        ("Phase", r => PhaseText.Of(r.Source.Phase)),
        ("Dose", r => r.Source.Dose is { } d ? Figures.Of(d) : "—"),
        ("Strength", r => r.Source.Strength is { } c ? Figures.Of(c) : "—"),
        ("Alarm", r => r.Source.AlarmDate is { } a ? a.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) : "—"),
        ("Refill by", r => r.Source.RefillBy is { } b ? b.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) : r.Source.Urgency == ScheduleUrgency.DatesUnknown ? "UNKNOWN" : "—"),
        ("Days", r => r.Days),
        ("Flags", r => r.Flags),
    ];

    /// <summary>The patient.</summary>
    public PatientId Id => Source.Id;

    /// <summary>Days left to the refill-by date, or what stands in for them.</summary>
    public string Days => Source switch
    {
        { Urgency: ScheduleUrgency.WithdrawalEmergency } => "EMERGENCY",
        { Urgency: ScheduleUrgency.PastAlarmDate } => "PAST ALARM",
        { DaysLeft: < 0 and var late } => $"OVERDUE {(-late).ToString(CultureInfo.InvariantCulture)}",
        { DaysLeft: { } days } => days.ToString(CultureInfo.InvariantCulture),
        _ => "—",
    };

    /// <summary>Withdrawal risk, a plan not in the pump, open alarms and the schedule's other findings.</summary>
    public string Flags
    {
        get
        {
            var flags = new List<string>();
            if (Source.WithdrawalRisk)
            {
                flags.Add("RISK");
            }

            if (Source.Pending is not null)
            {
                flags.Add("NOT TRANSFERRED");
            }

            if (Source.OpenAlarms > 0)
            {
                flags.Add($"{Source.OpenAlarms} ALARM{(Source.OpenAlarms == 1 ? string.Empty : "S")}");
            }

            flags.AddRange(Source.Attention);
            return string.Join(" ", flags);
        }
    }
}
