"""Bulletin tables of amounts (产品名称 | 单位 | 产量 | 比上年增长(%)) in the tab, space and pipe layouts.

Fixtures under tests/fixtures/products: one fictional county's 2024 bulletin
(青禾县, written for the project), the same two tables in three layouts. The
expected rows below are checked by hand against the fixture lines.
"""

from __future__ import annotations

from pathlib import Path

import pandas as pd
import pytest

from analysis.extract import extract, read_documents
from analysis.extract.accounting import collect, sentence_numbers, table_cells, table_lines
from analysis.extract.sources import Document, Source
from analysis.extract.tables import TableBlock, build_table, extract_tables
from analysis.extract.tables.common import Cell, TableRow
from analysis.extract.tables.indicators import is_product_header
from analysis.extract.tables.products import item_name

PRODUCTS = Path(__file__).resolve().parent / "fixtures" / "products"
LAYOUTS = ("qh_bulletin_tabs", "qh_bulletin_spaces", "qh_bulletin_pipes")

# (indicator, measure) -> (value, unit, column), the same in every layout; period 2024, status actual.
EXPECTED = {
    ("水泥产量", "level"): (86.2, "万吨", "产量"),
    ("水泥产量", "growth"): (-3.5, "%", "比上年增长(%)"),
    ("发电量", "level"): (12.47, "亿千瓦时", "产量"),            # names a quantity: no 产量 added
    ("发电量", "growth"): (6.8, "%", "比上年增长(%)"),
    ("饲料产量", "level"): (23.6, "万吨", "产量"),               # its growth cell is —: no growth
    ("运动鞋产量", "growth"): (4.3, "%", "比上年增长(%)"),        # 万打 (dozens) is no unit known: no level
    ("夹层玻璃产量", "level"): (9.6, "万平方米", "产量"),          # 其中： taken off
    ("夹层玻璃产量", "growth"): (18.2, "%", "比上年增长(%)"),
    ("粮食总产量", "level"): (31.52, "万吨", "绝对数"),           # under 绝对数: names kept as written
    ("粮食总产量", "growth"): (1.8, "%", "比上年增长%"),
    ("油料", "level"): (8460, "吨", "绝对数"),
    ("油料", "growth"): (-2.4, "%", "比上年增长%"),
    ("生猪出栏", "level"): (28.7, "万头", "绝对数"),              # growth —
    ("农林牧渔业总产值", "level"): (68.9, "亿元", "绝对数"),
    ("农林牧渔业总产值", "growth"): (3.9, "%", "比上年增长%"),
}


@pytest.fixture(scope="module")
def tables():
    per_document = [extract([doc]) for doc in read_documents(PRODUCTS)]
    return {name: pd.concat([t[name] for t in per_document], ignore_index=True) for name in per_document[0]}


def _table_obs(tables, doc_id):
    obs = tables["observations"]
    return obs[(obs.doc_id == doc_id) & (obs.source == "table")]


@pytest.mark.parametrize("doc_id", LAYOUTS)
def test_each_layout_gives_the_hand_checked_rows(tables, doc_id):
    obs = _table_obs(tables, doc_id)
    obs = obs[obs.indicator != "钢化玻璃产量"]           # the short row: by layout, below
    got = {(r.indicator, r.measure): (r.value, r.unit, r.column) for r in obs.itertuples()}
    assert got == EXPECTED
    assert set(obs.status) == {"actual"} and set(obs.period) == {"2024"} and set(obs.year) == {2024}
    assert set(obs.qualifier) == {"exact"} and set(obs.scope) == {"district"}
    rows = tables["indicator_rows"].query("doc_id == @doc_id")
    assert rows.indicator.tolist()[:5] == ["水泥产量", "发电量", "饲料产量", "运动鞋产量", "夹层玻璃产量"]
    assert rows.query("indicator == '运动鞋产量'").unit.tolist() == ["万打"]


@pytest.mark.parametrize("doc_id, cement_line", [("qh_bulletin_tabs", 16), ("qh_bulletin_spaces", 17),
                                                 ("qh_bulletin_pipes", 17)])
