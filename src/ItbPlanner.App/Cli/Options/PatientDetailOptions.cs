using System.CommandLine;
using ItbPlanner.Application.Patients;
using ItbPlanner.Domain.Log;

namespace ItbPlanner.App.Cli.Options;

/// <summary>
/// The optional details of a patient (<c>--label</c>, <c>--pump</c>, <c>--catheter</c>, <c>--catheter-length</c>,
/// <c>--catheter-tip</c>, <c>--risk</c>, <c>--risk-notes</c>), for <c>patient add</c> and <c>log record patient-updated</c>.
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
    }

    /// <summary>The details given on the command line (pump and catheter ids are checked against the protocol when applied).</summary>
    public PatientDetailsChange Read(CliContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        return new PatientDetailsChange(
            context.Get(Label),
            context.Get(Pump),
            context.Get(Catheter),
            context.Get(CatheterLength),
            context.Get(CatheterTip),
            context.Given(Risks) ? context.Get(Risks) ?? [] : null,
            context.Get(RiskNotes));
    }
}
