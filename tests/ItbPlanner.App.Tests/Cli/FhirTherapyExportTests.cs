using Hl7.Fhir.Model;
using Hl7.Fhir.Serialization;

namespace ItbPlanner.App.Tests.Cli;

/// <summary>
/// The FHIR export's therapies beside the pump, parsed with Firely's Hl7.Fhir.R4 (strict): oral baclofen and diazepam as
/// MedicationStatement, IVIG as a MedicationStatement, plasma exchange as a Procedure, and each score as an Observation.
/// </summary>
public sealed class FhirTherapyExportTests : IDisposable
{
    private readonly LogCli cli = new();

    public FhirTherapyExportTests()
    {
        cli.Ok("patient", "add", "--id", "SPS1", "--population", "adult", "--origin", "sps", "--label", "SPS case", "--at", "2026-10-01T09:00");
        cli.Ok("log", "record", "medication", "--patient", "SPS1", "--drug", "baclofen", "--dose", "15mg", "--every", "8h", "--at", "2026-10-02T08:00");
        cli.Ok("log", "record", "medication", "--patient", "SPS1", "--drug", "diazepam", "--dose", "5mg", "--every", "6h", "--at", "2026-10-02T08:05");
        cli.Ok("log", "record", "assessment", "--patient", "SPS1", "--score", "sps-distribution-of-stiffness=4", "--score", "sps-heightened-sensitivity=5", "--score", "modified-ashworth=1+", "--score", "penn-spasm-frequency=2", "--at", "2026-10-03T09:00");
        cli.Ok("log", "record", "ivig", "--patient", "SPS1", "--dose-per-kg", "2g/kg", "--weight", "62kg", "--days", "5", "--at", "2026-10-05T08:00");
        cli.Ok("log", "record", "medication", "--patient", "SPS1", "--drug", "baclofen", "--dose", "20mg", "--every", "8h", "--at", "2026-10-09T08:00");
        cli.Ok("log", "record", "medication", "--patient", "SPS1", "--drug", "baclofen", "--stop", "--at", "2026-11-01T08:00");
        cli.Ok("log", "record", "plasma-exchange", "--patient", "SPS1", "--sessions", "5", "--every", "2d", "--at", "2026-11-02T08:00");
    }

    public void Dispose() => cli.Dispose();

    private Bundle Export()
    {
        var json = cli.Ok("log", "export", "--patient", "SPS1", "--format", "fhir").Out;
        var parsed = FhirJsonDeserializer.STRICT.TryDeserializeResource(json, out var resource, out var issues);
        Assert.True(parsed, string.Join("; ", issues.Select(i => i.Message)));
        return Assert.IsType<Bundle>(resource);
    }

    private static T[] All<T>(Bundle bundle)
        where T : Resource => [.. bundle.Entry.Select(e => e.Resource).OfType<T>()];

    [Fact]
    public void The_export_parses_as_an_R4_bundle_with_every_therapy_and_score()
    {
        var bundle = Export();

        Assert.Equal(Bundle.BundleType.Collection, bundle.Type);
        Assert.Single(All<Patient>(bundle));
        Assert.Equal(4, All<MedicationStatement>(bundle).Length); // baclofen 15 mg, diazepam, IVIG, baclofen 20 mg (the stop ends it)
        Assert.Single(All<Procedure>(bundle));
        Assert.Equal(4, All<Observation>(bundle).Length);
    }

    private static T As<T>(object? value) => Assert.IsType<T>(value);

    private static string? Drug(MedicationStatement statement) => As<CodeableConcept>(statement.Medication).Text;

    private static Quantity Dose(Dosage dosage) => As<Quantity>(dosage.DoseAndRate[0].Dose);

