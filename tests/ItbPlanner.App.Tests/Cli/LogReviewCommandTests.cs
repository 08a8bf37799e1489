using System.Runtime.Versioning;
using System.Text.Json;
using System.Xml.Linq;

namespace ItbPlanner.App.Tests.Cli;

/// <summary>log show, verify, export and chart, and report, on a short history of 10 events: screening (baseline, bolus, outcome), implant (and the patient's new pump), two programs, a refill, an alarm.</summary>
public sealed class LogReviewCommandTests : IDisposable
{
    private readonly LogCli cli = new();

    public LogReviewCommandTests()
    {
        cli.RegisterP1();
        cli.ImplantP1();
        cli.Ok("log", "record", "dose-program", "--patient", "P1", "--dose", "120mcg/day", "--reason", "titration", "--at", "2026-11-10T10:00");
        cli.Ok("log", "record", "dose-program", "--patient", "P1", "--dose", "140mcg/day", "--reason", "titration", "--at", "2026-11-12T10:00");
        cli.Ok("log", "record", "refill", "--patient", "P1", "--aspirated", "37mL", "--fill-volume", "40mL", "--concentration", "500mcg/mL", "--at", "2026-11-19T10:00");
        cli.Ok("log", "record", "alarm-raised", "--patient", "P1", "--alarm", "low-reservoir", "--details", "<script>alert(1)</script>", "--at", "2026-11-20T10:00");
    }

    public void Dispose() => cli.Dispose();

    [Fact]
    public void Show_filters_by_date_and_kind_and_prints_a_table_newest_last()
    {
        var since = cli.Ok("log", "show", "--patient", "P1", "--since", "2026-11-12", "--json").Json.EnumerateArray().Select(e => e.GetProperty("seq").GetInt64());
        var programs = cli.Ok("log", "show", "--patient", "P1", "--kind", "dose-program", "--kind", "implant", "--json").Json.EnumerateArray().Select(e => e.GetProperty("kind").GetString());
        var table = cli.Ok("log", "show", "--patient", "P1").Out;

        Assert.Equal([8L, 9L, 10L], since);
        Assert.Equal(["implant", "dose-program", "dose-program"], programs);
        Assert.True(table.IndexOf("screening-bolus", StringComparison.Ordinal) < table.IndexOf("alarm-raised", StringComparison.Ordinal));
        Assert.Contains("140 mcg/day at 500 mcg/mL", table, StringComparison.Ordinal);
    }

    [Fact]
    public void Verify_exits_0_on_an_intact_log_and_prints_the_head_hash()
    {
        var all = cli.Run("log", "verify");
        var one = cli.Ok("log", "verify", "--patient", "P1", "--json").Json;

        Assert.Equal(0, all.ExitCode);
        Assert.Contains("Log intact: 10 events of 1 patient(s)", all.Out, StringComparison.Ordinal);
        Assert.True(one.GetProperty("intact").GetBoolean());
        Assert.Equal(64, one.GetProperty("headHash").GetString()!.Length);
    }

    [Fact]
    public void Editing_a_payload_with_sqlite3_makes_verify_exit_4_naming_the_event()
    {
        cli.Sqlite3("DROP TRIGGER events_no_update; UPDATE events SET payload = replace(payload, '140', '1400') WHERE seq = 8;");

        var result = cli.Run("log", "verify");
        var json = cli.Run("log", "verify", "--json");
        var export = cli.Run("log", "export", "--patient", "P1", "--format", "fhir");

        Assert.Equal(4, result.ExitCode);
        Assert.Contains("patient P1 event 8 (dose-program", result.Error, StringComparison.Ordinal);
        Assert.Equal(4, json.ExitCode);
        Assert.Equal("hash-mismatch", json.Json.GetProperty("firstBreak").GetProperty("problem").GetString());
        Assert.Equal(4, export.ExitCode);
        Assert.Empty(export.Out);
    }

