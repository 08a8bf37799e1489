using ItbPlanner.Domain.Log;
using ItbPlanner.Domain.Log.Payloads;
using ItbPlanner.Storage.Postgres;
using ItbPlanner.Testing;
using Npgsql;

namespace ItbPlanner.Storage.Tests.Contract;

/// <summary>What only the server store has: roles, TRUNCATE, a schema made by itb db init alone, and its audit of triggers and grants.</summary>
[Collection(PostgresTests.Name)]
public sealed class PostgresLogTests : IDisposable
{
    private readonly PostgresStore store = new();

    public PostgresLogTests()
    {
        using var database = store.Open();
        new PatientStore(database).Register(LogSamples.Patient(), store.Clock.GetUtcNow().AddDays(-1), "nurse");
    }

    public void Dispose() => store.Dispose();

    [Fact]
    public void Reviewer_role_cannot_append()
    {
        var reviewer = store.Cluster.CreateLoginRole(PostgresRoles.Reviewer);
        using var database = store.OpenAs(reviewer);

        var error = Assert.Throws<StorageException>(() => new EventStore(database).Append(Note("a reviewer's note")));

        Assert.Contains($"the role '{reviewer}' may not do this", error.Message, StringComparison.Ordinal);
        Assert.Contains("itb_writer", error.Message, StringComparison.Ordinal);
        Assert.Single(new EventStore(database).Events(LogSamples.P1));
    }

    [Fact]
    public void Writer_role_records_but_its_update_is_refused_by_the_server()
    {
        var writer = store.Cluster.CreateLoginRole(PostgresRoles.Writer);
        using (var database = store.OpenAs(writer))
        {
            new EventStore(database).Append(Note("recorded by a clinician"));
            new PatientStore(database).Register(LogSamples.Patient(LogSamples.P2), store.Clock.GetUtcNow(), writer);
        }

        foreach (var sql in new[] { "UPDATE events SET author = 'someone else'", "DELETE FROM events", "TRUNCATE events", "UPDATE checkpoints SET key_id = 'x'" })
        {
            var error = Assert.Throws<PostgresException>(() => store.Cluster.Execute(store.Database, sql, writer));
            Assert.Equal(PostgresErrorCodes.InsufficientPrivilege, error.SqlState);
        }

        Assert.Equal(3L, store.Scalar("SELECT count(*) FROM events"));
    }

    [Theory]
    [InlineData("TRUNCATE events CASCADE")]
    [InlineData("TRUNCATE patients CASCADE")]
    [InlineData("TRUNCATE checkpoints")]
    public void Even_the_owner_cannot_truncate_the_log(string sql)
    {
        var error = Assert.Throws<PostgresException>(() => store.Execute(sql));

        Assert.Contains("deleted", error.MessageText, StringComparison.Ordinal);
        Assert.Equal(1L, store.Scalar("SELECT count(*) FROM events"));
    }

    [Fact]
    public void A_database_without_the_schema_is_refused_until_itb_db_init_runs()
    {
        var empty = store.Cluster.CreateDatabase();
        try
        {
            var target = LogTarget.Parse(store.Cluster.Url(empty));

            var error = Assert.Throws<StorageException>(() => LogDatabase.Open(target, store.Clock));
            var first = PostgresLogDatabase.Initialise(target, store.Clock);
            var again = PostgresLogDatabase.Initialise(target, store.Clock);
            using var opened = LogDatabase.Open(target, store.Clock);

            Assert.Contains("itb db init", error.Message, StringComparison.Ordinal);
            Assert.Equal((0, 3), first);
            Assert.Equal((3, 3), again);
            Assert.Equal(3L, store.Cluster.Scalar(empty, "SELECT count(*) FROM schema_version"));
        }
        finally
        {
            store.Cluster.DropDatabase(empty);
        }
    }

    [Theory]
    [InlineData("ALTER TABLE events DISABLE TRIGGER events_no_update", "schema-object-changed")]
    [InlineData("DROP TRIGGER events_no_delete ON events", "schema-object-missing")]
    [InlineData("CREATE TRIGGER sneaky BEFORE INSERT ON events FOR EACH ROW EXECUTE FUNCTION itb_refuse_change('x')", "schema-object-unexpected")]
    [InlineData("GRANT UPDATE ON events TO itb_writer", "privilege-granted")]
    [InlineData("CREATE OR REPLACE FUNCTION itb_refuse_change() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RETURN NEW; END; $$", "schema-object-changed")]
    public void The_audit_finds_a_weakened_append_only_guard(string sql, string code)
    {
        store.Execute(sql);
        using var database = store.Open();

        var audit = new LogVerifier(database).Audit();

        Assert.Contains(code, audit.Problems.Select(p => p.Code));
    }

    [Fact]
    public void Sslmode_is_honoured_a_server_without_tls_is_refused_when_tls_is_required()
    {
        var url = store.Cluster.Url(store.Database);
        var separator = url.Contains('?', StringComparison.Ordinal) ? "&" : "?";

        var error = Assert.Throws<StorageException>(() => LogDatabase.Open(LogTarget.Parse(url + separator + "sslmode=require"), store.Clock));
        using var plain = LogDatabase.Open(LogTarget.Parse(url + separator + "sslmode=disable"), store.Clock);

        Assert.Contains("SSL", error.Message, StringComparison.Ordinal);
        Assert.Single(new PatientStore(plain).All());
    }

    private NewEvent Note(string text) => new(LogSamples.P1, store.Clock.GetUtcNow(), "nurse", new NotePayload(text));
}
