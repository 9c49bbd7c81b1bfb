"""Tables rebuilt from the seeds (values checked by hand against the raw lines)
and from fixture documents of other districts."""

from __future__ import annotations

import pandas as pd
import pytest

from analysis.extract import extract, read_documents
from analysis.extract.tables import Cell, split_units
from analysis.extract.tables.tabbed import read_tab_cells


@pytest.fixture(scope="module")
def other(fixtures_dir):
    return extract(read_documents(fixtures_dir / "other_district"))


def obs(tables, indicator, source="table", **where):
    frame = tables["observations"]
    frame = frame[(frame.indicator == indicator) & (frame.source == source)]
    for column, value in where.items():
        frame = frame[frame[column] == value]
    return frame


def one(tables, indicator, **where):
    frame = obs(tables, indicator, **where)
    assert len(frame) == 1, frame
    return frame.iloc[0]


def plan_table_ids(tables):
    t = tables["tables"]
    return list(t[(t.doc_id == "cj_plan14") & (t.kind == "indicators")].table_id)


def test_two_indicator_tables_with_their_rows_and_categories(seeds):
    t13, t14 = plan_table_ids(seeds)
    rows = seeds["indicator_rows"]
    assert len(rows[rows.table_id == t13]) == 28
    assert rows[rows.table_id == t13].category.nunique() == 4
    assert len(rows[rows.table_id == t14]) == 30
    assert rows[rows.table_id == t14].category.nunique() == 6
    titles = seeds["tables"].set_index("table_id").title
    assert titles[t13] == "“十三五”规划规划纲要主要指标完成情况表"
    assert titles[t14] == "“十四五”时期经济社会发展主要指标"


def test_gdp_in_the_13th_plan_table(seeds):
    t13, _ = plan_table_ids(seeds)
    gdp = obs(seeds, "地区生产总值", table_id=t13).set_index(["measure", "status", "period"])
    assert gdp.loc[("level", "actual", "2015"), "value"] == 216
    assert gdp.loc[("level", "expected", "2020"), "value"] == 236.8
    assert gdp.loc[("level", "target", "2020"), "value"] == 326.29
    assert gdp.loc[("growth", "expected", "2016/2020"), "value"] == 2.37
    assert gdp.loc[("growth", "target", "2016/2020"), "value"] == 8.6
    assert gdp.loc[("level", "actual", "2015"), "line"] == 380
    assert gdp.loc[("level", "expected", "2020"), "value_base"] == pytest.approx(2.368e10)
    assert set(gdp.unit) == {"亿元", "%"}
    assert set(gdp.attribute) == {"expected"}


def test_gdp_target_in_the_14th_plan_table(seeds):
    _, t14 = plan_table_ids(seeds)
    base = one(seeds, "地区生产总值GDP", table_id=t14, measure="level", year=2020)
    assert (base.value, base.status, base.line) == (236.8, "expected", 843)  # note: base values are estimates
    target = one(seeds, "地区生产总值GDP", table_id=t14, measure="level", year=2025)
    assert (target.value, target.status) == (350, "target")
    growth = one(seeds, "地区生产总值GDP", table_id=t14, measure="growth")
    assert (growth.value, growth.qualifier, growth.period, growth.status) == (8, "approx", "2021/2025", "target")


def test_foreign_capital_2804_to_4314(seeds):
    fdi = obs(seeds, "实际利用外资", measure="level").set_index("year")
    assert fdi.loc[2020, "value"] == 2804 and fdi.loc[2025, "value"] == 4314
    assert set(fdi.unit) == {"万美元"}
    assert fdi.loc[2025, "value_base"] == 43_140_000


def test_bracketed_values_are_cumulative_changes(seeds):
    t13, t14 = plan_table_ids(seeds)
    hi_tech = obs(seeds, "高新技术产业增加值占GDP比重", table_id=t13, measure="change")
    assert list(hi_tech.value) == [5, 5] and set(hi_tech.unit) == {"百分点"}
    ratio = one(seeds, "城乡居民人均可支配收入比", table_id=t14, measure="change")
    assert (ratio.value, ratio.qualifier) == (-0.05, "cumulative")


def test_a_row_named_by_a_fall_is_a_negative_growth_of_what_precedes(seeds):
    t13, _ = plan_table_ids(seeds)
    cod = obs(seeds, "化学需氧量", table_id=t13)             # 化学需氧量每年下降(%) | 0.5 | 省内下达指标 …
    assert cod.measure.unique().tolist() == ["growth"]
    assert cod.value.dropna().tolist() == [-0.5] and list(cod.qualifier) == ["exact", "delegated", "delegated"]
    assert obs(seeds, "化学需氧量每年下降", table_id=t13).empty


def test_blanks_give_no_observation_and_delegated_targets_are_kept(seeds):
    t13, _ = plan_table_ids(seeds)
    trade = obs(seeds, "进出口总额", table_id=t13, measure="level")
    assert sorted(trade.value) == [13450, 15592.24]           # the 2020 预期值 is ——
    energy = obs(seeds, "万元GDP能耗", table_id=t13)
    assert list(energy.qualifier) == ["exact", "delegated", "delegated"]
    assert energy.value.isna().sum() == 2


