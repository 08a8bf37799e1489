using System.Globalization;
using System.Reflection;

namespace ItbPlanner.Storage.Internal;

/// <summary>One versioned schema change: an embedded <c>NNNN_name.sql</c> script, numbered 1, 2, 3… without gaps.</summary>
/// <param name="Version">Its number.</param>
/// <param name="Name">The file name without <c>.sql</c>, as <c>schema_version</c> records it.</param>
/// <param name="Sql">The script.</param>
internal sealed record Migration(int Version, string Name, string Sql)
{
    /// <summary>The scripts embedded under a resource prefix (<c>migrations/</c> for SQLite, <c>pg-migrations/</c> for PostgreSQL), oldest first.</summary>
    /// <exception cref="InvalidOperationException">A script is misnamed, or the numbers have a gap (a build error, not the user's).</exception>
    public static Migration[] Load(string prefix)
    {
        var assembly = typeof(Migration).Assembly;
        var migrations = assembly.GetManifestResourceNames()
            .Where(n => n.StartsWith(prefix, StringComparison.Ordinal) && n.EndsWith(".sql", StringComparison.Ordinal))
            .Select(n => Read(assembly, prefix, n))
            .OrderBy(m => m.Version)
            .ToArray();
        for (var i = 0; i < migrations.Length; i++)
        {
            if (migrations[i].Version != i + 1)
            {
                throw new InvalidOperationException($"Migrations must be numbered 1, 2, 3… without gaps; found {migrations[i].Name} at position {i + 1}.");
            }
        }

        return migrations;
    }

    private static Migration Read(Assembly assembly, string prefix, string resource)
    {
        var name = resource[prefix.Length..^".sql".Length];
        var number = name.Split('_')[0];
        if (!int.TryParse(number, NumberStyles.None, CultureInfo.InvariantCulture, out var version))
        {
            throw new InvalidOperationException($"Migration {resource} must start with its number, e.g. 0002_add_index.sql.");
        }

        using var stream = assembly.GetManifestResourceStream(resource)!;
        using var reader = new StreamReader(stream);
        return new Migration(version, name, reader.ReadToEnd());
    }
}
