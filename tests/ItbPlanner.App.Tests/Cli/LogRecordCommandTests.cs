using System.Text.Json;
using ItbPlanner.Domain.Alerts;
using ItbPlanner.Domain.Errors;
using ItbPlanner.Domain.Log;
using Microsoft.Extensions.DependencyInjection;

namespace ItbPlanner.App.Tests.Cli;

public sealed class LogRecordCommandTests : IDisposable
{
    private readonly LogCli cli = new();

    public LogRecordCommandTests() => cli.RegisterP1();

    public void Dispose() => cli.Dispose();

    [Fact]
    public void A_screening_an_implant_three_dose_changes_and_a_refill_make_a_verified_log()
    {
        cli.Ok("log", "record", "assessment", "--patient", "P1", "--score", "modified-ashworth=3", "--reason", "baseline", "--at", "2026-11-02T08:30");
        cli.Ok("log", "record", "screening-bolus", "--patient", "P1", "--dose", "50mcg", "--at", "2026-11-02T09:00");
        cli.Ok("log", "record", "screening-outcome", "--patient", "P1", "--outcome", "positive", "--effect-hours", "6", "--at", "2026-11-02T17:00");
        var implant = cli.Ok("log", "record", "implant", "--patient", "P1", "--pump", "synchromed-ii-40", "--fill-volume", "40mL",
            "--concentration", "500mcg/mL", "--dose", "100mcg/day", "--at", "2026-11-05T10:00", "--json").Json;
        foreach (var (dose, day) in new[] { ("120mcg/day", "10"), ("140mcg/day", "12"), ("160mcg/day", "14") })
        {
            cli.Ok("log", "record", "dose-program", "--patient", "P1", "--dose", dose, "--reason", "titration", "--at", $"2026-11-{day}T10:00");
        }

        var refill = cli.Ok("log", "record", "refill", "--patient", "P1", "--aspirated", "36mL", "--fill-volume", "40mL", "--concentration", "500mcg/mL", "--at", "2026-11-20T10:00", "--json").Json;

        var events = cli.Ok("log", "show", "--patient", "P1", "--json").Json.EnumerateArray().ToArray();
        Assert.Equal(
            ["patient-registered", "assessment", "screening-bolus", "screening-outcome", "implant", "patient-updated", "dose-program", "dose-program", "dose-program", "refill"],
            events.Select(e => e.GetProperty("kind").GetString()));
        Assert.All(events, e =>
        {
            foreach (var field in new[] { "seq", "kind", "occurredAt", "author", "reason", "payload", "hash" })
            {
                Assert.True(e.TryGetProperty(field, out _), $"missing {field}");
            }
        });
        var implantPayload = implant[0].GetProperty("payload");
        Assert.Equal(0.2m, implantPayload.GetProperty("rateMlPerDay").GetDecimal());
        Assert.Equal("2027-05-14", implantPayload.GetProperty("alarmDate").GetString());
        Assert.Equal("synchromed-ii-40", implant[1].GetProperty("payload").GetProperty("patient").GetProperty("pumpModelId").GetString());
        var last = events[8].GetProperty("payload");
        Assert.Equal(160m, last.GetProperty("doseMcgPerDay").GetDecimal());
        Assert.Equal(140m, last.GetProperty("previousDoseMcgPerDay").GetDecimal());
        Assert.Equal("titration", events[8].GetProperty("reason").GetString());

        // 40 mL less 5 days at 0.2, 2 at 0.24, 2 at 0.28 and 6 at 0.32 mL/day = 36.04 mL expected back.
        Assert.Equal(36.04m, refill.GetProperty("payload").GetProperty("expectedResidualMl").GetDecimal());
        Assert.Equal(0, cli.Run("log", "verify").ExitCode);
    }