    [Fact]
    public void Oral_baclofen_statements_carry_dose_and_timing_and_end_when_changed_or_stopped()
    {
        var baclofen = All<MedicationStatement>(Export()).Where(s => Drug(s) == "oral baclofen").ToArray();

        Assert.Equal(2, baclofen.Length);
        Assert.Equal(MedicationStatement.MedicationStatusCodes.Completed, baclofen[0].Status);
        Assert.Equal(MedicationStatement.MedicationStatusCodes.Stopped, baclofen[1].Status);
        Assert.Equal("M03BX01", As<CodeableConcept>(baclofen[0].Medication).Coding[0].Code);
        var first = baclofen[0].Dosage[0];
        var dose = Dose(first);
        Assert.Equal((15m, "mg", "http://unitsofmeasure.org"), (dose.Value, dose.Code, dose.System));
        var repeat = first.Timing!.Repeat!;
        Assert.Equal((1, 8m, Timing.UnitsOfTime.H), (repeat.Frequency, repeat.Period, repeat.PeriodUnit));
        var period = As<Period>(baclofen[0].Effective);
        Assert.Equal(("2026-10-02T08:00:00Z", "2026-10-09T08:00:00Z"), (period.Start, period.End));
        Assert.Equal("2026-11-01T08:00:00Z", As<Period>(baclofen[1].Effective).End);
    }

    [Fact]
    public void Diazepam_still_taken_is_active()
    {
        var diazepam = Assert.Single(All<MedicationStatement>(Export()), s => Drug(s) == "diazepam");

        Assert.Equal(MedicationStatement.MedicationStatusCodes.Active, diazepam.Status);
        Assert.Equal(5m, Dose(diazepam.Dosage[0]).Value);
    }

    [Fact]
    public void Ivig_is_a_statement_of_24_8_g_a_day_for_5_days_over_its_effective_period()
    {
        var ivig = Assert.Single(All<MedicationStatement>(Export()), s => Drug(s) == "immunoglobulin, intravenous (IVIG)");

        Assert.Equal(MedicationStatement.MedicationStatusCodes.Completed, ivig.Status);
        var dose = Dose(ivig.Dosage[0]);
        Assert.Equal((24.8m, "g"), (dose.Value, dose.Code));
        Assert.Equal(5, ivig.Dosage[0].Timing!.Repeat!.Count);
        Assert.Contains("total 124 g = 2 g/kg × 62 kg", ivig.Dosage[0].Text, StringComparison.Ordinal);
        var period = As<Period>(ivig.Effective);
        Assert.Equal(("2026-10-05T08:00:00Z", "2026-10-09T08:00:00Z"), (period.Start, period.End));
    }

    [Fact]
    public void Plasma_exchange_is_a_procedure_from_the_first_session_to_the_fifth()
    {
        var procedure = Assert.Single(All<Procedure>(Export()));

        Assert.Equal("plasma exchange", procedure.Code!.Text);
        Assert.Equal(EventStatus.Completed, procedure.Status);
        var period = As<Period>(procedure.Performed);
        Assert.Equal(("2026-11-02T08:00:00Z", "2026-11-10T08:00:00Z"), (period.Start, period.End));
        Assert.Contains(procedure.Note, n => n.Text?.Contains("2026-11-06T08:00:00Z", StringComparison.Ordinal) == true);
    }

    [Fact]
    public void Each_score_is_an_observation_whole_scores_as_integers_and_ashworth_1_plus_as_text()
    {
        var observations = All<Observation>(Export());

        Assert.All(observations, o => Assert.Equal(ObservationStatus.Final, o.Status));
        Assert.All(observations, o => Assert.Equal("2026-10-03T09:00:00Z", As<FhirDateTime>(o.Effective).Value));
        var byScale = observations.ToDictionary(o => o.Code.Coding[0].Code ?? string.Empty);
        Assert.Equal(4, As<Integer>(byScale["sps-distribution-of-stiffness"].Value).Value);
        Assert.Equal("SPS distribution-of-stiffness index (0-6)", byScale["sps-distribution-of-stiffness"].Code.Text);
        Assert.Equal(5, As<Integer>(byScale["sps-heightened-sensitivity"].Value).Value);
        Assert.Equal("1+", As<FhirString>(byScale["modified-ashworth"].Value).Value);
        Assert.Equal(2, As<Integer>(byScale["penn-spasm-frequency"].Value).Value);
    }
}
