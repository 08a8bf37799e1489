namespace ItbPlanner.Domain.Log.Payloads;

/// <summary>How a programmable pump delivers the daily dose. Values are frozen; codes in <see cref="LogCodes"/>.</summary>
public enum DeliveryMode
{
    /// <summary>One constant rate all day. Code <c>simple-continuous</c>.</summary>
    SimpleContinuous = 1,

    /// <summary>A periodic schedule of rates through the day. Code <c>flex</c>.</summary>
    Flex = 2,
}
