using ItbPlanner.Domain.Alerts;
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
    public static ReconciliationResult Reconcile(Protocol protocol, ReconciliationRequest request)
    {
        ArgumentNullException.ThrowIfNull(protocol);
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(request.Pump);
        ArgumentNullException.ThrowIfNull(request.Consumption);
        Validate(request);

        var pump = request.Pump;
        var alerts = new List<Alert>();
        var working = new List<string>(request.Consumption.Working);
        var rate = request.Consumption.DailyVolume;

        var days = request.Date.DayNumber - request.FillDate.DayNumber;
        working.Add($"Days elapsed = {request.Date.Show()} − {request.FillDate.Show()} = {days} days");

        var used = rate.DeliveredOver(Duration.FromDays(days));
        var projected = request.FillVolume - used - request.BolusesVolume;
        working.Add(
            $"Expected residual = fill − Q × days − boluses = {request.FillVolume.Show()} − {rate.Show()} × {days} days − {request.BolusesVolume.Show()} = {projected.Show()}");

        DateOnly? dryDate = null;
        var expected = projected;
        if (projected < Volume.Zero)
        {
            var lasted = (request.FillVolume - request.BolusesVolume).LastsFor(rate);
            dryDate = request.FillDate.AddDays(lasted.WholeDaysRoundedDown);
            var daysDry = request.Date.DayNumber - dryDate.Value.DayNumber;
            expected = Volume.Zero;
            working.Add(
                $"Below zero: at {rate.Show()} the {(request.FillVolume - request.BolusesVolume).Show()} left after boluses lasts {lasted.ShowDays()}, " +
                $"so the reservoir should have run dry about {dryDate.Value.Show()}; the aspirated volume is compared with 0 mL");
            alerts.Add(Alert.Critical(
                AlertCodes.ReservoirExpectedDry,
                $"At the programmed consumption the reservoir should have run dry about {dryDate.Value.Show()}, {daysDry} days before this visit: " +
                "the patient may have been without baclofen; assess for withdrawal now and book refills earlier."));
        }

        var discrepancy = request.Aspirated - expected;
        var direction = discrepancy > Volume.Zero ? " (more left than expected)" : discrepancy < Volume.Zero ? " (less left than expected)" : string.Empty;
        working.Add($"Discrepancy = aspirated − expected = {request.Aspirated.Show()} − {expected.Show()} = {Signed(discrepancy)}{direction}");

        var delivered = request.FillVolume - expected;
        working.Add($"Expected delivered = fill − expected residual = {request.FillVolume.Show()} − {expected.Show()} = {delivered.Show()}");

        var byAccuracy = delivered * pump.Accuracy.Value.Fraction;
        var absolute = protocol.Reconciliation.AbsoluteTolerance;
        var tolerance = Volume.Min(byAccuracy, absolute.Value);
        working.Add(
            $"Tolerance = the smaller of pump accuracy {pump.Accuracy.Cite()} × {delivered.Show()} = {byAccuracy.Show()} " +
            $"and the absolute tolerance {absolute.Cite()} = {tolerance.Show()}");

        var size = Volume.Max(discrepancy, -discrepancy);
        if (size > tolerance)
        {
            working.Add($"|{Signed(discrepancy)}| > {tolerance.Show()}: beyond tolerance");
            alerts.Add(discrepancy > Volume.Zero
                ? Alert.Critical(
                    AlertCodes.UnderDelivery,
                    $"{size.Show()} more left in the reservoir than expected (tolerance {tolerance.Show()}): the pump delivered less than programmed — " +
                    "pump stall, catheter occlusion or kink. Withdrawal risk: assess the patient and check the pump and catheter.")
                : Alert.Critical(
                    AlertCodes.OverDelivery,
                    $"{size.Show()} less left in the reservoir than expected (tolerance {tolerance.Show()}): over-infusion (overdose risk), a leak, " +
                    "or drug injected into the pocket at the previous refill (pocket fill). Assess the patient and check the pump."));
        }
        else
        {
            working.Add($"|{Signed(discrepancy)}| ≤ {tolerance.Show()}: within tolerance");
        }

        var alarm = pump.LowReservoirAlarm;
        if (request.Aspirated <= alarm.Value)
        {
            working.Add($"Aspirated {request.Aspirated.Show()} ≤ the low-reservoir alarm volume {alarm.Cite()}");
            alerts.Add(request.Aspirated == Volume.Zero
                ? Alert.Critical(
                    AlertCodes.ResidualNearEmpty,
                    "The reservoir was empty (0 mL aspirated): the patient may have been without baclofen; assess for withdrawal and book refills earlier.")
                : Alert.Warning(
                    AlertCodes.ResidualNearEmpty,
                    $"Aspirated {request.Aspirated.Show()} is at or below the {alarm.Value.Show()} low-reservoir alarm volume: the reservoir was close to empty; book the next refill earlier."));
        }

        alerts.AddRange(SiteVerification.Unverified([pump.Accuracy.Source, absolute.Source, alarm.Source]));
        return new ReconciliationResult(
            days,
            rate,
            projected,
            expected,
            request.Aspirated,
            discrepancy,
            delivered,
            tolerance,
            dryDate,
            alerts.OrderByDescending(a => a.Severity).ToArray(),
            working);
    }

    private static void Validate(ReconciliationRequest request)
    {
        var capacity = request.Pump.Capacity.Value;
        if (request.FillVolume <= Volume.Zero)
        {
            throw new InvalidInputException("--fill-volume", $"--fill-volume must be greater than zero; got {request.FillVolume}.");
        }

        if (request.FillVolume > capacity)
        {
            throw new InvalidInputException("--fill-volume", $"--fill-volume {request.FillVolume} is more than the {request.Pump.Name} holds ({capacity}).");
        }

        if (request.Aspirated < Volume.Zero)
        {
            throw new InvalidInputException("--aspirated", $"--aspirated must not be negative; got {request.Aspirated} (0 mL is valid: an empty reservoir).");
        }

        if (request.Aspirated > capacity)
        {
            throw new InvalidInputException("--aspirated", $"--aspirated {request.Aspirated} is more than the {request.Pump.Name} holds ({capacity}).");
        }

        if (request.BolusesVolume < Volume.Zero)
        {
            throw new InvalidInputException("--boluses-volume", $"--boluses-volume must not be negative; got {request.BolusesVolume}.");
        }

        if (request.BolusesVolume > request.FillVolume)
        {
            throw new InvalidInputException("--boluses-volume", $"--boluses-volume {request.BolusesVolume} is more than the fill volume {request.FillVolume}.");
        }

        if (request.Date < request.FillDate)
        {
            throw new InvalidInputException("--date", $"--date {request.Date.Show()} is before the fill date {request.FillDate.Show()}.");
        }
    }

    private static string Signed(Volume volume) => volume > Volume.Zero ? "+" + volume.Show() : volume.Show();
}
