"""The sections of a district report, for ``notebooks/10_district_report.ipynb``.

Each function takes a :class:`DistrictData` and returns what a notebook cell
displays: an ``IPython.display.HTML`` (every text from the documents escaped,
every number linked to its source) or a matplotlib figure. A section with no
data for the district returns one line saying so. Labels come in Chinese
(``lang="zh"``) or English with the Chinese beside (``lang="en"``).
"""

from __future__ import annotations

import json
import re
import textwrap
from decimal import Decimal
from dataclasses import dataclass, field
from html import escape
from pathlib import Path

import matplotlib.pyplot as plt
import pandas as pd
from IPython.display import HTML

from analysis.data import load
from analysis.dictionary import load_dictionary
from analysis.growth import implied_level
from analysis.panel import district_panel
from analysis.paneldata import build_series, latest, related_doubts
from analysis.shares import from_ratio, moore_angle, norm_of_absolute_values
from analysis.targets import indicator_key, target_tracking

LANGS = ("zh", "en")
HEADLINE = ("gdp", "fiscal_revenue_total", "fiscal_budget_revenue", "retail_sales",
            "fixed_asset_investment", "industrial_value_added", "industrial_revenue", "fdi_actual",
            "income_urban_per_capita", "income_rural_per_capita", "population_resident",
            "population_total", "urbanisation_rate", "new_urban_jobs", "rd_share_gdp",
            "market_entities")

LABELS = {
    "title": ("{district}经济社会发展数据报告", "{district}: economic and social data report"),
    "header": ("概况", "Overview"),
    "documents": ("所用文件", "Documents used"),
    "built": ("数据生成时间", "Data built"),
    "key": ("主要指标", "Key figures"),
    "findings": ("要点", "Findings"),
    "plans": ("规划目标与完成情况", "Plan results and targets"),
    "structure": ("三次产业结构", "Economic structure"),
    "incomes": ("居民收入", "Incomes"),
    "facts": ("文中数据（按主题）", "Facts from the text, by theme"),
    "firms": ("重点企业、工作任务与重点项目", "Firms, work tasks and project boxes"),
    "quality": ("数据质量", "Data quality"),
    "appendix": ("附录：数据来源", "Appendix: sources"),
    "none": ("本区暂无此类数据。", "The documents give no data of this kind for this district."),
    "indicator": ("指标", "Indicator"), "period": ("时期", "Period"), "value": ("数值", "Value"),
    "unit": ("单位", "Unit"), "growth": ("增长", "Growth"), "source": ("来源", "Source"),
    "status": ("状态", "Status"), "target": ("目标", "Target"), "base": ("基期", "Base"),
    "actual": ("最新实际值", "Latest actual"), "plan_rate": ("规划增速", "Plan rate"),
    "required": ("仍需增速", "Rate still required"), "sentence": ("原文", "Sentence"),
    "theme": ("主题", "Theme"), "tasks_by_lead": ("各牵头单位任务数", "Tasks by lead unit"),
}
STATUS = {"ahead": ("超前", "ahead"), "on_track": ("符合进度", "on track"),
          "behind": ("滞后", "behind"), "no_data": ("暂无数据", "no data"),
          "actual": ("实际", "actual"), "expected": ("预计", "expected"), "target": ("目标", "target")}
THEMES = (
    ("经济与产业", "Economy and industry", r"生产总值|GDP|工业|产业|企业|营业收入|增加值|产值|市场主体|经济"),
    ("投资与项目", "Investment and projects", r"投资|项目|资金|投入|招商|厂房"),
    ("消费与开放", "Consumption and trade", r"消费|零售|外资|内资|进出口|出口|商家|电商|成交"),
    ("人口、就业与收入", "Population, jobs and incomes", r"人口|就业|收入|创业|岗位|劳动"),
    ("社会事业", "Social services", r"学|教育|医|卫生|养老|志愿|文化|体育|幼儿|学位|救助|低保"),
    ("城乡建设与环境", "Towns, villages and environment", r"小区|街|路|村|棚|厕|污水|垃圾|绿|森林|PM|空气|水|农|粮"),
    ("党建与治理", "Party building and governance", r"党|组织|纠纷|治理|巡查|督查|警"),
)


QUALIFIER_WORDS = {"more_than": ("超过", "more than "), "at_least": ("至少", "at least "),
                   "approx": ("约", "about "), "cumulative": ("累计", "in all, "),
                   "at_most": ("不超过", "at most "), "less_than": ("不到", "less than ")}
FLAG_WORDS = {
    "respectively_unsplit": ("“分别”句中的数字未能一一对应", "a 分别 (respectively) sentence whose numbers could not be paired"),
    "no_values": ("表中有行没有数字", "table rows without numbers"),
    "number_without_unit": ("数字未注明单位", "numbers stated without a unit"),
    "unit_inferred": ("单位由上下文推断", "units inferred from the context"),
    "unit_rejoined": ("单位跨行，已接回", "units split across lines, joined again"),
    "assigned_by_rule": ("按规则归入本区", "numbers placed in this district by rule"),
    "duplicate_paragraph": ("重复段落，只计一次", "repeated paragraphs, counted once"),
    "empty_cell": ("表格空格", "empty table cells"),
    "table_note": ("表注", "table notes"),
    "expected_by_note": ("表中数据按正文注明改为预计数", "table values made expected by a note in the text"),
    "structure_duplicate": ("产业结构重复给出", "the sector structure given twice"),
    "layout_break_rejoined": ("跨页断行，已接回", "lines broken by the layout, joined again"),
    "name_rejoined": ("名称跨行，已接回", "names split across lines, joined again"),
    "blank_set_aside": ("空白内容已略过", "blank content set aside"),
}
DOUBT_MARK = "⚠"
UNITS_EN = {"亿元": "100 million yuan", "万元": "10,000 yuan", "元": "yuan", "亿美元": "100 million US$",
            "万美元": "10,000 US$", "万人": "10,000 people", "人": "people", "万人次": "10,000 visits",
            "户": "households", "万户": "10,000 households", "%": "%", "百分点": "percentage points",
            "家": "firms", "个": "units", "万吨": "10,000 tonnes", "吨": "tonnes", "倍": "times", "亩": "mu",
            "万亩": "10,000 mu", "平方公里": "km²", "万平方公里": "10,000 km²", "平方米": "m²",
            "万平方米": "10,000 m²", "公里": "km", "条": "items", "项": "items", "所": "institutions"}


