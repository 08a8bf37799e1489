namespace ItbPlanner.Domain.Quantities;

// Relations with a dose rate on the left; each operator has a named twin.
public readonly partial struct MassFlow
{
    /// <summary>Dose ÷ concentration = the pump's volume rate (mL/day).</summary>
    public static VolumeFlow operator /(MassFlow dose, MassConcentration concentration) =>
        VolumeFlow.FromMillilitersPerDay(dose.MicrogramsPerDay / concentration.MicrogramsPerMilliliter);

    /// <summary>Dose ÷ volume rate = the concentration that delivers it (mcg/mL).</summary>
    public static MassConcentration operator /(MassFlow dose, VolumeFlow rate) =>
        MassConcentration.FromMicrogramsPerMilliliter(dose.MicrogramsPerDay / rate.MillilitersPerDay);

    /// <summary>Dose rate × time = the drug delivered (mcg).</summary>
    public static Mass operator *(MassFlow dose, Duration time) =>
        Mass.FromMicrograms(dose.MicrogramsPerDay * time.Days);

    /// <summary>Named twin of <c>dose / concentration</c>: the volume rate that delivers this dose.</summary>
    public VolumeFlow VolumeFlowAt(MassConcentration concentration) => this / concentration;

    /// <summary>Named twin of <c>dose / rate</c>: the concentration at which a volume rate delivers this dose.</summary>
    public MassConcentration ConcentrationAt(VolumeFlow rate) => this / rate;

    /// <summary>Named twin of <c>dose * time</c>: the drug delivered over a duration.</summary>
    public Mass DeliveredOver(Duration time) => this * time;
}
