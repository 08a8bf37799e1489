using System.Text.RegularExpressions;
using ItbPlanner.Domain.Log;
using ItbPlanner.Storage;
using ItbPlanner.Testing;
using Microsoft.Data.Sqlite;

namespace ItbPlanner.App.Tests.Cli;

/// <summary>
/// The tamper suite (issue 12): every attack of docs/log.md's attack table applied to a fresh copy of a 51-event log of
/// three patients, then <c>itb log verify --json</c> without and with a current signed checkpoint. The table says, per
/// attack, whether it is caught without a checkpoint and by which problem code, and with one; this test reads the table
/// and holds the code to it, so the two cannot drift apart. A careful attacker restores the append-only triggers after
/// editing; attacks on the triggers themselves are listed separately.
/// </summary>
public sealed partial class TamperSuiteTests(TamperSuiteTests.BaseLog baseLog) : IClassFixture<TamperSuiteTests.BaseLog>
{
    private static readonly Dictionary<string, Action<LogCli, BaseLog>> Attacks = new(StringComparer.Ordinal)
    {
        ["A01"] = (cli, _) => Unguarded(cli, "UPDATE events SET payload = replace(payload, '\"doseMcgPerDay\":100', '\"doseMcgPerDay\":1000') WHERE patient_id = 'P1' AND kind = 'implant'"),
        ["A02"] = (cli, _) => Unguarded(cli, "UPDATE events SET occurred_at = '2026-11-06T10:00:00.0000000Z' WHERE patient_id = 'P1' AND seq = 7"),
        ["A03"] = (cli, _) => Unguarded(cli, "UPDATE events SET recorded_at = '2026-11-20T10:00:00.0000000Z' WHERE patient_id = 'P1' AND seq = 7"),
        ["A04"] = (cli, _) => Unguarded(cli, "UPDATE events SET author = 'dr-nobody' WHERE patient_id = 'P2' AND seq = 4"),
        ["A05"] = (cli, _) => Unguarded(cli, "UPDATE events SET kind = 'correction' WHERE patient_id = 'P2' AND seq = 5"),
        ["A06"] = (cli, _) => Unguarded(cli, "UPDATE events SET kind = 'lab-result' WHERE patient_id = 'P2' AND seq = 6"),
        ["A07"] = (cli, _) => Unguarded(cli, "UPDATE events SET reason = 'entered by mistake' WHERE patient_id = 'P1' AND seq = 8"),
        ["A08"] = (cli, _) => Unguarded(cli, "UPDATE events SET corrects_seq = 3 WHERE patient_id = 'P1' AND corrects_seq IS NOT NULL"),
        ["A09"] = (cli, _) => Unguarded(cli, "UPDATE events SET seq = 99 WHERE patient_id = 'P2' AND seq = 7"),
        ["A10"] = (cli, _) => Unguarded(cli, $"UPDATE events SET hash = '{new string('a', 64)}' WHERE patient_id = 'P1' AND seq = 9"),
        ["A11"] = (cli, _) => Unguarded(cli, $"UPDATE events SET prev_hash = '{new string('b', 64)}' WHERE patient_id = 'P1' AND seq = 9"),
        ["A12"] = (cli, _) => Rewrite(cli, "P1", events => [.. events.Select(e => e.Seq == 10 ? Sealed(e with { PayloadJson = e.PayloadJson.Replace("Review", "Rewrite", StringComparison.Ordinal) }) : e)]),
        ["A13"] = (cli, _) => Unguarded(cli, "DELETE FROM events WHERE patient_id = 'P2' AND seq = 8"),
        ["A14"] = (cli, _) => Unguarded(cli, "DELETE FROM events WHERE patient_id = 'P3' AND seq = 1"),
        ["A15"] = (cli, _) => Unguarded(cli,
            "UPDATE events SET payload = CASE seq WHEN 9 THEN (SELECT payload FROM events WHERE patient_id = 'P2' AND seq = 10) ELSE (SELECT payload FROM events WHERE patient_id = 'P2' AND seq = 9) END WHERE patient_id = 'P2' AND seq IN (9, 10)"),
        ["A16"] = (cli, _) => Unguarded(cli,
            "UPDATE events SET seq = seq + 1000 WHERE patient_id = 'P2' AND seq IN (11, 12); UPDATE events SET seq = CASE seq WHEN 1011 THEN 12 ELSE 11 END WHERE patient_id = 'P2' AND seq IN (1011, 1012)"),
        ["A17"] = (cli, _) => Unguarded(cli,
            $"INSERT INTO events (patient_id, seq, occurred_at, recorded_at, author, kind, payload, reason, corrects_seq, prev_hash, hash) SELECT patient_id, seq + 1, occurred_at, recorded_at, 'forger', kind, payload, NULL, NULL, hash, '{new string('c', 64)}' FROM events WHERE patient_id = 'P3' ORDER BY seq DESC LIMIT 1"),
        ["A18"] = (cli, _) => Unguarded(cli,
            "INSERT INTO events (patient_id, seq, occurred_at, recorded_at, author, kind, payload, reason, corrects_seq, prev_hash, hash) SELECT 'P1', (SELECT max(seq) + 1 FROM events WHERE patient_id = 'P1'), occurred_at, recorded_at, author, kind, payload, reason, corrects_seq, (SELECT hash FROM events WHERE patient_id = 'P1' ORDER BY seq DESC LIMIT 1), hash FROM events WHERE patient_id = 'P2' AND seq = 13; DELETE FROM events WHERE patient_id = 'P2' AND seq = 13"),
        ["A19"] = (cli, _) => Unguarded(cli, "UPDATE events SET patient_id = 'P3', seq = (SELECT max(seq) + 1 FROM events WHERE patient_id = 'P3') WHERE patient_id = 'P2' AND seq = 18"),
        ["A20"] = (cli, _) => Rewrite(cli, "P1", events => [.. events.Select(e => e.Kind == EventKind.Implant ? e with { PayloadJson = e.PayloadJson.Replace("\"doseMcgPerDay\":100", "\"doseMcgPerDay\":150", StringComparison.Ordinal) } : e)], recompute: true),
        ["A21"] = (cli, _) => Rewrite(cli, "P2", events => [.. events.Select(e => e == events[^1] ? e with { PayloadJson = e.PayloadJson.Replace("Review", "Rewrite", StringComparison.Ordinal) } : e)], recompute: true),
        ["A22"] = (cli, _) =>
        {
            foreach (var patient in new[] { "P1", "P2", "P3" })
            {
                Rewrite(cli, patient, events => [.. events.Select(e => e with { Author = "someone-else" })], recompute: true);
            }
        },
        ["A23"] = (cli, _) => Rewrite(cli, "P2", events => [.. events.Take(3), Note(events[2], "a forged review"), .. events.Skip(3)], recompute: true),
        ["A24"] = (cli, _) => Unguarded(cli, "DELETE FROM events WHERE patient_id = 'P1' AND seq = (SELECT max(seq) FROM events WHERE patient_id = 'P1')"),
        ["A25"] = (cli, _) => Unguarded(cli, "DELETE FROM events WHERE patient_id = 'P2' AND seq > (SELECT max(seq) - 5 FROM events WHERE patient_id = 'P2')"),
        ["A26"] = (cli, _) => Unguarded(cli, "DELETE FROM events WHERE patient_id = 'P3' AND seq > 1"),
        ["A27"] = (cli, _) => Unguarded(cli, "DELETE FROM patients WHERE id = 'P1'"),
        ["A28"] = (cli, _) => Unguarded(cli, "DELETE FROM events WHERE patient_id = 'P3'"),
        ["A29"] = (cli, _) => Unguarded(cli, "DELETE FROM events WHERE patient_id = 'P3'; DELETE FROM patients WHERE id = 'P3'"),
        ["A30"] = (cli, _) => Unguarded(cli, "INSERT INTO patients (id, registered_at) VALUES ('P9', '2026-11-21T09:00:00.0000000Z')"),
        ["A31"] = (cli, _) => Unguarded(cli, "UPDATE patients SET registered_at = '2020-01-01T00:00:00.0000000Z' WHERE id = 'P2'"),
        ["A32"] = (cli, _) => Unguarded(cli, "UPDATE events SET patient_id = 'P4' WHERE patient_id = 'P3'; UPDATE patients SET id = 'P4' WHERE id = 'P3'"),
        ["A33"] = (cli, _) => cli.Sqlite3("DROP TRIGGER events_no_update"),
        ["A34"] = (cli, _) => cli.Sqlite3("DROP TRIGGER events_no_delete"),
        ["A35"] = (cli, _) => cli.Sqlite3("DROP TRIGGER patients_no_update"),
        ["A36"] = (cli, _) => cli.Sqlite3("DROP TRIGGER patients_no_delete"),
        ["A37"] = (cli, _) => cli.Sqlite3("DROP TRIGGER events_no_update; CREATE TRIGGER events_no_update BEFORE UPDATE ON events BEGIN SELECT 1; END;"),
        ["A38"] = (cli, _) => cli.Sqlite3("CREATE TRIGGER events_rewrite AFTER INSERT ON events BEGIN SELECT 1; END;"),
        ["A39"] = (cli, _) => cli.Sqlite3("DROP INDEX events_patient_seq"),
        ["A40"] = (cli, _) => cli.Sqlite3("PRAGMA application_id = 0"),
        ["A41"] = (cli, _) => FlipPageType(cli, "patients"),
        ["A42"] = (cli, _) => FlipPageType(cli, "events"),
        ["A43"] = (cli, _) => FlipText(cli, "Review 7 of P1", "Review 7 of P7"),
        ["A44"] = (cli, _) => Edit(cli, bytes => bytes[0] ^= 0xFF),
        ["A45"] = (cli, _) => File.WriteAllBytes(cli.Database, File.ReadAllBytes(cli.Database)[..(int)(new FileInfo(cli.Database).Length / 2)]),
        ["A46"] = (cli, log) => File.Copy(log.Backup, cli.Database, overwrite: true),
        ["A47"] = (cli, log) => File.Copy(log.Other, cli.Database, overwrite: true),
        ["A48"] = (cli, log) => File.Copy(log.Empty, cli.Database, overwrite: true),
        ["A49"] = (cli, _) => Rewrite(cli, "P3", events => [.. events, Note(events[^1], "appended by someone with write access")], recompute: true),
    };

