"""Tables whose cells start with a tab (notices copied from web pages or Word).

Layout: each cell starts with a tab; a cell that wraps continues on the
following lines without a tab; blank lines usually separate rows but also
occur inside a row. So rows are found by content: a cell holding only a
number starts a row, and a heading cell (一、… / （一）…) is a row of its own.

The table ends at the first line that cannot belong to it: a line without a
tab after a blank line, a line that starts with a space (a new block of the
page), or an attachment marker (附件2：).

Two kinds are read, by their header:

- ranked lists (序号 | 企业名称): ``enterprises``;
- task assignments (序号 | 工作任务和要求 | 牵头单位 | 责任单位): ``tasks`` and
  ``task_units``, with the section (一、… （15项）) and subsection (（一）…).

Task tables of yearly works (民生实事) add a target and a unit column:
序号 | 任务名称 | 年度目标 | 单位 | 牵头单位 | 责任单位 | 完成时限. What each header
cell holds comes from the declared header words (:data:`LIST_COLUMNS`; the
responsible units from :data:`UNIT_HEADER_RE`); the task column is the one
named by a task word, else the first column of no known kind (else the first
target column: 序号 | 目标任务 | 牵头单位). A row is read by column when its
cells carry their column and it has the header's width (or, with no columns,
as many cells as the header) and its cells fit their columns (the number
first, no bare number in a task or unit column); any other row keeps its
number and task text when the task column is the second, and every other
cell is flagged ``row_width`` (no value is placed by guess), except in
tables of number, task and unit columns only, which read unit cells in order
as before.

A progress table adds a column of what was done (完成情况: :data:`ACTUAL_HEADERS`) read the same way with
``status`` actual, and a completion-ratio column (完成率: :data:`RATIO_HEADERS`) that is flagged, not read;
a task name ending with its unit in brackets (新增城镇就业（人）) gives the unit when no 单位 column does.

A target cell holding one number (``23``, ``1080个``, ``5200以上``) gives an
``observations`` row: the task name cleaned as the prose reader cleans labels
(:func:`analysis.extract.prose.label_cleaner`), the value, the unit of the
单位 cell or of the target cell (``23个``), ``measure`` level, ``status``
target and the year of the header cell (``2024年目标``), else of the
document's title, else of the table's title (none: flagged ``no_year``, no
observation). A target that is not one number (text, a range, 完成上级下达任务)
is flagged ``target_not_a_number``, a unit cell that is no known unit
``unknown_unit``, a unit cell that disagrees with the target's own unit
``unit_conflict``: no observation in each case.

The builders (:func:`build_list_table`) take rows of cells, so the same lists
laid out one row a line (tab, pipe, space-aligned rows: see
:mod:`analysis.extract.tables.layouts`) are built by the same code.
"""

from __future__ import annotations

import re

import cn2an

from analysis.errors import QuantityError
from analysis.extract.numbers import SCALES, parse_unit
from analysis.extract.tables.common import Cell, Collector, TableRow, preceding_title
from analysis.extract.tables.indicators import (
    RATIO_HEADERS, UNIT_HEADERS, YEAR_RE, try_parse, unit_in_brackets,
)

RANK_HEADERS = ("序号", "排名", "名次", "排序")
#: Header cells naming a task table's task column.
TASK_HEADERS = ("任务名称", "项目名称", "实事项目", "实事名称", "民生实事", "民生实事项目", "工作任务",
                "工作任务和要求", "重点任务", "任务内容", "项目内容", "工作内容", "主要任务", "任务", "项目")
#: Header cells naming a column of yearly targets (a number, with its unit in the 单位 column).
TARGET_HEADERS = ("年度目标", "目标任务", "年度目标任务", "年度任务目标", "任务目标", "建设规模", "工作目标",
                  "目标值", "数量", "目标")
