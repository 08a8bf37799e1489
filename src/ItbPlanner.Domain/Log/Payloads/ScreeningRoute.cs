namespace ItbPlanner.Domain.Log.Payloads;

/// <summary>How a screening bolus was given. Values are frozen; codes in <see cref="LogCodes"/>.</summary>
public enum ScreeningRoute
{
    /// <summary>By lumbar puncture. Code <c>lumbar-puncture</c>.</summary>
    LumbarPuncture = 1,

    /// <summary>Through a temporary spinal catheter. Code <c>spinal-catheter</c>.</summary>
    SpinalCatheter = 2,
}
