"""Text as real sites deliver it, made readable, with every character traced to its line.

:func:`prepare_lines` turns the raw lines of a document into the text the prose
reader reads, and keeps for every character the line and column it came from,
so that a number is always cited at its own line and the original sentence can
be shown beside what was read.

The repairs, in order
---------------------
Full-width forms
    folded character by character (NFKC: ``１２.６`` -> ``12.6``, ``，`` -> ``,``).
Inline pinyin glosses
    a parenthesised pinyin syllable after a Chinese character (``生產(chǎn)``)
    is removed; the document is flagged ``pinyin_gloss_removed`` once.
Traditional characters
    in a document written in traditional characters (see
    :mod:`analysis.extract.script`) every character is converted to its simplified
    form (one character for one, so columns still line up): labels come out
    simplified, the cited sentence keeps the original.
HTML entities
    left in the text by a scraper (``&nbsp;``, ``&ldquo;``, ``&#8220;``) are read
    as their characters (a no-break space as a space), each at the column its
    entity starts.
Stray spaces
    spaces inside a phrase (``人 均 GDP``, ``5.3 %``, ``2015 年``) are removed; a
    space between two Latin letters or digits is kept as one space.
Page furniture
    a line that is only a page number (``- 2 -``, ``第3页``, ``3/12``) is skipped
    and flagged ``page_number_skipped``.
Wrapped lines
    a line that stops in the middle of a sentence (no closing punctuation, not
    a heading) is joined to the next line when the next line carries on the
    sentence (not a heading, list item or new paragraph): PDF conversion breaks
    ``46.57 亿`` / ``元`` and ``年均`` / ``增长 7.9%`` that way. Each join is
    flagged ``wrapped_line_joined``.
Hard-wrapped text
    a text cut at a fixed width (text copied out of a PDF or a print layout:
    most long lines end at the same display width, counting a Chinese or
    full-width character as two columns, and most of those stop mid-sentence)
    is recognised as a whole (:func:`wrap_width`). In it, a line that fills
    the width carries on into the next line, whatever that line starts with
    (``“``, ``《``, a short tail such as ``全会精神。``), unless the next line
    opens a list item or is a heading. This holds even when the full line
    ends a sentence: a paragraph goes on after a full line far more often
    than it ends exactly at the margin, and the indent that would tell them
    apart is lost in such text.
"""

from __future__ import annotations

import html
import re
import unicodedata
from collections import Counter
from dataclasses import dataclass, field
from functools import lru_cache

import zhconv

_PINYIN = "a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜüńňǹḿ"
PINYIN_GLOSS_RE = re.compile(rf"(?<=[\u4e00-\u9fff])\(([{_PINYIN}]{{1,7}})\)")
PAGE_NUMBER_RE = re.compile(r"^(?:[-—–－~]\s*\d{1,4}\s*[-—–－~]|第\s*\d{1,4}\s*页(?:\s*[,，/]?\s*共\s*\d{1,4}\s*页)?"
                            r"|\d{1,4}\s*/\s*\d{1,4})$")
_SENTENCE_CLOSED = tuple("。！？!?；;：:")
SENTENCE_END = tuple("。！？!?")
_LIST_MARKER_RE = re.compile(r"^(?:[(（]?[一二三四五六七八九十]+[)）、.]|[(（]\d{1,2}[)）]|\d{1,2}[.、．)）](?!\d)|——|[•·●◆■□▪-]\s)")
_CONTINUES_RE = re.compile(r"[\dA-Za-z.亿万千百元%‰,，、\u4e00-\u9fff(（“]$")   # (…占GD / P的比重: a word cut)
_WRAP_MIN = 18           # a line this long that stops mid-sentence is a wrapped line


@dataclass
class Prepared:
    """One stretch of text as read, with the origin (line, column) of every character."""

    text: str = ""
    lines: list[int] = field(default_factory=list)
    cols: list[int] = field(default_factory=list)

    def append(self, text: str, line: int, cols: list[int]) -> None:
        self.text += text
        self.lines.extend([line] * len(text))
        self.cols.extend(cols)

    @property
    def first_line(self) -> int:
        return self.lines[0] if self.lines else 0

    def line_at(self, position: int) -> int:
        """The raw line the character at ``position`` stands on."""
        if not self.lines:
            return 0
        return self.lines[min(max(position, 0), len(self.lines) - 1)]

    def original(self, raw_lines, start: int, end: int) -> str:
        """The raw text behind ``text[start:end]`` (lines joined as they stand)."""
        if start >= end or not self.lines:
            return ""
        end = min(end, len(self.lines))
        pieces = []
        i = start
        while i < end:
            line = self.lines[i]
            j = i
            while j + 1 < end and self.lines[j + 1] == line:
                j += 1
            raw = raw_lines[line - 1]
            pieces.append(raw[self.cols[i]: self.cols[j] + 1])
            i = j + 1
        return "".join(pieces)


