using System.Text.Json.Serialization;

namespace ItbPlanner.Domain.Log;

/// <summary>The implanted catheter as the clinic recorded it. Every part is optional: record what is known.</summary>
/// <param name="ModelId">The catheter model, a protocol catheter id such as <c>8709sc</c> or <c>prometra-ii</c>.</param>
/// <param name="ImplantedLengthCm">Implanted length after trimming, in centimetres.</param>
/// <param name="TipLevel">Vertebral level of the catheter tip, e.g. <c>T10</c>.</param>
/// <param name="Notes">Anything else (revisions, access port notes).</param>
public sealed record CatheterDetails(
    string? ModelId = null,
    [property: JsonPropertyName("implantedLengthCm")] decimal? ImplantedLengthCm = null,
    string? TipLevel = null,
    string? Notes = null);
