using System.Globalization;
using System.Text.Json;
using TradeAnalytics.Analytics;
using TradeAnalytics.Tests.Support;

namespace TradeAnalytics.Tests.Catalogue;

public class ShippedHs27ExtractTests
{
    [Fact]
    public void A_partners_share_of_a_reporters_hs27_exports_answers_from_the_shipped_extract()
    {
        // Kazakhstan's HS 27 exports in 2012: to Israel 1,511,809,000 US$ (processed_data_2012.csv:5991), to the World
        // 64,485,650,420 US$ (processed_data_2012.csv:5950): 2.344 %. Before, the extract held no Kazakhstan–World row.
        var (code, output, error) = TradeAnalytics.Tests.Cli.Cli.Run("share", "KAZ", "ISR", "--product", "27", "--year", "2012", "--flow", "exports", "--format", "json");

        Assert.True(code == 0, error);
        var rows = System.Text.Json.JsonDocument.Parse(output).RootElement.GetProperty("rows");
        var israel = rows.EnumerateArray().Single(r => r.GetProperty("share").GetString()!.StartsWith("Israel's share", StringComparison.Ordinal));
        Assert.Equal(64485.65042, israel.GetProperty("whole_musd").GetDouble(), 9);
        Assert.Equal(1511.809 / 64485.65042 * 100, israel.GetProperty("share_percent").GetDouble(), 9);
    }

    [Fact]
    public void Every_reporter_of_the_hs27_extract_has_its_world_total()
    {
        var data = ShippedData.ComtradeHs27Israel;
        var reporters = data.Reporters.Select(r => r.Code).ToList();

        Assert.Contains("KAZ", reporters);
        Assert.All(reporters, r => Assert.True(data.Observations.Any(o => o.Reporter.Code == r && o.Partner.Code == "WLD"), r));
    }
}