#: Header cells naming a column of what was done by the time of a progress notice (完成情况: actual values).
ACTUAL_HEADERS = ("完成情况", "实际完成", "完成数", "完成值", "已完成", "累计完成", "完成数量")
#: Header cells naming a deadline column (read as text, not kept).
DEADLINE_HEADERS = ("完成时限", "完成时间", "时间节点", "时限", "时间要求", "进度安排")
#: What a list header's cell says its column holds (exact words; responsible units by UNIT_HEADER_RE).
LIST_COLUMNS: tuple[tuple[tuple[str, ...], str], ...] = (
    (RANK_HEADERS, "number"), (TASK_HEADERS, "task"), (TARGET_HEADERS, "target"),
    (UNIT_HEADERS, "unit"), (DEADLINE_HEADERS, "deadline"), (ACTUAL_HEADERS, "actual"), (RATIO_HEADERS, "ratio"),
)
_YEAR_LEAD_RE = re.compile(r"^(?:19|20)\d{2}\s*年度?")
# Qualifiers of a target cell that hold one number (a range, words or a blank do not).
_ONE_NUMBER = ("exact", "approx", "at_least", "at_most", "more_than", "less_than")
# A header cell is a short label ending in one of these words.
HEADER_CELL_RE = re.compile(
    r"^(?:序号|排名|名次|排序|.{0,10}(?:名称|企业|任务|要求|内容|单位|部门|时限|时间|节点|备注|目标|措施)"
    r"|.{0,6}(?:投资|资金|金额)(?:[（(][^（）()]{1,6}[）)])?)$")
UNIT_HEADER_RE = re.compile(r"(?:牵头|责任|配合|协办|参与|主办)(?:单位|部门)")
LEAD_HEADER_RE = re.compile(r"牵头|主办|主责")
NAME_HEADER_RE = re.compile(r"企业|公司|名称")

ATTACHMENT_RE = re.compile(r"^附件\s*\d*\s*[:：]")
SECTION_RE = re.compile(
    r"^(?P<no>[一二三四五六七八九十]+|\d+)\s*[、.．]\s*(?P<title>.*?\S)\s*"
    r"(?:[(（](?P<claimed>\d+)\s*项[)）]\s*)?$")       # linear: the title ends on a non-space
SUBSECTION_RE = re.compile(r"^[(（](?P<no>[一二三四五六七八九十]+)[)）]\s*(?P<title>.+)$")
NUMBER_RE = re.compile(r"^\d{1,4}$")
YEAR_IN_TITLE_RE = re.compile(r"((?:19|20)\d{2})\s*年")

# A unit name ends with one of these; a line that follows one that does not is
# the rest of the same name (区常态长效创建 / 全国文明城市工作指挥部).
UNIT_END_RE = re.compile(
    r"(局|委|办|部|镇|乡|街道|司|中心|队|会|院|所|站|室|处|厅|位|联|社|行|团|馆|校|台|组|[)）])$")
# Two names glued on one line: 区市场监督管理局各乡镇（街道）.
GLUED_UNITS_RE = re.compile(r"(?<=[局委办部])(?=各|区[^域县])")


def extract_tab_tables(doc, out: Collector) -> None:
    """Find every tab-layout table of ``doc`` and write its rows into ``out``."""
    lines = doc.lines
    i = 0
    while i < len(lines):
        if lines[i].startswith("\t") and out.table_end_at(i + 1) is None:
            header, body_start = _header_at(lines, i)
            if header:
                end = _table_end(lines, body_start)
                cells = read_tab_cells(lines, body_start, end, out)
                width = len(header) if "target" in list_columns(header) else None
                build_list_table(doc, i, list(range(i + 1, body_start + 1)), end, header,
                                 _split_rows(cells, width), out)
                i = end
                continue
        i += 1


def is_list_header_cell(text: str) -> bool:
    """A cell of a list header: a declared column word (:data:`LIST_COLUMNS`) or a short label
    ending in a header word (:data:`HEADER_CELL_RE`)."""
    word = _column_word(text)
    return any(word in words for words, _ in LIST_COLUMNS) or bool(HEADER_CELL_RE.match(text))


