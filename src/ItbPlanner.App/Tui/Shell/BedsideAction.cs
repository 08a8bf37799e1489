namespace ItbPlanner.App.Tui.Shell;

/// <summary>What the main window offers, each on its own key.</summary>
internal enum BedsideAction
{
    /// <summary>Register a patient (F2).</summary>
    NewPatient = 1,

    /// <summary>The screening trial's wizard (F3).</summary>
    Screening,

    /// <summary>The implant's wizard (F4).</summary>
    Implant,

    /// <summary>A titration day's wizard (F5).</summary>
    Titration,

    /// <summary>A refill visit's wizard (F6).</summary>
    Refill,

    /// <summary>The course actions: suspend, resume, withdrawal emergency and its resolution, explant, not a candidate, program transferred (F7).</summary>
    CourseAction,

    /// <summary>The selected patient's log: table, filters, dose chart, export (F8).</summary>
    LogReview,

    /// <summary>A step of the oral baclofen wean, logged as a medication change (F9).</summary>
    OralWean,

    /// <summary>Acknowledge the critical alerts (Ctrl+A).</summary>
    Acknowledge,
}
