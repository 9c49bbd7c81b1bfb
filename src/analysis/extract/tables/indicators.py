"""Plan indicator tables: the column model, the one-cell-a-line reader, the builder.

A five-year plan publishes its indicators as a table with the columns
类别 | 指标 | 单位 | year columns | growth column(s) | 属性. A table is found by
its header (a 指标 cell with year or growth columns) whatever its layout, and
the column model comes from the header alone (:func:`header_model`): years
(``2020``, ``2020年``, ``2020 年``), 基期值/目标值/预期值/规划目标, 年均增长,
单位, 属性, a second header row (预期值 | 规划目标), yearly target columns
(2021 ... 2025: the consecutive years up to the target year take the target
column's status). Every layout reader hands the builder
(:func:`build_indicator_table`) the same :class:`~analysis.extract.tables.common.TableRow`
rows, so indicator rows and observations are built once:

- a row whose cells carry their column (tab, pipe and space-aligned rows,
  see :mod:`analysis.extract.tables.layouts`) and whose width is the
  header's is read by position: category, indicator, unit, each value in
  its column, 属性. An empty category cell inherits the category above;
- a row of another width is read by content (labels, values, 属性); its
  values are placed by position when the value cells fill the value
  columns, else by the assignment rule below, and flagged ``assigned_by_rule``
  either way;
- a row of cells with no column (one cell a line) is read by content.

One cell a line (the layout of plans copied from the web): every cell stands
on its own line. Rows are found by content, not by counting cells: a 属性 cell
(预期性/约束性) ends a row, and a label after values starts a new one, so a row
that lost its empty cells or its 属性 cell is still read.

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

Bulletin tables of amounts (产品名称 | 单位 | 产量 | 比上年增长(%)) share the
column model: their header words are declared here (:data:`ITEM_HEADERS`,
:data:`AMOUNT_HEADERS`, :data:`CHANGE_HEADERS`, with ``UNIT_HEADERS``), read
by :func:`is_product_header` and :func:`product_header_model`; their builder
is :mod:`analysis.extract.tables.products`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace

from analysis.errors import QuantityError
from analysis.extract.numbers import Quantity, parse_quantity, parse_unit
from analysis.extract.rules import part_of_year
from analysis.extract.tables.common import (
    BOX_RE, HEADING_RE, NOTE_RE, Cell, Collector, TableBlock, TableRow, nonblank, preceding_title,
)

ATTRIBUTES = {"预期性": "expected", "约束性": "binding"}
INDICATOR_HEADERS = ("指标", "指标名称", "主要指标", "指标项")
CATEGORY_HEADERS = ("类别", "类型", "领域", "分类")
UNIT_HEADERS = ("单位", "计量单位")
ATTRIBUTE_HEADERS = ("属性", "指标属性")
NUMBER_HEADERS = ("序号", "编号")
# Second header row: which status each label means.
SUBHEADERS = {
    "预期值": "expected", "预计值": "expected", "预计": "expected", "预期": "expected",
    "规划目标": "target", "目标值": "target", "目标": "target", "规划值": "target",
    "实际值": "actual", "完成值": "actual", "实际": "actual", "完成": "actual",
}
GROWTH_HEADER_RE = re.compile(r"增长|增速|年均|累计")
# A row named by its growth (规模以上工业增加值增速（%）, 地区生产总值增长（%）): growth of what precedes the
# word (not 人口自然增长率, a level).
_RATE_ROW_ENDINGS = ("增速", "增幅", "增长")
# A row named by a fall (单位地区生产总值能源消耗降低（%）, 化学需氧量每年下降): the growth of what precedes, negative.
_FALL_ROW_RE = re.compile(r"(?:每年|年均|累计)?(?:降低|下降|减少)$")
YEAR_RE = re.compile(r"(19|20)\d{2}")
BASE_ESTIMATE_NOTE_RE = re.compile(r"基期值?.{0,6}(预期|预计|估计)")
# Units inferred when the indicator's parentheses are empty or missing: only where certain.
UNIT_INFERENCE = ((re.compile(r"收入$"), "元"),)
_UNIT_PAREN_RE = re.compile(r"^(?P<name>.*?)[(（](?P<unit>[^()（）]*)[)）]\s*$")
_GROWTH_QUALIFIERS = {"approx", "at_least", "at_most", "cumulative"}
_MAX_HEADER_CELL = 30
# What a header cell says its column holds (value columns are found by year or growth words).
SLOT_ROLES = (
    (CATEGORY_HEADERS, "category"), (INDICATOR_HEADERS, "indicator"), (UNIT_HEADERS, "unit"),
    (ATTRIBUTE_HEADERS, "attribute"), (NUMBER_HEADERS, "number"),
)
# A bulletin's table of amounts (产品名称 | 单位 | 产量 | 比上年增长(%)): what each header cell holds
# (full-width brackets and ％ are folded first: 比上年增长（％） is 比上年增长(%)).
ITEM_HEADERS = ("产品名称", "产品", "指标名称", "指标", "项目")
#: Amount columns: the word, and whether it names the items' output (原煤 -> 原煤产量).
AMOUNT_HEADERS = {"产量": True, "绝对数": False, "绝对值": False, "绝对额": False, "数量": False, "总量": False, "本年": False,
                  "全年": False}
#: An amount column that says nothing of the period on its own (it may list targets): a header
#: with it needs a growth column too.
VAGUE_AMOUNT_HEADERS = ("数量",)
#: Growth columns: a rate against the year before, in %.
CHANGE_HEADERS = ("比上年增长(%)", "比上年增长%", "比上年增长", "增长%", "增长(%)", "比上年±%",
                  "比上年±(%)", "同比增长", "同比增长(%)", "同比增长%")
#: Words after the months of an amount column of the year so far (1-9月完成, 1-10月累计).
MONTHS_AMOUNT_ENDS = ("累计完成", "完成值", "完成数", "完成", "累计")
#: Columns of the year's target beside the year so far (全年目标): level targets of the table's year.
TARGET_COLUMN_HEADERS = ("全年目标", "年度目标", "全年计划", "年度计划", "目标值", "目标")
#: Columns of the year's growth target (全年目标增长(%)): growth targets of the table's year.
GROWTH_TARGET_HEADERS = ("全年目标增长", "全年增长目标", "年度目标增长", "年度增长目标", "目标增长", "全年目标增速",
                         "目标增速", "预期目标增长")
#: Columns of a completion ratio (完成率, 完成进度(%)), in product and task tables: not statistics, flagged and
#: not read.
RATIO_HEADERS = ("完成率", "完成比例", "完成进度")
#: Columns of a rank (位次, 全市位次, 排名): not statistics, flagged and not read.
RANK_COLUMN_RE = re.compile(r"(?:位次|排名|名次|排序)$")
#: Columns of another unit's figures beside the county's own (全市增速(%), 全省增长): flagged, not read.
OTHER_UNIT_COLUMN_RE = re.compile(r"^(?:全市|全省|全国|全州|全盟|市|省)")
#: Item names that already name a quantity (发电量, 总产值) take no 产量.
QUANTITY_NAME_ENDS = ("量", "值", "额", "数", "率", "面积", "出栏", "存栏")
#: Words that open a sub-item's name (其中：夏粮): not part of the name.
SUB_ITEM_LEADS = ("其中：", "其中:", "其中")


@dataclass
class Column:
    """One value column: what a number in it measures."""

    label: str
    kind: str          # "level" or "growth"
    status: str        # "actual", "expected", "target"; "base" until notes are read
    year: int
    period: str
    group: int = 0     # index of the header cell it comes from (a year cell may hold 2 columns)
    unit: str = ""     # a unit the header cell states for the whole column (产量（万吨）)


@dataclass
class Slot:
    """One cell slot of a header: what a cell in that position is."""

    role: str          # category, indicator, unit, value, attribute, number, other
    label: str
    column: Column | None = None


@dataclass
class Row:
    """One indicator row as the builder reads it.

    ``labels`` are the category, indicator and unit cells when the layout
    did not say which is which (read by content); ``category``, ``unit`` and
    ``indicator`` are set when it did. ``columns`` is each value's column when
    the layout placed it (None: the assignment rule places them);
    ``by_rule`` says why values were not placed by the row's slots.
    """

    labels: list[tuple[int, str]] = field(default_factory=list)
    values: list[tuple[int, str, Quantity]] = field(default_factory=list)
    attribute: tuple[int, str] | None = None
    category: Cell | None = None
    unit: Cell | None = None
    indicator: Cell | None = None
    columns: list[Column | None] | None = None
    by_rule: str = ""
    value_cells: list[Cell] = field(default_factory=list)
    label_cells: list[Cell] = field(default_factory=list)
    trailing: list[Cell] = field(default_factory=list)     # text after the row's values

    @property
    def line(self) -> int:
        return (self.labels or self.values)[0][0]


@dataclass
class Header:
    has_category: bool
    has_unit: bool
    columns: list[Column]
    end: int               # index of the first body line (one cell a line)
    slots: list[Slot] = field(default_factory=list)


def header_text(text: str) -> str:
    """A header cell as the column model reads it: whitespace removed (指  标, 2020 年)."""
    return "".join(text.split())


def is_indicator_header(cells: list[str]) -> bool:
    """True when header cells (whitespace removed) name an indicator column and a value column."""
    return any(c in INDICATOR_HEADERS for c in cells) and any(
        YEAR_RE.search(c) or GROWTH_HEADER_RE.search(c) for c in cells)


def is_value_header(text: str) -> bool:
    """A header cell of a value column: a year (2020年, 2025目标值) or a growth word (年均增长)."""
    return bool(YEAR_RE.search(text) or GROWTH_HEADER_RE.search(text))


def header_model(top: list[str], subs: list[str], end: int = 0) -> Header | None:
    """The column model of a header: ``top`` cells in order and the second row ``subs``.

    None when the second-row labels do not fit the value columns (the caller
    flags it) or the header has no year.
    """
    value_cols = [t for t in top if YEAR_RE.search(t) or GROWTH_HEADER_RE.search(t)]
    columns = _columns(value_cols, subs)
    if columns is None:
        return None
    slots: list[Slot] = []
    group = 0
    for text in top:
        if YEAR_RE.search(text) or GROWTH_HEADER_RE.search(text):
            slots.extend(Slot("value", c.label, c) for c in columns if c.group == group)
            group += 1
            continue
        role = next((r for words, r in SLOT_ROLES if text in words), "other")
        slots.append(Slot(role, text))
    return Header(has_category=any(t in CATEGORY_HEADERS for t in top),
                  has_unit=any(t in UNIT_HEADERS for t in top), columns=columns, end=end,
                  slots=slots)


def fold_header(text: str) -> str:
    """A header cell as the product vocabularies read it: whitespace removed, brackets and ％ folded."""
    return header_text(text).translate(_HEADER_FOLD)


_HEADER_FOLD = str.maketrans({"（": "(", "）": ")", "％": "%", "＋": "+", "－": "-"})


def _header_unit(text: str) -> tuple[str, str]:
    """An amount header and the unit it states in brackets (产量（万吨） -> 产量, 万吨), else (header, '')."""
    word = fold_header(text)
    amount, unit = unit_in_brackets(word)
    if amount in AMOUNT_HEADERS and unit and unit != "%":
        try:
            parse_unit(unit)
        except QuantityError:
            return word, ""
        return amount, unit
    return word, ""


def amount_period(label: str, year: int) -> str:
    """The months an amount header names (1-9月, 前三季度, 1-9月完成: ``2024-01/2024-09``), else ''."""
    word = fold_header(label)
    found = part_of_year(word, year)
    for end in MONTHS_AMOUNT_ENDS:
        if not found and word.endswith(end) and len(word) > len(end):
            found = part_of_year(word[: -len(end)], year)
    return found or ""


def _product_role(text: str) -> str | None:
    word = _header_unit(text)[0]
    if word in ITEM_HEADERS:
        return "indicator"
    if word in UNIT_HEADERS:
        return "unit"
    if word in AMOUNT_HEADERS or amount_period(word, 2000):
        return "amount"                   # 产量, 本年; 1-9月, 前三季度, 1-9月完成: the year so far
    if word in CHANGE_HEADERS:
        return "growth"
    if word in TARGET_COLUMN_HEADERS:
        return "target"                   # 全年目标
    name, unit = unit_in_brackets(word)
    if name in TARGET_COLUMN_HEADERS and unit == "%":
        return "growth_target"            # 全年目标(%) beside 同比增长(%): the year's growth target
    if name in GROWTH_TARGET_HEADERS and unit in ("%", ""):
        return "growth_target"            # 全年目标增长(%)
    if name in RATIO_HEADERS:
        return "ratio"                    # 完成进度(%)
    if RANK_COLUMN_RE.search(word):
        return "rank"                     # 全市位次
    if OTHER_UNIT_COLUMN_RE.match(word):
        return "other_unit"               # 全市增速(%)
    return None


def is_product_header(cells: list[str]) -> bool:
    """True when header cells make a bulletin's table of amounts: an item cell first, then unit,
    amount and growth cells only (each at most once, one amount or growth at least), every cell
    a declared word; an amount column of :data:`VAGUE_AMOUNT_HEADERS` needs a growth column. A column of
    the year's target (全年目标) may follow, or, beside a growth column, the year's growth target
    (全年目标(%)), and rank columns (全市位次), completion ratios (完成进度(%)) and
    another unit's columns (全市增速(%)), whose cells are flagged."""
    roles = [_product_role(c) for c in cells]
    if len(roles) < 2 or roles[0] != "indicator" or None in roles:
        return False
    if any(roles.count(r) > 1 for r in ("indicator", "unit", "amount", "growth", "target", "growth_target")):
        return False
    if "growth_target" in roles and "target" in roles:
        return False
    if any(r == "growth_target" and unit_in_brackets(fold_header(c))[0] in TARGET_COLUMN_HEADERS
           for c, r in zip(cells, roles)) and "growth" not in roles:
        return False                      # 全年目标(%) with no growth column beside it: rates or rises?
    if "amount" not in roles and "growth" not in roles:
        return False
    amount = next((fold_header(c) for c, r in zip(cells, roles) if r == "amount"), None)
    return not (amount in VAGUE_AMOUNT_HEADERS and "growth" not in roles)


