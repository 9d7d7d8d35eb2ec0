using System.Globalization;

namespace TradeAnalytics.Claims;

/// <summary>
/// Reads a claims file: CSV with the header
/// <c>id,section,quote,kind,economy,partner,measure,side,base_year,year,stated,stated_high,unit,tolerance,precision_note,note</c>
/// (documented in data/claims/README.md). Every problem is reported with the file, line and field.
/// </summary>
public static class ClaimsFile
{
    /// <summary>The header of a file without product claims.</summary>
    public const string Header = "id,section,quote,kind,economy,partner,measure,side,base_year,year,stated,stated_high,unit,tolerance,precision_note,note";

    /// <summary>The header of a file with product claims: <see cref="Header"/> and <c>product</c> (an HS code; empty = all goods).</summary>
    public const string ProductHeader = Header + ",product";

    /// <summary>
    /// The header of a file with one-sided claims: <see cref="ProductHeader"/> and <c>bound</c> (empty = the number itself, <c>at-least</c>,
    /// <c>at-most</c>). Files without the column read as before: every claim a point.
    /// </summary>
    public const string BoundHeader = ProductHeader + ",bound";

    /// <summary>
    /// The header of a draft (<see cref="ClaimDrafter"/>): <see cref="BoundHeader"/> and <c>confidence,undetermined</c>, which the checker
    /// reads past. In a draft, a checkable row the text left incomplete (no year, no pair, no measure) is read as not-checkable,
    /// its note saying what is missing; the complete rows are checked.
    /// </summary>
    public const string DraftHeader = BoundHeader + ",confidence,undetermined";

    /// <summary>The draft header of earlier versions (no <c>bound</c>), still read.</summary>
    private const string DraftHeaderWithoutBound = ProductHeader + ",confidence,undetermined";

    private static readonly string[] Headers = [Header, ProductHeader, BoundHeader, DraftHeaderWithoutBound, DraftHeader];

    /// <summary>Writes a draft (<see cref="ClaimDrafter"/>) as CSV with <see cref="DraftHeader"/>; empty fields are what the text did not determine.</summary>
    /// <param name="writer">Where to write.</param>
    /// <param name="draft">The draft.</param>
    public static void WriteDraft(TextWriter writer, ClaimDraft draft)
    {
        Preconditions.NotNull(writer);
        Preconditions.NotNull(draft);
        writer.Write(DraftHeader + "\n");
        foreach (var d in draft.Claims)
        {
            var c = d.Claim;
            string[] fields =
            [
                c.Id, c.Section, c.Quote, ClaimWords.KindName(c.Kind), c.Economy?.Code ?? "", c.Partner?.Code ?? "", c.Measure?.ToString().ToLowerInvariant() ?? "",
                c.Side == ReportingSide.Partner ? "partner" : "reporter", Number(c.BaseYear), Number(c.Year), Number(c.Stated), Number(c.StatedHigh), ClaimWords.UnitName(c.Unit),
                c.Tolerance.ToString(), c.PrecisionNote, c.Note, c.Product.ToCode(), ClaimWords.BoundName(c.Bound), d.Confidence.ToString().ToLowerInvariant(), string.Join("; ", d.Undetermined),
            ];
            CsvText.Row(writer, fields.Select(OneLine));
        }
    }

    private static string Number(double? value) => value?.ToString("R", CultureInfo.InvariantCulture) ?? "";

    private static string Number(int? value) => value?.ToString(CultureInfo.InvariantCulture) ?? "";

    /// <summary>A draft keeps one claim to a line: a line break inside a quote becomes a space.</summary>
    private static string OneLine(string field) => field.Replace("\n", " ", StringComparison.Ordinal).Replace("\r", " ", StringComparison.Ordinal);

    private static string Expected(IEnumerable<string> words)
    {
        var list = words.ToList();
        return string.Join(", ", list.Take(list.Count - 1)) + " or " + list[^1];
    }

    /// <summary>Reads a claims file from disk.</summary>
    /// <param name="path">The claims CSV file (format: docs/claims-format.md in the package).</param>
    /// <exception cref="FileNotFoundException">No such file.</exception>
    /// <exception cref="InterchangeFormatException">A row is malformed (file, line and field named).</exception>
    public static IReadOnlyList<Claim> ReadFile(string path)
    {
        if (!File.Exists(path))
        {
            throw new FileNotFoundException($"No claims file at '{path}'.", path);
        }

        using var reader = InputFile.OpenText(path);
        return Read(reader, Path.GetFileName(path));
    }

