using ItbPlanner.Domain.Log;
using ItbPlanner.Domain.Log.Payloads;
using ItbPlanner.Domain.Quantities;

namespace ItbPlanner.App.Output.Views;

/// <summary>
/// How an event's figures are written: in full, as the log keeps them (exports, reports, the command line), or at the
/// precision a clinician acts on (the bedside app). One summary of events serves both.
/// </summary>
internal abstract class FigureStyle
{
    /// <summary>Every figure as the log keeps it.</summary>
    public static FigureStyle Full { get; } = new FullFigures();

    /// <summary>A volume.</summary>
    public abstract string Of(Volume value);

    /// <summary>A daily dose.</summary>
    public abstract string Of(MassFlow value);

    /// <summary>A rate.</summary>
    public abstract string Of(VolumeFlow value);

    /// <summary>A strength.</summary>
    public abstract string Of(MassConcentration value);

    /// <summary>A dose of drug.</summary>
    public abstract string Of(Mass value);

    /// <summary>A duration.</summary>
    public abstract string Of(Duration value);

    /// <summary>An oral dose (oral medicines are prescribed in mg, never in the pump's mcg).</summary>
    public virtual string Oral(Mass value) => Of(value.ToUnit(MassUnit.Milligram));

    /// <summary>An oral daily total, in mg/day.</summary>
    public virtual string Oral(MassFlow value) => Of(value.ToUnit(MassFlowUnit.MilligramPerDay));

    /// <summary>A delivery mode after a rate (", simple-continuous"); the bedside app names only the modes that are not.</summary>
    public virtual string Of(DeliveryMode mode) => ", " + LogCodes.Code(mode);

    private sealed class FullFigures : FigureStyle
    {
        public override string Of(Volume value) => value.Display();

        public override string Of(MassFlow value) => value.Display();

        public override string Of(VolumeFlow value) => value.Display();

        public override string Of(MassConcentration value) => value.Display();

        public override string Of(Mass value) => value.Display();

        public override string Of(Duration value) => value.Display();
    }
}
