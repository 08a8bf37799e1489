using FsCheck;
using FsCheck.Fluent;
using ItbPlanner.Domain.Alerts;
using ItbPlanner.Domain.Errors;
using ItbPlanner.Domain.Log;
using ItbPlanner.Domain.Log.Courses;
using ItbPlanner.Domain.Log.Payloads;
using ItbPlanner.Domain.Quantities;
using ItbPlanner.Testing;
using static ItbPlanner.Testing.ClinicLogSamples;

namespace ItbPlanner.Domain.Tests.Log;

public sealed class ImmunotherapyPayloadTests
{
    private static readonly WorkflowEventGuard Guard = new(TestProtocols.Default());

    private static IvigPayload Ivig(decimal gramsPerKg = 2, decimal kg = 62, int days = 5) => new(new DosePerBodyWeight(gramsPerKg), new BodyWeight(kg), days);

    [Fact]
    public void Ivig_2_g_per_kg_for_62_kg_is_124_g_and_24_8_g_a_day_over_5_days_exactly()
    {
        var course = Ivig();

        Assert.Equal(124m, course.Total.Grams);
        Assert.Equal(24.8m, course.PerDay.Grams);
        Assert.True(course.PerDayIsExact);
        Assert.Equal("124 g", course.Total.ToString());
    }

    [Fact]
    public void Over_3_days_the_daily_share_is_not_exact_and_says_so()
    {
        var course = Ivig(days: 3);

        Assert.False(course.PerDayIsExact);
        Assert.Equal("41.33 g", course.PerDay.Display());
    }

    [Fact]
    public void The_course_covers_its_first_day_and_the_following_days_minus_one()
    {
        var first = new DateOnly(2026, 11, 2);

        Assert.Equal([first, first.AddDays(1), first.AddDays(2), first.AddDays(3), first.AddDays(4)], Ivig().CourseDays(first));
        Assert.Equal(new DateOnly(2026, 11, 6), Ivig().LastDay(first));
        Assert.Equal(first, Ivig(days: 1).LastDay(first));
    }

