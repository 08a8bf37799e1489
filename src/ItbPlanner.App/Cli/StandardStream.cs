using System.Text;

namespace ItbPlanner.App.Cli;

/// <summary>
/// A standard stream of the process as the commands write to it. On standard output, a write the system refuses (a
/// full disk behind a redirect) becomes an <see cref="OutputUnavailableException"/>, and a descriptor the caller
/// closed (<c>itb ... &gt;&amp;-</c>) opens as a stream whose every write says so: one line on standard error and exit
/// code 2, never an internal error or a stack trace. Standard error has nowhere to report its own failures, so it
/// drops what it cannot write; the exit code still tells. A reader that closed the pipe is not a failure: the runtime
/// drops what follows and the command exits as it would have. The Native AOT executable's entry point answers the same
/// way for the version (Native/itb-main.c).
/// </summary>
internal sealed class StandardStream : TextWriter
{
    private readonly TextWriter? inner;
    private readonly string name;
    private readonly bool quiet;

    private StandardStream(TextWriter? inner, string name, bool quiet)
    {
        this.inner = inner;
        this.name = name;
        this.quiet = quiet;
    }

    /// <inheritdoc />
    public override Encoding Encoding => inner?.Encoding ?? Encoding.UTF8;

    /// <inheritdoc />
    public override IFormatProvider FormatProvider => inner?.FormatProvider ?? base.FormatProvider;

    /// <inheritdoc />
    [System.Diagnostics.CodeAnalysis.AllowNull]
    public override string NewLine
    {
        get => inner?.NewLine ?? base.NewLine;
        set
        {
            base.NewLine = value;
            if (inner is not null)
            {
                inner.NewLine = base.NewLine;
            }
        }
    }

    /// <summary>Standard output, opened as <see cref="Console.Out"/> opens it.</summary>
    public static TextWriter Output() => Open(() => Console.Out, "standard output", quiet: false);

    /// <summary>Standard error, opened as <see cref="Console.Error"/> opens it.</summary>
    public static TextWriter Error() => Open(() => Console.Error, "standard error", quiet: true);

    /// <summary>Standard output over another writer (tests: one that fails as a full disk does).</summary>
    public static TextWriter OutputOver(TextWriter inner)
    {
        ArgumentNullException.ThrowIfNull(inner);
        return new StandardStream(inner, "standard output", quiet: false);
    }

    /// <summary>Standard error over another writer (tests).</summary>
    public static TextWriter ErrorOver(TextWriter inner)
    {
        ArgumentNullException.ThrowIfNull(inner);
        return new StandardStream(inner, "standard error", quiet: true);
    }

    /// <inheritdoc />
    public override void Write(char value) => Guard(value, static (w, v) => w.Write(v));

    /// <inheritdoc />
    public override void Write(char[] buffer, int index, int count) =>
        Guard((buffer, index, count), static (w, v) => w.Write(v.buffer, v.index, v.count));

    /// <inheritdoc />
    public override void Write(ReadOnlySpan<char> buffer)
    {
        if (Writer() is not { } writer)
        {
            return;
        }

        try
        {
            writer.Write(buffer);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            Refused(e);
        }
    }

    /// <inheritdoc />
    public override void Write(string? value) => Guard(value, static (w, v) => w.Write(v));

    /// <inheritdoc />
    public override void WriteLine(string? value) => Guard(value, static (w, v) => w.WriteLine(v));

    /// <inheritdoc />
    public override void WriteLine() => Guard(0, static (w, _) => w.WriteLine());

    /// <inheritdoc />
    public override void Flush() => Guard(0, static (w, _) => w.Flush());

    private static StandardStream Open(Func<TextWriter> open, string name, bool quiet)
    {
        try
        {
            return new StandardStream(open(), name, quiet);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // The runtime cannot duplicate a descriptor the caller closed, and reports that as access denied.
            return new StandardStream(null, name, quiet);
        }
    }

    /// <summary>The stream to write to; null when a closed standard error drops the text.</summary>
    private TextWriter? Writer() => inner ?? (quiet ? null : throw new OutputUnavailableException(Closed));

    private string Closed => $"{name} is closed";

    private void Guard<T>(T value, Action<TextWriter, T> write)
    {
        if (Writer() is not { } writer)
        {
            return;
        }

        try
        {
            write(writer, value);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            Refused(e);
        }
    }

    /// <summary>
    /// The system refused a write. The runtime reports a closed descriptor (EBADF, 9) as access denied around an
    /// <see cref="IOException"/> whose HResult is the error number; anything else carries the system's own words.
    /// </summary>
    private void Refused(Exception e)
    {
        if (quiet)
        {
            return;
        }

        const int BadFileDescriptor = 9;
        var cause = e is UnauthorizedAccessException { InnerException: null or IOException { HResult: BadFileDescriptor } }
            ? Closed
            : (e.InnerException ?? e).Message.TrimEnd('.');
        throw new OutputUnavailableException(cause, e);
    }
}
