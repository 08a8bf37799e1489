using ItbPlanner.App.Tui.Forms;
using ItbPlanner.Application.Clinic;
using ItbPlanner.Application.Ports;
using ItbPlanner.Domain.Errors;
using Terminal.Gui.Configuration;
using Terminal.Gui.Drawing;
using Terminal.Gui.ViewBase;
using Terminal.Gui.Views;

namespace ItbPlanner.App.Tui.Dialogs;

/// <summary>
/// A critical alert: a modal in the error colours that only typing <c>ACK</c> and the action taken closes (Esc does not).
/// Both are logged at the visit's moment: each alert not yet in the log as an <c>alarm-raised</c> safety alert with its
/// code, then its <c>alarm-acknowledged</c>. The acknowledgement is its own confirmation: it stays logged even if the
/// visit is then abandoned.
/// </summary>
internal sealed class AcknowledgeDialog : Dialog
{
    /// <summary>What the user types to acknowledge.</summary>
    public const string Word = "ACK";

    private readonly BedsideSession session;
    private readonly IReadOnlyList<CriticalItem> items;
    private readonly DateTimeOffset at;
    private readonly Form form = new() { Y = 0 };
    private readonly TextField typed;
    private readonly TextField action;

    private AcknowledgeDialog(BedsideSession session, IReadOnlyList<CriticalItem> items, DateTimeOffset at, string raisedBecause)
    {
        (this.session, this.items, this.at) = (session, items, at);
        Title = $"CRITICAL — {items.Count} alert{(items.Count == 1 ? string.Empty : "s")} to acknowledge";
        SchemeName = SchemeManager.SchemesToSchemeName(Schemes.Error);
        Width = Dim.Percent(96);
        Height = Dim.Auto(minimumContentDim: 10);
        var lines = items.Select(i => $"‼ {i.Patient}: {i.Alert.Code} — {i.Alert.Message}").ToArray();
        form.Note(string.Join("\n", lines), Math.Min(12, lines.Sum(l => 1 + (l.Length / 70))));
        form.Note();
        typed = form.TextField($"Type {Word} to acknowledge", hint: "the alert stays until you do");
        action = form.TextField("Action being taken", hint: "logged with the acknowledgement");
        action.Width = Dim.Fill();
        Add(form);
        var ok = new Button { Text = "Acknowledge", IsDefault = true };
        ok.Accepting += (_, e) =>
        {
            e.Handled = true;
            TryAcknowledge(raisedBecause);
        };
        AddButton(ok);
    }

    /// <summary>Whether the alerts were acknowledged (and logged).</summary>
    public bool Acknowledged { get; private set; }

    /// <summary>Opens the modal over whatever is on screen and returns once the alerts are acknowledged and logged.</summary>
    public static bool Show(BedsideSession session, IReadOnlyList<CriticalItem> items, DateTimeOffset at, string raisedBecause)
    {
        if (items.Count == 0)
        {
            return true;
        }

        using var dialog = new AcknowledgeDialog(session, items, at, raisedBecause);
        session.App.Run(dialog);
        return dialog.Acknowledged;
    }

    /// <inheritdoc/>
    protected override bool OnIsRunningChanging(bool oldIsRunning, bool newIsRunning) =>
        (oldIsRunning && !newIsRunning && !Acknowledged) || base.OnIsRunningChanging(oldIsRunning, newIsRunning);

    private void TryAcknowledge(string raisedBecause)
    {
        var word = (typed.Text ?? string.Empty).Trim();
        var what = (action.Text ?? string.Empty).Trim();
        form.Error(typed, word == Word ? null : $"type {Word} (capitals) to acknowledge");
        form.Error(action, what.Length > 0 ? null : "say what is being done");
        if (word != Word || what.Length == 0)
        {
            return;
        }

        try
        {
            session.UseCases.Acknowledge.Acknowledge(items, what, session.User, raisedBecause, at);
        }
        catch (Exception e) when (e is ProtocolLimitException or InvalidInputException or LogUnavailableException)
        {
            form.Error(action, e.Message);
            return;
        }

        Acknowledged = true;
        App!.RequestStop(this);
    }
}
