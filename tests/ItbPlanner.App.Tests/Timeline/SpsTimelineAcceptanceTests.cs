using System.Globalization;
using System.Text.Json;
using System.Xml.Linq;
using ItbPlanner.App.Tests.Cli;
using ItbPlanner.Testing;

namespace ItbPlanner.App.Tests.Timeline;

/// <summary>
/// Issue 15's acceptance: the published stiff-person syndrome case entered through the commands
/// (<see cref="SpsPublishedCase"/>) gives a timeline whose JSON and SVG are checked point by point, and a report that
/// shows it.
/// </summary>
public sealed class SpsTimelineAcceptanceTests : IDisposable
{
    private static readonly string[] ScoreDates =
        ["2026-01-05", "2026-02-02", "2026-03-02", "2026-04-06", "2026-05-11", "2026-05-11", "2026-07-06", "2026-08-03", "2026-09-07", "2026-10-05"];

    /// <summary>Every point of the case's timeline: series id → (date, value) in order.</summary>
    private static readonly Dictionary<string, (string Date, decimal Value)[]> Expected = new()
    {
        ["itb-dose"] = [("2026-06-01", 100m), ("2026-06-03", 115m), ("2026-06-05", 132m), ("2026-06-07", 150m), ("2026-06-09", 170m), ("2026-06-11", 186m)],
        ["medication:oral-baclofen"] = [("2026-01-05", 30m), ("2026-01-19", 45m), ("2026-07-06", 30m), ("2026-07-13", 15m), ("2026-07-20", 0m)],
        ["medication:diazepam"] = [("2026-01-05", 20m), ("2026-01-19", 40m), ("2026-02-02", 80m), ("2026-08-03", 40m), ("2026-09-07", 20m)],
        ["sps-distribution-of-stiffness"] = [.. ScoreDates.Zip(new decimal[] { 5, 5, 4, 4, 4, 1, 2, 2, 1, 1 })],
        ["sps-heightened-sensitivity"] = [.. ScoreDates.Zip(new decimal[] { 6, 6, 5, 5, 5, 2, 3, 2, 2, 1 })],
    };

    private static readonly string[] SeriesOrder =
        ["itb-dose", "screening-bolus", "medication:oral-baclofen", "medication:diazepam", "ivig", "sps-distribution-of-stiffness", "sps-heightened-sensitivity"];

    /// <summary>The IVIG courses: first and last day, both given.</summary>
    private static readonly (string From, string To)[] IvigCourses = [("2026-02-09", "2026-02-13"), ("2026-03-09", "2026-03-13")];

    private readonly LogCli cli = new();

    public SpsTimelineAcceptanceTests()
    {
        foreach (var command in SpsPublishedCase.Commands)
        {
            cli.Ok(command);
        }
    }

    public void Dispose() => cli.Dispose();

