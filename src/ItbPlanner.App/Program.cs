using ItbPlanner.App.Cli;

return await ItbCli.RunAsync(args, CliEnvironment.FromProcess()).ConfigureAwait(false);
