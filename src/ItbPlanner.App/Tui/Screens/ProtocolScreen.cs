using ItbPlanner.App.Output.Views;
using ItbPlanner.App.Tui.Navigation;
using ItbPlanner.App.Tui.Prompts;
using Spectre.Console;

namespace ItbPlanner.App.Tui.Screens;

/// <summary>The protocol in force, page by page: every setting, its source, and whether the site has verified it.</summary>
internal sealed class ProtocolScreen : Screen
{
    /// <summary>Settings per page.</summary>
    public const int PageSize = 10;

    /// <inheritdoc/>
    public override string Title => "Protocol";

    /// <inheritdoc/>
    public override Navigation.Navigation Run(TuiSession session)
    {
        var shown = session.UseCases.ProtocolPages.Show();
        var (protocol, entries, awaiting) = (shown.Protocol, shown.Settings, shown.AwaitingVerification);
        var pages = Math.Max(1, (entries.Count + PageSize - 1) / PageSize);
        var page = 0;
        while (true)
        {
            var summary = awaiting.Count == 0
                ? new Markup("[green]Every setting marked for site verification has been verified.[/]")
                : new Markup($"[yellow]{awaiting.Count} setting{(awaiting.Count == 1 ? string.Empty : "s")} marked VERIFY ON SITE[/] must be checked before clinical use.\nRecord who verified each (verifiedBy, verifiedOn) in the protocol file.");
            Show(session, ProtocolView.Render(protocol, entries.Skip(page * PageSize).Take(PageSize), $" (page {page + 1} of {pages})"), summary, Text.Empty);
            var options = new List<(string, int)>();
            if (page + 1 < pages)
            {
                options.Add(("Next page", page + 1));
            }

            if (page > 0)
            {
                options.Add(("Previous page", page - 1));
            }

            var choice = Ask.Menu(session.Console, "Protocol", options);
            if (!choice.HasValue)
            {
                return Wizard.Leave(choice.Kind);
            }

            page = choice.Value;
        }
    }
}
