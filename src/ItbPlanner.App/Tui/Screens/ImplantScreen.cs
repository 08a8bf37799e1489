using System.Globalization;
using ItbPlanner.App.Output;
using ItbPlanner.App.Output.Views;
using ItbPlanner.App.Tui.Navigation;
using ItbPlanner.App.Tui.Prompts;
using ItbPlanner.App.Tui.Views;
using ItbPlanner.Application.Clinic;
using ItbPlanner.Application.Patients;
using ItbPlanner.Application.Recording;
using ItbPlanner.Application.Recording.Entries;
using ItbPlanner.Application.Visits;
using ItbPlanner.Domain.Alerts;
using ItbPlanner.Domain.Log;
using ItbPlanner.Domain.Protocols;
using ItbPlanner.Domain.Quantities;
using ItbPlanner.Domain.Refills;
using ItbPlanner.Domain.Titration;
using Spectre.Console;

namespace ItbPlanner.App.Tui.Screens;

/// <summary>
/// The implant: pump, catheter, first fill and concentration, the starting dose computed by the rule (with its working),
/// and the first alarm and refill-by dates; reviewed, confirmed with the patient's id, logged, then shown as not yet
/// transferred to the pump.
/// </summary>
internal sealed class ImplantScreen(PatientId id) : Screen
{
    private PatientFile file = null!;
    private StartDoseResult recommended = null!;
    private DateTimeOffset at;
    private PumpModel pump = null!;
    private CatheterModel? catheter;
    private decimal? catheterLength;
    private MassConcentration concentration;
    private Volume fill;
    private MassFlow startDose;
    private RefillPlan plan = null!;
    private EntryPreview preview = null!;

    /// <inheritdoc/>
    public override string Title => $"Implant · patient {id}";

    /// <inheritdoc/>
    public override Navigation.Navigation Run(TuiSession session)
    {
        file = session.UseCases.Patients.Open(id);
        if (!PatientActions.Can(file, Visit.Implant, out var why) || file.Course?.RecommendedStartDose is not { } start)
        {
            Show(session);
            return PatientActions.Unavailable(session, file, Visit.Implant, why.Count > 0 ? why : ["no positive screening gives a starting dose"]);
        }

        recommended = start;
        var done = Wizard.Run(
            () => AskMoment(session),
            () => AskPump(session),
            () => AskCatheter(session),
            () => AskConcentration(session),
            () => AskFill(session),
            () => AskStartDose(session),
            () => Review(session));
        return done == ChoiceKind.Value ? new Navigation.Navigation.Replace(new PatientScreen(id)) : Wizard.Leave(done);
    }

    private ChoiceKind AskMoment(TuiSession session)
    {
        Show(session, PatientSummaryView.Render(file, session.Today, session.Local), new Markup("Record the implant. Nothing is logged until you confirm with the patient's id at the end.\n"));
        var moment = Ask.Moment(session.Console, "When did the infusion start", session.Now, session.FromLocal);
        at = moment.HasValue ? moment.Value : at;
        return moment.Kind;
    }

    private ChoiceKind AskPump(TuiSession session)
    {
        var choice = Ask.Menu(session.Console, "Pump model", [.. session.Protocol.Pumps.Select(p => ($"{p.Name} ({p.Capacity.Value.Display()})", p))]);
        pump = choice.Value ?? pump;
        return choice.Kind;
    }

    private ChoiceKind AskCatheter(TuiSession session)
    {
        var choice = Ask.Menu(session.Console, "Catheter model", [.. session.Protocol.Catheters.Select(c => (c.Name, (CatheterModel?)c)), ("Not recorded", (CatheterModel?)null)]);
        if (!choice.HasValue)
        {
            return choice.Kind;
        }

        catheter = choice.Value;
        catheterLength = null;
        if (catheter is null)
        {
            return ChoiceKind.Value;
        }

        var length = Ask.OptionalText(session.Console, "Implanted catheter length in cm (after trimming)", value =>
            decimal.TryParse(value.TrimEnd('c', 'm', ' '), NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var cm) && cm > 0
                ? catheter.LengthBeforeTrimCm is { } untrimmed && cm > untrimmed.Value ? $"Longer than the untrimmed {catheter.Name} ({untrimmed.Value} cm)." : null
                : $"'{value}' is not a length in cm, e.g. 62.5.");
        if (!length.HasValue)
        {
            return length.Kind;
        }

        catheterLength = length.Value is null ? null : decimal.Parse(length.Value.TrimEnd('c', 'm', ' '), NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture);
        return ChoiceKind.Value;
    }

    private ChoiceKind AskConcentration(TuiSession session)
    {
        var strengths = session.Protocol.Strengths.Where(s => s.UseForRefill).ToArray();
        var choice = Ask.Menu(session.Console, "Concentration filled", [.. strengths.Select(s => ($"{s.Concentration.Value.Display()} ({string.Join(", ", s.Products)})", s.Concentration.Value))]);
        concentration = choice.HasValue ? choice.Value : concentration;
        return choice.Kind;
    }

    private ChoiceKind AskFill(TuiSession session)
    {
        while (true)
        {
            var choice = Ask.Quantity<Volume, VolumeUnit>(session.Console, $"Volume filled (the {pump.Name} holds {pump.Capacity.Value.Display()})", pump.Capacity.Value);
            if (!choice.HasValue || choice.Value <= pump.Capacity.Value)
            {
                fill = choice.HasValue ? choice.Value : fill;
                return choice.Kind;
            }

            session.Console.MarkupLine($"[yellow]{TerminalText.Markup(choice.Value.Display())} is more than the reservoir holds ({TerminalText.Markup(pump.Capacity.Value.Display())}): never overfill.[/]");
        }
    }

