using ItbPlanner.App.Tui.Forms;
using ItbPlanner.App.Tui.Dialogs;
using ItbPlanner.Application.Clinic;
using ItbPlanner.Application.Patients;
using ItbPlanner.Application.Ports;
using ItbPlanner.Domain.Alerts;
using ItbPlanner.Domain.Errors;
using ItbPlanner.Domain.Log;
using Terminal.Gui.Input;
using Terminal.Gui.ViewBase;
using Terminal.Gui.Views;

namespace ItbPlanner.App.Tui.Shell;

/// <summary>
/// The clinic at a glance: a menu bar; the critical banner pinned at the top; every patient in a table, most urgent first
/// as the schedule orders them; the selected patient's summary; a status bar with the keys the selected patient's
/// workflow permits now. A key that is not permitted says which guard is unmet. Ctrl+Q quits; Esc does nothing here.
/// </summary>
internal sealed class MainWindow : Window
{
    private readonly BedsideSession session;
    private readonly CriticalBanner banner = new() { X = 0, Y = 1 };
    private readonly TableView table;
    private readonly PlainLabel summary;
    private readonly PlainLabel notice;
    private readonly StatusBar status;
    private readonly Dictionary<BedsideAction, Shortcut> shortcuts = [];
    private readonly Shortcut quit;
    private HomeModel model = null!;
    private IReadOnlyList<ClinicRow> rows = [];
    private ClinicSort sort = ClinicSort.Urgency;

    /// <summary>The main window on a session.</summary>
    public MainWindow(BedsideSession session)
    {
        this.session = session;
        Title = "ItbPlanner";
        var menu = new MenuBar(
        [
            new MenuBarItem("_File", [new MenuItem("_Quit", "Ctrl+Q", () => App!.RequestStop(this))]),
            new MenuBarItem("_Patient", [.. BedsideActions.All.Where(a => a.IsPatientAction()).Select(MenuItemFor), new MenuItem("_Timeline", "F8, then F9", ShowTimeline)]),
            new MenuBarItem("_View",
            [
                new MenuItem("Most _urgent first", string.Empty, () => Sort(ClinicSort.Urgency)),
                new MenuItem("By _patient id", string.Empty, () => Sort(ClinicSort.Patient)),
                new MenuItem("By _refill-by date", string.Empty, () => Sort(ClinicSort.RefillBy)),
                new MenuItem("Re_fresh", "Ctrl+R", Refresh),
            ]),
            new MenuBarItem("_Help", [new MenuItem("_Keys", "F1", ShowKeys), new MenuItem("_Protocol", string.Empty, () => Review.ProtocolWindow.Show(session))]),
        ]);
        table = new TableView
        {
            X = 0,
            Y = Pos.Bottom(banner),
            Width = Dim.Fill(),
            Height = Dim.Fill(6),
            FullRowSelect = true,
        };
        table.Style.ShowHorizontalBottomLine = false;
        table.ValueChanged += (_, _) => ShowSelected();
        summary = new PlainLabel { X = 0, Y = Pos.AnchorEnd(6), Width = Dim.Fill(), Height = 4 };
        notice = new PlainLabel { X = 0, Y = Pos.AnchorEnd(2), Width = Dim.Fill(), Height = 1 };
        quit = new Shortcut(Key.Q.WithCtrl, "Quit", () => App!.RequestStop(this));
        status = new StatusBar([.. BedsideActions.All.Select(ShortcutFor), quit]);
        Add(menu, banner, table, summary, notice, status);
        Refresh();
    }

    /// <summary>The patient selected in the table, if any.</summary>
    public PatientId? Selected => table.Value is { } selection && selection.SelectedCell.Y >= 0 && selection.SelectedCell.Y < rows.Count ? rows[selection.SelectedCell.Y].Id : null;

    /// <summary>Rebuilds everything from the log: the banner, the table, the summary and the permitted keys.</summary>
    public void Refresh()
    {
        var keep = Selected;
        try
        {
            model = session.UseCases.Clinic.Build();
        }
        catch (LogUnavailableException e)
        {
            notice.Text = e.Message;
            return;
        }

        banner.Show(model.Critical, App?.Screen.Height ?? 24, App?.Screen.Width ?? 80);
        rows = Order([.. model.Schedule.Select(r => new ClinicRow(r))]);
        table.Table = new EnumerableTableSource<ClinicRow>(rows, ClinicRow.Columns.ToDictionary(c => c.Name, c => c.Read));
        var index = keep is { } id ? rows.ToList().FindIndex(r => r.Id == id) : 0;
        if (rows.Count > 0)
        {
            table.Value = new TableSelection(new System.Drawing.Point(0, Math.Max(0, index)));
        }

        ShowSelected();
    }

    /// <inheritdoc/>
    protected override bool OnKeyDown(Key key)
    {
        if (key == Key.Esc)
        {
            return true; // nothing to go back to: Ctrl+Q quits
        }

        // Every action's key works whether or not its shortcut is shown: one not permitted now says which guard is unmet.
        if (BedsideActions.All.FirstOrDefault(a => a.Key() == key) is { } action and not 0)
        {
            Do(action);
            return true;
        }

        if (key == Key.R.WithCtrl)
        {
            Refresh();
            return true;
        }

        return base.OnKeyDown(key);
    }

