using System.Reflection;

namespace ItbPlanner.App.Protocols;

/// <summary>The default protocol, embedded in the executable from <c>protocols/default.yaml</c>.</summary>
internal static class BundledProtocol
{
    /// <summary>How messages name the bundled file.</summary>
    public const string Label = "protocols/default.yaml";

    private const string ResourceName = "protocols/default.yaml";

    /// <summary>The YAML text.</summary>
    public static string ReadText()
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"The bundled protocol resource '{ResourceName}' is missing from the build.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
