"""The prose rules, family by family: a phrase in, the expected facts out.

Every phrase is written for these tests in the style of the genres (no real
document's text); every expected value was worked out by hand from the rules in
``analysis.extract.prose`` and ``analysis.extract.rules``. A new wording is one
row in ``rules.py`` and one row here.
"""

from __future__ import annotations

import pytest

from analysis.extract import prose, rules
from analysis.extract.sources import Document, Source
from analysis.extract.tables.common import Collector

COUNTY = dict(district="东湖县", city="南江市", province="江西省")


def read(text: str, kind: str = "feature", published: str = "2022-08", title: str = "样例", **place):
    where = {**COUNTY, **place}
    source = Source("x.txt", "x", where["district"], where["city"], where["province"], kind, published, title)
    doc = Document(source, None, tuple(text.split("\n")), "utf-8", "")
    out = Collector(doc)
    prose.extract_prose(doc, out)
    return out


def facts(text: str, **kw) -> list[tuple]:
    """(indicator, measure, value, unit, status, period, year, scope) of every observation."""
    return [(r["indicator"], r["measure"], r["value"], r["unit"], r["status"], r["period"], r["year"],
             r["scope"]) for r in read(text, **kw).rows["observations"]]


def one(text: str, value: float, **kw) -> dict:
    rows = [r for r in read(text, **kw).rows["observations"] if r["value"] == value]
    assert len(rows) == 1, rows
    return rows[0]


# Genres and their calendars -----------------------------------------------------------------

@pytest.mark.parametrize("kind, published, title, data_year", [
    ("bulletin", "2024-03", "东湖县2023年国民经济和社会发展统计公报", 2023),
    ("bulletin", "2024", "东湖县统计公报", 2023),                # no year in the title: the year before
    ("work_report", "2025-02-20", "政府工作报告", 2024),          # reviews last year
    ("work_report", "2022-12-23", "政府工作报告", 2022),          # given in December: reviews its own year
    ("work_report", "2020", "政府工作报告", 2019),                # month unknown: the year before
    ("notice", "2024-03", "关于2023年民生实事项目进展情况的通报", 2023),
    ("feature", "2022-08", "样例", 2022),
    ("feature", "2024-02", "南江县2023年经济运行情况综述", 2023),   # a feature's title year
    ("feature", "2024-02", "南江县2025年目标展望", 2024),           # a title year after publication: not data
    ("notice", "2024-03", "关于印发南江县2024年十项民生实事工作方案的通知", 2024),
    ("plan", "2021-01", "第十四个五年规划纲要", 2021),
])
def test_data_year_by_genre(kind, published, title, data_year):
    source = Source("x.txt", "x", "东湖县", "南江市", "江西省", kind, published, title)
    assert prose.calendar(Document(source, None, ("",), "utf-8", "")).data_year == data_year


def test_bulletin_facts_without_a_period_are_of_the_data_year():
    text = "全年实现地区生产总值258.6亿元，比上年增长6.1%。年末常住人口41.2万人。"
    got = facts(text, kind="bulletin", published="2024-04", title="东湖县2023年统计公报")
    assert got == [
        ("地区生产总值", "level", 258.6, "亿元", "actual", "2023", 2023, "district"),
        ("地区生产总值", "growth", 6.1, "%", "actual", "2023", 2023, "district"),
        ("常住人口", "level", 41.2, "万人", "actual", "2023", 2023, "district"),
    ]


def test_work_report_review_and_this_years_targets():
    text = ("过去一年，全县地区生产总值完成186亿元，增长5.2%。\n"
            "今年经济社会发展的主要预期目标是：地区生产总值增长6%左右，城镇调查失业率控制在5.5%以内。")
    got = facts(text, kind="work_report", published="2024-02-26")
    assert got[:2] == [("地区生产总值", "level", 186.0, "亿元", "actual", "2023", 2023, "district"),
                       ("地区生产总值", "growth", 5.2, "%", "actual", "2023", 2023, "district")]
    assert got[2] == ("地区生产总值", "growth", 6.0, "%", "target", "2024", 2024, "district")
    assert got[3][:7] == ("城镇调查失业率", "level", 5.5, "%", "target", "2024", 2024)


def test_december_work_report_expected_under_one_yujì_note():
    text = "全年完成地区生产总值520亿元，增长5.1%（预计数，同比，下同）；规模工业增加值增长7%；固定资产投资210亿元。"
    got = facts(text, kind="work_report", published="2023-12-20")
    assert [g[4] for g in got] == ["expected"] * 4
    assert {g[6] for g in got} == {2023}


def test_december_report_past_year_and_section_years():
    """A report given in December: 过去一年 is its own year; a heading's year governs its section (今年 too)."""
    text = ("一、2023年工作回顾\n过去一年，我们稳中求进。预计全年地区生产总值完成412亿元，增长5.8%。\n"
            "二、2024年工作安排\n今年经济社会发展的主要预期目标是：地区生产总值增长6%左右。")
    got = facts(text, kind="work_report", published="2023-12-27", title="政府工作报告")
    assert [(g[1], g[2], g[4], g[5], g[6]) for g in got] == [
        ("level", 412.0, "expected", "2023", 2023), ("growth", 5.8, "expected", "2023", 2023),
        ("growth", 6.0, "target", "2024", 2024)]


def test_a_features_title_year_dates_its_undated_annual_figures():
    text = "2023年，全市经济回升向好。\n经济总量稳步扩大。全年实现地区生产总值1626.35亿元，比上年增长6.5%。"
    got = facts(text, kind="feature", published="2024-02", title="南江市2023年经济运行情况综述")
    assert [(g[0], g[2], g[6]) for g in got] == [("地区生产总值", 1626.35, 2023), ("地区生产总值", 6.5, 2023)]


def test_a_notice_issuing_the_years_tasks_holds_targets():
    got = facts("一、新增公办学位3240个以上。", kind="notice", published="2024-03-06",
                title="关于印发南江县2024年为民办实事事项的通知")
    assert [(g[2], g[4], g[5]) for g in got] == [(3240.0, "target", "2024")]


def test_a_work_plan_notice_holds_targets():
    text = "一、稳定扩大就业。全年城镇新增就业5200人以上，城镇调查失业率控制在5.5%以内。"
    got = facts(text, kind="notice", published="2024-03-12", title="南江县2024年十项民生实事工作方案")
    assert [(g[0], g[2], g[4], g[5]) for g in got] == [("城镇新增就业", 5200.0, "target", "2024"),
                                                         ("城镇调查失业率", 5.5, "target", "2024")]


def test_yuji_xiatong_holds_to_the_next_heading():
    text = ("一、2023年工作回顾\n预计(下同)全年实现生产总值280亿元，同比增长6%。\n"
            "——县域经济加快发展。引进投资2亿元以上项目18个。\n二、2024年工作安排\n今年新增就业5000人。")
    got = facts(text, kind="work_report", published="2023-12-20")
    assert [(g[2], g[4], g[6]) for g in got] == [(280.0, "expected", 2023), (6.0, "expected", 2023),
                                                 (18.0, "expected", 2023), (5000.0, "target", 2024)]


def test_notice_that_assigns_a_years_goals_holds_targets():
    text = "新建城市书房12个，改造农贸市场5个。"
    got = facts(text, kind="notice", published="2023-02", title="关于印发2023年民生实事项目实施计划的通知")
    assert [(g[0], g[2], g[4], g[5]) for g in got] == [("新建城市书房", 12.0, "target", "2023"),
                                                         ("改造农贸市场", 5.0, "target", "2023")]


# Periods ---------------------------------------------------------------------------------

@pytest.mark.parametrize("text, value, period, year", [
    ("今年1至9月，全县规模以上工业增加值增长8.2%。", 8.2, "2022-01/2022-09", 2022),
    ("元至九月，全县完成固定资产投资62亿元。", 62, "2022-01/2022-09", 2022),       # damaged 1至9月
    ("一季度，全县GDP完成24.6亿元。", 24.6, "2022-01/2022-03", 2022),
    ("上半年，全县财政总收入6.8亿元。", 6.8, "2022-01/2022-06", 2022),
    ("前三季度，全县社会消费品零售总额达41亿元。", 41, "2022-01/2022-09", 2022),
    ("二季度，全县GDP完成50.2亿元。", 50.2, "", 2022),                        # quarter or cumulative: unsure
    ("“十三五”期间，全县地区生产总值年均增长7.6%。", 7.6, "2016/2020", 2020),
    ("到“十四五”末，全县地区生产总值达到300亿元。", 300, "2025", 2025),
    ("“十一五”期末，全县财政总收入达到4.2亿元。", 4.2, "2010", 2010),
    ("去年全县新增城镇就业3200人。", 3200, "2021", 2021),
    ("2021年，全县粮食总产量9.8万吨，比上年增加0.3万吨。", 0.3, "2021", 2021),
    ("全县常住人口较2015年增加1.2万人。", 1.2, "2016/2022", 2022),             # a change since a base year
    ("特别是近五年来，全县新增学位8000个。", 8000, "2018/2022", 2022),          # 是 here is no base of comparison
    ("7月当月，全县规模以上工业增加值增长10.2%，较6月加快1.1个百分点。", 10.2, "2022-07", 2022),   # one month
    ("截至6月末，全县金融机构存款余额310.6亿元。", 310.6, "2022-06", 2022),     # a stock at a month's end
    ("5月份，全县社会消费品零售总额8.1亿元。", 8.1, "2022-05", 2022),
    ("今年前7个月，全县实际利用外资1.2亿美元。", 1.2, "2022-01/2022-07", 2022),   # 前N个月: from January
    ("前5月，全县完成固定资产投资30亿元。", 30, "2022-01/2022-05", 2022),
    ("今后五年，全县地区生产总值年均增长6%以上。", 6, "2022/2026", 2026),        # years ahead of publication
    ("“十三五”时期，全县综合实力明显增强。2020年，全县地区生产总值达到320亿元，年均增长7.2%。", 7.2, "2016/2020", 2020),
    ("今后五年的主要目标是：到2026年，全县一般公共预算收入年均增长6.5%。", 6.5, "2022/2026", 2026),
    ("2021年，全县地区生产总值达到320亿元，年均增长7.2%。", 7.2, "", 2021),     # 年均 over no stated span: unsure
    ("“十三五”时期，全县经济稳步发展。2022年，全县地区生产总值年均增长6.1%。", 6.1, "", 2022),  # the span ends before
])
def test_periods(text, value, period, year):
    row = one(text, value)
    assert (row["period"], row["year"]) == (period, year)


@pytest.mark.parametrize("kind, published, title, period, year", [
    ("notice", "2024-05-08", "关于2023年度工业企业亩均效益综合评价结果的通报", "2023", 2023),
    ("notice", "2023-11-20", "关于2023年度规模以上工业企业亩均效益综合评价结果的通报", "2023", 2023),  # 年度, late
    ("feature", "2024-02", "南江县2023年经济运行情况综述", "2023", 2023),
    ("notice", "2024-07-10", "关于2024年民生实事项目推进情况的通报", "", 2024),   # the year is not over
    ("notice", "2024-07-10", "关于2024年度民生实事项目推进情况的通报", "", 2024),
    ("feature", "2024-02", "南江县2022—2023年发展回眸", "", 2023),             # several years: not one
    ("feature", "2024-02", "南江县2023年上半年经济运行综述", "2023-01/2023-06", 2023),
    ("notice", "2024-11-05", "关于2024年十件民生实事推进情况的通报", "2024", 2024),   # progress, late in the year
    ("feature", "2024-11-05", "2024年十件民生实事推进情况", "", 2024),              # a feature: the year may go on
])
def test_a_title_naming_one_whole_year_dates_the_undated_facts(kind, published, title, period, year):
    row = one("全县共有127家规模以上工业企业参与评价。", 127, kind=kind, published=published, title=title)
    assert (row["period"], row["year"], row["status"]) == (period, year, "actual")


def test_a_progress_notice_titled_with_months_dates_its_facts_and_a_tasks_size_is_the_years():
    text = "（一）稳就业。城镇新增就业3126人，完成年度任务（3000人）的104.2%。"
    got = [(g[2], g[4], g[5]) for g in facts(text, kind="notice", published="2024-11-08",
                                              title="关于2024年1—10月县十件民生实事进展情况的通报")]
    assert got == [(3126, "actual", "2024-01/2024-10"), (3000, "target", "2024")]


@pytest.mark.parametrize("text", [
    "（一）稳就业。城镇新增就业3126人，完成年度目标任务3000人的104.2%。",     # the size without brackets
    "（一）稳就业。城镇新增就业3126人，占年度目标任务3000人的104.2%。",
])
def test_a_tasks_size_stated_plainly_in_a_completion_ratio_is_the_years_target(text):
    got = [(g[0], g[2], g[4], g[5]) for g in facts(text, kind="notice", published="2024-11-08",
                                                    title="关于2024年1—10月县十件民生实事进展情况的通报")]
    assert got == [("城镇新增就业", 3126, "actual", "2024-01/2024-10"), ("城镇新增就业", 3000, "target", "2024")]


def test_a_milestone_beside_the_figure_is_no_statistic_but_alone_it_is_read():
    got = facts("一般公共预算收入20.06亿元，首次突破20亿元大关，增长8.1%。")
    assert [(g[0], g[1], g[2]) for g in got] == [("一般公共预算收入", "level", 20.06),
                                                 ("一般公共预算收入", "growth", 8.1)]
    assert [g[2] for g in facts("全县地区生产总值首次突破300亿元大关。")] == [300]


def test_an_age_bracket_of_infants_is_no_statistic():
    assert [(g[0], g[2]) for g in facts("新增3岁以下婴幼儿托位600个。")] == [("新增3岁以下婴幼儿托位", 600)]


def test_quan_nian_is_the_year_its_own_sentence_states():
    text = "2024年，全县12项民生实事全面完成。2025年，全县继续实施民生实事8大类，确保全年民生支出占比保持在80%以上。"
    got = facts(text, kind="notice", published="2025-02-18", title="关于印发东湖县2025年民生实事工作方案的通知")
    assert [(g[2], g[4], g[5]) for g in got] == [(12, "actual", "2024"), (80, "target", "2025")]


def test_the_goals_of_a_notice_issuing_a_plan_of_several_years_are_of_its_last_year():
    title = "关于印发《东湖县推动茶产业高质量发展三年行动方案（2025—2027年）》的通知"
    got = facts("（一）稳定种植规模。建设标准化种植示范基地20个。", kind="notice", published="2025-03-12", title=title)
    assert [(g[2], g[4], g[5]) for g in got] == [(20, "target", "2027")]
    title = "东湖县人民政府关于印发东湖县2024年稳经济促增长若干措施的通知"      # measures: the year's goals
    got = facts("在春节、国庆等节点开展促消费活动不少于20场。", kind="notice", published="2024-03-15", title=title)
    assert [(g[0], g[2], g[4], g[5]) for g in got] == [("促消费活动", 20, "target", "2024")]


@pytest.mark.parametrize("text, expected", [
    # a clause opening with 已 states what is done: actual after a plan, and those works as the plan named them
    ("（二）老旧小区改造。计划改造老旧小区46个，已完工41个，惠及居民1.38万户。",
     [("改造老旧小区", 46, "target"), ("改造老旧小区", 41, "actual"), ("老旧小区改造惠及居民", 1.38, "actual")]),
    ("计划新建项目20个，目前已开工15个。", [("新建项目", 20, "target"), ("新建项目开工", 15, "actual")]),
    ("力争引进项目30个，已签约项目18个。", [("引进项目", 30, "target"), ("已签约项目", 18, "actual")]),   # 已 kept (the key's)
])
def test_a_clause_opening_with_yi_is_done(text, expected):
    got = [(g[0], g[2], g[4]) for g in facts(text, kind="notice", published="2024-12-06",
                                              title="关于2024年民生实事项目推进情况的通报")]
    assert got == expected


@pytest.mark.parametrize("text, expected", [
    ("全县地区生产总值一季度、上半年、前三季度分别增长5.2%、5.7%和6.1%。",
     [(5.2, "2023-01/2023-03"), (5.7, "2023-01/2023-06"), (6.1, "2023-01/2023-09")]),   # one period each
    ("前三季度全县地区生产总值增长6.1%，较上半年加快0.4个百分点（一季度、上半年分别增长5.2%和5.7%）。",
     [(6.1, "2023-01/2023-09"), (5.2, "2023-01/2023-03"), (5.7, "2023-01/2023-06")]),   # in a note
])
def test_a_list_of_periods_before_fenbie_gives_each_value_its_period(text, expected):
    got = facts(text, kind="feature", published="2023-10-25")
    assert [(g[2], g[5]) for g in got] == expected and {g[0] for g in got} == {"地区生产总值"}


def test_n_years_average_takes_the_n_years_to_its_year():
    row = one("预计2021年全县地区生产总值达到1635亿元，五年年均增长7.3%。", 7.3, kind="work_report",
              published="2021-12-20")
    assert (row["period"], row["status"]) == ("2017/2021", "expected")


def test_a_month_two_or_more_after_publication_is_last_years():
    row = one("12月份，全县规模以上工业增加值增长9.4%。", 9.4, published="2023-01")
    assert (row["period"], row["year"]) == ("2022-12", 2022)
    row = one("8月份，全县规模以上工业增加值增长9.4%。", 9.4, published="2022-07")   # the date may be rough
    assert (row["period"], row["year"]) == ("2022-08", 2022)


def test_a_features_title_months_date_its_undated_flows_not_its_stocks():
    text = ("今年上半年，全县实现地区生产总值68.5亿元。\n"
            "分产业看，第一产业增加值9.8亿元，增长6.0%。\n"
            "全县金融机构存款余额120.4亿元，常住人口城镇化率52.1%。")
    got = {g[2]: g[5] for g in facts(text, title="东湖县上半年经济运行稳中向好", published="2022-07-25")}
    assert got == {68.5: "2022-01/2022-06", 9.8: "2022-01/2022-06", 6.0: "2022-01/2022-06",
                   120.4: "", 52.1: ""}
    got = {g[2]: g[5] for g in facts(text, title="前10月东湖县主要经济指标稳中有进", published="2022-11-15")}
    assert got[9.8] == "2022-01/2022-10"


