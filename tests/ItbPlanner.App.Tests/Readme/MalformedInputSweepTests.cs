using System.CommandLine;
using System.Text.RegularExpressions;
using ItbPlanner.App.Cli;
using ItbPlanner.App.Tests.Cli;

namespace ItbPlanner.App.Tests.Readme;

/// <summary>
/// A malformed-input sweep over every command and option: each command's valid example, with one option at a time
/// given a malformed value (or dropped, repeated, or joined by an unknown one). Whatever comes in, the answer is an
/// exit code of 0, 2, 3 or 4, an error in one line in the tool's own words (no stack trace, no raw .NET message), and no
/// hang. Runs alone in an empty folder: malformed file names must not land in the test's own directory.
/// </summary>
[Collection(nameof(WorkingDirectoryTests))]
public sealed partial class MalformedInputSweepTests
{
    /// <summary>A valid invocation of every command, on a log where P1 is implanted (see <see cref="LogCli.ImplantP1"/>).</summary>
    internal static readonly string[][] Examples =
    [
        ["refill", "--pump", "synchromed-ii-40", "--concentration", "500mcg/mL", "--dose", "186mcg/day", "--date", "2026-11-21", "--volume", "40mL", "--alarm-volume", "2mL", "--booked", "2026-12-01", "--population", "adult"],
        ["refill", "--pump", "synchromed-ii-40", "--concentration", "500mcg/mL", "--flex", "00:00 10mcg/h", "--bolus", "10mcg", "--max-boluses-per-day", "2"],
        ["reconcile", "--pump", "synchromed-ii-40", "--fill-volume", "40mL", "--fill-date", "2026-11-05", "--concentration", "500mcg/mL", "--dose", "100mcg/day", "--aspirated", "36mL", "--date", "2026-11-21", "--boluses-volume", "0mL"],
        ["reconcile", "--patient", "P1", "--aspirated", "36mL", "--date", "2026-11-21"],
        ["schedule", "--within", "14", "--ical", "refills.ics", "--working"],
        ["concentration-change", "--dose", "400mcg/day", "--from", "500mcg/mL", "--to", "2000mcg/mL", "--dead-space", "0.25mL"],
        ["concentration-change", "--dose", "400mcg/day", "--from", "500mcg/mL", "--to", "2000mcg/mL", "--pump", "prometra-ii-40", "--catheter", "prometra-ii", "--catheter-length", "50"],
        ["flex", "--concentration", "500mcg/mL", "--step", "00:00 10mcg/h", "--step", "06:00 6mcg/h", "--pump", "synchromed-ii-40", "--origin", "spinal"],
        ["screening", "plan", "--population", "child", "--start", "2026-12-07"],
        ["start-dose", "--screening-dose", "50mcg", "--effect-hours", "6"],
        ["titrate", "--from", "100mcg/day", "--to", "300mcg/day", "--origin", "spinal", "--step", "20%", "--start", "2026-12-07", "--population", "adult"],
        ["oral-wean", "--from", "80mg/day", "--step", "25%", "--every", "24h", "--start", "2026-12-07", "--tablet", "10mg", "5mg"],
        ["maintenance-change", "--from", "200mcg/day", "--to", "150mcg/day", "--origin", "cerebral", "--override-reason", "drowsy"],
        ["workflow", "graph", "--format", "dot"],
        ["convert", "186mcg/day", "--to", "mcg/h"],
        ["protocol", "validate"],
        ["protocol", "show"],
        ["patient", "add", "--id", "P9", "--population", "adult", "--origin", "spinal", "--label", "A.B.", "--risk", "sci-t6-or-above", "--at", "2026-11-01T09:00"],
        ["patient", "list"],
        ["patient", "show", "--id", "P1"],
        ["log", "show", "--patient", "P1", "--since", "2026-11-01", "--kind", "dose-program", "--limit", "5"],
        ["log", "verify", "--patient", "P1"],
        ["log", "keygen", "--out", "keys"],
        ["log", "checkpoint", "--key", "keys/itb-checkpoint.key", "--out", "checkpoint.json"],
        ["log", "verify", "--checkpoint", "checkpoint.json", "--public-key", "keys/itb-checkpoint.pub"],
        ["log", "export", "--patient", "P1", "--format", "csv", "--out", "p1.csv"],
        ["log", "chart", "--patient", "P1", "--out", "p1.svg"],
        ["report", "--patient", "P1", "--out", "p1.html"],
        ["timeline", "--patient", "P1", "--from", "2026-11-01", "--json", "--svg", "p1-timeline.svg"],
        ["log", "record", "note", "--patient", "P1", "--text", "seen", "--at", "2026-11-20T10:00", "--author", "nurse", "--reason", "follow-up"],
        ["log", "record", "assessment", "--patient", "P1", "--score", "modified-ashworth=1+@left-knee", "--after-bolus", "2h", "--notes", "n", "--at", "2026-11-20T10:00"],
        ["log", "record", "screening-scheduled", "--patient", "P1", "--date", "2026-11-25", "--notes", "n"],
        ["log", "record", "screening-bolus", "--patient", "P1", "--dose", "50mcg", "--concentration", "50mcg/mL", "--volume", "1mL", "--route", "lumbar-puncture", "--bolus-number", "1"],
        ["log", "record", "screening-outcome", "--patient", "P1", "--outcome", "positive", "--effect-hours", "6", "--effective-dose", "50mcg", "--adverse-reaction"],
        ["log", "record", "implant-scheduled", "--patient", "P1", "--date", "2026-11-25"],
        ["log", "record", "implant", "--patient", "P1", "--pump", "synchromed-ii-40", "--fill-volume", "40mL", "--concentration", "500mcg/mL", "--dose", "100mcg/day", "--rate", "0.2mL/day", "--mode", "simple-continuous", "--serial", "S1", "--catheter", "8709sc", "--catheter-length", "40", "--catheter-tip", "T10", "--alarm-date", "2027-01-01", "--refill-by", "2026-12-20"],
        ["log", "record", "dose-program", "--patient", "P1", "--dose", "110mcg/day", "--concentration", "500mcg/mL", "--rate", "0.22mL/day", "--mode", "simple-continuous", "--override-reason", "x", "--phase", "titration", "--reason", "step", "--at", "2026-11-20T10:00"],
        ["log", "record", "refill", "--patient", "P1", "--aspirated", "34mL", "--fill-volume", "40mL", "--concentration", "500mcg/mL", "--expected-residual", "34mL", "--lot", "L1", "--at", "2026-11-20T10:00"],
        ["log", "record", "refill", "--patient", "P1", "--aspirated", "34mL", "--fill-volume", "40mL", "--concentration", "2000mcg/mL", "--dose", "100mcg/day", "--dead-space", "0.25mL", "--compounded", "--at", "2026-11-20T10:00"],
        ["log", "record", "program-transferred", "--patient", "P1", "--plan-seq", "5", "--notes", "checked"],
        ["log", "record", "alarm-raised", "--patient", "P1", "--alarm", "low-reservoir", "--details", "beeping"],
        ["log", "record", "alarm-acknowledged", "--patient", "P1", "--alarm-seq", "7", "--action", "refill booked"],
        ["log", "record", "medication", "--patient", "P1", "--drug", "baclofen", "--dose", "15mg", "--every", "8h", "--notes", "TID", "--at", "2026-11-20T10:00"],
        ["log", "record", "medication", "--patient", "P1", "--drug", "diazepam", "--stop", "--at", "2026-11-20T10:00"],
        ["log", "record", "ivig", "--patient", "P1", "--dose-per-kg", "2g/kg", "--weight", "62kg", "--days", "5", "--notes", "premedicated", "--at", "2026-11-20T10:00"],
        ["log", "record", "plasma-exchange", "--patient", "P1", "--sessions", "5", "--every", "2d", "--notes", "albumin", "--at", "2026-11-20T10:00"],
        ["patient", "update", "--patient", "P1", "--iga-deficient", "--at", "2026-11-20T10:00"],
        ["log", "record", "therapy-suspended", "--patient", "P1", "--notes", "MRI"],
        ["log", "record", "therapy-resumed", "--patient", "P1", "--notes", "after MRI"],
        ["log", "record", "withdrawal-emergency", "--patient", "P1", "--symptoms", "itch", "--action", "pump checked"],
        ["log", "record", "explant", "--patient", "P1", "--notes", "infection"],
        ["log", "record", "candidacy-declined", "--patient", "P1", "--reason", "declined"],
        ["log", "record", "patient-updated", "--patient", "P1", "--label", "J.D.", "--catheter", "8709sc", "--catheter-length", "40", "--catheter-tip", "T10", "--risk", "previous-withdrawal", "--risk-notes", "n"],
        ["log", "record", "correction", "--patient", "P1", "--corrects", "2", "--reason", "wrong patient"],
        ["log", "copy", "--from", "copy-source.db", "--to", "copy.db"],
        ["db", "init", "--no-roles"],
        ["db", "init", "--print-roles-sql"],
    ];

