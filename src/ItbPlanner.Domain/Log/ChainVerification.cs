namespace ItbPlanner.Domain.Log;

/// <summary>The result of verifying hash chains.</summary>
/// <param name="Patients">How many patients' logs were checked.</param>
/// <param name="Events">How many events were checked (up to and including a break).</param>
/// <param name="FirstBreak">The first event that failed, or null when every chain is intact.</param>
public sealed record ChainVerification(int Patients, long Events, ChainBreak? FirstBreak)
{
    /// <summary>Whether every chain checked is intact.</summary>
    public bool IsIntact => FirstBreak is null;
}
