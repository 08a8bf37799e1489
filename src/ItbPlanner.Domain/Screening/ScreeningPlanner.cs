using ItbPlanner.Domain.Alerts;
using ItbPlanner.Domain.Protocols;

namespace ItbPlanner.Domain.Screening;

/// <summary>Builds the screening trial from the protocol: doses, volumes, earliest dates, observation and what to assess.</summary>
public static class ScreeningPlanner
{
    /// <summary>The plan for <paramref name="population"/> with the first bolus on <paramref name="start"/>.</summary>
    /// <remarks>
    /// Bolus k (from 0) may be given k × the protocol's minimum interval after the first; its earliest date rounds that
    /// interval up to whole days, since boluses are given at about the same time of day.
    /// </remarks>
    public static ScreeningPlan Plan(Protocol protocol, Population population, DateOnly start)
    {
        ArgumentNullException.ThrowIfNull(protocol);
        var rules = protocol.Screening;
        var schedule = protocol.ScreeningFor(population);
        var concentration = rules.Concentration.Value;
        var daysApart = (int)Math.Max(1m, Math.Ceiling(rules.MinimumInterval.Value.Days));
        var name = population.ToString().ToLowerInvariant();

        var working = new List<string>
        {
            $"Screening schedule for {name}: {string.Join(" → ", schedule.Boluses.Select(b => b.Value))}, each only if the response to the previous bolus was inadequate.",
            $"Every bolus is drawn from {rules.Concentration.Cite()}; volume = dose ÷ concentration.",
            $"Boluses at least {rules.MinimumInterval.Cite()} apart: {daysApart} day(s) between earliest dates, the first on {start:yyyy-MM-dd}.",
            $"Observe each bolus for {rules.Observation.Cite()}.",
            $"No bolus above {rules.MaximumBolus.Cite()}: no response to the last bolus means not a candidate for an implant.",
        };

        var boluses = new List<PlannedBolus>();
        foreach (var (dose, index) in schedule.Boluses.Select((b, i) => (b, i)))
        {
            var volume = dose.Value / concentration;
            var date = start.AddDays(index * daysApart);
            boluses.Add(new PlannedBolus(index + 1, dose.Value, volume, date, rules.Observation.Value));
            working.Add($"Bolus {index + 1}: {dose.Cite()}; {dose.Value} ÷ {concentration} = {volume}; earliest {date:yyyy-MM-dd}.");
        }

        PlannedBolus? small = null;
        if (population == Population.Child && rules.SmallChildStart is { } start25 && boluses.Count > 0)
        {
            var volume = start25.Value / concentration;
            small = new PlannedBolus(1, start25.Value, volume, start, rules.Observation.Value);
            var then = string.Join(" → ", schedule.Boluses.Skip(1).Select(b => b.Value));
            working.Add($"Very small children may start at {start25.Cite()} instead of bolus 1 ({boluses[0].Dose}): {start25.Value} ÷ {concentration} = {volume}; the escalation then continues {(then.Length == 0 ? "no further" : then)}, at most {boluses.Count} boluses in all.");
        }

        working.Add($"Only {concentration} screens: every other strength (the refill strengths) is refused for a screening bolus.");
        working.Add($"Assess at baseline and after each bolus: {string.Join(", ", rules.Assess)}.");
        working.Add($"Positive response: {rules.PositiveResponse.Cite()}.");

        var alerts = SiteVerification.Unverified(
            [rules.Concentration.Source, rules.MinimumInterval.Source, rules.Observation.Source, rules.MaximumBolus.Source, rules.PositiveResponse.Source, .. schedule.Boluses.Select(b => b.Source), small is null ? null : rules.SmallChildStart!.Source]);
        return new ScreeningPlan(population, start, concentration, boluses, rules.Assess, rules.PositiveResponse.Value, alerts.ToList(), working) { SmallChildStart = small };
    }
}
