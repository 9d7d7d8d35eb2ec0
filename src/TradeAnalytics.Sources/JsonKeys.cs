using System.Text.Json;

namespace TradeAnalytics.Sources;

/// <summary>
/// Repeated keys in a JSON document: two values for one key in one object make the document ambiguous (which one holds?), and
/// <see cref="JsonDocument"/> keeps both, so a reader asking for the key gets one of them in silence. Readers refuse such a file,
/// naming the key's place.
/// </summary>
internal static class JsonKeys
{
    /// <summary>The path of the first key written twice in one object (<c>$.edges[4889].value</c>), or null where none is.</summary>
    /// <param name="element">The document's root, or any element.</param>
    internal static string? FirstRepeated(JsonElement element) => FirstRepeated(element, "$");

    /// <summary>Throws a <see cref="FormatException"/> naming the file and the place of a repeated key, if any.</summary>
    /// <param name="element">The document's root.</param>
    /// <param name="fileName">The file, for the message.</param>
    internal static void Refuse(JsonElement element, string fileName)
    {
        if (FirstRepeated(element) is { } path)
        {
            throw new FormatException($"{fileName}: the key at {path} is written twice in one object: two values for one thing, so the file is ambiguous and is not read.");
        }
    }

    private static string? FirstRepeated(JsonElement element, string path)
    {
        switch (element.ValueKind)
        {
            case JsonValueKind.Object:
                var seen = new HashSet<string>(StringComparer.Ordinal);
                foreach (var property in element.EnumerateObject())
                {
                    var at = $"{path}.{property.Name}";
                    if (!seen.Add(property.Name))
                    {
                        return at;
                    }

                    if (FirstRepeated(property.Value, at) is { } inner)
                    {
                        return inner;
                    }
                }

                return null;
            case JsonValueKind.Array:
                var i = 0;
                foreach (var item in element.EnumerateArray())
                {
                    if (item.ValueKind is JsonValueKind.Object or JsonValueKind.Array && FirstRepeated(item, $"{path}[{i}]") is { } inner)
                    {
                        return inner;
                    }

                    i++;
                }

                return null;
            default:
                return null;
        }
    }
}
