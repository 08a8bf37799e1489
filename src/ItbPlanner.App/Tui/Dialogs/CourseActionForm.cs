using ItbPlanner.App.Tui.Forms;
using ItbPlanner.Application.Patients;
using ItbPlanner.Application.Ports;
using ItbPlanner.Application.Recording;
using ItbPlanner.Application.Recording.Entries;
using ItbPlanner.Application.Visits;
using ItbPlanner.Domain.Errors;
using ItbPlanner.Domain.Log;
using ItbPlanner.Domain.Quantities;
using Terminal.Gui.Configuration;
using Terminal.Gui.Drawing;
using Terminal.Gui.Input;
using Terminal.Gui.ViewBase;
using Terminal.Gui.Views;

namespace ItbPlanner.App.Tui.Dialogs;

/// <summary>
/// One course action on one form: when (default now; it stamps the event), the details the log records, and for a
/// withdrawal emergency, an explant or "not a candidate" the patient's id typed to confirm. A restart (after a suspension
/// or a withdrawal emergency) is at the dose before or a lower one with its reason, never higher. Nothing is logged
/// before "Log it"; a refusal opens a dialog that stays until dismissed, and the form stays to fix.
/// </summary>
internal sealed class CourseActionForm : Dialog
{
    private readonly BedsideSession session;
    private readonly PatientFile file;
    private readonly CourseChoice choice;
    private readonly Form form = new();
    private readonly TextField when;
    private readonly TextField? text;
    private readonly TextField? detail;
    private readonly OptionSelector? restart;
    private readonly TextField? lowerDose;
    private readonly TextField? lowerReason;
    private readonly TextField? typedId;
    private readonly MassFlow? before;

    /// <summary>The form of a course action the workflow allows now.</summary>
    public CourseActionForm(BedsideSession session, PatientFile file, CourseChoice choice)
    {
        ArgumentNullException.ThrowIfNull(file);
        ArgumentNullException.ThrowIfNull(choice);
        (this.session, this.file, this.choice) = (session, file, choice);
        HotKeySpecifier = new System.Text.Rune(0xFFFF); // titles carry ids and codes with underscores, never hotkey marks
        Title = $"{choice.Label} · patient {file.Id}";
        Width = Dim.Fill(2);
        Height = Dim.Fill(1);
        before = file.Course?.CurrentDose;
        if (choice.Action == CourseAction.DeclareWithdrawal)
        {
            var warning = form.Note(
                "‼ WITHDRAWAL EMERGENCY: treat it as a medical emergency — restore intrathecal delivery as soon as possible and check\n"
                + "  the pump, catheter and reservoir. Once logged it stays on the critical banner until it is resolved.",
                2);
            warning.SchemeName = SchemeManager.SchemesToSchemeName(Schemes.Error);
        }

        when = MomentField.Add(session, form, "When");
        switch (choice.Action)
        {
            case CourseAction.Suspend:
                text = Wide("Why suspended", "surgery, MRI, a pump problem; logged");
                break;
            case CourseAction.Explant:
                text = Wide("Why the pump is removed", "required; logged");
                break;
            case CourseAction.DeclareNotACandidate:
                text = Wide("Why not a candidate", "required; logged as the reason");
                break;
            case CourseAction.DeclareWithdrawal:
                text = Wide("Symptoms seen", "returning spasticity, itch, fever, confusion");
                detail = Wide("What was done", "e.g. oral baclofen, pump interrogated, admitted");
                break;
            case CourseAction.Resume or CourseAction.ResolveWithdrawal:
                var labels = before is { } dose ? new[] { "dose before", "lower dose" } : ["dose before"];
                var was = before is { } d ? $"before: {Figures.Of(d)}; never above it" : "no dose was recorded before";
                restart = form.Field("Restart at", new OptionSelector { Labels = labels, Value = 0, Height = labels.Length, Width = Form.FieldWidth }, was, labels.Length);
                lowerDose = form.TextField("Lower daily dose", hint: "only for a lower restart");
                lowerReason = Wide("Why restart lower", "only for a lower restart; logged");
                detail = Wide("Notes", "how the pump was restarted, checks done");
                break;
            default:
                form.Note(file.Record.PendingTransfer is { } pending
                    ? $"Plan #{pending.Seq} ({LogCodes.Code(pending.Kind)} of {session.Local(pending.At)}): mark it once it is entered in the\nprogrammer and the pump runs it in the intended mode."
                    : "No plan is waiting.", 2);
                detail = Wide("How it was checked", "e.g. programmer printout compared");
                break;
        }

        if (choice.Typed)
        {
            form.Note();
            typedId = form.TextField("Type the patient's id", hint: $"{file.Id} — confirms it");
        }

        Add(form);
        var log = new Button { Text = "Log it", IsDefault = true };
        log.Accepting += (_, e) =>
        {
            e.Handled = true;
            TryLog();
        };
        AddButton(log);
    }