    private readonly BaseLog log = baseLog;

    public static TheoryData<string> AttackIds() => [.. AttackTable.Rows().Select(r => r.Id)];

    [Fact]
    public void The_attack_table_in_docs_log_md_lists_every_attack_of_this_suite_and_no_other()
    {
        var rows = AttackTable.Rows();

        Assert.Equal(Attacks.Keys.Order(StringComparer.Ordinal), rows.Select(r => r.Id).Order(StringComparer.Ordinal));
        Assert.True(rows.Count(r => r.WithCheckpoint is not null) >= 45, "the issue asks for at least 45 attacks caught with a checkpoint");
    }

    [Theory]
    [MemberData(nameof(AttackIds))]
    public void Each_attack_is_caught_as_the_attack_table_says(string id)
    {
        var row = AttackTable.Rows().Single(r => r.Id == id);
        using var cli = log.Copy();
        Attacks[id](cli, log);

        var without = Verify(cli, checkpoint: false);
        var with = Verify(cli, checkpoint: true);

        Assert.True(
            (row.Without is null ? 0 : 4) == without.ExitCode,
            $"{id} ({row.Attack}) without a checkpoint: the table says {(row.Without is null ? "not caught" : "caught as " + row.Without)}; verify exited {without.ExitCode}: {string.Join(" | ", without.Messages)}");
        if (row.Without is { } code)
        {
            Assert.True(without.Codes.Contains(code), $"{id}: expected {code} among [{string.Join(", ", without.Codes)}]: {string.Join(" | ", without.Messages)}");
        }

        Assert.True(
            (row.WithCheckpoint is null ? 0 : 4) == with.ExitCode,
            $"{id} ({row.Attack}) with a checkpoint: the table says {(row.WithCheckpoint is null ? "not caught" : "caught as " + row.WithCheckpoint)}; verify exited {with.ExitCode}: {string.Join(" | ", with.Messages)}");
        if (row.WithCheckpoint is { } anchored)
        {
            Assert.True(with.Codes.Contains(anchored), $"{id}: expected {anchored} among [{string.Join(", ", with.Codes)}]: {string.Join(" | ", with.Messages)}");
            Assert.All(with.Messages, m => Assert.False(string.IsNullOrWhiteSpace(m)));
        }
    }

