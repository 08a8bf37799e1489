using System.Globalization;
using ItbPlanner.Domain.Errors;

namespace ItbPlanner.Domain.Time;

/// <summary>
/// A moment as a clinician types it: a local date and time to the minute (<c>2026-10-25T02:30</c>), optionally with
/// its UTC offset (<c>2026-10-25T02:30+02:00</c>, or <c>Z</c>). Read in the clinic's time zone
/// (<see cref="InZone"/>): a time the clocks skipped is refused, and a time that happened twice when the clocks went
/// back is refused unless the offset says which of the two it was; an offset the zone never has at that time is
/// refused as a likely slip. The 24 h rules between doses depend on getting that hour right.
/// </summary>
/// <param name="Local">The wall-clock date and time (kind unspecified).</param>
/// <param name="Offset">The UTC offset typed with it, or null.</param>
public readonly record struct LocalMoment(DateTime Local, TimeSpan? Offset)
{
    private const string DateTimePattern = "yyyy'-'MM'-'dd'T'HH':'mm";
    private const int LocalLength = 16; // 2026-10-25T02:30

    /// <summary>The accepted forms, for messages.</summary>
    public const string Forms = "YYYY-MM-DDTHH:MM or YYYY-MM-DDTHH:MM±HH:MM";

    /// <summary>Reads <c>YYYY-MM-DDTHH:MM</c> (a space may stand for the T), optionally followed by <c>±HH:MM</c> or <c>Z</c>.</summary>
    public static bool TryParse(string? text, out LocalMoment moment)
    {
        moment = default;
        if (string.IsNullOrWhiteSpace(text))
        {
            return false;
        }

        var value = text.Trim();
        if (value.Length > 10 && value[10] == ' ')
        {
            value = string.Concat(value.AsSpan(0, 10), "T", value.AsSpan(11));
        }

        TimeSpan? offset = null;
        var local = value;
        if (value.EndsWith('Z') || value.EndsWith('z'))
        {
            offset = TimeSpan.Zero;
            local = value[..^1];
        }
        else if (value.Length == LocalLength + 6 && (value[^6] == '+' || value[^6] == '-'))
        {
            if (!TryOffset(value[^6..], out var parsed))
            {
                return false;
            }

            offset = parsed;
            local = value[..^6];
        }

        if (!DateTime.TryParseExact(local, DateTimePattern, CultureInfo.InvariantCulture, DateTimeStyles.None, out var wall))
        {
            return false;
        }

        moment = new LocalMoment(DateTime.SpecifyKind(wall, DateTimeKind.Unspecified), offset);
        return true;
    }

    /// <summary>The moment in UTC, reading the wall-clock time in a time zone.</summary>
    /// <exception cref="InvalidInputException">The clocks skipped that time; it happened twice and no offset says which;
    /// or the offset is not one the zone has at that time.</exception>
    public DateTimeOffset InZone(TimeZoneInfo zone)
    {
        ArgumentNullException.ThrowIfNull(zone);
        var shown = Local.ToString(DateTimePattern, CultureInfo.InvariantCulture);
        if (zone.IsInvalidTime(Local))
        {
            throw new InvalidInputException("moment", $"{shown} does not exist in {zone.Id}: the clocks skipped it (a daylight-saving change); give the time the clock showed.");
        }

        TimeSpan[] possible = zone.IsAmbiguousTime(Local) ? [.. zone.GetAmbiguousTimeOffsets(Local).OrderDescending()] : [zone.GetUtcOffset(Local)];
        if (Offset is { } offset)
        {
            if (!possible.Contains(offset))
            {
                throw new InvalidInputException(
                    "moment",
                    $"{shown}{Text(offset)} does not match {zone.Id}, which is at UTC{string.Join(" or UTC", possible.Select(Text))} then; check the time and the offset.");
            }

            return new DateTimeOffset(Local, offset).ToUniversalTime();
        }

        if (possible.Length > 1)
        {
            throw new InvalidInputException(
                "moment",
                $"{shown} happened twice in {zone.Id} (the clocks went back): say which with its UTC offset, {shown}{Text(possible[0])} for the first or {shown}{Text(possible[1])} for the second.");
        }

        return new DateTimeOffset(Local, possible[0]).ToUniversalTime();
    }

    private static string Text(TimeSpan offset) =>
        (offset < TimeSpan.Zero ? "-" : "+") + offset.Duration().ToString(@"hh\:mm", CultureInfo.InvariantCulture);

    private static bool TryOffset(string text, out TimeSpan offset)
    {
        offset = default;
        if (text.Length != 6 || text[3] != ':'
            || !int.TryParse(text.AsSpan(1, 2), NumberStyles.None, CultureInfo.InvariantCulture, out var hours)
            || !int.TryParse(text.AsSpan(4, 2), NumberStyles.None, CultureInfo.InvariantCulture, out var minutes)
            || hours > 14 || minutes > 59)
        {
            return false;
        }

        offset = new TimeSpan(hours, minutes, 0) * (text[0] == '-' ? -1 : 1);
        return true;
    }
}
