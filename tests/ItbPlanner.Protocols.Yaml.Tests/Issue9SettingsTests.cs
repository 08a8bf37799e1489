using ItbPlanner.Domain.Protocols;
using ItbPlanner.Domain.Quantities;

namespace ItbPlanner.Protocols.Yaml.Tests;

/// <summary>Issue 9's settings in YAML: the cerebral usual range, the small-child start and the high-dose step.</summary>
public class Issue9SettingsTests
{
    private const string Cerebral = """
            cerebral:
              usualMinimum: { value: 90 mcg/day, source: "MEDSCAPE-MAINT, SKYSCAPE: cerebral origin, usual 90-703 mcg/day" }
              usualMaximum: { value: 703 mcg/day, source: "MEDSCAPE-MAINT, SKYSCAPE: cerebral origin, usual 90-703 mcg/day (GABLOFEN-MPR: 90-700)" }

        """;

    [Fact]
    public void The_bundled_file_gives_adults_of_cerebral_origin_their_own_usual_range()
    {
        var protocol = ProtocolLoader.Load(DefaultProtocolFile.Text, DefaultProtocolFile.Label);

        var cerebral = protocol.LimitsFor(Population.Adult, TitrationOrigin.Cerebral);
        Assert.Equal(MassFlow.FromMicrogramsPerDay(90), cerebral.UsualMinimum.Value);
        Assert.Equal(MassFlow.FromMicrogramsPerDay(703), cerebral.UsualMaximum.Value);
        Assert.Equal("doseLimits.adult.cerebral.usualMaximum", cerebral.UsualMaximum.Source.Key);
        Assert.Equal(Mass.FromMicrograms(25), protocol.Screening.SmallChildStart!.Value);
        Assert.Equal(new Percentage(20), protocol.HighDose!.LargeStep.Value);
        Assert.True(protocol.HighDose.LargeStep.Source.Verify);
    }

    [Fact]
    public void A_file_written_before_issue_9_still_loads_without_the_new_settings()
    {
        var text = DefaultProtocolFile.Text;
        text = text.Remove(text.IndexOf("highDose:", StringComparison.Ordinal));
        text = text.Replace(Cerebral.ReplaceLineEndings("\n"), string.Empty, StringComparison.Ordinal);
        var small = text.IndexOf("  smallChildStart:", StringComparison.Ordinal);
        text = text.Remove(small, text.IndexOf('\n', small) - small + 1);

        var protocol = ProtocolLoader.Load(text, DefaultProtocolFile.Label);

        Assert.Empty(protocol.LimitsFor(Population.Adult).OriginRanges);
        Assert.Null(protocol.Screening.SmallChildStart);
        Assert.Null(protocol.HighDose);
    }

    [Fact]
    public void An_unknown_key_in_an_origin_range_is_reported_at_its_line()
    {
        var yaml = DefaultProtocolFile.With("      usualMaximum: { value: 703 mcg/day", "      usualMax: { value: 703 mcg/day");

        Assert.Contains(LoadErrors.Of(yaml), e => e.Message.Contains("usualMax", StringComparison.Ordinal));
    }

    [Fact]
    public void A_small_child_start_without_a_unit_is_refused()
    {
        var yaml = DefaultProtocolFile.With("smallChildStart: { value: 25 mcg,", "smallChildStart: { value: 25,");

        Assert.Contains(LoadErrors.Of(yaml), e => e.Message.StartsWith("screening.smallChildStart", StringComparison.Ordinal));
    }

    [Fact]
    public void A_high_dose_section_with_an_unknown_key_is_refused()
    {
        var yaml = DefaultProtocolFile.With("  largeStep: { value: 20 %", "  bigStep: { value: 20 %");

        Assert.NotEmpty(LoadErrors.Of(yaml));
    }
}