    [Fact]
    public void An_untouched_copy_verifies_with_and_without_its_checkpoint()
    {
        using var cli = log.Copy();

        Assert.Equal(0, Verify(cli, checkpoint: false).ExitCode);
        var with = Verify(cli, checkpoint: true);
        Assert.Equal(0, with.ExitCode);
        Assert.Empty(with.Codes);
    }

    private static Outcome Verify(LogCli cli, bool checkpoint)
    {
        string[] args = checkpoint
            ? ["log", "verify", "--json", "--checkpoint", cli.PathOf("checkpoint.json"), "--public-key", cli.PathOf("itb-checkpoint.pub")]
            : ["log", "verify", "--json"];
        var result = cli.Run(args);
        if (result.ExitCode is not (0 or 4))
        {
            return new Outcome(result.ExitCode, [], [result.Error]);
        }

        var problems = result.Json.GetProperty("problems").EnumerateArray().ToArray();
        return new Outcome(
            result.ExitCode,
            [.. problems.Select(p => p.GetProperty("code").GetString()!)],
            [.. problems.Select(p => p.GetProperty("message").GetString()!)]);
    }

    /// <summary>Runs SQL with the append-only triggers dropped, then puts them back exactly as they were.</summary>
    private static void Unguarded(LogCli cli, string sql)
    {
        var triggers = Triggers(cli);
        cli.Sqlite3(
            "BEGIN; " + string.Concat(triggers.Select(t => $"DROP TRIGGER {t.Name}; ")) + sql + "; "
            + string.Concat(triggers.Select(t => t.Sql + "; ")) + "COMMIT;");
    }

