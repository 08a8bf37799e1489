using ItbPlanner.Domain.Protocols;
using ItbPlanner.Domain.Quantities;

namespace ItbPlanner.Testing;

/// <summary>
/// The bundled protocol's values built in code, for domain tests that must not read files. A test in
/// ItbPlanner.Protocols.Yaml.Tests checks that protocols/default.yaml loads to the same numbers.
/// </summary>
public static class TestProtocols
{
    public static Protocol Default() => new(
        Name: "Test protocol",
        Version: "test",
        Location: "test",
        Strengths:
        [
            Strength(50, screening: true, refill: false, "Lioresal Intrathecal 1 mL ampule", "Gablofen 1 mL syringe"),
            Strength(500, screening: false, refill: true, "Lioresal Intrathecal 20 mL ampule", "Gablofen 20 mL syringe/vial"),
            Strength(1000, screening: false, refill: true, "Gablofen 20 mL syringe/vial"),
            Strength(2000, screening: false, refill: true, "Lioresal Intrathecal 5 mL and 20 mL ampules", "Gablofen 20 mL syringe/vial"),
        ],
        Pumps:
        [
            SynchroMed("synchromed-ii-20", 20),
            SynchroMed("synchromed-ii-40", 40),
            Prometra("prometra-ii-20", 20),
            Prometra("prometra-ii-40", 40),
        ],
        Catheters:
        [
            new CatheterModel("prometra-ii", "Prometra II catheter", S(Volume.FromMilliliters(0.0026m), "catheters.prometra-ii.volumePerCm", verify: true), S(110m, "catheters.prometra-ii.lengthBeforeTrimCm")),
            new CatheterModel("8709sc", "Medtronic 8709SC", null, S(89m, "catheters.8709sc.lengthBeforeTrimCm")),
        ],
        Refill: new RefillRules(
            S(7, "refill.marginDays"),
            S<IReadOnlySet<DayOfWeek>>(new HashSet<DayOfWeek> { DayOfWeek.Monday, DayOfWeek.Tuesday, DayOfWeek.Wednesday, DayOfWeek.Thursday, DayOfWeek.Friday }, "refill.clinicDays"),
            S(180, "refill.stabilityLimitDays", verify: true))
        {
            WithdrawalRiskAlarmVolume = S(Volume.FromMilliliters(4), "refill.withdrawalRiskAlarmVolume"),
        },
        DoseLimits:
        [
            new DoseLimits(Population.Adult, Dose(300, "doseLimits.adult.usualMinimum"), Dose(800, "doseLimits.adult.usualMaximum"), Dose(2000, "doseLimits.adult.hardCeiling"))
            {
                OriginRanges = [new OriginUsualRange(TitrationOrigin.Cerebral, Dose(90, "doseLimits.adult.cerebral.usualMinimum"), Dose(703, "doseLimits.adult.cerebral.usualMaximum"))],
            },
            new DoseLimits(Population.Child, Dose(100, "doseLimits.child.usualMinimum"), Dose(300, "doseLimits.child.usualMaximum"), Dose(1199, "doseLimits.child.hardCeiling")),
        ],
        Screening: new ScreeningRules(
            S(MassConcentration.FromMicrogramsPerMilliliter(50), "screening.concentration"),
            [
                new ScreeningSchedule(Population.Adult, [Bolus(50, "adult", 0), Bolus(75, "adult", 1), Bolus(100, "adult", 2)]),
                new ScreeningSchedule(Population.Child, [Bolus(50, "child", 0), Bolus(75, "child", 1), Bolus(100, "child", 2)]),
            ],
            S(Mass.FromMicrograms(100), "screening.maximumBolus"),
            S(Duration.FromHours(24), "screening.minimumInterval"),
            S(Duration.FromHours(8), "screening.observation"),
            ["Modified Ashworth", "Penn spasm frequency"],
            S("A clinically significant fall in tone or spasm frequency, confirmed by the clinician.", "screening.positiveResponse", verify: true))
        {
            SmallChildStart = S(Mass.FromMicrograms(25), "screening.smallChildStart"),
        },
        StartDose: new StartDoseRules(
            S(2m, "startDose.multiplier"),
            S(Duration.FromHours(8), "startDose.longEffectThreshold"),
            S(Duration.FromHours(24), "startDose.postImplantHold")),
        Titration:
        [
            Titration(TitrationOrigin.Spinal, 10, 30, 20),
            Titration(TitrationOrigin.Cerebral, 5, 15, 10),
            Titration(TitrationOrigin.Pediatric, 5, 15, 10),
        ],
        Maintenance:
        [
            new MaintenanceRule(TitrationOrigin.Spinal, Pct(40, "maintenance.spinal.maximumIncrease", verify: true), Pct(20, "maintenance.spinal.maximumDecrease", verify: true)),
            new MaintenanceRule(TitrationOrigin.Cerebral, Pct(20, "maintenance.cerebral.maximumIncrease"), Pct(20, "maintenance.cerebral.maximumDecrease")),
            new MaintenanceRule(TitrationOrigin.Pediatric, Pct(20, "maintenance.pediatric.maximumIncrease", verify: true), Pct(20, "maintenance.pediatric.maximumDecrease", verify: true)),
        ],
        Reconciliation: new ReconciliationRules(S(Volume.FromMilliliters(2), "reconciliation.absoluteTolerance")),
        ConcentrationChange: new ConcentrationChangeRules(Pct(10, "concentrationChange.unbridgedDoseTolerance", verify: true)),
        Flex: new FlexRules(Pct(100, "flex.maximumStepJump", verify: true)))
    {
        HighDose = new HighDoseRules(Pct(20, "highDose.largeStep", verify: true)),
        Log = new LogRules(S(7, "log.checkpointMaxAgeDays", verify: true)),
        OralWean = new OralWeanRules(
            Pct(25, "oralWean.minimumStep", verify: true),
            Pct(50, "oralWean.maximumStep", verify: true),
            S(Duration.FromHours(24), "oralWean.reassessAfter"),
            S(MassFlow.FromMilligramsPerDay(80), "oralWean.oralCeiling")),
    };

