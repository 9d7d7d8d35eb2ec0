using System.Globalization;

namespace TradeAnalytics.Sources.UnComtrade;

/// <summary>
/// A pass over a tar stream's headers before any entry is read: sizes checked against the caller's bounds from the header alone
/// (a PAX header or a long name claiming 512 MiB is refused before a byte of it is held in memory), and the entries that are not
/// regular files (links, devices) listed, so that they are said not to be read rather than skipped without a word.
/// </summary>
internal static class TarHeaders
{
    /// <summary>The most bytes of metadata one entry may carry (a PAX header, a long name): real ones are a few hundred.</summary>
    internal const long MaxMetadataBytes = 1 << 20;

    /// <summary>
    /// Reads the headers of <paramref name="tar"/> (decompressed), skipping each entry's data, and returns the entries that are neither
    /// regular files nor folders, as "name (kind)". Stops at the end-of-archive block, the end of the stream (the reader that follows
    /// says whether the archive is cut), or after <paramref name="maxEntries"/> entries.
    /// </summary>
    /// <exception cref="FormatException">An entry's metadata beyond <see cref="MaxMetadataBytes"/>, a file beyond <paramref name="maxEntry"/>,
    /// more than <paramref name="maxTotal"/> in all, or a size that is not an octal number.</exception>
    internal static List<string> Check(Stream tar, string archive, long maxEntry, long maxTotal, int maxEntries = int.MaxValue)
    {
        var block = new byte[512];
        var skip = new byte[64 * 1024];
        var notRegular = new List<string>();
        var total = 0L;
        for (var n = 1; n <= maxEntries; n++)
        {
            if (tar.ReadAtLeast(block, block.Length, throwOnEndOfStream: false) < block.Length || block.AsSpan().IndexOfAnyExcept((byte)0) < 0)
            {
                return notRegular;
            }

            var type = (char)block[156];
            var name = Name(block);
            var size = Size(block.AsSpan(124, 12)) ?? throw new FormatException($"{archive}: entry {n} ({name}) has no size a tar header can state: a damaged archive, not read.");
            var metadata = type is 'x' or 'g' or 'L' or 'K';
            if (metadata && size > MaxMetadataBytes)
            {
                throw new FormatException($"{archive}: entry {n} ({name}) carries {size:N0} bytes of {Kind(type)}; more than {MaxMetadataBytes:N0} is damage, not read.");
            }

            if (!metadata && size > maxEntry)
            {
                throw new FormatException($"{archive}: {name} is {size:N0} bytes; entries beyond {maxEntry:N0} bytes are damage, not read.");
            }

            if ((total += size) > maxTotal)
            {
                throw new FormatException($"{archive}: its entries hold more than {maxTotal:N0} bytes in all (by entry {n}, {name}); archives beyond that are damage, not read.");
            }

            if (!metadata && type is not ('0' or '\0' or '7' or '5'))
            {
                notRegular.Add($"{name} ({Kind(type)})");
            }

            for (var left = (size + 511) / 512 * 512; left > 0;)
            {
                var read = tar.Read(skip, 0, (int)Math.Min(skip.Length, left));
                if (read == 0)
                {
                    return notRegular;
                }

                left -= read;
            }
        }

        return notRegular;
    }

    /// <summary>The size field: octal digits ended by a NUL or a space; null for anything else (base-256 sizes, beyond 8 GiB, included).</summary>
    private static long? Size(ReadOnlySpan<byte> field)
    {
        var value = 0L;
        var digits = 0;
        foreach (var b in field)
        {
            if (b is (byte)' ' or 0)
            {
                if (digits > 0)
                {
                    break;
                }

                continue;
            }

            if (b is < (byte)'0' or > (byte)'7' || digits == 11)
            {
                return null;
            }

            value = (value * 8) + (b - '0');
            digits++;
        }

        return value;
    }

    private static string Name(byte[] block)
    {
        var field = block.AsSpan(0, 100);
        var end = field.IndexOf((byte)0);
        var text = System.Text.Encoding.UTF8.GetString(end < 0 ? field : field[..end]);
        return new string(text.Select(c => char.IsControl(c) ? '?' : c).ToArray());
    }

    private static string Kind(char type) => type switch
    {
        '1' => "a hard link",
        '2' => "a symbolic link",
        '3' => "a character device",
        '4' => "a block device",
        '6' => "a FIFO",
        'x' => "a PAX header",
        'g' => "a PAX global header",
        'L' => "a GNU long name",
        'K' => "a GNU long link name",
        _ => string.Create(CultureInfo.InvariantCulture, $"entry type '{type}'"),
    };
}
