using ItbPlanner.App.Tui.Navigation;
using ItbPlanner.App.Tui.Prompts;
using ItbPlanner.App.Tui.Views;

namespace ItbPlanner.App.Tui.Screens;

/// <summary>The clinic at a glance and where every task starts. Quit replaces Back and Cancel here.</summary>
internal sealed class HomeScreen : Screen
{
    private enum Action
    {
        Acknowledge,
        OpenPatient,
        NewPatient,
        Screening,
        Refill,
        Titration,
        Log,
        Protocol,
        Quit,
    }

    /// <inheritdoc/>
    public override string Title => "Home";

    /// <inheritdoc/>
    public override string Help => ChromeView.HomeHelp;

    /// <inheritdoc/>
    public override Navigation.Navigation Run(TuiSession session)
    {
        while (true)
        {
            var model = session.UseCases.Clinic.Build();
            Show(session, HomeView.Render(model, session.Local));

            var options = new List<(string, Action)>();
            if (model.Critical.Count > 0)
            {
                options.Add(($"Acknowledge critical alerts ({model.Critical.Count})", Action.Acknowledge));
            }

            options.AddRange(
            [
                ("Open patient", Action.OpenPatient),
                ("New patient", Action.NewPatient),
                ("Screening trial", Action.Screening),
                ("Refill visit", Action.Refill),
                ("Titration day", Action.Titration),
                ("Review log", Action.Log),
                ("Protocol", Action.Protocol),
                ("Quit", Action.Quit),
            ]);
            var choice = Ask.Menu(session.Console, "What next?", options, offerBack: false, offerCancel: false);
            switch (choice.Value)
            {
                case Action.Acknowledge:
                    _ = CriticalAlertGate.Acknowledge(session, model.Critical);
                    continue;
                case Action.NewPatient:
                    return new Navigation.Navigation.Open(new NewPatientScreen());
                case Action.Protocol:
                    return new Navigation.Navigation.Open(new ProtocolScreen());
                case Action.Quit:
                    return Navigation.Navigation.Exit;
            }

            var picked = PatientPicker.Pick(session, choice.Value switch
            {
                Action.Screening => "Screening trial for which patient?",
                Action.Refill => "Refill visit for which patient?",
                Action.Titration => "Titration day for which patient?",
                Action.Log => "Whose log?",
                _ => "Which patient?",
            });
            if (!picked.HasValue)
            {
                continue;
            }

            var id = picked.Value;
            return new Navigation.Navigation.Open(choice.Value switch
            {
                Action.Screening => new ScreeningScreen(id),
                Action.Refill => new RefillScreen(id),
                Action.Titration => new TitrationScreen(id),
                Action.Log => new LogReviewScreen(id),
                _ => new PatientScreen(id),
            });
        }
    }
}