    /// <summary>The most claims one file may hold (an article states dozens); a larger file is refused before it fills memory.</summary>
    public const int MaxClaims = ClaimWords.MaxClaims;

    /// <summary>Reads claims from CSV text.</summary>
    /// <param name="reader">The CSV text.</param>
    /// <param name="fileName">The name used in messages ("claims.csv:12: …").</param>
    /// <exception cref="InterchangeFormatException">The header or a row is malformed; every problem is listed.</exception>
    public static IReadOnlyList<Claim> Read(TextReader reader, string fileName)
    {
        var csv = StrictCsv.Open(reader, fileName, Headers, out var headerIndex);
        var columns = Headers[headerIndex].Split(',');
        var draft = Headers[headerIndex].EndsWith(",confidence,undetermined", StringComparison.Ordinal);
        var errors = new List<InterchangeRowError>();
        var claims = new List<Claim>();
        var ids = new HashSet<string>(StringComparer.Ordinal);
        while (csv.Read())
        {
            if (claims.Count + errors.Count >= MaxClaims)
            {
                throw new InterchangeFormatException(fileName, [new InterchangeRowError(fileName, 0, null, $"holds more than {MaxClaims:N0} claims; a claims file is one text's numbers: split it into one file per text")]);
            }

            var line = csv.Line;
            var row = csv.ToArray();
            if (row.Length != columns.Length)
            {
                errors.Add(new InterchangeRowError(fileName, line, null, $"has {row.Length} fields; expected {columns.Length}"));
                continue;
            }

            var before = errors.Count;
            var missing = new List<string>();
            string Field(string name) => Array.IndexOf(columns, name) is >= 0 and var i ? row[i].Trim() : "";
            void Fail(string field, string message) => errors.Add(new InterchangeRowError(fileName, line, field, message));

            var id = Field("id");
            if (id.Length == 0 || !ids.Add(id))
            {
                Fail("id", id.Length == 0 ? "is empty" : $"'{id}' appears twice");
            }

            var kind = ClaimWords.Kinds.TryGetValue(Field("kind"), out var k) ? k
                : Invalid<ClaimKind>("kind", $"'{Field("kind")}' is not a kind; expected {Expected(ClaimWords.Kinds.Keys)}");
            var checkable = kind != ClaimKind.NotCheckable;
            var economy = EconomyField("economy");
            var partner = EconomyField("partner");
            TradeMeasure? measure = Field("measure") switch
            {
                "turnover" => TradeMeasure.Turnover,
                "exports" => TradeMeasure.Exports,
                "imports" => TradeMeasure.Imports,
                "" when !checkable => null,
                "" when draft => Missing<TradeMeasure?>("the measure (turnover, exports or imports)"),
                var other => Invalid<TradeMeasure?>("measure", $"'{other}' is not a measure; expected turnover, exports or imports"),
            };
            var side = Field("side") switch
            {
                "reporter" or "" => ReportingSide.Reporter,
                "partner" => ReportingSide.Partner,
                var other => Invalid<ReportingSide>("side", $"'{other}' is not a side; expected reporter or partner"),
            };
            var baseYear = Year("base_year");
            var year = Year("year");
            var stated = Number("stated");
            var statedHigh = Number("stated_high");
            var unit = ClaimWords.Units.TryGetValue(Field("unit"), out var u) ? u
                : Invalid<ClaimUnit>("unit", $"'{Field("unit")}' is not a unit; expected {Expected(ClaimWords.Units.Keys)}");
            if (!ClaimTolerance.TryParse(Field("tolerance"), out var tolerance))
            {
                Fail("tolerance", $"'{Field("tolerance")}' is not a tolerance; expected a number or a percentage such as 25% (empty only for a bound)");
            }

            var bound = ClaimWords.Bounds.TryGetValue(Field("bound"), out var bd) ? bd
                : Invalid<ClaimBound>("bound", $"'{Field("bound")}' is not a bound; expected empty, at-least or at-most");
            if (!Product.TryParse(Field("product"), out var product) || (Field("product").Length > 0 && product.IsAllGoods))
            {
                Fail("product", $"'{Field("product")}' is not a product; expected an HS code of 2, 4 or 6 digits, or empty for all goods");
            }

            var productKind = kind is ClaimKind.ProductShare or ClaimKind.ImportShare;
            if (checkable)
            {
                // A draft row the text left incomplete is not an error of the file: it is read as not-checkable, saying what is missing.
                Incomplete(economy is not null && partner is not null, "economy", "a checkable claim names an economy and a partner", "the pair (economy and partner)");
                Incomplete(year is not null, "year", "a checkable claim names a year", "the year");
                Incomplete(kind is ClaimKind.Value || baseYear is not null, "base_year", $"a {Field("kind")} claim names a base year", "the base year");
                Incomplete(kind == ClaimKind.SameLevel || stated is not null, "stated", "a checkable claim states a number", "the number");
                Require(kind != ClaimKind.Range || statedHigh is not null, "stated_high", "a range claim states its upper end");
                Require(!productKind || !product.IsAllGoods, "product", $"a {Field("kind")} claim names a product (an HS code such as 27)");
                Require(!productKind || unit == ClaimUnit.Percent, "unit", $"a {Field("kind")} claim states percent");
                Require(!tolerance.IsNone || bound != ClaimBound.None || Field("tolerance").Length > 0, "tolerance",
                    "'' is not a tolerance; expected a number or a percentage such as 25% (empty only for a bound)");
                Require(bound == ClaimBound.None || kind is ClaimKind.Value or ClaimKind.Growth or ClaimKind.FoldChange or ClaimKind.Mean or ClaimKind.ShareOfTotal, "bound",
                    $"a {Field("kind")} claim is not one-sided; a bound goes with value, growth, fold, mean or share-of-total");
            }
            else
            {
                Require(Field("note").Length > 0, "note", "a not-checkable claim says why in its note");
            }

            if (errors.Count == before)
            {
                // A draft row the text left incomplete is read as not-checkable, its note saying what is missing.
                var incomplete = missing.Count > 0;
                claims.Add(new Claim
                {
                    Id = id,
                    Section = Field("section"),
                    Quote = Field("quote"),
                    Kind = incomplete ? ClaimKind.NotCheckable : kind,
                    Economy = economy,
                    Partner = partner,
                    Measure = measure,
                    Side = side,
                    BaseYear = baseYear,
                    Year = year,
                    Stated = stated,
                    StatedHigh = statedHigh,
                    Unit = unit,
                    Tolerance = tolerance,
                    PrecisionNote = Field("precision_note"),
                    Note = incomplete
                        ? $"incomplete draft row ({Field("kind")}): the text left {string.Join(", ", missing)} undetermined"
                            + (Field("undetermined").Length > 0 ? $" ({Field("undetermined")})" : "") + "; complete the row to check it"
                        : Field("note"),
                    Product = product,
                    Bound = bound,
                });
            }

            T Invalid<T>(string field, string message)
            {
                Fail(field, message);
                return default!;
            }

            T Missing<T>(string what)
            {
                missing.Add(what);
                return default!;
            }

            void Incomplete(bool condition, string field, string message, string what)
            {
                if (!condition && draft)
                {
                    missing.Add(what);
                }
                else
                {
                    Require(condition, field, message);
                }
            }

            void Require(bool condition, string field, string message)
            {
                if (!condition)
                {
                    Fail(field, message);
                }
            }

            Economy? EconomyField(string field)
            {
                var code = Field(field);
                if (code.Length == 0)
                {
                    return null;
                }

                if (Economies.TryGet(code, out var e))
                {
                    return e;
                }

                Fail(field, $"'{code}' is not a known economy code");
                return null;
            }

            int? Year(string field)
            {
                var text = Field(field);
                if (text.Length == 0)
                {
                    return null;
                }

                if (int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var y))
                {
                    return y;
                }

                Fail(field, $"'{text}' is not a year");
                return null;
            }

            double? Number(string field)
            {
                var text = Field(field);
                if (text.Length == 0)
                {
                    return null;
                }

                if (double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var n) && double.IsFinite(n))
                {
                    return n;
                }

                Fail(field, $"'{text}' is not a {(double.IsFinite(n) ? "" : "finite ")}number");
                return null;
            }
        }

        if (errors.Count > 0)
        {
            throw new InterchangeFormatException(fileName, errors);
        }

        return claims;
    }
}
