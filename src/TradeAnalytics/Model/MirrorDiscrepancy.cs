namespace TradeAnalytics;

/// <summary>
/// One year's mirror comparison: what <paramref name="Exporter"/> reported exporting to
/// <paramref name="Importer"/> (FOB) against what the importer reported importing from it (CIF).
/// </summary>
/// <param name="Exporter">The economy whose exports these are.</param>
/// <param name="Importer">The partner that reported the imports.</param>
/// <param name="Year">The year.</param>
/// <param name="ExportsFob">The exporter's reported exports to the importer (FOB), US$ millions.</param>
/// <param name="PartnerImportsCif">The importer's reported imports from the exporter (CIF), US$ millions.</param>
public sealed record MirrorDiscrepancy(Economy Exporter, Economy Importer, int Year, UsdMillions ExportsFob, UsdMillions PartnerImportsCif)
{
    /// <summary>Partner imports (CIF) − exports (FOB), US$ millions.</summary>
    public UsdMillions Difference => PartnerImportsCif - ExportsFob;

    /// <summary>Partner imports (CIF) ÷ exports (FOB); null where the exports are zero.</summary>
    public double? CifFobRatio => ExportsFob.Value == 0 ? null : PartnerImportsCif / ExportsFob;
}
