using ItbPlanner.Domain.Quantities;

namespace ItbPlanner.Units;

/// <summary>One unit as it is typed: the domain unit it means, the UnitsNet unit it is read and converted as, and every accepted spelling.</summary>
/// <param name="Unit">The domain's unit (symbol and exact factor).</param>
/// <param name="UnitsNetUnit">The UnitsNet unit enum value (or a <see cref="PerHourUnit"/> composed from UnitsNet's).</param>
/// <param name="Spellings">Every accepted spelling, as written in help text, canonical first.</param>
internal sealed record InputUnit(UnitDefinition Unit, Enum UnitsNetUnit, IReadOnlyList<string> Spellings);
