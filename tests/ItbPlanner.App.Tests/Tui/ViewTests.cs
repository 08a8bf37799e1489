using ItbPlanner.App.Tui.Views;
using ItbPlanner.Application.Clinic;
using ItbPlanner.Domain.Alerts;
using ItbPlanner.Domain.Log;
using Spectre.Console;
using Spectre.Console.Rendering;
using Spectre.Console.Testing;

namespace ItbPlanner.App.Tests.Tui;

public class ViewTests
{
    [Fact]
    public void The_calendar_marks_each_date_with_its_letter_and_names_it_in_the_legend()
    {
        var text = Render(CalendarView.Render(
        [
            new(new DateOnly(2026, 11, 21), 'T', "today", Color.Aqua),
            new(new DateOnly(2027, 5, 5), 'R', "refill by", Color.Yellow),
            new(new DateOnly(2027, 5, 28), 'A', "alarm", Color.Red),
        ]));

        Assert.Contains("November 2026", text, StringComparison.Ordinal);
        Assert.Contains("May 2027", text, StringComparison.Ordinal);
        Assert.DoesNotContain("January 2027", text, StringComparison.Ordinal);
        Assert.Contains("21T", text, StringComparison.Ordinal);
        Assert.Contains(" 5R", text, StringComparison.Ordinal);
        Assert.Contains("28A", text, StringComparison.Ordinal);
        Assert.Contains("R refill by 2027-05-05 (Wednesday)", text, StringComparison.Ordinal);
    }

    [Fact]
    public void The_calendar_keeps_the_months_of_the_first_marks_when_there_are_too_many()
    {
        var text = Render(CalendarView.Render(
        [
            new(new DateOnly(2026, 11, 21), 'T', "today", Color.Aqua),
            new(new DateOnly(2027, 5, 20), 'R', "refill by", Color.Yellow),
            new(new DateOnly(2027, 10, 3), 'A', "alarm", Color.Red),
            new(new DateOnly(2027, 9, 8), 'W', "worst-case empty", Color.Red),
        ]));

        Assert.Contains("May 2027", text, StringComparison.Ordinal);
        Assert.DoesNotContain("September 2027", text, StringComparison.Ordinal);
        Assert.True(text.IndexOf("November 2026", StringComparison.Ordinal) < text.IndexOf("May 2027", StringComparison.Ordinal));
        Assert.Contains("W worst-case empty 2027-09-08", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Critical_alerts_name_code_and_patient_in_one_red_panel_and_nothing_shows_when_there_are_none()
    {
        var text = Render(CriticalAlertView.Render([new CriticalItem(new PatientId("P7"), Alert.Critical("UNDER_DELIVERY", "More left than expected."))]));

        Assert.Contains(CriticalAlertView.Heading, text, StringComparison.Ordinal);
        Assert.Contains("UNDER_DELIVERY patient P7", text, StringComparison.Ordinal);
        Assert.Same(Stack.Nothing, CriticalAlertView.Render([]));
        Assert.Equal(string.Empty, Render(Stack.Of(CriticalAlertView.Render([]), TransferView.Render([], _ => string.Empty))));
    }

    [Fact]
    public void A_refusal_lists_every_unmet_condition()
    {
        var text = Render(WhyNotView.Refused("bolus 2", ["a baseline assessment is recorded before the bolus", "at least 24 h after the previous bolus"]));

        Assert.Contains("REFUSED: bolus 2", text, StringComparison.Ordinal);
        Assert.Contains("• a baseline assessment is recorded before the bolus", text, StringComparison.Ordinal);
        Assert.Contains("• at least 24 h after the previous bolus", text, StringComparison.Ordinal);
    }

    private static string Render(IRenderable renderable)
    {
        using var console = new TestConsole().Width(120);
        console.Write(renderable);
        return console.Output.Trim();
    }
}
