"""Tables of amounts in statistical bulletins: 产品名称 | 单位 | 产量 | 比上年增长(%).

A bulletin (统计公报) prints the output of its main products, and other
breakdowns, as a small table: an item column, a unit column, an amount
column and a growth column, one item a row (``水泥  万吨  86.2  -3.5``). The
header is found from declared words only
(:data:`~analysis.extract.tables.indicators.ITEM_HEADERS` 产品名称/产品/指标名称/指标/项目,
``UNIT_HEADERS`` 单位/计量单位, ``AMOUNT_HEADERS`` 产量/绝对数/数量/总量/本年/全年,
``CHANGE_HEADERS`` 比上年增长(%)/增长%/同比增长 …; see
:func:`~analysis.extract.tables.indicators.is_product_header`), in the tab, pipe
and space-aligned layouts of :mod:`analysis.extract.tables.layouts` and in
structured tables; the column model is the indicator tables' one
(:func:`~analysis.extract.tables.indicators.product_header_model`).

Each row read by its columns gives:

- an ``indicator_rows`` row: the item name (a leading 其中： taken off; a unit
  in its brackets is its unit when there is no unit column). Under an amount
  column of 产量 an item that names a product takes 产量 (原煤 -> 原煤产量); a
  name that already names a quantity (发电量, ends in
  :data:`~analysis.extract.tables.indicators.QUANTITY_NAME_ENDS`) and the
  items under 绝对数/本年/… are kept as written;
- a level observation from the amount cell: the unit of the unit cell (a
  scale word in the cell joins it: ``1.2万`` with 吨 is 1.2 万吨), ``measure``
  level, ``status`` actual, ``period``/``year`` the table's year: the one
  year its title names, else the document's data year as the prose reads it
  (:func:`analysis.extract.prose.calendar`: a bulletin's title year). A unit
  that is no known unit is flagged ``unknown_unit`` and gives no level (the
  growth is still read); a cell unit that disagrees with the column's
  ``unit_conflict``; under an output column (产量) a unit that reads as money
  (砖 万块: 块 is 元 in prose) is flagged ``unknown_unit`` too;
- a growth observation from the growth cell: signed as printed, in %, same
  period. A ``-``/``—``/``/`` cell is a blank: no value, no flag;
- a level target from a column of the year's target (全年目标): ``status`` target, ``period`` the year;
  a growth target from such a column in % beside a growth column (全年目标(%)), in %;
- nothing from a rank column (全市位次, 排名), a completion ratio (完成进度(%)) or another unit's column
  (全市增速(%)): each cell is flagged ``rank_column`` / ``ratio_column`` / ``other_unit_column``.

A row is read by its columns only when it has the header's width and its
cells fit them (no number in the item or unit column, a number or a blank in
the value columns). Any other row (a missing or extra separator) is never
shifted: each of its cells is flagged ``row_width`` and it gives nothing. A
row that lacks an amount or growth cell where the layout shows an empty slot
(space-aligned rows, an empty cell between tabs) is read and flagged
``missing_cell``. A value cell :mod:`analysis.extract.numbers` cannot read is
flagged ``unreadable_value``. Every cell is accounted; the table's line range
goes to ``tables`` (kind ``products``) so the prose reader skips it.
"""

from __future__ import annotations

from analysis.errors import QuantityError
from analysis.extract.numbers import SCALES, Quantity, parse_unit
from analysis.extract.vocabulary import CURRENCY_BASES
from analysis.extract.tables.common import Cell, Collector, TableBlock, TableRow, preceding_title
from analysis.extract.tables.indicators import (
    AMOUNT_HEADERS, QUANTITY_NAME_ENDS, SUB_ITEM_LEADS, YEAR_RE, Column, Header, _split_unit, amount_period,
    fold_header, try_parse,
)

# Columns whose cells are flagged, not read (see is_product_header), with why.
_NOT_READ = {"rank": "a rank is not a statistic", "other_unit": "another unit's figure",
             "ratio": "a completion ratio is not a statistic"}
# Qualifiers of a value cell holding one number (a range, words or a ratio do not).
_ONE_NUMBER = ("exact", "approx", "at_least", "at_most", "more_than", "less_than")


