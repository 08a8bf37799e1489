namespace ItbPlanner.Protocols.Yaml.Tests;

public class ValueErrorTests
{
    [Theory]
    [InlineData("value: 40 mL, source: \"MDT-IFP", "value: 40, source: \"MDT-IFP", "pumps.synchromed-ii-40.capacity: '40' has no unit: write the unit, e.g. 40mL (accepted: mL, ml).")]
    [InlineData("value: 40 mL, source: \"MDT-IFP", "value: 40 cc, source: \"MDT-IFP", "pumps.synchromed-ii-40.capacity: '40 cc': unknown unit 'cc'; a volume takes mL, ml.")]
    [InlineData("value: 40 mL, source: \"MDT-IFP", "value: 40 mcg, source: \"MDT-IFP", "pumps.synchromed-ii-40.capacity: '40 mcg' is a mass, not a volume; e.g. 40mL.")]
    [InlineData("value: 40 mL, source: \"MDT-IFP", "value: forty mL, source: \"MDT-IFP", "pumps.synchromed-ii-40.capacity: 'forty mL' is not a quantity: expected a number and a unit, e.g. 40mL.")]
    [InlineData("value: 2000 mcg/day, source", "value: 2000 mcg/mL, source", "doseLimits.adult.hardCeiling: '2000 mcg/mL' is a concentration (mass per volume), not a dose rate (mass per time); e.g. 186mcg/day.")]
    [InlineData("maxFlexSteps: { value: 13, source: \"FUNCNEURO, MDT-FLEX: flex mode, up to 13 changes a day\" }\n  # Flowonix", "maxFlexSteps: { value: thirteen, source: \"FUNCNEURO, MDT-FLEX: flex mode, up to 13 changes a day\" }\n  # Flowonix", "pumps.synchromed-ii-40.maxFlexSteps: 'thirteen' is not a whole number; e.g. 13.")]
    [InlineData("multiplier: { value: 2,", "multiplier: { value: two,", "startDose.multiplier: 'two' is not a number; e.g. 2.")]
    [InlineData("marginDays: { value: 7 days", "marginDays: { value: 7", "refill.marginDays: '7' has no unit: write the unit, e.g. 24h (accepted: days, day, d, h, hr, hours, hour).")]
    [InlineData("marginDays: { value: 7 days", "marginDays: { value: 7.5 days", "refill.marginDays: '7.5 days' is not a whole number of days; e.g. 7 days.")]
    [InlineData("value: 89 cm", "value: 89", "catheters.8709sc.lengthBeforeTrimCm: '89' has no unit: write the length in cm, e.g. 110 cm.")]
    [InlineData("value: 0.0026 mL/cm", "value: 0.0026 mL", "catheters.prometra-ii.volumePerCm: '0.0026 mL' must be a volume per centimetre of catheter, e.g. 0.0026 mL/cm.")]
    [InlineData("maximumStepJump: { value: 100 %", "maximumStepJump: { value: 100", "flex.maximumStepJump: '100' has no unit: write a percentage with its % sign, e.g. 20 %.")]
    [InlineData("maximumStepJump: { value: 100 %", "maximumStepJump: { value: lots %", "flex.maximumStepJump: 'lots %' is not a percentage: write a number and %, e.g. 20 %.")]
    [InlineData("observation: { value: 8 h", "observation: { value: 8 mL", "screening.observation: '8 mL' is a volume, not a duration; e.g. 24h.")]
    public void A_value_that_is_not_its_quantity_is_rejected_at_its_line(string fragment, string replacement, string message)
    {
        var yaml = DefaultProtocolFile.With(fragment, replacement, out var changed);

        var error = LoadErrors.Single(yaml);

        Assert.Equal(changed, error.Location);
        Assert.Equal(message, error.Message);
    }

    [Fact]
    public void An_unknown_weekday_is_rejected_and_the_weekdays_are_listed()
    {
        var yaml = DefaultProtocolFile.With("Thursday, Friday]", "Thursday, Fryday]");

        var error = LoadErrors.Single(yaml);

        Assert.Equal(LoadErrors.At(yaml, "Fryday"), error.Location);
        Assert.Equal("refill.clinicDays[4]: 'Fryday' is not a weekday; write Monday, Tuesday, Wednesday, Thursday, Friday, Saturday or Sunday (or Mon ... Sun).", error.Message);
    }

    [Fact]
    public void Weekdays_may_be_abbreviated_in_any_case()
    {
        var protocol = ProtocolLoader.Load(DefaultProtocolFile.With("[Monday, Tuesday, Wednesday, Thursday, Friday]", "[mon, TUE, Sat]"), DefaultProtocolFile.Label);

        Assert.Equal([DayOfWeek.Monday, DayOfWeek.Tuesday, DayOfWeek.Saturday], protocol.Refill.ClinicDays.Value.Order());
    }

    [Fact]
    public void A_weekday_listed_twice_is_rejected()
    {
        var yaml = DefaultProtocolFile.With("[Monday, Tuesday,", "[Monday, Monday, Tuesday,");

        var error = LoadErrors.Single(yaml);

        Assert.Equal("refill.clinicDays[1]: Monday is listed twice.", error.Message);
    }

    [Fact]
    public void Verify_must_be_true_or_false()
    {
        var yaml = DefaultProtocolFile.With("no published limit on the rise between flex steps\", verify: true }", "no published limit on the rise between flex steps\", verify: yes }");

        var error = LoadErrors.Single(yaml);

        Assert.Equal(LoadErrors.At(yaml, "verify: yes"), error.Location);
        Assert.Equal("flex.maximumStepJump.verify must be true or false; got 'yes'.", error.Message);
    }

    [Fact]
    public void A_site_verification_is_recorded_with_who_and_when()
    {
        var yaml = DefaultProtocolFile.With("no published limit on the rise between flex steps\", verify: true }", "no published limit on the rise between flex steps\", verify: true, verifiedBy: Dr A. Example, verifiedOn: 2026-10-01 }");

        var source = ProtocolLoader.Load(yaml, DefaultProtocolFile.Label).Flex.MaximumStepJump.Source;

        Assert.Equal("Dr A. Example", source.VerifiedBy);
        Assert.Equal(new DateOnly(2026, 10, 1), source.VerifiedOn);
        Assert.False(source.AwaitsSiteVerification);
    }

    [Fact]
    public void A_site_verification_without_its_date_is_rejected()
    {
        var yaml = DefaultProtocolFile.With("no published limit on the rise between flex steps\", verify: true }", "no published limit on the rise between flex steps\", verify: true, verifiedBy: Dr A. Example }", out var changed);

        var error = LoadErrors.Single(yaml);

        Assert.Equal(changed, error.Location);
        Assert.Equal("flex.maximumStepJump: record both verifiedBy and verifiedOn (who checked the value on site, and when), or neither.", error.Message);
    }

    [Fact]
    public void A_verification_date_must_be_written_year_month_day()
    {
        var yaml = DefaultProtocolFile.With("no published limit on the rise between flex steps\", verify: true }", "no published limit on the rise between flex steps\", verify: true, verifiedBy: Dr A. Example, verifiedOn: 01/10/2026 }");

        var error = LoadErrors.Single(yaml);

        Assert.Equal("flex.maximumStepJump.verifiedOn must be a date written YYYY-MM-DD; got '01/10/2026'.", error.Message);
    }

    [Fact]
    public void An_empty_value_is_reported_as_missing_its_value()
    {
        var yaml = DefaultProtocolFile.With("version: \"2026.1\"", "version:");

        var error = LoadErrors.Single(yaml);

        Assert.Equal("version has no value.", error.Message);
    }
}
