using ItbPlanner.Domain.Alerts;
using ItbPlanner.Domain.Log.Timeline;
using ItbPlanner.Domain.Protocols;
using ItbPlanner.Domain.Refills;

namespace ItbPlanner.Domain.Scheduling;

/// <summary>
/// One patient's refill outlook on a day: the low-reservoir alarm, empty, worst-case empty and refill-by dates recomputed
/// from the last fill and the program in force (never the dates stored in the log), the days left, how urgent the
/// refill is, what needs attention and the working. The one computation behind <c>itb schedule</c> (see
/// <see cref="ClinicSchedule"/>) and every view of a patient's dates; the dates recorded in the log (from the programmer
/// or at recording) are carried beside them only as <see cref="RecordedDates"/>.
/// </summary>
public sealed record PatientOutlook
{
    private PatientOutlook(DateOnly today, ScheduleEntry? entry, PlannedDates? recordedDates, IReadOnlyList<Alert> siteAlerts)
    {
        Today = today;
        Entry = entry;
        RecordedDates = recordedDates;
        SiteAlerts = siteAlerts;
    }

    /// <summary>The day the outlook is for.</summary>
    public DateOnly Today { get; }

    /// <summary>The patient's row in the clinic schedule; null when no program is in force (not yet implanted, or explanted).</summary>
    public ScheduleEntry? Entry { get; }

    /// <summary>The alarm and refill-by dates last recorded in the log, if any: shown only as recorded, never as current.</summary>
    public PlannedDates? RecordedDates { get; }

    /// <summary>The protocol settings the dates used that await site verification (<c>SITE_SETTING_UNVERIFIED</c>).</summary>
    public IReadOnlyList<Alert> SiteAlerts { get; }

    /// <summary>Whether a program is in force, so that there are dates to compute.</summary>
    public bool HasProgram => Entry is not null;

    /// <summary>The low-reservoir alarm date, recomputed; null without a program or when it cannot be computed.</summary>
    public DateOnly? AlarmDate => Entry?.AlarmDate;

    /// <summary>The date the reservoir empties at the programmed rate, recomputed.</summary>
    public DateOnly? EmptyDate => Entry?.EmptyDate;

    /// <summary>The date it empties if the pump over-infuses at its accuracy limit, recomputed.</summary>
    public DateOnly? WorstCaseEmptyDate => Entry?.WorstCaseEmptyDate;

    /// <summary>The latest clinic day to refill on, recomputed.</summary>
    public DateOnly? RefillByDate => Entry?.RefillByDate;

    /// <summary>What set the refill-by date.</summary>
    public RefillLimit? BindingLimit => Entry?.BindingLimit;

    /// <summary>Refill-by date − today, in days; negative when overdue.</summary>
    public int? DaysUntilRefillBy => Entry?.DaysUntilRefillBy;

    /// <summary>How urgent the refill is today; null without a program.</summary>
    public ScheduleUrgency? Urgency => Entry?.Urgency;

    /// <summary>What needs attention, most severe first (the schedule's alerts for the patient).</summary>
    public IReadOnlyList<Alert> Alerts => Entry?.Alerts ?? [];

    /// <summary>How the dates were found.</summary>
    public IReadOnlyList<string> Working => Entry?.Working ?? [];

    /// <summary>The same outlook without its working lines, for a view that does not show them.</summary>
    public PatientOutlook WithoutWorking() =>
        Entry is null || Entry.Working.Count == 0 ? this : new PatientOutlook(Today, Entry with { Working = [] }, RecordedDates, SiteAlerts);

    /// <summary>Computes a patient's outlook, exactly as the clinic schedule does.</summary>
    /// <param name="record">The patient's log.</param>
    /// <param name="protocol">The protocol: pump models, refill rules, dose limits.</param>
    /// <param name="today">Today, in the clinic's time zone.</param>
    /// <param name="zone">The clinic's time zone, which turns logged moments into dates.</param>
    public static PatientOutlook Read(TherapyRecord record, Protocol protocol, DateOnly today, TimeZoneInfo zone)
    {
        ArgumentNullException.ThrowIfNull(record);
        ArgumentNullException.ThrowIfNull(protocol);
        ArgumentNullException.ThrowIfNull(zone);
        var (entry, site) = ScheduleEntries.Read(record, protocol, today, zone);
        return new PatientOutlook(today, entry, record.Dates, site);
    }
}
