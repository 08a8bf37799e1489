using FsCheck;
using FsCheck.Fluent;
using ItbPlanner.Domain.Protocols;
using ItbPlanner.Domain.Quantities;

namespace ItbPlanner.Protocols.Yaml.Tests;

/// <summary>Files that are well-formed but mean something impossible: the validator's errors point at the file's lines.</summary>
public class MeaningErrorTests
{
    private const string Alarm40 = "lowReservoirAlarm: { value: 2 mL, source: \"NSURG-2004: Neurosurgery 2004;55(2):390-3, 2 mL alarm residual recommended\" }\n    accuracy: { value: 14.5 %, source: \"HK-MDD: SynchroMed II flow accuracy +/-14.5 % (WESEMANN-2014: about +1 % measured)\" }\n    minimumRate: { value: 0.048 mL/day, source: \"Medtronic Germany professional SynchroMed II product table: minimum programmable flow 0.048 mL/day\" }\n    maxFlexSteps: { value: 13, source: \"FUNCNEURO, MDT-FLEX: flex mode, up to 13 changes a day\" }\n  # Flowonix";

    [Fact]
    public void An_alarm_volume_at_capacity_is_rejected_at_the_alarm_line()
    {
        var yaml = DefaultProtocolFile.With(Alarm40, Alarm40.Replace("value: 2 mL", "value: 40 mL", StringComparison.Ordinal), out var changed);

        var error = LoadErrors.Single(yaml);

        Assert.Equal(changed, error.Location);
        Assert.Equal($"pump synchromed-ii-40: the low-reservoir alarm volume (40 mL) must be below its capacity (40 mL, at {LoadErrors.At(yaml, "capacity: { value: 40 mL, source: \"MDT-IFP")}).", error.Message);
    }

    [Fact]
    public void A_negative_capacity_is_rejected_at_its_line()
    {
        var yaml = DefaultProtocolFile.With("capacity: { value: 20 mL, source: \"MDT-IFP", "capacity: { value: -20 mL, source: \"MDT-IFP", out var changed);

        var errors = LoadErrors.Of(yaml);

        Assert.Contains(errors, e => e.Location == changed && e.Message == "pumps.synchromed-ii-20.capacity must be greater than zero; got -20 mL.");
    }

    [Fact]
    public void A_zero_alarm_volume_is_rejected()
    {
        var yaml = DefaultProtocolFile.With(Alarm40, Alarm40.Replace("value: 2 mL", "value: 0 mL", StringComparison.Ordinal), out var changed);

        var error = LoadErrors.Single(yaml);

        Assert.Equal(changed, error.Location);
        Assert.Equal("pumps.synchromed-ii-40.lowReservoirAlarm must be greater than zero; got 0 mL.", error.Message);
    }

    [Fact]
    public void Two_pump_ids_differing_only_in_case_are_duplicates()
    {
        var yaml = DefaultProtocolFile.With("  prometra-ii-40:\n", "  SynchroMed-II-40:\n", out var changed);

        var error = LoadErrors.Single(yaml);

        Assert.Equal(changed, error.Location);
        Assert.Equal($"pump id 'SynchroMed-II-40' appears twice (first at {LoadErrors.At(yaml, "  synchromed-ii-40:")}); each must be unique, ignoring case.", error.Message);
    }

    [Fact]
    public void A_usual_maximum_above_the_hard_ceiling_is_rejected()
    {
        var yaml = DefaultProtocolFile.With("usualMaximum: { value: 300 mcg/day", "usualMaximum: { value: 1300 mcg/day", out var changed);

        var error = LoadErrors.Single(yaml);

        Assert.Equal(changed, error.Location);
        Assert.Equal($"doseLimits.child.usualMaximum (1300 mcg/day) must not exceed doseLimits.child.hardCeiling (1199 mcg/day, at {LoadErrors.At(yaml, "value: 1199 mcg/day")}).", error.Message);
    }

    [Fact]
    public void A_default_titration_step_above_the_maximum_is_rejected()
    {
        var yaml = DefaultProtocolFile.With("defaultIncrease: { value: 20 %", "defaultIncrease: { value: 35 %", out var changed);

        var error = LoadErrors.Single(yaml);

        Assert.Equal(changed, error.Location);
        Assert.StartsWith("titration.spinal.defaultIncrease (35 %) must not exceed titration.spinal.maximumIncrease (30 %", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_decrease_of_100_percent_is_not_a_decrease_but_a_stop()
    {
        var yaml = DefaultProtocolFile.With("    maximumDecrease: { value: 20 %, source: \"SKYSCAPE: decrease 10-20 % for side effects\" }", "    maximumDecrease: { value: 100 %, source: \"SKYSCAPE: decrease 10-20 % for side effects\" }", out var changed);

        var error = LoadErrors.Single(yaml);

        Assert.Equal(changed, error.Location);
        Assert.Equal("maintenance.cerebral.maximumDecrease must be above 0 % and below 100 %; got 100 %.", error.Message);
    }

    [Fact]
    public void A_screening_bolus_above_the_maximum_bolus_is_rejected()
    {
        var yaml = DefaultProtocolFile.With("- { value: 100 mcg, source: \"CHEO", "- { value: 150 mcg, source: \"CHEO", out var changed);

        var error = LoadErrors.Single(yaml);

        Assert.Equal(changed, error.Location);
        Assert.StartsWith("screening.schedules.child[2] (150 mcg) is above screening.maximumBolus (100 mcg, at ", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Screening_boluses_must_escalate()
    {
        var yaml = DefaultProtocolFile.With("- { value: 75 mcg, source: \"DRUGS.COM", "- { value: 50 mcg, source: \"DRUGS.COM", out var changed);

        var error = LoadErrors.Single(yaml);

        Assert.Equal(changed, error.Location);
        Assert.Equal("screening.schedules.adult[1] (50 mcg) must be larger than the bolus before it (50 mcg): screening boluses escalate.", error.Message);
    }

    [Fact]
    public void A_screening_strength_that_is_not_stocked_is_rejected()
    {
        var yaml = DefaultProtocolFile.With("  concentration: { value: 50 mcg/mL, source: \"LIORESAL-SCREEN, GABLOFEN-MPR: only the 50 mcg/mL strength screens\" }", "  concentration: { value: 500 mcg/mL, source: \"LIORESAL-SCREEN, GABLOFEN-MPR: only the 50 mcg/mL strength screens\" }", out var changed);

        var error = LoadErrors.Single(yaml);

        Assert.Equal(changed, error.Location);
        Assert.Equal("screening.concentration is 500 mcg/mL, but no stocked strength of 500 mcg/mL is marked for screening.", error.Message);
    }

    [Fact]
    public void A_clinic_with_no_refill_day_is_rejected()
    {
        var yaml = DefaultProtocolFile.With("[Monday, Tuesday, Wednesday, Thursday, Friday]", "[]", out var changed);

        var error = LoadErrors.Single(yaml);

        Assert.Equal(changed, error.Location);
        Assert.Equal("refill.clinicDays must list at least one weekday on which the clinic refills pumps.", error.Message);
    }

    [Fact]
    public void A_stability_limit_of_zero_days_is_rejected()
    {
        var yaml = DefaultProtocolFile.With("value: 180 days", "value: 0 days", out var changed);

        var error = LoadErrors.Single(yaml);

        Assert.Equal(changed, error.Location);
        Assert.Equal("refill.stabilityLimitDays must be greater than zero; got 0.", error.Message);
    }

    [Fact]
    public void A_constant_flow_pump_needs_its_fixed_rate()
    {
        var yaml = DefaultProtocolFile.With("    name: Flowonix Prometra II 20 mL\n    kind: programmable", "    name: Flowonix Prometra II 20 mL\n    kind: constant-flow");

        var error = LoadErrors.Single(yaml);

        Assert.Equal(LoadErrors.At(yaml, "  prometra-ii-20:"), error.Location);
        Assert.Equal("pump prometra-ii-20 is constant-flow: give its fixedRate.", error.Message);
    }

    [Fact]
    public void A_programmable_pump_has_no_fixed_rate()
    {
        var yaml = DefaultProtocolFile.With(
            "    name: Flowonix Prometra II 20 mL\n",
            "    name: Flowonix Prometra II 20 mL\n    fixedRate: { value: 0.5 mL/day, source: \"ItbPlanner default: test\" }\n",
            out var changed);

        var error = LoadErrors.Single(yaml);

        Assert.Equal($"{DefaultProtocolFile.Label}:{int.Parse(changed.Split(':')[1], System.Globalization.CultureInfo.InvariantCulture) + 1}", error.Location);
        Assert.Equal("pump prometra-ii-20 is programmable: its rate is programmed, so it has no fixedRate.", error.Message);
    }

    [Fact]
    public void Capacity_is_read_exactly_as_written_and_an_alarm_at_or_above_it_is_always_rejected()
    {
        var capacities = Gen.Choose(100, 10000).Select(n => n / 100m); // the plausible 1-100 mL
        var alarms = Gen.Choose(1, 10000).Select(n => n / 100m);
        Check.QuickThrowOnFailure(Prop.ForAll(capacities.ToArbitrary(), alarms.ToArbitrary(), (capacity, alarm) =>
        {
            var text = DefaultProtocolFile
                .With("capacity: { value: 40 mL, source: \"MDT-IFP", $"capacity: {{ value: {capacity.ToString(System.Globalization.CultureInfo.InvariantCulture)} mL, source: \"MDT-IFP")
                .Replace(Alarm40, Alarm40.Replace("value: 2 mL", $"value: {alarm.ToString(System.Globalization.CultureInfo.InvariantCulture)} mL", StringComparison.Ordinal), StringComparison.Ordinal);
            try
            {
                var pump = ProtocolLoader.Load(text, DefaultProtocolFile.Label).FindPump("synchromed-ii-40")!;
                return alarm < capacity && alarm > 1.4m && alarm <= 20m && pump.Capacity.Value == Volume.FromMilliliters(capacity) && pump.LowReservoirAlarm.Value == Volume.FromMilliliters(alarm);
            }
            catch (InvalidProtocolException e)
            {
                // An alarm at or below the 1.4 mL the pump cannot deliver is refused too (it would sound after delivery
                // stopped), and one below capacity but outside the plausible 0.5-20 mL.
                var expected = new[]
                {
                    alarm >= capacity ? "must be below its capacity" : null,
                    alarm <= 1.4m ? "non-deliverable volume" : null,
                    alarm < capacity && (alarm < 0.5m || alarm > 20m) ? "lowReservoirAlarm must lie between 0.5 mL and 20 mL" : null,
                }.OfType<string>().ToList();
                return expected.Count > 0 && e.Errors.Count == expected.Count && expected.All(m => e.Errors.Any(x => x.Message.Contains(m, StringComparison.Ordinal)));
            }
        }));
    }

    [Fact]
    public void A_non_deliverable_volume_at_or_above_the_alarm_volume_is_rejected_at_its_line()
    {
        var yaml = DefaultProtocolFile.With(
            "nonDeliverableVolume: { value: 1.4 mL, source: \"Medtronic Germany professional SynchroMed II product table: reservoir residual that cannot be delivered (Totraumvolumen) at most 1.4 mL; meaning inferred\", verify: true }\n    lowReservoirAlarm: { value: 2 mL, source: \"NSURG-2004: Neurosurgery 2004;55(2):390-3, 2 mL alarm residual recommended\" }\n    accuracy",
            "nonDeliverableVolume: { value: 2 mL, source: \"Medtronic Germany professional SynchroMed II product table: reservoir residual that cannot be delivered (Totraumvolumen) at most 1.4 mL; meaning inferred\", verify: true }\n    lowReservoirAlarm: { value: 2 mL, source: \"NSURG-2004: Neurosurgery 2004;55(2):390-3, 2 mL alarm residual recommended\" }\n    accuracy",
            out var changed);

        var error = LoadErrors.Single(yaml);

        Assert.Equal(changed, error.Location);
        Assert.StartsWith("pump synchromed-ii-40: the non-deliverable volume (2 mL) must be below the low-reservoir alarm volume (2 mL", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_pump_minimum_concentration_above_its_maximum_is_rejected()
    {
        var yaml = DefaultProtocolFile.With(
            "(16827)\" }\n    lowReservoirAlarm: { value: 3 mL, source: \"PROMETRA-PTC: the controller's next-refill date is when the projected volume reaches 3.0 mL\" }\n    accuracy: { value: 15 %, source: \"Prometra II instructions for use: study acceptance 85-115 % of programmed (PROMETRA-ACC: 97.1-97.9 % delivered)\", verify: true }\n    nonDeliverableVolume: { value: 0 mL, source: \"ItbPlanner default: no residual the pump cannot deliver is published for Prometra II\", verify: true }\n    minimumConcentration: { value: 500 mcg/mL",
            "(16827)\" }\n    lowReservoirAlarm: { value: 3 mL, source: \"PROMETRA-PTC: the controller's next-refill date is when the projected volume reaches 3.0 mL\" }\n    accuracy: { value: 15 %, source: \"Prometra II instructions for use: study acceptance 85-115 % of programmed (PROMETRA-ACC: 97.1-97.9 % delivered)\", verify: true }\n    nonDeliverableVolume: { value: 0 mL, source: \"ItbPlanner default: no residual the pump cannot deliver is published for Prometra II\", verify: true }\n    minimumConcentration: { value: 2500 mcg/mL");

        var error = LoadErrors.Single(yaml);

        Assert.Equal(LoadErrors.At(yaml, "minimumConcentration: { value: 2500 mcg/mL"), error.Location);
        Assert.StartsWith("pumps.prometra-ii-40.minimumConcentration (2500 mcg/mL) must not exceed pumps.prometra-ii-40.maximumConcentration (2000 mcg/mL", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_zero_withdrawal_risk_alarm_volume_is_rejected()
    {
        var yaml = DefaultProtocolFile.With("withdrawalRiskAlarmVolume: { value: 4 mL", "withdrawalRiskAlarmVolume: { value: 0 mL", out var changed);

        var error = LoadErrors.Single(yaml);

        Assert.Equal(changed, error.Location);
        Assert.Equal("refill.withdrawalRiskAlarmVolume must be greater than zero; got 0 mL.", error.Message);
    }
}
