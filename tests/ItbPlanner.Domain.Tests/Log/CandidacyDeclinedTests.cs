using ItbPlanner.Domain.Alerts;
using ItbPlanner.Domain.Errors;
using ItbPlanner.Domain.Log;
using ItbPlanner.Domain.Log.Courses;
using ItbPlanner.Domain.Log.Payloads;
using ItbPlanner.Domain.Log.Timeline;
using ItbPlanner.Domain.Quantities;
using ItbPlanner.Domain.Workflow;
using ItbPlanner.Domain.Workflow.Events;
using ItbPlanner.Testing;
using static ItbPlanner.Testing.ClinicLogSamples;

namespace ItbPlanner.Domain.Tests.Log;

public class CandidacyDeclinedTests
{
    private static readonly WorkflowEventGuard Guard = new(TestProtocols.Default());

    private static NewEvent Declined(string id, string reason) => new(new PatientId(id), Now, "Dr Who", new CandidacyDeclinedPayload(reason), reason);

    // Baseline, a 50 mcg bolus and a positive outcome with a 6 h effect on 2026-11-02.
    private static HistoryEvent[] Screening() =>
    [
        new(new DateTimeOffset(2026, 11, 2, 8, 0, 0, TimeSpan.Zero), new AssessmentPayload([new AssessmentScore("modified-ashworth", "3")])),
        new(new DateTimeOffset(2026, 11, 2, 9, 0, 0, TimeSpan.Zero), new ScreeningBolusPayload(Mass.FromMicrograms(50), Conc(50), Ml(1), ScreeningRoute.LumbarPuncture, 1)),
        new(new DateTimeOffset(2026, 11, 2, 17, 0, 0, TimeSpan.Zero), new ScreeningOutcomePayload(TrialOutcome.Positive, Mass.FromMicrograms(50), Duration.FromHours(6), AdverseReaction: false)),
    ];

    [Fact]
    public void A_logged_declaration_becomes_the_workflows_candidacy_declined_and_ends_the_course_there()
    {
        var history = History("P-C", "C.D.", pump: null).Seal(Now);
        var declined = Declined("P-C", "family declined surgery");

        Guard.Check(declined, history);
        var course = TherapyRecord.Read(TestProtocols.Default(), [.. history, declined.Seal(history.Count + 1, Now, history[^1].Hash)]).RequireCourse();

        Assert.Equal(TherapyPhase.NotACandidate, course.Phase);
        Assert.Equal("family declined surgery", Assert.IsType<CandidacyDeclined>(course.Events[^1]).Reason);
    }

    [Fact]
    public void A_declaration_after_a_positive_screening_is_accepted()
    {
        Guard.Check(Declined("P-S", "inadequate response, oral baclofen continued"), History("P-S", "S.C.", pump: null, Screening()).Seal(Now));
    }

    [Fact]
    public void A_declaration_after_an_implant_is_refused_naming_the_guard()
    {
        var history = History("P-I", "I.M.", "synchromed-ii-40", [.. Screening(), Event(2026, 11, 5, Implant("synchromed-ii-40", 40, 500, 100))]).Seal(Now);

        var refused = Assert.Throws<ProtocolLimitException>(() => Guard.Check(Declined("P-I", "changed mind"), history));

        Assert.Equal(AlertCodes.WorkflowGuardUnmet, refused.Blocking.Code);
        Assert.Contains("candidacy-declined", refused.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    public void A_declaration_needs_a_reason(string reason)
    {
        Assert.Throws<InvalidInputException>(() => new CandidacyDeclinedPayload(reason).Validate());
    }
}
