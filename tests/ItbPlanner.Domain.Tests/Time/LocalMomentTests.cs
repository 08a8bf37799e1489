using ItbPlanner.Domain.Errors;
using ItbPlanner.Domain.Time;

namespace ItbPlanner.Domain.Tests.Time;

public sealed class LocalMomentTests
{
    private static readonly TimeZoneInfo Berlin = TimeZoneInfo.FindSystemTimeZoneById("Europe/Berlin");

    [Theory]
    [InlineData("2026-11-21T09:30", "2026-11-21T09:30:00", null)]
    [InlineData("2026-11-21 09:30", "2026-11-21T09:30:00", null)]
    [InlineData("2026-10-25T02:30+02:00", "2026-10-25T02:30:00", "02:00:00")]
    [InlineData("2026-10-25T02:30-03:30", "2026-10-25T02:30:00", "-03:30:00")]
    [InlineData("2026-10-25T02:30Z", "2026-10-25T02:30:00", "00:00:00")]
    public void Parses_a_local_time_with_an_optional_offset(string text, string local, string? offset)
    {
        Assert.True(LocalMoment.TryParse(text, out var moment));
        Assert.Equal(DateTime.Parse(local, System.Globalization.CultureInfo.InvariantCulture), moment.Local);
        Assert.Equal(offset is null ? null : TimeSpan.Parse(offset, System.Globalization.CultureInfo.InvariantCulture), moment.Offset);
    }

    [Theory]
    [InlineData("")]
    [InlineData("2026-11-21")]
    [InlineData("2026-11-21T9:30")]
    [InlineData("2026-11-21T09:30:00")]
    [InlineData("2026-11-21T09:30+2")]
    [InlineData("2026-11-21T09:30+15:00")]
    [InlineData("2026-11-21T09:30+02:60")]
    [InlineData("2026-13-21T09:30")]
    public void Refuses_other_forms(string text) => Assert.False(LocalMoment.TryParse(text, out _));

    [Fact]
    public void The_fall_back_hour_needs_an_offset()
    {
        Assert.True(LocalMoment.TryParse("2026-10-25T02:30", out var ambiguous));

        var error = Assert.Throws<InvalidInputException>(() => ambiguous.InZone(Berlin));
        Assert.Contains("+02:00 for the first", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("--", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_unambiguous_time_reads_in_the_zone() =>
        Assert.Equal(new DateTimeOffset(2026, 7, 1, 8, 0, 0, TimeSpan.Zero), new LocalMoment(new DateTime(2026, 7, 1, 10, 0, 0), null).InZone(Berlin));
}
