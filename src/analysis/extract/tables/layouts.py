"""Tables laid out one row a line: tab-separated, pipe (markdown) and space-aligned rows.

Each reader here turns the lines of a table into the same
:class:`~analysis.extract.tables.common.TableRow` rows of
:class:`~analysis.extract.tables.common.Cell` cells, every cell carrying its
slot in the header's column model (``Cell.column``); the builders
(:func:`analysis.extract.tables.indicators.build_indicator_table`, the ranked
and task lists of :mod:`analysis.extract.tables.tabbed`) make the clean rows
from them, whatever the layout. A table is found by its header line, from its
content: an indicator header (a 指标 cell with year or growth columns), a
bulletin's product header (产品名称 | 单位 | 产量 | 比上年增长(%), declared words
only: :func:`~analysis.extract.tables.indicators.is_product_header`, built by
:mod:`analysis.extract.tables.products`; a space-aligned one may spread its
words over the cell, 产  品  名  称, and wrap a cell onto the line below,
比上年 / 增长(%), but takes no line above: its title stands there) or a list
header (序号 | 企业名称, 序号 | 工作任务 | 牵头单位 ...).

The layouts
-----------
Tab-separated rows (text copied from a Word or Excel table)
    ``经济发展\\t地区生产总值\\t亿元\\t156.3\\t230\\t8\\t预期性``: a tab separates
    two cells, an empty cell keeps its slot (an empty leading cell: the
    category above goes on). Trailing empty cells beyond the header's width
    are dropped; a row of another width is read by content and its values
    flagged ``assigned_by_rule``. In a list or task table, a row whose tabs
    became runs of spaces is read when the runs part it into exactly the
    header's cells (flagged ``row_spaces_for_tabs``); so is a row of an indicator or product table.
Pipe rows (markdown, or converters that draw ``|`` between cells)
    ``| 经济发展 | 地区生产总值 | 亿元 | ... |``; the leading and trailing pipe
    are optional, a ``|---|---|`` rule line is part of the header. In both, a
    short label alone on its line between rows (a category cell merged across
    the table) is a category row.
Space-aligned columns (``pdftotext -layout`` and similar)
    Cells are separated by runs of spaces at least two display columns wide
    (a CJK character is two columns: ``unicodedata.east_asian_width``); a
    header word spaced out over its cell (``指  标``, ``属  性``) is joined. The
    columns are cut at the gaps common to the body rows between two header
    cells; a cell that spills over a cut is read whole, in the column it
    overlaps most, and flagged ``cell_spilled``. A header cell wrapped onto a
    second line (``2020 年`` / ``基期值``, ``年均增长`` / ``(%)``) is joined to the
    cell above it, and a header centred over two or three lines (the year
    cells on the line above 类别/指标) is joined by position; a unit note
    beside it (``单位：亿元``) goes to the table's notes; a second header row
    of 预期值/规划目标 labels splits the year columns. A line holding only label cells (no value, no 属性) is a
    wrapped part of a neighbouring row: it continues the row above when that
    row's label filled its column (or it opens with a bracket), else it
    starts the row below when it fills the column itself, else it continues
    the row above; every join is flagged ``cell_rejoined``. A category
    printed once for several rows fills them (a category wrapped over lines,
    its pieces on consecutive lines or less than a row apart and not both on
    rows, is joined): down to the next category when the first row carries
    one; when it is printed beside a middle row, the rows around it (groups centred on their category; when the centres do
    not fit, the nearest category, flagged ``category_by_rule``). A page
    footer (``- 12 -``, ``第 3 页``) and a header repeated after a page break
    are skipped (accounted as structure, never rows).

Every layout: the table ends at an outline heading (第二章, 二、, （三）), a
caption (表3 ...), a 专栏 box, a sentence, the header of another table, or a
line of another layout (for space-aligned tables: a lone label that is a
sentence, holds a full-width colon or is longer than a cell); 注: lines under
it are the table's notes. The ``tables`` row spans title to last line, so
the prose reader skips the table's lines and accounting checks every one of
them.

Structured tables (HTML ``<table>``, DOCX, a PDF table finder) need no
cutting: their reader hands :func:`build_table` a
:class:`~analysis.extract.tables.common.TableBlock` whose cells already carry
their column, and the same builders run.
"""

from __future__ import annotations

import math
import re
from bisect import bisect_right
from dataclasses import dataclass

from analysis.extract.tables.common import NOTE_RE, Cell, Collector, TableBlock, TableRow
from analysis.extract.tables.indicators import (
    AMOUNT_HEADERS, ATTRIBUTE_HEADERS, CATEGORY_HEADERS, INDICATOR_HEADERS, ITEM_HEADERS, NUMBER_HEADERS,
    SUBHEADERS, UNIT_HEADERS, build_indicator_table, ends_table, flag_unreadable_header, header_model,
    header_text, is_indicator_header, is_product_header, is_sentence, is_value_header, product_header_model,
)
from analysis.extract.tables.products import build_product_table
from analysis.extract.tables.tabbed import SECTION_RE, SUBSECTION_RE, build_list_table, list_kind
from analysis.extract.text import char_width, display_width

