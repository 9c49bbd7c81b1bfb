"""Plan indicator tables whose cells stand one per line.

A five-year plan publishes its indicators as a table with the columns
类别 | 指标 | year columns | growth column(s) | 属性. On the web the layout is
lost and every cell stands on its own line. This module finds such tables by
their header (a 指标 cell followed by year or growth columns), rebuilds the
column model from the header (with its second header row, e.g. 预期值 | 规划目标)
and reads the rows.

Rows are found by content, not by counting cells: a 属性 cell (预期性/约束性)
ends a row, and a label after values starts a new one, so a row that lost its
empty cells or its 属性 cell is still read.

The assignment rule (rows with fewer values than value columns)
----------------------------------------------------------------
Plan tables drop empty cells, so a row may hold 0 to 3 values for 3 columns.
When a row has as many values as value columns they are read by position.
Otherwise:

1. a value with 左右/以上/以内, or in brackets (``[5]``, ``[  ]``), belongs to
   a growth column (left to right); blanks give way first when there are more
   such values than growth columns;
2. qualitative text (保持稳定) is the target with no number;
3. of the plain values, as many as level columns are read by position; two
   are the base and the target (first and last level columns); one is the
   target (the last level column).

Every value placed by this rule, not by a full row, is flagged
``assigned_by_rule`` so a reviewer can check it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from analysis.errors import QuantityError
from analysis.extract.numbers import Quantity, parse_quantity, parse_unit
from analysis.extract.tables.common import (
    BOX_RE, HEADING_RE, NOTE_RE, Collector, nonblank, preceding_title,
)

ATTRIBUTES = {"预期性": "expected", "约束性": "binding"}
INDICATOR_HEADERS = ("指标", "指标名称", "主要指标", "指标项")
CATEGORY_HEADERS = ("类别", "类型", "领域", "分类")
UNIT_HEADERS = ("单位", "计量单位")
ATTRIBUTE_HEADERS = ("属性", "指标属性")
# Second header row: which status each label means.
SUBHEADERS = {
    "预期值": "expected", "预计值": "expected", "预计": "expected", "预期": "expected",
    "规划目标": "target", "目标值": "target", "目标": "target", "规划值": "target",
    "实际值": "actual", "完成值": "actual", "实际": "actual", "完成": "actual",
}
GROWTH_HEADER_RE = re.compile(r"增长|增速|年均|累计")
YEAR_RE = re.compile(r"(19|20)\d{2}")
BASE_ESTIMATE_NOTE_RE = re.compile(r"基期值?.{0,6}(预期|预计|估计)")
# Units inferred when the indicator's parentheses are empty or missing: only where certain.
UNIT_INFERENCE = ((re.compile(r"收入$"), "元"),)
_UNIT_PAREN_RE = re.compile(r"^(?P<name>.*?)[(（](?P<unit>[^()（）]*)[)）]\s*$")
_GROWTH_QUALIFIERS = {"approx", "at_least", "at_most", "cumulative"}
_MAX_HEADER_CELL = 30


@dataclass
class Column:
    """One value column: what a number in it measures."""

    label: str
    kind: str          # "level" or "growth"
    status: str        # "actual", "expected", "target"; "base" until notes are read
    year: int
    period: str


@dataclass
class Row:
    labels: list[tuple[int, str]] = field(default_factory=list)
    values: list[tuple[int, str, Quantity]] = field(default_factory=list)
    attribute: tuple[int, str] | None = None

    @property
    def line(self) -> int:
        return (self.labels or self.values)[0][0]


@dataclass
class Header:
    has_category: bool
    has_unit: bool
    columns: list[Column]
    end: int               # index of the first body line


def extract_indicator_tables(doc, out: Collector) -> None:
    """Find every indicator table of ``doc`` and write its rows into ``out``."""
    lines = doc.lines
    i = 0
    while i < len(lines):
        if lines[i].strip() in CATEGORY_HEADERS + INDICATOR_HEADERS:
            header = _read_header(lines, i, out)
            if header is not None:
                i = _read_table(doc, i, header, out)
                continue
        i += 1


def _read_header(lines, start: int, out: Collector) -> Header | None:
    """Read the header block that starts at ``start``; None when it is not a table header."""
    top: list[str] = []
    subs: list[str] = []
    pending = ""
    index = start
    for index, text in nonblank(lines, start):
        if len(text) > _MAX_HEADER_CELL:
            break
        if not subs and not pending and _is_top_header(text, top):
            top.append(text)
            continue
        candidate = pending + text
        if candidate in SUBHEADERS:
            subs.append(candidate)
            pending = ""
            continue
        if any(label.startswith(candidate) for label in SUBHEADERS):
            pending = candidate
            continue
        break
    else:
        index = len(lines)
    if not any(t in INDICATOR_HEADERS for t in top):
        return None
    value_cols = [t for t in top if YEAR_RE.search(t) or GROWTH_HEADER_RE.search(t)]
    if not value_cols or pending:
        return None
    columns = _columns(value_cols, subs)
    if columns is None:
        out.flag(start + 1, "table_header_unreadable", "error",
                 f"{len(subs)} second-row labels do not fit {len(value_cols)} value columns: "
                 f"{' | '.join(top + subs)}")
        return None
    return Header(has_category=any(t in CATEGORY_HEADERS for t in top),
                  has_unit=any(t in UNIT_HEADERS for t in top), columns=columns, end=index)


def _is_top_header(text: str, top: list[str]) -> bool:
    if text in CATEGORY_HEADERS + INDICATOR_HEADERS + UNIT_HEADERS + ATTRIBUTE_HEADERS:
        return True
    if ATTRIBUTE_HEADERS[0] in top or not top:
        return False
    return bool(YEAR_RE.search(text) or GROWTH_HEADER_RE.search(text))


def _columns(value_cols: list[str], subs: list[str]) -> list[Column] | None:
    """Expand the header's value columns with the second-row labels."""
    n, s = len(value_cols), len(subs)
    if s == 0:
        split = [[] for _ in value_cols]
    elif s == 2 * n:
        split = [subs[2 * k: 2 * k + 2] for k in range(n)]
    elif s == 2 * (n - 1):
        split = [[]] + [subs[2 * k: 2 * k + 2] for k in range(n - 1)]
    elif s == n:
        split = [[sub] for sub in subs]
    else:
        return None
    years = [int(YEAR_RE.search(c).group(0)) for c in value_cols if YEAR_RE.search(c)
             and not GROWTH_HEADER_RE.search(c)]
    if not years:
        return None
    base_year, target_year = min(years), max(years)
    growth_period = f"{base_year + 1}/{target_year}"
    columns: list[Column] = []
    for label, sub_labels in zip(value_cols, split):
        is_growth = bool(GROWTH_HEADER_RE.search(label)) and not (
            YEAR_RE.search(label) and not re.search(r"增长|增速", label))
        year_m = YEAR_RE.search(label)
        year = target_year if is_growth or not year_m else int(year_m.group(0))
        period = growth_period if is_growth else str(year)
        kind = "growth" if is_growth else "level"
        statuses = [SUBHEADERS[sub] for sub in sub_labels] or [
            _status_from_label(label, year, base_year, target_year, is_growth)]
        for sub, status in zip(sub_labels or [""], statuses):
            columns.append(Column(f"{label}{'/' + sub if sub else ''}", kind, status, year, period))
    target_status = next((c.status for c in reversed(columns) if c.kind == "level"), "actual")
    for column in columns:
        if column.status == "as_target_column":
            column.status = target_status
    return columns


