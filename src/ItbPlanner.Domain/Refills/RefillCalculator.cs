using ItbPlanner.Domain.Alerts;
using ItbPlanner.Domain.Errors;
using ItbPlanner.Domain.Internal;
using ItbPlanner.Domain.Protocols;
using ItbPlanner.Domain.Quantities;
using ItbPlanner.Domain.Scheduling;

namespace ItbPlanner.Domain.Refills;

/// <summary>
/// Computes the alarm, empty, worst-case empty and refill-by dates of a refill. The refill-by date is the latest clinic
/// day on or before the earliest of: alarm date − margin, worst-case empty date − margin, refill date + stability limit.
/// The worst case is there because the pump's low-reservoir alarm is computed from the programmed rate: a pump
/// over-infusing within its accuracy limit can run dry before it alarms.
/// </summary>
public static partial class RefillCalculator
{
    /// <summary>Plans a refill.</summary>
    /// <exception cref="InvalidInputException">An impossible input: fill volume above capacity, alarm at or above the fill, a non-positive volume.</exception>
    /// <exception cref="ProtocolLimitException">A hard limit: dose above the ceiling, a rate the pump cannot deliver, a booking after the alarm.</exception>
    public static RefillPlan Plan(RefillRequest request, Protocol protocol)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(protocol);
        var pump = request.Pump;
        var alerts = new List<Alert>();
        var working = new List<string>(request.Consumption.Working);

        CheckBookedDate(request);
        var fill = CheckFill(request, pump, working);
        var alarm = CheckAlarm(request, pump, fill, working);
        var concentration = request.Concentration;
        CheckConcentration(request, protocol, alerts, working);
        var q = request.Consumption.DailyVolume;
        var withBoluses = MassFlow.FromMicrogramsPerDay((request.Consumption.ExactDailyVolume * concentration.MicrogramsPerMilliliter.ExactValue()).ToDecimal());
        CheckDailyMaximum(withBoluses, request, protocol, alerts, working);
        CheckDoseLimits(withBoluses, request, protocol, alerts, working);
        CheckMinimumRate(request, pump, protocol, alerts, working);

        var date = request.RefillDate;
        var accuracy = pump.Accuracy;
        var exactQ = request.Consumption.ExactDailyVolume;
        var start = Start(request, fill, accuracy, working);
        var (from, left, worstLeft) = (start.From, start.Left, start.WorstLeft);
        var leftText = left.ToVolume().ToString();
        var toAlarm = (left - alarm.Exact()) / exactQ;
        var daysToAlarm = toAlarm.ToDays();
        var alarmDate = from.AddDays(toAlarm.WholeDays());
        var alarmCount = request.Consumption.DaysFrom($"({start.LeftName} − A)", $"({leftText} − {alarm})");
        working.Add($"days to alarm = {alarmCount.Formula} = {alarmCount.Numbers} = {daysToAlarm.Display()}; alarm date = {from:yyyy-MM-dd} + {toAlarm.WholeDays()} days = {alarmDate:yyyy-MM-dd}");

        var undeliverable = NonDeliverable(pump, alarm, working);
        var toEmpty = (left - undeliverable.Exact()) / exactQ;
        var daysToEmpty = toEmpty.ToDays();
        var emptyDate = from.AddDays(toEmpty.WholeDays());
        var emptyCount = request.Consumption.DaysFrom($"({start.LeftName} − U)", $"({leftText} − {undeliverable})");
        working.Add($"days to empty = {emptyCount.Formula} = {emptyCount.Numbers} = {daysToEmpty.Display()}; empty date = {from:yyyy-MM-dd} + {toEmpty.WholeDays()} days = {emptyDate:yyyy-MM-dd}");

        var factor = 1 + accuracy.Value.Fraction;
        var toWorst = (worstLeft - undeliverable.Exact()) / (exactQ * factor.ExactValue());
        var worstDays = toWorst.ToDays();
        var worstDate = from.AddDays(toWorst.WholeDays());
        var worstCount = request.Consumption.DaysFrom($"({start.WorstLeftName} − U)", $"({worstLeft.ToVolume()} − {undeliverable})", ("(1 + a)", factor));
        working.Add($"worst-case days to empty = {worstCount.Formula} = {worstCount.Numbers} = {worstDays.Display()}, a = pump accuracy {accuracy.Cite()}; worst-case empty date = {from:yyyy-MM-dd} + {toWorst.WholeDays()} days = {worstDate:yyyy-MM-dd}");

        var risk = RiskAlarm(request, protocol.Refill, alarm, (left, start.LeftName, exactQ, from, alarmDate), alerts, working);
        var (refillBy, binding) = RefillBy(date, (risk?.Date ?? alarmDate, risk is null ? "alarm" : $"alarm at {risk.Value.Volume}"), worstDate, protocol.Refill, working);

        if (toWorst < toAlarm)
        {
            alerts.Add(Alert.Info(
                AlertCodes.WorstCaseEmptyBeforeAlarm,
                $"If the pump over-infuses at its {accuracy.Value} accuracy limit it runs dry on {worstDate:yyyy-MM-dd}, before its alarm on {alarmDate:yyyy-MM-dd}: the alarm cannot see over-infusion, so the refill-by date allows for it."));
        }

        if (binding == RefillLimit.Stability)
        {
            alerts.Add(Alert.Info(
                AlertCodes.StabilityLimit,
                $"The drug-stability limit ({protocol.Refill.StabilityLimitDays.Value} days in the pump) sets the refill-by date {refillBy:yyyy-MM-dd}, not the reservoir volume."));
        }

