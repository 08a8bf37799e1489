using ItbPlanner.Domain.Protocols;
using ItbPlanner.Domain.Quantities;
using ItbPlanner.Protocols.Yaml.Reading;

namespace ItbPlanner.Protocols.Yaml.Mapping;

/// <summary>Reads <c>screening</c>: the screening strength, the bolus escalation per population and the trial's rules.</summary>
internal static class ScreeningMapper
{
    private static readonly string[] Keys =
        ["concentration", "schedules", "smallChildStart", "maximumBolus", "minimumInterval", "observation", "assess", "positiveResponse"];

    public static ScreeningRules? Read(MapNode root)
    {
        var screening = root.RequiredMap("screening", Keys);
        if (screening is null)
        {
            return null;
        }

        var concentration = SettingReader.Required<MassConcentration>(screening, "concentration", ValueParsers.Quantity);
        var schedules = KeyedSections.Read(screening, "schedules", KeyedSections.Populations, ReadSchedule);
        var maximumBolus = SettingReader.Required<Mass>(screening, "maximumBolus", ValueParsers.Quantity);
        var interval = SettingReader.Required<Duration>(screening, "minimumInterval", ValueParsers.Quantity);
        var observation = SettingReader.Required<Duration>(screening, "observation", ValueParsers.Quantity);
        var assess = screening.TextList("assess");
        var positiveResponse = SettingReader.Required<string>(screening, "positiveResponse", ValueParsers.Text);
        var smallChildStart = SettingReader.Optional<Mass>(screening, "smallChildStart", ValueParsers.Quantity);
        if (screening.Optional("smallChildStart") is not null && smallChildStart is null)
        {
            return null;
        }

        if (concentration is null || schedules is null || maximumBolus is null || interval is null || observation is null || assess is null || positiveResponse is null)
        {
            return null;
        }

        return new ScreeningRules(concentration, schedules, maximumBolus, interval, observation, assess, positiveResponse) { SmallChildStart = smallChildStart };
    }

    private static ScreeningSchedule? ReadSchedule(MapNode schedules, string name, Population population)
    {
        if (schedules.Required(name) is not { } node)
        {
            return null;
        }

        var context = schedules.Context;
        var items = Sequences.Items(context, node, schedules.ChildPath(name), "[{ value: 50 mcg, source: ... }, { value: 75 mcg, source: ... }]");
        var boluses = items is null
            ? null
            : Sequences.ReadAll(items, (item, path) => SettingReader.Read(context, item, path, SettingReader.FromText<Mass>(ValueParsers.Quantity)));
        return boluses is null ? null : new ScreeningSchedule(population, boluses);
    }
}
