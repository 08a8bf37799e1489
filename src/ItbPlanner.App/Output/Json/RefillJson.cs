using System.Text.Json.Serialization;
using ItbPlanner.Domain.Refills;

namespace ItbPlanner.App.Output.Json;

/// <summary>The <c>itb refill --json</c> contract. Field names are public: add, never rename.</summary>
internal sealed record RefillJson(
    string Pump,
    string Protocol,
    DateOnly RefillDate,
    decimal ConcentrationMcgPerMl,
    decimal DailyDoseMcgPerDay,
    decimal DailyDoseWithBolusesMcgPerDay,
    decimal DailyVolumeMlPerDay,
    decimal FillVolumeMl,
    decimal AlarmVolumeMl,
    decimal NonDeliverableVolumeMl,
    decimal DaysToAlarm,
    DateOnly AlarmDate,
    decimal DaysToEmpty,
    DateOnly EmptyDate,
    decimal WorstCaseDaysToEmpty,
    DateOnly WorstCaseEmptyDate,
    DateOnly RefillByDate,
    string RefillByLimit,
    decimal? WithdrawalRiskAlarmVolumeMl,
    DateOnly? WithdrawalRiskAlarmDate,
    AlertJson[] Alerts,
    string[] Working)
{
    /// <summary>Converts a plan.</summary>
    public static RefillJson From(RefillPlan plan, string protocolTitle) => new(
        plan.PumpId,
        protocolTitle,
        plan.RefillDate,
        JsonOutput.Number(plan.Concentration.MicrogramsPerMilliliter),
        JsonOutput.Number(plan.DailyDose.MicrogramsPerDay),
        JsonOutput.Number(plan.DailyDoseWithBoluses.MicrogramsPerDay),
        JsonOutput.Number(plan.DailyVolume.MillilitersPerDay),
        JsonOutput.Number(plan.FillVolume.Milliliters),
        JsonOutput.Number(plan.AlarmVolume.Milliliters),
        JsonOutput.Number(plan.NonDeliverableVolume.Milliliters),
        JsonOutput.Number(plan.DaysToAlarm.Days),
        plan.AlarmDate,
        JsonOutput.Number(plan.DaysToEmpty.Days),
        plan.EmptyDate,
        JsonOutput.Number(plan.WorstCaseDaysToEmpty.Days),
        plan.WorstCaseEmptyDate,
        plan.RefillByDate,
        plan.BindingLimit switch
        {
            RefillLimit.Alarm => "alarm",
            RefillLimit.WorstCaseEmpty => "worst-case-empty",
            RefillLimit.Stability => "stability",
            _ => throw new ArgumentOutOfRangeException(nameof(plan), plan.BindingLimit, "Unknown limit."),
        },
        plan.WithdrawalRiskAlarmVolume is { } risk ? JsonOutput.Number(risk.Milliliters) : null,
        plan.WithdrawalRiskAlarmDate,
        AlertJson.From(plan.Alerts),
        [.. plan.Working]);
}

/// <summary>Source-generated JSON metadata for the refill and convert commands.</summary>
[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase, WriteIndented = true)]
[JsonSerializable(typeof(RefillJson))]
[JsonSerializable(typeof(ConvertJson))]
internal sealed partial class RefillJsonContext : JsonSerializerContext;
