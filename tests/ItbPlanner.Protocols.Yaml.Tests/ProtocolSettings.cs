using ItbPlanner.Domain.Protocols;

namespace ItbPlanner.Protocols.Yaml.Tests;

/// <summary>Every setting of a protocol as (source, value), and a value-only fingerprint for comparing two protocols.</summary>
internal static class ProtocolSettings
{
    public static IEnumerable<SettingSource> Sources(Protocol p) => Fingerprint(p).Select(f => f.Source).OfType<SettingSource>();

    /// <summary>
    /// One row per value, labelled by what it is (not by its key, which may differ between a file and code), holding the
    /// value itself so that quantities compare by amount.
    /// </summary>
    public static IReadOnlyList<(string Label, object? Value, SettingSource? Source)> Fingerprint(Protocol p)
    {
        var rows = new List<(string, object?, SettingSource?)>();
        void Add<T>(string label, Setting<T>? setting) => rows.Add((label, setting is null ? null : Comparable(setting.Value), setting?.Source));
        void Plain(string label, object value) => rows.Add((label, value, null));

        foreach (var s in p.Strengths)
        {
            var label = $"strength {s.Concentration.Value}";
            Add(label, s.Concentration);
            Plain(label + " products", string.Join(" | ", s.Products));
            Plain(label + " use", $"screening={s.UseForScreening} refill={s.UseForRefill}");
        }

        foreach (var pump in p.Pumps)
        {
            var label = "pump " + pump.Id;
            Plain(label + " name", pump.Name);
            Plain(label + " kind", pump.Kind);
            Add(label + " capacity", pump.Capacity);
            Add(label + " alarm", pump.LowReservoirAlarm);
            Add(label + " accuracy", pump.Accuracy);
            Add(label + " minimum rate", pump.MinimumRate);
            Add(label + " fixed rate", pump.FixedRate);
            Add(label + " tubing dead space", pump.TubingDeadSpace);
            Add(label + " flex steps", pump.MaxFlexSteps);
            Add(label + " non-deliverable volume", pump.NonDeliverableVolume);
            Add(label + " minimum concentration", pump.MinimumConcentration);
            Add(label + " maximum concentration", pump.MaximumConcentration);
        }

        foreach (var c in p.Catheters)
        {
            Plain($"catheter {c.Id} name", c.Name);
            Add($"catheter {c.Id} volume per cm", c.VolumePerCm);
            Add($"catheter {c.Id} length", c.LengthBeforeTrimCm);
        }

        Add("refill margin", p.Refill.MarginDays);
        Add("refill clinic days", p.Refill.ClinicDays);
        Add("refill stability", p.Refill.StabilityLimitDays);
        Add("refill withdrawal-risk alarm volume", p.Refill.WithdrawalRiskAlarmVolume);
        foreach (var l in p.DoseLimits)
        {
            Add($"{l.Population} usual minimum", l.UsualMinimum);
            Add($"{l.Population} usual maximum", l.UsualMaximum);
            Add($"{l.Population} hard ceiling", l.HardCeiling);
            foreach (var r in l.OriginRanges)
            {
                Add($"{l.Population} {r.Origin} usual minimum", r.UsualMinimum);
                Add($"{l.Population} {r.Origin} usual maximum", r.UsualMaximum);
            }
        }

        Add("screening concentration", p.Screening.Concentration);
        foreach (var schedule in p.Screening.Schedules)
        {
            for (var i = 0; i < schedule.Boluses.Count; i++)
            {
                Add($"screening {schedule.Population} bolus {i}", schedule.Boluses[i]);
            }
        }

        Add("screening small child start", p.Screening.SmallChildStart);
        Add("screening maximum bolus", p.Screening.MaximumBolus);
        Add("screening interval", p.Screening.MinimumInterval);
        Add("screening observation", p.Screening.Observation);
        Plain("screening assess", string.Join(" | ", p.Screening.Assess));
        Add("screening positive response", p.Screening.PositiveResponse);
        Add("start multiplier", p.StartDose.Multiplier);
        Add("start long effect", p.StartDose.LongEffectThreshold);
        Add("start hold", p.StartDose.PostImplantHold);
        foreach (var t in p.Titration)
        {
            Add($"titration {t.Origin} minimum", t.MinimumIncrease);
            Add($"titration {t.Origin} maximum", t.MaximumIncrease);
            Add($"titration {t.Origin} default", t.DefaultIncrease);
            Add($"titration {t.Origin} decrease", t.MaximumDecrease);
            Add($"titration {t.Origin} interval", t.MinimumInterval);
            Add($"titration {t.Origin} resolution", t.DoseResolution);
        }

        foreach (var m in p.Maintenance)
        {
            Add($"maintenance {m.Origin} increase", m.MaximumIncrease);
            Add($"maintenance {m.Origin} decrease", m.MaximumDecrease);
        }

        Add("reconciliation tolerance", p.Reconciliation.AbsoluteTolerance);
        Add("unbridged dose tolerance", p.ConcentrationChange.UnbridgedDoseTolerance);
        Add("flex step jump", p.Flex.MaximumStepJump);
        Add("high dose large step", p.HighDose?.LargeStep);
        Add("log checkpoint max age", p.Log?.CheckpointMaxAgeDays);
        Add("oral wean minimum step", p.OralWean?.MinimumStep);
        Add("oral wean maximum step", p.OralWean?.MaximumStep);
        Add("oral wean reassessment", p.OralWean?.ReassessAfter);
        Add("oral ceiling", p.OralWean?.OralCeiling);
        return rows;
    }

    private static object? Comparable(object? value) => value switch
    {
        IEnumerable<DayOfWeek> days => string.Join(",", days.Order()),
        _ => value,
    };
}
