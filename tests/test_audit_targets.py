"""Target tracking, the district panel and the audit, asserted on the seeds."""

from __future__ import annotations

import subprocess
import sys

import pandas as pd
import pytest
from frictionless import validate as frictionless_validate

from analysis.audit import _split_households, audit, half_unit
from analysis.dictionary import load_dictionary
from analysis.panel import district_panel
from analysis.targets import target_tracking


@pytest.fixture(scope="module")
def findings(seeds):
    return audit(seeds, load_dictionary())


@pytest.fixture(scope="module")
def tracking(seeds):
    return target_tracking(seeds["observations"], load_dictionary())


def finding(findings, **where):
    frame = findings
    for column, value in where.items():
        frame = frame[frame[column] == value]
    assert len(frame) == 1, frame[["kind", "line", "detail"]]
    return frame.iloc[0]


def test_stated_gdp_growth_disagrees_with_its_levels(findings):
    gdp = finding(findings, kind="growth_rate", doc_id="cj_plan14", line=386)
    assert gdp.result == "mismatch" and gdp.stated == 2.37
    assert gdp.computed == pytest.approx(1.8558, abs=1e-4)
    assert "216" in gdp.detail and "236.8" in gdp.detail and "line 380" in gdp.detail


def test_plan_targets_checked_against_their_stated_rates(findings):
    target = finding(findings, kind="growth_rate", doc_id="cj_plan14", line=388)   # 216 -> 326.29, 8.6
    assert target.result == "ok" and target.computed == pytest.approx(8.60, abs=0.01)
    gdp14 = finding(findings, kind="growth_rate", doc_id="cj_plan14", line=847)    # 236.8 -> 350, 8左右
    assert gdp14.result == "ok" and gdp14.computed == pytest.approx(8.13, abs=0.01)
    jobs = finding(findings, kind="growth_rate", doc_id="cj_plan14", line=658)      # 0.317 -> 0.4 is not 21
    assert jobs.result == "mismatch"


def test_unsigned_bracketed_decline_is_signed_at_extraction_and_checks(findings, seeds):
    # 城镇登记失业率 3.4 -> 3 with [0.4]: the extraction reads a fall of 0.4 (flagged), the audit agrees
    unemployment = finding(findings, kind="cumulative_change", doc_id="cj_plan14", line=1019)
    assert unemployment.result == "ok" and unemployment.stated == -0.4
    flags = seeds["flags"].query("doc_id == 'cj_plan14' and line == 1019")
    assert list(flags.kind) == ["sign_from_levels"]
    assert finding(findings, kind="cumulative_change", line=921).result == "ok"   # 2.18 -> 2.13 is [-0.05]


def test_stated_multiple_matches_the_levels(findings):
    retail = finding(findings, kind="multiple", indicator_id="retail_sales")
    assert retail.result == "ok" and retail.stated == 1.97
    assert retail.computed == pytest.approx(110.9 / 56.27, abs=1e-4)
    assert finding(findings, kind="multiple", indicator_id="fiscal_revenue_total").result == "ok"


def test_a_multiple_within_one_period_is_not_checked_against_itself():
    from analysis.audit import check_multiples
    obs = pd.DataFrame([
        dict(doc_id="d", line=3, district="东湖县", indicator="出口额", indicator_id="", measure="level", unit="亿元",
             value=12.6, value_base=12.6e8, value_text="12.6", year=2024, period="2024-01/2024-06",
             status="actual", qualifier="exact"),
        dict(doc_id="d", line=3, district="东湖县", indicator="出口额", indicator_id="", measure="multiple", unit="倍",
             value=1.5, value_base=1.5, value_text="1.5", year=2024, period="2024-01/2024-06",
             status="actual", qualifier="exact"),        # 是去年同期的1.5倍: last year's level is not read
    ])
    assert check_multiples(obs) == []


def test_back_streets_conflict_lists_both_sources(findings):
    conflict = finding(findings, kind="conflict", indicator_id="renovated_back_streets")
    assert {conflict.stated, conflict.computed} == {513.0, 570.0}
    assert {conflict.doc_id, conflict.other_doc_id} == {"cj_feature_2022", "cj_plan14"}
    assert {int(conflict.line), int(conflict.other_line)} == {33, 340}


