using ItbPlanner.Domain.Alerts;
using ItbPlanner.Domain.Errors;
using ItbPlanner.Domain.Protocols;
using ItbPlanner.Domain.Quantities;
using ItbPlanner.Domain.Titration;
using ItbPlanner.Testing;

namespace ItbPlanner.Domain.Tests.Titration;

public sealed class MaintenanceChangeCheckTests
{
    private static MaintenanceChangeResult Check(decimal from, decimal to, TitrationOrigin origin = TitrationOrigin.Cerebral, string? reason = null, Population? population = null) =>
        MaintenanceChangeCheck.Check(TestProtocols.Default(), new MaintenanceChangeRequest(MassFlow.FromMicrogramsPerDay(from), MassFlow.FromMicrogramsPerDay(to), origin, population, reason));

    [Theory]
    [InlineData(200, 240)]
    [InlineData(200, 160)]
    [InlineData(200, 200)]
    [InlineData(200, 210)]
    public void Changes_within_the_maintenance_limits_are_allowed(decimal from, decimal to)
    {
        var result = Check(from, to);

        Assert.True(result.Allowed);
        Assert.Null(result.Blocking);
        Assert.DoesNotContain(result.Alerts, a => a.Severity == AlertSeverity.Critical);
        Assert.Same(result, result.EnsureAllowed());
    }

    [Fact]
    public void A_decrease_beyond_the_maximum_is_an_abrupt_decrease_and_blocked()
    {
        var result = Check(200, 159.9m);

        Assert.False(result.Allowed);
        Assert.Equal(AlertCodes.AbruptDecrease, result.Blocking!.Code);
        Assert.Equal(AlertSeverity.Critical, result.Blocking.Severity);
        Assert.Equal(new Percentage(-20.05m), result.Change);
        Assert.Equal(AlertCodes.AbruptDecrease, Assert.Throws<ProtocolLimitException>(() => result.EnsureAllowed()).Code);
    }

    [Fact]
    public void An_override_reason_allows_an_abrupt_decrease_and_is_echoed()
    {
        var result = Check(200, 100, reason: "  drowsy, overdose signs ");

        Assert.True(result.Allowed);
        Assert.Equal("drowsy, overdose signs", result.OverrideReason);
        Assert.Contains(result.Alerts, a => a.Code == AlertCodes.AbruptDecrease && a.Severity == AlertSeverity.Critical);
        Assert.Contains(result.Working, l => l.Contains("overridden, reason: drowsy, overdose signs", StringComparison.Ordinal));
    }

    [Fact]
    public void Stopping_the_drug_is_an_abrupt_decrease()
    {
        Assert.Equal(AlertCodes.AbruptDecrease, Check(200, 0).Blocking!.Code);
    }

    [Theory]
    [InlineData(TitrationOrigin.Cerebral, 240, true)]
    [InlineData(TitrationOrigin.Cerebral, 240.2, false)]
    [InlineData(TitrationOrigin.Spinal, 280, true)]
    [InlineData(TitrationOrigin.Spinal, 280.2, false)]
    public void An_increase_beyond_the_origins_maximum_is_blocked_with_its_own_code(TitrationOrigin origin, decimal to, bool allowed)
    {
        var result = Check(200, to, origin);

        Assert.Equal(allowed, result.Allowed);
        Assert.Equal(allowed ? null : AlertCodes.IncreaseAboveMaintenanceLimit, result.Blocking?.Code);
        Assert.True(Check(200, to, origin, reason: "partial catheter occlusion ruled out").Allowed);
    }

    [Fact]
    public void The_hard_ceiling_blocks_even_with_an_override_reason()
    {
        var result = Check(1900, 2100, TitrationOrigin.Spinal, reason: "insisted");

        Assert.False(result.Allowed);
        Assert.Equal(AlertCodes.DoseAboveHardLimit, result.Blocking!.Code);
    }

    [Fact]
    public void A_target_above_the_usual_range_warns()
    {
        Assert.Contains(Check(750, 850, TitrationOrigin.Spinal).Alerts, a => a.Code == AlertCodes.DoseAboveUsualRange);
    }

    [Fact]
    public void Site_verified_limits_awaiting_verification_are_flagged()
    {
        Assert.Contains(Check(200, 220, TitrationOrigin.Spinal).Alerts, a => a.Code == AlertCodes.SiteSettingUnverified);
        Assert.DoesNotContain(Check(200, 220, TitrationOrigin.Cerebral).Alerts, a => a.Code == AlertCodes.SiteSettingUnverified);
    }

    [Fact]
    public void Working_shows_the_change_and_cites_the_limits()
    {
        var working = Check(200, 160).Working;

        Assert.Contains(working, l => l.Contains("(160 mcg/day − 200 mcg/day) ÷ 200 mcg/day = -20 %", StringComparison.Ordinal));
        Assert.Contains(working, l => l.Contains("maintenance.cerebral.maximumIncrease", StringComparison.Ordinal) && l.Contains("maintenance.cerebral.maximumDecrease", StringComparison.Ordinal));
    }

    [Fact]
    public void Impossible_inputs_name_the_option()
    {
        Assert.Equal("current dose", Assert.Throws<InvalidInputException>(() => Check(0, 100)).Input);
        Assert.Equal("proposed dose", Assert.Throws<InvalidInputException>(() => Check(100, -1)).Input);
    }
}
