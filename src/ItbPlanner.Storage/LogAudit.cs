using ItbPlanner.Domain.Log;

namespace ItbPlanner.Storage;

/// <summary>What <see cref="LogVerifier.Audit"/> found: the chain's verification and every problem, file checks first.</summary>
/// <param name="Chain">The hash chains' verification; null when the file is too damaged to read them.</param>
/// <param name="Problems">Everything wrong, in the order checked: the file, its schema, the patients table, the chain, the checkpoint.</param>
/// <param name="Checkpoint">The checkpoint checked against, if any.</param>
public sealed record LogAudit(ChainVerification? Chain, IReadOnlyList<LogProblem> Problems, Checkpoints.LogCheckpoint? Checkpoint = null)
{
    /// <summary>Whether nothing is wrong.</summary>
    public bool IsIntact => Problems.Count == 0;

    /// <summary>How many patients' chains were checked.</summary>
    public int Patients => Chain?.Patients ?? 0;

    /// <summary>How many events were checked.</summary>
    public long Events => Chain?.Events ?? 0;
}
