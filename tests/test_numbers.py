"""parse_quantity: hand-checked cases from the corpus, and properties."""

from __future__ import annotations

import math

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from analysis.errors import QuantityError
from analysis.extract.numbers import BASE_UNITS, SCALES, Quantity, parse_quantity, parse_unit

# text, value, unit, qualifier, value_base, unit_base
CASES = [
    ("236.8亿元", 236.8, "亿元", "exact", 2.368e10, "元"),
    ("2804万美元", 2804, "万美元", "exact", 2.804e7, "美元"),
    ("1.2万余名", 1.2, "万人", "more_than", 12000, "人"),
    ("突破3万户", 3, "万户", "more_than", 30000, "户"),
    ("超过70%", 70, "%", "more_than", 70, "%"),
    ("20家以上", 20, "家", "at_least", 20, "家"),
    ("不少于60万元", 60, "万元", "at_least", 600000, "元"),
    ("4以内", 4, "", "at_most", 4, ""),
    ("8左右", 8, "", "approx", 8, ""),
    ("12左右", 12, "", "approx", 12, ""),
    ("8.5左右", 8.5, "", "approx", 8.5, ""),
    ("[0.4]", 0.4, "", "cumulative", 0.4, ""),
    ("[-0.05]", -0.05, "", "cumulative", -0.05, ""),
    ("[5]", 5, "", "cumulative", 5, ""),
    ("49,826元", 49826, "元", "exact", 49826, "元"),
    ("１２.６亿元", 12.6, "亿元", "exact", 1.26e9, "元"),
    ("７.３％", 7.3, "%", "exact", 7.3, "%"),
    ("3万人", 3, "万人", "exact", 30000, "人"),
    ("达131亿元", 131, "亿元", "exact", 1.31e10, "元"),
    ("2.37%", 2.37, "%", "exact", 2.37, "%"),
    ("30余家", 30, "家", "more_than", 30, "家"),
    ("148.361万小时", 148.361, "万小时", "exact", 1483610, "小时"),
    ("1.74万个", 1.74, "万个", "exact", 17400, "个"),
    ("4030万吨", 4030, "万吨", "exact", 4.03e7, "吨"),
    ("1548亩", 1548, "亩", "exact", 1548, "亩"),
    ("十件", 10, "件", "exact", 10, "件"),
    ("两万三千人", 23000, "人", "exact", 23000, "人"),
    ("两", 2, "", "exact", 2, ""),
    ("十四五", 14, "五年规划", "exact", 14, "五年规划"),
    ("二〇三五年", 2035, "年", "exact", 2035, "年"),
    ("二三五年", 2035, "年", "exact", 2035, "年"),
    ("近70万元", 70, "万元", "approx", 700000, "元"),
    ("不足5个百分点", 5, "百分点", "less_than", 5, "百分点"),
    ("0.563", 0.563, "", "exact", 0.563, ""),
]


@pytest.mark.parametrize("text, value, unit, qualifier, value_base, unit_base", CASES)
def test_reads_stated_values(text, value, unit, qualifier, value_base, unit_base):
    q = parse_quantity(text)
    assert q.value == pytest.approx(value)
    assert q.unit == unit
    assert q.qualifier == qualifier
    assert q.value_base == pytest.approx(value_base)
    assert q.unit_base == unit_base


@pytest.mark.parametrize("text, low, high, unit", [("5-8个", 5, 8, "个"), ("2-3个", 2, 3, "个"),
                                                   ("5~8%", 5, 8, "%"), ("10至20万元", 10, 20, "万元")])
def test_ranges_have_bounds_and_no_single_value(text, low, high, unit):
    q = parse_quantity(text)
    assert (q.qualifier, q.low, q.high, q.unit, q.value) == ("range", low, high, unit, None)


@pytest.mark.parametrize("text, qualifier", [
    ("[  ]", "blank"), ("——", "blank"), ("", "blank"), ("—", "blank"),
    ("省内下达指标", "delegated"),
    ("保持稳定", "qualitative"), ("确保数量不减,质量提升", "qualitative"),
    ("完成市下达任务", "qualitative"),
])
def test_statements_without_a_number(text, qualifier):
    q = parse_quantity(text)
    assert q.qualifier == qualifier
    assert q.value is None


