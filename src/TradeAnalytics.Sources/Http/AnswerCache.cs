using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;

namespace TradeAnalytics.Sources.Http;

/// <summary>
/// The on-disk cache of an API client's answers: ANSWER.EXT beside ANSWER.json (the request's URL, retrieval time, a label for
/// sources, the SHA-256 of the bytes and how many values they held), both named by a hash of the URL and written whole through
/// <see cref="SafeFile"/>. An entry is handed back only when its metadata names the request and its bytes hash as recorded; the
/// client re-reads the bytes and checks the count. Only a good answer is written, so a failed download never replaces one.
/// </summary>
internal sealed class AnswerCache(string folder, string extension, string folderOption)
{
    /// <summary>How old a temporary file must be before a run deletes it as left behind by a killed one.</summary>
    internal static readonly TimeSpan StaleTemporaryAge = TimeSpan.FromHours(1);

    internal string Folder => folder;

    private string PathOf(Uri url, string ext)
        => Path.Combine(folder, Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(url.ToString())))[..24].ToLowerInvariant() + ext);

    /// <summary>
    /// The entry for <paramref name="url"/>: null when there is none; one with <see cref="CachedAnswer.Problem"/> set when its metadata
    /// or hash do not hold; else its bytes, retrieval time, label and recorded count, for the client to parse and check.
    /// </summary>
    internal CachedAnswer? Read(Uri url)
    {
        var data = PathOf(url, extension);
        var meta = PathOf(url, ".json");
        if (!File.Exists(data) && !File.Exists(meta))
        {
            return null;
        }

        try
        {
            using var document = JsonDocument.Parse(File.ReadAllText(meta));
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object || Text(root, "url") != url.ToString())
            {
                return CachedAnswer.Damaged(meta, "its metadata does not name this request");
            }

            if (!DateTimeOffset.TryParse(Text(root, "retrievedAt"), CultureInfo.InvariantCulture, DateTimeStyles.None, out var retrieved))
            {
                return CachedAnswer.Damaged(meta, "its retrieval date is missing or not a date");
            }

            var bytes = File.ReadAllBytes(data);
            if (Text(root, "sha256") is not { } hash || !string.Equals(hash, Convert.ToHexString(SHA256.HashData(bytes)), StringComparison.OrdinalIgnoreCase))
            {
                return CachedAnswer.Damaged(data, "its bytes do not match the SHA-256 recorded when it was written (cut, changed or from an older version)");
            }

            var values = root.TryGetProperty("values", out var v) && v.TryGetInt32(out var count) ? count : -1;
            return new CachedAnswer(bytes, retrieved, Text(root, "label") ?? "", values, data, null);
        }
        catch (Exception e) when (e is JsonException or IOException or UnauthorizedAccessException or InvalidOperationException or ArgumentException)
        {
            return CachedAnswer.Damaged(meta, VisibleText.Of(e.Message));
        }

        static string? Text(JsonElement root, string name)
            => root.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;
    }

    /// <summary>Writes an answer and its metadata; returns a note for the user where the cache could not be written (the answer is used all the same).</summary>
    internal string Write(Uri url, byte[] body, DateTimeOffset retrieved, string label, int values)
    {
        try
        {
            if (File.Exists(folder))
            {
                return $"The cache folder {folder} is a file, not a folder: the answer was used but not cached. Give {folderOption} a folder.";
            }

            Directory.CreateDirectory(folder);
            SafeFile.WriteBytes(PathOf(url, extension), body);
            // Written field by field (no reflection: the tool is compiled ahead of time).
            using var metadata = new MemoryStream();
            using (var json = new Utf8JsonWriter(metadata))
            {
                json.WriteStartObject();
                json.WriteString("url", url.ToString());
                json.WriteString("retrievedAt", retrieved.ToString("O", CultureInfo.InvariantCulture));
                json.WriteString("label", label);
                json.WriteString("sha256", Convert.ToHexString(SHA256.HashData(body)));
                json.WriteNumber("values", values);
                json.WriteEndObject();
            }

            SafeFile.WriteText(PathOf(url, ".json"), Encoding.UTF8.GetString(metadata.ToArray()));
            return "";
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return $"The cache {folder} could not be written ({e.Message.TrimEnd('.')}): the answer was used for this run but not cached.";
        }
    }

    /// <summary>
    /// Deletes the cache's temporary files (<c>.NAME.RANDOM.part</c>) older than <see cref="StaleTemporaryAge"/>: a run killed outright
    /// (SIGKILL) cannot delete its own, and no download runs that long. A younger one may be another run's, still being written.
    /// </summary>
    internal void SweepStaleTemporaries()
    {
        if (!Directory.Exists(folder))
        {
            return;
        }

        foreach (var file in Directory.EnumerateFiles(folder, ".*.part"))
        {
            try
            {
                if (DateTime.UtcNow - File.GetLastWriteTimeUtc(file) > StaleTemporaryAge)
                {
                    File.Delete(file);
                }
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                // Another run's, or not ours to delete: left as it is.
            }
        }
    }
}

/// <summary>A cache entry: its bytes, retrieval time, label and recorded count, or (with <paramref name="Problem"/>) why it is damaged.</summary>
internal sealed record CachedAnswer(byte[] Bytes, DateTimeOffset Retrieved, string Label, int Values, string File, string? Problem)
{
    internal static CachedAnswer Damaged(string file, string reason) => new([], default, "", -1, file, $"{file}: {reason}");

    /// <summary>Fresh: retrieved less than <paramref name="freshness"/> ago, and not in the future (a clock that was wrong, or an entry tampered with).</summary>
    internal bool IsFresh(DateTimeOffset now, TimeSpan freshness) => now - Retrieved >= TimeSpan.Zero && now - Retrieved < freshness;
}
