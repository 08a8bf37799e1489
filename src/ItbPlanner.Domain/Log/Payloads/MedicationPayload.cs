using System.Text.Json.Serialization;
using ItbPlanner.Domain.Errors;
using ItbPlanner.Domain.Internal;
using ItbPlanner.Domain.Medication;
using ItbPlanner.Domain.Quantities;

namespace ItbPlanner.Domain.Log.Payloads;

/// <summary>
/// A concomitant medicine started or changed (a dose every so often), or stopped (event <c>medication</c>). The newest
/// event of a drug is in force until another names it. The daily total is not stored: it follows from dose and interval.
/// </summary>
/// <param name="Drug">The drug's name in the log (<see cref="ConcomitantDrug.Normalize"/>): <c>oral-baclofen</c>, <c>diazepam</c>, or another name.</param>
/// <param name="Dose">Each dose (JSON <c>doseMcg</c>, as every mass in the log); null when stopped.</param>
/// <param name="Every">Time between doses (JSON <c>everyHours</c>), at most a day; null when stopped.</param>
/// <param name="Stopped">True when the drug was stopped; absent otherwise.</param>
/// <param name="Notes">Free text (route, reason).</param>
public sealed record MedicationPayload(
    string Drug,
    [property: JsonPropertyName("doseMcg")] Mass? Dose = null,
    [property: JsonPropertyName("everyHours")] Duration? Every = null,
    bool? Stopped = null,
    string? Notes = null) : EventPayload
{
    /// <summary>
    /// The daily total in force from this event: dose × 24 h ÷ interval in mg/day, computed in hours so that 8 h gives
    /// exactly 3 doses (a third of a day has no exact decimal); zero when stopped.
    /// </summary>
    [JsonIgnore]
    public MassFlow DailyTotal => Stopped == true || Dose is not { } dose || Every is not { } every
        ? MassFlow.FromMilligramsPerDay(0)
        : MassFlow.FromMilligramsPerDay((dose.As(MassUnit.Milligram) * 24m / every.Hours).Normalize());

    /// <inheritdoc/>
    public override void Validate()
    {
        LogGuards.Required(Drug, "drug");
        if (Drug.Length > 200)
        {
            throw new InvalidInputException("drug", $"The drug's name is {Drug.Length} characters long; at most 200 are accepted.");
        }

        LogGuards.Optional(Notes, "notes");
        if (Stopped is false)
        {
            throw new InvalidInputException("stop", "A medication event is either stopped (true) or has a dose and an interval; write no 'stopped' for a dose.");
        }

        if (Stopped is true)
        {
            if (Dose is not null || Every is not null)
            {
                throw new InvalidInputException("stop", "A stopped medicine has no dose or interval: record the stop alone, or a dose and an interval.");
            }

            return;
        }

        if (Dose is null)
        {
            throw new InvalidInputException("dose", $"Give each dose of {ConcomitantDrug.Display(Drug)}, e.g. 15 mg (or record that it stopped).");
        }

        if (Every is null)
        {
            throw new InvalidInputException("every", $"Give how often {ConcomitantDrug.Display(Drug)} is taken, e.g. 8h for three times a day.");
        }

        LogGuards.Positive(Dose, "dose");
        LogGuards.Positive(Every, "every");
        if (Every.Value > Duration.FromHours(24))
        {
            throw new InvalidInputException("every", $"Doses more than a day apart have no daily total to check; got every {Every}.");
        }
    }
}
