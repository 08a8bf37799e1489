using ItbPlanner.Application.Patients;
using ItbPlanner.Application.Visits;

namespace ItbPlanner.App.Tui.Shell;

/// <summary>The selected patient in four lines: who and where the course stands, the program, today's recomputed dates.</summary>
internal static class PatientSummary
{
    /// <summary>The summary of a patient's file.</summary>
    public static string Of(PatientFile file)
    {
        ArgumentNullException.ThrowIfNull(file);
        var program = file.Record.Program;
        var outlook = file.Outlook;
        var who = $"{file.Id}{(file.Patient.Label == file.Id.Value ? string.Empty : " · " + file.Patient.Label)} · {PhaseText.Of(file.Phase)}"
            + (file.Pump is { } pump ? $" · {pump.Name}" : string.Empty)
            + (file.Record.PendingTransfer is not null ? " · NOT YET TRANSFERRED TO THE PUMP" : string.Empty);
        var runs = program is null
            ? "No program in force."
            : $"{Figures.Of(program.Dose)} at {Figures.Of(program.Concentration)} = {Figures.Of(program.Rate)}{(program.Suspended ? " · SUSPENDED" : string.Empty)}";
        var dates = outlook.HasProgram
            ? $"Alarm {Figures.Of(outlook.AlarmDate)} · empty {Figures.Of(outlook.EmptyDate)} · worst case {Figures.Of(outlook.WorstCaseEmptyDate)}"
            : "No reservoir dates yet.";
        var refill = outlook.RefillByDate is { } by ? $"Refill by {Figures.Of(by)}{(outlook.DaysUntilRefillBy is { } days ? $" ({days} days)" : string.Empty)}" : string.Empty;
        return string.Join("\n", who, runs, dates, refill);
    }
}
