using ItbPlanner.Domain.Log;
using ItbPlanner.Domain.Log.Payloads;
using ItbPlanner.Domain.Quantities;
using Terminal.Gui.Input;

namespace ItbPlanner.App.Tests.Tui;

/// <summary>P-TITR titrates at 120 mcg/day; the course actions offered for it are suspend, withdrawal emergency and explant, in that order.</summary>
[Collection(TerminalGuiTests.Name)]
public class CourseActionDialogTests
{
    private static readonly DateTimeOffset Suspended = new(2026, 11, 21, 8, 0, 0, TimeSpan.Zero);
    private static readonly DateTimeOffset Resumed = new(2026, 11, 21, 8, 45, 0, TimeSpan.Zero);

    /// <summary>F7, then the n-th action offered, opened.</summary>
    private static UiScript Open(int index)
    {
        var script = new UiScript().Press(Key.F7);
        for (var i = 0; i < index; i++)
        {
            script.Press(Key.CursorDown);
        }

        return script.Press(Key.Space, Key.Enter);
    }

    /// <summary>The resume form filled for a lower restart at a dose, at 08:45.</summary>
    private static UiScript ResumeLower(UiScript script, string dose) => script
        .Press(Key.F7)
        .Sees("◉ Resume infusion")
        .Press(Key.Enter)
        .Sees("Resume infusion · patient P-TITR")
        .Replace("2026-11-21 08:45")
        .Tab()
        .Press(Key.CursorDown, Key.Space)
        .Tab()
        .Type(dose)
        .Tab()
        .Type("restart after MRI")
        .Tab()
        .Type("checked on the programmer")
        .Press(Key.Enter);

    [Fact]
    public void The_list_offers_what_the_workflow_allows_and_says_why_not_for_the_rest()
    {
        using var harness = new TuiHarness().With(BedsideSamples.Titrating());

        harness.Ok(new UiScript()
            .Press(Key.F7)
            .Sees("◉ Suspend infusion")
            .Sees("○ Withdrawal emergency")
            .Sees("○ Explant the pump")
            .Sees("✗ Resume infusion: infusion resumes only after a suspension (phase:")
            .Sees("✗ Program transferred to the pump: no logged plan is waiting")
            .Press(Key.Esc)
            .Quit());

        Assert.Equal(8, harness.Events("P-TITR").Count);
    }

    [Fact]
    public void Suspending_then_resuming_below_the_dose_before_logs_each_at_its_time_and_a_restart_not_below_it_is_refused()
    {
        using var harness = new TuiHarness().With(BedsideSamples.Titrating());

        harness.Ok(ResumeLower(
                Open(0)
                    .Sees("Suspend infusion · patient P-TITR")
                    .Replace("2026-11-21 08:00")
                    .Tab()
                    .Type("MRI scan")
                    .Press(Key.Enter)
                    .Sees("‼ P-TITR: THERAPY_SUSPENDED"),
                "150 mcg/day")
            .Sees("not below the dose before (120")
            .Press(Key.Esc, Key.Esc)
            .Sees("suspended")
            .Quit());
        Assert.DoesNotContain(harness.Events("P-TITR"), e => e.Kind == EventKind.TherapyResumed);

        harness.Ok(ResumeLower(new UiScript(), "100 mcg/day").Sees("titrating").Quit());

        var events = harness.Events("P-TITR");
        var suspension = events.Single(e => e.Kind == EventKind.TherapySuspended);
        Assert.Equal((Suspended, "MRI scan"), (suspension.OccurredAt, suspension.ReadPayload<TherapySuspendedPayload>()!.Notes));
        var resumption = events.Single(e => e.Kind == EventKind.TherapyResumed);
        Assert.Equal((Resumed, "checked on the programmer"), (resumption.OccurredAt, resumption.ReadPayload<TherapyResumedPayload>()!.Notes));
        var lower = events[^1];
        var program = lower.ReadPayload<DoseProgramPayload>()!;
        Assert.Equal((Resumed, MassFlow.FromMicrogramsPerDay(100), MassFlow.FromMicrogramsPerDay(120), "restart after MRI"), (lower.OccurredAt, program.Dose, program.PreviousDose!.Value, program.OverrideReason));
    }

    [Fact]
    public void A_suspension_the_workflow_refuses_at_its_moment_opens_a_refusal_that_stays_until_dismissed_and_logs_nothing()
    {
        using var harness = new TuiHarness().With(BedsideSamples.Titrating());

        harness.Ok(Open(0)
            .Replace("2026-11-04 09:00") // before the implant
            .Tab()
            .Type("MRI scan")
            .Press(Key.Enter)
            .Sees("Refused: suspend infusion for P-TITR")
            .Sees("Nothing was logged.")
            .Sees("Refused: suspend infusion for P-TITR") // still there on the next iteration
            .Press(Key.Enter)
            .Sees("Suspend infusion · patient P-TITR") // back on the form to fix the moment
            .Press(Key.Esc, Key.Esc)
            .Quit());

        Assert.DoesNotContain(harness.Events("P-TITR"), e => e.Kind == EventKind.TherapySuspended);
    }

