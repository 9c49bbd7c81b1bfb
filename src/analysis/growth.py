"""Growth arithmetic on numbers, arrays and pandas objects.

Every function is vectorised (scalars, NumPy arrays, pandas Series and
DataFrames broadcast as NumPy does) and raises :class:`GrowthError` for
levels that are not positive or for a span of zero (or negative) years.
Rates are in percent: ``cagr(100, 121, 2)`` is ``10.0``.
"""

from __future__ import annotations

import numpy as np
import pandas as pd

from analysis.errors import AnalysisError


class GrowthError(AnalysisError, ValueError):
    """A growth computation with levels that are not positive or a span that is not positive."""


def _positive(name: str, value):
    array = np.asarray(value, dtype=float)
    if np.any(~(array > 0) & ~np.isnan(array)):
        raise GrowthError(f"{name} must be positive, got {value!r}")
    return value


def _years(years):
    array = np.asarray(years, dtype=float)
    if np.any(~(array > 0) & ~np.isnan(array)):
        raise GrowthError(f"years must be positive, got {years!r}")
    return years


def cagr(start, end, years):
    """Compound annual growth rate in percent: ``((end / start) ** (1 / years) - 1) * 100``.

    Examples
    --------
    >>> round(cagr(216, 236.8, 5), 2)
    1.86
    """
    _positive("start", start), _positive("end", end), _years(years)
    return ((end / start) ** (1.0 / years) - 1.0) * 100.0


def required_growth(current, target, years):
    """The annual rate in percent that takes ``current`` to ``target`` in ``years``."""
    return cagr(current, target, years)


def implied_level(base, rate, years):
    """The level reached from ``base`` growing ``rate`` percent a year for ``years``."""
    _positive("base", base)
    if np.any(np.asarray(years, dtype=float) < 0):
        raise GrowthError(f"years must not be negative, got {years!r}")
    return base * (1.0 + rate / 100.0) ** years


def growth_from_multiple(multiple, years):
    """Annual rate in percent implied by a multiple (是2015年的1.97倍 over 5 years)."""
    _positive("multiple", multiple), _years(years)
    return (multiple ** (1.0 / years) - 1.0) * 100.0


def yoy(series: pd.Series) -> pd.Series:
    """Year-on-year growth in percent of a Series indexed by consecutive years."""
    _positive("levels", series.dropna())
    index = pd.Index(series.index)
    if not index.is_monotonic_increasing:
        raise GrowthError("the index must be sorted years")
    gaps = pd.Series(index, index=index).diff()
    result = (series / series.shift(1) - 1.0) * 100.0
    return result.where(gaps == 1)


def pp_change(before, after):
    """Change in percentage points between two shares or rates."""
    return after - before
