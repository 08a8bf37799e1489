using System.Runtime.Versioning;
using System.Text.Json.Nodes;
using ItbPlanner.Domain.Alerts;

namespace ItbPlanner.App.Tests.Cli;

/// <summary>Issue 12 item 3: log keygen, log checkpoint, log verify --checkpoint, config defaults and the age reminder.</summary>
public sealed class CheckpointCommandTests : IDisposable
{
    private readonly LogCli cli = new();

    public CheckpointCommandTests()
    {
        cli.RegisterP1();
        cli.ImplantP1();
        cli.Ok("log", "keygen", "--out", Keys);
    }

    private string Keys => cli.PathOf("keys");

    private string PrivateKey => Path.Combine(Keys, "itb-checkpoint.key");

    private string PublicKey => Path.Combine(Keys, "itb-checkpoint.pub");

    private string Checkpoint => cli.PathOf("checkpoint.json");

    public void Dispose() => cli.Dispose();

    [Fact]
    [SupportedOSPlatform("linux")]
    public void Keygen_writes_an_owner_only_private_key_and_a_public_key_and_never_overwrites_them()
    {
        var again = cli.Run("log", "keygen", "--out", Keys);

        Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(PrivateKey));
        Assert.StartsWith("-----BEGIN PRIVATE KEY-----", File.ReadAllText(PrivateKey), StringComparison.Ordinal);
        Assert.StartsWith("-----BEGIN PUBLIC KEY-----", File.ReadAllText(PublicKey), StringComparison.Ordinal);
        Assert.Equal(2, again.ExitCode);
        Assert.Contains("exists already", Assert.Single(again.ErrorLines), StringComparison.Ordinal);
    }

    [Fact]
    public void A_checkpoint_signs_every_head_and_verifies_while_the_log_only_grows()
    {
        cli.Ok("log", "checkpoint", "--key", PrivateKey, "--out", Checkpoint);
        cli.Ok("log", "record", "note", "--patient", "P1", "--text", "after the checkpoint", "--at", "2026-11-20T10:00");

        var file = JsonNode.Parse(File.ReadAllText(Checkpoint))!;
        var verified = cli.Run("log", "verify", "--checkpoint", Checkpoint, "--public-key", PublicKey);

        Assert.Equal("itb-log-checkpoint/1", file["format"]!.GetValue<string>());
        Assert.Equal(6, file["heads"]![0]!["seq"]!.GetValue<long>());
        Assert.Equal(64, file["digest"]!.GetValue<string>().Length);
        Assert.Equal(0, verified.ExitCode);
        Assert.Contains("holds: all 1 of its heads are in the chain", verified.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void An_edited_checkpoint_or_another_key_fails_the_signature()
    {
        cli.Ok("log", "checkpoint", "--key", PrivateKey, "--out", Checkpoint);
        cli.Ok("log", "keygen", "--out", cli.PathOf("other"));
        var file = JsonNode.Parse(File.ReadAllText(Checkpoint))!;
        file["heads"]![0]!["seq"] = 5;
        var edited = cli.PathOf("edited.json");
        File.WriteAllText(edited, file.ToJsonString());

        var wrongKey = cli.Run("log", "verify", "--checkpoint", Checkpoint, "--public-key", Path.Combine(cli.PathOf("other"), "itb-checkpoint.pub"), "--json");
        var editedFile = cli.Run("log", "verify", "--checkpoint", edited, "--public-key", PublicKey);

        Assert.Equal(4, wrongKey.ExitCode);
        Assert.Equal("checkpoint-signature", wrongKey.Json.GetProperty("problems")[0].GetProperty("code").GetString());
        Assert.Equal(4, editedFile.ExitCode);
        Assert.Contains("the file was changed after signing", editedFile.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void A_log_that_is_not_intact_gets_no_checkpoint()
    {
        cli.Sqlite3("DROP TRIGGER events_no_update; UPDATE events SET author = 'x' WHERE seq = 3;");

        var result = cli.Run("log", "checkpoint", "--key", PrivateKey, "--out", Checkpoint);

        Assert.Equal(4, result.ExitCode);
        Assert.Contains("no checkpoint written: the log is not intact", result.Error, StringComparison.Ordinal);
        Assert.False(File.Exists(Checkpoint));
    }

    [Fact]
    public void Config_json_gives_the_key_and_checkpoint_paths_as_defaults()
    {
        var config = cli.PathOf("config");
        Directory.CreateDirectory(Path.Combine(config, "itb-planner"));
        File.WriteAllText(
            Path.Combine(config, "itb-planner", "config.json"),
            new JsonObject { ["CheckpointKey"] = PrivateKey, ["CheckpointPublicKey"] = PublicKey, ["CheckpointFile"] = Checkpoint }.ToJsonString());
        var variables = new Dictionary<string, string> { ["USER"] = "nurse", ["XDG_CONFIG_HOME"] = config };

        var taken = cli.RunRaw(["log", "checkpoint", "--db", cli.Database], variables);
        cli.Sqlite3("DROP TRIGGER events_no_delete; DELETE FROM events WHERE seq = 6;");
        var verified = cli.RunRaw(["log", "verify", "--db", cli.Database], variables);

        Assert.Equal(0, taken.ExitCode);
        Assert.True(File.Exists(Checkpoint));
        Assert.Equal(4, verified.ExitCode);
        Assert.Contains("patient P1's log ends at event 5, shorter than the checkpoint", verified.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void The_schedule_warns_CHECKPOINT_STALE_until_a_checkpoint_is_taken_and_again_once_it_is_older_than_the_protocol_allows()
    {
        string[] Codes() => [.. cli.Ok("schedule", "--json").Json.GetProperty("alerts").EnumerateArray().Select(a => a.GetProperty("code").GetString()!)];

        var none = Codes();
        cli.Ok("log", "checkpoint", "--key", PrivateKey, "--out", Checkpoint);
        var fresh = Codes();
        cli.Clock.Advance(TimeSpan.FromDays(8));
        var old = Codes();

        Assert.Contains(AlertCodes.CheckpointStale, none);
        Assert.DoesNotContain(AlertCodes.CheckpointStale, fresh);
        Assert.Contains(AlertCodes.CheckpointStale, old);
        Assert.Contains("CHECKPOINT_STALE", cli.Ok("schedule").Out, StringComparison.Ordinal);
    }
}
