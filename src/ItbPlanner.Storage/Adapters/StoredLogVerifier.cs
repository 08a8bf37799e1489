using ItbPlanner.Application.Ports;
using ItbPlanner.Domain.Log;

namespace ItbPlanner.Storage.Adapters;

/// <summary>The application's <see cref="ILogVerifier"/> on the log (SQLite or PostgreSQL): <see cref="LogVerifier"/>, never creating a log.</summary>
/// <param name="connection">The invocation's log.</param>
public sealed class StoredLogVerifier(LogConnection connection) : ILogVerifier
{
    /// <inheritdoc/>
    public ChainVerification Verify(PatientId? patient = null)
    {
        try
        {
            return new LogVerifier(connection.Open(reading: true)).Verify(patient);
        }
        catch (StorageException e)
        {
            throw new LogUnavailableException(e.Message, e);
        }
    }
}
