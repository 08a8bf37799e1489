using FsCheck;
using FsCheck.Fluent;
using ItbPlanner.Domain.Quantities;

namespace ItbPlanner.Domain.Tests.Quantities;

public class QuantityPropertyTests
{
    // Clinical magnitudes with up to four decimals: 0.0001 to 100000.
    private static readonly Arbitrary<decimal> Positive =
        Gen.Choose(1, 1_000_000_000).Select(n => n / 10_000m).ToArbitrary();

    private static readonly Arbitrary<MassFlowUnit> FlowUnits = Gen.Elements(Enum.GetValues<MassFlowUnit>()).ToArbitrary();

    [Fact]
    public void Dose_divided_by_concentration_times_concentration_is_the_dose()
    {
        Check.QuickThrowOnFailure(Prop.ForAll(Positive, Positive, (dose, concentration) =>
        {
            var d = MassFlow.FromMicrogramsPerDay(dose);
            var c = MassConcentration.FromMicrogramsPerMilliliter(concentration);
            var q = d / c;
            var back = q * c;
            return Math.Abs(back.MicrogramsPerDay - dose) <= dose * 1e-20m;
        }));
    }

    [Fact]
    public void Rate_times_concentration_divided_by_rate_is_the_concentration()
    {
        Check.QuickThrowOnFailure(Prop.ForAll(Positive, Positive, (rate, concentration) =>
        {
            var q = VolumeFlow.FromMillilitersPerDay(rate);
            var c = MassConcentration.FromMicrogramsPerMilliliter(concentration);
            var dose = q * c;
            return dose / q == c && dose / c == q;
        }));
    }

    [Fact]
    public void Volume_divided_by_rate_times_rate_is_the_volume()
    {
        Check.QuickThrowOnFailure(Prop.ForAll(Positive, Positive, (volume, rate) =>
        {
            var v = Volume.FromMilliliters(volume);
            var q = VolumeFlow.FromMillilitersPerDay(rate);
            var days = v / q;
            var back = days * q;
            return Math.Abs(back.Milliliters - volume) <= volume * 1e-20m;
        }));
    }

    [Fact]
    public void Converting_to_another_unit_and_back_keeps_the_amount()
    {
        Check.QuickThrowOnFailure(Prop.ForAll(Positive, FlowUnits, FlowUnits, (value, from, to) =>
        {
            var dose = MassFlow.From(value, from);
            return dose.ToUnit(to) == dose || Math.Abs(dose.ToUnit(to).MicrogramsPerDay - dose.MicrogramsPerDay) <= 1e-18m;
        }));
    }

    [Fact]
    public void Equal_amounts_in_different_units_have_equal_hash_codes()
    {
        Check.QuickThrowOnFailure(Prop.ForAll(Positive, value =>
        {
            var mcg = Mass.FromMicrograms(value * 1000);
            var mg = Mass.FromMilligrams(value);
            return mcg == mg && mcg.GetHashCode() == mg.GetHashCode();
        }));
    }
}