def unit_label(unit: str, lang: str) -> str:
    """A unit in the page's language: 亿元, or "100 million yuan (亿元)"; "[untranslated]" when unknown."""
    if lang == "zh" or not unit or unit == "%":
        return unit or ""
    english = UNITS_EN.get(unit)
    return f"{english} ({unit})" if english else f"{unit} [untranslated]"


SCALED_UNITS = {"亿元": (8, "yuan"), "万元": (4, "yuan"), "亿美元": (8, "US$"), "万美元": (4, "US$"),
                "万人": (4, "people"), "万人次": (4, "visits"), "万户": (4, "households"), "万吨": (4, "tonnes"),
                "万亩": (4, "mu"), "万平方米": (4, "m²"), "万平方公里": (4, "km²"), "亿千瓦时": (8, "kWh"),
                "万千瓦时": (4, "kWh")}
SCALE_WORDS = ((9, "billion"), (6, "million"))


def amount(value, qualifier: str, unit: str, lang: str) -> str:
    """A value with its qualifier and unit, as a sentence says it.

    zh keeps the document's form (超过236.8亿元). en writes a Chinese scale
    unit (亿 = 10^8, 万 = 10^4) in billions or millions with the stated form
    beside it, so the figure can be checked against its quote: 236.8 亿元 is
    "23.68 billion yuan (236.8 亿元)"; other units take their English word
    (8,200 people); a unit with no English word is kept as written.
    """
    text = qualified(value, qualifier, lang)
    if lang == "zh" or _missing(value):
        return f"{text}{unit or ''}"
    if unit in SCALED_UNITS:
        power, base = SCALED_UNITS[unit]
        exact = Decimal(str(value)).scaleb(power)
        power_word = next(((p, w) for p, w in SCALE_WORDS if abs(exact) >= Decimal(10) ** p), None)
        shown = exact.scaleb(-power_word[0]) if power_word else exact
        number = f"{shown.normalize():,f}" + (f" {power_word[1]}" if power_word else "")
        words = QUALIFIER_WORDS.get(qualifier or "")
        return f"{words[1] if words else ''}{number} {base} ({_number(value)} {unit})"
    if not unit or unit == "%":
        return f"{text}{unit or ''}"
    return f"{text} {UNITS_EN.get(unit, unit)}"


def qualified(value, qualifier: str, lang: str) -> str:
    """A value with its qualifier in words: 超过3,000 / more than 3,000."""
    text = _number(value)
    words = QUALIFIER_WORDS.get(qualifier or "")
    return text if words is None else words[LANGS.index(lang)] + text


def _number(value) -> str:
    if _missing(value):
        return ""
    value = float(value)
    return f"{value:,.0f}" if value == int(value) and abs(value) >= 1000 else f"{value:,.10g}"


def growth_words(value: float, period: str, lang: str, level_period: str = "", unit: str = "%") -> str:
    """A growth rate labelled by its kind and sign: 同比增长16.2%, 年均增长14.88%（2013—2022年）, 同比下降6.5%.

    A rate over a span (``2013/2022``) is a yearly average over it; one over a
    year or a part of a year is on the same period a year before (同比); a rate
    without a period says so. A growth stated in 倍 (增长1.3倍) keeps it.
    """
    zh = lang == "zh"
    up = value >= 0
    amount = f"{abs(value):g}%" if unit != "倍" else (f"{abs(value):g}倍" if zh else f"{abs(value):g} times")
    span = re.fullmatch(r"(\d{4})/(\d{4})", period or "")
    if span:
        a, b = span.groups()
        return (f"年均{'增长' if up else '下降'}{amount}（{a}—{b}年）" if zh
                else f"{'up' if up else 'down'} {amount} a year on average ({a}–{b})")
    if period:
        return f"同比{'增长' if up else '下降'}{amount}" if zh else f"{'up' if up else 'down'} {amount} on a year before"
    return (f"{'增长' if up else '下降'}{amount}（期间未注明）" if zh
            else f"{'up' if up else 'down'} {amount} (period not stated)")


def finding_words(finding, lang: str) -> str:
    """An audit finding (a row of the ``audit`` table) in plain words, numbers rounded."""
    zh = lang == "zh"
    kind, stated, computed = finding.kind, finding.stated, finding.computed
    likely = getattr(finding, "likely_reading", "") or ""
    n = (lambda v: "" if _missing(v) else f"{float(v):,.1f}".rstrip("0").rstrip("."))
    if kind == "growth_rate":
        return (f"增速与本表数据不符：按表中数据算得年均{n(computed)}%，文件写{n(stated)}%" if zh else
                f"the rate does not match the table's own figures: they give {n(computed)}% a year, "
                f"the document states {n(stated)}%")
    if kind == "cumulative_change":
        return (f"变化量与本表数据不符：按表中数据算得{n(computed)}，文件写{n(stated)}" if zh else
                f"the change does not match the table's own figures: {n(computed)} computed, {n(stated)} stated")
    if kind == "magnitude":
        return ((f"数值不合常理，可能应为{likely}" if likely else "数值不合常理") if zh else
                (f"implausible for a district; likely {likely}" if likely else "implausible for a district"))
    if kind == "conflict":
        return "与另一处所给数值不一致" if zh else "differs from the value given elsewhere"
    if kind == "multiple":
        return (f"倍数与基期数据不符（算得{n(computed)}倍）" if zh
                else f"the multiple does not match the base year's level ({n(computed)} computed)")
    if kind == "shares_sum":
        return "三次产业比重之和不是100%" if zh else "the sector shares do not sum to 100%"
    if kind == "claimed_count":
        return (f"标题称{n(stated)}项，实际列出{n(computed)}项" if zh
                else f"the heading claims {n(stated)} items; {n(computed)} are listed")
    return finding.result


def setup_charts() -> None:
    """Seaborn's theme with the bundled CJK font; figures drawn once at 96 dpi.

    In a notebook the inline backend is told not to redraw each figure for a
    tight bounding box (the charts lay themselves out with ``tight_layout``).
    """
    import seaborn as sns
    from IPython import get_ipython

    from analysis.fonts import register_cjk_font

    sns.set_theme(style="whitegrid", font=register_cjk_font())
    plt.rcParams["figure.dpi"] = 96
    shell = get_ipython()
    if shell is not None:
        shell.run_line_magic("config", "InlineBackend.print_figure_kwargs = {'bbox_inches': None}")


