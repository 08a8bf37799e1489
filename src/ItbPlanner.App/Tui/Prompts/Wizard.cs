namespace ItbPlanner.App.Tui.Prompts;

/// <summary>
/// Runs a screen's steps in order: Back goes to the previous step (from the first, it leaves the screen), Cancel
/// abandons the task. A step re-asks its own question when it repeats.
/// </summary>
internal static class Wizard
{
    /// <summary>Runs the steps; <see cref="ChoiceKind.Value"/> when all completed, else how the user left.</summary>
    public static ChoiceKind Run(params Func<ChoiceKind>[] steps)
    {
        var i = 0;
        while (i < steps.Length)
        {
            switch (steps[i]())
            {
                case ChoiceKind.Value:
                    i++;
                    break;
                case ChoiceKind.Back when i == 0:
                    return ChoiceKind.Back;
                case ChoiceKind.Back:
                    i--;
                    break;
                default:
                    return ChoiceKind.Cancel;
            }
        }

        return ChoiceKind.Value;
    }

    /// <summary>The screen's way out for a wizard that did not complete.</summary>
    public static Navigation.Navigation Leave(ChoiceKind how) => how == ChoiceKind.Back ? Navigation.Navigation.GoBack : Navigation.Navigation.GoHome;
}