def _column_word(text: str) -> str:
    """A header cell without the year it may open with (2024年目标 -> 目标)."""
    return _YEAR_LEAD_RE.sub("", text)


def list_kind(header: list[str]) -> str | None:
    """``enterprises`` or ``tasks`` when header cells (one row a line) make a list header, else None."""
    if len(header) >= 2 and any(h in RANK_HEADERS for h in header) and all(
            is_list_header_cell(h) for h in header):
        kind = _kind(header)
        return None if kind == "unknown" else kind
    return None


def list_columns(header: list[str]) -> list[str]:
    """The role of each header cell of a task table (see the module docstring): number, task,
    target, unit, deadline, lead, support or other."""
    roles = []
    for text in header:
        if UNIT_HEADER_RE.search(text):
            roles.append("lead" if LEAD_HEADER_RE.search(text) else "support")
        else:
            roles.append(next((role for words, role in LIST_COLUMNS if _column_word(text) in words), "other"))
    if "task" not in roles:
        for fallback in ("other", "target"):
            if fallback in roles:
                roles[roles.index(fallback)] = "task"
                break
    return roles


def build_list_table(doc, start: int, header_lines: list[int], end: int, header: list[str],
                     rows: list[list[Cell] | TableRow], out: Collector) -> None:
    """Build a ranked list or a task table from its rows of cells, whatever the layout.

    ``start`` is the 0-based index of the header's first line, ``end`` the
    index of the first line after the table; the ``tables`` row spans the
    title to the table's last line. A row is a :class:`TableRow` (its width
    known: the cells are read by column when it is the header's) or a list
    of cells (no width: read by column when there are as many as header cells).
    """
    lines = doc.lines
    kind = _kind(header)
    widths = [row.width if isinstance(row, TableRow) else None for row in rows]
    rows = [row.cells if isinstance(row, TableRow) else row for row in rows]
    title, title_line = preceding_title(lines, start, skip=ATTACHMENT_RE)
    table_id = out.new_table_id()
    for line in header_lines:
        out.account(line, "header")
    if title_line:
        for k in range(title_line, start + 1):
            if lines[k - 1].strip() and not ATTACHMENT_RE.match(lines[k - 1].strip()):
                out.account(k, "title")
    cells = [cell for row in rows for cell in row]
    out.read_cells(table_id, cells)
    if kind == "enterprises":
        n_rows = _enterprise_rows(doc, table_id, title, rows, out)
    elif kind == "tasks":
        n_rows = _task_rows(doc, table_id, header, rows, widths, title, out)
    else:
        n_rows = 0
        for cell in cells:
            out.flag(cell.line, "unplaced_cell", "warning",
                     f"table with header {' | '.join(header)} is of no known kind",
                     table_id, cell.text)
            out.account_cell(cell, "flagged cell")
    if not cells:
        out.flag(start + 1, "empty_table", "warning",
                 f"table header {' | '.join(header)} with no rows", table_id)
    out.add("tables", table_id=table_id, kind=kind, title=title,
            line=title_line or start + 1, line_end=end, n_rows=n_rows,
            n_cells=len(cells), notes="")


def _header_at(lines, start: int) -> tuple[list[str], int]:
    """The header cells starting at ``start`` and the index after them; [] when none."""
    header: list[str] = []
    i = start
    while i < len(lines) and lines[i].startswith("\t"):
        text = lines[i].strip()
        if not is_list_header_cell(text):
            break
        header.append(text)
        i += 1
    if len(header) >= 2 and any(h in RANK_HEADERS for h in header):
        return header, i
    return [], start


def _kind(header: list[str]) -> str:
    if any(UNIT_HEADER_RE.search(h) or _column_word(h) in TARGET_HEADERS for h in header):
        return "tasks"
    if any(NAME_HEADER_RE.search(h) for h in header):
        return "enterprises"
    return "unknown"


def _table_end(lines, start: int) -> int:
    """Index of the first line after the table body that starts at ``start``."""
    previous_blank = False
    for i in range(start, len(lines)):
        line = lines[i]
        if not line.strip():
            previous_blank = True
            continue
        if not line.startswith("\t"):
            if previous_blank or line[0].isspace() or ATTACHMENT_RE.match(line.strip()):
                return i
        previous_blank = False
    return len(lines)


