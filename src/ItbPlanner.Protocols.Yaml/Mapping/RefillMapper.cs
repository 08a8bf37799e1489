using ItbPlanner.Domain.Protocols;
using ItbPlanner.Domain.Quantities;
using ItbPlanner.Protocols.Yaml.Reading;

namespace ItbPlanner.Protocols.Yaml.Mapping;

/// <summary>Reads <c>refill</c>: the margin before the alarm, the clinic's refill days, the drug stability limit and the withdrawal-risk alarm volume.</summary>
internal static class RefillMapper
{
    private static readonly string[] Keys = ["marginDays", "clinicDays", "stabilityLimitDays", "withdrawalRiskAlarmVolume"];

    public static RefillRules? Read(MapNode root)
    {
        var refill = root.RequiredMap("refill", Keys);
        if (refill is null)
        {
            return null;
        }

        var margin = SettingReader.Required<int>(refill, "marginDays", ValueParsers.WholeDays);
        var clinicDays = SettingReader.Required<IReadOnlySet<DayOfWeek>>(refill, "clinicDays", Weekdays.Parse);
        var stability = SettingReader.Required<int>(refill, "stabilityLimitDays", ValueParsers.WholeDays);
        var riskAlarm = SettingReader.Optional<Volume>(refill, "withdrawalRiskAlarmVolume", ValueParsers.Quantity);
        return margin is null || clinicDays is null || stability is null
            ? null
            : new RefillRules(margin, clinicDays, stability) { WithdrawalRiskAlarmVolume = riskAlarm };
    }
}
