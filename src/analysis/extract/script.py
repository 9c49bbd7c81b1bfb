"""Which script a document is written in: traditional characters are read, and flagged.

The extraction's patterns are written for simplified characters (万, 亿, 增长);
a document in traditional characters (萬, 億, 增長) is read through a
character-for-character conversion to simplified (:mod:`analysis.extract.text`),
and flagged so that a reviewer knows its labels were converted.
"""

from __future__ import annotations

import re

from analysis.extract.text import traditional_only

from analysis.extract.sources import Document
from analysis.extract.tables.common import Collector

_HAN = re.compile(r"[\u4e00-\u9fff]")
TRADITIONAL_SHARE = 0.02
_DROP_TRADITIONAL = {ord(c): None for c in traditional_only()}      # of the Chinese characters, above which a document is flagged


def traditional_share(text: str) -> float:
    """Share of Chinese characters that exist only in traditional script (zhconv's TRADONLY)."""
    han = "".join(_HAN.findall(text))
    if not han:
        return 0.0
    changed = len(han) - len(han.translate(_DROP_TRADITIONAL))
    return changed / len(han)


def check_script(doc: Document, out: Collector) -> None:
    """Flag a document written (mostly) in traditional characters, at its first such line."""
    share = traditional_share("".join(doc.lines))
    if share < TRADITIONAL_SHARE:
        return
    first = next((i + 1 for i, line in enumerate(doc.lines) if traditional_share(line) >= TRADITIONAL_SHARE), None)
    out.flag(first, "traditional_characters", "warning",
             f"{share:.0%} of the Chinese characters are traditional: the document is read through "
             "conversion to simplified (labels simplified, sentences cited as printed)",
             text=doc.lines[first - 1][:80] if first else "")