    [Fact]
    public void At_is_local_time_and_the_event_is_stored_in_UTC()
    {
        using var paris = new LogCli(TimeZoneInfo.CreateCustomTimeZone("Test+1", TimeSpan.FromHours(1), "Test+1", "Test+1"));
        paris.RegisterP1();

        var note = paris.Ok("log", "record", "note", "--patient", "P1", "--text", "seen in clinic", "--at", "2026-11-20T10:30", "--json").Json;

        Assert.Equal("2026-11-20T09:30:00.0000000Z", note.GetProperty("occurredAt").GetString());
        Assert.Equal("2026-11-21T09:00:00.0000000Z", note.GetProperty("recordedAt").GetString());
        Assert.Equal("nurse", note.GetProperty("author").GetString());
    }

    [Theory]
    [InlineData("2026-11-21T09:01", "after it is being recorded")]
    [InlineData("21/11/2026", "write YYYY-MM-DDTHH:MM")]
    public void A_bad_or_future_time_exits_2(string at, string message)
    {
        var result = cli.Run("log", "record", "note", "--patient", "P1", "--text", "x", "--at", at);

        Assert.Equal(2, result.ExitCode);
        Assert.Contains(message, result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void A_dose_program_needs_a_reason_and_a_concentration_before_any_program_exists()
    {
        var noReason = cli.Run("log", "record", "dose-program", "--patient", "P1", "--dose", "100mcg/day");
        var noConcentration = cli.Run("log", "record", "dose-program", "--patient", "P1", "--dose", "100mcg/day", "--reason", "start");

        Assert.Equal(2, noReason.ExitCode);
        Assert.Contains("--reason", noReason.Error, StringComparison.Ordinal);
        Assert.Equal(2, noConcentration.ExitCode);
        Assert.Contains("--concentration", noConcentration.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void An_override_reason_is_logged_with_the_program()
    {
        cli.ImplantP1();
        var program = cli.Ok("log", "record", "dose-program", "--patient", "P1", "--dose", "300mcg/day", "--concentration", "2mg/mL", "--reason", "titration",
            "--override-reason", "team decision 2026-11-20", "--json").Json;

        Assert.Equal("team decision 2026-11-20", program.GetProperty("payload").GetProperty("overrideReason").GetString());
        Assert.Equal(2000m, program.GetProperty("payload").GetProperty("concentrationMcgPerMl").GetDecimal());
        Assert.Equal(0.15m, program.GetProperty("payload").GetProperty("rateMlPerDay").GetDecimal());
    }

    [Fact]
    public void The_workflow_guard_seam_can_refuse_an_event_with_exit_3_naming_the_guard()
    {
        using var guarded = new LogCli { Services = services => services.AddSingleton<IEventGuard>(new NoIncreaseWithin24Hours()) };
        guarded.RegisterP1();

        var result = guarded.Run("log", "record", "note", "--patient", "P1", "--text", "x");

        Assert.Equal(3, result.ExitCode);
        Assert.Contains("INCREASE_TOO_SOON", result.Error, StringComparison.Ordinal);
        Assert.Single(guarded.Ok("log", "show", "--patient", "P1", "--json").Json.EnumerateArray());
    }

    [Fact]
    public void A_correction_retracts_an_event_which_show_then_marks_voided()
    {
        cli.Ok("log", "record", "alarm-raised", "--patient", "P1", "--alarm", "motor-stall", "--at", "2026-11-20T08:00");

        var correction = cli.Run("log", "record", "correction", "--patient", "P1", "--corrects", "2", "--reason", "it was the low-reservoir tone", "--json");
        var shown = cli.Ok("log", "show", "--patient", "P1", "--json").Json.EnumerateArray().ToArray();

        Assert.Equal(0, correction.ExitCode);
        Assert.Equal(2, correction.Json.GetProperty("correctsSeq").GetInt64());
        Assert.True(shown[1].GetProperty("voided").GetBoolean());
        Assert.Contains("VOIDED", cli.Ok("log", "show", "--patient", "P1").Out, StringComparison.Ordinal);
        Assert.Equal(2, cli.Run("log", "record", "correction", "--patient", "P1", "--reason", "x").ExitCode);
    }

    [Fact]
    public void An_acknowledgement_defaults_to_the_newest_unacknowledged_alarm()
    {
        cli.Ok("log", "record", "alarm-raised", "--patient", "P1", "--alarm", "low-reservoir", "--at", "2026-11-19T08:00");
        cli.Ok("log", "record", "alarm-raised", "--patient", "P1", "--alarm", "elective-replacement", "--at", "2026-11-20T08:00");

        var first = cli.Ok("log", "record", "alarm-acknowledged", "--patient", "P1", "--action", "battery replacement booked", "--json").Json;
        var second = cli.Ok("log", "record", "alarm-acknowledged", "--patient", "P1", "--json").Json;
        var none = cli.Run("log", "record", "alarm-acknowledged", "--patient", "P1");

        Assert.Equal(3, first.GetProperty("payload").GetProperty("alarmSeq").GetInt64());
        Assert.Equal(2, second.GetProperty("payload").GetProperty("alarmSeq").GetInt64());
        Assert.Equal(2, none.ExitCode);
        Assert.Contains("no unacknowledged alarm", none.Error, StringComparison.Ordinal);
    }

    public static TheoryData<string[]> EveryKind() => new()
    {
        { ["screening-scheduled", "--date", "2026-11-24"] },
        { ["screening-bolus", "--dose", "75mcg", "--route", "lumbar-puncture"] },
        { ["assessment", "--score", "modified-ashworth=1+@left knee", "--score", "penn-spasm-frequency=2", "--after-bolus", "4h"] },
        { ["screening-outcome", "--outcome", "negative"] },
        { ["implant-scheduled", "--date", "2026-12-10", "--notes", "theatre 3"] },
        { ["implant", "--pump", "prometra-ii-20", "--fill-volume", "20mL", "--concentration", "500mcg/mL", "--dose", "100mcg/day", "--catheter", "prometra-ii"] },
        { ["dose-program", "--dose", "100mcg/day", "--concentration", "500mcg/mL", "--mode", "flex", "--reason", "start"] },
        { ["refill", "--aspirated", "0mL", "--fill-volume", "20mL", "--concentration", "1000mcg/mL", "--lot", "A1"] },
        { ["alarm-raised", "--alarm", "other", "--details", "two-tone"] },
        { ["note", "--text", "Doing well"] },
        { ["therapy-suspended", "--notes", "MRI"] },
        { ["therapy-resumed"] },
        { ["withdrawal-emergency", "--symptoms", "itch, fever", "--action", "admitted"] },
        { ["explant", "--notes", "infection"] },
        { ["patient-updated", "--label", "Jane D.", "--risk", "previous-withdrawal"] },
    };

    [Theory]
    [MemberData(nameof(EveryKind))]
    public void Every_kind_can_be_recorded_from_the_command_line(string[] args)
    {
        // Recording mechanics only: the workflow's order is covered by LogWorkflowGuardTests.
        using var unguarded = new LogCli { Services = services => services.AddSingleton(EventGuards.None) };
        unguarded.RegisterP1();
        var result = unguarded.Run(["log", "record", args[0], "--patient", "P1", "--author", "Dr Who", "--json", .. args[1..]]);

        Assert.True(result.ExitCode == 0, result.Error);
        var recorded = result.Json.ValueKind == JsonValueKind.Array ? result.Json[0] : result.Json;
        Assert.Equal(args[0], recorded.GetProperty("kind").GetString());
        Assert.Equal("Dr Who", recorded.GetProperty("author").GetString());
        Assert.Equal(JsonValueKind.Object, recorded.GetProperty("payload").ValueKind);
    }

    [Fact]
    public void Help_lists_every_kind()
    {
        var help = cli.Run("log", "record", "--help").Out;

        Assert.All(LogCodes.All<EventKind>().Where(k => k != "patient-registered"), k => Assert.Contains(k, help, StringComparison.Ordinal));
    }

    private sealed class NoIncreaseWithin24Hours : IEventGuard
    {
        public void Check(NewEvent candidate, IReadOnlyList<LogEvent> history)
        {
            var alert = new Alert("INCREASE_TOO_SOON", AlertSeverity.Critical, "test guard: refused");
            throw new ProtocolLimitException(alert, [alert]);
        }
    }
}
