using System.Globalization;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;
using ItbPlanner.Domain.Errors;
using ItbPlanner.Domain.Protocols;
using ItbPlanner.Domain.Quantities;
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

/// <summary>What a refill refused by a protocol hard limit knows, for <see cref="RefusalJson"/>.</summary>
internal static class RefillRefusal
{
    /// <summary>The whole plan when the refusal came after it was complete (a booking), else the inputs known.</summary>
    /// <param name="limit">The refusal.</param>
    /// <param name="protocolTitle">The protocol in force.</param>
    /// <param name="request">The request, once the consumption is known; null before (a flex schedule above the ceiling).</param>
    /// <param name="pump">The pump.</param>
    /// <param name="date">The refill date.</param>
    /// <param name="concentration">The concentration.</param>
    public static JsonObject Fields(ProtocolLimitException limit, string protocolTitle, RefillRequest? request, PumpModel pump, DateOnly date, MassConcentration concentration)
    {
        if (limit.Result is RefillPlan plan)
        {
            return RefusalJson.Fields(RefillJson.From(plan, protocolTitle), RefillJsonContext.Default.RefillJson);
        }

        var json = new JsonObject
        {
            ["pump"] = pump.Id,
            ["protocol"] = protocolTitle,
            ["refillDate"] = date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            ["concentrationMcgPerMl"] = JsonOutput.Number(concentration.MicrogramsPerMilliliter),
        };
        if (request is not null)
        {
            json["dailyDoseMcgPerDay"] = JsonOutput.Number(request.Consumption.Dose.MicrogramsPerDay);
            json["dailyDoseWithBolusesMcgPerDay"] = JsonOutput.Number(request.Consumption.DoseWithBoluses.MicrogramsPerDay);
            json["dailyVolumeMlPerDay"] = JsonOutput.Number(request.Consumption.DailyVolume.MillilitersPerDay);
            json["fillVolumeMl"] = JsonOutput.Number((request.FillVolume ?? pump.Capacity.Value).Milliliters);
            json["alarmVolumeMl"] = JsonOutput.Number((request.AlarmVolume ?? pump.LowReservoirAlarm.Value).Milliliters);
            json["nonDeliverableVolumeMl"] = JsonOutput.Number(pump.NonDeliverableVolume?.Value.Milliliters ?? 0m);
        }

        return json;
    }
}

/// <summary>Source-generated JSON metadata for the refill and convert commands.</summary>
[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase, WriteIndented = true)]
[JsonSerializable(typeof(RefillJson))]
[JsonSerializable(typeof(ConvertJson))]
internal sealed partial class RefillJsonContext : JsonSerializerContext;