    [Fact]
    public void Editing_a_hash_with_sqlite3_is_found_too()
    {
        cli.Sqlite3("DROP TRIGGER events_no_update; UPDATE events SET hash = '" + new string('0', 64) + "' WHERE seq = 3;");

        Assert.Equal(4, cli.Run("log", "verify", "--patient", "P1").ExitCode);
    }

    [Fact]
    public void The_FHIR_export_is_an_R4_bundle_of_medication_resources()
    {
        var bundle = cli.Ok("log", "export", "--patient", "P1", "--format", "fhir").Json;

        Assert.Equal("Bundle", bundle.GetProperty("resourceType").GetString());
        Assert.Equal("collection", bundle.GetProperty("type").GetString());
        var resources = bundle.GetProperty("entry").EnumerateArray().Select(e => e.GetProperty("resource")).ToArray();
        Assert.Equal(
            ["Patient", "Observation", "MedicationAdministration", "MedicationStatement", "MedicationStatement", "MedicationStatement", "MedicationAdministration"],
            resources.Select(r => r.GetProperty("resourceType").GetString()));
        Assert.Equal(["completed", "completed", "active"], resources.Where(r => r.GetProperty("resourceType").GetString() == "MedicationStatement").Select(r => r.GetProperty("status").GetString()));
        var rate = resources[5].GetProperty("dosage")[0].GetProperty("doseAndRate")[0].GetProperty("rateQuantity");
        Assert.Equal((140m, "ug/d", "http://unitsofmeasure.org"), (rate.GetProperty("value").GetDecimal(), rate.GetProperty("code").GetString(), rate.GetProperty("system").GetString()));
        var subject = resources[1].GetProperty("subject").GetProperty("reference").GetString();
        Assert.Equal(bundle.GetProperty("entry")[0].GetProperty("fullUrl").GetString(), subject);
        Assert.Equal(resources.Length, resources.Select(r => r.GetProperty("id").GetString()).Distinct().Count());
    }

    [Fact]
    public void The_CSV_export_has_one_row_per_event_and_units_in_the_column_names()
    {
        var csv = cli.Ok("log", "export", "--patient", "P1", "--format", "csv").Out;
        var lines = csv.Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        var header = lines[0].Split(',');

        Assert.Equal(11, lines.Length);
        Assert.Contains("payload.doseMcgPerDay", header);
        Assert.Contains("payload.fillVolumeMl", header);
        Assert.Contains("payload.concentrationMcgPerMl", header);
        Assert.Contains("payload.aspiratedMl", header);
        Assert.Equal("hash", header[^1]);
        var program = Fields(lines[8]);
        Assert.Equal(header.Length, program.Count);
        Assert.Equal("140", program[Array.IndexOf(header, "payload.doseMcgPerDay")]);
        Assert.Equal("dose-program", program[Array.IndexOf(header, "kind")]);
    }

    [Fact]
    public void The_JSON_export_holds_every_event_and_the_head_hash()
    {
        var export = cli.Ok("log", "export", "--patient", "P1", "--format", "json").Json;
        var events = export.GetProperty("events").EnumerateArray().ToArray();

        Assert.Equal(10, events.Length);
        Assert.Equal(events[^1].GetProperty("hash").GetString(), export.GetProperty("headHash").GetString());
        Assert.Equal("J.D.", export.GetProperty("patient").GetProperty("label").GetString());
    }

