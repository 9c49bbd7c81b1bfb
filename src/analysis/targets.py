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
- the rate still required from that actual to the target;
- when no actual is there, the plan's own estimate: the same table row's
  ``expected`` level for the target year (the 13th plan's 2020 预期值 against
  its 2020 目标), used like an actual for the target year and marked
  ``actual_status = "expected"`` (``"actual"`` otherwise); when the row has no
  expected level but an expected rate for the plan period (预期值 of the 年均增长
  column), ``expected_rate`` holds it and the status compares it with the
  plan's rate (``actual_status = "expected_rate"``).

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

Distance to the target
----------------------
``gap`` is the target minus the latest actual, in the target's unit (an
actual in 万元 against a target in 亿元 is converted through the base units);
``share_achieved`` is the actual in percent of the target (for an indicator
where lower is better, the target in percent of the actual), so 100 means met.
Years (``target_year``, ``base_year``, ``actual_year``) are integers
(``Int64``, ``<NA>`` when missing). The tracker is vectorised: every target is
placed by joins on its table row and its district's actuals, not one at a time.
"""

from __future__ import annotations

import numpy as np
import pandas as pd

COLUMNS = ("district", "table_id", "indicator", "indicator_id", "unit", "target_year", "target",
           "target_qualifier", "target_line", "base_year", "base", "plan_rate", "plan_rate_stated",
           "method", "actual_year", "actual", "actual_qualifier", "actual_doc_id", "actual_line", "required_rate",
           "status", "doc_id", "gap", "share_achieved", "actual_status", "expected_rate")
NUMERIC_QUALIFIERS = ("exact", "approx", "at_least", "at_most", "more_than", "less_than", "cumulative")
_INTEGERS = ("target_year", "target_line", "base_year", "actual_year", "actual_line")


def target_tracking(observations: pd.DataFrame, dictionary: pd.DataFrame | None = None,
                    tolerance: float = 0.5) -> pd.DataFrame:
    """One row a plan level target (see the module docstring for the rule)."""
    obs = observations.assign(key=indicator_key(observations)).reset_index(drop=True)
    obs["_order"] = np.arange(len(obs))
    lower_better = set()
    if dictionary is not None:
        lower_better = set(dictionary.loc[dictionary.higher_is_better == "false", "indicator_id"])
    numeric = obs.value.notna() & obs.qualifier.isin(NUMERIC_QUALIFIERS)
    t = obs[(obs.source == "table") & (obs.measure == "level") & (obs.status == "target") & numeric].copy()
    t = t.rename(columns={"year": "t_year", "value": "t_value", "value_base": "t_base", "unit_base": "t_unit_base",
                          "line": "t_line", "qualifier": "t_qualifier"})
    t["tid"] = np.arange(len(t))
    for column in ("t_year", "t_value", "t_base"):
        t[column] = pd.to_numeric(t[column]).astype("float")
    row = ["table_id", "indicator"]
    same = obs[obs.table_id.isin(t.table_id)]
    # the base: the same table row's latest level before the target year
    levels = same[(same.measure == "level") & same.value.notna() & (same.value_base > 0)]
    bases = t[["tid", *row, "t_year"]].merge(levels[[*row, "year", "value", "value_base", "_order"]], on=row)
    bases = bases[bases.year < bases.t_year].sort_values(["tid", "year", "_order"], kind="mergesort")
    bases = bases.drop_duplicates("tid", keep="last").set_index("tid")
    # the plan's own rate: the same row's first growth target
    growth = same[(same.measure == "growth") & same.value.notna() & (same.status == "target") & (same.unit != "倍")]
    growth = t[["tid", *row]].merge(growth[[*row, "value", "period", "_order"]], on=row)
    growth = growth.sort_values(["tid", "_order"], kind="mergesort").drop_duplicates("tid").set_index("tid")
    t = t.set_index("tid")
    t["base"] = pd.to_numeric(bases.value).astype(float)
    t["base_value_base"] = pd.to_numeric(bases.value_base).astype(float)
    base_from_growth = growth.period.map(lambda p: float(str(p).split("/")[0][:4]) - 1)
    t["base_year"] = bases.year.astype("float").reindex(t.index).fillna(base_from_growth)
    percent = t.t_unit_base == "%"
    t["method"] = np.where(percent, "linear", "compound")
    t["plan_rate_stated"] = growth.value.astype("float").reindex(t.index).where(~percent)
    computed = _rates(t.base_value_base, t.t_base, t.t_year - t.base_year, percent)
    usable = t.base_value_base.notna() & (t.t_year > t.base_year)
    t["plan_rate"] = t.plan_rate_stated.fillna(computed.where(usable))
    # the latest actual: the district's actual levels of the indicator after the base year
    actuals = obs[(obs.measure == "level") & (obs.status == "actual") & numeric & (obs.value_base > 0)]
    found = t.reset_index()[["tid", "district", "key", "t_unit_base", "t_year", "base_year"]].merge(
        actuals[["district", "key", "unit_base", "year", "value", "value_base", "qualifier", "doc_id", "line",
                 "source", "_order"]], on=["district", "key"])
    found = found[(found.unit_base == found.t_unit_base) & (found.year > found.base_year)
                  & (found.year <= found.t_year)]
    found = found.assign(_table=(found.source == "table").astype(int))
    found = found.sort_values(["tid", "year", "_table", "_order"], kind="mergesort").drop_duplicates("tid", keep="last")
    found = found.set_index("tid").assign(actual_status="actual")
    # else the plan's own estimate: the same table row's expected level for the target year
    expected = levels[levels.status == "expected"]
    estimates = t.reset_index()[["tid", *row, "t_year", "t_unit_base"]].merge(
        expected[[*row, "unit_base", "year", "value", "value_base", "qualifier", "doc_id", "line", "_order"]], on=row)
    estimates = estimates[(estimates.year == estimates.t_year) & (estimates.unit_base == estimates.t_unit_base)
                          & ~estimates.tid.isin(found.index)]
    estimates = estimates.sort_values(["tid", "_order"], kind="mergesort").drop_duplicates("tid").set_index("tid")
    found = pd.concat([found, estimates.assign(actual_status="expected")]) if len(estimates) else found
    t["actual_year"] = found.year.astype("float")
    t["actual"] = found.value.astype("float")
    t["actual_base"] = pd.to_numeric(found.value_base).astype("float")
    t["actual_qualifier"] = found.qualifier
    t["actual_doc_id"] = found.doc_id
    t["actual_line"] = found.line.astype("float")
    t["actual_status"] = found.actual_status
    sign = np.where(t.indicator_id.isin(lower_better), -1.0, 1.0)
    has_actual = (t.actual.notna() & t.base_year.notna()).astype(bool)
    at_target_year = has_actual & (t.actual_year == t.t_year)
    t["required_rate"] = _rates(t.actual_base, t.t_base, t.t_year - t.actual_year, percent).where(
        has_actual & ~at_target_year)
    final_gap = (t.actual_base / t.t_base - 1.0) * 100.0 * sign
    difference = (t.plan_rate - t.required_rate) * sign
    measure = pd.to_numeric(final_gap.where(at_target_year, difference)).astype(float).to_numpy()
    with np.errstate(invalid="ignore"):
        status = np.select([measure > tolerance, measure < -tolerance, ~np.isnan(measure)],
                           ["ahead", "behind", "on_track"], default="no_data")
    t["status"] = np.where(has_actual, status, "no_data")
    # the plan's expected rate over its period, where the row states no expected level
    rates = same[same.measure.isin(["growth", "change"]) & same.value.notna() & (same.status == "expected")]
    rates = t.reset_index()[["tid", *row, "t_year"]].merge(rates[[*row, "year", "value", "_order"]], on=row)
    rates = rates[rates.year == rates.t_year].sort_values(["tid", "_order"], kind="mergesort")
    rates = rates.drop_duplicates("tid").set_index("tid")
    t["expected_rate"] = rates.value.astype("float").reindex(t.index).where(~has_actual)
    by_rate = t.expected_rate.notna() & t.plan_rate.notna() & ~has_actual
    if percent.any():       # a change in 百分点 over the period against the plan's points a year
        t.loc[percent, "expected_rate"] = t.expected_rate / (t.t_year - t.base_year)
    rate_gap = pd.to_numeric((t.expected_rate - t.plan_rate) * sign).astype(float).to_numpy()
    with np.errstate(invalid="ignore"):
        rate_status = np.select([rate_gap > tolerance, rate_gap < -tolerance], ["ahead", "behind"], "on_track")
    t["status"] = np.where(by_rate, rate_status, t.status)
    t["actual_status"] = t.actual_status.where(~by_rate, "expected_rate")
    # distance to the target, in the target's unit
    scale = t.t_base / t.t_value
    t["gap"] = (t.t_base - t.actual_base) / scale
    t["share_achieved"] = np.where(sign > 0, 100.0 * t.actual_base / t.t_base, 100.0 * t.t_base / t.actual_base)
    t["share_achieved"] = t.share_achieved.where(has_actual)
    t["gap"] = t.gap.where(has_actual)
    out = t.rename(columns={"t_year": "target_year", "t_value": "target", "t_qualifier": "target_qualifier",
                            "t_line": "target_line"})
    out = out.reset_index(drop=True)
    out.loc[~has_actual.to_numpy(), ["actual_year", "actual", "actual_qualifier", "actual_doc_id", "actual_line"]] = None
    out = out[list(COLUMNS)].copy()
    for column in _INTEGERS:
        out[column] = pd.to_numeric(out[column]).round().astype("Int64")
    for column in ("target", "base", "plan_rate", "plan_rate_stated", "actual", "required_rate", "gap",
                   "share_achieved", "expected_rate"):
        out[column] = pd.to_numeric(out[column]).astype("float")
    return out


def indicator_key(frame: pd.DataFrame) -> pd.Series:
    """What identifies an indicator across documents: its ``indicator_id``, else its name."""
    return frame.indicator_id.where(frame.indicator_id != "", frame.indicator)


def _rates(start: pd.Series, end: pd.Series, years: pd.Series, percent: pd.Series) -> pd.Series:
    """Percentage points a year (percent indicators) or compound percent a year; NaN where undefined."""
    start, end, years = (pd.to_numeric(x).astype(float) for x in (start, end, years))
    valid = (years > 0) & (start > 0) & (end > 0)
    with np.errstate(invalid="ignore", divide="ignore"):
        linear = (end - start) / years
        compound = ((end / start) ** (1.0 / years) - 1.0) * 100.0
    return pd.Series(np.where(percent, linear, compound), index=start.index).where(valid | (percent & (years > 0)))
