using ItbPlanner.Domain.Alerts;
using ItbPlanner.Domain.Dosing;
using ItbPlanner.Domain.Errors;
using ItbPlanner.Domain.Internal;
using ItbPlanner.Domain.Protocols;
using ItbPlanner.Domain.Quantities;

namespace ItbPlanner.Domain.Refills;

/// <summary>
/// Compares the residual drawn back at a refill with the residual expected from the program since the last fill, and
/// flags a discrepancy beyond tolerance: under-delivery (withdrawal risk) or over-delivery (over-infusion, leak, pocket fill).
/// </summary>
public static class ReconciliationCalculator
{
    /// <summary>Reconciles the aspirated residual.</summary>
    /// <exception cref="InvalidInputException">A volume is negative, zero where it must be positive, or above the pump's capacity; or the date is before the fill date.</exception>
    /// <exception cref="ProtocolLimitException">The concentration given is not one a pump may hold (<see cref="ConcentrationCheck"/>).</exception>
    public static ReconciliationResult Reconcile(Protocol protocol, ReconciliationRequest request)
    {
        ArgumentNullException.ThrowIfNull(protocol);
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(request.Pump);
        ArgumentNullException.ThrowIfNull(request.Consumption);
        Validate(request);

        var pump = request.Pump;
        var consumption = request.Consumption;
        var (fill, boluses, aspirated) = (request.FillVolume, request.BolusesVolume, request.Aspirated);
        var alerts = new List<Alert>();
        var working = new List<string>(consumption.Working);
        var rate = consumption.ProgrammedVolume;
        if (request.Concentration is { } concentration)
        {
            ConcentrationCheck.Apply(protocol, pump, concentration, request.Compounded, alerts, working);
        }


        var days = request.Date.DayNumber - request.FillDate.DayNumber;
        working.Add($"days elapsed = {request.Date.Display()} − {request.FillDate.Display()} = {days} days");

        var programmedOnly = consumption.PatientBoluses is null ? string.Empty : " (programmed, no patient boluses)";
        var exactRate = consumption.ExactProgrammedVolume;
        var (from, earlier) = (request.FillDate, Fraction.Zero);
        Fraction exactProjected;
        if (request.UsedSinceFill is { } use)
        {
            (from, earlier) = (use.AsOf, use.ExactUsed);
            var since = request.Date.DayNumber - from.DayNumber;
            exactProjected = fill.Exact() - earlier - ExactRates.Over(exactRate, since) - boluses.Exact();
            working.Add(
                $"expected residual = fill − used by earlier programs to {from.Display()} − Q × days since − boluses = {fill.Display()} − {earlier.ToVolume().Display()} − {rate.Display()}{programmedOnly} × {since} days − {boluses.Display()} = {exactProjected.ToVolume().Display()}");
        }
        else
        {
            exactProjected = fill.Exact() - ExactRates.Over(exactRate, days) - boluses.Exact();
            working.Add(
                $"expected residual = fill − Q × days − boluses = {fill.Display()} − {rate.Display()}{programmedOnly} × {days} days − {boluses.Display()} = {exactProjected.ToVolume().Display()}");
        }

        var projected = exactProjected.ToVolume();
        DateOnly? dryDate = null;
        var upper = projected;
        if (exactProjected.IsNegative)
        {
            var left = fill.Exact() - boluses.Exact() - earlier;
            var lasted = left / exactRate;
            dryDate = from.AddDays(lasted.WholeDays());
            upper = Volume.Zero;
            var after = earlier == Fraction.Zero ? "after boluses" : $"after boluses and the earlier programs on {from.Display()}";
            working.Add(
                $"below zero: at {rate.Display()} the {left.ToVolume().Display()} left {after} lasts {lasted.ToDays().DisplayDays()} (counted exactly from the dose and concentration), " +
                $"so the reservoir should have run dry about {dryDate.Value.Display()}; the aspirated volume is compared with 0 mL");
            alerts.Add(Alert.Critical(
                AlertCodes.ReservoirExpectedDry,
                $"At the programmed consumption the reservoir should have run dry about {dryDate.Value.Display()}, {request.Date.DayNumber - dryDate.Value.DayNumber} days before this visit: " +
                "the patient may have been without baclofen; assess for withdrawal now and book refills earlier."));
        }

        Volume? lower = null;
        var expected = upper;
        if (consumption.PatientBoluses is { } allowance)
        {
            lower = PatientBolusRange(consumption, allowance, request, exactProjected, upper, working, out expected);
        }

        var discrepancy = aspirated - expected;
        var direction = discrepancy > Volume.Zero ? " (more left than expected)" : discrepancy < Volume.Zero ? " (less left than expected)" : string.Empty;
        working.Add($"discrepancy = aspirated − expected = {aspirated.Display()} − {expected.Display()} = {Signed(discrepancy)}{direction}");

        var delivered = fill - expected;
        working.Add($"expected delivered = fill − expected residual = {fill.Display()} − {expected.Display()} = {delivered.Display()}");

        var byAccuracy = delivered * pump.Accuracy.Value.Fraction;
        var absolute = protocol.Reconciliation.AbsoluteTolerance;
        var tolerance = Volume.Min(byAccuracy, absolute.Value);
        working.Add(
            $"tolerance = the smaller of pump accuracy {pump.Accuracy.Cite()} × {delivered.Display()} = {byAccuracy.Display()} " +
            $"and the absolute tolerance {absolute.Cite()} = {tolerance.Display()}");

        CheckDiscrepancy(discrepancy, tolerance, alerts, working);
        CheckNearEmpty(pump, aspirated, alerts, working);

        alerts.AddRange(SiteVerification.Unverified([pump.Accuracy.Source, absolute.Source, pump.LowReservoirAlarm.Source]));
        return new ReconciliationResult(
            days,
            rate,
            projected,
            lower,
            expected,
            aspirated,
            discrepancy,
            delivered,
            tolerance,
            dryDate,
            [.. alerts.OrderByDescending(a => a.Severity)],
            working);
    }

