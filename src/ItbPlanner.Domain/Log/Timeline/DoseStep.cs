using ItbPlanner.Domain.Quantities;

namespace ItbPlanner.Domain.Log.Timeline;

/// <summary>From <see cref="At"/> on, the pump delivers <see cref="Dose"/> a day (zero while suspended or after explant).</summary>
/// <param name="At">When the dose took effect.</param>
/// <param name="Dose">The daily dose in force.</param>
/// <param name="Rate">The programmed volume rate in force (zero when not infusing).</param>
/// <param name="Seq">The event that set it.</param>
public sealed record DoseStep(DateTimeOffset At, MassFlow Dose, VolumeFlow Rate, long Seq)
{
    /// <summary>The concentration the program was set for, from which its rate is dose ÷ concentration (zero when not infusing).</summary>
    public MassConcentration Concentration { get; init; }

    /// <summary>Whether drug is being delivered.</summary>
    public bool Infusing => Dose > MassFlow.Zero;
}
