namespace ItbPlanner.Domain.Protocols;

/// <summary>A protocol that failed to load or validate. <see cref="Exception.Message"/> is the first error as one line.</summary>
public sealed class InvalidProtocolException : Exception
{
    /// <summary>Creates the exception from at least one error.</summary>
    public InvalidProtocolException(IReadOnlyList<ProtocolError> errors)
        : base(Summarize(errors))
    {
        Errors = errors;
    }

    /// <summary>Every error found.</summary>
    public IReadOnlyList<ProtocolError> Errors { get; }

    private static string Summarize(IReadOnlyList<ProtocolError> errors)
    {
        ArgumentNullException.ThrowIfNull(errors);
        if (errors.Count == 0)
        {
            throw new ArgumentException("At least one error is required.", nameof(errors));
        }

        return errors.Count == 1
            ? errors[0].ToString()
            : $"{errors[0]} (and {errors.Count - 1} more; run `itb protocol validate` to list them)";
    }
}
