using ItbPlanner.Domain.Errors;

namespace ItbPlanner.Domain.Log;

/// <summary>Guard clauses for the free text and identifiers that log events hold.</summary>
internal static class LogGuards
{
    /// <summary>The longest free text accepted in one field.</summary>
    public const int MaxLength = 4000;

    public static void Required(string? value, string what)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            throw new InvalidInputException(what, $"The {what} must not be empty.");
        }

        Optional(value, what);
    }

    public static void Optional(string? value, string what)
    {
        if (value is { Length: > MaxLength })
        {
            throw new InvalidInputException(what, $"The {what} is {value.Length} characters long; at most {MaxLength} are accepted.");
        }
    }

    /// <summary>An identifier such as a pump model id: no spaces, not empty when given.</summary>
    public static void OptionalCode(string? value, string what)
    {
        if (value is null)
        {
            return;
        }

        if (value.Length is 0 or > 64 || value.Any(c => char.IsWhiteSpace(c) || char.IsControl(c)))
        {
            throw new InvalidInputException(what, $"'{value}' is not a valid {what} id: use 1 to 64 characters without spaces.");
        }
    }

    /// <summary>A quantity that must be above zero (a dose, a concentration). <c>default</c> of a quantity is zero.</summary>
    public static void Positive<TQuantity>(TQuantity quantity, string what)
        where TQuantity : struct, IComparable<TQuantity>
    {
        if (quantity.CompareTo(default) <= 0)
        {
            throw new InvalidInputException(what, $"The {what} must be greater than zero; got {quantity}.");
        }
    }

    /// <summary>A quantity that may be zero but not negative (a volume aspirated from an empty pump).</summary>
    public static void NotNegative<TQuantity>(TQuantity quantity, string what)
        where TQuantity : struct, IComparable<TQuantity>
    {
        if (quantity.CompareTo(default) < 0)
        {
            throw new InvalidInputException(what, $"The {what} must not be negative; got {quantity}.");
        }
    }

    /// <summary>An optional quantity that, when given, must be above zero.</summary>
    public static void Positive<TQuantity>(TQuantity? quantity, string what)
        where TQuantity : struct, IComparable<TQuantity>
    {
        if (quantity is { } value)
        {
            Positive(value, what);
        }
    }

    /// <summary>An optional quantity that, when given, must not be negative.</summary>
    public static void NotNegative<TQuantity>(TQuantity? quantity, string what)
        where TQuantity : struct, IComparable<TQuantity>
    {
        if (quantity is { } value)
        {
            NotNegative(value, what);
        }
    }
}
