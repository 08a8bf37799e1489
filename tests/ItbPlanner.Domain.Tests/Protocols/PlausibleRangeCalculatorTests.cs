using FsCheck;
using FsCheck.Fluent;
using ItbPlanner.Domain.ConcentrationChanges;
using ItbPlanner.Domain.Errors;
using ItbPlanner.Domain.Flex;
using ItbPlanner.Domain.Protocols;
using ItbPlanner.Domain.Quantities;
using ItbPlanner.Domain.Refills;
using ItbPlanner.Domain.Screening;
using ItbPlanner.Domain.Titration;
using ItbPlanner.Units;

namespace ItbPlanner.Domain.Tests.Protocols;

/// <summary>
/// Issue 12 item 9: a protocol that validates never crashes a calculator. Every value of a generated protocol lies in
/// its plausible range, often at an edge; every calculator, asked for doses from 1 to 5000 mcg/day, either answers or
/// refuses with an <see cref="InvalidInputException"/> or a <see cref="ProtocolLimitException"/> (exit 2 or 3), never
/// another exception (exit 1, as a dose resolution of 1e-28 mcg/day made titrate overflow).
/// </summary>
public class PlausibleRangeCalculatorTests
{
    private static readonly decimal[] Doses = [1m, 10m, 37.5m, 100m, 300m, 1000m, 2999.99m, 3000m, 5000m];
    private static readonly DateOnly Today = new(2026, 11, 21);

    [Fact]
    public void Generated_protocols_are_valid()
    {
        Check.QuickThrowOnFailure(Prop.ForAll(Gen.Choose(0, int.MaxValue).ToArbitrary(), seed =>
        {
            var errors = ProtocolValidator.Validate(new PlausibleProtocols(seed).Build());
            return errors.Count == 0 ? true : throw new InvalidOperationException($"seed {seed}: " + string.Join(" | ", errors));
        }));
    }

    [Fact]
    public void No_calculator_crashes_on_a_protocol_whose_values_are_all_plausible()
    {
        Check.One(Config.QuickThrowOnFailure.WithMaxTest(150), Prop.ForAll(Gen.Choose(0, int.MaxValue).ToArbitrary(), Gen.Choose(0, Doses.Length - 1).ToArbitrary(), Gen.Choose(0, Doses.Length - 1).ToArbitrary(), (seed, from, to) =>
        {
            var protocol = ProtocolValidator.EnsureValid(new PlausibleProtocols(seed).Build());
            var (a, b) = (MassFlow.FromMicrogramsPerDay(Doses[from]), MassFlow.FromMicrogramsPerDay(Doses[to]));
            foreach (var origin in Enum.GetValues<TitrationOrigin>())
            {
                Answers(seed, "titrate", () => TitrationPlanner.Plan(protocol, new TitrationRequest(a, b, origin, Today)));
                Answers(seed, "maintenance-change", () => MaintenanceChangeCheck.Check(protocol, new MaintenanceChangeRequest(a, b, origin)));
            }

            foreach (var population in Enum.GetValues<Population>())
            {
                Answers(seed, "screening plan", () => ScreeningPlanner.Plan(protocol, population, Today));
            }

            foreach (var bolus in protocol.ScreeningFor(Population.Adult).Boluses)
            {
                Answers(seed, "start-dose", () => StartDoseCalculator.Calculate(protocol, bolus.Value, Duration.FromHours(6), adverseReaction: false));
                Answers(seed, "start-dose", () => StartDoseCalculator.Calculate(protocol, bolus.Value, Duration.FromHours(30), adverseReaction: false));
            }

            foreach (var pump in protocol.Pumps)
            {
                if (pump.Kind == PumpKind.ConstantFlow)
                {
                    Answers(seed, "concentration-change (constant flow)", () => ConstantFlowCalculator.Plan(protocol, new ConstantFlowRequest(pump, a)));
                    continue;
                }

                foreach (var strength in protocol.Strengths.Where(s => s.UseForRefill))
                {
                    var concentration = strength.Concentration.Value;
                    Answers(seed, "refill", () => RefillCalculator.Plan(new RefillRequest(pump, concentration, DailyConsumption.FromDose(a, concentration), Today), protocol));
                    Answers(seed, "reconcile", () => ReconciliationCalculator.Reconcile(protocol, new ReconciliationRequest(pump, pump.Capacity.Value, Today.AddDays(-30), DailyConsumption.FromDose(a, concentration), Volume.FromMilliliters(2), Today)));
                    Answers(seed, "concentration-change", () => ConcentrationChangePlan(protocol, pump, a, concentration));
                    Answers(seed, "flex", () => FlexCalculator.Evaluate(protocol, new FlexRequest(FlexScheduleText.Parse(["00:00 10mcg/h", "08:00 " + a.ToString() + "", "20:00 1mcg/h"]), concentration, pump)));
                }
            }

            return true;
        }));
    }

    private static ConcentrationChangePlan ConcentrationChangePlan(Protocol protocol, PumpModel pump, MassFlow dose, MassConcentration to)
    {
        var from = protocol.Strengths.First(s => s.UseForRefill).Concentration.Value;
        return ConcentrationChangeCalculator.Plan(protocol, new ConcentrationChangeRequest(dose, from, to, DeadSpace.Given(pump.TubingDeadSpace!.Value), pump));
    }

    /// <summary>Runs a calculator: an answer or a refusal is fine; anything else fails, naming the protocol's seed.</summary>
    private static void Answers<T>(int seed, string calculator, Func<T> run)
    {
        try
        {
            run();
        }
        catch (Exception e) when (e is InvalidInputException or ProtocolLimitException)
        {
            // A refusal: exit 2 or 3 with one line.
        }
        catch (Exception e)
        {
            throw new InvalidOperationException($"{calculator} crashed on the protocol of seed {seed}: {e.GetType().Name}: {e.Message}", e);
        }
    }
}
