using Terminal.Gui.Configuration;

namespace ItbPlanner.App.Tui;

/// <summary>
/// Terminal.Gui's configuration (themes, key bindings, driver settings), applied when the bedside app starts rather than
/// when the process starts. Terminal.Gui 2.5.0 applies it in a module initializer, which Native AOT runs before
/// <c>Main</c> for every command: it was half of <c>itb --version</c>'s start-up (docs/performance.md). The Native AOT
/// publish stubs that initializer (<c>TerminalGuiStartup.substitution.xml</c>) and sets the switch below; the app then
/// does here, once, exactly what the initializer did. Under the JIT build the initializer still runs (when Terminal.Gui
/// is first touched) and this does nothing. docs/decisions.md, "Native AOT".
/// </summary>
internal static class TerminalGuiConfiguration
{
    /// <summary>The switch the Native AOT publish sets when it stubs Terminal.Gui's module initializer.</summary>
    public const string DeferredSwitch = "ItbPlanner.TerminalGui.ConfigurationDeferred";

    private static readonly Lock Gate = new();
    private static bool applied;

    /// <summary>Whether this process was built with Terminal.Gui's module initializer stubbed.</summary>
    public static bool Deferred => AppContext.TryGetSwitch(DeferredSwitch, out var deferred) && deferred;

    /// <summary>Applies the configuration once, before the first application is created; does nothing when the initializer ran.</summary>
    public static void EnsureApplied()
    {
        if (!Deferred)
        {
            return;
        }

        lock (Gate)
        {
            if (applied)
            {
                return;
            }

            applied = true;

            // The same two steps as Terminal.Gui.ModuleInitializers.InitializeConfiguration in 2.5.0, which must never
            // throw: bad configuration is collected and reported by Terminal.Gui at shutdown, and the app runs on defaults.
#pragma warning disable CA1031 // Terminal.Gui's own contract for this step: any failure means defaults, never a crash.
            try
            {
                TuiConfigurationBuilder.Shared.ApplyToStaticFacades();
            }
            catch (Exception e)
            {
                TuiJsonErrors.Add("Applying configuration failed: " + e.Message + ". Running with default settings.");
            }
#pragma warning restore CA1031
        }
    }
}
