using System.CommandLine;
using System.CommandLine.Parsing;
using System.Globalization;

namespace ItbPlanner.App.Cli.Options;

/// <summary><c>--catheter MODEL</c> resolved against the protocol, and <c>--catheter-length CM</c>.</summary>
internal static class CatheterOption
{
    /// <summary>Creates <c>--catheter</c>.</summary>
    public static Option<string> Create() => new("--catheter")
    {
        Description = "Catheter model id from the protocol, e.g. prometra-ii (see `itb protocol show`).",
        HelpName = "MODEL",
    };

    /// <summary>Creates <c>--catheter-length</c>: the implanted length in cm (<c>50</c> or <c>50cm</c>).</summary>
    public static Option<decimal?> Length() => new("--catheter-length")
    {
        Description = "Implanted catheter length in cm, e.g. 50 or 50cm.",
        HelpName = "CM",
        CustomParser = ParseLength,
    };

    private static decimal? ParseLength(ArgumentResult result)
    {
        var text = result.Tokens.Count > 0 ? result.Tokens[0].Value.Trim() : string.Empty;
        var number = text.EndsWith("cm", StringComparison.OrdinalIgnoreCase) ? text[..^2].TrimEnd() : text;
        if (decimal.TryParse(number, NumberStyles.AllowDecimalPoint | NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var length)
            && length > 0
            && length <= Limits.LargestAcceptedNumber)
        {
            return length;
        }

        result.AddError($"--catheter-length: '{text}' is not a length in cm greater than zero, e.g. 50 or 50cm.");
        return null;
    }
}
