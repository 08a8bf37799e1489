using ItbPlanner.App.Cli;
using ItbPlanner.App.Protocols;
using ItbPlanner.App.TherapyLog;
using ItbPlanner.Application.Ports;
using ItbPlanner.App.Tui.Records;
using ItbPlanner.App.Tui.Terminal;
using ItbPlanner.Domain.Log;
using ItbPlanner.Domain.Log.Courses;
using ItbPlanner.Domain.Protocols;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Spectre.Console;

namespace ItbPlanner.App.Hosting;

/// <summary>The application's service graph, shared by the program and the tests.</summary>
internal static class ServiceCollectionExtensions
{
    /// <summary>Registers ItbPlanner's services for an environment.</summary>
    public static IServiceCollection AddItbPlanner(this IServiceCollection services, CliEnvironment environment)
    {
        services.AddSingleton(environment);
        services.AddSingleton<TimeProvider>(sp => new ClinicClock(
            environment.Time,
            ClinicClock.Zone(sp.GetRequiredService<IConfiguration>()[SettingKeys.TimeZone], environment.Time.LocalTimeZone)));
        services.AddSingleton<IProtocolSource, ProtocolSource>();
        services.AddSingleton<Protocol>(sp => sp.GetRequiredService<IProtocolSource>().Load());
        services.AddSingleton<IAnsiConsole>(_ => ConsoleFactory.Create(environment.Out, environment.AnsiOutput, environment.Interactive));

        // The therapy log, guarded by the therapy workflow: an event the patient's course does not allow is refused (exit 3).
        services.AddSingleton<IEventGuard>(sp => new WorkflowEventGuard(sp.GetRequiredService<Protocol>()));
        services.AddSingleton<LogAccess>();

        // The terminal UI: the real terminal (tests register a scripted one) and the UI's view of the log.
        services.AddSingleton<ITuiTerminal, ProcessTerminal>();
        services.AddSingleton<ClinicRecords>();
        return services;
    }
}
