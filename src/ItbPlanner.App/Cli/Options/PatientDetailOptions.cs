using System.CommandLine;
using ItbPlanner.Application.Patients;
using ItbPlanner.Domain.Errors;
using ItbPlanner.Domain.Log;

namespace ItbPlanner.App.Cli.Options;

/// <summary>
/// The optional details of a patient (<c>--label</c>, <c>--pump</c>, <c>--catheter</c>, <c>--catheter-length</c>,
/// <c>--catheter-tip</c>, <c>--risk</c>, <c>--risk-notes</c>, <c>--iga-deficient</c>, <c>--no-iga-deficient</c>), for
/// <c>patient add</c>, <c>patient update</c> and <c>log record patient-updated</c>.
/// Pump and catheter ids are checked against the protocol.
/// </summary>
internal sealed class PatientDetailOptions
{
    /// <summary><c>--label</c>.</summary>
    public Option<string?> Label { get; } = new("--label") { Description = "What the clinic shows for the patient, e.g. initials (default: the id).", HelpName = "TEXT" };

    /// <summary><c>--pump</c>.</summary>
    public Option<string?> Pump { get; } = new("--pump") { Description = "Implanted pump model id from the protocol, e.g. synchromed-ii-40.", HelpName = "ID" };

    /// <summary><c>--catheter</c>.</summary>
    public Option<string> Catheter { get; } = CatheterOption.Create();

    /// <summary><c>--catheter-length</c>.</summary>
    public Option<decimal?> CatheterLength { get; } = CatheterOption.Length();

    /// <summary><c>--catheter-tip</c>.</summary>
    public Option<string?> CatheterTip { get; } = new("--catheter-tip") { Description = "Vertebral level of the catheter tip, e.g. T10.", HelpName = "LEVEL" };

    /// <summary><c>--risk</c>, repeatable.</summary>
    public Option<WithdrawalRiskFactor[]> Risks { get; } = CodeOption.Many<WithdrawalRiskFactor>("--risk", "A withdrawal risk factor; repeat for several.");

    /// <summary><c>--risk-notes</c>.</summary>
    public Option<string?> RiskNotes { get; } = new("--risk-notes") { Description = "Free text about withdrawal risk (lives alone, travels often).", HelpName = "TEXT" };

    /// <summary><c>--iga-deficient</c>: the patient is IgA-deficient (IVIG then exits 3).</summary>
    public Option<bool> IgaDeficient { get; } = new("--iga-deficient") { Description = "The patient is IgA-deficient: an IVIG course is then refused (exit 3, IVIG_CONTRAINDICATED_IGA_DEFICIENCY)." };

    /// <summary><c>--no-iga-deficient</c>: the patient is known not to be IgA-deficient.</summary>
    public Option<bool> NotIgaDeficient { get; } = new("--no-iga-deficient") { Description = "The patient is known not to be IgA-deficient (IgA measured normal)." };

    /// <summary>Adds the options to a command.</summary>
    public void AddTo(Command command)
    {
        command.Options.Add(Label);
        command.Options.Add(Pump);
        command.Options.Add(Catheter);
        command.Options.Add(CatheterLength);
        command.Options.Add(CatheterTip);
        command.Options.Add(Risks);
        command.Options.Add(RiskNotes);
        command.Options.Add(IgaDeficient);
        command.Options.Add(NotIgaDeficient);
    }

    /// <summary>The details given on the command line (pump and catheter ids are checked against the protocol when applied).</summary>
    /// <exception cref="InvalidInputException">Both <c>--iga-deficient</c> and <c>--no-iga-deficient</c>.</exception>
    public PatientDetailsChange Read(CliContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var (deficient, notDeficient) = (context.Get(IgaDeficient), context.Get(NotIgaDeficient));
        if (deficient && notDeficient)
        {
            throw new InvalidInputException("--iga-deficient", "--iga-deficient and --no-iga-deficient contradict each other: give one.");
        }

        return new PatientDetailsChange(
            context.Get(Label),
            context.Get(Pump),
            context.Get(Catheter),
            context.Get(CatheterLength),
            context.Get(CatheterTip),
            context.Given(Risks) ? context.Get(Risks) ?? [] : null,
            context.Get(RiskNotes),
            deficient ? true : notDeficient ? false : null);
    }
}
