using Xunit.Abstractions;
using UnitsNetVolume = UnitsNet.Volume;
using UnitsNetVolumeFlow = UnitsNet.VolumeFlow;

namespace ItbPlanner.Units.Tests;

/// <summary>Why the arithmetic stays decimal: UnitsNet's doubles count refill days a day short.</summary>
public class DoubleDayCountTests(ITestOutputHelper output)
{
    [Fact]
    public void A_day_count_in_UnitsNet_doubles_lands_a_day_early_where_decimal_does_not()
    {
        int cases = 0, early = 0;
        foreach (var concentration in new[] { 50m, 500m, 1000m, 1500m, 2000m, 3000m, 4000m })
        {
            for (var dose = 20m; dose <= 1000m; dose += 5m)
            {
                for (var volume = 1m; volume <= 40m; volume += 0.5m)
                {
                    cases++;
                    var exactDays = Math.Floor(volume * concentration / dose);
                    var rate = UnitsNetVolumeFlow.FromMillilitersPerDay((double)dose / (double)concentration);
                    var doubleDays = Math.Floor((UnitsNetVolume.FromMilliliters((double)volume) / rate).TotalDays);
                    if ((decimal)doubleDays < exactDays)
                    {
                        early++;
                    }
                }
            }
        }

        output.WriteLine($"{early} of {cases} day counts land a day early in UnitsNet doubles.");
        Assert.True(early > 0);
    }
}
