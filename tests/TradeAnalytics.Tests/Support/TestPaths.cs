namespace TradeAnalytics.Tests.Support;

/// <summary>Where the repository and the shared IMF files are, seen from the test binaries.</summary>
internal static class TestPaths
{
    internal static readonly string RepoRoot = FindRepoRoot();

    /// <summary>../shared beside the clone: present in CI and on developer machines, absent in a newcomer's clone.</summary>
    internal static readonly string Shared = Path.GetFullPath(Path.Combine(RepoRoot, "..", "shared"));

    internal static readonly string DotsFolder = Path.Combine(Shared, "data", "imf-dots-2022");

    internal static readonly string FormatsFolder = Path.Combine(Shared, "data", "imf-formats");

    internal static readonly string ComtradeFolder = Path.Combine(Shared, "data", "comtrade-hs27");
    internal static readonly string NationalFolder = Path.Combine(Shared, "data", "national-stats");

    /// <summary>Real news texts (English and Russian among others) with their dates and addresses (../shared/articles/README.md).</summary>
    internal static readonly string ArticlesFolder = Path.Combine(Shared, "articles");
    internal static readonly string ImtsCopy = Path.Combine(Shared, "data", "imts-2025-copy", "trade_data.json");
    internal static readonly string ChapterArchive = Path.Combine(Shared, "data", "comtrade-hs2-caucasus", "project_comtrade_dashboard_data_ISR_AZE_GEO_ARM.tar.gz");

    /// <summary>Another implementation's published RCA and complexity results (R economiccomplexity): test oracles only, never shipped.</summary>
    internal static readonly string OraclesFolder = Path.Combine(Shared, "data", "oracles", "economiccomplexity");

    /// <summary>The US CPI-U, monthly, as FRED distributes it (CPIAUCNS).</summary>
    internal static readonly string CpiMonthly = Path.Combine(Shared, "data", "deflators", "CPIAUCNS.csv");

    internal static readonly string ComtradeFormatsFolder = Path.Combine(Shared, "data", "comtrade-formats");

    internal static readonly string PaperText = Path.Combine(Shared, "paper", "003_67d58204abd8299f.txt");

    internal static string Dots(string file) => Path.Combine(DotsFolder, file);

    internal static string Repo(params string[] parts) => Path.Combine([RepoRoot, .. parts]);

    /// <summary>The README and the pages of docs/ it links to, as one text: what the documentation says, wherever it says it.</summary>
    internal static string Documentation()
        => string.Join("\n", new[] { Repo("README.md") }.Concat(Directory.EnumerateFiles(Repo("docs"), "*.md").Order(StringComparer.Ordinal)).Select(File.ReadAllText));

    private static string FindRepoRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "TradeAnalytics.sln")))
        {
            dir = dir.Parent;
        }

        return dir?.FullName ?? throw new InvalidOperationException($"TradeAnalytics.sln not found above {AppContext.BaseDirectory}.");
    }
}

/// <summary>A fact that reads the IMF DOTS workbooks in ../shared; skipped, saying why, where they are absent.</summary>
internal sealed class RequiresDotsWorkbooksFactAttribute : FactAttribute
{
    public RequiresDotsWorkbooksFactAttribute()
    {
        if (!Directory.Exists(TestPaths.DotsFolder))
        {
            Skip = $"Needs the IMF DOTS workbooks at {TestPaths.DotsFolder} (the shared/ folder beside the clone, present in CI); a clone without it skips this test.";
        }
    }
}

/// <summary>A fact that reads the IMF files in ../shared/data/imf-formats; skipped, saying why, where they are absent.</summary>
internal sealed class RequiresImfFormatsFactAttribute : FactAttribute
{
    public RequiresImfFormatsFactAttribute()
    {
        if (!Directory.Exists(TestPaths.FormatsFolder))
        {
            Skip = $"Needs the IMF files at {TestPaths.FormatsFolder} (the shared/ folder beside the clone, present in CI); a clone without it skips this test.";
        }
    }
}

