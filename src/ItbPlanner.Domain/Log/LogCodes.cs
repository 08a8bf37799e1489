using ItbPlanner.Domain.Errors;
using ItbPlanner.Domain.Internal;
using ItbPlanner.Domain.Log.Payloads;
using ItbPlanner.Domain.Protocols;

namespace ItbPlanner.Domain.Log;

/// <summary>
/// The stable kebab-case codes of every enum the log stores: event kinds, origins, risk factors, populations and the
/// payload enums. The same codes appear on the command line, in JSON payloads, in hashes and in exports. A code, once
/// published, never changes.
/// </summary>
public static class LogCodes
{
    private static readonly Dictionary<Type, object> Tables = new()
    {
        [typeof(EventKind)] = new CodeTable<EventKind>(
            "event kind",
            (EventKind.PatientRegistered, "patient-registered"),
            (EventKind.ScreeningBolus, "screening-bolus"),
            (EventKind.Assessment, "assessment"),
            (EventKind.ScreeningOutcome, "screening-outcome"),
            (EventKind.Implant, "implant"),
            (EventKind.DoseProgram, "dose-program"),
            (EventKind.Refill, "refill"),
            (EventKind.AlarmRaised, "alarm-raised"),
            (EventKind.AlarmAcknowledged, "alarm-acknowledged"),
            (EventKind.Note, "note"),
            (EventKind.Correction, "correction"),
            (EventKind.PatientUpdated, "patient-updated"),
            (EventKind.ScreeningScheduled, "screening-scheduled"),
            (EventKind.ImplantScheduled, "implant-scheduled"),
            (EventKind.TherapySuspended, "therapy-suspended"),
            (EventKind.TherapyResumed, "therapy-resumed"),
            (EventKind.Explant, "explant"),
            (EventKind.WithdrawalEmergency, "withdrawal-emergency"),
            (EventKind.ProgramTransferred, "program-transferred"),
            (EventKind.CandidacyDeclined, "candidacy-declined"),
            (EventKind.Medication, "medication"),
            (EventKind.Ivig, "ivig"),
            (EventKind.PlasmaExchange, "plasma-exchange")),
        [typeof(SpasticityOrigin)] = new CodeTable<SpasticityOrigin>(
            "origin",
            (SpasticityOrigin.Spinal, "spinal"),
            (SpasticityOrigin.Cerebral, "cerebral"),
            (SpasticityOrigin.StiffPersonSyndrome, "sps"),
            (SpasticityOrigin.Other, "other")),
        [typeof(WithdrawalRiskFactor)] = new CodeTable<WithdrawalRiskFactor>(
            "withdrawal risk factor",
            (WithdrawalRiskFactor.SpinalCordInjuryT6OrAbove, "sci-t6-or-above"),
            (WithdrawalRiskFactor.CommunicationDifficulty, "communication-difficulty"),
            (WithdrawalRiskFactor.PreviousWithdrawal, "previous-withdrawal")),
        [typeof(Population)] = new CodeTable<Population>(
            "population",
            (Population.Adult, "adult"),
            (Population.Child, "child")),
        [typeof(DeliveryMode)] = new CodeTable<DeliveryMode>(
            "delivery mode",
            (DeliveryMode.SimpleContinuous, "simple-continuous"),
            (DeliveryMode.Flex, "flex")),
        [typeof(DosePhase)] = new CodeTable<DosePhase>(
            "dose phase",
            (DosePhase.Titration, "titration"),
            (DosePhase.Maintenance, "maintenance")),
        [typeof(TrialOutcome)] = new CodeTable<TrialOutcome>(
            "screening outcome",
            (TrialOutcome.Positive, "positive"),
            (TrialOutcome.Negative, "negative")),
        [typeof(ScreeningRoute)] = new CodeTable<ScreeningRoute>(
            "screening route",
            (ScreeningRoute.LumbarPuncture, "lumbar-puncture"),
            (ScreeningRoute.SpinalCatheter, "spinal-catheter")),
        [typeof(AlarmType)] = new CodeTable<AlarmType>(
            "alarm",
            (AlarmType.LowReservoir, "low-reservoir"),
            (AlarmType.EmptyReservoir, "empty-reservoir"),
            (AlarmType.ElectiveReplacement, "elective-replacement"),
            (AlarmType.EndOfService, "end-of-service"),
            (AlarmType.MotorStall, "motor-stall"),
            (AlarmType.Other, "other"),
            (AlarmType.SafetyAlert, "safety-alert")),
    };

    /// <summary>The code of a value, e.g. <c>dose-program</c> for <see cref="EventKind.DoseProgram"/>.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The value is not a defined member.</exception>
    /// <exception cref="ArgumentException">The enum has no code table.</exception>
    public static string Code<TEnum>(TEnum value)
        where TEnum : struct, Enum => Table<TEnum>().CodeOf(value);

    /// <summary>Reads a code (case-insensitive).</summary>
    /// <exception cref="InvalidInputException">Not a known code; the message lists the accepted ones.</exception>
    public static TEnum Parse<TEnum>(string? text)
        where TEnum : struct, Enum => Table<TEnum>().Parse(text);

    /// <summary>Reads a code (case-insensitive), without throwing.</summary>
    public static bool TryParse<TEnum>(string? text, out TEnum value)
        where TEnum : struct, Enum => Table<TEnum>().TryParse(text, out value);

    /// <summary>Every code of an enum, in declaration order, e.g. for help text.</summary>
    public static IReadOnlyList<string> All<TEnum>()
        where TEnum : struct, Enum => Table<TEnum>().Codes;

    /// <summary>Throws when a value has no code (an undefined member cast from an integer).</summary>
    internal static void Check<TEnum>(TEnum value, string what)
        where TEnum : struct, Enum
    {
        if (!Table<TEnum>().IsDefined(value))
        {
            throw new InvalidInputException(what, $"{value} is not a known {what}; expected one of: {string.Join(", ", All<TEnum>())}.");
        }
    }

    internal static CodeTable<TEnum> Table<TEnum>()
        where TEnum : struct, Enum =>
        Tables.TryGetValue(typeof(TEnum), out var table)
            ? (CodeTable<TEnum>)table
            : throw new ArgumentException($"{typeof(TEnum).Name} has no log codes.", nameof(TEnum));
}
