using ItbPlanner.Domain.Errors;
using ItbPlanner.Domain.Log;
using ItbPlanner.Domain.Log.Payloads;
using ItbPlanner.Domain.Protocols;

namespace ItbPlanner.Domain.Tests.Log;

public class LogCodesTests
{
    [Fact]
    public void Event_kind_codes_are_the_published_contract()
    {
        Assert.Equal(
            [
                "patient-registered", "screening-bolus", "assessment", "screening-outcome", "implant", "dose-program", "refill",
                "alarm-raised", "alarm-acknowledged", "note", "correction", "patient-updated", "screening-scheduled",
                "implant-scheduled", "therapy-suspended", "therapy-resumed", "explant", "withdrawal-emergency",
                "program-transferred", "candidacy-declined", "medication", "ivig", "plasma-exchange",
            ],
            LogCodes.All<EventKind>());
    }

    [Fact]
    public void Enum_values_are_frozen()
    {
        Assert.Equal(Enumerable.Range(1, 23), Enum.GetValues<EventKind>().Select(k => (int)k));
        Assert.Equal([1, 2, 3, 4], Enum.GetValues<SpasticityOrigin>().Select(o => (int)o));
        Assert.Equal([1, 2, 3], Enum.GetValues<WithdrawalRiskFactor>().Select(f => (int)f));
    }

    [Fact]
    public void Patient_codes_match_the_command_line()
    {
        Assert.Equal(["spinal", "cerebral", "sps", "other"], LogCodes.All<SpasticityOrigin>());
        Assert.Equal(["adult", "child"], LogCodes.All<Population>());
        Assert.Equal(["sci-t6-or-above", "communication-difficulty", "previous-withdrawal"], LogCodes.All<WithdrawalRiskFactor>());
        Assert.Equal(["simple-continuous", "flex"], LogCodes.All<DeliveryMode>());
    }

    [Fact]
    public void Codes_parse_back_ignoring_case_and_surrounding_space()
    {
        Assert.Equal(EventKind.DoseProgram, LogCodes.Parse<EventKind>(" Dose-Program "));
        Assert.Equal(SpasticityOrigin.StiffPersonSyndrome, LogCodes.Parse<SpasticityOrigin>("SPS"));
        Assert.All(Enum.GetValues<AlarmType>(), a => Assert.Equal(a, LogCodes.Parse<AlarmType>(LogCodes.Code(a))));
    }

    [Fact]
    public void An_unknown_code_is_refused_listing_the_accepted_ones()
    {
        var error = Assert.Throws<InvalidInputException>(() => LogCodes.Parse<SpasticityOrigin>("spine"));

        Assert.Equal("'spine' is not a known origin; expected one of: spinal, cerebral, sps, other.", error.Message);
        Assert.False(LogCodes.TryParse<EventKind>(null, out _));
        Assert.False(LogCodes.TryParse<EventKind>("6", out _));
    }

    [Fact]
    public void An_enum_without_codes_is_a_programming_error()
    {
        Assert.Throws<ArgumentException>(() => LogCodes.Code(DayOfWeek.Monday));
        Assert.Throws<ArgumentOutOfRangeException>(() => LogCodes.Code((EventKind)99));
    }
}