LAYOUTS = ("tabs", "pipes", "spaces", "words")   # words: cells parted by single spaces (a last resort)
# A page footer or page number line: - 12 -, — 12 —, 第 3 页, 第3页 共20页, 3/20.
PAGE_FOOTER_RE = re.compile(
    r"^(?:[-—–－]\s*\d{1,4}\s*[-—–－]|第\s*\d{1,4}\s*页(?:\s*[,，]?\s*共\s*\d{1,4}\s*页)?"
    r"|\d{1,4}\s*/\s*\d{1,4})$")
# A markdown rule line under a pipe header: |---|:---:|
RULE_LINE_RE = re.compile(r"^\|?\s*:?-{3,}:?\s*(?:\|\s*:?-{3,}:?\s*)*\|?$")
# An outline heading of the text around a table (第二章 is in ends_table).
OUTLINE_RE = re.compile(r"^(?:[一二三四五六七八九十]+、|[(（][一二三四五六七八九十]+[)）]|[表图]\s*\d)")
# A second header line whose cells continue the cells above (2020 年 / 基期值, 年均增长 / (%)).
HEADER_CONTINUATION_RE = re.compile(
    r"^[(（]?%[)）]?$|基期|目标|预期|预计|规划|实际|完成|增长|增速|年均|累计|属性|单位|^值$|^年$|名称|^[(（]")
# A note of the table's unit printed beside its header: 单位：亿元.
UNIT_NOTE_RE = re.compile(r"^单位\s*[:：]")
# Words a header may spread over its cell one character at a time (指  标).
SPACED_HEADER_WORDS = frozenset(CATEGORY_HEADERS + INDICATOR_HEADERS + UNIT_HEADERS
                                + ATTRIBUTE_HEADERS + NUMBER_HEADERS + ("备注", "名称")
                                + ITEM_HEADERS + tuple(AMOUNT_HEADERS))
# A line that may be a table header holds one of these words.
_HINT_RE = re.compile("|".join(("指", "序号", "排名", "名次", "排序") + ITEM_HEADERS))
# The item words of a product header, also when spaced out over their cell (产  品  名  称).
_ITEM_HINT_RE = re.compile("|".join(ITEM_HEADERS))
_MAX_LABEL = 40


@dataclass
class Token:
    """A run of text on a space-aligned line: display columns [start, end)."""

    start: int
    end: int
    text: str


def extract_row_tables(doc, out: Collector) -> None:
    """Find every table of ``doc`` laid out one row a line and build it into ``out``."""
    lines = doc.lines
    i = 0
    while i < len(lines):
        line = lines[i]
        if (_HINT_RE.search(line) or _ITEM_HINT_RE.search("".join(line.split()))) and ("\t" in line.strip() or "|" in line or "｜" in line
                                      or "  " in line or "\u3000" in line or len(line.split()) >= 3) \
                and out.table_end_at(i + 1) is None:
            end = _try_table(doc, i, out)
            if end is not None:
                i = end
                continue
        i += 1


def build_table(doc, block: TableBlock, out: Collector) -> str | None:
    """Build a table a structured reader (HTML, DOCX, PDF table finder) hands over whole.

    ``block.header``/``block.subheader`` are the header rows' cell texts
    (spans expanded, empty cells left out); each body row's cells carry
    ``column``, their index in the row once spans are expanded (category,
    indicator, unit, each value column, 属性 in header order), and the row's
    ``width`` is its number of cells, empty ones included. ``line`` of each
    cell refers to the document's text rendition. The header decides the
    kind, as for every layout; returns the kind built, or None when the
    header is of no known kind (nothing is written: the caller keeps the
    rows as text).
    """
    top = [header_text(t) for t in block.header if t.strip()]
    subs = [header_text(t) for t in block.subheader if t.strip()]
    if is_product_header(top) and not subs:
        build_product_table(doc, out.new_table_id(), product_header_model(top), block, out)
        return "products"
    if is_indicator_header(top):
        header = header_model(top, subs, block.start)
        if header is None:
            flag_unreadable_header(out, block.start + 1, top, subs, sum(map(is_value_header, top)))
            return None
        build_indicator_table(doc, out.new_table_id(), header, block, out)
        return "indicators"
    kind = list_kind(top)
    if kind:
        build_list_table(doc, block.start, block.header_lines, block.end, top, block.rows, out)
    return kind


