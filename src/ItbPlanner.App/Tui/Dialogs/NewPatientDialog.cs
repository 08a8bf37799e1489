using ItbPlanner.App.Tui.Forms;
using ItbPlanner.Application.Patients;
using ItbPlanner.Application.Ports;
using ItbPlanner.Domain.Errors;
using ItbPlanner.Domain.Log;
using ItbPlanner.Domain.Protocols;
using ItbPlanner.Domain.Time;
using Terminal.Gui.Input;
using Terminal.Gui.ViewBase;
using Terminal.Gui.Views;

namespace ItbPlanner.App.Tui.Dialogs;

/// <summary>
/// Registers a patient on one form: id, label, population, origin, withdrawal risk factors, since when, and IgA deficiency
/// (checked: known deficient; unchecked: not known, never "not deficient"); logged at Register.
/// </summary>
internal sealed class NewPatientDialog : Dialog
{
    private static readonly (string Label, Population Value)[] Populations = [("adult", Population.Adult), ("child (under 12)", Population.Child)];

    private static readonly (string Label, SpasticityOrigin Value)[] Origins =
    [
        ("spinal (SCI, MS)", SpasticityOrigin.Spinal),
        ("cerebral (CP, brain injury)", SpasticityOrigin.Cerebral),
        ("stiff-person syndrome", SpasticityOrigin.StiffPersonSyndrome),
        ("other", SpasticityOrigin.Other),
    ];

    private static readonly (string Label, WithdrawalRiskFactor Value)[] Risks =
    [
        ("SCI at T6 or above", WithdrawalRiskFactor.SpinalCordInjuryT6OrAbove),
        ("cannot tell symptoms", WithdrawalRiskFactor.CommunicationDifficulty),
        ("previous withdrawal", WithdrawalRiskFactor.PreviousWithdrawal),
    ];

    private readonly BedsideSession session;
    private readonly Form form = new();
    private readonly TextField id;
    private readonly TextField label;
    private readonly OptionSelector population;
    private readonly OptionSelector origin;
    private readonly CheckBox[] risks;
    private readonly TextField since;
    private readonly CheckBox igaDeficient;

    /// <summary>An empty registration form.</summary>
    public NewPatientDialog(BedsideSession session)
    {
        this.session = session;
        Title = "New patient";
        Width = Dim.Fill(2);
        Height = Dim.Fill(1);
        id = form.TextField("Patient id", hint: "letters, digits, '-', '_', '.'");
        label = form.TextField("Label (initials, code)", hint: "optional; the id when empty");
        population = form.Field("Dose limits of", new OptionSelector { Labels = [.. Populations.Select(p => p.Label)], Value = 0, Orientation = Orientation.Horizontal, Width = Dim.Fill() });
        origin = form.Field("Spasticity from", new OptionSelector { Labels = [.. Origins.Select(o => o.Label)], Value = 0, Height = 4 }, height: 4);
        risks = [.. Risks.Select((r, i) => form.Field(i == 0 ? "Withdrawal risk" : " ", new CheckBox { Text = r.Label }))];
        since = form.TextField("Registered from", session.Local(session.Now), "the referral; later events cannot be earlier");
        since.Width = 18;
        igaDeficient = form.Field("IgA deficiency", new CheckBox { Text = "IgA deficient" }, "IVIG is then refused");
        Add(form);
        AddButton(new Button { Text = "Register", IsDefault = true });
    }

    /// <summary>The patient registered, or null when the dialog was closed.</summary>
    public PatientId? Registered { get; private set; }

    /// <summary>Enter anywhere, or Register: the dialog closes only once the patient is registered (a refused id keeps it open, marked).</summary>
    protected override bool OnAccepting(CommandEventArgs args)
    {
        TryRegister();
        return true;
    }

    private void TryRegister()
    {
        var typed = (id.Text ?? string.Empty).Trim();
        var idProblem = session.UseCases.Register.CheckId(typed);
        form.Error(id, idProblem);
        DateTimeOffset? at = null;
        if (!LocalMoment.TryParse((since.Text ?? string.Empty).Trim(), out var local))
        {
            form.Error(since, "not a date-time: YYYY-MM-DD HH:MM");
        }
        else
        {
            try
            {
                at = session.FromLocal(local);
                form.Error(since, null);
            }
            catch (InvalidInputException e)
            {
                form.Error(since, e.Message);
            }
        }

        if (idProblem is not null || at is null)
        {
            return;
        }

        var patient = new PatientId(typed);
        var details = new PatientDetailsChange(string.IsNullOrWhiteSpace(label.Text) ? typed : label.Text.Trim(), Risks: [.. Risks.Where((_, i) => risks[i].Value == CheckState.Checked).Select(r => r.Value)], IgaDeficient: igaDeficient.Value == CheckState.Checked ? true : null);
        try
        {
            session.UseCases.Register.Register(new RegisterPatientRequest(patient, Populations[population.Value ?? 0].Value, Origins[origin.Value ?? 0].Value, session.User, at.Value, details));
        }
        catch (Exception e) when (e is InvalidInputException or LogUnavailableException)
        {
            Refusal.Show(App!, $"registering {typed}", [e.Message]);
            return;
        }

        Registered = patient;
        App!.RequestStop(this);
    }
}
