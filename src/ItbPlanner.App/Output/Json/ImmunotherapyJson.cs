using System.Globalization;
using System.Text.Json.Nodes;
using ItbPlanner.Domain.Immunotherapy;
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
        var first = CourseSpan.LocalDate(e.OccurredAt, zone);
        return e.Kind switch
        {
            EventKind.Ivig when e.ReadPayload<IvigPayload>() is { } ivig => Ivig(ivig, first),
            EventKind.PlasmaExchange when e.ReadPayload<PlasmaExchangePayload>() is { } exchange => PlasmaExchange(exchange, first),
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
            ["perDay"] = $"{ivig.PerDay.Display()} {(ivig.PerDayIsExact ? "=" : "≈")} {ivig.Total} ÷ {CourseSpan.Days(ivig.Days)}",
        },
    };

    private static JsonObject PlasmaExchange(PlasmaExchangePayload exchange, DateOnly first) => new()
    {
        ["sessions"] = exchange.Sessions,
        ["everyHours"] = JsonOutput.Number(exchange.Every.Hours),
        ["lastSessionAfterDays"] = JsonOutput.Number(exchange.LastSession.Days),
        ["sessionDates"] = new JsonArray([.. exchange.SessionDates(first).Select(day => (JsonNode)JsonValue.Create(Day(day)))]),
        ["working"] = new JsonObject
        {
            ["lastSession"] = $"{CourseSpan.Text(exchange.LastSession)} = ({exchange.Sessions.ToString(CultureInfo.InvariantCulture)} − 1) × {CourseSpan.Text(exchange.Every)}",
        },
    };

    private static string Day(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