def test_each_year_points_in_a_plan_are_an_annual_growth_over_its_span():
    text = "到2025年，全县粮食总产每年较上年增长2个百分点，总产达5万吨。"
    out = read(text, kind="plan", published="2021-06", title="东湖县国民经济和社会发展第十四个五年规划纲要")
    row = next(r for r in out.rows["observations"] if r["value"] == 2)
    assert (row["indicator"], row["measure"], row["unit"], row["unit_base"], row["period"], row["year"],
            row["status"]) == ("粮食总产", "growth", "%", "%", "2021/2025", 2025, "target")
    assert "each_year_points" in [f["kind"] for f in out.rows["flags"]]
    row = one("“十四五”期间，城镇化率逐年提高1个百分点。", 1, kind="plan", published="2021-06",
              title="第十四个五年规划纲要")
    assert (row["measure"], row["unit"], row["period"]) == ("growth", "%", "2021/2025")
    row = one("全县城镇化率比上年提高1个百分点。", 1, kind="plan", published="2021-06", title="第十四个五年规划纲要")
    assert (row["measure"], row["unit"]) == ("change", "百分点")      # no 每年: a change in points


@pytest.mark.parametrize("text, published, period, year", [
    ("十年来，全县规上工业营业收入达96.5亿元。", "2022", "2021", 2021),       # month unknown: last full year
    ("全县规上工业营业收入达96.5亿元，同比增长8%。", "2022-05", "2021", 2021),
    ("全县规上工业营业收入达96.5亿元。", "2022-11", "", 2022),                  # late in the year: flagged
    ("预计全年全县规上工业营业收入达96.5亿元。", "2022-12", "2022", 2022),      # foreseen, and 全年 stated
    ("今年1至5月，全县规上工业营业收入达96.5亿元。", "2022-06", "2022-01/2022-05", 2022),   # stated
    ("全县规上工业营业收入可达96.5亿元。", "2022-05", "", 2022),                # foreseen: this year's
    ("全县规模以上工业企业达96家。", "2022-05", "", 2022),                        # a stock, not a flow
])
def test_a_features_undated_annual_flow_is_the_last_full_years(text, published, period, year):
    rows = read(text, published=published).rows["observations"]
    assert {(r["period"], r["year"]) for r in rows} == {(period, year)}


def test_a_late_features_undated_flow_is_kept_and_flagged():
    out = read("全县规上工业营业收入达96.5亿元。", published="2022-11")
    assert [f["kind"] for f in out.rows["flags"]] == ["flow_year_uncertain"]
    out = read("全县规上工业营业收入达96.5亿元。", published="2022-05")
    assert [f["kind"] for f in out.rows["flags"]] == ["period_previous_year"]


def test_the_years_named_in_context_win_over_the_reports_year():
    text = "回顾2018年工作，2018年是攻坚之年。全年完成生产总值237亿元，增长8.1%。"
    row = one(text, 237, kind="feature", published="2019-03")
    assert (row["period"], row["year"]) == ("2018", 2018)


def test_a_cumulative_total_in_a_feature_does_not_take_this_years_period():
    text = "今年先后引进项目50个；累计引进数字产业项目100余个，累计注册科技型企业200余家。"
    got = [(g[0], g[5], g[6]) for g in facts(text, kind="feature", published="2022-08")]
    assert got == [("引进项目", "2022", 2022), ("引进数字产业项目", "", 2022), ("注册科技型企业", "", 2022)]


@pytest.mark.parametrize("text, published, year", [
    ("全年开展文明实践活动1800余场。", "2022", 2021),            # before the year's figures exist: the last year
    ("全年开展文明实践活动1800余场。", "2022-12", 2022),         # late in the year: this one
    ("确保全年固定资产投资增长15%以上。", "2023-07", 2023),      # a forward word: this year's
    ("全年预计完成投资50亿元。", "2022-08", 2022),
])
def test_quannian_in_a_feature(text, published, year):
    assert [g[6] for g in facts(text, kind="feature", published=published)] == [year]


def test_recent_years_name_no_period():
    got = facts("近年来，累计投入超150亿元。", kind="feature", published="2022-08")
    assert [(g[2], g[5], g[6]) for g in got] == [(150.0, "", 2022)]


def test_a_span_of_unknown_month_ends_the_year_before_and_exits_over_it_take_it():
    got = facts("十年来，全县高新技术企业达31家。", kind="feature", published="2022")
    assert [(g[2], g[5]) for g in got] == [(31.0, "2021")]          # the last complete year
    got = facts("“十三五”期间，全县4个省级贫困村达标退出。", kind="plan", published="2021-03")
    assert [(g[2], g[5]) for g in got] == [(4.0, "2016/2020")]     # exits done over the span take it


def test_a_base_of_comparison_is_not_the_period():
    row = one("全县城镇居民人均可支配收入41230元，是2015年的1.6倍。", 1.6, published="2020-12")
    assert (row["measure"], row["indicator"], row["period"], row["year"]) == (
        "multiple", "城镇居民人均可支配收入", "2015/2020", 2020)


def test_stock_under_a_span_is_as_of_its_end_flow_takes_the_span():
    text = "五年来，全县规模以上工业企业达126家，累计完成固定资产投资428亿元，新建学校15所。"
    got = {g[0]: g[5] for g in facts(text, published="2021-03")}
    assert got == {"规模以上工业企业": "2020", "固定资产投资": "2016/2020", "新建学校": "2016/2020"}


def test_from_to_values_keep_their_own_years():
    text = "一般公共预算收入由2015年的6.3亿元增长至2020年的10.4亿元，年均增长10.5%。"
    got = facts(text, kind="plan", published="2021")
    assert [(g[0], g[1], g[2], g[5]) for g in got] == [
        ("一般公共预算收入", "level", 6.3, "2015"), ("一般公共预算收入", "level", 10.4, "2020"),
        ("一般公共预算收入", "growth", 10.5, "2016/2020")]


def test_a_year_by_year_series():
    text = "2016-2018年，全县地区生产总值分别为210亿元、232亿元、251亿元。"
    got = facts(text, kind="plan", published="2021")
    assert [(g[2], g[5]) for g in got] == [(210, "2016"), (232, "2017"), (251, "2018")]


def test_a_note_that_a_years_data_are_estimates():
    text = "地区生产总值从2015年的96亿元增加到2020年的151亿元（2020年数据为预计数，下同）。"
    got = facts(text, kind="plan", published="2021")
    assert [(g[2], g[4]) for g in got] == [(96, "actual"), (151, "expected")]


def test_a_note_in_the_text_makes_that_years_table_values_expected():
    from analysis.extract.tables import extract_tables

    text = ("第一章 发展基础\n“十三五”规划确定的目标总体完成（注：2020年数据为预计数，下同）。\n\n"
            "指标\t2020年\t2025年\t属性\n地区生产总值（亿元）\t1290\t1700\t预期性\n")
    source = Source("x.txt", "x", "东湖县", "南江市", "江西省", "plan", "2021-03", "第十四个五年规划纲要")
    doc = Document(source, None, tuple(text.split("\n")), "utf-8", "")
    out = extract_tables(doc)
    prose.extract_prose(doc, out)
    table = [(r["year"], r["status"]) for r in out.rows["observations"] if r["source"] == "table"]
    assert table == [(2020, "expected"), (2025, "target")]
    assert [f["kind"] for f in out.rows["flags"]].count("expected_by_note") == 1


def test_a_plans_review_chapter_is_of_the_previous_plans_years():
    text = ("第一章 发展基础\n常住人口城镇化率达到65.2%，比2015年提高[5.8]个百分点。\n"
            "第二章 主要目标\n到2025年，地区生产总值达到1700亿元左右，年均增长5.5%。")
    got = facts(text, kind="plan", published="2021-03", title="东湖县第十四个五年规划纲要")
    assert [(g[0], g[1], g[2], g[3], g[4], g[5]) for g in got] == [
        ("常住人口城镇化率", "level", 65.2, "%", "actual", "2020"),
        ("常住人口城镇化率", "change", 5.8, "百分点", "actual", "2016/2020"),   # the bracketed change is read
        ("地区生产总值", "level", 1700.0, "亿元", "target", "2025"),
        ("地区生产总值", "growth", 5.5, "%", "target", "2021/2025")]       # 年均 to the plan's end: its years


def test_a_plans_undated_goal_is_of_its_five_years_a_level_of_the_last():
    got = facts("食品安全抽检合格率达到97.5%；新建精品民宿5家。", kind="plan", published="2021-03",
                title="东湖县国民经济和社会发展第十四个五年规划纲要")
    assert [(g[2], g[4], g[5]) for g in got] == [(97.5, "target", "2025"), (5, "target", "2021/2025")]


def test_a_bare_n_year_span_among_a_plans_goals_is_the_plans_own():
    text = ("第一章 发展基础\n五年累计完成固定资产投资1520亿元。\n"
            "第二章 主要目标\n到2025年，全县地区生产总值突破650亿元；全社会固定资产投资五年累计完成2000亿元以上；"
            "森林覆盖率稳定在60%以上。")
    got = {g[2]: (g[4], g[5]) for g in facts(text, kind="plan", published="2021-03",
                                              title="东湖县国民经济和社会发展第十四个五年规划纲要")}
    assert got == {1520: ("actual", "2016/2020"), 650: ("target", "2025"), 2000: ("target", "2021/2025"),
                   60: ("target", "2025")}


def test_a_review_section_heading_sets_the_span():
    text = "第一节 “十二五”发展成就\n规模以上工业企业达到64家，比2010年净增21家。"
    got = facts(text, kind="plan", published="2016")
    assert [(g[1], g[2], g[4], g[5]) for g in got] == [("level", 64, "actual", "2015"),
                                                         ("change", 21, "actual", "2011/2015")]


# Status ------------------------------------------------------------------------------------

@pytest.mark.parametrize("text, value, status", [
    ("预计全年地区生产总值达到150亿元，增长6%。", 6, "expected"),                 # 预计 governs its sentence
    ("预计全年地区生产总值150亿元；财政总收入12亿元。", 12, "expected"),            # and the items after ；
    ("力争全年固定资产投资增长10%。", 10, "target"),
    ("到2025年，全县城镇化率达到62%。", 62, "target"),
    ("财政收入从2016年的4.1亿元到2020年突破8亿元。", 8, "actual"),               # 从…到: not a horizon
    ("全县超额完成各项目标任务，地区生产总值增长7%。", 7, "actual"),                # 完成目标任务: done
    ("开展“争取项目、争取资金”活动，全年新签约项目42个。", 42, "actual"),          # words in a slogan
    ("展望十四五，东湖提出到2025年地区生产总值突破900亿元。", 900, "target"),     # 提出到: proposes
    ("十四五末，全县地区生产总值超过900亿元。", 900, "target"),                   # a year not begun: never done
    ("全县规模以上工业增加值增长9.2%，高于年度目标0.7个百分点；固定资产投资增长8.6%。", 8.6, "actual"),  # a base
    ("城镇新增就业5126人，完成年度目标的102.5%；新增市场主体4872户。", 4872, "actual"),
    ("完成投资86.4亿元，完成年度计划的91.2%；其中新开工项目35个。", 35, "actual"),   # a plan as a base
])
def test_status(text, value, status):
    assert one(text, value, published="2022-03")["status"] == status


def test_a_list_introduced_by_its_targets_carries_them():
    text = "今后五年的主要目标是：到“十四五”末，地区生产总值达到320亿元。城镇化率达到60%以上。"
    got = facts(text, published="2021-02")
    assert [(g[2], g[4]) for g in got] == [(320, "target"), (60, "target")]


# Labels --------------------------------------------------------------------------------------

