"""analysis.series: one value per district, indicator and period, on fixtures written here.

The fixture county (铜鼓县, GB/T 2260 360926) has the same cells stated by a
bulletin, a work report, a plan and a feature, in different units and
statuses; every expected value below is worked out by hand from the rows.
"""

from __future__ import annotations

import pandas as pd
import pytest

import analysis
from analysis.dictionary import english_names, load_dictionary, map_indicators
from analysis.extract.numbers import parse_unit
from analysis.paneldata import build_series, latest, to_wide
from analysis.schemas import conform

DOCS = pd.DataFrame([
    dict(doc_id="b2022", doc_kind="bulletin", published="2023-03"),
    dict(doc_id="wr2023", doc_kind="work_report", published="2023-02"),
    dict(doc_id="wr2024", doc_kind="work_report", published="2024-01"),
    dict(doc_id="plan14", doc_kind="plan", published="2021-06"),
    dict(doc_id="feat", doc_kind="feature", published="2023-05"),
])


def row(doc_id, indicator, value, unit, period, status="actual", measure="level", source="text", line=1,
        qualifier="exact", district="铜鼓县"):
    _, base, scale = parse_unit(unit)
    return dict(doc_id=doc_id, district=district, scope="district", source=source, indicator=indicator,
                measure=measure, status=status, period=period, year=int(period[-4:]), value=value, unit=unit,
                value_base=value * scale, unit_base=base, qualifier=qualifier, value_text=f"{value:g}{unit}",
                line=line, sentence=f"{indicator}{value:g}{unit}" if source == "text" else "",
                column="2022" if source == "table" else "", table_id="plan14.t01" if source == "table" else "")


ROWS = [
    # GDP 2022: the bulletin (in 万元) wins; the work report's expected value differs, the feature's agrees
    row("b2022", "地区生产总值", 683145, "万元", "2022", line=3),
    row("wr2023", "生产总值", 68.4, "亿元", "2022", status="expected", line=5),
    row("feat", "GDP", 68.31, "亿元", "2022", line=7),
    row("plan14", "地区生产总值", 120, "亿元", "2025", status="target", source="table", line=40),
    # retail 2022: an actual in a feature beats an expected value in a plan table
    row("plan14", "社会消费品零售总额", 30, "亿元", "2022", status="expected", source="table", line=41),
    row("feat", "全社会消费品零售总额", 31, "亿元", "2022", line=8),
    # urban income 2022: the later work report revises the earlier one
    row("wr2023", "城镇居民人均可支配收入", 40000, "元", "2022", line=9),
    row("wr2024", "城镇居民可支配收入", 40100, "元", "2022", line=2),
    # population 2022: the bulletin's number is doubted by the audit, the feature's is not
    row("b2022", "常住人口", 7021879, "人", "2022", line=12),
    row("feat", "常住人口", 70.2, "万人", "2022", line=10),
    # trade in 亿元 cannot be converted to the dictionary's 万美元
    row("b2022", "进出口总额", 12.5, "亿元", "2022", line=14),
    # grain: a feature's area under the output's label cannot be compared
    row("b2022", "粮食总产量", 12.3, "万吨", "2022", line=15),
    row("feat", "粮食产量", 24.6, "万亩", "2022", line=11),
    # a growth rate stays in %
    row("b2022", "地区生产总值", 5.3, "%", "2022", measure="growth", line=3),
    # another county with an unmapped indicator: never in the series
    row("feat", "警企联防点", 12, "个", "2022", district="某某县", line=20),
]
AUDIT = pd.DataFrame([dict(doc_id="b2022", line=12, stated=7021879.0, result="implausible",
                           detail="常住人口 7021879人: more people than the district has")])


@pytest.fixture(scope="module")
def observations():
    obs = conform("observations", ROWS)
    dictionary = load_dictionary()
    obs["indicator_id"] = map_indicators(obs.indicator, dictionary)
    obs["indicator_en"] = english_names(obs.indicator_id, dictionary)
    obs["district_code"] = obs.district.map({"铜鼓县": "360926"}).fillna("")
    return obs


@pytest.fixture(scope="module")
def panel(observations):
    return build_series(observations, DOCS, AUDIT).set_index(["indicator_id", "measure", "status", "period"])


def test_bulletin_wins_in_canonical_units_with_conflicts_and_agreeing_others(panel):
    gdp = panel.loc[("gdp", "level", "actual", "2022")]
    assert (gdp.value, gdp.unit, gdp.value_stated, gdp.unit_stated) == (pytest.approx(68.3145), "亿元", 683145, "万元")
    assert (gdp.doc_id, gdp.line, gdp.doc_kind, gdp.n_sources) == ("b2022", 3, "bulletin", 3)
    assert gdp.conflicts == "68.4 亿元 (wr2023:5, work_report expected)"
    assert gdp.others == "68.31 亿元 (feat:7, feature actual)"
    assert gdp.district_code == "360926" and gdp.indicator == "地区生产总值" and gdp.indicator_stated == "地区生产总值"
    assert gdp.quote == "地区生产总值683145万元"


def test_target_is_a_cell_of_its_own(panel):
    target = panel.loc[("gdp", "level", "target", "2025")]
    assert (target.value, target.n_sources, target.conflicts) == (120, 1, "")
    assert target.quote == "地区生产总值 | 2022: 120亿元"


