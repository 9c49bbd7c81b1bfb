"""Audit the documents' own arithmetic and consistency: which numbers to doubt.

``python -m analysis audit --clean DIR`` reads the clean tables and writes the
``audit`` table beside them (one row a check, ``result = ok``, or a finding).
Each row says what was stated, what was computed and where.

Checks
------
growth_rate, cumulative_change
    A plan table's stated growth (``2016/2020``) against the rate computed
    from the table's own levels (base year to end year, same status), and a
    bracketed change against end minus base. The tolerance comes from the
    stated rounding: every stated number stands for an interval (2.37 is
    2.365-2.375), the computed rate is taken over the intervals of its levels,
    and the two intervals must meet. 左右 widens the stated interval by one
    percentage point; 以上/以内 make it one-sided.
multiple
    是2015年的1.97倍: the level of the sentence against the same indicator's
    level in the base year, from any document of the district.
shares_sum
    Sector shares that do not sum to 100 (± 0.5).
conflict
    The same district and indicator with different values in two places:
    for the same period (beyond rounding and qualifiers), or a count over a
    longer period that is smaller than the count over a period inside it
    (570 streets in 2016-2020 against 513 in 2012-2022).
magnitude
    Unit-aware bounds by indicator and district size (``MAGNITUDE_RULES``):
    an area larger than a county, an output of tonnes per resident no district
    produces, a count of people larger than the district's population, a share
    above 100. The likely reading is given where there is one (3万平方米 for
    3万平方公里; 4030吨 for 4030万吨; 702户1879人 for 7021879人).
claimed_count
    A section heading that claims a count (（15项）) against the tasks listed.
"""

from __future__ import annotations

import math
from decimal import Decimal
from itertools import combinations
from pathlib import Path

import pandas as pd

from analysis.data import add_table, load
from analysis.dictionary import english_names, load_dictionary
from analysis.errors import InputError
from analysis.extract.numbers import split_households as _split_households
from analysis.places import lookup
from analysis.schemas import conform, validate

# District-size bounds: a county-level district in Jiangxi is at most ~5,000 km2 (九江市, a
# whole prefecture, is ~19,000 km2) and no district produces 10 tonnes of one farm product
# per resident.
MAX_DISTRICT_AREA_KM2 = 5_000
MAX_TONNES_PER_RESIDENT = 10
DEFAULT_POPULATION = 2_000_000      # an upper bound for a district whose population is unknown
SHARE_KINDS = ("share",)


def run(clean_dir: str | Path, dictionary_path: str | Path | None = None) -> pd.DataFrame:
    """Read the clean tables, audit them, write ``audit`` (CSV, Parquet) and update the data package."""
    clean_dir = Path(clean_dir)
    tables = {name: _read(clean_dir, name) for name in ("observations", "structure", "tasks")}
    dictionary = load_dictionary(dictionary_path) if dictionary_path else load_dictionary()
    findings = audit(tables, dictionary)
    _write(findings, clean_dir)
    return findings


def audit(tables: dict[str, pd.DataFrame], dictionary: pd.DataFrame) -> pd.DataFrame:
    """Every check of the module docstring, as one validated table."""
    obs = tables["observations"]
    rows = (check_table_growth(obs) + check_multiples(obs) + check_structure(tables["structure"])
            + check_conflicts(obs, dictionary) + check_magnitudes(obs, dictionary)
            + check_claimed_counts(tables["tasks"]))
    findings = conform("audit", rows)
    places = lookup(findings.district)
    findings["district_code"], findings["district_en"] = places.district_code, places.district_en
    findings["indicator_en"] = english_names(findings.indicator_id, dictionary)
    return validate("audit", findings)


# Arithmetic ---------------------------------------------------------------------------------------


def half_unit(text_or_value) -> float:
    """Half a unit of the last stated decimal: 2.37 -> 0.005, 216 -> 0.5."""
    try:
        exponent = Decimal(str(text_or_value)).normalize().as_tuple().exponent
    except ArithmeticError:
        return 0.0
    exponent = min(int(exponent), 0) if isinstance(exponent, int) else 0
    return 0.5 * 10.0 ** exponent


def _interval(value: float, qualifier: str, stated_text: float) -> tuple[float, float]:
    h = half_unit(stated_text)
    low, high = value - h, value + h
    if qualifier == "approx":
        low, high = low - 1.0, high + 1.0
    elif qualifier in ("at_least", "more_than"):
        high = math.inf
    elif qualifier in ("at_most", "less_than"):
        low = -math.inf
    return low, high


