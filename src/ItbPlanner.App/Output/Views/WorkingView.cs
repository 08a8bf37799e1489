using Spectre.Console;
using Spectre.Console.Rendering;

namespace ItbPlanner.App.Output.Views;

/// <summary>The working behind a result: one numbered line per formula.</summary>
internal static class WorkingView
{
    /// <summary>Renders working lines under a "Working" heading.</summary>
    public static IRenderable Render(IReadOnlyList<string> working)
    {
        var rows = new List<IRenderable> { new Markup("[bold]Working[/]") };
        rows.AddRange(working.Select((line, i) => new Markup($"[grey]{i + 1,2}.[/] {TerminalText.Markup(line)}")));
        return new Rows(rows);
    }
}
