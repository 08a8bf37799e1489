using ItbPlanner.Domain.Quantities;

namespace ItbPlanner.Domain.Protocols;

/// <summary>Checks on what the clinic stocks and implants: drug strengths, pumps and catheters.</summary>
public static partial class ProtocolValidator
{
    private static void CheckStrengths(ProtocolChecks checks, IReadOnlyList<StockedStrength> strengths)
    {
        if (strengths.Count == 0)
        {
            checks.Add((string?)null, "the protocol stocks no baclofen strength: list at least one under drugs.baclofen.strengths.");
        }

        foreach (var strength in strengths)
        {
            checks.Positive(strength.Concentration);
            if (strength.Products.Count == 0 || strength.Products.Any(string.IsNullOrWhiteSpace))
            {
                checks.Add(strength.Concentration.Source, $"the {strength.Concentration.Value} strength needs at least one product, and no blank product names.");
            }

            if (!strength.UseForScreening && !strength.UseForRefill)
            {
                checks.Add(strength.Concentration.Source, $"the {strength.Concentration.Value} strength is used neither for screening nor for refills.");
            }
        }

        ReportDuplicates(checks, strengths, s => s.Concentration.Value.ToUnit(MassConcentrationUnit.MicrogramPerMilliliter).ToString(), s => ProtocolChecks.Where(s.Concentration.Source), "strength");
        if (strengths.Count > 0 && !strengths.Any(s => s.UseForRefill))
        {
            checks.Add(strengths[0].Concentration.Source, "no stocked strength is marked for refills: a pump cannot be filled.");
        }
    }

    private static void CheckPumps(ProtocolChecks checks, IReadOnlyList<PumpModel> pumps)
    {
        if (pumps.Count == 0)
        {
            checks.Add((string?)null, "the protocol lists no pump model: add one under pumps.");
        }

        foreach (var pump in pumps)
        {
            CheckIdentity(checks, pump.Id, pump.Name, pump.Location ?? ProtocolChecks.Where(pump.Capacity.Source), "pump");
            checks.Positive(pump.Capacity);
            checks.Positive(pump.LowReservoirAlarm);
            if (pump.LowReservoirAlarm.Value >= pump.Capacity.Value)
            {
                checks.Add(pump.LowReservoirAlarm.Source, $"pump {pump.Id}: the low-reservoir alarm volume ({pump.LowReservoirAlarm.Value}) must be below its capacity ({pump.Capacity.Value}{ProtocolChecks.At(pump.Capacity.Source)}).");
            }

            checks.Positive(pump.MinimumRate);
            checks.Positive(pump.FixedRate);
            checks.Positive(pump.TubingDeadSpace);
            checks.Positive(pump.MaxFlexSteps);
            CheckPumpKind(checks, pump);
            CheckNonDeliverable(checks, pump);
            CheckConcentrationRange(checks, pump);
        }

        ReportDuplicates(checks, pumps, p => p.Id, p => p.Location ?? ProtocolChecks.Where(p.Capacity.Source), "pump id");
    }

    private static void CheckPumpKind(ProtocolChecks checks, PumpModel pump)
    {
        var where = pump.Location ?? ProtocolChecks.Where(pump.Capacity.Source);
        switch (pump.Kind)
        {
            case PumpKind.ConstantFlow:
                if (pump.FixedRate is null)
                {
                    checks.Add(where, $"pump {pump.Id} is constant-flow: give its fixedRate.");
                }

                if (pump.MinimumRate is not null || pump.MaxFlexSteps is not null)
                {
                    checks.Add(where, $"pump {pump.Id} is constant-flow: it has no programmable minimumRate or maxFlexSteps.");
                }

                break;
            case PumpKind.Programmable:
                if (pump.FixedRate is not null)
                {
                    checks.Add(ProtocolChecks.Where(pump.FixedRate.Source), $"pump {pump.Id} is programmable: its rate is programmed, so it has no fixedRate.");
                }

                break;
            default:
                checks.Add(where, $"pump {pump.Id} has an unknown kind ({(int)pump.Kind}).");
                break;
        }
    }

    private static void CheckNonDeliverable(ProtocolChecks checks, PumpModel pump)
    {
        if (pump.NonDeliverableVolume is not { } undeliverable)
        {
            return;
        }

        checks.NotNegative(undeliverable);
        if (pump.LowReservoirAlarm.Value > Volume.Zero && undeliverable.Value >= pump.LowReservoirAlarm.Value)
        {
            checks.Add(undeliverable.Source, $"pump {pump.Id}: the non-deliverable volume ({undeliverable.Value}) must be below the low-reservoir alarm volume ({pump.LowReservoirAlarm.Value}{ProtocolChecks.At(pump.LowReservoirAlarm.Source)}), or the pump stops delivering before it alarms.");
        }
    }

    private static void CheckConcentrationRange(ProtocolChecks checks, PumpModel pump)
    {
        checks.Positive(pump.MinimumConcentration);
        checks.Positive(pump.MaximumConcentration);
        if (pump.MinimumConcentration is { } minimum && pump.MaximumConcentration is { } maximum)
        {
            checks.NotAbove(minimum, maximum);
        }
    }

    private static void CheckCatheters(ProtocolChecks checks, IReadOnlyList<CatheterModel> catheters)
    {
        foreach (var catheter in catheters)
        {
            CheckIdentity(checks, catheter.Id, catheter.Name, catheter.Location, "catheter");
            checks.Positive(catheter.VolumePerCm);
            checks.Positive(catheter.LengthBeforeTrimCm);
        }

        ReportDuplicates(checks, catheters, c => c.Id, c => c.Location, "catheter id");
    }

    private static void CheckIdentity(ProtocolChecks checks, string id, string name, string? location, string what)
    {
        if (string.IsNullOrWhiteSpace(id) || id.Any(char.IsWhiteSpace))
        {
            checks.Add(location, $"a {what} id must be one word without spaces, e.g. synchromed-ii-40; got '{id}'.");
        }

        if (string.IsNullOrWhiteSpace(name))
        {
            checks.Add(location, $"{what} {id} needs a name.");
        }
    }

    /// <summary>Reports every item whose key repeats an earlier one, compared ignoring case as look-ups are.</summary>
    private static void ReportDuplicates<T>(ProtocolChecks checks, IReadOnlyList<T> items, Func<T, string> keyOf, Func<T, string?> locationOf, string what)
    {
        var seen = new Dictionary<string, T>(StringComparer.OrdinalIgnoreCase);
        foreach (var item in items)
        {
            var key = keyOf(item);
            if (seen.TryGetValue(key, out var first))
            {
                var firstAt = locationOf(first) is { } at ? $" (first at {at})" : string.Empty;
                checks.Add(locationOf(item), $"{what} '{key}' appears twice{firstAt}; each must be unique, ignoring case.");
            }
            else
            {
                seen.Add(key, item);
            }
        }
    }
}
