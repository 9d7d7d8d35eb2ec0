using TradeAnalytics.Reports;

namespace TradeAnalytics.Benchmarks;

/// <summary>
/// The spreadsheet writers the feed serves, on one table, to choose one by measurement (README, Speed): the Open XML SDK's
/// streaming writer (what <see cref="XlsxWorkbook"/> uses) and MiniExcel. ClosedXML is not served in a current version.
/// </summary>
internal static class XlsxTrial
{
    internal static void Write(string writer, IReadOnlyList<TradeObservation> rows, string path)
    {
        switch (writer)
        {
            case "openxml":
                new XlsxWorkbook("xlsx trial").AddDataset(new TradeDataset(rows)).Save(path);
                break;
            case "miniexcel":
                // MiniExcel's typed rows: one dictionary per row (its documented form for columns known only at run time).
                var sheet = rows.Select(o => new Dictionary<string, object?>
                {
                    ["reporter"] = o.Reporter.Code,
                    ["partner"] = o.Partner.Code,
                    ["flow"] = InterchangeCsv.FlowName(o.Flow),
                    ["year"] = o.Year,
                    ["value_musd"] = o.Value.Value,
                    ["estimated"] = o.Estimated,
                    ["source"] = o.Source,
                    ["product"] = o.Product.ToCode(),
                    ["classification"] = o.Classification,
                });
                MiniExcelLibs.MiniExcel.SaveAs(path, sheet, overwriteFile: true);
                break;
            default:
                throw new ArgumentException($"--xlsx {writer}: openxml or miniexcel.");
        }
    }
}
