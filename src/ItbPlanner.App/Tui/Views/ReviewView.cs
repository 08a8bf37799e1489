using ItbPlanner.App.Output;
using Spectre.Console;

namespace ItbPlanner.App.Tui.Views;

/// <summary>A before/after review: one line per item, changed items in bold. Pure.</summary>
internal static class ReviewView
{
    /// <summary>One item, before and after.</summary>
    public sealed record Line(string Item, string Before, string After);

    /// <summary>Renders the review table.</summary>
    public static Table Render(string title, IReadOnlyList<Line> lines)
    {
        var table = new Table { Border = TableBorder.Double, Title = new TableTitle($"[bold]{TerminalText.Markup(title)}[/]") };
        table.AddColumn("Item");
        table.AddColumn("Before");
        table.AddColumn("After");
        foreach (var line in lines)
        {
            var changed = !string.Equals(line.Before, line.After, StringComparison.Ordinal);
            table.AddRow(
                new Markup(TerminalText.Markup(line.Item)),
                new Markup(TerminalText.Markup(line.Before)),
                new Markup(changed ? $"[bold]{TerminalText.Markup(line.After)}[/] ◀" : TerminalText.Markup(line.After)));
        }

        return table;
    }
}
