using System.CommandLine;
using ItbPlanner.Storage.Checkpoints;

namespace ItbPlanner.App.Cli.Commands;

/// <summary>
/// <c>itb log keygen --out DIR</c>: a new Ed25519 key pair for signing checkpoints, <c>DIR/itb-checkpoint.key</c>
/// (owner-only, 0600) and <c>DIR/itb-checkpoint.pub</c>; an existing key file is never overwritten (exit 2).
/// </summary>
internal static class LogKeygenCommand
{
    /// <summary>Builds the command.</summary>
    public static Command Create(CliEnvironment environment, GlobalOptions globals)
    {
        var output = new Option<string>("--out")
        {
            Description = "The directory for itb-checkpoint.key (owner-only) and itb-checkpoint.pub; created owner-only when missing. Keep the private key away from the log (removable media, another account).",
            HelpName = "DIR",
            Required = true,
        };
        var command = new Command("keygen", "Create a key pair for signing checkpoints of the log (Ed25519): DIR/itb-checkpoint.key and DIR/itb-checkpoint.pub.") { output };
        CommandAction.Set(command, environment, globals, context =>
        {
            using var key = CheckpointSigningKey.Generate();
            var (privatePath, publicPath) = KeyFiles.WritePair(context.Get(output)!, key);
            context.Out.WriteLine($"Wrote the checkpoint key {key.PublicKey.KeyId}: private {privatePath} (owner-only; keep it away from the log), public {publicPath} (give it to whoever verifies).");
            return ExitCodes.Ok;
        });
        return command;
    }
}