def describe(fig) -> str:
    """Alt text for a chart: its titles, axes and series, as drawn."""
    parts = []
    for ax in fig.axes:
        bits = [ax.get_title()]
        if ax.get_xlabel():
            bits.append(f"x: {ax.get_xlabel()}")
        if ax.get_ylabel():
            bits.append(f"y: {ax.get_ylabel()}")
        ticks = [t.get_text() for t in ax.get_yticklabels() if t.get_text()]
        if ticks and not all(re.fullmatch(r"[-−\d.,%]+", t) for t in ticks):
            bits.append(" / ".join(ticks))
        legend = ax.get_legend()
        if legend is not None:
            bits.append(" / ".join(t.get_text() for t in legend.get_texts()))
        parts.append("; ".join(b for b in bits if b))
    return " | ".join(p for p in parts if p)


def show(fig, alt: str = "", dpi: int = 192) -> None:
    """Display a chart as a 2x PNG at its drawn size, with alt text (``describe`` when none is given)."""
    import base64
    from io import BytesIO

    from IPython.display import display

    if not hasattr(fig, "savefig"):          # a section without data says so instead of a chart
        display(fig)
        return
    buffer = BytesIO()
    fig.savefig(buffer, format="png", dpi=dpi, bbox_inches="tight", pad_inches=0.08)   # legends outside kept
    width = int.from_bytes(buffer.getvalue()[16:20], "big") * 96 // dpi               # the PNG's IHDR width
    display({"image/png": base64.b64encode(buffer.getvalue()).decode("ascii")}, raw=True,
            metadata={"image/png": {"width": width, "alt": alt or describe(fig)}})
    plt.close(fig)


def label(key: str, lang: str, **kw) -> str:
    return LABELS[key][LANGS.index(lang)].format(**kw)


TABLE_NAMES = ("documents", "observations", "structure", "enterprises", "tasks", "task_units",
               "projects", "flags", "audit", "tables")


_TABLES_CACHE: dict = {}            # the last tables read, by their files' identity (see load_tables)


def load_tables(clean_dir: str | Path) -> dict[str, pd.DataFrame]:
    """The clean tables a report reads (copies: a report may change its own).

    The tables last read are kept, keyed by their files' path, size, inode and
    modification time: a warm kernel (:mod:`analysis.report.kernels`) reads
    them once for all the reports it builds from the same files.
    """
    paths = [Path(clean_dir) / f"{name}.parquet" for name in TABLE_NAMES]
    key = tuple((str(p.resolve()), st.st_size, st.st_ino, st.st_mtime_ns)
                for p, st in ((p, p.stat()) for p in paths if p.is_file()))
    if _TABLES_CACHE.get("key") != key or len(key) != len(paths):
        _TABLES_CACHE.clear()
        tables = {name: load(name, clean_dir) for name in TABLE_NAMES}      # raises for a missing table
        _TABLES_CACHE.update(key=key, tables=tables)
    return {name: frame.copy() for name, frame in _TABLES_CACHE["tables"].items()}


def _without_attrs(frame: pd.DataFrame) -> pd.DataFrame:
    """The table without its data dictionary in ``attrs`` (a shallow copy): pandas deep-copies ``attrs``
    into the result of every operation, a fifth of a report's time; no section reads it."""
    if not frame.attrs:
        return frame
    frame = frame.copy(deep=False)
    frame.attrs = {}
    return frame


@dataclass
class DistrictData:
    """The clean tables about one district, and the sources its report cites."""

    district: str
    lang: str
    tables: dict[str, pd.DataFrame]
    dictionary: pd.DataFrame
    built: str
    cited: dict[tuple[str, int], str] = field(default_factory=dict)
    tracking: pd.DataFrame | None = None

    @classmethod
    def load(cls, clean_dir: str | Path, district: str, lang: str = "zh",
             tables: dict[str, pd.DataFrame] | None = None) -> "DistrictData":
        """The district's data from ``clean_dir`` (or from ``tables`` already loaded from it)."""
        if lang not in LANGS:
            raise ValueError(f"lang must be one of {LANGS}, got {lang!r}")
        tables = load_tables(clean_dir) if tables is None else tables
        tables = {name: _without_attrs(frame) for name, frame in tables.items()}
        descriptor = json.loads((Path(clean_dir) / "datapackage.json").read_text(encoding="utf-8"))
        return cls(district, lang, tables, load_dictionary(), descriptor.get("created", ""))

    # --- what belongs to the district -------------------------------------------------------
    @property
    def documents(self) -> pd.DataFrame:
        docs = self.tables["documents"]
        about = set(self.observations.doc_id)
        return docs[(docs.district == self.district) | docs.doc_id.isin(about)]

    @property
    def doc_ids(self) -> set[str]:
        docs = self.tables["documents"]
        return set(docs[docs.district == self.district].doc_id)

    @property
    def observations(self) -> pd.DataFrame:
        obs = self.tables["observations"]
        return obs[obs.district == self.district]

    def doubts(self) -> dict[tuple[str, int], str]:
        """The audit's doubting findings (mismatch, implausible) by document line, in plain words.

        The levels a mismatching table rate was checked against share its
        finding (see :func:`analysis.paneldata.latest`'s doubts)."""
        if getattr(self, "_doubts", None) is None:
            audit = self.tables["audit"]
            audit = audit[audit.result.isin(["mismatch", "implausible"]) & audit.line.notna()]
            words = {(r.doc_id, int(r.line)): finding_words(r, self.lang) for r in audit.itertuples()}
            by_detail = {f"{r.result}: {r.detail}": finding_words(r, self.lang) for r in audit.itertuples()}
            obs = self.tables["observations"]
            for key, doubt in related_doubts(obs[obs.district == self.district], audit).items():
                words.setdefault(key, by_detail.get(doubt, doubt))
            self._doubts = words
        return self._doubts

    def mark(self, doc_id: str, line) -> str:
        """The doubt mark with the audit's finding in words, for a number shown (HTML), or ''."""
        if line is None or _missing(line):
            return ""
        finding = self.doubts().get((doc_id, int(line)))
        if not finding:
            return ""
        prefix = "存疑：" if self.lang == "zh" else "doubtful: "
        return (f' <span class="doubt" title="{escape(prefix + finding)}">{DOUBT_MARK} '
                f"{escape(prefix + finding)}</span>")

    def note(self, doc_id: str, line) -> str:
        """The extraction's flags on a document line, in words beside the numbers they concern (HTML), or ''."""
        if line is None or _missing(line):
            return ""
        if getattr(self, "_notes", None) is None:
            flags = self.tables["flags"]
            notes = {}
            for r in flags[flags.doc_id.isin(self.doc_ids) & flags.line.notna()].itertuples():
                words = FLAG_WORDS.get(r.kind)
                if words:
                    notes.setdefault((r.doc_id, int(r.line)), []).append(words[LANGS.index(self.lang)])
            self._notes = {k: "; ".join(dict.fromkeys(v)) for k, v in notes.items()}
        text = self._notes.get((doc_id, int(line)))
        return f' <span class="note">ℹ {escape(text)}</span>' if text else ""

    def name(self, indicator: str, indicator_id: str = "") -> str:
        """The indicator's name in the report's language (English with the Chinese beside)."""
        if self.lang == "zh":
            return indicator
        row = self.dictionary[self.dictionary.indicator_id == indicator_id] if indicator_id else []
        return f"{row.name_en.iloc[0]} ({indicator})" if len(row) else f"{indicator} [untranslated]"

    def cite(self, doc_id: str, line, snippet: str = "") -> str:
        """A link to the appendix entry of a document line (recorded for the appendix)."""
        if line is None or pd.isna(line):
            return escape(doc_id)
        key = (doc_id, int(line))
        if snippet and key not in self.cited:
            self.cited[key] = snippet
        self.cited.setdefault(key, "")
        return f'<a href="#src-{escape(doc_id)}-{int(line)}">{escape(doc_id)}:{int(line)}</a>'


