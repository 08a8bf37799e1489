using ItbPlanner.Domain.Errors;

namespace ItbPlanner.Domain.Internal;

/// <summary>
/// Frozen text codes for an enum: each value has exactly one lowercase kebab-case code, written out by hand so renaming a
/// C# member never changes what is stored. Parsing ignores case. Built once; a missing or duplicate code fails at load.
/// </summary>
/// <typeparam name="TEnum">The enum.</typeparam>
internal sealed class CodeTable<TEnum>
    where TEnum : struct, Enum
{
    private readonly Dictionary<TEnum, string> codes = [];
    private readonly Dictionary<string, TEnum> values = new(StringComparer.OrdinalIgnoreCase);

    public CodeTable(string description, params (TEnum Value, string Code)[] entries)
    {
        Description = description;
        foreach (var (value, code) in entries)
        {
            Preconditions.CheckArgument(IsKebabCase(code), nameof(entries), $"'{code}' is not a lowercase kebab-case code.");
            Preconditions.CheckArgument(codes.TryAdd(value, code), nameof(entries), $"{typeof(TEnum).Name}.{value} has two codes.");
            Preconditions.CheckArgument(values.TryAdd(code, value), nameof(entries), $"The code '{code}' is used twice.");
        }

        var missing = Enum.GetValues<TEnum>().Where(v => !codes.ContainsKey(v)).ToArray();
        Preconditions.CheckArgument(missing.Length == 0, nameof(entries), $"{typeof(TEnum).Name} has no code for {string.Join(", ", missing)}.");
        Codes = entries.Select(e => e.Code).ToArray();
    }

    /// <summary>What the values are, for messages: "event kind", "origin".</summary>
    public string Description { get; }

    /// <summary>Every code, in declaration order.</summary>
    public IReadOnlyList<string> Codes { get; }

    public bool IsDefined(TEnum value) => codes.ContainsKey(value);

    public string CodeOf(TEnum value) =>
        codes.TryGetValue(value, out var code)
            ? code
            : throw new ArgumentOutOfRangeException(nameof(value), value, $"{value} is not a known {Description}.");

    public bool TryParse(string? text, out TEnum value)
    {
        value = default;
        return text is not null && values.TryGetValue(text.Trim(), out value);
    }

    public TEnum Parse(string? text) =>
        TryParse(text, out var value)
            ? value
            : throw new InvalidInputException(Description, $"'{text}' is not a known {Description}; expected one of: {string.Join(", ", Codes)}.");

    private static bool IsKebabCase(string code) =>
        code.Length > 0
        && char.IsAsciiLetterLower(code[0])
        && code.All(c => char.IsAsciiLetterLower(c) || char.IsAsciiDigit(c) || c == '-')
        && !code.EndsWith('-')
        && !code.Contains("--", StringComparison.Ordinal);
}