def build_product_table(doc, table_id: str, header: Header, block: TableBlock, out: Collector) -> None:
    """Write one product table read by any layout reader into ``out`` (see the module docstring)."""
    from analysis.extract.prose import calendar     # prose reads tables: imported when used
    title, title_line = preceding_title(doc.lines, block.start)
    years = {int(m.group(0)) for m in YEAR_RE.finditer(title)}
    year = years.pop() if len(years) == 1 else calendar(doc).data_year
    amount = next((c.label for c in header.columns if c.kind == "level" and c.status == "actual"), "")
    period = amount_period(amount, year) or str(year)     # 1-9月, 1-9月完成: the year so far
    out.read_cells(table_id, (cell for trow in block.rows for cell in trow.cells))
    n_rows = 0
    for trow in block.rows:
        n_rows += _read_row(doc, table_id, header, trow, year, period, n_rows + 1, out)
    if not block.rows:
        out.flag(block.start + 1, "empty_table", "warning", "product table header with no rows", table_id)
    if title_line:
        for line in range(title_line, block.start + 1):
            if doc.lines[line - 1].strip():
                out.account(line, "title")
    for line in block.header_lines:
        out.account(line, "header")
    out.add("tables", table_id=table_id, kind="products", title=title,
            line=title_line or block.start + 1, line_end=block.end, n_rows=n_rows,
            n_cells=len({id(cell) for trow in block.rows for cell in trow.cells}),
            notes=" ".join(t for _, t in block.notes))
    for line, text in block.notes:
        out.flag(line, "table_note", "info", "note under the table, kept in tables.notes", table_id, text)


def item_name(raw: str, amount_label: str | None) -> str:
    """The indicator of an item: 其中： taken off, 产量 added to a product under an 产量 column."""
    name = raw.strip()
    for lead in SUB_ITEM_LEADS:
        if name.startswith(lead) and len(name) > len(lead):
            name = name[len(lead):].strip()
            break
    if amount_label is not None and AMOUNT_HEADERS.get(amount_label) and not name.endswith(QUANTITY_NAME_ENDS):
        name += amount_label
    return name


def _read_row(doc, table_id: str, header: Header, trow: TableRow, year: int, period: str, row_no: int,
              out: Collector) -> int:
    """Read one body row; 1 when it became an item row, else 0 (every cell flagged)."""
    slots = header.slots
    by_slot = {cell.column: cell for cell in trow.cells if cell.column is not None}
    why = ""
    if trow.width != len(slots) or len(by_slot) != len(trow.cells):
        why = f"row of {trow.width if trow.width is not None else len(trow.cells)} cells for {len(slots)} columns"
    elif any(slots[k].role in ("indicator", "unit") and _is_value(cell.text) for k, cell in by_slot.items()) or \
            any(slots[k].role == "value" and not _is_value_or_blank(cell.text) and _looks_like_label(cell.text)
                for k, cell in by_slot.items()):
        why = "cells do not fit their columns"
    if why:
        for cell in trow.cells:
            out.flag(cell.line, "row_width", "warning", f"{why}: cell not placed (a row is never shifted)",
                     table_id, cell.text)
            out.account_cell(cell, "flagged cell")
        return 0
    item = next((c for k, c in by_slot.items() if slots[k].role == "indicator"), None)
    unit_cell = next((c for k, c in by_slot.items() if slots[k].role == "unit"), None)
    values = [(slots[k].column, c) for k, c in sorted(by_slot.items()) if slots[k].role == "value"]
    if item is None:
        for cell in trow.cells:
            out.flag(cell.line, "orphan_cell", "warning", "cell of a row with no item name", table_id, cell.text)
            out.account_cell(cell, "flagged cell")
        return 0
    for k, cell in sorted(by_slot.items()):
        if slots[k].role not in _NOT_READ:
            continue
        if _is_blank(cell.text):
            out.account_cell(cell, "blank cell (no observation)")
        else:
            out.flag(cell.line, slots[k].role + "_column", "info", f"column {slots[k].label}: "
                     f"{_NOT_READ[slots[k].role]}, not read", table_id, cell.text)
            out.account_cell(cell, "flagged cell")
    amount = next((c.label for c in header.columns if c.kind == "level" and c.status == "actual"), None)
    name, unit, _ = _split_unit(item.text, unit_cell.text if unit_cell is not None else "")
    unit = unit or next((c.unit for c in header.columns if c.kind == "level" and c.unit), "")   # 产量（万吨）
    indicator = item_name(name, amount)
    out.account_cell(item, "part of the indicator")
    if unit_cell is not None:
        out.account_cell(unit_cell, "unit")
    out.add("indicator_rows", table_id=table_id, row_no=row_no, category="", indicator=indicator,
            unit=unit, attribute="", n_values=len(values), line=item.line)
    present = {id(column) for column, _ in values}
    for column in header.columns:
        if id(column) not in present:
            out.flag(item.line, "missing_cell", "info", f"{indicator!r}: no {column.label} cell",
                     table_id, item.text)
    for column, cell in values:
        _observation(doc, table_id, indicator, unit, column, cell, year, period, out)
    return 1


