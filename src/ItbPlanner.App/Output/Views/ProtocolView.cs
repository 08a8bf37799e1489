using ItbPlanner.Application.Protocols;
using ItbPlanner.Domain.Protocols;
using Spectre.Console;
using Spectre.Console.Rendering;

namespace ItbPlanner.App.Output.Views;

/// <summary>The protocol as a table: every setting, its source, and site-verification status.</summary>
internal static class ProtocolView
{
    /// <summary>Renders a protocol.</summary>
    public static IRenderable Render(Protocol protocol) => Render(protocol, ProtocolSettings.All(protocol), string.Empty);

    /// <summary>Renders some of a protocol's settings (a page), with a note after the title.</summary>
    public static IRenderable Render(Protocol protocol, IEnumerable<ProtocolSettings.Entry> entries, string titleNote)
    {
        var table = new Table { Border = TableBorder.Rounded, Title = new TableTitle($"{TerminalText.Markup(protocol.Title)} — {TerminalText.Markup(protocol.Location)}{TerminalText.Markup(titleNote)}") };
        table.AddColumn("Setting");
        table.AddColumn("Value");
        table.AddColumn("Source");
        table.AddColumn("Site verification");
        foreach (var entry in entries)
        {
            var status = !entry.Source.Verify
                ? string.Empty
                : entry.Source.AwaitsSiteVerification
                    ? "[yellow]VERIFY ON SITE[/]"
                    : TerminalText.Markup($"verified by {entry.Source.VerifiedBy} on {entry.Source.VerifiedOn:yyyy-MM-dd}");
            table.AddRow(TerminalText.Markup(entry.Key), TerminalText.Markup(entry.Value), TerminalText.Markup(entry.Source.Citation), status);
        }

        return table;
    }
}
