namespace ItbPlanner.App.Tests.Tui;

/// <summary>Terminal.Gui keeps some state per process (configuration, drivers): its tests run one at a time.</summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class TerminalGuiTests
{
    public const string Name = "Terminal.Gui";
}
