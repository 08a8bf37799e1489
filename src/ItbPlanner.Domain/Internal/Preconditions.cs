using System.Runtime.CompilerServices;

namespace ItbPlanner.Domain.Internal;

/// <summary>Guard clauses shared by the domain. Each throws an exception that names the bad value.</summary>
internal static class Preconditions
{
    public static void CheckArgument(bool expectation, string parameter, string message)
    {
        if (!expectation)
        {
            throw new ArgumentException(message, parameter);
        }
    }

    public static T CheckNotNull<T>(T? value, [CallerArgumentExpression(nameof(value))] string parameter = "")
        where T : class =>
        value ?? throw new ArgumentNullException(parameter);

    public static void CheckPositive(decimal value, string parameter, string what)
    {
        if (value <= 0)
        {
            throw new ArgumentOutOfRangeException(parameter, value, $"{what} must be greater than zero; got {value.ToInvariant()}.");
        }
    }

    public static void CheckNotNegative(decimal value, string parameter, string what)
    {
        if (value < 0)
        {
            throw new ArgumentOutOfRangeException(parameter, value, $"{what} must not be negative; got {value.ToInvariant()}.");
        }
    }
}
