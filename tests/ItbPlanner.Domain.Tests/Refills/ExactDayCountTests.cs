using System.Numerics;
using FsCheck;
using FsCheck.Fluent;
using ItbPlanner.Domain.Protocols;
using ItbPlanner.Domain.Quantities;
using ItbPlanner.Domain.Refills;
using ItbPlanner.Domain.Scheduling;
using ItbPlanner.Testing;
using static ItbPlanner.Testing.ClinicLogSamples;

namespace ItbPlanner.Domain.Tests.Refills;

/// <summary>
/// Day counts are exact for any dose and strength: days = (V − A) × C ÷ D, compared with a reference in exact rationals
/// (BigInteger), never with a rounded daily volume. Half the cases are built so the count is a whole number exactly, the
/// case a rounded quotient gets wrong (18 mL at ⅔ mL/day is 27 days, not 26.99…).
/// </summary>
public class ExactDayCountTests
{
    private static readonly Protocol Protocol = TestProtocols.Default();
    private static readonly DateOnly Filled = new(2026, 11, 21);

    [Fact]
    public void Issue_example_18_mL_at_two_thirds_of_a_mL_a_day_alarms_after_exactly_27_days()
    {
        var c = MassConcentration.FromMicrogramsPerMilliliter(1500);
        var plan = RefillCalculator.Plan(
            new RefillRequest(Protocol.FindPump("synchromed-ii-20")!, c, DailyConsumption.FromDose(MassFlow.FromMicrogramsPerDay(1000), c), Filled, Compounded: true),
            Protocol);

        Assert.Equal(27m, plan.DaysToAlarm.Days);
        Assert.Equal(new DateOnly(2026, 12, 18), plan.AlarmDate);
    }

    [Fact]
    public void Refill_day_counts_match_a_rational_reference_for_any_dose_and_strength()
    {
        var cases =
            from pumpId in Gen.Elements("synchromed-ii-20", "synchromed-ii-40", "prometra-ii-20", "prometra-ii-40")
            from strength in Strength(pumpId)
            from dose in Dose(strength)
            from alarmTenths in Gen.Choose(15, 40)
            from onBoundary in Gen.Elements(true, false)
            from volumeSeed in Gen.Choose(1, 1_000_000)
            from offset in Gen.Choose(0, 3650)
            select (pumpId, strength, dose, Alarm: alarmTenths / 10m, onBoundary, volumeSeed, Date: Filled.AddDays(offset - 1825));

        Check.QuickThrowOnFailure(Prop.ForAll(cases.ToArbitrary(), x =>
        {
            var pump = Protocol.FindPump(x.pumpId)!;
            var capacity = pump.Capacity.Value.Milliliters;
            var q = Rational.Of(x.dose) / Rational.Of(x.strength);
            var fill = FillVolume(q, x.Alarm, capacity, x.onBoundary, x.volumeSeed);
            var c = MassConcentration.FromMicrogramsPerMilliliter(x.strength);
            var plan = RefillCalculator.Plan(
                new RefillRequest(pump, c, DailyConsumption.FromDose(MassFlow.FromMicrogramsPerDay(x.dose), c), x.Date, FillVolume: Volume.FromMilliliters(fill), AlarmVolume: Volume.FromMilliliters(x.Alarm), Compounded: true),
                Protocol);

            var accuracy = 1 + pump.Accuracy.Value.Fraction;
            var undeliverable = NonDeliverable(pump);
            var toAlarm = (Rational.Of(fill) - Rational.Of(x.Alarm)) / q;
            var toEmpty = (Rational.Of(fill) - Rational.Of(undeliverable)) / q;
            var toWorst = (Rational.Of(fill) - Rational.Of(undeliverable)) / (q * Rational.Of(accuracy));
            return plan.AlarmDate == x.Date.AddDays(toAlarm.Days())
                && plan.EmptyDate == x.Date.AddDays(toEmpty.Days())
                && plan.WorstCaseEmptyDate == x.Date.AddDays(toWorst.Days())
                && Math.Floor(plan.DaysToAlarm.Days) == toAlarm.Days();
        }));
    }

