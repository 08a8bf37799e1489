using ItbPlanner.Domain.Log;

namespace ItbPlanner.Application.Ports;

/// <summary>Recomputes the hash chains of the log (never creates one).</summary>
public interface ILogVerifier
{
    /// <summary>Verifies one patient's chain, or every patient's when <paramref name="patient"/> is null.</summary>
    /// <exception cref="Domain.Errors.InvalidInputException">The patient is not registered.</exception>
    /// <exception cref="LogUnavailableException">The log cannot be opened or read.</exception>
    ChainVerification Verify(PatientId? patient = null);
}
