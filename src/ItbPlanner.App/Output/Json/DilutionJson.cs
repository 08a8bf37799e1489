namespace ItbPlanner.App.Output.Json;

/// <summary>A dilution in JSON: the stocked strength used and the volumes of stock and preservative-free saline.</summary>
internal sealed record DilutionJson(decimal StockMcgPerMl, decimal FillVolumeMl, decimal StockVolumeMl, decimal SalineVolumeMl);
