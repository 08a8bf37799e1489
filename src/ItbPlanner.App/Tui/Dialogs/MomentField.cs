using ItbPlanner.App.Tui.Forms;
using ItbPlanner.Domain.Errors;
using ItbPlanner.Domain.Time;
using Terminal.Gui.Views;

namespace ItbPlanner.App.Tui.Dialogs;

/// <summary>A dialog's date-time field (default now): the moment it stamps on what it logs, read as a visit's first step reads it.</summary>
internal static class MomentField
{
    /// <summary>Adds the field to a form, filled with now.</summary>
    public static TextField Add(BedsideSession session, Form form, string label)
    {
        ArgumentNullException.ThrowIfNull(session);
        ArgumentNullException.ThrowIfNull(form);
        var field = form.TextField(label, session.Local(session.Now), "local YYYY-MM-DD HH:MM; default now");
        field.Width = 18;
        return field;
    }

    /// <summary>The moment typed, or null with the field marked (not a date-time, skipped by the clocks, or in the future).</summary>
    public static DateTimeOffset? Read(BedsideSession session, Form form, TextField field)
    {
        ArgumentNullException.ThrowIfNull(session);
        ArgumentNullException.ThrowIfNull(form);
        ArgumentNullException.ThrowIfNull(field);
        var text = (field.Text ?? string.Empty).Trim();
        if (!LocalMoment.TryParse(text, out var local))
        {
            form.Error(field, $"'{text}' is not a date-time: YYYY-MM-DD HH:MM");
            return null;
        }

        try
        {
            var at = session.FromLocal(local);
            var future = at > session.Now.AddMinutes(5);
            form.Error(field, future ? "in the future: log it once it happens" : null);
            return future ? null : at;
        }
        catch (InvalidInputException e)
        {
            form.Error(field, e.Message);
            return null;
        }
    }
}
