using TradeAnalytics.Claims;
using System.Globalization;
using TradeAnalytics.Sources.UnComtrade;

namespace TradeAnalytics.Sources.NationalStatistics;

/// <summary>
/// What a statistics office's table gave: every value cell read is accepted or rejected with its reason, and
/// every partner label is a country (through the economy-name table or the office's own labels), the total
/// (World), a group of countries (never a partner) or unmapped (listed, its values rejected).
/// </summary>
internal sealed class NationalAccumulator(string office, Economy reporter, string format)
{
    private readonly List<TradeObservation> _observations = [];
    private readonly List<RejectedRow> _rejected = [];
    private readonly SortedSet<string> _unmapped = new(StringComparer.Ordinal);
    private readonly SortedSet<string> _groups = new(StringComparer.Ordinal);
    private readonly List<string> _notes = [];
    private readonly Dictionary<(string Partner, TradeFlow Flow, int Year), TradeObservation> _seen = [];
    private int _read;
    private int _accepted;

    internal Economy Reporter => reporter;

    internal void Note(string note) => _notes.Add(note);

    /// <summary>The partner a label names: an economy, or null for a group, a residual or an unmapped label (remembered for the report).</summary>
    internal Economy? Partner(string label)
    {
        var kind = PartnerLabels.Find(office, label);
        switch (kind)
        {
            case { Code: "group" or "residual" }:
                _groups.Add(label.Trim());
                return null;
            case { } known:
                return Economies.Get(known.Code);
        }

        if (EconomyNames.TryGetByName(label, out var economy))
        {
            return economy;
        }

        _unmapped.Add(label.Trim());
        return null;
    }

    /// <summary>Why a label gives no partner, for the rejection.</summary>
    internal string WhyNoPartner(string label)
        => PartnerLabels.Find(office, label) is { Code: var code } && code is "group" or "residual"
            ? $"'{label.Trim()}' is {(code == "group" ? "a group of countries" : "a residual (countries not named)")}, never a partner"
            : $"partner '{label.Trim()}' is in no name table (listed as unmapped)";

    /// <summary>Rejects one value cell.</summary>
    internal void Reject(string source, string reason)
    {
        _read++;
        _rejected.Add(new RejectedRow(source, reason));
    }

    /// <summary>
    /// One value in thousand US dollars, as published (text or a number), becomes US$ millions exactly (decimal
    /// division); "-", "…" and empty cells are missing (never zero) and rejected as such.
    /// </summary>
    internal void Add(Economy? partner, string label, TradeFlow flow, int year, object? cell, string source, bool flagged = false)
    {
        if (partner is null)
        {
            Reject(source, WhyNoPartner(label));
            return;
        }

        if (!TryThousands(cell, out var thousands, out var why))
        {
            Reject(source, why);
            return;
        }

        if (TradeValueGate.Refusal(thousands) is { } refused)
        {
            Reject(source, refused);
            return;
        }

        var millions = (double)(thousands / 1000m);

        var key = (partner.Code, flow, year);
        if (_seen.TryGetValue(key, out var earlier))
        {
            // The same value twice is kept once; two different values for one partner are two answers to one question: an error
            // naming both places, never the first kept in silence (a group row renamed as a country made Kazakhstan → Kyrgyzstan the CIS total).
            if (earlier.Value.Value != millions)
            {
                throw new FormatException($"{source}: {reporter.Code}→{partner.Code} {flow} {year} is {millions.ToString("R", CultureInfo.InvariantCulture)} $m here ('{label.Trim()}') and {earlier.Value.Value.ToString("R", CultureInfo.InvariantCulture)} $m at {earlier.Source}: two values for one thing; the file is not read.");
            }

            Reject(source, $"{reporter.Code}→{partner.Code} {flow} {year} again (first at {earlier.Source}, same value): kept once");
            return;
        }

        _read++;
        _accepted++;
        var observation = new TradeObservation(reporter, partner, flow, year, new UsdMillions(millions), flagged, source);
        _seen[key] = observation;
        _observations.Add(observation);
    }

    /// <summary>
    /// One annual value summed from monthly cells (thousand US$, already parsed), each of them a cell read and accepted;
    /// summed through the value gate (<see cref="TradeValueGate.SumThousands"/>), so a year beyond it is rejected, cell by cell.
    /// </summary>
    internal void AddSum(Economy partner, TradeFlow flow, int year, IReadOnlyList<decimal> months, string source)
    {
        var cells = months.Count;
        if (TradeValueGate.SumThousands(months, out var refused) is not { } thousands)
        {
            for (var i = 0; i < cells; i++)
            {
                Reject(source, refused!);
            }

            return;
        }

        if (_seen.TryGetValue((partner.Code, flow, year), out var earlier))
        {
            if (earlier.Value.Value != (double)(thousands / 1000m))
            {
                throw new FormatException($"{source}: {reporter.Code}→{partner.Code} {flow} {year} is {(thousands / 1000m).ToString(CultureInfo.InvariantCulture)} $m under a second label and {earlier.Value.Value.ToString("R", CultureInfo.InvariantCulture)} $m at {earlier.Source}: two values for one thing; the file is not read.");
            }

            for (var i = 0; i < cells; i++)
            {
                Reject(source, $"{reporter.Code}→{partner.Code} {flow} {year} under a second label (first at {earlier.Source}, same value): kept once");
            }

            return;
        }

        _read += cells;
        _accepted += cells;
        var observation = new TradeObservation(reporter, partner, flow, year, new UsdMillions((double)(thousands / 1000m)), false, source);
        _seen[(partner.Code, flow, year)] = observation;
        _observations.Add(observation);
    }

