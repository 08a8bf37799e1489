using ItbPlanner.Domain.Alerts;
using ItbPlanner.Domain.Dosing;
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
    /// <exception cref="ProtocolLimitException">The new rate is below the pump's minimum programmable rate (<c>RATE_BELOW_PUMP_MINIMUM</c>), or the new strength is not one a pump may hold (<see cref="ConcentrationCheck"/>).</exception>
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
        working.Add($"old rate = {dose.Display()} ÷ {from.Display()} = {oldRate.Display()}");
        working.Add($"new rate = {dose.Display()} ÷ {to.Display()} = {newRate.Display()}");
        working.AddRange(request.DeadSpace.Working);
        var deadSpace = request.DeadSpace.Volume;

        var unbridgedDose = newRate.DoseAt(from);
        var unbridgedDuration = deadSpace.LastsFor(newRate);
        var deviation = Percentage.FromFraction(Math.Abs(unbridgedDose.RatioTo(dose) - 1m));
        var rises = to > from;
        working.Add($"unbridged dose = new rate × old concentration = {newRate.Display()} × {from.Display()} = {unbridgedDose.Display()} ({Percentage.FromFraction(unbridgedDose.RatioTo(dose)).Display()} of the intended dose)");
        working.Add($"unbridged time = dead space ÷ new rate = {deadSpace.Display()} ÷ {newRate.Display()} = {unbridgedDuration.DisplayHours()}");

        var bridgeDuration = deadSpace.LastsFor(oldRate);
        var bridgeDose = oldRate.DoseAt(from);
        working.Add($"bridge = the dead space {deadSpace.Display()} at the old rate {oldRate.Display()} ({bridgeDose.Display()} of the old drug), then the new program");
        working.Add($"bridge time = dead space ÷ old rate = {deadSpace.Display()} ÷ {oldRate.Display()} = {bridgeDuration.DisplayHours()}");
        working.Add(
            "manual rule (SynchroMed EL): use the minimum tubing volume when the concentration rises and the maximum when it falls; " +
            "the dead space here is one site-verified figure");

        var tolerance = protocol.ConcentrationChange.UnbridgedDoseTolerance;
        sources.Add(tolerance.Source);
        var critical = deviation > tolerance.Value;
        working.Add($"unbridged dose is {deviation.Display()} from the intended dose; {(critical ? "more" : "not more")} than {tolerance.Cite()}");
        var risk = rises ? "an underdose, a withdrawal risk" : "an overdose";
        var message =
            $"The pump tubing and catheter hold {deadSpace.Display()} of {from.Display()}: without a bridge the new rate gives {unbridgedDose.Display()} " +
            $"instead of {dose.Display()} ({risk}) for {unbridgedDuration.DisplayHours()}. Program a bridge: deliver {deadSpace.Display()} at the old rate " +
            $"{oldRate.Display()} ({bridgeDuration.DisplayHours()}) before the new program starts.";
        alerts.Add(critical
            ? Alert.Critical(AlertCodes.BridgeBolusRequired, message)
            : Alert.Warning(AlertCodes.BridgeBolusRequired, message));

        try
        {
            ConcentrationCheck.Apply(protocol, request.Pump, to, request.Compounded, alerts, working);
        }
        catch (ProtocolLimitException limit)
        {
            throw new ProtocolLimitException(limit.Blocking, Ordered(alerts, sources), working);
        }

        if (request.Pump?.MinimumRate is { } minimum)
        {
            sources.Add(minimum.Source);
            working.Add($"new rate {newRate.Display()} against the pump's minimum rate {minimum.Cite()}");
            if (newRate < minimum.Value)
            {
                var blocking = Alert.Critical(
                    AlertCodes.RateBelowPumpMinimum,
                    $"The new rate {newRate.Display()} is below the {request.Pump.Name}'s minimum of {minimum.Value.Display()}: choose a lower concentration.");
                alerts.Add(blocking);
                throw new ProtocolLimitException(blocking, Ordered(alerts, sources), working);
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
            throw new InvalidInputException("daily dose", $"The daily dose must be greater than zero; got {request.Dose}.");
        }

        if (request.From <= MassConcentration.Zero)
        {
            throw new InvalidInputException("current concentration", $"The concentration in the pump now must be greater than zero; got {request.From}.");
        }

        if (request.To <= MassConcentration.Zero)
        {
            throw new InvalidInputException("new concentration", $"The new concentration must be greater than zero; got {request.To}.");
        }

        if (request.To == request.From)
        {
            throw new InvalidInputException("new concentration", $"The new concentration {request.To} equals the concentration in the pump now: the concentration does not change, so no bridge is needed.");
        }

        if (request.Pump is { Kind: PumpKind.ConstantFlow } pump)
        {
            throw new InvalidInputException(
                "pump",
                $"{pump.Name} is a constant-flow pump: its rate is fixed, so a new concentration changes the dose. Plan its fill from the daily dose instead, for the concentration it needs.");
        }
    }
}
