namespace ItbPlanner.Domain.Quantities;

// Relations with an amount of drug on the left; each operator has a named twin.
public readonly partial struct Mass
{
    /// <summary>Drug ÷ concentration = the volume that holds it (mL).</summary>
    public static Volume operator /(Mass drug, MassConcentration concentration) =>
        Volume.FromMilliliters(drug.Micrograms / concentration.MicrogramsPerMilliliter);

    /// <summary>Drug ÷ volume = the concentration (mcg/mL).</summary>
    public static MassConcentration operator /(Mass drug, Volume volume) =>
        MassConcentration.FromMicrogramsPerMilliliter(drug.Micrograms / volume.Milliliters);

    /// <summary>Drug ÷ time = the dose rate (mcg/day).</summary>
    public static MassFlow operator /(Mass drug, Duration time) =>
        MassFlow.FromMicrogramsPerDay(drug.Micrograms / time.Days);

    /// <summary>Drug ÷ dose rate = how long it lasts (days).</summary>
    public static Duration operator /(Mass drug, MassFlow dose) =>
        Duration.FromDays(drug.Micrograms / dose.MicrogramsPerDay);

    /// <summary>Named twin of <c>drug / concentration</c>: the volume to draw up.</summary>
    public Volume VolumeAt(MassConcentration concentration) => this / concentration;

    /// <summary>Named twin of <c>drug / volume</c>: the concentration when dissolved in a volume.</summary>
    public MassConcentration ConcentrationIn(Volume volume) => this / volume;

    /// <summary>Named twin of <c>drug / time</c>: the dose rate that delivers this over a duration.</summary>
    public MassFlow SpreadOver(Duration time) => this / time;

    /// <summary>Named twin of <c>drug / dose</c>: how long this amount lasts at a dose rate.</summary>
    public Duration LastsFor(MassFlow dose) => this / dose;
}