def product_header_model(top: list[str]) -> Header:
    """The column model of a product header (:func:`is_product_header`): the item, unit, a level
    column and a growth column. Their year is the table's (the builder sets it)."""
    slots: list[Slot] = []
    columns: list[Column] = []
    for group, text in enumerate(top):
        role = _product_role(text)
        if role in ("amount", "growth", "target", "growth_target"):
            label, unit = _header_unit(text)
            column = Column(label, "growth" if role in ("growth", "growth_target") else "level",
                            "target" if role in ("target", "growth_target") else "actual", 0, "", group, unit)
            columns.append(column)
            slots.append(Slot("value", column.label, column))
        else:
            slots.append(Slot(role, text))
    return Header(has_category=False, has_unit=any(s.role == "unit" for s in slots), columns=columns,
                  end=0, slots=slots)


# --- one cell a line ------------------------------------------------------------------------


def extract_indicator_tables(doc, out: Collector) -> None:
    """Find every indicator table of ``doc`` laid out one cell a line and build it into ``out``."""
    lines = doc.lines
    i = 0
    while i < len(lines):
        text = lines[i].strip()
        if len(text) <= 8 and header_text(text) in CATEGORY_HEADERS + INDICATOR_HEADERS:
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
        text = header_text(text)                 # 类  别, 2020 年
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
    header = header_model(top, subs, index)
    if header is None:
        flag_unreadable_header(out, start + 1, top, subs, len(value_cols))
    return header


