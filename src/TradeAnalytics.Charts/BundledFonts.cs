using ScottPlot;
using SkiaSharp;

namespace TradeAnalytics.Charts;

/// <summary>
/// Registers the DejaVu Sans font shipped inside this assembly with ScottPlot, so that charts use the
/// same glyphs on every machine (ScottPlot otherwise scans the system font folder, and with no fonts
/// installed draws no text at all, without an error).
/// </summary>
/// <remarks>
/// Its Latin subset (scripts/subset-fonts.py: the same glyphs and metrics for the 436 characters it keeps) is loaded too,
/// for SVG drawing only: see <see cref="LatinSvg"/>.
/// </remarks>
public static class BundledFonts
{
    /// <summary>The family name of the bundled font.</summary>
    public const string FamilyName = "DejaVu Sans";

    private static readonly Lazy<bool> Registration = new(Register, LazyThreadSafetyMode.ExecutionAndPublication);

    private static SKTypeface? regular;
    private static SKTypeface? bold;
    private static SKTypeface? latinRegular;
    private static SKTypeface? latinBold;

    /// <summary>Registers the font once per process; later calls do nothing.</summary>
    /// <exception cref="ChartFontException">The font resource is missing or Skia cannot load it.</exception>
    public static void EnsureRegistered() => _ = Registration.Value;

    private static bool Register()
    {
        regular = Load("TradeAnalytics.Charts.DejaVuSans.ttf");
        bold = Load("TradeAnalytics.Charts.DejaVuSans-Bold.ttf");
        latinRegular = Load("TradeAnalytics.Charts.DejaVuSans-Latin.ttf");
        latinBold = Load("TradeAnalytics.Charts.DejaVuSans-Bold-Latin.ttf");
        Fonts.FontResolvers.Insert(0, new Resolver(regular, bold));
        Fonts.Default = FamilyName;

        var check = Fonts.GetTypeface(FamilyName, bold: false, italic: false);
        if (check is null || check.FamilyName != FamilyName)
        {
            throw new ChartFontException($"The bundled font {FamilyName} did not register with ScottPlot (got '{check?.FamilyName ?? "none"}'); charts would render without text.");
        }

        return true;
    }

    /// <summary>
    /// The Latin subset's face standing in for <paramref name="typeface"/> where it is the bundled regular or bold face,
    /// else null.
    /// </summary>
    internal static SKTypeface? LatinFor(SKTypeface? typeface)
    {
        EnsureRegistered();
        return typeface is null ? null : ReferenceEquals(typeface, regular) ? latinRegular : ReferenceEquals(typeface, bold) ? latinBold : null;
    }

    /// <summary>
    /// Whether the Latin subset, regular and bold, has every character of <paramref name="text"/> (line breaks aside:
    /// ScottPlot draws a label line by line). Null and empty text are covered.
    /// </summary>
    internal static bool InLatinSubset(string? text)
    {
        EnsureRegistered();
        foreach (var line in (text ?? "").Split('\n'))
        {
            if (line.Length > 0 && !(latinRegular!.ContainsGlyphs(line.AsSpan()) && latinBold!.ContainsGlyphs(line.AsSpan())))
            {
                return false;
            }
        }

        return true;
    }

    internal static SKTypeface Load(string resource)
    {
        using var stream = typeof(BundledFonts).Assembly.GetManifestResourceStream(resource)
            ?? throw new ChartFontException($"The font resource {resource} is missing from {typeof(BundledFonts).Assembly.GetName().Name}; charts would render without text.");
        // The resource where the assembly holds it, not copied: Skia then reads only the tables and glyphs it draws, where a copy
        // touched every page of the 1.6 MB of faces (a growing managed copy, before, also put them on the large-object heap, whose
        // budget it used up at once: a full collection at start in the figures runner). A resource the assembly does not hold
        // in memory is read straight into Skia's.
        using var data = Mapped(stream) ?? SKData.Create(stream, stream.Length);
        return (data is null || data.Size != stream.Length ? null : SKTypeface.FromData(data))
            ?? throw new ChartFontException($"Skia could not load the font {resource}; charts would render without text.");
    }

    /// <summary>
    /// The resource's bytes where the loaded assembly holds them (an <see cref="UnmanagedMemoryStream"/> over the module, which
    /// stays loaded for the process's life, so the data never outlive the memory), else null.
    /// </summary>
    private static unsafe SKData? Mapped(Stream stream)
        => stream is UnmanagedMemoryStream { Position: 0 } mapped && mapped.Length <= int.MaxValue
            ? SKData.Create((IntPtr)mapped.PositionPointer, (int)mapped.Length)
            : null;

    private sealed class Resolver(SKTypeface regularFace, SKTypeface boldFace) : IFontResolver
    {
        public SKTypeface? CreateTypeface(string fontName, bool bold1, bool italic)
            => string.Equals(fontName, FamilyName, StringComparison.OrdinalIgnoreCase) ? (bold1 ? boldFace : regularFace) : null;

        public SKTypeface? CreateTypeface(string fontName, FontWeight weight, FontSlant slant, FontSpacing spacing)
            => CreateTypeface(fontName, weight >= FontWeight.SemiBold, slant != FontSlant.Upright);
    }
}
