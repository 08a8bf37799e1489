namespace ItbPlanner.Domain.Quantities;

// Relations with a volume on the left; each operator has a named twin.
public readonly partial struct Volume
{
    /// <summary>Volume ÷ volume rate = how long it lasts (days).</summary>
    public static Duration operator /(Volume volume, VolumeFlow rate) =>
        Duration.FromDays(volume.Milliliters / rate.MillilitersPerDay);

    /// <summary>Volume ÷ time = the volume rate (mL/day).</summary>
    public static VolumeFlow operator /(Volume volume, Duration time) =>
        VolumeFlow.FromMillilitersPerDay(volume.Milliliters / time.Days);

    /// <summary>Volume × concentration = the drug it holds (mcg).</summary>
    public static Mass operator *(Volume volume, MassConcentration concentration) =>
        Mass.FromMicrograms(volume.Milliliters * concentration.MicrogramsPerMilliliter);

    /// <summary>Named twin of <c>volume / rate</c>: how long this volume lasts at a rate.</summary>
    public Duration LastsFor(VolumeFlow rate) => this / rate;

    /// <summary>Named twin of <c>volume / time</c>: the rate that delivers this volume over a duration.</summary>
    public VolumeFlow SpreadOver(Duration time) => this / time;

    /// <summary>Named twin of <c>volume * concentration</c>: the drug this volume holds.</summary>
    public Mass DrugAt(MassConcentration concentration) => this * concentration;
}
