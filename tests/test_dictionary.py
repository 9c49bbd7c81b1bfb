"""The indicator dictionary: complete for the plan tables and the headline prose indicators."""

from __future__ import annotations

import pandas as pd
import pytest

from analysis.dictionary import load_dictionary, map_indicators
from analysis.errors import InputError


def test_every_plan_table_indicator_has_an_id_and_english_name(seeds):
    obs = seeds["observations"]
    table_rows = seeds["indicator_rows"]
    dictionary = load_dictionary().set_index("indicator_id")
    ids = map_indicators(table_rows.indicator, load_dictionary())
    assert (ids != "").all(), list(table_rows.indicator[ids == ""])
    assert dictionary.loc[ids, "name_en"].str.len().gt(0).all()
    assert (obs[obs.source == "table"].indicator_id != "").all()


@pytest.mark.parametrize("doc_id, indicator, indicator_id", [
    ("cj_feature_2022", "社会消费品零售总额", "retail_sales"),
    ("cj_feature_2022", "实际利用外资", "fdi_actual"),
    ("cj_feature_2022", "规上工业营业收入", "industrial_revenue"),
    ("cj_feature_2022", "城镇居民人均可支配收入", "income_urban_per_capita"),
    ("cj_plan14", "生产总值", "gdp"),
    ("cj_plan14", "财政总收入", "fiscal_revenue_total"),
    ("lx_feature_2022", "工业增加值", "industry_value_added"),   # all industry, not 规上
    ("lx_feature_2022", "常住人口", "population_resident"),
    ("zs_feature_2022", "城镇新增就业", "new_urban_jobs"),
    ("zs_feature_2022", "注册志愿者", "registered_volunteers"),
])
def test_headline_prose_indicators_are_mapped(seeds, doc_id, indicator, indicator_id):
    obs = seeds["observations"]
    rows = obs[(obs.doc_id == doc_id) & (obs.indicator == indicator) & (obs.source == "text")]
    assert not rows.empty and set(rows.indicator_id) == {indicator_id}


def test_aliases_map_variants_onto_one_id(seeds):
    obs = seeds["observations"]
    ids = obs[obs.indicator.isin(["城市居民人均可支配收入", "城镇居民人均可支配收入"])].indicator_id
    assert set(ids) == {"income_urban_per_capita"}
    assert set(obs[obs.indicator.isin(["地区生产总值GDP", "地区生产总值"])].indicator_id) == {"gdp"}


def test_unmapped_indicators_keep_an_empty_id(seeds):
    obs = seeds["observations"]
    assert (obs.indicator_id == "").any()
    assert obs[obs.indicator == "警企联防点"].indicator_id.tolist() == [""]


@pytest.mark.parametrize("row, message", [
    ("Bad-Id,名称,,Name,元,flow,true,d", "not snake_case"),
    ("ok_id,名称,,Name,元,flows,true,d", "kind"),
    ("ok_id,名称,,Name,元,flow,yes,d", "higher_is_better"),
    ("gdp_two,生产总值,,Name,元,flow,true,d", "maps to both"),
])
def test_bad_dictionary_rows_are_refused_with_their_line(tmp_path, row, message):
    good = "gdp,地区生产总值,生产总值,GDP,亿元,flow,true,d"
    path = tmp_path / "indicators.csv"
    path.write_text("indicator_id,name_zh,aliases_zh,name_en,unit,kind,higher_is_better,definition\n"
                    f"{good}\n{row}\n", encoding="utf-8")
    with pytest.raises(InputError, match=message) as err:
        load_dictionary(path)
    assert "indicators.csv:3" in str(err.value)


@pytest.mark.parametrize("written, indicator_id", [
    ("地區生產總值", "gdp"),                      # traditional, through conversion
    ("地区生产总值（GDP）", "gdp"),                # full-width brackets
    ("全县地区生产总值", "gdp"),                  # the whole-area prefix
    ("规上工业增加值", "industrial_value_added"),
    ("规模工业增加值", "industrial_value_added"),
    ("地方公共财政预算收入", "fiscal_budget_revenue"),
    ("地方一般公共预算收入", "fiscal_budget_revenue"),
    ("人均GDP", "gdp_per_capita"),
    ("人均gdp", "gdp_per_capita"),
    ("城镇人口占常住人口的比重", "urbanisation_rate"),
    ("金融机构各项存款余额", "deposits"),
])
def test_wordings_map_strictly_after_normalisation(written, indicator_id):
    assert map_indicators(pd.Series([written]), load_dictionary()).tolist() == [indicator_id]


@pytest.mark.parametrize("a, b", [
    ("财政总收入", "一般公共预算收入"),
    ("财政收入", "财政总收入"),
    ("财政收入", "一般公共预算收入"),
    ("工业增加值", "规模以上工业增加值"),
    ("户籍人口", "常住人口"),
    ("户籍人口城镇化率", "城镇化率"),
    ("一般公共预算总收入", "一般公共预算收入"),
])
def test_different_indicators_stay_apart(a, b):
    ids = map_indicators(pd.Series([a, b]), load_dictionary())
    assert ids.iloc[0] and ids.iloc[1] and ids.iloc[0] != ids.iloc[1]


def test_no_similarity_guessing():
    ids = map_indicators(pd.Series(["地区生产总", "生产总值增速目标", "营业收入", "完成"]), load_dictionary())
    assert ids.tolist() == ["", "", "", ""]


def test_every_indicator_has_definition_unit_and_english_name():
    dictionary = load_dictionary()
    assert (dictionary[["name_en", "unit", "definition"]] != "").all().all()