def read_tab_cells(lines, start: int, stop: int, out: Collector | None = None) -> list[Cell]:
    """Rebuild the cells of ``lines[start:stop]``: a tab opens a cell, a line without one continues it.

    Several tabs on one line open several cells; empty ones are dropped (and
    flagged when ``out`` is given).
    """
    cells: list[Cell] = []
    for i in range(start, stop):
        line = lines[i]
        if not line.strip():
            continue
        if line.startswith("\t"):
            pieces = line.split("\t")[1:]
            empty = 0
            for k, piece in enumerate(pieces):
                if piece.strip():
                    cells.append(Cell([(i + 1, piece)]))
                elif k < len(pieces) - 1:
                    empty += 1
            if empty and out is not None:          # one flag a line, however many tabs
                out.flag(i + 1, "empty_cell", "info",
                         f"{empty} empty cell(s) between two tabs dropped", text=line)
        elif cells:
            cells[-1].fragments.append((i + 1, line))
        elif out is not None:
            out.flag(i + 1, "unplaced_line", "warning", "line before the first cell", text=line)
    return cells


def _split_rows(cells: list[Cell], width: int | None = None) -> list[list[Cell]]:
    """Group cells into rows: a number cell or a heading cell starts a row.

    With the header's ``width`` (task tables with a target column, whose number
    cells are not all row numbers): a row number followed by ``width - 1`` cells
    and then the next row's number (or a heading, or the end) is a whole row,
    whatever numbers stand inside it; and a number that is not the next row's,
    inside a row still shorter than the header, is a cell of that row.
    """
    rows: list[list[Cell]] = []
    i = 0
    while i < len(cells):
        cell = cells[i]
        text = cell.text
        heading = (SECTION_RE.match(text) or SUBSECTION_RE.match(text)) and not _rows_expect_text(rows)
        expected = next((int(row[0].text) + 1 for row in reversed(rows) if NUMBER_RE.match(row[0].text)), None)
        if width and NUMBER_RE.match(text) and expected in (None, int(text)) and _whole_row(cells, i, width):
            rows.append(cells[i:i + width])
            i += width
            continue
        if width and NUMBER_RE.match(text) and rows and NUMBER_RE.match(rows[-1][0].text) \
                and 1 < len(rows[-1]) < width and int(text) != expected:
            rows[-1].append(cell)
        elif NUMBER_RE.match(text) or heading:
            rows.append([cell])
        elif rows:
            rows[-1].append(cell)
        else:
            rows.append([cell])
        i += 1
    return rows


def _whole_row(cells: list[Cell], i: int, width: int) -> bool:
    """True when ``cells[i:i + width]`` is a numbered row followed by the next row's number,
    a heading or the end."""
    if i + width > len(cells) or any(SECTION_RE.match(c.text) or SUBSECTION_RE.match(c.text)
                                     for c in cells[i + 1:i + width] if not NUMBER_RE.match(c.text)):
        return False
    if i + width == len(cells):
        return True
    after = cells[i + width].text
    return after == str(int(cells[i].text) + 1) or bool(SECTION_RE.match(after) or SUBSECTION_RE.match(after))


def _rows_expect_text(rows: list[list[Cell]]) -> bool:
    """True when the last row is a numbered row still waiting for its text cell."""
    return bool(rows) and len(rows[-1]) == 1 and bool(NUMBER_RE.match(rows[-1][0].text))


