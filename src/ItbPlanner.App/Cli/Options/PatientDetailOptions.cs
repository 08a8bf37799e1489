using System.CommandLine;
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

    /// <summary>The patient with every detail given on the command line replaced; the others kept.</summary>
    /// <exception cref="UserInputException">An unknown pump or catheter id.</exception>
    public Patient Apply(CliContext context, Patient patient)
    {
        var pump = context.Get(Pump) is { } pumpId ? PumpOption.Resolve(pumpId, context.Protocol).Id : patient.PumpModelId;
        var catheter = patient.Catheter ?? new CatheterDetails();
        if (context.Get(Catheter) is { } model)
        {
            catheter = catheter with { ModelId = CatheterOption.Resolve(model, context.Protocol).Id };
        }

        if (context.Get(CatheterLength) is { } length)
        {
            catheter = catheter with { ImplantedLengthCm = length };
        }

        if (context.Get(CatheterTip) is { } tip)
        {
            catheter = catheter with { TipLevel = tip };
        }

        var risks = context.ParseResult.GetResult(Risks) is { Implicit: false } ? context.Get(Risks) ?? [] : patient.WithdrawalRiskFactors;
        return patient with
        {
            Label = context.Get(Label) ?? patient.Label,
            PumpModelId = pump,
            Catheter = catheter == new CatheterDetails() ? null : catheter,
            WithdrawalRiskFactors = risks,
            RiskNotes = context.Get(RiskNotes) ?? patient.RiskNotes,
        };
    }
}
