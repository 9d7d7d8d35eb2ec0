using System.Text;

namespace TradeAnalytics;

/// <summary>
/// The one way the library and its tools write a file: into a temporary file beside the target (same folder, so the
/// move is a rename on the same file system), flushed to disk, then moved into place only when whole. A failure, an
/// exception in the middle, a full disk, a file-size limit or a signal leaves the earlier file exactly as it was, and
/// no reader ever sees half a file. Two writers of the same target never interleave: the last to finish wins whole.
/// </summary>
/// <remarks>
/// A target that is a symbolic link is replaced by the new file (the link's target is left as it was). The temporary
/// file is named <c>.NAME.RANDOM.part</c>; should the process be killed outright (SIGKILL) it may stay behind, never
/// in place of the target. A program that must stop on a signal owns a <see cref="WriteScope"/>: stopping it deletes the
/// temporary files begun in it and begins no more (the command line and the figures runner do so on SIGINT and SIGTERM).
/// </remarks>
public static class SafeFile
{
    /// <summary>Writes <paramref name="path"/> whole, or not at all, from what <paramref name="write"/> writes to the stream it is given.</summary>
    /// <param name="path">The file to write (replaced only when the new content is whole).</param>
    /// <param name="write">Writes the content; an exception from it leaves the earlier file as it was and is rethrown.</param>
    /// <exception cref="IOException">The path is a folder, or its folder does not exist (the message says which).</exception>
    public static void Write(string path, Action<Stream> write)
    {
        Preconditions.NotNull(write);
        using var file = Open(path);
        try
        {
            write(file.Stream);
            file.Commit();
        }
        catch (IOException e) when (!e.Message.StartsWith(path, StringComparison.Ordinal))
        {
            throw WriteFailure(path, e);   // a failed move into place: the stream's own errors are named already
        }
    }

    /// <summary>Writes <paramref name="text"/> to <paramref name="path"/> as UTF-8 without a byte-order mark, whole or not at all.</summary>
    /// <param name="path">The file to write.</param>
    /// <param name="text">The content.</param>
    public static void WriteText(string path, string text)
    {
        Preconditions.NotNull(text);
        Write(path, stream =>
        {
            var encoder = new Utf8Chunks(stream);
            encoder.Write(text, last: true);
        });
    }

    /// <summary>
    /// Writes the text of <paramref name="text"/> to <paramref name="path"/> as UTF-8 without a byte-order mark, whole or not at
    /// all, chunk by chunk: a page built in a <see cref="StringBuilder"/> is never copied into one string first.
    /// </summary>
    /// <param name="path">The file to write.</param>
    /// <param name="text">The content.</param>
    public static void WriteText(string path, StringBuilder text)
    {
        Preconditions.NotNull(text);
        Write(path, stream =>
        {
            var encoder = new Utf8Chunks(stream);
            foreach (var chunk in text.GetChunks())
            {
                encoder.Write(chunk.Span, last: false);
            }

            encoder.Write([], last: true);
        });
    }

    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    /// <summary>
    /// Text as UTF-8 (a lone surrogate as U+FFFD, as a <see cref="StreamWriter"/> writes it) through one pooled 16 KiB buffer, a
    /// surrogate pair split between two pieces kept whole: a StreamWriter of 64 Ki characters made a 128 KB char buffer and a
    /// 196 KB byte buffer per file, large objects whose budget the figures runner's 27 files used up several times over (a full
    /// collection each time).
    /// </summary>
    private readonly struct Utf8Chunks(Stream stream)
    {
        private readonly Encoder _encoder = Utf8.GetEncoder();

        internal void Write(ReadOnlySpan<char> text, bool last)
        {
            var buffer = System.Buffers.ArrayPool<byte>.Shared.Rent(1 << 14);
            try
            {
                bool completed;
                do
                {
                    _encoder.Convert(text, buffer, flush: last, out var charsUsed, out var bytesUsed, out completed);
                    stream.Write(buffer, 0, bytesUsed);
                    text = text[charsUsed..];
                }
                while (!completed || text.Length > 0);
            }
            finally
            {
                System.Buffers.ArrayPool<byte>.Shared.Return(buffer);
            }
        }
    }

