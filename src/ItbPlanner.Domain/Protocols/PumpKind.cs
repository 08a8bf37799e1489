namespace ItbPlanner.Domain.Protocols;

/// <summary>How a pump sets its rate. Values are frozen: they may be persisted.</summary>
public enum PumpKind
{
    /// <summary>A programmable pump: the rate is programmed from dose and concentration.</summary>
    Programmable = 1,

    /// <summary>A constant-flow pump: the rate is fixed, so the dose changes only with the concentration.</summary>
    ConstantFlow = 2,
}
