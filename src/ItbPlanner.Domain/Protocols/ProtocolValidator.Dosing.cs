namespace ItbPlanner.Domain.Protocols;

/// <summary>Checks on dosing: dose limits per population, the starting dose, titration and maintenance per origin.</summary>
public static partial class ProtocolValidator
{
    private static void CheckDoseLimits(ProtocolChecks checks, IReadOnlyList<DoseLimits> limits)
    {
        CheckCoverage(checks, limits, l => l.Population, l => l.HardCeiling.Source, "doseLimits", "population");
        foreach (var limit in limits)
        {
            checks.Positive(limit.UsualMinimum);
            checks.Positive(limit.UsualMaximum);
            checks.Positive(limit.HardCeiling);
            checks.NotAbove(limit.UsualMinimum, limit.UsualMaximum);
            checks.NotAbove(limit.UsualMaximum, limit.HardCeiling);
            foreach (var range in limit.OriginRanges)
            {
                checks.Positive(range.UsualMinimum);
                checks.Positive(range.UsualMaximum);
                checks.NotAbove(range.UsualMinimum, range.UsualMaximum);
                checks.NotAbove(range.UsualMaximum, limit.HardCeiling);
            }

            foreach (var twice in limit.OriginRanges.GroupBy(r => r.Origin).Where(g => g.Count() > 1))
            {
                checks.Add(twice.Skip(1).First().UsualMinimum.Source, $"doseLimits.{limit.Population.ToString().ToLowerInvariant()} has more than one usual range for '{twice.Key.ToString().ToLowerInvariant()}'.");
            }
        }
    }

    private static void CheckHighDose(ProtocolChecks checks, HighDoseRules? rules)
    {
        if (rules is not null)
        {
            checks.Positive(rules.LargeStep);
        }
    }

    private static void CheckLog(ProtocolChecks checks, LogRules? rules)
    {
        if (rules is not null)
        {
            checks.Positive(rules.CheckpointMaxAgeDays);
        }
    }

    private static void CheckStartDose(ProtocolChecks checks, StartDoseRules start)
    {
        checks.Positive(start.Multiplier);
        checks.Positive(start.LongEffectThreshold);
        checks.NotNegative(start.PostImplantHold);
    }

    private static void CheckTitration(ProtocolChecks checks, IReadOnlyList<TitrationRule> rules)
    {
        CheckCoverage(checks, rules, r => r.Origin, r => r.MaximumIncrease.Source, "titration", "origin");
        foreach (var rule in rules)
        {
            checks.Positive(rule.MinimumIncrease);
            checks.NotAbove(rule.MinimumIncrease, rule.DefaultIncrease);
            checks.NotAbove(rule.DefaultIncrease, rule.MaximumIncrease);
            checks.StrictlyBetweenZeroAndHundred(rule.MaximumDecrease);
            checks.Positive(rule.MinimumInterval);
            checks.Positive(rule.DoseResolution);
        }
    }

    private static void CheckMaintenance(ProtocolChecks checks, IReadOnlyList<MaintenanceRule> rules)
    {
        CheckCoverage(checks, rules, r => r.Origin, r => r.MaximumIncrease.Source, "maintenance", "origin");
        foreach (var rule in rules)
        {
            checks.Positive(rule.MaximumIncrease);
            checks.StrictlyBetweenZeroAndHundred(rule.MaximumDecrease);
        }
    }
}
