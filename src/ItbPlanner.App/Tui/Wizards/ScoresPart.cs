using ItbPlanner.App.Tui.Forms;
using ItbPlanner.Domain.Assessments;
using ItbPlanner.Domain.Log;
using Terminal.Gui.Views;

namespace ItbPlanner.App.Tui.Wizards;

/// <summary>
/// One assessment's scores as rows of a form, on the scales the patient's origin uses: Modified Ashworth with the muscle
/// group followed and Penn spasm frequency, or for stiff-person syndrome the distribution-of-stiffness index (0–6) and the
/// heightened-sensitivity scale (0–7). A blank score is not assessed; at least one is needed. A score that is not on its
/// scale is marked on its field in words.
/// </summary>
internal sealed class ScoresPart
{
    private readonly Form form;
    private readonly TextField? ashworth;
    private readonly TextField? muscleGroup;
    private readonly TextField? penn;
    private readonly TextField? distribution;
    private readonly TextField? sensitivity;

    /// <summary>Adds the scales of a patient's origin to a form.</summary>
    public ScoresPart(Form form, SpasticityOrigin origin)
    {
        ArgumentNullException.ThrowIfNull(form);
        this.form = form;
        IsStiffPersonSyndrome = origin == SpasticityOrigin.StiffPersonSyndrome;
        if (IsStiffPersonSyndrome)
        {
            distribution = form.TextField("Distribution of stiffness", hint: "0–6 regions stiff; blank: none");
            sensitivity = form.TextField("Heightened sensitivity", hint: "0–7 triggers; blank: none");
            return;
        }

        ashworth = form.TextField("Modified Ashworth", hint: "0, 1, 1+, 2, 3, 4; blank: none");
        muscleGroup = form.TextField("Muscle group", hint: "graded, e.g. left knee flexors");
        penn = form.TextField("Penn spasm frequency", hint: "0–4; blank: none");
    }

    /// <summary>Whether the stiff-person syndrome scales are asked.</summary>
    public bool IsStiffPersonSyndrome { get; }

    /// <summary>The scores and the muscle group graded, or null when a field is in error (marked in words).</summary>
    public (AssessmentScores Scores, string? Site)? Read()
    {
        var ok = true;
        var mas = Score<ModifiedAshworth>(ashworth, "grades are 0, 1, 1+, 2, 3, 4", ref ok);
        var spasms = Score<PennSpasmFrequency>(penn, "Penn is 0–4", ref ok);
        var stiffness = Score<SpsDistributionOfStiffness>(distribution, "the index is 0–6", ref ok);
        var triggers = Score<SpsHeightenedSensitivity>(sensitivity, "the scale is 0–7", ref ok);
        if (!ok)
        {
            return null;
        }

        if (mas is null && spasms is null && stiffness is null && triggers is null)
        {
            form.Error((ashworth ?? distribution)!, "at least one score is needed");
            return null;
        }

        var site = string.IsNullOrWhiteSpace(muscleGroup?.Text) || mas is null ? null : muscleGroup.Text.Trim();
        return (new AssessmentScores(mas, spasms, stiffness, triggers), site);
    }

    private T? Score<T>(TextField? field, string what, ref bool ok)
        where T : struct, IParsable<T>
    {
        if (field is null)
        {
            return null;
        }

        var text = (field.Text ?? string.Empty).Trim();
        if (text.Length == 0)
        {
            form.Error(field, null);
            return null;
        }

        if (T.TryParse(text, null, out var score))
        {
            form.Error(field, null);
            return score;
        }

        form.Error(field, $"'{text}': {what}");
        ok = false;
        return null;
    }
}