@lru_cache(maxsize=1)
def simplify_table() -> dict[int, str]:
    """Traditional -> simplified, one character for one (zhconv's zh2Hans table)."""
    zhconv.loaddict()
    from zhconv import zhconv as tables

    pairs = tables.zhcdicts["zh2Hans"]
    return str.maketrans({k: v for k, v in pairs.items() if len(k) == 1 and len(v) == 1})


_MINUS = str.maketrans({"−": "-", "﹣": "-"})


def _fold_by_character(raw: str) -> tuple[str, list[int]]:
    chars: list[str] = []
    cols: list[int] = []
    for col, ch in enumerate(raw):
        for piece in unicodedata.normalize("NFKC", ch):
            chars.append(piece)
            cols.append(col)
    return "".join(chars), cols


ENTITY_RE = re.compile(r"&(?:#\d{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});")


def _unescape_entities(raw: str) -> tuple[str, list[int]]:
    """A line with HTML entities left by a scraper (``&nbsp;``, ``&ldquo;``, ``&#8220;``): each entity
    read as its character (folded like the rest), at the column where the entity starts."""
    chars: list[str] = []
    cols: list[int] = []
    position = 0
    for m in ENTITY_RE.finditer(raw):
        text, positions = _fold_by_character(raw[position:m.start()])
        chars.append(text)
        cols.extend(position + c for c in positions)
        decoded = unicodedata.normalize("NFKC", html.unescape(m.group(0)))
        chars.append(decoded)
        cols.extend([m.start()] * len(decoded))
        position = m.end()
    text, positions = _fold_by_character(raw[position:])
    chars.append(text)
    cols.extend(position + c for c in positions)
    return "".join(chars), cols


@lru_cache(maxsize=1)
def traditional_only() -> frozenset[str]:
    """Characters written only in traditional script (區, 於, 後; not 著, which simplified text uses)."""
    zhconv.loaddict()
    from zhconv import zhconv as tables

    return tables.zhcdicts["TRADONLY"]


def fold_line(raw: str, simplify: bool) -> tuple[str, list[int], int]:
    """One raw line as read: (text, column of each character in ``raw``, glosses removed)."""
    if "&" in raw and ENTITY_RE.search(raw):
        text, cols = _unescape_entities(raw)
    else:
        text = unicodedata.normalize("NFKC", raw)
        if len(text) == len(raw):             # the usual case: one character for one
            cols = list(range(len(raw)))
        else:
            text, cols = _fold_by_character(raw)
    text = text.translate(_MINUS)
    glosses = 0
    if "(" in text:
        keep = [True] * len(text)
        for m in PINYIN_GLOSS_RE.finditer(text):
            glosses += 1
            for i in range(m.start(), m.end()):
                keep[i] = False
        if glosses:
            cols = [c for c, k in zip(cols, keep) if k]
            text = "".join(ch for ch, k in zip(text, keep) if k)
    if simplify:
        text = text.translate(simplify_table())
    text = _break_after_heading(text)
    return _drop_spaces(text, cols) + (glosses,)


_HEADING_THEN_TEXT_RE = re.compile(
    r"(?:^|(?<=[。；;！？!?]))(\s*(?:[一二三四五六七八九十]+、|[(（][一二三四五六七八九十]+[)）])[^\s，,。；;:：\d]{1,15})(\s+)(?=\S)")


def _break_after_heading(text: str) -> str:
    """三、工业和建筑 全年工业…: the space after a run-in heading ends it (read as a comma)."""
    return _HEADING_THEN_TEXT_RE.sub(lambda m: m.group(1) + "，" + m.group(2)[1:], text)


def _drop_spaces(text: str, cols: list[int]) -> tuple[str, list[int]]:
    if not any(ch.isspace() for ch in text):
        return text, cols
    out: list[str] = []
    out_cols: list[int] = []
    n = len(text)
    i = 0
    while i < n:
        if text[i].isspace():
            j = i
            while j < n and text[j].isspace():
                j += 1
            before = text[i - 1] if i > 0 else ""
            after = text[j] if j < n else ""
            if before.isascii() and after.isascii() and (
                    (before.isalpha() and after.isalpha()) or (before.isdigit() and after.isdigit())):
                out.append(" ")
                out_cols.append(cols[i])
            i = j
            continue
        out.append(text[i])
        out_cols.append(cols[i])
        i += 1
    while out and out[-1] == " ":
        out.pop()
        out_cols.pop()
    return "".join(out), out_cols

_HEADING_RE = re.compile(r"^(?:第[一二三四五六七八九十百\d]+[篇章节]|[一二三四五六七八九十]+、|[(（][一二三四五六七八九十]+[)）]|\d{1,2}[.、](?!\d))")


def is_heading(text: str) -> bool:
    """A heading: short, no sentence punctuation, numbered or very short (图1 …, 表2 … too)."""
    if len(text) > 40 or re.search(r"[，,。；;！？!?]", text) or re.search(r"\d\.\d|[\d亿万千百元%]$", text):
        return False
    return bool(_HEADING_RE.match(text)) or len(text) <= 16 or bool(re.match(r"^[图表]\s*\d", text))


