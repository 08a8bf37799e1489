using ItbPlanner.Domain.Assessments;

namespace ItbPlanner.Domain.Tests.Assessments;

public sealed class ModifiedAshworthTests
{
    [Theory]
    [InlineData("0", 0)]
    [InlineData("1", 1)]
    [InlineData("1+", 2)]
    [InlineData(" 1 + ", 2)]
    [InlineData("2", 3)]
    [InlineData("3", 4)]
    [InlineData("4", 5)]
    public void Parses_the_six_grades(string text, int rank)
    {
        Assert.Equal(rank, ModifiedAshworth.Parse(text).Rank);
    }

    [Fact]
    public void Formats_each_grade_as_it_parses()
    {
        Assert.Equal(["0", "1", "1+", "2", "3", "4"], ModifiedAshworth.All.Select(g => g.ToString()));
        Assert.All(ModifiedAshworth.All, g => Assert.Equal(g, ModifiedAshworth.Parse(g.Code)));
    }

    [Fact]
    public void One_plus_is_its_own_category_never_one_and_a_half()
    {
        var error = Assert.Throws<FormatException>(() => ModifiedAshworth.Parse("1.5"));

        Assert.Contains("1+ is its own category", error.Message, StringComparison.Ordinal);
        Assert.NotEqual(ModifiedAshworth.One, ModifiedAshworth.OnePlus);
        Assert.NotEqual(ModifiedAshworth.Two, ModifiedAshworth.OnePlus);
    }

    [Theory]
    [InlineData("5")]
    [InlineData("-1")]
    [InlineData("2+")]
    [InlineData("")]
    [InlineData("one")]
    public void Rejects_anything_else(string text)
    {
        Assert.Throws<FormatException>(() => ModifiedAshworth.Parse(text));
        Assert.False(ModifiedAshworth.TryParse(text, null, out _));
    }

    [Fact]
    public void Grades_are_ordered_with_one_plus_between_one_and_two()
    {
        Assert.True(ModifiedAshworth.One < ModifiedAshworth.OnePlus);
        Assert.True(ModifiedAshworth.OnePlus < ModifiedAshworth.Two);
        Assert.Equal(ModifiedAshworth.All, ModifiedAshworth.All.Reverse().Order());
    }

    [Fact]
    public void Default_is_grade_zero()
    {
        Assert.Equal(ModifiedAshworth.Zero, default);
        Assert.Equal("0", default(ModifiedAshworth).ToString());
    }
}
