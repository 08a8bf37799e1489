using ItbPlanner.Domain.Protocols;

namespace ItbPlanner.Protocols.Yaml.Tests;

/// <summary>Loads broken protocol text and returns its errors, checking each is one plain line without a stack trace.</summary>
internal static class LoadErrors
{
    public static IReadOnlyList<ProtocolError> Of(string yaml)
    {
        var e = Assert.Throws<InvalidProtocolException>(() => ProtocolLoader.Load(yaml, DefaultProtocolFile.Label));
        AssertOneLine(e.Message);
        Assert.All(e.Errors, error => AssertOneLine(error.ToString()));
        return e.Errors;
    }

    public static IReadOnlyList<ProtocolError> OfFile(string path)
    {
        var e = Assert.Throws<InvalidProtocolException>(() => ProtocolLoader.LoadFile(path));
        AssertOneLine(e.Message);
        return e.Errors;
    }

    /// <summary>The only error; fails listing all of them when there is not exactly one.</summary>
    public static ProtocolError Single(string yaml)
    {
        var errors = Of(yaml);
        Assert.True(errors.Count == 1, "expected one error, got:\n" + string.Join("\n", errors));
        return errors[0];
    }

    /// <summary>The location of the line holding <paramref name="fragment"/> in <paramref name="yaml"/>.</summary>
    public static string At(string yaml, string fragment) => $"{DefaultProtocolFile.Label}:{DefaultProtocolFile.LineOf(yaml, fragment)}";

    private static void AssertOneLine(string message)
    {
        Assert.DoesNotContain('\n', message);
        Assert.DoesNotContain('\r', message);
        Assert.DoesNotContain("   at ", message, StringComparison.Ordinal);
        Assert.DoesNotContain("Exception", message, StringComparison.Ordinal);
    }
}