    [Fact]
    public void Schedule_dates_part_way_through_a_fill_match_a_rational_reference()
    {
        var cases =
            from strength in Strength("synchromed-ii-40")
            from before in Dose(strength)
            from after in Dose(strength)
            from daysSeed in Gen.Choose(1, 40)
            from seed in Gen.Choose(1, 1_000_000)
            select (strength, before, after, daysSeed, seed);

        Check.QuickThrowOnFailure(Prop.ForAll(cases.ToArbitrary(), x =>
        {
            var pump = Protocol.FindPump("synchromed-ii-40")!;
            var (q1, q2) = (Rational.Of(x.before) / Rational.Of(x.strength), Rational.Of(x.after) / Rational.Of(x.strength));

            // Days before the change: a multiple of what makes the volume used a decimal.
            var unit = q1.DecimalUnit();
            var days = unit * (1 + (x.daysSeed % Math.Max(1, 60 / unit)));
            var used = q1 * Rational.Of(days);
            if (used.ToDecimal() > 30m)
            {
                return true;
            }

            var alarm = 2m;
            var fill = used.ToDecimal() + FillVolume(q2, alarm, 40m - used.ToDecimal(), onBoundary: true, x.seed);
            var implanted = Now.AddDays(-days - 10);
            var history = History(
                "P-X",
                "X.",
                "synchromed-ii-40",
                new HistoryEvent(implanted, Implant("synchromed-ii-40", fill, x.strength, x.before)),
                new HistoryEvent(implanted.AddDays(days), Program(x.after, x.strength)));
            var entry = Assert.Single(ClinicSchedule.Build([history.Record(Now)], Protocol, Today, TimeZoneInfo.Utc).Entries);

            var change = DateOnly.FromDateTime(implanted.AddDays(days).UtcDateTime);
            var left = Rational.Of(fill) - used;
            var worstLeft = Rational.Of(fill) - (used * Rational.Of(1 + pump.Accuracy.Value.Fraction)) - Rational.Of(NonDeliverable(pump));
            return entry.AlarmDate == change.AddDays(((left - Rational.Of(alarm)) / q2).Days())
                && entry.WorstCaseEmptyDate == change.AddDays((worstLeft / (q2 * Rational.Of(1 + pump.Accuracy.Value.Fraction))).Days());
        }));
    }

    [Fact]
    public void Reconcile_expected_dry_date_matches_a_rational_reference()
    {
        var cases =
            from strength in Strength("synchromed-ii-20")
            from dose in Dose(strength)
            from seed in Gen.Choose(1, 1_000_000)
            select (strength, dose, seed);

        Check.QuickThrowOnFailure(Prop.ForAll(cases.ToArbitrary(), x =>
        {
            var q = Rational.Of(x.dose) / Rational.Of(x.strength);
            var fill = FillVolume(q, 0m, 20m, onBoundary: true, x.seed);
            var lasts = Rational.Of(fill) / q;
            var c = MassConcentration.FromMicrogramsPerMilliliter(x.strength);
            var fillDate = new DateOnly(2020, 1, 6);
            var today = fillDate.AddDays(lasts.Days() + 3);
            var result = ReconciliationCalculator.Reconcile(
                Protocol,
                new ReconciliationRequest(Protocol.FindPump("synchromed-ii-20")!, Volume.FromMilliliters(fill), fillDate, DailyConsumption.FromDose(MassFlow.FromMicrogramsPerDay(x.dose), c), Volume.Zero, today));

            return result.ExpectedDryDate == fillDate.AddDays(lasts.Days());
        }));
    }

    /// <summary>Strengths with few decimals, stocked or compounded, within the pump's labelled range (Prometra II 500–2000 mcg/mL).</summary>
    private static Gen<decimal> Strength(string pumpId) =>
        pumpId.StartsWith("prometra", StringComparison.Ordinal)
            ? Gen.OneOf(Gen.Elements(500m, 1000m, 2000m, 750m, 1500m, 1200m, 700m), Gen.Choose(5000, 20000).Select(t => t / 10m))
            : Gen.OneOf(Gen.Elements(500m, 1000m, 2000m, 300m, 600m, 700m, 900m, 1200m, 1500m, 2100m, 3000m), Gen.Choose(100, 3000).Select(t => (decimal)t), Gen.Choose(1000, 30000).Select(t => t / 10m));