    /// <summary>Values a tired clinician, a script or an attacker might type into any option.</summary>
    internal static readonly string[] Malformed =
    [
        string.Empty, " ", "-", "--", "NaN", "nan mL", "Infinity", "∞", "-5", "-5mL", "-0mL", "0", "0mL", "1e9999", "1e3mcg/day",
        "99999999999999999999999999999999", "79228162514264337593543950336mcg/day", "0.0000000000000000000000000001mcg/day",
        "abc", "186", "186 mcg", "186mcg/dya", "186 mg/h", "12,5mL", "٣٠mL", "µg", "\0", "a\nb", "a\u001b[2Jb", "2026-02-30",
        "1900-01-01", "9999-12-31", "0001-01-01T00:00", "2026-11-21T25:00", "../../../etc/passwd", "/dev/zero", "%s%n%x",
        "P1'; DROP TABLE events; --", new string('9', 400), new string('x', 5000),
    ];

    private const int SamplePerOption = 12;

    [Fact]
    public async Task Malformed_input_on_every_command_and_option_is_one_line_in_the_tools_words()
    {
        var folder = Directory.CreateTempSubdirectory("itb-sweep-");
        var before = Directory.GetCurrentDirectory();
        var failures = new List<string>();
        var invocations = 0;
        try
        {
            Directory.SetCurrentDirectory(folder.FullName);
            using var cli = new LogCli();
            cli.RegisterP1();
            cli.ImplantP1();
            foreach (var args in Invocations())
            {
                invocations++;
                CliHarness.Result result;
                try
                {
                    result = await Task.Run(() => cli.Run(args)).WaitAsync(TimeSpan.FromSeconds(20));
                }
                catch (TimeoutException)
                {
                    failures.Add($"hang: itb {Show(args)}");
                    break;
                }

                if (Problem(result) is { } problem)
                {
                    failures.Add($"{problem}: itb {Show(args)} → exit {result.ExitCode}: {result.Error.Trim()}");
                }
            }
        }
        finally
        {
            Directory.SetCurrentDirectory(before);
            folder.Delete(recursive: true);
        }

        Assert.True(failures.Count == 0, $"{failures.Count} of {invocations} invocations misbehaved:\n{string.Join('\n', failures.Take(40))}");
        Assert.True(invocations >= 4000, $"only {invocations} invocations");
    }

