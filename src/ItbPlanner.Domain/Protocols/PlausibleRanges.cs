using ItbPlanner.Domain.Quantities;

namespace ItbPlanner.Domain.Protocols;

/// <summary>
/// The plausible range of every protocol value (issue 12): <see cref="ProtocolValidator"/> refuses a protocol with a value
/// outside, at the value's <c>file:line</c>. The ranges hold every figure in the reference (itb-dosing.md, cited by key)
/// with room for a clinic's own choice, and catch slips such as a dose resolution of 1e-28 mcg/day or 5000 mcg/day, a
/// margin of 100,000,000 days, a step of 0.0000001 %. They are not clinical limits: the protocol's own values are those.
/// protocols/README.md lists them; a test keeps the two in step.
/// </summary>
public static class PlausibleRanges
{
    /// <summary>No site verified a value for ItbPlanner before this date; an earlier <c>verifiedOn</c> is a slip.</summary>
    public static readonly DateOnly EarliestVerification = new(2000, 1, 1);

    /// <summary>A baclofen strength: stocked, screening, or a pump's labelled minimum and maximum.</summary>
    public static PlausibleRange<MassConcentration> Concentration { get; } = new(
        MassConcentration.FromMicrogramsPerMilliliter(10),
        MassConcentration.FromMicrogramsPerMilliliter(5000),
        "products are 50, 500, 1000 and 2000 mcg/mL (LIORESAL-AMPULES, GABLOFEN-MPR); room for dilutions and compounded strengths");

    /// <summary>A pump's reservoir.</summary>
    public static PlausibleRange<Volume> PumpCapacity { get; } = new(
        Volume.FromMilliliters(1),
        Volume.FromMilliliters(100),
        "implanted reservoirs hold 20 or 40 mL (MDT-IFP, PROMETRA-MRI), a constant-flow pump about 30 mL (CODMAN)");

    /// <summary>A low-reservoir alarm volume, and the alarm volume for patients with withdrawal risk.</summary>
    public static PlausibleRange<Volume> AlarmVolume { get; } = new(
        Volume.FromMilliliters(0.5m),
        Volume.FromMilliliters(20),
        "alarms sound at 2 mL (NSURG-2004) or 3 mL (PROMETRA-PTC), 4 mL for withdrawal risk (NSURG-2004)");

    /// <summary>The residual a pump cannot deliver.</summary>
    public static PlausibleRange<Volume> NonDeliverableVolume { get; } = new(
        Volume.Zero,
        Volume.FromMilliliters(5),
        "SynchroMed II keeps at most 1.4 mL it cannot deliver (Medtronic product table); none is published for Prometra II");

    /// <summary>A pump's flow accuracy.</summary>
    public static PlausibleRange<Percentage> PumpAccuracy { get; } = new(
        new Percentage(0),
        new Percentage(50),
        "SynchroMed II +/-14.5 % (HK-MDD), Prometra II 85-115 % of programmed (instructions for use)");

    /// <summary>A programmable pump's lowest rate.</summary>
    public static PlausibleRange<VolumeFlow> MinimumRate { get; } = new(
        VolumeFlow.FromMillilitersPerDay(0.001m),
        VolumeFlow.FromMillilitersPerDay(1),
        "SynchroMed II 0.048 mL/day (Medtronic product table); daily volumes are about 0.2-0.8 mL/day (itb-dosing.md 10.1)");

    /// <summary>A constant-flow pump's fixed rate.</summary>
    public static PlausibleRange<VolumeFlow> FixedRate { get; } = new(
        VolumeFlow.FromMillilitersPerDay(0.1m),
        VolumeFlow.FromMillilitersPerDay(10),
        "constant-flow pumps run at about 1 mL/day (itb-dosing.md 10.8); their rates are site-verified (CODMAN)");

