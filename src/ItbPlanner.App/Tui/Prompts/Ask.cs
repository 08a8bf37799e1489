using System.Globalization;
using ItbPlanner.App.Output;
using ItbPlanner.Domain.Errors;
using ItbPlanner.Domain.Quantities;
using ItbPlanner.Domain.Time;
using ItbPlanner.Units;
using Spectre.Console;

namespace ItbPlanner.App.Tui.Prompts;

/// <summary>
/// Prompts with Back and Cancel always offered: as the last two choices of a menu, or as the words <c>back</c> and
/// <c>cancel</c> in a text field.
/// </summary>
internal static class Ask
{
    /// <summary>The label of the Back choice.</summary>
    public const string BackLabel = "← Back";

    /// <summary>The label of the Cancel choice.</summary>
    public const string CancelLabel = "✕ Cancel";

    /// <summary>Help for text fields.</summary>
    public const string TextHelp = "Type a value and press Enter; type 'back' for the previous step or 'cancel' to abandon.";

    /// <summary>A menu of labelled values followed by Back and Cancel.</summary>
    public static Choice<T> Menu<T>(IAnsiConsole console, string title, IReadOnlyList<(string Label, T Value)> options, bool offerBack = true, bool offerCancel = true)
    {
        var prompt = new SelectionPrompt<string>()
            .Title(TerminalText.Markup(title))
            .PageSize(Math.Clamp(options.Count + 2, 3, 15))
            .MoreChoicesText("[grey](more: ↑/↓)[/]")
            .HighlightStyle(new Style(Color.Black, Color.Aqua))
            .EnableSearch()
            .SearchPlaceholderText("[grey](type to filter)[/]");
        foreach (var (label, _) in options)
        {
            prompt.AddChoice(label);
        }

        if (offerBack)
        {
            prompt.AddChoice(BackLabel);
        }

        if (offerCancel)
        {
            prompt.AddChoice(CancelLabel);
        }

        var answer = console.Prompt(prompt);
        console.MarkupLine($"[grey]{TerminalText.Markup(title)}[/] [bold]{TerminalText.Markup(answer)}[/]");
        return answer switch
        {
            BackLabel => Choice<T>.Back,
            CancelLabel => Choice<T>.Cancel,
            _ => Choice<T>.Of(options.First(o => o.Label == answer).Value),
        };
    }

    /// <summary>Free text (required unless a default is given).</summary>
    public static Choice<string> Text(IAnsiConsole console, string label, string? defaultValue = null, Func<string, string?>? validate = null)
    {
        var prompt = new TextPrompt<string>(TerminalText.Markup(label) + (string.IsNullOrEmpty(defaultValue) ? string.Empty : $" [grey]({TerminalText.Markup(defaultValue)})[/]"))
        {
            AllowEmpty = defaultValue is not null,
        };
        prompt.Validator = text =>
        {
            var value = text.Trim();
            if (IsBack(value) || IsCancel(value) || (value.Length == 0 && defaultValue is not null))
            {
                return ValidationResult.Success();
            }

            var error = value.Length == 0 ? "A value is required." : validate?.Invoke(value);
            return error is null ? ValidationResult.Success() : ValidationResult.Error($"[red]{TerminalText.Markup(error)}[/]");
        };
        var answer = console.Prompt(prompt).Trim();
        if (IsBack(answer))
        {
            return Choice<string>.Back;
        }

        if (IsCancel(answer))
        {
            return Choice<string>.Cancel;
        }

        return Choice<string>.Of(answer.Length == 0 ? defaultValue! : answer);
    }

    /// <summary>A typed quantity: the unit is required, and a quantity of another dimension is refused with the reason.</summary>
    public static Choice<TQuantity> Quantity<TQuantity, TUnit>(IAnsiConsole console, string label, TQuantity? defaultValue = null, bool allowZero = false)
        where TQuantity : struct, IQuantity<TQuantity, TUnit>
        where TUnit : struct, Enum
    {
        var text = Text(console, $"{label} (e.g. {UnitCatalog.Example(TQuantity.Dimension)})", defaultValue?.ToString(), value =>
        {
            try
            {
                var quantity = QuantityText.Parse<TQuantity>(value);
                return quantity.Value < 0 || (!allowZero && quantity.Value == 0) ? "Must be greater than zero." : null;
            }
            catch (QuantityFormatException ex)
            {
                return ex.Message;
            }
        });
        return text.Kind switch
        {
            ChoiceKind.Value => Choice<TQuantity>.Of(QuantityText.Parse<TQuantity>(text.Value!)),
            ChoiceKind.Back => Choice<TQuantity>.Back,
            _ => Choice<TQuantity>.Cancel,
        };
    }

