using FsCheck;
using FsCheck.Fluent;
using ItbPlanner.Domain.Alerts;
using ItbPlanner.Domain.ConcentrationChanges;
using ItbPlanner.Domain.Errors;
using ItbPlanner.Domain.Protocols;
using ItbPlanner.Domain.Quantities;
using ItbPlanner.Testing;

namespace ItbPlanner.Domain.Tests.ConcentrationChanges;

public class ConcentrationChangeCalculatorTests
{
    private static readonly Protocol Protocol = TestProtocols.Default();

    private static MassConcentration C(decimal mcgPerMl) => MassConcentration.FromMicrogramsPerMilliliter(mcgPerMl);

    private static ConcentrationChangePlan Plan(decimal dose, decimal from, decimal to, decimal deadSpaceMl = 0.25m, PumpModel? pump = null, bool compounded = false) =>
        ConcentrationChangeCalculator.Plan(
            Protocol,
            new ConcentrationChangeRequest(MassFlow.FromMicrogramsPerDay(dose), C(from), C(to), DeadSpace.Given(Volume.FromMilliliters(deadSpaceMl)), pump, compounded));

    [Fact]
    public void Rising_from_500_to_2000_at_400_mcg_a_day_leaves_a_quarter_dose_for_30_hours_unless_bridged_for_7_5_hours()
    {
        var plan = Plan(400, 500, 2000);

        Assert.Equal(VolumeFlow.FromMillilitersPerDay(0.8m), plan.OldRate);
        Assert.Equal(VolumeFlow.FromMillilitersPerDay(0.2m), plan.NewRate);
        Assert.Equal(Volume.FromMilliliters(0.25m), plan.DeadSpace);
        Assert.Equal(MassFlow.FromMicrogramsPerDay(100), plan.UnbridgedDose);
        Assert.Equal(30m, plan.UnbridgedDuration.Hours);
        Assert.Equal(new Percentage(75), plan.UnbridgedDeviation);
        Assert.Equal(Volume.FromMilliliters(0.25m), plan.BridgeVolume);
        Assert.Equal(plan.OldRate, plan.BridgeRate);
        Assert.Equal(7.5m, plan.BridgeDuration.Hours);
        var alert = Assert.Single(plan.Alerts, a => a.Code == AlertCodes.BridgeBolusRequired);
        Assert.Equal(AlertSeverity.Critical, alert.Severity);
        Assert.Contains("underdose", alert.Message, StringComparison.Ordinal);
        Assert.Contains(plan.Working, l => l.Contains("0.2 mL/day × 500 mcg/mL = 100 mcg/day", StringComparison.Ordinal));
        Assert.Contains(plan.Working, l => l.Contains("concentrationChange.unbridgedDoseTolerance", StringComparison.Ordinal));
    }

