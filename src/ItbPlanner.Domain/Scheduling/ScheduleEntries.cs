using System.Globalization;
using ItbPlanner.Domain.Alerts;
using ItbPlanner.Domain.Errors;
using ItbPlanner.Domain.Internal;
using ItbPlanner.Domain.Log;
using ItbPlanner.Domain.Log.Payloads;
using ItbPlanner.Domain.Log.Timeline;
using ItbPlanner.Domain.Protocols;
using ItbPlanner.Domain.Quantities;
using ItbPlanner.Domain.Refills;

namespace ItbPlanner.Domain.Scheduling;

/// <summary>Reads one patient's schedule row from their log.</summary>
internal static class ScheduleEntries
{
    /// <summary>The row, or null when no program is in force; and the site-verification alerts its dates used.</summary>
    public static (ScheduleEntry? Entry, IReadOnlyList<Alert> SiteAlerts) Read(TherapyRecord record, Protocol protocol, DateOnly today, TimeZoneInfo zone)
    {
        if (record.Program is not { } program)
        {
            return (null, []);
        }

        var patient = record.Patient;
        var alerts = new List<Alert>();
        var working = new List<string> { $"today = {today.Display()}", $"program in force: {Describe(program, zone)}" };
        var implant = record.LastImplant;
        var pumpId = record.PumpModelId;
        var interval = FillInterval.Read(record, zone, today);
        var (plan, site) = Plan(record, protocol, pumpId, interval, alerts, working);

        var urgency = Urgency(plan, today, alerts, working);
        urgency = CheckWithdrawalEmergency(record, zone, urgency, alerts, working);
        CheckRecordedDates(record, interval, plan, alerts, working);
        CheckSuspension(record, program, zone, alerts);
        CheckTransfer(record, zone, alerts);
        CheckConcentration(program, interval, alerts);
        var open = OpenAlarms(record, implant, interval, zone, alerts);
        var eri = Battery(record, implant, zone, alerts);
        if (patient.HasWithdrawalRisk)
        {
            var notes = patient.RiskNotes is { } text ? $" ({text})" : string.Empty;
            alerts.Add(Alert.Warning(
                AlertCodes.WithdrawalRisk,
                $"Withdrawal risk factors: {string.Join(", ", patient.WithdrawalRiskFactors.Select(LogCodes.Code))}{notes}. Never let this refill slip; make sure the patient and carers know the alarm date."));
        }

        var entry = new ScheduleEntry(
            patient.Id,
            patient.Label,
            pumpId,
            program,
            interval?.Fill,
            interval?.FillDate,
            plan?.AlarmDate,
            plan?.EmptyDate,
            plan?.WorstCaseEmptyDate,
            plan?.RefillByDate,
            plan?.BindingLimit,
            plan is null ? null : plan.RefillByDate.DayNumber - today.DayNumber,
            urgency,
            record.Dates,
            eri,
            patient.WithdrawalRiskFactors,
            patient.RiskNotes,
            open,
            [.. alerts.OrderByDescending(a => a.Severity)],
            working);
        return (entry, site);
    }

    private static (RefillPlan? Plan, IReadOnlyList<Alert> Site) Plan(TherapyRecord record, Protocol protocol, string? pumpId, FillInterval? interval, List<Alert> alerts, List<string> working)
    {
        var program = record.Program!;
        string why;
        if (interval is null)
        {
            why = "no fill (implant or refill) is recorded";
        }
        else if ((pumpId is null ? null : protocol.FindPump(pumpId)) is not { } pump)
        {
            why = pumpId is null ? "the patient's pump model is not recorded" : $"the pump model '{pumpId}' is not in the protocol";
        }
        else
        {
            working.AddRange(interval.Describe(interval.LastChange));
            var fill = interval.Fill;
            try
            {
                var plan = RefillCalculator.Plan(
                    new RefillRequest(
                        pump,
                        fill.Concentration,
                        DailyConsumption.FromProgram(program.Dose, program.Concentration, program.Rate, fill.Concentration),
                        interval.FillDate,
                        record.Patient.Population,
                        fill.Volume,
                        UsedSinceFill: interval.UseAsOf(interval.LastChange),
                        WithdrawalRisk: record.Patient.HasWithdrawalRisk,
                        Compounded: fill.Compounded,
                        FillRecorded: true),
                    protocol);
                working.AddRange(plan.Working);
                alerts.AddRange(plan.Alerts.Where(a => a.Severity > AlertSeverity.Info));
                return (plan, [.. plan.Alerts.Where(a => a.Code == AlertCodes.SiteSettingUnverified)]);
            }
            catch (ProtocolLimitException e)
            {
                alerts.Add(e.Blocking);
                why = e.Blocking.Message;
            }
            catch (InvalidInputException e)
            {
                why = e.Message;
            }
        }

        working.Add($"no dates: {why}");
        alerts.Add(Alert.Critical(
            AlertCodes.ScheduleDatesUnknown,
            $"The refill dates cannot be computed: {why}. Check patient {record.Patient.Id}'s log and the pump now."));
        return (null, []);
    }

