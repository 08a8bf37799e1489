namespace ItbPlanner.Protocols.Yaml.Tests;

/// <summary>The protocol's fingerprint keys the course snapshot cache: the same text, the same key; any change, another.</summary>
public class FingerprintTests
{
    [Fact]
    public void The_same_protocol_text_gives_the_same_fingerprint()
    {
        var first = ProtocolLoader.Load(DefaultProtocolFile.Text, DefaultProtocolFile.Label);
        var again = ProtocolLoader.Load(DefaultProtocolFile.Text, "another/place/default.yaml");

        Assert.Equal(first.Fingerprint, again.Fingerprint);
    }

    [Fact]
    public void A_comment_added_to_the_protocol_changes_its_fingerprint()
    {
        var original = ProtocolLoader.Load(DefaultProtocolFile.Text, DefaultProtocolFile.Label);
        var commented = ProtocolLoader.Load(DefaultProtocolFile.Text + "\n# reviewed by the clinic\n", DefaultProtocolFile.Label);

        Assert.NotEqual(original.Fingerprint, commented.Fingerprint);
    }

    [Fact]
    public void The_fingerprint_names_its_hash_so_a_snapshot_keyed_by_another_kind_never_matches()
    {
        var fingerprint = ProtocolLoader.Load(DefaultProtocolFile.Text, DefaultProtocolFile.Label).Fingerprint;

        Assert.Matches("^xxh128:[0-9a-f]{32}$", fingerprint);
    }
}
