using Npgsql;

namespace ItbPlanner.Storage.Postgres;

/// <summary>
/// Turns what the PostgreSQL server or Npgsql report into one line saying what is wrong with the team log and what to
/// do: a reviewer's role refused a write, a login refused, a server out of reach, a lock held too long. The server's
/// own text is kept only where it is ours (the append-only triggers) or names no data.
/// </summary>
internal static class PostgresErrors
{
    /// <summary>The error as a <see cref="StorageException"/> about the log at <paramref name="location"/>.</summary>
    public static StorageException ToStorage(Exception e, string location, string? user) => new(location, Describe(e, location, user), e);

    private static string Describe(Exception e, string location, string? user)
    {
        var role = string.IsNullOrEmpty(user) ? "the role given" : $"the role '{user}'";
        if (e is PostgresException server)
        {
            return server.SqlState switch
            {
                PostgresErrorCodes.InsufficientPrivilege =>
                    $"{location}: {role} may not do this ({OneLine(server.MessageText)}): a reviewer's role reads the log only; recording needs the itb_writer role (ask the clinic's administrator).",
                PostgresErrorCodes.InvalidPassword or PostgresErrorCodes.InvalidAuthorizationSpecification =>
                    $"Cannot log in to {location} as {role}: the server refused the login; check the user, and PGPASSWORD or ~/.pgpass.",
                PostgresErrorCodes.InvalidCatalogName => $"{location}: the server has no such database; check the --db address.",
                PostgresErrorCodes.LockNotAvailable or PostgresErrorCodes.QueryCanceled =>
                    $"{location} is busy: another itb has been writing to the same patient for too long; try again.",
                PostgresErrorCodes.RaiseException => $"{location}: {OneLine(server.MessageText)}.",
                PostgresErrorCodes.UniqueViolation => $"{location}: two writers tried to record the same position in a patient's log; nothing was stored, try again.",
                PostgresErrorCodes.TooManyConnections => $"{location}: the server has too many connections open; try again shortly.",
                PostgresErrorCodes.ReadOnlySqlTransaction => $"{location} is a read-only server (a standby): record on the primary.",
                _ => $"{location}: PostgreSQL error {server.SqlState}: {OneLine(server.MessageText)}.",
            };
        }

        var text = OneLine(e.Message);
        if (text.Contains("password", StringComparison.OrdinalIgnoreCase))
        {
            return $"Cannot log in to {location} as {role}: the server asks for a password; set PGPASSWORD or add the server to ~/.pgpass (never on the command line).";
        }

        var inner = e.InnerException is { } cause ? $" ({OneLine(cause.Message)})" : string.Empty;
        return $"Cannot reach the PostgreSQL server of {location}: {text}{inner}; check the address, that the server runs, and sslmode.";
    }

    private static string OneLine(string? text) =>
        string.Join(' ', (text ?? string.Empty).Split(['\r', '\n'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)).TrimEnd('.');
}
