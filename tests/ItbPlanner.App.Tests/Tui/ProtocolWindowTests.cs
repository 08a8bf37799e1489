using ItbPlanner.Application.Protocols;
using ItbPlanner.Testing;
using Terminal.Gui.Input;

namespace ItbPlanner.App.Tests.Tui;

[Collection(TerminalGuiTests.Name)]
public class ProtocolWindowTests
{
    [Fact]
    public void Help_protocol_lists_every_setting_with_its_source_and_names_those_awaiting_site_verification()
    {
        using var harness = new TuiHarness().With(ClinicLogSamples.DueSoon());
        var awaiting = ProtocolSettings.AwaitingVerification(harness.Protocol).Count;

        harness.Ok(new UiScript()
            .Press(Key.H.WithAlt, Key.P)
            .Sees("Protocol: ")
            .Sees($"{awaiting} settings marked VERIFY ON SITE must be checked before clinical use")
            .Check(screen => Assert.Contains(screen.Split('\n'), l => l.Contains("synchromed-ii-20.nonDeliverab", StringComparison.Ordinal) && l.Contains("VERIFY ON SITE", StringComparison.Ordinal)))
            .Sees("drugs.baclofen.strengths[50] = 50 mcg/mL · test")
            .Press(Key.PageDown, Key.PageDown)
            .Check(screen => Assert.DoesNotContain("strengths[50]", screen, StringComparison.Ordinal))
            .Sees("Setting")
            .Sees("Site verification")
            .Press(Key.Esc)
            .Check(screen => Assert.DoesNotContain("Protocol: ", screen, StringComparison.Ordinal))
            .Sees("P-SOON")
            .Quit());

        Assert.True(awaiting > 1);
    }
}
