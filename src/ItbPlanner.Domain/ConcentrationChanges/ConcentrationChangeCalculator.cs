using ItbPlanner.Domain.Alerts;
using ItbPlanner.Domain.Errors;
using ItbPlanner.Domain.Internal;
using ItbPlanner.Domain.Protocols;
using ItbPlanner.Domain.Quantities;

namespace ItbPlanner.Domain.ConcentrationChanges;

/// <summary>
/// A programmable pump refilled at a new concentration: the new rate for the same dose, what the old drug left in the
/// tubing and catheter would deliver at that rate, and the bridge that clears it at the old rate first.
/// </summary>
public static class ConcentrationChangeCalculator
{
    /// <summary>Plans the change.</summary>
    /// <exception cref="InvalidInputException">A dose or concentration is not positive, the concentrations are equal, or the pump is constant-flow.</exception>
    /// <exception cref="ProtocolLimitException">The new rate is below the pump's minimum programmable rate (<c>RATE_BELOW_PUMP_MINIMUM</c>).</exception>
    public static ConcentrationChangePlan Plan(Protocol protocol, ConcentrationChangeRequest request)
    {
        ArgumentNullException.ThrowIfNull(protocol);
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(request.DeadSpace);
        Validate(request);

        var (dose, from, to) = (request.Dose, request.From, request.To);
        var alerts = new List<Alert>();
        var sources = new List<SettingSource>(request.DeadSpace.Sources);
        var working = new List<string>();

        var oldRate = dose.VolumeFlowAt(from);
        var newRate = dose.VolumeFlowAt(to);
        working.Add($"Old rate = {dose.Show()} ÷ {from.Show()} = {oldRate.Show()}");
        working.Add($"New rate = {dose.Show()} ÷ {to.Show()} = {newRate.Show()}");
        working.AddRange(request.DeadSpace.Working);
        var deadSpace = request.DeadSpace.Volume;

        var unbridgedDose = newRate.DoseAt(from);
        var unbridgedDuration = deadSpace.LastsFor(newRate);
        var deviation = Percentage.FromFraction(Math.Abs(unbridgedDose.RatioTo(dose) - 1m));
        var rises = to > from;
        working.Add($"Unbridged dose = new rate × old concentration = {newRate.Show()} × {from.Show()} = {unbridgedDose.Show()} ({Percentage.FromFraction(unbridgedDose.RatioTo(dose)).Show()} of the intended dose)");
        working.Add($"Unbridged time = dead space ÷ new rate = {deadSpace.Show()} ÷ {newRate.Show()} = {unbridgedDuration.ShowHours()}");

        var bridgeDuration = deadSpace.LastsFor(oldRate);
        var bridgeDose = oldRate.DoseAt(from);
        working.Add($"Bridge = the dead space {deadSpace.Show()} at the old rate {oldRate.Show()} ({bridgeDose.Show()} of the old drug), then the new program");
        working.Add($"Bridge time = dead space ÷ old rate = {deadSpace.Show()} ÷ {oldRate.Show()} = {bridgeDuration.ShowHours()}");
        working.Add(
            "Manual rule (SynchroMed EL): use the minimum tubing volume when the concentration rises and the maximum when it falls; " +
            "the dead space here is one site-verified figure");

        var tolerance = protocol.ConcentrationChange.UnbridgedDoseTolerance;
        sources.Add(tolerance.Source);
        var critical = deviation > tolerance.Value;
        working.Add($"Unbridged dose is {deviation.Show()} from the intended dose; {(critical ? "more" : "not more")} than {tolerance.Cite()}");
        var risk = rises ? "an underdose, a withdrawal risk" : "an overdose";
        var message =
            $"The pump tubing and catheter hold {deadSpace.Show()} of {from.Show()}: without a bridge the new rate gives {unbridgedDose.Show()} " +
            $"instead of {dose.Show()} ({risk}) for {unbridgedDuration.ShowHours()}. Program a bridge: deliver {deadSpace.Show()} at the old rate " +
            $"{oldRate.Show()} ({bridgeDuration.ShowHours()}) before the new program starts.";
        alerts.Add(critical
            ? Alert.Critical(AlertCodes.BridgeBolusRequired, message)
            : Alert.Warning(AlertCodes.BridgeBolusRequired, message));

        if (protocol.FindStrength(to) is not { UseForRefill: true })
        {
            alerts.Add(Alert.Warning(
                AlertCodes.ConcentrationNotStocked,
                $"{to.Show()} is not a stocked refill strength: confirm the product (compounded or diluted)."));
        }

        if (request.Pump?.MinimumRate is { } minimum)
        {
            sources.Add(minimum.Source);
            working.Add($"New rate {newRate.Show()} against the pump's minimum rate {minimum.Cite()}");
            if (newRate < minimum.Value)
            {
                var blocking = Alert.Critical(
                    AlertCodes.RateBelowPumpMinimum,
                    $"The new rate {newRate.Show()} is below the {request.Pump.Name}'s minimum of {minimum.Value.Show()}: choose a lower concentration.");
                alerts.Add(blocking);
                throw new ProtocolLimitException(blocking, Ordered(alerts, sources));
            }
        }

        return new ConcentrationChangePlan(
            dose,
            from,
            to,
            oldRate,
            newRate,
            deadSpace,
            unbridgedDose,
            unbridgedDuration,
            deviation,
            deadSpace,
            oldRate,
            bridgeDuration,
            bridgeDose,
            Ordered(alerts, sources),
            working);
    }

    private static Alert[] Ordered(List<Alert> alerts, List<SettingSource> sources) =>
        alerts.Concat(SiteVerification.Unverified(sources)).OrderByDescending(a => a.Severity).ToArray();

    private static void Validate(ConcentrationChangeRequest request)
    {
        if (request.Dose <= MassFlow.Zero)
        {
            throw new InvalidInputException("--dose", $"--dose must be greater than zero; got {request.Dose}.");
        }

        if (request.From <= MassConcentration.Zero)
        {
            throw new InvalidInputException("--from", $"--from must be greater than zero; got {request.From}.");
        }

        if (request.To <= MassConcentration.Zero)
        {
            throw new InvalidInputException("--to", $"--to must be greater than zero; got {request.To}.");
        }

        if (request.To == request.From)
        {
            throw new InvalidInputException("--to", $"--to {request.To} equals --from: the concentration does not change, so no bridge is needed.");
        }

        if (request.Pump is { Kind: PumpKind.ConstantFlow } pump)
        {
            throw new InvalidInputException(
                "--pump",
                $"{pump.Name} is a constant-flow pump: its rate is fixed, so a new concentration changes the dose. Give --dose and --pump without --to for the concentration it needs.");
        }
    }
}
