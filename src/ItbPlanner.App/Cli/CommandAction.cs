using System.CommandLine;
using System.Text.Json;
using System.Text.Json.Nodes;
using ItbPlanner.App.Hosting;
using ItbPlanner.App.Output.Json;
using ItbPlanner.Application.Ports;
using ItbPlanner.Domain.Alerts;
using ItbPlanner.Domain.Errors;
using ItbPlanner.Domain.Log;
using ItbPlanner.Domain.Protocols;
using ItbPlanner.Domain.Quantities;
using Microsoft.Extensions.DependencyInjection;
using Spectre.Console;

namespace ItbPlanner.App.Cli;

/// <summary>
/// The command line's composition root: builds the host on first use, hands each handler the use case it asks for (the
/// host constructs it, with its dependencies), and turns failures into exit codes and one line on stderr: invalid input 2
/// (naming the option of the field at fault), a protocol hard limit 3, a bug 1 (details only with --verbose). Nothing is
/// written to stdout on failure, except that a command run with <c>--json</c> and refused by a protocol hard limit prints
/// its JSON object with the blocking alerts (<see cref="RefusalJson"/>).
/// </summary>
internal static class CommandAction
{
    /// <summary>Sets a handler that needs no use case (the host's console, clock and protocol come through the context).</summary>
    public static void Set(Command command, CliEnvironment environment, GlobalOptions globals, Func<CliContext, int> handler) =>
        command.SetAction(parseResult => Run(parseResult, environment, globals, (context, _) => handler(context)));

    /// <summary>Sets a handler that works through a use case, which the host constructs with its dependencies.</summary>
    public static void Set<TUseCase>(Command command, CliEnvironment environment, GlobalOptions globals, Func<CliContext, TUseCase, int> handler)
        where TUseCase : notnull =>
        command.SetAction(parseResult => Run(parseResult, environment, globals, (context, host) => handler(context, host.Value.GetRequiredService<TUseCase>())));

    /// <summary>Sets a handler that works through one of two use cases (a command with two forms).</summary>
    public static void Set<TUseCase, TOther>(Command command, CliEnvironment environment, GlobalOptions globals, Func<CliContext, TUseCase, TOther, int> handler)
        where TUseCase : notnull
        where TOther : notnull =>
        command.SetAction(parseResult => Run(parseResult, environment, globals, (context, host) =>
            handler(context, host.Value.GetRequiredService<TUseCase>(), host.Value.GetRequiredService<TOther>())));

    /// <summary>Runs a handler with the exception-to-exit-code mapping.</summary>
    private static int Run(ParseResult parseResult, CliEnvironment environment, GlobalOptions globals, Func<CliContext, Lazy<ServiceProvider>, int> handler)
    {
        var host = new Lazy<ServiceProvider>(() => AppHost.Build(environment, parseResult, globals));
        var context = new CliContext(
            environment,
            parseResult,
            // A command that only prints (convert) gets its console without building the host; once the host exists,
            // its console is the one every part of the command shares.
            new Lazy<IAnsiConsole>(() => host.IsValueCreated
                ? host.Value.GetRequiredService<IAnsiConsole>()
                : ConsoleFactory.Create(environment.Out, environment.AnsiOutput, environment.Interactive)),
            new Lazy<TimeProvider>(() => host.Value.GetRequiredService<TimeProvider>()),
            new Lazy<Protocol>(() => host.Value.GetRequiredService<Protocol>()));
        try
        {
            return handler(context, host);
        }
        catch (ProtocolLimitException limit) when (AsJson(parseResult))
        {
            WriteRefusal(context, limit);
            return Report(limit, environment, parseResult.GetValue(globals.Verbose), parseResult.CommandResult.Command);
        }
        catch (Exception ex)
        {
            return Report(ex, environment, parseResult.GetValue(globals.Verbose), parseResult.CommandResult.Command);
        }
        finally
        {
            if (host.IsValueCreated)
            {
                host.Value.Dispose();
            }
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
    /// <param name="exception">What went wrong.</param>
    /// <param name="environment">Where to write.</param>
    /// <param name="verbose">Whether to add the details of an internal error.</param>
    /// <param name="command">The command run, whose options name the fields at fault; null before one is known.</param>
    public static int Report(Exception exception, CliEnvironment environment, bool verbose, Command? command = null)
    {
        ArgumentNullException.ThrowIfNull(environment);
        var (code, message) = Classify(exception, command);
        environment.Error.WriteLine($"error: {OneLine(message)}");
        if (verbose && code == ExitCodes.InternalError)
        {
            environment.Error.WriteLine(exception.ToString());
        }

        return code;
    }

    private static (int Code, string Message) Classify(Exception exception, Command? command) => exception switch
    {
        ProtocolLimitException limit => (ExitCodes.BlockedByProtocol, limit.Message + FlagHint(limit.Code, command)),
        InvalidProtocolException protocol => (ExitCodes.InvalidInput, protocol.Message),
        InvalidInputException input => (ExitCodes.InvalidInput, command is null ? input.Message : FieldFlags.Prefixed(command, input.Input, input.Message)),
        QuantityFormatException format => (ExitCodes.InvalidInput, format.Message),
        UserInputException user => (ExitCodes.InvalidInput, user.Message),
        LogUnavailableException log => (ExitCodes.InvalidInput, log.Message),
        OutputUnavailableException output => (ExitCodes.InvalidInput, output.Message),
        EventPayloadException payload => (ExitCodes.LogVerificationFailed, $"the log is damaged: {payload.Message} Run 'itb log verify'."),
        ArgumentException argument when argument.GetType() == typeof(ArgumentException) || argument is ArgumentOutOfRangeException => (ExitCodes.InvalidInput, argument.Message),
        _ => (ExitCodes.InternalError, $"internal error ({exception.GetType().Name}): {exception.Message} — please report it; run with --verbose for details."),
    };

    /// <summary>The domain names fields in a clinician's words; the command line adds the options that answer a refusal.</summary>
    private static string FlagHint(string code, Command? command) => code switch
    {
        AlertCodes.ConcentrationNotStocked => " (--compounded records it as a compounded product)",
        AlertCodes.ProgramConcentrationMismatch when command?.Options.Any(o => o.Name == "--dose") == true =>
            " (--dose gives the daily dose at the new strength, --dead-space the dead space when the patient's records do not)",
        _ => string.Empty,
    };

    private static string OneLine(string message) =>
        Output.TerminalText.Clean(string.Join(' ', message.Split(['\r', '\n'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)));
}