    /// <summary>Writes <paramref name="bytes"/> to <paramref name="path"/>, whole or not at all.</summary>
    /// <param name="path">The file to write.</param>
    /// <param name="bytes">The content.</param>
    public static void WriteBytes(string path, byte[] bytes)
    {
        Preconditions.NotNull(bytes);
        Write(path, stream => stream.Write(bytes));
    }

    /// <summary>
    /// Opens a temporary file beside <paramref name="path"/> for content written over time (a streaming import):
    /// <see cref="PendingFile.Commit"/> moves it into place; disposing it without committing deletes it and leaves the
    /// earlier file as it was.
    /// </summary>
    /// <param name="path">The file to write.</param>
    /// <exception cref="IOException">The path is a folder, or its folder does not exist.</exception>
    public static PendingFile Open(string path)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        var full = Path.GetFullPath(path);
        if (Directory.Exists(full))
        {
            throw new IOException($"{path} is a folder; give the name of a file to write.");
        }

        var folder = Path.GetDirectoryName(full) ?? throw new IOException($"{path}: has no folder to write in.");
        if (!Directory.Exists(folder))
        {
            throw new IOException($"{path}: the folder {folder} does not exist.");
        }

        var temporary = Path.Combine(folder, $".{Path.GetFileName(full)}.{Guid.NewGuid():N}.part");
        var scopes = WriteScope.Current();
        try
        {
            // Made and listed under the locks of the scopes that own it: once a Stop returns, no thread is between making a
            // temporary file and listing it, so none is left behind as the program ends.
            var stream = WriteScope.Begin(scopes, temporary, path, () => new FileStream(temporary, FileMode.CreateNew, FileAccess.Write, FileShare.None, 1 << 16));
            return new PendingFile(full, temporary, new NamedStream(stream, path), scopes);
        }
        catch (UnauthorizedAccessException e)
        {
            throw new IOException($"{path}: cannot write in {folder} ({e.Message.TrimEnd('.')}); the earlier file, if any, is left as it was.", e);
        }
    }

    /// <summary>
    /// A failed write as the user reads it: the system's words ("Specified file length was too large", "No space left on
    /// device") name no file, so the error says which, and what became of it. The runtime reports a file-size limit
    /// (EFBIG) as an ArgumentOutOfRangeException, whose "(Parameter 'value')" is left out.
    /// </summary>
    internal static IOException WriteFailure(string path, Exception e)
    {
        var reason = e is ArgumentException { ParamName: { } name } ? e.Message.Replace($" (Parameter '{name}')", "", StringComparison.Ordinal) : e.Message;
        return new($"{path}: could not be written whole ({reason.TrimEnd('.')}); the earlier file, if any, is left as it was.", e);
    }

    /// <summary>Deletes a temporary file, best effort: one that cannot be deleted is never in place of the target.</summary>
    internal static void Delete(string temporary)
    {
        try
        {
            File.Delete(temporary);
        }
        catch (IOException)
        {
        }
        catch (UnauthorizedAccessException)
        {
        }
    }
}

/// <summary>A file being written beside its target (see <see cref="SafeFile.Open"/>).</summary>
public sealed class PendingFile : IDisposable
{
    private readonly string _target;
    private readonly string _temporary;
    private readonly List<WriteScope> _scopes;
    private bool _done;

    internal PendingFile(string target, string temporary, NamedStream stream, List<WriteScope> scopes)
    {
        _target = target;
        _temporary = temporary;
        _scopes = scopes;
        Stream = stream;
    }

    /// <summary>The stream to write the content to.</summary>
    public Stream Stream { get; }

