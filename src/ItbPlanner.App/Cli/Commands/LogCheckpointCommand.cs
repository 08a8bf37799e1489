using System.CommandLine;
using ItbPlanner.App.Hosting;
using ItbPlanner.App.Output;
using ItbPlanner.Application.Integrity;
using ItbPlanner.Domain.Log;

namespace ItbPlanner.App.Cli.Commands;

/// <summary>
/// <c>itb log checkpoint --key FILE --out FILE</c>: audits the log as <c>itb log verify</c> does and, when intact, writes
/// every patient's head (seq, hash) and a digest over them, signed with the private key; exit 4 (nothing written) when
/// the log is not intact. The log records that a checkpoint was taken, so the schedule knows its age.
/// </summary>
internal static class LogCheckpointCommand
{
    /// <summary>Builds the command.</summary>
    public static Command Create(CliEnvironment environment, GlobalOptions globals)
    {
        var keyOption = new Option<string?>("--key")
        {
            Description = "The private key (itb log keygen) that signs the checkpoint (default: CheckpointKey of config.json).",
            HelpName = "FILE",
        };
        var output = new Option<string?>("--out")
        {
            Description = "Where to write the checkpoint, replacing an older one (created owner-only; default: CheckpointFile of config.json). Keep a copy away from the log.",
            HelpName = "FILE",
        };
        var command = new Command("checkpoint", "Verify the log and sign every patient's newest event (seq, hash) into a checkpoint file, the anchor 'itb log verify --checkpoint' checks against.") { keyOption, output };
        FieldFlags.Name(command, ("private key", "--key"));
        CommandAction.Set<TakeCheckpoint, CheckpointDefaults>(command, environment, globals, (context, useCase, defaults) =>
        {
            var keyPath = context.Get(keyOption) ?? defaults.PrivateKey
                ?? throw new UserInputException("--key: give the private key file (itb log keygen writes itb-checkpoint.key), or set CheckpointKey in config.json.");
            var outPath = context.Get(output) ?? defaults.File
                ?? throw new UserInputException("--out: give the file to write the checkpoint to, or set CheckpointFile in config.json.");
            var checkpoint = useCase.Take(keyPath, out var audit);
            if (checkpoint is null)
            {
                for (var i = 0; i < audit.Problems.Count; i++)
                {
                    context.Error.WriteLine((i == 0 ? "error: no checkpoint written: the log is not intact: " : "error: also: ") + audit.Problems[i].Message);
                }

                return ExitCodes.LogVerificationFailed;
            }

            OutputFile.Write(outPath, checkpoint.FileText);
            var summary = checkpoint.Summary;
            context.Out.WriteLine(
                $"Checkpoint of {LogTimestamp.Format(summary.CreatedAt)} written to {Path.GetFullPath(outPath)}: {summary.Heads} patient(s), {summary.Events} events, digest {summary.Digest}, signed with key {summary.KeyId}.");
            return ExitCodes.Ok;
        });
        return command;
    }
}
