"""Statistics from sentences: facts checked by hand against the seeds, and fixture text."""

from __future__ import annotations

import pytest

from analysis.extract import extract, read_documents


@pytest.fixture(scope="module")
def fixture(fixtures_dir):
    return extract(read_documents(fixtures_dir / "prose"))


def text_obs(tables, doc_id=None, **where):
    frame = tables["observations"]
    frame = frame[frame.source == "text"]
    if doc_id:
        frame = frame[frame.doc_id == doc_id]
    for column, value in where.items():
        frame = frame[frame[column] == value]
    return frame


def one(tables, doc_id=None, **where):
    frame = text_obs(tables, doc_id, **where)
    assert len(frame) == 1, frame[["indicator", "measure", "value", "line"]]
    return frame.iloc[0]


def test_changjiang_retail_sales_2021_with_growth(seeds):
    level = one(seeds, "cj_feature_2022", indicator="社会消费品零售总额", measure="level")
    assert (level.value, level.unit, level.period, level.status, level.line) == (131, "亿元", "2021", "actual", 59)
    assert level.indicator_id == "retail_sales"
    assert level.sentence == "2021年，全区社会消费品零售总额达131亿元，同比增长16.2%；"   # as printed
    growth = one(seeds, "cj_feature_2022", indicator="社会消费品零售总额", measure="growth")
    assert (growth.value, growth.unit, growth.period) == (16.2, "%", "2021")


def test_changjiang_incomes_stated_respectively(seeds):
    urban = text_obs(seeds, "cj_feature_2022", indicator_id="income_urban_per_capita").set_index("measure")
    rural = text_obs(seeds, "cj_feature_2022", indicator_id="income_rural_per_capita").set_index("measure")
    assert (urban.loc["level", "value"], rural.loc["level", "value"]) == (47155, 21777)
    assert (urban.loc["growth", "value"], rural.loc["growth", "value"]) == (7.9, 9)
    assert set(urban.unit) == {"元", "%"} and set(urban.year) == {2021}
    # the level is 2021's; the 年均 rate averages over the span its paragraph opens with (十年来, in 2022:
    # the ten years to 2021), which ends in the rate's year
    assert (urban.loc["level", "period"], urban.loc["growth", "period"]) == ("2021", "2012/2021")


@pytest.mark.parametrize("indicator, value, unit, qualifier, period", [
    ("规上工业营业收入", 167.8, "亿元", "exact", "2021"),   # an annual flow: the last full year's
    ("高新技术企业", 31, "家", "exact", "2021"),       # 十年来 in a 2022 text of unknown month ends in 2021
    ("市场主体", 3, "万户", "more_than", "2021"),       # (the manifest: "figures for 2021")
    ("注册志愿者", None, None, None, None),
])
def test_changjiang_ten_year_facts(seeds, indicator, value, unit, qualifier, period):
    rows = text_obs(seeds, "cj_feature_2022", indicator=indicator, measure="level")
    if value is None:
        assert rows.empty            # that one is 珠山区's
        return
    row = rows.iloc[0]
    # 十年来 … 达/突破: a stock stated under a span is a level as of the span's end, the last complete
    # year (2021 for a 2022 text of unknown month); a feature of 2022 cannot hold 2022's revenue either
    assert (row.value, row.unit, row.qualifier, row.period) == (value, unit, qualifier, period)


def test_market_entities_in_base_units(seeds):
    row = one(seeds, "cj_feature_2022", indicator="市场主体")
    assert (row.value_base, row.unit_base) == (30000, "户")


def test_lianxi_january_to_october(seeds):
    revenue = text_obs(seeds, "lx_feature_2022", indicator="工业营业收入").set_index("measure")   # 全区工业经济…，实现营业收入: the sector's
    assert revenue.loc["level", "value"] == 433.5 and revenue.loc["growth", "value"] == 11.3
    assert set(revenue.period) == {"2022-01/2022-10"} and set(revenue.year) == {2022}
    va = text_obs(seeds, "lx_feature_2022", indicator="工业增加值").set_index("measure")
    assert (va.loc["level", "value"], va.loc["level", "unit"]) == (14855, "万元")
    assert va.loc["growth", "value"] == 112.03
    assert va.loc["level", "value_base"] == 148_550_000


def test_lianxi_population_and_incomes(seeds):
    population = one(seeds, "lx_feature_2022", indicator="常住人口", measure="level")
    assert (population.value, population.unit, population.period) == (38.7, "万人", "2022")
    growth = one(seeds, "lx_feature_2022", indicator="常住人口", measure="change")
    assert (growth.value, growth.period) == (10, "2013/2022")   # 10年净增: the ten years to 2022
    urban = one(seeds, "lx_feature_2022", indicator="城镇居民人均可支配收入")
    rural = one(seeds, "lx_feature_2022", indicator="农村居民人均可支配收入")
    assert (urban.value, rural.value) == (46418, 23425)
    assert urban.period == ""        # 近年来 states no period: left empty, not guessed


def test_duplicated_section_gives_its_facts_once(seeds):
    for value in (46418, 6384, 22281, 231):
        assert len(text_obs(seeds, "lx_feature_2022", value=value)) == 1
    dup = seeds["flags"].query("doc_id == 'lx_feature_2022' and kind == 'duplicate_paragraph'")
    assert sorted(dup.line) == [80, 82, 84]
    assert "repeats line 47" in dup.set_index("line").loc[80, "detail"]