def _table(frame: pd.DataFrame, raw_html: tuple[str, ...] = ()) -> str:
    """An HTML table; every cell escaped except the columns of links built here."""
    shown = frame.copy()
    for column in shown.columns:
        if column not in raw_html:
            shown[column] = shown[column].map(lambda v: "" if _missing(v) else escape(_fmt(v)))
    return shown.to_html(index=False, escape=False, border=0, classes="report-table")


def _missing(value) -> bool:
    try:
        return bool(pd.isna(value))
    except (TypeError, ValueError):
        return False


def _fmt(value) -> str:
    if isinstance(value, float):
        return f"{value:,.10g}"
    return str(value)


def status_label(status: str, lang: str) -> str:
    return STATUS.get(status, (status, status))[LANGS.index(lang)]


def _rate(value, method: str, lang: str) -> str:
    if pd.isna(value):
        return ""
    if method == "linear":
        return f"{value:+.2f} " + ("个百分点/年" if lang == "zh" else "points a year")
    return f"{value:.2f}%" + ("/年" if lang == "zh" else " a year")


def _none(data: DistrictData) -> HTML:
    return HTML(f"<p><em>{escape(label('none', data.lang))}</em></p>")


# Sections -------------------------------------------------------------------------------------------


DOC_KINDS = {"plan": ("规划", "plan"), "notice": ("通知", "notice"), "feature": ("报道", "feature"),
             "bulletin": ("统计公报", "statistical bulletin"), "work_report": ("政府工作报告", "work report")}
CSV_COLUMNS = ("district", "district_en", "indicator", "indicator_en", "indicator_id", "measure", "status", "period",
               "value", "unit", "qualifier", "value_text", "scope", "doc_id", "line", "source", "sentence")


def write_csv(tables: dict[str, pd.DataFrame], district: str, path: str | Path) -> Path:
    """The district's numbers (every observation about it, with document and line) as a UTF-8 CSV."""
    obs = tables["observations"]
    obs = obs[obs.district == district]
    columns = [c for c in CSV_COLUMNS if c in obs.columns]
    obs[columns].to_csv(path, index=False, encoding="utf-8-sig")
    return Path(path)


def header(data: DistrictData) -> HTML:
    from analysis.report.site import district_label, place_label

    lang = data.lang
    docs = data.documents
    first = data.tables["documents"][data.tables["documents"].district == data.district]
    city = first.city.iloc[0] if len(first) else ""
    province = first.province.iloc[0] if len(first) else ""
    shown = district_label(data.district, city, lang)
    zh = lang == "zh"
    rows = pd.DataFrame({("文件" if zh else "Document"): docs.doc_id,
                         ("类型" if zh else "Kind"): docs.doc_kind.map(
                             lambda k: DOC_KINDS.get(k, (k, k))[LANGS.index(lang)]),
                         ("发布" if zh else "Published"): docs.published,
                         ("标题" if zh else "Title"): docs.title})
    html = (f"<h1>{escape(label('title', lang, district=shown))}</h1>"
            f"<p>{escape(shown)} · {escape(place_label(city, lang))} · {escape(place_label(province, lang))} · "
            f"{escape(label('built', lang))}: {escape(data.built)}</p>"
            f"<details><summary>{escape(label('documents', lang))} ({len(rows)})</summary>{_table(rows)}</details>")
    return HTML(html)


def latest_levels(data: DistrictData, indicators=HEADLINE, status=("actual",)) -> pd.DataFrame:
    """The latest actual district-scope level of each indicator: :func:`analysis.paneldata.latest`
    of the district's series (the one rule), undoubted values first, each group in the indicators' order."""
    key = (tuple(indicators), tuple(status))
    cache = data.__dict__.setdefault("_latest", {})
    if key in cache:
        return cache[key].copy()
    panel = build_series(data.tables["observations"], data.tables["documents"], data.tables.get("audit"),
                         data.dictionary, indicators=indicators, districts=[data.district], measure="level",
                         status=status, undated=True)
    rows = latest(panel, by=("indicator_id",), status=status)
    if rows.empty:
        return rows
    order = rows.indicator_id.map(list(indicators).index)
    rows = rows.assign(_doubted=[bool(data.mark(d, n)) for d, n in zip(rows.doc_id, rows.line)], _order=order)
    cache[key] = rows.sort_values(["_doubted", "_order"]).drop(columns=["_doubted", "_order"]).reset_index(drop=True)
    return cache[key].copy()


def growth_of(data: DistrictData, level) -> tuple[str, object]:
    """The growth the same document states with a level (same indicator and year), in words, and its row."""
    obs = data.observations
    growth = obs[(obs.indicator_id == level.indicator_id) & (obs.measure == "growth") & (obs.doc_id == level.doc_id)
                 & (obs.status == level.status) & (obs.scope == "district") & obs.value.notna()
                 & (obs.year == level.year)]
    if growth.empty:
        return "", None
    g = growth.iloc[0]
    return growth_words(float(g.value), g.period, data.lang, unit=g.unit), g


