namespace ItbPlanner.Protocols.Yaml.Tests;

public class StructureErrorTests
{
    private const string Alarm40 = "    lowReservoirAlarm: { value: 2 mL, source: \"NSURG-2004: Neurosurgery 2004;55(2):390-3, 2 mL alarm residual recommended\" }\n    accuracy: { value: 14.5 %, source: \"HK-MDD: SynchroMed II flow accuracy +/-14.5 % (WESEMANN-2014: about +1 % measured)\" }\n    minimumRate: { value: 0.048 mL/day, source: \"Medtronic Germany professional SynchroMed II product table: minimum programmable flow 0.048 mL/day\" }\n    maxFlexSteps: { value: 13, source: \"FUNCNEURO, MDT-FLEX: flex mode, up to 13 changes a day\" }\n  # Flowonix";

    [Fact]
    public void A_missing_pump_value_names_the_key_and_its_pump_at_the_pump_line()
    {
        var yaml = DefaultProtocolFile.With(Alarm40, Alarm40[(Alarm40.IndexOf('\n', StringComparison.Ordinal) + 1)..]);

        var error = LoadErrors.Single(yaml);

        Assert.Equal(LoadErrors.At(yaml, "  synchromed-ii-40:"), error.Location);
        Assert.Equal("missing key 'lowReservoirAlarm' in pumps.synchromed-ii-40.", error.Message);
    }

    [Fact]
    public void A_missing_top_level_section_is_named()
    {
        var yaml = DefaultProtocolFile.With("flex:\n  maximumStepJump:", "flux:\n  maximumStepJump:");

        var errors = LoadErrors.Of(yaml);

        Assert.Contains(errors, e => e.Location == $"{DefaultProtocolFile.Label}:{DefaultProtocolFile.LineOf(yaml, "schema: itb-protocol/1")}" && e.Message == "missing key 'flex' at the top level of the file.");
        Assert.Contains(errors, e => e.Location == LoadErrors.At(yaml, "flux:") && e.Message.StartsWith("unknown key 'flux' at the top level; allowed keys: schema, name, version,", StringComparison.Ordinal));
    }

    [Fact]
    public void A_misspelt_key_is_reported_with_the_keys_allowed_there()
    {
        var yaml = DefaultProtocolFile.With("    capacity: { value: 40 mL, source: \"MDT-IFP", "    capacty: { value: 40 mL, source: \"MDT-IFP");

        var errors = LoadErrors.Of(yaml);

        Assert.Equal(2, errors.Count);
        Assert.Equal(LoadErrors.At(yaml, "  synchromed-ii-40:"), errors[0].Location);
        Assert.Equal("unknown key 'capacty' in pumps.synchromed-ii-40; allowed keys: name, kind, capacity, lowReservoirAlarm, accuracy, minimumRate, fixedRate, tubingDeadSpace, maxFlexSteps, nonDeliverableVolume, minimumConcentration, maximumConcentration.", errors[1].Message);
        Assert.Equal(LoadErrors.At(yaml, "capacty:"), errors[1].Location);
        Assert.Equal("missing key 'capacity' in pumps.synchromed-ii-40.", errors[0].Message);
    }

    [Fact]
    public void A_misspelt_key_inside_a_value_node_is_caught()
    {
        var yaml = DefaultProtocolFile.With("postImplantHold: { value: 24 h, source:", "postImplantHold: { value: 24 h, sauce:");

        var errors = LoadErrors.Of(yaml);

        var at = LoadErrors.At(yaml, "postImplantHold:");
        Assert.Contains(errors, e => e.Location == at && e.Message == "unknown key 'sauce' in startDose.postImplantHold; allowed keys: value, source, verify, verifiedBy, verifiedOn.");
        Assert.Contains(errors, e => e.Location == at && e.Message.StartsWith("startDose.postImplantHold has no source", StringComparison.Ordinal));
    }

