"""Ranked lists and task tables laid out one cell a line (copied from a web page).

Layout: the header cells each stand on their own line (序号 / 任务名称 / 年度目标 /
单位 / 牵头单位), then every row as that many consecutive lines
(1 / 老旧小区改造 / 23 / 个 / 县住建局 / 2 / ...). One blank line may stand
between two cells.

The header is a run of k >= 3 lines, the first a row-number word (序号), each a
list header cell (:func:`analysis.extract.tables.tabbed.is_list_header_cell`),
that makes a list header (:func:`analysis.extract.tables.tabbed.list_kind`),
followed by the line ``1``. Rows are then read k lines at a time while each
starts with its number (1, 2, 3 … in order). A row is taken only when it fits:

- none of its k lines ends the table: a gap of more than one blank line, an
  outline heading (一、, （二）, 第三章), a line with a colon (联系人：, 附件：), a
  note (注：), a sentence outside the task column, or a longer line;
- no text column (task, unit, responsible units) holds a bare number;
- the next row's number does not stand inside it (a target of 2 in row 1),
  unless the line after the row is that number too or ends the table.

A row that does not fit (a missing cell: the next number comes early) is never
shifted into columns: its lines are flagged ``row_incomplete`` and the reader
goes on at the next row's number when a fitting row starts there, else the
table ends. The rows go to the same builder as every layout
(:func:`analysis.extract.tables.tabbed.build_list_table`, each cell carrying
its column); the ``tables`` row spans the title to the last line taken, so the
prose reader skips them and the accounting checks every one of them.
"""

from __future__ import annotations

import re

from analysis.extract.tables.common import NOTE_RE, Cell, Collector, TableRow
from analysis.extract.tables.indicators import ends_table, header_text, is_sentence
from analysis.extract.tables.tabbed import (
    ATTACHMENT_RE, RANK_HEADERS, SECTION_RE, SUBSECTION_RE, build_list_table, is_list_header_cell,
    list_columns, list_kind,
)

_MAX_HEADER_CELL = 12
_MAX_CELL = 40                    # longer lines are running text, except in the task column
_BARE_NUMBER_RE = re.compile(r"^\d+(?:\.\d+)?$")
_TEXT_ROLES = ("task", "unit", "lead", "support")
_DECIMAL_RE = re.compile(r"^\d+[.．]\d")          # 1.2万 is a value, not the heading 1. …


def extract_cell_lists(doc, out: Collector) -> None:
    """Find every list laid out one cell a line in ``doc`` and build it into ``out``."""
    lines = doc.lines
    i = 0
    while i < len(lines):
        if header_text(lines[i]) in RANK_HEADERS and out.table_end_at(i + 1) is None:
            end = _read_list(doc, i, out)
            if end is not None:
                i = end
                continue
        i += 1


def _next_cell(lines, index: int) -> int | None:
    """The index of the next non-blank line from ``index``, across at most one blank line."""
    for k in range(index, min(len(lines), index + 2)):
        if lines[k].strip():
            return k
    return None


def _read_header(lines, start: int) -> tuple[list[str], list[int], int]:
    """The header cells from ``start``, their 1-based lines and the index after the last one."""
    header: list[str] = []
    header_lines: list[int] = []
    index = start
    k = start
    while k is not None:
        text = header_text(lines[k])
        if len(text) > _MAX_HEADER_CELL or not is_list_header_cell(text) \
                or (header and text in RANK_HEADERS):
            break
        header.append(text)
        header_lines.append(k + 1)
        index = k + 1
        k = _next_cell(lines, index)
    return header, header_lines, index


def _ends_table(text: str, role: str) -> bool:
    """A line that cannot be a cell of a column of ``role`` (see the module docstring)."""
    heading = (SECTION_RE.match(text) and not _DECIMAL_RE.match(text)) or SUBSECTION_RE.match(text)
    if heading or ends_table(text) or NOTE_RE.match(text) or ATTACHMENT_RE.match(text) \
            or "：" in text or ":" in text:
        return True
    return role != "task" and (is_sentence(text) or len(text) > _MAX_CELL)


def _take_row(lines, index: int, roles: list[str]) -> tuple[list[tuple[int, str]], int | None]:
    """Up to ``len(roles)`` cell lines from ``index``; and the index of the line that ended the
    row early (None when the row is whole)."""
    cells: list[tuple[int, str]] = []
    k = _next_cell(lines, index)
    while len(cells) < len(roles):
        if k is None:
            return cells, index
        text = lines[k].strip()
        if _ends_table(text, roles[len(cells)]):
            return cells, k
        cells.append((k, text))
        index = k + 1
        k = _next_cell(lines, index)
    return cells, None


def _fits(cells: list[tuple[int, str]], roles: list[str], number: int, lines) -> bool:
    """True when a whole row of lines can be read by column (see the module docstring)."""
    if cells[0][1] != str(number):
        return False
    for (_, text), role in zip(cells, roles):
        if role in _TEXT_ROLES and _BARE_NUMBER_RE.match(text):
            return False
    if any(text == str(number + 1) for _, text in cells[1:]):
        after = _next_cell(lines, cells[-1][0] + 1)       # the next row, or the table's end
        return after is None or lines[after].strip() == str(number + 1) \
            or _ends_table(lines[after].strip(), "number")
    return True


def _read_list(doc, start: int, out: Collector) -> int | None:
    """Read the list whose header starts at line ``start``; the index after it, or None."""
    lines = doc.lines
    header, header_lines, index = _read_header(lines, start)
    first = _next_cell(lines, index)
    if len(header) < 3 or not list_kind(header) or first is None or lines[first].strip() != "1":
        return None
    roles = list_columns(header)
    width = len(header)
    rows: list[TableRow] = []
    broken: list[tuple[int, list[tuple[int, str]], str]] = []     # (number, lines, why)
    number = 1
    end = index
    k: int | None = first
    while k is not None and lines[k].strip() == str(number):
        cells, stopped = _take_row(lines, k, roles)
        if stopped is None and _fits(cells, roles, number, lines):
            rows.append(TableRow([Cell([(line + 1, text)], column=c) for c, (line, text) in enumerate(cells)],
                                 width=width))
            end = cells[-1][0] + 1
            number += 1
            k = _next_cell(lines, end)
            continue
        # a row that does not fit: its lines up to the next row's number (or the line that ended it)
        taken = cells if stopped is not None else cells[:1]
        if stopped is None:
            for line, text in cells[1:]:
                if text == str(number + 1) and _resumes(lines, line, roles, number + 1):
                    break
                taken.append((line, text))
        why = ("the table breaks off inside it" if stopped is not None and len(cells) < width
               else f"{len(taken)} lines for {width} columns")
        broken.append((number, taken, why))
        end = taken[-1][0] + 1
        number += 1
        k = _next_cell(lines, end)
        if stopped is not None or k is None or lines[k].strip() != str(number):
            break
    build_list_table(doc, start, header_lines, end, header, rows, out)
    table_id = out.rows["tables"][-1]["table_id"]
    for row_no, taken, why in broken:
        for line, text in taken:
            out.flag(line + 1, "row_incomplete", "warning",
                     f"row {row_no} does not fit the {width} columns ({why}): not read, no value placed",
                     table_id, text)
            out.account(line + 1, "flagged cell", text)
    return end


def _resumes(lines, index: int, roles: list[str], number: int) -> bool:
    """True when a fitting row numbered ``number`` starts at line ``index``."""
    cells, stopped = _take_row(lines, index, roles)
    return stopped is None and _fits(cells, roles, number, lines)