def test_rows_that_lost_cells_follow_the_rule_and_are_flagged(seeds):
    _, t14 = plan_table_ids(seeds)
    income = obs(seeds, "城镇居民人均可支配收入", table_id=t14).set_index("measure")
    assert (income.loc["level", "value"], income.loc["level", "year"]) == (67500, 2025)
    assert (income.loc["growth", "value"], income.loc["growth", "qualifier"]) == (8.5, "approx")
    grain = one(seeds, "粮食综合生产能力", table_id=t14)
    assert (grain.qualifier, grain.value_text, grain.status, grain.year) == ("qualitative", "保持稳定", "target", 2025)
    flags = seeds["flags"]
    ruled = flags[(flags.kind == "assigned_by_rule") & (flags.table_id == t14)]
    assert {999, 1001, 881} <= set(ruled.line)
    # a full row is read by position and not flagged
    assert 843 not in set(ruled.line)


def test_income_units_are_inferred_and_flagged(seeds):
    t13, _ = plan_table_ids(seeds)
    urban = obs(seeds, "城市居民人均可支配收入", table_id=t13, measure="level")
    assert set(urban.unit) == {"元"} and sorted(urban.value) == [30450, 46678]
    inferred = seeds["flags"].query("kind == 'unit_inferred'")
    assert set(inferred.line) == {592, 606}


def test_structure_ratios_go_to_structure(seeds):
    s = seeds["structure"].set_index(["year", "status", "line"])
    assert tuple(s.loc[(2015, "actual", 450), ["primary", "secondary", "tertiary"]]) == (3, 68, 29)
    assert tuple(s.loc[(2020, "expected", 452), ["primary", "secondary", "tertiary"]]) == (3, 65, 32)
    assert tuple(s.loc[(2025, "target", 911), ["primary", "secondary", "tertiary"]]) == (2, 55, 43)
    assert not seeds["observations"].value_text.str.contains(":").any()


def test_table_notes_are_kept(seeds):
    notes = seeds["tables"].set_index("table_id").notes
    t13, t14 = plan_table_ids(seeds)
    assert notes[t13] == "注:[]表示累计提高或下降数。"
    assert "2020年基期值均为预期数" in notes[t14]


def test_two_firm_lists_with_the_wrapped_name_joined(seeds):
    firms = seeds["enterprises"]
    assert len(firms) == 20
    assert firms.list.nunique() == 2 and set(firms.year) == {2020}
    tax = firms[firms.list == "昌江区2020年度纳税十强企业备选名单"].set_index("rank")
    assert tax.loc[6, "name"] == "武汉市中南物流配送有限公司景德镇分公司"
    assert tax.loc[6, "line"] == 75
    assert list(tax.index) == list(range(1, 11))


def test_84_tasks_in_7_sections(seeds):
    tasks = seeds["tasks"]
    assert len(tasks) == 84 and list(tasks.task_no) == list(range(1, 85))
    assert tasks.section_no.nunique() == 7
    claims = tasks.groupby("section_no").section_claimed.first().dropna().to_dict()
    assert claims == {3: 15, 5: 16, 6: 17, 7: 29}
    assert tasks.set_index("task_no").loc[29, "text"] == "实施商贸消费升级“五大行动”，力争社会消费品零售总额突破500亿元。"


def test_task_52_units(seeds):
    units = seeds["task_units"]
    t52 = units[units.task_no == 52]
    assert list(t52[t52.role == "lead"].unit) == ["区农业农村水利局"]
    assert list(t52[t52.role == "support"].unit) == ["市自然资源规划局昌江分局", "鲇鱼山镇", "丽阳镇", "吕蒙乡", "荷塘乡"]


def test_wrapped_and_glued_unit_names(seeds):
    units = seeds["task_units"]
    assert "区常态长效创建全国文明城市工作指挥部" in set(units.unit)
    assert "区政府办（外事办）" in set(units.unit)
    assert "区农业农村水利局" in set(units[units.line == 638].unit)
    t_glued = units[units.line == 626]
    assert list(t_glued.unit) == ["区市场监督管理局", "各乡镇（街道）"]
    assert not units.unit.str.contains("\n").any()


def test_19_project_boxes(seeds):
    projects = seeds["projects"]
    assert sorted(projects.box_no.unique()) == list(range(1, 20))
    box1 = projects[projects.box_no == 1]
    assert box1.box_title.iloc[0] == "国家试验区建设重点工程"
    assert box1.group.nunique() == 4 and len(box1) == 11
    box12 = projects[projects.box_no == 12]
    assert pd.isna(box12.iloc[0].item_no) and box12.iloc[0].text.startswith("全力推进荷塘乡")
    water = projects[(projects.box_no == 12) & (projects.text.str.contains("水产总产量"))]
    assert list(water.line) == [1709]