    /// <summary>
    /// Flushes the content written so far to disk without moving it into place (<see cref="Commit"/> does): a program writing
    /// two files can make the second durable while the first is moved into place.
    /// </summary>
    public void FlushToDisk()
    {
        ObjectDisposedException.ThrowIf(_done, this);
        ((NamedStream)Stream).FlushToDisk();
    }

    /// <summary>Flushes the content to disk and moves it into place, replacing the earlier file.</summary>
    public void Commit()
    {
        ObjectDisposedException.ThrowIf(_done, this);
        if (_scopes.Count > 0 && _scopes[0].IsStopped)
        {
            throw new IOException($"{_target}: not moved into place, the program was told to stop; the earlier file, if any, is left as it was.");
        }

        ((NamedStream)Stream).FlushToDisk();
        Stream.Dispose();
        File.Move(_temporary, _target, overwrite: true);
        _done = true;
        WriteScope.Done(_scopes, _temporary);
    }

    /// <summary>Without <see cref="Commit"/>: deletes the temporary file; the earlier file stays as it was.</summary>
    public void Dispose()
    {
        if (_done)
        {
            return;
        }

        _done = true;
        try
        {
            Stream.Dispose();
        }
        catch (Exception e) when (e is IOException or ArgumentOutOfRangeException)
        {
            // The content is being discarded; a flush that fails again (the disk is still full) must not hide the first error.
        }

        SafeFile.Delete(_temporary);
        WriteScope.Done(_scopes, _temporary);
    }
}

/// <summary>
/// A file stream whose write errors name the file being written: the system's words ("File too large", "No space left
/// on device") name none, and a user must know which output failed and that the earlier file is left as it was.
/// </summary>
internal sealed class NamedStream(FileStream inner, string path) : Stream
{
    public override bool CanRead => false;

    public override bool CanSeek => inner.CanSeek;

    public override bool CanWrite => inner.CanWrite;

    public override long Length => inner.Length;

    public override long Position { get => inner.Position; set => inner.Position = value; }

    public override void Flush() => Guard(inner.Flush);

    internal void FlushToDisk() => Guard(() => inner.Flush(flushToDisk: true));

    public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    public override long Seek(long offset, SeekOrigin origin) => inner.Seek(offset, origin);

    public override void SetLength(long value) => Guard(() => inner.SetLength(value));

    public override void Write(byte[] buffer, int offset, int count) => Guard(() => inner.Write(buffer, offset, count));

    public override void Write(ReadOnlySpan<byte> buffer)
    {
        try
        {
            inner.Write(buffer);
        }
        catch (Exception e) when (e is IOException or ArgumentOutOfRangeException)
        {
            throw Named(e);
        }
    }

    public override async Task WriteAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken)
    {
        try
        {
            await inner.WriteAsync(buffer.AsMemory(offset, count), cancellationToken).ConfigureAwait(false);
        }
        catch (Exception e) when (e is IOException or ArgumentOutOfRangeException)
        {
            throw Named(e);
        }
    }

    public override async ValueTask WriteAsync(ReadOnlyMemory<byte> buffer, CancellationToken cancellationToken = default)
    {
        try
        {
            await inner.WriteAsync(buffer, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception e) when (e is IOException or ArgumentOutOfRangeException)
        {
            throw Named(e);
        }
    }

    public override async Task FlushAsync(CancellationToken cancellationToken)
    {
        try
        {
            await inner.FlushAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (Exception e) when (e is IOException or ArgumentOutOfRangeException)
        {
            throw Named(e);
        }
    }

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            inner.Dispose();
        }

        base.Dispose(disposing);
    }

    private void Guard(Action action)
    {
        try
        {
            action();
        }
        catch (Exception e) when (e is IOException or ArgumentOutOfRangeException)
        {
            throw Named(e);
        }
    }

    private IOException Named(Exception e) => SafeFile.WriteFailure(path, e);
}