    private static ScheduleUrgency Urgency(RefillPlan? plan, DateOnly today, List<Alert> alerts, List<string> working)
    {
        if (plan is null)
        {
            return ScheduleUrgency.DatesUnknown;
        }

        var (alarm, worst, refillBy) = (plan.AlarmDate, plan.WorstCaseEmptyDate, plan.RefillByDate);
        working.Add($"urgency: today {today.Display()} against refill-by {refillBy.Display()}, alarm {alarm.Display()}, worst-case empty {worst.Display()}");
        var danger = alarm < worst ? alarm : worst;
        if (today >= danger)
        {
            var which = alarm <= worst ? $"low-reservoir alarm date {alarm.Display()}" : $"worst-case empty date {worst.Display()}";
            alerts.Add(Alert.Critical(
                AlertCodes.PastAlarmDate,
                $"Today is on or after the {which}: the reservoir may be at its alarm volume or empty — withdrawal risk. Refill today and assess the patient for withdrawal."));
            return ScheduleUrgency.PastAlarmDate;
        }

        if (today > refillBy)
        {
            var late = today.DayNumber - refillBy.DayNumber;
            alerts.Add(Alert.Critical(
                AlertCodes.RefillOverdue,
                $"The refill was due by {refillBy.Display()} ({late} {(late == 1 ? "day" : "days")} ago); the pump alarms on {alarm.Display()} and may be empty by {worst.Display()}. Refill now."));
            return ScheduleUrgency.Overdue;
        }

        return ScheduleUrgency.Scheduled;
    }

    private static ScheduleUrgency CheckWithdrawalEmergency(TherapyRecord record, TimeZoneInfo zone, ScheduleUrgency urgency, List<Alert> alerts, List<string> working)
    {
        if (record.WithdrawalEmergency is not { } emergency)
        {
            return urgency;
        }

        var seq = emergency.Seq.ToString(CultureInfo.InvariantCulture);
        var action = emergency.Action is { } done ? $"; action recorded: {done}" : string.Empty;
        working.Add($"withdrawal emergency declared {LocalDate(emergency.At, zone).Display()} (event {seq}) and not resolved: listed first");
        alerts.Insert(0, Alert.Critical(
            AlertCodes.WithdrawalEmergencyOpen,
            $"A withdrawal emergency declared on {LocalDate(emergency.At, zone).Display()} (event {seq}) is still open: {emergency.Symptoms}{action}. " +
            "Treat it as a medical emergency: check the pump, catheter and reservoir (a refill is allowed now) and record its resolution when therapy resumes."));
        return ScheduleUrgency.WithdrawalEmergency;
    }

    private static void CheckRecordedDates(TherapyRecord record, FillInterval? interval, RefillPlan? plan, List<Alert> alerts, List<string> working)
    {
        if (record.Dates is not { } recorded || plan is null || interval is null)
        {
            return;
        }

        var seq = recorded.Seq.ToString(CultureInfo.InvariantCulture);
        var at = recorded.RecordedWith;
        if (recorded.Stale || at < interval.Fill.At)
        {
            working.Add($"dates recorded with event {seq} belong to {(recorded.Stale ? "a program since replaced" : "an earlier fill")}: not compared");
            return;
        }

        var differences = new List<string>();
        var later = false;
        foreach (var (name, logged, computed) in new[] { ("alarm date", recorded.AlarmDate, plan.AlarmDate), ("refill-by date", recorded.RefillByDate, plan.RefillByDate) })
        {
            if (logged is { } date && date != computed)
            {
                differences.Add($"{name} {date.Display()} recorded, {computed.Display()} recomputed");
                later |= date > computed;
            }
        }

        working.Add($"dates recorded with event {seq}: alarm {recorded.AlarmDate?.Display() ?? "—"}, refill-by {recorded.RefillByDate?.Display() ?? "—"}: {(differences.Count == 0 ? "match the recomputed dates" : "differ")}");
        if (differences.Count == 0)
        {
            return;
        }

        var message = $"The dates recorded with event {seq} differ from those recomputed from the last fill and program: {string.Join("; ", differences)}. " +
            "The schedule uses the recomputed dates; check the programmer's entries (a programmer defect or a typing slip)" +
            (later ? " — a recorded date later than the recomputed one could let the reservoir run low." : ".");
        alerts.Add(later ? Alert.Critical(AlertCodes.DatesDifferFromProgrammer, message) : Alert.Warning(AlertCodes.DatesDifferFromProgrammer, message));
    }

