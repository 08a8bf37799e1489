using System.CommandLine;
using ItbPlanner.Domain.Log;
using ItbPlanner.Domain.Log.Payloads;

namespace ItbPlanner.App.Cli.Commands.Record;

/// <summary>
/// One <c>itb log record KIND</c> subcommand: the kind, its help text, and a definition that adds the kind's options to
/// the command and returns how to build the payload from them once parsed.
/// </summary>
/// <param name="Kind">The event kind; its code is the subcommand's name.</param>
/// <param name="Description">Help text.</param>
/// <param name="Define">Adds the options; returns the payload builder.</param>
internal sealed record RecordKind(EventKind Kind, string Description, Func<Command, Func<RecordContext, RecordedPayload>> Define);

/// <summary>What a record subcommand produced: the payload, and events to record with it in the same transaction.</summary>
/// <param name="Payload">The event's payload.</param>
/// <param name="Companions">Further events, e.g. the patient's new pump after an implant; appended after it, all or none.</param>
/// <param name="Preceding">Events appended before it in the same transaction, e.g. the new program a refill at a new strength runs under.</param>
internal sealed record RecordedPayload(EventPayload Payload, IReadOnlyList<NewEvent>? Companions = null, IReadOnlyList<NewEvent>? Preceding = null)
{
    /// <summary>A payload alone.</summary>
    public static implicit operator RecordedPayload(EventPayload payload) => new(payload);
}
