using ItbPlanner.Application.Administration;
using ItbPlanner.Application.Ports;
using ItbPlanner.Storage.Postgres;

namespace ItbPlanner.Storage.Adapters;

/// <summary>
/// The application's <see cref="ILogAdministration"/>: an SQLite file is created (or migrated) by opening it for
/// recording; a PostgreSQL database gets its schema through <see cref="PostgresLogDatabase.Initialise"/> and, when the
/// role connected may, the clinic's roles (<see cref="PostgresRoles"/>). Copies go through <see cref="LogCopy"/>.
/// Storage failures become <see cref="LogUnavailableException"/>.
/// </summary>
/// <param name="connection">The invocation's log (for <c>itb db init</c>).</param>
public sealed class StoredLogAdministration(LogConnection connection) : ILogAdministration
{
    /// <inheritdoc/>
    public string RolesSql => PostgresRoles.Sql;

    /// <inheritdoc/>
    public LogInitialisation Initialise(bool createRoles) => Run(() =>
    {
        var target = connection.Target;
        if (!target.IsServer)
        {
            var existed = File.Exists(target.Location);
            var file = connection.Open(reading: false);
            return new LogInitialisation(target.Location, false, existed ? file.SchemaVersion : 0, file.SchemaVersion, []);
        }

        var (before, after) = PostgresLogDatabase.Initialise(target, connection.Clock);
        if (!createRoles)
        {
            return new LogInitialisation(target.Location, true, before, after, []);
        }

        using var database = PostgresLogDatabase.Open(target, connection.Clock);
        try
        {
            database.CreateRoles();
            return new LogInitialisation(target.Location, true, before, after, [$"roles {PostgresRoles.Writer} (clinicians: read and record) and {PostgresRoles.Reviewer} (reviewers: read only) are in place; make each person's login role a member of one."]);
        }
        catch (StorageException e)
        {
            return new LogInitialisation(target.Location, true, before, after, [$"the roles were not created ({e.Message}); a superuser runs the SQL of 'itb db init --print-roles-sql' instead."]);
        }
    });

    /// <inheritdoc/>
    public LogCopyReport Copy(string from, string to) => Run(() =>
    {
        var (source, target) = (LogTarget.Parse(from), LogTarget.Parse(to));
        if (source.Location == target.Location)
        {
            throw new Domain.Errors.InvalidInputException("to", $"--from and --to name the same log ({source.Location}).");
        }

        using var reading = LogDatabase.Open(source, connection.Clock, LogDatabaseOptions.Default with { MustExist = true });
        using var writing = LogDatabase.Open(target, connection.Clock);
        var result = LogCopy.Copy(reading, writing);
        return new LogCopyReport(reading.Path, writing.Path, result.Patients, result.Events, result.Checkpoints, result.HeadsDigest);
    });

    private static T Run<T>(Func<T> work)
    {
        try
        {
            return work();
        }
        catch (StorageException e)
        {
            throw new LogUnavailableException(e.Message, e);
        }
    }
}
