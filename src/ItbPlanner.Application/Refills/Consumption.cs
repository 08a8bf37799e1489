using ItbPlanner.Domain.Alerts;
using ItbPlanner.Domain.Flex;
using ItbPlanner.Domain.Protocols;
using ItbPlanner.Domain.Quantities;
using ItbPlanner.Domain.Refills;

namespace ItbPlanner.Application.Refills;

/// <summary>The daily consumption a <see cref="ConsumptionInput"/> describes, shared by refill planning and reconciliation.</summary>
internal static class Consumption
{
    /// <summary>The consumption, and the flex plan when the program is a flex schedule.</summary>
    /// <exception cref="Domain.Errors.InvalidInputException">A flex step or the bolus allowance is invalid.</exception>
    /// <exception cref="Domain.Errors.ProtocolLimitException">The flex schedule's 24-hour total is above the hard ceiling.</exception>
    public static (DailyConsumption Consumption, FlexPlan? Flex) Build(Protocol protocol, ConsumptionInput input, MassConcentration concentration, PumpModel pump, Population population)
    {
        FlexPlan? flex = null;
        DailyConsumption consumption;
        if (input.Dose is { } dose)
        {
            consumption = DailyConsumption.FromDose(dose, concentration);
        }
        else if (input.Rate is { } rate)
        {
            consumption = DailyConsumption.FromRate(rate, concentration);
        }
        else
        {
            var schedule = input.Flex ?? throw new Domain.Errors.InvalidInputException("flex", "Give the daily dose, the volume rate or the flex schedule.");
            flex = FlexCalculator.Evaluate(protocol, new FlexRequest(schedule, concentration, pump, population));
            consumption = DailyConsumption.FromFlex(flex);
        }

        if (input.Bolus is { } bolus)
        {
            consumption = consumption.WithPatientBoluses(new PatientBolusAllowance(bolus, input.MaxBolusesPerDay ?? 0), concentration);
        }

        return (consumption, flex);
    }

    /// <summary>
    /// A result's alerts with the flex schedule's added: those of a code the result does not already raise (the dose and
    /// stock checks run in both), and the flex schedule's own unverified settings.
    /// </summary>
    public static IReadOnlyList<Alert> WithFlexAlerts(IReadOnlyList<Alert> alerts, FlexPlan? flex)
    {
        if (flex is null)
        {
            return alerts;
        }

        var codes = alerts.Where(a => a.Code != AlertCodes.SiteSettingUnverified).Select(a => a.Code).ToHashSet(StringComparer.Ordinal);
        return SiteVerification.Merge(alerts.Concat(flex.Alerts.Where(a => !codes.Contains(a.Code))));
    }
}
