using System.Globalization;

namespace TradeAnalytics.Sources.UnComtrade;

/// <summary>One numeric Comtrade code and the economy it stands for.</summary>
/// <param name="Code">Comtrade's numeric code (0 = World, 398 = Kazakhstan, 899 = "Areas, nes").</param>
/// <param name="Economy">The economy.</param>
/// <param name="Iso3">The ISO code the Comtrade files give beside the number ("" where they give none).</param>
/// <param name="Name">Comtrade's name for it ("Fmr Fed. Rep. of Germany").</param>
internal sealed record ComtradeCode(int Code, Economy Economy, string Iso3, string Name);

/// <summary>
/// Comtrade's numeric reporter and partner codes, mapped onto the library's economy codes: the table
/// <c>UnComtrade/comtrade-codes.csv</c> of this project, each code with the first file and line that
/// shows it (made by <c>scripts/comtrade-codes.py</c> from the files themselves). 0 is World (WLD);
/// codes the files give no ISO code ("Areas, nes" = 899, "Bunkers" = 837, "Other Asia, nes" = 490) are
/// residuals named X + the number, never countries.
/// </summary>
internal static class ComtradeCodes
{
    private static readonly Lazy<Dictionary<int, ComtradeCode>> Table = new(Load);

    internal static bool TryGet(int code, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out ComtradeCode? entry)
        => Table.Value.TryGetValue(code, out entry);

    /// <summary>The numeric code of <paramref name="economy"/> for a request: where a former state shares its ISO code ("Fmr Fed. Rep. of Germany"), the current one.</summary>
    internal static int? CodeOf(Economy economy)
        => Table.Value.Values.Where(e => e.Economy.Code == economy.Code).OrderBy(e => e.Name.StartsWith("Fmr ", StringComparison.Ordinal)).ThenBy(e => e.Code).Select(e => (int?)e.Code).FirstOrDefault();

    private static Dictionary<int, ComtradeCode> Load()
    {
        using var csv = CodeTable.Open("comtrade-codes.csv");
        var table = new Dictionary<int, ComtradeCode>();
        while (csv.Read())
        {
            var code = int.Parse(csv.GetField("code")!, NumberStyles.None, CultureInfo.InvariantCulture);
            table.Add(code, new ComtradeCode(code, Economies.Get(csv.GetField("economy")!), csv.GetField("comtrade_iso3")!, csv.GetField("comtrade_name")!));
        }

        return table;
    }
}
