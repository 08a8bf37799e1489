using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Nodes;
using ItbPlanner.App.Output.Views;
using ItbPlanner.Domain.Log;
using ItbPlanner.Domain.Log.Payloads;

namespace ItbPlanner.App.Output.Export;

/// <summary>
/// A patient's therapy as a FHIR R4 <c>Bundle</c> (type <c>collection</c>), written by hand with System.Text.Json (no FHIR
/// package ships: the test project checks it with Firely's Hl7.Fhir.R4 parser): a <c>Patient</c>, a
/// <c>MedicationAdministration</c> per screening bolus and per refill (the drug put in the pump), a
/// <c>MedicationStatement</c> per pump program (implant and dose-program) with its period and daily rate, per oral or
/// other medicine started or changed and per IVIG course, a <c>Procedure</c> per plasma exchange series and an
/// <c>Observation</c> per assessment score. Retracted or replaced events keep their place with status
/// <c>entered-in-error</c>. Quantities use UCUM (<c>ug</c>, <c>mg</c>, <c>g</c>, <c>mL</c>, <c>ug/d</c>). Ids are UUIDs
/// derived from the patient id and event hashes, so an export repeated later gives the same ids. Notes and alarms are in
/// the JSON export, not here.
/// </summary>
internal static partial class FhirExport
{
    private const string Ucum = "http://unitsofmeasure.org";
    private const string EventSystem = "urn:itb-planner:event";
    private const string HashSystem = "urn:itb-planner:event-hash";

    /// <summary>Builds the bundle.</summary>
    public static JsonObject Build(Patient patient, IReadOnlyList<LogEvent> events, IReadOnlySet<long> voided, DateTimeOffset exportedAt, TimeZoneInfo zone)
    {
        var patientUrl = Urn("patient:" + patient.Id.Value);
        var entries = new JsonArray(Entry(patientUrl, PatientResource(patient, patientUrl)));
        var programs = events.Where(e => e.Kind is EventKind.Implant or EventKind.DoseProgram).ToArray();
        var standing = programs.Where(e => !voided.Contains(e.Seq)).OrderBy(e => e.OccurredAt).ThenBy(e => e.Seq).ToArray();
        var explant = events.LastOrDefault(e => e.Kind == EventKind.Explant && !voided.Contains(e.Seq));
        var medicines = events.Where(e => e.Kind == EventKind.Medication && !voided.Contains(e.Seq)).OrderBy(e => e.OccurredAt).ThenBy(e => e.Seq).ToArray();
        var context = new TherapyContext(patientUrl, voided, medicines, exportedAt, zone);
        foreach (var e in events)
        {
            var url = Urn("event:" + e.Hash);
            var payload = e.ReadPayload();
            var resource = payload switch
            {
                ScreeningBolusPayload bolus => Administration(e, url, patientUrl, voided, Quantity(bolus.Dose.Micrograms, "ug")),
                RefillPayload refill => Administration(e, url, patientUrl, voided, Quantity(refill.Concentration.DrugIn(refill.FillVolume).Micrograms, "ug")),
                ImplantPayload implant => Statement(e, url, patientUrl, voided, standing, explant, implant.Dose.MicrogramsPerDay),
                DoseProgramPayload program => Statement(e, url, patientUrl, voided, standing, explant, program.Dose.MicrogramsPerDay),
                MedicationPayload medication => Medicine(e, url, context, medication),
                IvigPayload ivig => Ivig(e, url, context, ivig),
                PlasmaExchangePayload exchange => PlasmaExchange(e, url, context, exchange),
                _ => null,
            };
            if (resource is not null)
            {
                entries.Add((JsonNode)Entry(url, resource));
            }

            if (payload is AssessmentPayload assessment)
            {
                foreach (var (scoreUrl, observation) in Observations(e, context, assessment))
                {
                    entries.Add((JsonNode)Entry(scoreUrl, observation));
                }
            }
        }

        return new JsonObject
        {
            ["resourceType"] = "Bundle",
            ["type"] = "collection",
            ["timestamp"] = exportedAt.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", System.Globalization.CultureInfo.InvariantCulture),
            ["entry"] = entries,
        };
    }

