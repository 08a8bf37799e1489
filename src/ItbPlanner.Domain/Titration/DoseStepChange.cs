using ItbPlanner.Domain.Quantities;

namespace ItbPlanner.Domain.Titration;

/// <summary>One dose change to check: when (a date or a label), the dose before and the dose after.</summary>
/// <param name="When">How the change is named in messages, e.g. its date.</param>
/// <param name="From">The daily dose before.</param>
/// <param name="To">The daily dose after.</param>
internal sealed record DoseStepChange(string When, MassFlow From, MassFlow To);
