using ItbPlanner.Domain.Internal;

namespace ItbPlanner.Domain.Scheduling;

/// <summary>The weekdays a clinic refills pumps on.</summary>
public sealed class ClinicCalendar
{
    private readonly IReadOnlySet<DayOfWeek> clinicDays;

    /// <summary>Creates a calendar.</summary>
    /// <exception cref="ArgumentException">No clinic day at all.</exception>
    public ClinicCalendar(IReadOnlySet<DayOfWeek> clinicDays)
    {
        Preconditions.CheckNotNull(clinicDays);
        Preconditions.CheckArgument(clinicDays.Count > 0, nameof(clinicDays), "A clinic needs at least one clinic day.");
        this.clinicDays = clinicDays;
    }

    /// <summary>True when the clinic refills on that date.</summary>
    public bool IsClinicDay(DateOnly date) => clinicDays.Contains(date.DayOfWeek);

    /// <summary>The latest clinic day on or before a date (at most six days earlier).</summary>
    public DateOnly LatestClinicDayOnOrBefore(DateOnly date)
    {
        var day = date;
        while (!IsClinicDay(day))
        {
            day = day.AddDays(-1);
        }

        return day;
    }
}
