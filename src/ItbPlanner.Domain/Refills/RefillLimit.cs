namespace ItbPlanner.Domain.Refills;

/// <summary>Which date set the refill-by date. Values are frozen: they may be persisted.</summary>
public enum RefillLimit
{
    /// <summary>The low-reservoir alarm date, less the margin.</summary>
    Alarm = 1,

    /// <summary>The worst-case empty date (pump over-infusing at its accuracy limit), less the margin.</summary>
    WorstCaseEmpty = 2,

    /// <summary>The drug-stability limit in the pump.</summary>
    Stability = 3,
}