def key_figures(data: DistrictData) -> HTML:
    """The latest actual value of each headline indicator, its period, growth and source.

    Values the audit doubts come last, each with its finding in words."""
    rows_latest = latest_levels(data)
    if rows_latest.empty:
        return _none(data)
    rows = []
    lang = data.lang
    for r in rows_latest.itertuples():
        growth, g = growth_of(data, r)
        sources = data.cite(r.doc_id, r.line, r.quote)
        if g is not None and int(g.line) != int(r.line):
            sources += " " + data.cite(g.doc_id, g.line, g.sentence or g.value_text)
        rows.append({label("indicator", lang): escape(data.name(r.indicator, r.indicator_id)),
                     label("period", lang): escape(_period(r.period, lang)),
                     label("value", lang): escape(qualified(r.value_stated, r.qualifier, lang))
                     + data.mark(r.doc_id, r.line),
                     label("unit", lang): escape(unit_label(r.unit_stated, lang)),
                     label("growth", lang): escape(growth) + ("" if g is None else data.mark(g.doc_id, g.line)),
                     label("source", lang): sources})
    return HTML(_table(pd.DataFrame(rows), raw_html=tuple(rows[0])))


def _period(period: str, lang: str) -> str:
    """A period for a reader: 2021年 / 2013—2022年 / 2022年1—10月; 'not stated' when empty."""
    if not period:
        return "未注明" if lang == "zh" else "not stated"
    span = re.fullmatch(r"(\d{4})/(\d{4})", period)
    if span:
        return f"{span[1]}—{span[2]}年" if lang == "zh" else f"{span[1]}–{span[2]}"
    months = re.fullmatch(r"(\d{4})-(\d{2})/(\d{4})-(\d{2})", period)
    if months:
        y, m1, _, m2 = months.groups()
        return f"{y}年{int(m1)}—{int(m2)}月" if lang == "zh" else f"{y}, months {int(m1)}–{int(m2)}"
    return f"{period}年" if lang == "zh" and re.fullmatch(r"\d{4}", period) else period


def plan_targets(data: DistrictData) -> HTML:
    """Each plan target with its base, rates, latest actual and status."""
    tracking = _tracking(data)
    if tracking.empty:
        return _none(data)
    lang = data.lang
    rows = []
    for t in tracking.itertuples():
        rows.append({label("indicator", lang): data.name(t.indicator, t.indicator_id),
                     label("base", lang): "" if pd.isna(t.base) else f"{t.base:g} ({int(t.base_year)})",
                     label("target", lang): f"{t.target:g} {unit_label(t.unit, lang)} ({t.target_year})",
                     label("plan_rate", lang): _rate(t.plan_rate, t.method, lang),
                     label("actual", lang): _plan_actual(t, lang),
                     label("required", lang): _rate(t.required_rate, t.method, lang),
                     label("status", lang): status_label(t.status, lang),
                     label("source", lang): " ".join(filter(None, [
                         data.cite(t.doc_id, t.target_line, f"{t.indicator}: {t.target:g} ({t.target_year})"),
                         "" if pd.isna(t.actual_line) else data.cite(t.actual_doc_id, t.actual_line,
                                                                      f"{t.indicator}: {t.actual:g}")]))})
    return HTML(_table(pd.DataFrame(rows), raw_html=(label("source", lang),)))


def _plan_actual(t, lang: str) -> str:
    """The latest actual, or the plan's own estimate marked as such."""
    status = getattr(t, "actual_status", "actual")
    if status == "expected_rate" and not pd.isna(t.expected_rate):
        return (f"规划自评预计：{_rate(t.expected_rate, t.method, lang)}" if lang == "zh"
                else f"plan's own estimate: {_rate(t.expected_rate, t.method, lang)}")
    if pd.isna(t.actual):
        return ""
    text = f"{qualified(t.actual, t.actual_qualifier, lang)} ({int(t.actual_year)})"
    if status == "expected":
        text += "，规划自评预计值" if lang == "zh" else ", the plan's own estimate"
    return text


def _tracking(data: DistrictData) -> pd.DataFrame:
    if data.tracking is None:
        tracking = target_tracking(data.observations, data.dictionary)
        data.tracking = tracking[tracking.district == data.district].reset_index(drop=True)
    return data.tracking


def plan_paths(tracking: pd.DataFrame, limit: int = 6) -> pd.DataFrame:
    """The plan paths of up to ``limit`` targets as an index (base year = 100), long form.

    Targets with a compound plan rate and a base are eligible; those with a
    latest actual come first, then the latest target year, then table order;
    one per indicator. Rows (``point``): ``plan`` for each year from base to
    target on the plan's rate, ``target`` for the stated target, ``actual``
    for the latest actual and ``estimate`` for the plan's own estimate of its
    end year (when no actual is there), each with ``index = 100 * value / base``.
    """
    eligible = tracking[tracking.base.notna() & (tracking.base > 0) & tracking.plan_rate.notna()
                        & (tracking.method == "compound")]
    real = eligible.actual.notna() & (eligible.get("actual_status", "actual") == "actual")
    eligible = (eligible.assign(key=indicator_key(eligible), has_actual=real)
                .sort_values(["has_actual", "target_year", "target_line"], ascending=[False, False, True])
                .drop_duplicates("key").head(limit))
    rows = []
    for t in eligible.itertuples():
        common = dict(indicator=t.indicator, indicator_id=t.indicator_id, unit=t.unit,
                      base_year=int(t.base_year), base=float(t.base))
        for year in range(int(t.base_year), int(t.target_year) + 1):
            rows.append(dict(common, point="plan", year=year,
                             index=100 * float(implied_level(1.0, t.plan_rate, year - t.base_year))))
        rows.append(dict(common, point="target", year=int(t.target_year), index=100 * t.target / t.base))
        if not pd.isna(t.actual):
            point = "actual" if getattr(t, "actual_status", "actual") == "actual" else "estimate"
            rows.append(dict(common, point=point, year=int(t.actual_year), index=100 * t.actual / t.base))
    return pd.DataFrame(rows, columns=["indicator", "indicator_id", "unit", "base_year", "base", "point",
                                       "year", "index"])