def _enterprise_rows(doc, table_id: str, title: str, rows: list[list[Cell]], out: Collector) -> int:
    year_m = YEAR_IN_TITLE_RE.search(title)
    year = int(year_m.group(1)) if year_m else None
    if year is None:
        out.flag(rows[0][0].line if rows else None, "no_year", "warning",
                 f"list title {title!r} names no year", table_id)
    expected_rank = 1
    for row in rows:
        first = row[0]
        if not NUMBER_RE.match(first.text):
            for cell in row:
                out.flag(cell.line, "unplaced_cell", "warning", "cell outside a ranked row",
                         table_id, cell.text)
                out.account_cell(cell, "flagged cell")
            continue
        rank = int(first.text)
        if rank != expected_rank:
            out.flag(first.line, "rank_sequence", "warning",
                     f"rank {rank} where {expected_rank} was expected", table_id, first.text)
        expected_rank = rank + 1
        if len(row) < 2:
            out.flag(first.line, "missing_cell", "warning", f"rank {rank} has no name", table_id)
            continue
        name_cell = row[1]
        if len(name_cell.fragments) > 1:
            out.flag(name_cell.line, "name_rejoined", "info",
                     f"name wrapped over {len(name_cell.fragments)} lines, joined",
                     table_id, " / ".join(name_cell.lines))
        out.add("enterprises", district=doc.source.district, year=year, list=title,
                rank=rank, name=name_cell.text, line=name_cell.line, table_id=table_id)
        out.account_cell(first, "rank")
        out.account_cell(name_cell)
        for cell in row[2:]:
            out.flag(cell.line, "extra_cell", "warning", f"extra cell in rank {rank}",
                     table_id, cell.text)
            out.account_cell(cell, "flagged cell")
    return len(rows)


def _task_rows(doc, table_id: str, header: list[str], rows: list[list[Cell]],
               widths: list[int | None], title: str, out: Collector) -> int:
    columns = list_columns(header)
    roles = tuple(role for role in columns if role in ("lead", "support")) or ("lead", "support")
    simple = set(columns) <= {"number", "task", "lead", "support"} and "task" not in columns[2:]
    targets = _Targets(doc, table_id, header, columns, title, out) if "target" in columns else None
    actuals = _Targets(doc, table_id, header, columns, title, out, "actual") if "actual" in columns else None
    section = subsection = ""
    section_no: int | None = None
    section_line: int | None = None
    claimed: int | None = None
    expected_no = 1
    for row, width in zip(rows, widths):
        first = row[0]
        text = first.text
        if not NUMBER_RE.match(text):
            sub = SUBSECTION_RE.match(text)
            sec = SECTION_RE.match(text)
            if sub or sec:
                out.account_cell(first, "heading")
            if sub:
                subsection = text
            elif sec:
                section, subsection = text, ""
                section_no = _ordinal(sec.group("no"))
                section_line = first.line
                claimed = _ordinal(sec.group("claimed")) if sec.group("claimed") else None
            else:
                out.flag(first.line, "unplaced_cell", "warning", "cell outside a numbered task",
                         table_id, text)
            for cell in row[1:]:
                out.flag(cell.line, "unplaced_cell", "warning", "cell after a heading",
                         table_id, cell.text)
                out.account_cell(cell, "flagged cell")
            continue
        task_no = int(text)
        if task_no != expected_no:
            out.flag(first.line, "task_sequence", "warning",
                     f"task {task_no} where {expected_no} was expected", table_id, text)
        expected_no = task_no + 1
        if len(row) < 2:
            out.flag(first.line, "missing_cell", "warning", f"task {task_no} has no text",
                     table_id)
            continue
        by_column = _by_column(row, width, columns) if "task" in columns else None
        if by_column is None and not simple:
            task_cell = _row_of_other_width(task_no, row, width, header, columns, table_id, out)
            placed, unit_cells, extra = [], [], []
        elif by_column is None:                  # number, task and unit columns only: in order
            task_cell, unit_cells = row[1], row[2:]
            placed = list(zip(roles, unit_cells))
            extra = [(None, cell) for cell in unit_cells[len(roles):]]
        else:
            task_cell = by_column.get(columns.index("task"))
            unit_cells = [c for k, c in sorted(by_column.items()) if columns[k] in ("lead", "support")]
            placed = [(columns[k], c) for k, c in sorted(by_column.items()) if columns[k] in ("lead", "support")]
            extra = [(k, c) for k, c in sorted(by_column.items()) if columns[k] in ("deadline", "other", "ratio")]
        if task_cell is None:
            out.account_cell(first, "task number")
            out.flag(first.line, "missing_cell", "warning", f"task {task_no} has no text", table_id)
            for cell in row[1:]:
                if (cell.line, cell.text) not in out.structural_cells:
                    out.flag(cell.line, "unplaced_cell", "warning", f"cell of task {task_no} "
                             "with no task text", table_id, cell.text)
                    out.account_cell(cell, "flagged cell")
            continue
        out.account_cell(first, "task number")
        out.account_cell(task_cell)
        out.add("tasks", task_no=task_no, section=section, subsection=subsection,
                text=task_cell.text, line=task_cell.line, section_no=section_no,
                section_claimed=claimed, section_line=section_line, table_id=table_id)
        for reader in (targets, actuals):
            if reader is not None and by_column is not None:
                reader.read(task_no, task_cell, by_column)
        n_unit_columns = sum(role in ("lead", "support") for role in columns)
        if not unit_cells and n_unit_columns and (by_column is not None or simple):
            out.flag(task_cell.line, "missing_cell", "warning", f"task {task_no} names no unit",
                     table_id)
        elif by_column is None and simple and len(unit_cells) < len(roles):
            out.flag(unit_cells[0].line, "missing_cell", "info",
                     f"task {task_no} has {len(unit_cells)} unit cell(s) for {len(roles)} "
                     f"unit columns: read as {', '.join(roles[:len(unit_cells)])}", table_id)
        for role, cell in placed:
            out.account_cell(cell)
            for order, (unit, line, repaired) in enumerate(split_units(cell), start=1):
                out.add("task_units", task_no=task_no, role=role, unit=unit, line=line,
                        order=order, table_id=table_id)
                if repaired:
                    out.flag(line, "unit_rejoined", "info", repaired, table_id, unit)
        for k, cell in extra:
            if k is not None and columns[k] == "other" and _TEXT_WITH_NUMBER_RE.search(cell.text):
                out.prose_cells.append((cell, _table_year(doc, header, title), table_id,
                                        _text_before(by_column, k)))
                out.account_cell(cell, "text read as prose")    # 建设内容: 新改建农村公路126公里…
                continue
            out.flag(cell.line, "extra_cell", "warning", f"extra cell in task {task_no}"
                     + (f" (column {header[k]!r} is not read)" if k is not None else ""),
                     table_id, cell.text)
            out.account_cell(cell, "flagged cell")
    return len(rows)


