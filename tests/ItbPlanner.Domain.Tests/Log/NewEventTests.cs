using ItbPlanner.Domain.Errors;
using ItbPlanner.Domain.Log;
using ItbPlanner.Domain.Log.Payloads;
using ItbPlanner.Domain.Quantities;
using ItbPlanner.Testing;

namespace ItbPlanner.Domain.Tests.Log;

public class NewEventTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 21, 9, 0, 0, TimeSpan.Zero);

    [Fact]
    public void Author_and_reason_are_trimmed_and_a_blank_reason_is_none()
    {
        var e = new NewEvent(LogSamples.P1, Now, "  Dr Who ", new NotePayload("x"), "   ");

        Assert.Equal("Dr Who", e.Author);
        Assert.Null(e.Reason);
        Assert.Equal(EventKind.Note, e.Kind);
    }

    [Theory]
    [InlineData("")]
    [InlineData("  ")]
    [InlineData("two\nlines")]
    public void An_event_needs_a_named_author_on_one_line(string author)
    {
        var error = Assert.Throws<InvalidInputException>(() => new NewEvent(LogSamples.P1, Now, author, new NotePayload("x")));

        Assert.Equal("author", error.Input);
    }

    [Fact]
    public void Payloads_are_checked_on_the_way_in()
    {
        var negative = new RefillPayload(Volume.FromMilliliters(-1), Volume.FromMilliliters(20), MassConcentration.FromMicrogramsPerMilliliter(500));
        var zeroDose = new DoseProgramPayload(MassFlow.Zero, MassConcentration.FromMicrogramsPerMilliliter(500));
        var inconsistent = new ScreeningBolusPayload(Mass.FromMicrograms(75), MassConcentration.FromMicrogramsPerMilliliter(50), Volume.FromMilliliters(1));

        Assert.Equal("The aspirated volume must not be negative; got -1 mL.", Assert.Throws<InvalidInputException>(() => Note(negative)).Message);
        Assert.Equal("The dose must be greater than zero; got 0 mcg/day.", Assert.Throws<InvalidInputException>(() => Note(zeroDose)).Message);
        Assert.Contains("1 mL at 50 mcg/mL holds 50 mcg, not the 75 mcg recorded", Assert.Throws<InvalidInputException>(() => Note(inconsistent)).Message, StringComparison.Ordinal);
        Assert.Throws<InvalidInputException>(() => Note(new AssessmentPayload([])));
        Assert.Throws<InvalidInputException>(() => Note(new AlarmRaisedPayload((AlarmType)42)));
    }

    [Fact]
    public void A_safety_alert_names_its_alert_code_and_only_a_safety_alert_has_one()
    {
        Assert.Equal("alert code", Assert.Throws<InvalidInputException>(() => Note(new AlarmRaisedPayload(AlarmType.SafetyAlert, "More left than expected"))).Input);
        Assert.Equal("alert code", Assert.Throws<InvalidInputException>(() => Note(new AlarmRaisedPayload(AlarmType.LowReservoir, null, "UNDER_DELIVERY"))).Input);
        Assert.Equal("alert code", Assert.Throws<InvalidInputException>(() => Note(new AlarmRaisedPayload(AlarmType.SafetyAlert, null, "under delivery"))).Input);
        Assert.Equal("plan", Assert.Throws<InvalidInputException>(() => Note(new ProgramTransferredPayload(0))).Input);
        Assert.Equal(EventKind.AlarmRaised, Note(new AlarmRaisedPayload(AlarmType.SafetyAlert, "More left than expected", "UNDER_DELIVERY")).Kind);
    }

    [Fact]
    public void A_correction_names_the_event_it_corrects_and_says_why()
    {
        Assert.Equal("corrects", Assert.Throws<InvalidInputException>(() => new NewEvent(LogSamples.P1, Now, "n", new CorrectionPayload(), "why")).Input);
        Assert.Equal("reason", Assert.Throws<InvalidInputException>(() => new NewEvent(LogSamples.P1, Now, "n", new NotePayload("x"), null, 2)).Input);
        Assert.Equal("corrects", Assert.Throws<InvalidInputException>(() => new NewEvent(LogSamples.P1, Now, "n", new CorrectionPayload(), "why", 0)).Input);
    }

    [Fact]
    public void A_correction_points_backwards()
    {
        var e = new NewEvent(LogSamples.P1, Now, "n", new CorrectionPayload(), "wrong", 5);

        Assert.Equal(5, e.Seal(6, Now, EventHash.Genesis).CorrectsSeq);
        Assert.Throws<InvalidInputException>(() => e.Seal(5, Now, EventHash.Genesis));
    }

    [Fact]
    public void Details_for_another_patient_are_refused()
    {
        var error = Assert.Throws<InvalidInputException>(() => new NewEvent(LogSamples.P1, Now, "n", new PatientUpdatedPayload(LogSamples.Patient(LogSamples.P2))));

        Assert.Contains("a patient's id never changes", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Sealing_stamps_the_recording_time_in_UTC_and_hashes_the_serialised_payload()
    {
        var e = new NewEvent(LogSamples.P1, Now.ToOffset(TimeSpan.FromHours(2)), "n", new NotePayload("x"));

        var stored = e.Seal(2, Now.AddMinutes(1).ToOffset(TimeSpan.FromHours(-3)), EventHash.Genesis);

        Assert.Equal(TimeSpan.Zero, stored.OccurredAt.Offset);
        Assert.Equal(TimeSpan.Zero, stored.RecordedAt.Offset);
        Assert.Equal("""{"text":"x"}""", stored.PayloadJson);
        Assert.True(stored.IsSealed);
        Assert.Equal(new NotePayload("x"), stored.ReadPayload());
        Assert.Null(stored.ReadPayload<RefillPayload>());
    }

    [Fact]
    public void An_event_is_recorded_after_it_happens()
    {
        var e = new NewEvent(LogSamples.P1, Now, "n", new NotePayload("x"));

        Assert.Equal("at", Assert.Throws<InvalidInputException>(() => e.Seal(2, Now.AddTicks(-1), EventHash.Genesis)).Input);
        Assert.Equal(Now, e.Seal(2, Now, EventHash.Genesis).RecordedAt);
    }

    private static NewEvent Note(EventPayload payload) => new(LogSamples.P1, Now, "n", payload);
}
