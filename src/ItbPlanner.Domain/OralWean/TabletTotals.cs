using ItbPlanner.Domain.Errors;
using ItbPlanner.Domain.Quantities;

namespace ItbPlanner.Domain.OralWean;

/// <summary>
/// The daily totals whole tablets of the given strengths make, up to a ceiling, each with its fewest tablets: exact,
/// counted in the strengths' greatest common unit (down to 0.001 mg). Immutable once built.
/// </summary>
internal sealed class TabletTotals
{
    private readonly IReadOnlyList<Mass> strengths;
    private readonly long[] units;
    private readonly decimal unitMg;
    private readonly int[] fewest;
    private readonly int[] last;

    private TabletTotals(IReadOnlyList<Mass> strengths, long[] units, decimal unitMg, int size)
    {
        this.strengths = strengths;
        this.units = units;
        this.unitMg = unitMg;
        fewest = new int[size + 1];
        last = new int[size + 1];
        Array.Fill(fewest, int.MaxValue);
        Array.Fill(last, -1);
        fewest[0] = 0;
        for (var n = 1; n <= size; n++)
        {
            for (var i = 0; i < units.Length; i++)
            {
                if (units[i] <= n && fewest[n - units[i]] != int.MaxValue && fewest[n - units[i]] + 1 < fewest[n])
                {
                    fewest[n] = fewest[n - units[i]] + 1;
                    last[n] = i;
                }
            }
        }
    }

    /// <summary>The totals up to <paramref name="ceilingMg"/> that <paramref name="strengths"/> (positive, largest first) make.</summary>
    /// <exception cref="InvalidInputException">A strength finer than 0.001 mg, or too many totals to search.</exception>
    public static TabletTotals For(IReadOnlyList<Mass> strengths, decimal ceilingMg, int maximumTotals)
    {
        var milligrams = strengths.Select(s => s.As(MassUnit.Milligram)).ToArray();
        var scale = 1m;
        while (milligrams.Any(m => m * scale != Math.Floor(m * scale)))
        {
            scale *= 10m;
            if (scale > 1000m)
            {
                throw new InvalidInputException("tablet", $"Tablet strengths are counted to 0.001 mg; got {string.Join(", ", strengths)}.");
            }
        }

        var scaled = milligrams.Select(m => (long)(m * scale)).ToArray();
        var common = scaled.Aggregate(Gcd);
        var size = Math.Floor(ceilingMg * scale / common);
        if (size > maximumTotals)
        {
            throw new InvalidInputException("tablet", $"Tablets of {string.Join(", ", strengths)} make too many totals up to {ceilingMg} mg/day to search: give larger strengths.");
        }

        return new TabletTotals(strengths, [.. scaled.Select(u => u / common)], common / scale, (int)size);
    }

    /// <summary>The smallest total at or above <paramref name="milligrams"/> (mg/day), or null when none up to the ceiling.</summary>
    public decimal? AtOrAbove(decimal milligrams)
    {
        for (var n = (int)Math.Max(0m, Math.Ceiling(milligrams / unitMg)); n < fewest.Length; n++)
        {
            if (fewest[n] != int.MaxValue)
            {
                return n * unitMg;
            }
        }

        return null;
    }

    /// <summary>The fewest tablets that make <paramref name="milligrams"/>, largest strength first; empty for zero.</summary>
    public IReadOnlyList<TabletCount> Make(decimal milligrams)
    {
        var counts = new int[units.Length];
        for (var n = (int)(milligrams / unitMg); n > 0; n -= (int)units[last[n]])
        {
            counts[last[n]]++;
        }

        return [.. counts.Select((c, i) => (c, i)).Where(p => p.c > 0).Select(p => new TabletCount(strengths[p.i], p.c))];
    }

    private static long Gcd(long a, long b) => b == 0 ? a : Gcd(b, a % b);
}
