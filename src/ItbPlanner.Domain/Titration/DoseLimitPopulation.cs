using ItbPlanner.Domain.Protocols;

namespace ItbPlanner.Domain.Titration;

/// <summary>Whose dose limits apply when none is given: children for a pediatric origin, adults otherwise.</summary>
internal static class DoseLimitPopulation
{
    public static Population For(TitrationOrigin origin, Population? given) =>
        given ?? (origin == TitrationOrigin.Pediatric ? Population.Child : Population.Adult);

    public static string Describe(TitrationOrigin origin, Population? given, Population used) =>
        given is null
            ? $"Dose limits for {used.ToString().ToLowerInvariant()} (from origin {origin.ToString().ToLowerInvariant()}; give a population to choose)."
            : $"Dose limits for {used.ToString().ToLowerInvariant()} (as given).";
}
