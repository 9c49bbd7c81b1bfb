"""One clean series per district, indicator and period: ``analysis.series(...)``.

``series()`` turns the observations of every document into a tidy panel, one
row a cell: district x indicator x measure x status group x period. Only
numbers with a dictionary ``indicator_id``, a value and a period enter (an
unmapped number cannot be placed in a panel; it stays in ``observations``).
An undated number enters only with ``undated=True``, as a cell of its own
with an empty period, which :func:`latest` uses only when nothing dated is
there (the ``panel`` table holds dated cells only).

Cells and precedence
--------------------
``actual`` and ``expected`` values compete for one cell (the row's ``status``
says which won); a ``target`` is a cell of its own. When several documents give
a value for a cell, :mod:`analysis.precedence` chooses one (undoubted over
doubted, actual over expected, bulletin > work report > plan > feature or
notice, later publication over earlier, table over text, exact over bound).
The others are listed with their sources: in ``conflicts`` when they differ
beyond the rounding of the two stated values (and their qualifiers) or cannot
be compared (a unit that does not convert: ``[unit not comparable]``), in
``others`` when they agree. ``doubt`` holds the audit's finding when the
chosen value is doubted, which happens only when every value of the cell is.

Units
-----
A level is converted to the indicator's canonical unit (the dictionary's
``unit``: 683145万元 -> 68.3145 亿元); a level whose unit cannot be converted
(万美元 for an indicator kept in 亿元) keeps ``value`` empty, and is chosen only
when nothing convertible is there. Growth stays in %, a change in 百分点 or in
the canonical unit, a multiple in 倍. ``value_stated`` and ``unit_stated`` keep
the number as the document gives it.

``wide=True`` gives one row per district, indicator, measure and status, and
one column per calendar year (periods ``YYYY`` only), for Stata and Excel.

:func:`latest` is the one rule for "the latest value" that the reports use.
"""

from __future__ import annotations

import math
import re
from pathlib import Path

import pandas as pd

from analysis.precedence import precedence_order

DOUBTING = ("mismatch", "implausible")
COLUMNS = ("district", "district_code", "district_en", "indicator_id", "indicator", "indicator_en", "measure", "status",
           "period", "year", "value", "unit", "value_stated", "unit_stated", "qualifier",
           "indicator_stated", "doc_id", "doc_kind", "published", "source", "line", "table_id",
           "quote", "doubt", "n_sources", "conflicts", "others")
_YEAR_RE = re.compile(r"^\d{4}$")


def series(indicators=None, districts=None, years=None, measure="level", status=None, *,
           wide: bool = False, scope="district", undated: bool = False,
           clean_dir: str | Path | None = None,
           tables: dict[str, pd.DataFrame] | None = None) -> pd.DataFrame:
    """The panel from the clean tables (``clean_dir``, default ``data/clean``).

    Parameters
    ----------
    indicators : ids (``"gdp"``) or names in any wording the dictionary knows
        (``"生产总值"``); None for all.
    districts : names or GB/T 2260 codes; None for all.
    years : a year, a list of years or a ``range``; None for all (the period's
        last year is compared).
    measure : ``"level"`` (default), another measure, a list, or None for all.
    status : ``"actual"``, ``"expected"``, ``"target"``, a list, or None for all.
    wide : one column per calendar year (see the module docstring).
    scope : the scope(s) kept, ``"district"`` by default; None for all.
    undated : also the values without a period (see the module docstring).
    tables : already loaded ``observations``, ``documents`` and (optionally)
        ``audit``, instead of reading ``clean_dir``.
    """
    from analysis.data import load
    from analysis.errors import InputError

    if tables is None:
        tables = {name: load(name, clean_dir) for name in ("observations", "documents")}
        try:
            tables["audit"] = load("audit", clean_dir)
        except InputError as err:          # the audit not run yet: nothing is doubted
            if "has not been built" not in str(err):
                raise
    panel = build_series(tables["observations"], tables.get("documents"), tables.get("audit"),
                         indicators=indicators, districts=districts, years=years, measure=measure,
                         status=status, scope=scope, undated=undated)
    return to_wide(panel) if wide else panel