def _status_from_label(label: str, year: int, base_year: int, target_year: int,
                       is_growth: bool) -> str:
    if is_growth:
        return "as_target_column"
    if "基期" in label:
        return "base"
    if "目标" in label or "规划" in label:
        return "target"
    if "预期" in label or "预计" in label:
        return "expected"
    if "实际" in label or "完成" in label:
        return "actual"
    return "actual" if year < target_year or year == base_year else "target"


def _read_table(doc, start: int, header: Header, out: Collector) -> int:
    """Read the body after ``header``; return the index of the first line after the table."""
    lines = doc.lines
    table_id = out.new_table_id()
    title, title_line = preceding_title(lines, start)
    rows: list[Row] = []
    notes: list[tuple[int, str]] = []
    n_cols = len(header.columns)
    current: Row | None = None
    end = len(lines)
    index = header.end
    while index < len(lines):
        text = lines[index].strip()
        if not text:
            index += 1
            continue
        if NOTE_RE.match(text) or (notes and re.match(r"^\d+[.、．]\s*\S", text)):
            notes.append((index + 1, text))
            index += 1
            continue
        if notes or _ends_table(text):
            end = index
            break
        line = index + 1
        index += 1
        if text in ATTRIBUTES:
            out.account(line, "属性")
            if current is None or current.attribute is not None or not current.labels:
                out.flag(line, "orphan_cell", "warning", "属性 cell with no indicator before it",
                         table_id, text)
                continue
            current.attribute = (line, text)
            continue
        quantity = _try_parse(text)
        row_open = current is not None and current.attribute is None
        if row_open and current.labels and not current.values and quantity is None:
            current.labels.append((line, text))      # category + indicator, or unit
            continue
        if row_open and current.labels and quantity is not None and (
                not current.values or len(current.values) < n_cols):
            current.values.append((line, text, quantity))
            continue
        if quantity is not None and quantity.qualifier != "qualitative":
            out.flag(line, "orphan_cell", "warning", "value with no indicator before it "
                     "(or more values than the table has columns)", table_id, text)
            continue
        if row_open and current.labels:
            out.flag(current.line, "missing_attribute", "warning",
                     f"row {' | '.join(t for _, t in current.labels)} has no 属性 cell", table_id)
        current = Row(labels=[(line, text)])
        rows.append(current)
    else:
        end = len(lines)
    if current is not None and current.attribute is None and current.labels:
        out.flag(current.line, "missing_attribute", "warning",
                 f"last row {' | '.join(t for _, t in current.labels)} has no 属性 cell "
                 "(the table may be cut off)", table_id)
    if not rows:
        out.flag(start + 1, "empty_table", "warning", "indicator table header with no rows", table_id)
    n_cells = _emit_rows(doc, table_id, header, rows, notes, out)
    if title_line:
        out.account(title_line, "title")
    for index_, _text in nonblank(lines, start, header.end):
        out.account(index_ + 1, "header")
    out.add("tables", table_id=table_id, kind="indicators", title=title,
            line=title_line or start + 1, line_end=end, n_rows=len(rows), n_cells=n_cells,
            notes=" ".join(t for _, t in notes))
    for line, text in notes:
        out.flag(line, "table_note", "info", "note under the table, kept in tables.notes",
                 table_id, text)
    return end


