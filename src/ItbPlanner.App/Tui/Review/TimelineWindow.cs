using ItbPlanner.App.Output;
using ItbPlanner.App.Output.Views;
using ItbPlanner.App.Tui.Forms;
using ItbPlanner.Application.Ports;
using ItbPlanner.Domain.Errors;
using ItbPlanner.Domain.Log;
using Terminal.Gui.Input;
using Terminal.Gui.ViewBase;
using Terminal.Gui.Views;

namespace ItbPlanner.App.Tui.Review;

/// <summary>
/// A patient's therapy timeline, full screen (F9 in the log review): the summary line of <c>itb timeline</c> at the top,
/// then every series as a text lane in one scrolling table (its heading with its own scale, then its steps, scores or
/// courses, each dated), the selected line in full under it. The value and working columns widen with the room there
/// is. Read only; Esc closes.
/// </summary>
internal sealed class TimelineWindow : Window
{
    private readonly TableView table;
    private readonly PlainLabel summary = new() { X = 0, Y = 0, Width = Dim.Fill(), Height = 2 };
    private readonly PlainLabel details = new() { X = 0, Y = Pos.AnchorEnd(3), Width = Dim.Fill(), Height = 2 };
    private readonly IReadOnlyList<TimelineRow> rows = [];

    /// <summary>The timeline of a patient's whole log, to today.</summary>
    /// <param name="session">The bedside session.</param>
    /// <param name="patient">The patient.</param>
    /// <param name="critical">The patient's open critical findings as a title prefix (<see cref="CriticalTitle"/>): the main window's banner is behind this window.</param>
    public TimelineWindow(BedsideSession session, PatientId patient, string critical = "")
    {
        ArgumentNullException.ThrowIfNull(session);
        HotKeySpecifier = new System.Text.Rune(0xFFFF); // titles carry ids and codes with underscores, never hotkey marks
        Title = critical + $"Therapy timeline of patient {TerminalText.Clean(patient.Value)} · Esc closes";
        table = new TableView { X = 0, Y = 2, Width = Dim.Fill(), Height = Dim.Fill(3), FullRowSelect = true };
        table.Style.ShowHorizontalBottomLine = false;
        table.Style.AlwaysShowHeaders = true;
        table.ValueChanged += (_, _) => ShowSelected();
        try
        {
            var timeline = session.UseCases.Timeline.Show(patient);
            rows = TimelineRow.Of(timeline);
            summary.Text = TerminalText.Clean(TimelineView.Summary(timeline));
        }
        catch (Exception e) when (e is InvalidInputException or LogUnavailableException)
        {
            summary.Text = TerminalText.Clean(e.Message);
        }

        table.Table = new EnumerableTableSource<TimelineRow>(rows, TimelineRow.Columns.ToDictionary(c => c.Name, c => c.Read));
        if (rows.Count > 0)
        {
            table.Value = new TableSelection(new System.Drawing.Point(0, 0));
        }

        var status = new StatusBar([new Shortcut(Key.Esc, "Close", () => App!.RequestStop(this))]);
        Add(table, summary, details, status);
        ShowSelected();
    }

    /// <inheritdoc/>
    protected override bool OnKeyDown(Key key)
    {
        if (key == Key.Esc)
        {
            App!.RequestStop(this);
            return true;
        }

        return base.OnKeyDown(key);
    }

    /// <inheritdoc/>
    protected override void OnFrameChanged(in System.Drawing.Rectangle frame)
    {
        base.OnFrameChanged(frame);

        // At 80 columns the series name and the value are cut (the line under the table has them whole); wider, they are not.
        var wide = frame.Width >= 110;
        table.Style.GetOrCreateColumnStyle(0).MaxWidth = wide ? 30 : 16;
        table.Style.GetOrCreateColumnStyle(1).MaxWidth = 24;
        table.Style.GetOrCreateColumnStyle(2).MaxWidth = wide ? 24 : 14;
        table.SetNeedsDraw();
    }

    private void ShowSelected() =>
        details.Text = table.Value is { } selection && selection.SelectedCell.Y >= 0 && selection.SelectedCell.Y < rows.Count
            ? rows[selection.SelectedCell.Y].Full
            : string.Empty;
}
