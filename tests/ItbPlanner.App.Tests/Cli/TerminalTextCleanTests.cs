using System.Globalization;
using FsCheck;
using FsCheck.Fluent;
using ItbPlanner.App.Output;

namespace ItbPlanner.App.Tests.Cli;

/// <summary>
/// The terminal cleaning's fast path (printable ASCII skipped in vectorised steps) finds exactly the characters the
/// character-by-character rule finds: text is left as it is only when no character in it acts on a terminal.
/// </summary>
public sealed class TerminalTextCleanTests
{
    private static readonly char[] Alphabet = ['a', 'Z', '0', ' ', '~', '{', '\t', '\n', '\r', '\u001b', '\u0007', '\u007f', '\u0085', '\u200b', '\u202e', '\u2066', 'µ', '÷', 'é', '\ufeff'];

    private static bool Unsafe(char c) =>
        (char.IsControl(c) && c != '\t') || CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.Format;

    [Fact]
    public void Text_is_left_as_it_is_exactly_when_no_character_would_act_on_a_terminal()
    {
        var texts = Gen.ArrayOf(Gen.Elements(Alphabet)).Select(chars => new string(chars)).ToArbitrary();

        Check.One(Config.QuickThrowOnFailure.WithMaxTest(500), Prop.ForAll(texts, text =>
        {
            Assert.Equal(!text.Any(Unsafe), TerminalText.Clean(text) == text);
            Assert.Equal(!text.Any(c => Unsafe(c) && c != '\n'), TerminalText.IsClean(text, keepLineBreaks: true));
            Assert.DoesNotContain(TerminalText.Clean(text), Unsafe);
        }));
    }

    [Fact]
    public void A_long_ascii_text_with_one_bidi_override_at_its_end_is_escaped()
    {
        var text = new string('x', 100_000) + "\u202e";

        Assert.EndsWith("\\u202E", TerminalText.Clean(text), StringComparison.Ordinal);
    }
}
