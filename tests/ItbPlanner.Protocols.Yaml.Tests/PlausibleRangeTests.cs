using System.Globalization;
using System.Text.RegularExpressions;
using ItbPlanner.Domain.Protocols;

namespace ItbPlanner.Protocols.Yaml.Tests;

/// <summary>
/// Issue 12 item 9: every protocol value has a plausible range checked at load, at the value's line. The issue's values
/// (a dose resolution of 1e-28 or 5000 mcg/day, a margin of 100,000,000 days, a step of 0.0000001 %, a verification on
/// 9999-12-31) passed validate; they no longer do, nor does any numeric value of the bundled file taken 1000 times
/// larger or, where its range does not start at zero, a million times smaller.
/// </summary>
public partial class PlausibleRangeTests
{
    private static readonly DateOnly Today = new(2026, 11, 21);

    [Fact]
    public void The_bundled_protocol_is_plausible_today()
    {
        Assert.Equal("ItbPlanner default protocol", ProtocolLoader.Load(DefaultProtocolFile.Text, DefaultProtocolFile.Label, Today).Name);
    }

    [Fact]
    public void A_dose_resolution_of_1e_minus_28_mcg_per_day_is_refused_at_its_line()
    {
        var yaml = DefaultProtocolFile.With("    doseResolution: { value: 0.1 mcg/day, source: \"ItbPlanner default: proposed doses rounded down to 0.1 mcg/day\" }\n  cerebral:", "    doseResolution: { value: 0.0000000000000000000000000001 mcg/day, source: \"ItbPlanner default: proposed doses rounded down to 0.1 mcg/day\" }\n  cerebral:", out var changed);

        var error = LoadErrors.Single(yaml);

        Assert.Equal(changed, error.Location);
        Assert.StartsWith("titration.spinal.doseResolution must lie between 0.01 mcg/day and 10 mcg/day; got 0.0000000000000000000000000001 mcg/day (", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_dose_resolution_of_5000_mcg_per_day_is_refused_at_its_line()
    {
        var yaml = DefaultProtocolFile.With("    doseResolution: { value: 0.1 mcg/day, source: \"ItbPlanner default: proposed doses rounded down to 0.1 mcg/day\" }\n  cerebral:", "    doseResolution: { value: 5000 mcg/day, source: \"ItbPlanner default: proposed doses rounded down to 0.1 mcg/day\" }\n  cerebral:", out var changed);

        var error = LoadErrors.Single(yaml);

        Assert.Equal(changed, error.Location);
        Assert.StartsWith("titration.spinal.doseResolution must lie between 0.01 mcg/day and 10 mcg/day; got 5000 mcg/day", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_margin_of_100000000_days_is_refused_at_its_line()
    {
        var yaml = DefaultProtocolFile.With("marginDays: { value: 7 days", "marginDays: { value: 100000000 days", out var changed);

        var error = LoadErrors.Single(yaml);

        Assert.Equal(changed, error.Location);
        Assert.StartsWith("refill.marginDays must lie between 0 days and 60 days; got 100000000 days (", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_minimum_increase_of_0_0000001_percent_is_refused_at_its_line()
    {
        var yaml = DefaultProtocolFile.With("minimumIncrease: { value: 10 %", "minimumIncrease: { value: 0.0000001 %", out var changed);

        var error = LoadErrors.Single(yaml);

        Assert.Equal(changed, error.Location);
        Assert.StartsWith("titration.spinal.minimumIncrease must lie between 1 % and 50 %; got 0.0000001 %", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_verification_dated_9999_12_31_is_refused_at_its_line()
    {
        var yaml = Verified("9999-12-31", out var line);

        var e = Assert.Throws<InvalidProtocolException>(() => ProtocolLoader.Load(yaml, DefaultProtocolFile.Label, Today));

        var error = Assert.Single(e.Errors);
        Assert.Equal(line, error.Location);
        Assert.Equal("refill.stabilityLimitDays.verifiedOn 9999-12-31 is in the future (today is 2026-11-21): write the date the value was checked on site.", error.Message);
    }

    [Fact]
    public void A_verification_dated_tomorrow_is_refused_and_today_is_accepted()
    {
        Assert.Throws<InvalidProtocolException>(() => ProtocolLoader.Load(Verified("2026-11-22", out _), DefaultProtocolFile.Label, Today));

        var protocol = ProtocolLoader.Load(Verified("2026-11-21", out _), DefaultProtocolFile.Label, Today);

        Assert.Equal(new DateOnly(2026, 11, 21), protocol.Refill.StabilityLimitDays.Source.VerifiedOn);
    }

    [Fact]
    public void A_verification_dated_before_2000_is_refused_even_without_the_date()
    {
        var error = LoadErrors.Single(Verified("1999-12-31", out var line));

        Assert.Equal(line, error.Location);
        Assert.Equal("refill.stabilityLimitDays.verifiedOn 1999-12-31 is before 2000-01-01: write the date the value was checked on site.", error.Message);
    }

    [Fact]
    public void Every_numeric_value_1000_times_larger_is_refused_at_its_line()
    {
        var checkedLines = 0;
        foreach (var (line, number) in NumericValues())
        {
            var larger = number == 0m ? 1000m : number * 1000m;
            AssertRefusedAt(line, number, larger);
            checkedLines++;
        }

        Assert.True(checkedLines > 70, $"only {checkedLines} numeric values found in {DefaultProtocolFile.Label}");
    }

    [Fact]
    public void Every_numeric_value_a_million_times_smaller_is_refused_at_its_line_unless_its_range_starts_at_zero()
    {
        // Whole days and counts cannot be a millionth (their lower bounds are tested where they are checked); zero is
        // plausible for these: accuracy, a non-deliverable volume, the post-implant hold.
        string[] fromZero = ["accuracy:", "nonDeliverableVolume:", "postImplantHold:", "marginDays:", "stabilityLimitDays:", "maxFlexSteps:"];
        var lines = DefaultProtocolFile.Text.Split('\n');
        foreach (var (line, number) in NumericValues().Where(v => v.Number != 0m && !fromZero.Any(key => lines[v.Line - 1].Contains(key, StringComparison.Ordinal))))
        {
            AssertRefusedAt(line, number, number / 1_000_000m);
        }
    }

    private static void AssertRefusedAt(int line, decimal number, decimal replacement)
    {
        var lines = DefaultProtocolFile.Text.Split('\n');
        var original = lines[line - 1];
        lines[line - 1] = ValueNumber().Replace(original, m => m.Groups["before"].Value + replacement.ToString(CultureInfo.InvariantCulture), 1);
        var location = $"{DefaultProtocolFile.Label}:{line}";

        var errors = Assert.Throws<InvalidProtocolException>(() => ProtocolLoader.Load(string.Join('\n', lines), DefaultProtocolFile.Label)).Errors;

        Assert.True(errors.Any(e => e.Location == location), $"{number} → {replacement} on line {line} ({original.Trim()}) was not refused there; errors: {string.Join(" | ", errors)}");
    }

    /// <summary>Every line of the bundled file whose value is a number (with or without a unit), and that number.</summary>
    private static IEnumerable<(int Line, decimal Number)> NumericValues()
    {
        var lines = DefaultProtocolFile.Text.Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            var match = ValueNumber().Match(lines[i]);
            if (match.Success && !lines[i].TrimStart().StartsWith('#'))
            {
                yield return (i + 1, decimal.Parse(match.Groups["number"].Value, CultureInfo.InvariantCulture));
            }
        }
    }

    private static string Verified(string date, out string line)
    {
        const string fragment = "(Medtronic manual not read)\", verify: true }";
        return DefaultProtocolFile.With(fragment, $"(Medtronic manual not read)\", verify: true, verifiedBy: Dr A. Example, verifiedOn: {date} }}", out line);
    }

    [GeneratedRegex(@"(?<before>\bvalue: )(?<number>\d+(\.\d+)?)(?=\s*(mL/day|mL/cm|mcg/mL|mcg/day|mcg|mL|%|h|days|cm)?\s*[,}])")]
    private static partial Regex ValueNumber();
}
