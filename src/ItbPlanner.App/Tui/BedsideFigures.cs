using ItbPlanner.App.Output.Views;
using ItbPlanner.Domain.Log.Payloads;
using ItbPlanner.Domain.Quantities;

namespace ItbPlanner.App.Tui;

/// <summary>The event summary's figures at bedside precision (<see cref="Figures"/>): the log keeps full precision.</summary>
internal sealed class BedsideFigures : FigureStyle
{
    /// <summary>The one instance.</summary>
    public static BedsideFigures Instance { get; } = new();

    /// <inheritdoc/>
    public override string Of(Volume value) => Figures.Of(value);

    /// <inheritdoc/>
    public override string Of(MassFlow value) => Figures.Of(value);

    /// <inheritdoc/>
    public override string Of(VolumeFlow value) => Figures.Of(value);

    /// <inheritdoc/>
    public override string Of(MassConcentration value) => Figures.Of(value);

    /// <inheritdoc/>
    public override string Of(Mass value) => Figures.Of(value);

    /// <inheritdoc/>
    public override string Of(Duration value) => Figures.Of(value);

    /// <inheritdoc/>
    public override string Oral(Mass value) => Figures.Oral(value);

    /// <inheritdoc/>
    public override string Oral(MassFlow value) => Figures.Oral(value);

    /// <inheritdoc/>
    public override string Of(DeliveryMode mode) => mode == DeliveryMode.SimpleContinuous ? string.Empty : base.Of(mode);
}
