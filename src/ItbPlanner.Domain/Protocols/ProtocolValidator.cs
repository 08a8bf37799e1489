namespace ItbPlanner.Domain.Protocols;

/// <summary>
/// Checks a protocol's meaning once it has been read: positive volumes, an alarm below capacity, ordered limits, a rule
/// for every population and origin, and every value within its <see cref="PlausibleRanges">plausible range</see>. Bad
/// configuration fails here, at load, never halfway through a patient's plan. Each error names the offending value's
/// location (<c>file:line</c> when read from a file).
/// </summary>
public static partial class ProtocolValidator
{
    /// <summary>Every error found; empty when the protocol is valid.</summary>
    public static IReadOnlyList<ProtocolError> Validate(Protocol protocol)
    {
        ArgumentNullException.ThrowIfNull(protocol);
        var checks = new ProtocolChecks(protocol);
        CheckText(checks, protocol);
        CheckStrengths(checks, protocol.Strengths);
        CheckPumps(checks, protocol.Pumps);
        CheckCatheters(checks, protocol.Catheters);
        CheckRefill(checks, protocol.Refill);
        CheckDoseLimits(checks, protocol.DoseLimits);
        CheckScreening(checks, protocol.Screening, protocol.Strengths);
        CheckStartDose(checks, protocol.StartDose);
        CheckTitration(checks, protocol.Titration);
        CheckMaintenance(checks, protocol.Maintenance);
        CheckHighDose(checks, protocol.HighDose);
        CheckLog(checks, protocol.Log);
        CheckOralWean(checks, protocol.OralWean);
        CheckSafetyChecks(checks, protocol);
        CheckRanges(checks, protocol);
        return checks.Errors;
    }

    /// <summary>Returns the protocol when it is valid, else throws with every error found.</summary>
    /// <exception cref="InvalidProtocolException">At least one error was found.</exception>
    public static Protocol EnsureValid(Protocol protocol)
    {
        var errors = Validate(protocol);
        return errors.Count == 0 ? protocol : throw new InvalidProtocolException(errors);
    }

    private static void CheckText(ProtocolChecks checks, Protocol protocol)
    {
        if (string.IsNullOrWhiteSpace(protocol.Name))
        {
            checks.Add(protocol.Location, "the protocol needs a name.");
        }

        if (string.IsNullOrWhiteSpace(protocol.Version))
        {
            checks.Add(protocol.Location, "the protocol needs a version.");
        }
    }

    /// <summary>Reports each value of <typeparamref name="TKey"/> that no item covers, and each covered twice.</summary>
    private static void CheckCoverage<TItem, TKey>(ProtocolChecks checks, IReadOnlyList<TItem> items, Func<TItem, TKey> keyOf, Func<TItem, SettingSource> sourceOf, string section, string noun)
        where TKey : struct, Enum
    {
        foreach (var key in Enum.GetValues<TKey>())
        {
            var matching = items.Where(i => keyOf(i).Equals(key)).ToList();
            var name = key.ToString().ToLowerInvariant();
            if (matching.Count == 0)
            {
                checks.Add((string?)null, $"{section} has no entry for '{name}': every {noun} needs one.");
            }
            else if (matching.Count > 1)
            {
                checks.Add(sourceOf(matching[1]), $"{section} has more than one entry for '{name}'.");
            }
        }
    }
}
