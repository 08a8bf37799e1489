namespace ItbPlanner.Domain.Log;

/// <summary>
/// What puts a patient at higher risk from baclofen withdrawal (the label's boxed warning). Values are frozen: they are
/// persisted (by their codes, see <see cref="LogCodes"/>).
/// </summary>
public enum WithdrawalRiskFactor
{
    /// <summary>Spinal cord injury at T6 or above. Code <c>sci-t6-or-above</c>.</summary>
    SpinalCordInjuryT6OrAbove = 1,

    /// <summary>Difficulty communicating symptoms. Code <c>communication-difficulty</c>.</summary>
    CommunicationDifficulty = 2,

    /// <summary>An earlier episode of withdrawal. Code <c>previous-withdrawal</c>.</summary>
    PreviousWithdrawal = 3,
}