def test_values_cite_their_own_line_and_tables_cover_the_rows(tables, doc_id, cement_line):
    obs = _table_obs(tables, doc_id).set_index(["indicator", "measure"])
    assert obs.loc[("水泥产量", "level"), ["line", "value_text"]].tolist() == [cement_line, "86.2"]
    assert obs.loc[("水泥产量", "growth"), "value_text"] == "-3.5"
    found = tables["tables"].query("doc_id == @doc_id")
    assert set(found.kind) == {"products"}
    assert found.title.tolist() == ["表1  2024年规模以上工业主要产品产量", "表2  主要农业指标"]
    assert found.line.tolist()[0] == 14                  # from the title
    text = tables["observations"].query("doc_id == @doc_id and source == 'text'")
    assert not set(text.line) & {line for t in found.itertuples() for line in range(t.line, t.line_end + 1)}
    assert ("地区生产总值", 286.4) in set(zip(text.indicator, text.value))      # the prose around is read


def test_unknown_unit_is_flagged_and_gives_no_level(tables):
    flags = tables["flags"].query("kind == 'unknown_unit'")
    assert sorted(flags.doc_id) == sorted(LAYOUTS)
    assert set(flags.text) == {"126.5"} and all("万打" in d for d in flags.detail)
    obs = tables["observations"]
    assert obs.query("indicator == '运动鞋产量' and measure == 'level'").empty
    assert 126.5 not in set(obs.value)


def test_a_dash_growth_cell_is_no_value_and_no_flag(tables):
    obs = tables["observations"]
    assert obs.query("indicator in ['饲料产量', '生猪出栏'] and measure == 'growth'").empty
    assert tables["flags"][tables["flags"].text == "—"].empty


@pytest.mark.parametrize("doc_id", ["qh_bulletin_tabs", "qh_bulletin_pipes"])
def test_a_short_separated_row_is_flagged_never_shifted(tables, doc_id):
    assert _table_obs(tables, doc_id).query("indicator.str.startswith('钢化玻璃')").empty
    flags = tables["flags"].query("doc_id == @doc_id and kind == 'row_width'")
    assert flags.text.tolist() == ["钢化玻璃", "万平方米", "35.8"]
    assert all("3 cells for 4 columns" in d for d in flags.detail)


def test_a_short_space_aligned_row_is_read_by_position_and_flagged(tables):
    obs = _table_obs(tables, "qh_bulletin_spaces").query("indicator == '钢化玻璃产量'")
    assert obs[["measure", "value", "unit", "line"]].values.tolist() == [["level", 35.8, "万平方米", 22]]
    flags = tables["flags"].query("doc_id == 'qh_bulletin_spaces' and kind == 'missing_cell'")
    assert flags[["line", "text"]].values.tolist() == [[22, "钢化玻璃"]]


@pytest.mark.parametrize("doc_id", LAYOUTS)
def test_accounting_every_table_line_cell_and_number(doc_id):
    doc = next(d for d in read_documents(PRODUCTS) if d.doc_id == doc_id)
    out = collect(doc)
    lines = table_lines(doc, out)
    assert len(lines) >= 14 and lines.query("status == 'unaccounted'").empty
    cells = table_cells(doc, out)
    assert len(cells) == 39 and set(cells.status) <= {"placed", "structural", "flagged"}
    assert sentence_numbers(doc, out).query("status == 'unaccounted'").empty
    flagged_in_tables = [f for f in out.rows["flags"] if f["kind"] in ("number_without_unit", "layout_break_unresolved")]
    assert flagged_in_tables == []                       # the prose no longer reads the rows


# --- the pieces ----------------------------------------------------------------------------------


@pytest.mark.parametrize("cells, expected", [
    (["产品名称", "单位", "产量", "比上年增长(%)"], True),
    (["产品名称", "单位", "产量", "比上年增长（％）"], True),        # full-width brackets folded
    (["指标名称", "计量单位", "绝对数", "比上年增长%"], True),
    (["产品", "单位", "产量", "增长%"], True),
    (["指标", "单位", "本年", "比上年±%"], True),
    (["项目", "单位", "全年", "同比增长"], True),
    (["产品名称", "单位", "产量"], True),
    (["项目", "单位", "数量"], False),                            # 数量 alone may list targets
    (["项目", "单位", "数量", "增长(%)"], True),
    (["单位", "产品名称", "产量"], False),                         # the item column comes first
    (["指标", "单位", "2020年", "2025年"], False),                 # a plan table
    (["产品名称", "单位", "产量", "比上年增长(%)", "备注"], False),  # every cell a declared word
    (["产品名称", "单位"], False),
    (["指标名称", "单位", "1-9月", "同比增长(%)", "全市增速(%)", "全市位次"], True),   # flagged columns after
    (["指标名称", "单位", "全市增速(%)", "位次"], False),             # none of its own
    (["指标名称", "单位", "1-9月完成", "同比增长(%)", "全年目标", "完成进度(%)"], True),
    (["指标名称", "单位", "1-10月", "同比增长(%)", "全年目标(%)"], True),      # the year's growth target
    (["指标名称", "单位", "1-10月", "全年目标(%)"], False),            # a % target with no growth beside it
    (["指标名称", "单位", "1-6月", "同比增长(%)", "全年目标增长(%)"], True),
    (["指标名称", "单位", "1-6月", "全年目标增长(%)"], True),          # it says 增长 itself
])
def test_product_header_words(cells, expected):
    assert is_product_header(cells) is expected