def flag_unreadable_header(out: Collector, line: int, top: list[str], subs: list[str],
                           n_value_cols: int) -> None:
    out.flag(line, "table_header_unreadable", "error",
             f"{len(subs)} second-row labels do not fit {n_value_cols} value columns: "
             f"{' | '.join(top + subs)}")


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
    yearly = _yearly_targets(years, base_year, target_year)
    # a growth over the years the columns span (2020 | 2025 | 年均增长: 2021/2025); with one year only
    # (2022年 | 比上年增长(%)), that year's growth on the year before
    growth_period = f"{base_year + 1}/{target_year}" if target_year > base_year else str(target_year)
    columns: list[Column] = []
    for group, (label, sub_labels) in enumerate(zip(value_cols, split)):
        is_growth = bool(GROWTH_HEADER_RE.search(label)) and not (
            YEAR_RE.search(label) and not re.search(r"增长|增速", label))
        year_m = YEAR_RE.search(label)
        year = target_year if is_growth or not year_m else int(year_m.group(0))
        period = growth_period if is_growth else str(year)
        kind = "growth" if is_growth else "level"
        statuses = [SUBHEADERS[sub] for sub in sub_labels] or [
            _status_from_label(label, year, base_year, target_year, is_growth, year in yearly)]
        for sub, status in zip(sub_labels or [""], statuses):
            columns.append(Column(f"{label}{'/' + sub if sub else ''}", kind, status, year, period,
                                  group))
    target_status = next((c.status for c in reversed(columns) if c.kind == "level"), "actual")
    for column in columns:
        if column.status == "as_target_column":
            column.status = target_status
    return columns


