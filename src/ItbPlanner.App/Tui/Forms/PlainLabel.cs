using System.Text;
using Terminal.Gui.Views;

namespace ItbPlanner.App.Tui.Forms;

/// <summary>A label that shows its text as written: an underscore is part of an alert code (PAST_ALARM_DATE), never a hotkey mark.</summary>
internal class PlainLabel : Label
{
    /// <summary>An empty label.</summary>
    public PlainLabel() => HotKeySpecifier = new Rune(0xFFFF);
}
