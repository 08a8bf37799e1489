namespace ItbPlanner.Domain.Quantities;

// Relations with a concentration on the left; each operator has a named twin.
public readonly partial struct MassConcentration
{
    /// <summary>Concentration × volume = the drug it holds (mcg).</summary>
    public static Mass operator *(MassConcentration concentration, Volume volume) => volume * concentration;

    /// <summary>Concentration × volume rate = the dose rate (mcg/day).</summary>
    public static MassFlow operator *(MassConcentration concentration, VolumeFlow rate) => rate * concentration;

    /// <summary>Named twin of <c>concentration * volume</c>.</summary>
    public Mass DrugIn(Volume volume) => this * volume;

    /// <summary>Named twin of <c>concentration * rate</c>.</summary>
    public MassFlow DoseAt(VolumeFlow rate) => this * rate;
}
