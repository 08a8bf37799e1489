using ItbPlanner.Domain.Alerts;
using ItbPlanner.Domain.Errors;
using ItbPlanner.Domain.Log;
using ItbPlanner.Domain.Log.Payloads;
using ItbPlanner.Domain.Medication;
using ItbPlanner.Domain.Quantities;
using ItbPlanner.Testing;

namespace ItbPlanner.Domain.Tests.Log;

public sealed class MedicationPayloadTests
{
    private static MedicationPayload Taken(string drug, decimal mg, decimal hours) => new(drug, Mass.FromMilligrams(mg), Duration.FromHours(hours));

    [Theory]
    [InlineData(15, 8, "45 mg/day")]
    [InlineData(20, 6, "80 mg/day")]
    [InlineData(10, 24, "10 mg/day")]
    [InlineData(2.5, 5, "12 mg/day")]
    public void The_daily_total_is_the_dose_times_24_hours_over_the_interval_exactly(decimal mg, decimal hours, string total)
    {
        Assert.Equal(total, Taken("diazepam", mg, hours).DailyTotal.ToString());
    }

    [Fact]
    public void A_stopped_medicine_has_a_daily_total_of_zero()
    {
        Assert.Equal(MassFlow.Zero, new MedicationPayload("diazepam", Stopped: true).DailyTotal);
    }

    [Fact]
    public void The_json_keeps_the_dose_in_mcg_and_the_interval_in_hours_and_reads_back_the_same()
    {
        var payload = Taken("oral-baclofen", 15, 8) with { Notes = "TID" };

        var json = LogJson.Serialize(payload);

        Assert.Equal("""{"drug":"oral-baclofen","doseMcg":15000,"everyHours":8,"notes":"TID"}""", json);
        Assert.Equal(payload, LogJson.Deserialize(EventKind.Medication, json));
    }

    [Theory]
    [InlineData("baclofen", "oral-baclofen")]
    [InlineData("Oral Baclofen", "oral-baclofen")]
    [InlineData(" DIAZEPAM ", "diazepam")]
    [InlineData("Tizanidine", "Tizanidine")]
    public void Known_drugs_are_logged_under_one_name_and_others_as_given(string typed, string logged)
    {
        Assert.Equal(logged, ConcomitantDrug.Normalize(typed));
    }

    [Fact]
    public void A_dose_without_an_interval_and_a_stop_with_a_dose_are_invalid()
    {
        Assert.Equal("every", Assert.Throws<InvalidInputException>(() => new MedicationPayload("diazepam", Mass.FromMilligrams(5)).Validate()).Input);
        Assert.Equal("stop", Assert.Throws<InvalidInputException>(() => new MedicationPayload("diazepam", Mass.FromMilligrams(5), Stopped: true).Validate()).Input);
        Assert.Equal("every", Assert.Throws<InvalidInputException>(() => Taken("diazepam", 5, 48).Validate()).Input);
    }

    [Fact]
    public void Only_oral_baclofen_above_the_protocol_ceiling_breaches_it()
    {
        var protocol = TestProtocols.Default();

        Assert.Null(OralCeiling.Breached(protocol, Taken("oral-baclofen", 20, 6)));
        Assert.Equal(AlertCodes.OralDoseAboveCeiling, OralCeiling.Breached(protocol, Taken("oral-baclofen", 30, 6))?.Code);
        Assert.Null(OralCeiling.Breached(protocol, Taken("diazepam", 30, 6)));
        Assert.Null(OralCeiling.Breached(protocol with { OralWean = null }, Taken("oral-baclofen", 30, 6)));
    }
}
