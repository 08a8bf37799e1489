using System.Text.Json.Serialization;
using ItbPlanner.Domain.Errors;
using ItbPlanner.Domain.Log.Json;

namespace ItbPlanner.Domain.Log;

/// <summary>
/// The identifier a clinic chooses for a patient (e.g. a hospital number or a study code): 1 to 64 characters, letters,
/// digits, <c>-</c>, <c>_</c> and <c>.</c>, starting with a letter or digit. Case-sensitive; it never changes, so every
/// event of the patient carries it and it is part of every event's hash. <c>default</c> is not a valid identifier.
/// </summary>
[JsonConverter(typeof(PatientIdJsonConverter))]
public readonly record struct PatientId : IComparable<PatientId>
{
    /// <summary>The longest identifier accepted.</summary>
    public const int MaxLength = 64;

    /// <summary>Creates an identifier.</summary>
    /// <exception cref="InvalidInputException">The text is empty, too long or has characters outside the allowed set.</exception>
    public PatientId(string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        if (!IsValid(value))
        {
            throw new InvalidInputException(
                "patient id",
                $"'{value}' is not a valid patient id: use 1 to {MaxLength} letters, digits, '-', '_' or '.', starting with a letter or digit.");
        }

        Value = value;
    }

    /// <summary>The identifier as text.</summary>
    public string Value { get; }

    /// <summary>Whether text is a valid identifier.</summary>
    public static bool IsValid(string? text) =>
        text is { Length: > 0 and <= MaxLength }
        && char.IsAsciiLetterOrDigit(text[0])
        && text.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_' or '.');

    /// <inheritdoc/>
    public int CompareTo(PatientId other) => string.CompareOrdinal(Value, other.Value);

    /// <summary>The identifier as text.</summary>
    public override string ToString() => Value ?? string.Empty;

#pragma warning disable CS1591 // Ordering is ordinal on the text.
    public static bool operator <(PatientId left, PatientId right) => left.CompareTo(right) < 0;

    public static bool operator >(PatientId left, PatientId right) => left.CompareTo(right) > 0;

    public static bool operator <=(PatientId left, PatientId right) => left.CompareTo(right) <= 0;

    public static bool operator >=(PatientId left, PatientId right) => left.CompareTo(right) >= 0;
#pragma warning restore CS1591
}