    private static JsonObject PatientResource(Patient patient, string url) => new()
    {
        ["resourceType"] = "Patient",
        ["id"] = url["urn:uuid:".Length..],
        ["identifier"] = new JsonArray(new JsonObject { ["system"] = "urn:itb-planner:patient-id", ["value"] = patient.Id.Value }),
        ["name"] = new JsonArray(new JsonObject { ["text"] = patient.Label }),
    };

    private static JsonObject Administration(LogEvent e, string url, string patientUrl, IReadOnlySet<long> voided, JsonObject dose) => Common(e, url, "MedicationAdministration", voided.Contains(e.Seq) ? "entered-in-error" : "completed", patientUrl, new JsonObject
    {
        ["medicationCodeableConcept"] = IntrathecalBaclofen(),
        ["effectiveDateTime"] = Instant(e.OccurredAt),
        ["dosage"] = new JsonObject { ["text"] = EventSummary.Describe(e), ["route"] = Route(), ["dose"] = dose },
    });

    private static JsonObject Statement(LogEvent e, string url, string patientUrl, IReadOnlySet<long> voided, LogEvent[] standing, LogEvent? explant, decimal mcgPerDay)
    {
        var index = Array.IndexOf(standing, e);
        var end = index >= 0 && index + 1 < standing.Length ? standing[index + 1].OccurredAt : explant?.OccurredAt;
        var status = voided.Contains(e.Seq) ? "entered-in-error" : end is null ? "active" : "completed";
        var period = new JsonObject { ["start"] = Instant(e.OccurredAt) };
        if (end is { } until && status != "entered-in-error")
        {
            period["end"] = Instant(until);
        }

        return Common(e, url, "MedicationStatement", status, patientUrl, new JsonObject
        {
            ["medicationCodeableConcept"] = IntrathecalBaclofen(),
            ["effectivePeriod"] = period,
            ["dateAsserted"] = Instant(e.RecordedAt),
            ["dosage"] = new JsonArray(new JsonObject
            {
                ["text"] = EventSummary.Describe(e),
                ["route"] = Route(),
                ["doseAndRate"] = new JsonArray(new JsonObject { ["rateQuantity"] = Quantity(mcgPerDay, "ug/d") }),
            }),
        });
    }

    private static JsonObject Common(LogEvent e, string url, string type, string status, string patientUrl, JsonObject specific)
    {
        var resource = new JsonObject
        {
            ["resourceType"] = type,
            ["id"] = url["urn:uuid:".Length..],
            ["identifier"] = new JsonArray(
                new JsonObject { ["system"] = EventSystem, ["value"] = $"{e.PatientId.Value}/{e.Seq}" },
                new JsonObject { ["system"] = HashSystem, ["value"] = e.Hash }),
            ["status"] = status,
            ["subject"] = new JsonObject { ["reference"] = patientUrl },
        };
        foreach (var (key, value) in specific.ToArray())
        {
            specific.Remove(key);
            resource[key] = value;
        }

        var notes = new[] { e.Reason, $"recorded by {e.Author}" }.Where(n => !string.IsNullOrWhiteSpace(n)).Select(n => (JsonNode)new JsonObject { ["text"] = n });
        resource["note"] = new JsonArray([.. notes]);
        return resource;
    }

    private static JsonObject Entry(string url, JsonObject resource) => new() { ["fullUrl"] = url, ["resource"] = resource };

    private static JsonObject Route() => new() { ["text"] = "intrathecal" };

    private static JsonObject IntrathecalBaclofen() => new() { ["text"] = "baclofen, intrathecal" };

    private static JsonObject Quantity(decimal value, string ucum) => new()
    {
        ["value"] = Json.JsonOutput.Number(value),
        ["unit"] = ucum,
        ["system"] = Ucum,
        ["code"] = ucum,
    };

    private static string Instant(DateTimeOffset moment) => moment.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>A name-based UUID (version 8 layout) from SHA-256, as a <c>urn:uuid:</c>.</summary>
    private static string Urn(string name)
    {
        var bytes = SHA256.HashData(Encoding.UTF8.GetBytes("itb-planner:" + name))[..16];
        bytes[6] = (byte)((bytes[6] & 0x0F) | 0x80);
        bytes[8] = (byte)((bytes[8] & 0x3F) | 0x80);
        var hex = Convert.ToHexStringLower(bytes);
        return $"urn:uuid:{hex[..8]}-{hex[8..12]}-{hex[12..16]}-{hex[16..20]}-{hex[20..]}";
    }
}
