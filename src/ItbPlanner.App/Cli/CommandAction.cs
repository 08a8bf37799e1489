using System.CommandLine;
using ItbPlanner.Domain.Errors;
using ItbPlanner.Domain.Log;
using ItbPlanner.Domain.Protocols;
using ItbPlanner.Domain.Quantities;
using ItbPlanner.Storage;

namespace ItbPlanner.App.Cli;

/// <summary>
/// Runs a command's handler and turns failures into exit codes and one line on stderr: invalid input 2, a protocol hard
/// limit 3, a bug 1 (details only with --verbose). Nothing is written to stdout on failure.
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
        catch (Exception ex)
        {
            return Report(ex, environment, parseResult.GetValue(globals.Verbose));
        }
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
        ProtocolLimitException limit => (ExitCodes.BlockedByProtocol, limit.Message),
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

    private static string OneLine(string message) =>
        string.Join(' ', message.Split(['\r', '\n'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
}
