using System.Text;

namespace ItbPlanner.App.Output.Json;

/// <summary>
/// A write-only stream that decodes the UTF-8 written to it into a text writer as it arrives, so a JSON document the
/// serialiser streams in pieces of about 16 KB reaches stdout (through the terminal cleaning) without ever being held
/// whole. A character split across two writes is decoded when its last byte arrives.
/// </summary>
internal sealed class Utf8TextStream(TextWriter writer) : Stream
{
    private readonly Decoder decoder = Encoding.UTF8.GetDecoder();
    private char[] chars = [];

    /// <inheritdoc/>
    public override bool CanRead => false;

    /// <inheritdoc/>
    public override bool CanSeek => false;

    /// <inheritdoc/>
    public override bool CanWrite => true;

    /// <inheritdoc/>
    public override long Length => throw new NotSupportedException();

    /// <inheritdoc/>
    public override long Position
    {
        get => throw new NotSupportedException();
        set => throw new NotSupportedException();
    }

    /// <inheritdoc/>
    public override void Write(ReadOnlySpan<byte> buffer) => Decode(buffer, flush: false);

    /// <inheritdoc/>
    public override void Write(byte[] buffer, int offset, int count) => Write(buffer.AsSpan(offset, count));

    /// <inheritdoc/>
    public override void Flush() => writer.Flush();

    /// <inheritdoc/>
    public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    /// <inheritdoc/>
    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    /// <inheritdoc/>
    public override void SetLength(long value) => throw new NotSupportedException();

    /// <summary>Ends the text: a sequence left incomplete (never, from the serialiser) is written as U+FFFD.</summary>
    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            Decode([], flush: true);
        }

        base.Dispose(disposing);
    }

    private void Decode(ReadOnlySpan<byte> bytes, bool flush)
    {
        var most = Encoding.UTF8.GetMaxCharCount(bytes.Length);
        if (chars.Length < most)
        {
            chars = new char[Math.Max(most, 4 * 1024)];
        }

        var count = decoder.GetChars(bytes, chars, flush);
        writer.Write(chars, 0, count);
    }
}
