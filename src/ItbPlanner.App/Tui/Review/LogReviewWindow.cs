using ItbPlanner.App.Tui.Forms;
using ItbPlanner.Application.Ports;
using ItbPlanner.Application.Review;
using ItbPlanner.Domain.Errors;
using ItbPlanner.Domain.Log;
using Terminal.Gui.Input;
using Terminal.Gui.ViewBase;
using Terminal.Gui.Views;

namespace ItbPlanner.App.Tui.Review;

/// <summary>
/// A patient's log, full screen: every event in a scrolling table (oldest first, the newest selected), late entries and
/// voided events marked, the selected event in full under it; filters by kind and by a first date, applied on Enter; the
/// dose chart in place of the table (F4); the therapy timeline (F9, <see cref="TimelineWindow"/>); export of the verified log as CSV, JSON or FHIR into a folder (the current
/// directory unless changed), each format with its own file name, asking before an existing file is replaced. Nothing is
/// logged here. Esc closes.
/// </summary>
internal sealed class LogReviewWindow : Window
{
    private const string FilterHint = "Enter applies; blank = all";

    private readonly BedsideSession session;
    private readonly PatientId patient;
    private readonly TextField kind = new() { Width = 20 };
    private readonly TextField since = new() { Width = 12 };
    private readonly TextField folder;
    private readonly PlainLabel counts = new() { X = 0, Y = 2, Width = Dim.Fill(), Height = 1 };
    private readonly TableView table;
    private readonly DoseChart chart;
    private readonly PlainLabel details = new() { X = 0, Y = Pos.AnchorEnd(5), Width = Dim.Fill(), Height = 2 };
    private readonly PlainLabel notice = new() { X = 0, Y = Pos.AnchorEnd(3), Width = Dim.Fill(), Height = 2 };
    private IReadOnlyList<LogRow> rows = [];
    private IReadOnlyCollection<EventKind> present = [];
    private LogFilter filter = LogFilter.None;
    private readonly string critical;

    /// <summary>The log of a patient; exports go to <paramref name="exportFolder"/>, the current directory when not given.</summary>
    /// <param name="session">The bedside session.</param>
    /// <param name="patient">The patient.</param>
    /// <param name="exportFolder">Where exports go.</param>
    /// <param name="critical">The patient's open critical findings as a title prefix (<see cref="CriticalTitle"/>): the main window's banner is behind this window.</param>
    public LogReviewWindow(BedsideSession session, PatientId patient, string? exportFolder = null, string critical = "")
    {
        ArgumentNullException.ThrowIfNull(session);
        this.session = session;
        this.patient = patient;
        HotKeySpecifier = new System.Text.Rune(0xFFFF); // titles carry ids and codes with underscores, never hotkey marks
        this.critical = critical;
        Title = critical + $"Log of patient {patient.Value} · F9 timeline · Esc closes";
        folder = new TextField { Text = exportFolder ?? Environment.CurrentDirectory, Width = Dim.Fill() };
        table = new TableView { X = 0, Y = 3, Width = Dim.Fill(), Height = Dim.Fill(5), FullRowSelect = true };
        table.Style.ShowHorizontalBottomLine = false;
        table.Style.AlwaysShowHeaders = true;
        table.ValueChanged += (_, _) => ShowSelected();
        table.FrameChanged += (_, _) => ShowNewest();
        chart = new DoseChart { X = 0, Y = 3, Width = Dim.Fill(), Height = Dim.Fill(5), Visible = false };

        var kindLabel = new PlainLabel { Text = "Kind:", X = 0, Y = 0 };
        kind.X = Pos.Right(kindLabel) + 1;
        var sinceLabel = new PlainLabel { Text = "Since:", X = Pos.Right(kind) + 2, Y = 0 };
        since.X = Pos.Right(sinceLabel) + 1;
        var hint = new PlainLabel { Text = FilterHint, X = Pos.Right(since) + 2, Y = 0, Width = Dim.Fill() };
        var folderLabel = new PlainLabel { Text = "Export to folder:", X = 0, Y = 1 };
        folder.X = Pos.Right(folderLabel) + 1;
        folder.Y = 1;
        foreach (var field in new[] { kind, since, folder })
        {
            field.Accepting += (_, e) =>
            {
                e.Handled = true;
                Apply();
            };
        }

        var status = new StatusBar([.. Keys.Select(k => new Shortcut(k.Key, k.Label, () => Do(k.Key)))]);

        // The table first: it has the focus when the window opens, so the arrows scroll the log at once.
        Add(table, chart, kindLabel, kind, sinceLabel, since, hint, folderLabel, folder, counts, details, notice, status);
        Load();
    }

    /// <summary>The keys of the window, in the status line's order: F9 and Esc last, as the title says them too and 80 columns hold the others only.</summary>
    public static IReadOnlyList<(Key Key, string Label)> Keys { get; } =
    [
        (Key.F2, "Kind"),
        (Key.F3, "Since"),
        (Key.F4, "Chart"),
        (Key.F5, ExportFormat.Csv.Label),
        (Key.F6, ExportFormat.Json.Label),
        (Key.F7, ExportFormat.Fhir.Label),
        (Key.F8, "Folder"),
        (Key.F9, "Timeline"),
        (Key.Esc, "Close"),
    ];

    /// <inheritdoc/>
    protected override bool OnKeyDown(Key key) => Do(key) || base.OnKeyDown(key);

    /// <inheritdoc/>
    protected override void OnFrameChanged(in System.Drawing.Rectangle frame)
    {
        base.OnFrameChanged(frame);
        Fit(frame.Width);
    }

