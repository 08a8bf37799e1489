using System.Globalization;
using ItbPlanner.Domain.Assessments;
using ItbPlanner.Domain.Log;
using Spectre.Console;

namespace ItbPlanner.App.Tui.Prompts;

/// <summary>
/// Asks for one assessment's scores on the scales the patient's origin uses: Modified Ashworth (with the muscle group)
/// and Penn spasm frequency, or the two stiff person syndrome scales. At least one score is required.
/// </summary>
internal static class ScoresPrompt
{
    /// <summary>The scores and the muscle group the Modified Ashworth grade was taken at.</summary>
    public static Choice<(AssessmentScores Scores, string? Site)> Ask(IAnsiConsole console, SpasticityOrigin origin)
    {
        while (true)
        {
            var result = origin == SpasticityOrigin.StiffPersonSyndrome ? AskSps(console) : AskSpasticity(console);
            if (result.Kind != ChoiceKind.Value || result.Value.Scores is not null)
            {
                return result.Kind == ChoiceKind.Value ? Choice<(AssessmentScores, string?)>.Of((result.Value.Scores!, result.Value.Site)) : new(result.Kind, default);
            }

            console.MarkupLine("[yellow]An assessment needs at least one score.[/]");
        }
    }

    private static Choice<(AssessmentScores? Scores, string? Site)> AskSpasticity(IAnsiConsole console)
    {
        var mas = Prompts.Ask.Menu(console, "Modified Ashworth grade of the muscle group followed", [.. ModifiedAshworth.All.Select(g => ($"{g} — {g.Meaning}", (ModifiedAshworth?)g)), ("Not assessed", (ModifiedAshworth?)null)]);
        if (!mas.HasValue)
        {
            return new(mas.Kind, default);
        }

        string? site = null;
        if (mas.Value is not null)
        {
            var where = Prompts.Ask.OptionalText(console, "Muscle group (e.g. left knee flexors)");
            if (!where.HasValue)
            {
                return new(where.Kind, default);
            }

            site = where.Value;
        }

        var penn = Prompts.Ask.Menu(
            console,
            "Penn spasm frequency",
            [.. Enumerable.Range(PennSpasmFrequency.Minimum, PennSpasmFrequency.Maximum - PennSpasmFrequency.Minimum + 1).Select(n => new PennSpasmFrequency(n)).Select(p => ($"{p} — {p.Meaning}", (PennSpasmFrequency?)p)), ("Not assessed", (PennSpasmFrequency?)null)]);
        if (!penn.HasValue)
        {
            return new(penn.Kind, default);
        }

        return Choice<(AssessmentScores?, string?)>.Of((mas.Value is null && penn.Value is null ? null : new AssessmentScores(mas.Value, penn.Value), site));
    }

    private static Choice<(AssessmentScores? Scores, string? Site)> AskSps(IAnsiConsole console)
    {
        var distribution = Prompts.Ask.Menu(
            console,
            "SPS distribution-of-stiffness index",
            [.. Enumerable.Range(SpsDistributionOfStiffness.Minimum, SpsDistributionOfStiffness.Maximum + 1).Select(n => (n.ToString(CultureInfo.InvariantCulture), (int?)n)), ("Not assessed", (int?)null)]);
        if (!distribution.HasValue)
        {
            return new(distribution.Kind, default);
        }

        var sensitivity = Prompts.Ask.Menu(
            console,
            "SPS heightened-sensitivity score",
            [.. Enumerable.Range(SpsHeightenedSensitivity.Minimum, SpsHeightenedSensitivity.Maximum + 1).Select(n => (n.ToString(CultureInfo.InvariantCulture), (int?)n)), ("Not assessed", (int?)null)]);
        if (!sensitivity.HasValue)
        {
            return new(sensitivity.Kind, default);
        }

        return Choice<(AssessmentScores?, string?)>.Of((
            distribution.Value is null && sensitivity.Value is null
                ? null
                : new AssessmentScores(
                    spsDistributionOfStiffness: distribution.Value is { } d ? new SpsDistributionOfStiffness(d) : null,
                    spsHeightenedSensitivity: sensitivity.Value is { } s ? new SpsHeightenedSensitivity(s) : null),
            null));
    }
}
