using FsCheck;
using FsCheck.Fluent;
using ItbPlanner.Domain.Errors;
using ItbPlanner.Domain.OralWean;
using ItbPlanner.Domain.Quantities;
using ItbPlanner.Testing;

namespace ItbPlanner.Domain.Tests.OralWean;

// Invariants over thousands of random wean plans.
public sealed partial class OralWeanPlannerTests
{
    private static readonly Config Thousands = Config.QuickThrowOnFailure.WithMaxTest(2000);

    /// <summary>Tablet sets a pharmacy stocks: each strength a multiple of the smallest (5/10/20 mg, 2.5/5/10 mg, 10 mg alone).</summary>
    private static readonly decimal[][] PharmacySets = [[10m], [5m, 10m], [5m, 10m, 20m], [2.5m, 5m, 10m], [25m, 10m, 5m], [1m]];

    /// <summary>Any tablet strengths between 1 and 40 mg in halves, one to three of them.</summary>
    private static readonly Gen<decimal[]> AnyTablets =
        from count in Gen.Choose(1, 3)
        from halves in Gen.ArrayOf(Gen.Choose(2, 80), count)
        select halves.Select(h => h / 2m).ToArray();

    private static Arbitrary<OralWeanRequest> Requests(Gen<decimal[]> tablets) =>
        (from fromTenths in Gen.Choose(10, 2000)
         from stepTenths in Gen.Choose(250, 500)
         from everyDays in Gen.Choose(1, 7)
         from startOffset in Gen.Choose(0, 3650)
         from strengths in tablets
         select new OralWeanRequest(
             MassFlow.FromMilligramsPerDay(fromTenths / 10m),
             new DateOnly(2026, 1, 1).AddDays(startOffset),
             new Percentage(stepTenths / 10m),
             Duration.FromDays(everyDays),
             [.. strengths.Select(Mass.FromMilligrams)])).ToArbitrary();

    /// <summary>Pharmacy sets whose smallest tablet fits in the chosen step, or no tablets at all.</summary>
    private static Arbitrary<OralWeanRequest> MakeableRequests() =>
        Requests(Gen.OneOf(Gen.Elements(PharmacySets), Gen.Constant(Array.Empty<decimal>())))
            .Filter(r => r.Tablets!.Count == 0 || r.Tablets.Min()!.As(MassUnit.Milligram) <= r.From.MilligramsPerDay * r.Step!.Value.Fraction);

    [Fact]
    public void A_plan_never_cuts_more_than_the_maximum_never_goes_below_zero_or_faster_than_the_step_lands_on_zero_and_is_dated_exactly()
    {
        var protocol = TestProtocols.Default();
        var maximum = protocol.OralWean!.MaximumStep.Value;
        Check.One(Thousands, Prop.ForAll(MakeableRequests(), request => Holds(OralWeanPlanner.Plan(protocol, request), request, maximum)));
    }

    [Fact]
    public void With_any_tablets_a_plan_either_keeps_every_invariant_or_is_refused_naming_the_tablet()
    {
        var protocol = TestProtocols.Default();
        var maximum = protocol.OralWean!.MaximumStep.Value;
        Check.One(Thousands, Prop.ForAll(Requests(AnyTablets), request =>
        {
            OralWeanPlan plan;
            try
            {
                plan = OralWeanPlanner.Plan(protocol, request);
            }
            catch (InvalidInputException refused)
            {
                Assert.Equal("tablet", refused.Input);
                return;
            }

            Holds(plan, request, maximum);
        }));
    }

    private static void Holds(OralWeanPlan plan, OralWeanRequest request, Percentage maximum)
    {
        var from = request.From.MilligramsPerDay;
        var days = (int)request.Every!.Value.Days;
        var previous = from;
        Assert.NotEmpty(plan.Steps);
        foreach (var (step, index) in plan.Steps.Select((s, i) => (s, i)))
        {
            var dose = step.DailyDose.MilligramsPerDay;
            var aim = Math.Max(0m, from * (1m - ((index + 1) * request.Step!.Value.Fraction)));
            Assert.True(dose >= 0m, $"{step.Date}: {dose} is below zero");
            Assert.True(dose < previous, $"{step.Date}: {dose} is not below {previous}");
            Assert.True(previous - dose <= from * maximum.Fraction, $"{step.Date}: {previous} → {dose} cuts more than {maximum} of {from}");
            Assert.True(step.CutOfStart <= maximum, $"{step.Date}: cut {step.CutOfStart}");
            Assert.Equal(previous - dose, step.Cut.MilligramsPerDay);
            Assert.True(dose >= aim, $"{step.Date}: {dose} is below the step's aim {aim}: faster than chosen");
            Assert.Equal(request.Start.AddDays(index * days), step.Date);
            if (request.Tablets!.Count > 0)
            {
                Assert.Equal(dose, step.Tablets.Sum(t => t.Count * t.Strength.As(MassUnit.Milligram)));
                Assert.All(step.Tablets, t => Assert.Contains(t.Strength, request.Tablets));
            }

            previous = dose;
        }

        Assert.Equal(0m, plan.Steps[^1].DailyDose.MilligramsPerDay);
    }
}
