using System.Globalization;
using System.Text.RegularExpressions;

namespace TradeAnalytics.Claims;

/// <summary>
/// What the drafter reads before it looks for quantities: the article's date (its dateline, or one the caller gives), Russian
/// sentences glossed into the words the English rules know (the quote stays the Russian sentence), numbers written as words
/// and multiplicative words; and what makes a number not a checkable statistic: part of a year, a target or forecast, a
/// year not yet over when the text was published.
/// </summary>
public static partial class ClaimDrafter
{
    // ---- the article's date ----

    private static readonly Dictionary<string, int> Months = new(StringComparer.OrdinalIgnoreCase)
    {
        ["january"] = 1, ["february"] = 2, ["march"] = 3, ["april"] = 4, ["may"] = 5, ["june"] = 6, ["july"] = 7, ["august"] = 8,
        ["september"] = 9, ["october"] = 10, ["november"] = 11, ["december"] = 12,
        ["jan"] = 1, ["feb"] = 2, ["mar"] = 3, ["apr"] = 4, ["jun"] = 6, ["jul"] = 7, ["aug"] = 8, ["sep"] = 9, ["sept"] = 9, ["oct"] = 10, ["nov"] = 11, ["dec"] = 12,
        ["января"] = 1, ["февраля"] = 2, ["марта"] = 3, ["апреля"] = 4, ["мая"] = 5, ["июня"] = 6, ["июля"] = 7, ["августа"] = 8,
        ["сентября"] = 9, ["октября"] = 10, ["ноября"] = 11, ["декабря"] = 12,
    };

    /// <summary>
    /// The date a text's first line gives when that line is a date and nothing else ("14.01.2022", "30 April 2013", "25 Sep 2023",
    /// "Sept. 25, 2023", "10 февраля 2026", "2025-11-14"); null otherwise.
    /// </summary>
    /// <param name="text">The article.</param>
    public static DateOnly? Dateline(string text)
    {
        Preconditions.NotNull(text);
        return SplitDateline(text).Date;
    }

    /// <summary>The dateline's date and the text without that line (the text unchanged when its first line is not a date).</summary>
    private static (DateOnly? Date, string Body) SplitDateline(string text)
    {
        var trimmed = text.TrimStart('\uFEFF', ' ', '\t', '\r', '\n');
        var end = trimmed.IndexOf('\n', StringComparison.Ordinal);
        var first = (end < 0 ? trimmed : trimmed[..end]).Trim();
        if (first.Length > 40)
        {
            return (null, text);
        }

        var date = ParseDate(first);
        return date is null ? (null, text) : (date, end < 0 ? "" : trimmed[(end + 1)..]);
    }

    private static DateOnly? ParseDate(string line)
    {
        int? day = null, month = null, year = null;
        if (IsoDate().Match(line) is { Success: true } iso)
        {
            (year, month, day) = (Int(iso.Groups["y"]), Int(iso.Groups["m"]), Int(iso.Groups["d"]));
        }
        else if (DottedDate().Match(line) is { Success: true } dotted)
        {
            (year, month, day) = (Int(dotted.Groups["y"]), Int(dotted.Groups["m"]), Int(dotted.Groups["d"]));
        }
        else if (DayMonthYear().Match(line) is { Success: true } dmy && Months.TryGetValue(dmy.Groups["mon"].Value, out var m1))
        {
            (year, month, day) = (Int(dmy.Groups["y"]), m1, Int(dmy.Groups["d"]));
        }
        else if (MonthDayYear().Match(line) is { Success: true } mdy && Months.TryGetValue(mdy.Groups["mon"].Value, out var m2))
        {
            (year, month, day) = (Int(mdy.Groups["y"]), m2, Int(mdy.Groups["d"]));
        }

        if (year is not { } y || month is not { } m || day is not { } d || y < 1900 || y > 2100 || m < 1 || m > 12 || d < 1 || d > DateTime.DaysInMonth(y, m))
        {
            return null;
        }

        return new DateOnly(y, m, d);

        static int Int(Group g) => int.Parse(g.Value, NumberStyles.None, CultureInfo.InvariantCulture);
    }

    [GeneratedRegex(@"^(?<y>\d{4})-(?<m>\d{2})-(?<d>\d{2})$")]
    private static partial Regex IsoDate();

    [GeneratedRegex(@"^(?<d>\d{1,2})\.(?<m>\d{1,2})\.(?<y>\d{4})$")]
    private static partial Regex DottedDate();

    [GeneratedRegex(@"^(?<d>\d{1,2})\s+(?<mon>\p{L}+)\.?,?\s+(?<y>\d{4})(?:\s*(?:г\.|года))?$")]
    private static partial Regex DayMonthYear();

    [GeneratedRegex(@"^(?<mon>\p{L}+)\.?\s+(?<d>\d{1,2}),?\s+(?<y>\d{4})$")]
    private static partial Regex MonthDayYear();

    // ---- Russian ----

    /// <summary>True when a sentence is written in Cyrillic (more Cyrillic letters than Latin ones).</summary>
    private static bool IsRussian(string sentence)
    {
        int cyrillic = 0, latin = 0;
        foreach (var c in sentence)
        {
            if (c is >= '\u0400' and <= '\u04FF')
            {
                cyrillic++;
            }
            else if (c is >= 'A' and <= 'Z' or >= 'a' and <= 'z')
            {
                latin++;
            }
        }

        return cyrillic > latin;
    }

    private static readonly string[] RussianMonthStems = ["январ", "феврал", "март", "апрел", "ма", "июн", "июл", "август", "сентябр", "октябр", "ноябр", "декабр"];