def _ends_table(text: str) -> bool:
    return bool(HEADING_RE.match(text) or BOX_RE.match(text) or (len(text) > 40 and (
        text.endswith("。") or "，" in text or "," in text)))


def _try_parse(text: str) -> Quantity | None:
    if _UNIT_PAREN_RE.match(text):
        return None              # an indicator with its unit, never a value
    try:
        return parse_quantity(text)
    except QuantityError:
        return None


def _emit_rows(doc, table_id: str, header: Header, rows: list[Row],
               notes: list[tuple[int, str]], out: Collector) -> int:
    """Write the table's rows into ``indicator_rows``, ``observations`` and ``structure``."""
    base_estimated = any(BASE_ESTIMATE_NOTE_RE.search(t) for _, t in notes)
    for column in header.columns:
        if column.status == "base":
            column.status = "expected" if base_estimated else "actual"
    category = ""
    n_cells = 0
    for row_no, row in enumerate(rows, start=1):
        n_cells += len(row.labels) + len(row.values) + (row.attribute is not None)
        labels = list(row.labels)
        unit_cell = ""
        if header.has_unit and len(labels) >= 2 and _is_unit(labels[-1][1]):
            unit_line, unit_cell = labels.pop()
            out.account(unit_line, "unit")
        if len(labels) >= 2 and header.has_category:
            category = labels[0][1]
            out.account(labels[0][0], "category")
            for line, text in labels[1:-1]:
                out.flag(line, "unplaced_cell", "warning", "label between category and "
                         "indicator", table_id, text)
        elif len(labels) >= 2:
            out.flag(labels[0][0], "indicator_rejoined", "warning", "indicator name spread "
                     "over several cells, joined", table_id, "|".join(t for _, t in labels))
            for label_line, _ in labels:
                out.account(label_line, "part of the indicator")
            labels = [(labels[0][0], "".join(t for _, t in labels))]
        line, raw_indicator = labels[-1]
        indicator, unit, inferred = _split_unit(raw_indicator, unit_cell)
        if inferred:
            out.flag(line, "unit_inferred", "info", f"unit of {indicator!r} not stated; "
                     f"inferred {unit!r} from the indicator name", table_id, raw_indicator)
        attribute = ATTRIBUTES.get(row.attribute[1], "") if row.attribute else ""
        out.add("indicator_rows", table_id=table_id, row_no=row_no, category=category,
                indicator=indicator, unit=unit, attribute=attribute,
                n_values=len(row.values), line=line)
        if not row.values:
            out.flag(line, "no_values", "info", f"{indicator!r} is listed with no value",
                     table_id, raw_indicator)
            continue
        placed = _assign(row.values, header.columns)
        by_rule = len(row.values) != len(header.columns)
        for (vline, vtext, quantity), column in placed:
            if column is None and quantity.qualifier == "blank":
                out.flag(vline, "blank_set_aside", "info", f"{indicator!r}: blank cell with no "
                         "column left for it (more bracketed cells than growth columns)",
                         table_id, vtext)
                continue
            if column is None:
                out.flag(vline, "unplaced_cell", "warning", f"no column left for this value in "
                         f"the row of {indicator!r}", table_id, vtext)
                continue
            if by_rule:
                out.flag(vline, "assigned_by_rule", "info",
                         f"{indicator!r}: {vtext!r} -> {column.label} "
                         f"({len(row.values)} values for {len(header.columns)} columns)",
                         table_id, vtext)
            common = dict(table_id=table_id, category=category, indicator=indicator,
                          attribute=attribute, status=column.status, year=column.year,
                          period=column.period, value_text=vtext, line=vline,
                          column=column.label)
            if quantity.parts:
                _emit_structure(doc, out, quantity, common, column)
            elif quantity.qualifier != "blank":
                _emit_observation(doc, out, quantity, unit, column, common)
            else:
                out.account(vline, "blank cell (no observation)")
    return n_cells


