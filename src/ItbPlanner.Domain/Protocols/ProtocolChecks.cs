using System.Globalization;

namespace ItbPlanner.Domain.Protocols;

/// <summary>
/// Collects the errors <see cref="ProtocolValidator"/> finds, each placed at the offending value's location
/// (<see cref="SettingSource.Location"/>, else its key, else the protocol's location).
/// </summary>
internal sealed class ProtocolChecks(Protocol protocol)
{
    private readonly List<ProtocolError> errors = [];
    private readonly HashSet<string> flagged = new(StringComparer.Ordinal);

    public IReadOnlyList<ProtocolError> Errors => errors;

    public static string Where(SettingSource source) => source.Location ?? source.Key;

    public void Add(SettingSource source, string message)
    {
        flagged.Add(source.Key);
        errors.Add(new(Where(source), message));
    }

    public void Add(string? location, string message) => errors.Add(new(location ?? protocol.Location, message));

    /// <summary>The value must be greater than zero (for every quantity, <c>default</c> is zero).</summary>
    public void Positive<T>(Setting<T>? setting)
        where T : IComparable<T>
    {
        if (setting is not null && setting.Value.CompareTo(default!) <= 0)
        {
            Add(setting.Source, Invariant($"{setting.Source.Key} must be greater than zero; got {setting.Value}."));
        }
    }

    /// <summary>The value must be zero or more.</summary>
    public void NotNegative<T>(Setting<T> setting)
        where T : IComparable<T>
    {
        if (setting.Value.CompareTo(default!) < 0)
        {
            Add(setting.Source, Invariant($"{setting.Source.Key} must not be negative; got {setting.Value}."));
        }
    }

    /// <summary>
    /// The value must lie in its plausible range. Checked last, and not for a value that already has an error (a negative
    /// capacity is "must be greater than zero", not also "outside 1-100 mL").
    /// </summary>
    public void Within<T>(Setting<T>? setting, PlausibleRange<T> range)
        where T : IComparable<T>
    {
        if (setting is not null && !flagged.Contains(setting.Source.Key) && !range.Contains(setting.Value))
        {
            Add(setting.Source, $"{setting.Source.Key} must lie between {range.Format(range.Minimum)} and {range.Format(range.Maximum)}; got {range.Format(setting.Value)} ({range.Why}).");
        }
    }

    /// <summary>A text must be at most the range's length (whether it is blank is checked where it is required).</summary>
    public void TextWithin(string? text, string what, string? location, PlausibleRange<int> range)
    {
        if (text is not null && text.Length > range.Maximum)
        {
            Add(location, Invariant($"{what} is {text.Length} characters long; at most {range.Format(range.Maximum)} ({range.Why})."));
        }
    }

    /// <summary>The percentage must lie strictly between 0 % and 100 % (a decrease of 100 % or more stops the drug).</summary>
    public void StrictlyBetweenZeroAndHundred(Setting<Quantities.Percentage> setting)
    {
        if (setting.Value.Percent <= 0m || setting.Value.Percent >= 100m)
        {
            Add(setting.Source, $"{setting.Source.Key} must be above 0 % and below 100 %; got {setting.Value}.");
        }
    }

    /// <summary><paramref name="lower"/> must not exceed <paramref name="upper"/>; reported at <paramref name="lower"/>.</summary>
    public void NotAbove<T>(Setting<T> lower, Setting<T> upper)
        where T : IComparable<T>
    {
        if (lower.Value.CompareTo(upper.Value) > 0)
        {
            Add(lower.Source, Invariant($"{lower.Source.Key} ({lower.Value}) must not exceed {upper.Source.Key} ({upper.Value}{At(upper.Source)})."));
        }
    }

    /// <summary>" at file:line" when the other value has a location, for messages that name two values.</summary>
    public static string At(SettingSource source) => source.Location is null ? string.Empty : $", at {source.Location}";

    public static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