@pytest.mark.parametrize("doc_id, line, likely", [
    ("lx_feature_2022", 45, "3万平方米"),
    ("cj_plan14", 1709, "4030吨"),
    ("cj_plan14", 346, "702户1879人"),
])
def test_implausible_magnitudes_with_their_likely_reading(findings, doc_id, line, likely):
    row = finding(findings, kind="magnitude", doc_id=doc_id, line=line)
    assert row.result == "implausible" and row.likely_reading == likely


def test_section_claims_against_tasks_listed(findings):
    claims = findings[findings.kind == "claimed_count"].set_index("line")
    assert claims.loc[220, ["stated", "computed", "result"]].tolist() == [15, 13, "mismatch"]
    assert claims.result.eq("mismatch").sum() == 4


def test_no_false_alarm_on_consistent_statements(findings):
    # GDP 236.8 appears in both tables and in the plan's text: no conflict
    assert findings[(findings.kind == "conflict") & (findings.indicator_id == "gdp")].empty
    assert set(findings[findings.kind == "shares_sum"].result) == {"ok"}


def test_half_unit_and_household_split():
    assert half_unit("2.37") == 0.005 and half_unit(216) == 0.5 and half_unit("8.6") == 0.05
    assert _split_households(7021879) == "702户1879人"
    assert _split_households(5555) == ""          # no split with 1.5 to 5 persons a household


def test_target_tracking_statuses(tracking):
    by = tracking.set_index(["table_id", "indicator", "target_year"])
    retail = by.loc[("cj_plan14.t02", "社会消费品零售总额", 2025)]
    assert (retail.status, retail.actual, retail.actual_year, retail.actual_doc_id) == ("ahead", 131, 2021, "cj_feature_2022")
    assert retail.required_rate == pytest.approx(9.3056, abs=1e-4) and retail.plan_rate == 11
    urban = by.loc[("cj_plan14.t02", "城镇居民人均可支配收入", 2025)]
    assert urban.status == "behind" and urban.required_rate == pytest.approx(9.3815, abs=1e-4)
    gdp13 = by.loc[("cj_plan14.t01", "地区生产总值", 2020)]
    assert (gdp13.status, gdp13.actual) == ("behind", 236.8)              # the 326.29 target was missed
    gdp14 = by.loc[("cj_plan14.t02", "地区生产总值GDP", 2025)]
    assert gdp14.status == "no_data"                                      # no GDP after 2020 yet
    assert set(tracking.status) <= {"ahead", "on_track", "behind", "no_data"}


def test_plan_paths_index_each_target_to_its_base(tracking):
    from analysis.report import plan_paths

    paths = plan_paths(tracking[tracking.district == "昌江区"])
    # those with a latest actual first (latest target year, then table order), one per indicator
    order = list(paths.drop_duplicates("indicator_id").indicator_id)
    assert order == ["retail_sales", "fdi_actual", "gdp", "fiscal_revenue_total",
                     "fixed_asset_investment", "trade_total"]
    point = paths.set_index(["indicator_id", "point", "year"])["index"]
    # 14th plan: retail 110.9 (2020) -> 187 (2025) at 11% a year; 131 in 2021 (the 2022 feature)
    assert point[("retail_sales", "plan", 2020)] == pytest.approx(100)
    assert point[("retail_sales", "plan", 2021)] == pytest.approx(111.0)
    assert point[("retail_sales", "plan", 2025)] == pytest.approx(100 * 1.11 ** 5)
    assert point[("retail_sales", "target", 2025)] == pytest.approx(100 * 187 / 110.9)
    assert point[("retail_sales", "actual", 2021)] == pytest.approx(100 * 131 / 110.9)
    # 13th plan GDP: 216 (2015), target 326.29 (2020) at 8.6%, actual 236.8: far below its path
    assert point[("gdp", "actual", 2020)] == pytest.approx(100 * 236.8 / 216)
    assert point[("gdp", "plan", 2020)] == pytest.approx(100 * 1.086 ** 5)
    assert not paths[(paths.indicator_id == "trade_total") & (paths.point == "actual")].size
    assert len(plan_paths(tracking[tracking.district == "昌江区"], limit=2).indicator_id.unique()) == 2
    assert plan_paths(tracking[tracking.district == "珠山区"]).empty       # no plan tables there


