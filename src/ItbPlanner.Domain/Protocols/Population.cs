namespace ItbPlanner.Domain.Protocols;

/// <summary>Dose-limit population. Values are frozen: they may be persisted.</summary>
public enum Population
{
    /// <summary>Adults (the label's "12 years and over" dose ranges).</summary>
    Adult = 1,

    /// <summary>Children under 12 years.</summary>
    Child = 2,
}
