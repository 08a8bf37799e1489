using ItbPlanner.App.Cli;
using ItbPlanner.App.Hosting;

return await AppEntry.RunAsync(args, CliEnvironment.FromProcess()).ConfigureAwait(false);
