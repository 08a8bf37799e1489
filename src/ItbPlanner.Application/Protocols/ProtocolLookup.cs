using ItbPlanner.Domain.Errors;
using ItbPlanner.Domain.Protocols;

namespace ItbPlanner.Application.Protocols;

/// <summary>Device models named by their protocol ids, as a request gives them: an unknown id is invalid input naming the known ones.</summary>
public static class ProtocolLookup
{
    /// <summary>The field a pump model id is given in.</summary>
    public const string PumpField = "pump";

    /// <summary>The field a catheter model id is given in.</summary>
    public const string CatheterField = "catheter";

    /// <summary>The pump model with that id.</summary>
    /// <exception cref="InvalidInputException">Unknown id; the message lists the known ones.</exception>
    public static PumpModel Pump(Protocol protocol, string id)
    {
        ArgumentNullException.ThrowIfNull(protocol);
        return protocol.FindPump(id) ?? throw new InvalidInputException(
            PumpField,
            $"unknown pump '{id}'; known pumps: {string.Join(", ", protocol.Pumps.Select(p => p.Id))}.");
    }

    /// <summary>The catheter model with that id.</summary>
    /// <exception cref="InvalidInputException">Unknown id; the message lists the known ones.</exception>
    public static CatheterModel Catheter(Protocol protocol, string id)
    {
        ArgumentNullException.ThrowIfNull(protocol);
        return protocol.FindCatheter(id) ?? throw new InvalidInputException(
            CatheterField,
            $"unknown catheter '{id}'; known catheters: {string.Join(", ", protocol.Catheters.Select(c => c.Id))}.");
    }
}
