namespace ItbPlanner.Domain.Quantities;

/// <summary>Text that is not a quantity of the expected dimension. The message says what was wrong and what is accepted.</summary>
public class QuantityFormatException : FormatException
{
    /// <summary>Creates the exception.</summary>
    public QuantityFormatException(string text, Dimension expected, string message)
        : base(message)
    {
        Text = text;
        Expected = expected;
    }

    /// <summary>Creates the exception with a generic message (for serializers).</summary>
    public QuantityFormatException()
        : base("Not a quantity.")
    {
        Text = string.Empty;
    }

    /// <summary>Creates the exception with a message (for serializers).</summary>
    public QuantityFormatException(string message)
        : base(message)
    {
        Text = string.Empty;
    }

    /// <summary>Creates the exception with a message and an inner exception.</summary>
    public QuantityFormatException(string message, Exception innerException)
        : base(message, innerException)
    {
        Text = string.Empty;
    }

    /// <summary>The text that failed to parse.</summary>
    public string Text { get; }

    /// <summary>The dimension that was expected.</summary>
    public Dimension Expected { get; }

    /// <summary>The dimension the text did have, when it was a valid quantity of another dimension.</summary>
    public Dimension? Actual { get; init; }
}
