using Spectre.Console;

namespace ItbPlanner.App.Hosting;

/// <summary>Creates Spectre consoles over a writer, with ANSI only where the terminal takes it.</summary>
internal static class ConsoleFactory
{
    /// <summary>Width used when the output is not a terminal (files, pipes, tests).</summary>
    public const int RedirectedWidth = 120;

    /// <summary>Creates a console writing to <paramref name="writer"/>.</summary>
    public static IAnsiConsole Create(TextWriter writer, bool ansi, bool interactive)
    {
        var console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Ansi = ansi ? AnsiSupport.Detect : AnsiSupport.No,
            ColorSystem = ansi ? ColorSystemSupport.Detect : ColorSystemSupport.NoColors,
            Interactive = interactive ? InteractionSupport.Yes : InteractionSupport.No,
            Out = new AnsiConsoleOutput(writer),
            Enrichment = new ProfileEnrichment { UseDefaultEnrichers = false },
        });
        if (!ansi)
        {
            console.Profile.Width = RedirectedWidth;
        }

        return console;
    }
}
