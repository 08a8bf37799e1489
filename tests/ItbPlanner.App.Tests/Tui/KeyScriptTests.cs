using ItbPlanner.Domain.Log.Payloads;

namespace ItbPlanner.App.Tests.Tui;

/// <summary>The harness on Spectre's TestConsole catches scripts that do not match the screens they drive.</summary>
public sealed class KeyScriptTests : IDisposable
{
    private readonly TuiHarness tui = new();

    public void Dispose() => tui.Dispose();

    [Fact]
    public void Keys_left_over_when_the_ui_quits_are_reported()
    {
        var session = tui.Run(keys => keys.Choose("Quit").Choose("Quit"));

        Assert.Equal(0, session.ExitCode);
        Assert.True(session.KeysLeft);
    }

    [Fact]
    public void A_script_that_runs_out_of_keys_ends_the_session_with_an_error()
    {
        var session = tui.Run(keys => keys.Choose("New"));

        Assert.NotEqual(0, session.ExitCode);
        Assert.False(session.KeysLeft);
    }

    [Fact]
    public void Typed_punctuation_reaches_a_text_field_as_typed()
    {
        tui.Ok(keys => keys
            .Choose("New").Line("P1").Line("J.(D.) 50%-\"x\"").Choose("Adult").Choose("Spinal").Choose("None").Line("2026-11-20 08:00").Choose("Register")
            .Choose("Cancel").Choose("Quit"));

        Assert.Equal("J.(D.) 50%-\"x\"", tui.Events("P1")[0].ReadPayload<PatientRegisteredPayload>()!.Patient.Label);
    }
}
