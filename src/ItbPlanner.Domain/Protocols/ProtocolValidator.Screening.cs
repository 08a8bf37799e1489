namespace ItbPlanner.Domain.Protocols;

/// <summary>Checks on the screening trial: a stocked screening strength and ascending boluses within the maximum.</summary>
public static partial class ProtocolValidator
{
    private static void CheckScreening(ProtocolChecks checks, ScreeningRules screening, IReadOnlyList<StockedStrength> strengths)
    {
        checks.Positive(screening.Concentration);
        if (!strengths.Any(s => s.UseForScreening && s.Concentration.Value == screening.Concentration.Value))
        {
            checks.Add(screening.Concentration.Source, $"{screening.Concentration.Source.Key} is {screening.Concentration.Value}, but no stocked strength of {screening.Concentration.Value} is marked for screening.");
        }

        checks.Positive(screening.MaximumBolus);
        checks.Positive(screening.MinimumInterval);
        checks.Positive(screening.Observation);
        if (string.IsNullOrWhiteSpace(screening.PositiveResponse.Value))
        {
            checks.Add(screening.PositiveResponse.Source, $"{screening.PositiveResponse.Source.Key} must say what counts as a positive response.");
        }

        if (screening.Assess.Count == 0 || screening.Assess.Any(string.IsNullOrWhiteSpace))
        {
            checks.Add((string?)null, "screening.assess must name at least one assessment, and no blank ones.");
        }

        CheckCoverage(checks, screening.Schedules, s => s.Population, s => s.Boluses.Count > 0 ? s.Boluses[0].Source : screening.Concentration.Source, "screening.schedules", "population");
        foreach (var schedule in screening.Schedules)
        {
            CheckSchedule(checks, schedule, screening.MaximumBolus);
        }
    }

    private static void CheckSchedule(ProtocolChecks checks, ScreeningSchedule schedule, Setting<Quantities.Mass> maximum)
    {
        if (schedule.Boluses.Count == 0)
        {
            checks.Add((string?)null, $"the {schedule.Population.ToString().ToLowerInvariant()} screening schedule has no bolus.");
        }

        Setting<Quantities.Mass>? previous = null;
        foreach (var bolus in schedule.Boluses)
        {
            checks.Positive(bolus);
            if (bolus.Value > maximum.Value)
            {
                checks.Add(bolus.Source, $"{bolus.Source.Key} ({bolus.Value}) is above {maximum.Source.Key} ({maximum.Value}{ProtocolChecks.At(maximum.Source)}).");
            }

            if (previous is not null && bolus.Value <= previous.Value)
            {
                checks.Add(bolus.Source, $"{bolus.Source.Key} ({bolus.Value}) must be larger than the bolus before it ({previous.Value}): screening boluses escalate.");
            }

            previous = bolus;
        }
    }
}