/// <summary>A fact that reads both the DOTS workbooks and the other IMF files in ../shared; skipped, saying why, where they are absent.</summary>
internal sealed class RequiresDotsAndImfFormatsFactAttribute : FactAttribute
{
    public RequiresDotsAndImfFormatsFactAttribute()
    {
        if (!Directory.Exists(TestPaths.DotsFolder) || !Directory.Exists(TestPaths.FormatsFolder))
        {
            Skip = $"Needs {TestPaths.DotsFolder} and {TestPaths.FormatsFolder} (the shared/ folder beside the clone, present in CI); a clone without it skips this test.";
        }
    }
}

/// <summary>A fact that reads the UN Comtrade files in ../shared/data (comtrade-hs27 and comtrade-formats); skipped, saying why, where they are absent.</summary>
internal sealed class RequiresComtradeFactAttribute : FactAttribute
{
    public RequiresComtradeFactAttribute()
    {
        if (!Directory.Exists(TestPaths.ComtradeFolder) || !Directory.Exists(TestPaths.ComtradeFormatsFolder))
        {
            Skip = $"Needs the UN Comtrade files at {TestPaths.ComtradeFolder} and {TestPaths.ComtradeFormatsFolder} (the shared/ folder beside the clone, present in CI); a clone without it skips this test.";
        }
    }
}

/// <summary>A fact that reads the statistics offices' files in ../shared/data/national-stats; skipped, saying why, where they are absent.</summary>
internal sealed class RequiresNationalFactAttribute : FactAttribute
{
    public RequiresNationalFactAttribute()
    {
        if (!Directory.Exists(TestPaths.NationalFolder))
        {
            Skip = $"Needs the statistics offices' files at {TestPaths.NationalFolder} (the shared/ folder beside the clone, present in CI); a clone without it skips this test.";
        }
    }
}

/// <summary>A fact that reads the Comtrade-by-chapter archive in ../shared/data/comtrade-hs2-caucasus; skipped, saying why, where it is absent.</summary>
internal sealed class RequiresChapterArchiveFactAttribute : FactAttribute
{
    public RequiresChapterArchiveFactAttribute()
    {
        if (!File.Exists(TestPaths.ChapterArchive))
        {
            Skip = $"Needs the Comtrade-by-chapter archive at {TestPaths.ChapterArchive} (the shared/ folder beside the clone, present in CI); a clone without it skips this test.";
        }
    }
}

/// <summary>A fact that reads the third-party copy of the IMF's 2025 exports in ../shared; skipped, saying why, where it is absent.</summary>
internal sealed class RequiresImtsCopyFactAttribute : FactAttribute
{
    public RequiresImtsCopyFactAttribute()
    {
        if (!File.Exists(TestPaths.ImtsCopy))
        {
            Skip = $"Needs the copy of the IMF's 2025 exports at {TestPaths.ImtsCopy} (the shared/ folder beside the clone, present in CI); a clone without it skips this test.";
        }
    }
}

/// <summary>A fact that reads the paper's text in ../shared/paper; skipped, saying why, where it is absent.</summary>
internal sealed class RequiresPaperFactAttribute : FactAttribute
{
    public RequiresPaperFactAttribute()
    {
        if (!File.Exists(TestPaths.PaperText))
        {
            Skip = $"Needs the paper's text at {TestPaths.PaperText} (the shared/ folder beside the clone, present in CI); a clone without it skips this test.";
        }
    }
}

/// <summary>A fact that reads the news articles in ../shared/articles; skipped, saying why, where they are absent.</summary>
internal sealed class RequiresArticlesFactAttribute : FactAttribute
{
    public RequiresArticlesFactAttribute()
    {
        if (!Directory.Exists(TestPaths.ArticlesFolder))
        {
            Skip = $"Needs the news articles at {TestPaths.ArticlesFolder} (the shared/ folder beside the clone, present in CI); a clone without them skips this test.";
        }
    }
}

/// <summary>A fact that reads the oracles and deflators in ../shared/data; skipped, saying why, where they are absent.</summary>
internal sealed class RequiresOraclesFactAttribute : FactAttribute
{
    public RequiresOraclesFactAttribute()
    {
        if (!Directory.Exists(TestPaths.OraclesFolder) || !File.Exists(TestPaths.CpiMonthly))
        {
            Skip = $"Needs the oracles at {TestPaths.OraclesFolder} and the CPI at {TestPaths.CpiMonthly} (the shared/ folder beside the clone, present in CI); a clone without them skips this test.";
        }
    }
}
