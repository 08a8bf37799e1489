using Terminal.Gui.App;
using TerminalGui = Terminal.Gui.App.Application;

namespace ItbPlanner.App.Tui;

/// <summary>The real terminal: Terminal.Gui picks the driver, takes the full screen and gives it back on quitting (colours follow <c>NO_COLOR</c>).</summary>
internal sealed class TerminalApplicationFactory : ITerminalApplicationFactory
{
    /// <inheritdoc/>
    public IApplication Create()
    {
        TerminalGuiConfiguration.EnsureApplied();
        var app = TerminalGui.Create();
        app.Init();
        return app;
    }
}
