using System.Globalization;
using System.Net;
using System.Text;
using ItbPlanner.App.Output.Views;
using ItbPlanner.Application.Ports;
using ItbPlanner.Domain.Log;
using ItbPlanner.Domain.Log.Timeline;
using ItbPlanner.Domain.Scheduling;

namespace ItbPlanner.App.Output.Export;

/// <summary>
/// <c>itb report</c>: one self-contained HTML page for a team review (inline CSS and SVG, no scripts, no links): patient
/// summary, program in force, the next alarm, empty, worst-case empty and refill-by dates recomputed as <c>itb schedule</c>
/// does (the recorded ones beside them, labelled), the dose chart, the chain's verification and the event table. Every
/// text from the log is HTML-encoded.
/// </summary>
internal static class HtmlReport
{
    /// <summary>The page's Content-Security-Policy: its own inline style and SVG only; no script, no fetch, no form.</summary>
    public const string ContentSecurityPolicy = "default-src 'none'; style-src 'unsafe-inline'; img-src data:; base-uri 'none'; form-action 'none'";

    private const string Style = """
        body { font-family: "DejaVu Sans", Arial, sans-serif; margin: 2em; color: #222; max-width: 1100px; }
        h1 { font-size: 1.5em; margin-bottom: 0.2em; } h2 { font-size: 1.15em; margin-top: 1.6em; border-bottom: 1px solid #ccc; }
        table { border-collapse: collapse; width: 100%; } th, td { border: 1px solid #ccc; padding: 4px 8px; text-align: left; vertical-align: top; }
        th { background: #f2f4f7; } table.facts th { width: 14em; } .muted { color: #666; font-size: 0.9em; }
        .alert { color: #b00020; font-weight: bold; } .ok { color: #1b7a1b; font-weight: bold; } .void { text-decoration: line-through; color: #888; }
        code { font-size: 0.85em; } @media print { body { margin: 0; } h2 { break-after: avoid; } tr { break-inside: avoid; } }
        """;

    /// <summary>What the report shows.</summary>
    /// <param name="Registered">The patient and registration.</param>
    /// <param name="Timeline">Their therapy read from the log.</param>
    /// <param name="Events">Every event, in sequence order.</param>
    /// <param name="Voided">Events retracted or replaced.</param>
    /// <param name="Verification">The chain's verification.</param>
    /// <param name="Today">The local date of the report.</param>
    /// <param name="GeneratedAt">The local time of the report, as text.</param>
    /// <param name="ProtocolTitle">The protocol in force.</param>
    /// <param name="ChartSvg">The dose chart.</param>
    /// <param name="Local">Shows a moment in local time.</param>
    /// <param name="Outlook">The current dates, recomputed as <c>itb schedule</c> does, and the schedule's alerts.</param>
    /// <param name="Therapies">The therapy timeline (ITB dose, medicines, immunotherapy, scores).</param>
    /// <param name="TimelineSvg">The timeline drawn; shown when the timeline has more than the ITB dose, which the dose chart already shows.</param>
    internal sealed record Model(
        PatientRegistration Registered,
        TherapyRecord Timeline,
        IReadOnlyList<LogEvent> Events,
        IReadOnlySet<long> Voided,
        ChainVerification Verification,
        DateOnly Today,
        string GeneratedAt,
        string ProtocolTitle,
        string ChartSvg,
        Func<DateTimeOffset, string> Local,
        PatientOutlook Outlook,
        TherapyTimeline Therapies,
        string TimelineSvg);

