using ItbPlanner.App.Cli;
using ItbPlanner.App.Hosting;
using ItbPlanner.App.Tui.Shell;
using ItbPlanner.Application.OralWean;
using ItbPlanner.Application.Patients;
using ItbPlanner.Application.Visits;
using ItbPlanner.Domain.Log;
using ItbPlanner.Domain.Protocols;
using ItbPlanner.Domain.Workflow;
using ItbPlanner.Testing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using static ItbPlanner.Domain.Workflow.TherapyPhase;

namespace ItbPlanner.App.Tests.Cli;

/// <summary>
/// One question, "may this action happen now?", answered by one application use case for the command line
/// (<c>itb log record</c>, which asks <see cref="VisitAvailability"/> before the log's guard) and the terminal UI (which asks it
/// to offer a visit): asked both ways in every phase a course can be in, the answers agree.
/// </summary>
public sealed class CourseActionAgreementTests
{
    /// <summary>The oral wean use case the bedside's permission asks (not used for a refill).</summary>
    private static readonly WeanOralBaclofen OralWean = new(TestProtocols.Default(), TimeProvider.System);

    private static readonly string[] Refill = ["log", "record", "refill", "--patient", "P1", "--aspirated", "2mL", "--fill-volume", "40mL", "--concentration", "500mcg/mL"];

    public static TheoryData<TherapyPhase, bool> EveryPhase() => new()
    {
        { Candidate, false },
        { ScreeningScheduled, false },
        { BolusGiven, false },
        { Observing, false },
        { ScreeningPositive, false },
        { NotACandidate, false },
        { ImplantScheduled, false },
        { Implanted, true },
        { Titrating, true },
        { Maintenance, true },
        { Suspended, true },
        { WithdrawalEmergency, true },
        { Explanted, false },
    };

