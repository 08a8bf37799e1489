namespace ItbPlanner.Units;

/// <summary>
/// Units UnitsNet lacks, composed from its own: a dose per hour is a <c>Mass</c> over a <c>Duration</c> of one hour
/// (UnitsNet's <c>MassFlow</c> has mcg/day but no mcg/h). Registered in our abbreviation cache like any UnitsNet unit.
/// </summary>
internal enum PerHourUnit
{
    /// <summary>Micrograms per hour: UnitsNet's microgram over UnitsNet's hour.</summary>
    MicrogramPerHour = 1,
}
