using ItbPlanner.Domain.Internal;

namespace ItbPlanner.Domain.Tests.Internal;

public class FractionTests
{
    [Theory]
    [InlineData("0.372", "0.372")]
    [InlineData("-12.50", "-12.5")]
    [InlineData("79228162514264337593543950335", "79228162514264337593543950335")]
    [InlineData("0.0000000000000000000000000001", "0.0000000000000000000000000001")]
    public void A_decimal_converts_in_and_out_exactly(string text, string expected)
    {
        var value = decimal.Parse(text, System.Globalization.CultureInfo.InvariantCulture);

        Assert.Equal(expected, Fraction.Of(value).ToDecimal().ToString(System.Globalization.CultureInfo.InvariantCulture));
    }

    [Fact]
    public void A_quotient_is_kept_exact_and_rounded_once_half_to_even()
    {
        var twoThirds = Fraction.Ratio(1000m, 1500m);

        Assert.Equal(27, (Fraction.Of(18m) / twoThirds).WholeDays());
        Assert.Equal(0.6666666666666666666666666667m, twoThirds.ToDecimal());
        Assert.Equal(Fraction.Of(2m), twoThirds * Fraction.Of(3m));
    }

    [Theory]
    [InlineData(7, 2, 3)]
    [InlineData(-7, 2, -4)]
    [InlineData(-6, 2, -3)]
    [InlineData(0, 5, 0)]
    public void Whole_days_round_down_also_below_zero(int numerator, int denominator, int expected)
    {
        Assert.Equal(expected, (Fraction.Of(numerator) / Fraction.Of(denominator)).WholeDays());
    }
}