@pytest.mark.parametrize("text, value, indicator, measure", [
    ("全县实现地区生产总值186.5亿元，按可比价格计算，比上年增长5.8%。", 5.8, "地区生产总值", "growth"),
    ("规上工业增加值同比增长9.1%。", 9.1, "规上工业增加值", "growth"),
    ("全县地区生产总值同比(下同)增长4.5%。", 4.5, "地区生产总值", "growth"),
    ("实现营业收入433.5亿元，同比增长11.3%。", 11.3, "营业收入", "growth"),
    ("第一产业增加值占GDP的比重比上年提高0.4个百分点。", 0.4, "第一产业增加值占GDP的比重", "change"),
    ("年末常住人口38.2万人，比上年末减少1236人。", -1236, "常住人口", "change"),
    ("农村自来水普及率达到88.6%，较去年底提高1.9个百分点。", 1.9, "农村自来水普及率", "change"),
    ("县级财政安排农田水利维修补助资金1500万元。", 1500, "农田水利维修补助资金", "level"),   # who pays: not the fund
    ("年末牛存栏12.4万头，全年出栏5.8万头。", 5.8, "牛出栏", "level"),       # the animal of the stock before
    ("前三季度地区生产总值88.6亿元，增长5.1%，总量占全市的比重为18.2%。", 18.2, "地区生产总值占全市的比重", "level"),
    ("一般公共预算支出26.8亿元，其中教育支出占19.6%。", 19.6, "教育支出占一般公共预算支出的比重", "level"),
    ("第一产业增加值占地区生产总值的比重为12.1%，第二产业占41.3%。", 41.3, "第二产业占地区生产总值的比重", "level"),
    ("目前全县共有存栏500头以上的规模猪场36个。", 36, "存栏500头以上的规模猪场", "level"),   # 共有: not 有…的
    ("区财政投入乡村道路养护经费860万元。", 860, "乡村道路养护经费", "level"),
    ("确定2024年区级民生实事项目12件。", 12, "民生实事项目", "level"),     # the district's own level said
    ("市重点项目完成投资18.6亿元。", 18.6, "市重点项目完成投资", "level"),   # the city's programme keeps 市
    ("地区生产总值86.2亿元，按不变价计算同比增长5.3%。", 5.3, "地区生产总值", "growth"),
    ("全县计划安排民生实事12大类35项。", 35, "民生实事", "level"),
    ("截至9月底，十项民生实事累计完成投资1.86亿元。", 1.86, "民生实事完成投资", "level"),   # the count is no name
    ("全县林果面积稳定在60万亩，特色林果预计总产量可达48万吨。", 48, "特色林果总产量", "level"),   # 预计: status only
    ("全县人口自然增长率为-0.7‰。", -0.7, "人口自然增长率", "level"),
    ("第二产业占比下降1.4个百分点。", -1.4, "第二产业占比", "change"),
    ("全县地区生产总值(GDP)186.5亿元。", 186.5, "地区生产总值", "level"),
    ("城镇人口16.3万人，占常住人口的比重为42.7%。", 42.7, "城镇人口占常住人口的比重", "level"),
    ("其中第一产业完成增加值18.3亿元。", 18.3, "第一产业增加值", "level"),
    ("地区生产总值首次跨过五十亿元台阶，达到52.3亿元。", 52.3, "地区生产总值", "level"),
    ("地区生产总值突破300亿大关、达312.4亿元。", 312.4, "地区生产总值", "level"),
    ("一季度GDP预计可达31.7亿元。", 31.7, "GDP", "level"),
    ("规上服务业营业收入：完成23.8亿元，增长6.4%。", 23.8, "规上服务业营业收入", "level"),
    ("財政總收入完成12.6億元，同比增長8.2%。", 8.2, "财政总收入", "growth"),       # traditional
    ("地區(qū)生產(chǎn)總值125.9億元。", 125.9, "地区生产总值", "level"),           # inline pinyin
    ("人 均 GDP 达到 58720 元。", 58720, "人均GDP", "level"),                        # stray spaces
    ("引进投资2亿元以上项目18个。", 18, "引进投资2亿元以上项目", "level"),            # threshold kept; a count of works keeps its verb
    ("改造提升20所敬老院。", 20, "改造提升敬老院", "level"),                        # what was done to what
    ("全年实施改造项目36个。", 36, "改造项目", "level"),                            # 项目 alone names nothing
    ("该区投入资金1.2亿元。", 1.2, "投入资金", "level"),
    ("纾困政策惠及27236家企业。", 27236, "纾困政策惠及企业", "level"),
    ("实现吸引50名以上优秀人才回乡创业。", 50, "吸引优秀人才回乡创业", "level"),
    ("完成1万户老旧小区改造。", 1, "老旧小区改造", "level"),                        # an empty verb names nothing
    ("力争实现100%的接种率。", 100, "接种率", "level"),
    ("建成380个具备助餐等功能的农村互助养老服务设施。", 380, "农村互助养老服务设施", "level"),   # 建成: they came to be
    ("一、“领军”企业2家 青禾集团有限公司、云州实业有限公司。", 2, "领军企业", "level"),
    ("粮食总产每年较上年增长2个百分点，总产达4万吨。", 4, "粮食总产", "level"),
    ("全县成功引进“3010”项目5个。", 5, "引进3010项目", "level"),                 # a count of works keeps its verb
    ("该县实施8个产业项目。", 8, "产业项目", "level"),          # 实施 says only that works go on
    ("实施60个背街小巷改造工程。", 60, "背街小巷改造工程", "level"),              # the works named already
    ("有12个项目纳入省重点项目。", 12, "项目(纳入省重点项目)", "level"),          # 纳入 is a class, not works
    ("全年投入2.4亿元，新建学校3所。", 2.4, "投入资金", "level"),                  # a bare verb before a sum
    ("建成总长超30公里的园区路网。", 30, "园区路网总长", "level"),                 # the subject after 的
    ("建成420亩的现代农业示范园区。", 420, "面积", "level"),                       # an entity's size
    ("先后引进光伏组件及配套项目等重大项目40个。", 40, "引进重大项目", "level"),    # examples before 等 dropped
    ("推动青禾陶瓷、云州电子等120家企业实现上云。", 120, "企业(实现上云)", "level"),
    ("8000余名群众参与议事。", 8000, "群众(参与议事)", "level"),                   # what the people counted did
    ("完成了9所中学、6所幼儿园改造提升。", 9, "中学改造提升", "level"),            # one action closes the list
    ("对80个老旧小区和200条背街小巷进行了改造提升。", 80, "老旧小区改造提升", "level"),
    ("九年义务教育巩固率达到99%。", 99, "九年义务教育巩固率", "level"),            # a name, not a duration
    ("建成区文化馆、乡镇养老院、农村互助养老服务设施覆盖率80%。", 80, "农村互助养老服务设施覆盖率", "level"),
    ("扶持创业1200人。", 1200, "扶持创业", "level"),                              # 创业 alone names nothing
    ("实施总投资80亿元的26个重点项目。", 80, "重点项目总投资", "level"),            # the projects' total
    ("累计完成投资32亿元。", 32, "完成投资", "level"),
    ("圆满完成老城片区、河东片区等12个棚改项目。", 12, "棚改项目", "level"),          # 完成 is an empty verb
    ("力争培育5家4A级景区。", 5, "4A级景区", "level"),                              # a grade inside the noun
    ("启动8个医疗卫生项目建设。", 8, "医疗卫生项目", "level"),
    ("引进重大项目30个，其中“50”项目3个。", 3, "引进50项目", "level"),              # a breakdown takes the verb
    ("为企业解决问题320个。", 320, "为企业解决问题", "level"),                       # for whom stays
    ("共摸排并解决群众急难愁盼问题600余个。", 600, "解决群众急难愁盼问题", "level"),
    ("县委、县政府累计组织招商60余批次。", 60, "组织招商", "level"),
    ("带动上下游产业链8000余人就业。", 8000, "带动上下游产业链就业", "level"),      # what the people did
    ("累计接种疫苗40余万剂次。", 40, "接种疫苗", "level"),
    ("建成2平方公里的湖心公园、人才公寓600套。", 600, "人才公寓", "level"),          # the park is the 2's
    ("完成12个棚改项目、5000余户80万平方米房屋征收任务。", 80, "房屋征收任务", "level"),
    ("新增登记注册企业900户，个体工商户3000户。", 3000, "新增个体工商户", "level"),  # one 新增 for both
    ("湖田、石桥等3个省级贫困村达标退出。", 3, "省级贫困村(达标退出)", "level"),
    ("启动1.2万户焦炉煤气用户改造置换为管道天然气。", 1.2, "焦炉煤气用户改造", "level"),
    ("培训应急救护员2000人。", 2000, "培训应急救护员", "level"),                      # people trained, not all
    ("完成9所中小学及幼儿园暑期维修改造项目。", 9, "中小学及幼儿园暑期维修改造项目", "level"),
    ("实现乡镇(街道)、村(社区)养老机构100%覆盖。", 100, "乡镇(街道)、村(社区)养老机构覆盖率", "level"),
    ("积极打造6个条件成熟的“便民驿站”。", 6, "便民驿站", "level"),                 # the quoted name after 的
    ("城乡低保标准同步提升，月标准达700元。", 700, "城乡低保月标准", "level"),        # the subject's measure
    ("初步核算，全县地区生产总值首次迈上百亿元台阶，达到106.3亿元。", 106.3, "地区生产总值", "level"),  # source clause first
    ("据统计，全县社会消费品零售总额再创新高，比上年增长6.1%。", 6.1, "社会消费品零售总额", "growth"),
    ("改造老旧小区15个，涉及住户3260户。", 3260, "老旧小区改造涉及住户", "level"),     # the works before it
    ("固定资产投资下降3.2%，但工业投资逆势增长15.7%，占全县投资比重提高到38.5%。", 38.5, "工业投资占全县投资比重",
     "level"),                                                                     # 但, 逆势: no label words
    ("全县粮食总产量连续五年稳定在25亿斤以上，2020年达到27.6亿斤。", 27.6, "粮食总产量", "level"),   # 连续五年: how long
    ("2025年，县委、县政府确定实施重点民生实事项目32项。", 32, "重点民生实事项目", "level"),   # the keys
    ("巩固提升农村供水工程，受益人口3.2万人。", 3.2, "农村供水工程受益人口", "level"),
    ("完成人工造林2.1万亩，成活率90%以上。", 90, "人工造林成活率", "level"),
    ("确定为民办实事项目12项，计划总投资11.6亿元。", 11.6, "为民办实事项目计划总投资", "level"),
    ("大力推进占地670亩的青禾电子二期建设，项目占地670亩，总投资20亿元。", 20, "总投资", "level"),   # not 占地's
    ("全县20个民生项目全部完工，累计完成投资6.5亿元。", 6.5, "民生项目完成投资", "level"),   # the programme's
    ("改造升级村级活动场所60个。", 60, "改造升级村级活动场所", "level"),            # which ones: kept verbs
    ("解决各类矛盾纠纷1800个。", 1800, "解决各类矛盾纠纷", "level"),
    ("新增2条旅游航空专线。", 2, "新增旅游航空专线", "level"),
    ("新认定帮扶产品4个，累计37个。", 37, "帮扶产品", "level"),                    # the total has no 新认定
    ("新建5G基站486座，累计建成3520座。", 3520, "5G基站", "level"),              # the total of those counted
    ("全县现有竹加工企业216家，其中规模以上企业31家。", 31, "规模以上竹加工企业", "level"),   # a class of the whole
    ("展望十四五，东湖提出到2025年地区生产总值突破900亿元。", 900, "地区生产总值", "level"),
    ("瞄准地区生产总值增长6%的目标，全力冲刺四季度。", 6, "地区生产总值", "growth"),   # 瞄准: no label word
    ("为全县适龄妇女免费开展“两癌”筛查1.2万人。", 1.2, "两癌筛查", "level"),       # the service, not for whom
    ("开展适龄妇女“两癌”免费筛查1.86万人。", 1.86, "两癌免费筛查", "level"),
    ("春节等节点开展促消费活动不少于20场。", 20, "促消费活动", "level"),
    ("全县粮食产业链实现综合产值86.7亿元。", 86.7, "粮食产业链综合产值", "level"),   # 实现 between: empty
    ("累计新增A级景区6家，目前全县共有A级景区32家。", 32, "A级景区", "level"),   # a stock: no 新增
    ("南药种植面积发展到12.6万亩。", 12.6, "南药种植面积", "level"),
    ("帮助1000名以上农村劳动力转移就业。", 1000, "农村劳动力转移就业", "level"),
    ("评定A类（优先发展类）企业52家。", 52, "A类企业", "level"),
    ("每千人口拥有3岁以下婴幼儿托位数达到4.6个。", 4.6, "每千人口拥有3岁以下婴幼儿托位数", "level"),
    ("一般公共预算收入20.06亿元，首次突破20亿元大关，增长8.1%。", 8.1, "一般公共预算收入", "growth"),
    ("规上工业企业数达到612家。", 612, "规上工业企业", "level"),
    ("全县黄桃种植面积达8.6万亩，总产量5.2万吨，实现产值13.2亿元。", 13.2, "黄桃产值", "level"),   # the crop's
    ("全县为民办实事项目28项全部完成。", 28, "为民办实事项目", "level"),              # 为 in a name
    ("人均地区生产总值12.5万元，按年平均汇率折算为18117美元。", 18117, "人均地区生产总值", "level"),
    ("全县地区生产总值年均增长7.1%，是2018年的1.5倍。", 1.5, "地区生产总值", "multiple"),   # of the rate's
    ("全县地区生产总值增长7.4%，比上年净增12亿元。", 12, "地区生产总值", "change"),
    ("全县地区生产总值从2017年的889亿元跃升至2022年的1302.6亿元。", 1302.6, "地区生产总值", "level"),   # 跃升至
    ("全县水土流失率下降到6.78%。", 6.78, "水土流失率", "level"),
    ("引进内资42亿元。", 42, "引进内资", "level"),
    ("对900亩工业用地深化合作。", 900, "工业用地(深化合作)", "level"),
    ("完成18个民生项目60项具体任务。", 60, "民生项目具体任务", "level"),           # the tasks of those projects
    ("“青禾工作室”为全县培养优秀社工30名。", 30, "培养优秀社工", "level"),
    ("引进青禾电子、云州科技2家亿元工业企业落户。", 2, "引进亿元工业企业", "level"),   # firms introduced
    ("5个房地产项目成功入库。", 5, "入库房地产项目", "level"),                   # what the works reached
    ("投入3亿元启动9个医疗卫生项目建设。", 9, "医疗卫生项目", "level"),          # the verb right before
    ("引导建设20家民办美术馆、博物馆等。", 20, "民办美术馆、博物馆", "level"),       # a list closed by 等
    ("完成全县9000户老旧小区内的供水设施进行改造。", 9000, "老旧小区改造", "level"),  # a place is not counted
    ("全年办好12件民生实事项目是政府的承诺。", 12, "民生实事项目", "level"),         # a copula is no action
    ("年末金融机构本外币各项存款余额1236.5亿元，比年初增加31.6亿元。", 31.6, "金融机构本外币各项存款余额", "change"),
    ("城镇居民人均可支配收入由2015年的3万元增加到4.2万元，年平均增长5.9%。", 5.9, "城镇居民人均可支配收入", "growth"),
    ("全市规上工业企业亩均税收18.6万元，比上年提高1.2万元。", 1.2, "亩均税收", "change"),   # the firms are whose, not what
    ("本次参评企业684家。", 684, "参评企业", "level"),
    ("今年1至10月，全区工业经济稳中有进，实现营业收入433.5亿元。", 433.5, "工业营业收入", "level"),   # the sector's
    ("上半年全旗实现地区生产总值612.3亿元。", 612.3, "地区生产总值", "level"),      # a banner (旗) is a county
    ("全年粮食总产量19.6万吨，比上年增产0.85万吨。", 0.85, "粮食总产量", "change"),
    ("社会消费品零售总额录得37.8亿元。", 37.8, "社会消费品零售总额", "level"),
    ("A类（优先发展类）企业58家，B类（鼓励提升类）企业172家。", 172, "B类企业", "level"),   # no group named
    ("规上工业企业数量达到421家。", 421, "规上工业企业", "level"),                 # "the number of" taken off
    ("居民消费价格涨幅控制在3%左右。", 3, "居民消费价格", "growth"),                # a rate noun: growth
    ("人口自然增长率为-1.26‰。", -1.26, "人口自然增长率", "level"),               # an indicator of its own
    ("全县规模以上工业企业实现营业收入100亿元。", 100, "规模以上工业企业营业收入", "level"),
    ("全县重点项目完成投资12亿元。", 12, "重点项目完成投资", "level"),                # the verb inside a sum
    ("全县限上商贸企业实现零售额3亿元。", 3, "限上商贸企业零售额", "level"),
    ("本次共有127家企业参评。", 127, "参评企业", "level"),                       # what the units take part in
    ("全县共有35家企业入库。", 35, "入库企业", "level"),
    ("全市参评规上工业企业亩均税收8.6万元。", 8.6, "亩均税收", "level"),
    ("规上工业企业原煤产量1.42亿吨。", 1.42, "原煤产量", "level"),
    ("园区力争工业总产值600亿元。", 600, "工业总产值", "level"),               # a zone's target: no 力争
    ("全年全体居民人均可支配收入27314元；其中城镇居民42186元；农村居民20357元。", 42186, "城镇居民人均可支配收入", "level"),
    ("全年全体居民人均可支配收入27314元；其中城镇居民42186元；农村居民20357元。", 20357, "农村居民人均可支配收入", "level"),
    ("年末全县常住人口13.62万人，其中城镇人口5.37万人。", 5.37, "城镇人口", "level"),   # complete already
    ("全县固定资产投资增长5.4%，其中工业投资增长11.8%，占全部投资的比重达58.6%。", 58.6,
     "工业投资占全部投资的比重", "level"),                                    # a share after a growth clause
    ("电子信息、生物医药产业增加值分别增长15.7%、11.2%。", 15.7, "电子信息产业增加值", "growth"),   # shared tail
    ("纺织服装、制鞋两大产业集群规模分别突破2000亿元、1700亿元。", 1700, "制鞋产业集群规模", "level"),
    ("农业、工业和服务业增加值分别增长3%、5%、6%。", 3, "农业增加值", "growth"),   # heads of unequal length
    ("据统计，假期全区酒店平均入住率达到91.6%，较去年同期提高5.8个百分点。", 5.8, "酒店平均入住率", "change"),
    ("城乡低保标准分别提高到每人每月860元、720元。", 720, "农村低保标准", "level"),   # 每人每月: the base
    ("城镇新增就业3126人，完成年度任务（3000人）的104.2%。", 3000, "城镇新增就业", "level"),   # the task's size
    ("完成农村公路提质改造48.6公里，占年度任务60公里的81%。", 60, "农村公路提质改造", "level"),
    ("为65岁以上老年人免费健康体检2.86万人次。", 2.86, "老年人免费健康体检", "level"),   # whom, not what
    ("全县65周岁及以上老年人达到3万人。", 3, "65周岁及以上老年人", "level"),             # the group counted
    ("新增规模以上工业企业28家，总数达到213家。", 213, "规模以上工业企业", "level"),     # the total: no 新增
    ("全市有进出口实绩的企业达到386家。", 386, "有进出口实绩的企业", "level"),         # kept leads
    ("对东盟成员国进出口31.5亿元，增长22.6%，占全县进出口总额的31.9%。", 31.5, "对东盟成员国进出口", "level"),
    ("对东盟成员国进出口31.5亿元，增长22.6%，占全县进出口总额的31.9%。", 31.9,
     "对东盟成员国进出口占全县进出口总额的比重", "level"),                               # a share says so
    ("D类企业8家，占参评企业的9.3%。", 9.3, "D类企业占参评企业的比重", "level"),
    ("对全县用地5亩以上的86家规模以上工业企业开展了综合评价。", 86, "规模以上工业企业", "level"),
    ("全年进出口总额1560.3亿元，其中出口总额985.7亿元，增长8.3%。", 985.7, "出口总额", "level"),   # a part
    ("新增规上工业企业71家，总数突破800家。", 800, "规上工业企业", "level"),
    ("存贷比提高2.7个百分点。", 2.7, "存贷比", "change"),
    ("“全区设施农业面积已经稳定在12.8万亩。”", 12.8, "设施农业面积", "level"),
    ("“接下来，我们要力争到2025年椅业产值突破500亿元。”", 500, "椅业产值", "level"),
    ("经初步核算，全县地区生产总值1006.38亿元。", 1006.38, "地区生产总值", "level"),
    ("【农业】全年粮食播种面积80万亩。", 80, "粮食播种面积", "level"),            # a section marker
    ("石材、陶瓷、光电信息三大主导产业产值2200亿元。", 2200, "三大主导产业产值", "level"),
    ("粮食播种面积稳定在91万亩，总产量达到44.3万吨。", 44.3, "粮食总产量", "level"),   # the crop's
    ("粮食总产量73.9万吨，增长1.4%，其中小麦33.6万吨、玉米37.2万吨。", 33.6, "小麦产量", "level"),
    ("下半年将紧盯地区生产总值增长5.5%的目标。", 5.5, "地区生产总值", "growth"),
    ("全市38个工业大类行业中有26个行业实现增长。", 38, "工业大类行业", "level"),   # 中有 ends the noun
    # a generic head takes the topic its sentence or paragraph introduces
    ("大力推进老旧小区改造，全年实施改造户数5200户，改造项目21个。", 21, "老旧小区改造项目", "level"),
    ("大力推进老旧小区改造，全年实施改造户数5200户，改造项目21个。", 5200, "改造户数", "level"),  # defined
    ("全县志愿服务组织达120个，注册志愿者达9800人，服务时长达36.5万小时。", 36.5, "志愿服务时长", "level"),
    ("全面完成全县的医保专网建设，网络覆盖率达100%。", 100, "医保专网覆盖率", "level"),
    ("打造数字经济引擎。今年先后引进投资8亿元的青禾数据港等项目12个。", 12, "引进数字经济项目", "level"),
    ("打造数字经济引擎。青禾云谷等9个项目实现投产。", 9, "数字经济项目(实现投产)", "level"),
    ("培育数字经济新动能。推动青禾陶瓷等85家企业实现上云。", 85, "企业(实现上云)", "level"),   # not digital firms
    ("全县完成项目15个。", 15, "完成项目", "level"),                               # no topic: kept, flagged
    ("全县实施背街小巷改造项目40个。", 40, "背街小巷改造项目", "level"),          # specific already
    # a sum put into works named right after it in its clause is theirs
    ("投入3亿元新建学校项目6个。", 3, "学校项目投入资金", "level"),
    ("投入2.5亿元启动9个医疗卫生项目建设。", 2.5, "医疗卫生项目投入资金", "level"),
    ("投入1.2亿元，打造16个示范项目。", 1.2, "示范项目投入资金", "level"),          # the next clause's works
    ("该区基础设施持续改善，投入资金1.2亿元，实施107个背街小巷改造工程。", 1.2, "背街小巷改造工程投入资金", "level"),
    ("大力实施环境综合整治，投入1.2亿元，打造16个“环境美”项目和7个“生活美”项目。", 1.2,
     "环境综合整治投入资金", "level"),                      # works of two kinds: the earlier clause's topic
    ("全年投入资金3亿元。", 3, "投入资金", "level"),                               # nothing says which: kept
])
def test_labels(text, value, indicator, measure):
    row = one(text, value)
    assert (row["indicator"], row["measure"]) == (indicator, measure)


@pytest.mark.parametrize("clause, topic", [
    ("大力推进老旧小区改造", "老旧小区改造"),
    ("全面完成9个乡镇和111个村的医保专网建设", "医保专网"),      # after 的, without 建设
    ("打造数字经济引擎", "数字经济"),                               # a figure of speech is no topic
    ("培育数字经济新动能", "数字经济"),
    ("全年实施改造户数11614户", ""),                                 # a number: not a topic
    ("该区基础设施持续改善", ""),                                     # no topic verb
])
def test_the_topic_a_clause_introduces(clause, topic):
    assert prose.topic_of(clause) == topic


def test_a_generic_label_without_a_topic_is_flagged():
    out = read("全县引进项目15个。")
    assert [r["indicator"] for r in out.rows["observations"]] == ["引进项目"]
    assert [f["kind"] for f in out.rows["flags"]] == ["generic_label"]