    [Fact]
    public void A_value_without_its_source_is_rejected()
    {
        var yaml = DefaultProtocolFile.With("marginDays: { value: 7 days, source: \"GILLETTE-FOLLOWUP: book refills 7-10 days before the alarm date; UW-REFILLS: never rely on hearing it\" }", "marginDays: { value: 7 days }");

        var error = LoadErrors.Single(yaml);

        Assert.Equal(LoadErrors.At(yaml, "marginDays:"), error.Location);
        Assert.StartsWith("refill.marginDays has no source: add source:", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_bare_value_without_the_value_node_asks_for_value_and_source()
    {
        var yaml = DefaultProtocolFile.With("  absoluteTolerance: { value: 2 mL, source: \"ASRA-2017: a residual gap above 2 mL (or outside the accuracy spec) needs evaluation\" }", "  absoluteTolerance: 2 mL");

        var error = LoadErrors.Single(yaml);

        Assert.Equal(LoadErrors.At(yaml, "absoluteTolerance: 2 mL"), error.Location);
        Assert.Equal("reconciliation.absoluteTolerance needs its value and its source, e.g. { value: 2 mL, source: \"NSURG-2004: ...\" }.", error.Message);
    }

    [Fact]
    public void A_missing_population_is_named_with_its_section()
    {
        var yaml = DefaultProtocolFile.With("  child:\n    # MEDSCAPE-MAINT", "  kid:\n    # MEDSCAPE-MAINT");

        var errors = LoadErrors.Of(yaml);

        Assert.Contains(errors, e => e.Location == LoadErrors.At(yaml, "doseLimits:") && e.Message == "missing key 'child' in doseLimits.");
        Assert.Contains(errors, e => e.Location == LoadErrors.At(yaml, "  kid:") && e.Message == "unknown key 'kid' in doseLimits; allowed keys: adult, child.");
    }

    [Fact]
    public void An_unknown_schema_is_rejected()
    {
        var yaml = DefaultProtocolFile.With("schema: itb-protocol/1", "schema: itb-protocol/2");

        var error = LoadErrors.Single(yaml);

        Assert.Equal($"{DefaultProtocolFile.Label}:{DefaultProtocolFile.LineOf(yaml, "schema: itb-protocol/2")}", error.Location);
        Assert.Equal("schema 'itb-protocol/2' is not one this ItbPlanner reads: write 'schema: itb-protocol/1'.", error.Message);
    }

    [Fact]
    public void An_unknown_pump_kind_lists_the_kinds()
    {
        var yaml = DefaultProtocolFile.With("    name: Flowonix Prometra II 20 mL\n    kind: programmable", "    name: Flowonix Prometra II 20 mL\n    kind: gas-driven");

        var error = LoadErrors.Single(yaml);

        Assert.Equal(LoadErrors.At(yaml, "kind: gas-driven"), error.Location);
        Assert.Equal("pumps.prometra-ii-20.kind must be programmable or constant-flow; got 'gas-driven'.", error.Message);
    }

    [Fact]
    public void A_list_where_a_single_value_belongs_is_rejected()
    {
        var yaml = DefaultProtocolFile.With("name: ItbPlanner default protocol", "name: [ItbPlanner, default]");

        var error = LoadErrors.Single(yaml);

        Assert.Equal(LoadErrors.At(yaml, "name: [ItbPlanner, default]"), error.Location);
        Assert.Equal("name must be a single value, not a list.", error.Message);
    }

    [Fact]
    public void Every_error_of_a_file_is_reported_in_file_order()
    {
        var yaml = DefaultProtocolFile
            .With("flex:\n  maximumStepJump: { value: 100 %", "flex:\n  maximumStepJump: { value: 100")
            .Replace("value: 40 mL, source: \"MDT-IFP", "value: 40 litres, source: \"MDT-IFP", StringComparison.Ordinal);

        var errors = LoadErrors.Of(yaml);

        Assert.Equal(2, errors.Count);
        Assert.Equal(LoadErrors.At(yaml, "40 litres"), errors[0].Location);
        Assert.Equal(LoadErrors.At(yaml, "maximumStepJump:"), errors[1].Location);
    }

    [Fact]
    public void An_empty_list_of_assessments_is_rejected_at_its_line()
    {
        var yaml = DefaultProtocolFile.With("assess: [Modified Ashworth, Penn spasm frequency]", "assess: []", out var changed);

        var error = LoadErrors.Single(yaml);

        Assert.Equal(changed, error.Location);
        Assert.Equal("screening.assess must list at least one item.", error.Message);
    }

    [Fact]
    public void Quoted_keys_and_values_read_like_plain_ones()
    {
        var yaml = DefaultProtocolFile.With("    capacity: { value: 40 mL, source: \"MDT-IFP", "    \"capacity\": { \"value\": \"40 mL\", source: \"MDT-IFP");

        var protocol = ProtocolLoader.Load(yaml, DefaultProtocolFile.Label);

        Assert.Equal(Domain.Quantities.Volume.FromMilliliters(40), protocol.FindPump("synchromed-ii-40")!.Capacity.Value);
    }

    [Fact]
    public void A_setting_left_empty_asks_for_value_and_source()
    {
        var yaml = DefaultProtocolFile.With("  absoluteTolerance: { value: 2 mL, source: \"ASRA-2017: a residual gap above 2 mL (or outside the accuracy spec) needs evaluation\" }", "  absoluteTolerance:", out var changed);

        var error = LoadErrors.Single(yaml);

        Assert.Equal(changed, error.Location);
        Assert.Equal("reconciliation.absoluteTolerance needs its value and its source, e.g. { value: ..., source: \"NSURG-2004: ...\" }.", error.Message);
    }
}
