using ItbPlanner.App.Tui.Dialogs;
using ItbPlanner.App.Tui.Forms;
using ItbPlanner.Application.Clinic;
using ItbPlanner.Application.Patients;
using ItbPlanner.Application.Ports;
using ItbPlanner.Application.Recording;
using ItbPlanner.Application.Recording.Entries;
using ItbPlanner.Domain.Alerts;
using ItbPlanner.Domain.Errors;
using ItbPlanner.Domain.Log;
using ItbPlanner.Domain.Time;
using Terminal.Gui.Input;
using Terminal.Gui.ViewBase;
using Terminal.Gui.Views;

namespace ItbPlanner.App.Tui.Wizards;

/// <summary>
/// One visit as a wizard: the visit's date-time is asked once, on the first step (default now), and stamps every event of
/// the visit (the program transfer and every alert's raising and acknowledgement included). Each step's fields are checked
/// when the user moves on (the field in error says why, in words); a critical alert opens the acknowledgement modal; the
/// last step is the review, and nothing is logged before Finish. A refusal at Finish opens a dialog that stays until
/// dismissed and returns to the step. Esc goes back a step, and on the first step closes the wizard without logging.
/// </summary>
internal abstract class VisitWizard : Wizard
{
    private readonly List<WizardStep> steps = [];
    private readonly TextField when;
    private readonly Form first;

    /// <summary>A wizard for one visit of a patient.</summary>
    protected VisitWizard(BedsideSession session, PatientFile file, string title)
    {
        ArgumentNullException.ThrowIfNull(file);
        (Session, File) = (session, file);
        // The main window's critical banner is hidden behind the wizard: the patient's open critical findings ride in the
        // title, which every step shows at any screen size.
        HotKeySpecifier = new System.Text.Rune(0xFFFF); // titles carry ids and codes with underscores, never hotkey marks
        Title = CriticalTitle.Prefix(file) + $"{title} · patient {file.Id}";
        Width = Dim.Fill();
        Height = Dim.Fill();
        (_, first) = Step("When", "The visit's date and time: it stamps every event of this visit.");
        when = first.TextField("Visit date-time", session.Local(session.Now), "local YYYY-MM-DD HH:MM; default now");
        when.Width = 18;
        StepChanging += (_, e) =>
        {
            if (e.CurrentValue is { } from && e.NewValue is { } to && steps.IndexOf(to) > steps.IndexOf(from) && !Check(steps.IndexOf(from)))
            {
                e.Handled = true;
            }
        };
        StepChanged += (_, e) =>
        {
            if (e.NewValue is { } step)
            {
                Entering(steps.IndexOf(step));
            }
        };
    }

    /// <summary>The session.</summary>
    protected BedsideSession Session { get; }

    /// <summary>The patient's file as opened for this visit.</summary>
    protected PatientFile File { get; }

    /// <summary>The visit's moment, read from the first step.</summary>
    protected DateTimeOffset At { get; private set; }

    /// <summary>The visit's date-time field on the first step (a wizard marks it when the moment does not suit the visit).</summary>
    protected View MomentField => when;

    /// <summary>The form of the first step, for the visit's own first fields.</summary>
    protected Form First => first;

    /// <summary>What was logged at Finish (empty until then, and when the wizard was closed).</summary>
    public IReadOnlyList<LogEvent> Logged { get; private set; } = [];

    /// <summary>A step with a form; returns both.</summary>
    protected (WizardStep Step, Form Form) Step(string title, string help)
    {
        // The help goes on the form's first line: Terminal.Gui's help pane would take a third of an 80-column screen.
        var step = new WizardStep { Title = title };
        var form = new Form();
        form.Note($"{title}: {help}");
        step.Add(form);
        AddStep(step);
        steps.Add(step);
        return (step, form);
    }

    /// <summary>Checks the fields of the step at an index before moving on; false keeps the user there (errors are on the fields).</summary>
    protected abstract bool Check(int step);

    /// <summary>Fills a step as the user enters it (prefills, previews).</summary>
    protected virtual void Entering(int step)
    {
    }

    /// <summary>Logs the visit after the review's check; false keeps the wizard open (the refusal dialog has said why).</summary>
    protected abstract bool Finish();

    /// <summary>Reads a quantity field; marks the field and returns null when it does not parse or is out of range.</summary>
    protected static TQuantity? Read<TQuantity>(Form form, TextField field, Func<TQuantity, string?>? check = null)
        where TQuantity : struct, Domain.Quantities.IQuantity<TQuantity>
    {
        ArgumentNullException.ThrowIfNull(form);
        ArgumentNullException.ThrowIfNull(field);
        var text = (field.Text ?? string.Empty).Trim();
        try
        {
            var value = Units.QuantityText.Parse<TQuantity>(text);
            var problem = check?.Invoke(value);
            form.Error(field, problem);
            return problem is null ? value : null;
        }
        catch (Domain.Quantities.QuantityFormatException e)
        {
            form.Error(field, text.Length == 0 ? "required" : e.Message);
            return null;
        }
        catch (InvalidInputException e)
        {
            form.Error(field, e.Message);
            return null;
        }
    }

