using ItbPlanner.Domain.Quantities;

namespace ItbPlanner.Domain.Protocols;

/// <summary>A baclofen strength the pharmacy stocks, with the products that offer it and what it is for.</summary>
/// <param name="Concentration">The strength, with its source.</param>
/// <param name="Products">Products and presentations offering it, e.g. "Lioresal Intrathecal 20 mL ampule".</param>
/// <param name="UseForScreening">True for the screening strength (50 mcg/mL).</param>
/// <param name="UseForRefill">True for a pump-refill strength.</param>
public sealed record StockedStrength(Setting<MassConcentration> Concentration, IReadOnlyList<string> Products, bool UseForScreening, bool UseForRefill);
