using ItbPlanner.Domain.Log.Payloads;
using ItbPlanner.Domain.Medication;
using ItbPlanner.Domain.Quantities;

namespace ItbPlanner.Domain.Log.Timeline;

/// <summary>
/// The daily totals of the concomitant medicines as steps in mg/day, one series per drug: oral baclofen, then diazepam,
/// then any other by name. Each <c>medication</c> event sets its drug's daily total (dose × 24 h ÷ interval) until the
/// next; a stop sets it to zero.
/// </summary>
internal static class MedicineSeries
{
    /// <summary>The code prefix of a medicine's series: <c>medication:oral-baclofen</c>, <c>medication:diazepam</c>, <c>medication:NAME</c>.</summary>
    public const string IdPrefix = "medication:";

    public static IEnumerable<StepSeries> Read(IEnumerable<LogEvent> standing, TimelineReading reading)
    {
        var byDrug = new Dictionary<string, List<TimelineStep>>(StringComparer.Ordinal);
        foreach (var e in standing.Where(e => e.Kind == EventKind.Medication))
        {
            var medication = e.ReadPayload<MedicationPayload>()!;
            var drug = ConcomitantDrug.Normalize(medication.Drug);
            if (!byDrug.TryGetValue(drug, out var steps))
            {
                byDrug[drug] = steps = [];
            }

            steps.Add(new TimelineStep(reading.DateOf(e.OccurredAt), e.OccurredAt, medication.DailyTotal, LogCodes.Code(e.Kind), e.Seq) { Working = Working(medication) });
        }

        return byDrug.OrderBy(d => Rank(d.Key)).ThenBy(d => d.Key, StringComparer.OrdinalIgnoreCase).Select(d => Series(d.Key, d.Value));
    }

    private static StepSeries Series(string drug, List<TimelineStep> steps)
    {
        var name = Capitalised(ConcomitantDrug.Display(drug));
        var highest = steps.Max(s => s.Daily.MilligramsPerDay);
        return new StepSeries(IdPrefix + drug, name, MassFlowUnit.MilligramPerDay, new TimelineScale(0, highest, $"{name} daily total (mg/day)"), steps);
    }

    private static string Working(MedicationPayload medication) =>
        medication.Stopped == true || medication.Dose is not { } dose || medication.Every is not { } every
            ? $"stopped: {medication.DailyTotal}"
            : $"{dose.ToUnit(MassUnit.Milligram)} × 24 h ÷ {every} = {medication.DailyTotal}";

    private static int Rank(string drug) => drug switch
    {
        ConcomitantDrug.OralBaclofen => 0,
        ConcomitantDrug.Diazepam => 1,
        _ => 2,
    };

    private static string Capitalised(string name) => name.Length == 0 ? name : char.ToUpperInvariant(name[0]) + name[1..];
}
