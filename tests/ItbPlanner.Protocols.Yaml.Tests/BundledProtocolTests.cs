using ItbPlanner.Domain.Protocols;

namespace ItbPlanner.Protocols.Yaml.Tests;

public class BundledProtocolTests
{
    [Fact]
    public void Bundled_default_protocol_loads_without_errors()
    {
        var protocol = ProtocolLoader.LoadFile(DefaultProtocolFile.FullPath);

        Assert.Equal("ItbPlanner default protocol", protocol.Name);
        Assert.Empty(ProtocolValidator.Validate(protocol));
    }
}
