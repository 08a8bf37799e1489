using ItbPlanner.Domain.Quantities;

namespace ItbPlanner.Application.ConcentrationChanges;

/// <summary>
/// The dead space of the pump tubing and catheter as a clinician gives it: the site-verified volume itself, or the
/// catheter model with its implanted length (with the pump, whose tubing volume the protocol knows). Not both.
/// </summary>
/// <param name="Volume">The site-verified volume of pump tubing plus catheter.</param>
/// <param name="CatheterId">The catheter model's protocol id.</param>
/// <param name="CatheterLengthCm">The implanted catheter length in cm.</param>
public sealed record DeadSpaceInput(Volume? Volume = null, string? CatheterId = null, decimal? CatheterLengthCm = null);
