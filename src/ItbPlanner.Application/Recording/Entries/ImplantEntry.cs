using ItbPlanner.Domain.Log;
using ItbPlanner.Domain.Log.Payloads;
using ItbPlanner.Domain.Quantities;

namespace ItbPlanner.Application.Recording.Entries;

/// <summary>An implant: the pump, its first fill, the concentration and the starting dose; the patient's pump and catheter are updated with it.</summary>
/// <param name="PumpId">The pump model's protocol id.</param>
/// <param name="FillVolume">The first fill.</param>
/// <param name="Concentration">The concentration filled.</param>
/// <param name="Dose">The starting daily dose.</param>
public sealed record ImplantEntry(string PumpId, Volume FillVolume, MassConcentration Concentration, MassFlow Dose) : EntryDetails
{
    /// <inheritdoc/>
    public override EventKind Kind => EventKind.Implant;

    /// <summary>The programmed volume rate (default: dose ÷ concentration).</summary>
    public VolumeFlow? Rate { get; init; }

    /// <summary>The delivery mode (default: simple continuous).</summary>
    public DeliveryMode? Mode { get; init; }

    /// <summary>The pump's serial number.</summary>
    public string? Serial { get; init; }

    /// <summary>The first fill is a compounded product (a strength not stocked).</summary>
    public bool Compounded { get; init; }

    /// <summary>The catheter model's protocol id, when recorded.</summary>
    public string? CatheterId { get; init; }

    /// <summary>The implanted catheter length in cm.</summary>
    public decimal? CatheterLengthCm { get; init; }

    /// <summary>The vertebral level of the catheter tip.</summary>
    public string? CatheterTip { get; init; }

    /// <summary>The low-reservoir alarm date from the programmer (default, with the refill-by date: computed from the fill, dose and pump).</summary>
    public DateOnly? AlarmDate { get; init; }

    /// <summary>The date the first refill must happen by (from the programmer).</summary>
    public DateOnly? RefillByDate { get; init; }
}