    [Fact]
    public void Falling_from_2000_to_500_at_400_mcg_a_day_gives_four_times_the_dose_for_7_5_hours_unless_bridged_for_30_hours()
    {
        var plan = Plan(400, 2000, 500);

        Assert.Equal(VolumeFlow.FromMillilitersPerDay(0.2m), plan.OldRate);
        Assert.Equal(VolumeFlow.FromMillilitersPerDay(0.8m), plan.NewRate);
        Assert.Equal(MassFlow.FromMicrogramsPerDay(1600), plan.UnbridgedDose);
        Assert.Equal(7.5m, plan.UnbridgedDuration.Hours);
        Assert.Equal(30m, plan.BridgeDuration.Hours);
        var alert = Assert.Single(plan.Alerts, a => a.Code == AlertCodes.BridgeBolusRequired);
        Assert.Equal(AlertSeverity.Critical, alert.Severity);
        Assert.Contains("overdose", alert.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_unbridged_dose_within_the_tolerance_still_requires_a_bridge_as_a_warning()
    {
        // 1100 → 1000 mcg/mL: the old drug at the new rate gives 110 % of the dose, exactly the 10 % tolerance.
        var plan = Plan(400, 1100, 1000);

        Assert.Equal(new Percentage(10), plan.UnbridgedDeviation);
        Assert.Equal(AlertSeverity.Warning, Assert.Single(plan.Alerts, a => a.Code == AlertCodes.BridgeBolusRequired).Severity);
    }

    [Fact]
    public void A_new_concentration_that_is_not_stocked_is_a_warning_when_compounded_and_else_refused()
    {
        // Issue 9, item 9: an unstocked new strength is refused unless documented as compounded.
        Assert.Contains(Plan(400, 500, 1500, compounded: true).Alerts, a => a.Code == AlertCodes.ConcentrationNotStocked && a.Severity == AlertSeverity.Warning);
        Assert.Equal(AlertCodes.ConcentrationNotStocked, Assert.Throws<ProtocolLimitException>(() => Plan(400, 500, 1500)).Code);
        Assert.DoesNotContain(Plan(400, 500, 1000).Alerts, a => a.Code == AlertCodes.ConcentrationNotStocked);
    }

    [Fact]
    public void A_given_dead_space_is_cited_as_site_verified_user_input()
    {
        var plan = Plan(400, 500, 2000);

        Assert.Contains(plan.Working, l => l.Contains("dead space = 0.25 mL (given: site-verified input", StringComparison.Ordinal));
    }

    private static Protocol WithTubing(Setting<Volume> tubing)
    {
        var pump = Protocol.FindPump("prometra-ii-20")! with { TubingDeadSpace = tubing };
        return Protocol with { Pumps = [pump] };
    }

    [Fact]
    public void Dead_space_from_pump_tubing_and_catheter_length_cites_the_site_verified_settings()
    {
        var protocol = WithTubing(TestProtocols.S(Volume.FromMilliliters(0.2m), "pumps.prometra-ii-20.tubingDeadSpace", verify: true));

        var deadSpace = DeadSpace.FromDevices(protocol.Pumps[0], protocol.FindCatheter("prometra-ii")!, 50);
        var plan = ConcentrationChangeCalculator.Plan(protocol, new ConcentrationChangeRequest(MassFlow.FromMicrogramsPerDay(400), C(500), C(2000), deadSpace));

        Assert.Equal(Volume.FromMilliliters(0.33m), deadSpace.Volume); // 0.2 mL + 0.0026 mL/cm × 50 cm
        Assert.Contains(plan.Working, l => l.Contains("pumps.prometra-ii-20.tubingDeadSpace", StringComparison.Ordinal) && l.Contains("site-verified setting", StringComparison.Ordinal));
        Assert.Contains(plan.Working, l => l.Contains("catheters.prometra-ii.volumePerCm", StringComparison.Ordinal));
        var unverified = Assert.Single(plan.Alerts, a => a.Code == AlertCodes.SiteSettingUnverified && a.Message.Contains("tubingDeadSpace", StringComparison.Ordinal));
        Assert.Equal(AlertSeverity.Info, unverified.Severity);
    }

    [Fact]
    public void A_dead_space_verified_on_site_is_cited_with_who_and_when()
    {
        var tubing = new Setting<Volume>(
            Volume.FromMilliliters(0.2m),
            new SettingSource("pumps.prometra-ii-20.tubingDeadSpace", "implant manual", Verify: true, VerifiedBy: "J. Smith", VerifiedOn: new DateOnly(2025, 3, 1)));
        var protocol = WithTubing(tubing);

        var deadSpace = DeadSpace.FromDevices(protocol.Pumps[0], protocol.FindCatheter("prometra-ii")!, 50);

        Assert.Contains(deadSpace.Working, l => l.Contains("site-verified by J. Smith on 2025-03-01", StringComparison.Ordinal));
    }

    [Fact]
    public void Missing_dead_space_figures_ask_for_dead_space_on_the_command_line()
    {
        var withTubing = WithTubing(TestProtocols.S(Volume.FromMilliliters(0.2m), "pumps.prometra-ii-20.tubingDeadSpace", verify: true));

        var noTubing = InvalidInput.Named("dead space", () => DeadSpace.FromDevices(Protocol.FindPump("synchromed-ii-40")!, Protocol.FindCatheter("prometra-ii")!, 50));
        var noCatheterVolume = InvalidInput.Named("dead space", () => DeadSpace.FromDevices(withTubing.Pumps[0], Protocol.FindCatheter("8709sc")!, 50));

        Assert.Contains("give the site-verified dead space", noTubing.Message, StringComparison.Ordinal);
        Assert.Contains("give the site-verified dead space", noCatheterVolume.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_catheter_length_must_be_positive_and_no_longer_than_the_untrimmed_catheter()
    {
        var pump = Protocol.FindPump("prometra-ii-20")!;
        var catheter = Protocol.FindCatheter("prometra-ii")!;

        InvalidInput.Named("catheter length", () => DeadSpace.FromDevices(pump, catheter, 0));
        InvalidInput.Named("catheter length", () => DeadSpace.FromDevices(pump, catheter, 111));
    }

    [Fact]
    public void Bad_inputs_are_refused_naming_the_input()
    {
        InvalidInput.Named("daily dose", () => Plan(0, 500, 2000));
        InvalidInput.Named("current concentration", () => Plan(400, 0, 2000));
        InvalidInput.Named("new concentration", () => Plan(400, 500, -1));
        InvalidInput.Named("new concentration", () => Plan(400, 500, 500));
        InvalidInput.Named("dead space", () => Plan(400, 500, 2000, deadSpaceMl: 0));
    }

    [Fact]
    public void A_constant_flow_pump_is_refused_because_its_rate_cannot_change()
    {
        var error = InvalidInput.Named("pump", () => Plan(400, 500, 2000, pump: ConstantFlowCalculatorTests.Codman()));

        Assert.Contains("constant-flow", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_new_rate_below_the_pump_minimum_is_blocked_and_still_reports_the_bridge()
    {
        // 50 mcg/day at 2000 mcg/mL = 0.025 mL/day, below the SynchroMed II minimum of 0.048 mL/day.
        var error = Assert.Throws<ProtocolLimitException>(() => Plan(50, 500, 2000, pump: Protocol.FindPump("synchromed-ii-40")));

        Assert.Equal(AlertCodes.RateBelowPumpMinimum, error.Code);
        Assert.Contains(error.Alerts, a => a.Code == AlertCodes.BridgeBolusRequired);
    }

    [Fact]
    public void A_bridge_always_delivers_the_intended_dose_rate()
    {
        var refillStrengths = Protocol.Strengths.Where(s => s.UseForRefill).Select(s => s.Concentration.Value.MicrogramsPerMilliliter).ToArray();
        var changes =
            from tenths in Gen.Choose(240, 20000)
            from oldStrength in Gen.Elements(refillStrengths)
            from newStrength in Gen.Elements(refillStrengths)
            from deadSpaceThousandths in Gen.Choose(10, 1500)
            where oldStrength != newStrength
            select (Dose: tenths / 10m, From: oldStrength, To: newStrength, DeadSpace: deadSpaceThousandths / 1000m);

        Check.QuickThrowOnFailure(Prop.ForAll(changes.ToArbitrary(), c =>
        {
            var plan = Plan(c.Dose, c.From, c.To, c.DeadSpace);
            var delivered = plan.BridgeVolume.DrugAt(plan.From).SpreadOver(plan.BridgeDuration);
            var relativeError = Math.Abs(delivered.RatioTo(plan.Dose) - 1m);
            return plan.BridgeDose == plan.Dose
                && plan.BridgeRate.DoseAt(plan.From) == plan.Dose
                && plan.BridgeVolume == plan.DeadSpace
                && relativeError < 0.000000000000000001m
                && plan.UnbridgedDose.RatioTo(plan.Dose) == plan.From.RatioTo(plan.To)
                && plan.Alerts.Any(a => a.Code == AlertCodes.BridgeBolusRequired);
        }));
    }
}