def plan_chart(data: DistrictData, limit: int = 6):
    """The plan paths on one chart, indexed to each target's base year, with the latest actuals.

    One axes rather than one per indicator: the chart costs a quarter of the
    drawing time and puts the plans' ambitions side by side.
    """
    paths = plan_paths(_tracking(data), limit)
    if paths.empty:
        return None                   # plan_targets already says there is no data
    zh = data.lang == "zh"
    fig, ax = plt.subplots(figsize=(8.5, 3.8))
    colours = plt.rcParams["axes.prop_cycle"].by_key()["color"]
    for colour, ((indicator, indicator_id), group) in zip(colours, paths.groupby(["indicator", "indicator_id"],
                                                                                 sort=False)):
        first = group.iloc[0]
        base = f"{first.base_year}{'年' if zh else ''}={first.base:g}{first.unit}"
        plan, target, actual, estimate = (group[group.point == p] for p in ("plan", "target", "actual", "estimate"))
        ax.plot(plan.year, plan["index"], color=colour, label=f"{_wrap(data.name(indicator, indicator_id))} ({base})")
        ax.scatter(target.year, target["index"], color="white", edgecolor=colour, zorder=3, s=40)
        ax.scatter(actual.year, actual["index"], color=colour, zorder=4, s=55)
        ax.scatter(estimate.year, estimate["index"], color="white", edgecolor=colour, marker="D", zorder=4, s=40)
    ax.axhline(100, color="#999999", linewidth=0.8)
    ax.set_ylabel("指数（基期=100）" if zh else "index (base year = 100)")
    ax.set_title("各项规划目标：规划路径（线）、目标（○）、最新实际值（●）、规划预计值（◇），以基期为100" if zh
                 else "Plan targets: plan path (line), target (○), latest actual (●), plan's estimate (◇); base year = 100",
                 fontsize=10)
    ax.xaxis.get_major_locator().set_params(integer=True)
    ax.legend(fontsize=8, loc="upper left", bbox_to_anchor=(1.01, 1.0), frameon=False)
    fig.tight_layout()
    return fig


def _wrap(text: str, width: int = 24) -> str:
    """Wrap at spaces (English), or every ``width`` characters where there are none (Chinese)."""
    return textwrap.fill(text, width)


def structure(data: DistrictData):
    """Sector shares over time, with the structural change indices."""
    s = data.tables["structure"]
    s = s[s.district == data.district]
    if s.empty:
        return _none(data), None
    order = {"actual": 0, "expected": 1, "target": 2}
    s = (s.assign(o=s.status.map(order), t=(s.source != "table").astype(int))
         .sort_values(["year", "o", "t"]).drop_duplicates(["year", "value_text"]))
    first, last = s.iloc[0], s.iloc[-1]
    a, b = from_ratio(first.value_text), from_ratio(last.value_text)
    names = (["第一产业", "第二产业", "第三产业"] if data.lang == "zh"
             else ["primary (第一产业)", "secondary (第二产业)", "tertiary (第三产业)"])
    fig, ax = plt.subplots(figsize=(7, 0.5 + 0.45 * len(s)))
    labels = [f"{r.year} {status_label(r.status, data.lang)}" for r in s.itertuples()]
    left = [0.0] * len(s)
    for column, name in zip(("primary", "secondary", "tertiary"), names):
        ax.barh(labels, s[column], left=left, label=name)
        left = [x + y for x, y in zip(left, s[column])]
    ax.set_xlabel("%")
    ax.set_title("三次产业结构（占生产总值%）" if data.lang == "zh" else "Sector shares of GDP (%)", fontsize=10, pad=22)
    ax.legend(loc="lower center", bbox_to_anchor=(0.5, 1.0), ncol=3, fontsize=8, frameon=False)
    fig.tight_layout()
    sources = " ".join(data.cite(r.doc_id, r.line, f"{r.indicator}: {r.value_text} ({r.year} {r.status})")
                       for r in s.itertuples())
    text = (f"<p>{escape(first.value_text)} ({first.year} {status_label(first.status, data.lang)}) → "
            f"{escape(last.value_text)} ({last.year} {status_label(last.status, data.lang)}): "
            f"NAV {norm_of_absolute_values(a, b):.1f}, "
            f"Moore {moore_angle(a, b):.1f}°. {label('source', data.lang)}: {sources}</p>")
    return HTML(text), fig


def incomes(data: DistrictData) -> HTML:
    """The district's urban and rural incomes and their ratio (latest actual), with a link to the
    comparison page's chart of every district's incomes.

    The page reads only the district's own rows (its rows are its fingerprint, see
    :mod:`analysis.report.fingerprint`): the chart of all districts is the comparison page's.
    """
    obs = data.tables["observations"]
    panel = district_panel(obs[obs.district == data.district],
                           indicators=("income_urban_per_capita", "income_rural_per_capita"),
                           documents=data.tables["documents"], audit=data.tables.get("audit"))
    own = panel[panel.district == data.district]
    if own.empty:
        return _none(data)
    rows = [{label("indicator", data.lang): data.name(_zh(data, r.indicator_id), r.indicator_id),
             label("period", data.lang): r.period or "—", label("value", data.lang): r.value,
             label("unit", data.lang): unit_label(r.unit, data.lang),
             label("source", data.lang): data.cite(r.doc_id, r.line, f"{_zh(data, r.indicator_id)}: {r.value:g}")}
            for r in own.itertuples()]
    link = ('<p>与其他县区的比较见<a href="compare.html#incomes">县区比较页的居民收入图</a>。</p>' if data.lang == "zh"
            else '<p>Against the other districts: <a href="compare.html#incomes">the incomes chart of the comparison '
                 'page</a>.</p>')
    return HTML(_table(pd.DataFrame(rows), raw_html=(label("source", data.lang),)) + link)


def _zh(data: DistrictData, indicator_id: str) -> str:
    row = data.dictionary[data.dictionary.indicator_id == indicator_id]
    if len(row):
        return row.name_zh.iloc[0]
    return {"income_urban_rural_ratio": "城乡居民收入比"}.get(indicator_id, indicator_id)


def prose_facts(data: DistrictData, per_theme: int = 12) -> HTML:
    """The facts stated in the text, grouped by theme: one row a sentence, with its facts."""
    obs = data.observations
    text = obs[(obs.source == "text")].copy()
    if text.empty:
        return _none(data)
    text["theme"] = text.indicator.map(_theme)
    by_sentence = text.groupby(["doc_id", "line", "sentence"], sort=False)
    sentences = (by_sentence.agg(theme=("theme", "first"), period=("period", "first"), status=("status", "first"),
                                 facts=("indicator", "size")).reset_index())
    facts_of = dict(list(by_sentence))
    parts = []
    for zh, en, _ in THEMES + (("其他", "Other", ""),):
        group = sentences[sentences.theme == zh]
        if group.empty:
            continue
        rows = []
        for r in group.head(per_theme).itertuples():
            facts = facts_of[(r.doc_id, r.line, r.sentence)]
            listed = ("; ".join(escape(_fact(data, f)) for f in facts.itertuples()) + data.mark(r.doc_id, r.line)
                      + data.note(r.doc_id, r.line))
            rows.append({label("indicator", data.lang): listed,
                         label("period", data.lang): escape(_period(r.period, data.lang)),
                         label("status", data.lang): escape(status_label(r.status, data.lang)),
                         label("sentence", data.lang): escape(r.sentence),
                         label("source", data.lang): data.cite(r.doc_id, r.line, r.sentence)})
        rest = len(group) - per_theme
        more = "" if rest <= 0 else (f"<p>另有{rest}句见清洗后的数据。</p>" if data.lang == "zh"
                                     else f"<p>… {rest} more in the clean data.</p>")
        title = zh if data.lang == "zh" else f"{en} ({zh})"
        parts.append(f"<h4>{escape(title)} ({len(group)})</h4>"
                     + _table(pd.DataFrame(rows), raw_html=tuple(rows[0])) + more)
    return HTML("".join(parts))