    private static (string Name, string Sql)[] Triggers(LogCli cli)
    {
        using var connection = Raw(cli);
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT name, sql FROM sqlite_master WHERE type = 'trigger' ORDER BY name";
        using var reader = command.ExecuteReader();
        var triggers = new List<(string, string)>();
        while (reader.Read())
        {
            triggers.Add((reader.GetString(0), reader.GetString(1)));
        }

        return [.. triggers];
    }

    /// <summary>Replaces a patient's events with edited ones (recomputing every hash and link when asked), triggers restored.</summary>
    private static void Rewrite(LogCli cli, string patient, Func<LogEvent[], LogEvent[]> edit, bool recompute = false)
    {
        LogEvent[] events;
        using (var database = LogDatabase.Open(cli.Database, cli.Clock, LogDatabaseOptions.Default with { MustExist = true }))
        {
            events = [.. new EventStore(database).Events(new PatientId(patient))];
        }

        var edited = edit(events);
        if (recompute)
        {
            var previous = EventHash.Genesis;
            for (var i = 0; i < edited.Length; i++)
            {
                edited[i] = Sealed(edited[i] with { Seq = i + 1, PrevHash = previous });
                previous = edited[i].Hash;
            }
        }

        var rows = string.Join(", ", edited.Select(e =>
            $"('{e.PatientId}', {e.Seq}, '{LogTimestamp.Format(e.OccurredAt)}', '{LogTimestamp.Format(e.RecordedAt)}', {Quote(e.Author)}, '{LogCodes.Code(e.Kind)}', {Quote(e.PayloadJson)}, {(e.Reason is null ? "NULL" : Quote(e.Reason))}, {(e.CorrectsSeq?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "NULL")}, '{e.PrevHash}', '{e.Hash}')"));
        Unguarded(cli, $"DELETE FROM events WHERE patient_id = '{patient}'; INSERT INTO events (patient_id, seq, occurred_at, recorded_at, author, kind, payload, reason, corrects_seq, prev_hash, hash) VALUES {rows}");
    }

