using ItbPlanner.Application.OralWean;
using ItbPlanner.Domain.OralWean;

namespace ItbPlanner.App.Tui.Wizards;

/// <summary>An oral baclofen wean at a visit in words, at bedside precision: the steps as a table, and the working. Pure.</summary>
internal static class OralWeanPlanText
{
    /// <summary>The steps as table lines (a header, then one line per step; the rest counted on the last line).</summary>
    public static string Table(OralWeanVisitPlan plan, int maxLines)
    {
        ArgumentNullException.ThrowIfNull(plan);
        var lines = new List<string> { Row("#", "Date", "Daily total", "Each dose", "Tablets a dose", string.Empty) };
        var room = Math.Max(2, maxLines - lines.Count);
        var rows = plan.Rows;

        // Keep this visit's step in view when the table is cut: start at most one row before it.
        var first = rows.Count <= room ? 0 : Math.Clamp(plan.Now.Number - 2, 0, rows.Count - (room - 1));
        var shown = rows.Skip(first).Take(rows.Count - first <= room ? room : room - 1).ToList();
        lines.AddRange(shown.Select(r => Row(
            r.Number.ToString(System.Globalization.CultureInfo.InvariantCulture),
            Figures.Of(r.Date),
            r.EachDose is null ? "stop" : Figures.Oral(r.Step.DailyDose),
            r.EachDose is { } each ? Figures.Oral(each) : "—",
            r.EachDose is null ? "none" : Tablets(r.DoseTablets),
            Status(r.Status))));
        var left = rows.Count - first - shown.Count;
        if (left > 0)
        {
            lines.Add($"… {left} more to zero on {Figures.Of(rows[^1].Date)}");
        }

        return string.Join("\n", lines);
    }

    /// <summary>The working: this visit's step, that only it is logged now, and the rule cited first (they must stay in view on a small screen), then how the plan was built.</summary>
    public static string Working(OralWeanVisitPlan plan)
    {
        ArgumentNullException.ThrowIfNull(plan);
        var working = plan.Working;
        return string.Join("\n", [working[^2], working[^1], working[0], .. working.Skip(1).Take(working.Count - 3)]);
    }

    /// <summary>The whole tablets of one dose ("10 mg + 5 mg", "2 × 10 mg"); a dash when none are given.</summary>
    public static string Tablets(IReadOnlyList<TabletCount> tablets) =>
        tablets.Count == 0 ? "—" : string.Join(" + ", tablets.Select(t => t.Count == 1 ? Figures.Oral(t.Strength) : $"{t.Count} × {Figures.Oral(t.Strength)}"));

    private static string Status(OralWeanStepStatus status) => status switch
    {
        OralWeanStepStatus.Taken => "taken",
        OralWeanStepStatus.Now => "◀ now",
        _ => "later",
    };

    private static string Row(string number, string date, string total, string each, string tablets, string status) =>
        $"{number,2} {date,-14} {total,12} {each,9}  {tablets,-18} {status}";
}
