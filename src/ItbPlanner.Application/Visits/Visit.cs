namespace ItbPlanner.Application.Visits;

/// <summary>A visit a front end walks a clinician through, step by step.</summary>
public enum Visit
{
    /// <summary>The screening trial: booking, baseline, boluses, assessments, outcome.</summary>
    Screening = 1,

    /// <summary>The implant: pump, catheter, first fill, starting dose.</summary>
    Implant = 2,

    /// <summary>A titration step.</summary>
    Titration = 3,

    /// <summary>A refill visit: residual reconciled, new fill, optional new strength or dose.</summary>
    Refill = 4,
}