    [Fact]
    public void The_published_case_gives_every_step_band_and_score_in_the_timeline_json()
    {
        var json = cli.Ok("timeline", "--patient", SpsPublishedCase.Patient, "--json").Json;

        Assert.Equal("SPS1", json.GetProperty("patient").GetString());
        Assert.Equal("2026-01-05", json.GetProperty("from").GetString());
        Assert.Equal("2026-11-21", json.GetProperty("to").GetString());
        var series = json.GetProperty("series").EnumerateArray().ToArray();
        Assert.Equal(SeriesOrder, series.Select(s => s.GetProperty("id").GetString()));
        foreach (var (id, points) in Expected)
        {
            Assert.Equal(points, Points(Series(json, id)));
        }

        var itb = Series(json, "itb-dose");
        Assert.Equal(("steps", "mcg/day"), (itb.GetProperty("kind").GetString(), itb.GetProperty("unit").GetString()));
        Assert.Equal((0m, 186m), (itb.GetProperty("scale").GetProperty("min").GetDecimal(), itb.GetProperty("scale").GetProperty("max").GetDecimal()));
        Assert.Equal(["implant", "dose-program", "dose-program", "dose-program", "dose-program", "dose-program"], itb.GetProperty("points").EnumerateArray().Select(p => p.GetProperty("event").GetString()));
        Assert.Equal("2026-06-11T10:00:00.0000000Z", itb.GetProperty("points")[5].GetProperty("at").GetString());

        var baclofen = Series(json, "medication:oral-baclofen");
        Assert.Equal(("Oral baclofen", "mg/day", 45m), (baclofen.GetProperty("name").GetString(), baclofen.GetProperty("unit").GetString(), baclofen.GetProperty("scale").GetProperty("max").GetDecimal()));
        Assert.Equal("15 mg × 24 h ÷ 8 h = 45 mg/day", baclofen.GetProperty("points")[1].GetProperty("working").GetString());

        var stiffness = Series(json, "sps-distribution-of-stiffness");
        Assert.Equal(("points", "regions"), (stiffness.GetProperty("kind").GetString(), stiffness.GetProperty("unit").GetString()));
        Assert.Equal((0m, 6m, "SPS distribution of stiffness (0–6 regions)"), Scale(stiffness));
        Assert.Equal((0m, 7m, "SPS heightened sensitivity (0–7 triggers)"), Scale(Series(json, "sps-heightened-sensitivity")));

        var ivig = Series(json, "ivig");
        Assert.Equal(("bands", "g"), (ivig.GetProperty("kind").GetString(), ivig.GetProperty("unit").GetString()));
        var courses = ivig.GetProperty("bands").EnumerateArray().ToArray();
        Assert.Equal(IvigCourses, courses.Select(c => (c.GetProperty("from").GetString()!, c.GetProperty("to").GetString()!)));
        Assert.All(courses, c => Assert.Equal("IVIG 124 g over 5 days", c.GetProperty("label").GetString()));
        Assert.All(courses, c => Assert.Equal("2 g/kg × 62 kg = 124 g; ÷ 5 days = 24.8 g a day; last day = first day + 5 − 1", c.GetProperty("working").GetString()));

        var bolus = Series(json, "screening-bolus");
        Assert.Equal("bands", bolus.GetProperty("kind").GetString());
        Assert.False(bolus.TryGetProperty("scale", out _));
        var band = Assert.Single(bolus.GetProperty("bands").EnumerateArray());
        Assert.Equal(("2026-05-11", "2026-05-11", "50 mcg bolus 1"), (band.GetProperty("from").GetString(), band.GetProperty("to").GetString(), band.GetProperty("label").GetString()));
    }

    [Fact]
    public void The_oral_wean_recorded_is_the_plan_itb_oral_wean_gives_and_lands_on_zero()
    {
        var plan = cli.Ok(SpsPublishedCase.WeanPlan).Json.GetProperty("steps").EnumerateArray()
            .Select(s => (s.GetProperty("date").GetString()!, s.GetProperty("dailyDoseMgPerDay").GetDecimal())).ToArray();
        var timeline = cli.Ok("timeline", "--patient", SpsPublishedCase.Patient, "--json").Json;

        Assert.Equal([("2026-07-06", 30m), ("2026-07-13", 15m), ("2026-07-20", 0m)], plan);
        Assert.Equal(plan, Points(Series(timeline, "medication:oral-baclofen")).Where(p => string.CompareOrdinal(p.Date, "2026-07-06") >= 0));
    }

