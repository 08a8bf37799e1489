using ItbPlanner.Domain.Log;

namespace ItbPlanner.Application.Review;

/// <summary>A verification of the log's hash chains.</summary>
/// <param name="Result">What was verified and the first break, if any.</param>
/// <param name="HeadHash">For one patient's intact chain: the newest event's hash, to keep elsewhere; otherwise null.</param>
/// <param name="Location">Where the log is.</param>
public sealed record LogVerified(ChainVerification Result, string? HeadHash, string Location);