def build_series(observations: pd.DataFrame, documents: pd.DataFrame | None = None,
                 audit: pd.DataFrame | None = None, dictionary: pd.DataFrame | None = None,
                 indicators=None, districts=None, years=None, measure=None, status=None,
                 scope="district", undated: bool = False) -> pd.DataFrame:
    """The panel from frames (see :func:`series`); every measure by default."""
    from analysis.dictionary import load_dictionary

    dictionary = load_dictionary() if dictionary is None else dictionary
    obs = observations[(observations.indicator_id != "") & observations.value.notna()]
    if not undated:
        obs = obs[obs.period != ""]
    obs = _filter(obs, "scope", scope)
    obs = _filter(obs, "measure", measure)
    obs = _filter(obs, "status", status)
    if indicators is not None:
        obs = obs[obs.indicator_id.isin(_indicator_ids(indicators, dictionary))]
    if districts is not None:
        wanted = {districts} if isinstance(districts, str) else set(districts)
        code = obs.district_code if "district_code" in obs else pd.Series("", index=obs.index)
        obs = obs[obs.district.isin(wanted) | code.isin(wanted)]
    if years is not None:
        wanted_years = {int(years)} if isinstance(years, (int, float)) else {int(y) for y in years}
        obs = obs[obs.year.isin(wanted_years)]
    if obs.empty:
        return pd.DataFrame({c: pd.Series(dtype=_dtype(c)) for c in COLUMNS})
    obs = obs.copy()
    if documents is not None:
        meta = documents.set_index("doc_id")
        obs["doc_kind"] = obs.doc_id.map(meta.doc_kind).fillna("")
        obs["published"] = obs.doc_id.map(meta.published).fillna("")
    else:
        obs["doc_kind"], obs["published"] = "", ""
    obs["doubt"] = _doubts(obs, audit, observations)
    obs["doubted"] = obs.doubt != ""
    _canonical(obs, dictionary)
    obs["group"] = obs.status.where(obs.status == "target", "observed")
    key = ["district", "indicator_id", "measure", "group", "period"]
    ranked = precedence_order(obs)
    first = ~ranked.duplicated(key)
    chosen = ranked[first].copy()
    chosen["n_sources"] = ranked.groupby(key, sort=False).district.transform("size")[first].astype("Int64")
    chosen["conflicts"], chosen["others"] = "", ""
    rest = ranked[~first]
    if len(rest):
        best = chosen.set_index(key)
        conflicts, others = {}, {}
        for r in rest.itertuples(index=False):
            cell = tuple(getattr(r, k) for k in key)
            c = best.loc[cell]
            entry = _entry(r)
            if pd.isna(r.value) or pd.isna(c.value) or r.unit != c.unit:
                conflicts.setdefault(cell, []).append(entry + " [unit not comparable]")
            elif not _agree(c, r):
                conflicts.setdefault(cell, []).append(entry)
            else:
                others.setdefault(cell, []).append(entry)
        cells = list(zip(*(chosen[k] for k in key)))
        chosen["conflicts"] = ["; ".join(conflicts.get(c, [])) for c in cells]
        chosen["others"] = ["; ".join(others.get(c, [])) for c in cells]
    names = dictionary.set_index("indicator_id")
    chosen["indicator_stated"] = chosen.indicator
    chosen["indicator"] = chosen.indicator_id.map(names.name_zh).fillna(chosen.indicator)
    chosen["indicator_en"] = chosen.indicator_id.map(names.name_en).fillna("")
    if "district_code" not in chosen or "district_en" not in chosen:
        from analysis.places import lookup

        places = lookup(chosen.district)
        chosen["district_code"] = chosen.get("district_code", places.district_code)
        chosen["district_en"] = chosen.get("district_en", places.district_en)
    chosen["quote"] = [s if src == "text" and s else f"{i} | {col}: {vt}".replace(" | : ", ": ")
                       for s, src, i, col, vt in zip(chosen.get("sentence", ""), chosen.source,
                                                     chosen.indicator_stated, chosen.get("column", ""),
                                                     chosen.value_text)]
    out = chosen[list(COLUMNS)].sort_values(["district", "indicator_id", "measure", "status", "year",
                                             "period"]).reset_index(drop=True)
    out["year"] = out.year.astype("Int64")
    out["line"] = out.line.astype("Int64")
    for c in ("value", "value_stated"):
        out[c] = out[c].astype("Float64")
    return out


