"""The comparison of districts, for ``notebooks/20_compare_districts.ipynb``.

Rules: the districts are those of the documents (a city named only inside a
document is not a district); each value is the district's latest actual level
(:func:`analysis.panel.district_panel`, the one "latest" rule of the reports),
shown with its year, unit and source, so that a reader sees when two years
differ; a district without the indicator says so; values the audit doubts carry
the mark and the finding in words. Districts are named in the page's language
(Changjiang District (昌江区) in English).
"""

from __future__ import annotations

from html import escape
from pathlib import Path

import matplotlib.pyplot as plt
import pandas as pd
from IPython.display import HTML

from analysis.data import load
from analysis.dictionary import load_dictionary
from analysis.panel import PANEL_INDICATORS, district_panel
from analysis.report import DOC_KINDS, DOUBT_MARK, LANGS, finding_words, qualified, show, unit_label  # noqa: F401 - show: the notebook's
from analysis.report.site import district_label, place_label

RATIO = "income_urban_rural_ratio"


def load_tables(clean_dir: str | Path) -> dict[str, pd.DataFrame]:
    return {name: load(name, clean_dir) for name in ("documents", "observations", "audit", "flags")}


def _districts(tables, lang: str) -> list[tuple[str, str, str]]:
    """(name, label, city) of every district with documents, sorted by name."""
    docs = tables["documents"].drop_duplicates("district").sort_values("district")
    return [(d, district_label(d, c, lang), c) for d, c in zip(docs.district, docs.city)]


def title(lang: str) -> str:
    if lang == "zh":
        return ("<h1>县区比较</h1><p>各县区同一指标的最新实际值并列，注明年份、单位和出处；年份不同的数值不宜直接比较。"
                "没有该指标的县区注明“无数据”。⚠ 表示审核存疑的数值。</p>")
    return ("<h1>Districts compared</h1><p>The latest actual value of each indicator in each district, side by side, "
            "with its year, unit and source; values of different years do not compare directly. A district "
            "without the indicator says so. ⚠ marks a value the audit doubts.</p>")


def coverage(tables, lang: str) -> HTML:
    """Documents and numbers per district: how much each report can say."""
    zh = lang == "zh"
    docs, obs = tables["documents"], tables["observations"]
    rows = []
    for name, shown, city in _districts(tables, lang):
        own = docs[docs.district == name]
        kinds = "、".join(DOC_KINDS.get(k, (k, k))[LANGS.index(lang)] for k in sorted(set(own.doc_kind)))
        numbers = obs[obs.district == name]
        rows.append({"县区" if zh else "District": shown, "所属市" if zh else "City": place_label(city, lang),
                     "文件数" if zh else "Documents": f"{len(own):d}",
                     "文件类型" if zh else "Kinds": kinds if zh else kinds.replace("、", ", "),
                     "数字（表格/正文）" if zh else "Numbers (tables / text)":
                         f"{int((numbers.source == 'table').sum())} / {int((numbers.source == 'text').sum())}"})
    heading = "各县区的资料" if zh else "What each district's documents give"
    return HTML(f"<h2>{heading}</h2>" + pd.DataFrame(rows).to_html(index=False, border=0))


def _panel(tables) -> pd.DataFrame:
    return district_panel(tables["observations"], documents=tables["documents"], audit=tables["audit"])


def panel_table(tables, lang: str) -> HTML:
    """One row an indicator, one column a district: value, unit, year and source, or 'no data'."""
    zh = lang == "zh"
    panel = _panel(tables)
    districts = _districts(tables, lang)
    names = _names(lang)
    doubts = _doubts(tables, lang)
    order = [i for i in (*PANEL_INDICATORS, RATIO) if i in set(panel.indicator_id)]
    obs = tables["observations"]
    obs = obs[obs.measure == "level"]
    qualifiers = {(d, int(n), i): q for d, n, i, q in zip(obs.doc_id, obs.line, obs.indicator_id, obs.qualifier)
                  if not pd.isna(n)}
    none = "无数据" if zh else "no data"
    cells = {}                                     # the first row of each indicator and district
    for r in panel.itertuples():
        cells.setdefault((r.indicator_id, r.district), r)
    rows = []
    for indicator in order:
        row = {("指标" if zh else "Indicator"): escape(names.get(indicator, indicator))}
        for name, shown, _ in districts:
            r = cells.get((indicator, name))
            if r is None:
                row[escape(shown)] = f"<em>{none}</em>"
                continue
            year = (f"{r.period}年" if zh else r.period) if r.period else ("时期未注明" if zh else "period not stated")
            line = None if pd.isna(r.line) else int(r.line)
            value = qualified(r.value, qualifiers.get((r.doc_id, line, indicator), ""), lang)
            where = f"{r.doc_id}:{int(r.line)}" if not pd.isna(r.line) else r.doc_id
            finding = doubts.get((r.doc_id, None if pd.isna(r.line) else int(r.line)))
            mark = f' <span class="doubt">{DOUBT_MARK} {escape(finding)}</span>' if finding else ""
            row[escape(shown)] = f"<b>{escape(value)}</b> {escape(unit_label(r.unit, lang))} · {escape(year)}{mark}<br><small>{escape(where)}</small>"
        rows.append(row)
    heading = "主要指标并列" if zh else "Key figures side by side"
    if not rows:
        return HTML(f"<h2>{heading}</h2><p><em>{'没有可比较的指标。' if zh else 'No comparable indicator.'}</em></p>")
    return HTML(f"<h2>{heading}</h2>" + pd.DataFrame(rows).to_html(index=False, border=0, escape=False))


