using TradeAnalytics.Tests.Support;

namespace TradeAnalytics.Tests.Outputs;

/// <summary>
/// Issue 24, class 1: every output is written beside its target and moved into place only when whole (<see cref="SafeFile"/>);
/// a failure, a signal or a file-size limit leaves the earlier file as it was, and no temporary file behind.
/// </summary>
public class WrittenWholeTests
{
    private const string Earlier = "reporter,partner,flow,year,value_musd,estimated,source\nKAZ,ISR,exports,2008,1,false,earlier\n";

    private static string Folder() => Directory.CreateTempSubdirectory("whole-").FullName;

    private static string[] Leftovers(string folder) => Directory.GetFiles(folder, "*.part", SearchOption.AllDirectories);

    [Fact]
    public void A_failed_import_leaves_the_earlier_output_untouched()
    {
        // Before: a damaged second workbook left a shorter, well-formed all.csv where the good one was.
        var folder = Folder();
        var dots = Directory.CreateDirectory(Path.Combine(folder, "dots")).FullName;
        File.WriteAllBytes(Path.Combine(dots, "DOTS_1.xlsx"), TinyXlsx.Dots("Kazakhstan, Rep. of", [2019], [("Israel", [10.0])], []));
        File.WriteAllBytes(Path.Combine(dots, "DOTS_2.xlsx"), [0x50, 0x4B, 0x03, 0x04, 1, 2, 3]);
        var output = Path.Combine(folder, "all.csv");
        File.WriteAllText(output, Earlier);

        var (code, _, error) = TradeAnalytics.Tests.Cli.Cli.Run("import-dots", dots, "--out", output);

        Assert.Equal(1, code);
        Assert.Contains("DOTS_2.xlsx", error);
        Assert.Equal(Earlier, File.ReadAllText(output));
        Assert.Empty(Leftovers(folder));
    }

    [Fact]
    public void A_failed_import_with_growth_rates_leaves_both_earlier_outputs_untouched()
    {
        var folder = Folder();
        var dots = Directory.CreateDirectory(Path.Combine(folder, "dots")).FullName;
        File.WriteAllBytes(Path.Combine(dots, "DOTS_1.xlsx"), TinyXlsx.Dots("Kazakhstan, Rep. of", [2019, 2020], [("Israel", [10.0, 12.0])], []));
        File.WriteAllBytes(Path.Combine(dots, "DOTS_2.xlsx"), [0x50, 0x4B, 0x03, 0x04, 1, 2, 3]);
        var (output, growth) = (Path.Combine(folder, "all.csv"), Path.Combine(folder, "yoy.csv"));
        File.WriteAllText(output, Earlier);
        File.WriteAllText(growth, "earlier growth");

        var (code, _, error) = TradeAnalytics.Tests.Cli.Cli.Run("import-dots", dots, "--out", output, "--yoy", growth);

        Assert.Equal(1, code);
        Assert.Contains("DOTS_2.xlsx", error);
        Assert.Equal((Earlier, "earlier growth"), (File.ReadAllText(output), File.ReadAllText(growth)));
        Assert.Empty(Directory.GetFiles(folder, ".*"));
    }

