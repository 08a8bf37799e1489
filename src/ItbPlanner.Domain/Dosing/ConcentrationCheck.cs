using ItbPlanner.Domain.Alerts;
using ItbPlanner.Domain.Errors;
using ItbPlanner.Domain.Protocols;
using ItbPlanner.Domain.Quantities;

namespace ItbPlanner.Domain.Dosing;

/// <summary>
/// Checks a strength put in a pump (an implant fill, a refill, a new concentration) against what the pharmacy stocks and
/// what the pump is labelled for (itb-dosing.md §10.15; failure-modes #7): a strength not stocked is a hard stop unless it
/// is documented as a compounded product (then a warning); the screening strength never fills a pump; a strength outside
/// the pump's labelled range is a hard stop, compounded or not.
/// </summary>
public static class ConcentrationCheck
{
    /// <summary>Checks the strength of a new fill; a finding that is a hard limit throws.</summary>
    /// <param name="protocol">The stocked strengths.</param>
    /// <param name="pump">The pump filled, when known: its labelled range is checked.</param>
    /// <param name="concentration">The strength put in the pump.</param>
    /// <param name="compounded">The fill is documented as a compounded product (a strength the pharmacy does not stock).</param>
    /// <param name="alerts">Alerts found so far; the check appends to it.</param>
    /// <param name="working">Working so far; the check appends to it.</param>
    /// <exception cref="InvalidInputException">The concentration is not positive.</exception>
    /// <exception cref="ProtocolLimitException">
    /// <c>CONCENTRATION_NOT_FOR_REFILL</c> (the screening strength), <c>CONCENTRATION_OUTSIDE_PUMP_RANGE</c>, or
    /// <c>CONCENTRATION_NOT_STOCKED</c> without <paramref name="compounded"/>, in that order of precedence.
    /// </exception>
    public static void Apply(Protocol protocol, PumpModel? pump, MassConcentration concentration, bool compounded, List<Alert> alerts, List<string> working)
    {
        var findings = Findings(protocol, pump, concentration, compounded, working);
        alerts.AddRange(findings);
        if (findings.Where(f => f.Severity == AlertSeverity.Critical).OrderBy(f => Precedence(f.Code)).FirstOrDefault() is { } blocking)
        {
            throw new ProtocolLimitException(blocking, alerts, working);
        }
    }

    /// <summary>
    /// Reports the findings on a fill already in the pump (recorded in the log) without blocking: what is in the reservoir
    /// is a fact the dates must still be computed from.
    /// </summary>
    /// <exception cref="InvalidInputException">The concentration is not positive.</exception>
    public static void Report(Protocol protocol, PumpModel? pump, MassConcentration concentration, bool compounded, List<Alert> alerts, List<string> working) =>
        alerts.AddRange(Findings(protocol, pump, concentration, compounded, working));

    private static List<Alert> Findings(Protocol protocol, PumpModel? pump, MassConcentration concentration, bool compounded, List<string> working)
    {
        ArgumentNullException.ThrowIfNull(protocol);
        ArgumentNullException.ThrowIfNull(working);
        if (concentration <= MassConcentration.Zero)
        {
            throw new InvalidInputException("concentration", $"The concentration must be greater than zero; got {concentration}.");
        }

        var findings = new List<Alert>();
        var refill = string.Join(", ", protocol.Strengths.Where(s => s.UseForRefill).Select(s => s.Concentration.Value.Display()));
        var c = concentration.Display();
        switch (protocol.FindStrength(concentration))
        {
            case null when compounded:
                working.Add($"strength check: {c} is not a stocked strength; documented as a compounded product");
                findings.Add(Alert.Warning(
                    AlertCodes.ConcentrationNotStocked,
                    $"{c} is not a stocked strength ({refill} for refills): documented as a compounded product. Check the label against the order, have it double-checked and record the lot."));
                break;
            case null:
                working.Add($"strength check: {c} is not a stocked strength and not documented as compounded");
                findings.Add(Alert.Critical(
                    AlertCodes.ConcentrationNotStocked,
                    $"{c} is not a stocked strength ({refill} for refills): fill a stocked strength, or record the fill as a compounded product after checking its label."));
                break;
            case { UseForRefill: false } screening:
                working.Add($"strength check: {c} is {screening.Concentration.Cite()}, not a refill strength");
                findings.Add(Alert.Critical(
                    AlertCodes.ConcentrationNotForRefill,
                    $"{c} is the screening strength: it never fills a pump (refill strengths: {refill}). Check the product: a pump filled at the wrong strength delivers the wrong dose."));
                break;
            case var stocked:
                working.Add($"strength check: {c} is a stocked refill strength ({stocked.Concentration.Cite()})");
                break;
        }

        CheckPumpRange(pump, concentration, findings, working);
        return findings;
    }

    private static void CheckPumpRange(PumpModel? pump, MassConcentration concentration, List<Alert> findings, List<string> working)
    {
        if (pump is null || (pump.MinimumConcentration is null && pump.MaximumConcentration is null))
        {
            return;
        }

        var (minimum, maximum) = (pump.MinimumConcentration, pump.MaximumConcentration);
        var range = $"{minimum?.Value.Display() ?? "any"}–{maximum?.Value.Display() ?? "any"}";
        var cited = string.Join("; ", new[] { minimum?.Cite(), maximum?.Cite() }.OfType<string>());
        working.Add($"pump range check: {concentration.Display()} against the {pump.Name}'s labelled range {range} ({cited})");
        if ((minimum is not null && concentration < minimum.Value) || (maximum is not null && concentration > maximum.Value))
        {
            findings.Add(Alert.Critical(
                AlertCodes.ConcentrationOutsidePumpRange,
                $"{concentration.Display()} is outside the {pump.Name}'s labelled range of {range}: choose a strength the pump is labelled for."));
        }
    }

    private static int Precedence(string code) => code switch
    {
        AlertCodes.ConcentrationNotForRefill => 0,
        AlertCodes.ConcentrationOutsidePumpRange => 1,
        _ => 2,
    };
}
