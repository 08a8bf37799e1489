using System.Globalization;
using ItbPlanner.App.Output;
using ItbPlanner.App.Tui.Forms;
using ItbPlanner.Application.Protocols;
using Terminal.Gui.Input;
using Terminal.Gui.ViewBase;
using Terminal.Gui.Views;

namespace ItbPlanner.App.Tui.Review;

/// <summary>
/// The protocol in force, full screen: every setting with its value, its source and its site verification in a scrolling
/// table, the selected setting in full under it, and how many settings marked VERIFY ON SITE nobody has verified yet.
/// Read only. Esc closes.
/// </summary>
internal sealed class ProtocolWindow : Window
{
    /// <summary>The mark of a setting the site must verify before clinical use.</summary>
    public const string VerifyMark = "VERIFY ON SITE";

    private readonly TableView table;
    private readonly PlainLabel details = new() { X = 0, Y = Pos.AnchorEnd(3), Width = Dim.Fill(), Height = 2 };
    private readonly IReadOnlyList<ProtocolSettings.Entry> settings;

    /// <summary>The protocol the session's use cases work with.</summary>
    public ProtocolWindow(BedsideSession session)
    {
        ArgumentNullException.ThrowIfNull(session);
        var shown = session.UseCases.ProtocolPages.Show();
        settings = shown.Settings;
        HotKeySpecifier = new System.Text.Rune(0xFFFF); // titles carry ids and codes with underscores, never hotkey marks
        Title = $"Protocol: {TerminalText.Clean(shown.Protocol.Title)} · Esc closes";
        var awaiting = shown.AwaitingVerification.Count;
        var summary = new PlainLabel
        {
            X = 0,
            Y = 0,
            Width = Dim.Fill(),
            Height = 2,
            Text = $"{settings.Count} settings from {TerminalText.Clean(shown.Protocol.Location)}\n" + (awaiting == 0
                ? "Every setting marked for site verification has been verified."
                : $"{awaiting} setting{(awaiting == 1 ? string.Empty : "s")} marked {VerifyMark} must be checked before clinical use (verifiedBy, verifiedOn in the protocol file)."),
        };
        table = new TableView { X = 0, Y = 2, Width = Dim.Fill(), Height = Dim.Fill(3), FullRowSelect = true };
        table.Style.ShowHorizontalBottomLine = false;
        table.Style.AlwaysShowHeaders = true;
        table.Table = new EnumerableTableSource<ProtocolSettings.Entry>(settings, new Dictionary<string, Func<ProtocolSettings.Entry, object>>
        {
            ["Setting"] = e => TerminalText.Clean(e.Key),
            ["Value"] = e => TerminalText.Clean(e.Value),
            ["Site verification"] = Verification,
            ["Source"] = e => TerminalText.Clean(e.Source.Citation),
        });
        table.ValueChanged += (_, _) => ShowSelected();
        if (settings.Count > 0)
        {
            table.Value = new TableSelection(new System.Drawing.Point(0, 0));
        }

        var status = new StatusBar([new Shortcut(Key.Esc, "Close", () => App!.RequestStop(this))]);
        Add(table, summary, details, status);
        ShowSelected();
    }

    /// <summary>Opens the protocol window modally and returns when it closes.</summary>
    public static void Show(BedsideSession session)
    {
        ArgumentNullException.ThrowIfNull(session);
        using var window = new ProtocolWindow(session);
        session.App.Run(window);
    }

    /// <inheritdoc/>
    protected override void OnFrameChanged(in System.Drawing.Rectangle frame)
    {
        base.OnFrameChanged(frame);

        // At 80 columns long keys and values are cut (the line under the table has them whole) so the verification shows.
        table.Style.GetOrCreateColumnStyle(0).MaxWidth = frame.Width < 100 ? 40 : 46;
        table.Style.GetOrCreateColumnStyle(1).MaxWidth = frame.Width < 100 ? 12 : 24;
        table.SetNeedsDraw();
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

    private static string Verification(ProtocolSettings.Entry entry) =>
        !entry.Source.Verify ? string.Empty
        : entry.Source.AwaitsSiteVerification ? VerifyMark
        : $"verified by {TerminalText.Clean(entry.Source.VerifiedBy)} on {entry.Source.VerifiedOn?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}";

    private void ShowSelected()
    {
        if (table.Value is not { } selection || selection.SelectedCell.Y < 0 || selection.SelectedCell.Y >= settings.Count)
        {
            details.Text = string.Empty;
            return;
        }

        var e = settings[selection.SelectedCell.Y];
        details.Text = $"{TerminalText.Clean(e.Key)} = {TerminalText.Clean(e.Value)} · {TerminalText.Clean(e.Source.Citation)}" + (Verification(e) is { Length: > 0 } v ? $" · {v}" : string.Empty);
    }
}