def _try_table(doc, i: int, out: Collector) -> int | None:
    """Read the table whose header is line ``i`` in the first layout that fits; its end or None."""
    line = doc.lines[i]
    for layout in LAYOUTS:
        if layout == "spaces":
            tokens = header_tokens(line)
            product = _spaces_product_header(doc.lines, i, tokens)
            if product is not None:
                return _spaces_product_table(doc, i, product, out)
            texts = [header_text(t.text) for t in tokens]
            if any(t in INDICATOR_HEADERS for t in texts) and not is_indicator_header(texts):
                header = _spaces_header(doc.lines, i, tokens)   # year cells on the lines around
                if is_indicator_header([header_text(t.text) for t in header[0]]):
                    return _spaces_indicator_table(doc, i, tokens, out)
        else:
            pieces = split_row(line, layout)
            if pieces is None and layout == "tabs":
                pieces = _wide_spaced_header(doc.lines, i)
            if pieces is None:
                continue
            texts = [header_text(p) for p in pieces if p.strip()]
        if len(texts) < 2:
            continue
        if layout != "spaces" and is_product_header(texts):
            return _separated_indicator_table(doc, i, layout, texts, out, product=True)
        if is_indicator_header(texts):
            if layout == "spaces":
                return _spaces_indicator_table(doc, i, tokens, out)
            return _separated_indicator_table(doc, i, layout, texts, out)
        kind = list_kind(texts)
        if kind:
            return _list_table(doc, i, layout, texts, tokens if layout == "spaces" else None, out)
    return None


# --- tab and pipe rows ------------------------------------------------------------------------


def _wide_spaced_header(lines, i: int) -> list[str] | None:
    """A header whose cells are parted by full-width spaces above rows parted by tabs (序号　项目名称　年度目标
    over 1\t新建改造农村公路\t120公里): its cells, when the first row below has as many; else None."""
    cells = [c for c in re.split("\u3000+", lines[i].strip()) if c.strip()]
    below = next((line for line in lines[i + 1:i + 3] if line.strip()), "")
    row = split_row(below, "tabs")
    return cells if len(cells) >= 3 and row is not None and len(row) == len(cells) else None


def split_row(line: str, layout: str) -> list[str] | None:
    """The cells of a tab or pipe row (empty cells kept); None when the line is not one.

    ``words``: cells parted by single spaces (类别 指标 2020年 2025年 属性, a table that lost its
    alignment); a line with sentence punctuation is none."""
    if layout == "words":
        text = line.strip()
        pieces = text.split()
        return pieces if len(pieces) >= 2 and not re.search(r"[，。；：:;]", text) else None
    if layout == "tabs":
        body = line.strip(" \u3000\r\n")
        if "\t" not in body.strip():
            return None
        return [p.strip() for p in body.split("\t")]
    text = line.strip().replace("｜", "|")
    if text.count("|") < 1 or RULE_LINE_RE.match(text):
        return None
    if text.startswith("|"):
        text = text[1:]
    if text.endswith("|"):
        text = text[:-1]
    pieces = [p.strip() for p in text.split("|")]
    return pieces if len(pieces) >= 2 else None


def _separated_indicator_table(doc, start: int, layout: str, top: list[str], out: Collector,
                               product: bool = False) -> int:
    """An indicator table (or, ``product``, a product table) of tab or pipe rows; its end."""
    lines = doc.lines
    header_lines = [start + 1]
    subs: list[str] = []
    index = start + 1
    nxt = _next_nonblank(lines, index)
    if nxt is not None and layout == "pipes" and RULE_LINE_RE.match(lines[nxt].strip()):
        header_lines.append(nxt + 1)
        index = nxt + 1
        nxt = _next_nonblank(lines, index)
    if nxt is not None and not product:
        pieces = split_row(lines[nxt], layout)
        texts = [header_text(p) for p in pieces or [] if p.strip()]
        if texts and all(t in SUBHEADERS for t in texts):
            subs = texts
            header_lines.append(nxt + 1)
            index = nxt + 1
            nxt = _next_nonblank(lines, index)
            if nxt is not None and layout == "pipes" and RULE_LINE_RE.match(lines[nxt].strip()):
                header_lines.append(nxt + 1)
                index = nxt + 1
    header = product_header_model(top) if product else header_model(top, subs, index)
    if header is None:
        flag_unreadable_header(out, start + 1, top, subs, sum(map(is_value_header, top)))
        return start + 1
    table_id = out.new_table_id()
    width = len(header.slots)
    rows: list[TableRow] = []
    notes: list[tuple[int, str]] = []
    skipped: list[int] = []
    end = len(lines)
    for k in range(index, len(lines)):
        text = lines[k].strip()
        if not text:
            continue
        if NOTE_RE.match(text) or (notes and re.match(r"^\d+[.、．]\s*\S", text)):
            notes.append((k + 1, text))
            continue
        if PAGE_FOOTER_RE.match(text) or (layout == "pipes" and RULE_LINE_RE.match(text)):
            skipped.append(k + 1)
            continue
        pieces = split_row(lines[k], layout)
        if pieces is None and layout == "tabs":
            pieces = _spaced_row(text, width, k + 1, out)
        if pieces is None and header.slots[0].role == "category" and _category_row(lines, k, text, layout):
            pieces = [text] + [""] * (width - 1)  # a category row: one cell across the table
        if notes or pieces is None or ends_table(text) or OUTLINE_RE.match(text):
            end = k
            break
        texts = [header_text(p) for p in pieces if p.strip()]
        if texts == top:
            skipped.append(k + 1)                 # the header repeated after a page break
            continue
        if is_indicator_header(texts) or is_product_header(texts):    # the header of the next table
            end = k
            break
        while len(pieces) > width and not pieces[-1]:
            pieces.pop()
        cells = [Cell([(k + 1, p)], column=c) for c, p in enumerate(pieces) if p]
        if cells:
            rows.append(TableRow(cells, width=len(pieces)))
    for line in skipped:
        out.account(line, "page footer or repeated header")
    block = TableBlock(layout, top, subs, header_lines, rows, notes, start, end)
    (build_product_table if product else build_indicator_table)(doc, table_id, header, block, out)
    return end