    [Fact]
    [SupportedOSPlatform("linux")]
    public void An_export_file_is_written_owner_only()
    {
        var path = cli.PathOf("p1.json");

        var result = cli.Run("log", "export", "--patient", "P1", "--format", "json", "--out", path);

        Assert.Equal(0, result.ExitCode);
        Assert.Empty(result.Out);
        Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(path));
        Assert.Equal(10, JsonDocument.Parse(File.ReadAllText(path)).RootElement.GetProperty("events").GetArrayLength());
    }

    [Fact]
    public void The_SVG_chart_is_a_step_line_with_labelled_axes_and_marked_refills_and_alarms()
    {
        var path = cli.PathOf("x.svg");

        cli.Ok("log", "chart", "--patient", "P1", "--out", path);

        var svg = XDocument.Load(path);
        XNamespace ns = "http://www.w3.org/2000/svg";
        Assert.Equal(ns + "svg", svg.Root!.Name);
        var points = svg.Descendants(ns + "polyline").Single().Attribute("points")!.Value.Split(' ');
        Assert.Equal(6, points.Length);
        var texts = svg.Descendants(ns + "text").Select(t => t.Value).ToArray();
        Assert.Contains("Daily dose (mcg/day)", texts);
        Assert.Contains(texts, t => t.StartsWith("Date", StringComparison.Ordinal));
        Assert.Equal(2, svg.Descendants(ns + "path").Count(p => p.Attribute("fill")?.Value == "#2a7de1") - 1);
        Assert.Contains(svg.Descendants(ns + "circle"), c => c.Element(ns + "title")?.Value.Contains("low-reservoir", StringComparison.Ordinal) == true);
    }

    [Fact]
    public void Without_out_the_chart_is_drawn_in_the_terminal()
    {
        var result = cli.Ok("log", "chart", "--patient", "P1");

        Assert.Contains("Daily dose (mcg/day)", result.Out, StringComparison.Ordinal);
        Assert.Contains("low-reservoir", result.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void The_report_is_one_self_contained_HTML_page_with_dates_chart_and_events()
    {
        var path = cli.PathOf("r.html");

        cli.Ok("report", "--patient", "P1", "--out", path);

        var html = File.ReadAllText(path);
        Assert.StartsWith("<!DOCTYPE html>", html, StringComparison.Ordinal);
        Assert.Contains("140 mcg/day at 500 mcg/mL = 0.28 mL/day", html, StringComparison.Ordinal);
        Assert.Contains("<th>Low-reservoir alarm</th>", html, StringComparison.Ordinal);
        Assert.Contains("<th>Refill by</th>", html, StringComparison.Ordinal);
        Assert.Contains("<svg xmlns=\"http://www.w3.org/2000/svg\"", html, StringComparison.Ordinal);
        Assert.Contains("Hash chain intact", html, StringComparison.Ordinal);
        Assert.Contains("low-reservoir at 2026-11-20 10:00 (event 10)", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<script>", html, StringComparison.Ordinal);
        Assert.Contains("&lt;script&gt;", html, StringComparison.Ordinal);
        Assert.DoesNotContain("src=", html, StringComparison.Ordinal);
        Assert.DoesNotContain("href=", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Unknown_patients_exit_2()
    {
        foreach (var args in new[] { new[] { "log", "show", "--patient", "P9" }, ["log", "chart", "--patient", "P9"], ["log", "export", "--patient", "P9", "--format", "csv"], ["report", "--patient", "P9", "--out", cli.PathOf("r.html")] })
        {
            var result = cli.Run(args);
            Assert.Equal(2, result.ExitCode);
            Assert.Contains("No patient 'P9'", result.Error, StringComparison.Ordinal);
        }
    }

    /// <summary>Splits one CSV line (RFC 4180 quoting, no line breaks inside fields).</summary>
    private static List<string> Fields(string line)
    {
        var fields = new List<string>();
        var field = new System.Text.StringBuilder();
        var quoted = false;
        for (var i = 0; i < line.Length; i++)
        {
            var c = line[i];
            if (quoted && c == '"' && i + 1 < line.Length && line[i + 1] == '"')
            {
                field.Append('"');
                i++;
            }
            else if (c == '"')
            {
                quoted = !quoted;
            }
            else if (c == ',' && !quoted)
            {
                fields.Add(field.ToString());
                field.Clear();
            }
            else
            {
                field.Append(c);
            }
        }

        fields.Add(field.ToString());
        return fields;
    }
}
