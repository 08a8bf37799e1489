namespace ItbPlanner.Testing;

/// <summary>
/// The published stiff-person syndrome case (Zhang et al., J Rehabil Med Clin Commun; reference itb-dosing.md "Stiff person
/// syndrome") as <c>itb</c> command lines, in the order a clinic would enter them, all dated in 2026 before the test
/// clock's 2026-11-21: oral baclofen uptitrated to 15 mg TID and diazepam to 20 mg q6h; monthly SPS scores (distribution
/// of stiffness 0–6, heightened sensitivity 0–7); two IVIG courses of 2 g/kg at 62 kg over 5 days; the 50 mcg screening
/// bolus, positive with an 8 h effect; the implant at 100 mcg/day and titration in steps of at most 15 % to 186 mcg/day
/// simple continuous, each step transferred; then the oral baclofen wean planned by <c>itb oral-wean</c> (45 → 30 → 15
/// → 0 mg/day, a week apart, whole 15 mg tablets) and recorded as medication changes; diazepam reduced afterwards.
/// Each line lacks only <c>--db</c>. The dates and figures are the test's: the paper gives the drugs and doses, not
/// these days.
/// </summary>
public static class SpsPublishedCase
{
    /// <summary>The patient's id.</summary>
    public const string Patient = "SPS1";

    /// <summary>The wean planned for the case: <c>itb oral-wean</c> with these arguments gives 30, 15, 0 mg/day on 07-06, 07-13, 07-20.</summary>
    public static readonly string[] WeanPlan = ["oral-wean", "--from", "45mg/day", "--step", "34%", "--every", "7d", "--start", "2026-07-06", "--tablet", "15mg", "--json"];

    /// <summary>Every command line of the case, in order.</summary>
    public static IReadOnlyList<string[]> Commands { get; } =
    [
        ["patient", "add", "--id", Patient, "--population", "adult", "--origin", "sps", "--label", "SPS case", "--at", "2026-01-05T09:00"],

        // Oral baclofen and diazepam started, then uptitrated: baclofen 15 mg TID, diazepam 20 mg q6h.
        Scores("2026-01-05T09:30", 5, 6),
        Medication("baclofen", "10mg", "8h", "2026-01-05T10:00"),
        Medication("diazepam", "5mg", "6h", "2026-01-05T10:00"),
        Medication("baclofen", "15mg", "8h", "2026-01-19T10:00"),
        Medication("diazepam", "10mg", "6h", "2026-01-19T10:00"),
        Scores("2026-02-02T09:30", 5, 6),
        Medication("diazepam", "20mg", "6h", "2026-02-02T10:00"),

        // Two IVIG courses of 2 g/kg at 62 kg over 5 days (124 g, 24.8 g a day), with monthly scores.
        Record("ivig", "--dose-per-kg", "2g/kg", "--weight", "62kg", "--days", "5", "--at", "2026-02-09T09:00"),
        Scores("2026-03-02T09:30", 4, 5),
        Record("ivig", "--dose-per-kg", "2g/kg", "--weight", "62kg", "--days", "5", "--at", "2026-03-09T09:00"),
        Scores("2026-04-06T09:30", 4, 5),

        // The screening trial: baseline, the 50 mcg bolus, scores 8 h after it, positive.
        Scores("2026-05-11T08:30", 4, 5),
        Record("screening-bolus", "--dose", "50mcg", "--at", "2026-05-11T09:00"),
        Record("assessment", "--score", "sps-distribution-of-stiffness=1", "--score", "sps-heightened-sensitivity=2", "--after-bolus", "8h", "--at", "2026-05-11T17:00"),
        Record("screening-outcome", "--outcome", "positive", "--effect-hours", "8", "--at", "2026-05-11T17:05"),

        // Implant at the start dose (2 × 50 mcg), then titration every other day to 186 mcg/day, each step transferred.
        Record("implant", "--pump", "synchromed-ii-40", "--fill-volume", "40mL", "--concentration", "500mcg/mL", "--dose", "100mcg/day", "--mode", "simple-continuous", "--at", "2026-06-01T10:00"),
        Record("program-transferred", "--at", "2026-06-01T10:05"),
        .. Titration("115mcg/day", "2026-06-03"),
        .. Titration("132mcg/day", "2026-06-05"),
        .. Titration("150mcg/day", "2026-06-07"),
        .. Titration("170mcg/day", "2026-06-09"),
        .. Titration("186mcg/day", "2026-06-11"),

        // The oral baclofen wean of WeanPlan, recorded as medication changes: 15 mg BID, 15 mg daily, stopped.
        Scores("2026-07-06T09:30", 2, 3),
        Medication("baclofen", "15mg", "12h", "2026-07-06T10:00"),
        Medication("baclofen", "15mg", "24h", "2026-07-13T10:00"),
        Record("medication", "--drug", "baclofen", "--stop", "--at", "2026-07-20T10:00"),

        // Diazepam reduced once ITB holds; monthly scores.
        Scores("2026-08-03T09:30", 2, 2),
        Medication("diazepam", "10mg", "6h", "2026-08-03T10:00"),
        Scores("2026-09-07T09:30", 1, 2),
        Medication("diazepam", "5mg", "6h", "2026-09-07T10:00"),
        Scores("2026-10-05T09:30", 1, 1),
    ];

    private static string[] Record(string kind, params string[] args) => ["log", "record", kind, "--patient", Patient, .. args];

    private static string[] Medication(string drug, string dose, string every, string at) =>
        Record("medication", "--drug", drug, "--dose", dose, "--every", every, "--at", at);

    private static string[] Scores(string at, int stiffness, int sensitivity) =>
        Record("assessment", "--score", $"sps-distribution-of-stiffness={stiffness}", "--score", $"sps-heightened-sensitivity={sensitivity}", "--at", at);

    private static string[][] Titration(string dose, string day) =>
    [
        Record("dose-program", "--dose", dose, "--phase", "titration", "--reason", "titration", "--at", $"{day}T10:00"),
        Record("program-transferred", "--at", $"{day}T10:05"),
    ];
}