    [Fact]
    public void Every_command_has_an_example_in_the_sweep()
    {
        var covered = Examples.Select(e => Path(e)).ToHashSet(StringComparer.Ordinal);
        var missing = Leaves(ItbCli.Build(new CliEnvironment { Out = TextWriter.Null, Error = TextWriter.Null }), string.Empty).Where(p => !covered.Contains(p)).ToArray();

        Assert.True(missing.Length == 0, $"no sweep example for: {string.Join(", ", missing)}");
    }

    private static IEnumerable<string[]> Invocations()
    {
        var sample = 0;
        var root = ItbCli.Build(new CliEnvironment { Out = TextWriter.Null, Error = TextWriter.Null });
        foreach (var example in Examples)
        {
            var command = Find(root, example);
            var options = command.Options.Concat(root.Options).Where(o => o.Name is not ("--help" or "--version" or "--verbose")).Select(o => o.Name).Distinct().ToArray();
            foreach (var option in options)
            {
                // A rotating sample of the malformed values per option keeps the sweep near 6,000 invocations.
                for (var i = 0; i < SamplePerOption; i++)
                {
                    yield return With(example, option, Malformed[(sample++ * 7) % Malformed.Length]);
                }

                yield return Without(example, option);
                yield return [.. example, option];
            }

            yield return [.. example, "--no-such-option", "x"];
            yield return [.. example, "stray"];
        }

        yield return ["no-such-command"];
        yield return [];
    }

