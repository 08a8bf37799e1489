using System.Text.Json.Serialization;
using ItbPlanner.Domain.Errors;
using ItbPlanner.Domain.Protocols;

namespace ItbPlanner.Domain.Log;

/// <summary>
/// A patient as the log knows them. Registered once (event <see cref="EventKind.PatientRegistered"/>); a later change is a
/// <see cref="EventKind.PatientUpdated"/> event holding the whole new record, so the history of every detail is kept.
/// Equality compares every detail, the risk factors as a set.
/// </summary>
/// <param name="Id">The clinic's identifier; never changes.</param>
/// <param name="Label">What the clinic shows for the patient (initials, a study code); the id when nothing else is chosen.</param>
/// <param name="Population">Adult or child dose limits.</param>
/// <param name="Origin">Where the spasticity comes from.</param>
/// <param name="PumpModelId">The implanted pump model, a protocol pump id such as <c>synchromed-ii-40</c>; none before implant.</param>
/// <param name="Catheter">The implanted catheter, when known.</param>
/// <param name="WithdrawalRiskFactors">What raises the risk from withdrawal; kept sorted and without duplicates.</param>
/// <param name="RiskNotes">Free text about withdrawal risk (e.g. lives alone, travels often).</param>
/// <param name="IgaDeficient">
/// IgA deficiency: true when known deficient (IVIG is then contraindicated), false when known not to be, absent when not
/// known. Absent is never written, so older records serialise, and hash, as before.
/// </param>
public sealed record Patient(
    PatientId Id,
    string Label,
    Population Population,
    SpasticityOrigin Origin,
    string? PumpModelId = null,
    CatheterDetails? Catheter = null,
    IReadOnlyList<WithdrawalRiskFactor>? WithdrawalRiskFactors = null,
    string? RiskNotes = null,
    bool? IgaDeficient = null)
{
    /// <summary>What raises the risk from withdrawal, sorted, without duplicates; empty when none.</summary>
    public IReadOnlyList<WithdrawalRiskFactor> WithdrawalRiskFactors { get; init => field = Normalise(value); } = Normalise(WithdrawalRiskFactors);

    /// <summary>Whether any withdrawal risk factor is recorded.</summary>
    [JsonIgnore]
    public bool HasWithdrawalRisk => WithdrawalRiskFactors.Count > 0;

    /// <inheritdoc/>
    public bool Equals(Patient? other) =>
        other is not null
        && Id == other.Id
        && Label == other.Label
        && Population == other.Population
        && Origin == other.Origin
        && PumpModelId == other.PumpModelId
        && Catheter == other.Catheter
        && WithdrawalRiskFactors.SequenceEqual(other.WithdrawalRiskFactors)
        && RiskNotes == other.RiskNotes
        && IgaDeficient == other.IgaDeficient;

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Id, Label, Population, Origin, PumpModelId, WithdrawalRiskFactors.Count);

    private static WithdrawalRiskFactor[] Normalise(IEnumerable<WithdrawalRiskFactor>? factors) => (factors ?? []).Distinct().Order().ToArray();

    /// <summary>Checks the details a log event may hold.</summary>
    /// <exception cref="InvalidInputException">The label is empty, or an enum value is not one of its codes.</exception>
    public void Validate()
    {
        if (Id.Value is null)
        {
            throw new InvalidInputException("patient id", "The patient id is missing.");
        }

        LogGuards.Required(Label, "label");
        LogCodes.Check(Population, "population");
        LogCodes.Check(Origin, "origin");
        foreach (var factor in WithdrawalRiskFactors)
        {
            LogCodes.Check(factor, "withdrawal risk factor");
        }

        LogGuards.OptionalCode(PumpModelId, "pump");
        LogGuards.OptionalCode(Catheter?.ModelId, "catheter model");
        if (Catheter?.ImplantedLengthCm is { } length && length <= 0)
        {
            throw new InvalidInputException("catheter length", $"The implanted catheter length must be greater than zero; got {length} cm.");
        }
    }
}