    public static Setting<T> S<T>(T value, string key, bool verify = false) => new(value, new SettingSource(key, "test", verify));

    private static Setting<MassFlow> Dose(decimal mcgPerDay, string key) => S(MassFlow.FromMicrogramsPerDay(mcgPerDay), key);

    private static Setting<Percentage> Pct(decimal percent, string key, bool verify = false) => S(new Percentage(percent), key, verify);

    private static Setting<Mass> Bolus(decimal mcg, string population, int index) => S(Mass.FromMicrograms(mcg), $"screening.schedules.{population}[{index}]");

    private static StockedStrength Strength(decimal mcgPerMl, bool screening, bool refill, params string[] products) =>
        new(S(MassConcentration.FromMicrogramsPerMilliliter(mcgPerMl), $"drugs.baclofen.strengths[{mcgPerMl}]"), products, screening, refill);

    private static PumpModel SynchroMed(string id, decimal capacity) => new(
        id,
        $"Medtronic SynchroMed II {capacity} mL",
        PumpKind.Programmable,
        S(Volume.FromMilliliters(capacity), $"pumps.{id}.capacity"),
        S(Volume.FromMilliliters(2), $"pumps.{id}.lowReservoirAlarm"),
        S(new Percentage(14.5m), $"pumps.{id}.accuracy"),
        MinimumRate: S(VolumeFlow.FromMillilitersPerDay(0.048m), $"pumps.{id}.minimumRate"),
        MaxFlexSteps: S(13, $"pumps.{id}.maxFlexSteps"))
    {
        NonDeliverableVolume = S(Volume.FromMilliliters(1.4m), $"pumps.{id}.nonDeliverableVolume", verify: true),
    };

    private static PumpModel Prometra(string id, decimal capacity) => new(
        id,
        $"Flowonix Prometra II {capacity} mL",
        PumpKind.Programmable,
        S(Volume.FromMilliliters(capacity), $"pumps.{id}.capacity"),
        S(Volume.FromMilliliters(3), $"pumps.{id}.lowReservoirAlarm"),
        S(new Percentage(15m), $"pumps.{id}.accuracy", verify: true))
    {
        NonDeliverableVolume = S(Volume.Zero, $"pumps.{id}.nonDeliverableVolume", verify: true),
        MinimumConcentration = S(MassConcentration.FromMicrogramsPerMilliliter(500), $"pumps.{id}.minimumConcentration"),
        MaximumConcentration = S(MassConcentration.FromMicrogramsPerMilliliter(2000), $"pumps.{id}.maximumConcentration"),
    };

    private static TitrationRule Titration(TitrationOrigin origin, decimal min, decimal max, decimal step)
    {
        var key = "titration." + origin.ToString().ToLowerInvariant();
        return new TitrationRule(
            origin,
            Pct(min, key + ".minimumIncrease"),
            Pct(max, key + ".maximumIncrease"),
            Pct(step, key + ".defaultIncrease"),
            Pct(20, key + ".maximumDecrease"),
            S(Duration.FromHours(24), key + ".minimumInterval"),
            S(MassFlow.FromMicrogramsPerDay(0.1m), key + ".doseResolution"));
    }
}
