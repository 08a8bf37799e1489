namespace ItbPlanner.App.Tests.Cli;

public sealed class ProgramTransferredRecordTests : IDisposable
{
    private readonly LogCli cli = new();

    public ProgramTransferredRecordTests()
    {
        cli.RegisterP1();
        cli.Ok("log", "record", "assessment", "--patient", "P1", "--score", "modified-ashworth=3", "--at", "2026-11-02T08:30");
        cli.Ok("log", "record", "screening-bolus", "--patient", "P1", "--dose", "50mcg", "--at", "2026-11-02T09:00");
        cli.Ok("log", "record", "assessment", "--patient", "P1", "--score", "modified-ashworth=1", "--after-bolus", "4h", "--at", "2026-11-02T13:00");
        cli.Ok("log", "record", "screening-outcome", "--patient", "P1", "--outcome", "positive", "--effect-hours", "6", "--at", "2026-11-02T17:00");
    }

    public void Dispose() => cli.Dispose();

    [Fact]
    public void Program_transferred_marks_the_newest_pending_plan_by_default()
    {
        var implant = cli.Ok("log", "record", "implant", "--patient", "P1", "--pump", "synchromed-ii-40", "--fill-volume", "40mL", "--concentration", "500mcg/mL", "--dose", "100mcg/day", "--at", "2026-11-05T10:00", "--json").Json;
        var seq = implant.EnumerateArray().First().GetProperty("seq").GetInt64();

        var transferred = cli.Ok("log", "record", "program-transferred", "--patient", "P1", "--notes", "printout compared", "--json").Json;

        Assert.Equal("program-transferred", transferred.GetProperty("kind").GetString());
        Assert.Equal(seq, transferred.GetProperty("payload").GetProperty("planSeq").GetInt64());
        Assert.Equal("printout compared", transferred.GetProperty("payload").GetProperty("notes").GetString());
    }

    [Fact]
    public void Without_a_pending_plan_or_with_a_non_plan_event_it_is_refused()
    {
        var none = cli.Run("log", "record", "program-transferred", "--patient", "P1");
        var notAPlan = cli.Run("log", "record", "program-transferred", "--patient", "P1", "--plan-seq", "1");

        Assert.Equal(2, none.ExitCode);
        Assert.Contains("no plan waiting to be transferred", none.Error, StringComparison.Ordinal);
        Assert.Equal(2, notAPlan.ExitCode);
        Assert.Contains("is not an implant, dose-program or refill", notAPlan.Error, StringComparison.Ordinal);
    }
}
