using ItbPlanner.Domain.Quantities;

namespace ItbPlanner.Domain.Protocols;

// Screening, start-dose, titration and maintenance rules: the limits the workflow and the planners rely on.
public static partial class ProtocolValidator
{
    private static void ValidateTherapyRules(Protocol protocol, List<ProtocolError> errors)
    {
        var screening = protocol.Screening;
        Require(errors, screening.Concentration.Source, screening.Concentration.Value > MassConcentration.Zero, "the screening concentration must be greater than zero");
        Require(errors, screening.MaximumBolus.Source, screening.MaximumBolus.Value > Mass.Zero, "the screening maximum must be greater than zero");
        Require(errors, screening.MinimumInterval.Source, screening.MinimumInterval.Value > Duration.Zero, "the interval between boluses must be greater than zero");
        foreach (var schedule in screening.Schedules)
        {
            var previous = Mass.Zero;
            foreach (var bolus in schedule.Boluses)
            {
                Require(errors, bolus.Source, bolus.Value > previous, $"screening boluses must be positive and rise ({bolus.Value} follows {previous})");
                Require(errors, bolus.Source, bolus.Value <= screening.MaximumBolus.Value, $"the bolus {bolus.Value} is above the screening maximum {screening.MaximumBolus.Value}");
                previous = bolus.Value;
            }
        }

        var start = protocol.StartDose;
        Require(errors, start.Multiplier.Source, start.Multiplier.Value >= 1m, "the start-dose multiplier must be at least 1");
        Require(errors, start.LongEffectThreshold.Source, start.LongEffectThreshold.Value > Duration.Zero, "the long-effect threshold must be greater than zero");
        Require(errors, start.PostImplantHold.Source, start.PostImplantHold.Value >= Duration.Zero, "the post-implant hold must not be negative");

        foreach (var rule in protocol.Titration)
        {
            Require(errors, rule.MinimumIncrease.Source, rule.MinimumIncrease.Value.Percent > 0, "the minimum increase must be greater than zero");
            Require(errors, rule.MaximumIncrease.Source, rule.MaximumIncrease.Value >= rule.MinimumIncrease.Value, $"the maximum increase {rule.MaximumIncrease.Value} is below the minimum {rule.MinimumIncrease.Value}");
            Require(
                errors,
                rule.DefaultIncrease.Source,
                rule.DefaultIncrease.Value >= rule.MinimumIncrease.Value && rule.DefaultIncrease.Value <= rule.MaximumIncrease.Value,
                $"the default increase {rule.DefaultIncrease.Value} is outside {rule.MinimumIncrease.Value}–{rule.MaximumIncrease.Value}");
            Require(errors, rule.MaximumDecrease.Source, rule.MaximumDecrease.Value.Percent is > 0 and < 100, "the maximum decrease must be between 0 % and 100 %");
            Require(errors, rule.MinimumInterval.Source, rule.MinimumInterval.Value > Duration.Zero, "the interval between increases must be greater than zero");
            Require(errors, rule.DoseResolution.Source, rule.DoseResolution.Value > MassFlow.Zero, "the dose resolution must be greater than zero");
        }

        foreach (var rule in protocol.Maintenance)
        {
            Require(errors, rule.MaximumIncrease.Source, rule.MaximumIncrease.Value.Percent > 0, "the maximum maintenance increase must be greater than zero");
            Require(errors, rule.MaximumDecrease.Source, rule.MaximumDecrease.Value.Percent is > 0 and < 100, "the maximum maintenance decrease must be between 0 % and 100 %");
        }
    }

    private static void Require(List<ProtocolError> errors, SettingSource source, bool condition, string message)
    {
        if (!condition)
        {
            errors.Add(new(Where(source), $"{source.Key}: {message}."));
        }
    }
}
