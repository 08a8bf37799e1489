using System.CommandLine;
using ItbPlanner.App.TherapyLog;
using ItbPlanner.Domain.Log;
using ItbPlanner.Domain.Log.Timeline;
using ItbPlanner.Domain.Protocols;

namespace ItbPlanner.App.Cli.Commands.Record;

/// <summary>What a record subcommand's payload builder may use: its options, the protocol, and the patient's log so far.</summary>
internal sealed class RecordContext(CliContext cli, LogAccess log, PatientId patient, DateTimeOffset at, string author)
{
    private readonly List<string> notes = [];
    private IReadOnlyList<LogEvent>? history;
    private TherapyRecord? timeline;

    /// <summary>The command line.</summary>
    public CliContext Cli => cli;

    /// <summary>The patient.</summary>
    public PatientId PatientId => patient;

    /// <summary>When the event happened (UTC).</summary>
    public DateTimeOffset At => at;

    /// <summary>Who records it.</summary>
    public string Author => author;

    /// <summary>The local date the event happened on.</summary>
    public DateOnly LocalDate => DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(at, cli.Clock.LocalTimeZone).DateTime);

    /// <summary>The protocol in force.</summary>
    public Protocol Protocol => cli.Protocol;

    /// <summary>The patient's events so far (read once).</summary>
    /// <exception cref="Domain.Errors.InvalidInputException">The patient is not registered.</exception>
    public IReadOnlyList<LogEvent> History => history ??= ReadHistory();

    /// <summary>The patient's therapy so far (read once).</summary>
    public TherapyRecord Timeline => timeline ??= TherapyRecord.Read(cli.Protocol, History);

    /// <summary>The value of an option.</summary>
    public T? Get<T>(Option<T> option) => cli.Get(option);

    /// <summary>Whether an option was given.</summary>
    public bool Given(Option option) => cli.ParseResult.GetResult(option) is { Implicit: false };

    /// <summary>Notes for stderr, printed only once the event is recorded (not part of the record).</summary>
    public IReadOnlyList<string> Notes => notes;

    /// <summary>Adds a note for stderr, printed after the event is recorded.</summary>
    public void Note(string text) => notes.Add(text);

    private IReadOnlyList<LogEvent> ReadHistory()
    {
        _ = log.Patients.Get(patient);
        return log.Events.Events(patient);
    }
}
