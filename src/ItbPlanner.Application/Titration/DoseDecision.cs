using ItbPlanner.Application.Patients;
using ItbPlanner.Domain.Protocols;
using ItbPlanner.Domain.Quantities;
using ItbPlanner.Domain.Workflow;

namespace ItbPlanner.Application.Titration;

/// <summary>What the protocol says about a new daily dose: allowed, allowed with a typed reason (a soft limit), or refused (a hard limit).</summary>
/// <param name="Verdict">The verdict.</param>
/// <param name="Reasons">The limits it meets: the soft limits to give a reason for, or the hard ones that refuse it.</param>
public sealed record DoseDecision(DoseVerdict Verdict, IReadOnlyList<string> Reasons)
{
    /// <summary>
    /// Checks a dose change against the workflow's guards (interval, hard ceiling, step limits; a decrease beyond the
    /// step limit, or a maintenance change beyond its limits, may go ahead with a reason) and the usual dose range
    /// (above it needs a reason).
    /// </summary>
    public static DoseDecision Evaluate(Protocol protocol, PatientFile file, TherapyCourse course, MassFlow dose, DateTimeOffset at)
    {
        if (!course.CanChangeDose(dose, at, null, out var unmet))
        {
            return course.CanChangeDose(dose, at, "a reason", out _)
                ? new DoseDecision(DoseVerdict.NeedsReason, unmet)
                : new DoseDecision(DoseVerdict.Refused, unmet);
        }

        var usual = protocol.LimitsFor(file.Patient.Population, course.Origin).UsualMaximum;
        return dose > usual.Value && !(course.CurrentDose is { } current && dose <= current)
            ? new DoseDecision(DoseVerdict.NeedsReason, [$"above the usual maximum of {usual.Cite()}"])
            : new DoseDecision(DoseVerdict.Allowed, []);
    }
}
