"""What every table extractor shares: cells, the output collector, flags, patterns."""

from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass, field

from analysis.extract.sources import Document

# A heading of the plan's outline: 第三篇 / 第二章 / 第一节 (with or without a space).
HEADING_RE = re.compile(r"^第[一二三四五六七八九十百零〇\d]+[篇章节]")
# A numbered project box: 专栏1国家试验区建设重点工程.
BOX_RE = re.compile(r"^专栏\s*(\d+)\s*[:：]?\s*(.*)$")
NOTE_RE = re.compile(r"^注\s*[:：]")
CN_ORDINAL = "一二三四五六七八九十"

SEVERITIES = ("info", "warning", "error")


@dataclass
class Cell:
    """One cell of a table, whatever the layout it was read from.

    ``fragments`` are the cell's physical pieces as ``(line_number, text)``; a
    cell that wrapped onto following lines has several. ``column`` is the
    cell's slot in the header's column model when the layout tells it (tab,
    pipe and space-aligned rows; HTML/DOCX/PDF tables), None when it does not
    (one cell a line, where the builder reads the cell by its content).
    """

    fragments: list[tuple[int, str]] = field(default_factory=list)
    column: int | None = None

    @property
    def line(self) -> int:
        return self.fragments[0][0]

    @property
    def text(self) -> str:
        """The fragments joined without a separator (Chinese text wraps mid-word)."""
        return "".join(t for _, t in self.fragments).strip()

    @property
    def lines(self) -> list[str]:
        return [t.strip() for _, t in self.fragments if t.strip()]


@dataclass
class TableRow:
    """One body row of a table as a layout reader hands it to a builder.

    ``cells`` are the row's non-empty cells, left to right. ``width`` is the
    number of cell slots the layout gave the row (empty cells included), so a
    builder can tell a full row (``width`` equal to the header's slots: cells
    placed by ``Cell.column``) from a row that lost or gained cells; None when
    the layout has no slots (one cell a line: the row was found by content).
    """

    cells: list[Cell]
    width: int | None = None

    @property
    def line(self) -> int:
        return min(cell.line for cell in self.cells)


@dataclass
class TableBlock:
    """A table found by its header, read by one layout reader.

    ``header`` holds the header's top cells and ``subheader`` the second
    header row (预期值 | 规划目标), both as texts with whitespace removed
    (``2020 年`` -> ``2020年``, ``指  标`` -> ``指标``); ``header_lines`` are the
    1-based lines they stand on. ``rows`` are the body rows, ``notes`` the
    注: lines under the table, ``start``/``end`` the 0-based index of the
    header's first line and of the first line after the table.
    """

    layout: str
    header: list[str]
    subheader: list[str]
    header_lines: list[int]
    rows: list[TableRow]
    notes: list[tuple[int, str]]
    start: int
    end: int


class Collector:
    """Rows of every output table for one document, plus its flags."""

    def __init__(self, doc: Document):
        self.doc = doc
        self.rows: dict[str, list[dict]] = defaultdict(list)
        self.structural: dict[int, str] = {}      # line -> role of cells read but not data
        self.structural_cells: set[tuple[int, str]] = set()   # (line, text) of such cells
        self.cells: list[tuple[str, Cell]] = []   # every cell a reader handed to a builder
        self.prose_cells: list[tuple[Cell, int | None, str, str]] = []   # (cell, year, table_id, row text before):
        self._table_counter = 0                   # cells written as text, read by the prose reader as targets

    def add(self, table: str, **row) -> None:
        self.rows[table].append({"doc_id": self.doc.doc_id, **row})

    def flag(self, line: int | None, kind: str, severity: str, detail: str,
             table_id: str = "", text: str = "") -> None:
        """Record something read and not placed, or a doubt."""
        if severity not in SEVERITIES:
            raise ValueError(f"unknown severity {severity!r}")
        self.add("flags", line=line, kind=kind, severity=severity, detail=detail,
                 table_id=table_id, text=text)

    def account(self, line: int | None, role: str, text: str | None = None) -> None:
        """Record a line (and the cell ``text`` on it) read as part of a table's structure
        (header, category, unit, 属性, row number...)."""
        if line is not None:
            self.structural.setdefault(line, role)
            if text is not None:
                self.structural_cells.add((line, text))

    def account_cell(self, cell: "Cell", role: str = "part of a cell") -> None:
        """Record a cell and every physical line of it (its wrapped fragments included)."""
        for line, _ in cell.fragments:
            self.account(line, role)
        self.structural_cells.add((cell.line, cell.text))

    def read_cells(self, table_id: str, cells) -> None:
        """Register the cells a reader handed to a builder, for the cell-level accounting."""
        self.cells.extend((table_id, cell) for cell in cells)

    def table_end_at(self, line: int) -> int | None:
        """The ``line_end`` of the table already found that holds 1-based ``line``, else None."""
        for table in self.rows.get("tables", ()):
            if table["line"] <= line <= table["line_end"]:
                return table["line_end"]
        return None

    def new_table_id(self) -> str:
        """Table ids number the tables of a document in reading order: cj_plan14.t01."""
        self._table_counter += 1
        return f"{self.doc.doc_id}.t{self._table_counter:02d}"


def nonblank(lines: tuple[str, ...], start: int = 0, stop: int | None = None):
    """Yield ``(index, stripped_text)`` for the non-blank lines in ``lines[start:stop]``."""
    stop = len(lines) if stop is None else stop
    for i in range(start, stop):
        text = lines[i].strip()
        if text:
            yield i, text


def preceding_title(lines: tuple[str, ...], index: int, skip: re.Pattern | None = None,
                    max_len: int = 60, lookback: int = 4) -> tuple[str, int | None]:
    """The title above a table: the block of short lines just before ``index``.

    A title that wraps (2021年市《政府工作报告》 / 重点工作责任分工方案) is joined.
    Lines matching ``skip`` (附件1：) are passed over; a line holding a sentence's end is prose and
    ends the block. Returns the title and the
    1-based line of its first line, or ``("", None)``.
    """
    block: list[tuple[int, str]] = []
    seen = 0
    for i in range(index - 1, -1, -1):
        text = lines[i].strip()
        if not text:
            if block:
                break
            continue
        seen += 1
        if seen > lookback or len(text) > max_len or re.search(r"[。；;！？]", text):
            break                         # a sentence (…增长6.8%。…产量如下：) is prose, never a title
        if skip is not None and skip.match(text):
            if block:
                break
            continue
        block.insert(0, (i + 1, text))
        if len(block) == 3:
            break
    if not block:
        return "", None
    return "".join(t for _, t in block), block[0][0]