    /// <summary>What was logged (empty until it is, and when the form was closed).</summary>
    public IReadOnlyList<LogEvent> Logged { get; private set; } = [];

    /// <summary>Enter in a field means "Log it": the dialog stays open unless it is logged (the base dialog would close at once).</summary>
    protected override bool OnAccepting(CommandEventArgs args)
    {
        TryLog();
        return true;
    }

    private TextField Wide(string label, string hint)
    {
        // The label and its hint (or error) on one row, the text on the next across the whole width.
        var field = form.Field(label, new TextField { Width = Dim.Fill(1) }, hint, height: 2);
        field.X = 2;
        field.Y = field.Y + 1;
        return field;
    }

    private void TryLog()
    {
        var at = MomentField.Read(session, form, when);
        var details = ReadDetails();
        var confirmed = ReadTypedId();
        if (at is null || details is null || !confirmed)
        {
            return;
        }

        var reason = details is CandidacyDeclinedEntry declined ? declined.Reason : null;
        var request = new EntryRequest(new EntryHeader(file.Id, at.Value, session.User, reason), details);
        try
        {
            var preview = session.UseCases.Record.Preview(request);
            Logged = session.UseCases.Record.Record(preview).Stored;
        }
        catch (Exception e) when (e is ProtocolLimitException or InvalidInputException or LogUnavailableException)
        {
            Refusal.Show(App!, $"{choice.Label.ToLowerInvariant()} for {file.Id}", [e.Message]);
            return;
        }

        App!.RequestStop(this);
    }

    private EntryDetails? ReadDetails() => choice.Action switch
    {
        CourseAction.Suspend => Required(text!) is { } why ? new SuspensionEntry(why) : null,
        CourseAction.Explant => Required(text!) is { } why ? new ExplantEntry(why) : null,
        CourseAction.DeclareNotACandidate => Required(text!) is { } why ? new CandidacyDeclinedEntry(why) : null,
        CourseAction.DeclareWithdrawal => Required(text!) is { } symptoms ? new WithdrawalEmergencyEntry(symptoms, Optional(detail!)) : null,
        CourseAction.Resume or CourseAction.ResolveWithdrawal => ReadRestart(),
        _ => new ProgramTransferEntry(file.Record.PendingTransfer?.Seq, Optional(detail!) ?? "marked in the terminal UI"),
    };

    private ResumptionEntry? ReadRestart()
    {
        var notes = Optional(detail!);
        if ((restart!.Value ?? 0) == 0 || before is not { } dose)
        {
            form.Error(lowerDose!, null);
            form.Error(lowerReason!, null);
            return new ResumptionEntry(notes);
        }

        var lower = ReadLower(dose);
        var why = Required(lowerReason!);
        return lower is { } restartDose && why is not null ? new ResumptionEntry(notes, restartDose, why) : null;
    }

    private MassFlow? ReadLower(MassFlow dose)
    {
        var typed = (lowerDose!.Text ?? string.Empty).Trim();
        string? problem;
        MassFlow? value = null;
        try
        {
            var lower = Units.QuantityText.Parse<MassFlow>(typed);
            problem = lower <= MassFlow.Zero ? "must be more than 0 mcg/day"
                : lower >= dose ? $"not below the dose before ({Figures.Of(dose)})"
                : null;
            value = problem is null ? lower : null;
        }
        catch (Exception e) when (e is QuantityFormatException or InvalidInputException)
        {
            problem = typed.Length == 0 ? "required for a lower restart" : e.Message;
        }

        form.Error(lowerDose, problem);
        return value;
    }

    private string? Required(TextField field)
    {
        var value = (field.Text ?? string.Empty).Trim();
        form.Error(field, value.Length == 0 ? "required: say why, it is logged" : null);
        return value.Length == 0 ? null : value;
    }

    private static string? Optional(TextField field) => string.IsNullOrWhiteSpace(field.Text) ? null : field.Text.Trim();

    private bool ReadTypedId()
    {
        if (typedId is null)
        {
            return true;
        }

        var ok = string.Equals((typedId.Text ?? string.Empty).Trim(), file.Id.Value, StringComparison.Ordinal);
        form.Error(typedId, ok ? null : $"type {file.Id} exactly to confirm");
        return ok;
    }
}
