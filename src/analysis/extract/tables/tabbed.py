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

The builders (:func:`build_list_table`) take rows of cells, so the same lists
laid out one row a line (tab, pipe, space-aligned rows: see
:mod:`analysis.extract.tables.layouts`) are built by the same code.
"""

from __future__ import annotations

import re

import cn2an

from analysis.extract.tables.common import Cell, Collector, preceding_title

RANK_HEADERS = ("序号", "排名", "名次", "排序")
# A header cell is a short label ending in one of these words.
HEADER_CELL_RE = re.compile(
    r"^(?:序号|排名|名次|排序|.{0,10}(?:名称|企业|任务|要求|内容|单位|部门|时限|时间|节点|备注|目标|措施))$")
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
                build_list_table(doc, i, list(range(i + 1, body_start + 1)), end, header,
                                 _split_rows(cells), out)
                i = end
                continue
        i += 1


def list_kind(header: list[str]) -> str | None:
    """``enterprises`` or ``tasks`` when header cells (one row a line) make a list header, else None."""
    if len(header) >= 2 and any(h in RANK_HEADERS for h in header) and all(
            HEADER_CELL_RE.match(h) for h in header):
        kind = _kind(header)
        return None if kind == "unknown" else kind
    return None


def build_list_table(doc, start: int, header_lines: list[int], end: int, header: list[str],
                     rows: list[list[Cell]], out: Collector) -> None:
    """Build a ranked list or a task table from its rows of cells, whatever the layout.

    ``start`` is the 0-based index of the header's first line, ``end`` the
    index of the first line after the table; the ``tables`` row spans the
    title to the table's last line.
    """
    lines = doc.lines
    kind = _kind(header)
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
        n_rows = _task_rows(doc, table_id, header, rows, out)
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
        if not HEADER_CELL_RE.match(text):
            break
        header.append(text)
        i += 1
    if len(header) >= 2 and any(h in RANK_HEADERS for h in header):
        return header, i
    return [], start


def _kind(header: list[str]) -> str:
    if any(UNIT_HEADER_RE.search(h) for h in header):
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


def _split_rows(cells: list[Cell]) -> list[list[Cell]]:
    """Group cells into rows: a number cell or a heading cell starts a row."""
    rows: list[list[Cell]] = []
    for cell in cells:
        text = cell.text
        heading = (SECTION_RE.match(text) or SUBSECTION_RE.match(text)) and not _rows_expect_text(rows)
        if NUMBER_RE.match(text) or heading:
            rows.append([cell])
        elif rows:
            rows[-1].append(cell)
        else:
            rows.append([cell])
    return rows


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


def _task_rows(doc, table_id: str, header: list[str], rows: list[list[Cell]], out: Collector) -> int:
    roles = tuple("lead" if LEAD_HEADER_RE.search(h) else "support"
                  for h in header if UNIT_HEADER_RE.search(h)) or ("lead", "support")
    section = subsection = ""
    section_no: int | None = None
    section_line: int | None = None
    claimed: int | None = None
    expected_no = 1
    for row in rows:
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
        task_cell = row[1]
        out.account_cell(first, "task number")
        out.account_cell(task_cell)
        out.add("tasks", task_no=task_no, section=section, subsection=subsection,
                text=task_cell.text, line=task_cell.line, section_no=section_no,
                section_claimed=claimed, section_line=section_line, table_id=table_id)
        unit_cells = row[2:]
        if not unit_cells:
            out.flag(task_cell.line, "missing_cell", "warning", f"task {task_no} names no unit",
                     table_id)
        elif len(unit_cells) < len(roles):
            out.flag(unit_cells[0].line, "missing_cell", "info",
                     f"task {task_no} has {len(unit_cells)} unit cell(s) for {len(roles)} "
                     f"unit columns: read as {', '.join(roles[:len(unit_cells)])}", table_id)
        for role, cell in zip(roles, unit_cells):
            out.account_cell(cell)
            for order, (unit, line, repaired) in enumerate(split_units(cell), start=1):
                out.add("task_units", task_no=task_no, role=role, unit=unit, line=line,
                        order=order, table_id=table_id)
                if repaired:
                    out.flag(line, "unit_rejoined", "info", repaired, table_id, unit)
        for cell in unit_cells[len(roles):]:
            out.flag(cell.line, "extra_cell", "warning", f"extra cell in task {task_no}",
                     table_id, cell.text)
            out.account_cell(cell, "flagged cell")
    return len(rows)


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
