using ItbPlanner.Application.Recording.Entries;
using ItbPlanner.Domain.Errors;
using ItbPlanner.Domain.Log.Payloads;
using ItbPlanner.Domain.Medication;
using ItbPlanner.Domain.Quantities;

namespace ItbPlanner.Application.Recording.Building;

/// <summary>Concomitant medicines: the daily total with its working, and oral baclofen held to the protocol's oral ceiling.</summary>
internal static class MedicationEntries
{
    /// <summary>A start, change or stop of a medicine.</summary>
    /// <exception cref="InvalidInputException">A dose without an interval, a stop with a dose, an impossible value.</exception>
    /// <exception cref="ProtocolLimitException">Oral baclofen above the protocol's oral ceiling (<c>ORAL_DOSE_ABOVE_CEILING</c>).</exception>
    public static EntryBuild Medication(EntryContext context, MedicationEntry entry)
    {
        if (entry.Stop && (entry.Dose is not null || entry.Every is not null))
        {
            throw new InvalidInputException("stop", "A stopped medicine has no dose or interval: record the stop alone, or a dose and an interval.");
        }

        var drug = ConcomitantDrug.Normalize(entry.Drug);
        var payload = entry.Stop
            ? new MedicationPayload(drug, null, null, true, entry.Notes)
            : new MedicationPayload(drug, entry.Dose, entry.Every, null, entry.Notes);
        payload.Validate();
        var name = ConcomitantDrug.Display(drug);
        if (entry.Stop)
        {
            context.Note($"{name} stopped: daily total 0 mg/day.");
            return payload;
        }

        var total = payload.DailyTotal;
        context.Note($"{name}: daily total {total.Display()} = {payload.Dose!.Value.ToUnit(MassUnit.Milligram)} × 24 h ÷ {payload.Every!.Value}.");
        if (OralCeiling.Breached(context.Protocol, payload) is { } alert)
        {
            throw new ProtocolLimitException(alert, [alert]);
        }

        return payload;
    }
}
