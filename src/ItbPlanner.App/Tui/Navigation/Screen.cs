namespace ItbPlanner.App.Tui.Navigation;

/// <summary>
/// One screen of the bedside UI: it renders, asks, and says where to go next. Screens write to the log only at their
/// final confirmation.
/// </summary>
internal abstract class Screen
{
    /// <summary>The title shown in the header.</summary>
    public abstract string Title { get; }

    /// <summary>Runs the screen once.</summary>
    public abstract Navigation Run(TuiSession session);
}