    [Theory]
    [InlineData(0.09, 62, 5, "dose per kg")]
    [InlineData(3.01, 62, 5, "dose per kg")]
    [InlineData(2, 1.9, 5, "weight")]
    [InlineData(2, 300.1, 5, "weight")]
    [InlineData(2, 62, 0, "days")]
    [InlineData(2, 62, 8, "days")]
    public void An_implausible_course_is_refused_naming_the_value_in_clinician_words(double gramsPerKg, double kg, int days, string input)
    {
        var refused = Assert.Throws<InvalidInputException>(() => Ivig((decimal)gramsPerKg, (decimal)kg, days).Validate());

        Assert.Equal(input, refused.Input);
        Assert.DoesNotContain("--", refused.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(0.1, 2, 1)]
    [InlineData(3, 300, 7)]
    [InlineData(0.4, 70, 5)]
    public void The_edges_of_the_plausible_ranges_are_accepted(double gramsPerKg, double kg, int days) =>
        Ivig((decimal)gramsPerKg, (decimal)kg, days).Validate();

    [Fact]
    public void The_daily_share_times_the_days_is_the_total_whenever_it_is_exact_and_within_a_microgram_otherwise()
    {
        var property = Prop.ForAll(
            Gen.Choose(1, 30).Select(d => d / 10m).ToArbitrary(),
            Gen.Choose(20, 3000).Select(k => k / 10m).ToArbitrary(),
            Gen.Choose(1, 7).ToArbitrary(),
            (gramsPerKg, kg, days) =>
            {
                var course = Ivig(gramsPerKg, kg, days);
                var back = course.PerDay.Grams * days;
                return course.Total.Grams == gramsPerKg * kg
                    && (course.PerDayIsExact ? back == course.Total.Grams : Math.Abs(back - course.Total.Grams) < 0.000001m);
            });

        Check.QuickThrowOnFailure(property);
    }

    [Fact]
    public void The_ivig_json_keeps_grams_per_kg_kilograms_and_days_and_never_the_derived_grams()
    {
        var payload = Ivig() with { Notes = "Privigen" };

        var json = LogJson.Serialize(payload);

        Assert.Equal("""{"doseGramsPerKg":2,"weightKg":62,"days":5,"notes":"Privigen"}""", json);
        Assert.Equal(payload, LogJson.Deserialize(EventKind.Ivig, json));
    }

    [Fact]
    public void Plasma_exchange_5_sessions_every_2_days_ends_8_days_after_the_first()
    {
        var series = new PlasmaExchangePayload(5, Duration.FromDays(2));

        Assert.Equal(Duration.FromDays(8), series.LastSession);
        var first = new DateOnly(2026, 11, 2);
        Assert.Equal([first, first.AddDays(2), first.AddDays(4), first.AddDays(6), first.AddDays(8)], series.SessionDates(first));
        Assert.Equal(first.AddDays(8), series.LastSessionDate(first));
        var moment = new DateTimeOffset(2026, 11, 2, 8, 0, 0, TimeSpan.Zero);
        Assert.Equal(moment.AddDays(8), series.SessionMoments(moment, TimeZoneInfo.Utc)[^1]);
        series.Validate();
    }

    [Fact]
    public void Plasma_exchange_sessions_fall_on_calendar_days_across_a_clock_change_at_the_first_sessions_clock_time()
    {
        var berlin = TimeZoneInfo.FindSystemTimeZoneById("Europe/Berlin");
        var series = new PlasmaExchangePayload(3, Duration.FromDays(2));
        var first = new DateTimeOffset(2026, 10, 24, 0, 30, 0, TimeSpan.FromHours(2)); // summer time ends on 25 October

        var moments = series.SessionMoments(first, berlin);

        Assert.Equal([new DateOnly(2026, 10, 24), new DateOnly(2026, 10, 26), new DateOnly(2026, 10, 28)], series.SessionDates(new DateOnly(2026, 10, 24)));
        Assert.Equal(new DateTimeOffset(2026, 10, 26, 0, 30, 0, TimeSpan.FromHours(1)), moments[1]);
        Assert.Equal(new DateTimeOffset(2026, 10, 28, 0, 30, 0, TimeSpan.FromHours(1)), moments[^1]);
        Assert.Equal(TimeSpan.FromHours(97), moments[^1] - first);
    }

    [Theory]
    [InlineData(0, 48, "sessions")]
    [InlineData(13, 48, "sessions")]
    [InlineData(5, 12, "every")]
    [InlineData(5, 169, "every")]
    [InlineData(5, 36, "every")]
    [InlineData(5, 49, "every")]
    public void An_implausible_plasma_exchange_is_refused(int sessions, int hours, string input)
    {
        var refused = Assert.Throws<InvalidInputException>(() => new PlasmaExchangePayload(sessions, Duration.FromHours(hours)).Validate());

        Assert.Equal(input, refused.Input);
    }

    [Fact]
    public void The_plasma_exchange_json_keeps_sessions_and_the_interval_in_hours()
    {
        var payload = new PlasmaExchangePayload(5, Duration.FromDays(2), "1.5 plasma volumes, albumin");

        var json = LogJson.Serialize(payload);

        Assert.Equal("""{"sessions":5,"everyHours":48,"notes":"1.5 plasma volumes, albumin"}""", json);
        Assert.Equal(payload, LogJson.Deserialize(EventKind.PlasmaExchange, json));
    }

    [Fact]
    public void A_patient_whose_iga_status_is_not_known_serialises_as_before_and_a_known_one_writes_the_flag()
    {
        var unknown = LogJson.Serialize(new PatientRegisteredPayload(LogSamples.Patient()));
        var deficient = LogJson.Serialize(new PatientRegisteredPayload(LogSamples.Patient() with { IgaDeficient = true }));

        Assert.DoesNotContain("iga", unknown, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("\"igaDeficient\":true", deficient, StringComparison.Ordinal);
        Assert.NotEqual(LogSamples.Patient(), LogSamples.Patient() with { IgaDeficient = false });
        Assert.Equal(LogSamples.Patient() with { IgaDeficient = true }, ((PatientRegisteredPayload)LogJson.Deserialize(EventKind.PatientRegistered, deficient)).Patient);
    }

    [Fact]
    public void The_log_refuses_ivig_for_a_patient_recorded_as_iga_deficient_for_every_front_end()
    {
        var history = History("P-I", "I.", null) is var h ? h with { Patient = h.Patient with { IgaDeficient = true } } : null!;
        var candidate = new NewEvent(new PatientId("P-I"), Now, "nurse", Ivig());

        var refused = Assert.Throws<ProtocolLimitException>(() => Guard.Check(candidate, history.Seal(Now)));

        Assert.Equal((AlertCodes.IvigContraindicatedIgaDeficiency, AlertSeverity.Critical), (refused.Blocking.Code, refused.Blocking.Severity));
        Assert.Equal("IVIG_CONTRAINDICATED_IGA_DEFICIENCY", AlertCodes.IvigContraindicatedIgaDeficiency);
        Guard.Check(new NewEvent(new PatientId("P-I"), Now, "nurse", new PlasmaExchangePayload(5, Duration.FromDays(2))), history.Seal(Now));
    }

    [Fact]
    public void The_log_accepts_ivig_when_the_deficiency_is_not_known_or_ruled_out()
    {
        var unknown = History("P-I", "I.", null);
        var ruledOut = unknown with { Patient = unknown.Patient with { IgaDeficient = false } };

        Guard.Check(new NewEvent(new PatientId("P-I"), Now, "nurse", Ivig()), unknown.Seal(Now));
        Guard.Check(new NewEvent(new PatientId("P-I"), Now, "nurse", Ivig()), ruledOut.Seal(Now));
    }

    [Fact]
    public void The_log_refuses_an_ivig_course_dated_before_the_deficiency_was_recorded_because_it_is_lifelong()
    {
        var patient = History("P-I", "I.", null).Patient;
        var deficient = History("P-I", "I.", null, Event(2026, 11, 20, new PatientUpdatedPayload(patient with { IgaDeficient = true })));
        var notDeficient = History("P-I", "I.", null, Event(2026, 11, 20, new PatientUpdatedPayload(patient with { IgaDeficient = false })));
        var backDated = new NewEvent(new PatientId("P-I"), new DateTimeOffset(2026, 11, 1, 8, 0, 0, TimeSpan.Zero), "nurse", Ivig());

        var refused = Assert.Throws<ProtocolLimitException>(() => Guard.Check(backDated, deficient.Seal(Now)));

        Assert.Equal(AlertCodes.IvigContraindicatedIgaDeficiency, refused.Blocking.Code);
        Assert.Contains("lifelong", refused.Blocking.Message, StringComparison.Ordinal);
        Guard.Check(backDated, notDeficient.Seal(Now));
    }

    [Fact]
    public void A_replacement_ivig_entry_is_held_to_the_iga_deficiency_hard_stop()
    {
        var history = History("P-I", "I.", null, Event(2026, 11, 20, new NotePayload("IVIG course planned"))) is var h ? h with { Patient = h.Patient with { IgaDeficient = true } } : null!;
        var replacement = new NewEvent(new PatientId("P-I"), Now, "nurse", Ivig(), "entered on the wrong event", correctsSeq: 2);

        var refused = Assert.Throws<ProtocolLimitException>(() => Guard.Check(replacement, history.Seal(Now)));

        Assert.Equal(AlertCodes.IvigContraindicatedIgaDeficiency, refused.Blocking.Code);
    }

    [Fact]
    public void A_replacement_medication_entry_is_held_to_the_oral_ceiling()
    {
        var history = History("P-I", "I.", null, Event(2026, 11, 20, new MedicationPayload("oral-baclofen", Mass.FromMilligrams(10), Duration.FromHours(8))));
        var tooMuch = new NewEvent(new PatientId("P-I"), Now, "nurse", new MedicationPayload("oral-baclofen", Mass.FromMilligrams(40), Duration.FromHours(8)), "dose mistyped", correctsSeq: 2);

        var refused = Assert.Throws<ProtocolLimitException>(() => Guard.Check(tooMuch, history.Seal(Now)));

        Assert.Equal(AlertCodes.OralDoseAboveCeiling, refused.Blocking.Code);
        Guard.Check(new NewEvent(new PatientId("P-I"), Now, "nurse", new MedicationPayload("oral-baclofen", Mass.FromMilligrams(20), Duration.FromHours(8)), "dose mistyped", correctsSeq: 2), history.Seal(Now));
    }
}
