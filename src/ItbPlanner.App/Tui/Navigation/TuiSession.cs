using ItbPlanner.Domain.Protocols;
using Microsoft.Extensions.DependencyInjection;
using Spectre.Console;

namespace ItbPlanner.App.Tui.Navigation;

/// <summary>What every screen works with: the console, the protocol, the clock, the user and the services.</summary>
internal sealed class TuiSession(IAnsiConsole console, Protocol protocol, TimeProvider time, string user, IServiceProvider services)
{
    /// <summary>The console (injected; a scripted one in tests).</summary>
    public IAnsiConsole Console { get; } = console;

    /// <summary>The protocol in force.</summary>
    public Protocol Protocol { get; } = protocol;

    /// <summary>The clock.</summary>
    public TimeProvider Time { get; } = time;

    /// <summary>Who is using the UI; recorded as the author of logged events.</summary>
    public string User { get; } = user;

    /// <summary>Application services.</summary>
    public IServiceProvider Services { get; } = services;

    /// <summary>Now, as a moment.</summary>
    public DateTimeOffset Now => Time.GetUtcNow();

    /// <summary>Today in local time.</summary>
    public DateOnly Today => DateOnly.FromDateTime(Time.GetLocalNow().DateTime);

    /// <summary>A required service.</summary>
    public T Get<T>()
        where T : notnull => Services.GetRequiredService<T>();
}