def test_respectively_lists_pair_labels_and_values():
    text = "城镇和农村居民人均可支配收入分别达43120元、21560元，分别增长5.1%、7.0%。"
    got = [(g[0], g[1], g[2]) for g in facts(text)]
    assert got == [("城镇居民人均可支配收入", "level", 43120), ("农村居民人均可支配收入", "level", 21560),
                   ("城镇居民人均可支配收入", "growth", 5.1), ("农村居民人均可支配收入", "growth", 7.0)]


def test_numbered_sectors_in_one_list():
    text = "第一、二、三产业增加值分别为30.1亿元、45.2亿元、60.3亿元。"
    assert [g[0] for g in facts(text)] == ["第一产业增加值", "第二产业增加值", "第三产业增加值"]


def test_multiples_of_several_levels():
    text = "2015年，全县实现生产总值96亿元，外贸出口3820万美元，分别是2010年的1.9倍、2.6倍。"
    got = [(g[0], g[1], g[2], g[6]) for g in facts(text, published="2016-03") if g[1] == "multiple"]
    assert got == [("生产总值", "multiple", 1.9, 2015), ("外贸出口", "multiple", 2.6, 2015)]


def test_a_fall_that_narrows_is_a_negative_growth_rate():
    assert [(g[0], g[1], g[2]) for g in facts("工业增加值降幅收窄至2.1%。")] == [("工业增加值", "growth", -2.1)]


def test_respectively_changes_on_the_start_of_the_year_take_the_levels_labels():
    text = "存、贷款余额分别为1612.4亿元、1200.3亿元，分别比年初增长8.7%和6.2%。"
    assert [(g[0], g[1], g[2]) for g in facts(text)] == [
        ("存款余额", "level", 1612.4), ("贷款余额", "level", 1200.3),
        ("存款余额", "growth", 8.7), ("贷款余额", "growth", 6.2)]


def test_category_counts_take_the_group_the_sentence_opens_with():
    text = "规上工业企业中，A类（优先发展类）81家，B类196家。规下工业企业中，A类35家、D类32家。"
    assert [(g[0], g[2]) for g in facts(text)] == [("规上工业企业A类", 81), ("规上工业企业B类", 196),
                                                   ("规下工业企业A类", 35), ("规下工业企业D类", 32)]


def test_category_counts_of_a_second_group_take_its_head_not_an_earlier_groups():
    text = "规模以上工业企业评价结果为A类11家,、B类21家、D类0家,,规模以下工业企业评价结果为A类4家,、B类21家、D类3家,,现予公示。"
    got = [(g[0], g[2]) for g in facts(text)]
    assert got[3:] == [("规模以下工业企业A类", 4), ("规模以下工业企业B类", 21), ("规模以下工业企业D类", 3)]


def test_category_counts_take_the_one_group_the_document_named_before():
    text = ("对全市用地5亩（含）以上的规模以上工业企业开展综合评价。\n"
            "本次共有127家企业参评。评价结果为：A类（优先发展类）企业24家，B类（鼓励提升类）企业58家。")
    assert [(g[0], g[2]) for g in facts(text)] == [("参评企业", 127), ("规模以上工业企业A类", 24),
                                                   ("规模以上工业企业B类", 58)]


def test_category_counts_after_two_groups_keep_their_own_label():
    text = ("对规模以上工业企业和规模以下工业企业开展评价。本次共评价工业企业386家，其中规模以上工业企业241家，"
            "规模以下工业企业145家。评价结果为：A类（优先发展类）企业58家，B类（鼓励提升类）企业172家。")
    assert [(g[0], g[2]) for g in facts(text)][-2:] == [("A类企业", 58), ("B类企业", 172)]


def test_category_counts_take_the_first_label():
    text = "规模以上工业企业评价结果为A类11家、B类21家、C类7家。"
    assert [g[0] for g in facts(text)] == ["规模以上工业企业A类", "规模以上工业企业B类", "规模以上工业企业C类"]


# Attribution ---------------------------------------------------------------------------------

@pytest.mark.parametrize("text, value, scope, entity", [
    ("投资12亿元的抽水蓄能电站二期开工建设。", 12, "entity", "抽水蓄能电站二期"),
    ("工业园区实现主营业务收入318亿元，同比增长13%。", 13, "entity", "工业园区"),
    ("签约总投资9亿元的新材料项目。", 9, "entity", "新材料项目"),
    ("设立3只产业引导基金，总规模20亿元。", 20, "entity", "产业引导基金"),
    ("用活资本力量,组建青禾一号等5只产业投资基金,总规模46亿元。", 46, "entity", "产业投资基金"),   # not the heading
    ("该县工业园区入驻企业145家。", 145, "district", ""),                 # the park names the indicator
    ("望远工业园区规上工业产值达到186.3亿元。", 186.3, "entity", "望远工业园区"),  # a named zone's figure
    ("青禾经济技术开发区规上工业增加值增长12.4%。", 12.4, "entity", "青禾经济技术开发区"),
    ("东湖工业集中区实现规上工业产值215亿元。", 215, "entity", "东湖工业集中区"),
    ("南江蔬菜产业集团全年实现销售收入52.6亿元。", 52.6, "entity", "南江蔬菜产业集团"),   # a time word between
    ("湖泉生态园接待游客超过200万人次。", 200, "entity", "湖泉生态园"),
    ("全市地区生产总值增长6.5%，全县增长7.1%。", 6.5, "city", ""),
    ("全县增速比全市高0.9个百分点。", None, None, None),                    # a gap: not an observation
    ("区内总投资8.5亿元的货运码头即将建成。", 8.5, "entity", "货运码头"),     # one facility's investment
    ("“南江茶市”项目吸引了40家茶企入驻。", 40, "entity", "“南江茶市”项目"),  # the project's; 南江 in a quote is no scope
    ("引进总投资6亿元的青网(南江)科创园。", 6, "entity", "青网(南江)科创园"),
    ("青禾直播基地签约入驻商家超过800家。", 800, "entity", "青禾直播基地"),
    ("江西数联产业基地等20个项目实现投产。", 20, "district", ""),           # the province's name opens a name
    ("确保青禾项目80亩工业用地完成平整。", 80, "entity", "青禾项目"),        # one project's land
    ("推进占地300亩的青禾电子二期建设。", 300, "entity", "青禾电子二期"),    # a project's phase
    ("总面积8万平方米的综合体三期、科创中心等项目加快推进。", 8, "entity", "综合体三期、科创中心"),   # named ones'
    ("建成12万平方米的青禾科创园和数据中心一、二期。", 12, "entity", "青禾科创园和数据中心一、二期"),
    ("有12个项目纳入省重点项目，总投资约56.3亿元。", 56.3, "district", ""),   # the counted projects' total
    ("固定资产投资增长15%，其中项目投资增长18.4%。", 18.4, "district", ""),     # all projects': no one's
    ("其中省市重点产业项目完成投资12亿元。", 12, "district", ""),             # a class of projects
    ("确保全年完成重点项目投资120亿元以上。", 120, "district", ""),           # lead words are no name
    ("东湖经济开发区规模以上工业增加值增长10.1%，占全县规模以上工业增加值的71.3%。", 71.3, "entity",
     "东湖经济开发区"),                                                       # a share of the zone's growth
    ("石花镇、城关镇规上工业增加值增速分别为12.4%、10.8%。", 10.8, "entity", "城关镇"),   # each one's own
    ("青湖经编产业园区、青禾工业园区分别实现营业收入365亿元和26.7亿元。", 26.7, "entity", "青禾工业园区"),
    ("芳湖项目完成投资12亿元。", 12, "entity", "芳湖项目"),                    # one named project
    ("园区工业总产值达到600亿元。", 600, "entity", "园区"),                    # the county's zone's sum
    ("县经济开发区A类企业占比28.4%。", 28.4, "entity", "县经济开发区"),
    ("集中发展区实现规上工业产值287.6亿元。", 287.6, "entity", "集中发展区"),
    ("某智能制造企业年产值突破40亿元。", 40, "entity", "某智能制造企业"),      # one firm, unnamed
    ("县内一家药业企业上半年实现销售收入3.2亿元。", 3.2, "entity", "县内一家药业企业"),
    ("该公司前10月实现产值18.3亿元。", 18.3, "entity", "该公司"),              # a month span before the verb
    ("青禾景区门票收入1.36亿元。", 1.36, "entity", "青禾景区"),                # a named site's sum
    ("青湖镇工业总产值突破800亿元。", 800, "entity", "青湖镇"),                # a township's sum
    ("青山气田累计生产天然气超过800亿立方米。", 800, "entity", "青山气田"),
    ("青湖街道1至10月农产品交易量达到480万吨。", 480, "entity", "青湖街道"),
    ("小岗村全年实现村集体经济收入1320万元。", 1320, "entity", "小岗村"),       # a named village's
    ("全县村集体经济总收入1.2亿元。", 1.2, "district", ""),                     # all villages': the county's
    ("县内一家龙头茶企出口额超过1.2亿美元。", 1.2, "entity", "县内一家龙头茶企"),
    ("青山镇作为菜心主产区，种植面积达1.1万亩。", 1.1, "entity", "青山镇"),      # a township opening
    ("全县城镇面貌焕然一新，新建公园5个。", 5, "district", ""),
    ("全县全力推进乡村振兴，完成226个新农村点建设。", 226, "district", ""),   # 乡村 is no township
    ("青禾集团年营收突破600亿元。", 600, "entity", "青禾集团"),
    ("青禾国际机场完成旅客吞吐量1527万人次。", 1527, "entity", "青禾国际机场"),
    ("青禾玉器街交易额120亿元。", 120, "entity", "青禾玉器街"),
    ("青禾免税城海棠湾店2023年销售额突破170亿元。", 170, "entity", "青禾免税城"),   # a year between
    ("地理信息小镇全年新引进企业63家，小镇集聚企业超过470家。", 470, "entity", "地理信息小镇"),   # governs
    ("乡镇企业营业收入4亿元。", 4, "district", ""),                           # 乡镇 is no name
    ("青山文化旅游区接待游客146万人次。", 146, "entity", "青山文化旅游区"),
    ("其中，青湖工业园区参评企业亩均税收14.3万元。", 14.3, "entity", "青湖工业园区"),
    ("全县小城镇建设投资3亿元。", 3, "district", ""),
    ("青峰林景区接待游客412万人次。", 412, "entity", "青峰林景区"),           # a named site's visitors
    ("驻县企业青禾油田油气产量当量3362万吨。", 3362, "entity", "驻县企业青禾油田"),
    ("青禾先行区力争接待医疗旅游人数15万人次。", 15, "entity", "青禾先行区"),
    ("这家企业出口额1.36亿元。", 1.36, "entity", "这家企业"),
    ("旅游景区门票收入3亿元。", 3, "district", ""),                           # a class of sites
    ("青禾博物馆接待游客46万人次。", 46, "entity", "青禾博物馆"),
    ("全县接待游客1580万人次，其中青峰林景区接待游客412万人次。", 412, "entity", "青峰林景区"),   # 其中 a site
    ("全市规模最大的企业青禾集团东湖公司年产值达到52亿元。", 52, "entity", "青禾集团东湖公司"),   # described
    ("园区内龙头企业青竹纸业年产竹浆30万吨。", 30, "entity", "青竹纸业"),
    ("全县龙头企业达到52家。", 52, "district", ""),                           # a count of them: the county's
    ("青湖经济开发区跻身省级开发区考核前20位，全年实现工业产值285亿元。", 285, "entity", "青湖经济开发区"),
    ("青湖工业园区获评省级示范园区，全县规上工业增加值增长8%。", 8, "district", ""),   # 全县 says whose
])
def test_attribution(text, value, scope, entity):
    rows = read(text, published="2022-08").rows["observations"]
    if value is None:
        assert not any(r["unit"] == "百分点" for r in rows)
        return
    row = next(r for r in rows if r["value"] == value)
    assert (row["scope"], row["entity"]) == (scope, entity)


def test_a_size_of_named_projects_is_theirs_and_a_total_of_counted_ones_says_which():
    rows = read("总面积8万平方米的综合体三期、科创中心等项目加快推进。").rows["observations"]
    assert [(r["indicator"], r["scope"], r["entity"]) for r in rows] == [("总面积", "entity", "综合体三期、科创中心")]
    row = one("有12个项目纳入省重点项目，总投资约56.3亿元。", 56.3)
    assert (row["indicator"], row["scope"], row["entity"]) == ("纳入省重点项目的项目总投资", "district", "")


def test_a_zone_named_after_the_county_is_still_the_zones():
    got = read("灵山工业区入园企业达到128家。", district="灵山县").rows["observations"]
    assert [(r["indicator"], r["scope"], r["entity"]) for r in got] == [("入园企业", "entity", "灵山工业区")]
    got = read("园区发展势头强劲。青禾经济开发区1至10月实现规上工业产值148.6亿元。", district="青禾市").rows["observations"]
    assert [(r["indicator"], r["scope"], r["entity"]) for r in got] == [("规上工业产值", "entity", "青禾经济开发区")]


def test_one_number_for_each_of_parallel_heads_is_each_ones():
    got = facts("为适龄妇女免费开展宫颈癌、乳腺癌检查各1.2万人。", kind="notice", published="2024-03",
                title="关于印发东湖县2024年民生实事项目的通知")
    assert [(g[0], g[2], g[4]) for g in got] == [("宫颈癌检查", 1.2, "target"), ("乳腺癌检查", 1.2, "target")]


@pytest.mark.parametrize("text, district, label", [
    ("全区新会柑种植面积13.6万亩。", "新会区", "新会柑种植面积"),                # a product named after the county
    ("去年新会柑产量达到12万吨。", "新会区", "新会柑产量"),
    ("南丰蜜桔种植面积稳定在35万亩。", "南丰县", "南丰蜜桔种植面积"),
    ("英德红茶产业综合产值突破110亿元。", "英德市", "英德红茶产业综合产值"),
    ("英德茶园面积已达17.8万亩。", "英德市", "茶园面积"),                        # the county as subject
    ("英德工业总产值300亿元。", "英德市", "工业总产值"),                          # a known indicator
    ("南丰地区生产总值增长5%。", "南丰县", "地区生产总值"),
])
def test_a_product_named_after_the_county_keeps_the_name(text, district, label):
    assert [r["indicator"] for r in read(text, district=district).rows["observations"]] == [label]


def test_a_site_named_after_the_county_is_the_sites():
    got = read("其中，灵山核电站全年发电量231.4亿千瓦时。", kind="bulletin", published="2024-03",
               district="灵山县").rows["observations"]
    assert [(r["value"], r["scope"], r["entity"]) for r in got] == [(231.4, "entity", "灵山核电站")]


def test_an_entity_opening_the_sentence_governs_its_items():
    text = "经开区实现技工贸总收入1200亿元；完成地区生产总值430亿元；规模工业总产值790亿元。"
    got = read(text).rows["observations"]
    assert {(r["scope"], r["entity"]) for r in got} == {("entity", "经开区")}


def test_an_entity_subject_of_a_clause_governs_the_clauses_after_it():
    text = "打造电商直播示范基地，青禾直播基地签约入驻商家超过800家，带动6000余人就业，线上成交额超12亿元。"
    got = {r["value"]: (r["scope"], r["entity"]) for r in read(text).rows["observations"]}
    assert got == {800: ("entity", "青禾直播基地"), 6000: ("entity", "青禾直播基地"), 12: ("entity", "青禾直播基地")}


def test_all_city_is_the_county_level_city_itself():
    row = one("年末全市常住人口为141.4万人。", 141.4, district="福江市", city="南江市")
    assert (row["scope"], row["district"]) == ("district", "福江市")


def test_a_higher_units_quoted_speech_is_that_units():
    text = ("17日，省长代表省人民政府作政府工作报告。\n"
            "“全省地区生产总值增长7.5%；规模以上工业增加值增长8%。”\n"
            "“城镇新增就业70万人。”")
    rows = read(text).rows["observations"]
    assert {r["scope"] for r in rows} == {"province"} and len(rows) == 3


# Not statistics ------------------------------------------------------------------------------