def _assign(values, columns: list[Column]):
    """Pair each value with its column (None when it has none); see the module docstring."""
    if len(values) >= len(columns):
        return [(v, columns[k] if k < len(columns) else None) for k, v in enumerate(values)]
    growth_cols = [c for c in columns if c.kind == "growth"]
    level_cols = [c for c in columns if c.kind == "level"]
    growth_like = [v for v in values if v[2].qualifier in _GROWTH_QUALIFIERS
                   or (v[2].qualifier == "blank" and v[1].startswith(("[", "【")))]
    set_aside = []
    while len(growth_like) > len(growth_cols) and any(v[2].qualifier == "blank" for v in growth_like):
        set_aside.append(next(v for v in growth_like if v[2].qualifier == "blank"))
        growth_like.remove(set_aside[-1])
    others = [v for v in values if v not in growth_like and v not in set_aside]
    pairs = [(v, None) for v in set_aside]
    pairs += list(zip(growth_like, growth_cols + [None] * len(growth_like)))
    qualitative = [v for v in others if v[2].qualifier in ("qualitative", "delegated")]
    plain = [v for v in others if v not in qualitative]
    if len(plain) == len(level_cols):
        pairs += list(zip(plain, level_cols))
    elif len(plain) == 2 and len(level_cols) >= 2:
        pairs += [(plain[0], level_cols[0]), (plain[1], level_cols[-1])]
    elif len(plain) == 1 and level_cols:
        pairs.append((plain[0], level_cols[-1]))
    else:
        pairs += list(zip(plain, level_cols + [None] * len(plain)))
    taken = {id(c) for _, c in pairs if c is not None}
    free_target = next((c for c in reversed(level_cols) if id(c) not in taken), None)
    for v in qualitative:
        pairs.append((v, free_target))
        free_target = None
    order = {id(v): k for k, v in enumerate(values)}
    return sorted(pairs, key=lambda p: order[id(p[0])])