    [Fact]
    public void A_withdrawal_emergency_confirmed_with_the_id_shows_on_the_critical_banner_at_80x24()
    {
        using var harness = new TuiHarness().With(BedsideSamples.Titrating());

        harness.Ok(Open(1)
            .Sees("‼ WITHDRAWAL EMERGENCY")
            .Replace("2026-11-21 07:30")
            .Tab()
            .Type("itch and rebound spasticity")
            .Tab()
            .Type("oral baclofen given")
            .Tab()
            .Type("P-TITR")
            .Press(Key.Enter)
            .Check(screen => Assert.Contains("‼ P-TITR: WITHDRAWAL_EMERGENCY_OPEN", screen.Split('\n')[2], StringComparison.Ordinal))
            .Press(Key.F7)
            .Sees("◉ Withdrawal emergency resolved")
            .Press(Key.Enter)
            .Sees("dose before")
            .Press(Key.Enter)
            .Check(screen => Assert.DoesNotContain("WITHDRAWAL_EMERGENCY_OPEN", screen, StringComparison.Ordinal))
            .Quit());

        var emergency = harness.Events("P-TITR").Single(e => e.Kind == EventKind.WithdrawalEmergency);
        Assert.Equal(new DateTimeOffset(2026, 11, 21, 7, 30, 0, TimeSpan.Zero), emergency.OccurredAt);
        Assert.Equal(("itch and rebound spasticity", "oral baclofen given"), (emergency.ReadPayload<WithdrawalEmergencyPayload>()!.Symptoms, emergency.ReadPayload<WithdrawalEmergencyPayload>()!.Action));
        var resolved = harness.Events("P-TITR")[^1];
        Assert.Equal((EventKind.TherapyResumed, Testing.ClinicLogSamples.Now), (resolved.Kind, resolved.OccurredAt));
    }

    [Fact]
    public void Not_a_candidate_is_offered_before_an_implant_and_logs_its_reason_once_the_id_is_typed()
    {
        using var harness = new TuiHarness().With(BedsideSamples.Candidate());

        harness.Ok(new UiScript()
            .Press(Key.F7)
            .Sees("◉ Not a candidate for an implant")
            .Sees("✗ Explant the pump: only an implanted pump is explanted")
            .Press(Key.Enter)
            .Replace("2026-11-20 16:00")
            .Tab()
            .Type("prefers oral baclofen")
            .Tab()
            .Type("P-CAND")
            .Press(Key.Enter)
            .Sees("not a candidate")
            .Quit());

        var declined = harness.Events("P-CAND")[^1];
        Assert.Equal((EventKind.CandidacyDeclined, "prefers oral baclofen", "prefers oral baclofen"), (declined.Kind, declined.ReadPayload<CandidacyDeclinedPayload>()!.Reason, declined.Reason));
        Assert.Equal(new DateTimeOffset(2026, 11, 20, 16, 0, 0, TimeSpan.Zero), declined.OccurredAt);
    }

    [Fact]
    public void An_explant_is_logged_only_once_the_patients_id_is_typed_exactly()
    {
        using var harness = new TuiHarness().With(BedsideSamples.Titrating());

        harness.Ok(Open(2)
            .Tab()
            .Type("pocket infection")
            .Tab()
            .Type("P-TIT")
            .Press(Key.Enter)
            .Sees("type P-TITR exactly to confirm")
            .Check(_ => Assert.DoesNotContain(harness.Events("P-TITR"), e => e.Kind == EventKind.Explant))
            .Type("R")
            .Press(Key.Enter)
            .Sees("explanted")
            .Quit());

        var explant = harness.Events("P-TITR").Single(e => e.Kind == EventKind.Explant);
        Assert.Equal(("pocket infection", ClinicLogSamplesNow), (explant.ReadPayload<ExplantPayload>()!.Notes, explant.OccurredAt));
    }

    [Fact]
    public void A_logged_plan_not_yet_in_the_pump_is_marked_transferred_from_the_list_at_120x40()
    {
        using var harness = new TuiHarness().With(BedsideSamples.Titrating());
        harness.Ok(
            new UiScript()
                .Press(Key.F5)
                .Tab()
                .Replace("300 mcg/day")
                .Press(Key.Enter, Key.Enter)
                .Type("P-TITR")
                .Press(Key.Enter)
                .Sees("NOT YET TRANSFERRED TO THE PUMP")
                .Press(Key.Esc)
                .Sees("PROGRAM_NOT_TRANSFERRED")
                .Press(Key.F7)
                .Sees("Program transferred to the pump (plan #9)")
                .Press(Key.CursorDown, Key.CursorDown, Key.CursorDown, Key.Space, Key.Enter)
                .Sees("Plan #9 (dose-program")
                .Tab()
                .Type("programmer printout compared")
                .Press(Key.Enter)
                .Check(screen => Assert.DoesNotContain("PROGRAM_NOT_TRANSFERRED", screen, StringComparison.Ordinal))
                .Quit(),
            width: 120,
            height: 40);

        var transfer = harness.Events("P-TITR")[^1];
        Assert.Equal((EventKind.ProgramTransferred, 9L, "programmer printout compared"), (transfer.Kind, transfer.ReadPayload<ProgramTransferredPayload>()!.PlanSeq, transfer.ReadPayload<ProgramTransferredPayload>()!.Notes));
    }

    private static readonly DateTimeOffset ClinicLogSamplesNow = Testing.ClinicLogSamples.Now;
}