def _rate_interval(start: float, end: float, years: int) -> tuple[float, float]:
    hs, he = half_unit(start), half_unit(end)
    lows = [((e / s) ** (1 / years) - 1) * 100 for s in (start - hs, start + hs)
            for e in (end - he, end + he) if s > 0 and e > 0]
    return min(lows), max(lows)


def _meet(a: tuple[float, float], b: tuple[float, float]) -> bool:
    return a[0] <= b[1] and b[0] <= a[1]


def check_table_growth(obs: pd.DataFrame) -> list[dict]:
    """Stated growth rates and bracketed changes of plan tables against their own levels."""
    rows = []
    table = obs[(obs.source == "table") & obs.value.notna()]
    for (_table_id, indicator), group in table.groupby(["table_id", "indicator"], sort=False):
        levels = group[group.measure == "level"]
        for g in group[group.measure.isin(["growth", "change"])].itertuples(index=False):
            start_year = int(str(g.period).split("/")[0][:4]) - 1
            end_year = int(g.year)
            start = _pick(levels, start_year, None)
            end = _pick(levels, end_year, g.status)
            if start is None or end is None:
                continue
            where = (f"{start.value:g} ({start_year} {start.status}, line {start.line}) -> "
                     f"{end.value:g} ({end_year} {end.status}, line {end.line})")
            stated_interval = _interval(g.value, g.qualifier, _number_text(g.value_text, g.value))
            if g.measure == "change":
                computed = end.value - start.value
                slack = half_unit(start.value) + half_unit(end.value)
                comp_interval = (computed - slack, computed + slack)
                ok = _meet(stated_interval, comp_interval) or (
                    g.value >= 0 > computed and _meet(stated_interval, (-comp_interval[1], -comp_interval[0])))
                unsigned = ok and not _meet(stated_interval, comp_interval)
                detail = (f"{indicator}: {where} is a change of {computed:+.4g}; stated [{g.value_text}] "
                          f"(line {g.line}){' without its sign' if unsigned else ''}")
                rows.append(_finding(g, "cumulative_change", g.value, round(computed, 4), detail,
                                     "ok" if ok else "mismatch"))
                continue
            if start.value <= 0 or end.value <= 0:
                continue
            years = end_year - start_year
            computed = ((end.value / start.value) ** (1 / years) - 1) * 100
            ok = _meet(stated_interval, _rate_interval(start.value, end.value, years))
            detail = (f"{indicator}: {where} is {computed:.2f}% a year over {years} years; "
                      f"stated {g.value_text} ({g.status}, line {g.line})")
            rows.append(_finding(g, "growth_rate", g.value, round(computed, 4), detail,
                                 "ok" if ok else "mismatch"))
    return rows


def _pick(levels: pd.DataFrame, year: int, status: str | None):
    candidates = levels[levels.year == year]
    if status is not None and (candidates.status == status).any():
        candidates = candidates[candidates.status == status]
    elif status is not None:
        return None
    if candidates.empty:
        return None
    order = {"actual": 0, "expected": 1, "target": 2}
    return candidates.assign(o=candidates.status.map(order)).sort_values("o").iloc[0]


def _number_text(value_text: str, value: float):
    digits = "".join(c for c in str(value_text) if c.isdigit() or c in ".-")
    return digits if digits.strip(".-") else value


def check_multiples(obs: pd.DataFrame) -> list[dict]:
    """是2015年的1.97倍 against the levels it relates."""
    rows = []
    multiples = obs[(obs.unit == "倍") & (obs.measure == "multiple") & obs.value.notna()
                    & obs.period.str.contains("/")]
    levels = obs[(obs.measure == "level") & obs.value_base.notna() & (obs.value_base > 0)
                 & obs.status.isin(["actual", "expected"])]
    for m in multiples.itertuples(index=False):
        start_year, end_year = (int(p[:4]) for p in str(m.period).split("/"))
        if start_year >= end_year:
            continue                      # 是去年同期的1.5倍 in 2022-01/2022-06: the base is not a level read
        same = levels[(levels.district == m.district) & (
            (levels.indicator_id == m.indicator_id) if m.indicator_id else (levels.indicator == m.indicator))]
        end = same[(same.year == end_year) & (same.doc_id == m.doc_id) & (same.line == m.line)]
        end = end if len(end) else same[same.year == end_year]
        start = same[same.year == start_year]
        if end.empty or start.empty:
            continue
        e, s = end.iloc[0], start.iloc[0]
        computed = e.value_base / s.value_base
        slack = computed * (half_unit(s.value) / s.value + half_unit(e.value) / e.value)
        ok = _meet(_interval(m.value, m.qualifier, _number_text(m.value_text, m.value)),
                   (computed - slack, computed + slack))
        detail = (f"{m.indicator}: {e.value:g} {e.unit} ({end_year}, {e.doc_id} line {e.line}) / "
                  f"{s.value:g} {s.unit} ({start_year}, {s.doc_id} line {s.line}) = {computed:.3f} times; "
                  f"stated {m.value_text} (line {m.line})")
        rows.append(_finding(m, "multiple", m.value, round(computed, 4), detail, "ok" if ok else "mismatch"))
    return rows


