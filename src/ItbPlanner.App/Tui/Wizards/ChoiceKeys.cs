using Terminal.Gui.Input;
using Terminal.Gui.ViewBase;
using Terminal.Gui.Views;

namespace ItbPlanner.App.Tui.Wizards;

/// <summary>
/// The keys of a choice in a wizard step: Tab leaves a selector for the next field (the arrows move between its options,
/// Space picks one), and Enter on a choice (an option, a check box) moves the wizard on, as Enter in a text field does.
/// </summary>
internal static class ChoiceKeys
{
    /// <summary>Makes Tab leave the choice and Enter on it (and on the options it adds later) press the wizard's Next.</summary>
    public static T MovesOn<T>(this T choice, Wizard wizard)
        where T : View
    {
        ArgumentNullException.ThrowIfNull(choice);
        ArgumentNullException.ThrowIfNull(wizard);
        if (choice is SelectorBase selector)
        {
            selector.TabBehavior = TabBehavior.NoStop;
        }

        Hook(choice, wizard);
        foreach (var option in choice.SubViews)
        {
            Hook(option, wizard);
        }

        choice.SubViewAdded += (_, e) =>
        {
            if (e.SubView is { } option)
            {
                Hook(option, wizard);
            }
        };
        return choice;
    }

    private static void Hook(View view, Wizard wizard) => view.KeyDown += (_, key) =>
    {
        if (key == Key.Enter && wizard.CurrentStep != wizard.GetLastStep())
        {
            key.Handled = true;
            wizard.GoNext();
        }
    };
}