def _yearly_targets(years: list[int], base_year: int, target_year: int) -> set[int]:
    """Years between the base and the target year that are yearly targets (2021 ... 2025).

    Only a run of consecutive years reaching the target year: a lone 2019
    column in a completion table stays an actual.
    """
    later = sorted(set(y for y in years if base_year < y < target_year))
    return set(later) if later and later == list(range(base_year + 1, target_year)) else set()


def _status_from_label(label: str, year: int, base_year: int, target_year: int,
                       is_growth: bool, yearly: bool = False) -> str:
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
    if yearly:
        return "as_target_column"
    return "actual" if year < target_year or year == base_year else "target"


def _read_table(doc, start: int, header: Header, out: Collector) -> int:
    """Read the body after ``header`` (one cell a line); return the index of the first line after the table."""
    lines = doc.lines
    table_id = out.new_table_id()
    rows: list[TableRow] = []
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
        if notes or ends_table(text):
            end = index
            break
        line = index + 1
        index += 1
        if text in ATTRIBUTES:
            out.account(line, "属性", text)
            if current is None or current.attribute is not None or not current.labels:
                out.flag(line, "orphan_cell", "warning", "属性 cell with no indicator before it",
                         table_id, text)
                continue
            current.attribute = (line, text)
            rows[-1].cells.append(Cell([(line, text)]))
            continue
        quantity = try_parse(text)
        row_open = current is not None and current.attribute is None
        if row_open and current.labels and not current.values and quantity is not None:
            following = next((t for _, t in nonblank(lines, index, index + 4)), "")
            if names_not_value(quantity, following, header):
                quantity = None
        if row_open and current.labels and not current.values and quantity is None:
            current.labels.append((line, text))      # category + indicator, or unit
            rows[-1].cells.append(Cell([(line, text)]))
            continue
        if row_open and current.labels and quantity is not None and (
                not current.values or len(current.values) < n_cols):
            current.values.append((line, text, quantity))
            rows[-1].cells.append(Cell([(line, text)]))
            continue
        if quantity is not None and quantity.qualifier != "qualitative":
            out.flag(line, "orphan_cell", "warning", "value with no indicator before it "
                     "(or more values than the table has columns)", table_id, text)
            continue
        if row_open and current.labels:
            out.flag(current.line, "missing_attribute", "warning",
                     f"row {' | '.join(t for _, t in current.labels)} has no 属性 cell", table_id)
        current = Row(labels=[(line, text)])
        rows.append(TableRow([Cell([(line, text)])]))
    else:
        end = len(lines)
    if current is not None and current.attribute is None and current.labels:
        out.flag(current.line, "missing_attribute", "warning",
                 f"last row {' | '.join(t for _, t in current.labels)} has no 属性 cell "
                 "(the table may be cut off)", table_id)
    header_lines = [k + 1 for k, _ in nonblank(lines, start, header.end)]
    block = TableBlock("one cell a line", [], [], header_lines, rows, notes, start, end)
    build_indicator_table(doc, table_id, header, block, out)
    return end


