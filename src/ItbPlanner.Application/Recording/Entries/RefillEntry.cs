using ItbPlanner.Domain.Log;
using ItbPlanner.Domain.Log.Payloads;
using ItbPlanner.Domain.Quantities;

namespace ItbPlanner.Application.Recording.Entries;

/// <summary>
/// A refill: the residual aspirated, the volume and concentration put in. It is reconciled with the log first. A
/// concentration other than the program in force's needs <see cref="NewDose"/>, the daily dose at the new strength: the
/// new program is then logged before the refill, with the bridge for the old drug in the tubing and catheter.
/// </summary>
/// <param name="Aspirated">The residual drawn out of the reservoir (0 mL is valid).</param>
/// <param name="FillVolume">The volume put in.</param>
/// <param name="Concentration">The concentration put in.</param>
public sealed record RefillEntry(Volume Aspirated, Volume FillVolume, MassConcentration Concentration) : EntryDetails
{
    /// <inheritdoc/>
    public override EventKind Kind => EventKind.Refill;

    /// <summary>The drug's lot number.</summary>
    public string? Lot { get; init; }

    /// <summary>The refill is a compounded product (a strength not stocked).</summary>
    public bool Compounded { get; init; }

    /// <summary>The residual the programmer expected (default: reconciled from the log).</summary>
    public Volume? ExpectedResidual { get; init; }

    /// <summary>The low-reservoir alarm date from the programmer (default, with the refill-by date: computed from the fill and the program).</summary>
    public DateOnly? AlarmDate { get; init; }

    /// <summary>The date the next refill must happen by (from the programmer).</summary>
    public DateOnly? RefillByDate { get; init; }

    /// <summary>The daily dose of the program the refill runs under, when it changes (at a new strength it must be given).</summary>
    public MassFlow? NewDose { get; init; }

    /// <summary>The site-verified dead space of the pump tubing and catheter, for the bridge (default: from the patient's pump and catheter).</summary>
    public Volume? DeadSpace { get; init; }

    /// <summary>
    /// Whether <see cref="NewDose"/> may change the dose at the strength in force (a visit that changes the dose at the
    /// refill); otherwise a dose change is its own dose program and only a new strength takes a new dose.
    /// </summary>
    public bool DoseChangeAllowed { get; init; }

    /// <summary>Titration is complete: the program is logged as maintenance from this refill.</summary>
    public bool EnterMaintenance { get; init; }

    /// <summary>Which limits the new program is held to (default: the course's current phase).</summary>
    public DosePhase? ProgramPhase { get; init; }

    /// <summary>Why a limit is overridden by the new program; logged with it.</summary>
    public string? OverrideReason { get; init; }

    /// <summary>
    /// The codes of critical alerts the clinician has already acknowledged at this visit (logged then): they are not
    /// logged again as open alarms with the refill.
    /// </summary>
    public IReadOnlyCollection<string> AcknowledgedAlerts { get; init; } = [];
}
