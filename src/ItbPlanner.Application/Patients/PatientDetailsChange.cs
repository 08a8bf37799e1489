using ItbPlanner.Application.Protocols;
using ItbPlanner.Domain.Log;
using ItbPlanner.Domain.Protocols;

namespace ItbPlanner.Application.Patients;

/// <summary>
/// A patient's optional details as given at registration or in an update: null keeps what the patient has. Pump and
/// catheter are protocol ids, checked against the protocol.
/// </summary>
/// <param name="Label">What the clinic shows for the patient.</param>
/// <param name="PumpId">The implanted pump model's id.</param>
/// <param name="CatheterId">The catheter model's id.</param>
/// <param name="CatheterLengthCm">The implanted catheter length in cm.</param>
/// <param name="CatheterTip">The vertebral level of the catheter tip.</param>
/// <param name="Risks">The withdrawal risk factors (all of them; an empty list clears them).</param>
/// <param name="RiskNotes">Free text about withdrawal risk.</param>
/// <param name="IgaDeficient">IgA deficiency: true known deficient (IVIG contraindicated), false known not; null keeps what is recorded.</param>
public sealed record PatientDetailsChange(
    string? Label = null,
    string? PumpId = null,
    string? CatheterId = null,
    decimal? CatheterLengthCm = null,
    string? CatheterTip = null,
    IReadOnlyList<WithdrawalRiskFactor>? Risks = null,
    string? RiskNotes = null,
    bool? IgaDeficient = null)
{
    /// <summary>No change.</summary>
    public static PatientDetailsChange None { get; } = new();

    /// <summary>The patient with every detail given replaced; the others kept.</summary>
    /// <exception cref="Domain.Errors.InvalidInputException">An unknown pump or catheter id.</exception>
    public Patient ApplyTo(Patient patient, Protocol protocol)
    {
        ArgumentNullException.ThrowIfNull(patient);
        var pump = PumpId is { } pumpId ? ProtocolLookup.Pump(protocol, pumpId).Id : patient.PumpModelId;
        var catheter = patient.Catheter ?? new CatheterDetails();
        if (CatheterId is { } model)
        {
            catheter = catheter with { ModelId = ProtocolLookup.Catheter(protocol, model).Id };
        }

        if (CatheterLengthCm is { } length)
        {
            catheter = catheter with { ImplantedLengthCm = length };
        }

        if (CatheterTip is { } tip)
        {
            catheter = catheter with { TipLevel = tip };
        }

        return patient with
        {
            Label = Label ?? patient.Label,
            PumpModelId = pump,
            Catheter = catheter == new CatheterDetails() ? null : catheter,
            WithdrawalRiskFactors = Risks ?? patient.WithdrawalRiskFactors,
            RiskNotes = RiskNotes ?? patient.RiskNotes,
            IgaDeficient = IgaDeficient ?? patient.IgaDeficient,
        };
    }
}
