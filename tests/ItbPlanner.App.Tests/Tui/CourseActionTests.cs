using ItbPlanner.Domain.Log;
using ItbPlanner.Domain.Log.Payloads;
using ItbPlanner.Domain.Quantities;

namespace ItbPlanner.App.Tests.Tui;

public sealed class CourseActionTests : IDisposable
{
    private readonly TuiHarness tui = new();

    // Implanted 2026-11-21 09:00 at 100 mcg/day (500 mcg/mL); an hour later.
    public CourseActionTests()
    {
        tui.Ok(keys => keys.ImplantedPatient("P1").Choose("Quit"));
        tui.Clock.Advance(TimeSpan.FromHours(1));
    }

    [Fact]
    public void Suspending_infusion_logs_the_reason_and_then_offers_only_the_resumption()
    {
        var session = tui.Ok(keys => keys
            .OpenPatient("P1")
            .Choose("Suspend").Enter().Line("MRI scan").Choose("Log")
            .BackHomeAndQuit());

        Assert.Contains("✗ Resume infusion — not available: infusion resumes only after a suspension (phase: implanted (hold))", session.Screen, StringComparison.Ordinal);
        Assert.Contains("therapy-suspended: infusion suspended — MRI scan", session.Screen, StringComparison.Ordinal);
        Assert.Contains("✓ Logged therapy-suspended as event", session.Screen, StringComparison.Ordinal);
        Assert.Contains("✗ Suspend infusion — not available: infusion is suspended only while a pump is running (phase: suspended)", session.Screen, StringComparison.Ordinal);
        Assert.Equal("MRI scan", tui.Events("P1").Single(e => e.Kind == EventKind.TherapySuspended).ReadPayload<TherapySuspendedPayload>()!.Notes);
    }

    [Fact]
    public void Resuming_below_the_dose_before_logs_the_resumption_and_the_lower_program_and_a_higher_one_is_refused()
    {
        tui.Ok(keys => keys.OpenPatient("P1").Choose("Suspend").Enter().Line("surgery").Choose("Log").BackHomeAndQuit());
        var session = tui.Ok(keys => keys
            .OpenPatient("P1")
            .Choose("Resume").Enter()
            .Choose("lower").Line("120 mcg/day").Line("80 mcg/day").Line("restarting after surgery").Line("checked on the programmer")
            .Choose("Log")
            .BackHomeAndQuit());

        Assert.Contains("120 mcg/day is not below the dose before (100 mcg/day)", session.Screen, StringComparison.Ordinal);
        Assert.Contains("✓ Logged therapy-resumed as event", session.Screen, StringComparison.Ordinal);
        var events = tui.Events("P1");
        Assert.Equal("checked on the programmer", events.Single(e => e.Kind == EventKind.TherapyResumed).ReadPayload<TherapyResumedPayload>()!.Notes);
        var program = events.Last(e => e.Kind == EventKind.DoseProgram).ReadPayload<DoseProgramPayload>()!;
        Assert.Equal((MassFlow.FromMicrogramsPerDay(80), MassFlow.FromMicrogramsPerDay(100)), (program.Dose, program.PreviousDose!.Value));
    }

    [Fact]
    public void A_withdrawal_emergency_is_shown_as_critical_confirmed_with_the_id_and_resolved_by_resuming_therapy()
    {
        var session = tui.Ok(keys => keys
            .OpenPatient("P1")
            .Choose("Withdrawal").Enter().Line("itch and rebound spasticity").Line("oral baclofen given").Line("P1")
            .Choose("resolved").Enter().Choose("before").Enter().Choose("Log")
            .BackHomeAndQuit());

        Assert.Contains("only a declared withdrawal emergency is resolved", session.Screen, StringComparison.Ordinal);
        Assert.Contains("CRITICAL", session.Screen, StringComparison.Ordinal);
        Assert.Contains("WITHDRAWAL_EMERGENCY", session.Screen, StringComparison.Ordinal);
        Assert.Contains("Type the patient's id (P1) to log it", session.Screen, StringComparison.Ordinal);
        Assert.Contains("✓ Logged withdrawal-emergency as event", session.Screen, StringComparison.Ordinal);
        Assert.Contains("✓ Logged therapy-resumed as event", session.Screen, StringComparison.Ordinal);
        var events = tui.Events("P1");
        var emergency = events.Single(e => e.Kind == EventKind.WithdrawalEmergency).ReadPayload<WithdrawalEmergencyPayload>()!;
        Assert.Equal(("itch and rebound spasticity", "oral baclofen given"), (emergency.Symptoms, emergency.Action));
        Assert.Equal(EventKind.TherapyResumed, events[^1].Kind);
    }

    [Fact]
    public void An_explant_needs_the_typed_id_and_ends_the_course()
    {
        var session = tui.Ok(keys => keys
            .OpenPatient("P1")
            .Choose("Explant").Enter().Line("pocket infection").Line("P2").Line("P1")
            .BackHomeAndQuit());

        Assert.Contains("Type exactly 'P1' to confirm", session.Screen, StringComparison.Ordinal);
        Assert.Contains("✓ Logged explant as event", session.Screen, StringComparison.Ordinal);
        Assert.Contains("✗ Explant the pump — not available: only an implanted pump is explanted (phase: explanted)", session.Screen, StringComparison.Ordinal);
        Assert.Equal("pocket infection", tui.Events("P1").Single(e => e.Kind == EventKind.Explant).ReadPayload<ExplantPayload>()!.Notes);
    }

    [Fact]
    public void Not_a_candidate_is_offered_before_an_implant_needs_the_reason_and_the_typed_id()
    {
        var session = tui.Ok(keys => keys
            .RegisterAdult("P2")
            .Choose("candidate").Enter().Line("prefers oral baclofen").Line("P1").Line("P2")
            .BackHomeAndQuit());

        Assert.Contains("Type exactly 'P2' to confirm", session.Screen, StringComparison.Ordinal);
        Assert.Contains("candidacy-declined: not a candidate for an implant — prefers oral baclofen", session.Screen, StringComparison.Ordinal);
        Assert.Contains("✓ Logged candidacy-declined as event", session.Screen, StringComparison.Ordinal);
        Assert.Contains("✗ Not a candidate — not available: a patient is declared not a candidate only before an implant (phase: not a candidate)", session.Screen, StringComparison.Ordinal);
        var declined = tui.Events("P2").Single(e => e.Kind == EventKind.CandidacyDeclined);
        Assert.Equal(("prefers oral baclofen", "prefers oral baclofen"), (declined.ReadPayload<CandidacyDeclinedPayload>()!.Reason, declined.Reason));
    }

    [Fact]
    public void Not_a_candidate_is_not_available_after_the_implant()
    {
        var session = tui.Ok(keys => keys.OpenPatient("P1").BackHomeAndQuit());

        Assert.Contains("✗ Not a candidate — not available: a patient is declared not a candidate only before an implant (phase: implanted", session.Screen, StringComparison.Ordinal);
    }

    public void Dispose() => tui.Dispose();
}
