using TradeAnalytics.Sources.Imf;
using TradeAnalytics.Tests.Support;

namespace TradeAnalytics.Tests.Dots;

public class StreamingReaderTests
{
    /// <summary>
    /// The streaming sheet reader and ExcelDataReader agree on every one of the 235 workbooks: the same
    /// reporter, cells read, observations (value, estimate flag, source cell, in order), rejected cells,
    /// repeated rows and flagged values.
    /// </summary>
    [Trait("Category", "Slow")]
    [RequiresDotsWorkbooksFact]
    public void The_streaming_reader_and_excel_data_reader_agree_value_for_value_on_all_235_workbooks()
    {
        var files = DotsFolderImporter.Workbooks(TestPaths.DotsFolder);
        Assert.Equal(235, files.Count);
        var disagreements = new System.Collections.Concurrent.ConcurrentBag<string>();
        Parallel.ForEach(files, file =>
        {
            var fast = DotsWorkbookReader.Read(file);
            var reference = DotsWorkbookReader.ReadWithExcelDataReader(file);
            if (!fast.Reporter.Equals(reference.Reporter) || fast.CellsRead != reference.CellsRead || (fast.FirstYear, fast.LastYear) != (reference.FirstYear, reference.LastYear))
            {
                disagreements.Add($"{Path.GetFileName(file)}: header or counts differ");
            }

            if (!fast.Observations.Select(o => (o.Key, o.Value.Value, o.Estimated, o.Source)).SequenceEqual(reference.Observations.Select(o => (o.Key, o.Value.Value, o.Estimated, o.Source))))
            {
                disagreements.Add($"{Path.GetFileName(file)}: observations differ");
            }

            if (!fast.Rejected.Select(r => r.ToString()).SequenceEqual(reference.Rejected.Select(r => r.ToString()))
                || !fast.RepeatedRows.Select(r => r.ToString()).SequenceEqual(reference.RepeatedRows.Select(r => r.ToString()))
                || !fast.Flagged.Select(f => f.ToString()).SequenceEqual(reference.Flagged.Select(f => f.ToString())))
            {
                disagreements.Add($"{Path.GetFileName(file)}: rejected, repeated or flagged cells differ");
            }
        });

        Assert.True(disagreements.IsEmpty, string.Join("\n", disagreements.Take(20)));
    }
}

public class ImportYearOverYearTests
{
    [RequiresDotsWorkbooksFact]
    public void Import_dots_with_yoy_writes_a_gap_aware_rate_for_every_series_year()
    {
        var folder = Directory.CreateTempSubdirectory("yoy-").FullName;
        var (code, output, error) = TradeAnalytics.Tests.Cli.Cli.Run("import-dots", TestPaths.DotsFolder, "--files", "DOTS_103.xlsx", "--out", Path.Combine(folder, "kaz.csv"), "--yoy", Path.Combine(folder, "yoy.csv"));

        Assert.True(code == 0, error);
        Assert.Contains("year-over-year: ", output);
        var rows = File.ReadAllLines(Path.Combine(folder, "yoy.csv"));
        Assert.Equal("reporter,partner,flow,year,yoy_percent,reason", rows[0]);
        // DOTS_103.xlsx!Exports!R39 = 1,059.034886 (2007) and S39 = 2,226.593035 (2008): Kazakhstan's exports to Israel.
        var kaz2008 = rows.Single(r => r.StartsWith("KAZ,ISR,exports,2008,", StringComparison.Ordinal)).Split(',');
        Assert.Equal((2226.593035 / 1059.034886 - 1) * 100, double.Parse(kaz2008[4], System.Globalization.CultureInfo.InvariantCulture), 9);
        // Every row is a rate or a reason, never both, never neither.
        Assert.All(rows.Skip(1), r => Assert.True(r.Split(',')[4].Length > 0 ^ r.Split(',')[5].Length > 0, r));
    }
}