    /// <summary>A pump's internal tubing volume.</summary>
    public static PlausibleRange<Volume> TubingDeadSpace { get; } = new(
        Volume.FromMilliliters(0.001m),
        Volume.FromMilliliters(2),
        "pump tubing holds a fraction of a mL (dead-space volumes are site-verified: MDT-EL); 2 mL is as much as an alarm volume");

    /// <summary>The most flex steps a pump allows in a day.</summary>
    public static PlausibleRange<int> MaxFlexSteps { get; } = new(
        1,
        48,
        "SynchroMed II allows 13 changes a day (FUNCNEURO, MDT-FLEX); 48 is a change every half hour");

    /// <summary>A catheter's volume per centimetre.</summary>
    public static PlausibleRange<Volume> CatheterVolumePerCm { get; } = new(
        Volume.FromMilliliters(0.0005m),
        Volume.FromMilliliters(0.02m),
        "the Prometra II catheter holds 0.0026 mL/cm (PROMETRA-CATH); a catheter 0.25-1.6 mm inside holds 0.0005-0.02 mL/cm",
        "/cm");

    /// <summary>A catheter's length before trimming.</summary>
    public static PlausibleRange<decimal> CatheterLength { get; } = new(
        10m,
        200m,
        "Prometra II 110 cm (PROMETRA-CATH), Medtronic 8709SC 89 cm (Medtronic product page)",
        "cm");

    /// <summary>Days booked before the alarm date.</summary>
    public static PlausibleRange<int> MarginDays { get; } = new(
        0,
        60,
        "clinics book 3-10 days before the alarm (GILLETTE-REFILL, GILLETTE-FOLLOWUP), a week more for travel (MDT-PUMPMGMT); refills are 4-12 weeks apart (MEDSCAPE-MAINT)",
        "days");

    /// <summary>The most days the drug may stay in a pump.</summary>
    public static PlausibleRange<int> StabilityLimitDays { get; } = new(
        1,
        365,
        "180 days in a SynchroMed II (STAB-367), 11 weeks for the original SynchroMed and 28 days for Infusaid (CHEO); no source allows a year",
        "days");

    /// <summary>The most days the newest signed checkpoint of the log may age before a reminder.</summary>
    public static PlausibleRange<int> CheckpointMaxAgeDays { get; } = new(
        1,
        365,
        "ItbPlanner default 7 days; a checkpoint anchors the log against rewriting, so a year without one leaves a year unanchored",
        "days");

    /// <summary>An oral baclofen wean step, as a percentage of the starting daily dose: the minimum or the maximum.</summary>
    public static PlausibleRange<Percentage> OralWeanStep { get; } = new(
        new Percentage(5),
        new Percentage(75),
        "oral baclofen is weaned in steps of 25-50 % (SAULINO-CMSC); a step of three quarters is already close to stopping at once");

    /// <summary>The oral baclofen daily ceiling.</summary>
    public static PlausibleRange<MassFlow> OralCeiling { get; } = new(
        MassFlow.FromMilligramsPerDay(10),
        MassFlow.FromMilligramsPerDay(200),
        "the label maximum is 80 mg/day (DRUGS.COM), the UK maximum 100 mg/day (UK-HIGHLAND)");

    /// <summary>A dose limit: a usual minimum or maximum (a population's or an origin's), or a hard ceiling.</summary>
    public static PlausibleRange<MassFlow> DoseLimit { get; } = new(
        MassFlow.FromMicrogramsPerDay(10),
        MassFlow.FromMicrogramsPerDay(3000),
        "reported daily doses span 12-2000 mcg/day (MEDSCAPE-MAINT, GABLOFEN-MPR; the label as quoted says 2003); 3000 is above every published ceiling");

    /// <summary>A screening bolus: a schedule's, the small-child start, or the maximum.</summary>
    public static PlausibleRange<Mass> ScreeningBolus { get; } = new(
        Mass.FromMicrograms(10),
        Mass.FromMicrograms(200),
        "boluses are 25 (very small children), 50, 75 and 100 mcg; 100 mcg is the ceiling (SKYSCAPE, NINEMEDS, CRITCARE)");