def is_page_number(text: str) -> bool:
    return bool(PAGE_NUMBER_RE.match(text))


_WRAP_SLACK = 4           # columns a full line may fall short of the width (a wide character that did not fit)
_WRAP_LONG = 30           # lines at least this wide (columns) are the ones a wrap width is read from
_WRAP_LINES = 6           # ... and at least this many must end at the width
_WRAP_SHARE = 0.5         # ... being at least this share of the long lines, at most _WRAP_OVER of them wider
_WRAP_OVER = 0.1


def char_width(ch: str) -> int:
    """Display columns of one character: 2 for wide and full-width (CJK), else 1."""
    return 2 if unicodedata.east_asian_width(ch) in ("W", "F") else 1


def display_width(text: str) -> int:
    """Columns ``text`` takes in a fixed-width layout: a wide or full-width character counts two."""
    return sum(char_width(ch) for ch in text)


class Wrap(int):
    """A wrap width: display columns, or characters when ``by_chars`` (a text cut every N characters
    whatever their width, full-width and ASCII digits mixed)."""

    def __new__(cls, width: int, by_chars: bool = False):
        self = super().__new__(cls, width)
        self.by_chars = by_chars
        return self


def _line_size(line: str, by_chars: bool) -> int:
    return len(line) if by_chars else display_width(line)


def wrap_width(raw_lines: list[str]) -> Wrap | None:
    """The width a hard-wrapped text was cut at, or None for text in paragraphs.

    A text is hard-wrapped when, of its lines at least ``_WRAP_LONG`` columns
    wide, at least half end within ``_WRAP_SLACK`` columns of one width W (and
    at least ``_WRAP_LINES`` of them), at most a tenth are wider than W, and
    most of those at W stop mid-sentence (a list of short sentences ends each
    line with 。 and is not a wrapped text). Widths are display columns; when
    they show no such width, characters are counted instead (half the
    thresholds), for text cut every N characters whatever their width.
    """
    lines = [line.strip() for line in raw_lines if line.strip()]
    for by_chars in (False, True):
        width = _wrap_width_by(lines, by_chars)
        if width:
            return Wrap(width, by_chars)
    return None


def _wrap_width_by(lines: list[str], by_chars: bool) -> int | None:
    scale = 2 if by_chars else 1
    slack = _WRAP_SLACK // scale
    widths = [_line_size(line, by_chars) for line in lines]
    long = [w for w in widths if w >= _WRAP_LONG // scale]
    if len(long) < _WRAP_LINES:
        return None
    counts = Counter(long)
    width = max(counts, key=lambda w: (sum(counts[v] for v in range(w - slack, w + 1)), w))
    at_width = [line for line, w in zip(lines, widths) if width - slack <= w <= width]
    wider = sum(1 for w in long if w > width)
    open_ended = sum(1 for line in at_width if not line.endswith(_SENTENCE_CLOSED))
    if (len(at_width) >= max(_WRAP_LINES, _WRAP_SHARE * len(long)) and wider <= _WRAP_OVER * len(long)
            and open_ended >= _WRAP_SHARE * len(at_width)):
        return width
    return None


def fills_width(raw_line: str, width: int | None) -> bool:
    """Whether a raw line reaches the wrap width of its hard-wrapped text."""
    if not width:
        return False
    by_chars = getattr(width, "by_chars", False)
    return _line_size(raw_line.strip(), by_chars) >= width - _WRAP_SLACK // (2 if by_chars else 1)


def carries_on(previous: str, following: str, previous_full: bool) -> bool:
    """:func:`continues`, or, for a line that fills the width of a hard-wrapped text, True unless
    ``following`` opens a list item or is a heading (a full line that ends a sentence usually
    ends it mid-paragraph: the indent that marked a new paragraph is lost in such text)."""
    if previous_full and previous and following:
        return not (_LIST_MARKER_RE.match(following) or _HEADING_RE.match(following) or is_heading(following))
    return continues(previous, following)


def continues(previous: str, following: str) -> bool:
    """True when ``previous`` stops mid-sentence and ``following`` carries on with it."""
    if not previous or not following or previous.endswith(_SENTENCE_CLOSED):
        return False
    if is_heading(previous) or is_heading(following):
        return False
    if _HEADING_RE.match(previous) and len(previous) <= 30:
        return False                      # 2.产业结构不断优化,发展质量稳步提高: a numbered heading
    if _LIST_MARKER_RE.match(following) or following[0] in "“《【[":
        return False
    if not _CONTINUES_RE.search(previous):
        return False
    if previous[-1].isdigit() or previous[-1] in ".,，、亿万千百":
        return True
    return len(previous) >= _WRAP_MIN and bool(re.search(r"[，,、；;：:。]", previous))   # …76.4%。城镇新增就业 / 6380人