@pytest.mark.parametrize("raw, column, expected", [
    ("原木", "产量", "原木产量"), ("发电量", "产量", "发电量"), ("工业总产值", "产量", "工业总产值"),
    ("生猪出栏", "产量", "生猪出栏"), ("其中：夏粮", "产量", "夏粮产量"), ("夏粮", "绝对数", "夏粮"),
    ("茶叶", "本年", "茶叶"), ("茶叶", None, "茶叶"),
])
def test_item_names(raw, column, expected):
    assert item_name(raw, column) == expected


def _doc(lines, title="某县2023年国民经济和社会发展统计公报", published="2024-04") -> Document:
    source = Source("x.txt", "pt", "某县", "某市", "江西省", "bulletin", published, title)
    return Document(source, Path("x.txt"), tuple(lines), "utf-8", "")


def test_the_year_is_the_bulletins_data_year_unless_the_title_names_one():
    lines = ("表3  主要产品产量", "产品名称\t单位\t产量\t比上年增长(%)", "原木\t万立方米\t4.6\t-1.2")
    obs = extract_tables(_doc(lines)).rows["observations"]
    assert [(o["indicator"], o["measure"], o["year"], o["period"]) for o in obs] == [
        ("原木产量", "level", 2023, "2023"), ("原木产量", "growth", 2023, "2023")]
    lines = ("表3  2022年主要产品产量",) + lines[1:]
    obs = extract_tables(_doc(lines)).rows["observations"]
    assert {o["year"] for o in obs} == {2022}


def test_cells_that_do_not_fit_their_columns_are_flagged():
    lines = ("产品名称\t单位\t产量\t比上年增长(%)",
             "水泥\t86.2\t万吨\t3.1",                   # unit and amount swapped
             "砖\t万块\t1250\t2.0")                      # 块 reads as 元: no output is money
    out = extract_tables(_doc(lines))
    assert [(o["indicator"], o["measure"], o["value"]) for o in out.rows["observations"]] == [("砖产量", "growth", 2.0)]
    kinds = [(f["kind"], f["text"]) for f in out.rows["flags"]]
    assert kinds == [("row_width", "水泥"), ("row_width", "86.2"), ("row_width", "万吨"), ("row_width", "3.1"),
                     ("unknown_unit", "1250")]
    assert table_cells(_doc(lines), out).query("status == 'unaccounted'").empty


def test_a_tab_row_in_a_space_aligned_table_with_one_cell_per_column_is_read_in_order():
    lines = ("表1  主要农产品产量", "指标    单位    产量    比上年增长(%)",
             "粮食\t万吨\t18.62\t1.4",                 # tabs that happen to fall under the columns
             "柑橘    万吨    72.40   5.6",
             "生猪出栏\t万头\t46.7\t4.1")               # a longer label: its tabs put the cells off
    out = extract_tables(_doc(lines))
    got = {(o["indicator"], o["measure"]): (o["value"], o["unit"]) for o in out.rows["observations"]}
    assert got[("生猪出栏", "level")] == (46.7, "万头") and got[("生猪出栏", "growth")] == (4.1, "%")
    assert got[("粮食产量", "growth")] == (1.4, "%") and got[("柑橘产量", "level")] == (72.4, "万吨")
    assert [(f["kind"], f["line"]) for f in out.rows["flags"]] == [("row_read_in_order", 5)]


