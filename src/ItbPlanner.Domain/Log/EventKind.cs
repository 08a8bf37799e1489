namespace ItbPlanner.Domain.Log;

/// <summary>
/// What a log event records. Values are frozen and the kebab-case codes (see <see cref="LogCodes"/>) are a public contract:
/// they are stored, hashed, typed on the command line and exported. Add kinds freely; never rename or reuse one.
/// </summary>
public enum EventKind
{
    /// <summary>The patient was registered (always sequence 1). Code <c>patient-registered</c>.</summary>
    PatientRegistered = 1,

    /// <summary>A screening bolus was given. Code <c>screening-bolus</c>.</summary>
    ScreeningBolus = 2,

    /// <summary>Spasticity scores were assessed. Code <c>assessment</c>.</summary>
    Assessment = 3,

    /// <summary>The clinician concluded the screening trial. Code <c>screening-outcome</c>.</summary>
    ScreeningOutcome = 4,

    /// <summary>A pump was implanted, filled and started. Code <c>implant</c>.</summary>
    Implant = 5,

    /// <summary>The pump was programmed (daily dose, concentration, rate, mode). Code <c>dose-program</c>.</summary>
    DoseProgram = 6,

    /// <summary>The pump was refilled. Code <c>refill</c>.</summary>
    Refill = 7,

    /// <summary>A pump alarm sounded or was reported. Code <c>alarm-raised</c>.</summary>
    AlarmRaised = 8,

    /// <summary>The clinic acted on an alarm. Code <c>alarm-acknowledged</c>.</summary>
    AlarmAcknowledged = 9,

    /// <summary>A free-text note. Code <c>note</c>.</summary>
    Note = 10,

    /// <summary>An earlier event was entered in error (it points at it with its corrects-seq). Code <c>correction</c>.</summary>
    Correction = 11,

    /// <summary>The patient's details changed; the payload holds the whole new record. Code <c>patient-updated</c>.</summary>
    PatientUpdated = 12,

    /// <summary>A screening trial was booked. Code <c>screening-scheduled</c>.</summary>
    ScreeningScheduled = 13,

    /// <summary>An implant was booked. Code <c>implant-scheduled</c>.</summary>
    ImplantScheduled = 14,

    /// <summary>Infusion was suspended (e.g. pump stopped for surgery). Code <c>therapy-suspended</c>.</summary>
    TherapySuspended = 15,

    /// <summary>Infusion resumed after a suspension. Code <c>therapy-resumed</c>.</summary>
    TherapyResumed = 16,

    /// <summary>The pump was removed. Code <c>explant</c>.</summary>
    Explant = 17,

    /// <summary>Signs of baclofen withdrawal were recognised and acted on. Code <c>withdrawal-emergency</c>.</summary>
    WithdrawalEmergency = 18,

    /// <summary>
    /// The plan of an earlier implant, dose-program or refill event was entered into the pump, which runs it in the intended
    /// mode; until then the plan is pending (failure mode: a programming update left unfinished). Code <c>program-transferred</c>.
    /// </summary>
    ProgramTransferred = 19,

    /// <summary>
    /// The patient was declared not a candidate for an implant (before implant: as a candidate, during or after screening, or
    /// with an implant booked); the reason says why. Code <c>candidacy-declined</c>.
    /// </summary>
    CandidacyDeclined = 20,

    /// <summary>
    /// A concomitant medicine was started, changed or stopped (oral baclofen, diazepam, any other by name); the daily
    /// total follows from the dose and the interval. Code <c>medication</c>.
    /// </summary>
    Medication = 21,

    /// <summary>
    /// A course of intravenous immunoglobulin: a dose per kilogram of body weight over so many days from the event's date;
    /// the total and the daily grams follow. Refused for a patient recorded as IgA-deficient. Code <c>ivig</c>.
    /// </summary>
    Ivig = 22,

    /// <summary>
    /// A series of plasma exchange sessions from the event's moment, one every so often (typically 5 every other day).
    /// Code <c>plasma-exchange</c>.
    /// </summary>
    PlasmaExchange = 23,
}