@pytest.mark.parametrize("text, reason", [
    ("会议应到委员183名，实到171名。", "attendance"),
    ("完成年度投资计划的112%。", "completion ratio"),
    ("对1亿元以上项目实行专班推进。", "threshold"),
    ("奖励研发经费50万元。", "award"),
    ("增速比全省高1.2个百分点。", "gap"),
    ("列全省第3位。", "rank"),
    ("全县90%的村集体经济收入突破10万元。", "share of units"),
    ("28个村集体经济收入均达10万元以上。", "count of units"),
    ("按照1个中心、4个站点的模式建设。", "per-unit model"),
    ("每个乡镇至少建1个综合文化站。", "per-unit model"),
    ("支持603所科研中心建设。", "institute code"),
    ("完成年度投资总额的112%。", "completion ratio"),
    ("涉及为民办8件实事的责任单位要按时报送。", "task named"),
    ("为65周岁及以上老年人免费体检。", "age bracket"),
    ("对40周岁以下返乡青年创业给予贴息。", "age bracket"),
    ("90周岁以上每人每月发放高龄津贴100元。", "age bracket and rate paid"),
    ("对玉米秸秆粉碎还田作业，每亩补助30元。", "rate paid"),
    ("城东、城西两个园区各自新增就业不少于800人。", "standard each one must meet"),
    ("全县农村公路200米覆盖率提升。", "distance in a name"),
    ("推动出栏500头以上的规模猪场改造。", "threshold"),
    ("完成年度任务90%以上的乡镇评为先进。", "threshold naming the units"),
    ("亩均税收15万元以上且能耗低于全市平均水平的，评为A类。", "condition"),
    ("亩均税收低于3万元的，评为D类。", "condition"),
    ("全年召开县政府常务会议32次。", "meetings"),
    ("五年共召开政府常务会议96次。", "meetings"),
    ("其中亩均税收指标权重占15%。", "weight"),
    ("对用地5亩以下但营业收入500万元以上的企业开展评价。", "threshold"),
    ("请于10个工作日内提出复核申请。", "deadline"),
    ("D类企业城镇土地使用税按100%征收。", "rule"),
    ("D类企业用电价格每千瓦时加价0.1元。", "rule"),
    ("亩均税收低于1万元的企业原则上列为D类。", "condition"),
    ("亩均税收15万元以上且亩均营业收入500万元以上的企业评为A类。", "condition"),
    ("单个企业最高不超过200万元。", "cap"),
    ("对A类企业给予上浮10%支持。", "rule"),
    ("考核结果占综合绩效考核总分15%。", "weight"),
    ("对年营业收入首次突破5亿元、10亿元、20亿元的企业给予支持。", "threshold naming"),
    ("分别给予20万元、30万元、50万元奖励。", "award"),
    ("按设备投资额8%给予补助。", "rule"),
    ("对进度滞后30%以上的项目挂牌督办。", "threshold naming"),
    ("对连续两个月进度低于60%的项目，由县效能办进行约谈。", "whom a rule"),
    ("重点项目超序时进度6.6个百分点。", "a gap to the schedule"),
    ("每个基地面积不少于200亩。", "a standard each one"),
    ("对企业新招用人员，按每人每月500元给予社会保险补贴。", "an amount a rule pays"),
    ("A类企业数量原则上不超过参评企业总数的15%。", "a share a rule allows"),
    ("对单笔消费满200元的给予满减补贴。", "spending condition"),
    ("全年办理人大代表建议和政协委员提案316件。", "proposals"),
    ("今年46岁的车间主任王建华告诉记者。", "age"),
    ("62岁的种植户王德福一边摘果一边算账：“我家4座棚，今年卖了11万多元。”", "age"),
    ("对年主营业务收入首次超过2000万元、纳入规模以上统计的工业企业给予支持。", "threshold naming"),
    ("综合得分排名前15%的企业评为A类。", "ranking percentile"),
    ("（二）占地面积10亩以上（含）的规模以下工业企业；", "threshold inside"),
    ("各乡镇要确定2名联络员和1名信息员。", "staff"),
    ("项目区亩均财政投入标准不低于3000元/亩。", "standard each"),
    ("大会会期2天。", "meeting's length"),
    ("县委理论学习中心组学习研讨16次，其中专题研讨形式的学习9次。", "meetings held"),
    ("“五一”假期5天。", "length of a holiday"),
    ("县政府研究制定支持民营经济发展22条措施。", "policy's items"),
    ("围绕项目建设、招商引资等8项重点工作，开展攻坚行动。", "policy's items"),
    ("全年编发创建工作简报24期。", "bulletins issued"),
    ("开展村（社区）“两委”换届任职培训班6期。", "meetings held"),
    ("重点面向45周岁以下返乡青年。", "age bracket"),
    ("59岁的养殖大户李国强一边喂牛一边说，今年行情不错。", "age"),
    ("对床位数30张以上、年接待游客2万人次以上的民宿评为五星级。", "condition"),
    ("今年已先后4次召开茶产业发展推进会。", "meetings held"),
    ("对年度技改投入超过500万元的企业，年度技改奖补资金最高150万元。", "cap of a rule"),
    ("对首次认定的高新技术企业，给予最高30万元奖励。", "cap of a rule"),
    ("规划共设置主要指标28项，其中约束性指标9项。", "indicators a plan sets"),
    ("A类企业亩均税收高于全县平均水平3.6万元。", "gap to the average"),
    ("施工单位项目负责人年龄不超过55周岁。", "age in a rule"),
    ("对年主营业务收入2000万元以上、且营业收入增速达到15%以上的工业企业，按增量部分的1%给予奖励。", "size of the units"),
    ("落实联系群众制度，31名县级党员领导干部全部建立联系点。", "leaders counted"),
    ("坚持每周开展2次安全生产巡查。", "frequency"),
    ("在全省县域经济考核中较上年前移6位。", "move in a ranking"),
    ("对排名全县后3名的乡镇进行约谈。", "rank"),
    ("固定资产投资、社会消费品零售总额2项指标增速全市第一。", "count of indicators"),
])
def test_exclusions(text, reason):
    out = read(text)
    assert out.rows["observations"] == []
    spans = prose.excluded_spans(prose.normalise(text))
    assert any(reason.split()[0] in why for _, _, why in spans), spans


def test_what_each_named_unit_reaches_is_flagged_not_read():
    out = read("湖田、石桥等村集体收入突破300万元。")
    assert out.rows["observations"] == []
    assert [f["kind"] for f in out.rows["flags"]] == ["named_units_each"]


def test_a_count_of_units_that_did_something_is_flagged_not_read():
    out = read("完成6个乡镇和80个村的医保专网建设。到2025年，至少有1个街道基本建成示范片区。")
    assert out.rows["observations"] == []
    assert [f["kind"] for f in out.rows["flags"] if f["kind"] == "count_of_units"] == ["count_of_units"] * 3


def test_a_base_that_exists_now_is_not_a_period():
    row = one("到2025年，全县畜禽规模养殖比重在现有基础上再提高5个百分点。", 5, kind="plan", published="2021-03")
    assert (row["measure"], row["status"], row["period"], row["year"]) == ("change", "target", "2025", 2025)


def test_each_item_of_a_dash_list_takes_the_lists_span():
    text = ("“十三五”时期，是全县发展极不平凡的五年。\n"
            "——经济实力稳步提升。2020年全县生产总值120亿元。\n"
            "——城乡面貌显著改善。完成18个棚改项目，新增登记注册企业900户，年末常住人口30万人。\n"
            "——乡村振兴。10个样板村、200个新农村点建设任务全面完成。")
    got = {g[2]: (g[0], g[5]) for g in facts(text, kind="plan", published="2021-03")}
    assert got == {120: ("生产总值", "2020"), 18: ("棚改项目", "2016/2020"),
                   900: ("新增登记注册企业", "2016/2020"), 30: ("常住人口", "2020"),
                   10: ("样板村", "2016/2020"), 200: ("新农村点建设任务", "2016/2020")}


def test_a_word_broken_across_a_blank_line_is_joined():
    text = "全县城镇新增就业3019人，开展招聘会14场；对80户特殊困\n\n难老年家庭进行了适老化改造。"
    row = one(text, 80)
    assert (row["indicator"], row["line"]) == ("特殊困难老年家庭(适老化改造)", 1)


def test_levels_of_units_share_one_measure():
    text = "区、乡镇(街道)、村(社区)三级综治中心一类比率达到90%、80%、60%。"
    assert [g[0] for g in facts(text)] == ["区级综治中心一类比率", "乡镇(街道)级综治中心一类比率",
                                           "村(社区)级综治中心一类比率"]        # each value is its own tier's
    text = "县、乡镇、村三级便民服务中心标准化率分别达到100%、95%、85%。"
    assert [g[0] for g in facts(text)] == ["县级便民服务中心标准化率", "乡镇级便民服务中心标准化率",
                                           "村级便民服务中心标准化率"]


def test_counts_of_households_and_persons_run_together_are_flagged():
    out = read("全县建档立卡贫困户8122946人全部脱贫。全县户籍人口2350000人。")
    assert [r["value"] for r in out.rows["observations"]] == [8122946, 2350000]      # kept for the audit
    flags = [f for f in out.rows["flags"] if f["kind"] == "glued_counts"]
    assert len(flags) == 1 and "812户2946人" in flags[0]["detail"] and flags[0]["line"] == 1


def test_a_notice_early_in_the_year_states_that_years_figures_as_goals():
    text = "2023年，全市规模以上工业增加值增长8.2%。2024年，全市规模以上工业增加值增长9%以上，工业投资增长15%左右。"
    got = [(g[2], g[4]) for g in facts(text, kind="notice", published="2024-03-12")]
    assert got == [(8.2, "actual"), (9, "target"), (15, "target")]


def test_the_start_of_a_from_to_under_yuji_is_known():
    text = "预计2021年全县地区生产总值达到1635亿元；一般公共预算收入由2016年的86.2亿元增加到127.5亿元。"
    got = {g[2]: (g[4], g[6]) for g in facts(text, kind="work_report", published="2021-12-20")}
    assert got[86.2] == ("actual", 2016) and got[127.5] == ("expected", 2021) and got[1635] == ("expected", 2021)


def test_a_growth_said_in_times_is_a_growth_not_a_multiple():
    got = [(g[0], g[1], g[2], g[3], g[5]) for g in facts("全县旅游总收入12亿元，增长1.3倍。")]
    assert got == [("旅游总收入", "level", 12, "亿元", "2021"), ("旅游总收入", "growth", 1.3, "倍", "2021")]
    assert facts("出口额是2015年的2倍。")[0][1] == "multiple"


def test_a_paragraph_on_building_one_zone_gives_it_the_figures_of_its_subjectless_sentences():
    text = ("在发展中，东湖县举全县之力推进青湖生态科技城建设，顺利完成阶段目标。近年来，累计投入超150亿元，"
            "启动80余个基础设施项目建设，建成人才公寓1169套。全县地区生产总值增长8%。")
    got = {r["value"]: (r["scope"], r["entity"]) for r in read(text).rows["observations"]}
    assert got == {150: ("entity", "青湖生态科技城"), 80: ("entity", "青湖生态科技城"),
                   1169: ("entity", "青湖生态科技城"), 8: ("district", "")}


def test_a_multiple_of_the_same_period_last_year_is_no_period_of_its_own():
    text = "汽车及零部件出口12.6亿元，增长46.8%，是去年同期的近1.5倍。"
    got = {g[2]: (g[1], g[5]) for g in facts(text, title="东湖县上半年外贸稳中提质", published="2022-07-20")}
    assert got == {12.6: ("level", "2022-01/2022-06"), 46.8: ("growth", "2022-01/2022-06"),
                   1.5: ("multiple", "2022-01/2022-06")}
    text = "上半年，全县接待入境游客8.3万人次，是去年同期的2.6倍。"             # the period said, not the title's
    got = {g[2]: (g[1], g[5]) for g in facts(text, title="东湖县文旅市场持续火热", published="2024-07-16")}
    assert got == {8.3: ("level", "2024-01/2024-06"), 2.6: ("multiple", "2024-01/2024-06")}


def test_a_first_person_quote_is_the_speakers_not_the_countys():
    out = read("62岁的种植户王德福一边摘果一边算账：“我家4座棚，今年卖了11万多元。”")
    assert out.rows["observations"] == []
    spans = prose.excluded_spans(prose.normalise("“我家4座棚，今年卖了11万多元。”"))
    assert any("speaker" in why for _, _, why in spans)


def test_a_firms_speaker_sentence_is_the_firms():
    text = ("走进位于东湖街道的竹韵家居有限公司智能车间，机械臂上下翻飞。\n"
            "公司董事长沈立群回忆，如今员工已达420人，去年销售额3.6亿元。全县椅业产值216.5亿元。")
    got = {r["value"]: (r["scope"], r["entity"]) for r in read(text).rows["observations"]}
    assert got == {420: ("entity", "竹韵家居有限公司"), 3.6: ("entity", "竹韵家居有限公司"), 216.5: ("district", "")}


def test_since_the_plan_began_runs_to_the_last_complete_year():
    row = one("“十四五”以来，全县地区生产总值年均增长7.4%。", 7.4, kind="work_report", published="2025-01-15")
    assert (row["period"], row["year"], row["status"]) == ("2021/2024", 2024, "actual")


def test_a_feature_early_in_the_year_on_that_years_figures_with_a_bound_states_goals():
    text = "报告提出，2024年全县地区生产总值增长7%左右，固定资产投资增长12%以上。2023年全县地区生产总值增长6%。"
    got = [(g[2], g[4]) for g in facts(text, published="2024-01-15")]
    assert got == [(7, "target"), (12, "target"), (6, "actual")]


def test_a_prefectures_short_name_is_the_city():
    row = one("同期青山州地区生产总值年均增长7.3%。", 7.3, city="青山彝族自治州")
    assert (row["scope"], row["district"]) == ("city", "青山彝族自治州")


def test_an_approximate_figure_of_the_year_in_a_feature_is_not_a_goal():
    row = one("今年春节假期，全县酒店平均房价约2860元/间夜。", 2860, published="2024-02-20")
    assert row["status"] == "actual"


def test_a_unit_per_room_night():
    assert facts("平均房价约2860元/间夜。")[0][2:4] == (2860, "元/间夜")


def test_a_minus_sign_right_after_a_rates_label_is_kept():
    got = [(g[0], g[2]) for g in facts("全年人口出生率5.84‰，人口死亡率8.12‰，人口自然增长率-2.28‰。")]
    assert got == [("人口出生率", 5.84), ("人口死亡率", 8.12), ("人口自然增长率", -2.28)]


def test_numbers_read_as_not_statistics_of_the_unit_are_flagged():
    out = read("按照1个中心、4个站点的模式建设。支持603所科研中心建设。涉及为民办8件实事的责任单位要按时报送。"
               "按照省里的要求推进。")
    assert out.rows["observations"] == []
    assert sorted(f["kind"] for f in out.rows["flags"]) == ["institute_code", "per_unit_model", "reference"]


def test_completion_ratio_is_flagged():
    out = read("全年完成投资58亿元，为年度投资计划的104%。")
    assert [f["kind"] for f in out.rows["flags"] if f["kind"] == "completion_ratio"] == ["completion_ratio"]


# Text as delivered -----------------------------------------------------------------------------

def test_wrapped_lines_are_joined_and_cited_at_their_own_line():
    text = "全年实现地区生产总值46.57亿\n元，同比增长7.9%，其中第三产业增加值\n21.3亿元。\n- 2 -"
    out = read(text, kind="bulletin", published="2024", title="2023年统计公报")
    rows = {r["value"]: r for r in out.rows["observations"]}
    assert rows[46.57]["unit"] == "亿元" and rows[46.57]["line"] == 1
    assert rows[21.3]["line"] == 3 and rows[21.3]["indicator"] == "第三产业增加值"
    assert {f["kind"] for f in out.rows["flags"]} >= {"wrapped_line_joined", "page_number_skipped"}


def test_a_word_broken_at_a_pages_end_is_joined_across_the_page_number():
    text = ("全县粮食总产量达到63.8万吨，新建高标准农田8.6万亩，新增市场主体1.26万户。民生支\n"
            "- 2 -\n"
            "\n"
            "出占一般公共预算支出的比重达到81.5%。城镇新增就业7235人，办理人大代表建议186件。\n"
            "\n"
            "二、今年的主要目标")
    out = read(text, kind="work_report", published="2024-02", title="政府工作报告")
    row = next(r for r in out.rows["observations"] if r["value"] == 81.5)
    assert (row["indicator"], row["line"]) == ("民生支出占一般公共预算支出的比重", 4)


def test_the_sentence_keeps_the_original_text():
    row = one("財政總收入完成12.6億元。", 12.6)
    assert row["indicator"] == "财政总收入" and row["sentence"] == "財政總收入完成12.6億元。"


def test_ratio_colons_of_every_width():
    out = read("2021年三次产业结构为13.6﹕42.1﹕44.3。")
    assert [(s["primary"], s["secondary"], s["tertiary"]) for s in out.rows["structure"]] == [(13.6, 42.1, 44.3)]


def test_every_rule_table_row_has_a_meaning():
    for table in (rules.COMPARISON_BASES, rules.TARGET_WORDS, rules.EXPECTED_WORDS, rules.CARRY_WORDS,
                  rules.METHOD_PHRASES, rules.MULTIPLE_WORDS):
        assert all(row[-1] for row in table)
    assert all(p.meaning for p in rules.PERIOD_PHRASES)
    assert all(e.reason for e in rules.EXCLUSIONS)


def test_the_total_investment_of_counted_projects_is_all_of_theirs_not_one_projects():
    row = one("确定2025年为民办实事项目12项，计划总投资11.6亿元。", 11.6, kind="notice", published="2025-02")
    assert (row["indicator"], row["scope"], row["entity"]) == ("为民办实事项目计划总投资", "district", "")
    row = one("开工建设城东污水处理厂项目，总投资3.2亿元。", 3.2, kind="notice", published="2025-02")
    assert row["scope"] == "entity"                      # one project's: not the district's
    row = one("确定2024年县级惠民实事事项8项，计划总投资2.9亿元。", 2.9, kind="notice", published="2024-03")
    assert (row["indicator"], row["scope"]) == ("惠民实事事项计划总投资", "district")      # 事项 counted too


PROGRESS_TITLE = "某县人民政府办公室关于2024年县政府民生实事项目1—9月推进情况的通报"


@pytest.mark.parametrize("text, value, indicator, status, scope", [
    # the title names the programme: a total that names no project of its own is the programme's
    ("全年计划投资4.12亿元，1—9月累计完成投资3.05亿元。", 4.12, "民生实事项目计划投资", "target", "district"),
    # the months so far are done, whatever plan the clause before it stated
    ("全年计划投资4.12亿元，1—9月累计完成投资3.05亿元。", 3.05, "民生实事项目完成投资", "actual", "district"),
    # a building's total is the building's, even in such a notice
    ("新建综合教学楼1栋，总投资5200万元。", 5200, "新建综合教学楼总投资", "actual", "entity"),
    ("完成县第二中学宿舍楼改造，项目总投资1800万元。", 1800, "总投资", "actual", "entity"),
    # a count of the year's promised items said with a planning verb is the plan: a target
    ("2024年确定实施10大类32项民生实事项目。", 32, "民生实事项目", "target", "district"),
    ("扎实推进2024年县政府25件民生实事项目。", 25, "民生实事项目", "target", "district"),
    # the promised items done are not the promise
    ("截至9月底，25件民生实事中已完成16件。", 16, "已完成民生实事", "actual", "district"),
    ("截至9月底，32项民生实事已完成20项。", 20, "民生实事已完成", "actual", "district"),
])
def test_a_programme_notice_reads_its_plan_and_progress(text, value, indicator, status, scope):
    row = one(text, value, kind="notice", published="2024-10-20", title=PROGRESS_TITLE)
    assert (row["indicator"], row["status"], row["scope"]) == (indicator, status, scope)


def test_a_total_after_new_ones_counts_the_things_not_the_deed():
    rows = read("2024年新培育规上工业企业26家，总数达到215家。").rows["observations"]
    assert [(r["indicator"], r["value"]) for r in rows] == [("新培育规上工业企业", 26), ("规上工业企业", 215)]


