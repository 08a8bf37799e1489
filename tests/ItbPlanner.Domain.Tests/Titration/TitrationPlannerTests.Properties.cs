using FsCheck;
using FsCheck.Fluent;
using ItbPlanner.Domain.Protocols;
using ItbPlanner.Domain.Quantities;
using ItbPlanner.Domain.Titration;
using ItbPlanner.Testing;

namespace ItbPlanner.Domain.Tests.Titration;

// Invariants over thousands of random plans.
public sealed partial class TitrationPlannerTests
{
    private static readonly Config Thousands = Config.QuickThrowOnFailure.WithMaxTest(3000);

    private static readonly TitrationOrigin[] Origins = [TitrationOrigin.Spinal, TitrationOrigin.Cerebral, TitrationOrigin.Pediatric];

    /// <summary>From and to in hundredths of a mcg/day (so off the 0.1 grid too), a step in tenths of a percent inside the origin's range.</summary>
    private static Arbitrary<TitrationRequest> Increases(Protocol protocol) =>
        (from origin in Gen.Elements(Origins)
         let rule = protocol.TitrationFor(origin)
         let ceiling = protocol.LimitsFor(origin == TitrationOrigin.Pediatric ? Population.Child : Population.Adult).HardCeiling.Value.MicrogramsPerDay
         from step in Gen.Choose((int)(rule.MinimumIncrease.Value.Percent * 10), (int)(rule.MaximumIncrease.Value.Percent * 10))
         from fromHundredths in Gen.Choose(200, (int)(ceiling * 100) - 1)
         from toHundredths in Gen.Choose(fromHundredths + 1, (int)(ceiling * 100))
         from startOffset in Gen.Choose(0, 3650)
         select new TitrationRequest(
             MassFlow.FromMicrogramsPerDay(fromHundredths / 100m),
             MassFlow.FromMicrogramsPerDay(toHundredths / 100m),
             origin,
             new DateOnly(2026, 1, 1).AddDays(startOffset),
             new Percentage(step / 10m))).ToArbitrary();

    private static Arbitrary<TitrationRequest> Decreases(Protocol protocol) =>
        (from origin in Gen.Elements(Origins)
         let rule = protocol.TitrationFor(origin)
         from step in Gen.Choose(50, (int)(rule.MaximumDecrease.Value.Percent * 10))
         from fromHundredths in Gen.Choose(201, 119900)
         from toHundredths in Gen.Choose(200, fromHundredths - 1)
         select new TitrationRequest(
             MassFlow.FromMicrogramsPerDay(fromHundredths / 100m),
             MassFlow.FromMicrogramsPerDay(toHundredths / 100m),
             origin,
             Start,
             new Percentage(step / 10m))).ToArbitrary();

    [Fact]
    public void No_increase_but_a_merged_last_one_exceeds_the_chosen_percent_none_the_maximum_and_each_moves_strictly_towards_the_target()
    {
        var protocol = TestProtocols.Default();
        Check.One(Thousands, Prop.ForAll(Increases(protocol), request =>
        {
            var plan = TitrationPlanner.Plan(protocol, request);
            var maximum = protocol.TitrationFor(request.Origin).MaximumIncrease.Value;
            var previous = request.From.MicrogramsPerDay;
            foreach (var (step, index) in plan.Steps.Select((s, i) => (s, i)))
            {
                var dose = step.Dose.MicrogramsPerDay;
                var last = index == plan.Steps.Count - 1;
                Assert.True(dose > previous, $"{step.Date}: {dose} is not above {previous}");
                Assert.True(dose <= request.To.MicrogramsPerDay, $"{step.Date}: {dose} overshoots {request.To}");
                Assert.True(last || dose <= previous * (1m + request.Step!.Value.Fraction), $"{step.Date}: {previous} → {dose} exceeds {request.Step}");
                Assert.True(dose <= previous * (1m + maximum.Fraction), $"{step.Date}: {previous} → {dose} exceeds the maximum {maximum}");
                Assert.True(step.Change <= maximum, $"{step.Date}: change {step.Change}");
                previous = dose;
            }
        }));
    }

    [Fact]
    public void No_step_is_below_the_minimum_increase_unless_it_is_the_only_step()
    {
        var protocol = TestProtocols.Default();
        Check.One(Thousands, Prop.ForAll(Increases(protocol), request =>
        {
            var plan = TitrationPlanner.Plan(protocol, request);
            if (plan.Steps.Count == 1)
            {
                return;
            }

            var rule = protocol.TitrationFor(request.Origin);
            var resolution = rule.DoseResolution.Value.MicrogramsPerDay;
            var previous = request.From.MicrogramsPerDay;
            foreach (var (step, index) in plan.Steps.Select((s, i) => (s, i)))
            {
                var dose = step.Dose.MicrogramsPerDay;
                var smallest = previous * (1m + rule.MinimumIncrease.Value.Fraction);

                // Full steps are rounded down to the dose resolution (the protocol's own rule); the last step is exact.
                var slack = index == plan.Steps.Count - 1 ? 0m : resolution;
                Assert.True(dose >= smallest - slack, $"{step.Date}: {previous} → {dose} ({step.Change.DisplayChange()}) is below the minimum {rule.MinimumIncrease.Value}");
                previous = dose;
            }
        }));
    }

    [Fact]
    public void Every_plan_ends_exactly_on_the_target_with_steps_one_day_apart_from_the_day_after_the_start()
    {
        var protocol = TestProtocols.Default();
        Check.One(Thousands, Prop.ForAll(Increases(protocol), request =>
        {
            var plan = TitrationPlanner.Plan(protocol, request);
            Assert.Equal(request.To, plan.Steps[^1].Dose);
            Assert.Equal(request.Start.AddDays(1), plan.Steps[0].Date);
            Assert.All(plan.Steps.Zip(plan.Steps.Skip(1)), pair => Assert.Equal(pair.First.Date.AddDays(1), pair.Second.Date));
        }));
    }

