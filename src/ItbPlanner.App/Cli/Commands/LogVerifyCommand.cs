using System.CommandLine;
using System.Text.Json.Nodes;
using ItbPlanner.App.Cli.Options;
using ItbPlanner.App.Hosting;
using ItbPlanner.App.Output.Json;
using ItbPlanner.App.TherapyLog;
using ItbPlanner.Domain.Log;
using ItbPlanner.Storage;
using ItbPlanner.Storage.Checkpoints;
using Microsoft.Extensions.DependencyInjection;

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
        CommandAction.Set(command, environment, globals, context =>
        {
            var log = context.Services.GetRequiredService<LogAccess>().ForReading();
            var (checkpoint, key) = Anchor(log, context.Get(checkpointFile), context.Get(publicKey));
            var id = context.Get(patient);
            LogAudit audit;
            try
            {
                audit = log.Verifier.Audit(id, checkpoint, key);
            }
            catch (StorageException damaged) when (damaged.IsDamage)
            {
                // SQLite cannot even open it: the file layer's finding, the only one.
                audit = new LogAudit(null, [new LogProblem("damaged-file", damaged.Message)], checkpoint);
            }

            var head = id is { } one && audit.IsIntact ? log.Events.Head(one)?.Hash : null;
            var path = log.ResolvePath().Path;
            if (context.Get(json))
            {
                LogEventJson.Write(context.Out, Json(audit, head));
            }
            else if (audit.IsIntact)
            {
                context.Out.WriteLine(
                    $"Log intact: {audit.Events} events of {audit.Patients} patient(s) verified in {path}."
                    + (checkpoint is null ? string.Empty : $" Checkpoint of {LogTimestamp.Format(checkpoint.CreatedAt)} (key {checkpoint.KeyId}) holds: all {checkpoint.Heads.Count} of its heads are in the chain.")
                    + (head is null ? string.Empty : $" Head hash: {head}."));
            }

            if (checkpoint is null && audit.IsIntact && !context.Get(json))
            {
                context.Error.WriteLine("note: no checkpoint given: a recomputed chain, removed newest events or a rolled-back file pass this check; give --checkpoint and --public-key (docs/log.md).");
            }

            for (var i = 0; i < audit.Problems.Count; i++)
            {
                context.Error.WriteLine((i == 0 ? "error: log verification failed: " : "error: also: ") + audit.Problems[i].Message);
            }

            return audit.IsIntact ? ExitCodes.Ok : ExitCodes.LogVerificationFailed;
        });
        return command;
    }

    /// <summary>The checkpoint and its public key: from the options, else config.json; neither when neither is set.</summary>
    /// <exception cref="UserInputException">Only one of the two is known.</exception>
    /// <exception cref="CheckpointException">A file cannot be read.</exception>
    private static (LogCheckpoint? Checkpoint, CheckpointPublicKey? Key) Anchor(LogAccess log, string? checkpointOption, string? publicKeyOption)
    {
        var checkpointPath = checkpointOption ?? log.Setting(SettingKeys.CheckpointFile);
        var publicKeyPath = publicKeyOption ?? log.Setting(SettingKeys.CheckpointPublicKey);
        if (checkpointPath is null && publicKeyPath is null)
        {
            return (null, null);
        }

        if (checkpointPath is null || publicKeyPath is null)
        {
            // A public key configured for checkpoints not yet taken is fine; a checkpoint without its key is not.
            if (checkpointPath is null && publicKeyOption is null)
            {
                return (null, null);
            }

            throw new UserInputException(checkpointPath is null
                ? "--public-key needs --checkpoint FILE (or CheckpointFile in config.json): the checkpoint to check."
                : "--checkpoint needs --public-key FILE (or CheckpointPublicKey in config.json): the key that checks its signature.");
        }

        return (CheckpointFile.Read(checkpointPath), CheckpointPublicKey.Load(publicKeyPath));
    }

    private static JsonObject Json(LogAudit audit, string? head)
    {
        var first = audit.Problems.FirstOrDefault(p => IsChain(p.Code)) ?? (audit.Problems.Count > 0 ? audit.Problems[0] : null);
        return new JsonObject
        {
            ["intact"] = audit.IsIntact,
            ["patients"] = audit.Patients,
            ["events"] = audit.Events,
            ["headHash"] = head,
            ["firstBreak"] = first is null ? null : new JsonObject
            {
                ["patientId"] = first.PatientId?.Value,
                ["seq"] = first.Seq,
                ["problem"] = first.Code,
                ["message"] = first.Message,
            },
            ["problems"] = new JsonArray([.. audit.Problems.Select(p => (JsonNode)new JsonObject
            {
                ["code"] = p.Code,
                ["patientId"] = p.PatientId?.Value,
                ["seq"] = p.Seq,
                ["message"] = p.Message,
            })]),
            ["checkpoint"] = audit.Checkpoint is { } checkpoint ? new JsonObject
            {
                ["createdAt"] = LogTimestamp.Format(checkpoint.CreatedAt),
                ["keyId"] = checkpoint.KeyId,
                ["heads"] = checkpoint.Heads.Count,
                ["digest"] = checkpoint.Digest,
                ["holds"] = !audit.Problems.Any(p => p.Code.StartsWith("checkpoint-", StringComparison.Ordinal)),
            } : null,
        };
    }

    private static bool IsChain(string code) => code is "hash-mismatch" or "prev-hash-mismatch" or "sequence-gap" or "missing-registration" or "unreadable";
}
