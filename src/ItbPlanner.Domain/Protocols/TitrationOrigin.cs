namespace ItbPlanner.Domain.Protocols;

/// <summary>The rule set a titration follows. Values are frozen: they may be persisted.</summary>
public enum TitrationOrigin
{
    /// <summary>Adult spasticity of spinal origin.</summary>
    Spinal = 1,

    /// <summary>Adult spasticity of cerebral origin.</summary>
    Cerebral = 2,

    /// <summary>Children.</summary>
    Pediatric = 3,
}