    internal static string? Problem(CliHarness.Result result)
    {
        if (result.ExitCode is not (0 or 2 or 3 or 4))
        {
            return $"exit {result.ExitCode}";
        }

        if (RawDotNet().IsMatch(result.Error))
        {
            return "a raw .NET message";
        }

        var errors = result.ErrorLines.Where(l => !l.StartsWith("note:", StringComparison.Ordinal) && !l.StartsWith("warning:", StringComparison.Ordinal) && !l.StartsWith("CRITICAL", StringComparison.Ordinal) && !l.StartsWith("WARNING", StringComparison.Ordinal)).ToArray();
        if (result.ExitCode != 0 && errors.Length != 1)
        {
            return $"{errors.Length} error lines";
        }

        return result.Error.Contains('\u001b', StringComparison.Ordinal) ? "an escape sequence echoed" : null;
    }

    internal static string[] With(string[] example, string option, string value)
    {
        var at = Array.IndexOf(example, option);
        if (at < 0)
        {
            return [.. example, option, value];
        }

        var copy = (string[])example.Clone();
        if (at + 1 < copy.Length && !copy[at + 1].StartsWith("--", StringComparison.Ordinal))
        {
            copy[at + 1] = value;
            return copy;
        }

        return [.. copy[..(at + 1)], value, .. copy[(at + 1)..]];
    }

    private static string[] Without(string[] example, string option)
    {
        var at = Array.IndexOf(example, option);
        if (at < 0)
        {
            return example;
        }

        var length = at + 1 < example.Length && !example[at + 1].StartsWith("--", StringComparison.Ordinal) ? 2 : 1;
        return [.. example[..at], .. example[(at + length)..]];
    }

    private static Command Find(Command root, string[] example)
    {
        var command = root;
        foreach (var word in example)
        {
            if (command.Subcommands.FirstOrDefault(c => c.Name == word) is not { } next)
            {
                break;
            }

            command = next;
        }

        return command;
    }

    private static string Path(string[] example) => string.Join(' ', example.TakeWhile(w => !w.StartsWith("--", StringComparison.Ordinal)).Where(w => w is not ("186mcg/day")));

    private static IEnumerable<string> Leaves(Command command, string prefix)
    {
        foreach (var sub in command.Subcommands)
        {
            var path = (prefix + " " + sub.Name).Trim();
            if (sub.Subcommands.Count == 0)
            {
                yield return path;
            }
            else
            {
                foreach (var leaf in Leaves(sub, path))
                {
                    yield return leaf;
                }
            }
        }
    }

    private static string Show(string[] args) => string.Join(' ', args.Select(a => a.Length > 40 ? a[..40] + "…" : a.Replace("\n", "\\n", StringComparison.Ordinal)));

    [GeneratedRegex(@"\(Parameter '|System\.[A-Z][A-Za-z.]+(Exception|`1)|^\s+at |Nullable`1|Object reference not set|Value to add was out of range|Input string was not in a correct format|internal error", RegexOptions.Multiline)]
    private static partial Regex RawDotNet();
}