def _category_row(lines, k: int, text: str, layout: str) -> bool:
    """A short label standing alone between rows of the layout (a merged category cell)."""
    if len(text) > 12 or is_sentence(text) or "：" in text or OUTLINE_RE.match(text) \
            or NOTE_RE.match(text) or ends_table(text):
        return False
    nxt = _next_nonblank(lines, k + 1)
    return nxt is not None and split_row(lines[nxt], layout) is not None


def _next_nonblank(lines, index: int) -> int | None:
    for k in range(index, min(len(lines), index + 3)):
        if lines[k].strip():
            return k
    return None


# --- space-aligned columns --------------------------------------------------------------------


def tokens_of(line: str) -> list[Token]:
    """The runs of text of a line, split at whitespace at least two display columns wide."""
    tokens: list[Token] = []
    col = 0
    start = None
    chars: list[str] = []
    gap = 0
    for ch in line.replace("\f", "").rstrip():
        width = char_width(ch) if ch != "\t" else 8 - col % 8
        if ch.isspace():
            gap += width
            col += width
            continue
        if start is not None and gap >= 2:
            tokens.append(Token(start, token_end, "".join(chars)))
            start = None
        if start is None:
            start, chars = col, []
        elif gap:
            chars.append(" ")
        gap = 0
        chars.append(ch)
        col += width
        token_end = col
    if start is not None:
        tokens.append(Token(start, token_end, "".join(chars)))
    return tokens


def header_tokens(line: str) -> list[Token]:
    """The cells of a space-aligned header line, spaced-out header words (指  标) joined."""
    tokens = tokens_of(line)
    merged: list[Token] = []
    k = 0
    while k < len(tokens):
        best = None
        if len(tokens[k].text) == 1:
            text = tokens[k].text
            for j in range(k + 1, min(len(tokens), k + 4)):
                if len(tokens[j].text) != 1:
                    break
                text += tokens[j].text
                if text in SPACED_HEADER_WORDS:
                    best = j
        if best is None:
            merged.append(tokens[k])
            k += 1
        else:
            merged.append(Token(tokens[k].start, tokens[best].end,
                                "".join(t.text for t in tokens[k:best + 1])))
            k = best + 1
    return merged


def _overlap(a: Token, start: int, end: int) -> int:
    return min(a.end, end) - max(a.start, start)


def _under(token: Token, cells: list[Token]) -> int | None:
    """Index of the header cell ``token`` stands under (most overlap, or nearest within 2 columns)."""
    best, best_k = 0, None
    for k, cell in enumerate(cells):
        ov = _overlap(token, cell.start, cell.end)
        if ov > best:
            best, best_k = ov, k
    if best_k is None:
        near = [(min(abs(token.start - c.end), abs(c.start - token.end)), k) for k, c in enumerate(cells)]
        distance, k = min(near)
        if distance <= 2:
            return k
    return best_k


def _header_piece(text: str) -> bool:
    """A short header cell or part of one (2020 年, 基期值, (%), 属  性)."""
    return len(text) <= 8 and bool(
        is_value_header(text) or HEADER_CONTINUATION_RE.search(text) or text in SPACED_HEADER_WORDS
        or text in SUBHEADERS)


def _merge_header_line(top: list[Token], tokens: list[Token], above: bool) -> list[Token] | None:
    """Join the cells of a header line above or below into ``top`` by position; a year or
    growth cell standing over no cell is a cell of its own. None when another cell stands
    over no cell (the line is not part of the header)."""
    top = list(top)
    for token in tokens:
        k = _under(token, top)
        if k is None:
            if not is_value_header(header_text(token.text)):
                return None
            top.append(token)
            top.sort(key=lambda t: t.start)
            continue
        cell = top[k]
        text = token.text + cell.text if above else cell.text + token.text
        top[k] = Token(min(cell.start, token.start), max(cell.end, token.end), text)
    return top


