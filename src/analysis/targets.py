"""Target tracking: where each plan target stands against the latest actual value.

For every level target of a plan table (``measure = level``, ``status =
target``, a number) the tracker finds:

- the plan's base: the same table's latest level before the target year;
- the plan's own rate: the table's growth target for the indicator, or the
  rate from base to target when none is stated;
- the latest actual: the latest ``actual`` level of the same district and
  indicator (by ``indicator_id``, else by name) from any document, after the
  base year and no later than the target year (a 2021 figure in a 2022
  feature counts);
- the rate still required from that actual to the target.

The rule for ``status``
-----------------------
``no_data`` when no actual is later than the base. Otherwise, for indicators
in percent the comparison is linear (percentage points a year), for others
compound (percent a year); ``required`` is compared with the plan's rate with
a tolerance of ``tolerance`` (0.5 percentage points by default):
``ahead`` when less is required than planned (by more than the tolerance),
``behind`` when more is required, ``on_track`` otherwise. For an indicator
where lower is better (dictionary ``higher_is_better = false``) the
comparison is reversed. A bound (突破3000万美元) is taken at its stated value
and its qualifier shown in ``actual_qualifier``. When the latest actual is for the target year itself,
the target was ``ahead``/``behind`` as the actual beats or misses it by more
than the tolerance (in percent of the target), else ``on_track``.
"""

from __future__ import annotations

import pandas as pd

from analysis.growth import cagr

COLUMNS = ("district", "table_id", "indicator", "indicator_id", "unit", "target_year", "target",
           "target_qualifier", "target_line", "base_year", "base", "plan_rate", "plan_rate_stated",
           "method", "actual_year", "actual", "actual_qualifier", "actual_doc_id", "actual_line", "required_rate",
           "status", "doc_id")
NUMERIC_QUALIFIERS = ("exact", "approx", "at_least", "at_most", "more_than", "less_than", "cumulative")


def target_tracking(observations: pd.DataFrame, dictionary: pd.DataFrame | None = None,
                    tolerance: float = 0.5) -> pd.DataFrame:
    """One row a plan level target (see the module docstring for the rule)."""
    obs = observations.copy()
    obs["key"] = indicator_key(obs)
    lower_better = set()
    if dictionary is not None:
        lower_better = set(dictionary.loc[dictionary.higher_is_better == "false", "indicator_id"])
    numeric = obs.value.notna() & obs.qualifier.isin(NUMERIC_QUALIFIERS)
    targets = obs[(obs.source == "table") & (obs.measure == "level") & (obs.status == "target") & numeric]
    actuals = obs[(obs.measure == "level") & (obs.status == "actual") & numeric & (obs.value_base > 0)]
    # each target looks only at its own table row and its district's actuals of the same indicator
    rows_of = dict(list(obs[obs.table_id.isin(targets.table_id)].groupby(["table_id", "indicator"], sort=False)))
    actuals_of = dict(list(actuals.groupby(["district", "key"], sort=False)))
    no_actuals = actuals.iloc[:0]
    rows = [_track(t, rows_of[(t.table_id, t.indicator)], actuals_of.get((t.district, t.key), no_actuals),
                   lower_better, tolerance)
            for t in targets.itertuples(index=False)]
    return pd.DataFrame(rows, columns=list(COLUMNS))


def indicator_key(frame: pd.DataFrame) -> pd.Series:
    """What identifies an indicator across documents: its ``indicator_id``, else its name."""
    return frame.indicator_id.where(frame.indicator_id != "", frame.indicator)


def _track(t, same_table, actuals, lower_better, tolerance) -> dict:
    """One target: ``same_table`` holds its table's rows of the indicator, ``actuals`` the
    district's actual levels of the indicator."""
    bases = same_table[(same_table.measure == "level") & (same_table.year < t.year)
                       & same_table.value.notna() & (same_table.value_base > 0)]
    base = bases.sort_values("year").iloc[-1] if len(bases) else None
    growth = same_table[(same_table.measure == "growth") & same_table.value.notna()
                        & (same_table.status == "target")]
    base_year = int(base.year) if base is not None else _period_start(growth) - 1 if len(growth) else None
    percent = t.unit_base == "%"
    method = "linear" if percent else "compound"
    plan_rate_stated = float(growth.iloc[0].value) if len(growth) and not percent else None
    plan_rate = plan_rate_stated
    if plan_rate is None and base is not None and base_year is not None and t.year > base_year:
        plan_rate = _rate(base.value_base, t.value_base, t.year - base_year, percent)
    row = dict(district=t.district, table_id=t.table_id, indicator=t.indicator,
               indicator_id=t.indicator_id, unit=t.unit, target_year=int(t.year), target=t.value,
               target_qualifier=t.qualifier, target_line=int(t.line), base_year=base_year,
               base=None if base is None else base.value, plan_rate=plan_rate,
               plan_rate_stated=plan_rate_stated, method=method, actual_year=None, actual=None,
               actual_qualifier=None,
               actual_doc_id=None, actual_line=None, required_rate=None, status="no_data",
               doc_id=t.doc_id)
    if base_year is None:
        return row
    candidates = actuals[(actuals.unit_base == t.unit_base) & (actuals.year > base_year)
                         & (actuals.year <= t.year)]
    if candidates.empty:
        return row
    latest = candidates.sort_values(["year", "source"], ascending=[True, False]).iloc[-1]
    row.update(actual_year=int(latest.year), actual=latest.value, actual_qualifier=latest.qualifier,
               actual_doc_id=latest.doc_id,
               actual_line=int(latest.line))
    sign = -1 if t.indicator_id in lower_better else 1
    if latest.year == t.year:
        gap = (latest.value_base / t.value_base - 1.0) * 100.0 * sign
        row["status"] = "ahead" if gap > tolerance else "behind" if gap < -tolerance else "on_track"
        return row
    required = _rate(latest.value_base, t.value_base, t.year - latest.year, percent)
    row["required_rate"] = required
    if plan_rate is None:
        return row
    difference = (plan_rate - required) * sign
    row["status"] = "ahead" if difference > tolerance else "behind" if difference < -tolerance else "on_track"
    return row


def _rate(start: float, end: float, years: int, percent: bool) -> float:
    """Percentage points a year (percent indicators) or compound percent a year."""
    if percent:
        return (end - start) / years
    return float(cagr(start, end, years))


def _period_start(growth: pd.DataFrame) -> int:
    return int(str(growth.iloc[0].period).split("/")[0][:4])
