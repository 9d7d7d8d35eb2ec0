using PaperFigures;
using TradeAnalytics.Tests.Support;

namespace TradeAnalytics.Tests.Charts;

/// <summary>The main job's command line: which figures, where, and a clear refusal of anything else.</summary>
public class RunnerTests
{
    [Theory]
    [InlineData("1-5", new[] { 1, 2, 3, 4, 5 })]
    [InlineData("2,7", new[] { 2, 7 })]
    [InlineData("8,1-3,2", new[] { 1, 2, 3, 8 })]
    [InlineData("6-6", new[] { 6 })]
    public void A_figure_list_is_numbers_and_ranges_in_order_each_once(string list, int[] expected)
    {
        var options = RunnerOptions.Parse(["--figures", list]);

        Assert.Equal(expected, options.Figures);
    }

    [Fact]
    public void Without_options_every_figure_is_drawn_from_the_reporters_into_the_default_folder()
    {
        var options = RunnerOptions.Parse([]);

        Assert.Null(options.Figures);
        Assert.Null(options.Out);
        Assert.Equal(ReportingSide.Reporter, options.Side);
        Assert.False(options.Help);
        Assert.Equal(ReportingSide.Partner, RunnerOptions.Parse(["--mirror", "--out", "x"]).Side);
        Assert.Equal("x", RunnerOptions.Parse(["--mirror", "--out", "x"]).Out);
    }

