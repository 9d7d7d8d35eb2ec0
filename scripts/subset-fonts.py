#!/usr/bin/env python3
"""Builds src/TradeAnalytics.Charts/Fonts/DejaVuSans-Latin.ttf and DejaVuSans-Bold-Latin.ttf: the bundled DejaVu Sans
and DejaVu Sans Bold cut down to the Latin scripts, punctuation and the few symbols charts use, every kept glyph,
metric, hinting instruction and name record unchanged.

Why: Skia's SVG canvas turns each text run's glyphs back into characters by walking the font's whole character map
(SkFontPriv::GlyphsToUnichars), once per run. DejaVu Sans maps 5,918 characters, so a chart's ~50 text runs cost about
7 ms of SVG export, most of the figures runner's time. The Latin subset maps 436 characters: TradeChart draws an SVG
with it whenever every text the chart draws is in it, and the output is byte for byte what the whole font gives (tests
check the glyphs, metrics and SVGs); any other text is drawn with the whole font.

Licence: the DejaVu fonts' licence (Fonts/LICENSE-DejaVu.txt) allows modified fonts whose names contain neither
"Bitstream" nor "Vera"; the subsets keep the name DejaVu Sans and every copyright and licence record.

Needs Debian's python3-fonttools (4.38). The output is the same on every run.
Usage: python3 scripts/subset-fonts.py      (from the repository root)
"""
from fontTools import subset
from fontTools.ttLib import TTFont

FONTS = "src/TradeAnalytics.Charts/Fonts/"

# Basic Latin, Latin-1 Supplement, Latin Extended-A (every country name in economies.csv is written in them), general
# punctuation (dashes, quotes, ellipsis, the narrow no-break space some cultures group digits with), the euro sign,
# arrows, the minus sign and the comparison signs claims and footnotes use.
UNICODES = [*range(0x20, 0x7F), *range(0xA0, 0x180), *range(0x2000, 0x2070), 0x20AC, *range(0x2190, 0x2194), 0x2212,
            0x2248, 0x2260, 0x2264, 0x2265]


def build(name):
    options = subset.Options()
    options.name_IDs = ["*"]
    options.name_languages = ["*"]
    options.name_legacy = True
    options.notdef_glyph = True
    options.notdef_outline = True
    options.layout_features = ["*"]
    options.glyph_names = True
    options.legacy_kern = True
    options.hinting = True
    # The whole font's bounding box is kept (Skia's font metrics, hence ScottPlot's text placement, come from it; the
    # subset's own would be smaller) and so is its timestamp, so the output is the same on every run.
    font = TTFont(FONTS + name + ".ttf", recalcBBoxes=False, recalcTimestamp=False)
    subsetter = subset.Subsetter(options)
    subsetter.populate(unicodes=UNICODES)
    subsetter.subset(font)
    font.save(FONTS + name + "-Latin.ttf")
    print(f"{FONTS}{name}-Latin.ttf: {len(font.getBestCmap())} characters, {len(font.getGlyphOrder())} glyphs")


for name in ("DejaVuSans", "DejaVuSans-Bold"):
    build(name)
