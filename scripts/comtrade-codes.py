#!/usr/bin/env python3
"""Builds src/TradeAnalytics.Sources/UnComtrade/comtrade-codes.csv from the Comtrade files themselves,
and prints the rows economies.csv needs for economies that only Comtrade names.

Each numeric Comtrade code is mapped to the project's economy code: the ISO 3166 alpha-3 code the file
gives beside it (Reporter ISO / Partner ISO), except where that code would name another economy
(58 Belgium-Luxembourg, 711 Southern African Customs Union), and a residual code "X" + number for the
codes the file gives no ISO code ("Areas, nes", "Bunkers", ...). `seen_in` is the first file and line
that shows the code with its name and ISO code. Names of new countries and their alpha-2 codes come
from Debian's iso-codes (iso_3166-1.json, iso_3166-3.json).

Usage: python3 scripts/comtrade-codes.py ../shared/data/comtrade-hs27 ../shared/data/comtrade-formats
"""
import csv, glob, json, os, sys

OVERRIDES = {  # code: (economy, why)
    "58": ("BLX", "Belgium-Luxembourg reported as one economy until 1998; the file gives it Belgium's ISO code"),
    "711": ("SACCA", "Southern African Customs Union reported as one until 1999; the file gives it South Africa's ISO code"),
}

def main(bulk_dir, api_dir):
    seen = {}
    for path in sorted(glob.glob(os.path.join(bulk_dir, "processed_data_*.csv")), key=lambda p: int(p.split("_")[-1][:4])):
        name = os.path.basename(path)
        with open(path, encoding="utf-8-sig", newline="") as f:
            rows = csv.reader(f)
            next(rows)
            for line, row in enumerate(rows, start=2):
                for code, desc, iso in ((row[8], row[9], row[10]), (row[11], row[12], row[13])):
                    seen.setdefault(code, (desc, iso, f"{name}:{line}"))
    for path in sorted(glob.glob(os.path.join(api_dir, "*.json"))):
        name = os.path.basename(path)
        for i, r in enumerate(json.load(open(path, encoding="utf-8"))["data"]):
            for code, desc, iso in ((r["reporterCode"], r["reporterDesc"], r["reporterISO"]), (r["partnerCode"], r["partnerDesc"], r["partnerISO"])):
                seen.setdefault(str(code), (desc, iso, f"{name}#data[{i}]"))
    out = csv.writer(sys.stdout, lineterminator="\n")
    out.writerow(["code", "economy", "comtrade_name", "comtrade_iso3", "seen_in", "note"])
    for code in sorted(seen, key=int):
        desc, iso, where = seen[code]
        economy, note = OVERRIDES.get(code, (iso if iso else f"X{code}", "" if iso else "no ISO code in the file: a residual, never a country"))
        if code == "0":
            economy, note = "WLD", "World"
        out.writerow([code, economy, desc, iso, where, note])

if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
