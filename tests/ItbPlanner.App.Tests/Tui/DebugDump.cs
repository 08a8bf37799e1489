namespace ItbPlanner.App.Tests.Tui;

public sealed class DebugDump
{
    [Fact]
    public void Dump()
    {
        using var tui = new TuiHarness();
        tui.Run(keys => keys
            .RegisterAdult("P1")
            .Choose("Screening")
            .Choose("Book").Enter().Line("2026-11-20 09:00").Choose("Log")
            .Choose("baseline").Line("2026-11-21 07:00").Choose("3").Enter().Choose("3").Choose("Log")
            .Choose("Give").Choose("Lumbar").Line("2026-11-21 07:30").Choose("Log")
            .Choose("after").Line("1 h").Choose("3").Enter().Choose("3").Choose("Log")
            .Choose("outcome").Choose("Inadequate").Enter().Choose("Log")
            .Choose("Cancel").Choose("Quit"));
        var s = tui.Run(keys => keys.Choose("Screening").Choose("P1").Choose("Cancel").Choose("Quit"));
        File.WriteAllText("/tmp/tui-dump.txt", $"exit {s.ExitCode} pending {s.PendingKeys}\n{s.Error}\n{s.Screen}");
    }
}
