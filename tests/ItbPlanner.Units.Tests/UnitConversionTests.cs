using ItbPlanner.Domain.Quantities;

namespace ItbPlanner.Units.Tests;

public class UnitConversionTests
{
    [Fact]
    public void UnitsNet_factors_equal_the_domains_exact_factors()
    {
        Assert.All(UnitCatalog.All, unit => Assert.Equal(unit.ToBase, UnitConversion.ToBase(unit)));
    }

    [Theory]
    [InlineData("0.186 mg/day", "mcg/day", "186")]
    [InlineData("186 mcg/day", "mcg/h", "7.75")]
    [InlineData("0.186 mg/day", "mcg/h", "7.75")]
    [InlineData("7.75 mcg/h", "mg/day", "0.186")]
    [InlineData("2 mg/mL", "mcg/mL", "2000")]
    [InlineData("0.372 mL/day", "mL/h", "0.0155")]
    [InlineData("7 days", "h", "168")]
    public void Converts_exactly_within_a_dimension(string quantity, string to, string expected)
    {
        var (value, unit) = QuantityText.ParseAny(quantity, Dimension.MassFlow);
        Assert.True(QuantityText.TryParseUnit(to, out var target));

        Assert.Equal(decimal.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), UnitConversion.Convert(value, unit, target));
    }

    [Fact]
    public void A_third_of_a_day_is_as_exact_as_the_domain_makes_it()
    {
        var mgPerDay = UnitCatalog.Get(Dimension.MassFlow, (int)MassFlowUnit.MilligramPerDay);
        var mcgPerHour = UnitCatalog.Get(Dimension.MassFlow, (int)MassFlowUnit.MicrogramPerHour);

        Assert.Equal(MassFlow.FromMilligramsPerDay(1).MicrogramsPerHour, UnitConversion.Convert(1m, mgPerDay, mcgPerHour));
    }

    [Fact]
    public void Converting_across_dimensions_is_refused()
    {
        Assert.True(QuantityText.TryParseUnit("mcg/day", out var dose));
        Assert.True(QuantityText.TryParseUnit("mL/day", out var rate));

        Assert.Throws<ArgumentException>(() => UnitConversion.Convert(1m, dose, rate));
    }
}
