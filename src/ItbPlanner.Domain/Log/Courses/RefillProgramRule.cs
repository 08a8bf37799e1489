using ItbPlanner.Domain.Alerts;
using ItbPlanner.Domain.Internal;
using ItbPlanner.Domain.Log.Timeline;
using ItbPlanner.Domain.Quantities;
using ItbPlanner.Domain.Workflow;

namespace ItbPlanner.Domain.Log.Courses;

/// <summary>
/// What a refill needs from the program in force, shared by the log's guard and every front end: the drug put in must be
/// the strength the program in force is for. A refill at a new strength under the old program makes the pump run the old
/// volume rate of the new drug — the wrong dose, with nothing to alert anyone (failure-modes #7) — so it is refused unless
/// the new program is recorded first, in the same step. Whether the course allows a refill at all (a pump in place, a
/// withdrawal emergency included) is the workflow's question: <see cref="TherapyCourse.CanRefill"/>.
/// </summary>
public static class RefillProgramRule
{
    /// <summary>
    /// The critical <c>PROGRAM_CONCENTRATION_MISMATCH</c> alert that refuses a refill at <paramref name="concentration"/>
    /// under <paramref name="program"/>, or null when the strengths match (or no program is in force).
    /// </summary>
    public static Alert? Mismatch(ProgramInForce? program, MassConcentration concentration)
    {
        if (program is null || program.Concentration == concentration)
        {
            return null;
        }

        var delivered = program.Rate * concentration;
        var times = (concentration / program.Concentration).ToDisplay(2);
        return Alert.Critical(
            AlertCodes.ProgramConcentrationMismatch,
            $"A refill at {concentration.Display()} while the program in force is for {program.Concentration.Display()}: the pump keeps running {program.Rate.Display()}, " +
            $"which at {concentration.Display()} delivers {delivered.Display()} instead of {program.Dose.Display()} ({times} times the dose). " +
            $"Record the new program (the daily dose at {concentration.Display()}) with the refill, and bridge the old drug in the pump tubing and catheter; nothing was logged.");
    }
}
