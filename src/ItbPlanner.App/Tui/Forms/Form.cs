using Terminal.Gui.Configuration;
using Terminal.Gui.Drawing;
using Terminal.Gui.ViewBase;
using Terminal.Gui.Views;

namespace ItbPlanner.App.Tui.Forms;

/// <summary>
/// A step's fields, visible together: one row each, the label on the left, the field, and beside it a hint that turns
/// into the field's error (in the error colours, in words) when the value is refused. Notes are full-width rows of text.
/// </summary>
internal sealed class Form : View
{
    /// <summary>The label column's width: fits 80 columns with a 16-column field and a 34-column hint.</summary>
    public const int LabelWidth = 26;

    /// <summary>The field column's width.</summary>
    public const int FieldWidth = 16;

    private readonly Dictionary<View, (PlainLabel Hint, string Text)> hints = [];
    private readonly Dictionary<View, string> errors = [];
    private readonly PlainLabel problems = new()
    {
        X = 0,
        Y = Pos.AnchorEnd(3),
        Width = Dim.Fill(),
        Height = 3,
        SchemeName = SchemeManager.SchemesToSchemeName(Schemes.Error),
    };

    private int row;

    /// <summary>An empty form filling its step; the bottom three lines say, in full, what is wrong with its fields.</summary>
    public Form()
    {
        Width = Dim.Fill();
        Height = Dim.Fill();
        CanFocus = true;
        Add(problems);
    }

    /// <summary>What is wrong with the form's fields now, in full (empty when nothing is).</summary>
    public string Problems => problems.Text;

    /// <summary>A text field with a label and a hint; the field's id is its label (tests find it by that).</summary>
    public TextField TextField(string label, string initial = "", string hint = "")
    {
        var field = new TextField { Text = initial, Width = FieldWidth };
        return Field(label, field, hint);
    }

    /// <summary>Any input view as a labelled row.</summary>
    public T Field<T>(string label, T input, string hint = "", int height = 1)
        where T : View
    {
        ArgumentNullException.ThrowIfNull(input);
        Add(new PlainLabel { Text = label + ":", X = 0, Y = row, Width = LabelWidth });
        input.X = LabelWidth;
        input.Y = row;
        input.Id = label;
        var hintLabel = new PlainLabel { Text = hint, X = LabelWidth + FieldWidth + 1, Y = row, Width = Dim.Fill(), Height = 1 };
        Add(input, hintLabel);
        hints[input] = (hintLabel, hint);
        row += Math.Max(1, height);
        return input;
    }

    /// <summary>A full-width note of a given height (working, a summary, a table as text).</summary>
    public PlainLabel Note(string text = "", int height = 1)
    {
        var note = new PlainLabel { Text = text, X = 0, Y = row, Width = Dim.Fill(), Height = height };
        Add(note);
        row += height;
        return note;
    }

    /// <summary>Shows a field's error in words beside it and in full at the bottom (null restores its hint).</summary>
    public void Error(View field, string? message)
    {
        var (hint, text) = hints[field];
        hint.Text = message ?? text;
        hint.SchemeName = message is null ? null : SchemeManager.SchemesToSchemeName(Schemes.Error);
        if (message is null)
        {
            errors.Remove(field);
        }
        else
        {
            errors[field] = $"{field.Id}: {message}";
        }

        problems.Text = string.Join("\n", errors.Values);
    }
}