def test_prose_documents_have_no_tables(seeds):
    features = seeds["documents"].query("doc_kind == 'feature'").doc_id
    assert not seeds["tables"].doc_id.isin(features).any()


# --- another district, other wording, missing cells ------------------------------------


def test_other_district_plan_table(other):
    rows = other["indicator_rows"]
    assert list(rows.indicator) == ["地区生产总值", "一般公共预算收入", "规模以上工业增加值增速", "产业结构",
                                    "居民人均可支配收入", "城镇调查失业率", "常住人口城镇化率", "人均预期寿命"]
    gdp = obs(other, "地区生产总值").set_index("measure")
    assert gdp.loc["growth", "qualifier"] == "at_least" and gdp.loc["growth", "value"] == 8
    levels = obs(other, "地区生产总值", measure="level").set_index("year")
    assert levels.loc[2020, "value"] == 256.3 and levels.loc[2020, "status"] == "actual"   # full-width digits
    income = obs(other, "居民人均可支配收入", measure="level").set_index("year")
    assert income.loc[2020, "value"] == 35210 and income.loc[2020, "unit"] == "元"       # unit column
    revenue = obs(other, "一般公共预算收入").set_index("measure")
    assert revenue.loc["level", "year"] == 2025                                          # one plain value: target
    assert set(obs(other, "规模以上工业增加值", measure="growth").value) == {9}     # the row …增速
    assert other["structure"].set_index("year").loc[2025, "tertiary"] == 50


def test_other_district_missing_attribute_is_flagged_not_lost(other):
    urban = obs(other, "常住人口城镇化率")
    assert len(urban) == 3 and set(urban.attribute) == {""}
    missing = other["flags"].query("kind == 'missing_attribute'")
    assert list(missing.line) == [89]
    life = one(other, "人均预期寿命")
    assert (life.value, life.attribute) == (78.2, "binding")


def test_other_district_lists_and_tasks(other):
    firms = other["enterprises"]
    assert list(firms["rank"]) == [1, 2, 3, 4, 5]
    assert firms.set_index("rank").loc[2, "name"] == "江西萍乡龙发实业股份有限公司安源分公司"
    assert firms.set_index("rank").loc[5, "name"] == "国网江西省电力有限公司萍乡供电分公司"
    tasks = other["tasks"]
    assert list(tasks.task_no) == [1, 2, 3]
    assert tasks.set_index("task_no").loc[1, "section_claimed"] == 3
    units = other["task_units"]
    assert list(units[units.task_no == 1].unit) == ["区发改委", "区重点项目服务中心", "区财政局", "各镇（街）"]
    assert "区政府办公室" not in set(units.unit)      # the signature after the table is not a unit


def test_other_district_box(other):
    box = other["projects"]
    assert list(box.item_no.astype("object").where(box.item_no.notna(), None)) == [1, 2, None]
    assert set(box.box_no) == {2}


# --- the cell rebuilder and the unit splitter --------------------------------------------


def test_tab_cells_continue_on_lines_without_a_tab():
    lines = ("\t1", "\t江西某某有限公司", "某分公司", "", "\t\t区工信局", "区发改委")
    cells = read_tab_cells(lines, 0, len(lines))
    assert [c.text for c in cells] == ["1", "江西某某有限公司某分公司", "区工信局区发改委"]
    assert [c.line for c in cells] == [1, 2, 5]


@pytest.mark.parametrize("fragments, units", [
    (["区常态长效创建", "全国文明城市工作", "指挥部"], ["区常态长效创建全国文明城市工作指挥部"]),
    (["区政府办", "（外事办）"], ["区政府办（外事办）"]),
    (["区市场监督管理局各乡镇（街道）"], ["区市场监督管理局", "各乡镇（街道）"]),
    (["区工信局", "区发改委", "鲇鱼山镇"], ["区工信局", "区发改委", "鲇鱼山镇"]),
    (["市自然资源规划局昌江分局"], ["市自然资源规划局昌江分局"]),
])
def test_split_units(fragments, units):
    cell = Cell([(10 + k, f) for k, f in enumerate(fragments)])
    assert [u for u, _, _ in split_units(cell)] == units


def test_a_one_year_table_with_a_growth_column_dates_the_growth_that_year():
    from pathlib import Path
    from analysis.extract.sources import Document, Source
    from analysis.extract.tables import extract_tables
    lines = ("主要农产品产量表", "指标\t单位\t2023年\t比上年增长（%）", "粮食\t万吨\t88.42\t1.9", "油料\t万吨\t2.05\t-3.8")
    source = Source("x.txt", "d", "东湖县", "南江市", "江西省", "bulletin", "2024-04-10", "东湖县2023年国民经济和社会发展统计公报")
    out = extract_tables(Document(source, Path("x.txt"), lines, "utf-8", "0" * 64))
    got = [(o["indicator"], o["measure"], o["value"], o["period"]) for o in out.rows["observations"]]
    assert got == [("粮食", "level", 88.42, "2023"), ("粮食", "growth", 1.9, "2023"),
                   ("油料", "level", 2.05, "2023"), ("油料", "growth", -3.8, "2023")]
