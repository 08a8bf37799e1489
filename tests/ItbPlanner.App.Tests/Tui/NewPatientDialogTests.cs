using ItbPlanner.Domain.Log;
using ItbPlanner.Domain.Log.Payloads;
using Terminal.Gui.Input;

namespace ItbPlanner.App.Tests.Tui;

[Collection(TerminalGuiTests.Name)]
public class NewPatientDialogTests
{
    [Fact]
    public void The_iga_deficient_box_registers_the_patient_as_iga_deficient()
    {
        using var harness = new TuiHarness();
        string? form = null;

        harness.Ok(new UiScript()
            .Press(Key.F2).Sees("IgA deficient")
            .Type("IGA1").Tab().Type("I.G.").Tab(2).Press(Key.CursorDown, Key.CursorDown, Key.CursorDown, Key.Space)
            .Tab(6).Press(Key.Space)
            .Check(screen => form = screen)
            .Press(Key.Enter)
            .Sees("IGA1")
            .Quit());

        var registration = Assert.Single(harness.Events("IGA1"), e => e.Kind == EventKind.PatientRegistered);
        Assert.True(registration.ReadPayload<PatientRegisteredPayload>()!.Patient.IgaDeficient, form);
    }

    [Fact]
    public void An_unchecked_box_leaves_the_deficiency_not_known()
    {
        using var harness = new TuiHarness();

        harness.Ok(new UiScript().Press(Key.F2).Sees("New patient").Type("IGA2").Press(Key.Enter).Sees("IGA2").Quit());

        var registration = Assert.Single(harness.Events("IGA2"), e => e.Kind == EventKind.PatientRegistered);
        Assert.Null(registration.ReadPayload<PatientRegisteredPayload>()!.Patient.IgaDeficient);
    }
}
