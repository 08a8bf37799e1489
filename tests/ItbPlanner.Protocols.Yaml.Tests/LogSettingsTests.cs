namespace ItbPlanner.Protocols.Yaml.Tests;

/// <summary>Issue 12's setting in YAML: how old the newest signed checkpoint of the log may be.</summary>
public class LogSettingsTests
{
    [Fact]
    public void The_bundled_file_gives_a_checkpoint_age_of_7_days_to_verify_on_site()
    {
        var protocol = ProtocolLoader.Load(DefaultProtocolFile.Text, DefaultProtocolFile.Label);

        Assert.Equal(7, protocol.Log!.CheckpointMaxAgeDays.Value);
        Assert.Equal("log.checkpointMaxAgeDays", protocol.Log.CheckpointMaxAgeDays.Source.Key);
        Assert.True(protocol.Log.CheckpointMaxAgeDays.Source.Verify);
    }

    [Fact]
    public void A_file_without_a_log_section_still_loads_and_sets_no_checkpoint_age()
    {
        var text = DefaultProtocolFile.Text;

        var protocol = ProtocolLoader.Load(text.Remove(text.IndexOf("\nlog:", StringComparison.Ordinal) + 1), DefaultProtocolFile.Label);

        Assert.Null(protocol.Log);
    }

    [Fact]
    public void A_checkpoint_age_of_zero_days_is_refused_at_load()
    {
        var error = Assert.Throws<Domain.Protocols.InvalidProtocolException>(() =>
            ProtocolLoader.Load(DefaultProtocolFile.With("checkpointMaxAgeDays: { value: 7 days", "checkpointMaxAgeDays: { value: 0 days"), DefaultProtocolFile.Label));

        Assert.Contains("log.checkpointMaxAgeDays must be greater than zero", error.Message, StringComparison.Ordinal);
    }
}
