using System.Text.Json.Serialization;
using ItbPlanner.Domain.Errors;
using ItbPlanner.Domain.Internal;
using ItbPlanner.Domain.Quantities;

namespace ItbPlanner.Domain.Log.Payloads;

/// <summary>
/// A series of plasma exchange sessions (event <c>plasma-exchange</c>): the first at the event's moment, then one every
/// <see cref="Every"/> (typically 5 sessions every other day). The session dates are not stored: they follow.
/// </summary>
/// <param name="Sessions">How many sessions the series has (1–12).</param>
/// <param name="Every">Time between sessions (JSON <c>everyHours</c>), 1–7 days; 2 days is every other day.</param>
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

    /// <summary>Each session's offset from the first, the first being zero.</summary>
    [JsonIgnore]
    public IReadOnlyList<Duration> SessionOffsets => [.. Enumerable.Range(0, Math.Max(Sessions, 0)).Select(k => Every * k)];

    /// <summary>Each session's moment, the first being the event's own (exact: offsets are whole hours in practice, ticks at worst).</summary>
    public IReadOnlyList<DateTimeOffset> SessionMoments(DateTimeOffset first) => [.. SessionOffsets.Select(offset => first + offset.ToTimeSpan())];

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

        LogGuards.Optional(Notes, "notes");
    }
}
