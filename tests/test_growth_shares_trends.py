"""Analysis helpers: hand-computed cases and properties."""

from __future__ import annotations

import math

import numpy as np
import pandas as pd
import pytest
from hypothesis import assume, given, settings
from hypothesis import strategies as st

from analysis.growth import (GrowthError, cagr, growth_from_multiple, implied_level, pp_change,
                             required_growth, yoy)
from analysis.shares import (SharesError, from_ratio, moore_angle, norm_of_absolute_values,
                             share_changes, shares_of_total)
from analysis.trends import fit_trend


@pytest.mark.parametrize("start, end, years, expected", [
    (216, 236.8, 5, 1.8558),          # 13th plan GDP, the plan states 2.37
    (236.8, 350, 5, 8.1278),          # 14th plan GDP target, stated 8 左右
    (2804, 4314, 5, 8.9985),          # foreign capital target, stated 9 左右
    (100, 121, 2, 10.0),
    (100, 50, 1, -50.0),
])
def test_cagr(start, end, years, expected):
    assert cagr(start, end, years) == pytest.approx(expected, abs=1e-4)


def test_required_growth_from_latest_actual():
    # 2021 retail sales 131 (feature) to the 2025 target 187 (plan): 9.31% a year
    assert required_growth(131, 187, 4) == pytest.approx(9.3056, abs=1e-4)


def test_implied_level_and_multiple():
    assert implied_level(236.8, 8, 5) == pytest.approx(347.94, abs=0.01)
    assert growth_from_multiple(1.97, 5) == pytest.approx(14.5231, abs=1e-4)
    assert growth_from_multiple(110.9 / 56.27, 5) == pytest.approx(cagr(56.27, 110.9, 5))


def test_yoy_and_pp():
    s = pd.Series([100.0, 110.0, 121.0, 150.0], index=[2018, 2019, 2020, 2022])
    assert yoy(s).round(6).tolist()[:3] == [pytest.approx(float("nan"), nan_ok=True), 10.0, 10.0]
    assert math.isnan(yoy(s).loc[2022])             # a gap year is not year on year
    assert pp_change(78.0, 78.4) == pytest.approx(0.4)


def test_vectorised_over_pandas():
    result = cagr(pd.Series([100, 200]), pd.Series([121, 242]), pd.Series([2, 2]))
    assert isinstance(result, pd.Series) and result.round(6).tolist() == [10.0, 10.0]


@pytest.mark.parametrize("args", [(0, 10, 5), (-1, 10, 5), (10, 0, 5), (10, 20, 0), (10, 20, -2)])
def test_clear_errors(args):
    with pytest.raises(GrowthError):
        cagr(*args)


@settings(max_examples=200, deadline=None)
@given(st.floats(1e-3, 1e9), st.floats(1e-3, 1e9), st.integers(1, 60))
def test_compounding_at_cagr_gives_back_the_end(start, end, years):
    assume(1e-4 <= end / start <= 1e4)      # beyond that a rate in percent loses precision
    assert implied_level(start, cagr(start, end, years), years) == pytest.approx(end, rel=1e-7)


# --- shares ------------------------------------------------------------------------------------------

def test_from_ratio():
    assert from_ratio("3:65:32").tolist() == [3, 65, 32]
    assert from_ratio("3：68：29").sum() == pytest.approx(100)
    assert from_ratio("1:1:2").tolist() == [25, 25, 50]
    with pytest.raises(SharesError):
        from_ratio("3:x:32")
    with pytest.raises(SharesError):
        from_ratio("3:65")


def test_structural_change_2015_to_2025_target():
    before, after = from_ratio("3:68:29"), from_ratio("2:55:43")
    assert share_changes(before, after).tolist() == pytest.approx([-1, -13, 14])
    assert norm_of_absolute_values(before, after) == pytest.approx(14.0)      # 0.5 * (1 + 13 + 14)
    # Moore: arccos((6 + 3740 + 1247) / (sqrt(9+4624+841) * sqrt(4+3025+1849)))
    expected = math.degrees(math.acos(4993 / (math.sqrt(5474) * math.sqrt(4878))))
    assert moore_angle(before, after) == pytest.approx(expected)
    assert moore_angle(before, after) == pytest.approx(14.9287, abs=1e-4)


def test_shares_of_total():
    assert shares_of_total([30, 70]).tolist() == [30, 70]
    assert shares_of_total([27.9], total=100).tolist() == [27.9]


share_vectors = st.lists(st.floats(0.01, 1000), min_size=3, max_size=3).map(
    lambda v: pd.Series(v, index=["primary", "secondary", "tertiary"]))


@settings(max_examples=200, deadline=None)
@given(share_vectors, share_vectors)
def test_share_properties(a, b):
    a_shares = shares_of_total(a)
    b_shares = shares_of_total(b)
    assert a_shares.sum() == pytest.approx(100)
    assert norm_of_absolute_values(a_shares, a_shares) == 0
    assert moore_angle(a_shares, a_shares) == pytest.approx(0, abs=1e-5)
    assert norm_of_absolute_values(a_shares, b_shares) == pytest.approx(norm_of_absolute_values(b_shares, a_shares))
    assert moore_angle(a_shares, b_shares) == pytest.approx(moore_angle(b_shares, a_shares))


# --- trends ------------------------------------------------------------------------------------------

def test_two_points_is_a_two_point_rate_not_a_fit():
    trend = fit_trend([2015, 2020], [216, 236.8], target_year=2025)
    assert trend.method == "two_point" and trend.growth == pytest.approx(1.8558, abs=1e-4)
    assert trend.growth_low is None and trend.projection_low is None
    assert trend.projection == pytest.approx(236.8 * 1.018558 ** 5, rel=1e-4)


def test_loglinear_fit_recovers_a_known_rate():
    years = np.arange(2010, 2021)
    values = 100 * 1.08 ** (years - 2010)
    trend = fit_trend(years, values, target_year=2025)
    assert trend.method == "ols_loglinear" and trend.n == 11
    assert trend.growth == pytest.approx(8.0, abs=1e-9)
    assert trend.projection == pytest.approx(100 * 1.08 ** 15, rel=1e-9)


def test_loglinear_fit_intervals_cover_the_estimate():
    trend = fit_trend([2017, 2018, 2019, 2020, 2021], [100, 109, 117, 128, 140], target_year=2025)
    assert trend.growth_low < trend.growth < trend.growth_high
    assert trend.projection_low < trend.projection < trend.projection_high
    assert trend.growth == pytest.approx(8.74, abs=0.05)


def test_trend_errors():
    with pytest.raises(GrowthError):
        fit_trend([2020], [5])
    with pytest.raises(GrowthError):
        fit_trend([2019, 2020, 2021], [5, 0, 6])
