using ScottPlot;
using SkiaSharp;

namespace TradeAnalytics.Charts;

/// <summary>
/// Registers the DejaVu Sans font shipped inside this assembly with ScottPlot, so that charts use the
/// same glyphs on every machine (ScottPlot otherwise scans the system font folder, and with no fonts
/// installed draws no text at all, without an error).
/// </summary>
public static class BundledFonts
{
    /// <summary>The family name of the bundled font.</summary>
    public const string FamilyName = "DejaVu Sans";

    private static readonly Lazy<bool> Registration = new(Register, LazyThreadSafetyMode.ExecutionAndPublication);

    /// <summary>Registers the font once per process; later calls do nothing.</summary>
    /// <exception cref="ChartFontException">The font resource is missing or Skia cannot load it.</exception>
    public static void EnsureRegistered() => _ = Registration.Value;

    private static bool Register()
    {
        var regular = Load("TradeAnalytics.Charts.DejaVuSans.ttf");
        var bold = Load("TradeAnalytics.Charts.DejaVuSans-Bold.ttf");
        Fonts.FontResolvers.Insert(0, new Resolver(regular, bold));
        Fonts.Default = FamilyName;

        var check = Fonts.GetTypeface(FamilyName, bold: false, italic: false);
        if (check is null || check.FamilyName != FamilyName)
        {
            throw new ChartFontException($"The bundled font {FamilyName} did not register with ScottPlot (got '{check?.FamilyName ?? "none"}'); charts would render without text.");
        }

        return true;
    }

    internal static SKTypeface Load(string resource)
    {
        using var stream = typeof(BundledFonts).Assembly.GetManifestResourceStream(resource)
            ?? throw new ChartFontException($"The font resource {resource} is missing from {typeof(BundledFonts).Assembly.GetName().Name}; charts would render without text.");
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        copy.Position = 0;
        return SKTypeface.FromStream(copy)
            ?? throw new ChartFontException($"Skia could not load the font {resource}; charts would render without text.");
    }

    private sealed class Resolver(SKTypeface regular, SKTypeface bold) : IFontResolver
    {
        public SKTypeface? CreateTypeface(string fontName, bool bold1, bool italic)
            => string.Equals(fontName, FamilyName, StringComparison.OrdinalIgnoreCase) ? (bold1 ? bold : regular) : null;

        public SKTypeface? CreateTypeface(string fontName, FontWeight weight, FontSlant slant, FontSpacing spacing)
            => CreateTypeface(fontName, weight >= FontWeight.SemiBold, slant != FontSlant.Upright);
    }
}
