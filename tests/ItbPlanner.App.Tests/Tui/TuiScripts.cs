namespace ItbPlanner.App.Tests.Tui;

/// <summary>Key scripts for the steps a clinician takes, shared by the screen tests.</summary>
internal static class TuiScripts
{
    /// <summary>From the home screen: register an adult with spinal spasticity and no risk factors; ends on their patient screen.</summary>
    public static ScriptedConsole RegisterAdult(this ScriptedConsole keys, string id) => keys
        .Choose("New patient")
        .Line(id)
        .Enter()
        .Choose("Adult")
        .Choose("Spinal")
        .Choose("None")
        .Choose("Register");

    /// <summary>From the patient screen: back to home and quit.</summary>
    public static ScriptedConsole BackHomeAndQuit(this ScriptedConsole keys) => keys.Choose("Cancel").Choose("Quit");

    /// <summary>On the home screen: open a patient.</summary>
    public static ScriptedConsole OpenPatient(this ScriptedConsole keys, string id) => keys.Choose("Open patient").Choose(id);
}