@pytest.mark.parametrize("text, parts", [("3:68:29", (3, 68, 29)), ("3：65：32", (3, 65, 32)),
                                          ("2:55:43", (2, 55, 43))])
def test_structure_ratios(text, parts):
    q = parse_quantity(text)
    assert q.parts == parts and q.value is None


def test_damaged_year_is_repaired_and_says_so():
    assert parse_quantity("二三五年").notes
    assert not parse_quantity("二〇三五年").notes


@pytest.mark.parametrize("text", ["全力以赴", "abc", "亿元", "12.5亿美金币", "万元/人", "5-3个", "预期性"])
def test_text_that_is_not_a_value_raises_quoting_it(text):
    with pytest.raises(QuantityError) as err:
        parse_quantity(text)
    assert repr(text) in str(err.value)


def test_non_text_raises_the_documented_error():
    with pytest.raises(QuantityError):
        parse_quantity(None)  # type: ignore[arg-type]


@pytest.mark.parametrize("unit, norm, base, factor", [
    ("亿元", "亿元", "元", 1e8), ("万名", "万人", "人", 1e4), ("万元/人", "万元/人", "元/人", 1e4),
    ("千瓦", "千瓦", "千瓦", 1), ("万千瓦", "万千瓦", "千瓦", 1e4), ("亿斤", "亿斤", "斤", 1e8),
])
def test_units(unit, norm, base, factor):
    assert parse_unit(unit) == (norm, base, factor)


# --- properties -------------------------------------------------------------

TEMPLATES = [
    ("{n}{u}", "exact"), ("达{n}{u}", "exact"), ("约{n}{u}", "approx"), ("{n}{u}左右", "approx"),
    ("超过{n}{u}", "more_than"), ("突破{n}{u}", "more_than"), ("{n}{u}以上", "at_least"),
    ("不少于{n}{u}", "at_least"), ("{n}{u}以内", "at_most"), ("不超过{n}{u}", "at_most"),
    ("不足{n}{u}", "less_than"),
]
SCALED = ["元", "美元", "人", "户", "吨", "亩", "平方米", "个", "人次", "千瓦", "家"]
UNITS = st.one_of(
    st.sampled_from(sorted(BASE_UNITS)),
    st.tuples(st.sampled_from(sorted(SCALES)), st.sampled_from(SCALED)).map("".join),
)
FULL_WIDTH = str.maketrans("0123456789.%", "０１２３４５６７８９．％")


@settings(max_examples=300, deadline=None)
@given(
    value=st.decimals(min_value=0, max_value=10**7, places=2, allow_nan=False),
    unit=UNITS,
    template=st.sampled_from(TEMPLATES),
    separators=st.booleans(),
    full_width=st.booleans(),
)
def test_formatted_value_parses_back_to_itself(value, unit, template, separators, full_width):
    number = f"{value:,}" if separators else f"{value}"
    text = template[0].format(n=number, u=unit)
    if full_width:
        text = text.translate(FULL_WIDTH)
    q = parse_quantity(text)
    expected_unit = parse_unit(unit)
    assert q.value == pytest.approx(float(value))
    assert (q.unit, q.unit_base) == expected_unit[:2]
    assert q.qualifier == template[1]
    assert q.value_base == pytest.approx(float(value) * expected_unit[2])


@settings(max_examples=500, deadline=None)
@given(st.text(alphabet=st.sampled_from(list("0123456789.,:-[]%万亿千百十两二〇零一五余多以上下内左右约超过突破不少于元人个家年省下达指标保持稳定 ")) ) | st.text())
def test_arbitrary_text_raises_only_the_documented_error(text):
    try:
        q = parse_quantity(text)
    except QuantityError:
        return
    assert isinstance(q, Quantity)
    assert q.value is None or math.isfinite(q.value)
