using System.Globalization;
using System.Text.Json;
using TradeAnalytics.Claims;

namespace TradeAnalytics.Sources.Imf;

/// <summary>
/// A third-party copy of the IMF's goods exports of one year for every pair, as a web page's graph data
/// (<c>trade_data.json</c>: <c>nodes</c> with id, totalExports, totalImports …; <c>edges</c> with source, target and
/// value): each edge is the source economy's exports to the target in US$ millions rounded to 0.1, as the copy's maker
/// kept them (values ≤ 0 and regional aggregates dropped). The file does not state its year; the caller gives it.
/// Every value is flagged: a preliminary IMF value, rounded, in a copy. A node's totalExports becomes a value with the
/// World whose source gives the copy's node total beside the sum of its edges (they differ: Israel 52,750.4 against 52,659.3),
/// never the IMF's World.
/// </summary>
public static class ImtsCopyJson
{
    /// <summary>The format's name in reports.</summary>
    public const string FormatName = "IMF IMTS exports, a third-party copy (graph JSON: nodes and edges)";

    /// <summary>What the flag on every value of such a copy means.</summary>
    public const string Flag = "a preliminary IMF value, rounded to 0.1 $m in a third-party copy";

    /// <summary>The largest file read (the real one is 2.3 MB).</summary>
    public const long MaxBytes = 64 << 20;

    /// <summary>Whether <paramref name="path"/> is such a file (a JSON object whose first key is "nodes" and which has "edges").</summary>
    /// <param name="path">A file.</param>
    public static bool Recognises(string path)
    {
        if (!path.EndsWith(".json", StringComparison.OrdinalIgnoreCase) || !File.Exists(path) || new FileInfo(path).Length is 0 or > MaxBytes)
        {
            return false;
        }

        using var reader = InputFile.OpenText(path);
        var head = new char[64];
        var read = reader.ReadBlock(head, 0, head.Length);
        var text = new string(head, 0, read).TrimStart('\uFEFF', ' ', '\n', '\r', '\t');
        return text.StartsWith("{\"nodes\"", StringComparison.Ordinal) || text.StartsWith("{ \"nodes\"", StringComparison.Ordinal);
    }