@pytest.mark.parametrize("text, expected", [
    # a firm's person after the quote: the quote's figures are the firm's (the firm named before it)
    ("在青禾某竹业有限公司车间里，竹材变成了地板。“我们今年新上两条生产线，1至10月产值达到3.2亿元。”公司总经理介绍说。"
     "全县竹产业产值120亿元。", {3.2: ("entity", "青禾某竹业有限公司"), 120: ("district", "")}),
    # a zone's person after the quote, and the sentence their 介绍 opens
    ("“前三季度新签约项目31个，协议总投资286亿元。”青禾经济技术开发区管委会负责人介绍，开发区规模以上工业企业营业收入突破300亿元。",
     {31: ("entity", "青禾经济技术开发区"), 286: ("entity", "青禾经济技术开发区"), 300: ("entity", "青禾经济技术开发区")}),
    # a firm's person before the quote; a named firm's person opening a sentence
    ("青禾茶业有限公司董事长介绍：“今年公司销售额增长35%。”", {35: ("entity", "青禾茶业有限公司")}),
    ("南江某茶业公司相关负责人介绍，公司前三季度销售额同比增长35%。", {35: ("entity", "南江某茶业公司")}),
    # an official of the county: the county's
    ("“全县今年新增就业3000人。”县人社局局长介绍说。", {3000: ("district", "")}),
    ("“上半年全县香菇出口额达到5.8亿美元。”县商务局负责人介绍。", {5.8: ("district", "")}),
    # a firm's person before a quote that opens mid-sentence, the firm named before
    ("在青禾铝材有限公司的车间，总经理李建华指着托盘说：“我们1至7月生产铝型材5.6万吨。”全县铝产业产值120亿元。",
     {5.6: ("entity", "青禾铝材有限公司"), 120: ("district", "")}),
    ("在青禾菇业食品有限公司，生产线满负荷运转。“我们今年上半年营业收入达到5.7亿元。”公司一位负责人说。",
     {5.7: ("entity", "青禾菇业食品有限公司")}),
    # villagers: what they did, what they say, and their village's figures
    ("南坑村村民刘大姐家里种了3万袋香菇，“一袋香菇纯收入在3元上下。”", {3: ("entity", "南坑村村民刘大姐")}),
    ("布尧村党支部书记罗文说，村集体经济收入去年达到32万元。", {32: ("entity", "布尧村")}),
    ("全村人均纯收入达到2.6万元。", {2.6: ("entity", "村")}),
])
def test_what_a_firms_or_zones_speaker_says_is_theirs(text, expected):
    rows = read(text, kind="feature", published="2025-11-20").rows["observations"]
    assert {r["value"]: (r["scope"], r["entity"]) for r in rows} == expected


@pytest.mark.parametrize("text, value, indicator, scope", [
    ("全县在校学生5.6万人。", 5.6, "在校学生", "district"),                 # 在 opens the word, not a lead
    ("有色金属产业集群产值突破200亿元。", 200, "有色金属产业集群产值", "district"),     # 有 opens the word
    ("全县有机农业面积8.6万亩。", 8.6, "有机农业面积", "district"),
    ("全县在岗职工平均工资9.1万元。", 9.1, "在岗职工平均工资", "district"),
    ("规模以上竹木企业126家，从业人员2.3万余人。", 2.3, "从业人员", "district"),   # 从 is no base here
    ("全县在建5000万元以上项目64个。", 64, "在建5000万元以上项目", "district"),
    ("全县已有省级专精特新企业23家。", 23, "省级专精特新企业", "district"),
    ("城乡居民人均可支配收入比缩小至1.72。", 1.72, "城乡居民人均可支配收入比", "district"),
    ("全县毛竹产量约占全省的15%。", 15, "毛竹产量占全省的比重", "district"),     # the county's share of the whole
    ("竹制品出口额占全县出口总额的60%以上。", 60, "竹制品出口额占全县出口总额的比重", "district"),
    ("在全省率先建成县域冷链物流中心2个。", 2, "冷链物流中心", "district"),  # a first, not the province's
    ("全县亿元及以上项目投资增长12.6%。", 12.6, "亿元及以上项目投资", "district"),  # a class of projects
    ("培育产值超5亿元竹木企业3家。", 3, "产值超5亿元竹木企业", "district"),        # the threshold names the firms
    ("全县毛竹种植面积45万亩，产业综合产值突破60亿元。", 60, "毛竹产业综合产值", "district"),
    ("全县香菇总产量12.3万吨，全产业链产值突破40亿元。", 40, "香菇全产业链产值", "district"),
    ("城南工业城全年完成工业产值56.2亿元。", 56.2, "工业产值", "entity"),          # a park's own figure
])
def test_labels_and_scopes_of_this_sessions_classes(text, value, indicator, scope):
    row = one(text, value, published="2024-12")
    assert (row["indicator"], row["scope"]) == (indicator, scope)


def test_a_share_said_to_be_about_is_approximate():
    row = one("全县毛竹产量约占全省的15%。", 15, published="2024-12")
    assert row["qualifier"] == "approx"
    assert [r["value"] for r in read("培育产值超5亿元竹木企业3家。").rows["observations"]] == [3]


def test_a_task_notice_states_things_as_they_stand_as_done():
    text = "2023年，全县竹产业产值达到210亿元；现有竹木企业860多家，其中规模以上竹木企业126家。"
    got = [(g[2], g[4], g[6]) for g in facts(text, kind="notice", published="2024-04-18",
                                             title="某县人民政府关于印发某县促进竹产业高质量发展若干措施的通知")]
    assert got == [(210, "actual", 2023), (860, "actual", 2024), (126, "actual", 2024)]


def test_a_plans_amount_brought_about_by_its_end_year_is_of_its_five_years():
    title = "东湖县国民经济和社会发展第十四个五年规划纲要"
    text = "到2025年，引进硕士以上人才300人以上，新建5G基站800个，地区生产总值达到420亿元，农村自来水普及率达到95%。"
    got = [(g[0], g[5]) for g in facts(text, kind="plan", published="2021-03", title=title)]
    assert got == [("引进硕士以上人才", "2021/2025"), ("新建5G基站", "2021/2025"), ("地区生产总值", "2025"),
                   ("农村自来水普及率", "2025")]
    row = one("力争乡镇综治中心规范化建设达标率100%。", 100, kind="plan", published="2021-03", title=title)
    assert row["period"] == "2025"               # a rate is as of the plan's end, 建设 or not


def test_a_features_calendar_dated_full_year_holds_for_its_own_item_only():
    text = "全年实施老旧小区改造户数5200户；组建志愿服务队伍60支。"
    got = [(g[2], g[5], g[6]) for g in facts(text, kind="feature", published="2022")]
    assert got == [(5200, "2021", 2021), (60, "", 2022)]


def test_now_is_the_year_the_document_reports_on():
    text = "新增A级景区3家，目前全县共有A级景区21家。"
    got = [(g[2], g[4], g[5]) for g in facts(text, kind="work_report", published="2024-01-20")]
    assert got == [(3, "actual", "2023"), (21, "actual", "2023")]      # a report of January on 2023: not a target


def test_a_count_verb_holds_across_a_list_of_counts():
    got = [g[0] for g in facts("新增规上工业企业23家、高新技术企业15家、专精特新中小企业8家。",
                               kind="work_report", published="2024-01-20")]
    assert got == ["新增规上工业企业", "新增高新技术企业", "新增专精特新中小企业"]


@pytest.mark.parametrize("text, value, indicator, unit", [
    ("全年PM2.5平均浓度为26微克/立方米。", 26, "PM2.5平均浓度", "微克/立方米"),
    ("全县耕地质量等级提高0.5个等级。", 0.5, "耕地质量等级", "等级"),        # 等级 is no 等 (etc.)
])
def test_units_of_the_environment_and_of_grades(text, value, indicator, unit):
    row = one(text, value, kind="bulletin", published="2024-03", title="某县2023年统计公报")
    assert (row["indicator"], row["unit"]) == (indicator, unit)


def test_now_dates_its_own_item_not_the_paragraphs_later_ones():
    text = "目前，全区已建成示范片区2个。围绕遗址保护，完成棚户区改造650户。"
    got = [(g[2], g[5]) for g in facts(text, kind="feature", published="2022-11")]
    assert got == [(2, "2022"), (650, "")]


def test_a_second_count_after_a_counted_noun_is_no_deed_of_it():
    got = [g[0] for g in facts("在完成18个重点民生项目62项具体任务的基础上，开展专项行动。")]
    assert got[0] == "重点民生项目"


def test_a_sum_under_a_paragraphs_span_is_over_the_span():
    text = ("“十三五”时期，全县地区生产总值由2015年的165.2亿元增加到2020年的238.6亿元。累计完成固定资产投资1050亿元。"
            "粮食总产量连续五年稳定在40万吨以上。")
    got = [(g[2], g[5]) for g in facts(text, kind="work_report", published="2021-02-20")]
    assert got == [(165.2, "2015"), (238.6, "2020"), (1050, "2016/2020"), (40, "2020")]   # 连续五年 is no sum


def test_a_period_in_a_later_clause_does_not_date_an_earlier_one():
    got = [(g[0], g[5], g[6]) for g in facts("据介绍，全县茶园面积达12.6万亩，2022年茶叶产量1.8万吨。", published="2023-09")]
    assert got == [("茶园面积", "", 2023), ("茶叶产量", "2022", 2022)]
    got = [(g[0], g[5]) for g in facts("全县接待游客120万人次（2022年）。", published="2023-09")]
    assert got == [("接待游客", "2022")]                     # the same clause's period is its own


def test_a_bare_zone_word_takes_up_the_zone_named_last():
    text = "走进望江经济开发区，机器轰鸣。园区现有规上企业126家，去年实现工业产值120亿元。"
    got = [(g[0], g[2], g[7]) for g in facts(text, published="2024-05")]
    rows = read(text, published="2024-05").rows["observations"]
    assert {r["entity"] for r in rows} == {"望江经济开发区"}
    assert [g[0] for g in got] == ["规上企业", "工业产值"]
    rows = read("全县共有省级以上园区3个，园区规上工业增加值增长9%。", published="2024-05").rows["observations"]
    assert rows[0]["scope"] == "district"                 # a count of parks names no one zone
    rows = read("走进望江经济开发区，机器轰鸣。园区建成内外路网总长52公里，园区内道路全部硬化。",
                published="2024-05").rows["observations"]
    assert (rows[0]["entity"], rows[0]["value"]) == ("望江经济开发区", 52)


def test_a_part_after_qizhong_takes_the_rate_before_it():
    text = "1-10月，全县规模以上工业增加值同比增长7.8%。其中，10月当月增长9.2%。"
    got = [(g[0], g[1], g[2], g[5]) for g in facts(text, published="2023-11-20")]
    assert got == [("规模以上工业增加值", "growth", 7.8, "2023-01/2023-10"),
                   ("规模以上工业增加值", "growth", 9.2, "2023-10")]


@pytest.mark.parametrize("text, value, indicator, measure", [
    ("预计全年地区生产总值增速有望达到5.5%。", 5.5, "地区生产总值", "growth"),          # 有望 is no part of it
    ("2020年，全县地区生产总值达到265.3亿元，受疫情影响比上年下降5.8%。", -5.8, "地区生产总值", "growth"),  # why
    ("草莓种植面积2.1万亩，鲜果产量3.6万吨，全产业链产值超过10亿元。", 10, "草莓全产业链产值", "level"),  # the area's
    ("全县常住人口10年净增3.2万人。", 3.2, "常住人口", "change"),        # the span is the period, not the label
    ("春茶均价每斤较去年同期上涨约8%。", 8, "春茶均价", "growth"),               # a per-斤 trail
    ("全县建档立卡12680人脱贫攻坚任务圆满收官。", 12680, "建档立卡贫困人口", "level"),   # the people, said short
])
def test_labels_without_modal_or_cause_words(text, value, indicator, measure):
    row = one(text, value, kind="work_report", published="2021-02")
    assert (row["indicator"], row["measure"]) == (indicator, measure)


def test_a_full_year_in_a_section_of_the_coming_years_work_carries_that_year():
    text = ("二、2024年工作安排\n"
            "重点抓好以下工作：一是狠抓项目建设，全年实施亿元以上项目80个以上；二是壮大特色产业，力争茶叶综合产值达到30亿元。")
    got = [(g[2], g[4], g[5]) for g in facts(text, kind="work_report", published="2024-01-12")]
    assert got == [(80, "target", "2024"), (30, "target", "2024")]


@pytest.mark.parametrize("text, value, indicator, scope", [
    ("全县共有486家工业企业参与评价，其中规上企业327家。", 486, "参与评价工业企业", "district"),   # a role said as a phrase
    ("全县共有486家工业企业参与评价，其中规上企业327家。", 327, "参与评价规上工业企业", "district"),
    ("全县分别有39家规模以上工业企业、36家规模以下工业企业参与综合评价。", 39, "参与综合评价的规模以上工业企业",
     "district"),                                                           # the list's role is each one's
    ("服务业增加值增长8.1%。", 8.1, "服务业增加值", "district"),                  # 服务 is no verb before 业
    ("城乡收入比由上年的2.31缩小到2.26。", 2.26, "城乡收入比", "district"),          # the end of a from-to
    ("扶持成功自主创业1500人。", 1500, "扶持成功自主创业", "district"),             # support kept before an outcome
    ("500万元以上固定资产投资增长6.3%。", 6.3, "500万元以上固定资产投资", "district"),  # a threshold in a name
    ("小麦单产每亩1080斤。", 1080, "小麦单产", "district"),
    ("青山镇竹木产业实现开票销售46亿元。", 46, "竹木产业开票销售", "entity"),          # a township's sum
    ("县实验小学新校区总投资1.6亿元。", 1.6, "总投资", "entity"),                   # one campus's
    ("全市地区生产总值增长4.9%，全县增长6.1%。", 6.1, "地区生产总值", "district"),    # the clause names the county
    ("全县计划实施民生实事项目10大类30项，计划总投资12.4亿元。", 12.4, "民生实事项目计划总投资", "district"),
    ("今年以来，联合省科技城，引进投资30亿元的光伏组件产业园。", 30, "总投资", "entity"),   # a partner, no works
])
def test_labels_and_scopes_of_blind22s_classes(text, value, indicator, scope):
    row = one(text, value, published="2024-03")
    assert (row["indicator"], row["scope"]) == (indicator, scope)


@pytest.mark.parametrize("text, value, entity", [
    ("城乡党建深入推进，“春晖党建工作室”为全县培养基层党建骨干35名。", 35, "春晖党建工作室"),
    ("县职业技术学校为全县培训技术工人1200名。", 1200, "县职业技术学校"),
    ("全县培训技术工人1200名。", 1200, ""),                                    # no one serves: the county's own
])
def test_an_organisation_serving_the_whole_county_is_the_subject_of_its_figure(text, value, entity):
    row = one(text, value, published="2024-03")
    assert (row["scope"], row["entity"]) == ("entity" if entity else "district", entity)


BLIND24_CLASSES = [  # (text, value, indicator, entity)
    ("城关镇依托古城景区，1-9月接待游客52.3万人次。", 52.3, "接待游客", "城关镇"),     # a township named 城…
    ("被誉为“江南菜篮子”的东溪农产品批发市场，去年交易量达48万吨。", 48, "交易量", "东溪农产品批发市场"),
    ("全县农贸市场，去年交易额达6亿元。", 6, "交易额", ""),                       # a class of markets: the county's
    ("新建和改造农村公路62.4公里。", 62.4, "新建和改造农村公路", ""),              # both deeds are kept
    ("以脐橙为主的特色水果种植面积达到8.6万亩，预计全年产值可突破20亿元。", 8.6, "特色水果种植面积", ""),
    ("以脐橙为主的特色水果种植面积达到8.6万亩，预计全年产值可突破20亿元。", 20, "特色水果产值", ""),
    ("全县已培育茶叶龙头企业9家。", 9, "茶叶龙头企业", ""),                        # the deed done is no kind
    ("全县已开工项目12个。", 12, "已开工项目", ""),                               # how far they have come: kept
    ("农民人均从茶产业中获得收入约5100元。", 5100, "农民人均茶产业收入", ""),         # the source names the income
]


@pytest.mark.parametrize("text, value, indicator, status, period", [
    ("化工、机械、电子三大主导产业分别实现产值300亿元、120亿元、80亿元。", 120, "机械产业产值", "actual", "2023"),
    ("一般公共预算收入25.3亿元，按自然口径计算增长3.1%。", 3.1, "一般公共预算收入", "actual", "2023"),
    ("新登记市场主体1.2万户，累计达8.6万户。", 8.6, "市场主体", "actual", "2023"),       # the total has no 新登记
    ("年初计划新建改造农村公路120公里，截至10月底已完工108.6公里。", 120, "新建改造农村公路", "target", "2023"),
    ("年初计划新建改造农村公路120公里，截至10月底已完工108.6公里。", 108.6, "新建改造农村公路", "actual", "2023-10"),
    ("全年计划改造老旧小区12个，已全部完工，惠及居民3260户。", 12, "改造老旧小区", "actual", "2023"),  # all done
    ("全年计划改造老旧小区12个，已全部完工，惠及居民3260户。", 3260, "老旧小区改造惠及居民", "actual", "2023"),
    ("计划改造老旧小区12个，已完工8个。", 12, "改造老旧小区", "target", "2023"),             # not all: still a plan
    ("上半年全县接待游客120万人次。“五一”假期全县接待游客12.4万人次。", 12.4, "接待游客", "actual", ""),  # some days
])
def test_labels_statuses_and_periods_of_blind25s_classes(text, value, indicator, status, period):
    row = one(text, value, kind="notice", published="2023-11-20", title="关于2023年民生实事推进情况的通报")
    assert (row["indicator"], row["status"], row["period"]) == (indicator, status, period)