def _fact(data: DistrictData, f) -> str:
    """One fact of a sentence: its name and the number as stated, growth by its kind and sign."""
    name = data.name(f.indicator, f.indicator_id) if f.indicator_id else (
        f.indicator if data.lang == "zh" else f"{f.indicator} [untranslated]")
    if f.measure == "growth" and not _missing(f.value):
        return f"{name} {growth_words(float(f.value), f.period, data.lang, unit=f.unit)}"
    if f.measure == "multiple":
        return f"{name} {f.value_text}" + ("" if data.lang == "zh" else " (times)")
    return f"{name} {f.value_text}"


def _theme(indicator: str) -> str:
    for zh, _, pattern in THEMES:
        if re.search(pattern, indicator):
            return zh
    return "其他"


def firms_tasks_projects(data: DistrictData):
    """Ranked firm lists, tasks counted by lead unit (a chart) and the project boxes."""
    docs = data.doc_ids
    firms = data.tables["enterprises"]
    firms = firms[firms.district == data.district]
    tasks = data.tables["tasks"][data.tables["tasks"].doc_id.isin(docs)]
    units = data.tables["task_units"][data.tables["task_units"].doc_id.isin(docs)]
    boxes = data.tables["projects"][data.tables["projects"].doc_id.isin(docs)]
    if firms.empty and tasks.empty and boxes.empty:
        return _none(data), None
    parts = []
    if not firms.empty:
        wide = firms.pivot_table(index="rank", columns="list", values="name", aggfunc="first").reset_index()
        parts.append(_table(wide))
    if not boxes.empty:
        summary = (boxes.groupby(["box_no", "box_title"]).agg(items=("text", "size"), line=("line", "min"),
                                                               doc_id=("doc_id", "first")).reset_index())
        summary["source"] = [data.cite(r.doc_id, r.line, f"专栏{r.box_no} {r.box_title}") for r in summary.itertuples()]
        parts.append(_table(summary.drop(columns=["doc_id", "line"]), raw_html=("source",)))
    fig = None
    if not units.empty:
        lead = units[units.role == "lead"].unit.value_counts().head(15).sort_values()
        fig, ax = plt.subplots(figsize=(6, 0.3 * len(lead) + 1))
        ax.barh(lead.index, lead.values, color="#55a868")
        ax.set_title(label("tasks_by_lead", data.lang) + f" ({len(tasks)})")
        fig.tight_layout()
    return HTML("".join(parts)), fig


QUALITY_GROUPS = {
    "check": ("核对后再引用：数值与文件自身数据不符或不合常理",
              "Check before quoting: the number disagrees with the document's own figures or is implausible"),
    "compare": ("两处说法不一致：请看原文", "Two statements disagree: read both"),
    "reading": ("读取说明：数字如何从文件中读出（无需处理）",
                "How the numbers were read (nothing to do)"),
}


def quality(data: DistrictData) -> HTML:
    """The audit findings and the reading notes about the district, in plain words, by what to do."""
    lang = data.lang
    audit = data.tables["audit"]
    audit = audit[((audit.district == data.district) | audit.doc_id.isin(data.doc_ids)) & (audit.result != "ok")]
    flags = data.tables["flags"]
    flags = flags[flags.doc_id.isin(data.doc_ids)]
    if audit.empty and flags.empty:
        return _none(data)
    parts = []
    for group, results in (("check", ("mismatch", "implausible")), ("compare", ("conflict",))):
        found = audit[audit.result.isin(results)]
        if found.empty:
            continue
        items = "".join(f"<li>{escape(r.indicator or ('任务清单' if lang == 'zh' else 'task list'))}"
                        f"{'：' if lang == 'zh' else ': '}{escape(finding_words(r, lang))} "
                        f"({data.cite(r.doc_id, r.line)})</li>" for r in found.itertuples())
        parts.append(f"<h3>{escape(QUALITY_GROUPS[group][LANGS.index(lang)])}</h3><ul>{items}</ul>")
    if not flags.empty:
        counts = flags.groupby("kind").size().sort_values(ascending=False)
        other = "其他读取说明" if lang == "zh" else "other reading notes"
        items = "".join(f"<li>{escape(FLAG_WORDS.get(kind, (other, other))[LANGS.index(lang)])}: {n}</li>"
                        for kind, n in counts.items())
        parts.append(f"<h3>{escape(QUALITY_GROUPS['reading'][LANGS.index(lang)])}</h3><ul>{items}</ul>")
    return HTML("".join(parts))


def appendix(data: DistrictData) -> HTML:
    """Every document line the report cites, with an anchor each number links to (for a saved page,
    PDF or Word file, the line of its text rendition, named beside the raw file)."""
    if not data.cited:
        return _none(data)
    docs = data.tables["documents"].set_index("doc_id")
    obs = data.tables.get("observations")
    if obs is None:
        obs = pd.DataFrame(columns=["doc_id", "line", "sentence", "indicator", "value_text"])
    said = {(d, int(n)): (s_ or f"{i}: {v}") for d, n, s_, i, v in
            zip(obs.doc_id, obs.line, obs.sentence.fillna(""), obs.indicator, obs.value_text) if not _missing(n)}
    items = []
    for (doc_id, line), snippet in sorted(data.cited.items()):
        doc = docs.loc[doc_id] if doc_id in docs.index else None
        where = ""
        if doc is not None:
            rendition = doc.get("rendition", "")      # the line is the text rendition's (HTML, PDF, Word)
            shown = f"{doc.file} → {rendition}" if isinstance(rendition, str) and rendition else doc.file
            where = f"{escape(shown)}, {escape(doc.title)} ({escape(doc.published)})"
        url = str(doc.get("url", "") or "") if doc is not None else ""
        if url.startswith(("http://", "https://")):
            where += f' <a href="{escape(url)}" rel="noopener">{"原文" if data.lang == "zh" else "publisher"}</a>'
        snippet = snippet or said.get((doc_id, line), "")
        items.append(f'<li id="src-{escape(doc_id)}-{line}"><b>{escape(doc_id)}:{line}</b> {where}'
                     f"<br><span>{escape(snippet)}</span></li>")
    return HTML('<ul class="sources">' + "".join(items) + "</ul>")


