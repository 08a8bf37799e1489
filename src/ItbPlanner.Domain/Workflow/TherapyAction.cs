namespace ItbPlanner.Domain.Workflow;

/// <summary>
/// What a clinician can do to a course: the workflow's triggers, listed by <see cref="TherapyCourse.PermittedActions"/>
/// for menus and status bars. Values are frozen: they may be persisted.
/// </summary>
public enum TherapyAction
{
    /// <summary>Book the screening trial.</summary>
    ScheduleScreening = 1,

    /// <summary>Record scores: at baseline before a bolus, or after it.</summary>
    RecordAssessment = 2,

    /// <summary>Give the next screening bolus.</summary>
    GiveScreeningBolus = 3,

    /// <summary>Record the clinician's verdict on the response to the last bolus.</summary>
    RecordScreeningOutcome = 4,

    /// <summary>End the pathway before an implant (the patient declines, or the team decides against it).</summary>
    DeclareNotACandidate = 5,

    /// <summary>Book the implant.</summary>
    ScheduleImplant = 6,

    /// <summary>Record the implant and the starting dose; infusion starts.</summary>
    RecordImplant = 7,

    /// <summary>Begin (or return to) daily titration.</summary>
    StartTitration = 8,

    /// <summary>Change the daily dose.</summary>
    ChangeDose = 9,

    /// <summary>The dose is effective and stable: move to maintenance.</summary>
    EnterMaintenance = 10,

    /// <summary>Suspend the infusion.</summary>
    Suspend = 11,

    /// <summary>Restart a suspended infusion.</summary>
    Resume = 12,

    /// <summary>Declare a withdrawal emergency.</summary>
    DeclareWithdrawalEmergency = 13,

    /// <summary>ITB has been restored after a withdrawal emergency.</summary>
    ResolveWithdrawalEmergency = 14,

    /// <summary>Record that the pump was removed.</summary>
    Explant = 15,

    /// <summary>Refill the pump's reservoir (with a pump in place, a withdrawal emergency included).</summary>
    Refill = 16,

    /// <summary>Record that a planned program was entered into the pump (with a pump in place).</summary>
    TransferProgram = 17,

    /// <summary>Record what the clinic did about an open alarm, which closes it (in any phase).</summary>
    AcknowledgeAlarm = 18,
}