    [Fact]
    public void The_svg_carries_every_step_band_and_score_with_its_date_and_value_each_in_its_lane_on_its_own_scale()
    {
        var path = cli.PathOf("sps.svg");
        var run = cli.Ok("timeline", "--patient", SpsPublishedCase.Patient, "--svg", path, "--json");

        Assert.Contains("Wrote", run.Error, StringComparison.Ordinal);
        Assert.Equal(JsonValueKind.Object, run.Json.ValueKind);
        var svg = XDocument.Load(path).Root!;
        XNamespace ns = "http://www.w3.org/2000/svg";
        Assert.Equal(("2026-01-05", "2026-11-21"), ((string?)svg.Attribute("data-from"), (string?)svg.Attribute("data-to")));
        Assert.DoesNotContain(svg.Descendants(), e => e.Name.LocalName is "script" or "image" or "foreignObject" or "a" || e.Attributes().Any(a => a.Name.LocalName == "href"));
        var lanes = svg.Elements(ns + "g").Where(g => (string?)g.Attribute("class") == "lane").ToArray();
        Assert.Equal(SeriesOrder, lanes.Select(l => (string?)l.Attribute("data-series")));

        foreach (var (id, points) in Expected)
        {
            var lane = lanes.Single(l => (string?)l.Attribute("data-series") == id);
            var marks = lane.Elements(ns + "circle").ToArray();
            Assert.Equal(points, marks.Select(m => ((string)m.Attribute("data-date")!, decimal.Parse((string)m.Attribute("data-value")!, CultureInfo.InvariantCulture))));
            Assert.All(marks, m => Assert.Equal(id, (string?)m.Attribute("data-series")));

            // Each mark sits in its own lane at its value on the lane's scale: y falls linearly as the value rises.
            var frame = lane.Element(ns + "rect")!;
            var (top, height) = (D(frame, "y"), D(frame, "height"));
            var (min, max) = (D(lane, "data-scale-min"), D(lane, "data-scale-max"));
            foreach (var mark in marks)
            {
                var expectedY = top + height - 8 - ((D(mark, "data-value") - min) / (max - min) * (height - 16));
                Assert.InRange(D(mark, "cy"), expectedY - 0.1, expectedY + 0.1);
            }

            // And along the one shared date axis, in date order.
            var xs = marks.Select(m => D(m, "cx")).ToArray();
            Assert.Equal(xs.Order(), xs);
        }

        var ivigBands = lanes.Single(l => (string?)l.Attribute("data-series") == "ivig").Elements(ns + "rect").Where(r => (string?)r.Attribute("class") == "band").ToArray();
        Assert.Equal(IvigCourses, ivigBands.Select(b => ((string)b.Attribute("data-from")!, (string)b.Attribute("data-to")!)));

        // A band covers its days whole, on the same axis as the marks: 5 days wide, the second starting 28 days after the first.
        var dayWidth = (D(ivigBands[1], "x") - D(ivigBands[0], "x")) / 28;
        Assert.All(ivigBands, b => Assert.InRange(D(b, "width"), (5 * dayWidth) - 0.2, (5 * dayWidth) + 0.2));

        var band = Assert.Single(lanes.Single(l => (string?)l.Attribute("data-series") == "screening-bolus").Elements(ns + "rect"), r => (string?)r.Attribute("class") == "band");
        Assert.Equal(("2026-05-11", "2026-05-11"), ((string?)band.Attribute("data-from"), (string?)band.Attribute("data-to")));
    }

    [Fact]
    public void The_same_log_draws_the_same_svg_byte_for_byte()
    {
        cli.Ok("timeline", "--patient", SpsPublishedCase.Patient, "--svg", cli.PathOf("a.svg"));
        cli.Ok("timeline", "--patient", SpsPublishedCase.Patient, "--svg", cli.PathOf("b.svg"));

        Assert.Equal(File.ReadAllText(cli.PathOf("a.svg")), File.ReadAllText(cli.PathOf("b.svg")));
    }

    [Fact]
    public void The_report_shows_the_timeline_with_its_legend()
    {
        var path = cli.PathOf("sps.html");
        cli.Ok("report", "--patient", SpsPublishedCase.Patient, "--out", path);
        var html = File.ReadAllText(path);

        Assert.Contains("<h2>Therapy timeline</h2>", html, StringComparison.Ordinal);
        foreach (var id in SeriesOrder)
        {
            Assert.Contains($"data-series=\"{id}\"", html, StringComparison.Ordinal);
        }

        Assert.Contains("data-series=\"medication:oral-baclofen\" data-date=\"2026-07-20\" data-value=\"0\"", html, StringComparison.Ordinal);
        Assert.Contains("<b>Diazepam</b>: Diazepam daily total (mg/day), steps up to 80", html, StringComparison.Ordinal);
        Assert.Contains("ITB daily dose 186 mcg/day", html, StringComparison.Ordinal);
        Assert.Contains("data-series=\"ivig\" data-from=\"2026-03-09\" data-to=\"2026-03-13\"", html, StringComparison.Ordinal);
        Assert.Contains("IVIG 2 courses", html, StringComparison.Ordinal);
    }

