using System.Text;

namespace ItbPlanner.App.Output.Json;

/// <summary>
/// A write-only stream that keeps what is written in chunks of 32 KB, then writes it to a text writer decoded a chunk at a
/// time. A JSON document is serialised whole before any of it is printed (a failure never leaves half a document on
/// stdout), but a schedule's 5 MB no longer doubles through one growing array and one string of twice its size, each on
/// the large object heap, which only a full collection frees.
/// </summary>
internal sealed class ChunkedUtf8Buffer : Stream
{
    private const int ChunkSize = 32 * 1024;
    private readonly List<byte[]> chunks = [];
    private int used = ChunkSize; // of the last chunk: a full one, so the first write starts a chunk

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

    /// <summary>Writes everything buffered to <paramref name="writer"/>, decoded from UTF-8 a chunk at a time.</summary>
    public void WriteTo(TextWriter writer)
    {
        var decoder = Encoding.UTF8.GetDecoder();
        var chars = new char[Encoding.UTF8.GetMaxCharCount(ChunkSize)];
        for (var i = 0; i < chunks.Count; i++)
        {
            var bytes = chunks[i].AsSpan(0, i == chunks.Count - 1 ? used : ChunkSize);
            var count = decoder.GetChars(bytes, chars, flush: i == chunks.Count - 1);
            writer.Write(chars, 0, count);
        }
    }

    /// <inheritdoc/>
    public override void Write(ReadOnlySpan<byte> buffer)
    {
        while (!buffer.IsEmpty)
        {
            if (used == ChunkSize)
            {
                chunks.Add(new byte[ChunkSize]);
                used = 0;
            }

            var take = Math.Min(buffer.Length, ChunkSize - used);
            buffer[..take].CopyTo(chunks[^1].AsSpan(used));
            used += take;
            buffer = buffer[take..];
        }
    }

    /// <inheritdoc/>
    public override void Write(byte[] buffer, int offset, int count) => Write(buffer.AsSpan(offset, count));

    /// <inheritdoc/>
    public override void Flush()
    {
    }

    /// <inheritdoc/>
    public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    /// <inheritdoc/>
    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    /// <inheritdoc/>
    public override void SetLength(long value) => throw new NotSupportedException();
}
