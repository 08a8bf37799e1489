using ItbPlanner.Domain.Alerts;
using ItbPlanner.Domain.Log.Timeline;
using ItbPlanner.Domain.Protocols;

namespace ItbPlanner.Domain.Scheduling;

/// <summary>
/// The clinic's refill schedule on a day: every patient with a program in force, most urgent first (an open withdrawal
/// emergency, alarm date come, then overdue, then dates unknown, then by refill-by date; ties put patients with
/// withdrawal risk first). The dates are each patient's <see cref="PatientOutlook"/>: recomputed from the last fill and
/// program with the refill calculator, never taken from the log;
/// recorded dates are only compared. Patients not yet implanted or explanted are not listed.
/// </summary>
/// <param name="Today">The day the schedule is for.</param>
/// <param name="Entries">The patients, most urgent first.</param>
/// <param name="Alerts">Findings about the schedule as a whole (the protocol settings it used that await site verification).</param>
public sealed record ClinicSchedule(DateOnly Today, IReadOnlyList<ScheduleEntry> Entries, IReadOnlyList<Alert> Alerts)
{
    /// <summary>Builds the schedule from the patients' logs.</summary>
    /// <param name="records">Every registered patient's log; those without a program in force are left out.</param>
    /// <param name="protocol">The protocol: pump models, refill rules, dose limits.</param>
    /// <param name="today">Today, in the clinic's time zone.</param>
    /// <param name="zone">The clinic's time zone, which turns logged moments into dates.</param>
    public static ClinicSchedule Build(IEnumerable<TherapyRecord> records, Protocol protocol, DateOnly today, TimeZoneInfo zone)
    {
        ArgumentNullException.ThrowIfNull(records);
        ArgumentNullException.ThrowIfNull(protocol);
        ArgumentNullException.ThrowIfNull(zone);
        return Of(records.Select(record => PatientOutlook.Read(record, protocol, today, zone)), today);
    }

    /// <summary>
    /// The schedule of patients' outlooks already computed for a day (<see cref="PatientOutlook.Read"/>): the ones with a
    /// program in force, most urgent first. For a clinic read one record at a time, keeping only each outlook.
    /// </summary>
    /// <exception cref="ArgumentException">An outlook is for another day.</exception>
    public static ClinicSchedule Of(IEnumerable<PatientOutlook> outlooks, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(outlooks);
        var entries = new List<ScheduleEntry>();
        var siteAlerts = new List<Alert>();
        foreach (var outlook in outlooks)
        {
            if (outlook.Today != today)
            {
                throw new ArgumentException($"An outlook for {outlook.Today:yyyy-MM-dd} cannot be scheduled on {today:yyyy-MM-dd}.", nameof(outlooks));
            }

            if (outlook.Entry is { } entry)
            {
                entries.Add(entry);
                siteAlerts.AddRange(outlook.SiteAlerts);
            }
        }

        var sorted = entries
            .OrderBy(e => e.Urgency)
            .ThenBy(e => e.RefillByDate ?? DateOnly.MinValue)
            .ThenBy(e => e.WorstCaseEmptyDate ?? DateOnly.MinValue)
            .ThenByDescending(e => e.HasWithdrawalRisk)
            .ThenBy(e => e.Label, StringComparer.Ordinal)
            .ThenBy(e => e.PatientId)
            .ToArray();
        return new ClinicSchedule(today, sorted, SiteVerification.Merge(siteAlerts));
    }

    /// <summary>
    /// The patients whose refill-by date is within <paramref name="days"/> days of today, plus every overdue patient and
    /// every patient whose dates are unknown.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="days"/> is negative.</exception>
    public ClinicSchedule Within(int days)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(days);
        var last = Today.AddDays(days);
        return this with { Entries = [.. Entries.Where(e => e.Urgency != ScheduleUrgency.Scheduled || e.RefillByDate <= last)] };
    }
}
