using Microsoft.Extensions.Configuration;

namespace ItbPlanner.App.Hosting;

/// <summary>
/// The checkpoint files config.json names as defaults (<c>CheckpointKey</c>, <c>CheckpointPublicKey</c>,
/// <c>CheckpointFile</c>), made absolute from the current directory; null where none is set.
/// </summary>
/// <param name="PrivateKey">The default of <c>itb log checkpoint --key</c>.</param>
/// <param name="PublicKey">The default of <c>itb log verify --public-key</c>.</param>
/// <param name="File">The default of <c>itb log checkpoint --out</c> and <c>itb log verify --checkpoint</c>.</param>
internal sealed record CheckpointDefaults(string? PrivateKey, string? PublicKey, string? File)
{
    /// <summary>The defaults from configuration.</summary>
    public static CheckpointDefaults From(IConfiguration configuration) =>
        new(Path(configuration, SettingKeys.CheckpointKey), Path(configuration, SettingKeys.CheckpointPublicKey), Path(configuration, SettingKeys.CheckpointFile));

    private static string? Path(IConfiguration configuration, string key) =>
        configuration[key] is { } value && !string.IsNullOrWhiteSpace(value) ? System.IO.Path.GetFullPath(value) : null;
}