# A cell of a task table written as text with a number and a unit in it (新增公办学前教育学位1080个).
_TEXT_WITH_NUMBER_RE = re.compile(r"[\u4e00-\u9fff].*\d|\d.*[\u4e00-\u9fff%％]")


def _table_year(doc, header: list[str], title: str) -> int | None:
    """The year a task table's targets are for: named in a header cell, the document's title or the table's."""
    year = next((YEAR_RE.search(t) for t in (*header, doc.source.title, title) if YEAR_RE.search(t or "")), None)
    return int(year.group(0)) if year else None


def _by_column(row: list[Cell], width: int | None, columns: list[str]) -> dict[int, Cell] | None:
    """The row's cells by column when the layout placed them, the row is as wide as the header
    and every cell can stand in its column (the number first, no bare number in a text column).

    A row of cells with no column (tab-started cells) is placed by position when it
    has one cell a header cell; otherwise None (see the module docstring).
    """
    n_columns = len(columns)
    if all(cell.column is not None for cell in row):
        if width != n_columns or len({c.column for c in row}) != len(row) \
                or max(c.column for c in row) >= n_columns:
            return None
        by_column = {cell.column: cell for cell in row}
    elif any(cell.column is not None for cell in row) or len(row) != n_columns:
        return None
    else:
        by_column = dict(enumerate(row))
    if "number" in columns and by_column.get(columns.index("number")) is not row[0]:
        return None
    if any(columns[k] in ("task", "unit", "lead", "support") and _is_number(cell.text)
           for k, cell in by_column.items()):
        return None
    return by_column


