using ItbPlanner.Application.Refills;
using ItbPlanner.Domain.ConcentrationChanges;
using ItbPlanner.Domain.Log;
using ItbPlanner.Domain.Refills;

namespace ItbPlanner.Application.Recording;

/// <summary>
/// What an entry would log, before anything is: the events in the order they would be appended (one transaction, all at
/// the entry's moment), what the clinician should know, and what was computed on the way (the fill's dates, the
/// reconciliation of the residual, the bridge for a new strength).
/// </summary>
/// <param name="Request">The entry.</param>
/// <param name="Events">The events to append, in order.</param>
/// <param name="MainIndex">Which of them is the entry itself (a new program at a refill comes before it, companions after).</param>
/// <param name="Notices">Alerts and notes for the clinician.</param>
/// <param name="History">The patient's log as it stood when previewed.</param>
/// <param name="FillPlan">The dates of a fill (implant, refill) as the refill calculator computes them, when it could.</param>
/// <param name="Reconciliation">A refill's residual reconciled with the log, when there was a fill and program to compare with.</param>
/// <param name="Bridge">A refill's bridge for a new strength.</param>
public sealed record EntryPreview(
    EntryRequest Request,
    IReadOnlyList<NewEvent> Events,
    int MainIndex,
    IReadOnlyList<Notice> Notices,
    IReadOnlyList<LogEvent> History,
    RefillPlan? FillPlan = null,
    Reconciled? Reconciliation = null,
    ConcentrationChangePlan? Bridge = null)
{
    /// <summary>The entry's own event.</summary>
    public NewEvent Main => Events[MainIndex];
}