    private static void CheckSuspension(TherapyRecord record, ProgramInForce program, TimeZoneInfo zone, List<Alert> alerts)
    {
        if (!program.Suspended)
        {
            return;
        }

        var since = record.Doses.LastOrDefault(d => !d.Infusing);
        var when = since is null ? string.Empty : $" since {LocalDate(since.At, zone).Display()} (event {since.Seq.ToString(CultureInfo.InvariantCulture)})";
        alerts.Add(Alert.Critical(
            AlertCodes.TherapySuspended,
            $"Infusion is suspended{when}: the pump delivers no baclofen — withdrawal risk unless it is bridged (e.g. oral baclofen). The dates assume it runs again at {program.Rate.Display()} from the suspension."));
    }

    private static void CheckTransfer(TherapyRecord record, TimeZoneInfo zone, List<Alert> alerts)
    {
        if (record.PendingTransfer is not { } pending)
        {
            return;
        }

        alerts.Add(Alert.Critical(
            AlertCodes.ProgramNotTransferred,
            $"The {LogCodes.Code(pending.Kind)} of {LocalDate(pending.At, zone).Display()} (event {pending.Seq.ToString(CultureInfo.InvariantCulture)}) is not yet marked as transferred to the pump: "
            + "check the pump runs in the intended mode, then record program-transferred (a pump left stopped means withdrawal)."));
    }

    private static void CheckConcentration(ProgramInForce program, FillInterval? interval, List<Alert> alerts)
    {
        if (interval is null || interval.Fill.Concentration == program.Concentration)
        {
            return;
        }

        var fill = interval.Fill;
        var delivered = program.Rate * fill.Concentration;
        alerts.Add(Alert.Critical(
            AlertCodes.ProgramConcentrationMismatch,
            $"The reservoir was filled with {fill.Concentration.Display()} on {interval.FillDate.Display()} but the program in force is for {program.Concentration.Display()}: " +
            $"at {program.Rate.Display()} the pump delivers {delivered.Display()}, not the programmed {program.Dose.Display()}. Check the pump now and record the program set at the refill."));
    }

    private static AlarmRecord[] OpenAlarms(TherapyRecord record, LogEvent? implant, FillInterval? interval, TimeZoneInfo zone, List<Alert> alerts)
    {
        var open = record.Alarms
            .Where(a => !a.Acknowledged && (implant is null || a.At >= implant.OccurredAt))
            .Where(a => !(a.Alarm is AlarmType.LowReservoir or AlarmType.EmptyReservoir && interval is not null && a.At < interval.Fill.At))
            .ToArray();
        foreach (var alarm in open)
        {
            var message = $"The {LogCodes.Code(alarm.Alarm)} alarm raised on {LocalDate(alarm.At, zone).Display()} (event {alarm.Seq.ToString(CultureInfo.InvariantCulture)}) is not acknowledged: act on it, then record 'itb log record alarm-acknowledged'.";
            alerts.Add(alarm.Alarm is AlarmType.ElectiveReplacement or AlarmType.Other
                ? Alert.Warning(AlertCodes.AlarmUnacknowledged, message)
                : Alert.Critical(AlertCodes.AlarmUnacknowledged, message));
        }

        return open;
    }

    private static DateOnly? Battery(TherapyRecord record, LogEvent? implant, TimeZoneInfo zone, List<Alert> alerts)
    {
        var sinceImplant = record.Alarms.Where(a => implant is null || a.At >= implant.OccurredAt).ToArray();
        var eri = sinceImplant.FirstOrDefault(a => a.Alarm == AlarmType.ElectiveReplacement);
        var end = sinceImplant.FirstOrDefault(a => a.Alarm == AlarmType.EndOfService);
        if (end is not null)
        {
            alerts.Add(Alert.Critical(
                AlertCodes.BatteryReplacementDue,
                $"The pump reported end of service on {LocalDate(end.At, zone).Display()}: it has stopped — withdrawal risk. Replace it now."));
        }
        else if (eri is not null)
        {
            alerts.Add(Alert.Warning(
                AlertCodes.BatteryReplacementDue,
                $"The pump reported its elective replacement indicator on {LocalDate(eri.At, zone).Display()}: book the replacement before the battery runs out."));
        }

        return eri is null ? null : LocalDate(eri.At, zone);
    }

    private static string Describe(ProgramInForce program, TimeZoneInfo zone) =>
        $"{program.Dose.Display()} at {program.Concentration.Display()} = {program.Rate.Display()}, {LogCodes.Code(program.Mode)}, since {LocalDate(program.Since, zone).Display()} (event {program.Seq.ToString(CultureInfo.InvariantCulture)})"
        + (program.Suspended ? ", suspended" : string.Empty);

    private static DateOnly LocalDate(DateTimeOffset moment, TimeZoneInfo zone) => DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(moment, zone).DateTime);
}
