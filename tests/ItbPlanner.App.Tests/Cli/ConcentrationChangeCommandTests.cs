using ItbPlanner.Domain.Protocols;
using ItbPlanner.Domain.Quantities;
using ItbPlanner.Testing;

namespace ItbPlanner.App.Tests.Cli;

public class ConcentrationChangeCommandTests
{
    private static readonly CliHarness.Options InCode = new() { Protocol = WithSiteDevices() };

    /// <summary>The test protocol plus what a site would add: a constant-flow pump and a verified tubing volume.</summary>
    private static Protocol WithSiteDevices()
    {
        var protocol = TestProtocols.Default();
        var codman = new PumpModel(
            "codman-3000-30",
            "Codman 3000 30 mL",
            PumpKind.ConstantFlow,
            TestProtocols.S(Volume.FromMilliliters(30), "pumps.codman-3000-30.capacity"),
            TestProtocols.S(Volume.FromMilliliters(3), "pumps.codman-3000-30.lowReservoirAlarm"),
            TestProtocols.S(new Percentage(10), "pumps.codman-3000-30.accuracy"),
            FixedRate: TestProtocols.S(VolumeFlow.FromMillilitersPerDay(1), "pumps.codman-3000-30.fixedRate", verify: true));
        var prometra = protocol.FindPump("prometra-ii-20")! with
        {
            TubingDeadSpace = TestProtocols.S(Volume.FromMilliliters(0.2m), "pumps.prometra-ii-20.tubingDeadSpace", verify: true),
        };
        return protocol with { Pumps = [.. protocol.Pumps.Where(p => p.Id != prometra.Id), prometra, codman] };
    }

    private static CliHarness.Result Change(params string[] args) => CliHarness.RunWith(InCode, ["concentration-change", .. args]);

    [Fact]
    public void Rising_500_to_2000_at_400_mcg_a_day_gives_the_acceptance_numbers()
    {
        var result = Change("--dose", "400mcg/day", "--from", "500mcg/mL", "--to", "2000mcg/mL", "--dead-space", "0.25mL", "--json");

        Assert.Equal(0, result.ExitCode);
        var json = result.Json;
        Assert.Equal(0.8m, json.GetProperty("oldRateMlPerDay").GetDecimal());
        Assert.Equal(0.2m, json.GetProperty("newRateMlPerDay").GetDecimal());
        Assert.Equal(0.25m, json.GetProperty("deadSpaceMl").GetDecimal());
        Assert.Equal(100m, json.GetProperty("unbridgedDoseMcgPerDay").GetDecimal());
        Assert.Equal(30m, json.GetProperty("unbridgedHours").GetDecimal());
        Assert.Equal(0.25m, json.GetProperty("bridgeVolumeMl").GetDecimal());
        Assert.Equal(7.5m, json.GetProperty("bridgeHours").GetDecimal());
        var bridge = json.GetProperty("alerts").EnumerateArray().Single(a => a.GetProperty("code").GetString() == "BRIDGE_BOLUS_REQUIRED");
        Assert.Equal("critical", bridge.GetProperty("severity").GetString());
        Assert.True(json.GetProperty("working").GetArrayLength() > 5);
        Assert.Equal(string.Empty, result.Error);
    }

    [Fact]
    public void Falling_2000_to_500_mirrors_it()
    {
        var json = Change("--dose", "400mcg/day", "--from", "2000mcg/mL", "--to", "500mcg/mL", "--dead-space", "0.25mL", "--json").Json;

        Assert.Equal(0.8m, json.GetProperty("newRateMlPerDay").GetDecimal());
        Assert.Equal(1600m, json.GetProperty("unbridgedDoseMcgPerDay").GetDecimal());
        Assert.Equal(7.5m, json.GetProperty("unbridgedHours").GetDecimal());
        Assert.Equal(30m, json.GetProperty("bridgeHours").GetDecimal());
    }

    [Fact]
    public void Dead_space_from_the_pump_and_catheter_cites_the_site_verified_settings()
    {
        var json = Change("--dose", "400mcg/day", "--from", "500mcg/mL", "--to", "2000mcg/mL", "--pump", "prometra-ii-20", "--catheter", "prometra-ii", "--catheter-length", "50cm", "--json").Json;

        Assert.Equal(0.33m, json.GetProperty("deadSpaceMl").GetDecimal());
        Assert.Contains(json.GetProperty("working").EnumerateArray(), l => l.GetString()!.Contains("site-verified setting", StringComparison.Ordinal));
        Assert.Contains(json.GetProperty("alerts").EnumerateArray(), a => a.GetProperty("code").GetString() == "SITE_SETTING_UNVERIFIED");
    }

