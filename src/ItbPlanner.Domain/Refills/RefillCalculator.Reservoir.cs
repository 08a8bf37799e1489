using ItbPlanner.Domain.Alerts;
using ItbPlanner.Domain.Errors;
using ItbPlanner.Domain.Internal;
using ItbPlanner.Domain.Protocols;
using ItbPlanner.Domain.Quantities;

namespace ItbPlanner.Domain.Refills;

// What the reservoir can deliver: the volume the pump keeps, and the volume a patient with withdrawal risk factors is refilled by.
public static partial class RefillCalculator
{
    /// <summary>The volume the pump cannot deliver: empty dates count to it (none given counts as 0 mL, and the working says so).</summary>
    /// <exception cref="InvalidInputException">The alarm volume is at or below it: the pump would alarm only after delivery stopped.</exception>
    private static Volume NonDeliverable(PumpModel pump, Volume alarm, List<string> working)
    {
        if (pump.NonDeliverableVolume is not { } undeliverable)
        {
            working.Add($"non-deliverable volume U = 0 mL: the protocol gives none for {pump.Id}");
            return Volume.Zero;
        }

        if (alarm <= undeliverable.Value)
        {
            throw new InvalidInputException(
                "alarm volume",
                $"The alarm volume {alarm} is at or below the {undeliverable.Value} the {pump.Name} cannot deliver: it would alarm only after delivery had stopped. Set the alarm above {undeliverable.Value}.");
        }

        working.Add($"non-deliverable volume U = {undeliverable.Cite()}: the pump runs dry for the patient with this much still in the reservoir, so the empty dates count to it");
        return undeliverable.Value;
    }

    /// <summary>
    /// For a patient with withdrawal risk factors whose alarm volume is below the protocol's withdrawal-risk volume, the
    /// date the reservoir reaches that volume: the refill-by date counts from it. Null otherwise. The pump's own alarm
    /// date is unchanged.
    /// </summary>
    private static (Volume Volume, DateOnly Date)? RiskAlarm(
        RefillRequest request, RefillRules rules, Volume alarm, (Fraction Left, string LeftName, Fraction Q, DateOnly From, DateOnly AlarmDate) reservoir, List<Alert> alerts, List<string> working)
    {
        if (!request.WithdrawalRisk)
        {
            return null;
        }

        if (rules.WithdrawalRiskAlarmVolume is not { } setting)
        {
            working.Add("withdrawal risk factors: the protocol sets no withdrawal-risk alarm volume, so the refill-by date counts from the alarm");
            return null;
        }

        var risk = setting.Value;
        if (alarm >= risk)
        {
            working.Add($"withdrawal risk factors: the alarm volume A = {alarm} is not below {setting.Cite()}; the refill-by date counts from the alarm");
            return null;
        }

        var toRisk = (reservoir.Left - risk.Exact()) / reservoir.Q;
        var date = reservoir.From.AddDays(toRisk.WholeDays());
        var count = request.Consumption.DaysFrom($"({reservoir.LeftName} − R)", $"({reservoir.Left.ToVolume()} − {risk})");
        working.Add(
            $"withdrawal risk factors: the alarm volume A = {alarm} is below R = {setting.Cite()}, so the refill-by date counts from R left: " +
            $"days = {count.Formula} = {count.Numbers} = {toRisk.ToDays().Display()}; {reservoir.From:yyyy-MM-dd} + {toRisk.WholeDays()} days = {date:yyyy-MM-dd} (the pump still alarms on {reservoir.AlarmDate:yyyy-MM-dd})");
        alerts.Add(Alert.Warning(
            AlertCodes.AlarmVolumeBelowRiskSetting,
            $"The patient has withdrawal risk factors and the pump alarms at {alarm}, below the {risk} at which withdrawal has been seen before the alarm: the refill-by date counts from {risk} left ({date:yyyy-MM-dd}). " +
            $"Consider programming the low-reservoir alarm at {risk}; the pump itself still alarms on {reservoir.AlarmDate:yyyy-MM-dd}."));
        return (risk, date);
    }
}
