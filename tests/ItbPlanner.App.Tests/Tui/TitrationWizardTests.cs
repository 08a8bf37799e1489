using ItbPlanner.Domain.Log;
using ItbPlanner.Domain.Log.Payloads;
using ItbPlanner.Domain.Quantities;
using Terminal.Gui.Input;

namespace ItbPlanner.App.Tests.Tui;

/// <summary>P-TITR titrates at 120 mcg/day (spinal: +10 % to +30 % a step, 24 h apart; a decrease beyond −20 % needs a reason).</summary>
[Collection(TerminalGuiTests.Name)]
public class TitrationWizardTests
{
    private static readonly DateTimeOffset Visit = new(2026, 11, 21, 8, 30, 0, TimeSpan.Zero);

    /// <summary>F5, the visit's time, the target, then Next: the plan step.</summary>
    private static UiScript ToThePlan(string target = "300 mcg/day") => new UiScript()
        .Press(Key.F5)
        .Replace("2026-11-21 08:30")
        .Tab()
        .Replace(target)
        .Press(Key.Enter);

    private static IReadOnlyList<DoseProgramPayload> Programs(TuiHarness harness) =>
        [.. harness.Events("P-TITR").Where(e => e.Kind == EventKind.DoseProgram).Select(e => e.ReadPayload<DoseProgramPayload>()!)];

    private static void LogsTheProposedStep(int width, int height)
    {
        using var harness = new TuiHarness().With(BedsideSamples.Titrating());

        harness.Ok(
            ToThePlan()
                .Sees("120 mcg/day → target 300 mcg/day in 5 steps")
                .Sees("2026-11-21 Sat   144 mcg/day   +20 %")
                .Sees("Proposed today: 144 mcg/day (+20 %) — within the limits.")
                .Check(screen => Assert.Contains("●", screen, StringComparison.Ordinal)) // the chart's steps
                .Press(Key.Enter)
                .Sees("144 mcg/day (+20 %)")
                .Sees("0.288 mL/day")
                .Type("P-TITR")
                .Press(Key.Enter)
                .Sees("NOT YET TRANSFERRED TO THE PUMP")
                .Press(Key.Tab, Key.Enter)
                .Sees("144 mcg/day")
                .Quit(),
            width,
            height);

        var events = harness.Events("P-TITR");
        var step = events.Single(e => e.Kind == EventKind.DoseProgram && e.OccurredAt == Visit);
        var program = step.ReadPayload<DoseProgramPayload>()!;
        Assert.Equal((MassFlow.FromMicrogramsPerDay(144), MassFlow.FromMicrogramsPerDay(120), DosePhase.Titration), (program.Dose, program.PreviousDose!.Value, program.Phase!.Value));
        Assert.NotNull(program.RefillByDate);
        Assert.Null(program.OverrideReason);
        Assert.Equal("titration step towards a target of 300 mcg/day", step.Reason);
        var transfer = events.Last(e => e.Kind == EventKind.ProgramTransferred);
        Assert.Equal((Visit, step.Seq), (transfer.OccurredAt, transfer.ReadPayload<ProgramTransferredPayload>()!.PlanSeq));
    }

    [Fact]
    public void A_titration_day_at_80x24_plans_to_the_target_as_table_and_chart_and_logs_the_step_at_the_visits_time() => LogsTheProposedStep(80, 24);

    [Fact]
    public void A_titration_day_at_120x40_uses_the_room_and_logs_the_same_step()
    {
        LogsTheProposedStep(120, 40);

        using var harness = new TuiHarness().With(BedsideSamples.Titrating());
        harness.Ok(
            ToThePlan("600 mcg/day")
                .Sees("120 mcg/day → target 600 mcg/day in 9 steps")
                .Sees("2026-11-29 Sun   600 mcg/day +16.4 %") // every step listed, with the chart beside them
                .Check(screen => Assert.DoesNotContain("more to 600 mcg/day", screen, StringComparison.Ordinal))
                .Press(Key.Esc, Key.Esc)
                .Quit(),
            width: 120,
            height: 40);
    }

