using ItbPlanner.App.Output;
using ItbPlanner.App.Tui.Navigation;
using ItbPlanner.App.Tui.Prompts;
using ItbPlanner.Application.Patients;
using ItbPlanner.Application.Ports;
using ItbPlanner.Domain.Log;
using ItbPlanner.Domain.Protocols;
using Spectre.Console;

namespace ItbPlanner.App.Tui.Screens;

/// <summary>Registers a patient: id, label, population, origin and withdrawal risk factors; logged when confirmed.</summary>
internal sealed class NewPatientScreen : Screen
{
    private PatientId id;
    private string label = string.Empty;
    private Population population;
    private SpasticityOrigin origin;
    private List<WithdrawalRiskFactor> risks = [];
    private DateTimeOffset at;

    /// <inheritdoc/>
    public override string Title => "New patient";

    /// <inheritdoc/>
    public override Navigation.Navigation Run(TuiSession session)
    {
        var console = session.Console;
        var done = Wizard.Run(
            () =>
            {
                Show(session, new Markup("Register a patient. Nothing is logged until you confirm at the end.\n"));
                var answer = Ask.Text(console, "Patient id (the clinic's identifier; letters, digits, '-', '_', '.')", validate: session.UseCases.Register.CheckId);
                if (answer.HasValue)
                {
                    id = new PatientId(answer.Value!);
                }

                return answer.Kind;
            },
            () =>
            {
                var answer = Ask.Text(console, "Label shown for the patient (initials, study code)", id.Value);
                label = answer.Value ?? label;
                return answer.Kind;
            },
            () =>
            {
                var answer = Ask.Menu(console, "Whose dose limits apply?", [("Adult", Population.Adult), ("Child (under 12)", Population.Child)]);
                population = answer.HasValue ? answer.Value : population;
                return answer.Kind;
            },
            () =>
            {
                var answer = Ask.Menu(
                    console,
                    "Where does the spasticity come from?",
                    [("Spinal (spinal cord injury, MS)", SpasticityOrigin.Spinal), ("Cerebral (CP, brain injury, stroke)", SpasticityOrigin.Cerebral), ("Stiff person syndrome", SpasticityOrigin.StiffPersonSyndrome), ("Other", SpasticityOrigin.Other)]);
                origin = answer.HasValue ? answer.Value : origin;
                return answer.Kind;
            },
            () => AskRisks(console),
            () =>
            {
                var moment = Ask.Moment(console, "Registered from (the referral; later events cannot be earlier)", session.Now, session.FromLocal);
                at = moment.HasValue ? moment.Value : at;
                return moment.Kind;
            },
            () =>
            {
                Show(session, Review(Patient()));
                var answer = Ask.Menu(console, "Register this patient?", [($"Register {id}", true)]);
                if (!answer.HasValue)
                {
                    return answer.Kind;
                }

                try
                {
                    var registered = session.UseCases.Register.Register(new RegisterPatientRequest(id, population, origin, session.User, at, new PatientDetailsChange(label, Risks: risks)));
                    session.Notify($"✓ Logged patient-registered as event {registered.Registration.Seq} of patient {id}.");
                    return ChoiceKind.Value;
                }
                catch (Exception e) when (e is Domain.Errors.InvalidInputException or LogUnavailableException)
                {
                    console.Write(Views.WhyNotView.Refused("nothing was logged", [e.Message]));
                    return ChoiceKind.Back;
                }
            });
        return done == ChoiceKind.Value ? new Navigation.Navigation.Replace(new PatientScreen(id)) : Wizard.Leave(done);
    }

    private ChoiceKind AskRisks(IAnsiConsole console)
    {
        risks = [];
        while (true)
        {
            var options = new List<(string, WithdrawalRiskFactor?)> { (risks.Count == 0 ? "None" : "Done", null) };
            options.AddRange(Enum.GetValues<WithdrawalRiskFactor>().Where(f => !risks.Contains(f)).Select(f => (Risk(f), (WithdrawalRiskFactor?)f)));
            var answer = Ask.Menu(console, $"Withdrawal risk factors{(risks.Count == 0 ? string.Empty : " so far: " + string.Join(", ", risks.Select(LogCodes.Code)))}", options);
            if (!answer.HasValue)
            {
                return answer.Kind;
            }

            if (answer.Value is not { } factor)
            {
                return ChoiceKind.Value;
            }

            risks.Add(factor);
        }
    }

    private static string Risk(WithdrawalRiskFactor factor) => factor switch
    {
        WithdrawalRiskFactor.SpinalCordInjuryT6OrAbove => "Spinal cord injury at T6 or above",
        WithdrawalRiskFactor.CommunicationDifficulty => "Difficulty communicating symptoms",
        _ => "Previous withdrawal",
    };

    private Patient Patient() => new(id, label, population, origin, WithdrawalRiskFactors: risks);

    private static Table Review(Patient patient)
    {
        var table = new Table { Border = TableBorder.Rounded, Title = new TableTitle("New patient — review") };
        table.AddColumn("Item");
        table.AddColumn("Value");
        table.AddRow("Id", TerminalText.Markup(patient.Id.Value));
        table.AddRow("Label", TerminalText.Markup(patient.Label));
        table.AddRow("Population", LogCodes.Code(patient.Population));
        table.AddRow("Origin", LogCodes.Code(patient.Origin));
        table.AddRow("Withdrawal risk", patient.HasWithdrawalRisk ? "[red]" + TerminalText.Markup(string.Join(", ", patient.WithdrawalRiskFactors.Select(LogCodes.Code))) + "[/]" : "none recorded");
        return table;
    }
}