def _row_of_other_width(task_no: int, row: list[Cell], width: int | None, header: list[str],
                        columns: list[str], table_id: str, out: Collector) -> Cell | None:
    """A task row whose cells cannot be put in their columns: its task cell (the second cell,
    when the task column is the second and the cell is text; else None); every other cell
    is flagged ``row_width``."""
    rest = row[1:]
    task_cell = None
    if columns.index("task") == 1 and not _is_number(rest[0].text):
        task_cell, rest = rest[0], rest[1:]
    shape = f"{width if width is not None else len(row)} cells for {len(header)} columns"
    for cell in rest:
        out.flag(cell.line, "row_width", "warning", f"task {task_no}: row of {shape} (or cells that "
                 "do not fit their columns): cell not placed", table_id, cell.text)
        out.account_cell(cell, "flagged cell")
    return task_cell


def _text_before(by_column: dict[int, Cell] | None, column: int) -> str:
    """The text of a row's cells left of ``column`` (task number aside), ；-joined: what a cell's row says
    before it (完成营造林4.5万亩 before 成活率85%以上)."""
    if not by_column:
        return ""
    return "；".join(c.text for k, c in sorted(by_column.items()) if 0 < k < column and not _is_number(c.text))


def _is_number(text: str) -> bool:
    quantity = try_parse(text)
    return quantity is not None and quantity.value is not None and not quantity.unit and text[:1].isdigit()


class _Targets:
    """The observations of a task table's target column (see the module docstring)."""

    def __init__(self, doc, table_id: str, header: list[str], columns: list[str], title: str,
                 out: Collector, role: str = "target"):
        from analysis.extract.prose import label_cleaner   # prose reads tables: imported when used
        self.doc, self.table_id, self.out = doc, table_id, out
        self.status = "actual" if role == "actual" else "target"   # 完成情况: what was done; 年度目标: the goal
        self.target = columns.index(role)
        self.unit = columns.index("unit") if "unit" in columns else None
        self.label = header[self.target]
        self.clean = label_cleaner(doc)
        self.year = _table_year(doc, [header[self.target]], title)

    def read(self, task_no: int, task_cell: Cell, by_column: dict[int, Cell]) -> None:
        """The observation of one row's target cell, or a flag saying why there is none."""
        out, table_id = self.out, self.table_id
        target = by_column.get(self.target)
        unit_cell = by_column.get(self.unit) if self.unit is not None else None
        if target is None:
            if unit_cell is not None:
                out.flag(unit_cell.line, "unplaced_cell", "info", f"task {task_no}: unit with no "
                         "target", table_id, unit_cell.text)
                out.account_cell(unit_cell, "flagged cell")
            return
        if unit_cell is not None:
            out.account_cell(unit_cell, "unit")
        name, named_unit = unit_in_brackets(task_cell.text)      # 新增城镇就业（人）: the unit in the name
        if not name or not 0 < len(named_unit) <= 5:
            name, named_unit = task_cell.text, ""                  # (含背街小巷、管网…): a note, no unit
        read = self._reading(target, unit_cell, named_unit)
        indicator = self.clean(name) if not isinstance(read[0], str) else ""
        if not isinstance(read[0], str) and not indicator:
            read = ("no_label", f"the task name {task_cell.text!r} names no indicator once cleaned",
                    task_cell)
        if read[0] == "target_not_a_number" and _TEXT_WITH_NUMBER_RE.search(target.text) \
                and not re.fullmatch(r"[\d.]+", target.text.strip()):
            out.prose_cells.append((target, self.year, table_id,   # 新增公办学前教育学位1080个: a sentence
                                    _text_before(by_column, self.target)))
            out.account_cell(target, "text read as prose")
            return
        if isinstance(read[0], str):
            kind, detail, cell = read
            out.flag(cell.line, kind, "warning", f"task {task_no}: {detail}: no observation",
                     table_id, cell.text)
            out.account_cell(target, "flagged cell")
            return
        quantity, (unit, unit_base, factor) = read
        out.account_cell(target, "value")
        out.add("observations", district=self.doc.source.district, scope="district", source="table",
                table_id=table_id, category="", indicator=indicator, indicator_id="",
                measure="level", status=self.status, period=str(self.year), year=self.year,
                value=quantity.value, unit=unit, value_base=quantity.value * factor,
                unit_base=unit_base, qualifier=quantity.qualifier, low=quantity.low,
                high=quantity.high, value_text=target.text, line=target.line, attribute="",
                column=self.label)

    def _reading(self, target: Cell, unit_cell: Cell | None, named_unit: str = ""):
        """``(quantity, (unit, unit_base, factor))`` of a target cell, or why it gives none:
        ``(flag kind, reason, cell quoted)``."""
        text = target.text
        quantity = try_parse(text)
        if quantity is None or quantity.value is None or quantity.parts \
                or quantity.qualifier not in _ONE_NUMBER:
            reason = ("text" if quantity is None or quantity.qualifier in ("qualitative", "delegated")
                      else "a range" if quantity.qualifier in ("range", "vague") else
                      "blank" if quantity.qualifier == "blank" else "not one number")
            return "target_not_a_number", f"target {text!r} is {reason}", target
        own = quantity.unit
        if unit_cell is None and not own and named_unit:
            try:
                unit = parse_unit(named_unit)
            except QuantityError:
                return ("unknown_unit", f"unit {named_unit!r} in the task name is no known unit "
                        "(analysis.extract.vocabulary.UNITS)", target)
        elif unit_cell is None:
            unit = parse_unit(own)
        else:
            try:
                column_unit = parse_unit(unit_cell.text)
            except QuantityError:
                return ("unknown_unit", f"unit {unit_cell.text!r} is no known unit "
                        "(analysis.extract.vocabulary.UNITS)", unit_cell)
            if not own:
                unit = column_unit
            elif own in SCALES:                      # 1.2万 with 平方米 in the unit column
                try:
                    unit = parse_unit(own + unit_cell.text)
                except QuantityError:
                    unit = None
            else:                                    # 23个 with 个, 1.2万平方米 with 平方米
                unit = parse_unit(own) if parse_unit(own)[1] == column_unit[1] else None
            if unit is None:
                return ("unit_conflict", f"target {text!r} and unit {unit_cell.text!r} disagree",
                        unit_cell)
        if self.year is None:
            return "no_year", "neither the target header nor a title names the year", target
        return quantity, unit