    private static LogEvent Sealed(LogEvent e) => e with { Hash = EventHash.Compute(e) };

    private static LogEvent Note(LogEvent after, string text) =>
        after with { Kind = EventKind.Note, PayloadJson = $"{{\"text\":\"{text}\"}}", Reason = null, CorrectsSeq = null, Author = "forger" };

    private static string Quote(string text) => "'" + text.Replace("'", "''", StringComparison.Ordinal) + "'";

    /// <summary>Flips every bit of the page-type byte of a table's root page: the b-tree is then malformed.</summary>
    private static void FlipPageType(LogCli cli, string table)
    {
        long root, pageSize;
        using (var connection = Raw(cli))
        {
            root = Scalar(connection, $"SELECT rootpage FROM sqlite_master WHERE name = '{table}'");
            pageSize = Scalar(connection, "PRAGMA page_size");
        }

        Edit(cli, bytes => bytes[(root - 1) * pageSize] ^= 0xFF);
    }

    /// <summary>Changes text inside the file's bytes (a flipped character in a payload).</summary>
    private static void FlipText(LogCli cli, string from, string to) => Edit(cli, bytes =>
    {
        var at = bytes.AsSpan().IndexOf(System.Text.Encoding.UTF8.GetBytes(from));
        Assert.True(at >= 0, $"'{from}' is not in the file");
        System.Text.Encoding.UTF8.GetBytes(to).CopyTo(bytes, at);
    });

    private static void Edit(LogCli cli, Action<byte[]> edit)
    {
        Assert.False(File.Exists(cli.Database + "-wal"), "the log has a write-ahead file: byte edits would miss it");
        var bytes = File.ReadAllBytes(cli.Database);
        edit(bytes);
        File.WriteAllBytes(cli.Database, bytes);
    }

    private static long Scalar(SqliteConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        return (long)command.ExecuteScalar()!;
    }

    private static SqliteConnection Raw(LogCli cli)
    {
        SQLitePCL.Batteries_V2.Init();
        var connection = new SqliteConnection($"Data Source={cli.Database};Mode=ReadWrite;Pooling=False");
        connection.Open();
        return connection;
    }

    private sealed record Outcome(int ExitCode, string[] Codes, string[] Messages);

    /// <summary>docs/log.md's attack table: <c>| A01 | attack | caught by `code` or not caught | caught by `code` or not caught |</c>.</summary>
    private static partial class AttackTable
    {
        public static List<Row> Rows()
        {
            var rows = new List<Row>();
            foreach (var line in File.ReadLines(Path.Combine(RepositoryPaths.Root, "docs", "log.md")))
            {
                var match = RowPattern().Match(line);
                if (match.Success)
                {
                    rows.Add(new Row(match.Groups["id"].Value, match.Groups["attack"].Value.Trim(), Code(match.Groups["without"].Value), Code(match.Groups["with"].Value)));
                }
            }

            return rows;
        }