    /// <inheritdoc/>
    protected override void OnFrameChanged(in System.Drawing.Rectangle frame)
    {
        base.OnFrameChanged(frame);
        if (model is not null)
        {
            banner.Show(model.Critical, App?.Screen.Height ?? frame.Height, App?.Screen.Width ?? frame.Width);
        }
    }

    private IReadOnlyList<ClinicRow> Order(IReadOnlyList<ClinicRow> all) => sort switch
    {
        ClinicSort.Patient => [.. all.OrderBy(r => r.Id.Value, StringComparer.Ordinal)],
        ClinicSort.RefillBy => [.. all.OrderBy(r => r.Source.RefillBy ?? DateOnly.MaxValue)],
        _ => all,
    };

    private void Sort(ClinicSort by)
    {
        sort = by;
        Refresh();
    }

    private void ShowSelected()
    {
        var file = SelectedFile();
        summary.Text = file is null ? (rows.Count == 0 ? "No patients yet: F2 registers the first." : string.Empty) : PatientSummary.Of(file);
        foreach (var (action, shortcut) in shortcuts)
        {
            shortcut.Visible = action.IsPermitted(file, session.UseCases.OralWean, out _);
        }

        // A hidden shortcut keeps its place and width in Terminal.Gui 2.5.0's status bar (its items are aligned
        // whether visible or not), so the permitted keys and Quit go first and the hidden ones after them, where their
        // room is off the edge. Hidden keys stay in the bar: pressed, they say which guard is unmet.
        var order = BedsideActions.All.Select(a => shortcuts[a]).ToList();
        foreach (var shortcut in order.Where(s => s.Visible).Append(quit).Concat(order.Where(s => !s.Visible)))
        {
            status.MoveSubViewToEnd(shortcut);
        }

        status.SetNeedsLayout();

        notice.Text = $"Log: {model.Database}{(model.Checkpoint is { } stale ? $" · {stale.Code}" : string.Empty)}";
    }

    private PatientFile? SelectedFile()
    {
        if (Selected is not { } id)
        {
            return null;
        }

        try
        {
            return session.UseCases.Patients.Open(id);
        }
        catch (Exception e) when (e is LogUnavailableException or InvalidInputException)
        {
            notice.Text = e.Message;
            return null;
        }
    }

    private Shortcut ShortcutFor(BedsideAction action)
    {
        var shortcut = new Shortcut(action.Key(), action.Label(), () => Do(action));
        shortcuts[action] = shortcut;
        return shortcut;
    }

    private MenuItem MenuItemFor(BedsideAction action) => new(action.Label(), action.Key().ToString(), () => Do(action));

    private void Do(BedsideAction action)
    {
        var file = SelectedFile();
        if (!action.IsPermitted(file, session.UseCases.OralWean, out var reasons))
        {
            MessageBox.Query(App!, $"{action.Label()}: not now", string.Join("\n", reasons.Select(r => "• " + r)), "OK");
            return;
        }

        if (action.IsVisit() && file is not null && Blocking(file.Id) is { Count: > 0 } blocking)
        {
            MessageBox.ErrorQuery(App!, "Acknowledge first", $"{file.Id} has {blocking.Count} critical alert{(blocking.Count == 1 ? string.Empty : "s")} nobody has acknowledged:\n"
                + string.Join("\n", blocking.Select(b => $"‼ {b.Alert.Code}")) + "\n\nCtrl+A acknowledges them.", "OK");
            return;
        }

        BedsideActions.Run(action, session, file, this);
        Refresh();
    }

    /// <summary>The critical alerts of a patient that block visits until acknowledged (an open withdrawal emergency does not: it is treated, not acknowledged away).</summary>
    private List<CriticalItem> Blocking(PatientId id) =>
        [.. model.Critical.Where(c => c.Patient == id && c.Alert.Code != AlertCodes.WithdrawalEmergencyOpen)];

    /// <summary>Acknowledges the selected patient's critical alerts, or everyone's when no patient has any.</summary>
    internal void AcknowledgeCritical()
    {
        var mine = Selected is { } id ? model.Critical.Where(c => c.Patient == id).ToList() : [];
        var items = mine.Count > 0 ? mine : [.. model.Critical];
        if (items.Count == 0)
        {
            MessageBox.Query(App!, "Acknowledge", "No critical alert is waiting.", "OK");
            return;
        }

        AcknowledgeDialog.Show(session, items, session.Now, "critical alert shown on the main window");
        Refresh();
    }

    /// <summary>The selected patient's therapy timeline (also F9 in the log review).</summary>
    private void ShowTimeline()
    {
        if (SelectedFile() is not { } file)
        {
            MessageBox.Query(App!, "Timeline: not now", "• select a patient in the table first", "OK");
            return;
        }

        using var window = new Review.TimelineWindow(session, file.Id, CriticalTitle.Prefix(file));
        App!.Run(window);
    }

    private void ShowKeys() =>
        MessageBox.Query(App!, "Keys", string.Join("\n", BedsideActions.All.Select(a => $"{a.Key(),-7} {a.Label()}")) + "\nCtrl+Q  Quit\nEsc     back / close a dialog\nF10     menu", "OK");

    private enum ClinicSort
    {
        Urgency,
        Patient,
        RefillBy,
    }
}
