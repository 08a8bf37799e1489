using ItbPlanner.Domain.Quantities;

namespace ItbPlanner.Domain.Titration;

/// <summary>
/// The change from one dose to another as a percentage, exact (decimal division): results and JSON keep it unrounded
/// (JSON to six decimals); text for people rounds it with <see cref="QuantityDisplay.DisplayChange(Percentage)"/>.
/// </summary>
internal static class ChangePercent
{
    public static Percentage Between(decimal previous, decimal next) => new((next - previous) / previous * 100m);
}
