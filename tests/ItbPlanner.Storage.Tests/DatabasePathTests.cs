namespace ItbPlanner.Storage.Tests;

public class DatabasePathTests
{
    [Fact]
    public void The_default_lives_under_XDG_DATA_HOME()
    {
        Assert.Equal("/data/me/itb-planner/itb.db", DatabasePath.Default("/data/me", "/home/me"));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("relative/dir")]
    public void Without_a_usable_XDG_DATA_HOME_the_default_is_under_the_home_directory(string? xdg)
    {
        Assert.Equal("/home/me/.local/share/itb-planner/itb.db", DatabasePath.Default(xdg, "/home/me"));
    }

    [Fact]
    public void With_no_home_at_all_the_user_is_told_to_pass_a_path()
    {
        var error = Assert.Throws<StorageException>(() => DatabasePath.Default(null, null));

        Assert.Contains("--db PATH", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_explicit_path_wins_over_the_environment_which_wins_over_the_default()
    {
        Assert.Equal("/a/x.db", DatabasePath.Resolve("/a/x.db", "/b/y.db", () => "/c/z.db"));
        Assert.Equal("/b/y.db", DatabasePath.Resolve(" ", "/b/y.db", () => "/c/z.db"));
        Assert.Equal("/c/z.db", DatabasePath.Resolve(null, "", () => "/c/z.db"));
        Assert.Equal(Path.Combine(Environment.CurrentDirectory, "rel.db"), DatabasePath.Resolve("rel.db", null, () => "/c/z.db"));
    }
}
