namespace ItbPlanner.Domain.Workflow;

/// <summary>The clinician's verdict on a screening bolus. Values are frozen: they may be persisted.</summary>
public enum ScreeningResponse
{
    /// <summary>A clinically significant fall in tone or spasms, as the protocol defines it.</summary>
    Positive = 1,

    /// <summary>No adequate response.</summary>
    Inadequate = 2,
}
