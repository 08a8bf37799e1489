using ItbPlanner.Domain.Log;

namespace ItbPlanner.Storage;

/// <summary>One thing <see cref="LogVerifier.Audit"/> found wrong with the log.</summary>
/// <param name="Code">
/// What kind of problem, stable for scripts: the chain's <c>hash-mismatch</c>, <c>prev-hash-mismatch</c>,
/// <c>sequence-gap</c>, <c>missing-registration</c>, <c>unreadable</c>; the file's <c>damaged-file</c>,
/// <c>application-id</c>, <c>schema-object-missing</c>, <c>schema-object-changed</c>, <c>schema-object-unexpected</c>;
/// a server's <c>privilege-granted</c>;
/// the patients table's <c>patient-row-missing</c>, <c>patient-row-orphaned</c>, <c>registration-changed</c>; a
/// checkpoint's <c>checkpoint-signature</c>, <c>checkpoint-head-missing</c>, <c>checkpoint-head-shorter</c>,
/// <c>checkpoint-head-different</c>.
/// </param>
/// <param name="Message">One line naming what broke, for the user.</param>
/// <param name="PatientId">Whose log, when the problem is one patient's.</param>
/// <param name="Seq">Which event, when the problem is one event.</param>
public sealed record LogProblem(string Code, string Message, PatientId? PatientId = null, long? Seq = null);
