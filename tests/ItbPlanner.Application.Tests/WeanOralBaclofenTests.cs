using System.Text.RegularExpressions;
using ItbPlanner.Application.OralWean;
using ItbPlanner.Application.Patients;
using ItbPlanner.Application.Recording.Entries;
using ItbPlanner.Domain.Alerts;
using ItbPlanner.Domain.Errors;
using ItbPlanner.Domain.Quantities;
using static ItbPlanner.Application.Tests.Clinic;

namespace ItbPlanner.Application.Tests;

/// <summary>P1 implanted on 2026-11-05, on oral baclofen 20 mg every 6 h (80 mg/day) from 2026-11-10; the test protocol weans 25–50 % of the start per step, 24 h apart.</summary>
public sealed class WeanOralBaclofenTests
{
    private static readonly Percentage Quarter = new(25);
    private static readonly Duration Day = Duration.FromHours(24);

    private static (Clinic Clinic, WeanOralBaclofen Wean) OnOralBaclofen(params (int Month, int Day, int Hour, decimal Mg)[] later)
    {
        var clinic = new Clinic().Implanted();
        clinic.Record.Record(Entry(At(11, 10, 9), new MedicationEntry("baclofen", Mass.FromMilligrams(20), Duration.FromHours(6))));
        foreach (var (month, day, hour, mg) in later)
        {
            clinic.Record.Record(Entry(At(month, day, hour), mg == 0 ? new MedicationEntry("baclofen", null, null, Stop: true) : new MedicationEntry("baclofen", Mass.FromMilligrams(mg), Duration.FromHours(6))));
        }

        return (clinic, new WeanOralBaclofen(clinic.Protocol, clinic.Clock));
    }

    private static OralBaclofenInForce InForce(WeanOralBaclofen wean, PatientFile file, DateTimeOffset at)
    {
        Assert.True(wean.CanWean(file, at, out var inForce, out var reasons), string.Join("; ", reasons));
        return inForce!;
    }

    [Fact]
    public void A_wean_in_progress_is_read_back_from_the_run_of_reductions_in_the_log()
    {
        var (clinic, wean) = OnOralBaclofen((11, 18, 8, 15), (11, 19, 8, 10));

        var now = InForce(wean, clinic.Patients.Open(P1), At(11, 21, 8));

        Assert.Equal((MassFlow.FromMilligramsPerDay(40), MassFlow.FromMilligramsPerDay(80), At(11, 18, 8)), (now.DailyTotal, now.WeanFrom, now.WeanStartedAt!.Value));
    }

    [Fact]
    public void A_delayed_visit_logs_the_next_step_today_and_dates_the_rest_from_it()
    {
        var (clinic, wean) = OnOralBaclofen((11, 18, 8, 15));
        var at = At(11, 21, 8);
        var now = InForce(wean, clinic.Patients.Open(P1), at);

        var plan = wean.Plan(new OralWeanVisitRequest(now, at, now.WeanFrom, new DateOnly(2026, 11, 18), Quarter, Day, []));

        Assert.Equal(
            [(OralWeanStepStatus.Taken, new DateOnly(2026, 11, 18)), (OralWeanStepStatus.Now, new DateOnly(2026, 11, 21)), (OralWeanStepStatus.Later, new DateOnly(2026, 11, 22)), (OralWeanStepStatus.Later, new DateOnly(2026, 11, 23))],
            plan.Rows.Select(r => (r.Status, r.Date)));
        Assert.Equal((Mass.FromMilligrams(10), Duration.FromHours(6), false), (plan.Entry.Dose!.Value, plan.Entry.Every!.Value, plan.Entry.Stop));
    }

    [Fact]
    public void A_start_above_the_one_the_log_shows_would_make_bigger_steps_and_is_refused()
    {
        var (clinic, wean) = OnOralBaclofen();
        var at = At(11, 21, 8);
        var now = InForce(wean, clinic.Patients.Open(P1), at);

        var refusal = Assert.Throws<InvalidInputException>(() => wean.Plan(new OralWeanVisitRequest(now, at, MassFlow.FromMilligramsPerDay(100), new DateOnly(2026, 11, 21), Quarter, Day, [])));

        Assert.Equal("wean from", refusal.Input);
    }