    /// <summary>
    /// Patient boluses are taken on demand, so the residual may lie anywhere from "every allowed bolus taken" to "none":
    /// only a residual outside that range is a discrepancy, measured from the nearer end.
    /// </summary>
    private static Volume PatientBolusRange(
        DailyConsumption consumption,
        PatientBolusAllowance allowance,
        ReconciliationRequest request,
        Fraction projected,
        Volume upper,
        List<string> working,
        out Volume expected)
    {
        var days = request.Date.DayNumber - request.FillDate.DayNumber;
        var allBoluses = ExactRates.Over(consumption.ExactBolusVolume, days).ToVolume();
        var lowest = (projected - ExactRates.Over(consumption.ExactBolusVolume, days)).ToVolume();
        working.Add(
            $"with every allowed patient bolus taken ({consumption.PatientBolusVolume.Display()} × {days} days = {allBoluses.Display()}) the residual would be {lowest.Display()}" +
            (lowest < Volume.Zero ? ", compared as 0 mL" : string.Empty));
        var lower = Volume.Max(lowest, Volume.Zero);
        var aspirated = request.Aspirated;
        expected = aspirated > upper ? upper : aspirated < lower ? lower : aspirated;
        if (expected == aspirated)
        {
            var perBolus = consumption.PatientBolusVolume.DeliveredOver(Duration.FromDays(1)) / allowance.MaximumPerDay;
            var implied = (upper - aspirated).RatioTo(perBolus);
            working.Add(
                $"the aspirated {aspirated.Display()} lies in the expected range {lower.Display()}–{upper.Display()}: consistent with about " +
                $"{implied.ToDisplay(1)} patient boluses of {perBolus.Display()} (at most {allowance.MaximumPerDay * days}); expected residual = {expected.Display()}");
        }
        else
        {
            working.Add($"the aspirated {aspirated.Display()} lies outside the expected range {lower.Display()}–{upper.Display()}: compared with the nearer end, {expected.Display()}");
        }

        return lower;
    }

