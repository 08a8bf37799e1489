using System.Globalization;
using System.Text.Json.Nodes;
using ItbPlanner.App.Output.Views;
using ItbPlanner.Domain.Immunotherapy;
using ItbPlanner.Domain.Log;
using ItbPlanner.Domain.Log.Payloads;
using ItbPlanner.Domain.Medication;

namespace ItbPlanner.App.Output.Export;

// The therapies beside the pump and the scores, for the team reviewing a stiff-person-syndrome patient on one record:
// oral and other medicines and IVIG courses as MedicationStatement, plasma exchange as a Procedure (a procedure, not a
// drug: FHIR has no medication for it), and each assessment score as an Observation.
internal static partial class FhirExport
{
    private const string Atc = "http://www.whocc.no/atc";
    private const string ScaleSystem = "urn:itb-planner:scale";
    private const string DrugSystem = "urn:itb-planner:drug";

    /// <summary>What the therapy resources need beside the event: the patient, voided events, the standing medicine events in time order, the export's moment, the clinic's zone (the calendar of course days).</summary>
    private sealed record TherapyContext(string PatientUrl, IReadOnlySet<long> Voided, LogEvent[] Medicines, DateTimeOffset ExportedAt, TimeZoneInfo Zone);

    /// <summary>
    /// A medicine started or changed, in force until the next event of the same drug: <c>active</c> while it is the newest,
    /// <c>stopped</c> when a stop ended it, <c>completed</c> when a change replaced it. A stop is the end of the statement it
    /// stops; it is a statement of its own (<c>stopped</c>, at its moment) only when no start of the drug precedes it.
    /// </summary>
    private static JsonObject? Medicine(LogEvent e, string url, TherapyContext context, MedicationPayload medication)
    {
        var sameDrug = context.Medicines.Where(m => SameDrug(m, medication.Drug)).ToArray();
        var index = Array.IndexOf(sameDrug, e);
        var voided = context.Voided.Contains(e.Seq);
        if (medication.Stopped == true)
        {
            return !voided && index > 0
                ? null
                : Common(e, url, "MedicationStatement", voided ? "entered-in-error" : "stopped", context.PatientUrl, new JsonObject
                {
                    ["medicationCodeableConcept"] = Drug(medication.Drug),
                    ["effectiveDateTime"] = Instant(e.OccurredAt),
                    ["dateAsserted"] = Instant(e.RecordedAt),
                });
        }

        var next = index >= 0 && index + 1 < sameDrug.Length ? sameDrug[index + 1] : null;
        var status = voided ? "entered-in-error" : next is null ? "active" : next.ReadPayload<MedicationPayload>()?.Stopped == true ? "stopped" : "completed";
        var period = new JsonObject { ["start"] = Instant(e.OccurredAt) };
        if (next is not null && !voided)
        {
            period["end"] = Instant(next.OccurredAt);
        }

        var dosage = new JsonObject
        {
            ["text"] = EventSummary.Describe(e),
            ["timing"] = new JsonObject
            {
                ["repeat"] = new JsonObject { ["frequency"] = 1, ["period"] = Json.JsonOutput.Number(medication.Every?.Hours ?? 0), ["periodUnit"] = "h" },
            },
        };
        if (ConcomitantDrug.IsOralBaclofen(medication.Drug))
        {
            dosage["route"] = new JsonObject { ["text"] = "oral" };
        }

        dosage["doseAndRate"] = new JsonArray(new JsonObject { ["doseQuantity"] = Quantity(medication.Dose?.Micrograms / 1000m ?? 0, "mg") });
        return Common(e, url, "MedicationStatement", status, context.PatientUrl, new JsonObject
        {
            ["medicationCodeableConcept"] = Drug(medication.Drug),
            ["effectivePeriod"] = period,
            ["dateAsserted"] = Instant(e.RecordedAt),
            ["dosage"] = new JsonArray(dosage),
        });
    }

    /// <summary>
    /// An IVIG course: the daily grams once a day for the course's days, from the event's moment to the same clock time on
    /// its last day in the clinic's zone.
    /// </summary>
    private static JsonObject Ivig(LogEvent e, string url, TherapyContext context, IvigPayload ivig)
    {
        var end = CourseSpan.SameClockTimeOn(ivig.LastDay(CourseSpan.LocalDate(e.OccurredAt, context.Zone)), e.OccurredAt, context.Zone);
        var status = context.Voided.Contains(e.Seq) ? "entered-in-error" : context.ExportedAt > end ? "completed" : "active";
        return Common(e, url, "MedicationStatement", status, context.PatientUrl, new JsonObject
        {
            ["medicationCodeableConcept"] = new JsonObject
            {
                ["coding"] = new JsonArray(new JsonObject { ["system"] = Atc, ["code"] = "J06BA02", ["display"] = "immunoglobulins, normal human, for intravascular adm." }),
                ["text"] = "immunoglobulin, intravenous (IVIG)",
            },
            ["effectivePeriod"] = new JsonObject { ["start"] = Instant(e.OccurredAt), ["end"] = Instant(end) },
            ["dateAsserted"] = Instant(e.RecordedAt),
            ["dosage"] = new JsonArray(new JsonObject
            {
                ["text"] = $"{EventSummary.Describe(e)}; total {ivig.Total} = {ivig.DosePerKg} × {ivig.Weight}",
                ["timing"] = new JsonObject
                {
                    ["repeat"] = new JsonObject { ["count"] = ivig.Days, ["frequency"] = 1, ["period"] = 1, ["periodUnit"] = "d" },
                },
                ["route"] = new JsonObject { ["text"] = "intravenous" },
                ["doseAndRate"] = new JsonArray(new JsonObject { ["doseQuantity"] = Quantity(ivig.PerDay.Grams, "g") }),
            }),
        });
    }

