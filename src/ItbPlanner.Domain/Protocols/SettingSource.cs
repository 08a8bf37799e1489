namespace ItbPlanner.Domain.Protocols;

/// <summary>
/// Where a protocol value comes from: its citation, whether the reference marks it UNCONFIRMED (<c>verify: true</c>, to be
/// shown as a site-verified setting), who verified it on site and when, and where it sits in the protocol file.
/// </summary>
/// <param name="Key">The value's path in the protocol, e.g. <c>refill.marginDays</c>; results name it as the rule used.</param>
/// <param name="Citation">The <c>source:</c> text.</param>
/// <param name="Verify">True when the value must be verified on site before clinical use.</param>
/// <param name="VerifiedBy">Who verified it on site, when recorded.</param>
/// <param name="VerifiedOn">When it was verified on site, when recorded.</param>
/// <param name="Location">Where it was read, e.g. <c>protocols/default.yaml:42</c>; null for values built in code (tests).</param>
public sealed record SettingSource(string Key, string Citation, bool Verify = false, string? VerifiedBy = null, DateOnly? VerifiedOn = null, string? Location = null)
{
    /// <summary>True when the value is marked <c>verify: true</c> and nobody has recorded verifying it.</summary>
    public bool AwaitsSiteVerification => Verify && (VerifiedBy is null || VerifiedOn is null);

    /// <summary>How a result cites this value: the rule key, the citation, and its verification status.</summary>
    public string Cite()
    {
        var status = !Verify
            ? string.Empty
            : AwaitsSiteVerification
                ? "; site-verified setting, NOT YET VERIFIED on site"
                : $"; site-verified by {VerifiedBy} on {VerifiedOn:yyyy-MM-dd}";
        return $"protocol {Key} [{Citation}{status}]";
    }
}