def _spaces_header(lines, start: int, top: list[Token]):
    """Top cells (cells wrapped onto lines above or below joined), second-row labels,
    the header's lines and the first body index.

    A header vertically centred over two or three lines (2020 年 above the
    类别/指标 line, 基期值 below it) is joined by position; a line below
    whose labels are all 预期值/规划目标... is the second header row.
    """
    top = [Token(t.start, t.end, t.text) for t in top]
    subs: list[Token] = []
    header_lines = [start + 1]
    notes: list[tuple[int, str]] = []
    k = start - 1
    while k >= 0 and start - k <= 2 and lines[k].strip():
        tokens = header_tokens(lines[k])
        unit_notes = [t for t in tokens if UNIT_NOTE_RE.match(t.text)]
        tokens = [t for t in tokens if t not in unit_notes]
        if not tokens or not all(_header_piece(header_text(t.text)) for t in tokens):
            break
        merged = _merge_header_line(top, tokens, above=True)
        if merged is None:
            break
        top = merged
        header_lines.insert(0, k + 1)
        notes.extend((k + 1, t.text) for t in unit_notes)
        k -= 1
    index = start + 1
    for _ in range(2):
        k = _next_nonblank(lines, index)
        if k is None:
            break
        tokens = header_tokens(lines[k])
        texts = [header_text(t.text) for t in tokens]
        if not tokens:
            break
        if not subs and all(t in SUBHEADERS for t in texts):
            subs = tokens
        elif not subs and all(_header_piece(t) for t in texts):
            merged = _merge_header_line(top, tokens, above=False)
            if merged is None:
                break
            top = merged
        else:
            break
        header_lines.append(k + 1)
        index = k + 1
    return top, subs, header_lines, index, notes


def _spaces_indicator_table(doc, start: int, top_tokens: list[Token], out: Collector) -> int:
    lines = doc.lines
    top_tokens, sub_tokens, header_lines, index, unit_notes = _spaces_header(lines, start, top_tokens)
    start = header_lines[0] - 1               # the header may begin on a line above 指标
    top = [header_text(t.text) for t in top_tokens]
    subs = [header_text(t.text) for t in sub_tokens]
    header = header_model(top, subs, index)
    if header is None:
        flag_unreadable_header(out, start + 1, top, subs, sum(map(is_value_header, top)))
        return start + 1
    spans = _slot_spans(header, top_tokens, sub_tokens)
    table_id = out.new_table_id()
    rows, notes, end = _space_table_rows(lines, index, top, spans, header, header_lines, table_id, out)
    block = TableBlock("spaces", top, subs, header_lines, rows, unit_notes + notes, start, end)
    build_indicator_table(doc, table_id, header, block, out)
    return end


def _space_table_rows(lines, index: int, top: list[str], spans, header, header_lines: list[int], table_id: str,
                      out: Collector):
    """The body of a space-aligned table below its header: ``(rows, notes, end)``; page footers and
    repeated headers inside it accounted."""
    repeated = [[header_text(t.text) for t in header_tokens(lines[line - 1])] for line in header_lines]
    body, notes, skipped, end = _space_body(lines, index, top, spans, repeated)
    for line in skipped:
        out.account(line, "page footer or repeated header")
    return _space_rows(body, header, spans, table_id, out), notes, end


def _spaces_product_header(lines, start: int, tokens: list[Token]):
    """The header of a space-aligned product table at line ``start``: ``(top tokens, header lines,
    first body index)``, else None. A header cell wrapped onto the line below (比上年 / 增长(%))
    is joined to the cell above it; no line above is taken (the title stands there)."""
    texts = [header_text(t.text) for t in tokens]
    if not texts or texts[0] not in ITEM_HEADERS:
        return None
    if is_product_header(texts):
        return tokens, [start + 1], start + 1
    k = _next_nonblank(lines, start + 1)
    if k is None:
        return None
    below = header_tokens(lines[k])
    if not below or not all(_header_piece(header_text(t.text)) for t in below):
        return None
    merged = _merge_header_line(tokens, below, above=False)
    if merged is None or not is_product_header([header_text(t.text) for t in merged]):
        return None
    return merged, [start + 1, k + 1], k + 1


def _spaces_product_table(doc, start: int, header_found, out: Collector) -> int:
    """A space-aligned product table: cut and rows as for indicator tables, the product builder."""
    lines = doc.lines
    top_tokens, header_lines, index = header_found
    top = [header_text(t.text) for t in top_tokens]
    header = product_header_model(top)
    spans = [(t.start, t.end) for t in top_tokens]
    table_id = out.new_table_id()
    rows, notes, end = _space_table_rows(lines, index, top, spans, header, header_lines, table_id, out)
    block = TableBlock("spaces", top, [], header_lines, rows, notes, start, end)
    build_product_table(doc, table_id, header, block, out)
    return end


def _slot_spans(header, top_tokens: list[Token], sub_tokens: list[Token]) -> list[tuple[int, int]]:
    """Display span of every header slot: its top cell, or its second-row label.

    The second-row labels go to the year cells in the order the column model
    gave them (:func:`~analysis.extract.tables.indicators.header_model`).
    """
    subs = iter(sorted(sub_tokens, key=lambda t: t.start))
    spans: list[tuple[int, int]] = []
    slot = 0
    for token in top_tokens:
        if header.slots[slot].role != "value":
            spans.append((token.start, token.end))
            slot += 1
            continue
        group = header.slots[slot].column.group
        while slot < len(header.slots) and header.slots[slot].role == "value" \
                and header.slots[slot].column.group == group:
            sub = next(subs, None) if header.slots[slot].label != header_text(token.text) else None
            spans.append((sub.start, sub.end) if sub is not None else (token.start, token.end))
            slot += 1
    return spans


