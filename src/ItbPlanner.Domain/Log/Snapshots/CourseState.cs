using System.Globalization;
using ItbPlanner.Domain.Assessments;
using ItbPlanner.Domain.Log.Timeline;
using ItbPlanner.Domain.Protocols;
using ItbPlanner.Domain.Quantities;
using ItbPlanner.Domain.Workflow;

namespace ItbPlanner.Domain.Log.Snapshots;

// The compact form of a course snapshot: plain records the source-generated JSON context writes and reads (no reflection,
// Native AOT safe). Nothing here is history: every field is derived from the log and may be thrown away.

/// <summary>A snapshot as stored: its format version, the protocol it was read under, the chain head it was read up to, and the record.</summary>
internal sealed record SnapshotBody(int Version, string Protocol, string PatientId, long HeadSeq, string HeadHash, RecordState Record);

/// <summary>What <see cref="TherapyRecord"/> holds when resumable (the bounded reading: newest fill, doses from the one in force at it).</summary>
internal sealed record RecordState(
    Patient Patient,
    DateTimeOffset? RegisteredAt,
    DateTimeOffset Newest,
    EventState? LastImplant,
    IReadOnlyList<DoseStep> Doses,
    IReadOnlyList<FillRecord> Fills,
    IReadOnlyList<AlarmRecord> Alarms,
    ProgramInForce? Program,
    PlannedDates? Dates,
    PendingTransfer? PendingTransfer,
    OpenWithdrawalEmergency? WithdrawalEmergency,
    CourseState? Course,
    string? CourseProblem,
    IReadOnlyList<string> Strays);

/// <summary>A stored event kept whole (the newest implant, whose payload views read).</summary>
internal sealed record EventState(
    long Seq,
    DateTimeOffset OccurredAt,
    DateTimeOffset RecordedAt,
    string Author,
    EventKind Kind,
    string PayloadJson,
    string? Reason,
    long? CorrectsSeq,
    string PrevHash,
    string Hash)
{
    public static EventState Of(LogEvent e) => new(e.Seq, e.OccurredAt, e.RecordedAt, e.Author, e.Kind, e.PayloadJson, e.Reason, e.CorrectsSeq, e.PrevHash, e.Hash);

    public LogEvent ToEvent(PatientId patient) => new(patient, Seq, OccurredAt, RecordedAt, Author, Kind, PayloadJson, Reason, CorrectsSeq, PrevHash, Hash);
}

/// <summary>A <see cref="TherapyCourse"/>'s state.</summary>
internal sealed record CourseState(
    DateTimeOffset OpenedAt,
    Population Population,
    TitrationOrigin Origin,
    TherapyPhase Phase,
    DateTimeOffset LastAt,
    IReadOnlyList<ObservationState> Observations,
    IReadOnlyList<long> OpenAlarms,
    ScoresState? PendingBaseline,
    OutcomeState? Outcome,
    DateTimeOffset? InfusionStartedAt,
    DateTimeOffset? LastIncreaseAt,
    MassFlow? DoseBeforeInterruption,
    MassFlow? CurrentDose,
    DateOnly? ScreeningDate,
    DateOnly? ImplantDate);

/// <summary>A screening bolus and the scores read after it.</summary>
internal sealed record ObservationState(Mass Dose, DateTimeOffset GivenAt, ScoresState? Baseline, IReadOnlyList<TimedScoresState> AfterBolus);

/// <summary>Scores some time after a bolus.</summary>
internal sealed record TimedScoresState(Duration AfterBolus, ScoresState Scores);

/// <summary>The screening's outcome.</summary>
internal sealed record OutcomeState(DateTimeOffset At, ScreeningResponse Response, Duration Effect, bool AdverseReaction);

/// <summary>Assessment scores by their own codes (as the log's assessments write them).</summary>
internal sealed record ScoresState(string? ModifiedAshworth, string? PennSpasmFrequency, string? SpsDistributionOfStiffness, string? SpsHeightenedSensitivity)
{
    public static ScoresState? Of(AssessmentScores? scores) => scores is null
        ? null
        : new(Text(scores.ModifiedAshworth), Text(scores.PennSpasmFrequency), Text(scores.SpsDistributionOfStiffness), Text(scores.SpsHeightenedSensitivity));

    public AssessmentScores Scores() => new(
        Parse<ModifiedAshworth>(ModifiedAshworth),
        Parse<PennSpasmFrequency>(PennSpasmFrequency),
        Parse<SpsDistributionOfStiffness>(SpsDistributionOfStiffness),
        Parse<SpsHeightenedSensitivity>(SpsHeightenedSensitivity));

    private static string? Text<T>(T? score)
        where T : struct => score?.ToString();

    private static T? Parse<T>(string? text)
        where T : struct, IParsable<T> => text is null ? null : T.Parse(text, CultureInfo.InvariantCulture);
}
