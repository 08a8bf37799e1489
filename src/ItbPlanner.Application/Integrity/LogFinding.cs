using ItbPlanner.Domain.Log;

namespace ItbPlanner.Application.Integrity;

/// <summary>One problem an audit of the log found.</summary>
/// <param name="Code">What kind of problem (stable; docs/log.md lists the codes), e.g. <c>hash-mismatch</c>.</param>
/// <param name="Message">What broke, in one line.</param>
/// <param name="PatientId">The patient it concerns, if any.</param>
/// <param name="Seq">The event it concerns, if any.</param>
public sealed record LogFinding(string Code, string Message, PatientId? PatientId = null, long? Seq = null)
{
    /// <summary>Whether the problem is in a hash chain itself (rather than the file, its schema, the patients table or a checkpoint).</summary>
    public bool IsChain => Code is "hash-mismatch" or "prev-hash-mismatch" or "sequence-gap" or "missing-registration" or "unreadable";

    /// <summary>Whether the problem is a checkpoint that does not hold.</summary>
    public bool IsCheckpoint => Code.StartsWith("checkpoint-", StringComparison.Ordinal);
}
