using ItbPlanner.Domain.Alerts;
using ItbPlanner.Domain.Dosing;
using ItbPlanner.Domain.Errors;
using ItbPlanner.Domain.Internal;
using ItbPlanner.Domain.Protocols;
using ItbPlanner.Domain.Quantities;

namespace ItbPlanner.Domain.Refills;

// The inputs' checks: dates, volumes, the strength, the dose limits and the pump's minimum rate.
public static partial class RefillCalculator
{
    /// <exception cref="InvalidInputException">The booked date is before the refill date: a booking is for the next refill.</exception>
    private static void CheckBookedDate(RefillRequest request)
    {
        if (request.BookedDate is { } booked && booked < request.RefillDate)
        {
            throw new InvalidInputException(
                "booking",
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
            throw new InvalidInputException("fill volume", $"The fill volume must be greater than zero; got {fill}.");
        }

        if (fill > capacity)
        {
            throw new InvalidInputException("fill volume", $"The fill volume {fill} is above the {pump.Id} reservoir capacity of {capacity}: never overfill.");
        }

        working.Add($"fill volume V = {fill} (given; capacity {capacity})");
        return fill;
    }

    private static Volume CheckAlarm(RefillRequest request, PumpModel pump, Volume fill, List<string> working)
    {
        var alarm = request.AlarmVolume ?? pump.LowReservoirAlarm.Value;
        if (alarm <= Volume.Zero)
        {
            throw new InvalidInputException("alarm volume", $"The alarm volume must be greater than zero; got {alarm}.");
        }

        if (alarm >= fill)
        {
            throw new InvalidInputException("alarm volume", $"The alarm volume {alarm} must be below the fill volume {fill}.");
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
            throw new InvalidInputException("concentration", $"The concentration must be greater than zero; got {concentration}.");
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
        var suggestion = DeliverableStrength.Strongest(protocol, dose, minimum.Value) is { } strength
            ? $"At {strength} the rate would be {(dose / strength).Display()}."
            : "No stocked strength delivers this dose at or above the minimum rate.";
        var blocking = Alert.Critical(
            AlertCodes.RateBelowPumpMinimum,
            $"{programmed.Display()} is below the {pump.Id} minimum programmable rate of {minimum.Value}: the pump cannot deliver it. {suggestion}");
        alerts.Add(blocking);
        throw new ProtocolLimitException(blocking, alerts, working);
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
        var limits = protocol.LimitsFor(request.Population);
        var hourly = protocol.Screening.MaximumBolus;
        var lowest = request.Pump.MinimumRate?.Value * request.Concentration;
        if (withBoluses == programmed)
        {
            DoseLimitCheck.Apply(programmed, limits, hourly, lowest, alerts, working);
            return;
        }

        // A programmed dose given per hour is held to the hour/day checks; the dose limits judge the total with boluses.
        var scratch = new List<Alert>(alerts);
        DoseLimitCheck.Apply(programmed, limits, hourly, lowest, scratch, []);
        alerts.AddRange(scratch.Skip(alerts.Count).Where(a => a.Code is AlertCodes.RateLooksLikeDailyDose or AlertCodes.HourlyDoseAboveBolusLimit));

        var before = alerts.Count;
        DoseLimitCheck.Apply(withBoluses, limits, alerts, working);
        for (var i = before; i < alerts.Count; i++)
        {
            if (alerts[i].Code == AlertCodes.DoseAboveUsualRange)
            {
                alerts[i] = alerts[i] with { Message = $"With every allowed patient bolus ({programmed.Display()} programmed): {alerts[i].Message}" };
            }
        }
    }
}