    /// <summary>Least time between two screening boluses, or between two titration steps.</summary>
    public static PlausibleRange<Duration> StepInterval { get; } = new(
        Duration.FromHours(1),
        Duration.FromHours(168),
        "boluses and titration steps are 24 h apart (DRUGS.COM, SAULINO-2016); outpatients may step weekly (SAULINO-2016)");

    /// <summary>How long a screening bolus is observed.</summary>
    public static PlausibleRange<Duration> Observation { get; } = new(
        Duration.FromHours(1),
        Duration.FromHours(72),
        "a bolus acts 4-8 h (LIORESAL-SCREEN, CLUSTERMED); an overdose may last up to 72 h (DRUGLIB-OD)");

    /// <summary>The starting dose's multiple of the effective screening bolus.</summary>
    public static PlausibleRange<decimal> StartMultiplier { get; } = new(
        0.5m,
        2m,
        "start at 2 x the bolus per 24 h, an upper bound (SKYSCAPE, MEDSCAPE-DOSE), 1 x after a long effect, lower in tenuous cases (SAULINO-2016)");

    /// <summary>The screening effect after which the start dose is 1 x the bolus.</summary>
    public static PlausibleRange<Duration> LongEffectThreshold { get; } = new(
        Duration.FromHours(1),
        Duration.FromHours(24),
        "8 h (SKYSCAPE, CHEO, LABEL-COPY); a bolus acts 4-8 h (LIORESAL-SCREEN)");

    /// <summary>How long after the implant no increase is allowed.</summary>
    public static PlausibleRange<Duration> PostImplantHold { get; } = new(
        Duration.Zero,
        Duration.FromHours(168),
        "no increase in the first 24 h (SKYSCAPE); a week at most");

    /// <summary>A dose change per step or visit: titration increases and decreases, maintenance limits, the high-dose step.</summary>
    public static PlausibleRange<Percentage> DoseChange { get; } = new(
        new Percentage(1),
        new Percentage(50),
        "titration steps are 5-30 % (SAULINO-2016), maintenance changes up to 40 % (label), decreases 10-20 % (SKYSCAPE), 20 % is large at high doses (SAULINO-CMSC)");

    /// <summary>The resolution proposed doses are rounded to.</summary>
    public static PlausibleRange<MassFlow> DoseResolution { get; } = new(
        MassFlow.FromMicrogramsPerDay(0.01m),
        MassFlow.FromMicrogramsPerDay(10),
        "ItbPlanner rounds to 0.1 mcg/day; 10 mcg/day is already a tenth of a low dose");

    /// <summary>The residual discrepancy flagged whatever the pump's accuracy.</summary>
    public static PlausibleRange<Volume> ReconciliationTolerance { get; } = new(
        Volume.FromMilliliters(0.1m),
        Volume.FromMilliliters(10),
        "1 mL for a 20 mL pump, 2 mL for a 40 mL pump (MAINO-2017, ASRA-2017)");

    /// <summary>How far an unbridged dose may differ from the intended one.</summary>
    public static PlausibleRange<Percentage> UnbridgedDoseTolerance { get; } = new(
        new Percentage(1),
        new Percentage(50),
        "ItbPlanner default 10 %; no published threshold (SAULINO-2016: bridge every concentration change)");

    /// <summary>The rise between flex steps that is flagged.</summary>
    public static PlausibleRange<Percentage> FlexStepJump { get; } = new(
        new Percentage(10),
        new Percentage(1000),
        "ItbPlanner default 100 %; no published limit on the rise between flex steps");

    /// <summary>A name or a short text: the protocol's name and version, a pump's or catheter's name, a product, an assessment.</summary>
    public static PlausibleRange<int> ShortText { get; } = new(1, 200, "a name is printed on every result", "characters");

    /// <summary>The definition of a positive screening response.</summary>
    public static PlausibleRange<int> LongText { get; } = new(1, 1000, "a definition is printed in the screening plan", "characters");
}