    /// <summary>Reads the copy: every edge a value of <paramref name="year"/>, every node's totalExports a sum with the World.</summary>
    /// <param name="path">The JSON file.</param>
    /// <param name="year">The year the copy holds (its page's title says it; the file does not).</param>
    /// <exception cref="FileNotFoundException">No such file.</exception>
    /// <exception cref="FormatException">Not this layout, larger than <see cref="MaxBytes"/>, or not JSON (the file named).</exception>
    public static FileImport Import(string path, int year)
    {
        if (!File.Exists(path))
        {
            throw new FileNotFoundException($"No file at '{path}'.", path);
        }

        var name = Path.GetFileName(path);
        if (new FileInfo(path).Length > MaxBytes)
        {
            throw new FormatException($"{name}: {new FileInfo(path).Length:N0} bytes, beyond the {MaxBytes:N0} a copy of one year's exports can be: not read.");
        }

        JsonDocument document;
        try
        {
            using var stream = InputFile.OpenRead(path);
            using var bytes = new MemoryStream();
            stream.CopyTo(bytes);
            if (!System.Text.Unicode.Utf8.IsValid(bytes.GetBuffer().AsSpan(0, (int)bytes.Length)))
            {
                // The parser checks structure, not the bytes inside strings: a Latin-1 name passed it and crashed on reading.
                throw new FormatException($"{name}: not UTF-8 text (JSON is UTF-8; a byte sequence there is not): not read.");
            }

            bytes.Position = 0;
            document = JsonDocument.Parse(bytes);
        }
        catch (JsonException e)
        {
            throw new FormatException($"{name}: not JSON, or cut short ({e.Message}).", e);
        }

        using (document)
        {
            var root = document.RootElement;
            JsonKeys.Refuse(root, name);
            if (root.ValueKind != JsonValueKind.Object || !root.TryGetProperty("nodes", out var nodes) || !root.TryGetProperty("edges", out var edges)
                || nodes.ValueKind != JsonValueKind.Array || edges.ValueKind != JsonValueKind.Array)
            {
                throw new FormatException($"{name}: expected an object with the arrays \"nodes\" and \"edges\".");
            }

            var observations = new List<TradeObservation>();
            var rejected = new List<string>();
            var unmapped = new SortedSet<string>(StringComparer.Ordinal);
            var seen = new HashSet<(string, string)>();
            Economy? Resolve(string? label)
            {
                if (label is not null && NationalStatistics.PartnerLabels.Find("IMTSCOPY", label) is { Code: var code } && Economies.TryGet(code, out var abbreviated))
                {
                    return abbreviated;
                }

                if (label is not null && EconomyNames.TryGetByName(label, out var e))
                {
                    return e;
                }

                unmapped.Add(label ?? "(none)");
                return null;
            }

            var read = 0;
            var i = -1;
            // Each exporter's edges summed as the copy gives them (decimal: no binary rounding), to set beside its node total.
            var edgeSums = new Dictionary<string, (decimal Sum, int Count)>(StringComparer.Ordinal);
            foreach (var edge in edges.EnumerateArray())
            {
                i++;
                read++;
                var source = $"{name}:edges[{i}] (a third-party copy of preliminary IMF data, rounded to 0.1 $m)";
                if (edge.ValueKind != JsonValueKind.Object)
                {
                    rejected.Add($"{source}: a {edge.ValueKind.ToString().ToLowerInvariant()} where an edge object ({{\"source\", \"target\", \"value\"}}) belongs");
                    continue;
                }

                var from = edge.TryGetProperty("source", out var s) && s.ValueKind == JsonValueKind.String ? s.GetString() : null;
                var to = edge.TryGetProperty("target", out var t) && t.ValueKind == JsonValueKind.String ? t.GetString() : null;
                var hasValue = edge.TryGetProperty("value", out var v) && v.ValueKind == JsonValueKind.Number;
                if (from is not null && hasValue && v.TryGetDecimal(out var raw))
                {
                    var (sum, count) = edgeSums.GetValueOrDefault(from);
                    edgeSums[from] = (sum + raw, count + 1);
                }

                var (reporter, partner) = (Resolve(from), Resolve(to));
                if (reporter is null || partner is null || !hasValue)
                {
                    rejected.Add($"{source}: {(!hasValue ? "no numeric value" : $"'{(reporter is null ? from : to)}' is in no name table")}");
                    continue;
                }

                var value = v.GetDouble();
                if (TradeValueGate.Refusal(value) is { } refused)
                {
                    rejected.Add($"{source}: {v.GetRawText()}: {refused}");
                    continue;
                }

                if (!seen.Add((reporter.Code, partner.Code)))
                {
                    rejected.Add($"{source}: {reporter.Code}→{partner.Code} a second time; the first is kept");
                    continue;
                }

                if (value == 0)
                {
                    // The copy drops values ≤ 0: its 0.0 is a positive value under 0.05 $m, rounded down — not a zero.
                    source = $"{name}:edges[{i}] (a third-party copy of preliminary IMF data, rounded to 0.1 $m; 0.0 there is a positive value under 0.05 $m, the copy dropping values ≤ 0)";
                }

                observations.Add(new TradeObservation(reporter, partner, TradeFlow.Exports, year, new UsdMillions(value), true, source));
            }

            i = -1;
            foreach (var node in nodes.EnumerateArray())
            {
                i++;
                read++;
                if (node.ValueKind != JsonValueKind.Object)
                {
                    rejected.Add($"{name}:nodes[{i}]: a {node.ValueKind.ToString().ToLowerInvariant()} where a node object ({{\"id\", \"totalExports\", …}}) belongs");
                    continue;
                }

                var id = node.TryGetProperty("id", out var n) && n.ValueKind == JsonValueKind.String ? n.GetString() : null;
                var edgesOf = id is not null && edgeSums.TryGetValue(id, out var e) ? e : (0m, 0);
                var source = string.Create(CultureInfo.InvariantCulture,
                    $"{name}:nodes[{i}].totalExports (a third-party copy's own total of preliminary IMF data; its {edgesOf.Item2} rounded edges sum to {edgesOf.Item1}; not the IMF's World)");
                var economy = Resolve(id);
                if (economy is null || !node.TryGetProperty("totalExports", out var total) || total.ValueKind != JsonValueKind.Number)
                {
                    rejected.Add($"{source}: {(economy is null ? $"'{id}' is in no name table" : "no numeric totalExports")}");
                    continue;
                }

                var totalValue = total.GetDouble();
                if (TradeValueGate.Refusal(totalValue) is { } refusedTotal)
                {
                    // The edges' value gate, for the node totals too: 1e400 was written as Infinity, which the tool then refuses to read.
                    rejected.Add($"{source}: {total.GetRawText()}: {refusedTotal}");
                    continue;
                }

                observations.Add(new TradeObservation(economy, Economies.World, TradeFlow.Exports, year, new UsdMillions(totalValue), true, source));
            }

            var report = new List<string>
            {
                $"{name}: {read} values read (edges and node totals) = {observations.Count} accepted + {rejected.Count} rejected",
                $"year {year.ToString(CultureInfo.InvariantCulture)}, as the caller gives it (the file does not state it); every value flagged: {Flag}",
                "World values are the copy's own node totals (totalExports), which need not equal the sum of its edges (each source gives both), and are not the IMF's World",
            };
            if (unmapped.Count > 0)
            {
                report.Add($"economy names in no name table, their values rejected ({unmapped.Count}): {string.Join("; ", unmapped)}");
            }

            report.AddRange(rejected.Where(r => !r.EndsWith("is in no name table", StringComparison.Ordinal)).Take(50).Select(r => "rejected: " + r));
            var negative = observations.Where(o => TradeValueGate.IsFlagged(o.Value.Value)).ToList();
            report.AddRange(negative.Take(50).Select(o => $"flagged: {o.Source}: {o.Value.Value.ToString("R", CultureInfo.InvariantCulture)} $m, {TradeValueGate.NegativeNote}"));
            return new FileImport(path, FormatName, observations, report, read == observations.Count + rejected.Count) { Rejected = rejected.Count, Flagged = negative.Count };
        }
    }
}
