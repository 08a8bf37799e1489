using ItbPlanner.Testing;
using Microsoft.Data.Sqlite;

namespace ItbPlanner.Storage.Tests;

public class AppendOnlyTests
{
    [Theory]
    [InlineData("UPDATE events SET reason = 'rewritten' WHERE seq = 1", "events cannot be changed")]
    [InlineData("DELETE FROM events WHERE seq = 1", "events cannot be deleted")]
    [InlineData("UPDATE patients SET id = 'X'", "patients are registered once")]
    [InlineData("DELETE FROM patients", "never deleted")]
    public void The_database_itself_refuses_to_change_or_delete_history(string sql, string message)
    {
        using var log = new TempLog();
        using (var database = log.Open())
        {
            new PatientStore(database).Register(LogSamples.Patient(), log.Clock.GetUtcNow(), "nurse");
        }

        var error = Assert.Throws<SqliteException>(() => log.Execute(sql));

        Assert.Contains(message, error.Message, StringComparison.Ordinal);
        Assert.Equal(1L, log.Scalar("SELECT count(*) FROM events"));
        Assert.Equal(1L, log.Scalar("SELECT count(*) FROM patients"));
    }

    [Fact]
    public void Two_events_cannot_share_a_position_in_a_patients_log()
    {
        using var log = new TempLog();
        using (var database = log.Open())
        {
            new PatientStore(database).Register(LogSamples.Patient(), log.Clock.GetUtcNow(), "nurse");
        }

        var error = Assert.Throws<SqliteException>(() => log.Execute(
            "INSERT INTO events (patient_id, seq, occurred_at, recorded_at, author, kind, payload, prev_hash, hash)"
            + " SELECT patient_id, seq, occurred_at, recorded_at, author, kind, payload, prev_hash, hash FROM events"));

        Assert.Contains("UNIQUE", error.Message, StringComparison.Ordinal);
    }
}
