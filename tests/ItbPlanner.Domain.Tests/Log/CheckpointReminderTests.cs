using ItbPlanner.Domain.Alerts;
using ItbPlanner.Domain.Log;
using ItbPlanner.Domain.Protocols;
using ItbPlanner.Testing;

namespace ItbPlanner.Domain.Tests.Log;

public class CheckpointReminderTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 21, 9, 0, 0, TimeSpan.Zero);

    private static readonly LogRules Rules = TestProtocols.Default().Log!;

    [Fact]
    public void No_checkpoint_at_all_is_CHECKPOINT_STALE()
    {
        var alert = CheckpointReminder.Check(null, Rules, Now);

        Assert.Equal((AlertCodes.CheckpointStale, AlertSeverity.Warning), (alert?.Code, alert?.Severity));
        Assert.Contains("log.checkpointMaxAgeDays", alert?.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_checkpoint_is_stale_only_once_more_whole_days_than_the_protocol_allows_have_passed()
    {
        Assert.Null(CheckpointReminder.Check(Now.AddDays(-7), Rules, Now));
        Assert.Null(CheckpointReminder.Check(Now.AddDays(-8).AddTicks(1), Rules, Now));
        Assert.Contains("is 8 days old", CheckpointReminder.Check(Now.AddDays(-8), Rules, Now)?.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_protocol_without_log_rules_gives_no_reminder() => Assert.Null(CheckpointReminder.Check(null, null, Now));
}
