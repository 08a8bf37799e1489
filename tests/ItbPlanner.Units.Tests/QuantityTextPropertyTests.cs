using System.Globalization;
using FsCheck;
using FsCheck.Fluent;
using ItbPlanner.Domain.Quantities;

namespace ItbPlanner.Units.Tests;

/// <summary>What a user types is what the domain gets: the number exactly, the unit as typed.</summary>
public class QuantityTextPropertyTests
{
    /// <summary>Up to 9 significant digits, the decimal point anywhere (or nowhere), as a clinician types a number.</summary>
    private static readonly Gen<string> Numbers =
        from digits in Gen.Choose(1, 9).SelectMany(n => Gen.ArrayOf(Gen.Choose(0, 9), n))
        from point in Gen.Choose(0, digits.Length)
        from withPoint in Gen.Elements(true, true, true, false)
        select Place(string.Concat(digits), point, withPoint);

    /// <summary>Every spelling of every unit, as it is declared, in capitals, or with spaces around the slash.</summary>
    private static readonly Gen<(string Spelling, UnitDefinition Unit)> Spellings =
        from unit in Gen.Elements(InputUnits.All.ToArray())
        from spelling in Gen.Elements(unit.Spellings.Append(unit.Unit.Symbol).ToArray())
        from variant in Gen.Elements(spelling, spelling.All(char.IsAscii) ? spelling.ToUpperInvariant() : spelling, spelling.Replace("/", " / ", StringComparison.Ordinal))
        select (variant, unit.Unit);

    private static readonly Gen<string> Gaps = Gen.Elements(string.Empty, " ", "  ");

    [Fact]
    public void Any_value_typed_with_up_to_nine_significant_digits_crosses_the_boundary_unchanged()
    {
        var typed =
            from number in Numbers
            from gap in Gaps
            from unit in Spellings
            select (Number: number, Text: number + gap + unit.Spelling, unit.Unit);

        Check.QuickThrowOnFailure(Prop.ForAll(typed.ToArbitrary(), t =>
        {
            var (value, unit) = QuantityText.ParseAny(t.Text, Dimension.MassFlow);
            var exact = decimal.Parse(t.Number, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture);
            return value == exact && unit == t.Unit;
        }));
    }

    [Fact]
    public void A_typed_quantity_prints_back_every_digit_in_its_canonical_unit()
    {
        var typed =
            from number in Numbers
            from unit in Spellings.Where(s => s.Unit.Dimension == Dimension.MassFlow)
            select (Number: number, unit.Spelling);

        Check.QuickThrowOnFailure(Prop.ForAll(typed.ToArbitrary(), t =>
        {
            var dose = QuantityText.Parse<MassFlow>($"{t.Number} {t.Spelling}");
            var printed = dose.ToString();
            return QuantityText.Parse<MassFlow>(printed) == dose
                && dose.Value == decimal.Parse(printed.Split(' ')[0], CultureInfo.InvariantCulture)
                && printed.EndsWith(" " + dose.UnitSymbol, StringComparison.Ordinal)
                && !printed.Contains('µ', StringComparison.Ordinal) && !printed.Contains('μ', StringComparison.Ordinal);
        }));
    }

    [Fact]
    public void Parse_reads_back_what_format_wrote_in_every_unit()
    {
        // Clinical magnitudes with up to four decimals: 0.0001 to 100000.
        var values = Gen.Choose(1, 1_000_000_000).Select(n => n / 10_000m);
        var quantities =
            from value in values
            from unit in Gen.Elements(UnitCatalog.All.ToArray())
            select (Value: value, Unit: unit);

        Check.QuickThrowOnFailure(Prop.ForAll(quantities.ToArbitrary(), q =>
        {
            var printed = $"{q.Value.ToString(CultureInfo.InvariantCulture)} {q.Unit.Symbol}";
            var (value, unit) = QuantityText.ParseAny(printed, q.Unit.Dimension);
            return value == q.Value && unit == q.Unit;
        }));
    }

    [Fact]
    public void Conversions_agree_exactly_with_the_domains_own()
    {
        var pairs =
            from number in Numbers
            from source in Gen.Elements(UnitCatalog.All.ToArray())
            from target in Gen.Elements(UnitCatalog.All.Where(u => u.Dimension == source.Dimension).ToArray())
            select (Value: decimal.Parse(number, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture), From: source, To: target);

        Check.QuickThrowOnFailure(Prop.ForAll(pairs.ToArbitrary(), p =>
            UnitConversion.Convert(p.Value, p.From, p.To) == UnitCatalog.Convert(p.From.Dimension, p.Value, p.From.Code, p.To.Code)));
    }

    [Fact]
    public void Conversions_agree_with_UnitsNet_to_double_precision()
    {
        var native = InputUnits.All.Where(u => u.UnitsNetUnit is not PerHourUnit).ToArray();
        var pairs =
            from number in Numbers
            from source in Gen.Elements(native)
            from target in Gen.Elements(native.Where(u => u.Unit.Dimension == source.Unit.Dimension).ToArray())
            select (Value: decimal.Parse(number, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture), From: source, To: target);

        Check.QuickThrowOnFailure(Prop.ForAll(pairs.ToArbitrary(), p =>
        {
            var ours = (double)UnitConversion.Convert(p.Value, p.From.Unit, p.To.Unit);
            var unitsNet = UnitsNet.UnitConverter.Convert((double)p.Value, p.From.UnitsNetUnit, p.To.UnitsNetUnit);
            return Math.Abs(ours - unitsNet) <= 1e-12 * Math.Abs(unitsNet);
        }));
    }

    private static string Place(string digits, int point, bool withPoint) =>
        withPoint ? digits[..point] + "." + digits[point..] : digits;
}
