using ItbPlanner.App.Tui.Navigation;
using ItbPlanner.App.Tui.Prompts;
using ItbPlanner.App.Tui.Views;
using ItbPlanner.Application.Clinic;
using ItbPlanner.Application.Visits;
using ItbPlanner.Domain.Log;

namespace ItbPlanner.App.Tui.Screens;

/// <summary>One patient: the summary, the tasks the workflow allows (and why the others are not), and pending business.</summary>
internal sealed class PatientScreen(PatientId id) : Screen
{
    private enum Action
    {
        Task,
        Course,
        Transfer,
        Acknowledge,
        Log,
    }

    /// <inheritdoc/>
    public override string Title => $"Patient {id}";

    /// <inheritdoc/>
    public override Navigation.Navigation Run(TuiSession session)
    {
        while (true)
        {
            var file = session.UseCases.Patients.Open(id);
            var options = new List<(string, (Action, Visit, CourseAction))>();
            var unavailable = new List<WhyNotView.Unavailable>();
            if (file.OpenAlarms.Count > 0)
            {
                options.Add(($"Acknowledge open alarms ({file.OpenAlarms.Count})", (Action.Acknowledge, default, default)));
            }

            if (file.Record.PendingTransfer is { } pending)
            {
                options.Add(($"Mark plan #{pending.Seq} as transferred to the pump", (Action.Transfer, default, default)));
            }

            foreach (var task in Enum.GetValues<Visit>())
            {
                if (PatientActions.Can(file, task, out var reasons))
                {
                    options.Add((PatientActions.Label(task), (Action.Task, task, default)));
                }
                else
                {
                    unavailable.Add(new WhyNotView.Unavailable(PatientActions.Label(task), reasons));
                }
            }

            foreach (var course in Enum.GetValues<CourseAction>())
            {
                if (CourseActions.Can(file, course, out var reasons))
                {
                    options.Add((CourseActions.Label(course), (Action.Course, default, course)));
                }
                else
                {
                    unavailable.Add(new WhyNotView.Unavailable(CourseActions.Label(course), reasons));
                }
            }

            options.Add(("Review log", (Action.Log, default, default)));
            Show(session, PatientSummaryView.Render(file, session.Today, session.Local), WhyNotView.Render(unavailable));
            var choice = Ask.Menu(session.Console, "What next?", options);
            if (!choice.HasValue)
            {
                return Wizard.Leave(choice.Kind);
            }

            switch (choice.Value.Item1)
            {
                case Action.Acknowledge:
                    _ = CriticalAlertGate.Acknowledge(session, [.. file.OpenAlarms.Select(a => new CriticalItem(file.Id, ClinicOverview.AlertOf(a, session.Local), a.Seq))]);
                    continue;
                case Action.Transfer:
                    var notes = Ask.OptionalText(session.Console, "How was it checked (e.g. programmer printout compared)");
                    if (notes.HasValue)
                    {
                        LogWriter.MarkTransferred(session, file.Id, file.Record.PendingTransfer!.Seq, notes.Value);
                    }

                    continue;
                case Action.Course:
                    return new Navigation.Navigation.Open(new CourseActionScreen(file.Id, choice.Value.Item3));
                case Action.Log:
                    return new Navigation.Navigation.Open(new LogReviewScreen(file.Id));
                default:
                    return new Navigation.Navigation.Open(PatientActions.Open(choice.Value.Item2, file));
            }
        }
    }
}
