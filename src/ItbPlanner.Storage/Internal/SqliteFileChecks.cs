using System.Globalization;
using Microsoft.Data.Sqlite;

namespace ItbPlanner.Storage.Internal;

/// <summary>
/// What <c>itb log verify</c> checks of an SQLite file before its chains: SQLite's integrity check of every page, then
/// the header's application id and the schema objects (the append-only triggers among them) against the migrations.
/// </summary>
internal static class SqliteFileChecks
{
    /// <summary>SQLite's own check of every page, index and constraint; the first finding as one line, or null.</summary>
    public static LogProblem? Damage(SqliteConnection connection, string path)
    {
        try
        {
            using var command = connection.CreateCommand();
            command.CommandText = "PRAGMA integrity_check";
            using var reader = command.ExecuteReader();
            var findings = new List<string>();
            while (reader.Read())
            {
                findings.Add(reader.GetValue(0) as string ?? string.Empty);
            }

            if (findings is ["ok"])
            {
                return null;
            }

            var more = findings.Count > 1 ? $" (and {findings.Count - 1} more finding(s))" : string.Empty;
            return new LogProblem("damaged-file", $"{path} is damaged: SQLite's integrity check says \"{OneLine(findings.FirstOrDefault())}\"{more}; restore it from a backup.");
        }
        catch (SqliteException e)
        {
            return new LogProblem("damaged-file", SqliteErrors.Describe(e, path));
        }
    }

    public static IEnumerable<LogProblem> Schema(SqliteConnection connection)
    {
        var applicationId = Convert.ToInt64(Sql.Scalar(connection, "PRAGMA application_id"), CultureInfo.InvariantCulture);
        if (applicationId != Migrator.ApplicationId)
        {
            yield return new LogProblem(
                "application-id",
                $"the file's application id is 0x{applicationId.ToString("x8", CultureInfo.InvariantCulture)}, not 0x{Migrator.ApplicationId:x8} (ITBP): its header was edited.");
        }

        foreach (var (code, message) in SchemaObjects.Compare(connection))
        {
            yield return new LogProblem(code, message);
        }
    }

    private static string OneLine(string? text) => string.Join(' ', (text ?? string.Empty).Split(['\r', '\n'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
}
