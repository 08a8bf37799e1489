using ItbPlanner.Domain.Log.Payloads;
using ItbPlanner.Domain.Quantities;

namespace ItbPlanner.Domain.Log.Timeline;

/// <summary>The pump program in force: set at implant or by the newest standing <c>dose-program</c> event.</summary>
/// <param name="Dose">Daily dose.</param>
/// <param name="Concentration">Concentration programmed.</param>
/// <param name="Rate">Volume rate (recorded, or dose ÷ concentration).</param>
/// <param name="Mode">Delivery mode.</param>
/// <param name="Since">When it was set.</param>
/// <param name="Seq">The event that set it.</param>
/// <param name="Suspended">Whether infusion is suspended now.</param>
public sealed record ProgramInForce(MassFlow Dose, MassConcentration Concentration, VolumeFlow Rate, DeliveryMode Mode, DateTimeOffset Since, long Seq, bool Suspended = false);
