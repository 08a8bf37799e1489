namespace ItbPlanner.Domain.Log;

/// <summary>The first event of a patient's log that fails verification.</summary>
/// <param name="PatientId">Whose log.</param>
/// <param name="Seq">The event's sequence number.</param>
/// <param name="Problem">What is wrong.</param>
/// <param name="Message">One line naming the event and the mismatch, for the user.</param>
public sealed record ChainBreak(PatientId PatientId, long Seq, ChainProblem Problem, string Message);
