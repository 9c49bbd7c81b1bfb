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
from analysis.paneldata import build_series, latest
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
STYLE = ("<style>.report-table td,.report-table th{text-align:left!important;vertical-align:top}"
         ".report-table td{max-width:40em}</style>")
THEMES = (
    ("经济与产业", "Economy and industry", r"生产总值|GDP|工业|产业|企业|营业收入|增加值|产值|市场主体|经济"),
    ("投资与项目", "Investment and projects", r"投资|项目|资金|投入|招商|厂房"),
    ("消费与开放", "Consumption and trade", r"消费|零售|外资|内资|进出口|出口|商家|电商|成交"),
    ("人口、就业与收入", "Population, jobs and incomes", r"人口|就业|收入|创业|岗位|劳动"),
    ("社会事业", "Social services", r"学|教育|医|卫生|养老|志愿|文化|体育|幼儿|学位|救助|低保"),
    ("城乡建设与环境", "Towns, villages and environment", r"小区|街|路|村|棚|厕|污水|垃圾|绿|森林|PM|空气|水|农|粮"),
    ("党建与治理", "Party building and governance", r"党|组织|纠纷|治理|巡查|督查|警"),
)


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


def label(key: str, lang: str, **kw) -> str:
    return LABELS[key][LANGS.index(lang)].format(**kw)


TABLE_NAMES = ("documents", "observations", "structure", "enterprises", "tasks", "task_units",
               "projects", "flags", "audit", "tables")


def load_tables(clean_dir: str | Path) -> dict[str, pd.DataFrame]:
    """The clean tables a report reads."""
    return {name: load(name, clean_dir) for name in TABLE_NAMES}


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

    def name(self, indicator: str, indicator_id: str = "") -> str:
        """The indicator's name in the report's language (English with the Chinese beside)."""
        if self.lang == "zh" or not indicator_id:
            return indicator
        row = self.dictionary[self.dictionary.indicator_id == indicator_id]
        return f"{row.name_en.iloc[0]} ({indicator})" if len(row) else indicator

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


def header(data: DistrictData) -> HTML:
    docs = data.documents
    first = data.tables["documents"][data.tables["documents"].district == data.district]
    city = first.city.iloc[0] if len(first) else ""
    province = first.province.iloc[0] if len(first) else ""
    rows = docs[["doc_id", "doc_kind", "published", "title"]]
    html = (STYLE + f"<h1>{escape(label('title', data.lang, district=data.district))}</h1>"
            f"<p>{escape(data.district)} · {escape(city)} · {escape(province)}</p>"
            f"<p>{escape(label('built', data.lang))}: {escape(data.built)}</p>"
            f"<h3>{escape(label('documents', data.lang))}</h3>{_table(rows)}")
    return HTML(html)


def latest_levels(data: DistrictData, indicators=HEADLINE) -> pd.DataFrame:
    """The latest actual (else expected) level of each indicator: :func:`analysis.paneldata.latest`
    of the district's series, in the indicators' order."""
    panel = build_series(data.tables["observations"], data.tables["documents"], data.tables.get("audit"),
                         data.dictionary, indicators=indicators, districts=[data.district], measure="level",
                         status=("actual", "expected"), undated=True)
    rows = latest(panel, by=("indicator_id",))
    return rows.sort_values("indicator_id", key=lambda s: s.map(list(indicators).index)).reset_index(drop=True)