def check_structure(structure: pd.DataFrame) -> list[dict]:
    rows = []
    for s in structure.itertuples(index=False):
        total = s.primary + s.secondary + s.tertiary
        result = "ok" if abs(total - 100) <= 0.5 else "mismatch"
        rows.append(dict(doc_id=s.doc_id, line=s.line, district=s.district, indicator_id="structure_three_sectors",
                         kind="shares_sum", stated=100.0, computed=float(total), result=result,
                         indicator=s.indicator, detail=f"{s.value_text} ({s.year} {s.status}) sums to {total:g}"))
    return rows


# Conflicts --------------------------------------------------------------------------------------------


def _period_bounds(period: str) -> tuple[int, int] | None:
    """Months since year 0 for the start and end of an ISO period."""
    if not period:
        return None
    parts = period.split("/")
    first, last = parts[0], parts[-1]

    def month(text: str, end: bool) -> int:
        year = int(text[:4])
        if len(text) >= 7:
            return year * 12 + int(text[5:7])
        return year * 12 + (12 if end else 1)
    return month(first, False), month(last, True)


def check_conflicts(obs: pd.DataFrame, dictionary: pd.DataFrame) -> list[dict]:
    """The same district and indicator with values that cannot both be true."""
    kinds = dict(zip(dictionary.indicator_id, dictionary.kind))
    pool = obs[(obs.indicator_id != "") & (obs.measure == "level") & obs.value_base.notna()
               & obs.status.isin(["actual", "expected"]) & (obs.period != "")]
    rows = []
    for _, group in pool.groupby(["district", "indicator_id", "unit_base"]):
        for a, b in combinations(group.itertuples(index=False), 2):
            if a.doc_id == b.doc_id and a.line == b.line:
                continue
            pa, pb = _period_bounds(a.period), _period_bounds(b.period)
            if pa is None or pb is None or not (pa[0] <= pb[1] and pb[0] <= pa[1]):
                continue
            reason = _conflict(a, b, pa, pb, kinds.get(a.indicator_id, ""))
            if reason:
                rows.append(dict(doc_id=a.doc_id, line=a.line, district=a.district,
                                 indicator_id=a.indicator_id, kind="conflict", stated=a.value,
                                 computed=b.value, result="conflict", indicator=a.indicator,
                                 other_doc_id=b.doc_id, other_line=b.line,
                                 detail=(f"{a.indicator} {a.value_text} ({a.period}, {a.doc_id} line {a.line}) "
                                         f"vs {b.indicator} {b.value_text} ({b.period}, {b.doc_id} line "
                                         f"{b.line}): {reason}")))
    return rows


def _conflict(a, b, pa, pb, kind: str) -> str:
    if pa == pb:
        if _consistent(a, b):
            return ""
        return "same period, different values"
    if kind == "count" and a.qualifier == b.qualifier == "exact":
        if pb[0] <= pa[0] and pa[1] <= pb[1]:
            inner, outer = a, b
        elif pa[0] <= pb[0] and pb[1] <= pa[1]:
            inner, outer = b, a
        else:
            return ""
        if outer.value_base < inner.value_base:
            return (f"the count over the longer period ({outer.period}) is smaller than over "
                    f"the period inside it ({inner.period})")
    return ""


def _consistent(a, b) -> bool:
    """Whether two statements of the same quantity can both be true."""
    def bounds(o):
        value, h = o.value_base, half_unit(o.value) * (o.value_base / o.value if o.value else 1)
        q = o.qualifier
        if q == "approx":
            return value * 0.95, value * 1.05
        if q in ("at_least", "more_than"):
            return value - h, math.inf
        if q in ("at_most", "less_than"):
            return -math.inf, value + h
        return value - h, value + h
    return _meet(bounds(a), bounds(b))


