namespace ItbPlanner.Domain.Consumption;

/// <summary>How the programmed part of a daily consumption was given. Values are frozen: they may be persisted.</summary>
public enum ConsumptionBasis
{
    /// <summary>Simple continuous, from a daily dose.</summary>
    ContinuousDose = 1,

    /// <summary>Simple continuous, from a volume rate.</summary>
    ContinuousRate = 2,

    /// <summary>A flex (periodic) schedule: its 24-hour total.</summary>
    Flex = 3,
}