def incomes_heading(lang: str) -> HTML:
    """The heading of the incomes chart, the anchor each district page links to (``compare.html#incomes``)."""
    if lang == "zh":
        return HTML('<h2 id="incomes">居民收入</h2><p>各县区城镇和农村居民人均可支配收入的最新实际值，括号内为年份。</p>')
    return HTML('<h2 id="incomes">Incomes</h2><p>The latest actual per-capita disposable income of urban and rural '
                'residents in each district, its year in brackets.</p>')


MAX_BARS = 40          # districts the incomes chart draws; beyond, the highest and lowest half each


def chart_rows(wide: pd.DataFrame, max_bars: int = MAX_BARS) -> pd.DataFrame:
    """The districts the incomes chart draws: all of them up to ``max_bars``, else the ``max_bars / 2``
    highest and lowest by urban income (rural where urban is missing), highest at the top.

    A chart of every district of a province or the country would be taller than an image can be
    (and unreadable); the comparison table above it lists every district.
    """
    if len(wide) <= max_bars:
        return wide
    key = wide.get("income_urban_per_capita", pd.Series(index=wide.index, dtype=float))
    if "income_rural_per_capita" in wide:
        key = key.fillna(wide["income_rural_per_capita"])
    order = key.sort_values(ascending=False, kind="stable").index
    half = max_bars // 2
    keep = list(order[:half]) + list(order[-half:])
    return wide.loc[keep[::-1]]                       # barh draws the first row at the bottom


def panel_chart(tables, lang: str):
    """Urban and rural per-capita disposable income by district (latest actual, 元), as horizontal bars."""
    zh = lang == "zh"
    panel = _panel(tables)
    incomes = panel[panel.indicator_id.isin(["income_urban_per_capita", "income_rural_per_capita"])]
    if incomes.empty:
        return HTML(f"<p><em>{'没有县区给出居民收入。' if zh else 'No district states its incomes.'}</em></p>")
    labels = {name: shown for name, shown, _ in _districts(tables, lang)}
    wide = incomes.pivot_table(index="district", columns="indicator_id", values="value").sort_index(ascending=False)
    years = incomes.groupby("district").period.first()
    every = len(wide)
    wide = chart_rows(wide)
    fig, ax = plt.subplots(figsize=(7.5, 1.2 + 0.7 * len(wide)))
    series = [("income_urban_per_capita", "城镇居民" if zh else "urban residents", "#4c72b0"),
              ("income_rural_per_capita", "农村居民" if zh else "rural residents", "#dd8452")]
    height = 0.38
    for k, (column, name, colour) in enumerate(series):
        if column not in wide:
            continue
        positions = [i + (k - 0.5) * height for i in range(len(wide))]
        ax.barh(positions, wide[column].fillna(0), height=height, color=colour, label=name)
        for y, v in zip(positions, wide[column]):
            if not pd.isna(v):
                ax.text(v, y, f" {v:,.0f}", va="center", fontsize=8)
    ax.set_yticks(range(len(wide)))
    ax.set_yticklabels([f"{labels.get(d, d)}\n({years.get(d) or '—'})" for d in wide.index], fontsize=8)
    ax.set_xlabel("元/人" if zh else "yuan per person")
    ax.set_xlim(0, wide.max().max() * 1.2)
    ax.set_title("城乡居民人均可支配收入（各县区最新实际值）" if zh
                 else "Per-capita disposable income, urban and rural (latest actual per district)", fontsize=10)
    if len(wide) < every:
        half = MAX_BARS // 2
        ax.set_title(f"城乡居民人均可支配收入：城镇居民收入最高和最低的各{half}个县区（共{every}个）" if zh else
                     f"Per-capita disposable income: the {half} districts with the highest and the {half} with "
                     f"the lowest urban income (of {every})", fontsize=10)
    ax.legend(fontsize=8, loc="upper left", bbox_to_anchor=(1.01, 1.0), frameon=False)
    fig.tight_layout()
    return fig


def audit_summary(tables, lang: str) -> HTML:
    """What the audit found in each district's documents, counted in words."""
    zh = lang == "zh"
    audit = tables["audit"]
    docs = tables["documents"][["doc_id", "district"]].rename(columns={"district": "document_district"})
    found = audit.merge(docs, on="doc_id", how="left")
    items = []
    for name, shown, _ in _districts(tables, lang):
        own = found[found.document_district == name]
        check = int(own.result.isin(["mismatch", "implausible"]).sum())
        differ = int((own.result == "conflict").sum())
        ok = int((own.result == "ok").sum())
        items.append(f"<li>{escape(shown)}: " + (f"{ok}项核对无误，{check}处需核对后再引用，{differ}处两处说法不一致。" if zh else
                     f"{ok} checks passed, {check} numbers to check before quoting, {differ} pairs of statements "
                     f"that disagree.") + "</li>")
    heading = "数据质量" if zh else "Data quality"
    return HTML(f"<h2>{heading}</h2><ul>{''.join(items)}</ul>")


def _doubts(tables, lang: str) -> dict:
    audit = tables["audit"]
    audit = audit[audit.result.isin(["mismatch", "implausible"]) & audit.line.notna()]
    return {(r.doc_id, int(r.line)): finding_words(r, lang) for r in audit.itertuples()}


def _names(lang: str) -> dict[str, str]:
    dictionary = load_dictionary()
    extra = {RATIO: ("城乡居民收入比", "Urban-rural income ratio")}
    names = {}
    for row in dictionary.itertuples(index=False):
        names[row.indicator_id] = row.name_zh if lang == "zh" else f"{row.name_en} ({row.name_zh})"
    for key, (zh, en) in extra.items():
        names[key] = zh if lang == "zh" else f"{en} ({zh})"
    return names
