using System.Globalization;
using System.Text.Json.Nodes;
using ItbPlanner.Domain.Log;
using ItbPlanner.Domain.Log.Payloads;

namespace ItbPlanner.App.Output.Json;

/// <summary>
/// What an immunotherapy event works out, for <c>itb log record ivig|plasma-exchange --json</c> (field <c>course</c>
/// beside the stored event): IVIG's total and daily grams with their working and the days covered; plasma exchange's
/// session dates. Derived, never stored: the log keeps only what was given.
/// </summary>
internal static class ImmunotherapyJson
{
    /// <summary>The course an event describes, or null for any other event.</summary>
    public static JsonObject? Course(LogEvent e, TimeZoneInfo zone)
    {
        ArgumentNullException.ThrowIfNull(e);
        ArgumentNullException.ThrowIfNull(zone);
        var first = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(e.OccurredAt, zone).DateTime);
        return e.Kind switch
        {
            EventKind.Ivig when e.ReadPayload<IvigPayload>() is { } ivig => Ivig(ivig, first),
            EventKind.PlasmaExchange when e.ReadPayload<PlasmaExchangePayload>() is { } exchange => PlasmaExchange(exchange, e.OccurredAt, zone),
            _ => null,
        };
    }

    private static JsonObject Ivig(IvigPayload ivig, DateOnly first) => new()
    {
        ["doseGramsPerKg"] = JsonOutput.Number(ivig.DosePerKg.GramsPerKilogram),
        ["weightKg"] = JsonOutput.Number(ivig.Weight.Kilograms),
        ["days"] = ivig.Days,
        ["totalGrams"] = JsonOutput.Number(ivig.Total.Grams),
        ["perDayGrams"] = JsonOutput.Number(ivig.PerDay.Grams),
        ["perDayExact"] = ivig.PerDayIsExact,
        ["firstDay"] = Day(first),
        ["lastDay"] = Day(ivig.LastDay(first)),
        ["working"] = new JsonObject
        {
            ["total"] = $"{ivig.Total} = {ivig.DosePerKg} × {ivig.Weight}",
            ["perDay"] = $"{ivig.PerDay.Display()} {(ivig.PerDayIsExact ? "=" : "≈")} {ivig.Total} ÷ {ivig.Days.ToString(CultureInfo.InvariantCulture)} days",
        },
    };

    private static JsonObject PlasmaExchange(PlasmaExchangePayload exchange, DateTimeOffset first, TimeZoneInfo zone) => new()
    {
        ["sessions"] = exchange.Sessions,
        ["everyHours"] = JsonOutput.Number(exchange.Every.Hours),
        ["lastSessionAfterDays"] = JsonOutput.Number(exchange.LastSession.Days),
        ["sessionDates"] = new JsonArray([.. exchange.SessionMoments(first).Select(m => (JsonNode)JsonValue.Create(Day(DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(m, zone).DateTime))))]),
        ["working"] = new JsonObject
        {
            ["lastSession"] = $"{exchange.LastSession} = ({exchange.Sessions.ToString(CultureInfo.InvariantCulture)} − 1) × {exchange.Every}",
        },
    };

    private static string Day(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
