namespace TradeAnalytics;

/// <summary>
/// Opens a file the library is given to read, with the checks every reader shares: it exists, it is not a folder, and it
/// holds something. A file of 0 bytes is never opened: an empty file has nothing to read, and a named pipe or device
/// (which also reports 0 bytes) would block or never end — reading them is not a trade file's business.
/// </summary>
public static class InputFile
{
    /// <summary>Opens <paramref name="path"/> for reading after the shared checks.</summary>
    /// <param name="path">The file.</param>
    /// <exception cref="FileNotFoundException">Nothing at the path.</exception>
    /// <exception cref="IOException">The path is a folder.</exception>
    /// <exception cref="FormatException">The file is empty, or not a regular file (0 bytes).</exception>
    public static FileStream OpenRead(string path)
    {
        Check(path);
        return new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16);
    }

    /// <summary>Opens <paramref name="path"/> as text (UTF-8, or as its byte-order mark says) after the shared checks.</summary>
    /// <param name="path">The file.</param>
    public static StreamReader OpenText(string path) => new(OpenRead(path), detectEncodingFromByteOrderMarks: true);

    /// <summary>Reads the whole of <paramref name="path"/> as text, refusing a file larger than <paramref name="maxBytes"/>.</summary>
    /// <param name="path">The file.</param>
    /// <param name="maxBytes">The largest file read whole; a larger one is an error saying the limit.</param>
    /// <param name="what">What the file is, for the message ("an article").</param>
    public static string ReadAllText(string path, long maxBytes, string what)
    {
        var length = Check(path);
        if (length > maxBytes)
        {
            throw new FormatException($"{path}: {length:N0} bytes; {what} is read whole, up to {maxBytes:N0} bytes. Split it into smaller files.");
        }

        using var reader = OpenText(path);
        return reader.ReadToEnd();
    }

    /// <summary>The checks, returning the file's length.</summary>
    /// <param name="path">The file.</param>
    public static long Check(string path)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        if (Directory.Exists(path))
        {
            throw new IOException($"{path} is a folder; give a file.");
        }

        var info = new FileInfo(path);
        if (!info.Exists)
        {
            throw new FileNotFoundException($"No file at '{path}'.", path);
        }

        if (info.Length == 0)
        {
            throw new FormatException($"{path}: empty (0 bytes), or not a regular file (a pipe or device); nothing was read.");
        }

        return info.Length;
    }
}
