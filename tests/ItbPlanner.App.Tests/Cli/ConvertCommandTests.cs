namespace ItbPlanner.App.Tests.Cli;

public class ConvertCommandTests
{
    [Theory]
    [InlineData("0.186mg/day", "mcg/day", 186, "mcg/day")]
    [InlineData("186mcg/day", "mcg/h", 7.75, "mcg/h")]
    [InlineData("2mg/mL", "mcg/mL", 2000, "mcg/mL")]
    [InlineData("500 µg/mL", "mg/ml", 0.5, "mg/mL")]
    [InlineData("0.372mL/day", "mL/h", 0.0155, "mL/h")]
    public void Converts_within_a_dimension(string quantity, string to, decimal value, string unit)
    {
        var result = CliHarness.Run("convert", quantity, "--to", to, "--json");

        Assert.Equal(0, result.ExitCode);
        Assert.Equal(value, result.Json.GetProperty("value").GetDecimal());
        Assert.Equal(unit, result.Json.GetProperty("unit").GetString());
    }

    [Fact]
    public void Converting_across_dimensions_names_both()
    {
        var result = CliHarness.Run("convert", "186mcg/day", "--to", "mL/day");

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("dose rate", result.Error, StringComparison.Ordinal);
        Assert.Contains("volume rate", result.Error, StringComparison.Ordinal);
        Assert.Equal(string.Empty, result.Out);
    }

    [Theory]
    [InlineData("186", "mcg/h")]
    [InlineData("186mcg/day", "furlongs")]
    public void Bad_quantities_or_units_exit_2(string quantity, string to)
    {
        var result = CliHarness.Run("convert", quantity, "--to", to);
        Assert.Equal(2, result.ExitCode);
        Assert.Single(result.ErrorLines);
    }

    [Fact]
    public void Human_output_prints_the_converted_value()
    {
        var result = CliHarness.Run("convert", "186mcg/day", "--to", "mcg/h");
        Assert.Contains("7.75 mcg/h", result.Out, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("186 µg/d", "µg/h", "7.75 mcg/h")]
    [InlineData("0.372 mL/d", "ml/day", "0.372 mL/day")]
    [InlineData("0.123456789 mg/day", "μg/day", "123.456789 mcg/day")]
    public void Output_prints_mcg_and_every_digit(string quantity, string to, string printed)
    {
        var result = CliHarness.Run("convert", quantity, "--to", to);

        Assert.Equal(0, result.ExitCode);
        Assert.Contains(printed, result.Out, StringComparison.Ordinal);
        Assert.DoesNotContain("µ", result.Out.Replace(quantity, string.Empty, StringComparison.Ordinal), StringComparison.Ordinal);
    }
}
