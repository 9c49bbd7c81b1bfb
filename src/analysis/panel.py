"""A tidy panel of indicators comparable across districts, for the comparison notebook."""

from __future__ import annotations

import pandas as pd

PANEL_INDICATORS = ("income_urban_per_capita", "income_rural_per_capita", "retail_sales", "gdp",
                    "population_resident", "fdi_actual", "industrial_value_added")
COLUMNS = ("district", "indicator_id", "period", "year", "value", "unit", "status", "source",
           "doc_id", "line")


def district_panel(observations: pd.DataFrame, indicators=PANEL_INDICATORS, documents: pd.DataFrame | None = None,
                   audit: pd.DataFrame | None = None, status=("actual",)) -> pd.DataFrame:
    """The latest district-level actual value of each comparable indicator in each district.

    The value is :func:`analysis.paneldata.latest` of the district's series
    (the one "latest value" rule: the documents' precedence within a period,
    then the latest year; ``status`` the statuses considered, actual values
    only by default, as the reports' key figures), in the indicator's canonical
    unit; pass ``documents`` and ``audit`` for the genre precedence and the
    audit's doubts. The urban-rural income ratio is computed (``source =
    computed``) where a district has both incomes for the same period, and its
    ``line`` is the urban income's.
    """
    from analysis.paneldata import build_series, latest

    series = build_series(observations, documents, audit, indicators=list(indicators), measure="level",
                          status=status, undated=True)
    panel = latest(series, by=("district", "indicator_id"), status=status)[list(COLUMNS)].copy()
    obs = observations[(observations.scope == "district") & (observations.measure == "level")
                       & observations.indicator_id.isin(indicators) & observations.value.notna()
                       & observations.status.isin(list(status))]
    panel = pd.concat([panel, _income_ratio(obs)], ignore_index=True)
    return panel.sort_values(["indicator_id", "district"]).reset_index(drop=True)


def _income_ratio(obs: pd.DataFrame) -> pd.DataFrame:
    urban = obs[obs.indicator_id == "income_urban_per_capita"]
    rural = obs[obs.indicator_id == "income_rural_per_capita"]
    pairs = urban.merge(rural, on=["district", "period", "doc_id"], suffixes=("", "_rural"))
    if pairs.empty:
        return pd.DataFrame(columns=list(COLUMNS))
    pairs = pairs.sort_values("year").groupby("district", as_index=False).tail(1)
    return pd.DataFrame({
        "district": pairs.district, "indicator_id": "income_urban_rural_ratio",
        "period": pairs.period, "year": pairs.year,
        "value": (pairs.value_base / pairs.value_base_rural).round(3), "unit": "倍",
        "status": pairs.status, "source": "computed", "doc_id": pairs.doc_id, "line": pairs.line,
    })