def test_a_year_before_a_holiday_goes_on_and_the_holiday_does_not():
    text = "今年春节假期，全县接待游客38.6万人次，同比增长42.3%。假期全县酒店平均入住率达到91.6%。"
    got = {g[2]: (g[5], g[6]) for g in facts(text, kind="feature", published="2024-02-19",
                                              title="东湖县2023年旅游收入增长超三成")}
    assert got == {38.6: ("", 2024), 42.3: ("", 2024), 91.6: ("2024", 2024)}


BLIND26_CLASSES = [  # (text, value, indicator, entity)
    ("前三季度航天城完成固定资产投资58.3亿元，新增注册企业412家。", 58.3, "固定资产投资", "航天城"),   # no time word
    ("东山台湾农民创业园新引进台资农业企业11家。", 11, "新引进台资农业企业", "东山台湾农民创业园"),
    ("青石镇高原夏菜基地建成温室大棚320栋。", 320, "建成温室大棚", "青石镇高原夏菜基地"),
    ("固定资产投资有望完成年初确定的增长10%的目标。", 10, "固定资产投资", ""),            # the target's origin
    ("为全区65岁以上老年人开展健康体检4.1万人次。", 4.1, "老年人健康体检", ""),            # the group's service
    ("全县确定民生实事项目10类32项，计划总投资6.82亿元。", 6.82, "民生实事项目计划总投资", ""),
    ("全县纺织服装产业实现营业收入612.4亿元；产业从业人员达10.2万人。", 10.2, "纺织服装产业从业人员", ""),
]


def test_a_product_named_after_the_county_keeps_the_name_in_its_livestock_count():
    row = one("畜牧业方面，文昌鸡出栏1260万只，增长6.8%。", 1260, district="文昌市", published="2024-10-28")
    assert row["indicator"] == "文昌鸡出栏"


def test_a_heading_of_both_review_and_targets_leaves_the_review_actual():
    text = ("一、2023年工作回顾和2024年主要目标\n"
            "（一）农业基础更加稳固。粮食总产量达到38.2亿斤，小龙虾产量28.6万吨。")
    got = {g[2]: (g[4], g[6]) for g in facts(text, kind="work_report", published="2024-01-18")}
    assert got == {38.2: ("actual", 2023), 28.6: ("actual", 2023)}


def test_how_a_count_is_grouped_is_not_read():
    out = read("全区确定民生实事项目10类32项。", kind="notice", published="2024-11-08")
    assert [(r["indicator"], r["value"]) for r in out.rows["observations"]] == [("民生实事项目", 32)]


def test_a_completion_ratio_of_the_planned_investment_is_not_read():
    out = read("累计完成投资5.37亿元，占计划总投资的78.7%。", kind="notice", published="2024-11-08")
    assert [r["value"] for r in out.rows["observations"]] == [5.37]
    assert "completion_ratio" in [f["kind"] for f in out.rows["flags"]]


BLIND27_CLASSES = [  # (text, value, indicator, entity)
    ("石塘管理区规模以上工业增加值增长11.5%。", 11.5, "规模以上工业增加值", "石塘管理区"),
    ("青山风景名胜区接待游客420万人次。", 420, "接待游客", "青山风景名胜区"),
    ("目前全区共有农牧民专业合作社286家，今年以来新增31家。", 31, "新增农牧民专业合作社", ""),
    ("比如县内一家氟化工企业，上半年产值就达到6.8亿元。", 6.8, "产值", "县内一家氟化工企业"),
    ("负责人次仁正忙着添草料。“合作社今年出栏牦牛860头。”他说。", 860, "出栏牦牛", "合作社"),
    ("青山航天城管理局相关负责人告诉记者，前三季度航天城新增注册企业412家。", 412, "新增注册企业", "青山航天城"),
]


def test_a_floor_held_for_years_is_not_the_years_level():
    text = "全年粮食总产量达到80.26万吨，连续8年稳定在75万吨以上。"
    assert [r["value"] for r in read(text, kind="bulletin", published="2023-04").rows["observations"]] == [80.26]
    row = one("粮食总产量连续五年稳定在40万吨。", 40, kind="bulletin", published="2023-04")   # a level
    assert row["indicator"] == "粮食总产量"


def test_a_target_section_does_not_make_a_past_span_a_target():
    text = ("二、2024年工作安排\n“十四五”以来，全县地区生产总值年均增长6.7%。"
            "今年全县经济社会发展的主要预期目标是：地区生产总值增长6%左右。")
    got = {g[2]: (g[4], g[5]) for g in facts(text, kind="work_report", published="2024-01-09")}
    assert got == {6.7: ("actual", "2021/2023"), 6: ("target", "2024")}


def test_a_past_multiple_in_a_task_notice_is_actual():
    text = "2024年，全县花木电商销售额达到23.6亿元，是2020年的2.4倍。"
    got = {g[2]: g[4] for g in facts(text, kind="notice", published="2025-03-12",
                                      title="关于印发东湖县2025年花木产业高质量发展工作方案的通知")}
    assert got == {23.6: "actual", 2.4: "actual"}


def test_a_ratio_changes_without_a_unit():
    text = "城乡居民收入比为2.10，比上年缩小0.04。居民消费价格指数为102.1，比上年提高0.3。"
    got = [(g[0], g[1], g[2], g[3]) for g in facts(text, kind="bulletin", published="2024-04")]
    assert got == [("城乡居民收入比", "level", 2.1, ""), ("城乡居民收入比", "change", -0.04, ""),
                   ("居民消费价格指数", "level", 102.1, ""), ("居民消费价格指数", "change", 0.3, "")]
    row = one("城乡居民收入比由上年的1.77缩小为1.73。", 1.73, kind="bulletin", published="2024-04")
    assert (row["measure"], row["value"]) == ("level", 1.73)             # narrowed *to*: the level


BLIND28_29_CLASSES = [  # (text, value, indicator, entity)
    ("受大型项目建成投产、上年基数较高等因素影响，1—9月全县固定资产投资同比下降11.4%。", -11.4, "固定资产投资", ""),
    ("东部新区实现规上工业产值630亿元，增长11.4%。", 630, "规上工业产值", "东部新区"),
    ("一季度，全县规模以上白酒企业完成白酒产量1.42万千升。", 1.42, "白酒产量", ""),      # the product says it
    ("规模以上工业企业完成工业总产值120亿元。", 120, "规模以上工业企业工业总产值", ""),     # a declared group stays
    ("全县完成地区生产总值328.5亿元，总量是2019年的1.31倍。", 1.31, "地区生产总值", ""),
    ("县人民医院新增床位150张。", 150, "新增床位", "县人民医院"),                    # one hospital's
    ("全县47家规上工业企业中有39家实现增长，增长面达83%。", 39, "实现增长的规上工业企业", ""),  # the part, by its deed
    ("全县规上工业企业中，A类企业有12家。", 12, "规上工业企业A类", ""),               # the group without 全县
    ("屏锦镇荷虾共生基地面积达到1.2万亩。", 1.2, "荷虾共生基地面积", "屏锦镇"),         # a label opening with a township
    ("太平镇完成道路改造18.5公里。", 18.5, "道路改造", "太平镇"),
    ("全县新增城镇就业4210人，改造城镇老旧小区12个。", 4210, "新增城镇就业", ""),        # 城镇: no township
    ("青山精工科技有限公司上半年新增订单约3.2亿元。", 3.2, "新增订单", "青山精工科技有限公司"),
]


@pytest.mark.parametrize("text, value, indicator, entity", BLIND28_29_CLASSES)
def test_labels_and_attribution_of_blind28_and_29s_classes(text, value, indicator, entity):
    row = one(text, value, kind="work_report", published="2024-10-20")
    assert (row["indicator"], row["scope"], row["entity"]) == (indicator, "entity" if entity else "district", entity)


def test_a_plans_dashed_goals_read_after_an_introduction_ending_in_a_colon():
    text = ("第二章　“十四五”主要目标\n到2025年，全县综合实力显著增强，主要经济指标增速高于全市平均水平：\n"
            "——地区生产总值年均增长6.5%左右，到“十四五”末突破290亿元；\n——一般公共预算收入年均增长6%以上；")
    got = [(g[0], g[2], g[5]) for g in facts(text, kind="plan", published="2021-04",
                                              title="东湖县国民经济和社会发展第十四个五年规划纲要")]
    assert got == [("地区生产总值", 6.5, "2021/2025"), ("地区生产总值", 290, "2025"), ("一般公共预算收入", 6, "2021/2025")]


def test_categories_rated_in_a_sentence_opened_by_their_group():
    text = ("规模以上工业企业按亩均税收等指标加权计算综合得分，得分排名前20%且亩均税收不低于40万元的评为A类，共278家；"
            "评为B类的712家。")
    got = [(g[0], g[2]) for g in facts(text, kind="notice", published="2024-06-18",
                                        title="关于公布2023年度工业企业资源集约利用综合评价结果的通知")]
    assert got == [("规模以上工业企业A类", 278), ("规模以上工业企业B类", 712)]      # 40 is the rule's condition


def test_a_task_table_with_an_investment_column_reads_its_works_as_prose():
    text = ("附件\n宁东县2024年民生实事项目工作方案\n序号\t项目名称\t建设内容及目标\t总投资（万元）\t责任单位\n"
            "1\t农村公路提质改造\t新改建农村公路１２０公里\t12600\t县交通运输局\n"
            "2\t老旧小区改造\t改造城镇老旧小区１８个\t8650\t县住建局\n")
    from analysis.extract import extract
    source = Source("x.txt", "x", "宁东县", "南江市", "江西省", "notice", "2024-02-26",
                    "宁东县人民政府办公室关于印发宁东县2024年民生实事项目工作方案的通知")
    out = extract([Document(source, None, tuple(text.split("\n")), "utf-8", "0" * 64)])
    obs = out["observations"]
    assert list(zip(obs.indicator, obs.value, obs.status, obs.period)) == [
        ("新改建农村公路", 120, "target", "2024"), ("改造城镇老旧小区", 18, "target", "2024")]
    assert list(out["tasks"].task_no) == [1, 2]                      # the table is read, not glued as prose


def test_a_product_table_whose_amount_header_states_the_unit():
    from analysis.extract import extract
    text = ("表1　2024年主要农产品产量及其增长速度\n产品名称\t产量（万吨）\t比上年增长（％）\n粮食\t141.26\t1.8\n"
            "  其中：小麦\t79.53\t2.4\n油料\t6.05\t-4.7")
    source = Source("x.txt", "x", "东湖县", "南江市", "江西省", "bulletin", "2025-03-20",
                    "东湖县2024年国民经济和社会发展统计公报")
    obs = extract([Document(source, None, tuple(text.split("\n")), "utf-8", "0" * 64)])["observations"]
    assert list(zip(obs.indicator, obs.measure, obs.value, obs.unit)) == [
        ("粮食产量", "level", 141.26, "万吨"), ("粮食产量", "growth", 1.8, "%"),
        ("小麦产量", "level", 79.53, "万吨"), ("小麦产量", "growth", 2.4, "%"),
        ("油料产量", "level", 6.05, "万吨"), ("油料产量", "growth", -4.7, "%")]


def test_a_progress_table_reads_the_years_goal_and_what_was_done_in_the_unit_of_the_task_name():
    from analysis.extract import extract
    text = ("一、主要项目完成情况\n序号\t项目名称\t年度目标\t完成情况\t完成率\n"
            "1\t新增城镇就业（人）\t5000\t5386\t107.7%\n2\t农村自来水普及率（%）\t92\t93.6\t——\n")
    source = Source("x.txt", "x", "东湖县", "南江市", "江西省", "notice", "2024-01-20",
                    "东湖县人民政府办公室关于2023年重点民生实事项目完成情况的通报")
    out = extract([Document(source, None, tuple(text.split("\n")), "utf-8", "0" * 64)])
    obs = out["observations"]
    assert list(zip(obs.indicator, obs.value, obs.unit, obs.status, obs.period)) == [
        ("新增城镇就业", 5000, "人", "target", "2023"), ("新增城镇就业", 5386, "人", "actual", "2023"),
        ("农村自来水普及率", 92, "%", "target", "2023"), ("农村自来水普及率", 93.6, "%", "actual", "2023")]
    assert (out["flags"].kind == "extra_cell").sum() == 2                 # 完成率: flagged, not read


def test_a_whole_city_before_the_months_is_the_city_and_an_index_has_no_unit():
    rows = read("全市前三季度地区生产总值增长5.8%。两化融合发展水平指数达到66以上。", published="2024-10-28").rows[
        "observations"]
    assert [(r["indicator"], r["value"], r["unit"], r["scope"], r["qualifier"]) for r in rows] == [
        ("地区生产总值", 5.8, "%", "city", "exact"), ("两化融合发展水平指数", 66, "", "district", "at_least")]


def test_the_start_of_a_from_to_under_a_span_is_the_year_before_it():
    text = "“十三五”期间，全县地区生产总值年均增长7.6%；一般公共预算收入由23.1亿元增至31.8亿元。"
    got = {g[2]: (g[5], g[6]) for g in facts(text, kind="feature", published="2021-03-18")}
    assert got[23.1] == ("2015", 2015) and got[31.8] == ("2020", 2020)


def test_a_zone_named_economic_area_is_a_zone():
    row = one("花园口经济区规模以上工业产值增长12.4%。", 12.4, kind="bulletin", published="2024-03")
    assert (row["scope"], row["entity"]) == ("entity", "花园口经济区")


@pytest.mark.parametrize("text, value, indicator, entity, kind, published",
                         [row + ("feature", "2023-10") for row in BLIND24_CLASSES]
                         + [row + ("notice", "2024-11-08") for row in BLIND26_CLASSES]
                         + [row + ("feature", "2024-07-29") for row in BLIND27_CLASSES])
def test_labels_and_attribution_of_the_fifth_sessions_classes(text, value, indicator, entity, kind, published):
    row = one(text, value, kind=kind, published=published)
    assert (row["indicator"], row["scope"], row["entity"]) == (indicator, "entity" if entity else "district", entity)


def test_the_whole_prefecture_is_the_city():
    rows = read("全州地区生产总值增长4.9%，全县增长6.1%。", published="2024-02", city="青山布依族苗族自治州").rows[
        "observations"]
    assert [(r["indicator"], r["value"], r["scope"]) for r in rows] == [("地区生产总值", 4.9, "city"),
                                                                        ("地区生产总值", 6.1, "district")]


# The sixth session's classes (first met on blind sets; the phrases are ours) --------------------

@pytest.mark.parametrize("text, value, indicator, status, kind, published", [
    # a breakdown naming its own works verb keeps it (the total's verb is for a bare breakdown)
    ("全县推进重点项目160个，其中新开工项目35个，竣工项目22个。", 22, "竣工项目", "actual", "notice", "2024-11"),
    ("全县统筹推进重大项目186个，完成投资96.5亿元；其中新开工项目41个。", 41, "新开工项目", "actual", "notice",
     "2024-11"),                                       # the projects counted, not their investment
    ("全县统筹推进重大项目186个，完成投资96.5亿元。", 186, "重大项目", "actual", "notice", "2024-11"),
    # a bare 完成投资 is the investment of the programme its item names
    ("全县统筹推进重大项目186个，完成投资96.5亿元。", 96.5, "重大项目完成投资", "actual", "notice", "2024-11"),
    ("2023年，全县14件民生实事项目全部完成，累计完成投资4.12亿元。", 4.12, "民生实事项目完成投资", "actual",
     "notice", "2024-03"),
    ("其中，列入省重点项目7个，完成投资18.3亿元。", 18.3, "省重点项目完成投资", "actual", "notice", "2024-10"),
    ("1至9月，全区民生实事累计完成投资5.26亿元。", 5.26, "民生实事完成投资", "actual", "notice", "2024-10"),
    # 现行标准下 is how the count was made, not what it counts
    ("现行标准下3856户12047名建档立卡贫困人口全部脱贫。", 12047, "建档立卡贫困人口", "actual", "work_report",
     "2021-01"),
    ("五年间累计脱贫1.8万人。", 1.8, "脱贫人口", "actual", "work_report", "2021-01"),
    ("项目建成后新增粮食产能达到1500万斤以上。", 1500, "新增粮食产能", "actual", "notice", "2024-03"),
    ("全县养老机构床位总数达到2380张。", 2380, "养老机构床位总数", "actual", "notice", "2024-03"),
    ("全县高新技术企业总数达到215家。", 215, "高新技术企业", "actual", "notice", "2024-03"),
    ("2024年区政府确定实施民生实事项目10大类32项。", 32, "民生实事项目", "target", "notice", "2024-02"),
    ("各部门要对标对表全年地区生产总值增长6.5%的目标，狠抓落实。", 6.5, "地区生产总值", "target", "feature",
     "2024-07"),
    ("预计上半年全县农林牧渔业总产值将达到18.2亿元。", 18.2, "农林牧渔业总产值", "expected", "feature", "2024-07"),
    ("本次共有152家企业参与评价，较上年度增加11家。", 11, "参与评价企业", "actual", "notice", "2024-04"),
    ("共计参评企业301家；其中，规模以上工业企业176家，规模以下工业企业125家。", 125, "参评规模以下工业企业",
     "actual", "notice", "2024-04"),
    ("共计参评企业301家；其中，规模以上工业企业176家。", 301, "参评企业", "actual", "notice", "2024-04"),
    ("本次共对全县196家工业企业开展评价，其中规模以上工业企业131家。", 196, "参评工业企业", "actual", "notice",
     "2024-04"),
    ("本次共对全县196家工业企业开展评价，其中规模以上工业企业131家。", 131, "参评规模以上工业企业", "actual",
     "notice", "2024-04"),
    ("2020年一般公共预算收入虽下降9.6%，但总体平稳。", -9.6, "一般公共预算收入", "actual", "feature", "2021-01"),
    ("全县水稻种植面积常年保持在42万亩左右。", 42, "水稻种植面积", "actual", "feature", "2024-05"),
    ("全年培训农牧民1500人次。", 1500, "培训农牧民", "actual", "feature", "2024-12"),
    ("全县小麦种植面积达到38万亩，平均亩产约498公斤。", 498, "小麦平均亩产", "actual", "feature", "2024-09"),
    ("全县已完成民生实事投入6.3亿元。", 6.3, "民生实事投入", "actual", "notice", "2024-12"),
    ("1-9月全县新入库亿元以上项目仅9个。", 9, "新入库亿元以上项目", "actual", "notice", "2024-10"),
    ("今年实施10大类民生实事，全年计划投入资金2.95亿元。", 2.95, "民生实事投入资金", "target", "notice", "2024-03"),
    ("2023年，县政府确定的12项民生实事项目已全面完成。", 12, "民生实事项目", "actual", "notice", "2024-02"),
])
def test_labels_and_statuses_of_the_sixth_sessions_classes(text, value, indicator, status, kind, published):
    row = one(text, value, kind=kind, published=published)
    assert (row["indicator"], row["status"]) == (indicator, status)