# --- the builder: every layout's rows -> indicator_rows, observations, structure -------------


def build_indicator_table(doc, table_id: str, header: Header, block: TableBlock,
                          out: Collector) -> None:
    """Write one indicator table read by any layout reader into ``out``.

    The table's line range (title to ``block.end``) goes to ``tables``, so the
    prose reader skips its lines and accounting checks every one of them.
    """
    title, title_line = preceding_title(doc.lines, block.start)
    out.read_cells(table_id, (cell for trow in block.rows for cell in trow.cells))
    rows = [_row(trow, header, table_id, out) for trow in block.rows]
    if not rows:
        out.flag(block.start + 1, "empty_table", "warning", "indicator table header with no rows",
                 table_id)
    _emit_rows(doc, table_id, header, rows, block.notes, out)
    n_cells = len({id(cell) for trow in block.rows for cell in trow.cells})
    if title_line:
        for line in range(title_line, block.start + 1):       # a title may wrap over lines
            if doc.lines[line - 1].strip():
                out.account(line, "title")
    for line in block.header_lines:
        out.account(line, "header")
    out.add("tables", table_id=table_id, kind="indicators", title=title,
            line=title_line or block.start + 1, line_end=block.end, n_rows=len(rows),
            n_cells=n_cells, notes=" ".join(t for _, t in block.notes))
    for line, text in block.notes:
        out.flag(line, "table_note", "info", "note under the table, kept in tables.notes",
                 table_id, text)


def _row(trow: TableRow, header: Header, table_id: str, out: Collector) -> Row:
    """Read one body row: by its slots when the layout gave them and the width fits, else by content."""
    if trow.width is None:
        return _row_by_content(trow.cells, header)
    if trow.width == len(header.slots) and _fits_slots(trow, header):
        row = _row_by_slots(trow, header, table_id, out)
    else:
        row = _row_of_other_width(trow, header, table_id, out)
    if row.attribute is None and row.labels and any(s.role == "attribute" for s in header.slots):
        out.flag(row.line, "missing_attribute", "warning",
                 f"row {' | '.join(t for _, t in row.labels)} has no 属性 cell", table_id)
    return row


def names_not_value(quantity: Quantity, following: str, header: Header) -> bool:
    """A cell read as qualitative (单位GDP能耗降低, 收入增长) before any value of its row is an
    indicator name when the cell after it is a unit (the table has a unit column) or a number."""
    if quantity.qualifier != "qualitative":
        return False
    if header.has_unit and _is_unit(following):
        return True
    after = try_parse(following)
    return after is not None and (after.value is not None or bool(after.parts))