    [Theory]
    [InlineData(new[] { "--figures", "9" }, "'9' is not a figure number")]
    [InlineData(new[] { "--figures", "0" }, "'0' is not a figure number")]
    [InlineData(new[] { "--figures", "1,,2" }, "'' is not a figure number")]
    [InlineData(new[] { "--figures", "1-2-3" }, "'1-2-3' is not a figure number")]
    [InlineData(new[] { "--figures", "+1" }, "'+1' is not a figure number")]
    [InlineData(new[] { "--figures", "5-2" }, "the range '5-2' runs backwards; write 2-5")]
    [InlineData(new[] { "--figures" }, "--figures needs a value")]
    [InlineData(new[] { "--out" }, "--out needs a value")]
    [InlineData(new[] { "--out", "" }, "--out needs a value")]
    [InlineData(new[] { "--figure", "1" }, "unknown option '--figure'")]
    [InlineData(new[] { "--out", "x", "\u001b[2Jfigures" }, "unknown option '\\u001B[2Jfigures'")]
    public void A_bad_command_line_is_refused_saying_what_is_wrong(string[] args, string message)
    {
        var e = Assert.Throws<ArgumentException>(() => RunnerOptions.Parse(args));

        Assert.Contains(message, e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_bad_command_line_exits_2_with_the_usage_and_writes_nothing()
    {
        var folder = Path.Combine(Path.GetTempPath(), $"runner-{Guid.NewGuid():N}");
        var (stdout, stderr) = (new StringWriter(), new StringWriter());

        var code = Runner.Run(["--out", folder, "--figures", "9"], stdout, stderr);

        Assert.Equal(1, code);   // the tool's code for a usage error (docs/promises.md, exit codes)
        Assert.StartsWith("error: --figures: '9' is not a figure number", stderr.ToString(), StringComparison.Ordinal);
        Assert.Contains(RunnerOptions.Usage, stderr.ToString(), StringComparison.Ordinal);
        Assert.Equal("", stdout.ToString());
        Assert.False(Directory.Exists(folder));
    }

    [Fact]
    public void Help_prints_the_usage_and_writes_nothing()
    {
        var (stdout, stderr) = (new StringWriter(), new StringWriter());

        Assert.Equal(0, Runner.Run(["--help"], stdout, stderr));
        Assert.Equal(RunnerOptions.Usage + Environment.NewLine, stdout.ToString());
        Assert.Equal("", stderr.ToString());
    }

    [Fact]
    public void Figures_asked_for_are_the_committed_files_and_nothing_else_is_written()
    {
        var folder = Directory.CreateTempSubdirectory("runner-").FullName;
        try
        {
            var (stdout, stderr) = (new StringWriter(), new StringWriter());

            // Figure 2 from the paper's extract, figure 8 from the HS chapters: both kinds of source.
            var code = Runner.Run(["--out", folder, "--figures", "8,2"], stdout, stderr);

            Assert.Equal(0, code);
            Assert.Equal("", stderr.ToString());
            string[] expected = ["figure-2.csv", "figure-2.png", "figure-2.svg", "figure-8.csv", "figure-8.png", "figure-8.svg"];
            Assert.Equal(expected, Directory.GetFiles(folder).Select(Path.GetFileName).Order(StringComparer.Ordinal));
            foreach (var name in expected)
            {
                Assert.True(File.ReadAllBytes(TestPaths.Repo("charts", name)).SequenceEqual(File.ReadAllBytes(Path.Combine(folder, name))),
                    $"{name} differs from charts/{name}, which the whole job writes");
            }

            var lines = stdout.ToString().Split(Environment.NewLine);
            Assert.StartsWith("figure-2: Fig. 2. Trade turnover between Kazakhstan and Israel, 1999–2008 ($m) (10 values)", lines[0], StringComparison.Ordinal);
            Assert.StartsWith("figure-8: ", lines[1], StringComparison.Ordinal);
            Assert.Equal("claims and report.html not written: they cover every figure (run without --figures)", lines[2]);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Fact]
    public void A_folder_that_cannot_be_made_is_an_error_naming_it_not_a_stack_trace()
    {
        var file = Path.GetTempFileName();
        try
        {
            var (stdout, stderr) = (new StringWriter(), new StringWriter());

            var code = Runner.Run(["--out", Path.Combine(file, "charts"), "--figures", "1"], stdout, stderr);

            Assert.Equal(1, code);
            Assert.StartsWith("error: ", stderr.ToString(), StringComparison.Ordinal);
            Assert.Contains(Path.Combine(file, "charts"), stderr.ToString(), StringComparison.Ordinal);
            Assert.DoesNotContain(" at ", stderr.ToString(), StringComparison.Ordinal);
            Assert.Equal("", stdout.ToString());
        }
        finally
        {
            File.Delete(file);
        }
    }

    [Fact]
    public void A_figure_that_cannot_be_written_is_told_and_the_others_are_written_whole()
    {
        var folder = Directory.CreateTempSubdirectory("runner-").FullName;
        try
        {
            Directory.CreateDirectory(Path.Combine(folder, "figure-2.png"));
            var (stdout, stderr) = (new StringWriter(), new StringWriter());

            var code = Runner.Run(["--out", folder, "--figures", "1-2"], stdout, stderr);

            Assert.Equal(1, code);
            Assert.Equal($"error: {Path.Combine(folder, "figure-2.png")} is a folder; give the name of a file to write.{Environment.NewLine}", stderr.ToString());
            Assert.Empty(Directory.GetFiles(folder, "*.part"));
            foreach (var name in new[] { "figure-1.png", "figure-1.svg", "figure-1.csv" })
            {
                Assert.True(File.ReadAllBytes(TestPaths.Repo("charts", name)).SequenceEqual(File.ReadAllBytes(Path.Combine(folder, name))), name);
            }
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Fact]
    public void When_the_claims_cannot_be_written_the_figures_already_drawing_end_whole_before_the_error()
    {
        var folder = Directory.CreateTempSubdirectory("runner-").FullName;
        try
        {
            // The claims are written while figures 1–6 draw: they must not be cut off as temporary files when the run ends.
            Directory.CreateDirectory(Path.Combine(folder, "claims.md"));
            var (stdout, stderr) = (new StringWriter(), new StringWriter());

            var code = Runner.Run(["--out", folder], stdout, stderr);

            Assert.Equal(1, code);
            Assert.Equal($"error: {Path.Combine(folder, "claims.md")} is a folder; give the name of a file to write.{Environment.NewLine}", stderr.ToString());
            Assert.Empty(Directory.GetFiles(folder, "*.part", SearchOption.AllDirectories));
            Assert.False(File.Exists(Path.Combine(folder, "report.html")));
            for (var n = 1; n <= 6; n++)
            {
                var name = $"figure-{n}.png";
                Assert.True(File.ReadAllBytes(TestPaths.Repo("charts", name)).SequenceEqual(File.ReadAllBytes(Path.Combine(folder, name))), name);
            }
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Trait("Category", "Slow")]
    [Fact]
    public async Task A_sigterm_while_figures_are_written_leaves_no_temporary_and_every_file_earlier_or_whole()
    {
        var folder = Directory.CreateTempSubdirectory("runner-").FullName;
        try
        {
            var earlier = Path.Combine(folder, "figure-8.png");
            File.WriteAllText(earlier, "earlier");
            var start = new System.Diagnostics.ProcessStartInfo(Path.Combine(AppContext.BaseDirectory, "PaperFigures"), ["--out", folder])
            {
                RedirectStandardOutput = true,
                RedirectStandardError = true,
            };
            using var process = System.Diagnostics.Process.Start(start)!;
            var output = process.StandardOutput.ReadToEndAsync();
            var error = process.StandardError.ReadToEndAsync();

            // Told to stop the moment a temporary file is seen beside its target, straight from this process (a kill(1) started
            // for it takes longer than most files take to be written).
            var clock = System.Diagnostics.Stopwatch.StartNew();
            while (!process.HasExited && Directory.GetFiles(folder, ".*.part").Length == 0 && clock.Elapsed < TimeSpan.FromSeconds(60))
            {
            }

            Assert.False(process.HasExited, "the run ended before a temporary file was seen");
            Assert.Equal(0, Kill(process.Id, 15));
            Assert.True(process.WaitForExit(30_000));

            Assert.Empty(Directory.GetFiles(folder, "*.part"));
            var eight = File.ReadAllBytes(earlier);
            Assert.True("earlier"u8.SequenceEqual(eight) || eight.AsSpan().SequenceEqual(File.ReadAllBytes(TestPaths.Repo("charts", "figure-8.png"))), "figure-8.png is neither the earlier file nor the whole new one");
            foreach (var file in Directory.GetFiles(folder, "figure-*").Where(f => f != earlier))
            {
                Assert.True(File.ReadAllBytes(file).SequenceEqual(File.ReadAllBytes(TestPaths.Repo("charts", Path.GetFileName(file)))), $"{Path.GetFileName(file)} is not whole");
            }

            Assert.NotEqual(0, process.ExitCode);
            Assert.Contains("stopped (SIGTERM): files not yet whole were deleted", await error, StringComparison.Ordinal);

            await output;
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [System.Runtime.InteropServices.DllImport("libc", EntryPoint = "kill")]
#pragma warning disable SYSLIB1054 // one call with blittable arguments
    private static extern int Kill(int pid, int signal);
#pragma warning restore SYSLIB1054

    [Fact]
    public void A_figure_whose_source_was_not_given_is_refused_by_name()
    {
        var paperOnly = new Figures(ShippedData.ImfDots2022);

        Assert.Equal(["figure-3", "figure-1"], paperOnly.Numbered([3, 1]).Select(f => f.Name));
        Assert.Contains("Figure 6 draws UN Comtrade HS 27", Assert.Throws<InvalidOperationException>(() => paperOnly.Numbered([6])).Message, StringComparison.Ordinal);
        Assert.Contains("Figure 7 draws the statistics offices' figures", Assert.Throws<InvalidOperationException>(() => paperOnly.Numbered([7])).Message, StringComparison.Ordinal);
        Assert.Contains("Figure 8 draws UN Comtrade by HS chapter", Assert.Throws<InvalidOperationException>(() => paperOnly.Numbered([8])).Message, StringComparison.Ordinal);
        Assert.Throws<ArgumentOutOfRangeException>(() => paperOnly.Numbered([9]));
    }
}
