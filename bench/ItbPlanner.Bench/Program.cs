// ItbPlanner log benchmark.
//   dotnet run -c Release --project bench/ItbPlanner.Bench -- generate --db PATH [--patients 1000] [--years 20] [--seed 1]
//   dotnet run -c Release --project bench/ItbPlanner.Bench -- run --db PATH [--appends 1000] [--guarded-appends 100] [--repeats 20]
//   dotnet run -c Release --project bench/ItbPlanner.Bench -- check --db PATH [--patients 10] [--years 3]
//   dotnet run -c Release --project bench/ItbPlanner.Bench -- long-log --db PATH [--events 200000]   (one patient, for log show)
//   dotnet run -c Release --project bench/ItbPlanner.Bench -- appends --db PATH --patient ID [--count 200] [--mode snapshot|whole]
//   dotnet run -c Release --project bench/ItbPlanner.Bench -- schedule --db PATH [--mode snapshot|whole] [--repeats 3]
// appends and schedule print "RESULT ..." lines for bench/log.sh, which runs everything and prints one table.
// run takes a PostgreSQL address for --db too (postgresql://user@/db?host=DIR; see bench/postgres.sh).
// generate and check refuse an existing file; run appends to the last patient's log, so run it on a copy to keep the
// original. check generates through the workflow guard (every event checked against the history before it, so slow at
// scale) and rebuilds every course. All take [--protocol protocols/default.yaml], relative to the working directory.
using System.Globalization;
using ItbPlanner.Bench;
using ItbPlanner.Domain.Log.Courses;
using ItbPlanner.Protocols.Yaml;

var options = new Dictionary<string, string>(StringComparer.Ordinal);
for (var i = 1; i + 1 < args.Length; i += 2)
{
    options[args[i]] = args[i + 1];
}

int Option(string name, int fallback) => options.TryGetValue(name, out var v) ? int.Parse(v, CultureInfo.InvariantCulture) : fallback;

if (args.Length == 0 || !options.TryGetValue("--db", out var path))
{
    Console.Error.WriteLine("usage: generate --db PATH [--patients N] [--years N] [--seed N] | run --db PATH [--appends N] [--guarded-appends N] [--repeats N] | check --db PATH [--patients N] [--years N]");
    return 2;
}

var protocol = ProtocolLoader.LoadFile(options.GetValueOrDefault("--protocol", "protocols/default.yaml"));

switch (args[0])
{
    case "generate" or "check" when File.Exists(path):
        Console.Error.WriteLine($"{path} exists: generate writes a new database only.");
        return 2;
    case "generate":
        var generator = new ClinicGenerator(protocol, Option("--patients", 1000), Option("--years", 20), Option("--seed", 1));
        var (events, seconds) = generator.Generate(path);
        Console.WriteLine($"generated {events} events in {seconds:F1} s = {events / seconds:F0} events/s (one transaction per patient); file {new FileInfo(path).Length / 1048576.0:F0} MiB");
        return 0;
    case "long-log" when File.Exists(path):
        Console.Error.WriteLine($"{path} exists: long-log writes a new database only.");
        return 2;
    case "long-log":
        Console.WriteLine($"generated one patient ({ClinicGenerator.IdOf(1)}) with {new ClinicGenerator(protocol, 1, Option("--years", 2), Option("--seed", 1)).GenerateLong(path, Option("--events", 200_000))} events");
        return 0;
    case "run":
        Benchmark.Run(protocol, path, Option("--appends", 1000), Option("--guarded-appends", 100), Option("--repeats", 20));
        return 0;
    case "appends":
        GuardedAppends.Run(protocol, path, new ItbPlanner.Domain.Log.PatientId(options.GetValueOrDefault("--patient", "BENCH-00001")), Option("--count", 200), options.GetValueOrDefault("--mode", "snapshot") != "whole");
        return 0;
    case "schedule":
        ScheduleInProcess.Run(protocol, path, options.GetValueOrDefault("--mode", "snapshot") != "whole", Option("--repeats", 3));
        return 0;
    case "check":
        var checkedEvents = new ClinicGenerator(protocol, Option("--patients", 10), Option("--years", 3), Option("--seed", 1), new WorkflowEventGuard(protocol)).Generate(path).Events;
        Console.WriteLine($"{checkedEvents} events generated through the workflow guard; every course rebuilds: {Benchmark.RebuildAll(protocol, path)} patients");
        return 0;
    default:
        Console.Error.WriteLine($"unknown command '{args[0]}'");
        return 2;
}
