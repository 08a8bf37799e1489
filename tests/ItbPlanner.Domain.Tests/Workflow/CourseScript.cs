using ItbPlanner.Domain.Assessments;
using ItbPlanner.Domain.Protocols;
using ItbPlanner.Domain.Quantities;
using ItbPlanner.Domain.Workflow;
using ItbPlanner.Testing;

namespace ItbPlanner.Domain.Tests.Workflow;

/// <summary>Drives a course along the usual path with a moving clock, for the workflow tests.</summary>
internal sealed class CourseScript
{
    public static readonly DateTimeOffset Opened = new(2026, 11, 2, 8, 0, 0, TimeSpan.Zero);
    public static readonly AssessmentScores Baseline = new(ModifiedAshworth.Three, new PennSpasmFrequency(3));
    public static readonly AssessmentScores Better = new(ModifiedAshworth.OnePlus, new PennSpasmFrequency(1));

    private static readonly Action<CourseScript>[] UsualPath =
    [
        s => s.Course.ScheduleScreening(new DateOnly(2026, 11, 9), s.Later(1)),
        s => s.Course.GiveScreeningBolus(Mass.FromMicrograms(50), s.Later(1)),
        s => s.Course.RecordAssessment(Better, s.Later(4)),
        s => s.Course.RecordScreeningOutcome(ScreeningResponse.Positive, Duration.FromHours(6), s.Later(4)),
        s => s.Course.ScheduleImplant(new DateOnly(2026, 12, 1), s.Later(1)),
        s => s.Course.RecordImplant(MassFlow.FromMicrogramsPerDay(100), s.Later(24 * 20)),
        s => s.Course.StartTitration(s.Later(25)),
        s => s.Course.EnterMaintenance(s.Later(24 * 14)),
    ];

    public CourseScript(Protocol? protocol = null, Population population = Population.Adult, TitrationOrigin origin = TitrationOrigin.Spinal)
    {
        Protocol = protocol ?? TestProtocols.Default();
        Course = TherapyCourse.Open(Protocol, population, origin, Opened);
        Now = Opened;
    }

    public Protocol Protocol { get; }

    public TherapyCourse Course { get; }

    public DateTimeOffset Now { get; private set; }

    /// <summary>A course in <paramref name="phase"/>, reached the usual way (a baseline is recorded on entering screening).</summary>
    public static CourseScript Reach(TherapyPhase phase, Protocol? protocol = null, Population population = Population.Adult, TitrationOrigin origin = TitrationOrigin.Spinal)
    {
        var script = new CourseScript(protocol, population, origin);
        switch (phase)
        {
            case TherapyPhase.NotACandidate:
                script.Course.DeclareNotACandidate("prefers oral treatment", script.Later(1));
                return script;
            case TherapyPhase.Suspended:
                return script.Advance(TherapyPhase.Titrating).Then(s => s.Course.Suspend("MRI", s.Later(1)));
            case TherapyPhase.WithdrawalEmergency:
                return script.Advance(TherapyPhase.Titrating).Then(s => s.Course.DeclareWithdrawalEmergency("rebound spasticity, itch", s.Later(1)));
            case TherapyPhase.Explanted:
                return script.Advance(TherapyPhase.Titrating).Then(s => s.Course.Explant("pocket infection", s.Later(1)));
            default:
                return script.Advance(phase);
        }
    }

    public DateTimeOffset Later(double hours)
    {
        Now = Now.AddHours(hours);
        return Now;
    }

    public CourseScript Then(Action<CourseScript> step)
    {
        step(this);
        return this;
    }

    /// <summary>Takes <paramref name="action"/> with ordinary arguments two days later.</summary>
    public void Perform(TherapyAction action)
    {
        var at = Later(48);
        var dose = Course.CurrentDose ?? MassFlow.FromMicrogramsPerDay(100);
        switch (action)
        {
            case TherapyAction.ScheduleScreening: Course.ScheduleScreening(DateOnly.FromDateTime(at.Date), at); break;
            case TherapyAction.RecordAssessment: Course.RecordAssessment(Better, at); break;
            case TherapyAction.GiveScreeningBolus: Course.GiveScreeningBolus(Course.NextScreeningBolus ?? Mass.FromMicrograms(50), at); break;
            case TherapyAction.RecordScreeningOutcome: Course.RecordScreeningOutcome(ScreeningResponse.Positive, Duration.FromHours(6), at); break;
            case TherapyAction.DeclareNotACandidate: Course.DeclareNotACandidate("declined", at); break;
            case TherapyAction.ScheduleImplant: Course.ScheduleImplant(DateOnly.FromDateTime(at.Date), at); break;
            case TherapyAction.RecordImplant: Course.RecordImplant(Course.RecommendedStartDose?.StartDose ?? dose, at); break;
            case TherapyAction.StartTitration: Course.StartTitration(at); break;
            case TherapyAction.ChangeDose: Course.ChangeDose(dose * 0.9m, at); break;
            case TherapyAction.EnterMaintenance: Course.EnterMaintenance(at); break;
            case TherapyAction.Suspend: Course.Suspend("MRI", at); break;
            case TherapyAction.Resume: Course.Resume(dose, at); break;
            case TherapyAction.DeclareWithdrawalEmergency: Course.DeclareWithdrawalEmergency("rebound spasticity", at); break;
            case TherapyAction.ResolveWithdrawalEmergency: Course.ResolveWithdrawalEmergency(dose, at); break;
            case TherapyAction.Explant: Course.Explant("infection", at); break;
            case TherapyAction.Refill: Course.Refill(at); break;
            case TherapyAction.TransferProgram: Course.TransferProgram(at); break;
            default: throw new ArgumentOutOfRangeException(nameof(action), action, null);
        }
    }

    private CourseScript Advance(TherapyPhase phase)
    {
        var next = 0;
        while (Course.Phase != phase)
        {
            if (next == UsualPath.Length)
            {
                throw new InvalidOperationException($"{phase} is not on the usual path.");
            }

            UsualPath[next++](this);
            if (Course.Phase == TherapyPhase.ScreeningScheduled)
            {
                Course.RecordAssessment(Baseline, Later(1));
            }
        }

        return this;
    }
}
