namespace ItbPlanner.Domain.Quantities;

// Relations with a duration on the left; each operator has a named twin.
public readonly partial struct Duration
{
    /// <summary>Time × volume rate = the volume delivered (mL).</summary>
    public static Volume operator *(Duration time, VolumeFlow rate) => rate * time;

    /// <summary>Time × dose rate = the drug delivered (mcg).</summary>
    public static Mass operator *(Duration time, MassFlow dose) => dose * time;

    /// <summary>Named twin of <c>time * rate</c>.</summary>
    public Volume VolumeAt(VolumeFlow rate) => this * rate;

    /// <summary>Named twin of <c>time * dose</c>.</summary>
    public Mass DrugAt(MassFlow dose) => this * dose;

    /// <summary>Whole days, rounded down: the days a reservoir certainly lasts. Negative spans round toward negative infinity.</summary>
    public int WholeDaysRoundedDown => (int)Math.Floor(Days);
}
