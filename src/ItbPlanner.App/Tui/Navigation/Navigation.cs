namespace ItbPlanner.App.Tui.Navigation;

/// <summary>What a screen asks the navigator to do next.</summary>
internal abstract record Navigation
{
    /// <summary>Open another screen on top of this one.</summary>
    public sealed record Open(Screen Screen) : Navigation;

    /// <summary>Replace this screen with another (e.g. a wizard's next step).</summary>
    public sealed record Replace(Screen Screen) : Navigation;

    /// <summary>Go back to the previous screen.</summary>
    public sealed record Back : Navigation;

    /// <summary>Abandon the current task: back to the home screen, nothing written.</summary>
    public sealed record Cancel : Navigation;

    /// <summary>Leave the application.</summary>
    public sealed record Quit : Navigation;

    /// <summary>Shared instance of <see cref="Back"/>.</summary>
    public static Navigation GoBack { get; } = new Back();

    /// <summary>Shared instance of <see cref="Cancel"/>.</summary>
    public static Navigation GoHome { get; } = new Cancel();

    /// <summary>Shared instance of <see cref="Quit"/>.</summary>
    public static Navigation Exit { get; } = new Quit();
}
