using System.CommandLine;
using System.Text.Json.Nodes;
using ItbPlanner.App.Cli.Options;
using ItbPlanner.App.Hosting;
using ItbPlanner.App.Output.Json;
using ItbPlanner.Application.Integrity;
using ItbPlanner.Domain.Log;

namespace ItbPlanner.App.Cli.Commands;

/// <summary>
/// <c>itb log verify [--patient ID] [--checkpoint FILE --public-key FILE] [--json]</c>: SQLite's integrity check of the
/// file, its application id and schema (the append-only triggers), the patients table against the chain, every hash,
/// and a signed checkpoint when given (or configured): exit 0 when all hold, 4 naming what broke. For one patient it
/// prints the head hash.
/// </summary>
internal static class LogVerifyCommand
{
    /// <summary>Builds the command.</summary>
    public static Command Create(CliEnvironment environment, GlobalOptions globals)
    {
        var patient = LogOptions.Patient(description: "Verify only this patient's log (default: every patient's).");
        patient.Required = false;
        var checkpointFile = new Option<string?>("--checkpoint")
        {
            Description = "Also check the log against this signed checkpoint (itb log checkpoint): every head in it must still be in the chain (default: CheckpointFile of config.json).",
            HelpName = "FILE",
        };
        var publicKey = new Option<string?>("--public-key")
        {
            Description = "The public key that checks the checkpoint's signature (itb log keygen; default: CheckpointPublicKey of config.json).",
            HelpName = "FILE",
        };
        var json = CommonOptions.Json();
        var command = new Command(
            "verify",
            "Check the log file (integrity, schema, append-only triggers), the patients table and every hash, and a signed checkpoint when given: exit 0 when intact, 4 naming what broke.")
        {
            patient, checkpointFile, publicKey, json,
        };
        CommandAction.Set<AuditLog, CheckpointDefaults>(command, environment, globals, (context, useCase, defaults) =>
        {
            var anchor = Anchor(defaults, context.Get(checkpointFile), context.Get(publicKey));
            var (report, head, location) = useCase.Audit(context.Get(patient), anchor);
            if (context.Get(json))
            {
                LogEventJson.Write(context.Out, Json(report, head));
            }
            else if (report.IsIntact)
            {
                var checkpoint = report.Checkpoint;
                context.Out.WriteLine(
                    $"Log intact: {report.Events} events of {report.Patients} patient(s) verified in {location}."
                    + (checkpoint is null ? string.Empty : $" Checkpoint of {LogTimestamp.Format(checkpoint.CreatedAt)} (key {checkpoint.KeyId}) holds: all {checkpoint.Heads} of its heads are in the chain.")
                    + (head is null ? string.Empty : $" Head hash: {head}.")
                    + (report.Snapshots is { Checked: { } compared } ? $" Course snapshots: {compared} compared with the log, all agree." : string.Empty));
            }

            if (anchor is null && report.IsIntact && !context.Get(json))
            {
                context.Error.WriteLine("note: no checkpoint given: a recomputed chain, removed newest events or a rolled-back file pass this check; give --checkpoint and --public-key (docs/log.md).");
            }

            for (var i = 0; i < report.Problems.Count; i++)
            {
                context.Error.WriteLine((i == 0 ? "error: log verification failed: " : "error: also: ") + report.Problems[i].Message);
            }

            return report.IsIntact ? ExitCodes.Ok : ExitCodes.LogVerificationFailed;
        });
        return command;
    }

    /// <summary>The checkpoint and its public key: from the options, else config.json; neither when neither is set.</summary>
    /// <exception cref="UserInputException">Only one of the two is known.</exception>
    private static CheckpointAnchor? Anchor(CheckpointDefaults defaults, string? checkpointOption, string? publicKeyOption)
    {
        var checkpointPath = checkpointOption is null ? defaults.File : Path.GetFullPath(checkpointOption);
        var publicKeyPath = publicKeyOption is null ? defaults.PublicKey : Path.GetFullPath(publicKeyOption);
        if (checkpointPath is not null && publicKeyPath is not null)
        {
            return new CheckpointAnchor(checkpointPath, publicKeyPath);
        }

        // A public key configured for checkpoints not yet taken is fine; a checkpoint without its key is not.
        if (checkpointPath is null && publicKeyOption is null)
        {
            return null;
        }

        throw new UserInputException(checkpointPath is null
            ? "--public-key needs --checkpoint FILE (or CheckpointFile in config.json): the checkpoint to check."
            : "--checkpoint needs --public-key FILE (or CheckpointPublicKey in config.json): the key that checks its signature.");
    }

    private static JsonObject Json(LogIntegrityReport report, string? head) => new()
    {
        ["intact"] = report.IsIntact,
        ["patients"] = report.Patients,
        ["events"] = report.Events,
        ["headHash"] = head,
        ["firstBreak"] = report.FirstBreak is { } first ? new JsonObject
        {
            ["patientId"] = first.PatientId?.Value,
            ["seq"] = first.Seq,
            ["problem"] = first.Code,
            ["message"] = first.Message,
        } : null,
        ["problems"] = new JsonArray([.. report.Problems.Select(p => (JsonNode)new JsonObject
        {
            ["code"] = p.Code,
            ["patientId"] = p.PatientId?.Value,
            ["seq"] = p.Seq,
            ["message"] = p.Message,
        })]),
        ["courseSnapshots"] = report.Snapshots is { } snapshots ? new JsonObject
        {
            ["compared"] = snapshots.Checked,
            ["notCompared"] = snapshots.NotChecked,
        } : null,
        ["checkpoint"] = report.Checkpoint is { } checkpoint ? new JsonObject
        {
            ["createdAt"] = LogTimestamp.Format(checkpoint.CreatedAt),
            ["keyId"] = checkpoint.KeyId,
            ["heads"] = checkpoint.Heads,
            ["digest"] = checkpoint.Digest,
            ["holds"] = !report.Problems.Any(p => p.IsCheckpoint),
        } : null,
    };
}