    private static void CheckDiscrepancy(Volume discrepancy, Volume tolerance, List<Alert> alerts, List<string> working)
    {
        var size = Volume.Max(discrepancy, -discrepancy);
        if (size <= tolerance)
        {
            working.Add($"|{Signed(discrepancy)}| ≤ {tolerance.Display()}: within tolerance");
            return;
        }

        working.Add($"|{Signed(discrepancy)}| > {tolerance.Display()}: beyond tolerance");
        alerts.Add(discrepancy > Volume.Zero
            ? Alert.Critical(
                AlertCodes.UnderDelivery,
                $"{size.Display()} more left in the reservoir than expected (tolerance {tolerance.Display()}): the pump delivered less than programmed — " +
                "pump stall, catheter occlusion or kink. Withdrawal risk: assess the patient and check the pump and catheter.")
            : Alert.Critical(
                AlertCodes.OverDelivery,
                $"{size.Display()} less left in the reservoir than expected (tolerance {tolerance.Display()}): over-infusion (overdose risk), a leak, " +
                "or drug injected into the pocket at the previous refill (pocket fill). Assess the patient and check the pump."));
    }

    private static void CheckNearEmpty(PumpModel pump, Volume aspirated, List<Alert> alerts, List<string> working)
    {
        var alarm = pump.LowReservoirAlarm;
        if (aspirated > alarm.Value)
        {
            return;
        }

        working.Add($"aspirated {aspirated.Display()} ≤ the low-reservoir alarm volume {alarm.Cite()}");
        alerts.Add(aspirated == Volume.Zero
            ? Alert.Critical(
                AlertCodes.ResidualNearEmpty,
                "The reservoir was empty (0 mL aspirated): the patient may have been without baclofen; assess for withdrawal and book refills earlier.")
            : Alert.Warning(
                AlertCodes.ResidualNearEmpty,
                $"Aspirated {aspirated.Display()} is at or below the {alarm.Value.Display()} low-reservoir alarm volume: the reservoir was close to empty; book the next refill earlier."));
    }

    private static void Validate(ReconciliationRequest request)
    {
        var capacity = request.Pump.Capacity.Value;
        if (request.FillVolume <= Volume.Zero)
        {
            throw new InvalidInputException("fill volume", $"The fill volume must be greater than zero; got {request.FillVolume}.");
        }

        if (request.FillVolume > capacity)
        {
            throw new InvalidInputException("fill volume", $"The fill volume {request.FillVolume} is more than the {request.Pump.Name} holds ({capacity}).");
        }

        if (request.Aspirated < Volume.Zero)
        {
            throw new InvalidInputException("aspirated volume", $"The aspirated volume must not be negative; got {request.Aspirated} (0 mL is valid: an empty reservoir).");
        }

        if (request.Aspirated > capacity)
        {
            throw new InvalidInputException("aspirated volume", $"The aspirated volume {request.Aspirated} is more than the {request.Pump.Name} holds ({capacity}).");
        }

        if (request.BolusesVolume < Volume.Zero)
        {
            throw new InvalidInputException("boluses volume", $"The volume of boluses given must not be negative; got {request.BolusesVolume}.");
        }

        if (request.BolusesVolume > request.FillVolume)
        {
            throw new InvalidInputException("boluses volume", $"The volume of boluses given, {request.BolusesVolume}, is more than the fill volume {request.FillVolume}.");
        }

        if (request.Date < request.FillDate)
        {
            throw new InvalidInputException("aspiration date", $"The aspiration date {request.Date.Display()} is before the fill date {request.FillDate.Display()}.");
        }

        if (request.UsedSinceFill is { } use)
        {
            if (use.AsOf < request.FillDate || use.AsOf > request.Date)
            {
                throw new InvalidInputException("used since fill", $"The program cannot change on {use.AsOf.Display()}, outside the fill interval {request.FillDate.Display()} to {request.Date.Display()}.");
            }

            if (use.Used < Volume.Zero)
            {
                throw new InvalidInputException("used since fill", $"The volume used since the fill must not be negative; got {use.Used}.");
            }
        }
    }

    private static string Signed(Volume volume) => volume > Volume.Zero ? "+" + volume.Display() : volume.Display();
}
