using ItbPlanner.Domain.Internal;
using ItbPlanner.Domain.Quantities;

namespace ItbPlanner.Domain.Titration;

/// <summary>The change from one dose to another as a display percentage: 0.01 % steps, but a real change never shows as 0.</summary>
internal static class ChangePercent
{
    public static Percentage Between(decimal previous, decimal next)
    {
        var exact = (next - previous) / previous * 100m;
        var decimals = 2;
        while (exact != 0 && Math.Abs(Math.Round(exact, decimals, MidpointRounding.AwayFromZero)) == 0 && decimals < 20)
        {
            decimals++;
        }

        return new Percentage(Math.Round(exact, decimals, MidpointRounding.AwayFromZero).Normalize());
    }
}