        private static string? Code(string cell)
        {
            var code = CodePattern().Match(cell);
            return cell.TrimStart().StartsWith("not caught", StringComparison.Ordinal) ? null
                : code.Success ? code.Groups[1].Value
                : throw new InvalidOperationException($"docs/log.md attack table: '{cell.Trim()}' neither says 'not caught' nor names a `code`.");
        }

        [GeneratedRegex(@"^\| (?<id>A\d\d) \|(?<attack>[^|]+)\|(?<without>[^|]+)\|(?<with>[^|]+)\|\s*$")]
        private static partial Regex RowPattern();

        [GeneratedRegex("`([a-z-]+)`")]
        private static partial Regex CodePattern();
    }

    private sealed record Row(string Id, string Attack, string? Without, string? WithCheckpoint);

    /// <summary>
    /// The log under attack, built once through the command line: P1 (registration, screening, implant, 14 reviews and a
    /// correction: 21 events), P2 (registration and 17 reviews: 18), P3 (registration and 11 reviews: 12); 51 events.
    /// A key pair and a checkpoint of it; a backup taken before the last five events (for the rollback); another log
    /// and an empty one (for replacing the file).
    /// </summary>
    public sealed class BaseLog : IDisposable
    {
        private readonly LogCli cli = new();

        public BaseLog()
        {
            cli.RegisterP1();
            cli.ImplantP1();
            cli.Ok("patient", "add", "--id", "P2", "--population", "adult", "--origin", "spinal", "--label", "A.B.", "--at", "2026-11-01T10:00");
            cli.Ok("patient", "add", "--id", "P3", "--population", "child", "--origin", "cerebral", "--label", "C.D.", "--at", "2026-11-01T11:00");
            Reviews("P1", 14, "2026-11-06");
            cli.Ok("log", "record", "correction", "--patient", "P1", "--corrects", "20", "--reason", "entered in error", "--at", "2026-11-20T12:00");
            Reviews("P2", 17, "2026-11-06");
            Reviews("P3", 6, "2026-11-06");
            Backup = cli.PathOf("backup.db");
            File.Copy(cli.Database, Backup);
            Reviews("P3", 5, "2026-11-15");
            cli.Ok("log", "keygen", "--out", cli.PathOf("keys"));
            cli.Ok("log", "checkpoint", "--key", cli.PathOf(Path.Combine("keys", "itb-checkpoint.key")), "--out", cli.PathOf("checkpoint.json"));
            Assert.Equal(51L, Count());

            using var other = new LogCli();
            other.RegisterP1();
            other.Ok("log", "record", "note", "--patient", "P1", "--text", "another clinic's log", "--at", "2026-11-02T08:00");
            Other = cli.PathOf("other.db");
            File.Copy(other.Database, Other);
            Empty = cli.PathOf("empty.db");
            LogDatabase.Open(Empty, cli.Clock).Dispose();
        }

        public string Backup { get; }

        public string Other { get; }

        public string Empty { get; }

        /// <summary>A fresh copy of the log with the checkpoint and public key beside it.</summary>
        internal LogCli Copy()
        {
            var copy = new LogCli();
            File.Copy(cli.Database, copy.Database);
            File.Copy(cli.PathOf("checkpoint.json"), copy.PathOf("checkpoint.json"));
            File.Copy(cli.PathOf(Path.Combine("keys", "itb-checkpoint.pub")), copy.PathOf("itb-checkpoint.pub"));
            return copy;
        }

        public void Dispose() => cli.Dispose();

        private void Reviews(string patient, int count, string day)
        {
            for (var i = 1; i <= count; i++)
            {
                cli.Ok("log", "record", "note", "--patient", patient, "--text", $"Review {i} of {patient}", "--at", $"{day}T{8 + (i / 4):D2}:{i % 4 * 15:D2}");
            }
        }

        private long Count()
        {
            using var database = LogDatabase.Open(cli.Database, cli.Clock, LogDatabaseOptions.Default with { MustExist = true });
            return new LogVerifier(database).Verify().Events;
        }
    }
}
