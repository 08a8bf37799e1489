using ItbPlanner.Domain.Workflow;

namespace ItbPlanner.Application.Visits;

/// <summary>Where a course stands, in words a clinician uses.</summary>
public static class PhaseText
{
    /// <summary>The phase in words; a log that cannot be read as a course says so.</summary>
    public static string Of(TherapyPhase? phase) => phase switch
    {
        null => "log needs review",
        TherapyPhase.Candidate => "candidate",
        TherapyPhase.ScreeningScheduled => "screening: bolus due",
        TherapyPhase.BolusGiven => "screening: bolus given",
        TherapyPhase.Observing => "screening: observing",
        TherapyPhase.ScreeningPositive => "screening positive",
        TherapyPhase.NotACandidate => "not a candidate",
        TherapyPhase.ImplantScheduled => "implant booked",
        TherapyPhase.Implanted => "implanted (hold)",
        TherapyPhase.Titrating => "titrating",
        TherapyPhase.Maintenance => "maintenance",
        TherapyPhase.Suspended => "suspended",
        TherapyPhase.WithdrawalEmergency => "WITHDRAWAL EMERGENCY",
        TherapyPhase.Explanted => "explanted",
        _ => phase.Value.ToString(),
    };
}
