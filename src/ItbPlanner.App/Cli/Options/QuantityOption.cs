using System.CommandLine;
using System.CommandLine.Parsing;
using ItbPlanner.Domain.Quantities;
using ItbPlanner.Units;

namespace ItbPlanner.App.Cli.Options;

/// <summary>
/// Options that take a typed quantity. The unit is required; a quantity of the wrong dimension is rejected with a message
/// naming the option, the expected dimension and an example; zero and negative values are rejected unless allowed.
/// </summary>
internal static class QuantityOption
{
    /// <summary>Creates an option whose value is a quantity of one dimension (null when absent).</summary>
    /// <param name="name">The option name, e.g. <c>--dose</c>.</param>
    /// <param name="description">Help text; the example and accepted units are appended.</param>
    /// <param name="allowZero">True when zero is a valid measurement (an aspirated volume).</param>
    /// <param name="example">A typical value for this option (default: the dimension's example).</param>
    public static Option<TQuantity?> Create<TQuantity, TUnit>(string name, string description, bool allowZero = false, string? example = null)
        where TQuantity : struct, IQuantity<TQuantity, TUnit>
        where TUnit : struct, Enum
    {
        var dimension = TQuantity.Dimension;
        return new Option<TQuantity?>(name)
        {
            Description = $"{description} e.g. {example ?? UnitCatalog.Example(dimension)}.",
            HelpName = "QTY",
            CustomParser = result => Parse<TQuantity, TUnit>(result, name, allowZero),
        };
    }

    /// <summary>Parses one token, adding a one-line error to the result on failure.</summary>
    public static TQuantity? Parse<TQuantity, TUnit>(ArgumentResult result, string name, bool allowZero)
        where TQuantity : struct, IQuantity<TQuantity, TUnit>
        where TUnit : struct, Enum
    {
        var text = result.Tokens.Count > 0 ? result.Tokens[0].Value : string.Empty;
        try
        {
            var value = QuantityText.Parse<TQuantity>(text);
            if (value.Value < 0 || (!allowZero && value.Value == 0))
            {
                result.AddError($"{name} must be {(allowZero ? "zero or more" : "greater than zero")}; got {value}.");
                return null;
            }

            if (Math.Abs(value.Value) > Limits.LargestAcceptedNumber)
            {
                result.AddError($"{name}: {value} is implausibly large.");
                return null;
            }

            return value;
        }
        catch (QuantityFormatException ex)
        {
            var expected = $"{UnitCatalog.Describe(TQuantity.Dimension)}, e.g. {UnitCatalog.Example(TQuantity.Dimension)}";
            result.AddError(ex.Actual is { } actual
                ? $"{name} expects a {expected}; '{text}' is a {UnitCatalog.Describe(actual)}."
                : $"{name}: {ex.Message}");
            return null;
        }
    }
}
