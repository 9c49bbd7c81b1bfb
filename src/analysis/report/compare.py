"""The comparison of districts, for ``notebooks/20_compare_districts.ipynb``."""

from __future__ import annotations

from html import escape
from pathlib import Path

import matplotlib.pyplot as plt
import pandas as pd
from IPython.display import HTML

from analysis.data import load
from analysis.dictionary import load_dictionary
from analysis.panel import district_panel
from analysis.report import show  # noqa: F401 - the notebook shows its charts through it


def load_tables(clean_dir: str | Path) -> dict[str, pd.DataFrame]:
    return {name: load(name, clean_dir) for name in ("documents", "observations", "audit", "flags")}


def title(lang: str) -> str:
    text = "县区比较" if lang == "zh" else "Districts compared (县区比较)"
    return f"<h1>{escape(text)}</h1>"


def coverage(tables, lang: str) -> HTML:
    """Documents and numbers per district: how much each report can say."""
    docs = tables["documents"].groupby("district").agg(documents=("doc_id", "size"),
                                                        kinds=("doc_kind", lambda k: ", ".join(sorted(set(k)))))
    obs = tables["observations"]
    numbers = obs.groupby(["district", "source"]).size().unstack(fill_value=0)
    frame = docs.join(numbers, how="outer").fillna(0).reset_index()
    return HTML(frame.to_html(index=False, border=0))


def panel_table(tables, lang: str) -> HTML:
    """The comparable indicators, one row a district, with document and line."""
    panel = district_panel(tables["observations"], documents=tables["documents"], audit=tables["audit"])
    if panel.empty:
        return HTML("<p><em>No comparable indicator.</em></p>")
    names = _names(lang)
    panel = panel.assign(indicator=panel.indicator_id.map(lambda i: names.get(i, i)),
                         shown=[f"{v:g} {u} ({p or '—'}; {d}:{n})" for v, u, p, d, n in
                                zip(panel.value, panel.unit, panel.period, panel.doc_id, panel.line)])
    wide = panel.pivot_table(index="district", columns="indicator", values="shown", aggfunc="first").fillna("—")
    return HTML(wide.reset_index().to_html(index=False, border=0))


def panel_chart(tables, lang: str):
    panel = district_panel(tables["observations"], documents=tables["documents"], audit=tables["audit"])
    incomes = panel[panel.indicator_id.isin(["income_urban_per_capita", "income_rural_per_capita"])]
    if incomes.empty:
        return HTML("<p><em>No district states its incomes.</em></p>")
    names = _names(lang)
    wide = incomes.pivot_table(index="district", columns="indicator_id", values="value")
    wide = wide.rename(columns=lambda i: names.get(i, i))
    fig, ax = plt.subplots(figsize=(7, 3.5))
    wide.plot.bar(ax=ax, rot=0)
    ax.set_ylabel("元")
    ax.set_xlabel("")
    ax.set_title("城乡居民人均可支配收入" if lang == "zh" else "Per-capita disposable income (城乡居民人均可支配收入)")
    fig.tight_layout()
    return fig


def audit_summary(tables, lang: str) -> HTML:
    audit = tables["audit"]
    docs = tables["documents"][["doc_id", "district"]].rename(columns={"district": "document_district"})
    counts = (audit.merge(docs, on="doc_id", how="left").groupby(["document_district", "result"]).size()
              .unstack(fill_value=0).reset_index())
    heading = "审核结果" if lang == "zh" else "Audit results (审核结果)"
    return HTML(f"<h2>{escape(heading)}</h2>" + counts.to_html(index=False, border=0))


def _names(lang: str) -> dict[str, str]:
    dictionary = load_dictionary()
    extra = {"income_urban_rural_ratio": ("城乡居民收入比", "Urban-rural income ratio")}
    names = {}
    for row in dictionary.itertuples(index=False):
        names[row.indicator_id] = row.name_zh if lang == "zh" else f"{row.name_en} ({row.name_zh})"
    for key, (zh, en) in extra.items():
        names[key] = zh if lang == "zh" else f"{en} ({zh})"
    return names
