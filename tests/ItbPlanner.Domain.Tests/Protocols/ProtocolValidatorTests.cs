using FsCheck;
using FsCheck.Fluent;
using ItbPlanner.Domain.Protocols;
using ItbPlanner.Domain.Quantities;
using static ItbPlanner.Testing.TestProtocols;

namespace ItbPlanner.Domain.Tests.Protocols;

public class ProtocolValidatorTests
{
    private static readonly Protocol Valid = Default();

    [Fact]
    public void The_test_protocol_is_valid()
    {
        Assert.Empty(ProtocolValidator.Validate(Valid));
        Assert.Same(Valid, ProtocolValidator.EnsureValid(Valid));
    }

    [Fact]
    public void An_invalid_protocol_throws_with_every_error()
    {
        var protocol = WithPump("synchromed-ii-40", p => p with { LowReservoirAlarm = S(Volume.FromMilliliters(45), "pumps.synchromed-ii-40.lowReservoirAlarm") }) with
        {
            Refill = Valid.Refill with { StabilityLimitDays = S(0, "refill.stabilityLimitDays") },
        };

        var e = Assert.Throws<InvalidProtocolException>(() => ProtocolValidator.EnsureValid(protocol));

        Assert.Equal(2, e.Errors.Count);
        Assert.StartsWith("pumps.synchromed-ii-40.lowReservoirAlarm: pump synchromed-ii-40: the low-reservoir alarm volume (45 mL) must be below its capacity (40 mL)", e.Message, StringComparison.Ordinal);
        Assert.EndsWith("(and 1 more; run `itb protocol validate` to list them)", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_error_on_a_value_built_in_code_is_located_by_its_key()
    {
        var protocol = WithPump("prometra-ii-20", p => p with { Capacity = S(Volume.FromMilliliters(-1), "pumps.prometra-ii-20.capacity") });

        var error = ProtocolValidator.Validate(protocol)[0];

        Assert.Equal("pumps.prometra-ii-20.capacity", error.Location);
        Assert.Equal("pumps.prometra-ii-20.capacity must be greater than zero; got -1 mL.", error.Message);
    }

    [Fact]
    public void An_error_on_a_value_read_from_a_file_is_located_at_its_line()
    {
        var source = new SettingSource("pumps.prometra-ii-20.accuracy", "test", Location: "my.yaml:12");
        var protocol = WithPump("prometra-ii-20", p => p with { Accuracy = new Setting<Percentage>(new Percentage(115), source) });

        var error = Single(protocol);

        Assert.Equal("my.yaml:12", error.Location);
        Assert.StartsWith("pumps.prometra-ii-20.accuracy must lie between 0 % and 50 %; got 115 % (", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Low_reservoir_alarm_must_lie_strictly_between_zero_and_capacity()
    {
        var volumes = Gen.Choose(-1000, 5000).Select(n => n / 100m);
        Check.QuickThrowOnFailure(Prop.ForAll(volumes.ToArbitrary(), alarm =>
        {
            var protocol = WithPump("synchromed-ii-20", p => p with { LowReservoirAlarm = S(Volume.FromMilliliters(alarm), "pumps.synchromed-ii-20.lowReservoirAlarm") });
            var valid = ProtocolValidator.Validate(protocol).Count == 0;
            return valid == (alarm > 1.4m && alarm < 20m); // above the 1.4 mL the pump cannot deliver, below capacity
        }));
    }

    [Fact]
    public void Every_population_needs_dose_limits()
    {
        var protocol = Valid with { DoseLimits = [Valid.LimitsFor(Population.Adult)] };

        var error = Single(protocol);

        Assert.Equal(Valid.Location, error.Location);
        Assert.Equal("doseLimits has no entry for 'child': every population needs one.", error.Message);
    }

    [Fact]
    public void A_population_with_two_dose_limits_is_ambiguous()
    {
        var protocol = Valid with { DoseLimits = [.. Valid.DoseLimits, Valid.LimitsFor(Population.Child)] };

        Assert.Equal("doseLimits has more than one entry for 'child'.", Single(protocol).Message);
    }

    [Fact]
    public void Usual_range_must_lie_below_the_hard_ceiling()
    {
        var adult = Valid.LimitsFor(Population.Adult);
        var protocol = Valid with
        {
            DoseLimits = [adult with { UsualMinimum = S(MassFlow.FromMicrogramsPerDay(900), "doseLimits.adult.usualMinimum") }, Valid.LimitsFor(Population.Child)],
        };

        Assert.Equal("doseLimits.adult.usualMinimum (900 mcg/day) must not exceed doseLimits.adult.usualMaximum (800 mcg/day).", Single(protocol).Message);
    }

    [Fact]
    public void Every_origin_needs_titration_and_maintenance_rules()
    {
        var protocol = Valid with
        {
            Titration = [.. Valid.Titration.Where(t => t.Origin != TitrationOrigin.Pediatric)],
            Maintenance = [.. Valid.Maintenance.Where(t => t.Origin != TitrationOrigin.Cerebral)],
        };

        var messages = ProtocolValidator.Validate(protocol).Select(e => e.Message).ToList();

        Assert.Equal(["titration has no entry for 'pediatric': every origin needs one.", "maintenance has no entry for 'cerebral': every origin needs one."], messages);
    }

    [Fact]
    public void Titration_steps_must_be_ordered_minimum_default_maximum()
    {
        var spinal = Valid.TitrationFor(TitrationOrigin.Spinal);
        var protocol = WithTitration(spinal with { MinimumIncrease = S(new Percentage(25), "titration.spinal.minimumIncrease") });

        Assert.Equal("titration.spinal.minimumIncrease (25 %) must not exceed titration.spinal.defaultIncrease (20 %).", Single(protocol).Message);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(100)]
    [InlineData(-5)]
    public void A_maximum_decrease_must_lie_strictly_between_0_and_100_percent(decimal percent)
    {
        var spinal = Valid.TitrationFor(TitrationOrigin.Spinal);
        var protocol = WithTitration(spinal with { MaximumDecrease = S(new Percentage(percent), "titration.spinal.maximumDecrease") });

        Assert.StartsWith("titration.spinal.maximumDecrease must be above 0 % and below 100 %", Single(protocol).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Titration_interval_and_dose_resolution_must_be_positive()
    {
        var cerebral = Valid.TitrationFor(TitrationOrigin.Cerebral);
        var protocol = WithTitration(cerebral with
        {
            MinimumInterval = S(Duration.Zero, "titration.cerebral.minimumInterval"),
            DoseResolution = S(MassFlow.FromMicrogramsPerDay(0), "titration.cerebral.doseResolution"),
        });

        var locations = ProtocolValidator.Validate(protocol).Select(e => e.Location);

        Assert.Equal(["titration.cerebral.minimumInterval", "titration.cerebral.doseResolution"], locations);
    }

    [Fact]
    public void Margin_days_may_be_zero_but_not_negative()
    {
        var zero = Valid with { Refill = Valid.Refill with { MarginDays = S(0, "refill.marginDays") } };
        var negative = Valid with { Refill = Valid.Refill with { MarginDays = S(-1, "refill.marginDays") } };

        Assert.Empty(ProtocolValidator.Validate(zero));
        Assert.Equal("refill.marginDays must not be negative; got -1.", Single(negative).Message);
    }

    [Fact]
    public void The_clinic_needs_at_least_one_refill_day()
    {
        var protocol = Valid with { Refill = Valid.Refill with { ClinicDays = S<IReadOnlySet<DayOfWeek>>(new HashSet<DayOfWeek>(), "refill.clinicDays") } };

        Assert.Equal("refill.clinicDays", Single(protocol).Location);
    }

    [Fact]
    public void Pump_ids_are_unique_ignoring_case()
    {
        var copy = Valid.FindPump("synchromed-ii-40")! with { Id = "SYNCHROMED-II-40" };
        var protocol = Valid with { Pumps = [.. Valid.Pumps, copy] };

        Assert.Equal("pump id 'SYNCHROMED-II-40' appears twice (first at pumps.synchromed-ii-40.capacity); each must be unique, ignoring case.", Single(protocol).Message);
    }

    [Fact]
    public void Catheter_ids_are_unique_and_volumes_positive()
    {
        var prometra = Valid.FindCatheter("prometra-ii")!;
        var protocol = Valid with { Catheters = [prometra, prometra with { VolumePerCm = S(Volume.Zero, "catheters.prometra-ii.volumePerCm") }] };

        var messages = ProtocolValidator.Validate(protocol).Select(e => e.Message).ToList();

        Assert.Equal(["catheters.prometra-ii.volumePerCm must be greater than zero; got 0 mL.", "catheter id 'prometra-ii' appears twice; each must be unique, ignoring case."], messages);
    }

    [Fact]
    public void A_constant_flow_pump_has_a_fixed_rate_and_nothing_programmable()
    {
        var protocol = WithPump("synchromed-ii-20", p => p with { Kind = PumpKind.ConstantFlow });

        var messages = ProtocolValidator.Validate(protocol).Select(e => e.Message).ToList();

        Assert.Equal(["pump synchromed-ii-20 is constant-flow: give its fixedRate.", "pump synchromed-ii-20 is constant-flow: it has no programmable minimumRate or maxFlexSteps."], messages);
    }

    [Fact]
    public void A_constant_flow_pump_with_its_fixed_rate_is_valid()
    {
        var codman = new PumpModel(
            "codman-3000",
            "Codman 3000",
            PumpKind.ConstantFlow,
            S(Volume.FromMilliliters(30), "pumps.codman-3000.capacity"),
            S(Volume.FromMilliliters(2), "pumps.codman-3000.lowReservoirAlarm"),
            S(new Percentage(15), "pumps.codman-3000.accuracy"),
            FixedRate: S(VolumeFlow.FromMillilitersPerDay(1), "pumps.codman-3000.fixedRate"));

        Assert.Empty(ProtocolValidator.Validate(Valid with { Pumps = [.. Valid.Pumps, codman] }));
    }

    [Fact]
    public void The_same_strength_written_in_other_units_is_a_duplicate()
    {
        var halfMg = Valid.Strengths[1] with { Concentration = S(MassConcentration.From(0.5m, MassConcentrationUnit.MilligramPerMilliliter), "drugs.baclofen.strengths[4]") };

        var error = Single(Valid with { Strengths = [.. Valid.Strengths, halfMg] });

        Assert.Equal("strength '500 mcg/mL' appears twice (first at drugs.baclofen.strengths[500]); each must be unique, ignoring case.", error.Message);
    }

    [Fact]
    public void Some_strength_must_fill_pumps()
    {
        var protocol = Valid with { Strengths = [.. Valid.Strengths.Select(s => s with { UseForRefill = false, UseForScreening = true })] };

        Assert.Contains(ProtocolValidator.Validate(protocol), e => e.Message == "no stocked strength is marked for refills: a pump cannot be filled.");
    }

    [Fact]
    public void The_screening_strength_must_be_stocked_for_screening()
    {
        var protocol = Valid with { Strengths = [.. Valid.Strengths.Skip(1)] };

        Assert.Equal("screening.concentration is 50 mcg/mL, but no stocked strength of 50 mcg/mL is marked for screening.", Single(protocol).Message);
    }

    [Fact]
    public void Every_population_needs_a_screening_schedule_that_escalates_within_the_maximum()
    {
        var adult = Valid.ScreeningFor(Population.Adult);
        var protocol = Valid with
        {
            Screening = Valid.Screening with
            {
                Schedules = [adult with { Boluses = [adult.Boluses[1], adult.Boluses[0], S(Mass.FromMicrograms(125), "screening.schedules.adult[2]")] }],
            },
        };

        var messages = ProtocolValidator.Validate(protocol).Select(e => e.Message).ToList();

        Assert.Equal(
            [
                "screening.schedules has no entry for 'child': every population needs one.",
                "screening.schedules.adult[0] (50 mcg) must be larger than the bolus before it (75 mcg): screening boluses escalate.",
                "screening.schedules.adult[2] (125 mcg) is above screening.maximumBolus (100 mcg).",
            ],
            messages);
    }

    [Fact]
    public void Remaining_safety_values_must_be_positive()
    {
        var protocol = Valid with
        {
            StartDose = Valid.StartDose with { Multiplier = S(0m, "startDose.multiplier") },
            Reconciliation = new ReconciliationRules(S(Volume.Zero, "reconciliation.absoluteTolerance")),
            ConcentrationChange = new ConcentrationChangeRules(S(new Percentage(0), "concentrationChange.unbridgedDoseTolerance")),
            Flex = new FlexRules(S(new Percentage(-10), "flex.maximumStepJump")),
        };

        var locations = ProtocolValidator.Validate(protocol).Select(e => e.Location).ToList();

        Assert.Equal(["startDose.multiplier", "reconciliation.absoluteTolerance", "concentrationChange.unbridgedDoseTolerance", "flex.maximumStepJump"], locations);
    }

    private static ProtocolError Single(Protocol protocol)
    {
        var errors = ProtocolValidator.Validate(protocol);
        Assert.True(errors.Count == 1, "expected one error, got:\n" + string.Join("\n", errors));
        return errors[0];
    }

    private static Protocol WithPump(string id, Func<PumpModel, PumpModel> change) =>
        Valid with { Pumps = [.. Valid.Pumps.Select(p => p.Id == id ? change(p) : p)] };

    private static Protocol WithTitration(TitrationRule rule) =>
        Valid with { Titration = [.. Valid.Titration.Select(t => t.Origin == rule.Origin ? rule : t)] };
}
