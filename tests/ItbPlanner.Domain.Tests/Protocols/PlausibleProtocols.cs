using ItbPlanner.Domain.Protocols;
using ItbPlanner.Domain.Quantities;
using static ItbPlanner.Testing.TestProtocols;

namespace ItbPlanner.Domain.Tests.Protocols;

/// <summary>
/// Protocols whose every value is drawn from its plausible range, often at an edge (<see cref="PlausibleRanges"/>), while
/// keeping the orders the validator requires (usual minimum ≤ maximum ≤ ceiling, alarm below capacity, escalating
/// boluses...). Built from a seed so that a failing protocol can be rebuilt.
/// </summary>
internal sealed class PlausibleProtocols(int seed)
{
    private readonly Random random = new(seed);

    public Protocol Build()
    {
        var screening = Pick(PlausibleRanges.Concentration, 50m, v => v.MicrogramsPerMilliliter, MassConcentration.FromMicrogramsPerMilliliter);
        var refill = Distinct(3, PlausibleRanges.Concentration, 500m, v => v.MicrogramsPerMilliliter, MassConcentration.FromMicrogramsPerMilliliter)
            .Where(c => c != screening).ToList();
        var strengths = new List<StockedStrength> { new(S(screening, "drugs.baclofen.strengths[0]"), ["screening"], true, false) };
        strengths.AddRange(refill.Select((c, i) => new StockedStrength(S(c, $"drugs.baclofen.strengths[{i + 1}]"), ["refill"], false, true)));
        var maximumBolus = Pick(PlausibleRanges.ScreeningBolus, 100m, v => v.Micrograms, Mass.FromMicrograms);
        var child = Schedule(Population.Child, maximumBolus);
        var firstChildBolus = child.Boluses[0].Value.Micrograms;
        var smallChildStart = firstChildBolus - 0.01m >= PlausibleRanges.ScreeningBolus.Minimum.Micrograms && random.Next(2) == 0
            ? S(Pick(PlausibleRanges.ScreeningBolus with { Maximum = Mass.FromMicrograms(firstChildBolus - 0.01m) }, 25m, v => v.Micrograms, Mass.FromMicrograms), "screening.smallChildStart")
            : null;
        return new Protocol(
            "Plausible", seed.ToString(System.Globalization.CultureInfo.InvariantCulture), "plausible",
            strengths,
            [Pump("programmable-a"), Pump("programmable-b"), ConstantFlow()],
            [new CatheterModel("catheter", "Catheter", S(Pick(PlausibleRanges.CatheterVolumePerCm, 0.0026m, v => v.Milliliters, Volume.FromMilliliters), "catheters.catheter.volumePerCm"), S(Pick(PlausibleRanges.CatheterLength, 110m, v => v, v => v), "catheters.catheter.lengthBeforeTrimCm"))],
            new RefillRules(
                S(PickInt(PlausibleRanges.MarginDays, 7), "refill.marginDays"),
                S<IReadOnlySet<DayOfWeek>>(random.Next(2) == 0 ? new HashSet<DayOfWeek> { DayOfWeek.Wednesday } : new HashSet<DayOfWeek>(Enum.GetValues<DayOfWeek>()), "refill.clinicDays"),
                S(PickInt(PlausibleRanges.StabilityLimitDays, 180), "refill.stabilityLimitDays"))
            {
                WithdrawalRiskAlarmVolume = S(Pick(PlausibleRanges.AlarmVolume, 4m, v => v.Milliliters, Volume.FromMilliliters), "refill.withdrawalRiskAlarmVolume"),
            },
            [Limits(Population.Adult), Limits(Population.Child)],
            new ScreeningRules(
                S(screening, "screening.concentration"),
                [Schedule(Population.Adult, maximumBolus), child],
                S(maximumBolus, "screening.maximumBolus"),
                S(Hours(PlausibleRanges.StepInterval, 24m), "screening.minimumInterval"),
                S(Hours(PlausibleRanges.Observation, 8m), "screening.observation"),
                ["Modified Ashworth"],
                S("A fall in tone.", "screening.positiveResponse"))
            {
                SmallChildStart = smallChildStart,
            },
            new StartDoseRules(
                S(Pick(PlausibleRanges.StartMultiplier, 2m, v => v, v => v), "startDose.multiplier"),
                S(Hours(PlausibleRanges.LongEffectThreshold, 8m), "startDose.longEffectThreshold"),
                S(Hours(PlausibleRanges.PostImplantHold, 24m), "startDose.postImplantHold")),
            [.. Enum.GetValues<TitrationOrigin>().Select(Titration)],
            [.. Enum.GetValues<TitrationOrigin>().Select(Maintenance)],
            new ReconciliationRules(S(Pick(PlausibleRanges.ReconciliationTolerance, 2m, v => v.Milliliters, Volume.FromMilliliters), "reconciliation.absoluteTolerance")),
            new ConcentrationChangeRules(S(Percent(PlausibleRanges.UnbridgedDoseTolerance, 10m), "concentrationChange.unbridgedDoseTolerance")),
            new FlexRules(S(Percent(PlausibleRanges.FlexStepJump, 100m), "flex.maximumStepJump")))
        {
            HighDose = random.Next(4) == 0 ? null : new HighDoseRules(S(Percent(PlausibleRanges.DoseChange, 20m), "highDose.largeStep")),
        };
    }

