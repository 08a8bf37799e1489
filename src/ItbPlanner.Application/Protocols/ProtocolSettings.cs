using ItbPlanner.Domain.Protocols;
using ItbPlanner.Domain.Quantities;

namespace ItbPlanner.Application.Protocols;

/// <summary>Every setting of a protocol as (key, value text, source), for listing and JSON.</summary>
public static class ProtocolSettings
{
    /// <summary>One setting.</summary>
    public sealed record Entry(string Key, string Value, SettingSource Source);

    /// <summary>All settings, in protocol order.</summary>
    public static IReadOnlyList<Entry> All(Protocol protocol)
    {
        ArgumentNullException.ThrowIfNull(protocol);
        var entries = new List<Entry>();
        void Add<T>(Setting<T>? setting)
        {
            if (setting is not null)
            {
                entries.Add(new Entry(setting.Source.Key, Text(setting.Value), setting.Source));
            }
        }

        foreach (var s in protocol.Strengths)
        {
            Add(s.Concentration);
        }

        foreach (var p in protocol.Pumps)
        {
            Add(p.Capacity);
            Add(p.LowReservoirAlarm);
            Add(p.Accuracy);
            Add(p.MinimumRate);
            Add(p.FixedRate);
            Add(p.TubingDeadSpace);
            Add(p.MaxFlexSteps);
            Add(p.NonDeliverableVolume);
            Add(p.MinimumConcentration);
            Add(p.MaximumConcentration);
        }

        foreach (var c in protocol.Catheters)
        {
            Add(c.VolumePerCm);
            Add(c.LengthBeforeTrimCm);
        }

        Add(protocol.Refill.MarginDays);
        Add(protocol.Refill.ClinicDays);
        Add(protocol.Refill.StabilityLimitDays);
        Add(protocol.Refill.WithdrawalRiskAlarmVolume);
        foreach (var l in protocol.DoseLimits)
        {
            Add(l.UsualMinimum);
            Add(l.UsualMaximum);
            Add(l.HardCeiling);
            foreach (var r in l.OriginRanges)
            {
                Add(r.UsualMinimum);
                Add(r.UsualMaximum);
            }
        }

        Add(protocol.Screening.Concentration);
        foreach (var schedule in protocol.Screening.Schedules)
        {
            foreach (var bolus in schedule.Boluses)
            {
                Add(bolus);
            }
        }

        Add(protocol.Screening.SmallChildStart);
        Add(protocol.Screening.MaximumBolus);
        Add(protocol.Screening.MinimumInterval);
        Add(protocol.Screening.Observation);
        Add(protocol.Screening.PositiveResponse);
        Add(protocol.StartDose.Multiplier);
        Add(protocol.StartDose.LongEffectThreshold);
        Add(protocol.StartDose.PostImplantHold);
        foreach (var t in protocol.Titration)
        {
            Add(t.MinimumIncrease);
            Add(t.MaximumIncrease);
            Add(t.DefaultIncrease);
            Add(t.MaximumDecrease);
            Add(t.MinimumInterval);
            Add(t.DoseResolution);
        }

        foreach (var m in protocol.Maintenance)
        {
            Add(m.MaximumIncrease);
            Add(m.MaximumDecrease);
        }

        Add(protocol.Reconciliation.AbsoluteTolerance);
        Add(protocol.ConcentrationChange.UnbridgedDoseTolerance);
        Add(protocol.Flex.MaximumStepJump);
        Add(protocol.HighDose?.LargeStep);
        Add(protocol.Log?.CheckpointMaxAgeDays);
        Add(protocol.OralWean?.MinimumStep);
        Add(protocol.OralWean?.MaximumStep);
        Add(protocol.OralWean?.ReassessAfter);
        Add(protocol.OralWean?.OralCeiling);
        return entries;
    }

    /// <summary>Settings marked <c>verify: true</c> that nobody has verified on site.</summary>
    public static IReadOnlyList<SettingSource> AwaitingVerification(Protocol protocol) =>
        [.. All(protocol).Select(e => e.Source).Where(s => s.AwaitsSiteVerification)];

    private static string Text<T>(T value) => value switch
    {
        IReadOnlySet<DayOfWeek> days => string.Join(", ", days.OrderBy(d => ((int)d + 6) % 7).Select(d => d.ToString()[..3])),
        Percentage p => p.ToString(),
        null => string.Empty,
        _ => Convert.ToString(value, System.Globalization.CultureInfo.InvariantCulture) ?? string.Empty,
    };
}
