using ItbPlanner.Domain.Protocols;
using ItbPlanner.Protocols.Yaml.Reading;

namespace ItbPlanner.Protocols.Yaml.Mapping;

/// <summary>
/// Sections with one entry per population (<c>adult</c>, <c>child</c>) or per origin (<c>spinal</c>, <c>cerebral</c>,
/// <c>pediatric</c>): every entry is required, and any other key is reported as unknown.
/// </summary>
internal static class KeyedSections
{
    public static readonly (string Key, Population Value)[] Populations = [("adult", Population.Adult), ("child", Population.Child)];

    public static readonly (string Key, TitrationOrigin Value)[] Origins =
        [("spinal", TitrationOrigin.Spinal), ("cerebral", TitrationOrigin.Cerebral), ("pediatric", TitrationOrigin.Pediatric)];

    /// <summary>Reads each entry of the section under <paramref name="key"/>; null when the section or any entry is wrong.</summary>
    public static IReadOnlyList<TResult>? Read<TKey, TResult>(MapNode parent, string key, (string Key, TKey Value)[] entries, Func<MapNode, string, TKey, TResult?> readOne)
        where TResult : class
    {
        var section = parent.RequiredMap(key, entries.Select(e => e.Key).ToArray());
        if (section is null)
        {
            return null;
        }

        var results = new List<TResult>();
        foreach (var (name, value) in entries)
        {
            if (readOne(section, name, value) is { } result)
            {
                results.Add(result);
            }
        }

        return results.Count == entries.Length ? results : null;
    }
}
