using ItbPlanner.Domain.Alerts;
using ItbPlanner.Domain.Errors;
using ItbPlanner.Domain.Internal;
using ItbPlanner.Domain.Protocols;
using ItbPlanner.Domain.Quantities;

namespace ItbPlanner.Domain.ConcentrationChanges;

/// <summary>
/// Constant-flow pumps invert the concentration problem: the rate is fixed, so the fill's concentration sets the dose.
/// Finds the concentration a target dose needs and, when no stocked strength matches, the dilution that makes it.
/// </summary>
public static class ConstantFlowCalculator
{
    /// <summary>Plans the fill.</summary>
    /// <exception cref="InvalidInputException">The pump is not constant-flow or has no fixed rate, the dose or fill volume is not positive, the fill volume exceeds capacity, or the dose needs a concentration above the strongest stocked refill strength.</exception>
    public static ConstantFlowPlan Plan(Protocol protocol, ConstantFlowRequest request)
    {
        ArgumentNullException.ThrowIfNull(protocol);
        ArgumentNullException.ThrowIfNull(request);
        var pump = request.Pump ?? throw new ArgumentNullException(nameof(request), "The request has no pump.");
        if (pump.Kind != PumpKind.ConstantFlow)
        {
            throw new InvalidInputException("pump", $"{pump.Name} is a programmable pump: give the new concentration to plan a concentration change.");
        }

        var fixedRate = pump.FixedRate
            ?? throw new InvalidInputException("pump", $"The protocol gives no fixed rate for the constant-flow pump {pump.Name}: add it (site-verified) to the protocol.");
        if (request.Dose <= MassFlow.Zero)
        {
            throw new InvalidInputException("daily dose", $"The daily dose must be greater than zero; got {request.Dose}.");
        }

        CheckFillVolume(pump, request.FillVolume);
        var alerts = new List<Alert>();
        var sources = new List<SettingSource> { fixedRate.Source };
        var working = new List<string>();
        var required = request.Dose.ConcentrationAt(fixedRate.Value);
        working.Add($"{pump.Name} is constant-flow: fixed rate {fixedRate.Cite()}");
        working.Add($"required concentration = dose ÷ fixed rate = {request.Dose.Display()} ÷ {fixedRate.Value.Display()} = {required.Display()}");
        var previous = PreviousDose(request, fixedRate.Value, working);

        var refillStrengths = protocol.Strengths.Where(s => s.UseForRefill).OrderBy(s => s.Concentration.Value).ToArray();
        var stocked = refillStrengths.FirstOrDefault(s => s.Concentration.Value == required);
        Dilution? dilution = null;
        if (stocked is not null)
        {
            sources.Add(stocked.Concentration.Source);
            working.Add($"{required.Display()} is a stocked refill strength ({stocked.Concentration.Cite()}): fill undiluted");
        }
        else
        {
            var stock = refillStrengths.FirstOrDefault(s => s.Concentration.Value > required)
                ?? throw new InvalidInputException(
                    "daily dose",
                    $"A daily dose of {request.Dose} needs {required.Display()} at {fixedRate.Value.Display()}, above the strongest stocked refill strength " +
                    $"({(refillStrengths.Length == 0 ? "none" : refillStrengths[^1].Concentration.Value.Display())}): this dose cannot be given with this pump.");
            sources.Add(stock.Concentration.Source);
            var volume = FillVolume(pump, request.FillVolume, working);
            var stockVolume = required.DrugIn(volume).VolumeAt(stock.Concentration.Value);
            var saline = volume - stockVolume;
            dilution = new Dilution(required, stock, volume, stockVolume, saline);
            working.Add(
                $"{required.Display()} is not stocked (refill strengths: {string.Join(", ", refillStrengths.Select(s => s.Concentration.Value.Display()))}): " +
                $"dilute {stock.Concentration.Cite()}, the lowest stocked strength above it");
            working.Add($"stock volume = target × fill ÷ stock = {required.Display()} × {volume.Display()} ÷ {stock.Concentration.Value.Display()} = {stockVolume.Display()}");
            working.Add($"saline = fill − stock = {volume.Display()} − {stockVolume.Display()} = {saline.Display()} of preservative-free normal saline");
            alerts.Add(Alert.Warning(
                AlertCodes.ConcentrationNotStocked,
                $"{required.Display()} is not a stocked strength: make {volume.Display()} from {stockVolume.Display()} of {stock.Concentration.Value.Display()} " +
                $"and {saline.Display()} of preservative-free normal saline; record it as compounded and have it checked."));
        }

        alerts.AddRange(SiteVerification.Unverified(sources));
        return new ConstantFlowPlan(
            pump,
            fixedRate.Value,
            request.Dose,
            required,
            stocked,
            dilution,
            previous,
            alerts.OrderByDescending(a => a.Severity).ToArray(),
            working);
    }

    private static MassFlow? PreviousDose(ConstantFlowRequest request, VolumeFlow fixedRate, List<string> working)
    {
        if (request.Current is not { } current)
        {
            return null;
        }

        if (current <= MassConcentration.Zero)
        {
            throw new InvalidInputException("current concentration", $"The concentration in the pump now must be greater than zero; got {current}.");
        }

        var previous = fixedRate.DoseAt(current);
        var change = Percentage.FromFraction(request.Dose.RatioTo(previous) - 1m);
        working.Add(
            $"previous dose = fixed rate × current concentration = {fixedRate.Display()} × {current.Display()} = {previous.Display()}; " +
            $"the new fill changes the dose by {(change.Percent > 0 ? "+" : string.Empty)}{change.Display()} once it reaches the catheter tip");
        return previous;
    }

    private static void CheckFillVolume(PumpModel pump, Volume? given)
    {
        if (given is not { } volume)
        {
            return;
        }

        if (volume <= Volume.Zero)
        {
            throw new InvalidInputException("fill volume", $"The fill volume must be greater than zero; got {volume}.");
        }

        if (volume > pump.Capacity.Value)
        {
            throw new InvalidInputException("fill volume", $"The fill volume {volume} is more than the {pump.Name} holds ({pump.Capacity.Value}).");
        }
    }

    private static Volume FillVolume(PumpModel pump, Volume? given, List<string> working)
    {
        if (given is { } volume)
        {
            working.Add($"fill volume = {volume.Display()} (given)");
            return volume;
        }

        working.Add($"fill volume = the pump's capacity {pump.Capacity.Cite()}");
        return pump.Capacity.Value;
    }
}
