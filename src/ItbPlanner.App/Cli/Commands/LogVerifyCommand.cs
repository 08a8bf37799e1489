using System.CommandLine;
using System.Text.Json.Nodes;
using ItbPlanner.App.Cli.Options;
using ItbPlanner.App.Output.Json;
using ItbPlanner.Application.Review;
using ItbPlanner.Domain.Log;

namespace ItbPlanner.App.Cli.Commands;

/// <summary>
/// <c>itb log verify [--patient ID] [--json]</c>: recomputes every hash; exit 0 when every chain is intact, 4 naming the
/// first broken event when not. For one patient it prints the head hash, to keep elsewhere: the chain alone cannot show
/// that its newest events were rewritten or removed.
/// </summary>
internal static class LogVerifyCommand
{
    /// <summary>Builds the command.</summary>
    public static Command Create(CliEnvironment environment, GlobalOptions globals)
    {
        var patient = LogOptions.Patient(description: "Verify only this patient's log (default: every patient's).");
        patient.Required = false;
        var json = CommonOptions.Json();
        var command = new Command("verify", "Recompute every hash of the log (or of one patient's): exit 0 when intact, 4 naming the first broken event.") { patient, json };
        CommandAction.Set<VerifyLog>(command, environment, globals, (context, useCase) =>
        {
            var verified = useCase.Verify(context.Get(patient));
            var (result, head) = (verified.Result, verified.HeadHash);
            if (context.Get(json))
            {
                LogEventJson.Write(context.Out, new JsonObject
                {
                    ["intact"] = result.IsIntact,
                    ["patients"] = result.Patients,
                    ["events"] = result.Events,
                    ["headHash"] = head,
                    ["firstBreak"] = result.FirstBreak is { } broken
                        ? new JsonObject { ["patientId"] = broken.PatientId.Value, ["seq"] = broken.Seq, ["problem"] = Problem(broken.Problem), ["message"] = broken.Message }
                        : null,
                });
            }
            else if (result.IsIntact)
            {
                context.Out.WriteLine($"Log intact: {result.Events} events of {result.Patients} patient(s) verified in {verified.Location}." + (head is null ? string.Empty : $" Head hash: {head}."));
            }

            if (result.FirstBreak is { } first)
            {
                context.Error.WriteLine($"error: log verification failed: {first.Message}");
                return ExitCodes.LogVerificationFailed;
            }

            return ExitCodes.Ok;
        });
        return command;
    }

    private static string Problem(ChainProblem problem) => problem switch
    {
        ChainProblem.HashMismatch => "hash-mismatch",
        ChainProblem.PrevHashMismatch => "prev-hash-mismatch",
        ChainProblem.SequenceGap => "sequence-gap",
        ChainProblem.MissingRegistration => "missing-registration",
        ChainProblem.Unreadable => "unreadable",
        _ => problem.ToString(),
    };
}
