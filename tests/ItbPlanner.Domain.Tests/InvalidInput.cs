using ItbPlanner.Domain.Errors;

namespace ItbPlanner.Domain.Tests;

/// <summary>Asserts that bad input is refused with an exception naming the input.</summary>
internal static class InvalidInput
{
    public static InvalidInputException Named(string input, Action act)
    {
        var error = Assert.Throws<InvalidInputException>(act);
        Assert.Equal(input, error.Input);
        Assert.DoesNotContain('\n', error.Message);
        return error;
    }
}
