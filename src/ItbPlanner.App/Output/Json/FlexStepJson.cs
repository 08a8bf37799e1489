using System.Globalization;
using ItbPlanner.Domain.Flex;

namespace ItbPlanner.App.Output.Json;

/// <summary>One flex step in JSON: start and end (<c>24:00</c> for midnight), the rate as given, and what it delivers.</summary>
internal sealed record FlexStepJson(string Start, string End, string Rate, decimal RateMcgPerHour, decimal Hours, decimal DoseMcg)
{
    /// <summary>Converts a step.</summary>
    public static FlexStepJson From(FlexStepDose step) => new(
        step.Step.Start.ToString("HH:mm", CultureInfo.InvariantCulture),
        step.EndsAtMidnight ? "24:00" : step.End.ToString("HH:mm", CultureInfo.InvariantCulture),
        step.Step.Rate.ToString(),
        JsonOutput.Number(step.Step.Rate.MicrogramsPerHour),
        JsonOutput.Number(step.Length.Hours),
        JsonOutput.Number(step.Dose.Micrograms));
}