def _fits_slots(trow: TableRow, header: Header) -> bool:
    """True when every cell's content can stand in its slot: no number in a category,
    indicator or unit slot, 预期性/约束性 in the 属性 slot and nowhere else. A row that does not fit (cells shifted by a missing or extra
    separator) is read by content instead, so no value lands in the wrong column."""
    for cell in trow.cells:
        if cell.column is None:
            return False
        role = header.slots[cell.column].role
        text = cell.text
        if (text in ATTRIBUTES) != (role == "attribute"):
            return False
        if role in ("category", "indicator", "unit"):
            quantity = try_parse(text)
            if quantity is not None and (quantity.value is not None or quantity.parts):
                return False
    return True


def _row_by_content(cells: list[Cell], header: Header) -> Row:
    """Labels, values and 属性 told apart by content (the first cell is always a label)."""
    row = Row()
    for k, cell in enumerate(cells):
        text = cell.text
        if k and text in ATTRIBUTES:
            row.attribute = (cell.line, text)
            continue
        quantity = try_parse(text) if k else None
        if quantity is not None and not row.values and names_not_value(
                quantity, cells[k + 1].text if k + 1 < len(cells) else "", header):
            quantity = None
        if quantity is None and row.values:
            row.trailing.append(cell)
        elif quantity is None:
            row.labels.append((cell.line, text))
            row.label_cells.append(cell)
        else:
            row.values.append((cell.line, text, quantity))
            row.value_cells.append(cell)
    return row


def _row_by_slots(trow: TableRow, header: Header, table_id: str, out: Collector) -> Row:
    """A full row: every cell read as its header slot says."""
    row = Row(columns=[])
    for cell in trow.cells:
        slot = header.slots[cell.column]
        text = cell.text
        if slot.role == "category":
            row.category = cell
        elif slot.role == "indicator":
            row.indicator = cell
            row.labels = [(cell.line, text)]
        elif slot.role == "unit":
            row.unit = cell
        elif slot.role == "value":
            quantity = try_parse(text)
            if quantity is None:
                out.flag(cell.line, "unreadable_value", "warning", f"column {slot.label}: "
                         "analysis.extract.numbers cannot read this value", table_id, text)
                out.account_cell(cell, "flagged cell")
                continue
            row.values.append((cell.line, text, quantity))
            row.columns.append(slot.column)
        elif slot.role == "attribute" and text in ATTRIBUTES:
            row.attribute = (cell.line, text)
            out.account_cell(cell, "属性")
        elif slot.role == "number":
            out.account_cell(cell, "row number")
        else:
            out.flag(cell.line, "unplaced_cell", "warning",
                     f"column {slot.label!r} holds no value the table model reads", table_id, text)
            out.account_cell(cell, "flagged cell")
    return row


def _row_of_other_width(trow: TableRow, header: Header, table_id: str, out: Collector) -> Row:
    """A row with more or fewer cells than the header: read by content, placed by rule.

    The value cells are placed by position when, from the first value to the
    属性 cell (or the row's end), they span exactly the value columns;
    otherwise by the assignment rule. Either way every value is flagged
    ``assigned_by_rule``.
    """
    cells = trow.cells
    row = _row_by_content(cells, header)
    reason = (f"row of {trow.width} cells for {len(header.slots)} columns"
              if trow.width != len(header.slots) else "cells do not fit their columns")
    first = cells.index(row.value_cells[0]) if row.value_cells else None
    if first is not None and cells[first].column is not None:
        attribute_cell = next((c for c in cells[first:] if c.text in ATTRIBUTES), None)
        start = cells[first].column
        stop = attribute_cell.column if attribute_cell is not None else trow.width
        if stop is not None and stop - start == len(header.columns) and all(
                c.column is not None and start <= c.column < stop
                for c in cells[first:] if c is not attribute_cell):
            row.columns = [header.columns[c.column - start] for c in cells[first:]
                           if c is not attribute_cell]
            row.by_rule = f"{reason}: values by their place from the first value"
            row.category = None
    if row.columns is None:
        row.by_rule = f"{reason}: values by the assignment rule"
    elif row.label_cells:
        _labels_to_fields(row, header, table_id, out)
    if row.attribute is not None:
        out.account(row.attribute[0], "属性", row.attribute[1])
    for cell in row.trailing:
        out.flag(cell.line, "unplaced_cell", "warning", "text after the values of its row",
                 table_id, cell.text)
        out.account_cell(cell, "flagged cell")
    return row


