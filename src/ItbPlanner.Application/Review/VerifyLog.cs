using ItbPlanner.Application.Ports;
using ItbPlanner.Domain.Log;

namespace ItbPlanner.Application.Review;

/// <summary>
/// Recomputes every hash of the log, or of one patient's; for one patient's intact chain it gives the head hash, to keep
/// elsewhere (the chain alone cannot show that its newest events were rewritten or removed).
/// </summary>
/// <param name="log">The therapy log (read only).</param>
/// <param name="verifier">The chain verifier.</param>
public sealed class VerifyLog(ITherapyLogReader log, ILogVerifier verifier)
{
    /// <summary>Verifies one patient's chain, or every patient's.</summary>
    /// <exception cref="Domain.Errors.InvalidInputException">The patient is not registered.</exception>
    /// <exception cref="LogUnavailableException">The log cannot be read.</exception>
    public LogVerified Verify(PatientId? patient = null)
    {
        var result = verifier.Verify(patient);
        var head = patient is { } one && result.IsIntact ? log.Head(one)?.Hash : null;
        return new LogVerified(result, head, log.Location);
    }
}
