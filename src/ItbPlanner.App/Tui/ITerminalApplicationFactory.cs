using Terminal.Gui.App;

namespace ItbPlanner.App.Tui;

/// <summary>Creates the initialised Terminal.Gui application the bedside app runs on: the real terminal, or a headless one in tests.</summary>
internal interface ITerminalApplicationFactory
{
    /// <summary>An application, initialised and ready to run a window.</summary>
    IApplication Create();
}