    [Fact]
    public void An_import_with_growth_rates_writes_both_files_whole()
    {
        var folder = Folder();
        var dots = Directory.CreateDirectory(Path.Combine(folder, "dots")).FullName;
        File.WriteAllBytes(Path.Combine(dots, "DOTS_1.xlsx"), TinyXlsx.Dots("Kazakhstan, Rep. of", [2019, 2020], [("Israel", [10.0, 12.0])], []));
        var (output, growth) = (Path.Combine(folder, "all.csv"), Path.Combine(folder, "yoy.csv"));
        File.WriteAllText(growth, "earlier growth");

        var (code, text, _) = TradeAnalytics.Tests.Cli.Cli.Run("import-dots", dots, "--out", output, "--yoy", growth);

        Assert.Equal(0, code);
        Assert.Contains("year-over-year: 1 rates, 0 undefined", text);
        // 10 → 12 $m: +20 %; 2019, the first year, has no rate (the file has no row for it).
        Assert.Equal(["reporter,partner,flow,year,yoy_percent,reason", "KAZ,ISR,exports,2020,20,"], File.ReadAllLines(growth));
        Assert.Equal(3, File.ReadAllLines(output).Length);
        Assert.Empty(Directory.GetFiles(folder, ".*"));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    [InlineData(16383)]
    [InlineData(16384)]
    [InlineData(50000)]
    public void Text_is_written_as_the_runtime_encodes_UTF8_across_buffer_edges(int padding)
    {
        // WriteText encodes through a 16 KiB buffer: a pair of surrogates or a three-byte character may straddle its edge. The
        // expected bytes are the runtime's own UTF-8 encoder's (a lone surrogate as U+FFFD, no byte-order mark).
        var text = new string('a', padding) + "Ташкент – €\U0001F600 Ö" + new string('é', 9000) + "\U0001F4C8" + "\uD800 lone" + new string('x', padding) + "\uDC00";
        var target = Path.Combine(Folder(), "text.csv");

        SafeFile.WriteText(target, text);

        Assert.Equal(new System.Text.UTF8Encoding(false).GetBytes(text), File.ReadAllBytes(target));
        Assert.Equal(text.Replace("\uD800", "\uFFFD").Replace("\uDC00", "\uFFFD"), File.ReadAllText(target));
    }

    [Fact]
    public void A_string_builder_is_written_chunk_by_chunk_with_a_surrogate_pair_split_between_chunks_kept_whole()
    {
        // A builder of capacity 4 fills its first chunk with "abc" and the high half of 😀, the low half opening the next chunk.
        var text = new System.Text.StringBuilder(4).Append("abc\U0001F600def").Append(new string('ж', 20000)).Append("\uD800");
        var chunks = new List<string>();
        foreach (var chunk in text.GetChunks())
        {
            chunks.Add(chunk.ToString());
        }

        Assert.True(chunks.Count > 1);
        Assert.Equal("abc\uD83D", chunks[0]);
        var target = Path.Combine(Folder(), "page.html");

        SafeFile.WriteText(target, text);

        Assert.Equal(new System.Text.UTF8Encoding(false).GetBytes(text.ToString()), File.ReadAllBytes(target));
        Assert.StartsWith("abc😀def", File.ReadAllText(target));
    }

    [Fact]
    public void A_writer_that_fails_midway_leaves_the_earlier_file_and_no_temporary()
    {
        var folder = Folder();
        var target = Path.Combine(folder, "chart.png");
        File.WriteAllText(target, "earlier");

        Assert.Throws<InvalidOperationException>(() => SafeFile.Write(target, stream =>
        {
            stream.Write(new byte[1000]);
            throw new InvalidOperationException("the drawing failed");
        }));

        Assert.Equal("earlier", File.ReadAllText(target));
        Assert.Empty(Directory.GetFiles(folder, ".*"));
    }

    [Fact]
    public void An_output_that_is_a_folder_is_a_sentence_naming_it()
    {
        // Before: "Access to the path … is denied" for an --out that is a folder.
        var folder = Directory.CreateDirectory(Path.Combine(Folder(), "chart.png")).FullName;
        var (code, _, error) = TradeAnalytics.Tests.Cli.Cli.Run("chart", "KAZ", "ISR", "--out", folder);

        Assert.Equal(1, code);
        Assert.Equal($"error: {folder} is a folder; give the name of a file to write.", error.Trim());
    }

    [Trait("Category", "Slow")]
    [RequiresDotsWorkbooksFact]
    public void A_sigterm_during_an_import_leaves_the_earlier_output_and_deletes_the_temporary()
    {
        // Before: SIGTERM 0.8 s into a whole-folder import left 42 MB of 164 MB in place of the output.
        var folder = Folder();
        var output = Path.Combine(folder, "all.csv");
        File.WriteAllText(output, Earlier);

        using var process = CliProcess.Start("", "import-dots", TestPaths.DotsFolder, "--out", output);
        Thread.Sleep(800);
        CliProcess.Signal(process, "TERM");
        Assert.True(process.WaitForExit(30_000));

        Assert.NotEqual(0, process.ExitCode);
        Assert.Equal(Earlier, File.ReadAllText(output));
        Assert.Empty(Leftovers(folder));
    }

    [Trait("Category", "Slow")]
    [RequiresDotsWorkbooksFact]
    public void A_file_size_limit_leaves_the_earlier_output_whole_and_names_the_file()
    {
        // Before: ulimit -f left a cut CSV (and a Parquet stub), and the message named no file. 10,000 blocks of 1 KiB
        // (bash's unit): enough for the runtime to start, far less than the 164 MB CSV or the 19 MB Parquet of the whole folder.
        var folder = Folder();
        foreach (var name in new[] { "all.csv", "all.parquet" })
        {
            var output = Path.Combine(folder, name);
            File.WriteAllText(output, Earlier);

            // W^X off: the runtime's own double-mapped code memory is a file too, and growing it past the limit would end the
            // process (SIGXFSZ) before any output is written — a limit on the runtime, not on the command under test.
            var (code, _, error) = CliProcess.Run("ulimit -f 10000; export DOTNET_EnableWriteXorExecute=0;", "import-dots", TestPaths.DotsFolder, "--out", output);

            Assert.Equal(1, code);
            Assert.Contains($"{output}: could not be written whole (Specified file length was too large for the file system); the earlier file, if any, is left as it was.", error);
            Assert.Equal(Earlier, File.ReadAllText(output));
            Assert.Empty(Leftovers(folder));
        }
    }

    [Fact]
    public async Task Two_imports_into_one_output_at_once_never_interleave()
    {
        var folder = Folder();
        var dots = Directory.CreateDirectory(Path.Combine(folder, "dots")).FullName;
        var values = Enumerable.Range(0, 20).Select(i => (object?)(double)(i + 1)).ToArray();
        File.WriteAllBytes(Path.Combine(dots, "DOTS_1.xlsx"), TinyXlsx.Dots("Kazakhstan, Rep. of", Enumerable.Range(2000, 20).ToArray(), [("Israel", values)], [("Israel", values)]));
        var output = Path.Combine(folder, "all.csv");

        var runs = await Task.WhenAll(Enumerable.Range(0, 4).Select(_ => Task.Run(() => TradeAnalytics.Tests.Cli.Cli.Run("import-dots", dots, "--out", output))));

        Assert.All(runs, r => Assert.Equal(0, r.Code));
        var rows = StrictCsvReader.Read(File.ReadAllText(output));
        Assert.Equal(41, rows.Count);
        Assert.Empty(Leftovers(folder));
    }
}
