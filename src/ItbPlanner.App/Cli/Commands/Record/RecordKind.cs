using System.CommandLine;
using ItbPlanner.Application.Recording.Entries;
using ItbPlanner.Domain.Log;

namespace ItbPlanner.App.Cli.Commands.Record;

/// <summary>
/// One <c>itb log record KIND</c> subcommand: the kind, its help text, and a definition that adds the kind's options to
/// the command and returns how to read the entry's fields from them once parsed.
/// </summary>
/// <param name="Kind">The event kind; its code is the subcommand's name.</param>
/// <param name="Description">Help text.</param>
/// <param name="Define">Adds the options; returns how to read the entry's fields.</param>
internal sealed record RecordKind(EventKind Kind, string Description, Func<Command, Func<CliContext, EntryDetails>> Define);
