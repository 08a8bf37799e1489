namespace ItbPlanner.App.Tui.Prompts;

/// <summary>The answer to a prompt: a value, or the user chose Back or Cancel.</summary>
internal readonly record struct Choice<T>(ChoiceKind Kind, T? Value)
{
    /// <summary>A chosen value.</summary>
    public static Choice<T> Of(T value) => new(ChoiceKind.Value, value);

    /// <summary>The user chose Back.</summary>
    public static Choice<T> Back => new(ChoiceKind.Back, default);

    /// <summary>The user chose Cancel.</summary>
    public static Choice<T> Cancel => new(ChoiceKind.Cancel, default);

    /// <summary>True when a value was chosen.</summary>
    public bool HasValue => Kind == ChoiceKind.Value;
}

/// <summary>What kind of answer a prompt got.</summary>
internal enum ChoiceKind
{
    /// <summary>A value.</summary>
    Value = 1,

    /// <summary>Back to the previous step.</summary>
    Back = 2,

    /// <summary>Abandon the task.</summary>
    Cancel = 3,
}
