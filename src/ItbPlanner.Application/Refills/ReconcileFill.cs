using ItbPlanner.Application.Protocols;
using ItbPlanner.Application.Time;
using ItbPlanner.Domain.Protocols;
using ItbPlanner.Domain.Quantities;
using ItbPlanner.Domain.Refills;

namespace ItbPlanner.Application.Refills;

/// <summary>Reconciles the residual aspirated at a refill with the residual a fill given in full predicts.</summary>
/// <param name="protocol">The protocol in force.</param>
/// <param name="clock">The clinic's clock: today is the default aspiration date.</param>
public sealed class ReconcileFill(Protocol protocol, TimeProvider clock)
{
    /// <summary>The pump model a request names.</summary>
    /// <exception cref="Domain.Errors.InvalidInputException">Unknown pump.</exception>
    public PumpModel Pump(string id) => ProtocolLookup.Pump(protocol, id);

    /// <summary>The aspiration date of a request: its own, else today.</summary>
    public DateOnly DateOf(FillReconciliationRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        return request.Date ?? clock.Today();
    }

    /// <summary>The reconciliation.</summary>
    /// <exception cref="Domain.Errors.InvalidInputException">Unknown pump, an impossible volume or date, an invalid flex step.</exception>
    /// <exception cref="Domain.Errors.ProtocolLimitException">A protocol hard limit refuses it (a strength not stocked, a flex schedule above the ceiling).</exception>
    public Reconciled Reconcile(FillReconciliationRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        var pump = Pump(request.PumpId);
        var (daily, flex) = Consumption.Build(protocol, request.Consumption, request.Concentration, pump, request.Population ?? Population.Adult);
        var reconciliation = new ReconciliationRequest(
            pump,
            request.FillVolume,
            request.FillDate,
            daily,
            request.Aspirated,
            DateOf(request),
            request.BolusesVolume ?? Volume.Zero,
            Concentration: request.Concentration,
            Compounded: request.Compounded);
        var result = ReconciliationCalculator.Reconcile(protocol, reconciliation);
        return new Reconciled(reconciliation, result, Consumption.WithFlexAlerts(result.Alerts, flex));
    }
}