def test_a_bare_completed_investment_takes_the_programme_its_title_names():
    row = one("1—9月，累计完成投资68.42亿元。", 68.42, kind="notice", published="2024-10",
              title="某县人民政府办公室关于2024年1—9月全县重点项目建设进展情况的通报")
    assert (row["indicator"], row["period"]) == ("重点项目完成投资", "2024-01/2024-09")


@pytest.mark.parametrize("text, value, scope, entity", [
    ("龙泉港集团全年货物吞吐量突破8000万吨。", 8000, "entity", "龙泉港集团"),     # named after the county
    ("青禾果业公司今年出口鲜果0.8万吨，同比增长30%。", 0.8, "entity", "青禾果业公司"),
    ("青禾果业公司今年出口鲜果0.8万吨，同比增长30%。", 30, "entity", "青禾果业公司"),
    ("全县今年出口鲜果0.8万吨。", 0.8, "district", ""),
    # a plan total beside the count of a year's 民生实事 is all of them, the county's
    ("确定2024年实施12类民生实事，计划总投资5.12亿元。", 5.12, "district", ""),
    ("龙泉镇高峰村水稻单产达到每亩1320斤。", 1320, "entity", "龙泉镇"),       # a township named after it
    ("全区（自治区）农村居民人均可支配收入18656元。", 18656, "province", ""),   # the region's 全区
    ("某某国家级自然保护区接待游客32.5万人次。", 32.5, "entity", "某某国家级自然保护区"),
])
def test_attribution_of_the_sixth_sessions_classes(text, value, scope, entity):
    row = one(text, value, kind="notice", published="2024-03", district="龙泉县")
    assert (row["scope"], row["entity"]) == (scope, entity)


def test_a_feature_titled_by_a_finished_plan_dates_its_facts_within_it():
    title = "【奋进“十三五”】某县：五年跨越谱新篇"
    got = {r["value"]: (r["indicator"], r["measure"], r["year"], r["period"]) for r in read(
        "全县茶园面积稳定在12万亩左右，茶叶总产量1.6万吨，较2015年增长41.3%。全县新增城镇就业1.9万人。",
        kind="feature", published="2021-01-20", title=title).rows["observations"]}
    assert got == {12: ("茶园面积", "level", 2020, "2020"), 1.6: ("茶叶总产量", "level", 2020, "2020"),
                   41.3: ("茶叶总产量", "growth", 2020, "2016/2020"),
                   1.9: ("新增城镇就业", "level", 2020, "2016/2020")}   # a flow over the five years


def test_a_plans_rate_with_a_bare_plan_name_and_a_respectively_list():
    got = [(r["indicator"], r["value"], r["period"]) for r in read(
        "2020年，城镇居民人均可支配收入31260元、农村居民人均可支配收入12480元，“十三五”年均分别增长7.2%和9.1%。",
        kind="feature", published="2021-01-20").rows["observations"] if r["measure"] == "growth"]
    assert got == [("城镇居民人均可支配收入", 7.2, "2016/2020"), ("农村居民人均可支配收入", 9.1, "2016/2020")]


def test_recovered_to_a_multiple_of_a_base_year():
    got = [(r["indicator"], r["measure"], r["value"], r["year"]) for r in read(
        "2023年，全县实现旅游综合收入186.2亿元，恢复至2019年的1.2倍。全县接待游客1520万人次，增长36.4%。",
        kind="notice", published="2024-03").rows["observations"]]
    assert got == [("旅游综合收入", "level", 186.2, 2023), ("旅游综合收入", "multiple", 1.2, 2023),
                   ("接待游客", "level", 1520, 2023), ("接待游客", "growth", 36.4, 2023)]


def test_a_year_written_in_numerals_dates_its_sentence():
    row = one("二〇二三年，全县民生支出占一般公共预算支出的比重为79.6%。", 79.6, kind="notice", published="2024-03",
              title="某县人民政府办公室关于印发某县2024年民生实事工作方案的通知")
    assert (row["year"], row["period"], row["status"]) == (2023, "2023", "actual")


def test_an_estimate_inside_one_indicators_clause_does_not_carry_to_the_next_items():
    text = ("2020年，全县地区生产总值预计达到136.4亿元，“十三五”期间年均增长6.1%；2020年一般公共预算收入完成6.92亿元，"
            "年均增长5.2%。")
    got = {r["value"]: r["status"] for r in read(text, kind="plan", published="2021-03").rows["observations"]}
    assert got == {136.4: "expected", 6.1: "expected", 6.92: "actual", 5.2: "actual"}
    got = {r["value"]: r["status"] for r in read("预计全年地区生产总值完成312亿元，增长5.6%；规模以上工业增加值增长6.9%。",
                                                 kind="work_report", published="2024-12").rows["observations"]}
    assert got == {312: "expected", 5.6: "expected", 6.9: "expected"}       # a heading 预计 governs the list


def test_the_five_years_before_are_a_base():
    row = one("五年累计完成固定资产投资1360亿元，较上一个五年增长48%。", 48, kind="work_report", published="2021-12")
    assert (row["indicator"], row["measure"]) == ("固定资产投资", "growth")


def test_an_autonomous_countys_short_name_opens_no_label():
    row = one("下半年，乐东将紧扣全年地区生产总值增长6%左右的预期目标。", 6, kind="feature", published="2025-07",
              district="乐东黎族自治县")
    assert (row["indicator"], row["status"], row["year"]) == ("地区生产总值", "target", 2025)


def test_one_year_back_and_a_budgets_year_are_no_period_of_their_own():
    got = {r["value"]: (r["year"], r["period"]) for r in read(
        "报告回顾，一年来，全市新增市场主体1.12万户，总量达到9.8万户。", kind="feature",
        published="2025-01-15").rows["observations"]}
    assert got == {1.12: (2024, "2024"), 9.8: (2024, "2024")}
    got = {r["value"]: r["period"] for r in read(
        "上半年一般公共预算收入完成12.84亿元，完成全年预算的58.6%，同比下降3.7%。", kind="feature",
        published="2024-07-26").rows["observations"]}
    assert got == {12.84: "2024-01/2024-06", -3.7: "2024-01/2024-06"}


@pytest.mark.parametrize("text, value, indicator, measure, kw", [
    ("全县地区生产总值136亿元，较上年增长9.1%，两年平均增长6.2%。", 6.2, "地区生产总值", "growth",
     dict(kind="bulletin", published="2022-03")),
    # the base of a comparison stated with its value is the level's, of that year
    ("2024年，全县农村居民人均可支配收入达到21860元，比2020年的15240元增加6620元。", 15240,
     "农村居民人均可支配收入", "level", dict(kind="feature", published="2025-08")),
    ("2024年，全县农村居民人均可支配收入达到21860元，比2020年的15240元增加6620元。", 6620,
     "农村居民人均可支配收入", "change", dict(kind="feature", published="2025-08")),
    # an autonomous county named as a county (焉耆县) opens no label
    ("下一步，焉耆县将力争到2027年辣椒全产业链产值达到30亿元。", 30, "辣椒全产业链产值", "level",
     dict(kind="feature", published="2025-08", district="焉耆回族自治县")),
    ("2023年，全县民生实事项目完成投资2.96亿元，十方面项目全部按期完成。", 2.96, "民生实事项目完成投资", "level",
     dict(kind="notice", published="2024-03")),
])
def test_labels_of_the_sixth_sessions_last_sets(text, value, indicator, measure, kw):
    row = one(text, value, **kw)
    assert (row["indicator"], row["measure"], row["scope"]) == (indicator, measure, "district")


def test_a_plan_total_beside_a_count_in_numerals_is_the_countys():
    row = one("确定2024年实施十方面民生实事项目，计划总投资3.52亿元。", 3.52, kind="notice", published="2024-03")
    assert row["scope"] == "district"



def test_a_fall_in_a_count_is_a_change_of_the_count():
    row = one("“十三五”期间，全县累计减少农村贫困人口2.46万人。", -2.46, kind="plan", published="2021-03")
    assert (row["indicator"], row["measure"], row["value"]) == ("农村贫困人口", "change", -2.46)


def test_this_years_items_after_a_heading_of_the_years_work_are_its_targets():
    text = ("做好今年工作，我们将突出抓好以下几个方面：一是推进项目建设，全年力争新签约亿元以上项目60个以上；"
            "二是加快工业发展，力争新增规上工业企业40家；三是推进乡村振兴，新建高标准农田8万亩。")
    got = {r["value"]: (r["status"], r["year"]) for r in read(text, kind="work_report", published="2023-01-12")
           .rows["observations"]}
    assert got == {60: ("target", 2023), 40: ("target", 2023), 8: ("target", 2023)}


def test_a_latin_word_cut_by_a_page_line_is_joined():
    row = one("全年第三产业增加值52.4亿元，增长6.6%。第一产业增加值占GD\nP的比重为21.8%。", 21.8, kind="bulletin",
              published="2024-03", title="某县2023年国民经济和社会发展统计公报")
    assert row["indicator"] == "第一产业增加值占GDP的比重"


@pytest.mark.parametrize("text, value, entity", [
    ("某某小商品城实现成交额1860.5亿元。", 1860.5, "某某小商品城"),
])
def test_markets_named_as_sites_are_entities(text, value, entity):
    row = one(text, value, kind="feature", published="2023-11")
    assert (row["scope"], row["entity"]) == ("entity", entity)


def test_a_citys_name_before_its_whole_is_the_citys_in_a_county_level_citys_text():
    got = {r["value"]: r["scope"] for r in read("全市地区生产总值1210亿元。青州全市地区生产总值6620.5亿元。",
                                              kind="bulletin", published="2024-03", district="云溪市", city="青州市")
           .rows["observations"]}
    assert got == {1210: "district", 6620.5: "city"}


def test_a_base_at_the_end_of_last_year_takes_no_period_of_its_own():
    text = "1—9月，全县城镇新增就业2100人，农村自来水普及率达到88.6%，较去年底提高1.9个百分点。"
    got = {(o["indicator"], o["measure"]): o["period"] for o in read(text, kind="notice", published="2024-10").rows["observations"]}
    assert got[("农村自来水普及率", "change")] == "2024-01/2024-09"


@pytest.mark.parametrize("text, value, indicator", [
    ("五年来，全县累计实现4.7万建档立卡贫困人口脱贫。", 4.7, "建档立卡贫困人口脱贫"),
    ("现行标准下1.35万农村贫困人口全部脱贫。", 1.35, "农村贫困人口脱贫"),
    ("特色产业带动2.1万农民增收。", 2.1, "带动农民增收"),
])
def test_a_bare_wan_before_a_people_noun_counts_people(text, value, indicator):
    out = read(text, kind="work_report", published="2021-02")
    row = next(o for o in out.rows["observations"] if o["value"] == value)
    assert (row["indicator"], row["unit"], row["value_base"]) == (indicator, "万人", value * 10000)
    assert [f["kind"] for f in out.rows["flags"]].count("unit_inferred") == 1


def test_a_bare_wan_before_other_words_stays_unread():
    out = read("全县新增造林1.2万以上，完成率达到98%。", kind="work_report", published="2021-02")
    assert 1.2 not in [o["value"] for o in out.rows["observations"]]


@pytest.mark.parametrize("text, value, entity", [
    ("华联(东湖)精密制造有限公司全年交付数控机床860台。", 860, "华联(东湖)精密制造有限公司"),   # a bracketed place
    ("龙头企业东湖铜业有限公司(城南分公司)实现产值18.6亿元。", 18.6, "东湖铜业有限公司(城南分公司)"),
    ("其中，绿源食品东湖分公司上半年屠宰生猪21万头，实现产值6.2亿元。", 6.2, "绿源食品东湖分公司"),  # the clause before
    ("其中，金山铜业等重点企业实现营业收入326亿元。", 326, "金山铜业等重点企业"),     # named firms and their class
    ("城北产业区完成规模以上工业产值86.3亿元。", 86.3, "城北产业区"),
])
def test_a_firm_opening_its_clause_owns_the_figure(text, value, entity):
    row = one(text, value, kind="bulletin", published="2024-03")
    assert (row["scope"], row["entity"]) == ("entity", entity)


@pytest.mark.parametrize("text, value", [
    ("实现国资平台公司固定资产200亿元以上。", 200),          # a verb opens the clause: no firm named
    ("推动东湖陶瓷、山水光电等339家企业实现上云。", 339),   # a count of firms is the county's
    ("全县规上工业企业实现营业收入120亿元。", 120),
])
def test_a_clause_that_names_no_firm_keeps_the_county(text, value):
    assert one(text, value, kind="bulletin", published="2024-03")["scope"] == "district"


def test_a_province_word_of_its_own_is_the_provinces():
    out = read("全疆棉花产量预计达到511万吨。", kind="feature", published="2023-11", district="沙湾市",
               city="塔城地区", province="新疆")
    assert [(o["scope"], o["district"]) for o in out.rows["observations"]] == [("province", "新疆")]


def test_a_feature_early_in_the_year_that_reviews_the_last_gives_its_levels_that_year():
    text = ("记者从县两会上获悉，2023年，全县实现地区生产总值186.2亿元，增长6.1%。\n"
            "产业链条越拉越长。近年来，全县精准招商，全年新签约亿元以上项目31个。"
            "全县高新技术企业数量达到48家，高新技术产业增加值占GDP比重提高到21.6%。\n"
            "今年，全县高新技术企业力争达到55家。")
    rows = read(text, kind="feature", published="2024-02-06").rows["observations"]
    got = {(r["indicator"], r["value"]): (r["year"], r["period"]) for r in rows}
    assert got[("高新技术企业", 48)] == (2023, "2023")
    assert got[("高新技术产业增加值占GDP比重", 21.6)] == (2023, "2023")
    assert got[("高新技术企业", 55)][0] == 2024                 # 今年: the text says which year


def test_a_feature_of_later_months_keeps_its_levels_in_its_own_year():
    text = ("2023年，全县实现地区生产总值186.2亿元。\n全县高新技术企业数量达到48家。")
    rows = read(text, kind="feature", published="2024-06-10").rows["observations"]
    assert [r["year"] for r in rows if r["value"] == 48] == [2024]


@pytest.mark.parametrize("text, value, indicator", [
    ("带动1.6万户农户增收。", 1.6, "带动农户增收"),
    ("吸纳周边2300户脱贫户务工。", 2300, "吸纳脱贫户务工"),
])
def test_a_support_verb_before_households_names_whom_and_what_for(text, value, indicator):
    assert one(text, value)["indicator"] == indicator


def test_the_firms_an_evaluation_covers_are_counted_as_evaluated():
    text = "本次评价对象为全县用地面积5亩(含)以上的工业企业及全部规模以上工业企业，共计212家，其中规模以上工业企业131家。"
    rows = read(text, kind="notice", published="2024-05", title="某县关于公布2023年度工业企业亩均效益综合评价结果的通知").rows["observations"]
    assert [(r["indicator"], r["value"]) for r in rows] == [("参评工业企业", 212), ("参评规模以上工业企业", 131)]


@pytest.mark.parametrize("text, value, indicator, scope", [
    ("计划改造城镇老旧小区18个、涉及居民2100户，计划总投资1.62亿元。", 1.62, "城镇老旧小区改造总投资", "district"),
    ("确定实施10大类30项民生实事项目，计划总投资5.2亿元。", 5.2, "民生实事项目计划总投资", "district"),
    ("新建综合办公楼1栋，总投资4200万元。", 4200, "新建综合办公楼总投资", "entity"),
])
def test_the_total_of_counted_works_is_all_of_theirs(text, value, indicator, scope):
    row = one(text, value, kind="notice", published="2024-03")
    assert (row["indicator"], row["scope"]) == (indicator, scope)


def test_the_parts_of_the_firms_evaluated_are_evaluated_too():
    rows = read("本次共评价工业企业112家，其中规模以上工业企业64家。", kind="notice", published="2024-05").rows["observations"]
    assert [(r["indicator"], r["value"]) for r in rows] == [("评价工业企业", 112), ("评价规模以上工业企业", 64)]


def test_a_programme_the_clause_before_names_owns_the_total_and_works_named_keep_theirs():
    title = "某县人民政府办公室关于印发某县2024年民生实事项目实施方案的通知"
    row = one("经人大代表票决，确定2024年县政府十方面民生实事项目，计划总投资4.2亿元。", 4.2, kind="notice",
              published="2024-03", title=title)
    assert (row["indicator"], row["scope"]) == ("民生实事项目计划总投资", "district")
    row = one("五、推进产业园职工公寓建设，总投资9600万元，年内建成公寓300套。", 9600, kind="notice",
              published="2024-03", title=title)
    assert row["scope"] == "entity"                  # the works the clause before names, not the programme's


@pytest.mark.parametrize("text, value, entity", [
    ("红星蒙古族乡水稻亩产达到1180斤。", 1180, "红星蒙古族乡"),                  # an ethnic township
    ("湘赣边区首府革命纪念馆年接待游客突破180万人次。", 180, "湘赣边区首府革命纪念馆"),   # a long site name
])
def test_a_label_opening_with_a_named_place_is_that_places(text, value, entity):
    row = one(text, value)
    assert (row["scope"], row["entity"]) == ("entity", entity)


def test_a_count_before_a_promised_programme_is_no_part_of_its_label():
    assert one("十件民生实事全年计划投资6.2亿元。", 6.2, kind="notice", published="2024-03")["indicator"] == "民生实事计划投资"
