using Spectre.Console.Testing;

namespace ItbPlanner.App.Tests.Tui;

/// <summary>Key scripts for the steps a clinician takes, shared by the screen tests.</summary>
internal static class TuiScripts
{
    /// <summary>
    /// From the home screen: register an adult with spinal spasticity and no risk factors, from 2026-11-20 08:00 (or
    /// <paramref name="from"/>); ends on their patient screen.
    /// </summary>
    public static TestConsole RegisterAdult(this TestConsole keys, string id, string from = "2026-11-20 08:00") => keys
        .Choose("New")
        .Line(id)
        .Enter()
        .Choose("Adult")
        .Choose("Spinal")
        .Choose("None")
        .Line(from)
        .Choose("Register");

    /// <summary>From the patient screen: back to home and quit.</summary>
    public static TestConsole BackHomeAndQuit(this TestConsole keys) => keys.Choose("Cancel").Choose("Quit");

    /// <summary>On the home screen: open a patient.</summary>
    public static TestConsole OpenPatient(this TestConsole keys, string id) => keys.Choose("Open").Choose(id);

    /// <summary>
    /// From the patient screen: the whole screening trial to a positive outcome on 2026-11-21 (booking, baseline at 07:00,
    /// 50 mcg at 07:30, scores 1 h after, outcome now with a 6 h effect); ends on the screening screen.
    /// </summary>
    public static TestConsole ScreenToPositive(this TestConsole keys) => keys
        .Choose("Screening")
        .Choose("Book").Enter().Line("2026-11-20 09:00").Choose("Log")
        .Choose("baseline").Line("2026-11-21 07:00").Choose("3").Line("left knee flexors").Choose("3").Choose("Log")
        .Choose("Give").Choose("Lumbar").Line("2026-11-21 07:30").Choose("Log")
        .Choose("after").Line("1 h").Choose("1+").Enter().Choose("1").Choose("Log")
        .Choose("outcome").Choose("Positive").Line("6 h").Choose("No").Enter().Choose("Log");

    /// <summary>
    /// On the implant screen: implant now, SynchroMed II 40 mL, catheter not recorded, 40 mL of 500 mcg/mL at the rule's
    /// dose, confirmed with the id and marked transferred; ends on the patient screen.
    /// </summary>
    public static TestConsole Implant(this TestConsole keys, string id) => keys
        .Enter()
        .Choose("40")
        .Choose("Not")
        .Choose("500")
        .Enter()
        .Choose("rule")
        .Line(id)
        .Choose("Mark");

    /// <summary>From the home screen: a patient registered, screened positive and implanted on 2026-11-21 (clock at 09:00); back on the home screen.</summary>
    public static TestConsole ImplantedPatient(this TestConsole keys, string id) => keys
        .RegisterAdult(id).ScreenToPositive().Choose("Go").Implant(id).Choose("Cancel");

    /// <summary>From the home screen: a titration day for a patient now towards a target, confirming the proposed step; back on the home screen.</summary>
    public static TestConsole TitrateProposed(this TestConsole keys, string id, string target) => keys
        .Choose("Titration").Choose(id)
        .Enter()
        .Line(target)
        .Choose("Confirm")
        .Line(id)
        .Choose("Mark")
        .Choose("Cancel");
}
