using System.Globalization;
using ItbPlanner.Domain.Quantities;
using UN = UnitsNet.Units;
using UnitsNetDuration = UnitsNet.Duration;
using UnitsNetMass = UnitsNet.Mass;
using UnitsNetQuantity = UnitsNet.Quantity;

namespace ItbPlanner.Units;

/// <summary>
/// Conversion between units of one dimension with UnitsNet's factors (each UnitsNet quantity's own conversions), computed in <c>decimal</c>. UnitsNet converts in
/// <c>double</c> (1 mg/day is 1000.0000000000001 mcg/day there); every factor from one of our units to its dimension's
/// base unit is whole (1000, 24), so each is taken from UnitsNet once, checked whole and kept as an exact decimal.
/// A value is then multiplied into the base unit and divided out of it exactly as the domain does.
/// </summary>
public static class UnitConversion
{
    private static readonly Dictionary<UnitDefinition, decimal> Factors = InputUnits.All.ToDictionary(u => u.Unit, u => WholeFactor(u));

    /// <summary>A value in one unit expressed in another unit of the same dimension.</summary>
    /// <exception cref="ArgumentException">The units measure different dimensions.</exception>
    public static decimal Convert(decimal value, UnitDefinition from, UnitDefinition to)
    {
        ArgumentNullException.ThrowIfNull(from);
        ArgumentNullException.ThrowIfNull(to);
        if (from.Dimension != to.Dimension)
        {
            throw new ArgumentException($"Cannot convert {from.Symbol} to {to.Symbol}: they measure different dimensions.", nameof(to));
        }

        return from == to ? value : value * ToBase(from) / ToBase(to);
    }

    /// <summary>UnitsNet's factor from a unit to its dimension's base unit (mcg, mL, mcg/mL, mcg/day, mL/day, hour), exact.</summary>
    public static decimal ToBase(UnitDefinition unit) => Factors[unit];

    private static decimal WholeFactor(InputUnit unit)
    {
        var baseUnit = InputUnits.All.Single(u => u.Unit.Dimension == unit.Unit.Dimension && u.Unit.ToBase == 1m);
        var factor = UnitsNetFactor(unit.UnitsNetUnit, baseUnit.UnitsNetUnit);
        var whole = Math.Round(factor);
        if (whole < 1 || Math.Abs(factor - whole) > 1e-9 * whole)
        {
            throw new InvalidOperationException(
                $"UnitsNet converts 1 {unit.Unit.Symbol} to {factor.ToString(CultureInfo.InvariantCulture)} {baseUnit.Unit.Symbol}: not a whole factor.");
        }

        return (decimal)whole;
    }

    /// <summary>How many of <paramref name="to"/> make one <paramref name="from"/>, as UnitsNet computes it.</summary>
    private static double UnitsNetFactor(Enum from, Enum to) => from switch
    {
        // A dose per hour: UnitsNet's microgram over UnitsNet's hour is one of its MassFlows.
        PerHourUnit.MicrogramPerHour => (UnitsNetMass.FromMicrograms(1) / UnitsNetDuration.FromHours(1)).As((UN.MassFlowUnit)to),
        _ => UnitsNetQuantity.From(1, from).As(to),
    };
}
