using System.Globalization;

namespace TradeAnalytics.Sources.Imf;

/// <summary>How a file names economies.</summary>
public enum CodeScheme
{
    /// <summary>ISO 3166 alpha-3 plus the IMF's own codes (G001 = World, KOS = Kosovo), as IMTS and the new portal use.</summary>
    ImfIso,

    /// <summary>The IMF's numeric country codes (111 = United States), as the legacy DOTS portal CSV uses.</summary>
    ImfNumeric,

    /// <summary>ISO 3166 alpha-2 plus legacy aggregate codes (W00 = World, B0 = European Union), as legacy SDMX-JSON uses.</summary>
    LegacyIso2,
}

/// <summary>
/// Maps the codes of IMF files onto the library's economy codes, so that data from different formats
/// join. The IMF-specific codes are a table in this project (<c>Imf/imf-codes.csv</c>, each with the
/// file that shows it); ISO codes come from the economy table.
/// </summary>
public static class ImfCodes
{
    private static readonly Lazy<Dictionary<(CodeScheme, string), Economy>> Table = new(Load);

    /// <summary>Resolves a code of <paramref name="scheme"/>.</summary>
    /// <param name="scheme">How the file names economies.</param>
    /// <param name="code">The code as the file writes it ("KAZ", "916", "KZ").</param>
    /// <param name="economy">The economy, or null when the code is unknown in that scheme.</param>
    public static bool TryResolve(CodeScheme scheme, string code, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out Economy? economy)
    {
        var key = code.Trim();
        if (Table.Value.TryGetValue((scheme, key.ToUpperInvariant()), out economy))
        {
            return true;
        }

        return scheme switch
        {
            CodeScheme.ImfIso => Economies.TryGet(key, out economy),
            CodeScheme.LegacyIso2 => Economies.TryGetByIso2(key, out economy),
            _ => false,
        };
    }

    private static Dictionary<(CodeScheme, string), Economy> Load()
    {
        using var csv = CodeTable.Open("imf-codes.csv");
        var table = new Dictionary<(CodeScheme, string), Economy>();
        while (csv.Read())
        {
            var scheme = csv.GetField("scheme") switch
            {
                "imf-iso" => CodeScheme.ImfIso,
                "imf-numeric" => CodeScheme.ImfNumeric,
                "legacy-iso2" => CodeScheme.LegacyIso2,
                var other => throw new InvalidDataException($"imf-codes.csv line {csv.Parser.RawRow}: unknown scheme '{other}'."),
            };
            table.Add((scheme, csv.GetField("code")!.ToUpperInvariant()), Economies.Get(csv.GetField("economy")!));
        }

        return table;
    }
}