def _labels_to_fields(row: Row, header: Header, table_id: str, out: Collector) -> None:
    """Category, indicator and unit of a row whose values were placed but labels read by content
    (the same reading as the one-cell-a-line rows: first label the category, last the indicator)."""
    cells = list(row.label_cells)
    if header.has_unit and len(cells) >= 2 and _is_unit(cells[-1].text):
        row.unit = cells.pop()
    if len(cells) >= 2 and header.has_category:
        row.category = cells[0]
        for cell in cells[1:-1]:
            out.flag(cell.line, "unplaced_cell", "warning", "label between category and indicator",
                     table_id, cell.text)
            out.account_cell(cell, "flagged cell")
        cells = cells[-1:]
    if len(cells) >= 2:
        out.flag(cells[0].line, "indicator_rejoined", "warning", "indicator name spread over "
                 "several cells, joined", table_id, "|".join(c.text for c in cells))
        for cell in cells:
            out.account_cell(cell, "part of the indicator")
        row.labels = [(cells[0].line, "".join(c.text for c in cells))]
        return
    row.indicator = cells[0]
    row.labels = [(cells[0].line, cells[0].text)]


def ends_table(text: str) -> bool:
    """A line that cannot be part of a table body: an outline heading, a box, a sentence."""
    return bool(HEADING_RE.match(text) or BOX_RE.match(text) or (len(text) > 40 and (
        text.endswith("。") or "，" in text or "," in text)))


def is_sentence(text: str) -> bool:
    """A line of running text: it ends a sentence or holds a clause comma (no table cell does)."""
    return text.endswith(("。", "；")) or "，" in text


_PARSED: dict[str, Quantity | None] = {}


def try_parse(text: str) -> Quantity | None:
    """The value of a cell, None when it is not one (an indicator with its unit never is)."""
    if text in _PARSED:
        return _PARSED[text]
    if _UNIT_PAREN_RE.match(text):
        result = None            # an indicator with its unit, never a value
    else:
        try:
            result = parse_quantity(text)
        except QuantityError:
            result = None
    if len(_PARSED) < 50_000:
        _PARSED[text] = result
    return result


def _emit_rows(doc, table_id: str, header: Header, rows: list[Row],
               notes: list[tuple[int, str]], out: Collector) -> None:
    """Write the table's rows into ``indicator_rows``, ``observations`` and ``structure``."""
    base_estimated = any(BASE_ESTIMATE_NOTE_RE.search(t) for _, t in notes)
    for column in header.columns:
        if column.status == "base":
            column.status = "expected" if base_estimated else "actual"
    category = ""
    row_no = 0
    for row in rows:
        labels = list(row.labels)
        unit_cell = ""
        if row.columns is None and row.category is None:
            if header.has_unit and len(labels) >= 2 and _is_unit(labels[-1][1]):
                unit_line, unit_cell = labels.pop()
                out.account(unit_line, "unit", unit_cell)
            if len(labels) >= 2 and header.has_category:
                category = labels[0][1]
                out.account(labels[0][0], "category", category)
                for line, text in labels[1:-1]:
                    out.flag(line, "unplaced_cell", "warning", "label between category and "
                             "indicator", table_id, text)
            elif len(labels) >= 2:
                out.flag(labels[0][0], "indicator_rejoined", "warning", "indicator name spread "
                         "over several cells, joined", table_id, "|".join(t for _, t in labels))
                for label_line, label_text in labels:
                    out.account(label_line, "part of the indicator", label_text)
                labels = [(labels[0][0], "".join(t for _, t in labels))]
        else:
            if row.category is not None:
                category = row.category.text
                out.account_cell(row.category, "category")
            if row.unit is not None:
                unit_cell = row.unit.text
                out.account_cell(row.unit, "unit")
            if row.indicator is not None:
                out.account_cell(row.indicator, "part of the indicator")
        if not labels:
            for vline, vtext, _q in row.values:
                out.flag(vline, "orphan_cell", "warning", "value with no indicator in its row",
                         table_id, vtext)
            if row.attribute is not None:
                out.flag(row.attribute[0], "orphan_cell", "warning",
                         "属性 cell with no indicator in its row", table_id, row.attribute[1])
            continue
        row_no += 1
        line, raw_indicator = labels[-1]
        out.account(line, "indicator", raw_indicator)
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
        if row.columns is not None:
            placed = list(zip(row.values, row.columns))
            by_rule = bool(row.by_rule)
        else:
            placed = _assign(row.values, header.columns)
            by_rule = len(row.values) != len(header.columns) or bool(row.by_rule)
        why = row.by_rule or f"{len(row.values)} values for {len(header.columns)} columns"
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
                         f"{indicator!r}: {vtext!r} -> {column.label} ({why})", table_id, vtext)
            common = dict(table_id=table_id, category=category, indicator=indicator,
                          attribute=attribute, status=column.status, year=column.year,
                          period=column.period, value_text=vtext, line=vline,
                          column=column.label)
            if quantity.parts:
                _emit_structure(doc, out, quantity, common, column)
            elif quantity.qualifier != "blank":
                _emit_observation(doc, out, quantity, unit, column, common)
            else:
                out.account(vline, "blank cell (no observation)", vtext)
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
    rate = next((w for w in _RATE_ROW_ENDINGS if common["indicator"].endswith(w)), "")
    if rate and unit == "%" and len(common["indicator"]) > len(rate) + 1 and quantity.qualifier != "cumulative":
        measure = "growth"                # 规模以上工业增加值增速（%）: the growth of 规模以上工业增加值
        common = {**common, "indicator": common["indicator"][: -len(rate)]}
    fall = _FALL_ROW_RE.search(common["indicator"])
    fall = fall if fall and unit == "%" and fall.start() >= 2 else None
    if fall:
        # 单位地区生产总值能源消耗降低（%）[13.5], 化学需氧量每年下降 0.5: a fall of what precedes, in % of it
        quantity = replace(quantity, value=None if quantity.value is None else -abs(quantity.value),
                           low=None if quantity.low is None else -abs(quantity.low),
                           high=None if quantity.high is None else -abs(quantity.high))
        common = {**common, "indicator": common["indicator"][: fall.start()]}
        if quantity.value is not None:
            out.flag(common["line"], "fall_row", "info", f"row named by a fall ({fall.group(0)}): read as a "
                     f"growth of {common['indicator']} of {quantity.value:g}%", common["table_id"],
                     common["value_text"])
        measure = "growth"
    if fall and measure == "growth":
        stated_unit = "%"
    elif quantity.qualifier == "cumulative":
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


