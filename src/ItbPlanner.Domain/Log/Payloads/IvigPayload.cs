using System.Text.Json.Serialization;
using ItbPlanner.Domain.Errors;
using ItbPlanner.Domain.Quantities;

namespace ItbPlanner.Domain.Log.Payloads;

/// <summary>
/// A course of intravenous immunoglobulin (event <c>ivig</c>): a dose per kilogram of body weight, given over so many
/// days from the event's date (the event's date and the following <see cref="Days"/> − 1 days). The total and the daily
/// share are not stored: they follow from the dose, the weight and the days.
/// </summary>
/// <param name="DosePerKg">The course's dose per kilogram (JSON <c>doseGramsPerKg</c>), usually 2 g/kg.</param>
/// <param name="Weight">The body weight the dose is worked from (JSON <c>weightKg</c>).</param>
/// <param name="Days">The course's length in days (usually 2–5).</param>
/// <param name="Notes">Free text (product, infusion rate, reason).</param>
public sealed record IvigPayload(
    [property: JsonPropertyName("doseGramsPerKg")] DosePerBodyWeight DosePerKg,
    [property: JsonPropertyName("weightKg")] BodyWeight Weight,
    int Days,
    string? Notes = null) : EventPayload
{
    /// <summary>The plausible dose per kilogram of one course: 0.1–3 g/kg (2 g/kg is the usual course; 0.4 g/kg a day is one day's share).</summary>
    public static readonly (DosePerBodyWeight Low, DosePerBodyWeight High) DoseRange = (new(0.1m), new(3m));

    /// <summary>The plausible body weight: 2–300 kg (a newborn to the heaviest adult a clinic weighs).</summary>
    public static readonly (BodyWeight Low, BodyWeight High) WeightRange = (new(2m), new(300m));

    /// <summary>The plausible course length: 1–7 days (usually 2–5).</summary>
    public static readonly (int Low, int High) DaysRange = (1, 7);

    /// <summary>The course's total: dose per kg × weight, exact (2 g/kg × 62 kg = 124 g).</summary>
    [JsonIgnore]
    public ImmunoglobulinMass Total => DosePerKg * Weight;

    /// <summary>
    /// The grams given each day: total ÷ days, decimal division (exact whenever it terminates, as over 1, 2, 4 or 5 days;
    /// over 3, 6 or 7 days to 28 significant digits, see <see cref="PerDayIsExact"/>); 124 g over 5 days is 24.8 g.
    /// </summary>
    [JsonIgnore]
    public ImmunoglobulinMass PerDay => Days > 0 ? Total / Days : default;

    /// <summary>Whether <see cref="PerDay"/> × days gives back the total exactly (else the daily share is rounded, at the 28th digit).</summary>
    [JsonIgnore]
    public bool PerDayIsExact => Days > 0 && PerDay.Grams * Days == Total.Grams;

    /// <summary>The days the course covers: the first day and the following <see cref="Days"/> − 1 days.</summary>
    public IReadOnlyList<DateOnly> CourseDays(DateOnly firstDay) => [.. Enumerable.Range(0, Math.Max(Days, 0)).Select(firstDay.AddDays)];

    /// <summary>The course's last day (the first when it lasts one day).</summary>
    public DateOnly LastDay(DateOnly firstDay) => firstDay.AddDays(Math.Max(Days, 1) - 1);

    /// <inheritdoc/>
    public override void Validate()
    {
        if (DosePerKg < DoseRange.Low || DosePerKg > DoseRange.High)
        {
            throw new InvalidInputException(
                "dose per kg",
                $"An IVIG course of {DosePerKg} is outside {DoseRange.Low}–{DoseRange.High}; the usual course is 2 g/kg in total (check it is not a daily dose in mg/kg).");
        }

        if (Weight < WeightRange.Low || Weight > WeightRange.High)
        {
            throw new InvalidInputException("weight", $"A body weight of {Weight} is outside {WeightRange.Low}–{WeightRange.High}; check the weight is in kilograms.");
        }

        if (Days < DaysRange.Low || Days > DaysRange.High)
        {
            throw new InvalidInputException("days", $"An IVIG course over {Days} days is outside {DaysRange.Low}–{DaysRange.High} days; it is usually given over 2–5 days.");
        }

        LogGuards.Optional(Notes, "notes");
    }
}
