using System.CommandLine;
using System.Text.Json;
using System.Text.Json.Nodes;
using ItbPlanner.App.Output.Json;
using ItbPlanner.Domain.Alerts;
using ItbPlanner.Domain.Errors;
using ItbPlanner.Domain.Log;
using ItbPlanner.Domain.Protocols;
using ItbPlanner.Domain.Quantities;
using ItbPlanner.Storage;

namespace ItbPlanner.App.Cli;

/// <summary>
/// Runs a command's handler and turns failures into exit codes and one line on stderr: invalid input 2, a protocol hard
/// limit 3, a bug 1 (details only with --verbose). Nothing is written to stdout on failure, except that a command run
/// with <c>--json</c> and refused by a protocol hard limit prints its JSON object with the blocking alerts
/// (<see cref="RefusalJson"/>).
/// </summary>
internal static class CommandAction
{
    /// <summary>Sets a synchronous handler on a command.</summary>
    public static void Set(Command command, CliEnvironment environment, GlobalOptions globals, Func<CliContext, int> handler) =>
        command.SetAction(parseResult => Run(parseResult, environment, globals, handler));

    /// <summary>Runs a handler with the exception-to-exit-code mapping.</summary>
    public static int Run(ParseResult parseResult, CliEnvironment environment, GlobalOptions globals, Func<CliContext, int> handler)
    {
        using var context = new CliContext(environment, parseResult, globals);
        try
        {
            return handler(context);
        }
        catch (ProtocolLimitException limit) when (AsJson(parseResult))
        {
            WriteRefusal(context, limit);
            return Report(limit, environment, parseResult.GetValue(globals.Verbose));
        }
        catch (Exception ex)
        {
            return Report(ex, environment, parseResult.GetValue(globals.Verbose));
        }
    }

    /// <summary>Whether the command has a <c>--json</c> option and it was given.</summary>
    private static bool AsJson(ParseResult parseResult) =>
        parseResult.CommandResult.Command.Options.OfType<Option<bool>>().FirstOrDefault(o => o.Name == "--json") is { } json && parseResult.GetValue(json);

    /// <summary>The refused command's JSON object on stdout; should building it fail, the one-line error alone reports the refusal.</summary>
    private static void WriteRefusal(CliContext context, ProtocolLimitException limit)
    {
        JsonNode node;
        try
        {
            node = RefusalJson.Build(limit, context.KnownWhenRefused(limit), context.ProtocolLoaded ? context.Protocol.Title : null);
        }
        catch (Exception e) when (e is InvalidOperationException or ArgumentException or JsonException or NotSupportedException)
        {
            return;
        }

        JsonOutput.Write(context.Out, node);
    }

    /// <summary>Writes one line for an exception and returns its exit code.</summary>
    public static int Report(Exception exception, CliEnvironment environment, bool verbose)
    {
        var (code, message) = Classify(exception);
        environment.Error.WriteLine($"error: {OneLine(message)}");
        if (verbose && code == ExitCodes.InternalError)
        {
            environment.Error.WriteLine(exception.ToString());
        }

        return code;
    }

    private static (int Code, string Message) Classify(Exception exception) => exception switch
    {
        ProtocolLimitException limit => (ExitCodes.BlockedByProtocol, limit.Message + FlagHint(limit.Code)),
        InvalidProtocolException protocol => (ExitCodes.InvalidInput, protocol.Message),
        InvalidInputException input => (ExitCodes.InvalidInput, input.Message),
        QuantityFormatException format => (ExitCodes.InvalidInput, format.Message),
        UserInputException user => (ExitCodes.InvalidInput, user.Message),
        StorageException storage => (ExitCodes.InvalidInput, storage.Message),
        Storage.Checkpoints.CheckpointException checkpoint => (ExitCodes.InvalidInput, checkpoint.Message),
        EventPayloadException payload => (ExitCodes.LogVerificationFailed, $"the log is damaged: {payload.Message} Run 'itb log verify'."),
        ArgumentException argument when argument.GetType() == typeof(ArgumentException) || argument is ArgumentOutOfRangeException => (ExitCodes.InvalidInput, argument.Message),
        _ => (ExitCodes.InternalError, $"internal error ({exception.GetType().Name}): {exception.Message} — please report it; run with --verbose for details."),
    };

    /// <summary>The domain names fields in a clinician's words; the command line adds the option that answers a refusal.</summary>
    private static string FlagHint(string code) => code switch
    {
        AlertCodes.ConcentrationNotStocked => " (--compounded records it as a compounded product)",
        _ => string.Empty,
    };

    private static string OneLine(string message) =>
        Output.TerminalText.Clean(string.Join(' ', message.Split(['\r', '\n'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)));
}
