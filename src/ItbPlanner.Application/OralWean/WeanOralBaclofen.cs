using ItbPlanner.Application.Patients;
using ItbPlanner.Application.Recording.Entries;
using ItbPlanner.Application.Time;
using ItbPlanner.Domain.Alerts;
using ItbPlanner.Domain.Errors;
using ItbPlanner.Domain.Medication;
using ItbPlanner.Domain.OralWean;
using ItbPlanner.Domain.Protocols;
using ItbPlanner.Domain.Quantities;

namespace ItbPlanner.Application.OralWean;

/// <summary>
/// An oral baclofen wean step at a visit: oral baclofen in force read from the log, the plan to zero on the protocol's
/// oral-wean rules (<see cref="OralWeanPlanner"/>), and the one change taken now, logged as a <c>medication</c> entry at
/// the visit's moment. Each later step is taken at a later visit, after the patient is reassessed: a step sooner than
/// the protocol's reassessment interval after the last oral baclofen change is refused.
/// </summary>
/// <param name="protocol">The protocol in force.</param>
/// <param name="clock">The clinic's clock: the visit's local day.</param>
public sealed class WeanOralBaclofen(Protocol protocol, TimeProvider clock)
{
    /// <summary>The oral-wean rules, or null when the protocol has none.</summary>
    public OralWeanRules? Rules => protocol.OralWean;

    /// <summary>
    /// Whether a wean step can be taken at <paramref name="at"/>, with oral baclofen in force then; <paramref name="reasons"/>
    /// says why not: a protocol without oral-wean rules first (nothing can be planned), then what the log holds (see
    /// <see cref="OralBaclofenLog.CanWean"/>).
    /// </summary>
    public bool CanWean(PatientFile file, DateTimeOffset at, out OralBaclofenInForce? inForce, out IReadOnlyList<string> reasons)
    {
        ArgumentNullException.ThrowIfNull(file);
        if (protocol.OralWean is null)
        {
            inForce = null;
            reasons = [$"the protocol {protocol.Title} has no oral-wean rules: a wean is planned only on the protocol's rules"];
            return false;
        }

        return OralBaclofenLog.CanWean(file, out inForce, out reasons, at);
    }

    /// <summary>Whether a wean step can be taken now (the clinic's clock), with oral baclofen in force now; <paramref name="reasons"/> says why not.</summary>
    public bool CanWean(PatientFile file, out OralBaclofenInForce? inForce, out IReadOnlyList<string> reasons) =>
        CanWean(file, clock.GetUtcNow(), out inForce, out reasons);

    /// <summary>
    /// Why a step at <paramref name="at"/> comes too soon after the last oral baclofen change (sooner than the protocol's
    /// reassessment interval), in words; null when it does not, or when the protocol has no oral-wean rules.
    /// </summary>
    public string? TooSoon(OralBaclofenInForce inForce, DateTimeOffset at)
    {
        ArgumentNullException.ThrowIfNull(inForce);
        if (protocol.OralWean is not { } rules)
        {
            return null;
        }

        // Exact: whole ticks against the interval's hours in ticks (decimal), never a floating-point count of hours.
        var since = at - inForce.Since;
        return since.Ticks < rules.ReassessAfter.Value.Hours * TimeSpan.TicksPerHour
            ? $"Oral baclofen last changed {Hours(since)} before this visit, less than the protocol's reassessment interval of {rules.ReassessAfter.Value}: reassess the patient before the next step."
            : null;
    }

