"""Which script a document is written in: traditional characters are read, and flagged.

The extraction's patterns are written for simplified characters (万, 亿, 增长);
a document in traditional characters (萬, 億, 增長) is still read, but its
numbers may be missed, so it is flagged for a reviewer.
"""

from __future__ import annotations

import re

import zhconv

from analysis.extract.sources import Document
from analysis.extract.tables.common import Collector

_HAN = re.compile(r"[\u4e00-\u9fff]")
TRADITIONAL_SHARE = 0.02      # of the Chinese characters, above which a document is flagged


def traditional_share(text: str) -> float:
    """Share of Chinese characters that differ from their simplified form."""
    han = _HAN.findall(text)
    if not han:
        return 0.0
    simplified = zhconv.convert("".join(han), "zh-hans")
    changed = sum(a != b for a, b in zip(han, simplified))
    return changed / len(han)


def check_script(doc: Document, out: Collector) -> None:
    """Flag a document written (mostly) in traditional characters, at its first such line."""
    share = traditional_share("".join(doc.lines))
    if share < TRADITIONAL_SHARE:
        return
    first = next((i + 1 for i, line in enumerate(doc.lines) if traditional_share(line) >= TRADITIONAL_SHARE), None)
    out.flag(first, "traditional_characters", "warning",
             f"{share:.0%} of the Chinese characters are traditional: the document is read as it is; "
             "numbers written with traditional units (萬, 億) or words (增長) may be missed",
             text=doc.lines[first - 1][:80] if first else "")
