"""What a district report says, checked by hand on the seeds (no kernel: the section functions)."""

from __future__ import annotations

import re

import pytest

from analysis.report import (DistrictData, amount, findings, growth_words, headline_figures, key_figures, latest_levels,
                             plan_targets, prose_facts, qualified, quality)


@pytest.fixture(scope="module")
def tables(clean_dir):
    from analysis.report import load_tables

    return load_tables(clean_dir)


def district(clean_dir, tables, name, lang="zh"):
    return DistrictData.load(clean_dir, name, lang, tables)


def text(html: str) -> str:
    return re.sub(r"\s+", " ", re.sub(r"<[^>]+>", " ", html))


def test_growth_is_labelled_by_its_kind_and_keeps_its_sign():
    assert growth_words(14.88, "2013/2022", "zh") == "年均增长14.88%（2013—2022年）"
    assert growth_words(16.2, "2021", "zh") == "同比增长16.2%"
    assert growth_words(-6.5, "2022", "zh") == "同比下降6.5%"
    assert growth_words(-6.5, "2022", "en") == "down 6.5% on a year before"
    assert growth_words(7.9, "", "zh") == "增长7.9%（期间未注明）"
    assert growth_words(1.3, "2023", "zh", unit="倍") == "同比增长1.3倍"          # 增长1.3倍: said in 倍
    assert growth_words(1.3, "2023", "en", unit="倍") == "up 1.3 times on a year before"
    assert qualified(3000.0, "more_than", "zh") == "超过3,000" and qualified(3000.0, "more_than", "en") == "more than 3,000"


def test_changjiang_key_figures_are_latest_actuals_and_doubts_come_last(clean_dir, tables):
    data = district(clean_dir, tables, "昌江区")
    rows = latest_levels(data)
    assert set(rows.status) == {"actual"}                                # 57.7 (2020 expected) is not a key figure
    latest = rows.set_index("indicator_id")
    assert latest.loc["gdp", "value"] == 236.8 and latest.loc["gdp", "period"] == "2020"
    assert latest.loc["retail_sales", "value"] == 131 and latest.loc["retail_sales", "period"] == "2021"
    # 198.2 (2015) and 0.317 are levels of rates the audit finds wrong: last, marked
    assert list(rows.indicator_id[-2:]) == ["fixed_asset_investment", "new_urban_jobs"]
    page = text(key_figures(data).data)
    assert "超过3,000 万美元 同比增长7%" in page                          # 突破3000万美元, not an exact 3,000
    assert "131 亿元 同比增长16.2%" in page
    assert "198.2 ⚠ 存疑：增速与本表数据不符：按表中数据算得年均-21.9%，文件写12.5%" in page
    assert "21.8706" not in page and "57.7" not in page
    heads = headline_figures(data)
    assert list(heads.indicator_id) == ["gdp", "fiscal_revenue_total", "retail_sales", "industrial_value_added"]


def test_english_sentences_say_chinese_scale_units_in_english_with_the_stated_form():
    assert amount(236.8, "", "亿元", "en") == "23.68 billion yuan (236.8 亿元)"
    assert amount(0.35, "", "亿元", "en") == "35 million yuan (0.35 亿元)"
    assert amount(3000.0, "more_than", "万元", "en") == "more than 30 million yuan (3,000 万元)"
    assert amount(655.5, "", "万人", "en") == "6.555 million people (655.5 万人)"
    assert amount(8200.0, "", "人", "en") == "8,200 people"
    assert amount(12.5, "", "%", "en") == "12.5%"
    assert amount(5.0, "", "座", "en") == "5 座"                      # no English word: kept as written
    assert amount(236.8, "", "亿元", "zh") == "236.8亿元"


def test_english_findings_have_no_bare_chinese_unit(clean_dir, tables):
    page = text("".join(findings(district(clean_dir, tables, "昌江区", "en"))))
    assert "23.68 billion yuan (236.8 亿元) in 2020" in page
    assert not re.search(r"\d 亿元(?! ?\))", page)


def test_english_key_figures_and_untranslated_labels(clean_dir, tables):
    data = district(clean_dir, tables, "昌江区", "en")
    page = text(key_figures(data).data)
    assert ("Foreign direct investment actually used (实际利用外资) 2021 more than 3,000 10,000 US$ (万美元) "
            "up 7% on a year before") in page
    assert "doubtful: the rate does not match the table" in page
    facts = text(prose_facts(data).data)
    assert "[untranslated]" in facts                                    # no dictionary name: said so


