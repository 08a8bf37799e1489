using FsCheck;
using FsCheck.Fluent;
using ItbPlanner.Domain.Alerts;
using ItbPlanner.Domain.ConcentrationChanges;
using ItbPlanner.Domain.Protocols;
using ItbPlanner.Domain.Quantities;
using ItbPlanner.Testing;

namespace ItbPlanner.Domain.Tests.ConcentrationChanges;

public class ConstantFlowCalculatorTests
{
    private static readonly Protocol Protocol = TestProtocols.Default();

    /// <summary>A constant-flow pump as a clinic's protocol would declare it; its rate is site-verified input.</summary>
    internal static PumpModel Codman(decimal mlPerDay = 1) => new(
        "codman-3000-30",
        "Codman 3000 30 mL",
        PumpKind.ConstantFlow,
        TestProtocols.S(Volume.FromMilliliters(30), "pumps.codman-3000-30.capacity"),
        TestProtocols.S(Volume.FromMilliliters(3), "pumps.codman-3000-30.lowReservoirAlarm"),
        TestProtocols.S(new Percentage(10), "pumps.codman-3000-30.accuracy", verify: true),
        FixedRate: TestProtocols.S(VolumeFlow.FromMillilitersPerDay(mlPerDay), "pumps.codman-3000-30.fixedRate", verify: true));

    private static ConstantFlowPlan Plan(decimal dose, decimal? fillMl = null, PumpModel? pump = null) =>
        ConstantFlowCalculator.Plan(
            Protocol,
            new ConstantFlowRequest(pump ?? Codman(), MassFlow.FromMicrogramsPerDay(dose), fillMl is { } v ? Volume.FromMilliliters(v) : null));

    [Fact]
    public void At_1_mL_a_day_450_mcg_a_day_needs_450_mcg_per_mL_made_from_500_with_saline()
    {
        var plan = Plan(450, fillMl: 20);

        Assert.Equal(MassConcentration.FromMicrogramsPerMilliliter(450), plan.RequiredConcentration);
        Assert.Null(plan.Stocked);
        var dilution = Assert.IsType<Dilution>(plan.Dilution);
        Assert.Equal(MassConcentration.FromMicrogramsPerMilliliter(500), dilution.Stock.Concentration.Value);
        Assert.Equal(Volume.FromMilliliters(18), dilution.StockVolume);
        Assert.Equal(Volume.FromMilliliters(2), dilution.SalineVolume);
        Assert.Equal(Volume.FromMilliliters(20), dilution.FillVolume);
        Assert.Contains(plan.Alerts, a => a.Code == AlertCodes.ConcentrationNotStocked && a.Message.Contains("preservative-free normal saline", StringComparison.Ordinal));
        Assert.Contains(plan.Working, l => l.Contains("the lowest stocked strength above it", StringComparison.Ordinal));
    }

    [Fact]
    public void The_lowest_stocked_strength_above_the_target_is_diluted()
    {
        // 1500 mcg/mL: 500 and 1000 are too weak, so 20 mL is made from 15 mL of 2000 and 5 mL of saline.
        var dilution = Plan(1500, fillMl: 20).Dilution!;

        Assert.Equal(MassConcentration.FromMicrogramsPerMilliliter(2000), dilution.Stock.Concentration.Value);
        Assert.Equal(Volume.FromMilliliters(15), dilution.StockVolume);
        Assert.Equal(Volume.FromMilliliters(5), dilution.SalineVolume);
    }

    [Fact]
    public void A_stocked_strength_is_filled_undiluted()
    {
        var plan = Plan(500, pump: Codman(0.5m));

        Assert.Equal(MassConcentration.FromMicrogramsPerMilliliter(1000), plan.RequiredConcentration);
        Assert.NotNull(plan.Stocked);
        Assert.Null(plan.Dilution);
        Assert.DoesNotContain(plan.Alerts, a => a.Code == AlertCodes.ConcentrationNotStocked);
    }

    [Fact]
    public void Without_a_fill_volume_the_dilution_fills_the_pump_to_capacity()
    {
        var plan = Plan(450);

        Assert.Equal(Volume.FromMilliliters(30), plan.Dilution!.FillVolume);
        Assert.Equal(Volume.FromMilliliters(27), plan.Dilution.StockVolume);
        Assert.Contains(plan.Working, l => l.Contains("pumps.codman-3000-30.capacity", StringComparison.Ordinal));
    }

    [Fact]
    public void The_site_verified_fixed_rate_is_cited_and_flagged_until_verified()
    {
        var plan = Plan(450);

        Assert.Contains(plan.Working, l => l.Contains("pumps.codman-3000-30.fixedRate", StringComparison.Ordinal));
        Assert.Contains(plan.Alerts, a => a.Code == AlertCodes.SiteSettingUnverified && a.Message.Contains("fixedRate", StringComparison.Ordinal));
    }

    [Fact]
    public void The_current_concentration_shows_the_previous_dose_and_the_change()
    {
        var plan = ConstantFlowCalculator.Plan(
            Protocol,
            new ConstantFlowRequest(Codman(), MassFlow.FromMicrogramsPerDay(450), Current: MassConcentration.FromMicrogramsPerMilliliter(500)));

        Assert.Equal(MassFlow.FromMicrogramsPerDay(500), plan.PreviousDose);
        Assert.Contains(plan.Working, l => l.Contains("changes the dose by -10 %", StringComparison.Ordinal));
        Assert.Null(Plan(450).PreviousDose);
        InvalidInput.Named("current concentration", () => ConstantFlowCalculator.Plan(
            Protocol,
            new ConstantFlowRequest(Codman(), MassFlow.FromMicrogramsPerDay(450), Current: MassConcentration.Zero)));
    }

    [Fact]
    public void A_dose_needing_more_than_the_strongest_stock_is_refused()
    {
        var error = InvalidInput.Named("daily dose", () => Plan(2500));

        Assert.Contains("2000 mcg/mL", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Bad_inputs_are_refused_naming_the_input()
    {
        InvalidInput.Named("pump", () => Plan(450, pump: Protocol.FindPump("synchromed-ii-40")));
        InvalidInput.Named("pump", () => Plan(450, pump: Codman() with { FixedRate = null }));
        InvalidInput.Named("daily dose", () => Plan(0));
        InvalidInput.Named("fill volume", () => Plan(450, fillMl: 0));
        InvalidInput.Named("fill volume", () => Plan(450, fillMl: 31));
        InvalidInput.Named("fill volume", () => Plan(500, fillMl: 31, pump: Codman(0.5m)));
    }

    [Fact]
    public void A_dilution_holds_exactly_the_drug_the_target_needs()
    {
        var cases =
            from dose in Gen.Choose(1, 2000)
            from fill in Gen.Choose(1, 30)
            select (dose, fill);

        Check.QuickThrowOnFailure(Prop.ForAll(cases.ToArbitrary(), c =>
        {
            var plan = Plan(c.dose, c.fill);
            if (plan.Dilution is not { } d)
            {
                return plan.Stocked!.Concentration.Value == plan.RequiredConcentration;
            }

            return d.StockVolume.DrugAt(d.Stock.Concentration.Value) == d.FillVolume.DrugAt(plan.RequiredConcentration)
                && d.StockVolume + d.SalineVolume == d.FillVolume
                && d.SalineVolume > Volume.Zero
                && d.Stock.Concentration.Value > plan.RequiredConcentration;
        }));
    }
}