    /// <summary>Doses with one decimal, from the pump's minimum rate (0.048 mL/day) to below the adult hard ceiling.</summary>
    private static Gen<decimal> Dose(decimal strength) =>
        Gen.Choose((int)Math.Ceiling(strength * 0.05m * 10m), 19_990).Select(t => t / 10m);

    /// <summary>
    /// A fill volume above the alarm and within capacity: on the boundary, alarm + a whole number of days at Q exactly
    /// (the volume stays a decimal), else any volume with one decimal.
    /// </summary>
    private static decimal FillVolume(Rational q, decimal alarm, decimal capacity, bool onBoundary, int seed)
    {
        var room = capacity - alarm;
        var perDays = q * Rational.Of(q.DecimalUnit());
        if (onBoundary && perDays.ToDecimal() <= room)
        {
            var most = (int)Math.Floor(room / perDays.ToDecimal());
            return alarm + (perDays * Rational.Of((seed % most) + 1)).ToDecimal();
        }

        var tenths = (int)Math.Floor(room * 10m);
        return alarm + (((seed % tenths) + 1) / 10m);
    }

    /// <summary>The pump's volume that cannot be delivered.</summary>
    private static decimal NonDeliverable(PumpModel pump) => pump.NonDeliverableVolume?.Value.Milliliters ?? 0m;

    /// <summary>An exact rational over BigInteger: the reference, independent of the code under test.</summary>
    private readonly record struct Rational(BigInteger N, BigInteger D)
    {
        public static Rational Of(decimal value)
        {
            var text = value.ToString(System.Globalization.CultureInfo.InvariantCulture);
            var point = text.IndexOf('.', StringComparison.Ordinal);
            return point < 0
                ? new Rational(BigInteger.Parse(text, System.Globalization.CultureInfo.InvariantCulture), BigInteger.One)
                : Reduce(BigInteger.Parse(text.Remove(point, 1), System.Globalization.CultureInfo.InvariantCulture), BigInteger.Pow(10, text.Length - point - 1));
        }

        public static Rational operator +(Rational a, Rational b) => Reduce((a.N * b.D) + (b.N * a.D), a.D * b.D);

        public static Rational operator -(Rational a, Rational b) => Reduce((a.N * b.D) - (b.N * a.D), a.D * b.D);

        public static Rational operator *(Rational a, Rational b) => Reduce(a.N * b.N, a.D * b.D);

        public static Rational operator /(Rational a, Rational b) => Reduce(a.N * b.D, a.D * b.N);

        public BigInteger Floor() => BigInteger.DivRem(N, D, out var r) - (r.Sign < 0 ? 1 : 0);

        /// <summary>Whole days: the floor as an <see cref="int"/>.</summary>
        public int Days() => checked((int)Floor());

        /// <summary>The smallest whole number of days at this rate whose volume is a decimal: the denominator without its 2s and 5s.</summary>
        public int DecimalUnit()
        {
            var d = D;
            foreach (var p in new[] { 2, 5 })
            {
                while ((d % p).IsZero)
                {
                    d /= p;
                }
            }

            return checked((int)d);
        }

        /// <summary>The value as a decimal; only for values whose denominator has no prime but 2 and 5.</summary>
        public decimal ToDecimal()
        {
            var (places, power) = (0, BigInteger.One);
            while (!(power % D).IsZero)
            {
                (places, power) = (places + 1, power * 10);
            }

            var digits = BigInteger.Abs(N * (power / D)).ToString(System.Globalization.CultureInfo.InvariantCulture).PadLeft(places + 1, '0');
            var text = (N.Sign < 0 ? "-" : string.Empty) + (places == 0 ? digits : digits.Insert(digits.Length - places, "."));
            return decimal.Parse(text, System.Globalization.CultureInfo.InvariantCulture);
        }

        private static Rational Reduce(BigInteger n, BigInteger d)
        {
            var g = BigInteger.GreatestCommonDivisor(n, d);
            return d.Sign < 0 ? new Rational(-n / g, -d / g) : new Rational(n / g, d / g);
        }
    }
}
