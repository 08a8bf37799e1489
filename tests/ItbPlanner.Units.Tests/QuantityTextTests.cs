using ItbPlanner.Domain.Quantities;

namespace ItbPlanner.Units.Tests;

public class QuantityTextTests
{
    [Theory]
    [InlineData("186mcg/day", 186)]
    [InlineData("186 mcg/day", 186)]
    [InlineData("0.186 mg/day", 186)]
    [InlineData("0.186mg/day", 186)]
    [InlineData("186 µg/day", 186)]
    [InlineData("186 μg/day", 186)]
    [InlineData("186ug/day", 186)]
    [InlineData("186 mcg/d", 186)]
    [InlineData("186 µg/d", 186)]
    [InlineData("186 mcg/24h", 186)]
    [InlineData("7.75 mcg/h", 186)]
    [InlineData("7.75mcg/hr", 186)]
    [InlineData("  186 MCG/DAY  ", 186)]
    [InlineData("186 MCG / DAY", 186)]
    public void Every_daily_dose_spelling_reads_as_the_same_dose(string text, decimal mcgPerDay)
    {
        Assert.Equal(MassFlow.FromMicrogramsPerDay(mcgPerDay), QuantityText.Parse<MassFlow>(text));
    }

    [Theory]
    [InlineData("500 µg/mL", 500)]
    [InlineData("500ug/mL", 500)]
    [InlineData("500 mcg/ml", 500)]
    [InlineData("500 MCG/ML", 500)]
    [InlineData("500 μg/ml", 500)]
    [InlineData("0.5 mg/mL", 500)]
    [InlineData("2mg/mL", 2000)]
    public void Every_concentration_spelling_reads_as_the_same_concentration(string text, decimal mcgPerMl)
    {
        Assert.Equal(MassConcentration.FromMicrogramsPerMilliliter(mcgPerMl), QuantityText.Parse<MassConcentration>(text));
    }

    [Theory]
    [InlineData("40 mL", 40)]
    [InlineData("40ml", 40)]
    [InlineData("40 ML", 40)]
    [InlineData("0.25 mL", 0.25)]
    public void Volumes_read_in_millilitres(string text, decimal ml)
    {
        Assert.Equal(Volume.FromMilliliters(ml), QuantityText.Parse<Volume>(text));
    }

    [Theory]
    [InlineData("0.372 mL/day", 0.372)]
    [InlineData("0.372ml/d", 0.372)]
    [InlineData("0.372 mL/24h", 0.372)]
    [InlineData("0.0155 mL/h", 0.372)]
    [InlineData("0.0155 ml/hr", 0.372)]
    public void Volume_rates_read_per_day_or_per_hour(string text, decimal mlPerDay)
    {
        Assert.Equal(VolumeFlow.FromMillilitersPerDay(mlPerDay), QuantityText.Parse<VolumeFlow>(text));
    }

    [Theory]
    [InlineData("50mcg", 50)]
    [InlineData("50 µg", 50)]
    [InlineData("0.05 mg", 50)]
    public void Masses_read_in_micrograms_or_milligrams(string text, decimal mcg)
    {
        Assert.Equal(Mass.FromMicrograms(mcg), QuantityText.Parse<Mass>(text));
    }

    [Theory]
    [InlineData("24h", 24)]
    [InlineData("24 hours", 24)]
    [InlineData("7 days", 168)]
    [InlineData("1 d", 24)]
    public void Durations_read_in_days_or_hours(string text, decimal hours)
    {
        Assert.Equal(Duration.FromHours(hours), QuantityText.Parse<Duration>(text));
    }