    [Fact]
    public void A_step_within_a_day_of_the_last_change_is_a_protocol_limit()
    {
        var (clinic, wean) = OnOralBaclofen((11, 20, 20, 15));
        var at = At(11, 21, 8);
        var now = InForce(wean, clinic.Patients.Open(P1), at);

        var refusal = Assert.Throws<ProtocolLimitException>(() => wean.Plan(new OralWeanVisitRequest(now, at, now.WeanFrom, new DateOnly(2026, 11, 20), Quarter, Day, [])));

        Assert.Equal(AlertCodes.OralWeanStepTooSoon, refusal.Code);
    }

    [Fact]
    public void A_daily_total_today_or_later_that_does_not_split_into_equal_doses_is_refused_rather_than_rounded()
    {
        var clinic = new Clinic().Implanted();
        clinic.Record.Record(Entry(At(11, 10, 9), new MedicationEntry("baclofen", Mass.FromMilligrams(25), Duration.FromHours(8)))); // 75 mg/day
        var wean = new WeanOralBaclofen(clinic.Protocol, clinic.Clock);
        var at = At(11, 21, 8);
        var now = InForce(wean, clinic.Patients.Open(P1), at);

        // Half of 75 mg/day aims at 37.5 mg/day; 5 mg tablets make 40 mg/day, and 40 mg/day in three doses is 13.33… mg each.
        var refusal = Assert.Throws<InvalidInputException>(() => wean.Plan(new OralWeanVisitRequest(now, at, now.WeanFrom, new DateOnly(2026, 11, 21), new Percentage(50), Day, [Mass.FromMilligrams(5)])));

        Assert.Equal("tablet", refusal.Input);

        // A quarter of 75 mg/day: 60 mg/day (20 mg) would do today, but the next step's 40 mg/day could not be given.
        var later = Assert.Throws<InvalidInputException>(() => wean.Plan(new OralWeanVisitRequest(now, at, now.WeanFrom, new DateOnly(2026, 11, 21), Quarter, Day, [Mass.FromMilligrams(5)])));
        Assert.StartsWith("Step 2's 40 mg/day does not split into equal doses every 8 h", later.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_dose_the_tablets_cannot_make_is_refused_on_the_tablets_and_each_dose_they_make_is_shown_in_whole_tablets()
    {
        var (clinic, wean) = OnOralBaclofen();
        var at = At(11, 21, 8);
        var now = InForce(wean, clinic.Patients.Open(P1), at);
        OralWeanVisitPlan With(params Mass[] tablets) => wean.Plan(new OralWeanVisitRequest(now, at, now.WeanFrom, new DateOnly(2026, 11, 21), Quarter, Day, tablets));

        // 60 mg/day is six 10 mg tablets a day, but in four doses it is 15 mg each, which 10 mg tablets cannot make.
        var refusal = Assert.Throws<InvalidInputException>(() => With(Mass.FromMilligrams(10)));

        Assert.Equal("tablet", refusal.Input);
        Assert.StartsWith("Step 1's 60 mg/day every 6 h is 15 mg a dose, which 10 mg tablets cannot make", refusal.Message, StringComparison.Ordinal);
        var plan = With(Mass.FromMilligrams(10), Mass.FromMilligrams(5));
        Assert.Equal(
            [(1, Mass.FromMilligrams(10), 1), (1, Mass.FromMilligrams(5), 1), (2, Mass.FromMilligrams(10), 1), (3, Mass.FromMilligrams(5), 1)],
            plan.Rows.SelectMany(r => r.DoseTablets.Select(t => (r.Number, t.Strength, t.Count))));
    }

    [Fact]
    public void A_delayed_visit_shows_one_zero_date_in_the_table_the_plan_and_its_working()
    {
        var (clinic, wean) = OnOralBaclofen((11, 18, 8, 15));
        var at = At(11, 21, 8);
        var now = InForce(wean, clinic.Patients.Open(P1), at);

        var plan = wean.Plan(new OralWeanVisitRequest(now, at, now.WeanFrom, new DateOnly(2026, 11, 18), Quarter, Day, []));

        // Planned from 2026-11-18 the wean would reach zero on 2026-11-21; the visit is three days late, so zero moves to 2026-11-23.
        Assert.Equal(new DateOnly(2026, 11, 23), plan.Rows[^1].Date);
        Assert.Equal(plan.Rows.Select(r => r.Date), plan.Plan.Steps.Select(s => s.Date));
        Assert.Equal(["2026-11-23"], plan.Working.SelectMany(w => Regex.Matches(w, @"zero on (\d{4}-\d{2}-\d{2})")).Select(m => m.Groups[1].Value));
    }

    [Fact]
    public void A_reduction_more_than_14_days_before_the_next_or_the_visit_is_a_past_change_not_a_wean_in_progress()
    {
        // The clinic's clock is moved to 2026-12-10 first: the log refuses entries dated after now.
        static Clinic Reduced(params (int Month, int Day, decimal Mg)[] reductions)
        {
            var clinic = new Clinic().Implanted();
            clinic.Clock.Advance(At(12, 10, 9) - clinic.Clock.GetUtcNow());
            clinic.Record.Record(Entry(At(11, 10, 9), new MedicationEntry("baclofen", Mass.FromMilligrams(20), Duration.FromHours(6))));
            foreach (var (month, day, mg) in reductions)
            {
                clinic.Record.Record(Entry(At(month, day, 8), new MedicationEntry("baclofen", Mass.FromMilligrams(mg), Duration.FromHours(6))));
            }

            return clinic;
        }

        var old = Reduced((11, 12, 15));
        var broken = Reduced((11, 12, 15), (11, 30, 10));
        var kept = Reduced((11, 12, 15), (11, 26, 10));
        var wean = new WeanOralBaclofen(old.Protocol, old.Clock);

        // 80 → 60 mg/day four weeks ago: a new wean starts from 60 mg/day, today.
        var fresh = InForce(wean, old.Patients.Open(P1), At(12, 10, 8));
        // 80 → 60, then 60 → 40 eighteen days later: the wean in progress started at the second reduction, from 60 mg/day.
        var resumed = InForce(wean, broken.Patients.Open(P1), At(12, 1, 8));
        // Each reduction 14 days after the one before, and the visit 14 days after the last: one wean, from 80 mg/day.
        var going = InForce(wean, kept.Patients.Open(P1), At(12, 10, 8));

        Assert.Equal((MassFlow.FromMilligramsPerDay(60), MassFlow.FromMilligramsPerDay(60), (DateTimeOffset?)null), (fresh.DailyTotal, fresh.WeanFrom, fresh.WeanStartedAt));
        Assert.Equal((MassFlow.FromMilligramsPerDay(40), MassFlow.FromMilligramsPerDay(60), (DateTimeOffset?)At(11, 30, 8)), (resumed.DailyTotal, resumed.WeanFrom, resumed.WeanStartedAt));
        Assert.Equal((MassFlow.FromMilligramsPerDay(40), MassFlow.FromMilligramsPerDay(80), (DateTimeOffset?)At(11, 12, 8)), (going.DailyTotal, going.WeanFrom, going.WeanStartedAt));
    }

    [Fact]
    public void The_reassessment_interval_is_compared_to_the_tick_however_long_it_is()
    {
        var (clinic, daily) = OnOralBaclofen();
        var rules = clinic.Protocol.OralWean!;
        var slow = new WeanOralBaclofen(clinic.Protocol with { OralWean = rules with { ReassessAfter = rules.ReassessAfter with { Value = Duration.FromDays(1000) } } }, clinic.Clock);
        var now = InForce(daily, clinic.Patients.Open(P1), At(11, 21, 8));

        Assert.Null(daily.TooSoon(now, now.Since.AddHours(24)));
        Assert.NotNull(daily.TooSoon(now, now.Since.AddHours(24).AddTicks(-1)));
        Assert.Null(slow.TooSoon(now, now.Since.AddDays(1000)));
        // 24,000 h less one tick: as a double count of hours cast to decimal this rounded up to 24,000 h and was let through.
        Assert.NotNull(slow.TooSoon(now, now.Since.AddDays(1000).AddTicks(-1)));
    }

    [Fact]
    public void A_protocol_without_oral_wean_rules_refuses_a_wean_before_reading_the_log()
    {
        var (clinic, _) = OnOralBaclofen();
        var none = new WeanOralBaclofen(clinic.Protocol with { OralWean = null }, clinic.Clock);

        Assert.False(none.CanWean(clinic.Patients.Open(P1), out var inForce, out var reasons));
        Assert.Null(inForce);
        Assert.Contains("has no oral-wean rules", Assert.Single(reasons), StringComparison.Ordinal);
    }

    [Fact]
    public void No_wean_without_oral_baclofen_in_force_nor_after_it_stopped_nor_during_a_suspension()
    {
        var (stopped, wean) = OnOralBaclofen((11, 18, 8, 0));
        var none = new Clinic().Implanted();
        var (suspended, _) = OnOralBaclofen();
        suspended.Record.Record(Entry(At(11, 20), new SuspensionEntry("MRI")));

        Assert.False(wean.CanWean(none.Patients.Open(P1), At(11, 21, 8), out _, out var noEntry));
        Assert.False(wean.CanWean(stopped.Patients.Open(P1), At(11, 21, 8), out _, out var wasStopped));
        Assert.False(wean.CanWean(suspended.Patients.Open(P1), At(11, 21, 8), out _, out var whileSuspended));
        Assert.Equal(["no oral baclofen is in force: the patient's log has no oral baclofen entry"], noEntry);
        Assert.Equal(["no oral baclofen is in force: it was stopped at 2026-11-18 08:00 UTC"], wasStopped);
        Assert.Equal(["intrathecal infusion is suspended: oral baclofen is not weaned until it resumes"], whileSuspended);
        Assert.False(wean.CanWean(stopped.Patients.Open(P1), At(11, 12), out _, out var beforeTheNewest));
        Assert.Equal(["a later oral baclofen entry is logged at 2026-11-18 08:00 UTC: a wean step follows the newest entry"], beforeTheNewest);
    }

    public static TheoryData<int, int, int> Weans()
    {
        var data = new TheoryData<int, int, int>();
        foreach (var start in new[] { 20, 40, 60, 80 })
        {
            foreach (var percent in new[] { 25, 30, 33, 40, 50 })
            {
                foreach (var tablets in new[] { 0, 5, 10 })
                {
                    data.Add(start, percent, tablets);
                }
            }
        }

        return data;
    }

    /// <summary>
    /// A wean walked visit by visit, each a day after the last, each planned again from what the log then holds: the
    /// steps logged are the first visit's plan, step for step (a wean continues from its start, it does not shrink), none
    /// cuts more than the protocol's maximum of the start, and the last logs the stop.
    /// </summary>
    [Theory]
    [MemberData(nameof(Weans))]
    public void A_wean_taken_one_step_per_visit_follows_its_first_plan_to_the_stop(int startMg, int percent, int tabletMg)
    {
        var clinic = new Clinic().Registered();
        // With tablets, once a day: every daily total the tablets make is then a dose they make (in four doses 45 mg/day
        // would be 11.25 mg, refused on the tablets); without, every 6 h.
        var dosesADay = tabletMg == 0 ? 4 : 1;
        clinic.Record.Record(Entry(At(11, 1, 10), new MedicationEntry("baclofen", Mass.FromMilligrams((decimal)startMg / dosesADay), Duration.FromHours(24 / dosesADay))));
        var wean = new WeanOralBaclofen(clinic.Protocol, clinic.Clock);
        Mass[] tablets = tabletMg == 0 ? [] : [Mass.FromMilligrams(tabletMg), Mass.FromMilligrams(5)];
        var logged = new List<MassFlow>();
        IReadOnlyList<MassFlow>? firstPlan = null;
        for (var day = 2; day <= 20 && wean.CanWean(clinic.Patients.Open(P1), At(11, day), out var inForce, out _); day++)
        {
            var started = inForce!.WeanStartedAt is { } began ? DateOnly.FromDateTime(began.UtcDateTime) : new DateOnly(2026, 11, day);
            var plan = wean.Plan(new OralWeanVisitRequest(inForce, At(11, day), inForce.WeanFrom, started, new Percentage(percent), Day, tablets));
            firstPlan ??= [.. plan.Plan.Steps.Select(s => s.DailyDose)];
            Assert.True(inForce.DailyTotal - plan.Now.Step.DailyDose <= plan.Plan.MaximumCut, $"day {day}: {inForce.DailyTotal} → {plan.Now.Step.DailyDose}");
            clinic.Record.Record(Entry(At(11, day), plan.Entry));
            logged.Add(plan.Stops ? MassFlow.Zero : plan.Now.Step.DailyDose);
        }

        Assert.Equal(firstPlan, logged);
        Assert.Equal(MassFlow.Zero, logged[^1]);
    }
}