    /// <summary>A confirmation that needs the user to type an exact word (e.g. the patient's identifier).</summary>
    public static Choice<bool> TypedConfirmation(IAnsiConsole console, string instruction, string expected)
    {
        var text = Text(console, instruction, validate: value =>
            string.Equals(value, expected, StringComparison.Ordinal) ? null : $"Type exactly '{expected}' to confirm, or 'back' / 'cancel'.");
        return text.Kind switch
        {
            ChoiceKind.Value => Choice<bool>.Of(true),
            ChoiceKind.Back => Choice<bool>.Back,
            _ => Choice<bool>.Cancel,
        };
    }

    /// <summary>Free text that may be left empty (Enter): null then.</summary>
    public static Choice<string?> OptionalText(IAnsiConsole console, string label, Func<string, string?>? validate = null)
    {
        var text = Text(console, label + " (Enter to skip)", string.Empty, validate);
        return text.Kind switch
        {
            ChoiceKind.Value => Choice<string?>.Of(string.IsNullOrWhiteSpace(text.Value) ? null : text.Value),
            ChoiceKind.Back => Choice<string?>.Back,
            _ => Choice<string?>.Cancel,
        };
    }

    /// <summary>
    /// When something happened, in local time (<c>YYYY-MM-DD HH:MM</c>); Enter means now. A moment in the future, or one the
    /// clocks skipped, is refused with the reason.
    /// </summary>
    public static Choice<DateTimeOffset> Moment(IAnsiConsole console, string label, DateTimeOffset now, Func<LocalMoment, DateTimeOffset> inZone)
    {
        (DateTimeOffset? Moment, string? Error) Parse(string value)
        {
            if (string.Equals(value, "now", StringComparison.OrdinalIgnoreCase))
            {
                return (now, null);
            }

            if (!LocalMoment.TryParse(value, out var local))
            {
                return (null, $"'{value}' is not a local date and time (YYYY-MM-DD HH:MM, e.g. 2026-11-21 09:30).");
            }

            try
            {
                return (inZone(local), null);
            }
            catch (InvalidInputException e)
            {
                return (null, e.Message);
            }
        }

        var text = Text(console, $"{label} (local YYYY-MM-DD HH:MM, or now)", "now", value => Parse(value) switch
        {
            { Error: { } error } => error,
            { Moment: { } moment } when moment > now.AddMinutes(1) => "That is in the future: record what has happened, when it happened.",
            _ => null,
        });
        return text.Kind switch
        {
            ChoiceKind.Value => Choice<DateTimeOffset>.Of(Parse(text.Value!).Moment!.Value),
            ChoiceKind.Back => Choice<DateTimeOffset>.Back,
            _ => Choice<DateTimeOffset>.Cancel,
        };
    }

    /// <summary>A calendar date (<c>YYYY-MM-DD</c>).</summary>
    public static Choice<DateOnly> Date(IAnsiConsole console, string label, DateOnly? defaultValue = null)
    {
        var text = Text(console, $"{label} (YYYY-MM-DD)", defaultValue?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), value =>
            DateOnly.TryParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out _) ? null : $"'{value}' is not a date; write YYYY-MM-DD, e.g. 2026-11-24.");
        return text.Kind switch
        {
            ChoiceKind.Value => Choice<DateOnly>.Of(DateOnly.ParseExact(text.Value!, "yyyy-MM-dd", CultureInfo.InvariantCulture)),
            ChoiceKind.Back => Choice<DateOnly>.Back,
            _ => Choice<DateOnly>.Cancel,
        };
    }

    private static bool IsBack(string value) => string.Equals(value, "back", StringComparison.OrdinalIgnoreCase);

    private static bool IsCancel(string value) => string.Equals(value, "cancel", StringComparison.OrdinalIgnoreCase);
}
