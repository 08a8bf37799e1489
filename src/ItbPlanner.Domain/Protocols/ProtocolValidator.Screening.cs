namespace ItbPlanner.Domain.Protocols;

/// <summary>
/// Checks on the screening trial: one stocked screening strength that is not a refill strength, ascending boluses within
/// the maximum, and a small-child start below the child schedule's first bolus.
/// </summary>
public static partial class ProtocolValidator
{
    private static void CheckScreening(ProtocolChecks checks, ScreeningRules screening, IReadOnlyList<StockedStrength> strengths)
    {
        checks.Positive(screening.Concentration);
        if (!strengths.Any(s => s.UseForScreening && s.Concentration.Value == screening.Concentration.Value))
        {
            checks.Add(screening.Concentration.Source, $"{screening.Concentration.Source.Key} is {screening.Concentration.Value}, but no stocked strength of {screening.Concentration.Value} is marked for screening.");
        }

        // Only the screening strength screens (LIORESAL-SCREEN, GABLOFEN-MPR): no other strength may be offered for it, and
        // a refill strength never is (0.1 mL of 500 mcg/mL into the spine is a refill strength's overdose risk).
        foreach (var strength in strengths.Where(s => s.UseForScreening))
        {
            if (strength.UseForRefill)
            {
                checks.Add(strength.Concentration.Source, $"the {strength.Concentration.Value} strength is marked for screening and for refills: a refill strength never screens; mark it for one only.");
            }
            else if (strength.Concentration.Value != screening.Concentration.Value && strengths.Any(s => s.UseForScreening && s.Concentration.Value == screening.Concentration.Value))
            {
                checks.Add(strength.Concentration.Source, $"the {strength.Concentration.Value} strength is marked for screening, but {screening.Concentration.Source.Key} is {screening.Concentration.Value}: only that strength screens.");
            }
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

        CheckSmallChildStart(checks, screening);
    }

    private static void CheckSmallChildStart(ProtocolChecks checks, ScreeningRules screening)
    {
        if (screening.SmallChildStart is not { } start)
        {
            return;
        }

        checks.Positive(start);
        var child = screening.Schedules.FirstOrDefault(s => s.Population == Population.Child);
        if (child is { Boluses.Count: > 0 } && start.Value >= child.Boluses[0].Value)
        {
            var first = child.Boluses[0];
            checks.Add(start.Source, $"{start.Source.Key} ({start.Value}) must be smaller than the child schedule's first bolus ({first.Value}{ProtocolChecks.At(first.Source)}): it is a lower start for very small children.");
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
