using System.Text.Json;
using ItbPlanner.App.Tests.Cli;

namespace ItbPlanner.App.Tests.Timeline;

/// <summary><c>itb timeline</c> beyond the SPS case: plasma exchange, Ashworth and Penn, other drugs, an empty log.</summary>
public sealed class TimelineSeriesTests : IDisposable
{
    private readonly LogCli cli = new();

    public TimelineSeriesTests() => cli.RegisterP1();

    public void Dispose() => cli.Dispose();

    [Fact]
    public void A_plasma_exchange_series_is_a_band_from_the_first_session_to_the_last_with_its_working()
    {
        cli.Ok("log", "record", "plasma-exchange", "--patient", "P1", "--sessions", "5", "--every", "2d", "--at", "2026-11-02T09:00");

        var band = Band(cli.Ok("timeline", "--patient", "P1", "--json").Json, "plasma-exchange");

        Assert.Equal(("2026-11-02", "2026-11-10"), (band.GetProperty("from").GetString(), band.GetProperty("to").GetString()));
        Assert.Equal("plasma exchange, 5 sessions every 2 days", band.GetProperty("label").GetString());
        Assert.Equal("last session = first + (5 − 1) × 2 days = 8 days later", band.GetProperty("working").GetString());
    }

    [Fact]
    public void A_course_begun_before_the_first_date_is_shown_from_it_and_says_when_it_began()
    {
        cli.Ok("log", "record", "plasma-exchange", "--patient", "P1", "--sessions", "5", "--every", "2d", "--at", "2026-11-02T09:00");

        var band = Band(cli.Ok("timeline", "--patient", "P1", "--from", "2026-11-05", "--json").Json, "plasma-exchange");

        Assert.Equal(("2026-11-05", "2026-11-10"), (band.GetProperty("from").GetString(), band.GetProperty("to").GetString()));
        Assert.Contains("began 2026-11-02", band.GetProperty("working").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Ashworth_grades_are_positions_on_a_named_ordinal_scale_and_penn_scores_numbers()
    {
        cli.Ok("log", "record", "assessment", "--patient", "P1", "--score", "modified-ashworth=3", "--score", "penn-spasm-frequency=3", "--at", "2026-11-02T08:30");
        cli.Ok("log", "record", "assessment", "--patient", "P1", "--score", "modified-ashworth=1+@left-knee", "--score", "modified-ashworth=1@right-knee", "--at", "2026-11-10T08:30");

        var json = cli.Ok("timeline", "--patient", "P1", "--json").Json;

        var mas = Series(json, "modified-ashworth");
        Assert.Equal([("2026-11-02", 4m, "3"), ("2026-11-10", 2m, "1+")], mas.GetProperty("points").EnumerateArray().Select(p => (p.GetProperty("date").GetString(), p.GetProperty("value").GetDecimal(), p.GetProperty("label").GetString())));
        Assert.Equal((0m, 5m), (mas.GetProperty("scale").GetProperty("min").GetDecimal(), mas.GetProperty("scale").GetProperty("max").GetDecimal()));
        Assert.Equal(["0", "1", "1+", "2", "3", "4"], mas.GetProperty("scale").GetProperty("ticks").EnumerateArray().Select(t => t.GetProperty("label").GetString()));
        var penn = Series(json, "penn-spasm-frequency");
        Assert.Equal([3m], penn.GetProperty("points").EnumerateArray().Select(p => p.GetProperty("value").GetDecimal()));
        Assert.Equal((0m, 4m), (penn.GetProperty("scale").GetProperty("min").GetDecimal(), penn.GetProperty("scale").GetProperty("max").GetDecimal()));
    }

    [Fact]
    public void Another_drug_is_its_own_series_after_oral_baclofen_and_diazepam()
    {
        cli.Ok("log", "record", "medication", "--patient", "P1", "--drug", "tizanidine", "--dose", "4mg", "--every", "8h", "--at", "2026-11-02T09:00");
        cli.Ok("log", "record", "medication", "--patient", "P1", "--drug", "diazepam", "--dose", "5mg", "--every", "12h", "--at", "2026-11-03T09:00");

        var json = cli.Ok("timeline", "--patient", "P1", "--json").Json;

        Assert.Equal(["itb-dose", "medication:diazepam", "medication:tizanidine"], json.GetProperty("series").EnumerateArray().Select(s => s.GetProperty("id").GetString()));
        Assert.Equal("Tizanidine", Series(json, "medication:tizanidine").GetProperty("name").GetString());
        Assert.Equal(12m, Series(json, "medication:tizanidine").GetProperty("points")[0].GetProperty("value").GetDecimal());
    }

    [Fact]
    public void A_log_with_nothing_given_yet_has_only_the_empty_itb_lane_on_today()
    {
        var json = cli.Ok("timeline", "--patient", "P1", "--json").Json;

        Assert.Equal(("2026-11-21", "2026-11-21"), (json.GetProperty("from").GetString(), json.GetProperty("to").GetString()));
        var itb = Assert.Single(json.GetProperty("series").EnumerateArray());
        Assert.Equal(0, itb.GetProperty("points").GetArrayLength());
        cli.Ok("timeline", "--patient", "P1", "--svg", cli.PathOf("empty.svg"));
        Assert.Contains("none recorded", File.ReadAllText(cli.PathOf("empty.svg")), StringComparison.Ordinal);
    }

    [Fact]
    public void An_svg_that_cannot_be_written_exits_2_naming_the_option_and_prints_nothing()
    {
        var result = cli.Run("timeline", "--patient", "P1", "--json", "--svg", "/proc/timeline.svg");

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("--svg", Assert.Single(result.ErrorLines), StringComparison.Ordinal);
        Assert.Equal(string.Empty, result.Out);
    }

    private static JsonElement Series(JsonElement timeline, string id) =>
        timeline.GetProperty("series").EnumerateArray().Single(s => s.GetProperty("id").GetString() == id);

    private static JsonElement Band(JsonElement timeline, string id) => Assert.Single(Series(timeline, id).GetProperty("bands").EnumerateArray());
}
