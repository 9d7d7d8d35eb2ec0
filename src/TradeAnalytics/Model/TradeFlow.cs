namespace TradeAnalytics;

/// <summary>A direction of merchandise trade, as a reporter records it.</summary>
public enum TradeFlow
{
    /// <summary>Goods the reporter sold to the partner (valued FOB in DOTS).</summary>
    Exports,

    /// <summary>Goods the reporter bought from the partner (valued CIF in DOTS).</summary>
    Imports,

    /// <summary>
    /// Foreign goods the reporter sold on to the partner without transforming them (Comtrade flow
    /// "Re-Export", code 3). A flow of its own: never added into <see cref="Exports"/>.
    /// </summary>
    ReExports,

    /// <summary>
    /// The reporter's own goods bought back from the partner (Comtrade flow "Re-Import", code 4). A flow
    /// of its own: never added into <see cref="Imports"/>.
    /// </summary>
    ReImports,
}

/// <summary>A quantity derived from a pair's exports and imports.</summary>
public enum TradeMeasure
{
    /// <summary>Exports of the economy to the partner.</summary>
    Exports,

    /// <summary>Imports of the economy from the partner.</summary>
    Imports,

    /// <summary>Exports + imports: the paper's "trade turnover".</summary>
    Turnover,

    /// <summary>Exports − imports (positive = surplus of the economy).</summary>
    Balance,
}

/// <summary>Whose statistics a bilateral figure comes from.</summary>
public enum ReportingSide
{
    /// <summary>The economy's own report (the paper's definition: "DOTS, Kazakhstan").</summary>
    Reporter,

    /// <summary>
    /// The partner's report, mirrored: the economy's exports are the partner's recorded imports from
    /// it, and its imports are the partner's recorded exports to it.
    /// </summary>
    Partner,
}