# Magnitudes ---------------------------------------------------------------------------------------------


def check_magnitudes(obs: pd.DataFrame, dictionary: pd.DataFrame) -> list[dict]:
    """Values no district can have, with the likely reading where there is one."""
    kinds = dict(zip(dictionary.indicator_id, dictionary.kind))
    population = _populations(obs)
    rows = []
    numbers = obs[obs.scope.isin(["district", "entity"]) & obs.value_base.notna() & (obs.measure == "level")]
    for o in numbers.itertuples(index=False):
        people = population.get(o.district)
        reason, likely = _implausible(o, kinds.get(o.indicator_id, ""), people)
        if reason:
            rows.append(dict(doc_id=o.doc_id, line=o.line, district=o.district,
                             indicator_id=o.indicator_id, kind="magnitude", stated=o.value,
                             computed=None, result="implausible", indicator=o.indicator,
                             likely_reading=likely,
                             detail=f"{o.indicator} {o.value_text} (line {o.line}): {reason}"
                                    + (f"; likely {likely}" if likely else "")))
    return rows


def _populations(obs: pd.DataFrame) -> dict[str, float]:
    """About how many people live in each district (the latest stated population, any status)."""
    pop = obs[obs.indicator_id.isin(["population_total", "population_resident"])
              & (obs.measure == "level") & (obs.unit_base == "人") & obs.value_base.notna()]
    return pop.sort_values("year").groupby("district").value_base.last().to_dict()


def _implausible(o, kind: str, people: float | None) -> tuple[str, str]:
    unit = o.unit_base
    if unit == "平方公里" and o.value_base > MAX_DISTRICT_AREA_KM2:
        return (f"{o.value_base:,.0f} km² is larger than any county-level district "
                f"(bound {MAX_DISTRICT_AREA_KM2:,} km²)", f"{o.value:g}{o.unit.replace('平方公里', '平方米')}")
    if unit == "吨":
        residents = people or DEFAULT_POPULATION
        per_head = o.value_base / residents
        if per_head > MAX_TONNES_PER_RESIDENT:
            likely = f"{o.value:g}{o.unit.replace('万', '')}" if "万" in o.unit else ""
            return (f"{per_head:,.0f} tonnes per resident (population about {residents:,.0f})", likely)
    if unit == "人" and kind in ("count", "stock", ""):
        residents = people or DEFAULT_POPULATION
        if o.value_base > residents:
            return (f"{o.value_base:,.0f} people in a district of about {residents:,.0f}",
                    _split_households(o.value_base))
    if unit == "%" and kind in SHARE_KINDS and o.value_base > 100:
        return "a share above 100%", ""
    return "", ""


# Claims about the document -------------------------------------------------------------------------


def check_claimed_counts(tasks: pd.DataFrame) -> list[dict]:
    rows = []
    claimed = tasks[tasks.section_claimed.notna()]
    for (doc_id, _table_id, section), group in claimed.groupby(["doc_id", "table_id", "section"], sort=False):
        stated = int(group.section_claimed.iloc[0])
        listed = len(group)
        line = group.section_line.iloc[0]
        rows.append(dict(doc_id=doc_id, line=None if pd.isna(line) else int(line), district="",
                         indicator_id="", kind="claimed_count", stated=float(stated),
                         computed=float(listed), result="ok" if stated == listed else "mismatch",
                         indicator="", detail=(f"{section}: the heading claims {stated} tasks; "
                                               f"{listed} are listed (tasks {group.task_no.min()}-"
                                               f"{group.task_no.max()})")))
    return rows


# Helpers --------------------------------------------------------------------------------------------------


def _finding(o, kind: str, stated, computed, detail: str, result: str) -> dict:
    return dict(doc_id=o.doc_id, line=o.line, district=o.district, indicator_id=o.indicator_id,
                kind=kind, stated=stated, computed=computed, detail=detail, result=result,
                indicator=o.indicator)


def _read(clean_dir: Path, name: str) -> pd.DataFrame:
    path = clean_dir / f"{name}.parquet"
    if not path.is_file():
        raise InputError(f"table {name!r} not found: run the extract first", str(path))
    return load(name, clean_dir)


def _write(findings: pd.DataFrame, clean_dir: Path) -> None:
    """Write the audit table and list it in datapackage.json (each file replaced whole)."""
    add_table(clean_dir, "audit", findings)
