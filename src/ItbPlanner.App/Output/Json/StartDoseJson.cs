using ItbPlanner.Domain.Titration;

namespace ItbPlanner.App.Output.Json;

/// <summary>The <c>itb start-dose --json</c> contract. Field names are public: add, never rename.</summary>
internal sealed record StartDoseJson(
    string Protocol,
    decimal ScreeningDoseMcg,
    decimal EffectHours,
    bool AdverseReaction,
    decimal StartDoseMcgPerDay,
    decimal StartDoseMcgPerHour,
    string Rule,
    string[] Working)
{
    /// <summary>Converts a result.</summary>
    public static StartDoseJson From(StartDoseResult result, decimal effectHours, bool adverseReaction, string protocolTitle) => new(
        protocolTitle,
        JsonOutput.Number(result.ScreeningDose.Micrograms),
        JsonOutput.Number(effectHours),
        adverseReaction,
        JsonOutput.Number(result.StartDose.MicrogramsPerDay),
        JsonOutput.Number(result.StartDose.MicrogramsPerHour),
        result.Rule,
        [.. result.Working]);
}