    [Fact]
    public void A_pump_without_a_tubing_volume_asks_for_dead_space()
    {
        var result = Change("--dose", "400mcg/day", "--from", "500mcg/mL", "--to", "2000mcg/mL", "--pump", "synchromed-ii-40", "--catheter", "8709sc", "--catheter-length", "50");

        Assert.Equal(2, result.ExitCode);
        Assert.Single(result.ErrorLines);
        Assert.Contains("--dead-space", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void A_constant_flow_pump_gets_the_concentration_and_dilution_it_needs()
    {
        var result = Change("--dose", "450mcg/day", "--pump", "codman-3000-30", "--fill-volume", "20mL", "--from", "500mcg/mL", "--json");

        Assert.Equal(0, result.ExitCode);
        var json = result.Json;
        Assert.Equal(450m, json.GetProperty("requiredConcentrationMcgPerMl").GetDecimal());
        Assert.False(json.GetProperty("stocked").GetBoolean());
        var dilution = json.GetProperty("dilution");
        Assert.Equal(500m, dilution.GetProperty("stockMcgPerMl").GetDecimal());
        Assert.Equal(18m, dilution.GetProperty("stockVolumeMl").GetDecimal());
        Assert.Equal(2m, dilution.GetProperty("salineVolumeMl").GetDecimal());
        Assert.Equal(500m, json.GetProperty("previousDoseMcgPerDay").GetDecimal());
    }

    [Fact]
    public void Without_json_it_prints_the_new_rate_and_the_bridge()
    {
        var result = Change("--dose", "400mcg/day", "--from", "500mcg/mL", "--to", "2000mcg/mL", "--dead-space", "0.25mL");

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("0.2 mL/day", result.Out, StringComparison.Ordinal);
        Assert.Contains("Bridge", result.Out, StringComparison.Ordinal);
        Assert.Contains("BRIDGE_BOLUS_REQUIRED", result.Out, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("no dead space", "--dose", "400mcg/day", "--from", "500mcg/mL", "--to", "2000mcg/mL")]
    [InlineData("catheter without length", "--dose", "400mcg/day", "--from", "500mcg/mL", "--to", "2000mcg/mL", "--pump", "prometra-ii-20", "--catheter", "prometra-ii")]
    [InlineData("dead space and catheter", "--dose", "400mcg/day", "--from", "500mcg/mL", "--to", "2000mcg/mL", "--dead-space", "0.25mL", "--catheter", "prometra-ii", "--catheter-length", "50")]
    [InlineData("unknown catheter", "--dose", "400mcg/day", "--from", "500mcg/mL", "--to", "2000mcg/mL", "--pump", "prometra-ii-20", "--catheter", "nope", "--catheter-length", "50")]
    [InlineData("catheter longer than untrimmed", "--dose", "400mcg/day", "--from", "500mcg/mL", "--to", "2000mcg/mL", "--pump", "prometra-ii-20", "--catheter", "prometra-ii", "--catheter-length", "111")]
    [InlineData("catheter length not a number", "--dose", "400mcg/day", "--from", "500mcg/mL", "--to", "2000mcg/mL", "--pump", "prometra-ii-20", "--catheter", "prometra-ii", "--catheter-length", "long")]
    [InlineData("zero catheter length", "--dose", "400mcg/day", "--from", "500mcg/mL", "--to", "2000mcg/mL", "--pump", "prometra-ii-20", "--catheter", "prometra-ii", "--catheter-length", "0")]
    [InlineData("same concentration", "--dose", "400mcg/day", "--from", "500mcg/mL", "--to", "500mcg/mL", "--dead-space", "0.25mL")]
    [InlineData("no from", "--dose", "400mcg/day", "--to", "2000mcg/mL", "--dead-space", "0.25mL")]
    [InlineData("no to", "--dose", "400mcg/day", "--from", "500mcg/mL", "--dead-space", "0.25mL")]
    [InlineData("no dose", "--from", "500mcg/mL", "--to", "2000mcg/mL", "--dead-space", "0.25mL")]
    [InlineData("zero dead space", "--dose", "400mcg/day", "--from", "500mcg/mL", "--to", "2000mcg/mL", "--dead-space", "0mL")]
    [InlineData("dead space as a rate", "--dose", "400mcg/day", "--from", "500mcg/mL", "--to", "2000mcg/mL", "--dead-space", "0.25mL/day")]
    [InlineData("from as a dose", "--dose", "400mcg/day", "--from", "500mcg/day", "--to", "2000mcg/mL", "--dead-space", "0.25mL")]
    [InlineData("fill volume for a programmable pump", "--dose", "400mcg/day", "--from", "500mcg/mL", "--to", "2000mcg/mL", "--dead-space", "0.25mL", "--fill-volume", "20mL")]
    [InlineData("to with a constant-flow pump", "--dose", "450mcg/day", "--pump", "codman-3000-30", "--to", "500mcg/mL")]
    [InlineData("constant-flow above the strongest stock", "--dose", "2500mcg/day", "--pump", "codman-3000-30")]
    [InlineData("constant-flow fill above capacity", "--dose", "450mcg/day", "--pump", "codman-3000-30", "--fill-volume", "31mL")]
    [InlineData("unknown pump", "--dose", "400mcg/day", "--from", "500mcg/mL", "--to", "2000mcg/mL", "--pump", "nope", "--dead-space", "0.25mL")]
    public void Invalid_input_exits_2_with_one_line_and_nothing_on_stdout(string because, params string[] args)
    {
        var result = Change(args);

        Assert.True(result.ExitCode == 2, $"{because}: exit {result.ExitCode}, {result.Error}");
        Assert.Equal(string.Empty, result.Out);
        Assert.Single(result.ErrorLines);
    }

    [Fact]
    public void A_new_rate_below_the_pump_minimum_exits_3()
    {
        var result = Change("--dose", "50mcg/day", "--from", "500mcg/mL", "--to", "2000mcg/mL", "--dead-space", "0.25mL", "--pump", "synchromed-ii-40");

        Assert.Equal(3, result.ExitCode);
        Assert.Contains("RATE_BELOW_PUMP_MINIMUM", result.Error, StringComparison.Ordinal);
        Assert.Single(result.ErrorLines);
    }
}