def _space_body(lines, index: int, top: list[str], spans, repeated: list[list[str]] | None = None):
    """The body lines of a space-aligned table: ``(index, tokens)``, notes, skipped lines, end.

    ``repeated`` are the cell texts of each header line: a line equal to one of
    them is the header repeated after a page break (skipped, never a row).
    """
    body: list[tuple[int, list[Token]]] = []
    notes: list[tuple[int, str]] = []
    skipped: list[int] = []
    end = len(lines)
    for k in range(index, len(lines)):
        raw = lines[k]
        text = raw.strip()
        if not text:
            continue
        if NOTE_RE.match(text) or (notes and re.match(r"^\d+[.、．]\s*\S", text)):
            notes.append((k + 1, text))
            continue
        if notes or ends_table(text) or OUTLINE_RE.match(text):
            end = k
            break
        if PAGE_FOOTER_RE.match(text):
            skipped.append(k + 1)
            continue
        tokens = tokens_of(raw)
        texts = [header_text(t.text) for t in header_tokens(raw)]
        if texts == top or texts in (repeated or ()):
            skipped.append(k + 1)                 # the header repeated after a page break
            continue
        if is_indicator_header(texts) or is_product_header(texts):    # the header of the next table
            end = k
            break
        if len(tokens) == 1 and (len(text) > _MAX_LABEL or is_sentence(text) or "：" in text):
            end = k
            break
        body.append((k, tokens))
    return body, notes, skipped, end


def _cuts(spans, body) -> list[int]:
    """Column cuts between slots: in the gap between two header cells, where body rows are blank."""
    width = max([s[1] for s in spans] + [t.end for _, tokens in body for t in tokens]) + 1
    occupied = [0] * (width + 1)
    for _, tokens in body:
        for t in tokens:
            for c in range(t.start, t.end):
                occupied[c] += 1
    cuts: list[int] = []
    for (_, left_end), (right_start, _) in zip(spans, spans[1:]):
        lo, hi = left_end, max(left_end, right_start)
        best = min(occupied[c] for c in range(lo, hi + 1))
        run_start, run_len, best_cut = None, 0, None
        for c in range(lo, hi + 2):
            if c <= hi and occupied[c] == best:
                if run_start is None:
                    run_start = c
                continue
            if run_start is not None and c - run_start > run_len:
                run_len, best_cut = c - run_start, run_start + (c - run_start) // 2
            run_start = None
        cut = best_cut if best_cut is not None else hi
        cuts.append(max(cut, cuts[-1] if cuts else cut))
    return cuts


def _space_rows(body, header, spans, table_id: str, out: Collector) -> list[TableRow]:
    """Cut the body lines into cells, join wrapped lines, fill categories: the table's rows."""
    cuts = _cuts(spans, body)
    roles = [s.role for s in header.slots]
    lines: list[tuple[int, dict[int, Cell]]] = []
    label_widths: list[int] = []
    for k, tokens in body:
        cells: dict[int, Cell] = {}
        if len(tokens) == len(roles) and not _fits(tokens, cuts):
            for slot, t in enumerate(tokens):      # 生猪出栏<tab>万头…: tabs among spaces put it off the
                cells[slot] = Cell([(k + 1, t.text)], column=slot)   # columns; one cell per column: in order
                if roles[slot] == "indicator":
                    label_widths.append(t.end - t.start)
            out.flag(k + 1, "row_read_in_order", "info", "the row's cells do not stand under their columns "
                     "but there is one per column: read in order", table_id, " | ".join(t.text for t in tokens))
            lines.append((k, cells))
            continue
        for t in tokens:
            first, last = bisect_right(cuts, t.start), bisect_right(cuts, t.end - 1)
            slot = first
            if last != first:
                edges = [-1] + cuts + [10 ** 6]
                slot = max(range(first, last + 1),
                           key=lambda s: _overlap(t, edges[s], edges[s + 1]))
                out.flag(k + 1, "cell_spilled", "warning",
                         f"cell spills over the cut between columns {header.slots[first].label} "
                         f"and {header.slots[last].label}: read whole in {header.slots[slot].label}",
                         table_id, t.text)
            if slot in cells:
                cells[slot].fragments[-1] = (k + 1, cells[slot].fragments[-1][1] + " " + t.text)
            else:
                cells[slot] = Cell([(k + 1, t.text)], column=slot)
            if roles[slot] == "indicator":
                label_widths.append(t.end - t.start)
        lines.append((k, cells))
    wrap = max(label_widths, default=0) - 1
    rows: list[TableRow] = []
    row_lines: list[int] = []
    pending: list[tuple[int, dict[int, Cell]]] = []       # label-only lines, placed below
    markers: list[list] = []          # [first position, positions, category cell]
    for k, cells in lines:
        is_row = any(roles[s] in ("value", "attribute") for s in cells)
        category = next((c for s, c in cells.items() if roles[s] == "category"), None)
        if category is not None:
            position = len(rows) if is_row else len(rows) - 0.5
            last = markers[-1] if markers else None
            if (last is not None and len(category.text) <= 4 and len(last[2].text) <= 8 and (
                    last[2].fragments[-1][0] == k          # on the next line
                    or (position - last[1][-1] <= 1 and not (is_row and last[1][-1] == int(last[1][-1]))))):
                last[2].fragments.append(category.fragments[0])   # a category wrapped onto this line
                last[1].append(position)
                out.flag(k + 1, "cell_rejoined", "info", f"category wrapped onto this line: "
                         f"read as {last[2].text!r}", table_id, category.text)
                del cells[category.column]
            else:
                markers.append([position, [position], category])
                if not is_row:
                    del cells[category.column]
        if is_row:
            rows.append(TableRow([cells[s] for s in sorted(cells)], width=len(header.slots)))
            row_lines.append(k)
        elif cells:
            pending.append((k, cells))
    for k, cells in pending:
        _join_fragment(k, cells, rows, row_lines, roles, wrap, table_id, out)
    _fill_categories(rows, [(m[0], sum(m[1]) / len(m[1]), m[2], len(m[1]) == 1 and m[1][0] == int(m[1][0]))
                            for m in markers], table_id, out)
    return rows