def test_actual_beats_expected_even_from_a_lower_genre(panel):
    retail = panel.loc[("retail_sales", "level", "actual", "2022")]
    assert (retail.value, retail.doc_id) == (31, "feat")
    assert retail.conflicts == "30 亿元 (plan14:41, plan expected)"


def test_later_publication_revises_the_earlier(panel):
    income = panel.loc[("income_urban_per_capita", "level", "actual", "2022")]
    assert (income.value, income.doc_id, income.published) == (40100, "wr2024", "2024-01")
    assert "40000 元 (wr2023:9" in income.conflicts


def test_doubted_value_never_chosen_over_an_undoubted_one(panel):
    people = panel.loc[("population_resident", "level", "actual", "2022")]
    assert (people.value, people.unit, people.doc_id, people.doubt) == (70.2, "万人", "feat", "")
    assert people.conflicts == "7.02188e+06 人 (b2022:12, bulletin actual, doubted)"


def test_unconvertible_unit_keeps_the_stated_value_and_an_empty_value(panel):
    trade = panel.loc[("trade_total", "level", "actual", "2022")]
    assert pd.isna(trade.value) and trade.unit == "万美元"
    assert (trade.value_stated, trade.unit_stated) == (12.5, "亿元")


def test_value_in_another_kind_of_unit_is_listed_as_not_comparable(panel):
    grain = panel.loc[("grain_output", "level", "actual", "2022")]
    assert (grain.value, grain.unit, grain.doc_id) == (12.3, "万吨", "b2022")
    assert grain.conflicts == "24.6 万亩 (feat:11, feature actual) [unit not comparable]" and grain.others == ""


def test_growth_and_filters(observations):
    growth = build_series(observations, DOCS, AUDIT, indicators="生产总值", measure="growth")
    assert growth[["indicator_id", "value", "unit"]].values.tolist() == [["gdp", 5.3, "%"]]
    only = build_series(observations, DOCS, AUDIT, indicators=["gdp"], districts="360926", years=[2025],
                        measure="level", status="target")
    assert only.value.tolist() == [120]
    assert build_series(observations, DOCS, AUDIT, districts=["某某县"]).empty     # unmapped: no series


def test_wide_and_latest(observations):
    long = build_series(observations, DOCS, AUDIT, measure="level")
    wide = to_wide(long).set_index(["indicator_id", "status"])
    assert wide.loc[("gdp", "actual"), 2022] == pytest.approx(68.3145)
    assert wide.loc[("gdp", "target"), 2025] == 120
    newest = latest(long, by=("district", "indicator_id")).set_index("indicator_id")
    assert newest.loc["gdp", "value"] == pytest.approx(68.3145)   # targets are not "latest values"
    assert newest.loc["retail_sales", "doc_id"] == "feat"


def test_series_from_the_built_seeds(clean_dir):
    panel = analysis.series(["gdp", "retail_sales"], districts="昌江区", clean_dir=clean_dir)
    gdp = panel[(panel.indicator_id == "gdp") & (panel.status == "actual")].set_index("period")
    assert gdp.loc["2015", "value"] == 216 and gdp.loc["2020", "value"] == 236.8
    # 2020: the plan's text states it as actual (line 336), its two tables as expected: agreeing others
    assert (gdp.loc["2020", "doc_id"], gdp.loc["2020", "line"], gdp.loc["2020", "n_sources"]) == ("cj_plan14", 336, 3)
    assert gdp.loc["2020", "conflicts"] == "" and "cj_plan14:843" in gdp.loc["2020", "others"]
    wide = analysis.series("retail_sales", wide=True, clean_dir=clean_dir).set_index("status")
    assert wide.loc["actual", [2015, 2020, 2021]].tolist() == [56.27, 110.9, 131]


def test_panel_table_is_built_after_the_audit(clean_dir):
    from analysis.paneldata import build_panel

    panel = build_panel(clean_dir)
    stored = analysis.load("panel", clean_dir)
    assert len(stored) == len(panel) and stored.attrs["table"] == "panel"
    assert not stored.duplicated(["district", "indicator_id", "measure", "status", "period"]).any()
    assert (stored.period != "").all() and set(stored.district_code) == {"360202", "360203", "360402"}


def test_panel_command_and_the_data_package(tmp_path, raw_dir):
    import subprocess
    import sys

    from frictionless import validate as frictionless_validate

    clean = tmp_path / "clean"
    for command in (["extract", "--raw", str(raw_dir), "--clean", str(clean)], ["audit", "--clean", str(clean)],
                    ["panel", "--clean", str(clean)]):
        result = subprocess.run([sys.executable, "-m", "analysis", *command], capture_output=True, text=True)
        assert result.returncode == 0, result.stderr
    assert "wrote" in result.stdout and "cells" in result.stdout
    report = frictionless_validate(str(clean / "datapackage.json"))
    assert report.valid, report.flatten(["rowNumber", "fieldName", "type", "note"])[:5]
    missing = subprocess.run([sys.executable, "-m", "analysis", "panel", "--clean", str(tmp_path / "none")],
                             capture_output=True, text=True)
    assert missing.returncode == 1 and "not found" in missing.stderr and "Traceback" not in missing.stderr