    [Theory]
    [MemberData(nameof(EveryPhase))]
    public void The_log_and_the_ui_agree_on_a_refill_in_every_phase(TherapyPhase phase, bool allowed)
    {
        using var cli = new LogCli();
        Reach(cli, phase);
        var file = Load(cli);
        Assert.Equal(phase, file.Phase);

        var ui = file.Can(TherapyAction.Refill, out var uiReasons);
        var visit = BedsideAction.Refill.IsPermitted(file, OralWean, out _);
        var asked = VisitAvailability.Can(file, Visit.Refill, out var askedReasons);
        var logged = cli.Run(Refill);

        Assert.Equal(allowed, ui);
        Assert.Equal(allowed, visit);
        Assert.Equal(allowed, asked);
        Assert.Equal(uiReasons, askedReasons);
        Assert.True(logged.ExitCode == (allowed ? 0 : 3), $"exit {logged.ExitCode}: {logged.Error}");
        if (!allowed)
        {
            Assert.Equal([$"a pump is implanted (the course is in phase {phase})"], uiReasons);
            Assert.Contains("WORKFLOW_GUARD_UNMET", logged.Error, StringComparison.Ordinal);
            Assert.Contains(uiReasons[0], logged.Error, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void A_refill_during_a_withdrawal_emergency_is_allowed_by_the_log_and_offered_by_the_ui()
    {
        using var cli = new LogCli();
        Reach(cli, WithdrawalEmergency);

        Assert.True(BedsideAction.Refill.IsPermitted(Load(cli), OralWean, out var reasons), string.Join("; ", reasons));
        cli.Ok(Refill);
    }

    [Fact]
    public void An_alarm_acknowledged_twice_is_refused_naming_the_unmet_guard()
    {
        using var cli = new LogCli();
        Reach(cli, Implanted);
        RaiseAndAcknowledgeLowReservoirAlarm(cli);

        var again = cli.Run("log", "record", "alarm-acknowledged", "--patient", "P1", "--alarm-seq", "7", "--action", "again");

        Assert.Equal(3, again.ExitCode);
        Assert.Contains("WORKFLOW_GUARD_UNMET", again.Error, StringComparison.Ordinal);
        Assert.Contains("the alarm is open (raised and not yet acknowledged)", again.Error, StringComparison.Ordinal);
        Assert.DoesNotContain(TherapyAction.AcknowledgeAlarm, Load(cli).Course!.PermittedActions);
    }

    [Fact]
    public void An_alarm_settled_before_a_refill_and_named_again_is_judged_as_the_whole_log_has_it()
    {
        // The course snapshot forgets alarms acknowledged before the newest fill; naming one must still find it.
        using var cli = new LogCli();
        Reach(cli, Implanted);
        RaiseAndAcknowledgeLowReservoirAlarm(cli);
        cli.Ok("log", "record", "refill", "--patient", "P1", "--aspirated", "37mL", "--fill-volume", "40mL", "--concentration", "500mcg/mL", "--at", "2026-11-20T10:00");

        var again = cli.Run("log", "record", "alarm-acknowledged", "--patient", "P1", "--alarm-seq", "7", "--action", "again");

        Assert.Equal(3, again.ExitCode);
        Assert.Contains("the alarm is open (raised and not yet acknowledged)", again.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void An_alarm_acknowledged_before_it_was_raised_is_refused()
    {
        using var cli = new LogCli();
        Reach(cli, Implanted);
        cli.Ok("log", "record", "alarm-raised", "--patient", "P1", "--alarm", "low-reservoir", "--at", "2026-11-19T08:00");

        var early = cli.Run("log", "record", "alarm-acknowledged", "--patient", "P1", "--alarm-seq", "7", "--at", "2026-11-18T08:00");

        Assert.Equal(3, early.ExitCode);
        Assert.Contains("the alarm is open (raised and not yet acknowledged)", early.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void A_program_transfer_after_the_explant_is_refused()
    {
        using var cli = new LogCli();
        Reach(cli, Explanted);

        var transfer = cli.Run("log", "record", "program-transferred", "--patient", "P1", "--plan-seq", "5", "--notes", "late");

        Assert.Equal(3, transfer.ExitCode);
        Assert.Contains("WORKFLOW_GUARD_UNMET", transfer.Error, StringComparison.Ordinal);
        Assert.Contains("a pump is implanted (the course is in phase Explanted)", transfer.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void A_titration_step_entered_after_the_fact_is_judged_by_the_course_as_it_stood_then()
    {
        using var cli = new LogCli();
        Reach(cli, Implanted);
        cli.Ok("log", "record", "program-transferred", "--patient", "P1", "--notes", "printout compared");
        var file = Load(cli);
        var then = new DateTimeOffset(2026, 11, 7, 10, 0, 0, TimeSpan.Zero);

        Assert.False(file.Course!.CanChangeDose(Domain.Quantities.MassFlow.FromMicrogramsPerDay(120), then, null, out _));
        Assert.True(file.CourseAt(then)!.CanChangeDose(Domain.Quantities.MassFlow.FromMicrogramsPerDay(120), then, null, out var reasons), string.Join("; ", reasons));
        cli.Ok("log", "record", "dose-program", "--patient", "P1", "--dose", "120mcg/day", "--reason", "titration", "--at", "2026-11-07T10:00");
    }

    /// <summary>P1's log brought to <paramref name="phase"/> through <c>itb log record</c>.</summary>
    private static void Reach(LogCli cli, TherapyPhase phase)
    {
        cli.RegisterP1();
        void Record(params string[] args) => cli.Ok(["log", "record", args[0], "--patient", "P1", .. args[1..]]);
        switch (phase)
        {
            case Candidate:
                return;
            case NotACandidate:
                Record("candidacy-declined", "--reason", "prefers oral baclofen", "--at", "2026-11-02T10:00");
                return;
            case ScreeningScheduled or BolusGiven or Observing or ScreeningPositive or ImplantScheduled:
                Record("assessment", "--score", "modified-ashworth=3", "--at", "2026-11-02T08:30");
                if (phase == ScreeningScheduled)
                {
                    return;
                }

                Record("screening-bolus", "--dose", "50mcg", "--at", "2026-11-02T09:00");
                if (phase == BolusGiven)
                {
                    return;
                }

                Record("assessment", "--score", "modified-ashworth=1", "--after-bolus", "4h", "--at", "2026-11-02T13:00");
                if (phase == Observing)
                {
                    return;
                }

                Record("screening-outcome", "--outcome", "positive", "--effect-hours", "6", "--at", "2026-11-02T17:00");
                if (phase == ImplantScheduled)
                {
                    Record("implant-scheduled", "--date", "2026-12-10", "--at", "2026-11-03T10:00");
                }

                return;
        }

        cli.ImplantP1();
        switch (phase)
        {
            case Titrating:
                Record("dose-program", "--dose", "120mcg/day", "--phase", "titration", "--reason", "titration", "--at", "2026-11-07T10:00");
                break;
            case Maintenance:
                Record("dose-program", "--dose", "110mcg/day", "--phase", "maintenance", "--reason", "stable", "--at", "2026-11-09T10:00");
                break;
            case Suspended:
                Record("therapy-suspended", "--notes", "MRI", "--at", "2026-11-10T10:00");
                break;
            case WithdrawalEmergency:
                Record("withdrawal-emergency", "--symptoms", "itch, rebound spasticity", "--action", "oral baclofen", "--at", "2026-11-20T10:00");
                break;
            case Explanted:
                Record("explant", "--notes", "pocket infection", "--at", "2026-11-10T10:00");
                break;
        }
    }

    /// <summary>P1's file as the terminal UI loads it: through the application's <see cref="OpenPatient"/>, built by the host's service graph over the same log.</summary>
    private static PatientFile Load(LogCli cli)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?> { [SettingKeys.Database] = cli.Database }).Build();
        var environment = new CliEnvironment { Out = TextWriter.Null, Error = TextWriter.Null, Time = cli.Clock };
        var services = new ServiceCollection().AddSingleton<IConfiguration>(configuration).AddItbPlanner(environment);
        services.AddSingleton<Protocol>(TestProtocols.Default());
        using var provider = services.BuildServiceProvider();
        return provider.GetRequiredService<OpenPatient>().Open(new PatientId("P1"));
    }

    /// <summary>A low-reservoir alarm raised on 19 November and acknowledged an hour later (the alarm is event 7).</summary>
    private static void RaiseAndAcknowledgeLowReservoirAlarm(LogCli cli)
    {
        cli.Ok("log", "record", "alarm-raised", "--patient", "P1", "--alarm", "low-reservoir", "--at", "2026-11-19T08:00");
        cli.Ok("log", "record", "alarm-acknowledged", "--patient", "P1", "--action", "refill booked", "--at", "2026-11-19T09:00");
    }
}