    private ChoiceKind AskStartDose(TuiSession session)
    {
        Show(session, StartDoseView.Render(recommended, session.Protocol.Title), Text.Empty);
        while (true)
        {
            var choice = Ask.Menu(session.Console, "Starting daily dose", [($"Start at {Dose(recommended.StartDose)} (the rule's dose)", true), ("Start lower (type the dose)", false)]);
            if (!choice.HasValue)
            {
                return choice.Kind;
            }

            if (choice.Value)
            {
                startDose = recommended.StartDose;
            }
            else
            {
                var typed = Ask.Quantity<MassFlow, MassFlowUnit>(session.Console, $"Starting daily dose (at most {Dose(recommended.StartDose)})");
                if (!typed.HasValue)
                {
                    continue;
                }

                startDose = typed.Value;
            }

            if (!CanImplant(session, startDose, out var why))
            {
                session.Console.Write(WhyNotView.Refused($"starting dose {Dose(startDose)}", why));
                continue;
            }

            // What the implant would log, its dates computed as a refill plan computes them.
            if (LogWriter.Preview(session, Entry(session)) is not { } previewed)
            {
                continue;
            }

            if (previewed.FillPlan is not { } planned)
            {
                var whyNot = previewed.Notices.Select(n => n.Text).DefaultIfEmpty("the dates cannot be computed");
                session.Console.Write(WhyNotView.Refused($"{Dose(startDose)} at {concentration.Display()} in the {pump.Name}", [.. whyNot, "choose another concentration or dose ('back')"]));
                continue;
            }

            (preview, plan) = (previewed, planned);
            return ChoiceKind.Value;
        }
    }

    private bool CanImplant(TuiSession session, MassFlow dose, out IReadOnlyList<string> why) =>
        VisitAvailability.CanImplant(session.Protocol, file, dose, at, session.LocalDate(at), out why);

    /// <summary>The implant as the log takes it: the pump, the catheter chosen, the first fill and the starting dose (a reason when below the rule's).</summary>
    private EntryRequest Entry(TuiSession session) => LogWriter.Entry(
        session,
        id,
        at,
        new ImplantEntry(pump.Id, fill, concentration, startDose) { CatheterId = catheter?.Id, CatheterLengthCm = catheterLength },
        startDose == recommended.StartDose ? null : $"started below the rule's {Dose(recommended.StartDose)}");

    private ChoiceKind Review(TuiSession session)
    {
        var rate = startDose.VolumeFlowAt(concentration);
        var table = new Table { Border = TableBorder.Double, Title = new TableTitle($"[bold]Implant of patient {TerminalText.Markup(id.Value)} at {TerminalText.Markup(session.Local(at))}[/]") };
        table.AddColumn("Item");
        table.AddColumn("Value");
        table.AddRow("Pump", TerminalText.Markup(pump.Name));
        table.AddRow("Catheter", TerminalText.Markup(catheter is null ? "not recorded" : $"{catheter.Name}{(catheterLength is { } cm ? $", {cm.ToString(CultureInfo.InvariantCulture)} cm" : string.Empty)}"));
        table.AddRow("First fill", TerminalText.Markup($"{fill.Display()} of {concentration.Display()} into the central reservoir port"));
        table.AddRow("Starting dose", $"[bold]{TerminalText.Markup(Dose(startDose))}[/] = {TerminalText.Markup(rate.Display())} (rule: {TerminalText.Markup(Dose(recommended.StartDose))})");
        table.AddRow("Low-reservoir alarm", $"{plan.AlarmDate:yyyy-MM-dd} ({plan.DaysToAlarm.Display()})");
        table.AddRow("Refill by", $"[bold]{plan.RefillByDate:yyyy-MM-dd} ({plan.RefillByDate.DayOfWeek})[/]");
        var marks = new List<CalendarView.Mark>
        {
            new(session.LocalDate(at), 'I', "implant", Color.Aqua),
            new(plan.RefillByDate, 'R', "refill by", Color.Yellow),
            new(plan.AlarmDate, 'A', "low-reservoir alarm", Color.Red),
        };
        Show(session, table, CalendarView.Render(marks), AlertView.Render(plan.Alerts.Where(a => a.Severity != AlertSeverity.Info).ToArray()), Text.Empty);

        var critical = plan.Alerts.Where(a => a.Severity == AlertSeverity.Critical).Select(a => new CriticalItem(id, a)).ToArray();
        if (critical.Length > 0 && CriticalAlertGate.Acknowledge(session, critical) is { HasValue: false } refused)
        {
            return refused.Kind;
        }

        var confirm = Ask.TypedConfirmation(session.Console, $"Type the patient's id ({id}) to log the implant", id.Value);
        if (!confirm.HasValue)
        {
            return confirm.Kind;
        }

        var stored = LogWriter.Append(session, preview);
        if (stored is null)
        {
            return Ask.Menu<bool>(session.Console, "Not logged", []).Kind == ChoiceKind.Cancel ? ChoiceKind.Cancel : ChoiceKind.Back;
        }

        TransferStep.Offer(session, id, stored[0]);
        return ChoiceKind.Value;
    }

    private static string Dose(MassFlow dose) => dose.ToUnit(MassFlowUnit.MicrogramPerDay).Display();
}
