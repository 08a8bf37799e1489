using ItbPlanner.Application.Patients;
using ItbPlanner.Application.Recording.Entries;
using ItbPlanner.Domain.Alerts;
using ItbPlanner.Domain.Errors;
using ItbPlanner.Domain.Log.Payloads;
using ItbPlanner.Domain.Quantities;
using static ItbPlanner.Application.Tests.Clinic;

namespace ItbPlanner.Application.Tests;

public sealed class ImmunotherapyEntryTests
{
    private static IvigEntry Course() => new(new DosePerBodyWeight(2), new BodyWeight(62), 5);

    [Fact]
    public void An_ivig_preview_notes_the_total_and_the_daily_grams_with_their_working()
    {
        var clinic = new Clinic().Registered();

        var preview = clinic.Record.Preview(Entry(At(11, 2), Course()));

        var course = Assert.IsType<IvigPayload>(preview.Main.Payload);
        Assert.Equal((124m, 24.8m), (course.Total.Grams, course.PerDay.Grams));
        Assert.Contains(preview.Notices, n => n.Text == "IVIG total 124 g = 2 g/kg × 62 kg.");
        Assert.Contains(preview.Notices, n => n.Text == "IVIG per day 24.8 g = 124 g ÷ 5 days, 2026-11-02 to 2026-11-06.");
    }

    [Fact]
    public void An_ivig_entry_for_an_iga_deficient_patient_is_refused_before_anything_is_logged()
    {
        var clinic = new Clinic().Registered();
        clinic.Record.Record(clinic.Record.Preview(Entry(At(11, 1, 12), new PatientUpdateEntry(new PatientDetailsChange(IgaDeficient: true)))));
        var appends = clinic.Log.Appends;

        var refused = Assert.Throws<ProtocolLimitException>(() => clinic.Record.Preview(Entry(At(11, 2), Course())));

        Assert.Equal(AlertCodes.IvigContraindicatedIgaDeficiency, refused.Code);
        Assert.Equal(appends, clinic.Log.Appends);
    }

    [Fact]
    public void An_ivig_entry_dated_before_the_deficiency_was_recorded_is_refused_because_the_deficiency_is_lifelong()
    {
        var clinic = new Clinic().Registered();
        clinic.Record.Record(clinic.Record.Preview(Entry(At(11, 10), new PatientUpdateEntry(new PatientDetailsChange(IgaDeficient: true)))));
        var appends = clinic.Log.Appends;

        var refused = Assert.Throws<ProtocolLimitException>(() => clinic.Record.Preview(Entry(At(11, 2), Course())));

        Assert.Equal(AlertCodes.IvigContraindicatedIgaDeficiency, refused.Code);
        Assert.Contains("recorded on 2026-11-10, after the course's date", refused.Message, StringComparison.Ordinal);
        Assert.Equal(appends, clinic.Log.Appends);
    }
}
