using ItbPlanner.Domain.Alerts;
using ItbPlanner.Domain.Protocols;

namespace ItbPlanner.Domain.Internal;

/// <summary>Warns about protocol values a result used that are marked <c>verify: true</c> and not yet verified on site.</summary>
internal static class SiteVerification
{
    public static IEnumerable<Alert> Unverified(IEnumerable<SettingSource?> sources) =>
        sources
            .OfType<SettingSource>()
            .Where(s => s.AwaitsSiteVerification)
            .DistinctBy(s => s.Key, StringComparer.Ordinal)
            .Select(s => Alert.Warning(
                AlertCodes.SiteSettingUnverified,
                $"protocol {s.Key} is a site-verified setting that nobody has yet verified on site: verify it before relying on this result."));
}