def key_figures(data: DistrictData) -> HTML:
    """The latest value of each headline indicator, with its growth and source."""
    obs = data.observations
    rows_latest = latest_levels(data)
    if rows_latest.empty:
        return _none(data)
    rows = []
    for r in rows_latest.itertuples():
        growth = obs[(obs.indicator_id == r.indicator_id) & (obs.measure == "growth")
                     & (obs.period == r.period) & (obs.doc_id == r.doc_id)]
        rows.append({label("indicator", data.lang): data.name(r.indicator, r.indicator_id),
                     label("period", data.lang): r.period or "—", label("value", data.lang): r.value,
                     label("unit", data.lang): r.unit,
                     label("growth", data.lang): f"{growth.value.iloc[0]:g}%" if len(growth) else "",
                     label("source", data.lang): data.cite(r.doc_id, r.line, r.quote)})
    return HTML(_table(pd.DataFrame(rows), raw_html=(label("source", data.lang),)))


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
                     label("target", lang): f"{t.target:g} {t.unit} ({t.target_year})",
                     label("plan_rate", lang): _rate(t.plan_rate, t.method, lang),
                     label("actual", lang): "" if pd.isna(t.actual) else f"{t.actual:g} ({int(t.actual_year)})",
                     label("required", lang): _rate(t.required_rate, t.method, lang),
                     label("status", lang): status_label(t.status, lang),
                     label("source", lang): " ".join(filter(None, [
                         data.cite(t.doc_id, t.target_line, f"{t.indicator}: {t.target:g} ({t.target_year})"),
                         "" if pd.isna(t.actual_line) else data.cite(t.actual_doc_id, t.actual_line,
                                                                      f"{t.indicator}: {t.actual:g}")]))})
    return HTML(_table(pd.DataFrame(rows), raw_html=(label("source", lang),)))


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
    target on the plan's rate, ``target`` for the stated target and ``actual``
    for the latest actual, each with ``index = 100 * value / base``.
    """
    eligible = tracking[tracking.base.notna() & (tracking.base > 0) & tracking.plan_rate.notna()
                        & (tracking.method == "compound")]
    eligible = (eligible.assign(key=indicator_key(eligible), has_actual=eligible.actual.notna())
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
            rows.append(dict(common, point="actual", year=int(t.actual_year), index=100 * t.actual / t.base))
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
        plan, target, actual = (group[group.point == p] for p in ("plan", "target", "actual"))
        ax.plot(plan.year, plan["index"], color=colour, label=f"{_wrap(data.name(indicator, indicator_id))} ({base})")
        ax.scatter(target.year, target["index"], color="white", edgecolor=colour, zorder=3, s=40)
        ax.scatter(actual.year, actual["index"], color=colour, zorder=4, s=55)
    ax.axhline(100, color="#999999", linewidth=0.8)
    ax.set_ylabel("指数（基期=100）" if zh else "index (base year = 100)")
    ax.set_title("规划路径（线）、目标（○）与最新实际值（●）" if zh
                 else "Plan path (line), target (○) and latest actual (●)", fontsize=10)
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
    ax.legend(loc="lower center", bbox_to_anchor=(0.5, 1.0), ncol=3, fontsize=8, frameon=False)
    fig.tight_layout()
    sources = " ".join(data.cite(r.doc_id, r.line, f"{r.indicator}: {r.value_text} ({r.year} {r.status})")
                       for r in s.itertuples())
    text = (f"<p>{escape(first.value_text)} ({first.year} {status_label(first.status, data.lang)}) → "
            f"{escape(last.value_text)} ({last.year} {status_label(last.status, data.lang)}): "
            f"NAV {norm_of_absolute_values(a, b):.1f}, "
            f"Moore {moore_angle(a, b):.1f}°. {label('source', data.lang)}: {sources}</p>")
    return HTML(text), fig


def incomes(data: DistrictData):
    """Urban and rural incomes, their ratio, and the district against the others."""
    panel = district_panel(data.tables["observations"],
                           indicators=("income_urban_per_capita", "income_rural_per_capita"),
                           documents=data.tables["documents"], audit=data.tables.get("audit"))
    own = panel[panel.district == data.district]
    if own.empty:
        return _none(data), None
    rows = [{label("indicator", data.lang): data.name(_zh(data, r.indicator_id), r.indicator_id),
             label("period", data.lang): r.period or "—", label("value", data.lang): r.value,
             label("unit", data.lang): r.unit,
             label("source", data.lang): data.cite(r.doc_id, r.line, f"{_zh(data, r.indicator_id)}: {r.value:g}")}
            for r in own.itertuples()]
    levels = panel[panel.indicator_id != "income_urban_rural_ratio"]
    fig, ax = plt.subplots(figsize=(6.5, 1.2 + 0.5 * levels.indicator_id.nunique()))
    for row, (_indicator_id, group) in enumerate(levels.groupby("indicator_id")):
        others = group[group.district != data.district]
        mine = group[group.district == data.district]
        ax.scatter(others.value, [row] * len(others), color="#bbbbbb", s=25,
                   label=("其他县区" if data.lang == "zh" else "other districts") if row == 0 else None)
        ax.scatter(mine.value, [row] * len(mine), color="#dd8452", s=60, zorder=3,
                   label=data.district if row == 0 else None)
    ids = sorted(levels.indicator_id.unique())
    ax.set_yticks(range(len(ids)))
    ax.set_yticklabels([_zh(data, i) if data.lang == "zh" else data.name(_zh(data, i), i) for i in ids])
    ax.set_xlabel("元")
    ax.set_ylim(-0.6, len(ids) - 0.4)
    ax.legend(fontsize=8, loc="lower right")
    fig.tight_layout()
    return HTML(_table(pd.DataFrame(rows), raw_html=(label("source", data.lang),))), fig


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
            listed = "; ".join(f"{data.name(f.indicator, f.indicator_id)} {f.value_text}"
                               + ("" if f.measure == "level" else f" ({f.measure})") for f in facts.itertuples())
            rows.append({label("indicator", data.lang): listed, label("period", data.lang): r.period or "—",
                         label("status", data.lang): status_label(r.status, data.lang),
                         label("sentence", data.lang): r.sentence,
                         label("source", data.lang): data.cite(r.doc_id, r.line, r.sentence)})
        more = "" if len(group) <= per_theme else f"<p>… {len(group) - per_theme} more in the clean data.</p>"
        title = zh if data.lang == "zh" else f"{en} ({zh})"
        parts.append(f"<h4>{escape(title)} ({len(group)})</h4>"
                     + _table(pd.DataFrame(rows), raw_html=(label("source", data.lang),)) + more)
    return HTML("".join(parts))


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


def quality(data: DistrictData) -> HTML:
    """The audit findings and the flags that concern the district."""
    audit = data.tables["audit"]
    audit = audit[((audit.district == data.district) | audit.doc_id.isin(data.doc_ids)) & (audit.result != "ok")]
    flags = data.tables["flags"]
    flags = flags[flags.doc_id.isin(data.doc_ids) & (flags.severity != "info")]
    if audit.empty and flags.empty:
        return _none(data)
    parts = []
    if not audit.empty:
        rows = audit.assign(source=[data.cite(r.doc_id, r.line, r.detail) for r in audit.itertuples()])
        parts.append(_table(rows[["kind", "result", "stated", "computed", "detail", "source"]], raw_html=("source",)))
    counts = data.tables["flags"][data.tables["flags"].doc_id.isin(data.doc_ids)].groupby(["severity", "kind"]).size()
    parts.append(_table(counts.rename("n").reset_index()))
    if not flags.empty:
        rows = flags.assign(source=[data.cite(r.doc_id, r.line, r.text) for r in flags.itertuples()])
        parts.append(_table(rows[["kind", "detail", "text", "source"]].head(40), raw_html=("source",)))
    return HTML("".join(parts))


def appendix(data: DistrictData) -> HTML:
    """Every document line the report cites, with an anchor each number links to (for a saved page,
    PDF or Word file, the line of its text rendition, named beside the raw file)."""
    if not data.cited:
        return _none(data)
    docs = data.tables["documents"].set_index("doc_id")
    items = []
    for (doc_id, line), snippet in sorted(data.cited.items()):
        doc = docs.loc[doc_id] if doc_id in docs.index else None
        where = ""
        if doc is not None:
            rendition = doc.get("rendition", "")      # the line is the text rendition's (HTML, PDF, Word)
            shown = f"{doc.file} → {rendition}" if isinstance(rendition, str) and rendition else doc.file
            where = f"{escape(shown)}, {escape(doc.title)} ({escape(doc.published)})"
        items.append(f'<li id="src-{escape(doc_id)}-{line}"><b>{escape(doc_id)}:{line}</b> {where}'
                     f"<br><span>{escape(snippet)}</span></li>")
    return HTML("<ol>" + "".join(items) + "</ol>")


def headline_figures(data: DistrictData) -> pd.DataFrame:
    """The district's headline figures for the index page (indicator, value, unit, period)."""
    return latest_levels(data).head(4)[["indicator", "indicator_id", "value", "unit", "period"]]
