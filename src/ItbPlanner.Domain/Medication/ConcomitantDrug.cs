namespace ItbPlanner.Domain.Medication;

/// <summary>
/// Names of the concomitant medicines the log knows by name: oral baclofen (whose daily total the protocol's oral ceiling
/// bounds) and diazepam (the published SPS case's other oral drug). Any other medicine is logged under the name given.
/// </summary>
public static class ConcomitantDrug
{
    /// <summary>Oral baclofen's name in the log.</summary>
    public const string OralBaclofen = "oral-baclofen";

    /// <summary>Diazepam's name in the log.</summary>
    public const string Diazepam = "diazepam";

    private static readonly Dictionary<string, string> Aliases = new(StringComparer.OrdinalIgnoreCase)
    {
        ["oral-baclofen"] = OralBaclofen,
        ["oral baclofen"] = OralBaclofen,
        ["baclofen"] = OralBaclofen,
        ["diazepam"] = Diazepam,
    };

    /// <summary>The name the log keeps: a known drug's canonical name (any case, "baclofen" meaning oral baclofen), else the name trimmed.</summary>
    public static string Normalize(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        var trimmed = name.Trim();
        return Aliases.TryGetValue(trimmed, out var known) ? known : trimmed;
    }

    /// <summary>Whether a logged name is oral baclofen.</summary>
    public static bool IsOralBaclofen(string name) => string.Equals(Normalize(name), OralBaclofen, StringComparison.Ordinal);

    /// <summary>"oral baclofen", "diazepam", or the name as logged: how results print it.</summary>
    public static string Display(string name) => Normalize(name) is OralBaclofen ? "oral baclofen" : Normalize(name);
}
