namespace ItbPlanner.Domain.Quantities;

// Relations with a volume rate on the left; each operator has a named twin.
public readonly partial struct VolumeFlow
{
    /// <summary>Volume rate × concentration = the dose rate (mcg/day).</summary>
    public static MassFlow operator *(VolumeFlow rate, MassConcentration concentration) =>
        MassFlow.FromMicrogramsPerDay(rate.MillilitersPerDay * concentration.MicrogramsPerMilliliter);

    /// <summary>Volume rate × time = the volume delivered (mL).</summary>
    public static Volume operator *(VolumeFlow rate, Duration time) =>
        Volume.FromMilliliters(rate.MillilitersPerDay * time.Days);

    /// <summary>Named twin of <c>rate * concentration</c>: the dose this rate delivers.</summary>
    public MassFlow DoseAt(MassConcentration concentration) => this * concentration;

    /// <summary>Named twin of <c>rate * time</c>: the volume delivered over a duration.</summary>
    public Volume DeliveredOver(Duration time) => this * time;
}