def latest(panel: pd.DataFrame, by=("district", "indicator_id", "measure"),
           status=("actual", "expected")) -> pd.DataFrame:
    """The latest row of each ``by`` group of a :func:`series` panel: the one "latest value" rule.

    Among the rows of ``status`` with a value: undoubted rows when the group
    has any; then the latest year; then actual before expected; then a whole
    year (2021) before a part of it (2021-01/2021-10) before a span ending in
    it (2016/2021).
    """
    rows = panel[panel.status.isin(list(status)) & panel.value.notna()]
    if rows.empty:
        return rows.reset_index(drop=True)
    shape = rows.period.map(lambda p: 0 if _YEAR_RE.match(p) else 2 if re.match(r"^\d{4}/\d{4}$", p) else 1)
    keys = rows.assign(_doubt=(rows.doubt != "").astype(int), _status=rows.status.map({"actual": 0, "expected": 1, "target": 2}),
                       _shape=shape, _year=-rows.year.astype(float))
    keys = keys.sort_values(["_doubt", "_year", "_status", "_shape", "period"], kind="mergesort")
    picked = keys.drop_duplicates(list(by))
    return picked.drop(columns=["_doubt", "_status", "_shape", "_year"]).reset_index(drop=True)


def to_wide(panel: pd.DataFrame) -> pd.DataFrame:
    """District x indicator rows, one column per calendar year (``YYYY`` periods only)."""
    annual = panel[panel.period.str.fullmatch(r"\d{4}")]
    index = ["district", "district_code", "district_en", "indicator_id", "indicator", "indicator_en", "unit", "measure",
             "status"]
    if annual.empty:
        return pd.DataFrame(columns=index)
    wide = annual.pivot_table(index=index, columns="year", values="value", aggfunc="first", dropna=False,
                              observed=True)
    wide = wide.dropna(how="all")
    wide.columns = [int(c) for c in wide.columns]
    return wide.reset_index()


# Helpers -----------------------------------------------------------------------------------------


def _filter(frame: pd.DataFrame, column: str, wanted) -> pd.DataFrame:
    if wanted is None:
        return frame
    wanted = [wanted] if isinstance(wanted, str) else list(wanted)
    return frame[frame[column].isin(wanted)]


def _indicator_ids(indicators, dictionary: pd.DataFrame) -> set[str]:
    from analysis.dictionary import map_indicators

    wanted = [indicators] if isinstance(indicators, str) else list(indicators)
    ids = set(dictionary.indicator_id)
    mapped = map_indicators(pd.Series(wanted, dtype="str"), dictionary)
    return {w if w in ids else m for w, m in zip(wanted, mapped) if w in ids or m}


def _doubts(obs: pd.DataFrame, audit: pd.DataFrame | None, everything: pd.DataFrame | None = None) -> pd.Series:
    """The audit's doubting finding about each value (matched by document, line and stated value).

    A plan table's growth rate or change that does not match the table's own
    levels casts its doubt on the levels it was checked against too (the
    indicator's levels of the same table in the rate's first year minus one
    and its last year): one of the three is wrong, and the audit cannot say which.
    """
    if audit is None or audit.empty:
        return pd.Series("", index=obs.index, dtype="str")
    docs = set(obs.doc_id)                        # only the values' documents: linear in the corpus per district
    found = audit[audit.result.isin(DOUBTING) & audit.line.notna() & audit.stated.notna() & audit.doc_id.isin(docs)]
    by_value = {(d, int(n), round(float(v), 6)): f"{r}: {t}" for d, n, v, r, t in
                zip(found.doc_id, found.line, found.stated, found.result, found.detail)}
    by_line = related_doubts(everything[everything.doc_id.isin(docs)], found) if everything is not None else {}
    return pd.Series([by_value.get((d, int(n), round(float(v), 6)), by_line.get((d, int(n)), ""))
                      for d, n, v in zip(obs.doc_id, obs.line, obs.value)], index=obs.index, dtype="str")