def test_layout_break_rejoined_and_flagged(seeds):
    row = one(seeds, "lx_feature_2022", indicator="新农村示范点")
    assert (row.value, row.unit, row.line) == (52, "个", 31)
    flag = seeds["flags"].query("doc_id == 'lx_feature_2022' and kind == 'layout_break_rejoined'")
    assert list(flag.line) == [31] and "line 43" in flag.iloc[0].detail


def test_zhushan_volunteers_and_households(seeds):
    volunteers = one(seeds, "zs_feature_2022", indicator="注册志愿者")
    assert (volunteers.value, volunteers.unit, volunteers.district) == (43132, "人", "珠山区")
    households = one(seeds, "zs_feature_2022", indicator="改造户数")
    assert (households.value, households.unit) == (11614, "户")


def test_work_report_numbers_are_the_citys_targets(seeds):
    retail = one(seeds, "cj_notices_2021", value=500)
    assert (retail.district, retail.scope, retail.status, retail.period) == ("景德镇市", "city", "target", "2021")
    assert retail.indicator_id == "retail_sales" and retail.qualifier == "more_than"
    firms = one(seeds, "cj_notices_2021", indicator="规上工业企业")
    assert (firms.value, firms.measure, firms.district) == (50, "change", "景德镇市")
    assert not text_obs(seeds, "cj_notices_2021", district="昌江区", value=500).shape[0]


def test_plan_text_achievements_and_targets(seeds):
    gdp = one(seeds, "cj_plan14", indicator="生产总值")
    assert (gdp.value, gdp.period, gdp.status, gdp.indicator_id) == (236.8, "2020", "actual", "gdp")
    multiple = one(seeds, "cj_plan14", indicator="社会消费品零售总额", measure="multiple")
    assert (multiple.value, multiple.unit, multiple.period) == (1.97, "倍", "2015/2020")
    alleys = one(seeds, "cj_plan14", indicator="背街小巷改造提升")     # 对…570条背街小巷进行了改造提升
    assert (alleys.value, alleys.status, alleys.period) == (570, "actual", "2016/2020")
    growth = one(seeds, "cj_plan14", indicator="地区生产总值", measure="growth")
    assert (growth.value, growth.qualifier, growth.status, growth.period) == (8, "approx", "target", "2021/2025")
    aquatic = one(seeds, "cj_plan14", indicator="水产总产量")
    assert (aquatic.value, aquatic.unit, aquatic.status, aquatic.period) == (4030, "万吨", "target", "2025")


def test_structure_ratio_in_text(seeds):
    s = seeds["structure"].query("source == 'text'").set_index("year")
    assert tuple(s.loc[2015, ["primary", "secondary", "tertiary"]]) == (3, 68, 29)
    assert set(s.status) == {"expected"}          # 预计由…调整为…
    # the text's 2020 ratio is also the 14th-plan table's (2020 expected, line 452): structure keeps one
    # row per district, year and status, and the text's goes to flags with the table's line
    duplicate = seeds["flags"].query("kind == 'structure_duplicate' and line == 338")
    assert duplicate.text.tolist() == ["3:65:32"] and "line 452" in duplicate.detail.iloc[0]


def test_not_statistics(seeds):
    text = seeds["observations"].query("source == 'text'")
    assert not text.value_text.str.contains("国道|省道").any()
    assert not text.indicator.str.contains("位列").any()
    assert 27 not in set(text.value)                 # 第27位
    assert 22 not in set(text[text.doc_id == "cj_notices_2021"].value)   # 〔2021〕22号
    assert not text[text.value_text.str.startswith("5020")].shape[0]      # “5020”项目 is a code


# --- a county the code was not written for ---------------------------------------------------


def test_fixture_full_width_and_separators(fixture):
    gdp = one(fixture, indicator="地区生产总值", measure="level")
    assert (gdp.value, gdp.period, gdp.value_text) == (126.5, "2022", "126.5亿元")
    assert one(fixture, indicator="地区生产总值", measure="growth").value == 4.8
    urban = text_obs(fixture, indicator="城镇居民人均可支配收入").set_index("measure")
    rural = text_obs(fixture, indicator="农村居民人均可支配收入").set_index("measure")
    assert (urban.loc["level", "value"], rural.loc["level", "value"]) == (49826, 23105)
    assert (urban.loc["growth", "value"], rural.loc["growth", "value"]) == (5.2, 6.9)
    assert one(fixture, indicator="新增市场主体").value == 1230


def test_fixture_city_number_inside_county_text(fixture):
    retail = text_obs(fixture, indicator="社会消费品零售总额").set_index("district")
    assert retail.loc["景德镇市", "value"] == 500 and retail.loc["景德镇市", "scope"] == "city"
    assert retail.loc["浮梁县", "value"] == 45.3 and retail.loc["浮梁县", "scope"] == "district"


def test_fixture_periods_and_status(fixture):
    growth = one(fixture, indicator="规模以上工业增加值")
    assert growth.period == "2023-01/2023-03"        # 今年 is the published year, 2023
    target = one(fixture, indicator="高新技术企业")
    assert (target.status, target.period, target.qualifier, target.value) == ("target", "2025", "at_least", 60)


def test_fixture_exclusions_and_layout_break(fixture):
    text = text_obs(fixture)
    assert not {5, 25}.intersection(set(text.value))          # 第5位, 《…统计法》第25条
    pm = one(fixture, indicator="PM2.5平均浓度")
    assert (pm.value, pm.measure) == (-3.2, "growth")
    base = one(fixture, indicator="茶叶示范基地")
    assert (base.value, base.unit, base.line) == (12, "个", 13)
