using System.Globalization;
using ItbPlanner.Domain.Scheduling;

namespace ItbPlanner.App.Output.Calendar;

/// <summary>
/// The refill schedule as an RFC 5545 iCalendar file a clinic calendar can import: one all-day event per patient on the
/// refill-by date. Only the id and label the clinic chose identify the patient; risk notes and other free text stay out.
/// Pure: schedule in, text out.
/// </summary>
internal static class RefillCalendar
{
    /// <summary>Renders the calendar.</summary>
    /// <param name="schedule">The schedule; patients whose dates are unknown get no event.</param>
    /// <param name="stamp">When the file is made (DTSTAMP), from the injected clock.</param>
    /// <param name="protocolTitle">The protocol the dates were computed with.</param>
    public static string Render(ClinicSchedule schedule, DateTimeOffset stamp, string protocolTitle)
    {
        var ics = new ICalendarText()
            .Line("BEGIN:VCALENDAR")
            .Line("VERSION:2.0")
            .Line("PRODID:-//ItbPlanner//ITB refill schedule//EN")
            .Line("CALSCALE:GREGORIAN")
            .Line("METHOD:PUBLISH");
        var dtstamp = stamp.UtcDateTime.ToString("yyyyMMdd'T'HHmmss'Z'", CultureInfo.InvariantCulture);
        foreach (var entry in schedule.Entries)
        {
            if (entry.RefillByDate is not { } refillBy)
            {
                continue;
            }

            var overdue = entry.IsOverdue ? " — OVERDUE" : string.Empty;
            var risk = entry.HasWithdrawalRisk ? " Withdrawal risk factors recorded." : string.Empty;
            var codes = entry.Alerts.Count == 0 ? string.Empty : $" Alerts: {string.Join(", ", entry.Alerts.Select(a => a.Code).Distinct(StringComparer.Ordinal))}.";
            var description =
                $"Refill the ITB pump of {entry.Label} (id {entry.PatientId}) by {Iso(refillBy)}. " +
                $"Low-reservoir alarm {Iso(entry.AlarmDate)}; worst-case empty {Iso(entry.WorstCaseEmptyDate)}.{risk}{codes} " +
                $"Recomputed from the log on {Iso(schedule.Today)} with {protocolTitle}.";
            ics.Line("BEGIN:VEVENT")
                .Line($"UID:itb-refill-by-{entry.PatientId}-{refillBy.ToString("yyyyMMdd", CultureInfo.InvariantCulture)}@itb-planner")
                .Line($"DTSTAMP:{dtstamp}")
                .Line($"DTSTART;VALUE=DATE:{refillBy.ToString("yyyyMMdd", CultureInfo.InvariantCulture)}")
                .Line($"DTEND;VALUE=DATE:{refillBy.AddDays(1).ToString("yyyyMMdd", CultureInfo.InvariantCulture)}")
                .Line($"SUMMARY:{ICalendarText.Escape($"ITB refill by: {entry.Label}{overdue}")}")
                .Line($"DESCRIPTION:{ICalendarText.Escape(description)}")
                .Line("CATEGORIES:ITB refill")
                .Line("TRANSP:TRANSPARENT")
                .Line("END:VEVENT");
        }

        return ics.Line("END:VCALENDAR").ToString();
    }

    private static string Iso(DateOnly? date) => date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "unknown";
}
