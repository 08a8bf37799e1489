using System.Text;
using Microsoft.Data.Sqlite;

namespace ItbPlanner.Storage.Internal;

/// <summary>
/// The tables, indexes and triggers the migrations create, read from the migration scripts themselves, and the
/// comparison with what a file's <c>sqlite_master</c> holds: a dropped append-only trigger, one replaced by a trigger
/// that does nothing, a dropped unique index or a table rebuilt without its checks all show up, as does a trigger
/// nobody wrote (it could rewrite events as they are inserted).
/// </summary>
internal static class SchemaObjects
{
    private static readonly Expected[] All = Parse(Migrator.Scripts);

    /// <summary>What differs between the file and the migrations: one line per object, empty when they agree.</summary>
    public static IReadOnlyList<(string Code, string Message)> Compare(SqliteConnection connection)
    {
        var found = new Dictionary<string, (string Type, string? Sql)>(StringComparer.Ordinal);
        using (var command = connection.CreateCommand())
        {
            command.CommandText = "SELECT type, name, sql FROM sqlite_master";
            using var reader = command.ExecuteReader();
            while (reader.Read())
            {
                found[reader.GetString(1)] = (reader.GetString(0), reader.IsDBNull(2) ? null : reader.GetString(2));
            }
        }

        var problems = new List<(string, string)>();
        foreach (var expected in All)
        {
            if (!found.TryGetValue(expected.Name, out var actual) || actual.Type != expected.Type)
            {
                problems.Add(("schema-object-missing", $"the {expected.Type} {expected.Name} is missing: it was dropped{Protects(expected)}."));
            }
            else if (!string.Equals(Normalise(actual.Sql ?? string.Empty), expected.Sql, StringComparison.Ordinal))
            {
                problems.Add(("schema-object-changed", $"the {expected.Type} {expected.Name} differs from the one the log was created with: it was replaced{Protects(expected)}."));
            }
        }

        var known = All.Select(e => e.Name).ToHashSet(StringComparer.Ordinal);
        foreach (var (name, (type, _)) in found.Where(f => f.Value.Type == "trigger" && !known.Contains(f.Key)).OrderBy(f => f.Key, StringComparer.Ordinal))
        {
            problems.Add(("schema-object-unexpected", $"the {type} {name} was not created by itb: someone added it to the file."));
        }

        return problems;
    }

    /// <summary>Whitespace runs to one space, so the text compares as SQLite stores it whatever the indentation.</summary>
    public static string Normalise(string sql)
    {
        var text = new StringBuilder(sql.Length);
        var space = false;
        foreach (var c in sql.Trim())
        {
            if (char.IsWhiteSpace(c))
            {
                space = true;
                continue;
            }

            if (space)
            {
                text.Append(' ');
                space = false;
            }

            text.Append(c);
        }

        return text.ToString();
    }

    private static string Protects(Expected expected) => expected.Type == "trigger"
        ? ", so the log is no longer refusing changes (append-only)"
        : string.Empty;

    private static Expected[] Parse(IEnumerable<string> scripts)
    {
        var objects = new List<Expected>();
        foreach (var script in scripts)
        {
            foreach (var statement in Statements(script))
            {
                var words = statement.Split(' ', 5);
                if (words.Length >= 3 && words[0] == "CREATE")
                {
                    var (type, name) = words[1] switch
                    {
                        "TABLE" or "TRIGGER" or "INDEX" => (words[1].ToLowerInvariant(), words[2]),
                        "UNIQUE" when words[2] == "INDEX" && words.Length >= 4 => ("index", words[3]),
                        _ => (string.Empty, string.Empty),
                    };
                    if (type.Length > 0)
                    {
                        objects.Add(new Expected(type, name, statement));
                    }
                }
            }
        }

        return [.. objects];
    }

    /// <summary>The statements of a script without comments, normalised, without their semicolons (as sqlite_master keeps them).</summary>
    private static IEnumerable<string> Statements(string script)
    {
        var lines = script.Split('\n').Select(l => l.Trim()).Where(l => !l.StartsWith("--", StringComparison.Ordinal));
        var current = new StringBuilder();
        foreach (var line in lines)
        {
            current.Append(line).Append(' ');
            var text = Normalise(current.ToString());
            var isTrigger = text.StartsWith("CREATE TRIGGER", StringComparison.Ordinal);
            if (text.EndsWith(';') && (!isTrigger || text.EndsWith("END;", StringComparison.Ordinal)))
            {
                yield return text[..^1];
                current.Clear();
            }
        }
    }

    private sealed record Expected(string Type, string Name, string Sql);
}
