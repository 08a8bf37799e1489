using System.Text.RegularExpressions;
using Npgsql;

namespace ItbPlanner.Storage.Postgres;

/// <summary>
/// What <c>itb log verify</c> checks of the server's schema before the chains, as <see cref="Internal.SchemaObjects"/>
/// does for an SQLite file: every table, index and append-only trigger the migrations made is there, each trigger enabled
/// and calling the refusing function, the function still refusing, no trigger nobody wrote on the log's tables (it could
/// rewrite events as they are inserted), and no UPDATE, DELETE or TRUNCATE privilege granted to the clinic's roles or to
/// everyone.
/// </summary>
internal static partial class PostgresSchema
{
    private const string RefusingFunction = "itb_refuse_change";

    private static readonly string[] Tables = Names(TableName());
    private static readonly string[] Indexes = Names(IndexName());
    private static readonly string[] Triggers = Names(TriggerName());

    /// <summary>What differs from the migrations: one problem per object, none when they agree.</summary>
    public static IReadOnlyList<LogProblem> Compare(NpgsqlConnection connection)
    {
        var problems = new List<LogProblem>();
        var tables = Strings(connection, "SELECT tablename FROM pg_tables WHERE schemaname = current_schema()");
        var indexes = Strings(connection, "SELECT indexname FROM pg_indexes WHERE schemaname = current_schema()");
        problems.AddRange(Tables.Where(t => !tables.Contains(t)).Select(t => Missing("table", t, string.Empty)));
        problems.AddRange(Indexes.Where(i => !indexes.Contains(i)).Select(i => Missing("index", i, string.Empty)));

        var triggers = new Dictionary<string, (string Enabled, string Function)>(StringComparer.Ordinal);
        using (var command = connection.CreateCommand())
        {
            command.CommandText = "SELECT t.tgname::text, t.tgenabled::text, p.proname::text FROM pg_trigger t"
                + " JOIN pg_class c ON c.oid = t.tgrelid JOIN pg_proc p ON p.oid = t.tgfoid"
                + " WHERE NOT t.tgisinternal AND c.relnamespace = current_schema()::regnamespace AND c.relname IN ('events', 'patients', 'checkpoints')";
            using var reader = command.ExecuteReader();
            while (reader.Read())
            {
                triggers[reader.GetString(0)] = (reader.GetString(1), reader.GetString(2));
            }
        }

        const string Protects = ", so the log is no longer refusing changes (append-only)";
        foreach (var name in Triggers)
        {
            if (!triggers.TryGetValue(name, out var found))
            {
                problems.Add(Missing("trigger", name, Protects));
            }
            else if (found.Enabled == "D" || found.Function != RefusingFunction)
            {
                problems.Add(new LogProblem("schema-object-changed", $"the trigger {name} differs from the one the log was created with: it was {(found.Enabled == "D" ? "disabled" : "replaced")}{Protects}."));
            }
        }

        problems.AddRange(triggers.Keys.Where(t => !Triggers.Contains(t)).Order(StringComparer.Ordinal)
            .Select(t => new LogProblem("schema-object-unexpected", $"the trigger {t} was not created by itb: someone added it to the log's tables.")));

        var body = Sql(connection, $"SELECT prosrc FROM pg_proc WHERE proname = '{RefusingFunction}' AND pronamespace = current_schema()::regnamespace");
        if (body is null || !body.Contains("RAISE EXCEPTION", StringComparison.OrdinalIgnoreCase))
        {
            problems.Add(new LogProblem("schema-object-changed", $"the function {RefusingFunction} no longer raises an error{Protects}."));
        }

        var grants = Strings(
            connection,
            "SELECT grantee || ' may ' || privilege_type || ' ' || table_name FROM information_schema.role_table_grants"
            + " WHERE table_schema = current_schema() AND table_name IN ('events', 'patients', 'checkpoints')"
            + " AND privilege_type IN ('UPDATE', 'DELETE', 'TRUNCATE') AND grantee IN ('PUBLIC', 'itb_writer', 'itb_reviewer')");
        problems.AddRange(grants.Order(StringComparer.Ordinal).Select(g => new LogProblem("privilege-granted", $"{g}: the clinic's roles must only read and append; revoke it (itb db init --print-roles-sql).")));
        return problems;
    }

    private static LogProblem Missing(string type, string name, string protects) =>
        new("schema-object-missing", $"the {type} {name} is missing: it was dropped{protects}.");

    private static HashSet<string> Strings(NpgsqlConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        using var reader = command.ExecuteReader();
        var names = new HashSet<string>(StringComparer.Ordinal);
        while (reader.Read())
        {
            names.Add(reader.GetString(0));
        }

        return names;
    }

    private static string? Sql(NpgsqlConnection connection, string sql) => Internal.Sql.Scalar(connection, sql) as string;

    private static string[] Names(Regex pattern) =>
        [.. PostgresMigrator.Scripts.SelectMany(s => pattern.Matches(s)).Select(m => m.Groups[1].Value)];

    [GeneratedRegex(@"^CREATE TABLE (\w+)", RegexOptions.Multiline | RegexOptions.CultureInvariant)]
    private static partial Regex TableName();

    [GeneratedRegex(@"^CREATE (?:UNIQUE )?INDEX (\w+)", RegexOptions.Multiline | RegexOptions.CultureInvariant)]
    private static partial Regex IndexName();

    [GeneratedRegex(@"^CREATE TRIGGER (\w+)", RegexOptions.Multiline | RegexOptions.CultureInvariant)]
    private static partial Regex TriggerName();
}
