using System.Text;
using System.Text.Json.Serialization;
using FsCheck;
using FsCheck.Fluent;
using ItbPlanner.App.Output.Json;

namespace ItbPlanner.App.Tests.Cli;

/// <summary>JSON is decoded into the terminal writer as the serialiser streams it: what is printed is exactly what was written.</summary>
public sealed class Utf8TextStreamTests
{
    private static readonly string[] Pieces = ["a", "{\n  \"dose\": 186,\n", "µ", "÷", "×", "é", "😀", "\u202e", new string('x', 40_000)];

    [Fact]
    public void Text_written_in_any_slices_comes_back_whole_even_with_characters_split_between_writes()
    {
        var cases = Gen.Zip(Gen.ListOf(Gen.Elements(Pieces)), Gen.Choose(1, 70_000)).ToArbitrary();

        Check.One(Config.QuickThrowOnFailure.WithMaxTest(60), Prop.ForAll(cases, c =>
        {
            var text = string.Concat(c.Item1);
            var bytes = Encoding.UTF8.GetBytes(text);
            var printed = new StringWriter();
            using (var stream = new Utf8TextStream(printed))
            {
                for (var at = 0; at < bytes.Length; at += c.Item2)
                {
                    stream.Write(bytes, at, Math.Min(c.Item2, bytes.Length - at));
                }
            }

            Assert.Equal(text, printed.ToString());
        }));
    }

    [Fact]
    public void A_character_left_incomplete_when_the_stream_ends_is_written_as_a_replacement_character()
    {
        var printed = new StringWriter();
        using (var stream = new Utf8TextStream(printed))
        {
            stream.Write([(byte)'a', 0xC2]); // "a" and the first byte of "µ"
            Assert.Equal("a", printed.ToString());
        }

        Assert.Equal("a\uFFFD", printed.ToString());
    }

    [Fact]
    public void A_long_document_reaches_the_writer_before_it_is_all_serialised()
    {
        var lines = new CountedLines(10_000);
        var printed = new FirstWriteWatcher(lines);

        JsonOutput.Write(printed, new LongDocument(lines), LongDocumentContext.Default.LongDocument);

        Assert.True(printed.LinesTakenAtFirstWrite < lines.Count / 2, $"{printed.LinesTakenAtFirstWrite} of {lines.Count} lines were serialised before anything was printed");
        Assert.Contains("\"line 9999\"", printed.ToString(), StringComparison.Ordinal);
    }

    internal sealed record LongDocument(IEnumerable<string> Lines);

    /// <summary>Lines made as the serialiser asks for them, counting how many it has taken.</summary>
    internal sealed class CountedLines(int count) : IEnumerable<string>
    {
        public int Count => count;

        public int Taken { get; private set; }

        public IEnumerator<string> GetEnumerator()
        {
            for (var i = 0; i < count; i++)
            {
                Taken++;
                yield return $"line {i}";
            }
        }

        System.Collections.IEnumerator System.Collections.IEnumerable.GetEnumerator() => GetEnumerator();
    }

    private sealed class FirstWriteWatcher(CountedLines lines) : StringWriter
    {
        public int LinesTakenAtFirstWrite { get; private set; } = -1;

        public override void Write(char[] buffer, int index, int count)
        {
            if (LinesTakenAtFirstWrite < 0)
            {
                LinesTakenAtFirstWrite = lines.Taken;
            }

            base.Write(buffer, index, count);
        }
    }
}

[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase)]
[JsonSerializable(typeof(Utf8TextStreamTests.LongDocument))]
internal sealed partial class LongDocumentContext : JsonSerializerContext;