    [Theory]
    [InlineData("186")]
    [InlineData("186 ")]
    [InlineData("0.372")]
    public void A_number_without_a_unit_is_rejected(string text)
    {
        var ex = Assert.Throws<QuantityFormatException>(() => QuantityText.Parse<MassFlow>(text));
        Assert.Contains("no unit", ex.Message, StringComparison.Ordinal);
        Assert.Contains("mcg/day", ex.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("NaN mcg/day")]
    [InlineData("Infinity mcg/day")]
    [InlineData("1e3 mcg/day")]
    [InlineData("mcg/day")]
    [InlineData("")]
    [InlineData("1,5 mcg/day")]
    [InlineData("186 furlongs/day")]
    [InlineData("186 mg/h")]
    public void Text_that_is_not_a_number_and_a_known_unit_is_rejected(string text)
    {
        Assert.Throws<QuantityFormatException>(() => QuantityText.Parse<MassFlow>(text));
    }

    [Theory]
    [InlineData("186 mg/h")]
    [InlineData("186 µg/s")]
    [InlineData("186 g/d")]
    [InlineData("0.05 kg")]
    [InlineData("1 L")]
    [InlineData("2 min")]
    public void Units_UnitsNet_knows_but_ItbPlanner_does_not_are_unknown(string text)
    {
        var ex = Assert.Throws<QuantityFormatException>(() => QuantityText.ParseAny(text, Dimension.MassFlow));
        Assert.Contains("unknown unit", ex.Message, StringComparison.Ordinal);
        Assert.Contains("mcg/day", ex.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("500 mcg/mL", Dimension.MassConcentration)]
    [InlineData("40 mL", Dimension.Volume)]
    [InlineData("50 mcg", Dimension.Mass)]
    [InlineData("0.372 mL/day", Dimension.VolumeFlow)]
    public void A_quantity_of_another_dimension_is_rejected_naming_both(string text, Dimension actual)
    {
        var ex = Assert.Throws<QuantityFormatException>(() => QuantityText.Parse<MassFlow>(text));
        Assert.Equal(actual, ex.Actual);
        Assert.Equal(Dimension.MassFlow, ex.Expected);
        Assert.Contains(UnitCatalog.Describe(actual), ex.Message, StringComparison.Ordinal);
        Assert.Contains(UnitCatalog.Describe(Dimension.MassFlow), ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void TryParse_answers_false_instead_of_throwing()
    {
        Assert.True(QuantityText.TryParse<MassFlow>("186 mcg/d", out var dose));
        Assert.Equal(MassFlow.FromMicrogramsPerDay(186), dose);
        Assert.False(QuantityText.TryParse<MassFlow>("186", out _));
        Assert.False(QuantityText.TryParse<MassFlow>(null, out _));
    }

    [Fact]
    public void Formatting_prints_canonical_units_and_never_micro_signs()
    {
        Assert.Equal("500 mcg/mL", QuantityText.Parse<MassConcentration>("500 µg/mL").ToString());
        Assert.Equal("50 mcg", QuantityText.Parse<Mass>("50 μg").ToString());
        Assert.Equal("0.5 mL", QuantityText.Parse<Volume>("0.500 ml").ToString());
        Assert.Equal("7.75 mcg/h", QuantityText.Parse<MassFlow>("7.75 ug/hr").ToString());
        Assert.Equal("186 mcg/day", QuantityText.Parse<MassFlow>("186 mcg/24h").ToString());
        Assert.Equal("0.372 mL/day", QuantityText.Parse<VolumeFlow>("0.372 ml/d").ToString());
    }

    [Fact]
    public void Every_declared_spelling_parses_to_its_unit()
    {
        foreach (var unit in InputUnits.All)
        {
            foreach (var spelling in unit.Spellings.Append(unit.Unit.Symbol))
            {
                var (_, found) = QuantityText.ParseAny("1 " + spelling, unit.Unit.Dimension);
                Assert.Equal(unit.Unit, found);
                if (spelling.All(char.IsAscii))
                {
                    Assert.True(QuantityText.TryParseUnit(spelling.ToUpperInvariant(), out var upper), spelling);
                    Assert.Equal(unit.Unit, upper);
                }
            }
        }
    }

    [Fact]
    public void Every_unit_of_the_catalog_can_be_typed_and_only_those()
    {
        Assert.Equal(UnitCatalog.All, InputUnits.All.Select(u => u.Unit));
    }

    [Fact]
    public void UnitsNet_searches_every_unit_enum_the_table_uses()
    {
        Assert.Equal(InputUnits.All.Select(u => u.UnitsNetUnit.GetType()).Distinct(), InputUnits.UnitsNetTypes);
    }

    [Fact]
    public void No_spelling_names_two_units()
    {
        var spellings = InputUnits.All
            .SelectMany(u => u.Spellings.Select(s => (Key: s.Replace('μ', 'µ').ToUpperInvariant(), u.Unit)))
            .Distinct()
            .GroupBy(p => p.Key)
            .Where(g => g.Count() > 1)
            .Select(g => g.Key);

        Assert.Empty(spellings);
    }
}
