using ItbPlanner.Domain.Quantities;

namespace ItbPlanner.Domain.Protocols;

/// <summary>
/// Checks a protocol's meaning once it has been read: positive volumes, an alarm below capacity, ordered limits. Bad
/// configuration fails here, at load, never halfway through a patient's plan.
/// </summary>
public static class ProtocolValidator
{
    /// <summary>Every error found; empty when the protocol is valid.</summary>
    public static IReadOnlyList<ProtocolError> Validate(Protocol protocol)
    {
        ArgumentNullException.ThrowIfNull(protocol);
        var errors = new List<ProtocolError>();
        foreach (var pump in protocol.Pumps)
        {
            Positive(errors, pump.Capacity);
            NotNegative(errors, pump.LowReservoirAlarm);
            if (pump.LowReservoirAlarm.Value >= pump.Capacity.Value)
            {
                errors.Add(new(Where(pump.LowReservoirAlarm.Source), $"pump {pump.Id}: the low-reservoir alarm volume ({pump.LowReservoirAlarm.Value}) must be below its capacity ({pump.Capacity.Value})."));
            }
        }

        return errors;
    }

    /// <summary>Throws when the protocol is not valid.</summary>
    /// <exception cref="InvalidProtocolException">At least one error was found.</exception>
    public static Protocol EnsureValid(Protocol protocol)
    {
        var errors = Validate(protocol);
        return errors.Count == 0 ? protocol : throw new InvalidProtocolException(errors);
    }

    private static string Where(SettingSource source) => source.Location ?? source.Key;

    private static void Positive(List<ProtocolError> errors, Setting<Volume> setting)
    {
        if (setting.Value <= Volume.Zero)
        {
            errors.Add(new(Where(setting.Source), $"{setting.Source.Key} must be greater than zero; got {setting.Value}."));
        }
    }

    private static void NotNegative(List<ProtocolError> errors, Setting<Volume> setting)
    {
        if (setting.Value < Volume.Zero)
        {
            errors.Add(new(Where(setting.Source), $"{setting.Source.Key} must not be negative; got {setting.Value}."));
        }
    }
}
