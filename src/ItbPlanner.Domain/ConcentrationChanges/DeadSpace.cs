using ItbPlanner.Domain.Errors;
using ItbPlanner.Domain.Internal;
using ItbPlanner.Domain.Protocols;
using ItbPlanner.Domain.Quantities;

namespace ItbPlanner.Domain.ConcentrationChanges;

/// <summary>
/// The volume between the reservoir and the catheter tip (pump tubing plus catheter) that still holds the old drug
/// after a refill. Never built in: it is a site-verified protocol value or the user's own input.
/// </summary>
public sealed record DeadSpace
{
    private DeadSpace(Volume volume, IReadOnlyList<string> working, IReadOnlyList<SettingSource> sources)
    {
        Volume = volume;
        Working = working;
        Sources = sources;
    }

    /// <summary>The dead-space volume.</summary>
    public Volume Volume { get; }

    /// <summary>How it was found.</summary>
    public IReadOnlyList<string> Working { get; }

    /// <summary>The protocol values it came from (empty when given by the user).</summary>
    public IReadOnlyList<SettingSource> Sources { get; }

    /// <summary>
    /// The most a given dead space can physically be: the largest plausible pump tubing plus the largest plausible
    /// catheter at its longest (<see cref="PlausibleRanges"/>). A reservoir's volume typed here (40 mL) is a slip.
    /// </summary>
    public static Volume PlausibleMaximum { get; } =
        PlausibleRanges.TubingDeadSpace.Maximum + (PlausibleRanges.CatheterVolumePerCm.Maximum * PlausibleRanges.CatheterLength.Maximum);

    /// <summary>A dead space the user gives (from the pump's programmer or the implant record).</summary>
    /// <exception cref="InvalidInputException">The volume is not positive, or more than pump tubing and a catheter can hold.</exception>
    public static DeadSpace Given(Volume volume)
    {
        if (volume <= Volume.Zero)
        {
            throw new InvalidInputException("dead space", $"The dead space must be greater than zero; got {volume}.");
        }

        if (volume > PlausibleMaximum)
        {
            throw new InvalidInputException(
                "dead space",
                $"A dead space of {volume.Display()} is more than pump tubing and a catheter hold (at most {PlausibleMaximum.Display()}): give the tubing and catheter volume, not the reservoir's.");
        }

        return new(volume, [$"dead space = {volume.Display()} (given: site-verified input from the user)"], []);
    }

    /// <summary>Pump-tubing volume plus catheter volume per cm × implanted length, from the protocol.</summary>
    /// <exception cref="InvalidInputException">The protocol lacks either volume (the dead space is then given), or the length is not positive or longer than the untrimmed catheter.</exception>
    public static DeadSpace FromDevices(PumpModel pump, CatheterModel catheter, decimal catheterLengthCm)
    {
        ArgumentNullException.ThrowIfNull(pump);
        ArgumentNullException.ThrowIfNull(catheter);
        if (catheterLengthCm <= 0)
        {
            throw new InvalidInputException("catheter length", $"The catheter length must be greater than zero; got {catheterLengthCm.ToInvariant()} cm.");
        }

        if (catheter.LengthBeforeTrimCm is { } untrimmed && catheterLengthCm > untrimmed.Value)
        {
            throw new InvalidInputException(
                "catheter length",
                $"The catheter length {catheterLengthCm.ToInvariant()} cm is longer than the untrimmed {catheter.Name} ({untrimmed.Value.ToInvariant()} cm): give the implanted length.");
        }

        var tubing = pump.TubingDeadSpace
            ?? throw new InvalidInputException(
                "dead space",
                $"The protocol has no pump-tubing dead-space volume for {pump.Name}: give the site-verified dead space of the pump tubing and catheter.");
        var perCm = catheter.VolumePerCm
            ?? throw new InvalidInputException(
                "dead space",
                $"The protocol has no volume per cm for the {catheter.Name}: give the site-verified dead space of the pump tubing and catheter.");

        var catheterVolume = perCm.Value * catheterLengthCm;
        var total = tubing.Value + catheterVolume;
        return new(
            total,
            [
                $"catheter volume = {perCm.Cite()} per cm × {catheterLengthCm.ToInvariant()} cm = {catheterVolume.Display()}",
                $"dead space = pump tubing {tubing.Cite()} + catheter {catheterVolume.Display()} = {total.Display()}",
            ],
            [tubing.Source, perCm.Source]);
    }
}