def _fits(tokens: list[Token], cuts: list[int]) -> bool:
    """True when every token stands inside one column and no two share one."""
    slots = [bisect_right(cuts, t.start) for t in tokens]
    return (all(bisect_right(cuts, t.end - 1) == slot for t, slot in zip(tokens, slots))
            and len(set(slots)) == len(slots))


def _indicator_cell(row: TableRow, roles) -> Cell | None:
    return next((c for c in row.cells if roles[c.column] == "indicator"), None)



def _join_fragment(k: int, cells: dict[int, Cell], rows: list[TableRow], row_lines: list[int],
                   roles, wrap: int, table_id: str, out: Collector) -> None:
    """Join a label-only line to the row above or below it (see the module docstring)."""
    below = bisect_right(row_lines, k)
    above = below - 1
    if not rows:
        for cell in cells.values():
            out.flag(cell.line, "unplaced_cell", "warning", "label with no row of values",
                     table_id, cell.text)
            out.account_cell(cell, "flagged cell")
        return
    text = "".join(c.text for c in cells.values())
    if above < 0:
        target, where = below, "below"
    elif below >= len(rows):
        target, where = above, "above"
    else:
        above_cell = _indicator_cell(rows[above], roles)
        below_cell = _indicator_cell(rows[below], roles)
        above_full = above_cell is not None and display_width(above_cell.fragments[-1][1]) >= wrap
        if below_cell is None and above_cell is not None:
            target, where = below, "below"          # the row below has its values but no name
        elif above_cell is None and below_cell is not None:
            target, where = above, "above"
        elif text[:1] in "(（" or above_full:
            target, where = above, "above"
        elif display_width(text) >= wrap:
            target, where = below, "below"
        else:
            target, where = above, "above"
    row = rows[target]
    for slot, cell in cells.items():
        existing = next((c for c in row.cells if c.column == slot), None)
        if existing is None:
            row.cells.append(cell)
            row.cells.sort(key=lambda c: c.column)
        else:
            existing.fragments.extend(cell.fragments)
            existing.fragments.sort(key=lambda f: f[0])
        joined = existing.text if existing is not None else cell.text
        out.flag(k + 1, "cell_rejoined", "info",
                 f"line wrapped from the row {where}: cell read as {joined!r}", table_id, cell.text)


def _fill_categories(rows: list[TableRow], markers: list[tuple[float, float, Cell, bool]],
                     table_id: str, out: Collector) -> None:
    """Give every row the category printed once for its group (see the module docstring).

    ``markers`` are ``(first position, mean position, cell, on a row)``: a
    category wrapped over several lines is centred on its mean; one printed
    on a row may stand on either middle row of an even group.
    """
    if not markers or not rows:
        for _, _, cell, _ in markers:
            out.flag(cell.line, "unplaced_cell", "warning", "category with no row", table_id, cell.text)
            out.account_cell(cell, "flagged cell")
        return
    n = len(rows)
    if markers[0][0] <= 0:                # printed on the first row of its group: fill down
        bounds = [max(0, math.ceil(first)) for first, _, _, _ in markers[1:]] + [n]
        starts = [0] + bounds[:-1]
        unsure: set[int] = set()
    else:
        starts, bounds, unsure = _centred_groups([mean for _, mean, _, _ in markers], n,
                                                 [on_row for _, _, _, on_row in markers])
    for (_, _, cell, _), first, stop in zip(markers, starts, bounds):
        if not any(cell in rows[r].cells for r in range(first, stop)) and all(
                any(c.column == cell.column for c in rows[r].cells) for r in range(first, stop)):
            out.flag(cell.line, "unplaced_cell", "warning", "category with no row left to fill",
                     table_id, cell.text)
            out.account_cell(cell, "flagged cell")
        for r in range(first, stop):
            row = rows[r]
            if any(c.column == cell.column for c in row.cells):
                continue
            row.cells.insert(0, cell)
            if r in unsure:
                out.flag(min(c.line for c in row.cells if c is not cell), "category_by_rule", "warning",
                         f"category {cell.text!r} printed once for several rows: this row's "
                         "group is unsure (another grouping fits the layout too)", table_id, cell.text)


