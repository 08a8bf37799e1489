namespace ItbPlanner.Domain.Protocols;

/// <summary>Checks on the optional oral-wean section.</summary>
public static partial class ProtocolValidator
{
    private static void CheckOralWean(ProtocolChecks checks, OralWeanRules? rules)
    {
        if (rules is null)
        {
            return;
        }

        checks.Positive(rules.MinimumStep);
        checks.Positive(rules.MaximumStep);
        checks.NotAbove(rules.MinimumStep, rules.MaximumStep);
        checks.Positive(rules.ReassessAfter);
        checks.Positive(rules.OralCeiling);
    }
}
