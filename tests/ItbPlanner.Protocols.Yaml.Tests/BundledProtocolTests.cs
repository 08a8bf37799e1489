using ItbPlanner.Domain.Protocols;
using ItbPlanner.Testing;

namespace ItbPlanner.Protocols.Yaml.Tests;

public class BundledProtocolTests
{
    private static readonly Protocol Bundled = ProtocolLoader.LoadFile(DefaultProtocolFile.FullPath);

    /// <summary>The values the reference marks UNCONFIRMED or "label, not re-read", the site-verified inputs, and ItbPlanner's own unpublished defaults.</summary>
    private static readonly string[] ValuesToVerifyOnSite =
    [
        "pumps.synchromed-ii-20.nonDeliverableVolume",
        "pumps.synchromed-ii-40.nonDeliverableVolume",
        "pumps.prometra-ii-20.accuracy",
        "pumps.prometra-ii-20.nonDeliverableVolume",
        "pumps.prometra-ii-40.accuracy",
        "pumps.prometra-ii-40.nonDeliverableVolume",
        "catheters.prometra-ii.volumePerCm",
        "refill.stabilityLimitDays",
        "screening.positiveResponse",
        "maintenance.spinal.maximumIncrease",
        "maintenance.spinal.maximumDecrease",
        "maintenance.pediatric.maximumIncrease",
        "maintenance.pediatric.maximumDecrease",
        "concentrationChange.unbridgedDoseTolerance",
        "flex.maximumStepJump",
        "highDose.largeStep",
        "log.checkpointMaxAgeDays",
        "oralWean.minimumStep",
        "oralWean.maximumStep",
    ];

    [Fact]
    public void Bundled_default_protocol_loads_without_errors()
    {
        Assert.Equal("ItbPlanner default protocol", Bundled.Name);
        Assert.Equal("2026.1", Bundled.Version);
        Assert.Equal(DefaultProtocolFile.FullPath, Bundled.Location);
        Assert.Empty(ProtocolValidator.Validate(Bundled));
    }

    [Fact]
    public void Bundled_default_protocol_holds_the_same_values_as_the_test_protocol()
    {
        var expected = ProtocolSettings.Fingerprint(TestProtocols.Default()).Select(r => (r.Label, r.Value)).ToList();
        var actual = ProtocolSettings.Fingerprint(Bundled).Select(r => (r.Label, r.Value)).ToList();

        Assert.True(expected.Count > 90, $"the fingerprint has only {expected.Count} rows");
        Assert.Equal(expected, actual);
    }

    [Fact]
    public void Bundled_pumps_are_the_two_synchromed_and_two_prometra_sizes()
    {
        Assert.Equal(["synchromed-ii-20", "synchromed-ii-40", "prometra-ii-20", "prometra-ii-40"], Bundled.Pumps.Select(p => p.Id));
        var prometra = Bundled.FindPump("prometra-ii-40")!;
        Assert.Null(prometra.MinimumRate);
        Assert.Null(prometra.MaxFlexSteps);
        Assert.Equal("3 mL", prometra.LowReservoirAlarm.Value.ToString());
        Assert.Null(Bundled.FindCatheter("8709sc")!.VolumePerCm);
    }

    [Fact]
    public void Every_value_the_reference_does_not_confirm_is_marked_verify_and_nothing_else_is()
    {
        var marked = ProtocolSettings.Sources(Bundled).Where(s => s.Verify).Select(s => s.Key).Order().ToList();

        Assert.Equal(ValuesToVerifyOnSite.Order(), marked);
    }

    [Fact]
    public void The_test_protocol_marks_the_same_values_verify_as_the_bundled_file()
    {
        var marked = ProtocolSettings.Sources(TestProtocols.Default()).Where(s => s.Verify).Select(s => s.Key).Order().ToList();

        Assert.Equal(ValuesToVerifyOnSite.Order(), marked);
    }

    [Fact]
    public void Bundled_values_await_site_verification_until_someone_records_it()
    {
        var stability = Bundled.Refill.StabilityLimitDays;

        Assert.True(stability.Source.AwaitsSiteVerification);
        Assert.Contains("NOT YET VERIFIED", stability.Cite(), StringComparison.Ordinal);
    }

    [Fact]
    public void Every_value_cites_a_source_and_its_file_line()
    {
        var sources = ProtocolSettings.Sources(Bundled).ToList();

        Assert.All(sources, s => Assert.False(string.IsNullOrWhiteSpace(s.Citation), s.Key));
        Assert.All(sources, s => Assert.Matches(@"^.+default\.yaml:\d+$", s.Location));
    }

    [Fact]
    public void A_value_is_located_at_the_line_of_its_value_and_keyed_by_its_path()
    {
        var capacity = Bundled.FindPump("synchromed-ii-40")!.Capacity.Source;

        Assert.Equal("pumps.synchromed-ii-40.capacity", capacity.Key);
        Assert.Equal($"{DefaultProtocolFile.FullPath}:{DefaultProtocolFile.LineOf(DefaultProtocolFile.Text, "capacity: { value: 40 mL, source: \"MDT-IFP")}", capacity.Location);
        Assert.Equal($"{DefaultProtocolFile.FullPath}:{DefaultProtocolFile.LineOf(DefaultProtocolFile.Text, "  synchromed-ii-40:")}", Bundled.FindPump("synchromed-ii-40")!.Location);
    }

    [Fact]
    public void Every_citation_in_the_bundled_file_uses_a_key_from_the_reference_or_says_it_is_an_ItbPlanner_default()
    {
        string[] known =
        [
            "ASRA-2017", "CHEO", "CLUSTERMED", "CRITCARE", "DRUGS.COM", "FLOWONIX-BRIEF", "FUNCNEURO", "GABLOFEN-MPR", "GILLETTE-FOLLOWUP", "HK-MDD",
            "ItbPlanner default", "LABEL-COPY", "LIORESAL-AMPULES", "LIORESAL-SCREEN", "MDT-FLEX", "MDT-IFP", "MEDSCAPE-MAINT",
            "Medtronic", "NINEMEDS", "NSURG-2004", "PROMETRA-CATH", "PROMETRA-MRI", "PROMETRA-PTC", "Prometra II instructions",
            "SAULINO-2016", "SAULINO-CMSC", "SKYSCAPE", "STAB-367", "US label",
        ];

        Assert.All(ProtocolSettings.Sources(Bundled), s => Assert.Contains(known, k => s.Citation.StartsWith(k, StringComparison.Ordinal)));
    }

    [Fact]
    public void Every_DISAGREE_of_the_reference_on_a_bundled_value_is_named_in_a_comment()
    {
        var text = DefaultProtocolFile.Text;

        Assert.Contains("2003 mcg/day", text, StringComparison.Ordinal);
        Assert.Contains("CHEO caps children under 12 at 1000 mcg/day", text, StringComparison.Ordinal);
    }
}
