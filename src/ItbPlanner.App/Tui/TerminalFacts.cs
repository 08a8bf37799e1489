namespace ItbPlanner.App.Tui;

/// <summary>What the bedside app reads of the process: its error stream, whether it is interactive, its variables.</summary>
/// <param name="Error">Where the one-line refusal of a non-interactive run goes.</param>
/// <param name="Interactive">Whether stdin and stdout are a terminal.</param>
/// <param name="GetVariable">Reads an environment variable.</param>
internal sealed record TerminalFacts(TextWriter Error, bool Interactive, Func<string, string?> GetVariable);