    /// <summary>The plan and this visit's step.</summary>
    /// <exception cref="InvalidInputException">A start outside what the log supports, an impossible step, interval or tablet, or a daily total that does not split into equal doses.</exception>
    /// <exception cref="ProtocolLimitException">A step outside the protocol's range, steps closer than its reassessment interval, or this step too soon after the last change.</exception>
    public OralWeanVisitPlan Plan(OralWeanVisitRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        var now = request.InForce;
        if (request.From < now.DailyTotal)
        {
            throw new InvalidInputException("wean from", $"A wean starts from the daily total in force ({now.DailyTotal.Display()}) or the one it started from; got {request.From.Display()}.");
        }

        if (request.From > now.WeanFrom)
        {
            throw new InvalidInputException("wean from", now.Weaning
                ? $"The log shows this wean started from {now.WeanFrom.Display()}: a start of {request.From.Display()} would make bigger steps than the log supports."
                : $"The daily total in force is {now.DailyTotal.Display()}: a wean starts from it, not from {request.From.Display()}.");
        }

        var visitDay = clock.LocalDate(request.At);
        if (request.Start > visitDay)
        {
            throw new InvalidInputException("start", $"The first reduced dose is logged at a visit when it happens: a wean starting on {request.Start:yyyy-MM-dd} starts after this visit ({visitDay:yyyy-MM-dd}).");
        }

        var plan = OralWeanPlanner.Plan(protocol, new OralWeanRequest(request.From, request.Start, request.Step, request.Every, request.Tablets));
        var rules = protocol.OralWean!;
        if (TooSoon(now, request.At) is { } tooSoon)
        {
            var alert = Alert.Critical(AlertCodes.OralWeanStepTooSoon, tooSoon);
            throw new ProtocolLimitException(alert, [alert], plan.Working);
        }

        // Steps already taken keep the plan's dates; this visit's step is today's, and each later one follows it at the
        // chosen pace (a delayed visit moves the rest of the wean, never brings a step closer to the one before). The plan
        // itself is re-dated, so the table, its working and the review show one date for each step and for zero.
        var nowIndex = plan.Steps.ToList().FindIndex(s => s.DailyDose < now.DailyTotal);
        plan = plan.Redated(
            [.. plan.Steps.Select((s, i) => i < nowIndex ? s.Date : visitDay.AddDays((i - nowIndex) * plan.DaysApart))],
            $"steps taken keep their days; this visit's step is on {visitDay:yyyy-MM-dd} and each later one follows it every {plan.DaysApart} day(s)");
        var next = plan.Steps[nowIndex];
        var rows = plan.Steps.Select((s, i) =>
        {
            var each = s.DailyDose > MassFlow.Zero ? EachDose(s.DailyDose, now.Every) : (Mass?)null;
            return new OralWeanStepRow(
                i + 1,
                s,
                s.Date,
                each,
                each is { } dose && plan.Tablets.Count > 0 ? TabletDoses.Make(dose, plan.Tablets) ?? [] : [],
                i < nowIndex ? OralWeanStepStatus.Taken : i == nowIndex ? OralWeanStepStatus.Now : OralWeanStepStatus.Later);
        }).ToList();
        var row = rows.Single(r => r.Status == OralWeanStepStatus.Now);
        var working = new List<string>(plan.Working);
        var described = $"oral wean step {row.Number} of {rows.Count}: {now.DailyTotal.Display()} → {(row.EachDose is null ? "stopped" : next.DailyDose.Display())} (steps of {plan.Step} of {plan.From.Display()}, one every {plan.DaysApart} day(s))";

        // Every step still to take must be a dose that can be given at the interval in force, and, when tablets are
        // given, one made of whole tablets: a plan that shows 13.3 mg for 40 mg/day in three doses, or 7.5 mg from 10 mg
        // tablets, would be refused (or given wrong) at the later visit, so it is refused now, on the tablets.
        foreach (var toTake in rows.Where(r => r.Status != OralWeanStepStatus.Taken))
        {
            if (toTake.EachDose is not { } dose)
            {
                continue;
            }

            if (Mg(dose) * 24m / now.Every.Hours != toTake.Step.DailyDose.MilligramsPerDay)
            {
                throw new InvalidInputException("tablet", $"Step {toTake.Number}'s {toTake.Step.DailyDose.Display()} does not split into equal doses every {now.Every.Display()} ({toTake.Step.DailyDose.Display()} × {now.Every.Display()} ÷ 24 h has no exact decimal): choose tablets or a step that make every daily total divide into the doses.");
            }

            if (plan.Tablets.Count > 0 && toTake.DoseTablets.Count == 0)
            {
                throw new InvalidInputException("tablet", $"Step {toTake.Number}'s {toTake.Step.DailyDose.Display()} every {now.Every.Display()} is {dose.Display()} a dose, which {string.Join(" and ", plan.Tablets.Select(t => t.Display()))} tablets cannot make: choose other tablets or another step (each dose keeps the interval in force).");
            }
        }

        MedicationEntry entry;
        if (row.EachDose is { } each)
        {
            working.Add($"This visit: step {row.Number} of {rows.Count}, {now.DailyTotal.Display()} → {next.DailyDose.Display()}; each dose {each.Display()} = {next.DailyDose.Display()} × {now.Every.Display()} ÷ 24 h, every {now.Every.Display()} as now{(row.DoseTablets.Count == 0 ? string.Empty : $", {string.Join(" + ", row.DoseTablets.Select(t => $"{t.Count} × {t.Strength.Display()}"))} a dose")}.");
            entry = new MedicationEntry(ConcomitantDrug.OralBaclofen, each, now.Every, Notes: described);
        }
        else
        {
            working.Add($"This visit: step {row.Number} of {rows.Count}, the last: oral baclofen {now.DailyTotal.Display()} → stopped.");
            entry = new MedicationEntry(ConcomitantDrug.OralBaclofen, null, null, Stop: true, Notes: described);
        }

        working.Add($"Only this step is logged now, dated {visitDay:yyyy-MM-dd}; each later step is logged at a later visit after reassessment, at least {rules.ReassessAfter.Cite()} after this one, and the dates after it follow from this visit.");
        return new OralWeanVisitPlan(plan, rows, row, entry, working);
    }

    private static Mass EachDose(MassFlow daily, Duration every) =>
        Mass.FromMilligrams(daily.MilligramsPerDay * every.Hours / 24m);

    private static decimal Mg(Mass mass) => mass.As(MassUnit.Milligram);

    private static string Hours(TimeSpan span) => $"{decimal.Round(span.Ticks / (decimal)TimeSpan.TicksPerHour, 1)} h";
}
