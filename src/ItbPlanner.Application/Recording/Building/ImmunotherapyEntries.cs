using System.Globalization;
using ItbPlanner.Application.Recording.Entries;
using ItbPlanner.Domain.Errors;
using ItbPlanner.Domain.Immunotherapy;
using ItbPlanner.Domain.Log.Payloads;

namespace ItbPlanner.Application.Recording.Building;

/// <summary>Immunotherapy courses: IVIG's total and daily grams with their working, held to IgA deficiency; plasma exchange's session dates.</summary>
internal static class ImmunotherapyEntries
{
    /// <summary>An IVIG course.</summary>
    /// <exception cref="InvalidInputException">A dose, weight or course length outside its plausible range.</exception>
    /// <exception cref="ProtocolLimitException">The patient is recorded as IgA-deficient at the course's moment or in their newest record (<c>IVIG_CONTRAINDICATED_IGA_DEFICIENCY</c>).</exception>
    public static EntryBuild Ivig(EntryContext context, IvigEntry entry)
    {
        var payload = new IvigPayload(entry.DosePerKg, entry.Weight, entry.Days, entry.Notes);
        payload.Validate();
        if (IvigContraindication.Breached(context.History, context.At, payload) is { } alert)
        {
            throw new ProtocolLimitException(alert, [alert]);
        }

        var first = context.LocalDate;
        context.Note($"IVIG total {payload.Total.Display()} = {payload.DosePerKg} × {payload.Weight}.");
        var approximately = payload.PerDayIsExact ? "=" : "≈";
        context.Note($"IVIG per day {payload.PerDay.Display()} {approximately} {payload.Total.Display()} ÷ {CourseSpan.Days(payload.Days)}, {Day(first)} to {Day(payload.LastDay(first))}.");
        return payload;
    }

    /// <summary>A plasma exchange series.</summary>
    /// <exception cref="InvalidInputException">A number of sessions or an interval outside its plausible range.</exception>
    public static EntryBuild PlasmaExchange(EntryContext context, PlasmaExchangeEntry entry)
    {
        var payload = new PlasmaExchangePayload(entry.Sessions, entry.Every, entry.Notes);
        payload.Validate();
        var dates = payload.SessionDates(context.LocalDate).Select(Day);
        context.Note($"Plasma exchange: {payload.Sessions} sessions every {CourseSpan.Text(payload.Every)}, the last {CourseSpan.Text(payload.LastSession)} after the first: {string.Join(", ", dates)}.");
        return payload;
    }

    private static string Day(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
