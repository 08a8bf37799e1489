using ItbPlanner.Domain.Alerts;
using ItbPlanner.Domain.Protocols;

namespace ItbPlanner.Domain.Internal;

/// <summary>One <c>SITE_SETTING_UNVERIFIED</c> warning per protocol value a result used that still awaits site verification.</summary>
internal static class SiteVerification
{
    public static IEnumerable<Alert> AlertsFor(params SettingSource[] sources) =>
        sources
            .Where(s => s.AwaitsSiteVerification)
            .DistinctBy(s => s.Key)
            .Select(s => Alert.Warning(AlertCodes.SiteSettingUnverified, $"This result uses protocol {s.Key}, which must be verified on site before clinical use."));
}