    private PumpModel Pump(string id)
    {
        var capacity = Pick(PlausibleRanges.PumpCapacity, 40m, v => v.Milliliters, Volume.FromMilliliters);
        var alarm = Below(PlausibleRanges.AlarmVolume, capacity.Milliliters, 2m);
        var undeliverable = Below(PlausibleRanges.NonDeliverableVolume, alarm, 1.4m);
        var concentrations = Distinct(2, PlausibleRanges.Concentration, 500m, v => v.MicrogramsPerMilliliter, MassConcentration.FromMicrogramsPerMilliliter).Order().ToList();
        var labelled = random.Next(2) == 0;
        return new PumpModel(
            id,
            id,
            PumpKind.Programmable,
            S(capacity, $"pumps.{id}.capacity"),
            S(Volume.FromMilliliters(alarm), $"pumps.{id}.lowReservoirAlarm"),
            S(Percent(PlausibleRanges.PumpAccuracy, 14.5m), $"pumps.{id}.accuracy"),
            MinimumRate: S(Pick(PlausibleRanges.MinimumRate, 0.048m, v => v.MillilitersPerDay, VolumeFlow.FromMillilitersPerDay), $"pumps.{id}.minimumRate"),
            TubingDeadSpace: S(Pick(PlausibleRanges.TubingDeadSpace, 0.2m, v => v.Milliliters, Volume.FromMilliliters), $"pumps.{id}.tubingDeadSpace"),
            MaxFlexSteps: S(PickInt(PlausibleRanges.MaxFlexSteps, 13), $"pumps.{id}.maxFlexSteps"))
        {
            NonDeliverableVolume = S(Volume.FromMilliliters(undeliverable), $"pumps.{id}.nonDeliverableVolume"),
            MinimumConcentration = labelled ? S(concentrations[0], $"pumps.{id}.minimumConcentration") : null,
            MaximumConcentration = labelled ? S(concentrations[^1], $"pumps.{id}.maximumConcentration") : null,
        };
    }

    private PumpModel ConstantFlow()
    {
        const string id = "constant-flow";
        var capacity = Pick(PlausibleRanges.PumpCapacity, 30m, v => v.Milliliters, Volume.FromMilliliters);
        return new PumpModel(
            id,
            id,
            PumpKind.ConstantFlow,
            S(capacity, $"pumps.{id}.capacity"),
            S(Volume.FromMilliliters(Below(PlausibleRanges.AlarmVolume, capacity.Milliliters, 2m)), $"pumps.{id}.lowReservoirAlarm"),
            S(Percent(PlausibleRanges.PumpAccuracy, 15m), $"pumps.{id}.accuracy"),
            FixedRate: S(Pick(PlausibleRanges.FixedRate, 1m, v => v.MillilitersPerDay, VolumeFlow.FromMillilitersPerDay), $"pumps.{id}.fixedRate"));
    }

    private DoseLimits Limits(Population population)
    {
        var key = "doseLimits." + population.ToString().ToLowerInvariant();
        var doses = Sorted(3, PlausibleRanges.DoseLimit, 500m, v => v.MicrogramsPerDay, MassFlow.FromMicrogramsPerDay);
        var origin = Sorted(2, PlausibleRanges.DoseLimit, 300m, v => v.MicrogramsPerDay, MassFlow.FromMicrogramsPerDay).Select(d => d > doses[2] ? doses[2] : d).ToList();
        return new DoseLimits(population, S(doses[0], key + ".usualMinimum"), S(doses[1], key + ".usualMaximum"), S(doses[2], key + ".hardCeiling"))
        {
            OriginRanges = random.Next(2) == 0 ? [] : [new OriginUsualRange(TitrationOrigin.Cerebral, S(origin[0], key + ".cerebral.usualMinimum"), S(origin[1], key + ".cerebral.usualMaximum"))],
        };
    }

