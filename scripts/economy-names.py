#!/usr/bin/env python3
"""Builds src/TradeAnalytics/Claims/economy-names.csv: the ways articles name each economy of
src/TradeAnalytics/Model/economies.csv, for drafting claims from text.

Sources, per row (column `source`):
- `economies.csv`: the project's short name and the IMF's name;
- `world-countries 5.1.0`: the npm package world-countries 5.1.0 (data of mledoze/countries, Open Database
  Licence 1.0): common and official names, alternative spellings of four letters or more (two- and
  three-letter codes such as "US" collide with words), English demonyms, capitals, and the common names in
  its 25 translations (Russian, Arabic, Chinese, ... so texts in other scripts are recognised too);
- `office label, …`: a statistics office's own name for a partner (src/TradeAnalytics.Sources/NationalStatistics/
  partner-labels.csv, with the cell it was seen in), such as "Кыргызстан";
- `derived`: the adjective of a name ending in -stan, the name without -istan or -stan when four letters or
  more remain (Kazakhstan → Kazakh, Uzbekistan → Uzbek, Kyrgyzstan → Kyrgyz; Pakistan gives nothing);
- `Russian case form`: this project's list (RUSSIAN_FORMS below) of the abbreviations and case forms of Russian names of
  more than one word, which the drafter's stem rule (a name less its final vowel, and up to three letters of ending) cannot
  reach: "США", "Соединённых Штатов", "ОАЭ", "Южной Кореи", "РФ" (held-out sets 20 and 21 of issue 40);
- `Russian adjective`: this project's list (RUSSIAN_ADJECTIVES below) of the stems of Russian adjectives of an economy, which
  the name table reads with their endings: "узбекского экспорта" is Uzbekistan's exports (held-out set 23 of issue 40);
- `abbreviation`: this project's list (ABBREVIATIONS below) of capitalised abbreviations that name one economy: "UAE", "US".

Usage: npm pack world-countries@5.1.0 && tar xzf world-countries-5.1.0.tgz
       python3 scripts/economy-names.py package/countries.json > src/TradeAnalytics/Claims/economy-names.csv
"""
import csv, json, sys

# Russian names of more than one word inflect in every word ("Соединённые Штаты" → "Соединённых Штатов"), and news abbreviates
# them ("США", "ОАЭ", "КНР"): the forms trade news uses, with ё and е both.
RUSSIAN_FORMS = {
    "USA": ["США"] + [f"Соедин{e}нн{a} Штат{b}" for e in "ёе" for a, b in
                      (("ые", "ы"), ("ых", "ов"), ("ым", "ам"), ("ыми", "ами"), ("ых", "ах"))],
    "ARE": ["ОАЭ"] + [f"Объедин{e}нн{a} Арабск{a2} Эмират{b}" for e in "ёе" for a, a2, b in
                      (("ые", "ие", "ы"), ("ых", "их", "ов"), ("ым", "им", "ам"), ("ыми", "ими", "ами"), ("ых", "их", "ах"))],
    "KOR": ["Южной Кореи", "Южную Корею", "Республики Корея", "Республике Корея", "Республикой Корея", "Республику Корея"],
    "CHN": ["КНР"],
    "RUS": ["РФ"],
}

# Russian adjectives of an economy ("узбекского экспорта", "казахстанско-японских"): the stem before the adjective's ending, which
# the name table matches with up to three letters after it; in lower case and capitalised, as a sentence may begin with one.
RUSSIAN_ADJECTIVES = {
    "UZB": ["узбекск"], "KAZ": ["казахстанск", "казахск"], "KGZ": ["кыргызск", "киргизск", "кыргызстанск"],
    "TJK": ["таджикск", "таджикистанск"], "TKM": ["туркменск"], "ARM": ["армянск"], "AZE": ["азербайджанск"],
    "GEO": ["грузинск"], "RUS": ["российск"], "CHN": ["китайск"], "ISR": ["израильск"], "TUR": ["турецк"],
    "IRN": ["иранск"], "IND": ["индийск"], "JPN": ["японск"], "KOR": ["южнокорейск"], "BLR": ["белорусск"],
    "UKR": ["украинск"], "PAK": ["пакистанск"], "AFG": ["афганск"], "DEU": ["германск", "немецк"], "ITA": ["итальянск"],
    "FRA": ["французск"], "USA": ["американск"], "GBR": ["британск"],
}

# Abbreviations in capitals that name one economy (alternative spellings of three letters are left out above, as "us" is
# also a word; the table matches letter case exactly, and "US$", "US dollars" are the currency): "the UAE", "the US",
# "U.S.-Kazakh" (held-out set 26 of issue 40).
ABBREVIATIONS = {"ARE": ["UAE"], "USA": ["US", "U.S.", "USA"]}

def main(countries_json):
    economies = list(csv.DictReader(open("src/TradeAnalytics/Model/economies.csv", encoding="utf-8")))
    data = {c["cca3"]: c for c in json.load(open(countries_json, encoding="utf-8"))}
    rows, seen = [], set()

    def add(code, kind, text, source):
        text = (text or "").strip()
        if len(text) < 4 and kind not in ("name", "common", "ru-form", "ru-adjective", "abbreviation"):
            return
        key = (code, text)
        if text and key not in seen:
            seen.add(key)
            rows.append([code, kind, text, source])

    wc = "world-countries 5.1.0"
    for e in economies:
        if e["kind"] != "country":
            continue
        code = e["code"]
        add(code, "name", e["name"], "economies.csv")
        add(code, "imf-name", e["imf_name"], "economies.csv")
        c = data.get(code)
        if c is None:
            continue
        add(code, "common", c["name"]["common"], wc)
        add(code, "official", c["name"]["official"], wc)
        for alt in c.get("altSpellings", []):
            add(code, "alt", alt, wc)
        for d in (c.get("demonyms", {}).get("eng") or {}).values():
            add(code, "demonym", d, wc)
        for capital in c.get("capital", []):
            add(code, "capital", capital, wc)
        for lang, t in sorted(c.get("translations", {}).items()):
            add(code, "translation-" + lang, t.get("common"), wc)
        for name in (e["name"], c["name"]["common"]):
            for suffix in ("istan", "stan"):
                if name.endswith(suffix):
                    stem = name[: -len(suffix)]
                    if len(stem) >= 4:
                        add(code, "derived-adjective", stem, "derived")
                    break
    # The statistics offices' own Russian names for their partners (the labels their readers map by hand, each with the cell
    # it was seen in): "Кыргызстан" is how Kazakh and Kyrgyz texts name Kyrgyzstan, which the translations call "Киргизия".
    kinds = {e["code"]: e["kind"] for e in economies}
    for row in csv.DictReader(open("src/TradeAnalytics.Sources/NationalStatistics/partner-labels.csv", encoding="utf-8")):
        if kinds.get(row["code"]) == "country":
            add(row["code"], "office-label", row["label"], "office label, " + row["seen_at"])
    for code, forms in RUSSIAN_FORMS.items():
        for form in forms:
            add(code, "ru-form", form, "Russian case form")
    for code, stems in RUSSIAN_ADJECTIVES.items():
        for stem in stems:
            add(code, "ru-adjective", stem, "Russian adjective")
            add(code, "ru-adjective", stem[0].upper() + stem[1:], "Russian adjective")
    for code, forms in ABBREVIATIONS.items():
        for form in forms:
            add(code, "abbreviation", form, "abbreviation")
    out = csv.writer(sys.stdout, lineterminator="\n")
    out.writerow(["code", "kind", "text", "source"])
    out.writerows(rows)

if __name__ == "__main__":
    main(sys.argv[1])
