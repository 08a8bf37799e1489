using ItbPlanner.Application.Ports;
using ItbPlanner.Domain.Log;

namespace ItbPlanner.Storage.Adapters;

/// <summary>
/// The application's <see cref="ITherapyLog"/> on the log (SQLite or PostgreSQL): the reads, registration, and appends through the
/// workflow's guard (checked inside the write transaction). Creates the log on first use.
/// </summary>
/// <param name="connection">The invocation's log.</param>
/// <param name="guard">The therapy workflow's guard on every appended event.</param>
public sealed class StoredTherapyLog(LogConnection connection, IEventGuard guard) : StoredLogReader(connection), ITherapyLog
{
    /// <inheritdoc/>
    protected override bool Reading => false;

    /// <inheritdoc/>
    public LogEvent Register(Patient patient, DateTimeOffset at, string author, string? reason = null) =>
        Run(() => new PatientStore(Database).Register(patient, at, author, reason));

    /// <inheritdoc/>
    public IReadOnlyList<LogEvent> Append(IReadOnlyList<NewEvent> events) => Run(() => new EventStore(Database, guard).AppendAll(events));
}