    /// <summary>Renders the page.</summary>
    public static string Render(Model model)
    {
        ArgumentNullException.ThrowIfNull(model);
        var patient = model.Timeline.Patient;
        var html = new StringBuilder();
        html.Append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n");

        // The page holds patient data and text typed into the log: nothing in it may load, run or send anything.
        html.Append($"<meta http-equiv=\"Content-Security-Policy\" content=\"{ContentSecurityPolicy}\">\n");
        html.Append(CultureInfo.InvariantCulture, $"<title>ITB review: patient {E(patient.Id.Value)}</title>\n<style>\n{Style}\n</style>\n</head>\n<body>\n");
        html.Append(CultureInfo.InvariantCulture, $"<h1>Intrathecal baclofen review: patient {E(patient.Id.Value)} ({E(patient.Label)})</h1>\n");
        html.Append(CultureInfo.InvariantCulture, $"<p class=\"muted\">Generated {E(model.GeneratedAt)} from the therapy log; protocol {E(model.ProtocolTitle)}. Reference for the care team, not a prescription.</p>\n");

        html.Append("<h2>Patient</h2>\n<table class=\"facts\">\n");
        Fact(html, "Population", LogCodes.Code(patient.Population));
        Fact(html, "Origin", LogCodes.Code(patient.Origin));
        Fact(html, "Pump", patient.PumpModelId ?? "none recorded");
        Fact(html, "Catheter", patient.Catheter is { } c
            ? string.Join(", ", new[] { c.ModelId, c.ImplantedLengthCm is { } cm ? $"{cm.ToString(CultureInfo.InvariantCulture)} cm implanted" : null, c.TipLevel is { } tip ? $"tip at {tip}" : null, c.Notes }.Where(s => s is not null))
            : "none recorded");
        FactHtml(html, "Withdrawal risk", patient.HasWithdrawalRisk
            ? $"<span class=\"alert\">{E(string.Join(", ", patient.WithdrawalRiskFactors.Select(LogCodes.Code)))}</span>"
            : "no risk factor recorded");
        if (patient.RiskNotes is { } notes)
        {
            Fact(html, "Risk notes", notes);
        }

        Fact(html, "Registered", model.Local(model.Registered.RegisteredAt));
        html.Append("</table>\n");

        html.Append("<h2>Current program and next dates</h2>\n<table class=\"facts\">\n");
        Fact(html, "Program in force", PatientView.Program(model.Timeline.Program, model.Local));
        var outlook = model.Outlook;
        if (!outlook.HasProgram)
        {
            Fact(html, "Next dates", "none: no pump program in force");
        }
        else if (outlook.RefillByDate is null)
        {
            FactHtml(html, "Next dates", $"<span class=\"alert\">{E(OutlookView.Current(outlook))}</span>");
        }
        else
        {
            FactHtml(html, "Low-reservoir alarm", DateCell(outlook.AlarmDate, model.Today));
            FactHtml(html, "Empty", DateCell(outlook.EmptyDate, model.Today));
            FactHtml(html, "Worst-case empty", DateCell(outlook.WorstCaseEmptyDate, model.Today));
            FactHtml(html, "Refill by", $"{DateCell(outlook.RefillByDate, model.Today)} <span class=\"muted\">({E(OutlookView.Limit(outlook.BindingLimit))})</span>");
        }

        if (outlook.HasProgram)
        {
            FactHtml(html, "How", $"<span class=\"muted\">{E(OutlookView.Heading)} on {E(EventSummary.Date(model.Today))}: from the last fill and the program in force, never from dates stored in the log.</span>");
        }

        if (OutlookView.Recorded(outlook) is { } recorded)
        {
            FactHtml(html, "Recorded dates", $"<span class=\"muted\">{E(recorded)}: as recorded, not current</span>");
        }

        if (outlook.Alerts.Count > 0)
        {
            FactHtml(html, "Alerts", string.Join("<br>", outlook.Alerts.Select(a =>
                a.Severity == Domain.Alerts.AlertSeverity.Critical
                    ? $"<span class=\"alert\">CRITICAL {E(a.Code)}</span>: {E(a.Message)}"
                    : $"<b>{E(Json.AlertJson.SeverityName(a.Severity).ToUpperInvariant())} {E(a.Code)}</b>: {E(a.Message)}")));
        }

        var open = model.Timeline.Alarms.Where(a => !a.Acknowledged).ToArray();
        FactHtml(html, "Unacknowledged alarms", open.Length == 0
            ? "none"
            : $"<span class=\"alert\">{E(string.Join("; ", open.Select(a => $"{LogCodes.Code(a.Alarm)} at {model.Local(a.At)} (event {a.Seq})")))}</span>");
        if (model.Timeline.Fills is [.., var fill])
        {
            Fact(html, "Last fill", $"{model.Local(fill.At)}: {fill.Volume} at {fill.Concentration}" + (fill.Aspirated is { } a ? $", aspirated {a}" : string.Empty) + (fill.ExpectedResidual is { } x ? $" (expected {x})" : string.Empty));
        }

        html.Append("</table>\n");

        html.Append("<h2>Daily dose over time</h2>\n").Append(model.ChartSvg).Append('\n');
        if (model.Therapies.Series.Count > 1)
        {
            html.Append("<h2>Therapy timeline</h2>\n").Append(model.TimelineSvg).Append('\n');
            html.Append("<ul class=\"legend\">\n");
            foreach (var series in model.Therapies.Series)
            {
                html.Append(CultureInfo.InvariantCulture, $"<li><b>{E(series.Name)}</b>: {E(TimelineView.Heading(series))}</li>\n");
            }

            html.Append(CultureInfo.InvariantCulture, $"</ul>\n<p class=\"muted\">{E(TimelineView.Summary(model.Therapies))} Each lane has its own scale; bands are courses (first to last day), steps hold until the next.</p>\n");
        }

        html.Append("<h2>Log integrity</h2>\n<p>");
        if (model.Verification.FirstBreak is { } broken)
        {
            html.Append(CultureInfo.InvariantCulture, $"<span class=\"alert\">The hash chain is BROKEN: {E(broken.Message)}</span> Do not rely on this history until it is explained.");
        }
        else
        {
            html.Append(CultureInfo.InvariantCulture, $"<span class=\"ok\">Hash chain intact</span>: {model.Verification.Events} events verified. Head hash <code>{E(model.Events[^1].Hash)}</code>; keep it to detect later rewriting of the newest events.");
        }

        html.Append("</p>\n");

        html.Append(CultureInfo.InvariantCulture, $"<h2>Events ({model.Events.Count})</h2>\n<table>\n<tr><th>#</th><th>Occurred</th><th>Kind</th><th>What</th><th>Author</th><th>Reason</th><th>Hash</th></tr>\n");
        foreach (var e in model.Events)
        {
            var css = model.Voided.Contains(e.Seq) ? " class=\"void\"" : string.Empty;
            html.Append(CultureInfo.InvariantCulture, $"<tr{css}><td>{e.Seq}</td><td>{E(model.Local(e.OccurredAt))}</td><td>{E(LogCodes.Code(e.Kind))}</td><td>{E(EventSummary.Describe(e))}</td><td>{E(e.Author)}</td><td>{E(e.Reason ?? string.Empty)}</td><td><code>{E(e.Hash[..12])}</code></td></tr>\n");
        }

        html.Append("</table>\n");
        if (model.Voided.Count > 0)
        {
            html.Append("<p class=\"muted\">Struck-through events were retracted or replaced by a later correction; they stay in the log.</p>\n");
        }

        html.Append("</body>\n</html>\n");
        return html.ToString();
    }

    private static string DateCell(DateOnly? date, DateOnly today)
    {
        if (date is not { } d)
        {
            return "unknown";
        }

        var days = d.DayNumber - today.DayNumber;
        var text = E(EventSummary.Date(d));
        return days switch
        {
            < 0 => $"<span class=\"alert\">{text} (passed {-days} days ago)</span>",
            0 => $"<span class=\"alert\">{text} (today)</span>",
            _ => $"{text} (in {days} days)",
        };
    }

    private static void Fact(StringBuilder html, string name, string value) => FactHtml(html, name, E(value));

    private static void FactHtml(StringBuilder html, string name, string valueHtml) =>
        html.Append(CultureInfo.InvariantCulture, $"<tr><th>{E(name)}</th><td>{valueHtml}</td></tr>\n");

    /// <summary>Text for the page: control characters shown as visible escapes (they are not valid in HTML), then HTML-encoded.</summary>
    private static string E(string text) => WebUtility.HtmlEncode(TerminalText.Clean(text));
}