def test_district_panel(seeds):
    panel = district_panel(seeds["observations"]).set_index(["district", "indicator_id"])
    assert panel.loc[("昌江区", "income_urban_per_capita"), "value"] == 47155
    assert panel.loc[("昌江区", "income_urban_rural_ratio"), "value"] == pytest.approx(2.165, abs=1e-3)
    assert panel.loc[("濂溪区", "income_rural_per_capita"), "value"] == 23425
    assert panel.loc[("濂溪区", "income_urban_rural_ratio"), "value"] == pytest.approx(46418 / 23425, abs=1e-3)
    assert panel.loc[("昌江区", "retail_sales"), "year"] == 2021


def test_audit_command_writes_the_table_and_updates_the_package(tmp_path, raw_dir):
    clean = tmp_path / "clean"
    for command in (["extract", "--raw", str(raw_dir), "--clean", str(clean)], ["audit", "--clean", str(clean)]):
        result = subprocess.run([sys.executable, "-m", "analysis", *command], capture_output=True, text=True)
        assert result.returncode == 0, result.stderr
    table = pd.read_csv(clean / "audit.csv")
    assert {"doc_id", "line", "district", "indicator_id", "kind", "stated", "computed", "detail"} <= set(table.columns)
    assert frictionless_validate(str(clean / "datapackage.json")).valid
    missing = subprocess.run([sys.executable, "-m", "analysis", "audit", "--clean", str(tmp_path / "none")],
                             capture_output=True, text=True)
    assert missing.returncode == 1 and "not found" in missing.stderr and "Traceback" not in missing.stderr


def test_target_distance_in_the_targets_unit_with_integer_years(tracking):
    by = tracking.set_index(["table_id", "indicator", "target_year"])
    retail = by.loc[("cj_plan14.t02", "社会消费品零售总额", 2025)]
    assert retail.gap == pytest.approx(187 - 131) and retail.share_achieved == pytest.approx(100 * 131 / 187)
    gdp13 = by.loc[("cj_plan14.t01", "地区生产总值", 2020)]
    assert gdp13.gap == pytest.approx(326.29 - 236.8) and gdp13.share_achieved == pytest.approx(72.5735, abs=1e-4)
    assert pd.isna(by.loc[("cj_plan14.t02", "地区生产总值GDP", 2025)].gap)       # no actual yet
    for column in ("target_year", "base_year", "actual_year", "target_line", "actual_line"):
        assert str(tracking[column].dtype) == "Int64", column


def test_target_gap_converts_the_actual_to_the_targets_unit():
    from analysis.schemas import conform

    rows = [dict(doc_id="p", district="甲县", scope="district", source="table", table_id="p.t01", indicator="财政总收入",
                 indicator_id="fiscal_revenue_total", measure="level", status=s, period=str(y), year=y, value=v,
                 unit="亿元", value_base=v * 1e8, unit_base="元", qualifier="exact", value_text=str(v), line=5)
            for s, y, v in (("actual", 2020, 10.0), ("target", 2025, 20.0))]
    rows.append(dict(doc_id="f", district="甲县", scope="district", source="text", indicator="财政总收入",
                     indicator_id="fiscal_revenue_total", measure="level", status="actual", period="2022", year=2022,
                     value=150000.0, unit="万元", value_base=1.5e9, unit_base="元", qualifier="exact",
                     value_text="150000万元", line=3))
    tracked = target_tracking(conform("observations", rows)).iloc[0]
    assert (tracked.actual, tracked.actual_year, tracked.gap) == (150000.0, 2022, pytest.approx(5.0))
    assert tracked.share_achieved == pytest.approx(75.0)
    assert tracked.required_rate == pytest.approx(((20 / 15) ** (1 / 3) - 1) * 100)
    assert tracked.plan_rate == pytest.approx((2 ** (1 / 5) - 1) * 100)      # 14.87% a year planned
    assert tracked.status == "ahead"         # 10.06% a year still required: less than planned
