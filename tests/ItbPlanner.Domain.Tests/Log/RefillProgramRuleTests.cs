using ItbPlanner.Domain.Alerts;
using ItbPlanner.Domain.Errors;
using ItbPlanner.Domain.Log;
using ItbPlanner.Domain.Log.Courses;
using ItbPlanner.Domain.Log.Payloads;
using ItbPlanner.Domain.Log.Timeline;
using ItbPlanner.Domain.Quantities;
using ItbPlanner.Domain.Workflow;
using ItbPlanner.Testing;
using static ItbPlanner.Testing.ClinicLogSamples;

namespace ItbPlanner.Domain.Tests.Log;

public class RefillProgramRuleTests
{
    private static readonly WorkflowEventGuard Guard = new(TestProtocols.Default());

    // Baseline, a 50 mcg bolus and a positive outcome on 2026-11-02, then 40 mL of 500 mcg/mL at 100 mcg/day on 2026-11-05.
    private static HistoryEvent[] Implanted() =>
    [
        new(new DateTimeOffset(2026, 11, 2, 8, 0, 0, TimeSpan.Zero), new AssessmentPayload([new AssessmentScore("modified-ashworth", "3")])),
        new(new DateTimeOffset(2026, 11, 2, 9, 0, 0, TimeSpan.Zero), new ScreeningBolusPayload(Mass.FromMicrograms(50), Conc(50), Ml(1), ScreeningRoute.LumbarPuncture, 1)),
        new(new DateTimeOffset(2026, 11, 2, 17, 0, 0, TimeSpan.Zero), new ScreeningOutcomePayload(TrialOutcome.Positive, Mass.FromMicrograms(50), Duration.FromHours(6), AdverseReaction: false)),
        Event(2026, 11, 5, Implant("synchromed-ii-40", 40, 500, 100)),
    ];

    private static NewEvent Refill(decimal mcgPerMl) => new(new PatientId("P-R"), Now, "nurse", new RefillPayload(Ml(37), Ml(40), Conc(mcgPerMl)));

    [Fact]
    public void A_refill_at_a_new_strength_under_the_old_program_is_refused_by_the_log_for_every_front_end()
    {
        var history = History("P-R", "R.", "synchromed-ii-40", Implanted()).Seal(Now);

        var refused = Assert.Throws<ProtocolLimitException>(() => Guard.Check(Refill(2000), history));

        Assert.Equal((AlertCodes.ProgramConcentrationMismatch, AlertSeverity.Critical), (refused.Blocking.Code, refused.Blocking.Severity));
        Assert.Contains("delivers 400 mcg/day instead of 100 mcg/day (4 times the dose)", refused.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("--", refused.Message, StringComparison.Ordinal);
        Guard.Check(Refill(500), history);
    }

    [Fact]
    public void A_refill_at_a_new_strength_is_accepted_under_the_new_program_recorded_before_it()
    {
        var history = History("P-R", "R.", "synchromed-ii-40", [.. Implanted(), new(Now, Program(100, 2000), "new concentration at the refill")]).Seal(Now);

        Guard.Check(Refill(2000), history);
    }

    [Fact]
    public void A_refill_during_an_open_withdrawal_emergency_is_allowed()
    {
        var history = History("P-R", "R.", "synchromed-ii-40", [.. Implanted(), Event(2026, 11, 20, new WithdrawalEmergencyPayload("itch, fever"))]).Seal(Now);

        Assert.True(TherapyRecord.Read(TestProtocols.Default(), history).Can(TherapyAction.Refill, out var reasons));
        Assert.Empty(reasons);
        Guard.Check(Refill(500), history);
    }
}
