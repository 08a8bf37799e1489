namespace ItbPlanner.App.Tests.Tui;

public sealed class DebugDump
{
    [Fact]
    public void Dump()
    {
        using var tui = new TuiHarness();
        tui.Ok(keys => keys.ImplantedPatient("P1").Choose("Quit"));
        tui.Clock.Advance(TimeSpan.FromHours(25));
        var s = tui.Run(keys => keys.TitrateProposed("P1", "200 mcg/day").Choose("Quit"));
        File.WriteAllText("/tmp/tui-dump.txt", $"exit {s.ExitCode} pending {s.PendingKeys}\n{s.Error}\n{s.Screen}");
    }
}