    [Fact]
    public void From_a_date_the_doses_in_force_then_are_carried_in_and_earlier_scores_and_courses_left_out()
    {
        var json = cli.Ok("timeline", "--patient", SpsPublishedCase.Patient, "--from", "2026-07-10", "--json").Json;

        Assert.Equal("2026-07-10", json.GetProperty("from").GetString());
        Assert.Equal(["itb-dose", "medication:oral-baclofen", "medication:diazepam", "sps-distribution-of-stiffness", "sps-heightened-sensitivity"], json.GetProperty("series").EnumerateArray().Select(s => s.GetProperty("id").GetString()));
        Assert.Equal([("2026-07-10", 186m)], Points(Series(json, "itb-dose")));
        Assert.Equal([("2026-07-10", 30m), ("2026-07-13", 15m), ("2026-07-20", 0m)], Points(Series(json, "medication:oral-baclofen")));
        Assert.Equal([("2026-07-10", 80m), ("2026-08-03", 40m), ("2026-09-07", 20m)], Points(Series(json, "medication:diazepam")));
        Assert.Equal([("2026-08-03", 2m), ("2026-09-07", 1m), ("2026-10-05", 1m)], Points(Series(json, "sps-distribution-of-stiffness")));
        var carried = Series(json, "medication:oral-baclofen").GetProperty("points")[0];
        Assert.True(carried.GetProperty("carriedIn").GetBoolean());
        Assert.Equal("2026-07-06T10:00:00.0000000Z", carried.GetProperty("at").GetString());
        Assert.False(Series(json, "medication:oral-baclofen").GetProperty("points")[1].TryGetProperty("carriedIn", out _));
    }

    [Fact]
    public void A_corrected_medication_is_left_out_as_every_reading_of_the_log_leaves_it()
    {
        cli.Ok("log", "record", "medication", "--patient", "SPS1", "--drug", "diazepam", "--dose", "50mg", "--every", "6h", "--at", "2026-10-06T10:00");
        var wrong = cli.Ok("log", "show", "--patient", "SPS1", "--json").Json.EnumerateArray().Last().GetProperty("seq").GetInt64();
        cli.Ok("log", "record", "correction", "--patient", "SPS1", "--corrects", wrong.ToString(CultureInfo.InvariantCulture), "--reason", "entered in error", "--at", "2026-10-06T11:00");

        var json = cli.Ok("timeline", "--patient", "SPS1", "--json").Json;

        Assert.Equal(Expected["medication:diazepam"], Points(Series(json, "medication:diazepam")));
    }

    [Fact]
    public void The_table_lists_each_series_under_its_scale_and_ends_with_a_summary_line()
    {
        var text = DosingAndRefillSafetyTests.Flat(cli.Ok("timeline", "--patient", SpsPublishedCase.Patient).Out);

        Assert.Contains("SPS distribution of stiffness (0–6 regions), scores", text, StringComparison.Ordinal);
        Assert.Contains("15 mg × 24 h ÷ 12 h = 30 mg/day", text, StringComparison.Ordinal);
        Assert.Contains("Patient SPS1, 2026-01-05 to 2026-11-21: ITB daily dose 186 mcg/day;", text, StringComparison.Ordinal);
        Assert.Contains("Oral baclofen 0 mg/day; Diazepam 20 mg/day", text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("--from", "2026-12-01", "--from")]
    [InlineData("--from", "yesterday", "--from")]
    public void A_first_date_after_today_or_not_a_date_exits_2_naming_the_option(string option, string value, string named)
    {
        var result = cli.Run("timeline", "--patient", SpsPublishedCase.Patient, option, value);

        Assert.Equal(2, result.ExitCode);
        Assert.Single(result.ErrorLines);
        Assert.Contains(named, result.Error, StringComparison.Ordinal);
        Assert.Equal(string.Empty, result.Out);
    }

    [Fact]
    public void An_unknown_patient_exits_2()
    {
        var result = cli.Run("timeline", "--patient", "NOBODY");

        Assert.Equal(2, result.ExitCode);
        Assert.Single(result.ErrorLines);
    }

    private static JsonElement Series(JsonElement timeline, string id) =>
        timeline.GetProperty("series").EnumerateArray().Single(s => s.GetProperty("id").GetString() == id);

    private static (string Date, decimal Value)[] Points(JsonElement series) =>
        [.. series.GetProperty("points").EnumerateArray().Select(p => (p.GetProperty("date").GetString()!, p.GetProperty("value").GetDecimal()))];

    private static (decimal Min, decimal Max, string Label) Scale(JsonElement series)
    {
        var scale = series.GetProperty("scale");
        return (scale.GetProperty("min").GetDecimal(), scale.GetProperty("max").GetDecimal(), scale.GetProperty("label").GetString()!);
    }

    private static double D(XElement element, string attribute) => double.Parse((string)element.Attribute(attribute)!, CultureInfo.InvariantCulture);
}