def related_doubts(observations: pd.DataFrame, audit: pd.DataFrame) -> dict[tuple[str, int], str]:
    """The table levels a mismatching rate or change was checked against, by (doc_id, line): the finding.

    (See :func:`_doubts`: the rate, its base-year level and its end-year level
    of the same table; one of them is wrong.)"""
    if "table_id" not in observations or "kind" not in audit:
        return {}
    rates = audit[audit.result.isin(DOUBTING) & audit.line.notna()
                  & audit.kind.isin(["growth_rate", "cumulative_change"])]
    source = observations[observations.source == "table"]
    source.attrs = {}                                     # no data dictionary deep-copied by every step below
    wanted = set(rates.doc_id)
    by_doc = {d: rows for d, rows in source.groupby("doc_id", sort=False)
              if d in wanted}                             # one document's rows at a time: linear in the corpus
    by_line = {}
    for d, n, r, t in zip(rates.doc_id, rates.line, rates.result, rates.detail):
        if d not in by_doc:
            continue
        source = by_doc[d]
        lines = source[source.line == int(n)]
        if lines.empty:
            continue
        rate = lines.iloc[0]
        first = int(str(rate.period).split("/")[0][:4]) - 1
        levels = source[(source.doc_id == d) & (source.table_id == rate.table_id)
                        & (source.indicator == rate.indicator) & (source.measure == "level")
                        & source.year.isin([first, int(rate.year)])]
        for line in levels.line:
            by_line.setdefault((d, int(line)), f"{r}: {t}")
    return by_line


def _canonical(obs: pd.DataFrame, dictionary: pd.DataFrame) -> None:
    """``value``/``unit`` in the canonical unit, ``value_stated``/``unit_stated`` as stated, ``convertible``."""
    from analysis.extract.numbers import QuantityError, parse_unit

    target = {}
    for i, unit in zip(dictionary.indicator_id, dictionary.unit):
        try:
            _, base, scale = parse_unit(unit)
        except QuantityError:
            base, scale = None, None
        target[i] = (unit, base, scale)
    values, units, convertible = [], [], []
    for i, measure, v, u, vb, ub in zip(obs.indicator_id, obs.measure, obs.value, obs.unit, obs.value_base,
                                        obs.unit_base):
        unit, base, scale = target.get(i, ("", None, None))
        if u == unit:
            values.append(v), units.append(u), convertible.append(True)
        elif base is not None and ub == base and pd.notna(vb) and scale:
            values.append(vb / scale), units.append(unit), convertible.append(True)
        elif measure == "level":
            values.append(math.nan), units.append(unit), convertible.append(False)
        else:
            values.append(v), units.append(u), convertible.append(True)
    obs["value_stated"], obs["unit_stated"] = obs.value, obs.unit
    obs["value"] = pd.array(values, dtype="Float64")
    obs["unit"] = units
    obs["convertible"] = convertible


def _bounds(row) -> tuple[float, float]:
    from analysis.audit import half_unit

    v = float(row.value)
    stated = float(row.value_stated) if pd.notna(row.value_stated) else v
    h = half_unit(stated) * (abs(v / stated) if stated else 1.0)
    q = row.qualifier
    if q == "approx":
        return v * 0.95 - h, v * 1.05 + h
    if q in ("at_least", "more_than"):
        return v - h, math.inf
    if q in ("at_most", "less_than"):
        return -math.inf, v + h
    return v - h, v + h


def _agree(a, b) -> bool:
    (a0, a1), (b0, b1) = _bounds(a), _bounds(b)
    return a0 < b1 and b0 < a1          # intervals that only touch (30 and 31) do not agree


def _entry(r) -> str:
    doubt = ", doubted" if r.doubt else ""
    return (f"{r.value_stated:g} {r.unit_stated} ({r.doc_id}:{int(r.line)}, {r.doc_kind or '?'} "
            f"{r.status}{doubt})")


