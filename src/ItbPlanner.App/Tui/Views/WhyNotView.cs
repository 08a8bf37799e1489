using ItbPlanner.App.Output;
using Spectre.Console;
using Spectre.Console.Rendering;

namespace ItbPlanner.App.Tui.Views;

/// <summary>Actions the workflow does not allow now, each with the unmet conditions. Pure.</summary>
internal static class WhyNotView
{
    /// <summary>An action that is not available, and why.</summary>
    public sealed record Unavailable(string Action, IReadOnlyList<string> Reasons);

    /// <summary>Renders the list; empty when everything is available.</summary>
    public static IRenderable Render(IReadOnlyList<Unavailable> unavailable)
    {
        if (unavailable.Count == 0)
        {
            return Stack.Nothing;
        }

        var lines = unavailable.Select(u => $"[yellow]✗ {TerminalText.Markup(u.Action)}[/] — not available: {TerminalText.Markup(string.Join("; ", u.Reasons))}");
        return new Rows(new Markup("[bold]Not available now[/]"), new Markup(string.Join("\n", lines)), Text.Empty);
    }

    /// <summary>A refusal of something the user asked for, with the unmet conditions.</summary>
    public static IRenderable Refused(string what, IReadOnlyList<string> reasons) =>
        new Panel(new Markup(string.Join("\n", reasons.Select(r => "• " + TerminalText.Markup(r)))))
        {
            Border = BoxBorder.Rounded,
            BorderStyle = new Style(Color.Yellow),
            Header = new PanelHeader($"[bold yellow] REFUSED: {TerminalText.Markup(what)} [/]"),
            Expand = true,
        };

    /// <summary>A soft limit passed: the user may go on with a typed reason.</summary>
    public static IRenderable SoftLimit(string what, IReadOnlyList<string> reasons) =>
        new Panel(new Markup(string.Join("\n", reasons.Select(r => "• " + TerminalText.Markup(r))) + "\n[bold]Type a reason to go ahead (it is logged), or 'back' to choose another dose.[/]"))
        {
            Border = BoxBorder.Rounded,
            BorderStyle = new Style(Color.Yellow),
            Header = new PanelHeader($"[bold yellow] SOFT LIMIT: {TerminalText.Markup(what)} [/]"),
            Expand = true,
        };
}