def test_an_extra_cell_is_flagged_never_shifted():
    lines = ("| 产品名称 | 单位 | 产量 | 比上年增长(%) |", "| 原木 | 万立方米 | 4.6 | -1.2 | 见注 |")
    out = extract_tables(_doc(lines))
    assert out.rows["observations"] == []
    assert [f["kind"] for f in out.rows["flags"]] == ["row_width"] * 5


def test_structured_tables_take_the_same_builder():
    header = ["产品名称", "计量单位", "产量", "比上年增长(%)"]
    row = TableRow([Cell([(3, t)], column=k) for k, t in enumerate(["啤酒", "千升", "5230", "-0.6"])], width=4)
    lines = ("某县2023年统计公报", "", *["\t".join(header), "啤酒\t千升\t5230\t-0.6"])
    out = extract_tables(_doc(lines[:2]))
    block = TableBlock("html", header, [], [2], [row], [], 1, 3)
    assert build_table(_doc(lines), block, out) == "products"
    assert [(o["indicator"], o["measure"], o["value"], o["unit"]) for o in out.rows["observations"]] == [
        ("啤酒产量", "level", 5230, "千升"), ("啤酒产量", "growth", -0.6, "%")]


def test_evaluate_finds_a_cell_by_its_row_label(tmp_path):
    from analysis.evaluate import evaluate
    from analysis.extract import run

    run(PRODUCTS, tmp_path)
    rows = evaluate(tmp_path, PRODUCTS / "key.csv").rows.set_index("id")
    # 水泥产量 starts with the quoted row's label 水泥; p04 quotes another row than the 86.2 cell's.
    assert rows.result.to_dict() == {"p01": "fully_right", "p02": "fully_right", "p03": "fully_right",
                                     "p04": "missing"}
    assert rows.loc["p02", "line"] == 17


def test_a_sentence_above_a_tables_caption_is_prose_not_its_title():
    # a bulletin's paragraph that ends by announcing the table (…产量如下：) stays prose: its figures are read
    lines = ("三、工业",
             "全年规模以上工业增加值比上年增长6.8%，规模以上工业企业达到418家。主要产品产量如下：",
             "表1　2024年主要工业产品产量",
             "产品名称\t单位\t产量\t比上年增长(%)",
             "鞋\t万双\t2150\t-3.4")
    doc = _doc(lines, published="2025-03")
    out = extract([Document(doc.source, doc.path, doc.lines, doc.encoding, "0" * 64)])
    assert out["tables"].title.tolist() == ["表1　2024年主要工业产品产量"]
    got = {(o.indicator, o.measure, o.value, o.unit) for o in out["observations"].itertuples()}
    assert got == {("规模以上工业增加值", "growth", 6.8, "%"), ("规模以上工业企业", "level", 418, "家"),
                   ("鞋产量", "level", 2150, "万双"), ("鞋产量", "growth", -3.4, "%")}


def test_a_table_of_main_indicators_with_an_absolute_value_column_parted_by_two_spaces():
    lines = ("表1　2023年主要经济指标完成情况",
             "指标  单位  绝对值  比上年增长（%）",
             "规模以上工业增加值  亿元  —  6.2",          # no amount: the growth only
             "社会消费品零售总额  亿元  158.7  6.9",
             "  其中：网上零售额  亿元  24.18  15.6")
    obs = extract_tables(_doc(lines)).rows["observations"]
    assert [(o["indicator"], o["measure"], o["value"], o["year"]) for o in obs] == [
        ("规模以上工业增加值", "growth", 6.2, 2023),
        ("社会消费品零售总额", "level", 158.7, 2023), ("社会消费品零售总额", "growth", 6.9, 2023),
        ("网上零售额", "level", 24.18, 2023), ("网上零售额", "growth", 15.6, 2023)]


def test_a_table_of_the_year_so_far_dates_its_rows_by_its_months_header():
    lines = ("附：2024年1-9月青禾县主要经济指标",
             "指标\t单位\t1-9月\t同比增长(%)",
             "地区生产总值\t亿元\t128.4\t5.9",
             "  第一产业增加值\t亿元\t14.06\t3.1",
             "规模以上工业增加值\t亿元\t—\t8.8",
             "城镇常住居民人均可支配收入\t元\t31208\t4.6")
    obs = extract_tables(_doc(lines, title="前三季度青禾县经济运行", published="2024-10-25")).rows["observations"]
    got = {(o["indicator"], o["measure"]): (o["value"], o["period"]) for o in obs}
    assert got == {("地区生产总值", "level"): (128.4, "2024-01/2024-09"),
                   ("地区生产总值", "growth"): (5.9, "2024-01/2024-09"),
                   ("第一产业增加值", "level"): (14.06, "2024-01/2024-09"),
                   ("第一产业增加值", "growth"): (3.1, "2024-01/2024-09"),
                   ("规模以上工业增加值", "growth"): (8.8, "2024-01/2024-09"),
                   ("城镇常住居民人均可支配收入", "level"): (31208, "2024-01/2024-09"),
                   ("城镇常住居民人均可支配收入", "growth"): (4.6, "2024-01/2024-09")}


