using System.CommandLine;
using ItbPlanner.Application.Integrity;

namespace ItbPlanner.App.Cli.Commands;

/// <summary>
/// <c>itb log keygen --out DIR</c>: an Ed25519 key pair for signing checkpoints, <c>DIR/itb-checkpoint.key</c> (0600)
/// and <c>DIR/itb-checkpoint.pub</c>; an existing key is never overwritten.
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
        FieldFlags.Name(command, ("key folder", "--out"));
        CommandAction.Set<GenerateCheckpointKeys>(command, environment, globals, (context, useCase) =>
        {
            var keys = useCase.Generate(context.Get(output)!);
            context.Out.WriteLine($"Wrote the checkpoint key {keys.KeyId}: private {keys.PrivateKeyPath} (owner-only; keep it away from the log), public {keys.PublicKeyPath} (give it to whoever verifies).");
            return ExitCodes.Ok;
        });
        return command;
    }
}
