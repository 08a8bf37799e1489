using ItbPlanner.App.Output;
using ItbPlanner.App.Output.Export;
using ItbPlanner.Application.Review;
using ItbPlanner.Domain.Errors;
using ItbPlanner.Domain.Log;

namespace ItbPlanner.App.Tui.Review;

/// <summary>An export format of a patient's verified log, with its own default file name, so exports in different formats never overwrite each other.</summary>
/// <param name="Code">The format as the command line's <c>log export --format</c> names it.</param>
/// <param name="Label">The format's name on screen.</param>
/// <param name="Suffix">What follows the patient's id in the default file name.</param>
internal sealed record ExportFormat(string Code, string Label, string Suffix)
{
    /// <summary>One row per event, units in the column names.</summary>
    public static ExportFormat Csv { get; } = new("csv", "CSV", "log.csv");

    /// <summary>Every stored field and the head hash.</summary>
    public static ExportFormat Json { get; } = new("json", "JSON", "log.json");

    /// <summary>An R4 Bundle of the medication events.</summary>
    public static ExportFormat Fhir { get; } = new("fhir", "FHIR", "fhir.json");

    /// <summary>The default file name for a patient: <c>ID-log.csv</c>, <c>ID-log.json</c> or <c>ID-fhir.json</c>.</summary>
    public string FileName(PatientId patient) => $"{patient.Value}-{Suffix}";

    /// <summary>
    /// Writes the patient's verified log to <paramref name="path"/> (owner-only, whole or not at all) and says what was
    /// written, with the head hash; a log that fails verification is not exported.
    /// </summary>
    /// <exception cref="InvalidInputException">The log fails verification, the patient is unknown or the file cannot be written; the message says why.</exception>
    /// <exception cref="Application.Ports.LogUnavailableException">The log cannot be read.</exception>
    public string Write(ExportLog useCase, PatientId patient, string path)
    {
        ArgumentNullException.ThrowIfNull(useCase);
        var export = useCase.Export(patient);
        if (export.Broken is { } broken)
        {
            throw new InvalidInputException("export", $"the log fails verification: {broken.Message}");
        }

        var events = export.Events;
        OutputFile.Write(path, LogExports.Build(Code, export.Registration, events, export.Voided, export.Now, export.Zone), "export folder");
        return $"Wrote {events.Count} events as {Label} (head hash {events[^1].Hash[..12]}) to\n{path}";
    }
}
