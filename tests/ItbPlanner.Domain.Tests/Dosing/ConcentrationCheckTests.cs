using ItbPlanner.Domain.Alerts;
using ItbPlanner.Domain.Dosing;
using ItbPlanner.Domain.Errors;
using ItbPlanner.Domain.Log;
using ItbPlanner.Domain.Log.Payloads;
using ItbPlanner.Domain.Protocols;
using ItbPlanner.Domain.Quantities;
using ItbPlanner.Domain.Refills;
using ItbPlanner.Domain.Scheduling;
using ItbPlanner.Testing;
using static ItbPlanner.Testing.ClinicLogSamples;

namespace ItbPlanner.Domain.Tests.Dosing;

/// <summary>Issue 9, item 9 (itb-dosing.md §10.15): the strength put in a pump.</summary>
public class ConcentrationCheckTests
{
    private static readonly Protocol Protocol = TestProtocols.Default();

    private static string? Blocked(string? pump, decimal mcgPerMl, bool compounded = false)
    {
        try
        {
            ConcentrationCheck.Apply(Protocol, pump is null ? null : Protocol.FindPump(pump), C(mcgPerMl), compounded, [], []);
            return null;
        }
        catch (ProtocolLimitException e)
        {
            Assert.Equal(AlertSeverity.Critical, e.Blocking.Severity);
            Assert.Contains(e.Blocking, e.Alerts);
            return e.Code;
        }
    }

    private static MassConcentration C(decimal mcgPerMl) => MassConcentration.FromMicrogramsPerMilliliter(mcgPerMl);

    [Fact]
    public void A_strength_not_stocked_is_a_hard_stop_unless_documented_as_compounded()
    {
        Assert.Equal(AlertCodes.ConcentrationNotStocked, Blocked("synchromed-ii-40", 1500));
        Assert.Null(Blocked("synchromed-ii-40", 1500, compounded: true));

        var alerts = new List<Alert>();
        ConcentrationCheck.Apply(Protocol, null, C(1500), compounded: true, alerts, []);
        Assert.Equal((AlertCodes.ConcentrationNotStocked, AlertSeverity.Warning), (alerts[0].Code, alerts[0].Severity));
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void The_screening_strength_never_fills_a_pump(bool compounded)
    {
        Assert.Equal(AlertCodes.ConcentrationNotForRefill, Blocked("synchromed-ii-40", 50, compounded));
        Assert.Equal(AlertCodes.ConcentrationNotForRefill, Blocked("prometra-ii-40", 50, compounded)); // also outside its range
    }

    [Theory]
    [InlineData(2500, false)]
    [InlineData(2500, true)]
    [InlineData(400, true)]
    public void A_strength_outside_the_pumps_labelled_range_is_refused_compounded_or_not(decimal mcgPerMl, bool compounded)
    {
        Assert.Equal(AlertCodes.ConcentrationOutsidePumpRange, Blocked("prometra-ii-20", mcgPerMl, compounded));
        Assert.Null(Blocked("synchromed-ii-20", mcgPerMl, compounded: true)); // no range published for SynchroMed II
    }

    [Theory]
    [InlineData(500)]
    [InlineData(1000)]
    [InlineData(2000)]
    public void Stocked_refill_strengths_within_the_range_pass(decimal mcgPerMl)
    {
        var alerts = new List<Alert>();
        var working = new List<string>();
        ConcentrationCheck.Apply(Protocol, Protocol.FindPump("prometra-ii-40"), C(mcgPerMl), compounded: false, alerts, working);

        Assert.Empty(alerts);
        Assert.Contains(working, l => l.Contains("pump range check", StringComparison.Ordinal));
    }

    [Fact]
    public void Refill_plan_at_a_strength_not_stocked_is_refused_with_its_working()
    {
        var c = C(1500);
        var error = Assert.Throws<ProtocolLimitException>(() => RefillCalculator.Plan(
            new RefillRequest(Protocol.FindPump("synchromed-ii-20")!, c, DailyConsumption.FromDose(MassFlow.FromMicrogramsPerDay(1000), c), new DateOnly(2026, 11, 21)),
            Protocol));

        Assert.Equal(AlertCodes.ConcentrationNotStocked, error.Code);
        Assert.Contains(error.Working, l => l.Contains("strength check", StringComparison.Ordinal));
    }

    [Fact]
    public void Reconcile_given_the_screening_strength_is_refused()
    {
        var c = C(50);
        var request = new ReconciliationRequest(
            Protocol.FindPump("synchromed-ii-20")!, Volume.FromMilliliters(20), new DateOnly(2026, 11, 1), DailyConsumption.FromDose(MassFlow.FromMicrogramsPerDay(10), c), Volume.FromMilliliters(15), new DateOnly(2026, 11, 21), Concentration: c);

        Assert.Equal(AlertCodes.ConcentrationNotForRefill, Assert.Throws<ProtocolLimitException>(() => ReconciliationCalculator.Reconcile(Protocol, request)).Code);
    }

    [Fact]
    public void A_fill_already_recorded_at_a_strength_not_stocked_keeps_its_dates_and_is_flagged()
    {
        var history = History("P-C", "C.", "synchromed-ii-40", Event(2026, 11, 1, Implant("synchromed-ii-40", 20, 1500, 300)));

        var entry = Assert.Single(ClinicSchedule.Build([history.Record(Now)], Protocol, Today, TimeZoneInfo.Utc).Entries);

        Assert.NotNull(entry.RefillByDate);
        Assert.Contains(entry.Alerts, a => a.Code == AlertCodes.ConcentrationNotStocked && a.Severity == AlertSeverity.Critical);
    }

    [Fact]
    public void A_fill_recorded_as_compounded_only_warns_on_the_schedule()
    {
        var history = History("P-C", "C.", "synchromed-ii-40", Event(2026, 11, 1, Implant("synchromed-ii-40", 20, 1500, 300) with { Compounded = true }));

        var entry = Assert.Single(ClinicSchedule.Build([history.Record(Now)], Protocol, Today, TimeZoneInfo.Utc).Entries);

        Assert.Contains(entry.Alerts, a => a.Code == AlertCodes.ConcentrationNotStocked && a.Severity == AlertSeverity.Warning);
    }

    [Fact]
    public void An_ordinary_fill_serialises_exactly_as_before_and_a_compounded_one_says_so()
    {
        var refill = new RefillPayload(Volume.FromMilliliters(2.5m), Volume.FromMilliliters(40), C(500));

        Assert.Equal("""{"aspiratedMl":2.5,"fillVolumeMl":40,"concentrationMcgPerMl":500}""", LogJson.Serialize(refill));
        Assert.Equal("""{"aspiratedMl":2.5,"fillVolumeMl":40,"concentrationMcgPerMl":1500,"compounded":true}""", LogJson.Serialize(refill with { Concentration = C(1500), Compounded = true }));
        Assert.Null(((RefillPayload)LogJson.Deserialize(EventKind.Refill, """{"aspiratedMl":2.5,"fillVolumeMl":40,"concentrationMcgPerMl":500}""")).Compounded);
    }
}
