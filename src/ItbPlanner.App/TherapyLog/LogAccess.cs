using ItbPlanner.App.Cli;
using ItbPlanner.App.Hosting;
using ItbPlanner.Domain.Log;
using ItbPlanner.Storage;
using Microsoft.Extensions.Configuration;

namespace ItbPlanner.App.TherapyLog;

/// <summary>
/// The log database of this invocation, opened on first use and closed with the host. The path is <c>--db</c>, else
/// <c>ITB_DB</c>, else the <c>Database</c> key of config.json (configuration keeps that order), else the default under
/// <c>$XDG_DATA_HOME</c>; only the default location has its directory created. Reading commands call
/// <see cref="ForReading"/> first: they never create a log, and a missing one is one line and exit 2.
/// </summary>
internal sealed class LogAccess(IConfiguration configuration, CliEnvironment environment, TimeProvider clock, IEventGuard guard) : IDisposable
{
    private LogDatabase? database;
    private bool mustExist;

    /// <summary>Opens the log only if it exists (for commands that read): returns this access.</summary>
    public LogAccess ForReading()
    {
        mustExist |= database is null;
        return this;
    }

    /// <summary>The open database.</summary>
    /// <exception cref="StorageException">It cannot be opened (exit 2).</exception>
    public LogDatabase Database => database ??= Open();

    /// <summary>The patients.</summary>
    public PatientStore Patients => new(Database);

    /// <summary>The events, appended through the workflow's guard (<see cref="IEventGuard"/>).</summary>
    public EventStore Events => new(Database, guard);

    /// <summary>The chain verifier.</summary>
    public LogVerifier Verifier => new(Database);

    /// <summary>Signed checkpoints: taking one, checking one, when the newest was taken.</summary>
    public Storage.Checkpoints.LogCheckpoints Checkpoints => new(Database);

    /// <summary>The path this invocation uses, resolved without opening anything.</summary>
    public (string Path, bool IsDefault) ResolvePath()
    {
        var configured = configuration[SettingKeys.Database];
        if (!string.IsNullOrWhiteSpace(configured))
        {
            return (Path.GetFullPath(configured), false);
        }

        return (DatabasePath.Default(environment.GetVariable("XDG_DATA_HOME"), environment.GetVariable("HOME")), true);
    }

    /// <inheritdoc/>
    public void Dispose() => database?.Dispose();

    /// <summary>A path from configuration (config.json, made absolute from the current directory), or null when not set.</summary>
    public string? Setting(string key) => configuration[key] is { } value && !string.IsNullOrWhiteSpace(value) ? Path.GetFullPath(value) : null;

    private LogDatabase Open()
    {
        var (path, isDefault) = ResolvePath();
        var opened = LogDatabase.Open(path, clock, LogDatabaseOptions.Default with { CreateDirectory = isDefault && !mustExist, MustExist = mustExist });
        foreach (var warning in opened.Warnings)
        {
            environment.Error.WriteLine($"warning: {warning}");
        }

        return opened;
    }
}
