using ItbPlanner.Domain.Protocols;
using ItbPlanner.Domain.Quantities;

namespace ItbPlanner.Domain.ConcentrationChanges;

/// <summary>How to make a non-stocked concentration from a stocked strength and preservative-free normal saline.</summary>
/// <param name="Target">The concentration to make.</param>
/// <param name="Stock">The stocked strength diluted: the lowest stocked refill strength above the target.</param>
/// <param name="FillVolume">The total volume made.</param>
/// <param name="StockVolume">Volume of stock: target × fill volume ÷ stock.</param>
/// <param name="SalineVolume">Volume of preservative-free normal saline: fill volume − stock volume.</param>
public sealed record Dilution(MassConcentration Target, StockedStrength Stock, Volume FillVolume, Volume StockVolume, Volume SalineVolume);
