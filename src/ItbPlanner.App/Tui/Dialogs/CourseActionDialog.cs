using ItbPlanner.App.Tui.Forms;
using ItbPlanner.Application.Patients;
using ItbPlanner.Domain.Log;
using Terminal.Gui.Input;
using Terminal.Gui.ViewBase;
using Terminal.Gui.Views;

namespace ItbPlanner.App.Tui.Dialogs;

/// <summary>
/// The course actions of the selected patient (F7): suspend, resume, a withdrawal emergency and its resolution, explant,
/// not a candidate, and marking the pending plan as in the pump. Each is offered only when the workflow allows it now;
/// the others are listed with the guard that is unmet. Choosing one opens its form (<see cref="CourseActionForm"/>);
/// once it is logged the list closes.
/// </summary>
internal sealed class CourseActionDialog : Dialog
{
    private readonly BedsideSession session;
    private readonly PatientFile file;
    private readonly IReadOnlyList<CourseChoice> offered;
    private readonly OptionSelector? selector;

    /// <summary>The list for a patient, as the workflow stands now.</summary>
    public CourseActionDialog(BedsideSession session, PatientFile file)
    {
        ArgumentNullException.ThrowIfNull(file);
        (this.session, this.file) = (session, file);
        HotKeySpecifier = new System.Text.Rune(0xFFFF); // titles carry ids and codes with underscores, never hotkey marks
        Title = $"Course actions · patient {file.Id}";
        Width = Dim.Fill(2);
        Height = Dim.Fill(1);
        var choices = CourseChoice.For(file);
        offered = [.. choices.Where(c => c.Allowed)];
        var notNow = choices.Where(c => !c.Allowed).Select(c => $"✗ {c.Label}: {string.Join("; ", c.Unmet)}").ToArray();
        var intro = new PlainLabel
        {
            Text = offered.Count > 0 ? "Possible now (↑↓ chooses, Enter opens its form; Esc closes):" : "Nothing can be done now (Esc closes).",
            Width = Dim.Fill(),
        };
        Add(intro);
        View above = intro;
        if (offered.Count > 0)
        {
            selector = new OptionSelector { Labels = [.. offered.Select(c => c.Label)], Value = 0, Y = 1, X = 1, Height = offered.Count, Width = Dim.Fill() };
            Add(selector);
            above = selector;
        }

        Add(new PlainLabel { Text = "Not now:\n" + string.Join("\n", notNow), Y = Pos.Bottom(above) + 1, Width = Dim.Fill(), Height = Dim.Fill(1) });
        var open = new Button { Text = "Open", IsDefault = true, Enabled = offered.Count > 0 };
        open.Accepting += (_, e) =>
        {
            e.Handled = true;
            OpenChosen();
        };
        AddButton(open);
    }

    /// <summary>What was logged (empty until an action is).</summary>
    public IReadOnlyList<LogEvent> Logged { get; private set; } = [];

    /// <summary>Enter on the list opens the chosen action's form (the base dialog would close at once).</summary>
    protected override bool OnAccepting(CommandEventArgs args)
    {
        OpenChosen();
        return true;
    }

    private void OpenChosen()
    {
        if (selector is null || offered.Count == 0)
        {
            return;
        }

        using var form = new CourseActionForm(session, file, offered[Math.Clamp(selector.Value ?? 0, 0, offered.Count - 1)]);
        session.App.Run(form);
        if (form.Logged.Count > 0)
        {
            Logged = form.Logged;
            App!.RequestStop(this);
        }
    }
}
