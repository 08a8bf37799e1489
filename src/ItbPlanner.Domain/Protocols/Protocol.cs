using ItbPlanner.Domain.Quantities;

namespace ItbPlanner.Domain.Protocols;

/// <summary>
/// A clinic's ITB protocol: every number a plan or an alarm uses, each with its source. Loaded from YAML outside the
/// domain, checked by <see cref="ProtocolValidator"/>; never built from numbers in code outside tests.
/// </summary>
/// <param name="Name">Human name, printed on every result.</param>
/// <param name="Version">The protocol's own version, printed on every result.</param>
/// <param name="Location">Where it was read (a file name), or a label for the bundled default.</param>
/// <param name="Strengths">Stocked baclofen strengths.</param>
/// <param name="Pumps">Pump models.</param>
/// <param name="Catheters">Catheter models.</param>
/// <param name="Refill">Refill scheduling.</param>
/// <param name="DoseLimits">Daily-dose limits per population.</param>
/// <param name="Screening">The screening trial.</param>
/// <param name="StartDose">The post-implant starting dose.</param>
/// <param name="Titration">Titration limits per origin.</param>
/// <param name="Maintenance">Maintenance-change limits per origin.</param>
/// <param name="Reconciliation">Residual reconciliation.</param>
/// <param name="ConcentrationChange">Concentration-change checks.</param>
/// <param name="Flex">Flex-schedule checks.</param>
public sealed record Protocol(
    string Name,
    string Version,
    string Location,
    IReadOnlyList<StockedStrength> Strengths,
    IReadOnlyList<PumpModel> Pumps,
    IReadOnlyList<CatheterModel> Catheters,
    RefillRules Refill,
    IReadOnlyList<DoseLimits> DoseLimits,
    ScreeningRules Screening,
    StartDoseRules StartDose,
    IReadOnlyList<TitrationRule> Titration,
    IReadOnlyList<MaintenanceRule> Maintenance,
    ReconciliationRules Reconciliation,
    ConcentrationChangeRules ConcentrationChange,
    FlexRules Flex)
{
    /// <summary>Checks on dose changes at high doses; null when the protocol file has none (then nothing is flagged).</summary>
    public HighDoseRules? HighDose { get; init; }

    /// <summary>How the log is kept (checkpoint age); null when the protocol file has none (then no reminder is given).</summary>
    public LogRules? Log { get; init; }

    /// <summary>How oral baclofen is weaned (<c>itb oral-wean</c>); null when the protocol file has none (then no wean is planned).</summary>
    public OralWeanRules? OralWean { get; init; }

    /// <summary>
    /// What identifies the protocol's content: a 128-bit hash of the text it was loaded from (<c>xxh128:</c> and lowercase
    /// hex), or null for a protocol built in code. A course snapshot read under another fingerprint is not used.
    /// </summary>
    public string? Fingerprint { get; init; }

    /// <summary>"Name version", printed on every result.</summary>
    public string Title => $"{Name} {Version}";

    /// <summary>Finds a pump model by id (exact, case-insensitive).</summary>
    public PumpModel? FindPump(string id) =>
        Pumps.FirstOrDefault(p => string.Equals(p.Id, id, StringComparison.OrdinalIgnoreCase));

    /// <summary>Finds a catheter model by id (exact, case-insensitive).</summary>
    public CatheterModel? FindCatheter(string id) =>
        Catheters.FirstOrDefault(c => string.Equals(c.Id, id, StringComparison.OrdinalIgnoreCase));

    /// <summary>The stocked strength equal to a concentration, if any.</summary>
    public StockedStrength? FindStrength(MassConcentration concentration) =>
        Strengths.FirstOrDefault(s => s.Concentration.Value == concentration);

    /// <summary>Dose limits for a population.</summary>
    /// <exception cref="KeyNotFoundException">The protocol has none (validation prevents this).</exception>
    public DoseLimits LimitsFor(Population population) =>
        DoseLimits.FirstOrDefault(l => l.Population == population)
        ?? throw new KeyNotFoundException($"The protocol has no dose limits for {population}.");

    /// <summary>
    /// Dose limits for a population with the usual range of <paramref name="origin"/> when the protocol gives that origin
    /// its own (adult cerebral 90–703 mcg/day); the population's own range for no origin.
    /// </summary>
    /// <exception cref="KeyNotFoundException">The protocol has none (validation prevents this).</exception>
    public DoseLimits LimitsFor(Population population, TitrationOrigin? origin) => LimitsFor(population).ForOrigin(origin);

    /// <summary>Titration rule for an origin.</summary>
    /// <exception cref="KeyNotFoundException">The protocol has none (validation prevents this).</exception>
    public TitrationRule TitrationFor(TitrationOrigin origin) =>
        Titration.FirstOrDefault(t => t.Origin == origin)
        ?? throw new KeyNotFoundException($"The protocol has no titration rule for {origin}.");

    /// <summary>Maintenance rule for an origin.</summary>
    /// <exception cref="KeyNotFoundException">The protocol has none (validation prevents this).</exception>
    public MaintenanceRule MaintenanceFor(TitrationOrigin origin) =>
        Maintenance.FirstOrDefault(t => t.Origin == origin)
        ?? throw new KeyNotFoundException($"The protocol has no maintenance rule for {origin}.");

    /// <summary>Screening schedule for a population.</summary>
    /// <exception cref="KeyNotFoundException">The protocol has none (validation prevents this).</exception>
    public ScreeningSchedule ScreeningFor(Population population) =>
        Screening.Schedules.FirstOrDefault(s => s.Population == population)
        ?? throw new KeyNotFoundException($"The protocol has no screening schedule for {population}.");
}
