namespace ItbPlanner.Domain.Log;

/// <summary>
/// Where a patient's spasticity comes from, as recorded at registration. Values are frozen: they are persisted (by their
/// codes, see <see cref="LogCodes"/>). Distinct from <see cref="Protocols.TitrationOrigin"/>, which names a rule set.
/// </summary>
public enum SpasticityOrigin
{
    /// <summary>Spinal origin (spinal cord injury, multiple sclerosis). Code <c>spinal</c>.</summary>
    Spinal = 1,

    /// <summary>Cerebral origin (cerebral palsy, brain injury, stroke). Code <c>cerebral</c>.</summary>
    Cerebral = 2,

    /// <summary>Stiff person syndrome: no published titration rule, the clinician decides. Code <c>sps</c>.</summary>
    StiffPersonSyndrome = 3,

    /// <summary>Anything else (dystonia, unknown). Code <c>other</c>.</summary>
    Other = 4,
}