def _emit_observation(doc, out, quantity: Quantity, unit: str, column: Column, common: dict):
    measure = column.kind
    if quantity.qualifier == "cumulative":
        measure = "change"
        stated_unit = "百分点" if unit == "%" else unit
    elif column.kind == "growth":
        stated_unit = quantity.unit or "%"
    else:
        stated_unit = quantity.unit or unit
    value = quantity.value
    try:
        unit_norm, unit_base, factor = parse_unit(stated_unit)
    except QuantityError:
        unit_norm, unit_base, factor = stated_unit, stated_unit, 1.0
        out.flag(common["line"], "unknown_unit", "warning", f"unit {stated_unit!r} is not in "
                 "analysis.extract.numbers.BASE_UNITS; value_base left equal to value",
                 common["table_id"], common["value_text"])
    out.add("observations", district=doc.source.district, scope="district", source="table",
            indicator_id="", measure=measure, value=value, unit=unit_norm,
            value_base=None if value is None else value * factor, unit_base=unit_base,
            qualifier=quantity.qualifier, low=quantity.low, high=quantity.high, **common)


def _emit_structure(doc, out, quantity: Quantity, common: dict, column: Column):
    parts = quantity.parts
    if column.kind != "level" or len(parts) != 3:
        out.flag(common["line"], "unplaced_cell", "warning",
                 f"ratio with {len(parts)} terms in a {column.kind} column: not a three-sector "
                 "structure", common["table_id"], common["value_text"])
        return
    total = sum(parts)
    if abs(total - 100) > 0.5:
        out.flag(common["line"], "structure_sum", "warning",
                 f"sector shares sum to {total:g}, not 100", common["table_id"],
                 common["value_text"])
    out.add("structure", district=doc.source.district, year=column.year,
            status=column.status, primary=parts[0], secondary=parts[1], tertiary=parts[2],
            value_text=common["value_text"], line=common["line"], table_id=common["table_id"],
            indicator=common["indicator"], source="table", column=common["column"])


def _is_unit(text: str) -> bool:
    try:
        parse_unit(text)
    except QuantityError:
        return False
    return True


def _split_unit(raw: str, unit_cell: str = "") -> tuple[str, str, bool]:
    """Indicator name and unit from ``地区生产总值(亿元)``; infer when empty and certain."""
    m = _UNIT_PAREN_RE.match(raw)
    name, unit = (m.group("name").strip(), m.group("unit").strip()) if m else (raw.strip(), "")
    unit = unit or unit_cell
    if unit:
        return name, unit, False
    for pattern, inferred in UNIT_INFERENCE:
        if pattern.search(name):
            return name, inferred, True
    return name, "", False
