using FsCheck;
using FsCheck.Fluent;
using ItbPlanner.Domain.Errors;
using ItbPlanner.Domain.Protocols;
using ItbPlanner.Domain.Quantities;
using ItbPlanner.Domain.Refills;
using ItbPlanner.Testing;

namespace ItbPlanner.Domain.Tests.Refills;

public class RefillPropertyTests
{
    private static readonly Protocol Protocol = TestProtocols.Default();

    [Fact]
    public void Refill_by_is_a_clinic_day_never_after_any_limit()
    {
        var cases =
            from dose in Gen.Choose(50, 2000)
            from strength in Gen.Elements(500m, 1000m, 2000m)
            from offset in Gen.Choose(0, 3650)
            from pumpId in Gen.Elements(Protocol.Pumps.Select(p => p.Id).ToArray())
            select (Dose: (decimal)dose, Strength: strength, Offset: offset, PumpId: pumpId);

        Check.QuickThrowOnFailure(Prop.ForAll(cases.ToArbitrary(), x =>
        {
            var (dose, strength, offset, pumpId) = x;
            var c = MassConcentration.FromMicrogramsPerMilliliter(strength);
            var date = new DateOnly(2026, 1, 1).AddDays(offset);
            RefillPlan plan;
            try
            {
                plan = RefillCalculator.Plan(new RefillRequest(Protocol.FindPump(pumpId)!, c, DailyConsumption.FromDose(MassFlow.FromMicrogramsPerDay(dose), c), date), Protocol);
            }
            catch (ProtocolLimitException)
            {
                return true; // Below the pump's minimum rate: blocked, no dates to check.
            }

            var margin = Protocol.Refill.MarginDays.Value;
            return plan.RefillByDate <= plan.AlarmDate.AddDays(-margin)
                && plan.RefillByDate <= plan.WorstCaseEmptyDate.AddDays(-margin)
                && plan.RefillByDate <= date.AddDays(Protocol.Refill.StabilityLimitDays.Value)
                && Protocol.Refill.ClinicDays.Value.Contains(plan.RefillByDate.DayOfWeek)
                && plan.WorstCaseEmptyDate <= plan.EmptyDate
                && plan.AlarmDate <= plan.EmptyDate;
        }));
    }
}
