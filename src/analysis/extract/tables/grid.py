"""Tables read as tables (HTML ``<table>``, Word tables, a PDF table finder) into the table stage.

A reader (:mod:`analysis.extract.formats`) hands each table over as a
:class:`~analysis.extract.formats.GridTable`: rows of cells with spans
expanded (a covered slot is None), row ``k`` standing on line ``line + k`` of
the document's text rendition. The rules:

- the header is the first of the table's first four rows whose cells make an
  indicator header (a 指标 cell and a year or growth column), a bulletin's
  product header (产品名称 | 单位 | 产量 | 比上年增长(%): see
  :mod:`analysis.extract.tables.products`) or a list header
  (序号 | 企业名称, 序号 | 工作任务 | 牵头单位 ...); rows above it (a caption
  row across the table) stay text, read as the table's title;
- the row under an indicator header whose cells are all 预期值/规划目标-like
  labels is its second header row;
- a body row's cells keep their slot (``Cell.column``), so no cell is
  placed by guessing; a slot covered by a span is empty, as in a table copied
  from Word (a category spanning rows goes on down the rows);
- a row repeating the header (a table continued over a page) is structure,
  not data; a ``注：`` row and the rows after it are the table's notes, and so
  are, under an indicator table, the ``注：`` paragraphs right under it (with
  their numbered lines), as in a text table; the table ends before the next
  other line;
- a table whose header is of no known kind is left to the text readers (its
  rows are tab-separated lines of the rendition).
"""

from __future__ import annotations

import re

from analysis.extract.tables.common import NOTE_RE, Cell, Collector, TableBlock, TableRow
from analysis.extract.tables.indicators import SUBHEADERS, header_text, is_indicator_header, is_product_header
from analysis.extract.tables.layouts import build_table
from analysis.extract.tables.tabbed import list_kind

_HEADER_SEARCH = 4
_NUMBERED_NOTE_RE = re.compile(r"^\d+[.、．]\s*\S")


def extract_grid_tables(doc, out: Collector) -> None:
    """Build every table the document's reader read as a table (none for plain text)."""
    for table in getattr(doc, "tables", ()):
        build_grid_table(doc, table, out)


def build_grid_table(doc, table, out: Collector) -> str | None:
    """Build one :class:`GridTable`; the kind built, or None (its rows stay text)."""
    rows = table.cells
    for h, row in enumerate(rows[:_HEADER_SEARCH]):
        texts = [header_text(c) for c in row if c]
        if is_product_header(texts) or is_indicator_header(texts) or list_kind(texts):
            break
    else:
        return None
    top = [c for c in rows[h] if c]
    header_lines = [table.line + h]
    subs: list[str] = []
    body = h + 1
    top_texts = [header_text(c) for c in top]
    if is_indicator_header(top_texts) and not is_product_header(top_texts) and body < len(rows):
        texts = [header_text(c) for c in rows[body] if c]
        if texts and all(t in SUBHEADERS for t in texts):
            subs = [c for c in rows[body] if c]
            header_lines.append(table.line + body)
            body += 1
    body_rows: list[TableRow] = []
    notes: list[tuple[int, str]] = []
    repeated: list[int] = []
    for k in range(body, len(rows)):
        line = table.line + k
        filled = [(j, c) for j, c in enumerate(rows[k]) if c]
        if not filled:
            continue
        if notes or (len(filled) == 1 and NOTE_RE.match(filled[0][1])):
            notes.append((line, " ".join(c for _, c in filled)))
            continue
        if [header_text(c) for _, c in filled] == top_texts:
            repeated.append(line)
            continue
        body_rows.append(TableRow([Cell([(line, c)], column=j) for j, c in filled], width=len(rows[k])))
    start = table.line - 1 + h
    indicators = is_indicator_header(top_texts) or is_product_header(top_texts)
    end = _after(doc.lines, table.line - 1 + len(rows), notes if indicators else None)
    block = TableBlock(doc.input_type, top, subs, header_lines, body_rows, notes, start, end)
    kind = build_table(doc, block, out)
    if kind is None:
        return None
    for line in repeated:
        out.account(line, "header repeated after a page break")
    if kind not in ("indicators", "products"):
        for line, text in notes:
            out.flag(line, "table_note", "info", "note under the table", text=text)
    return kind


def _after(lines, index: int, notes: list[tuple[int, str]] | None) -> int:
    """The 0-based index of the first line after the table from ``index`` on: blank lines and,
    under an indicator table (``notes`` given), the notes under it (注： and the numbered lines
    after one) are passed, the notes kept. A list table ends at its 注： line, as in text."""
    k = index
    while k < len(lines):
        text = lines[k].strip()
        if text and notes is not None and (NOTE_RE.match(text) or (notes and _NUMBERED_NOTE_RE.match(text))):
            notes.append((k + 1, text))
        elif text:
            break
        k += 1
    return k
