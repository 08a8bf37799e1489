using ItbPlanner.Domain.Protocols;

namespace ItbPlanner.Domain.Log.Courses;

/// <summary>
/// Which titration rules a logged patient's course follows. Children follow the paediatric rules; adults follow their
/// origin's. Stiff person syndrome and other origins have no published rule (the reference invents none), so they are
/// held to the cerebral rules, the most cautious steps; a clinician who needs more records an override reason.
/// </summary>
public static class CourseOrigin
{
    /// <summary>The titration origin for a patient.</summary>
    public static TitrationOrigin For(Patient patient)
    {
        ArgumentNullException.ThrowIfNull(patient);
        if (patient.Population == Population.Child)
        {
            return TitrationOrigin.Pediatric;
        }

        return patient.Origin switch
        {
            SpasticityOrigin.Spinal => TitrationOrigin.Spinal,
            _ => TitrationOrigin.Cerebral,
        };
    }
}