    [Fact]
    public void Every_step_but_the_last_two_is_the_full_percent_rounded_down_so_no_shorter_plan_exists()
    {
        var protocol = TestProtocols.Default();
        Check.One(Thousands, Prop.ForAll(Increases(protocol), request =>
        {
            var plan = TitrationPlanner.Plan(protocol, request);
            var rule = protocol.TitrationFor(request.Origin);
            var resolution = rule.DoseResolution.Value.MicrogramsPerDay;
            var previous = request.From.MicrogramsPerDay;
            foreach (var step in plan.Steps.SkipLast(2))
            {
                var largest = Math.Floor(previous * (1m + request.Step!.Value.Fraction) / resolution) * resolution;
                Assert.Equal(largest, step.Dose.MicrogramsPerDay);
                previous = largest;
            }

            // Even unrounded growth at the full percent, the last step at the maximum, needs at least this many days.
            var ratio = (double)(request.To.MicrogramsPerDay / request.From.MicrogramsPerDay) / (1 + (double)rule.MaximumIncrease.Value.Fraction);
            var lowerBound = ratio <= 1 ? 1 : 1 + Math.Ceiling(Math.Log(ratio) / Math.Log(1 + (double)request.Step!.Value.Fraction) - 1e-9);
            Assert.True(plan.Steps.Count >= lowerBound, $"{plan.Steps.Count} steps beat the bound {lowerBound}");
        }));
    }

    [Fact]
    public void The_number_of_days_is_the_minimum_a_search_over_every_allowed_dose_finds()
    {
        var protocol = WholeMicrogramResolution(TestProtocols.Default());
        var requests =
            (from origin in Gen.Elements(Origins)
             let rule = protocol.TitrationFor(origin)
             from step in Gen.Choose((int)rule.MinimumIncrease.Value.Percent, (int)rule.MaximumIncrease.Value.Percent)
             from from_ in Gen.Choose(20, 200)
             from to in Gen.Choose(from_ + 1, 600)
             select new TitrationRequest(MassFlow.FromMicrogramsPerDay(from_), MassFlow.FromMicrogramsPerDay(to), origin, Start, new Percentage(step))).ToArbitrary();

        Check.One(Config.QuickThrowOnFailure.WithMaxTest(500), Prop.ForAll(requests, request =>
        {
            var plan = TitrationPlanner.Plan(protocol, request);
            var (from, to, step) = ((int)request.From.MicrogramsPerDay, (int)request.To.MicrogramsPerDay, request.Step!.Value.Fraction);
            var maximum = protocol.TitrationFor(request.Origin).MaximumIncrease.Value.Fraction;

            // Merging a tiny rest into the last step (within the maximum) saves at most the one day it would have cost.
            var fewest = FewestDays(from, to, step);
            Assert.InRange(plan.Steps.Count, Math.Max(1, FewestDays(from, to, step, maximum)), fewest);
            Assert.True(plan.Steps.Count >= fewest - 1, $"{plan.Steps.Count} steps, the search found {fewest}");
        }));
    }

    [Fact]
    public void Decreases_never_cut_more_than_the_step_and_end_exactly_on_the_target()
    {
        var protocol = TestProtocols.Default();
        Check.One(Thousands, Prop.ForAll(Decreases(protocol), request =>
        {
            var plan = TitrationPlanner.Plan(protocol, request);
            var previous = request.From.MicrogramsPerDay;
            foreach (var step in plan.Steps)
            {
                var dose = step.Dose.MicrogramsPerDay;
                Assert.True(dose < previous && dose >= request.To.MicrogramsPerDay, $"{step.Date}: {previous} → {dose}");
                Assert.True(dose >= previous * (1m - request.Step!.Value.Fraction), $"{step.Date}: {previous} → {dose} cuts more than {request.Step}");
                Assert.True(step.Change.Percent < 0);
                previous = dose;
            }

            Assert.Equal(request.To, plan.Steps[^1].Dose);
            Assert.Equal(request.Start.AddDays(plan.Steps.Count), plan.Steps[^1].Date);
        }));
    }

    /// <summary>
    /// Breadth-first search over whole-mcg doses: the fewest steps, each at most the percent (the last at most
    /// <paramref name="lastFraction"/> when given), from one dose to another.
    /// </summary>
    private static int FewestDays(int from, int to, decimal fraction, decimal? lastFraction = null)
    {
        var days = new Dictionary<int, int> { [from] = 0 };
        var queue = new Queue<int>([from]);
        while (queue.Count > 0)
        {
            var dose = queue.Dequeue();
            if (dose == to)
            {
                return days[dose];
            }

            if (lastFraction is { } last && to <= Math.Floor(dose * (1m + last)))
            {
                return days[dose] + 1;
            }

            var highest = (int)Math.Min(to, Math.Floor(dose * (1m + fraction)));
            for (var next = dose + 1; next <= highest; next++)
            {
                if (days.TryAdd(next, days[dose] + 1))
                {
                    queue.Enqueue(next);
                }
            }
        }

        throw new InvalidOperationException($"{to} is unreachable from {from}.");
    }

    private static Protocol WholeMicrogramResolution(Protocol protocol) => protocol with
    {
        Titration = protocol.Titration.Select(r => r with { DoseResolution = TestProtocols.S(MassFlow.FromMicrogramsPerDay(1), r.DoseResolution.Source.Key) }).ToList(),
    };
}