    private static readonly string[] EnglishMonths = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];

    /// <summary>
    /// The stems of the Russian adjectives of the economies Russian trade news pairs most (казахстан-ск-ий, росси-йск-ий, …), each
    /// with the economy's English name as economy-names.csv holds it.
    /// </summary>
    private static readonly Dictionary<string, string> RussianAdjectiveStems = new(StringComparer.Ordinal)
    {
        ["казахстан"] = "Kazakhstan", ["казах"] = "Kazakhstan", ["росси"] = "Russia", ["россий"] = "Russia", ["узбекистан"] = "Uzbekistan", ["узбек"] = "Uzbekistan",
        ["кыргыз"] = "Kyrgyzstan", ["киргиз"] = "Kyrgyzstan", ["кыргызстан"] = "Kyrgyzstan", ["таджик"] = "Tajikistan", ["туркмен"] = "Turkmenistan",
        ["азербайджан"] = "Azerbaijan", ["грузин"] = "Georgia", ["армян"] = "Armenia", ["израиль"] = "Israel", ["китай"] = "China", ["турец"] = "Turkey", ["туре"] = "Turkey",
        ["иран"] = "Iran", ["украин"] = "Ukraine", ["белорус"] = "Belarus",
    };

    /// <summary>The tens and units of a Russian cardinal in any case ("восемнадцати" → 18, "двадцати пяти" → 25), or null.</summary>
    private static string? RussianCardinal(string words)
    {
        var total = 0;
        foreach (var word in words.ToLowerInvariant().Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries))
        {
            var value = RussianCardinals.FirstOrDefault(c => c.Pattern.IsMatch(word)).Value;
            if (value == 0 || (total > 0 && (total % 10 != 0 || value >= 10)))
            {
                return null;
            }

            total += value;
        }

        return total == 0 ? null : total.ToString(CultureInfo.InvariantCulture);
    }

    /// <summary>Russian cardinals 1–90 by the stems of all their cases, teens and tens before units.</summary>
    private static (Regex Pattern, int Value)[] RussianCardinals => RussianCardinalTable.Value;

    // Lazy: the table's patterns are made by Rule, whose settings are static fields of another part of the class.
    private static readonly Lazy<(Regex Pattern, int Value)[]> RussianCardinalTable = new(() =>
    [
        .. new[] { "одиннадцат", "двенадцат", "тринадцат", "четырнадцат", "пятнадцат", "шестнадцат", "семнадцат", "восемнадцат", "девятнадцат" }
            .Select((stem, i) => (Rule("^" + stem + @"\p{L}*$", RegexOptions.None), 11 + i)),
        (Rule(@"^двадцат\p{L}*$", RegexOptions.None), 20), (Rule(@"^тридцат\p{L}*$", RegexOptions.None), 30), (Rule(@"^сорок\p{L}*$", RegexOptions.None), 40),
        (Rule(@"^(?:пятьдесят|пятидесят)\p{L}*$", RegexOptions.None), 50), (Rule(@"^(?:шестьдесят|шестидесят)\p{L}*$", RegexOptions.None), 60),
        (Rule(@"^(?:семьдесят|семидесят)\p{L}*$", RegexOptions.None), 70), (Rule(@"^(?:восемьдесят|восьмидесят)\p{L}*$", RegexOptions.None), 80),
        (Rule(@"^девяност\p{L}*$", RegexOptions.None), 90), (Rule(@"^десят\p{L}*$", RegexOptions.None), 10),
        (Rule(@"^(?:один|одн\p{L}*)$", RegexOptions.None), 1), (Rule(@"^(?:два|две|двух|двум|двумя)$", RegexOptions.None), 2),
        (Rule(@"^(?:три|трех|трем|тремя)$", RegexOptions.None), 3), (Rule(@"^(?:четыре|четырех|четырем|четырьмя)$", RegexOptions.None), 4),
        (Rule(@"^(?:пять|пяти|пятью)$", RegexOptions.None), 5), (Rule(@"^(?:шесть|шести|шестью)$", RegexOptions.None), 6),
        (Rule(@"^(?:семь|семи|семью)$", RegexOptions.None), 7), (Rule(@"^(?:восемь|восьми|восемью)$", RegexOptions.None), 8),
        (Rule(@"^(?:девять|девяти|девятью)$", RegexOptions.None), 9),
    ]);

    /// <summary>A cardinal in words before "процент…" ("около восемнадцати процентов", "двадцати пяти процентов").</summary>
    [GeneratedRegex(@"(?<![\p{L}])(?<n>(?:[а-я]+\s+)?[а-я]+)(?=\s+процент)", RegexOptions.IgnoreCase)]
    private static partial Regex RuCardinalPercent();

    private static readonly Dictionary<string, string> RussianNumberWords = new(StringComparer.OrdinalIgnoreCase)
    {
        ["двух"] = "2", ["трех"] = "3", ["трёх"] = "3", ["четырех"] = "4", ["четырёх"] = "4", ["пяти"] = "5", ["шести"] = "6", ["семи"] = "7",
        ["восьми"] = "8", ["девяти"] = "9", ["десяти"] = "10", ["одиннадцати"] = "11",
        ["два"] = "2", ["две"] = "2", ["три"] = "3", ["четыре"] = "4", ["пять"] = "5", ["шесть"] = "6", ["семь"] = "7", ["восемь"] = "8",
        ["девять"] = "9", ["десять"] = "10", ["одиннадцать"] = "11", ["полтора"] = "1.5", ["полторы"] = "1.5",
    };

    /// <summary>
    /// A Russian sentence in the words the drafter's rules read: numbers with a decimal point ("3,4 млрд долларов" → "$3.4 billion",
    /// "$2 млрд 54 млн" → "$2.054 billion"), percentages, "в 2,5 раза" → "2.5-fold", "на треть" → "by about 33 percent", trade,
    /// growth and decline words, bounds (более, свыше, превысил, почти, около), periods (январь–сентябрь, за девять месяцев,
    /// полугодие), relative years (в прошлом году), targets (цель, довести, к 2030 году) and years ("2024 года" → "2024").
    /// Economy names stay as written: the name table reads them in every case.
    /// </summary>
    /// <param name="sentence">The sentence.</param>
    /// <param name="articleInDollars">The article names dollars somewhere: a bare "12,4 млрд" is dollars too.</param>
    internal static string RussianGloss(string sentence, bool articleInDollars = false)
    {
        var s = sentence.Replace('ё', 'е').Replace('Ё', 'Е');
        // A Latin "c" standing alone before a Russian word or a number is the preposition "с" typed on the other keyboard ("c 2020 года").
        s = Rule(@"(?<![\p{L}\d])[cC](?=\s+(?:\d|\p{IsCyrillic}))", RegexOptions.None).Replace(s, m => m.Value == "c" ? "с" : "С");
        var dollars = articleInDollars || RuDollarWord().IsMatch(s);

        // "долларов США" names the currency, not the United States; "по состоянию на 2023 год" is a date, not a target's "на 2030 год".
        s = RuReplace(s, @"\b(долл\w*\.?)\s+США\b", "$1");
        s = RuReplace(s, @"\bпо\s+состоянию\s+на\b", "as of");

        // "по данным белорусской стороны": whose figures they are; "108,3% к уровню 2017-го": a ratio to that year; "к уровню 2017-го",
        // "по сравнению с уровнем 2017-го": a year of comparison; "не исключено, что … выйдут на": a forecast.
        s = RuSideData().Replace(s, m => RussianAdjectiveStems.TryGetValue(m.Groups["a"].Value.ToLowerInvariant(), out var side)
            && EconomyNames.Find(side).FirstOrDefault() is { } sideOf ? $"according to the data of the side [{sideOf.Economy.Code}]" : m.Value);
        s = Rule(@"(?<![\d.,])(\d{2,3}(?:,\d+)?)\s*%\s+к\s+уровню\s+((?:19|20)\d\d)(?:-?го|\s*года?|\s*г\.)?", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant).Replace(s,
            m => (Parse(m.Groups[1].Value.Replace(',', '.')) / 100).ToString("0.####", CultureInfo.InvariantCulture) + "-fold compared with " + m.Groups[2].Value);
        s = RuReplace(s, @"\b(?:к|по\s+сравнению\s+с)\s+уровн(?:ю|ем)\s+((?:19|20)\d\d)(?:-?го|\s*года?|\s*г\.)?", "compared with $1");
        s = RuReplace(s, @"\bне\s+исключено\b", "it could be");
        s = RuReplace(s, @"\bвыйд(?:ет|ут)\s+на\b", "will reach");

        // A pair named by a compound adjective ("казахстанско-российских отношений", "российско-казахстанский товарооборот") is the
        // two economies, named so that the name table reads them.
        s = RuPairAdjective().Replace(s, m => RussianAdjectiveStems.TryGetValue(m.Groups["a"].Value.ToLowerInvariant(), out var x)
            && RussianAdjectiveStems.TryGetValue(m.Groups["b"].Value.ToLowerInvariant(), out var y) ? $"{x} and {y}" : m.Value);

        // "товарооборот стран" is the trade between the two countries the text speaks of, not one economy's with the World.
        s = RuReplace(s, @"\b(товарооборот\w*|торговл\w*|оборот\w*)\s+(?:двух\s+|обеих\s+|наших\s+)?стран\b(?!\s+(?:Центральн|СНГ|ЕАЭС|ЕС|мира))", "$1 between the two countries");
        // "экспорт на Украину" is exports to Ukraine, "импорт в Россию" imports into Russia (не "by" a percentage).
        s = RuReplace(s, @"\b(экспорт\w*|поставк\w*|импорт\w*|ввоз\w*)\s+(?:на|в|во)\s+(?=(?-i:\p{Lu}))", "$1 to ");
        // "сократился вдвое": halved; "снизился в 1,9 раза": a fall by a factor, which the claims state as no fold (a fold is year ÷ base).
        s = RuReplace(s, @"\b(сократил\w*|снизил\w*|уменьшил\w*|упал\w*)\s+вдвое\b", "halved");
        s = RuReplace(s, @"\b(?:сократил|снизил|уменьшил|упал)\w*\s+(?:более\s+чем\s+|почти\s+|примерно\s+|около\s+)?в\s+(\d+(?:[.,]\d+)?|два|две|три|четыре|пять|шесть|семь|восемь|девять|десять|полтора|полторы)\s+раз\w*", "fell by a factor of $1");
        // "в 2,1 раза больше, чем 2020 году": the year after "чем" is the base, as "than in 2020".
        s = RuReplace(s, @"\bчем\s+((?:19|20)\d\d)\s+(?:год\w*|г\.)", "than in $1");
        // "почти полумиллиарда долларов": half a billion; "Пакистанские СМИ:" are the media's country, no party to the trade.
        s = RuReplace(s, @"\bпол(?:у)?(миллиард|миллион)(\w*)", "0.5 $1$2");
        s = RuReplace(s, @"(?<!\p{L})\p{L}+?ск(?:ие|их|ими|ое|ая|ой|ого|ому|им)\s+(СМИ|издани\w+|газет\w+|медиа)(?!\p{L})", "$1");

        // Numbers: a range ("14-16 млрд") as one, then "2 млрд 54 млн", then the decimal comma. A year before the dash is no range's
        // low end: "за 11 месяцев 2023 – 4,1 млрд" is the figure of that period.
        s = RuReplace(s, @"(?<![\d.,])(?!(?:19|20)\d\d\s*[-–])(\d+(?:[.,]\d+)?)\s*[-–]\s*(\d+(?:[.,]\d+)?)\s*(млрд|млн|миллиард\w*|миллион\w*)\.?\s*(?:долл\w*\.?|\$|USD)?(?:\s*США)?",
            "between $$$1 and $$$2 $3");
        // "6 миллионов 540 тысяч 295 тонн": one physical quantity, written out.
        s = Rule(@"(?<![\d.,])(\d+)\s*(?:миллион\w*|млн\.?)\s*(\d{1,3})\s*(?:тысяч\w*|тыс\.?)\s*(\d{1,3})?\s*(?=тонн|т\.|кг|баррел|кубометр|куб\.)", RegexOptions.IgnoreCase, TimeSpan.FromSeconds(1)).Replace(s,
            m => (Parse(m.Groups[1].Value) * 1_000_000 + Parse(m.Groups[2].Value) * 1000 + (m.Groups[3].Success ? Parse(m.Groups[3].Value) : 0)).ToString("0", CultureInfo.InvariantCulture) + " ");
        s = RuBillionMillion().Replace(s, m => Currency(m, dollars)
            ? "$" + (Parse(m.Groups["b"].Value) + Parse(m.Groups["m"].Value) / 1000 + (m.Groups["t"].Success ? Parse(m.Groups["t"].Value) / 1e6 : 0)
                     + (m.Groups["u"].Success ? Parse(m.Groups["u"].Value) / 1e9 : 0)).ToString("0.#########", CultureInfo.InvariantCulture) + " billion"
            : m.Value);
        s = RuDecimalComma().Replace(s, "$1.$2");
        var glossed = s;
        s = RuMoney().Replace(s, m =>
        {
            // "1,5 млн тонн": a physical quantity, never dollars.
            if (!m.Groups["rest"].Success && RuPhysicalUnit().IsMatch(glossed.AsSpan(m.Index + m.Length)))
            {
                return m.Value;
            }

            var unit = m.Groups["u"].Value.ToLowerInvariant();
            var scale = unit.StartsWith("млрд", StringComparison.Ordinal) || unit.StartsWith("миллиард", StringComparison.Ordinal) ? "billion"
                : unit.StartsWith("млн", StringComparison.Ordinal) || unit.StartsWith("миллион", StringComparison.Ordinal) ? "million" : "thousand";
            // A thousand is dollars only where the words say so ("60 тыс. туристов" are people); millions and billions in an article
            // about dollars are dollars.
            var inDollars = scale == "thousand" ? RuDollarWord().IsMatch(m.Value) : Currency(m, dollars);
            return inDollars ? $"${m.Groups["n"].Value} {scale}" : $"{m.Groups["n"].Value} {scale}{m.Groups["rest"].Value}";
        });
        s = RuCardinalPercent().Replace(s, m =>
        {
            var words = m.Groups["n"].Value.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
            return RussianCardinal(m.Groups["n"].Value) is { } n ? n
                : words.Length == 2 && RussianCardinal(words[1]) is { } last ? words[0] + " " + last : m.Value;
        });
        s = RuPercent().Replace(s, "$1%");
        s = RuReplace(s, @"\bс\s+(\$[\d.]+\s+(?:billion|million|thousand))\s+до\s+(?=\$)", "from $1 to ");
        // "(с $1,5 до $4,5 миллиона)": the scale after the second number is the first's too.
        s = RuReplace(s, @"\bс\s+\$([\d.]+)\s+до\s+\$([\d.]+)\s+(billion|million|thousand)", "from $$$1 $3 to $$$2 $3");
        // "в структуре внешней торговли Киргизии Казахстан занимал 10,8%": the partner accounted for a share of the economy's trade.
        s = RuReplace(s, @"\bв\s+структуре\s+(?:внешней\s+торговли|внешнеторгового\s+оборота|товарооборота)\s+((?-i:\p{Lu})\p{L}+)\s+((?-i:\p{Lu})\p{L}+)\s+занимал\w*\s+(?=\d)", "$2 accounted for the share of the foreign trade of $1 of ");
        // "30% внешнеторговой деятельности Узбекистана приходится на долю РФ": the partner accounted for a share of the economy's trade.
        s = RuReplace(s, @"(?:(?<w>около|примерно|порядка|почти|более|свыше)\s+)?(?<![\d.,])(?<n>\d+(?:[.,]\d+)?\s*%)\s+(?:внешнеторгов\w+\s+(?:деятельност\w+|оборот\w*)|внешней\s+торговл\w+|товарооборот\w*)\s+(?<of>(?-i:\p{Lu})\p{L}+)\s+приход\w+\s+на\s+(?:долю\s+)?(?<by>(?-i:\p{Lu})\p{L}+)",
            "${by} accounted for ${w} ${n} of the foreign trade of ${of}");
        // "за первую половину 2023 года": the first half.
        s = RuReplace(s, @"\b(?:за\s+|в\s+)?(?:перв(?:ую|ой|ая)\s+половин[уеа])\b", "in the first half of");
        s = RuReplace(s, @"\b(?:за\s+|во\s+)?(?:втор(?:ую|ой|ая)\s+половин[уеа])\b", "in the second half of");
        // "темпы порядка 2,5 раз роста", "2,5 раза роста": a multiple.
        s = RuReplace(s, @"(?<![\d.,])(\d+(?:[.,]\d+)?)\s+раза?\s+роста\b", "$1-fold growth");

        // Multiples.
        s = RuTimes().Replace(s, m => (RussianNumberWords.TryGetValue(m.Groups["n"].Value, out var n) ? n : m.Groups["n"].Value) + "-fold");
        s = RuReplace(s, @"\bвдвое\b", "2-fold");
        s = RuReplace(s, @"\bвтрое\b", "3-fold");
        s = RuReplace(s, @"\bнаполовину\b", "by about 50 percent");
        s = RuReplace(s, @"\b(?:почти|чуть\s+менее|без\s+малого)\s+на\s+четверть\b", "by almost 25 percent");
        s = RuReplace(s, @"\b(?:почти|чуть\s+менее|без\s+малого)\s+на\s+треть\b", "by almost 33 percent");
        s = RuReplace(s, @"\bна\s+четверть\b", "by about 25 percent");
        s = RuReplace(s, @"\bна\s+треть\b", "by about 33 percent");

        // Bounds, before "на" becomes "by".
        s = RuReplace(s, @"\b(?:по|в)\s+сравнени[июя]\s+с\w*", "compared with");
        s = RuReplace(s, @"\bпротив\b", "against");
        s = RuReplace(s, @"\bдол(?:я|и|ю|ей|ях)\b", "share");
        s = RuReplace(s, @"\bот\s+(?:всего|общего)\s+(?:объема\s+)?(?:внешней\s+)?(?:торговли|товарооборота)", "of the total foreign trade of");
        s = RuReplace(s, @"\bдоговорил\w*", "agreed to");
        s = RuReplace(s, @"\b(?:порог\w*|отметк\w*|рубеж\w*|планк\w*)\s+в\b", "threshold of");
        s = RuReplace(s, @"\b(?:показател\w+\s+)?предыдущ\w+\s+год\w*", "the previous year");
        s = RuReplace(s, @"\bвыше\b", "higher");
        s = RuReplace(s, @"\bниже\b", "lower");
        // "из Узбекистана в Казахстан": from one economy to the other (the names stay as written).
        s = RuReplace(s, @"\bиз\s+((?-i:\p{Lu})\p{L}+)\s+в\s+((?-i:\p{Lu})\p{L}+)", "from $1 to $2");
        // "Грузия наторговала почти на $3 млрд": traded that much, not a change by it.
        s = RuReplace(s, @"\bнаторговал\w*(\s+(?:почти|около|более|свыше))?\s+на\b", "traded (trade turnover)$1");
        // "на 6% больше показателей 2022 года": compared with 2022.
        s = RuReplace(s, @"\b(?:больше|выше)\s+(?:показател\w+\s+)?(?=(?:19|20)\d\d)", "more compared with ");
        s = RuReplace(s, @"\b(?:меньше|ниже)\s+(?:показател\w+\s+)?(?=(?:19|20)\d\d)", "less compared with ");
        s = RuReplace(s, @"\b(?:более|больше),?\s+чем\s+на\b", "by more than");
        s = RuReplace(s, @"\b(?:почти|чуть\s+менее|без\s+малого)\s+на\b", "by almost");
        s = RuReplace(s, @"\b(?:около|примерно|порядка|приблизительно)\s+на\b", "by about");
        s = RuReplace(s, @"\b(?:более\s+чем|более|свыше|больше)\b", "more than");
        s = RuReplace(s, @"\bпревы(?:сил|сила|сило|сили|сив|шает|шают|шающ)\w*", "exceeded");
        s = RuReplace(s, @"\b(?:почти|чуть\s+менее|без\s+малого)(?:\s+в(?=\s))?\b", "almost");
        s = RuReplace(s, @"\b(?:около|примерно|порядка|приблизительно)\b", "about");
        s = RuReplace(s, @"\b(?:менее|меньше|не\s+более)\b", "less than");
        s = RuReplace(s, @"\bthan,?\s+чем\b", "than");

        // Periods: part of a year, and relative years.
        // "(до кризиса на Украине ещё)": a remark in parentheses, with no figure, that begins in lower case, names no economy of the figures.
        s = RuReplace(s, @"\((?-i:\p{Ll})[^()\d]*\)", " ");
        // "за январь и февраль": two months, a span as "январь-февраль" is.
        s = RuReplace(s, @"\b(январ\w*|феврал\w*|март\w*|апрел\w*|ма[йя]\w*|июн\w*|июл\w*|август\w*|сентябр\w*|октябр\w*|ноябр\w*)\s+и\s+(феврал\w*|март\w*|апрел\w*|ма[йя]\w*|июн\w*|июл\w*|август\w*|сентябр\w*|октябр\w*|ноябр\w*|декабр\w*)", "$1-$2");
        s = RuMonthSpan().Replace(s, m => "in January-" + EnglishMonth(m.Groups["to"].Value));
        s = RuMonths().Replace(s, m => $"in the first {(RussianNumberWords.TryGetValue(m.Groups["n"].Value, out var n) ? n : m.Groups["n"].Value)} months");
        s = RuReplace(s, @"\b(?:перв\w+\s+)?полугоди\w*", "the first half");
        s = RuReplace(s, @"\b(?:перв\w+|втор\w+|трет\w+)\s+квартал\w*", "the first quarter");
        s = RuReplace(s, @"\bза\s+прошедший\s+период\s+(?:этого|текущего)\s+года\b", "so far this year");
        s = RuReplace(s, @"\bс\s+начала\s+(?:этого\s+|текущего\s+)?года\b", "since the beginning of the year");
        s = RuReplace(s, @"\bс\s+((?:19|20)\d\d)\s+год[аоу]?\b", "since $1");
        s = RuReplace(s, @"\bприблизил\w*\s+к\s+(?:отметке\s+|уровню\s+|рубежу\s+)?(?:в\s+)?(?=\$|\d)", "approached ");
        s = RuReplace(s, @"\bза\s+последние\s+годы\b", "in recent years");
        // "за последние три года товарооборот … вырос почти в пять раз, до 818,4 миллиона долларов по итогам 2019-го": the past three years.
        s = Rule(@"\bза\s+последние\s+(два|три|четыре|пять|шесть|семь|восемь|девять|десять|\d+)\s+(?:года|лет)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant).Replace(s,
            m => "over the past " + (RussianNumberWords.TryGetValue(m.Groups[1].Value, out var n) ? n : m.Groups[1].Value) + " years");
        s = RuReplace(s, @"\bаналогичн\w+\s+(?:показател\w+|период\w*|месяц\w*)(?:\s+(?:за\s+)?прошл\w+\s+год\w*)?", "the same period last year");
        s = RuReplace(s, @"\b(?:такого|того)\s+же\s+(?:временного\s+)?(?:промежутка|периода)(?:\s+времени)?", "the same period");
        s = RuYearsAgo().Replace(s, m => EnglishNumberWord(m.Groups["n"].Value) + " years ago");
        s = RuReplace(s, @"\bв\s+позапрошлом\s+году\b", "the year before last");
        s = RuReplace(s, @"\b(?:в\s+прошлом\s+году|прошлого\s+года|за\s+(?:весь\s+)?прошлый\s+год|в\s+минувшем\s+году|минувшего\s+года)\b", "last year");
        s = RuReplace(s, @"\b(?:в\s+этом\s+году|в\s+текущем\s+году|этого\s+года|текущего\s+года|с\s+начала\s+года)\b", "this year");

        // Targets and forecasts, before "к 2030 году" loses its "году".
        s = RuReplace(s, @"\bк\s+((?:19|20)\d\d)\s*(?:году|г\.)?", "by $1");
        s = RuReplace(s, @"\bв\s+ближайш\w+\s+(?:годы|год\w*|время|перспектив\w*)", "in the coming years");
        s = RuReplace(s, @"\b(?:будет|будут|составит|достигнет|вырастет|упадет|сократится)\b", "will");
        s = RuReplace(s, @"\b(?:«)?недосчитал\w*(?:»)?", "shortfall");
        // The partner of exports: "экспорт товаров в Россию" (to).
        s = RuReplace(s, @"\b(экспорт\w*(?:\s+(?:товаров|продукции))?)\s+в\s+(?=(?-i:\p{Lu}))", "$1 to ");

        // "не такой большой, как в прошлом году": compared with it.
        s = RuReplace(s, @"\bтако(?:й|го|е|ая)\s+(\p{L}+),?\s+как\b", "as $1 as");
        // A partner's share: "на Россию пришлось 12,8% экспорта", "Россия заняла первое место … – 12,8% в общем объеме узбекского
        // экспорта", "Импорт из России занимает второе место – 18,3%": the partner accounted for a percentage of the flow.
        s = RuReplace(s, @"\bна\s+((?-i:\p{Lu})[\p{L}-]+)\s+(?:пришл\w+|приход\w+)\s+(?=\d)", "$1 accounted for ");
        s = RuReplace(s, @"\bзан(?:имает|имают|яла|ял|яли|яло)\s+(?:\p{L}+\s+){0,2}место\b[^–—\d.;]{0,80}?\s[–—-]\s*(?=\d)", "accounted for ");
        s = RuReplace(s, @"(\d\s*%)\s+в\s+общем\s+объеме\s+", "$1 of the total ");
        s = RuReplace(s, @"(\d\s*%)\s+(?=(?:\p{L}+(?:ого|ой|их)\s+)?(?:экспорт|импорт|товарооборот))", "$1 of ");
        // "из них $1,9 млрд пришлись на экспорт, а $4,5 млрд – на импорт": the flow each figure is.
        s = RuReplace(s, @"\b(?:(?:пришл\w+|приход\w+)\s+)?на\s+экспорт\w*", "accounted for exports");
        s = RuReplace(s, @"\b(?:(?:пришл\w+|приход\w+)\s+)?на\s+импорт\w*", "accounted for imports");
        // "для увеличения объема … до $5 млрд": an increase sought, a target.
        s = RuReplace(s, @"\b(?:для|по)\s+(?:увеличени|наращивани|расширени)\w*", "target increase");
        s = RuReplace(s, @"\b(?:довести|доведени\w*|цел(?:ь|и|ью)\b|ставят\s+цель|планиру\w*|планах|намерен\w*|стрем\w*|прогноз\w*|ожида\w*|может\s+(?:быть\s+\w+|оказаться|достичь|достигнуть|составить|вырасти)|возможност\w*|потенциал\w*|задач\w*|мечта\w*)", "target");

        // Years.
        s = RuReplace(s, @"\bпо\s+(?:итогам|результатам)\s+((?:19|20)\d\d)", "in $1");
        s = RuReplace(s, @"\b((?:19|20)\d\d)\s*(?:гг?\.|года|году|год)(?!\p{L})", "$1");
        s = RuReplace(s, @"\b((?:19|20)\d\d)-(?:м|го|й|му)\b", "$1");
        s = RuReplace(s, @"\bпо\s+(?:итогам|результатам)\b", "in");
        s = RuReplace(s, @"\bв\s+((?:19|20)\d\d)(?!\d)", "in $1");
        s = RuReplace(s, @"\bв\s+прошлом\b", "the previous year");

        // Trade, growth and decline words.
        s = RuReplace(s, @"\b(?:внешнеторгов\w+\s+|торгов\w+\s+)?(?:товарооборот\w*|товарообмен\w*)", "trade turnover");
        s = RuReplace(s, @"\bвнешнеторгов\w+\s+оборот\w*", "foreign trade turnover");
        s = RuReplace(s, @"\bторгов\w+\s+оборот\w*", "trade turnover");
        s = RuReplace(s, @"\bнаторговал\w*", "traded (trade turnover)");
        // "Объем поставок товаров между Таджикистаном и Россией": the goods delivered both ways, the pair's trade.
        s = RuReplace(s, @"\b(?:объ[её]м\w*\s+)?(?:взаимных\s+)?поставок\s+(?:товаров\s+)?(?=между\b)", "trade turnover ");
        s = RuReplace(s, @"\bвзаимн\w+\s+торговл\w+", "mutual trade");
        s = RuReplace(s, @"\bобъем\w*\s+(?:взаимной\s+)?торговл\w+", "volume of trade");
        s = RuReplace(s, @"\bторговл\w+", "trade");
        s = RuReplace(s, @"\bэкспорт\w*", "exports");
        s = RuReplace(s, @"\bимпорт\w*", "imports");
        s = RuReplace(s, @"\b(?:вырос\w*|увеличил\w*|увеличив\w*|увеличени\w*|рост\w*|прирост\w*|возрос\w*|повысил\w*)", "grew");
        s = RuReplace(s, @"\b(?:снизил\w*|снижени\w*|сократил\w*|сокращени\w*|упал\w*|падени\w*|уменьшил\w*|уменьшени\w*)", "fell");
        s = RuReplace(s, @"\b(?:составил\w*|достиг\w*)", "reached");
        s = RuReplace(s, @"\bмежду\b", "between");
        s = RuReplace(s, @"\bи\b", "and");
        s = RuReplace(s, @"\bна\b", "by");
        s = RuReplace(s, @"\bдо\b", "to");

        // Things that are not trade.
        s = RuReplace(s, @"\b(?:предприяти\w*|компани\w*)", "enterprises");
        s = RuReplace(s, @"\bинвестиц\w*", "investment");
        s = RuReplace(s, @"\bфинансов\w+\s+(?:средств\w*|ресурс\w*|помощ\w*)|\bкредит\w*|\bзайм\w*|\bгрант\w*", "loans");
        s = RuReplace(s, @"\bтурист\w*", "tourists");
        s = RuReplace(s, @"\bрейс\w*", "flights");
        s = RuReplace(s, @"\b(?:договор\w*|соглашени\w*|документ\w*)", "agreements");
        s = RuReplace(s, @"\bВВП\b", "GDP");
        s = RuReplace(s, @"\bтыс\.", "thousand");
        return s;

        static bool Currency(Match m, bool sentenceInDollars)
        {
            if (Rule(@"руб|тенге|сум|манат|драм|сом|евро|юан|лир", RegexOptions.IgnoreCase).IsMatch(m.Value))
            {
                return false;
            }

            return m.Value.Contains('$', StringComparison.Ordinal) || RuDollarWord().IsMatch(m.Value) || sentenceInDollars;
        }

        static double Parse(string n) => double.Parse(n, NumberStyles.Float, CultureInfo.InvariantCulture);
    }

    private static string EnglishMonth(string russian)
    {
        var word = russian.ToLowerInvariant();
        for (var i = RussianMonthStems.Length - 1; i >= 0; i--)
        {
            if (word.StartsWith(RussianMonthStems[i], StringComparison.Ordinal) && (i != 4 || word is "май" or "мая" or "мае"))
            {
                return EnglishMonths[i];
            }
        }

        return russian;
    }

    /// <summary>One replacement of the gloss (.NET's \b knows Cyrillic letters as word characters).</summary>
    private static string RuReplace(string text, string pattern, string replacement)
        => Rule(pattern, RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1)).Replace(text, replacement);

    private static readonly System.Collections.Concurrent.ConcurrentDictionary<(string, RegexOptions, TimeSpan), Regex> Rules = new();

    /// <summary>
    /// The expression of a rule written inline, built once: the glosses use some fifty, beyond the fifteen that Regex's static
    /// methods keep, so those methods parsed every rule again for every sentence. Each keeps the time limit it was written with.
    /// </summary>
    private static Regex Rule(string pattern, RegexOptions options, TimeSpan? timeout = null)
        => Rules.GetOrAdd((pattern, options, timeout ?? Regex.InfiniteMatchTimeout), key => new Regex(key.Item1, key.Item2, key.Item3));

    [GeneratedRegex(@"(?<![\p{L}])(?<a>\p{L}+?)(?:ско|цко|о)-(?<b>\p{L}+?)(?:ск|йск|цк)(?:ий|ая|ое|ие|ого|ой|ому|ую|им|ом|их|ими|ых)(?![\p{L}])", RegexOptions.IgnoreCase)]
    private static partial Regex RuPairAdjective();

    [GeneratedRegex(@"долл|\bUSD\b|\$", RegexOptions.IgnoreCase)]
    private static partial Regex RuDollarWord();

    [GeneratedRegex(@"(?:(?:US)?\$\s?)?(?<b>\d+)\s*(?:млрд\.?|миллиард\w*)\s*(?<m>\d{1,3})\s*(?:млн\.?|миллион\w*)(?:\s*(?<t>\d{1,3})\s*(?:тысяч\w*|тыс\.?)(?:\s*(?<u>\d{1,3})(?!\d))?)?(?:\s*(?:долл\w*\.?|\$|USD)(?:\s*США)?)?", RegexOptions.IgnoreCase)]
    private static partial Regex RuBillionMillion();

    [GeneratedRegex(@"(\d),(\d)")]
    private static partial Regex RuDecimalComma();

    [GeneratedRegex(@"(?:(?:US)?\$\s?)?(?<n>\d+(?:\.\d+)?)\s*(?<u>млрд|млн|тыс|миллиард\w*|миллион\w*|тысяч\w*)\.?(?<rest>\s*(?:долл\w*\.?|\$|USD|руб\w*\.?|тенге|сум\w*|манат\w*|драм\w*|сом\w*)(?:\s*США)?)?", RegexOptions.IgnoreCase)]
    private static partial Regex RuMoney();

    [GeneratedRegex(@"(\d+(?:\.\d+)?)\s*(?:%|процент\w*)", RegexOptions.IgnoreCase)]
    private static partial Regex RuPercent();

    [GeneratedRegex(@"(?<![\p{L}])в\s+(?<n>\d+(?:\.\d+)?|два|две|три|четыре|пять|шесть|семь|восемь|девять|десять|полтора|полторы)\s+раз\w*", RegexOptions.IgnoreCase)]
    private static partial Regex RuTimes();

    [GeneratedRegex(@"(?<![\p{L}])(?:(?:в\s+|за\s+)?январ\w*\s*[-–—]\s*|(?:за\s+период\s+)?со?\s+январ\w*\s+по\s+)(?<to>\p{L}+)", RegexOptions.IgnoreCase)]
    private static partial Regex RuMonthSpan();

    /// <summary>A physical unit right after a number ("млн тонн", "млрд кубометров"): the number is not money.</summary>
    [GeneratedRegex(@"^\s*(?:тонн|т\.|кубометр|куб\.|баррел|человек|штук|голов|туристов|пассажир)", RegexOptions.IgnoreCase)]
    private static partial Regex RuPhysicalUnit();

    /// <summary>"шесть лет назад", "5 лет назад": a count of years back.</summary>
    [GeneratedRegex(@"(?<![\p{L}\d])(?<n>\d{1,2}|два|три|четыре|пять|шесть|семь|восемь|девять|десять)\s+(?:лет|года)\s+(?:тому\s+)?(?:назад|ранее)\b", RegexOptions.IgnoreCase)]
    private static partial Regex RuYearsAgo();

    /// <summary>A Russian count of two to ten, in digits or words, as the English word the rules read ("шесть" → "six").</summary>
    private static string EnglishNumberWord(string russian)
        => (RussianNumberWords.TryGetValue(russian, out var digits) ? digits : russian) switch
        {
            "2" => "two", "3" => "three", "4" => "four", "5" => "five", "6" => "six", "7" => "seven", "8" => "eight", "9" => "nine", "10" => "ten",
            var other => other,
        };

    [GeneratedRegex(@"(?<![\p{L}])(?:за|в|по\s+итогам)\s+(?:перв\w+\s+)?(?<n>\d{1,2}|два|три|четыре|пять|шесть|семь|восемь|девять|десять|одиннадцать|двух|трех|трёх|четырех|четырёх|пяти|шести|семи|восьми|девяти|десяти|одиннадцати)\s+месяц\w*", RegexOptions.IgnoreCase)]
    private static partial Regex RuMonths();

    // ---- English ----

    private static readonly Dictionary<string, string> NumberWords = new(StringComparer.OrdinalIgnoreCase)
    {
        ["a"] = "1", ["one"] = "1", ["two"] = "2", ["three"] = "3", ["four"] = "4", ["five"] = "5", ["six"] = "6", ["seven"] = "7", ["eight"] = "8",
        ["nine"] = "9", ["ten"] = "10", ["half a"] = "0.5",
    };

    /// <summary>
    /// An English clause with numbers written as words in digits ("one billion dollars" → "1 billion dollars", "half a billion"),
    /// multiplicative words as folds ("doubled" → "2-fold", "tripled", "halved" → "0.5-fold", "two-fold", "2.5 times"), fractions
    /// as rough percentages ("by a third" → "by about 33 percent", "a quarter of"), and "in US currency" as dollars. The words
    /// around stay: the quote is the clause as written.
    /// </summary>
    internal static string EnglishGloss(string clause)
    {
        // "$1,5 mln": a decimal comma before a scale word (a thousands comma has three digits after it); "$2,242 billion" too, as no
        // trade figure the sources hold reaches a thousand billion dollars.
        clause = Rule(@"(?<=\d),(\d{1,2})(?=\s*(?:mln|million|mn|bln|billion|bn)\b)", RegexOptions.IgnoreCase).Replace(clause, ".$1");
        clause = Rule(@"(?<=\$\s?\d),(\d{3})(?=\s*(?:bln|billion|bn)\b)", RegexOptions.IgnoreCase).Replace(clause, ".$1");
        // A ministry of trade is no trade: "the Trade Ministry said" makes no number a trade value.
        var s = Rule(@"\b(?:the\s+)?(?:Trade|Commerce)\s+Minist(?:ry|er)\b|\bMinist(?:ry|er)\s+of\s+(?:Foreign\s+)?(?:Trade|Commerce)\b", RegexOptions.IgnoreCase).Replace(clause, "the Ministry");
        // "exceeded the half-billion-dollar mark": half a billion dollars.
        s = Rule(@"\b(?:the\s+)?half-(billion|million)-dollar\b", RegexOptions.IgnoreCase).Replace(s, m => "$0.5 " + m.Groups[1].Value.ToLowerInvariant());
        // "a 30-percent increase": the hyphen joins a number and its unit.
        s = Rule(@"(?<=\d)-(?=(?:percent|per\s+cent)\b)", RegexOptions.IgnoreCase).Replace(s, " ");
        // "1 billion 518 million dollars" is one amount, as "$2 млрд 54 млн" is.
        s = Rule(@"(?<![\d.,])(\d+)\s+billion\s+(\d{1,3})\s+million\b", RegexOptions.IgnoreCase)
            .Replace(s, m => m.Groups[1].Value + "." + m.Groups[2].Value.PadLeft(3, '0') + " billion");
        s = EnNumberScale().Replace(s, m => NumberWords[Rule(@"\s+", RegexOptions.None).Replace(m.Groups["n"].Value, " ")] + " " + m.Groups["u"].Value);
        s = EnWordFold().Replace(s, m => (NumberWords.TryGetValue(m.Groups["n"].Value, out var n) ? n : m.Groups["n"].Value) + "-fold");
        // "increased by 2.8 and 2.3 times, respectively": each number is a multiple.
        s = Rule(@"(?<![\d.])(\d+(?:\.\d+)?)\s+and\s+(\d+(?:\.\d+)?)\s+(times|fold|percent|per\s+cent)\b", RegexOptions.IgnoreCase).Replace(s, "$1 $3 and $2 $3");
        // "fell 2 times", "decreased 1.9-fold": a fall by a factor, which the claims state as no fold (a fold is year ÷ base).
        s = Rule(@"\b(fell|decreased|declined|dropped|shrank|shrunk|contracted|reduced)\s+(?:by\s+)?(\d+(?:\.\d+)?)(?:\s+times|\s*-?\s*fold)\b", RegexOptions.IgnoreCase).Replace(s, "$1 by a factor of $2");
        // "more than 1,800 times": the thousands comma goes.
        s = EnTimes().Replace(s, m => (NumberWords.TryGetValue(m.Groups["n"].Value, out var n) ? n : m.Groups["n"].Value.Replace(",", "", StringComparison.Ordinal)) + "-fold");
        s = Rule(@"\b(increased|grew|rose|risen|expanded|jumped)\s+twice\b", RegexOptions.IgnoreCase).Replace(s, "$1 2-fold");
        s = EnMultiplied().Replace(s, m => m.Groups["v"].Value.ToLowerInvariant() switch
        {
            var v when v.StartsWith("doubl", StringComparison.Ordinal) => "increased " + m.Groups["b"].Value + "2-fold",
            var v when v.StartsWith("tripl", StringComparison.Ordinal) || v.StartsWith("trebl", StringComparison.Ordinal) => "increased " + m.Groups["b"].Value + "3-fold",
            var v when v.StartsWith("quadrupl", StringComparison.Ordinal) => "increased " + m.Groups["b"].Value + "4-fold",
            _ => "changed " + m.Groups["b"].Value + "0.5-fold",
        });
        // "by more than a third", "by almost half": the bound word stays before the number.
        s = Rule(@"\bby\s+(?<w>more\s+than|over|almost|nearly|less\s+than)\s+(?:a|one)\s+third\b", RegexOptions.IgnoreCase).Replace(s, "by ${w} 33 percent");
        s = Rule(@"\bby\s+(?<w>more\s+than|over|almost|nearly|less\s+than)\s+(?:a\s+)?half\b", RegexOptions.IgnoreCase).Replace(s, "by ${w} 50 percent");
        s = Rule(@"\bby\s+(?:a|one)\s+third\b", RegexOptions.IgnoreCase).Replace(s, "by about 33 percent");
        s = Rule(@"\bby\s+(?:a\s+)?half\b", RegexOptions.IgnoreCase).Replace(s, "by about 50 percent");
        s = Rule(@"\b(?:a|one)\s+third\s+of\b", RegexOptions.IgnoreCase).Replace(s, "about 33 percent of");
        s = Rule(@"\b(?:a|one)\s+quarter\s+of\b", RegexOptions.IgnoreCase).Replace(s, "about 25 percent of");
        // "the 1st half of 2022" is a part of a year, as "the first half" is, never a share.
        s = Rule(@"\b(?<n>1st|2nd|3rd|4th)\s+(?=half\b|quarter\b)", RegexOptions.IgnoreCase).Replace(s, m => m.Groups["n"].Value.ToLowerInvariant() switch
        {
            "1st" => "first ",
            "2nd" => "second ",
            "3rd" => "third ",
            _ => "fourth ",
        });
        s = Rule(@"(?<!(?:first|second|the)\s+)\bhalf\s+of\b", RegexOptions.IgnoreCase).Replace(s, "about 50 percent of");
        s = Rule(@"\bin\s+US\s+currency\b", RegexOptions.IgnoreCase).Replace(s, "US dollars");
        return s;
    }

    [GeneratedRegex(@"\bпо\s+данным\s+(?<a>\p{L}+?)(?:ск|йск)(?:ой|ей)\s+стороны\b", RegexOptions.IgnoreCase)]
    private static partial Regex RuSideData();

    [GeneratedRegex(@"\b(?<n>one|two|three|four|five|six|seven|eight|nine|ten|half\s+a|a)\s+(?<u>billion|million)\b", RegexOptions.IgnoreCase)]
    private static partial Regex EnNumberScale();

    [GeneratedRegex(@"\b(?<n>two|three|four|five|six|seven|eight|nine|ten)[-\s]?fold\b", RegexOptions.IgnoreCase)]
    private static partial Regex EnWordFold();

    [GeneratedRegex(@"(?<![\d.,])(?<n>\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?|\btwo|\bthree|\bfour|\bfive|\bsix|\bseven|\beight|\bnine|\bten)\s+times\b(?!\s+(?:a|per)\s)", RegexOptions.IgnoreCase)]
    private static partial Regex EnTimes();

    [GeneratedRegex(@"\b(?<b>(?:more\s+than|nearly|almost|over)\s+)?(?<v>doubled|doubling|double(?![-\w])|tripled|trebled|tripling|triple(?![-\w])|quadrupled|halved|halving)\b", RegexOptions.IgnoreCase)]
    private static partial Regex EnMultiplied();

    // ---- what is not a checkable statistic ----

    /// <summary>Words that say a number covers part of a year: month spans, "the first seven months", "the first half", H1, "so far this year", "the same period".</summary>
    [GeneratedRegex(@"\b(?:Jan(?:uary)?\.?\s*(?:[-–—]|through(?:\s+to)?|to|till|until|and)\s*(?:Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?)\b|(?:first|initial|last|past)\s+(?:two|three|four|five|six|seven|eight|nine|ten|eleven|\d{1,2})\s+months|(?:over|in|for|during|of)\s+(?:the\s+)?(?:two|three|four|five|six|seven|eight|nine|ten|eleven|\d{1,2})\s+months|\d{1,2}\s+months\s+of|first\s+(?:half|quarter|six\s+months|nine\s+months)|second\s+quarter|third\s+quarter|(?<![\d.,$])(?:H1|H2|1H|Q[1-4]|[1-4]Q|9M)(?:\b|(?=(?:19|20)\d\d\b))|so\s+far\s+(?:this|in)|(?:since|compared\s+(?:to|with)|against)\s+the\s+(?:beginning|start)\s+of\s+the\s+year|year[-\s]to[-\s]date|since\s+(?:early|the\s+(?:beginning|start)\s+of)\s+(?=(?:19|20)\d\d)|first\s+few\s+months|from\s+January\b(?!\s*(?:[-–—]|through|to|till|until|and)\s*\p{L})|in\s+(?:January|February|March|April|June|July|August|September|October|November)\s+(?:19|20)\d\d|(?:in|for|during|compared\s+(?:to|with)|against)\s+(?:January|February|March|April|May|June|July|August|September|October|November)(?:\s+of\s+(?:the\s+)?(?:current|this|last|previous)\s+year|\s+(?:19|20)\d\d)\b)", RegexOptions.IgnoreCase)]
    private static partial Regex PartialPeriod();

    /// <summary>Words that make the number after them a target, plan or forecast.</summary>
    [GeneratedRegex(@"\b(?:(?<=^\s*(?:that\s+is,?\s+|i\.e\.,?\s+)?)to\s+(?:increase|raise|double|triple|boost|expand)|target(?:s|ed)?|bring(?:s|ing)?|instruct(?:s|ed)?|agreed\s+to|aim(?:s|ed)?\s+(?:to|at)|plan(?:s|ned|ning)?\s+to|goal|achieving|hope(?:s|d)?\s+to|expect(?:s|ed)?\s+to|will|would|could|potential|forecast(?:s|ed)?|projected|set\s+to|intend(?:s|ed)?\s+to|seek(?:s|ing)?\s+to|envisage[sd]?|in\s+the\s+coming\s+years|within\s+(?:\w+\s+)?years|possibility|opportunity|(?:is|are|was|were)\s+(?:ready|prepared|willing)\s+to|pushing|pave\s+the\s+way|by\s+(?:19|20)\d\d|нацелен\p{L}*)\b", RegexOptions.IgnoreCase)]
    private static partial Regex TargetWords();

    [GeneratedRegex(@"^\s*(?:[\w$.]+\s+){0,6}by\s+(?:19|20)\d\d\b|^\s*(?:[\w$.,]+\s+){0,3}?(?:in\s+the\s+coming\s+years|in\s+the\s+(?:near\s+)?future|within\s+(?:the\s+next\s+)?(?:\w+\s+)?years|in\s+the\s+next\s+(?:\w+\s+)?years)\b", RegexOptions.IgnoreCase)]
    private static partial Regex TargetYearAfter();

    /// <summary>"over", "more than", "exceeded": the number is a lower bound.</summary>
    [GeneratedRegex(@"\b(?:over|more\s+than|above|exceed(?:ed|s|ing)?|in\s+excess\s+of|upwards\s+of|at\s+least|surpass(?:ed|es|ing)?|topp?(?:ed|s)?|cross(?:ed|es)?)(?:\s+(?:the\s+)?(?:\p{L}+\s+){0,2}(?:threshold|mark|milestone|barrier|level)\s+of)?(?:\s+the)?\s*(?:by\s+)?(?:US\s?\$|\$)?\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex AtLeastBefore();

    /// <summary>"almost", "nearly", "approached": an upper bound, not far below it.</summary>
    [GeneratedRegex(@"\b(?:almost|nearly|approach(?:ed|es|ing)?|close\s+to|just\s+(?:under|below|short\s+of))\s*(?:by\s+)?(?:US\s?\$|\$)?\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex NearlyBefore();

    /// <summary>"under", "less than": an upper bound.</summary>
    [GeneratedRegex(@"\b(?:under|less\s+than|below|at\s+most)\s*(?:by\s+)?(?:US\s?\$|\$)?\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex AtMostBefore();

    /// <summary>"last year", "this year", "the year before last": resolved from the article's date.</summary>
    [GeneratedRegex(@"(?<!same\s+period\s)(?<!period\s)\b(?<w>last\s+year|this\s+year|the\s+current\s+year|the\s+year\s+before\s+last|(?:over\s+|during\s+|in\s+)?the\s+past\s+year(?!s))\b", RegexOptions.IgnoreCase)]
    private static partial Regex RelativeYear();

    /// <summary>A year written right after a quantity: "$410.9 million in 2022", "$13 million by the end of 2014".</summary>
    [GeneratedRegex(@"^\s*(?:U\.?S\.?\s+(?:dollars\s+)?)?(?:in|for|as\s+of|of|(?:by|at)\s+the\s+end\s+of)\s+(?<y>(?:19|20)\d\d)\b", RegexOptions.IgnoreCase)]
    private static partial Regex OwnYearAfter();

    /// <summary>A base year named through the value it had: "compared to $410.9 million in 2022", "from $13 million by the end of 2014",
    /// "from 12 million U.S. dollars in 2015".</summary>
    [GeneratedRegex(@"(?:against|compared\s+(?:to|with)|from|relative\s+to)\s+(?:US\s?\$|\$)?\s?[\d.,]+\s*(?:billion|million|bn|mln)?(?:\s+U\.?S\.?)?(?:\s+dollars)?\s+(?:in|for|(?:by|at)\s+the\s+end\s+of)\s+(?<y>(?:19|20)\d\d)\b", RegexOptions.IgnoreCase)]
    private static partial Regex BaseYearThroughValue();
}
