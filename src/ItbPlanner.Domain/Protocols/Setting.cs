namespace ItbPlanner.Domain.Protocols;

/// <summary>A protocol value with its source. Results that use it cite <see cref="Source"/>.</summary>
/// <typeparam name="T">The value's type: a typed quantity, a count, a set of days.</typeparam>
/// <param name="Value">The value.</param>
/// <param name="Source">Its citation and verification status.</param>
public sealed record Setting<T>(T Value, SettingSource Source)
{
    /// <summary>The value followed by its citation, for a line of working.</summary>
    public string Cite() => $"{Value} ({Source.Cite()})";
}
