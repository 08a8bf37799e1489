using System.Globalization;
using ItbPlanner.Domain.Log;

namespace ItbPlanner.App.Tui.Review;

/// <summary>The log review's filters as typed: event kinds (codes or parts of codes, several separated by commas or spaces) and a first local date (YYYY-MM-DD).</summary>
/// <param name="Kinds">The kinds shown; empty shows every kind.</param>
/// <param name="Since">The first local date shown, or none.</param>
internal sealed record LogFilter(IReadOnlyList<EventKind> Kinds, DateOnly? Since)
{
    /// <summary>No filter: every event.</summary>
    public static LogFilter None { get; } = new([], null);

    /// <summary>Whether any filter applies.</summary>
    public bool Any => Kinds.Count > 0 || Since is not null;

    /// <summary>The filters in words, e.g. "kind refill · since 2026-10-01".</summary>
    public string Describe() => string.Join(
        " · ",
        new[]
        {
            Kinds.Count > 0 ? "kind " + string.Join(", ", Kinds.Select(LogCodes.Code)) : null,
            Since is { } date ? "since " + date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) : null,
        }.Where(p => p is not null));

    /// <summary>
    /// Reads typed kinds: each word is a kind's code, or a part of the codes of the kinds in this log (so "dose" finds
    /// dose-program); blank means every kind. <paramref name="problem"/> says which word matches no kind of the log.
    /// </summary>
    public static IReadOnlyList<EventKind> ReadKinds(string? text, IReadOnlyCollection<EventKind> present, out string? problem)
    {
        ArgumentNullException.ThrowIfNull(present);
        problem = null;
        var kinds = new List<EventKind>();
        foreach (var word in (text ?? string.Empty).Split([',', ' ', ';'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            if (LogCodes.TryParse<EventKind>(word, out var exact))
            {
                kinds.Add(exact);
                continue;
            }

            var matches = present.Where(k => LogCodes.Code(k).Contains(word, StringComparison.OrdinalIgnoreCase)).ToList();
            if (matches.Count == 0)
            {
                problem = $"no kind '{word}' in this log; its kinds: {string.Join(", ", present.Order().Select(LogCodes.Code))}";
                return [];
            }

            kinds.AddRange(matches);
        }

        return [.. kinds.Distinct().Order()];
    }

    /// <summary>Reads a typed first date (YYYY-MM-DD); blank means from the first event. <paramref name="problem"/> says why a date is refused.</summary>
    public static DateOnly? ReadSince(string? text, out string? problem)
    {
        problem = null;
        var typed = (text ?? string.Empty).Trim();
        if (typed.Length == 0)
        {
            return null;
        }

        if (DateOnly.TryParseExact(typed, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            return date;
        }

        problem = $"'{typed}' is not a date: type YYYY-MM-DD, e.g. 2026-10-01";
        return null;
    }
}
