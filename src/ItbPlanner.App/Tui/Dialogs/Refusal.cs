using Terminal.Gui.App;
using Terminal.Gui.Views;

namespace ItbPlanner.App.Tui.Dialogs;

/// <summary>A refusal: a dialog that stays until the user dismisses it, then returns to the step to fix (nothing was logged).</summary>
internal static class Refusal
{
    /// <summary>The dismiss button's label.</summary>
    public const string Dismiss = "Back to fix it";

    /// <summary>Shows why something was refused and waits for the user to dismiss it.</summary>
    public static void Show(IApplication app, string what, IEnumerable<string> reasons) =>
        MessageBox.ErrorQuery(app, $"Refused: {what}", string.Join("\n", reasons.Select(r => "• " + r)) + "\n\nNothing was logged.", Dismiss);
}
