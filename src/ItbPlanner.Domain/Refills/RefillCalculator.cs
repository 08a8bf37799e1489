using ItbPlanner.Domain.Alerts;
using ItbPlanner.Domain.Dosing;
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
public static class RefillCalculator
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

    /// <exception cref="InvalidInputException">The booked date is before the refill date: a booking is for the next refill.</exception>
    private static void CheckBookedDate(RefillRequest request)
    {
        if (request.BookedDate is { } booked && booked < request.RefillDate)
        {
            throw new InvalidInputException(
                "booked date",
                $"The booked refill {booked:yyyy-MM-dd} is before the refill date {request.RefillDate:yyyy-MM-dd}: a booking is for the next refill, on or after this one.");
        }
    }

    private static Volume CheckFill(RefillRequest request, PumpModel pump, List<string> working)
    {
        var capacity = pump.Capacity.Value;
        if (request.FillVolume is not { } fill)
        {
            working.Add($"fill volume V = pump capacity {pump.Capacity.Cite()}");
            return capacity;
        }

        if (fill <= Volume.Zero)
        {
            throw new InvalidInputException("--volume", $"--volume must be greater than zero; got {fill}.");
        }

        if (fill > capacity)
        {
            throw new InvalidInputException("--volume", $"--volume {fill} is above the {pump.Id} reservoir capacity of {capacity}: never overfill.");
        }

        working.Add($"fill volume V = {fill} (given; capacity {capacity})");
        return fill;
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

    private static Volume CheckAlarm(RefillRequest request, PumpModel pump, Volume fill, List<string> working)
    {
        var alarm = request.AlarmVolume ?? pump.LowReservoirAlarm.Value;
        if (alarm <= Volume.Zero)
        {
            throw new InvalidInputException("--alarm-volume", $"--alarm-volume must be greater than zero; got {alarm}.");
        }

        if (alarm >= fill)
        {
            throw new InvalidInputException("--alarm-volume", $"The alarm volume {alarm} must be below the fill volume {fill}.");
        }

        working.Add(request.AlarmVolume is null
            ? $"alarm volume A = {pump.LowReservoirAlarm.Cite()}"
            : $"alarm volume A = {alarm} (given, overrides {pump.LowReservoirAlarm.Value})");
        return alarm;
    }

    /// <summary>The strength put in the pump: a new fill is held to the stocked strengths and the pump's label; a fill already recorded is only reported on.</summary>
    private static void CheckConcentration(RefillRequest request, Protocol protocol, List<Alert> alerts, List<string> working)
    {
        var concentration = request.Concentration;
        if (concentration <= MassConcentration.Zero)
        {
            throw new InvalidInputException("--concentration", $"--concentration must be greater than zero; got {concentration}.");
        }

        if (request.FillRecorded)
        {
            ConcentrationCheck.Report(protocol, request.Pump, concentration, request.Compounded, alerts, working);
        }
        else
        {
            ConcentrationCheck.Apply(protocol, request.Pump, concentration, request.Compounded, alerts, working);
        }
    }

    private static void CheckMinimumRate(RefillRequest request, PumpModel pump, Protocol protocol, List<Alert> alerts, List<string> working)
    {
        if (pump.MinimumRate is not { } minimum)
        {
            working.Add($"minimum rate: the protocol gives none for {pump.Id}; not checked");
            return;
        }

        var programmed = request.Consumption.ProgrammedRate;
        working.Add($"minimum rate check: programmed {programmed.Display()} against {minimum.Cite()}");
        if (programmed >= minimum.Value)
        {
            return;
        }

        var dose = request.Consumption.Dose;
        var workable = protocol.Strengths
            .Where(s => s.UseForRefill && dose / s.Concentration.Value >= minimum.Value)
            .Select(s => s.Concentration.Value)
            .OrderByDescending(c => c)
            .ToList();
        var suggestion = workable.Count > 0
            ? $"At {workable[0]} the rate would be {(dose / workable[0]).Display()}."
            : "No stocked strength delivers this dose at or above the minimum rate.";
        var blocking = Alert.Critical(
            AlertCodes.RateBelowPumpMinimum,
            $"{programmed.Display()} is below the {pump.Id} minimum programmable rate of {minimum.Value}: the pump cannot deliver it. {suggestion}");
        alerts.Add(blocking);
        throw new ProtocolLimitException(blocking, alerts, working);
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

    /// <summary>Checks a booked refill; returns the blocking alert (already added) when it is on or after the alarm or the worst-case empty date.</summary>
    private static Alert? CheckBooking(DateOnly? booked, DateOnly refillBy, DateOnly alarmDate, DateOnly worstDate, List<Alert> alerts)
    {
        if (booked is not { } day)
        {
            return null;
        }

        var danger = alarmDate < worstDate ? alarmDate : worstDate;
        if (day >= danger)
        {
            var blocking = Alert.Critical(
                AlertCodes.BookingAfterAlarm,
                $"The booked refill {day:yyyy-MM-dd} is on or after {danger:yyyy-MM-dd} (alarm {alarmDate:yyyy-MM-dd}, worst-case empty {worstDate:yyyy-MM-dd}): withdrawal risk. Book on or before {refillBy:yyyy-MM-dd}.");
            alerts.Add(blocking);
            return blocking;
        }

        if (day > refillBy)
        {
            alerts.Add(Alert.Warning(
                AlertCodes.BookingAfterRefillBy,
                $"The booked refill {day:yyyy-MM-dd} is after the refill-by date {refillBy:yyyy-MM-dd}: move it earlier."));
        }

        return null;
    }

    private static void CheckDailyMaximum(MassFlow maximum, RefillRequest request, Protocol protocol, List<Alert> alerts, List<string> working)
    {
        if (maximum <= request.Consumption.Dose)
        {
            return;
        }

        var ceiling = protocol.LimitsFor(request.Population).HardCeiling;
        working.Add($"daily dose with every allowed bolus = Q × concentration = {maximum.Display()} ({request.Consumption.Dose.Display()} programmed): the dose limits hold this total; hard ceiling {ceiling.Cite()}");
        if (maximum > ceiling.Value)
        {
            var blocking = Alert.Critical(
                AlertCodes.DoseAboveHardLimit,
                $"The programmed dose plus every allowed bolus comes to {maximum.Display()}, above the hard ceiling of {ceiling.Value}: lower the bolus or the number allowed per day.");
            alerts.Add(blocking);
            throw new ProtocolLimitException(blocking, alerts, working);
        }
    }

    /// <summary>
    /// The usual range and the hard ceiling hold the programmed dose plus every allowed patient bolus: what the patient can
    /// receive in a day, not only what is programmed.
    /// </summary>
    private static void CheckDoseLimits(MassFlow withBoluses, RefillRequest request, Protocol protocol, List<Alert> alerts, List<string> working)
    {
        var programmed = request.Consumption.Dose;
        if (withBoluses == programmed)
        {
            DoseLimitCheck.Apply(programmed, protocol.LimitsFor(request.Population), alerts, working);
            return;
        }

        var before = alerts.Count;
        DoseLimitCheck.Apply(withBoluses, protocol.LimitsFor(request.Population), alerts, working);
        for (var i = before; i < alerts.Count; i++)
        {
            if (alerts[i].Code == AlertCodes.DoseAboveUsualRange)
            {
                alerts[i] = alerts[i] with { Message = $"With every allowed patient bolus ({programmed.Display()} programmed): {alerts[i].Message}" };
            }
        }
    }

    private static void AddUnverifiedSettings(PumpModel pump, Protocol protocol, List<Alert> alerts) =>
        alerts.AddRange(SiteVerification.Unverified([pump.Capacity.Source, pump.LowReservoirAlarm.Source, pump.Accuracy.Source, pump.MinimumRate?.Source, pump.NonDeliverableVolume?.Source, protocol.Refill.MarginDays.Source, protocol.Refill.StabilityLimitDays.Source, protocol.Refill.ClinicDays.Source, protocol.Refill.WithdrawalRiskAlarmVolume?.Source]));
}
