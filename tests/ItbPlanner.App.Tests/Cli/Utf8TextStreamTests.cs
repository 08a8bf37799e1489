using System.Text;
using FsCheck;
using FsCheck.Fluent;
using ItbPlanner.App.Output.Json;

namespace ItbPlanner.App.Tests.Cli;

/// <summary>JSON is buffered in 32 KB chunks and decoded a chunk at a time: what is printed is exactly what was written.</summary>
public sealed class ChunkedUtf8BufferTests
{
    private static readonly string[] Pieces = ["a", "{\n  \"dose\": 186,\n", "µ", "÷", "×", "é", "😀", "\u202e", new string('x', 40_000)];

    [Fact]
    public void Text_written_in_any_slices_across_chunk_boundaries_comes_back_whole()
    {
        var cases = Gen.Zip(Gen.ListOf(Gen.Elements(Pieces)), Gen.Choose(1, 70_000)).ToArbitrary();

        Check.One(Config.QuickThrowOnFailure.WithMaxTest(60), Prop.ForAll(cases, c =>
        {
            var text = string.Concat(c.Item1);
            var bytes = Encoding.UTF8.GetBytes(text);
            using var buffer = new ChunkedUtf8Buffer();
            for (var at = 0; at < bytes.Length; at += c.Item2)
            {
                buffer.Write(bytes, at, Math.Min(c.Item2, bytes.Length - at));
            }

            var printed = new StringWriter();
            buffer.WriteTo(printed);
            Assert.Equal(text, printed.ToString());
        }));
    }
}