def sign_changes_from_levels(doc, out) -> None:
    """An unsigned [x] change whose row's levels fall by x is a fall: its sign is set, and flagged.

    A plan table prints the change over the plan period in brackets, often
    without a sign (3.4 -> 3 with [0.4]). When the row's first and last levels
    fall by the stated amount (to the precision printed), the change takes the
    minus sign; when they fall by another amount, the change is only flagged.
    """
    rows: dict[tuple, list[dict]] = {}
    for obs in out.rows.get("observations", []):
        if obs.get("source") == "table" and obs.get("table_id"):
            rows.setdefault((obs["table_id"], obs.get("category", ""), obs["indicator"]), []).append(obs)
    for group in rows.values():
        levels = sorted((o for o in group if o["measure"] == "level" and o["value"] is not None
                         and o.get("year") is not None), key=lambda o: o["year"])
        changes = [o for o in group if o["measure"] == "change" and o["qualifier"] == "cumulative"
                   and o["value"] is not None and o["value"] > 0 and not o["value_text"].lstrip("[【 ").startswith(("-", "+"))]
        if len(levels) < 2 or not changes:
            continue
        first, last = levels[0], levels[-1]
        fall = first["value"] - last["value"]
        if fall <= 0:
            continue
        for change in changes:
            slack = _half_unit(first["value_text"]) + _half_unit(last["value_text"]) + _half_unit(change["value_text"])
            if abs(fall - change["value"]) <= slack + 1e-9:
                change["value"] = -change["value"]
                if change.get("value_base") is not None:
                    change["value_base"] = -change["value_base"]
                out.flag(change["line"], "sign_from_levels", "info",
                         f"{change['value_text']} has no sign; the row falls from {first['value_text']} to "
                         f"{last['value_text']}: read as -{abs(change['value']):g}", change["table_id"], change["value_text"])
            else:
                out.flag(change["line"], "change_disagrees_with_levels", "warning",
                         f"{change['value_text']} has no sign and the row falls by {fall:g} "
                         f"({first['value_text']} to {last['value_text']}): kept as stated", change["table_id"],
                         change["value_text"])


def _half_unit(text: str) -> float:
    """Half a unit of the last digit printed (0.05 for 3.4, 0.5 for 3)."""
    m = re.search(r"\d+(?:\.(\d+))?", text or "")
    if not m:
        return 0.0
    return 0.5 * 10 ** -(len(m.group(1)) if m.group(1) else 0)


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


def unit_in_brackets(raw: str) -> tuple[str, str]:
    """A name and the unit its closing brackets hold (地区生产总值(亿元), 新增城镇就业（人）), else (name, '')."""
    m = _UNIT_PAREN_RE.match(raw)
    return (m.group("name").strip(), m.group("unit").strip()) if m else (raw.strip(), "")


def _split_unit(raw: str, unit_cell: str = "") -> tuple[str, str, bool]:
    """Indicator name and unit from ``地区生产总值(亿元)``; infer when empty and certain."""
    name, unit = unit_in_brackets(raw)
    unit = unit or unit_cell
    if unit:
        return name, unit, False
    for pattern, inferred in UNIT_INFERENCE:
        if pattern.search(name):
            return name, inferred, True
    return name, "", False
