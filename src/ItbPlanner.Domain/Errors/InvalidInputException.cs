namespace ItbPlanner.Domain.Errors;

/// <summary>
/// A request that cannot be computed because an input is impossible (exit code 2 on the command line): a fill volume
/// above capacity, an alarm volume at or above the fill volume, a zero rate. The message names the input and the value.
/// </summary>
public sealed class InvalidInputException : ArgumentException
{
    /// <summary>Creates the exception naming the input in a clinician's words (e.g. <c>fill volume</c>); a front end names its own field for it (the command line its option).</summary>
    public InvalidInputException(string input, string message)
        : base(message)
    {
        Input = input;
    }

    /// <summary>The input at fault, as the user knows it.</summary>
    public string Input { get; }
}
