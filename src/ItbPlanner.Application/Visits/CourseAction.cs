namespace ItbPlanner.Application.Visits;

/// <summary>
/// The course actions that are one confirmed event each (suspension, resumption, a withdrawal emergency and its
/// resolution, explant, declaring a patient not a candidate), in the order a menu offers them.
/// </summary>
public enum CourseAction
{
    /// <summary>Stop the infusion (surgery, MRI, a pump problem).</summary>
    Suspend = 1,

    /// <summary>Restart the infusion after a suspension.</summary>
    Resume = 2,

    /// <summary>Declare signs of baclofen withdrawal.</summary>
    DeclareWithdrawal = 3,

    /// <summary>Resolve a withdrawal emergency: therapy resumed.</summary>
    ResolveWithdrawal = 4,

    /// <summary>Remove the pump.</summary>
    Explant = 5,

    /// <summary>Declare the patient not a candidate for an implant (before one is implanted).</summary>
    DeclareNotACandidate = 6,
}