def _dtype(column: str) -> str:
    return {"year": "Int64", "line": "Int64", "n_sources": "Int64", "value": "Float64",
            "value_stated": "Float64"}.get(column, "str")


def build_panel(clean_dir: str | Path) -> pd.DataFrame:
    """Build the ``panel`` table from a built and audited clean folder and write it there.

    Every measure, status and district-scope cell (``series(measure=None)``),
    with the audit's doubts: so the data build runs it after ``audit``
    (``python -m analysis panel --clean DIR``; ``make data`` does).
    """
    from analysis.data import add_table, load
    from analysis.errors import InputError
    from analysis.schemas import conform, validate

    clean_dir = Path(clean_dir)
    tables = {}
    for name in ("observations", "documents", "audit"):
        if not (clean_dir / f"{name}.parquet").is_file():
            raise InputError(f"table {name!r} not found: run the extract and the audit first",
                             str(clean_dir / f"{name}.parquet"))
        tables[name] = load(name, clean_dir)
    panel = build_series(tables["observations"], tables["documents"], tables["audit"])
    panel = validate("panel", conform("panel", panel.to_dict("records")))
    add_table(clean_dir, "panel", panel)
    return panel


# For notebooks ------------------------------------------------------------------------------------


def coverage(panel: pd.DataFrame) -> pd.DataFrame:
    """District x indicator: how many distinct years have a value (0 where none)."""
    rows = panel[panel.value.notna()]
    table = rows.groupby(["indicator_id", "district"]).year.nunique().unstack(fill_value=0)
    return table.sort_index()


def plot_coverage(panel: pd.DataFrame, ax=None):
    """A heatmap of :func:`coverage`: which districts have which indicators, and for how many years."""
    import matplotlib.pyplot as plt

    table = coverage(panel)
    if ax is None:
        _, ax = plt.subplots(figsize=(1.6 + 1.1 * max(len(table.columns), 1), 0.8 + 0.28 * max(len(table), 1)))
    image = ax.imshow(table.to_numpy(), aspect="auto", cmap="Blues", vmin=0)
    ax.set_xticks(range(len(table.columns)), table.columns)
    ax.set_yticks(range(len(table.index)), table.index, fontsize=7)
    for (i, j), n in pd.DataFrame(table.to_numpy()).stack().items():
        if n:
            ax.text(j, i, int(n), ha="center", va="center", fontsize=7, color="white" if n > 2 else "black")
    ax.set_title("Years with a value, by district and indicator (有数据的年份数)")
    ax.figure.colorbar(image, ax=ax, label="years")
    ax.figure.tight_layout()
    return ax.figure


def plot_series(panel: pd.DataFrame, indicator_id: str, ax=None):
    """One indicator's yearly values (calendar-year periods), one line per district and status."""
    import matplotlib.pyplot as plt

    rows = panel[(panel.indicator_id == indicator_id) & panel.value.notna()
                 & panel.period.str.fullmatch(r"\d{4}")].sort_values("year")
    if ax is None:
        _, ax = plt.subplots(figsize=(7, 3.5))
    for (district, status), group in rows.groupby(["district", "status"]):
        style = "--" if status == "target" else "-"
        ax.plot(group.year.astype(int), group.value.astype(float), style, marker="o", label=f"{district} ({status})")
    if len(rows):
        first = rows.iloc[0]
        ax.set_title(f"{first.indicator} — {first.indicator_en}")
        ax.set_ylabel(first.unit)
        ax.legend(fontsize=8, frameon=False)
    ax.xaxis.get_major_locator().set_params(integer=True)
    ax.figure.tight_layout()
    return ax.figure


def conflicts(panel: pd.DataFrame) -> pd.DataFrame:
    """The cells whose documents disagree: the chosen value, its source and the others."""
    rows = panel[panel.conflicts != ""]
    return rows[["district", "indicator", "measure", "status", "period", "value", "unit", "doc_id", "line",
                 "doc_kind", "conflicts"]].reset_index(drop=True)