    /// <summary>
    /// A cell's value in thousand US$, through the <see cref="TradeValueGate"/>; false with the reason for a missing,
    /// malformed or implausible one (so twelve months summed stay far inside decimal's range).
    /// </summary>
    internal static bool TryThousands(object? cell, out decimal thousands, out string why)
    {
        if (!TryParseThousands(cell, out thousands, out why))
        {
            return false;
        }

        if (TradeValueGate.Refusal(thousands) is { } refused)
        {
            why = refused;
            thousands = 0;
            return false;
        }

        return true;
    }

    private static bool TryParseThousands(object? cell, out decimal thousands, out string why)
    {
        thousands = 0;
        switch (cell)
        {
            case double d when double.IsFinite(d) && Math.Abs(d) > 1e24:
                // Beyond decimal's range at 7.9e28 (the parse overflowed, a crash); far beyond the value gate long before.
                why = $"{d.ToString("R", CultureInfo.InvariantCulture)} thousand US$ is beyond ±1e9 $m (US$ 1 quadrillion), which no trade value can be";
                return false;
            case double d when double.IsFinite(d):
                thousands = decimal.Parse(d.ToString("R", CultureInfo.InvariantCulture), NumberStyles.Float, CultureInfo.InvariantCulture);
                why = "";
                return true;
            case decimal m:
                thousands = m;
                why = "";
                return true;
            case string text:
                var t = text.Trim();
                if (t.Length == 0 || t is "-" or "–" or "—" or "…" or "..." or "x" or "X")
                {
                    why = t.Length == 0 ? "empty: no value published (missing, not zero)" : $"'{t}': no value published (missing, not zero)";
                    return false;
                }

                if (decimal.TryParse(t.Replace(" ", "", StringComparison.Ordinal).Replace('\u00a0'.ToString(), "", StringComparison.Ordinal), NumberStyles.Float, CultureInfo.InvariantCulture, out thousands))
                {
                    why = "";
                    return true;
                }

                why = double.TryParse(t, NumberStyles.Float, CultureInfo.InvariantCulture, out var huge) && double.IsFinite(huge)
                    ? $"{t} thousand US$ is beyond ±1e9 $m (US$ 1 quadrillion), which no trade value can be"
                    : $"'{(t.Length > 40 ? t[..40] + "…" : t)}' is not a number";
                return false;
            case null:
                why = "empty: no value published (missing, not zero)";
                return false;
            default:
                why = $"a {cell.GetType().Name} cell, not a number";
                return false;
        }
    }

    internal int Read => _read;

    /// <summary>The import: observations in the order read, and the report — counts, groups, unmapped labels, notes.</summary>
    internal FileImport Result(string path)
    {
        var report = new List<string>
        {
            _accepted == _observations.Count
                ? $"{format}: {_read} values read = {_accepted} accepted + {_rejected.Count} rejected"
                : $"{format}: {_read} values read = {_accepted} accepted (into {_observations.Count} annual values) + {_rejected.Count} rejected",
        };
        report.AddRange(_notes);
        if (_groups.Count > 0)
        {
            report.Add($"groups and residuals, never partners ({_groups.Count}): {string.Join("; ", _groups)}");
        }

        if (_unmapped.Count > 0)
        {
            report.Add($"partner labels in no name table, their values rejected ({_unmapped.Count}): {string.Join("; ", _unmapped)}");
        }

        report.AddRange(_rejected.Where(r => !r.Reason.EndsWith("(missing, not zero)", StringComparison.Ordinal) && !r.Reason.EndsWith("never a partner", StringComparison.Ordinal) && !r.Reason.EndsWith("(listed as unmapped)", StringComparison.Ordinal)).Take(50).Select(r => "rejected: " + r));
        var missing = _rejected.Count(r => r.Reason.EndsWith("(missing, not zero)", StringComparison.Ordinal));
        if (missing > 0)
        {
            report.Add($"{missing} cells hold no value (empty or '-'): missing, not zero");
        }

        // A negative flow is kept as published (totals then match the office's) and flagged, as the DOTS reader flags its own.
        var negative = _observations.Where(o => TradeValueGate.IsFlagged(o.Value.Value)).ToList();
        report.AddRange(negative.Take(50).Select(o => $"flagged: {o.Source}: {o.Value.Value.ToString("R", CultureInfo.InvariantCulture)} $m, {TradeValueGate.NegativeNote}"));
        return new FileImport(path, format, _observations, report, _read == _accepted + _rejected.Count) { Rejected = _rejected.Count, Flagged = negative.Count };
    }

    /// <summary>Every rejection, for tests and callers that want them all.</summary>
    internal IReadOnlyList<RejectedRow> Rejections => _rejected;
}
