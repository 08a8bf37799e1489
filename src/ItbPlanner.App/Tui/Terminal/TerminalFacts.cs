namespace ItbPlanner.App.Tui.Terminal;

/// <summary>What the terminal UI reads of the process it runs in: its streams, whether it is interactive, and its environment variables.</summary>
/// <param name="Out">The terminal's output.</param>
/// <param name="Error">Where a one-line refusal goes when the terminal is not interactive.</param>
/// <param name="Interactive">Whether stdin and stdout are an interactive terminal.</param>
/// <param name="GetVariable">Reads an environment variable (<c>TERM</c>, <c>CI</c>, <c>NO_COLOR</c>, <c>ITB_AUTHOR</c>, <c>USER</c>).</param>
internal sealed record TerminalFacts(TextWriter Out, TextWriter Error, bool Interactive, Func<string, string?> GetVariable);
