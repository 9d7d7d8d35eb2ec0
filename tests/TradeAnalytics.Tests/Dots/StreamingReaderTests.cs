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