def split_units(cell: Cell) -> list[tuple[str, int, str]]:
    """The units named in a unit cell, one a line except where a name wraps or two are glued.

    Returns ``(unit, line, repair)`` where ``repair`` says what was rejoined
    or split (empty when the line was one unit as it stood).
    """
    units: list[list] = []                  # [pieces of the name, line, repair]
    for line, raw in cell.fragments:
        text = raw.strip()
        if not text:
            continue
        # the end of the name so far (its last two pieces hold it): no rescan of a long name
        if units and (text[0] in "(（" or not UNIT_END_RE.search("".join(units[-1][0][-2:])[-3:])):
            units[-1][0].append(text)
            units[-1][2] = f"name wrapped onto line {line}, joined"
        else:
            units.append([[text], line, ""])
    result: list[tuple[str, int, str]] = []
    for pieces, line, repair in units:
        text = "".join(pieces)
        pieces = [p for p in GLUED_UNITS_RE.split(text) if p]
        if len(pieces) > 1:
            repair = (repair + "; " if repair else "") + f"{len(pieces)} names on one line, split"
        result.extend((piece, line, repair) for piece in pieces)
    return result


def _ordinal(text: str) -> int | None:
    """一 -> 1, 12 -> 12; None for what is no number (十十) or no plausible one (a run of 10 or more)."""
    if len(text) >= 10:
        return None
    if text.isdigit():
        return int(text)
    try:
        return int(cn2an.cn2an(text, "smart"))
    except ValueError:
        return None
