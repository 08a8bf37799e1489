using ItbPlanner.Domain.Protocols;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace ItbPlanner.Protocols.Yaml.Reading;

/// <summary>
/// One read of one protocol text: its location label, the clinic's date when known (a <c>verifiedOn</c> after it is an
/// error), and every error found so far, each at a line.
/// </summary>
internal sealed class ReadContext(string location, DateOnly? today = null)
{
    private readonly List<(long Line, ProtocolError Error)> errors = [];

    public string Location => location;

    /// <summary>The clinic's date, or null when the caller gave none (then only dates before 2000 are refused).</summary>
    public DateOnly? Today => today;

    public bool HasErrors => errors.Count > 0;

    public string Where(YamlNode node) => Where(node.Start);

    public string Where(Mark mark) => $"{location}:{mark.Line}";

    public void Error(YamlNode node, string message) => Error(node.Start, message);

    public void Error(Mark mark, string message) => errors.Add((mark.Line, new ProtocolError(Where(mark), message)));

    /// <summary>An error about the whole file (not found, empty), located at the file alone.</summary>
    public void Error(string message) => errors.Add((0, new ProtocolError(location, message)));

    /// <summary>The errors in file order (stable for errors on one line).</summary>
    public IReadOnlyList<ProtocolError> Errors() => errors.OrderBy(e => e.Line).Select(e => e.Error).ToList();
}