        if (refillBy <= date)
        {
            alerts.Add(Alert.Critical(
                AlertCodes.RefillIntervalTooShort,
                $"No clinic day is left before the latest safe refill date: the refill-by date {refillBy:yyyy-MM-dd} is not after the refill date {date:yyyy-MM-dd}. Fill more volume, use a higher concentration, or arrange an urgent refill."));
        }

        var blocking = CheckBooking(request.BookedDate, refillBy, alarmDate, worstDate, alerts);
        AddUnverifiedSettings(pump, protocol, alerts);

        var plan = new RefillPlan(
            pump.Id,
            concentration,
            request.Consumption.Dose,
            q,
            fill,
            alarm,
            date,
            daysToAlarm,
            alarmDate,
            daysToEmpty,
            emptyDate,
            worstDays,
            worstDate,
            refillBy,
            binding,
            [.. alerts.OrderByDescending(a => a.Severity)],
            working)
        {
            DailyDoseWithBoluses = withBoluses,
            NonDeliverableVolume = undeliverable,
            WithdrawalRiskAlarmVolume = risk?.Volume,
            WithdrawalRiskAlarmDate = risk?.Date,
        };

        // A booking on or after the alarm refuses the plan, which is complete by then: the exception carries it.
        return blocking is null ? plan : throw new ProtocolLimitException(blocking, plan.Alerts, working) { Result = plan };
    }

    /// <summary>
    /// Where the projection starts: the fill itself, or (with <see cref="RefillRequest.UsedSinceFill"/>) the date the
    /// current consumption took over, with what is left then, nominally (V′ = V − used) and in the worst case, had the
    /// pump over-infused at its accuracy limit since the fill (V″ = V − used × (1 + a)).
    /// </summary>
    private static (DateOnly From, Fraction Left, Fraction WorstLeft, string LeftName, string WorstLeftName) Start(RefillRequest request, Volume fill, Setting<Percentage> accuracy, List<string> working)
    {
        if (request.UsedSinceFill is not { } use)
        {
            return (request.RefillDate, fill.Exact(), fill.Exact(), "V", "V");
        }

        if (use.AsOf < request.RefillDate)
        {
            throw new InvalidInputException("used since fill", $"The consumption cannot change on {use.AsOf:yyyy-MM-dd}, before the fill on {request.RefillDate:yyyy-MM-dd}.");
        }

        if (use.Used < Volume.Zero)
        {
            throw new InvalidInputException("used since fill", $"The volume used since the fill must not be negative; got {use.Used}.");
        }

        var factor = 1 + accuracy.Value.Fraction;
        var used = use.ExactUsed;
        var left = fill.Exact() - used;
        var worstLeft = fill.Exact() - (used * factor.ExactValue());
        var usedText = used.ToVolume().ToString();
        working.Add($"the consumption changed on {use.AsOf:yyyy-MM-dd}, after the fill on {request.RefillDate:yyyy-MM-dd}: {usedText} had left the reservoir at the programmed rates by then, so the dates below run from {use.AsOf:yyyy-MM-dd} at the current consumption");
        working.Add($"left on {use.AsOf:yyyy-MM-dd}: V′ = V − used = {fill} − {usedText} = {left.ToVolume()}; worst case, had the pump over-infused by a since the fill: V″ = V − used × (1 + a) = {fill} − {usedText} × {factor} = {worstLeft.ToVolume()}");
        return (use.AsOf, left, worstLeft, "V′", "V″");
    }

    private static (DateOnly RefillBy, RefillLimit Binding) RefillBy(DateOnly date, (DateOnly Date, string Name) alarm, DateOnly worstDate, RefillRules rules, List<string> working)
    {
        var margin = rules.MarginDays.Value;
        var candidates = new (DateOnly Date, RefillLimit Limit)[]
        {
            (alarm.Date.AddDays(-margin), RefillLimit.Alarm),
            (worstDate.AddDays(-margin), RefillLimit.WorstCaseEmpty),
            (date.AddDays(rules.StabilityLimitDays.Value), RefillLimit.Stability),
        };

        // A tie counts as binding for the stability limit: it is the one a nurse cannot refill late for.
        var earliest = candidates.Min(c => c.Date);
        var binding = candidates.Where(c => c.Date == earliest).Max(c => c.Limit);
        var calendar = new ClinicCalendar(rules.ClinicDays.Value);
        var refillBy = calendar.LatestClinicDayOnOrBefore(earliest);
        working.Add($"margin = {rules.MarginDays.Value} days ({rules.MarginDays.Source.Cite()}); stability limit = {rules.StabilityLimitDays.Value} days ({rules.StabilityLimitDays.Source.Cite()})");
        working.Add($"refill-by = latest clinic day on or before min({alarm.Name} − margin {candidates[0].Date:yyyy-MM-dd}, worst-case empty − margin {candidates[1].Date:yyyy-MM-dd}, refill date + stability {candidates[2].Date:yyyy-MM-dd}) = min {earliest:yyyy-MM-dd} → {refillBy:yyyy-MM-dd} ({refillBy.DayOfWeek}); clinic days {rules.ClinicDays.Source.Cite()}");
        return (refillBy, binding);
    }

    private static void AddUnverifiedSettings(PumpModel pump, Protocol protocol, List<Alert> alerts) =>
        alerts.AddRange(SiteVerification.Unverified([pump.Capacity.Source, pump.LowReservoirAlarm.Source, pump.Accuracy.Source, pump.MinimumRate?.Source, pump.NonDeliverableVolume?.Source, protocol.Refill.MarginDays.Source, protocol.Refill.StabilityLimitDays.Source, protocol.Refill.ClinicDays.Source, protocol.Refill.WithdrawalRiskAlarmVolume?.Source]));
}
