using ItbPlanner.Application.Protocols;
using ItbPlanner.Domain.ConcentrationChanges;
using ItbPlanner.Domain.Errors;
using ItbPlanner.Domain.Protocols;

namespace ItbPlanner.Application.ConcentrationChanges;

/// <summary>
/// Plans a change of concentration: for a programmable pump the new rate and the bridge bolus for the old drug in the
/// tubing and catheter; for a constant-flow pump the concentration its fixed rate needs, and the dilution.
/// </summary>
/// <param name="protocol">The protocol in force.</param>
public sealed class PlanConcentrationChange(Protocol protocol)
{
    /// <summary>The field the dead space is given in.</summary>
    public const string DeadSpaceField = "dead space";

    /// <summary>The pump model a request names.</summary>
    /// <exception cref="InvalidInputException">Unknown pump.</exception>
    public PumpModel Pump(string id) => ProtocolLookup.Pump(protocol, id);

    /// <summary>The new rate and the bridge.</summary>
    /// <exception cref="InvalidInputException">An impossible input, an unknown pump or catheter, or no dead space.</exception>
    /// <exception cref="ProtocolLimitException">A protocol hard limit refuses the change (a strength not stocked, a rate below the pump's minimum).</exception>
    public ConcentrationChangePlan Plan(ConcentrationChangeInput input)
    {
        ArgumentNullException.ThrowIfNull(input);
        var pump = input.PumpId is { } id ? Pump(id) : null;
        return ConcentrationChangeCalculator.Plan(protocol, new ConcentrationChangeRequest(input.Dose, input.From, input.To, DeadSpaceOf(input.DeadSpace, pump), pump, input.Compounded));
    }

    /// <summary>The concentration a constant-flow pump needs for the dose, and the dilution when it is not stocked.</summary>
    /// <exception cref="InvalidInputException">An impossible input, or not a constant-flow pump.</exception>
    public ConstantFlowPlan PlanConstantFlow(ConstantFlowInput input)
    {
        ArgumentNullException.ThrowIfNull(input);
        return ConstantFlowCalculator.Plan(protocol, new ConstantFlowRequest(Pump(input.PumpId), input.Dose, input.FillVolume, input.Current));
    }

    private DeadSpace DeadSpaceOf(DeadSpaceInput input, PumpModel? pump)
    {
        if (input.Volume is { } given)
        {
            return input.CatheterId is not null || input.CatheterLengthCm is not null
                ? throw new InvalidInputException(DeadSpaceField, "give the dead space, or the pump with the catheter and its implanted length, not both.")
                : DeadSpace.Given(given);
        }

        if (pump is null || input.CatheterId is null || input.CatheterLengthCm is not { } length)
        {
            throw new InvalidInputException(DeadSpaceField, "give the site-verified dead space (pump tubing and catheter volume), or the pump with the catheter and its implanted length.");
        }

        return DeadSpace.FromDevices(pump, ProtocolLookup.Catheter(protocol, input.CatheterId), length);
    }
}
