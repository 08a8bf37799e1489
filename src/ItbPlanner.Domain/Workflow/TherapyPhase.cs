namespace ItbPlanner.Domain.Workflow;

/// <summary>
/// Where a patient's ITB course stands. Values are frozen: they may be persisted. <see cref="ScreeningPhases"/> and
/// <see cref="ImplantedPhases"/> are superstates: a course is never in them directly, but is "in" them while in one of
/// their substates.
/// </summary>
public enum TherapyPhase
{
    /// <summary>Referred for ITB; no screening booked yet.</summary>
    Candidate = 1,

    /// <summary>A screening bolus is due (the first, or the next after an inadequate response).</summary>
    ScreeningScheduled = 2,

    /// <summary>A screening bolus was given; no assessment after it yet.</summary>
    BolusGiven = 3,

    /// <summary>The response to a screening bolus is being assessed.</summary>
    Observing = 4,

    /// <summary>The clinician confirmed a positive screening response.</summary>
    ScreeningPositive = 5,

    /// <summary>Not a candidate for an implant (no response at the last bolus, or declined).</summary>
    NotACandidate = 6,

    /// <summary>The implant is booked.</summary>
    ImplantScheduled = 7,

    /// <summary>Implanted, infusion running at the starting dose; no increase during the post-implant hold.</summary>
    Implanted = 8,

    /// <summary>Daily titration towards an effective dose.</summary>
    Titrating = 9,

    /// <summary>A stable dose, changed at refills within the maintenance limits.</summary>
    Maintenance = 10,

    /// <summary>Infusion suspended (e.g. for a procedure or an infection).</summary>
    Suspended = 11,

    /// <summary>Withdrawal signs: an emergency until ITB is restored.</summary>
    WithdrawalEmergency = 12,

    /// <summary>The pump was removed; the course has ended.</summary>
    Explanted = 13,

    /// <summary>Superstate of the screening trial: <see cref="ScreeningScheduled"/>, <see cref="BolusGiven"/>, <see cref="Observing"/>.</summary>
    ScreeningPhases = 20,

    /// <summary>Superstate of the implanted phases: <see cref="Implanted"/>, <see cref="Titrating"/>, <see cref="Maintenance"/>, <see cref="Suspended"/>.</summary>
    ImplantedPhases = 21,
}