def test_a_fall_shows_as_a_fall(clean_dir, tables):
    assert "PM2.5浓度 同比下降6.5%" in text(prose_facts(district(clean_dir, tables, "濂溪区")).data)


def test_flagged_values_carry_their_finding_beside_them(clean_dir, tables):
    page = text(prose_facts(district(clean_dir, tables, "昌江区")).data)
    assert "⚠ 存疑：数值不合常理，可能应为702户1879人" in page          # 7021879人, where it is shown


def test_plan_completion_uses_the_plans_own_estimate(clean_dir, tables):
    data = district(clean_dir, tables, "昌江区")
    page = text(plan_targets(data).data)
    # 13th plan: 全社会固定资产投资 2020 预期值 57.7 against the 2020 target 357.16: behind, marked
    assert "57.7 (2020)，规划自评预计值" in page
    # 进出口总额: no 2020 level, its 预期值 rate 3% against the plan's 3%: on track, marked
    tracking = data.tracking.set_index("indicator")
    assert tracking.loc["进出口总额", "actual_status"] == "expected_rate"
    assert tracking.loc["进出口总额", "status"] == "on_track"
    assert "规划自评预计：3.00%/年" in page
    assert (tracking.status == "no_data").sum() < 20                      # was all but three


def test_data_quality_in_plain_words(clean_dir, tables):
    for lang in ("zh", "en"):
        page = quality(district(clean_dir, tables, "昌江区", lang)).data
        for code in ("growth_rate", "respectively_unsplit", "claimed_count", "mismatch:", "21.8706"):
            assert code not in page
    zh = text(quality(district(clean_dir, tables, "昌江区")).data)
    assert "核对后再引用" in zh and "水产总产量：数值不合常理，可能应为4030吨" in zh
    assert "Check" not in zh


def test_findings_first(clean_dir, tables):
    data = district(clean_dir, tables, "昌江区")
    items = findings(data)
    assert 3 <= len(items) <= 6
    page = "".join(items)
    assert "地区生产总值2020年为236.8亿元" in text(page)
    assert 'href="#src-cj_plan14-336"' in page


def test_comparison_side_by_side_with_years_and_no_data(clean_dir, tables):
    from analysis.report import compare

    zh = text(compare.panel_table(tables, "zh").data)
    assert "超过3,000 万美元 · 2021年" in zh and "47,155 元 · 2021年" in zh     # the one latest rule, qualifier kept
    assert "236.8 亿元 · 2020年 cj_plan14:336" in zh                            # the line the district page cites
    assert "无数据" in zh and "珠山区" in zh                                    # a district without it says so
    en = compare.panel_table(tables, "en").data
    assert "Changjiang District (昌江区)" in en and "indicator_id" not in en
    cover = text(compare.coverage(tables, "zh").data)
    assert "景德镇市 3 报道、通知、规划" in cover and "3.0" not in cover


def test_reading_notes_sit_beside_the_numbers_they_concern(clean_dir, tables):
    page = prose_facts(district(clean_dir, tables, "昌江区")).data
    row = next(r for r in page.split("<tr>") if "ℹ" in r and "分别" in r)
    assert "“分别”句中的数字未能一一对应" in row and "respectively_unsplit" not in page


def test_english_names_places_from_the_reference(clean_dir, tables):
    from analysis.report import header
    from analysis.report.site import place_label

    assert place_label("景德镇市", "en") == "Jingdezhen City (景德镇市)" and place_label("景德镇市", "zh") == "景德镇市"
    page = text(header(district(clean_dir, tables, "昌江区", "en")).data)
    assert "Changjiang District (昌江区): economic and social data report" in page
    assert "Jingdezhen City (景德镇市) · Jiangxi Province (江西省)" in page


def test_the_incomes_chart_of_many_districts_draws_the_highest_and_lowest():
    import pandas as pd

    from analysis.report.compare import chart_rows

    names = [f"县{k:03d}" for k in range(100)]
    wide = pd.DataFrame({"income_urban_per_capita": [30000 + 100 * k for k in range(100)],
                         "income_rural_per_capita": [15000 + 50 * k for k in range(100)]}, index=names)
    wide.loc["县007", "income_urban_per_capita"] = float("nan")          # rural income stands in: 15350
    few = wide.iloc[:12]
    assert chart_rows(few) is few                                        # up to 40 districts: all of them
    drawn = chart_rows(wide)
    assert len(drawn) == 40
    assert list(drawn.index[-3:]) == ["县097", "县098", "县099"]         # the highest at the top (drawn last)
    assert list(drawn.index[:2]) == ["县007", "县000"]                   # the lowest at the bottom
    assert "县050" not in drawn.index