    private ScreeningSchedule Schedule(Population population, Mass maximum)
    {
        var key = "screening.schedules." + population.ToString().ToLowerInvariant();
        var range = PlausibleRanges.ScreeningBolus with { Maximum = maximum };
        var boluses = Distinct(3, range, 50m, v => v.Micrograms, Mass.FromMicrograms).Order().ToList();
        return new ScreeningSchedule(population, [.. boluses.Select((b, i) => S(b, $"{key}[{i}]"))]);
    }

    private TitrationRule Titration(TitrationOrigin origin)
    {
        var key = "titration." + origin.ToString().ToLowerInvariant();
        var steps = Sorted(3, PlausibleRanges.DoseChange, 20m, v => v.Percent, v => new Percentage(v));
        return new TitrationRule(
            origin,
            S(steps[0], key + ".minimumIncrease"),
            S(steps[2], key + ".maximumIncrease"),
            S(steps[1], key + ".defaultIncrease"),
            S(Percent(PlausibleRanges.DoseChange, 20m), key + ".maximumDecrease"),
            S(Hours(PlausibleRanges.StepInterval, 24m), key + ".minimumInterval"),
            S(Pick(PlausibleRanges.DoseResolution, 0.1m, v => v.MicrogramsPerDay, MassFlow.FromMicrogramsPerDay), key + ".doseResolution"));
    }

    private MaintenanceRule Maintenance(TitrationOrigin origin)
    {
        var key = "maintenance." + origin.ToString().ToLowerInvariant();
        return new MaintenanceRule(origin, S(Percent(PlausibleRanges.DoseChange, 40m), key + ".maximumIncrease"), S(Percent(PlausibleRanges.DoseChange, 20m), key + ".maximumDecrease"));
    }

    /// <summary>The minimum, the maximum, the typical value, or a value between, each as likely.</summary>
    private T Pick<T>(PlausibleRange<T> range, decimal typical, Func<T, decimal> number, Func<decimal, T> make)
        where T : IComparable<T>
    {
        var (min, max) = (number(range.Minimum), number(range.Maximum));
        return make(random.Next(4) switch
        {
            0 => min,
            1 => max,
            2 => Math.Clamp(typical, min, max),
            _ => Math.Round(min + ((max - min) * (decimal)random.NextDouble()), 4) is var v && v >= min && v <= max ? v : min,
        });
    }

    private int PickInt(PlausibleRange<int> range, int typical) =>
        (int)Pick(range with { Unit = null }, typical, v => v, v => (int)v);

    private Percentage Percent(PlausibleRange<Percentage> range, decimal typical) => Pick(range, typical, v => v.Percent, v => new Percentage(v));

    private Duration Hours(PlausibleRange<Duration> range, decimal typical) => Pick(range, typical, v => v.Hours, Duration.FromHours);

    private List<T> Sorted<T>(int count, PlausibleRange<T> range, decimal typical, Func<T, decimal> number, Func<decimal, T> make)
        where T : IComparable<T> =>
        [.. Enumerable.Range(0, count).Select(_ => Pick(range, typical, number, make)).Order()];

    private List<T> Distinct<T>(int count, PlausibleRange<T> range, decimal typical, Func<T, decimal> number, Func<decimal, T> make)
        where T : IComparable<T>
    {
        var picked = new List<T>();
        for (var attempt = 0; picked.Count < count && attempt < 50; attempt++)
        {
            var value = Pick(range, typical, number, make);
            if (!picked.Contains(value))
            {
                picked.Add(value);
            }
        }

        return picked;
    }

    /// <summary>A value in the range strictly below <paramref name="limit"/> (the range's minimum when none is).</summary>
    private decimal Below<T>(PlausibleRange<T> range, decimal limit, decimal typical)
        where T : IComparable<T>
    {
        var volumes = range as PlausibleRange<Volume> ?? throw new ArgumentException("a volume range", nameof(range));
        var min = volumes.Minimum.Milliliters;
        var max = Math.Min(volumes.Maximum.Milliliters, limit);
        var value = Pick(volumes with { Maximum = Volume.FromMilliliters(max) }, typical, v => v.Milliliters, Volume.FromMilliliters).Milliliters;
        return value < limit ? value : Math.Max(min, Math.Round(limit / 2, 4));
    }
}
