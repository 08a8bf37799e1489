using System.CommandLine;
using ItbPlanner.App.Output.Json;
using ItbPlanner.App.Output.Views;
using ItbPlanner.Application.Protocols;

namespace ItbPlanner.App.Cli.Commands;

/// <summary><c>itb protocol validate [PATH] [--json]</c> and <c>itb protocol show [--json]</c>.</summary>
internal static class ProtocolCommand
{
    /// <summary>Builds the command group.</summary>
    public static Command Create(CliEnvironment environment, GlobalOptions globals)
    {
        var command = new Command("protocol", "Check or show the protocol in force (bundled default, --protocol PATH or ITB_PROTOCOL).");
        command.Subcommands.Add(Validate(environment, globals));
        command.Subcommands.Add(Show(environment, globals));
        return command;
    }

    private static Command Validate(CliEnvironment environment, GlobalOptions globals)
    {
        var path = new Argument<string?>("PATH") { Description = "Protocol file to check (default: the protocol in force).", Arity = ArgumentArity.ZeroOrOne };
        var json = Options.CommonOptions.Json();
        json.Description = "Print { file, valid, errors: [ { file, line, message } ], awaitingVerification } as JSON on stdout (still exit 2 when invalid).";
        var command = new Command("validate", "Check a protocol file; prints every error as file:line: message and exits 2 if there is any.") { path, json };
        CommandAction.Set<ValidateProtocol>(command, environment, globals, (context, useCase) =>
        {
            var validation = useCase.Validate(context.Get(path));
            var name = validation.Name;
            if (validation.Protocol is not { } protocol)
            {
                if (context.Get(json))
                {
                    context.Out.WriteLine(ProtocolValidationJson.Build(name, validation.Errors, []).ToJsonString(ProtocolJson.Options));
                    context.Error.WriteLine($"error: {name}: {validation.Errors.Count} error(s) in the protocol (listed in the JSON).");
                    return ExitCodes.InvalidInput;
                }

                foreach (var error in validation.Errors)
                {
                    context.Error.WriteLine(error.ToString());
                }

                return ExitCodes.InvalidInput;
            }

            var pending = validation.AwaitingVerification;
            if (context.Get(json))
            {
                context.Out.WriteLine(ProtocolValidationJson.Build(name, [], pending.Select(s => s.Key)).ToJsonString(ProtocolJson.Options));
                return ExitCodes.Ok;
            }

            context.Out.WriteLine($"{name}: valid ({protocol.Title}; {protocol.Pumps.Count} pumps, {protocol.Strengths.Count} strengths).");
            if (pending.Count > 0)
            {
                context.Error.WriteLine($"note: {pending.Count} site-verified settings are not yet verified on site: {string.Join(", ", pending.Select(s => s.Key))}.");
            }

            return ExitCodes.Ok;
        });
        return command;
    }

    private static Command Show(CliEnvironment environment, GlobalOptions globals)
    {
        var json = Options.CommonOptions.Json();
        var command = new Command("show", "Show the protocol in force: every value with its source and verification status.") { json };
        CommandAction.Set<ShowProtocol>(command, environment, globals, (context, useCase) =>
        {
            var shown = useCase.Show();
            if (context.Get(json))
            {
                context.Out.WriteLine(ProtocolJson.Build(shown.Protocol).ToJsonString(ProtocolJson.Options));
            }
            else
            {
                context.Console.Write(ProtocolView.Render(shown.Protocol));
            }

            return ExitCodes.Ok;
        });
        return command;
    }
}
