using ItbPlanner.Domain.Quantities;

namespace ItbPlanner.Domain.Protocols;

/// <summary>An intrathecal catheter model: its volume per centimetre of implanted length (site-verified) and untrimmed length.</summary>
/// <param name="Id">Stable identifier used on the command line, e.g. <c>prometra-ii</c>.</param>
/// <param name="Name">What clinicians call it.</param>
/// <param name="VolumePerCm">The volume one centimetre of catheter holds, when known.</param>
/// <param name="LengthBeforeTrimCm">Length before trimming, in cm, when known.</param>
public sealed record CatheterModel(string Id, string Name, Setting<Volume>? VolumePerCm, Setting<decimal>? LengthBeforeTrimCm)
{
    /// <summary>Where the catheter was declared.</summary>
    public string? Location { get; init; }
}