def _centred_groups(positions: list[float], n: int,
                    on_row: list[bool] | None = None) -> tuple[list[int], list[int], set[int]]:
    """Groups of rows centred on their category; the nearest category when the centres do not fit.

    ``positions`` are the categories' row positions (``r - 0.5``: on a line
    of its own just above row ``r``). A group of ``m`` rows starting at ``s``
    has its category at ``s + (m - 1) / 2``; the category of an even group may
    stand on either middle row, so a position on a row may also be read half a
    row lower or higher. The first reading where every group holds its
    category and the groups end with the table wins. Returns each group's
    first row, its end, and the rows whose group is unsure (another reading
    fits too, or no reading fits and the nearest category was taken).
    """
    solutions: list[list[int]] = []

    def solve(j: int, previous: int, stops: list[int]) -> None:
        if len(solutions) >= 8:
            return
        if j == len(positions):
            if previous == n:
                solutions.append(stops)
            return
        p = positions[j]
        nxt = math.ceil(positions[j + 1]) if j + 1 < len(positions) else n
        shiftable = p == int(p) and (on_row is None or on_row[j])
        for shift in ((0, 0.5, -0.5) if shiftable else (0,)):
            stop = int(round(2 * (p + shift) + 1 - previous))
            if previous <= p < stop <= nxt:
                solve(j + 1, stop, stops + [stop])

    if len(positions) <= 12:
        solve(0, 0, [])
    if solutions:
        bounds = solutions[0]
        group_of = [_groups(s, n) for s in solutions]
        unsure = {r for r in range(n) if any(g[r] != group_of[0][r] for g in group_of[1:])}
        return [0] + bounds[:-1], bounds, unsure
    mids = [int((a + b) // 2) + 1 for a, b in zip(positions, positions[1:])]
    return [0] + mids, mids + [n], set(range(n))


def _groups(stops: list[int], n: int) -> list[int]:
    """The group index of every row, given each group's end."""
    return [bisect_right(stops, r) for r in range(n)]


# --- ranked lists and task tables in row layouts ---------------------------------------------


def _spaced_row(text: str, width: int, line: int, out: Collector) -> list[str] | None:
    """The cells of a line in a tab table whose tabs were turned into runs of spaces (3  农村道路   新改建…),
    when the runs part it into exactly the header's number of cells (flagged ``row_spaces_for_tabs``); else None."""
    pieces = [p for p in re.split(r"\s{2,}|\u3000+", text.strip()) if p]
    if len(pieces) != width:
        return None
    out.flag(line, "row_spaces_for_tabs", "info", f"row of a tab table parted by spaces into the header's "
             f"{width} cells: read by position", text=text[:80])
    return pieces


def _list_table(doc, start: int, layout: str, header: list[str], tokens, out: Collector) -> int:
    """A ranked list or task table laid out one row a line: rows of non-empty cells, built once."""
    lines = doc.lines
    rows: list[TableRow] = []
    if layout == "spaces":
        spans = [(t.start, t.end) for t in tokens]
        body, notes, skipped, end = _space_body(lines, start + 1, header, spans)
        cuts = _cuts(spans, body)
        for k, found in body:
            cells: dict[int, Cell] = {}
            for t in found:
                slot = bisect_right(cuts, t.start)
                if slot in cells:
                    cells[slot].fragments[-1] = (k + 1, cells[slot].fragments[-1][1] + " " + t.text)
                else:
                    cells[slot] = Cell([(k + 1, t.text)], column=slot)
            rows.append(TableRow([cells[s] for s in sorted(cells)], width=len(header)))
    else:
        notes, skipped, end = [], [], len(lines)
        for k in range(start + 1, len(lines)):
            text = lines[k].strip()
            if not text:
                continue
            if PAGE_FOOTER_RE.match(text) or (layout == "pipes" and RULE_LINE_RE.match(text)):
                skipped.append(k + 1)
                continue
            pieces = split_row(lines[k], layout)
            if pieces is None and layout == "tabs":
                pieces = _spaced_row(text, len(header), k + 1, out)
            if pieces is None and (SECTION_RE.match(text) or SUBSECTION_RE.match(text)):
                pieces = [text]                   # a heading row: one cell across the table
            sentence_row = pieces is not None and len([p for p in pieces if p]) >= 3   # cells of text with ，
            if pieces is None or (ends_table(text) and not sentence_row) or NOTE_RE.match(text):
                end = k
                break
            while len(pieces) > len(header) and not pieces[-1]:
                pieces.pop()                      # trailing empty cells beyond the header
            row = [Cell([(k + 1, p)], column=c) for c, p in enumerate(pieces) if p]
            if row:
                rows.append(TableRow(row, width=len(pieces)))
    for line in skipped:
        out.account(line, "page footer, rule line or repeated header")
    build_list_table(doc, start, [start + 1], end, header, rows, out)
    for line, text in notes:
        out.flag(line, "table_note", "info", "note under the table", text=text)
    return end