    private bool Do(Key key)
    {
        if (key == Key.Esc)
        {
            App!.RequestStop(this);
        }
        else if (key == Key.F2)
        {
            kind.SetFocus();
        }
        else if (key == Key.F3)
        {
            since.SetFocus();
        }
        else if (key == Key.F4)
        {
            ToggleChart();
        }
        else if (key == Key.F5)
        {
            Export(ExportFormat.Csv);
        }
        else if (key == Key.F6)
        {
            Export(ExportFormat.Json);
        }
        else if (key == Key.F7)
        {
            Export(ExportFormat.Fhir);
        }
        else if (key == Key.F8)
        {
            folder.SetFocus();
        }
        else if (key == Key.F9)
        {
            using var timeline = new TimelineWindow(session, patient, critical);
            session.App.Run(timeline);
        }
        else
        {
            return false;
        }

        return true;
    }

    /// <summary>The kind column narrows and the "What" column widens with the room there is.</summary>
    private void Fit(int width)
    {
        var kindWidth = width < 100 ? 14 : 20;
        table.Style.GetOrCreateColumnStyle(LogRow.KindColumn).MaxWidth = kindWidth;
        table.Style.GetOrCreateColumnStyle(LogRow.WhatColumn).MaxWidth = Math.Max(30, width - 52 - kindWidth);
        table.Style.GetOrCreateColumnStyle(LogRow.WhatColumn).MinWidth = Math.Min(30, Math.Max(20, width - 52 - kindWidth));
        table.SetNeedsDraw();
    }

    private void Apply()
    {
        var kinds = LogFilter.ReadKinds(kind.Text, present, out var kindProblem);
        var date = LogFilter.ReadSince(since.Text, out var sinceProblem);
        if ((kindProblem ?? sinceProblem) is { } problem)
        {
            notice.Text = $"Filter not applied: {problem}.";
            return;
        }

        filter = new LogFilter(kinds, date);
        notice.Text = string.Empty;
        Load();
        table.SetFocus();
    }

    private void Load()
    {
        PatientLogRead read;
        try
        {
            read = session.UseCases.Log.Read(patient, filter.Since, filter.Kinds.Count > 0 ? filter.Kinds : null);
        }
        catch (Exception e) when (e is InvalidInputException or LogUnavailableException)
        {
            notice.Text = e.Message;
            return;
        }

        present = [.. read.All.Select(e => e.Kind).Distinct()];
        rows = [.. read.Shown.Select(e => LogRow.Of(e, read.Voided, read.Late, session.Local))];
        table.Table = new EnumerableTableSource<LogRow>(rows, LogRow.Columns.ToDictionary(c => c.Name, c => c.Read));
        if (rows.Count > 0)
        {
            table.Value = new TableSelection(new System.Drawing.Point(0, rows.Count - 1));
        }

        ShowNewest();

        var marks = (rows.Any(r => r.Late) ? $" · {LogRow.LateMark}: recorded after an event that happened later" : string.Empty)
            + (rows.Any(r => r.Voided) ? $" · {LogRow.VoidMark}: replaced by a correction" : string.Empty);
        counts.Text = $"{rows.Count} of {read.All.Count} events" + (filter.Any ? $" ({filter.Describe()})" : string.Empty) + marks;
        chart.Show(read.Record, session.Now, session.Local, session.LocalDate);
        ShowSelected();
    }

    /// <summary>Scrolls the table to the selected (newest) event once the table has its size: before that there are no rows to scroll by.</summary>
    private void ShowNewest()
    {
        table.RowOffset = 0;
        if (rows.Count > 0 && table.Viewport.Height > 0)
        {
            table.EnsureCursorIsVisible();
        }
    }

    private void ShowSelected() =>
        details.Text = table.Value is { } selection && selection.SelectedCell.Y >= 0 && selection.SelectedCell.Y < rows.Count
            ? rows[selection.SelectedCell.Y].Details
            : rows.Count == 0 ? "No event matches the filters." : string.Empty;

    private void ToggleChart()
    {
        chart.Visible = !chart.Visible;
        table.Visible = !chart.Visible;
        (chart.Visible ? (View)chart : table).SetFocus();
    }

    private void Export(ExportFormat format)
    {
        var into = string.IsNullOrWhiteSpace(folder.Text) ? Environment.CurrentDirectory : folder.Text.Trim();
        string path;
        try
        {
            path = Path.GetFullPath(Path.Combine(into, format.FileName(patient)));
        }
        catch (Exception e) when (e is ArgumentException or NotSupportedException or PathTooLongException)
        {
            Failed(format, e.Message);
            return;
        }

        // The last button is the default one: Enter keeps the file as it was.
        if (File.Exists(path) && MessageBox.Query(App!, "Overwrite?", $"{path}\nexists already. Replace it with this export?", "Yes", "No") != 0)
        {
            notice.Text = $"Not exported; kept as it was:\n{path}";
            return;
        }

        try
        {
            notice.Text = format.Write(session.UseCases.Export, patient, path);
        }
        catch (Exception e) when (e is InvalidInputException or LogUnavailableException)
        {
            Failed(format, e.Message);
        }
    }

    /// <summary>Why an export failed, in a dialog that stays until dismissed; the line under the table keeps it too.</summary>
    private void Failed(ExportFormat format, string why)
    {
        notice.Text = $"Not exported ({format.Label}): {why}";
        MessageBox.ErrorQuery(App!, $"Not exported: {format.Label}", $"{why}\n\nNo file was written.", "OK");
    }
}