def _observation(doc, table_id: str, indicator: str, unit: str, column: Column, cell: Cell, year: int,
                 period: str, out: Collector) -> None:
    """The observation of one value cell, or the flag saying why there is none."""
    quantity = try_parse(cell.text)
    if quantity is not None and quantity.qualifier == "blank":
        out.account_cell(cell, "blank cell (no observation)")
        return
    if quantity is None or quantity.value is None or quantity.parts or quantity.qualifier not in _ONE_NUMBER:
        out.flag(cell.line, "unreadable_value", "warning", f"{indicator!r}, column {column.label}: not one "
                 "number", table_id, cell.text)
        out.account_cell(cell, "flagged cell")
        return
    if column.kind == "growth":
        stated = quantity.unit or "%"
        if stated != "%":
            out.flag(cell.line, "unit_conflict", "warning", f"{indicator!r}: growth column holds "
                     f"{stated!r}, not %: no observation", table_id, cell.text)
            out.account_cell(cell, "flagged cell")
            return
        units = parse_unit("%")
    else:
        units = _level_unit(quantity, unit)
        if not isinstance(units, str) and AMOUNT_HEADERS.get(column.label) and units[1] in CURRENCY_BASES:
            units = "money"                             # 砖 万块: 块 is 元 in prose, never an output
        if isinstance(units, str):
            kind = "unit_conflict" if units == "conflict" else "unknown_unit"
            detail = (f"cell unit {quantity.unit!r} and unit {unit!r} disagree" if units == "conflict"
                      else f"unit {unit!r} reads as a sum of money: no output is" if units == "money"
                      else f"unit {unit!r} is no known unit (analysis.extract.vocabulary.UNITS)" if unit
                      else "no unit stated")
            out.flag(cell.line, kind, "warning", f"{indicator!r}: {detail}: no observation", table_id, cell.text)
            out.account_cell(cell, "flagged cell")
            return
    unit_norm, unit_base, factor = units
    out.add("observations", district=doc.source.district, scope="district", source="table",
            table_id=table_id, category="", indicator=indicator, indicator_id="", measure=column.kind,
            value=quantity.value, unit=unit_norm, value_base=quantity.value * factor, unit_base=unit_base,
            qualifier=quantity.qualifier, low=quantity.low, high=quantity.high, attribute="",
            status=column.status, year=year, period=str(year) if column.status == "target" else period,
            value_text=cell.text, line=cell.line,
            column=column.label)


def _level_unit(quantity: Quantity, unit: str):
    """``(unit, unit_base, factor)`` of an amount cell, else ``"unknown"`` or ``"conflict"``."""
    own = quantity.unit
    try:
        if not unit:
            raise QuantityError("no unit")
        column_unit = parse_unit(unit)
    except QuantityError:
        if own and own not in SCALES:
            try:
                return parse_unit(own)
            except QuantityError:
                return "unknown"
        return "unknown"
    if not own:
        return column_unit
    try:
        if own in SCALES:                               # 1.2万 with 吨 in the unit column
            return parse_unit(own + unit)
        own_unit = parse_unit(own)
    except QuantityError:
        return "conflict"
    return own_unit if own_unit[1] == column_unit[1] else "conflict"


def _is_value(text: str) -> bool:
    """A cell holding a number (never an item name or a unit)."""
    quantity = try_parse(text)
    return quantity is not None and (quantity.value is not None or bool(quantity.parts))


def _is_blank(text: str) -> bool:
    """A cell that says there is no value (—, -, /)."""
    quantity = try_parse(text)
    return quantity is not None and quantity.qualifier == "blank"


def _is_value_or_blank(text: str) -> bool:
    quantity = try_parse(text)
    return quantity is not None and (quantity.value is not None or bool(quantity.parts)
                                     or quantity.qualifier == "blank")


def _looks_like_label(text: str) -> bool:
    """A cell of words in a value column: a name or a unit shifted there."""
    try:
        parse_unit(text)
        return True
    except QuantityError:
        return any("\u4e00" <= ch <= "\u9fff" for ch in text)
