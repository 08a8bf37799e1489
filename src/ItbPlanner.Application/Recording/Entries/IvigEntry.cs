using ItbPlanner.Domain.Log;
using ItbPlanner.Domain.Quantities;

namespace ItbPlanner.Application.Recording.Entries;

/// <summary>A course of intravenous immunoglobulin: a dose per kilogram of body weight over so many days from the event's date.</summary>
/// <param name="DosePerKg">The course's dose per kilogram, e.g. 2 g/kg.</param>
/// <param name="Weight">The body weight the dose is worked from.</param>
/// <param name="Days">The course's length in days.</param>
/// <param name="Notes">Free text.</param>
public sealed record IvigEntry(DosePerBodyWeight DosePerKg, BodyWeight Weight, int Days, string? Notes = null) : EntryDetails
{
    /// <inheritdoc/>
    public override EventKind Kind => EventKind.Ivig;
}
