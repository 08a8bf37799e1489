using ItbPlanner.App.Cli;
using ItbPlanner.App.Protocols;
using ItbPlanner.App.Tui;
using ItbPlanner.Application.Clinic;
using ItbPlanner.Application.ConcentrationChanges;
using ItbPlanner.Application.Flex;
using ItbPlanner.Application.Integrity;
using ItbPlanner.Application.OralWean;
using ItbPlanner.Application.Patients;
using ItbPlanner.Application.Ports;
using ItbPlanner.Application.Protocols;
using ItbPlanner.Application.Recording;
using ItbPlanner.Application.Refills;
using ItbPlanner.Application.Review;
using ItbPlanner.Application.Screening;
using ItbPlanner.Application.Titration;
using ItbPlanner.Application.Workflow;
using ItbPlanner.Domain.Log;
using ItbPlanner.Domain.Log.Courses;
using ItbPlanner.Domain.Log.Snapshots;
using ItbPlanner.Domain.Protocols;
using ItbPlanner.Storage;
using ItbPlanner.Storage.Adapters;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Spectre.Console;

namespace ItbPlanner.App.Hosting;

/// <summary>
/// The application's service graph, shared by the program and the tests: the ports (the log on SQLite or PostgreSQL, the protocol file),
/// the clinic's clock, every use case, and the two front ends' own services. The one place that knows the storage.
/// </summary>
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
        services.AddSingleton<IProtocolFiles, ProtocolFiles>();
        services.AddSingleton<Protocol>(sp => sp.GetRequiredService<IProtocolSource>().Load());
        services.AddSingleton<IAnsiConsole>(_ => ConsoleFactory.Create(environment.Out, environment.AnsiOutput, environment.Interactive));
        services.AddTherapyLog(environment);
        services.AddUseCases();

        // The terminal UI: the real terminal (tests register a scripted one), what it reads of the process, its root.
        services.AddSingleton<ITerminalApplicationFactory, TerminalApplicationFactory>();
        services.AddSingleton(_ => new TerminalFacts(environment.Error, environment.Interactive, environment.GetVariable));
        services.AddSingleton<TuiUseCases>();
        services.AddSingleton<TuiApp>();
        return services;
    }

    /// <summary>
    /// The therapy log on SQLite or PostgreSQL (as --db or ITB_DB names it), guarded by the therapy workflow (an event the patient's course does not allow is refused,
    /// exit 3). One connection per invocation, opened on first use: for reading (never creating a log) or for recording.
    /// </summary>
    private static void AddTherapyLog(this IServiceCollection services, CliEnvironment environment)
    {
        services.AddSingleton<IEventGuard>(sp => new WorkflowEventGuard(sp.GetRequiredService<Protocol>()));
        services.AddSingleton(sp =>
        {
            var configuration = sp.GetRequiredService<IConfiguration>();
            return new LogConnection(
                () =>
                {
                    try
                    {
                        return LogLocation.Resolve(configuration, environment);
                    }
                    catch (StorageException e)
                    {
                        throw new LogUnavailableException(e.Message, e);
                    }
                },
                sp.GetRequiredService<TimeProvider>(),
                warning => environment.Error.WriteLine($"warning: {Output.TerminalText.Clean(warning)}"));
        });
        services.AddSingleton<ITherapyLogReader>(sp => new StoredLogReader(sp.GetRequiredService<LogConnection>()));
        services.AddSingleton<ITherapyRecords>(sp => new StoredTherapyRecords(
            sp.GetRequiredService<LogConnection>(),
            sp.GetRequiredService<IEventGuard>() is ICourseGuard guard ? guard.Snapshots : new CourseSnapshots(sp.GetRequiredService<Protocol>())));
        services.AddSingleton<ITherapyLog>(sp => new StoredTherapyLog(sp.GetRequiredService<LogConnection>(), sp.GetRequiredService<IEventGuard>()));
        services.AddSingleton<ILogVerifier>(sp => new StoredLogVerifier(sp.GetRequiredService<LogConnection>()));
        services.AddSingleton<ILogIntegrity>(sp => new StoredLogIntegrity(sp.GetRequiredService<LogConnection>()));
        services.AddSingleton<ILogAdministration>(sp => new StoredLogAdministration(sp.GetRequiredService<LogConnection>()));
        services.AddSingleton(sp => CheckpointDefaults.From(sp.GetRequiredService<IConfiguration>()));
    }

    /// <summary>Every use case of the application layer: constructed by the container, each with its own dependencies.</summary>
    private static void AddUseCases(this IServiceCollection services)
    {
        // Calculations on the protocol.
        services.AddSingleton<PlanRefill>();
        services.AddSingleton<ReconcileFill>();
        services.AddSingleton<PlanRefillBridge>();
        services.AddSingleton<PlanConcentrationChange>();
        services.AddSingleton<CheckFlexSchedule>();
        services.AddSingleton<PlanDoses>();
        services.AddSingleton<PlanOralWean>();
        services.AddSingleton<WeanOralBaclofen>();
        services.AddSingleton<PlanScreening>();
        services.AddSingleton<DrawWorkflow>();
        services.AddSingleton<ShowProtocol>();
        services.AddSingleton<ValidateProtocol>();

        // The therapy log.
        services.AddSingleton<RegisterPatient>();
        services.AddSingleton<ListPatients>();
        services.AddSingleton<OpenPatient>();
        services.AddSingleton<ShowPatient>();
        services.AddSingleton<ShowTimeline>();
        services.AddSingleton<ReadPatientLog>();
        services.AddSingleton<VerifyLog>();
        // The snapshots are asked for only when the audit gets to them: they need the protocol, the chains' audit does not.
        services.AddSingleton(sp => new AuditLog(sp.GetRequiredService<ITherapyLogReader>(), sp.GetRequiredService<ILogIntegrity>(), sp.GetRequiredService<ITherapyRecords>));
        services.AddSingleton<TakeCheckpoint>();
        services.AddSingleton<GenerateCheckpointKeys>();
        services.AddSingleton<CheckpointAge>();
        services.AddSingleton<ExportLog>();
        services.AddSingleton<PrepareReport>();
        services.AddSingleton<RecordEntry>();
        services.AddSingleton<ReconcilePatientFill>();
        services.AddSingleton<BuildClinicSchedule>();
        services.AddSingleton<ClinicOverview>();
        services.AddSingleton<AcknowledgeAlerts>();
        services.AddSingleton<TitrationDay>();

        // Setting up and moving the log.
        services.AddSingleton<Application.Administration.InitialiseLog>();
        services.AddSingleton<Application.Administration.CopyLog>();
    }
}
