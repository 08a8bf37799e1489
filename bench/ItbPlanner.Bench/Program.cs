// ItbPlanner log benchmark.
//   dotnet run -c Release --project bench/ItbPlanner.Bench -- generate --db PATH [--patients 1000] [--years 20] [--seed 1]
//   dotnet run -c Release --project bench/ItbPlanner.Bench -- run --db PATH [--appends 1000] [--repeats 20]
// generate refuses an existing file; run appends to the last patient's log, so run it on a copy to keep the original.
using System.Globalization;
using ItbPlanner.Bench;

var options = new Dictionary<string, string>(StringComparer.Ordinal);
for (var i = 1; i + 1 < args.Length; i += 2)
{
    options[args[i]] = args[i + 1];
}

int Option(string name, int fallback) => options.TryGetValue(name, out var v) ? int.Parse(v, CultureInfo.InvariantCulture) : fallback;

if (args.Length == 0 || !options.TryGetValue("--db", out var path))
{
    Console.Error.WriteLine("usage: generate --db PATH [--patients N] [--years N] [--seed N] | run --db PATH [--appends N] [--repeats N]");
    return 2;
}

switch (args[0])
{
    case "generate" when File.Exists(path):
        Console.Error.WriteLine($"{path} exists: generate writes a new database only.");
        return 2;
    case "generate":
        var generator = new ClinicGenerator(Option("--patients", 1000), Option("--years", 20), Option("--seed", 1));
        var (events, seconds) = generator.Generate(path);
        Console.WriteLine($"generated {events} events in {seconds:F1} s = {events / seconds:F0} events/s (one transaction per patient); file {new FileInfo(path).Length / 1048576.0:F0} MiB");
        return 0;
    case "run":
        Benchmark.Run(path, Option("--appends", 1000), Option("--repeats", 20));
        return 0;
    default:
        Console.Error.WriteLine($"unknown command '{args[0]}'");
        return 2;
}