    [Fact]
    public void A_long_plan_at_80x24_lists_the_steps_that_fit_and_counts_the_rest()
    {
        using var harness = new TuiHarness().With(BedsideSamples.Titrating());

        harness.Ok(ToThePlan("600 mcg/day")
            .Sees("2026-11-26 Thu   358 mcg/day   +20 %")
            .Sees("… 3 more to 600 mcg/day")
            .Sees("Today's new daily dose:   144 mcg/day")
            .Press(Key.Esc, Key.Esc)
            .Quit());
    }

    [Fact]
    public void Titration_day_remembers_the_target_of_the_last_one()
    {
        using var harness = new TuiHarness().With(BedsideSamples.Titrating());
        harness.Ok(ToThePlan().Press(Key.Enter).Type("P-TITR").Press(Key.Enter).Press(Key.Tab, Key.Enter).Quit());
        harness.Clock.Advance(TimeSpan.FromHours(25));

        harness.Ok(new UiScript()
            .Press(Key.F5)
            .Sees("300 mcg/day")
            .Sees("Remembered from the last titration day")
            .Press(Key.Enter)
            .Sees("144 mcg/day → target 300 mcg/day")
            .Sees("Proposed today: 172.8 mcg/day (+20 %)")
            .Press(Key.Esc, Key.Esc)
            .Quit());

        Assert.Equal([MassFlow.FromMicrogramsPerDay(120), MassFlow.FromMicrogramsPerDay(144)], Programs(harness).Select(p => p.Dose)); // nothing logged without Finish
    }

    [Fact]
    public void A_step_beyond_the_step_maximum_is_refused_on_the_field_in_words()
    {
        using var harness = new TuiHarness().With(BedsideSamples.Titrating());

        harness.Ok(ToThePlan()
            .Replace("200 mcg/day")
            .Press(Key.Enter)
            .Sees("refused: hard limit")
            .Sees("200 mcg/day is beyond a hard limit")
            .Sees("at most 30 %")
            .Sees("Today's step")
            .Press(Key.Esc, Key.Esc)
            .Quit());

        Assert.Single(Programs(harness));
    }

    [Fact]
    public void No_increase_within_24_hours_of_the_last_one_is_proposed_or_accepted()
    {
        using var harness = new TuiHarness().With(BedsideSamples.Titrating());

        harness.Ok(new UiScript()
            .Press(Key.F5)
            .Replace("2026-11-11 08:00")
            .Tab()
            .Replace("300 mcg/day")
            .Press(Key.Enter)
            .Sees("— not now:")
            .Sees("24 h")
            .Press(Key.Enter)
            .Sees("refused: hard limit")
            .Press(Key.Esc, Key.Esc)
            .Quit());

        Assert.Single(Programs(harness));
    }

    [Fact]
    public void A_decrease_beyond_the_step_limit_needs_a_typed_reason_which_is_logged()
    {
        using var harness = new TuiHarness().With(BedsideSamples.Titrating());

        harness.Ok(ToThePlan()
            .Replace("90 mcg/day")
            .Press(Key.Enter)
            .Sees("soft limit: type why")
            .Sees("90 mcg/day is beyond a soft limit")
            .Tab()
            .Type("drowsy after the last step")
            .Press(Key.Enter)
            .Sees("90 mcg/day (-25 %)")
            .Type("P-TITR")
            .Press(Key.Enter)
            .Press(Key.Enter)
            .Quit());

        var step = harness.Events("P-TITR").Last(e => e.Kind == EventKind.DoseProgram);
        Assert.Equal((MassFlow.FromMicrogramsPerDay(90), "drowsy after the last step"), (step.ReadPayload<DoseProgramPayload>()!.Dose, step.ReadPayload<DoseProgramPayload>()!.OverrideReason));
        Assert.Equal("titration step towards a target of 300 mcg/day; beyond a soft limit: drowsy after the last step", step.Reason);
        Assert.Equal(Visit, step.OccurredAt);
    }
}
