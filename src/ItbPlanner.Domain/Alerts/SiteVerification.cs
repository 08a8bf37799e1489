using ItbPlanner.Domain.Protocols;

namespace ItbPlanner.Domain.Alerts;

/// <summary>
/// One <c>SITE_SETTING_UNVERIFIED</c> alert listing the protocol values a result used that are marked <c>verify: true</c>
/// and not yet verified on site. Results that combine calculations merge theirs into one.
/// </summary>
public static class SiteVerification
{
    /// <summary>The alert for the settings used, or none when all are verified.</summary>
    public static IEnumerable<Alert> Unverified(IEnumerable<SettingSource?> sources)
    {
        var pending = sources
            .OfType<SettingSource>()
            .Where(s => s.AwaitsSiteVerification)
            .Select(s => s.Key)
            .Distinct(StringComparer.Ordinal)
            .ToList();
        return pending.Count == 0 ? [] : [Create(pending)];
    }

    /// <summary>The same alerts with every <c>SITE_SETTING_UNVERIFIED</c> merged into one, most severe first.</summary>
    public static IReadOnlyList<Alert> Merge(IEnumerable<Alert> alerts)
    {
        var all = alerts.ToList();
        var keys = all
            .Where(a => a.Code == AlertCodes.SiteSettingUnverified)
            .SelectMany(a => a.Subjects ?? [])
            .Distinct(StringComparer.Ordinal)
            .ToList();
        var others = all.Where(a => a.Code != AlertCodes.SiteSettingUnverified).Distinct();
        var merged = keys.Count == 0 ? others : others.Append(Create(keys));
        return [.. merged.OrderByDescending(a => a.Severity)];
    }

    private static Alert Create(IReadOnlyList<string> keys) =>
        Alert.Info(
            AlertCodes.SiteSettingUnverified,
            $"Site-verified settings not yet verified on site: {string.Join(", ", keys)}. Verify them in the protocol file (verifiedBy, verifiedOn).") with
        {
            Subjects = keys,
        };
}
