using ItbPlanner.App.Tui.Forms;
using ItbPlanner.Application.Clinic;
using Terminal.Gui.Configuration;
using Terminal.Gui.Drawing;
using Terminal.Gui.ViewBase;

namespace ItbPlanner.App.Tui.Shell;

/// <summary>
/// Every open critical alert, pinned at the top of the main window in the error colours: it never scrolls away. On a
/// small screen (fewer than 30 rows) it takes at most three lines and says "+N more"; on a larger one up to six.
/// </summary>
internal sealed class CriticalBanner : PlainLabel
{
    /// <summary>The lines it may take on an 80×24 screen.</summary>
    public const int SmallScreenLines = 3;

    private IReadOnlyList<CriticalItem> items = [];

    /// <summary>An empty banner across the window.</summary>
    public CriticalBanner()
    {
        Width = Dim.Fill();
        Height = 1;
        SchemeName = SchemeManager.SchemesToSchemeName(Schemes.Error);
    }

    /// <summary>The lines it takes on a screen of a given height.</summary>
    public static int MaxLines(int screenRows) => screenRows < 30 ? SmallScreenLines : 6;

    /// <summary>Shows the alerts for a screen of a given height.</summary>
    public void Show(IReadOnlyList<CriticalItem> critical, int screenRows, int screenColumns)
    {
        items = critical;
        var max = MaxLines(screenRows);
        var lines = critical.Select(i => $"‼ {i.Patient}: {i.Alert.Code} — {i.Alert.Message}").ToList();
        if (lines.Count == 0)
        {
            Text = "No open critical alerts.";
            SchemeName = SchemeManager.SchemesToSchemeName(Schemes.Base);
            Height = 1;
            return;
        }

        if (lines.Count > max)
        {
            var more = lines.Count - (max - 1);
            lines = [.. lines.Take(max - 1), $"‼ +{more} more critical alert{(more == 1 ? string.Empty : "s")}: Ctrl+A acknowledges, the table's flags show whose"];
        }

        // One line per alert, cut to the width (the whole message is on the acknowledgement modal and the patient's summary).
        var width = Math.Max(20, screenColumns - 2);
        Text = string.Join("\n", lines.Select(l => l.Length <= width ? l : l[..(width - 1)] + "…"));
        SchemeName = SchemeManager.SchemesToSchemeName(Schemes.Error);
        Height = lines.Count;
    }

    /// <summary>The alerts shown.</summary>
    public IReadOnlyList<CriticalItem> Items => items;
}