    /// <summary>A plasma exchange series as a <c>Procedure</c> performed from the first session to the last.</summary>
    private static JsonObject PlasmaExchange(LogEvent e, string url, TherapyContext context, PlasmaExchangePayload exchange)
    {
        var sessions = exchange.SessionMoments(e.OccurredAt, context.Zone);
        var last = sessions.Count > 0 ? sessions[^1] : e.OccurredAt;
        var status = context.Voided.Contains(e.Seq) ? "entered-in-error" : context.ExportedAt >= last ? "completed" : "in-progress";
        var resource = Common(e, url, "Procedure", status, context.PatientUrl, new JsonObject
        {
            ["code"] = new JsonObject { ["text"] = "plasma exchange" },
            ["performedPeriod"] = new JsonObject { ["start"] = Instant(e.OccurredAt), ["end"] = Instant(last) },
        });
        var notes = (JsonArray)resource["note"]!;
        notes.Add((JsonNode)new JsonObject { ["text"] = $"{EventSummary.Describe(e)}; sessions at {string.Join(", ", sessions.Select(Instant))}" });
        return resource;
    }

    /// <summary>One <c>Observation</c> per score: a whole score as <c>valueInteger</c>, any other (Modified Ashworth 1+) as <c>valueString</c>.</summary>
    private static IEnumerable<(string Url, JsonObject Resource)> Observations(LogEvent e, TherapyContext context, AssessmentPayload assessment)
    {
        var status = context.Voided.Contains(e.Seq) ? "entered-in-error" : "final";
        for (var i = 0; i < assessment.Scores.Count; i++)
        {
            var score = assessment.Scores[i];
            var url = Urn($"event:{e.Hash}:score:{i.ToString(CultureInfo.InvariantCulture)}");
            var specific = new JsonObject
            {
                ["code"] = new JsonObject
                {
                    ["coding"] = new JsonArray(new JsonObject { ["system"] = ScaleSystem, ["code"] = score.Scale, ["display"] = ScaleName(score.Scale) }),
                    ["text"] = ScaleName(score.Scale),
                },
                ["effectiveDateTime"] = Instant(e.OccurredAt),
            };
            if (int.TryParse(score.Score, NumberStyles.None, CultureInfo.InvariantCulture, out var whole))
            {
                specific["valueInteger"] = whole;
            }
            else
            {
                specific["valueString"] = score.Score;
            }

            if (score.Site is { } site)
            {
                specific["bodySite"] = new JsonObject { ["text"] = site };
            }

            var resource = Common(e, url, "Observation", status, context.PatientUrl, specific);
            resource["identifier"]![0]!["value"] = $"{e.PatientId.Value}/{e.Seq.ToString(CultureInfo.InvariantCulture)}/{i.ToString(CultureInfo.InvariantCulture)}";
            yield return (url, resource);
        }
    }

    private static string ScaleName(string scale) => scale switch
    {
        "sps-distribution-of-stiffness" => "SPS distribution-of-stiffness index (0-6)",
        "sps-heightened-sensitivity" => "SPS heightened-sensitivity scale (0-7)",
        "modified-ashworth" => "Modified Ashworth Scale",
        "penn-spasm-frequency" => "Penn Spasm Frequency Scale",
        _ => scale,
    };

    private static JsonObject Drug(string drug)
    {
        var concept = new JsonObject();
        var atc = ConcomitantDrug.Normalize(drug) switch
        {
            ConcomitantDrug.OralBaclofen => ("M03BX01", "baclofen"),
            ConcomitantDrug.Diazepam => ("N05BA01", "diazepam"),
            _ => ((string, string)?)null,
        };
        concept["coding"] = atc is var (code, display)
            ? new JsonArray(new JsonObject { ["system"] = Atc, ["code"] = code, ["display"] = display })
            : new JsonArray(new JsonObject { ["system"] = DrugSystem, ["code"] = ConcomitantDrug.Normalize(drug) });
        concept["text"] = ConcomitantDrug.Display(drug);
        return concept;
    }

    private static bool SameDrug(LogEvent e, string drug) =>
        e.ReadPayload<MedicationPayload>() is { } other && string.Equals(ConcomitantDrug.Normalize(other.Drug), ConcomitantDrug.Normalize(drug), StringComparison.OrdinalIgnoreCase);
}