def _undoubted(data: DistrictData, rows: pd.DataFrame) -> pd.DataFrame:
    """The rows whose value the audit does not doubt."""
    keep = pd.Series([not data.mark(d, n) for d, n in zip(rows.doc_id, rows.line)], index=rows.index, dtype=bool)
    return rows[keep]


def findings(data: DistrictData, limit: int = 6) -> list[str]:
    """3-6 short findings written from the data, each an HTML fragment linked to its sources.

    In order: the first two undoubted key figures with their growth; the plan
    target furthest ahead or behind among those with an actual (the rate still
    required beside the plan's); the shift of the sector structure; the audit's
    largest doubt (an implausible value before a mismatch).
    """
    zh = data.lang == "zh"
    out = []
    levels = latest_levels(data)
    levels = _undoubted(data, levels)
    def level_sentence(r) -> str:
        growth, _g = growth_of(data, r)
        name = data.name(r.indicator, r.indicator_id)
        value = qualified(r.value_stated, r.qualifier, data.lang)
        if zh:
            when = f"{_period(r.period, 'zh')}" if r.period else ""
            sentence = (f"{name}{when}为{value}{r.unit_stated}" + ("" if r.period else "（时期未注明）")
                        + (f"，{growth}" if growth else "") + "。")
        else:
            when = f" in {_period(r.period, 'en')}" if r.period else " (period not stated)"
            sentence = (f"{name}: {amount(r.value_stated, r.qualifier, r.unit_stated, 'en')}{when}"
                        + (f", {growth}" if growth else "") + ".")
        return f"{escape(sentence)} ({data.cite(r.doc_id, r.line, r.quote)})"

    out += [level_sentence(r) for r in levels.head(2).itertuples()]
    tracking = _tracking(data)
    tracked = tracking[tracking.status.isin(["ahead", "behind"]) & tracking.actual.notna()
                       & (tracking.actual_status == "actual")] if len(tracking) else tracking
    if len(tracked):
        t = tracked.sort_values(["target_year", "target_line"], ascending=[False, True]).iloc[0]
        name = data.name(t.indicator, t.indicator_id)
        required = _rate(t.required_rate, t.method, data.lang)
        planned = _rate(t.plan_rate, t.method, data.lang)
        actual = qualified(t.actual, t.actual_qualifier, data.lang)
        if zh:
            sentence = (f"{name}：目标{t.target:g}{t.unit}（{t.target_year}年），{int(t.actual_year)}年为{actual}{t.unit}"
                        + (f"，此后需达到{required}（规划{planned}）" if required else "")
                        + f"，进度{status_label(t.status, 'zh')}。")
        else:
            sentence = (f"{name}: target {amount(t.target, '', t.unit, 'en')} by {t.target_year}; "
                        f"{amount(t.actual, t.actual_qualifier, t.unit, 'en')} in {int(t.actual_year)}"
                        + (f", needing {required} from then (planned {planned})" if required else "")
                        + f": {status_label(t.status, 'en')}.")
        cites = data.cite(t.doc_id, t.target_line, f"{t.indicator}: {t.target:g} ({t.target_year})")
        if not pd.isna(t.actual_line):
            cites += " " + data.cite(t.actual_doc_id, t.actual_line, f"{t.indicator}: {t.actual:g}")
        out.append(f"{escape(sentence)} ({cites})")
    s = data.tables["structure"]
    s = s[(s.district == data.district) & (s.status != "target")].sort_values(["year", "status"])
    if s.year.nunique() >= 2:
        first, last = s.iloc[0], s.iloc[-1]
        state = (lambda r: status_label(r.status, data.lang))
        sentence = (f"三次产业结构由{first.value_text}（{first.year}年{state(first)}）变为{last.value_text}"
                    f"（{last.year}年{state(last)}）。" if zh else
                    f"The sector structure (primary:secondary:tertiary) moved from {first.value_text} in {first.year} "
                    f"({state(first)}) to {last.value_text} in {last.year} ({state(last)}).")
        out.append(f"{escape(sentence)} ({data.cite(first.doc_id, first.line)} {data.cite(last.doc_id, last.line)})")
    audit = data.tables["audit"]
    audit = audit[((audit.district == data.district) | audit.doc_id.isin(data.doc_ids))
                  & audit.result.isin(["implausible", "mismatch"]) & audit.indicator.fillna("").ne("")]
    if len(audit):
        a = audit.assign(_o=audit.result.map({"implausible": 0, "mismatch": 1})).sort_values("_o").iloc[0]
        sentence = (f"存疑：{a.indicator}——{finding_words(a, 'zh')}。" if zh else
                    f"Doubtful: {data.name(a.indicator, a.indicator_id or '')}: {finding_words(a, 'en')}.")
        out.append(f'{escape(sentence)} ({data.cite(a.doc_id, a.line)})')
    more = levels.iloc[2:]
    if len(out) + len(more) < 3:                      # beyond the headline indicators, any the dictionary knows
        others = [i for i in data.dictionary.indicator_id if i not in HEADLINE]
        extra = latest_levels(data, indicators=others)
        extra = _undoubted(data, extra)
        more = pd.concat([more, extra.sort_values("year", ascending=False, na_position="last")])
    while len(out) < 3 and len(more):                # a sparse district: more of its key figures
        out.insert(len(out) - 1 if len(audit) else len(out), level_sentence(next(more.head(1).itertuples())))
        more = more.iloc[1:]
    return out[:limit]


def findings_section(data: DistrictData) -> HTML:
    """The findings as the page's opening list."""
    items = findings(data)
    if not items:
        return _none(data)
    return HTML('<ul class="findings">' + "".join(f"<li>{item}</li>" for item in items) + "</ul>")


def headline_figures(data: DistrictData, n: int = 4) -> pd.DataFrame:
    """The district's headline figures for the index page: the first ``n`` undoubted latest levels
    (indicator, value as stated with its qualifier in words, unit, period in words)."""
    rows = latest_levels(data)
    if rows.empty:
        return pd.DataFrame(columns=["indicator", "indicator_id", "value", "unit", "period", "doc_id", "line"])
    rows = _undoubted(data, rows).head(n)
    return pd.DataFrame({"indicator": rows.indicator, "indicator_id": rows.indicator_id,
                         "value": [qualified(v, q, data.lang) for v, q in zip(rows.value_stated, rows.qualifier)],
                         "unit": [unit_label(u, data.lang) for u in rows.unit_stated], "period": [_period(p, data.lang) for p in rows.period],
                         "doc_id": rows.doc_id, "line": rows.line})
