"""Trends of one indicator over time with statsmodels.

With three points or more: an OLS fit of ``log(value)`` on the year, whose
slope gives the annual growth estimate with its confidence interval, and a
projection to a target year with its prediction interval. With two points:
the two-point compound rate, labelled ``two_point``, with no interval (it is
not a fit). Fewer points, or levels that are not positive, raise
:class:`analysis.growth.GrowthError`.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
import pandas as pd
import statsmodels.api as sm

from analysis.growth import GrowthError, cagr, implied_level


@dataclass(frozen=True)
class Trend:
    """A trend estimate.

    Attributes
    ----------
    method : str
        ``ols_loglinear`` (3+ points) or ``two_point``.
    n : int
        Points used.
    growth : float
        Annual growth in percent.
    growth_low, growth_high : float or None
        Confidence interval of the growth (None for two points).
    target_year : int or None
    projection : float or None
        Level projected to ``target_year``.
    projection_low, projection_high : float or None
        Prediction interval of the projection (None for two points).
    """

    method: str
    n: int
    growth: float
    growth_low: float | None
    growth_high: float | None
    target_year: int | None = None
    projection: float | None = None
    projection_low: float | None = None
    projection_high: float | None = None


def fit_trend(years, values, target_year: int | None = None, alpha: float = 0.05) -> Trend:
    """Estimate the trend of ``values`` over ``years`` (see the module docstring)."""
    frame = pd.DataFrame({"year": np.asarray(years, dtype=float),
                          "value": np.asarray(values, dtype=float)}).dropna()
    frame = frame.groupby("year", as_index=False)["value"].mean().sort_values("year")
    if len(frame) < 2:
        raise GrowthError(f"a trend needs two years or more, got {len(frame)}")
    if (frame.value <= 0).any():
        raise GrowthError("a log-linear trend needs positive levels")
    if len(frame) == 2:
        (y0, v0), (y1, v1) = frame.to_numpy()
        rate = float(cagr(v0, v1, y1 - y0))
        projection = None if target_year is None else float(implied_level(v1, rate, target_year - y1))
        return Trend("two_point", 2, rate, None, None, target_year, projection)
    exog = sm.add_constant(frame.year.to_numpy())
    model = sm.OLS(np.log(frame.value.to_numpy()), exog).fit()
    slope_low, slope_high = model.conf_int(alpha)[1]
    to_pct = lambda b: float((np.exp(b) - 1.0) * 100.0)  # noqa: E731
    result = dict(method="ols_loglinear", n=len(frame), growth=to_pct(model.params[1]),
                  growth_low=to_pct(slope_low), growth_high=to_pct(slope_high))
    if target_year is not None:
        pred = model.get_prediction(np.array([[1.0, float(target_year)]])).summary_frame(alpha=alpha)
        result.update(target_year=target_year, projection=float(np.exp(pred["mean"].iloc[0])),
                      projection_low=float(np.exp(pred["obs_ci_lower"].iloc[0])),
                      projection_high=float(np.exp(pred["obs_ci_upper"].iloc[0])))
    return Trend(**result)
