using ItbPlanner.Domain.Quantities;

namespace ItbPlanner.Domain.Tests.Quantities;

/// <summary>Worked examples from the reference (itb-dosing.md §10), each relation read both ways.</summary>
public class QuantityRelationTests
{
    [Fact]
    public void Daily_volume_is_dose_over_concentration()
    {
        var dose = MassFlow.FromMicrogramsPerDay(400);
        Assert.Equal(VolumeFlow.FromMillilitersPerDay(0.8m), dose / MassConcentration.FromMicrogramsPerMilliliter(500));
        Assert.Equal(VolumeFlow.FromMillilitersPerDay(0.2m), dose.VolumeFlowAt(MassConcentration.FromMicrogramsPerMilliliter(2000)));
    }

    [Fact]
    public void Dose_is_rate_times_concentration_in_either_order()
    {
        var q = VolumeFlow.FromMillilitersPerDay(0.372m);
        var c = MassConcentration.FromMicrogramsPerMilliliter(500);
        Assert.Equal(MassFlow.FromMicrogramsPerDay(186), q * c);
        Assert.Equal(MassFlow.FromMicrogramsPerDay(186), c * q);
        Assert.Equal(c, MassFlow.FromMicrogramsPerDay(186) / q);
    }

    [Fact]
    public void Hourly_rates_are_the_daily_dose_over_24_hours()
    {
        Assert.Equal(12.5m, MassFlow.FromMicrogramsPerDay(300).MicrogramsPerHour);
        Assert.Equal(MassFlow.FromMicrogramsPerDay(186), MassFlow.FromMicrogramsPerHour(7.75m));
    }

    [Fact]
    public void Volume_over_rate_is_days_and_days_times_rate_is_volume()
    {
        var days = Volume.FromMilliliters(18) / VolumeFlow.FromMillilitersPerDay(0.5m);
        Assert.Equal(36m, days.Days);
        Assert.Equal(Volume.FromMilliliters(18), days * VolumeFlow.FromMillilitersPerDay(0.5m));
        Assert.Equal(VolumeFlow.FromMillilitersPerDay(0.5m), Volume.FromMilliliters(18) / days);
    }

    [Fact]
    public void Screening_volume_is_dose_over_the_screening_strength()
    {
        var strength = MassConcentration.FromMicrogramsPerMilliliter(50);
        Assert.Equal(Volume.FromMilliliters(1), Mass.FromMicrograms(50) / strength);
        Assert.Equal(Volume.FromMilliliters(1.5m), Mass.FromMicrograms(75).VolumeAt(strength));
        Assert.Equal(Mass.FromMicrograms(100), strength * Volume.FromMilliliters(2));
        Assert.Equal(strength, Mass.FromMicrograms(100) / Volume.FromMilliliters(2));
    }

    [Fact]
    public void Dose_times_time_is_drug_delivered_and_drug_over_dose_is_time()
    {
        var dose = MassFlow.FromMicrogramsPerDay(100);
        var delivered = dose * Duration.FromHours(12);
        Assert.Equal(Mass.FromMicrograms(50), delivered);
        Assert.Equal(Duration.FromDays(0.5m), delivered / dose);
        Assert.Equal(dose, delivered / Duration.FromHours(12));
    }

    [Fact]
    public void Same_dimension_ratio_is_dimensionless()
    {
        Assert.Equal(1.5m, MassFlow.FromMicrogramsPerDay(300) / MassFlow.FromMilligramsPerDay(0.2m));
    }

    [Fact]
    public void Default_is_zero_in_the_base_unit()
    {
        Assert.Equal(MassFlowUnit.MicrogramPerDay, default(MassFlow).Unit);
        Assert.Equal(MassFlow.Zero, MassFlow.FromMilligramsPerDay(0));
        Assert.Equal("0 mcg/day", default(MassFlow).ToString());
    }

    [Fact]
    public void An_undefined_unit_is_rejected()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new Volume(1, (VolumeUnit)0));
    }

    [Fact]
    public void Ordering_compares_amounts_not_numbers()
    {
        Assert.True(Mass.FromMilligrams(1) > Mass.FromMicrograms(999));
        Assert.True(MassFlow.FromMicrogramsPerHour(10) > MassFlow.FromMicrogramsPerDay(239));
    }

    [Fact]
    public void Whole_days_round_down()
    {
        Assert.Equal(102, Duration.FromDays(102.99m).WholeDaysRoundedDown);
        Assert.Equal(-1, Duration.FromDays(-0.5m).WholeDaysRoundedDown);
    }
}