def test_a_rank_column_and_another_units_column_are_flagged_not_read():
    lines = ("附表  主要指标完成情况",
             "指标名称\t单位\t1-9月\t同比增长（%）\t全市增速（%）\t全市位次",
             "规模以上工业增加值\t%\t—\t7.4\t6.1\t2",
             "一般公共预算收入\t亿元\t5.12\t9.8\t4.3\t1")
    out = extract_tables(_doc(lines, title="某县人民政府办公室关于2024年前三季度主要经济指标的通报",
                              published="2024-10-28"))
    got = [(o["indicator"], o["measure"], o["value"], o["period"]) for o in out.rows["observations"]]
    assert got == [("规模以上工业增加值", "growth", 7.4, "2024-01/2024-09"),
                   ("一般公共预算收入", "level", 5.12, "2024-01/2024-09"),
                   ("一般公共预算收入", "growth", 9.8, "2024-01/2024-09")]
    flagged = sorted((f["kind"], f["text"]) for f in out.rows["flags"] if f["kind"].endswith("_column"))
    assert flagged == [("other_unit_column", "4.3"), ("other_unit_column", "6.1"),
                       ("rank_column", "1"), ("rank_column", "2")]


def test_a_progress_table_gives_the_year_so_far_and_the_years_target():
    lines = ("二、主要指标完成情况",
             "指标名称\t单位\t1-9月完成\t同比增长(%)\t全年目标\t完成进度(%)",
             "社会消费品零售总额\t亿元\t36.52\t4.8\t50\t73.0",
             "金融机构贷款余额\t亿元\t186.3\t7.9\t—\t—")
    out = extract_tables(_doc(lines, title="某县人民政府办公室关于2024年1—9月全县主要经济指标完成情况的通报",
                              published="2024-10-25"))
    got = [(o["indicator"], o["measure"], o["value"], o["status"], o["period"]) for o in out.rows["observations"]]
    assert got == [("社会消费品零售总额", "level", 36.52, "actual", "2024-01/2024-09"),
                   ("社会消费品零售总额", "growth", 4.8, "actual", "2024-01/2024-09"),
                   ("社会消费品零售总额", "level", 50, "target", "2024"),
                   ("金融机构贷款余额", "level", 186.3, "actual", "2024-01/2024-09"),
                   ("金融机构贷款余额", "growth", 7.9, "actual", "2024-01/2024-09")]
    assert [(f["kind"], f["text"]) for f in out.rows["flags"] if f["kind"] == "ratio_column"] == [
        ("ratio_column", "73.0")]


def test_a_target_in_percent_beside_a_growth_column_is_the_years_growth_target():
    lines = ("二、主要指标完成情况表",
             "指标名称\t单位\t1-10月\t同比增长(%)\t全年目标(%)",
             "固定资产投资\t亿元\t48.07\t-2.6\t9",
             "其中：民间投资\t亿元\t20.15\t5.3\t—")
    out = extract_tables(_doc(lines, title="某县人民政府办公室关于2024年1—10月全县主要经济指标完成情况的通报",
                              published="2024-11-15"))
    got = [(o["indicator"], o["measure"], o["value"], o["unit"], o["status"], o["period"])
           for o in out.rows["observations"]]
    assert got == [("固定资产投资", "level", 48.07, "亿元", "actual", "2024-01/2024-10"),
                   ("固定资产投资", "growth", -2.6, "%", "actual", "2024-01/2024-10"),
                   ("固定资产投资", "growth", 9, "%", "target", "2024"),
                   ("民间投资", "level", 20.15, "亿元", "actual", "2024-01/2024-10"),
                   ("民间投资", "growth", 5.3, "%", "actual", "2024-01/2024-10")]
