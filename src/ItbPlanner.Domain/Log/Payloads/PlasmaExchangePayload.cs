using System.Text.Json.Serialization;
using ItbPlanner.Domain.Errors;
using ItbPlanner.Domain.Immunotherapy;
using ItbPlanner.Domain.Quantities;

namespace ItbPlanner.Domain.Log.Payloads;

/// <summary>
/// A series of plasma exchange sessions (event <c>plasma-exchange</c>): the first at the event's moment, then one every
/// <see cref="Every"/> whole days (typically 5 sessions every other day). The session dates are not stored: they follow
/// (<see cref="SessionDates"/>), counted in calendar days.
/// </summary>
/// <param name="Sessions">How many sessions the series has (1–12).</param>
/// <param name="Every">Time between sessions (JSON <c>everyHours</c>), 1–7 whole days; 2 days is every other day.</param>
/// <param name="Notes">Free text (exchange volume, replacement fluid, access).</param>
public sealed record PlasmaExchangePayload(
    int Sessions,
    [property: JsonPropertyName("everyHours")] Duration Every,
    string? Notes = null) : EventPayload
{
    /// <summary>The plausible number of sessions in one series: 1–12 (typically 5).</summary>
    public static readonly (int Low, int High) SessionsRange = (1, 12);

    /// <summary>The plausible time between sessions: 1–7 days (typically 2, every other day).</summary>
    public static readonly (Duration Low, Duration High) EveryRange = (Duration.FromDays(1), Duration.FromDays(7));

    /// <summary>The last session's offset from the first: (sessions − 1) × every (5 every 2 days: 8 days).</summary>
    [JsonIgnore]
    public Duration LastSession => Every * Math.Max(Sessions - 1, 0);

    /// <summary>
    /// The interval in whole days (2 for every other day). <see cref="Validate"/> refuses any other interval; one in a log
    /// written before that refusal counts to the nearest whole day, at least one.
    /// </summary>
    [JsonIgnore]
    public int EveryDays => Math.Max((int)decimal.Round(Every.Days, MidpointRounding.AwayFromZero), 1);

    /// <summary>
    /// The session dates, the one computation of them every reader uses: the first session's local date, then every
    /// <see cref="EveryDays"/> calendar days (5 every 2 days from 2 Nov: 2, 4, 6, 8 and 10 Nov), whatever the clock does
    /// in between (a day of a clock change is still one day).
    /// </summary>
    /// <param name="firstDay">The first session's date in the clinic's zone.</param>
    public IReadOnlyList<DateOnly> SessionDates(DateOnly firstDay) =>
        [.. Enumerable.Range(0, Math.Max(Sessions, 0)).Select(k => firstDay.AddDays(k * EveryDays))];

    /// <summary>The last session's date (the first when there is one session).</summary>
    /// <param name="firstDay">The first session's date in the clinic's zone.</param>
    public DateOnly LastSessionDate(DateOnly firstDay) => firstDay.AddDays(Math.Max(Sessions - 1, 0) * EveryDays);

    /// <summary>Each session's moment: on its <see cref="SessionDates"/> date at the first session's clock time in the clinic's zone.</summary>
    /// <param name="first">The first session's moment (the event's).</param>
    /// <param name="zone">The clinic's time zone.</param>
    public IReadOnlyList<DateTimeOffset> SessionMoments(DateTimeOffset first, TimeZoneInfo zone) =>
        [.. SessionDates(CourseSpan.LocalDate(first, zone)).Select(day => CourseSpan.SameClockTimeOn(day, first, zone))];

    /// <inheritdoc/>
    public override void Validate()
    {
        if (Sessions < SessionsRange.Low || Sessions > SessionsRange.High)
        {
            throw new InvalidInputException("sessions", $"A plasma exchange series of {Sessions} sessions is outside {SessionsRange.Low}–{SessionsRange.High}; it is typically 5.");
        }

        if (Every < EveryRange.Low || Every > EveryRange.High)
        {
            throw new InvalidInputException("every", $"Plasma exchange sessions every {Every} are outside {EveryRange.Low}–{EveryRange.High} apart; every other day is 2 days.");
        }

        if (Every.Hours % 24 != 0)
        {
            throw new InvalidInputException("every", $"Plasma exchange sessions every {Every} are not a whole number of days apart; sessions are counted in days (every other day is 2 days).");
        }

        LogGuards.Optional(Notes, "notes");
    }
}
