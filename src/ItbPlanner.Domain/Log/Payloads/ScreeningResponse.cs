namespace ItbPlanner.Domain.Log.Payloads;

/// <summary>The clinician's conclusion of a screening trial. Values are frozen; codes in <see cref="LogCodes"/>.</summary>
public enum ScreeningResponse
{
    /// <summary>A clinically significant fall in tone or spasms: a candidate for implant. Code <c>positive</c>.</summary>
    Positive = 1,

    /// <summary>No useful response at the highest screening dose: not a candidate. Code <c>negative</c>.</summary>
    Negative = 2,
}
