using ItbPlanner.Domain.Alerts;
using ItbPlanner.Domain.Protocols;

namespace ItbPlanner.Domain.Internal;

/// <summary>
/// One <c>SITE_SETTING_UNVERIFIED</c> alert listing the protocol values a result used that are marked <c>verify: true</c>
/// and not yet verified on site (the same form as the refill plan's).
/// </summary>
internal static class SiteVerification
{
    public static IEnumerable<Alert> Unverified(IEnumerable<SettingSource?> sources)
    {
        var pending = sources
            .OfType<SettingSource>()
            .Where(s => s.AwaitsSiteVerification)
            .Select(s => s.Key)
            .Distinct(StringComparer.Ordinal)
            .ToList();
        if (pending.Count > 0)
        {
            yield return Alert.Info(
                AlertCodes.SiteSettingUnverified,
                $"Site-verified settings not yet verified on site: {string.Join(", ", pending)}. Verify them in the protocol file (verifiedBy, verifiedOn).");
        }
    }
}
