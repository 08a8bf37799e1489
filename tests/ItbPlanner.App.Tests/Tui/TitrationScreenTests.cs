using ItbPlanner.Domain.Log;
using ItbPlanner.Domain.Log.Payloads;
using ItbPlanner.Domain.Quantities;

namespace ItbPlanner.App.Tests.Tui;

public sealed class TitrationScreenTests : IDisposable
{
    private readonly TuiHarness tui = new();

    public TitrationScreenTests() => tui.Ok(keys => keys.ImplantedPatient("P1").Choose("Quit"));

    [Fact]
    public void Two_titration_days_step_towards_the_target_within_the_limits_and_log_each_step()
    {
        tui.Clock.Advance(TimeSpan.FromHours(25));
        var first = tui.Ok(keys => keys.TitrateProposed("P1", "200 mcg/day").Choose("Quit"));
        tui.Clock.Advance(TimeSpan.FromHours(24));
        var second = tui.Ok(keys => keys.TitrateProposed("P1", "200 mcg/day").Choose("Quit"));

        Assert.Contains("Plan to the target", first.Screen, StringComparison.Ordinal);
        Assert.Contains("120 mcg/day (+20 %)", first.Screen, StringComparison.Ordinal);
        Assert.Contains("144 mcg/day (+20 %)", second.Screen, StringComparison.Ordinal);
        Assert.Contains("mcg/day", second.Screen, StringComparison.Ordinal);
        var programs = tui.Events("P1").Where(e => e.Kind == EventKind.DoseProgram).Select(e => e.ReadPayload<DoseProgramPayload>()!).ToArray();
        Assert.Equal([MassFlow.FromMicrogramsPerDay(120), MassFlow.FromMicrogramsPerDay(144)], programs.Select(p => p.Dose));
        Assert.Equal([MassFlow.FromMicrogramsPerDay(100), MassFlow.FromMicrogramsPerDay(120)], programs.Select(p => p.PreviousDose!.Value));
        Assert.All(programs, p => Assert.Equal(DosePhase.Titration, p.Phase));
        Assert.All(programs, p => Assert.NotNull(p.RefillByDate));
        Assert.Null(TherapyTimelineOf("P1").PendingTransfer);
    }

    [Fact]
    public void A_step_above_the_limit_is_refused_and_the_screen_says_why()
    {
        tui.Clock.Advance(TimeSpan.FromHours(25));
        var session = tui.Ok(keys => keys
            .Choose("Titration").Choose("P1")
            .Enter()
            .Line("200 mcg/day")
            .Choose("Adjust")
            .Line("200 mcg/day")
            .Line("125 mcg/day")
            .Line("P1")
            .Choose("Not")
            .Choose("Cancel")
            .Choose("Quit"));

        Assert.Contains("REFUSED: 200 mcg/day — beyond a hard limit", session.Screen, StringComparison.Ordinal);
        Assert.Contains("an increase of at most 30 %", session.Screen, StringComparison.Ordinal);
        var program = tui.Events("P1").Single(e => e.Kind == EventKind.DoseProgram).ReadPayload<DoseProgramPayload>()!;
        Assert.Equal(MassFlow.FromMicrogramsPerDay(125), program.Dose);
        Assert.Equal(EventKind.DoseProgram, TherapyTimelineOf("P1").PendingTransfer?.Kind);
        Assert.Contains("NOT TRANSFERRED", session.Screen, StringComparison.Ordinal);
    }

    [Fact]
    public void No_increase_is_offered_within_24_hours_of_the_implant()
    {
        tui.Clock.Advance(TimeSpan.FromHours(2));
        var session = tui.Ok(keys => keys
            .Choose("Titration").Choose("P1")
            .Enter()
            .Line("200 mcg/day")
            .Choose("Cancel")
            .Choose("Quit"));

        Assert.Contains("— not now: no increase within 24 h", session.Screen, StringComparison.Ordinal);
        Assert.DoesNotContain("Confirm the proposed step", session.Screen, StringComparison.Ordinal);
        Assert.DoesNotContain(tui.Events("P1"), e => e.Kind == EventKind.DoseProgram);
    }

    [Fact]
    public void A_decrease_beyond_the_step_limit_needs_a_typed_reason_which_is_logged()
    {
        tui.Clock.Advance(TimeSpan.FromHours(25));
        var session = tui.Ok(keys => keys
            .Choose("Titration").Choose("P1")
            .Enter()
            .Line("100 mcg/day")
            .Choose("Adjust")
            .Line("50 mcg/day")
            .Line("drowsy and weak after the implant")
            .Line("P1")
            .Choose("Mark")
            .Choose("Cancel")
            .Choose("Quit"));

        Assert.Contains("SOFT LIMIT: 50 mcg/day", session.Screen, StringComparison.Ordinal);
        var program = tui.Events("P1").Single(e => e.Kind == EventKind.DoseProgram);
        Assert.Equal("drowsy and weak after the implant", program.ReadPayload<DoseProgramPayload>()!.OverrideReason);
        Assert.Equal("drowsy and weak after the implant", program.Reason);
    }

    private Domain.Log.Timeline.TherapyRecord TherapyTimelineOf(string id) => Domain.Log.Timeline.TherapyRecord.Read(tui.Protocol, tui.Events(id));

    public void Dispose() => tui.Dispose();
}