    /// <summary>Reads the visit's date-time from the first step; marks the field when it cannot be read or lies in the future.</summary>
    protected bool ReadMoment()
    {
        var text = (when.Text ?? string.Empty).Trim();
        if (!LocalMoment.TryParse(text, out var local))
        {
            first.Error(when, $"'{text}' is not a date-time: YYYY-MM-DD HH:MM");
            return false;
        }

        try
        {
            var at = Session.FromLocal(local);
            if (at > Session.Now.AddMinutes(5))
            {
                first.Error(when, "in the future: log a visit once it happens");
                return false;
            }

            At = at;
            first.Error(when, null);
            return true;
        }
        catch (InvalidInputException e)
        {
            first.Error(when, e.Message);
            return false;
        }
    }

    /// <summary>An entry of this visit, stamped with its moment and author.</summary>
    protected EntryRequest Entry(EntryDetails details, string? reason = null) =>
        new(new EntryHeader(File.Id, At, Session.User, reason), details);

    /// <summary>What an entry would log, or null after a refusal dialog.</summary>
    protected EntryPreview? Preview(EntryRequest request, string what)
    {
        try
        {
            return Session.UseCases.Record.Preview(request);
        }
        catch (Exception e) when (e is ProtocolLimitException or InvalidInputException or LogUnavailableException)
        {
            Refusal.Show(Session.App, what, [e.Message]);
            return null;
        }
    }

    /// <summary>Logs a previewed entry (all its events in one transaction); false after a refusal dialog.</summary>
    protected bool Record(EntryPreview preview, string what)
    {
        try
        {
            Logged = Session.UseCases.Record.Record(preview).Stored;
            return true;
        }
        catch (Exception e) when (e is ProtocolLimitException or InvalidInputException or LogUnavailableException)
        {
            Refusal.Show(Session.App, what, [e.Message]);
            return false;
        }
    }

    /// <summary>Critical alerts raised during the visit: the modal until acknowledged (logged at the visit's moment).</summary>
    protected bool Acknowledge(IEnumerable<Alert> alerts, ISet<string> acknowledged)
    {
        ArgumentNullException.ThrowIfNull(acknowledged);
        var critical = alerts.Where(a => a.Severity == AlertSeverity.Critical && !acknowledged.Contains(a.Code)).ToArray();
        if (critical.Length == 0)
        {
            return true;
        }

        if (!AcknowledgeDialog.Show(Session, [.. critical.Select(a => new CriticalItem(File.Id, a))], At, $"critical alert shown during the {Title}"))
        {
            return false;
        }

        acknowledged.UnionWith(critical.Select(a => a.Code));
        return true;
    }

    /// <summary>Offers to mark a logged plan as transferred to the pump, at the visit's moment.</summary>
    protected void OfferTransfer(LogEvent plan)
    {
        ArgumentNullException.ThrowIfNull(plan);
        var answer = MessageBox.Query(
            Session.App,
            "NOT YET TRANSFERRED TO THE PUMP",
            $"Plan #{plan.Seq} is logged but the pump still runs the old program.\nEnter it in the programmer, check the pump runs it, then mark it transferred.",
            "Mark transferred",
            "Not yet");

        // "Not yet" is the default (Enter): marking a plan transferred that is not in the pump would hide its alarm.
        if (answer == 0)
        {
            try
            {
                var preview = Session.UseCases.Record.Preview(Entry(new ProgramTransferEntry(plan.Seq, "marked in the terminal UI at the visit")));
                Logged = [.. Logged, .. Session.UseCases.Record.Record(preview).Stored];
            }
            catch (Exception e) when (e is ProtocolLimitException or InvalidInputException or LogUnavailableException)
            {
                Refusal.Show(Session.App, "marking the plan transferred", [e.Message]);
            }
        }
    }

    /// <summary>Finish on the last step: its check and the log first; the wizard closes only when both succeed.</summary>
    protected override bool OnAccepting(CommandEventArgs args)
    {
        if (CurrentStep is { } step && step == steps[^1] && !(Check(steps.Count - 1) && Finish()))
        {
            return true;
        }

        return base.OnAccepting(args);
    }

    /// <inheritdoc/>
    protected override bool OnKeyDown(Key key)
    {
        if (key == Key.Esc && CurrentStep is { } step && steps.IndexOf(step) > 0)
        {
            GoBack();
            return true;
        }

        return base.OnKeyDown(key);
    }
}
