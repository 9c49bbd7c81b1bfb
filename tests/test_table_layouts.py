"""One table model, several readers: the same indicator table in four layouts gives the same data.

Fixtures under tests/fixtures/layouts (a fictional county, written for the
project; ``make_fixtures.py`` there writes the four layouts of one table).
Values below are checked by hand against the fixture lines.
"""

from __future__ import annotations

from pathlib import Path

import pandas as pd
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from analysis.extract import extract, read_documents
from analysis.extract.accounting import collect, table_cells, table_lines
from analysis.extract.sources import Document, Source
from analysis.extract.tables import extract_tables
from analysis.extract.tables.layouts import (
    _centred_groups, header_tokens, split_row, tokens_of,
)

LAYOUTS = Path(__file__).resolve().parent / "fixtures" / "layouts"
FOUR = ("qh_lines", "qh_tabs", "qh_spaces", "qh_pipes")
ROW_COLUMNS = ["category", "indicator", "unit", "attribute", "n_values"]
OBS_COLUMNS = ["category", "indicator", "unit", "attribute", "measure", "status", "period", "year",
               "value", "qualifier", "value_text", "column"]


@pytest.fixture(scope="module")
def layouts():
    # Each document on its own: the four forms are the same district's table, and a corpus keeps one
    # structure row per district, year and status (the others go to flags).
    per_document = [extract([doc]) for doc in read_documents(LAYOUTS)]
    return {name: pd.concat([tables[name] for tables in per_document], ignore_index=True)
            for name in per_document[0]}


def of(frame: pd.DataFrame, doc_id: str, columns: list[str]) -> pd.DataFrame:
    return frame[frame.doc_id == doc_id][columns].reset_index(drop=True)


@pytest.mark.parametrize("doc_id", FOUR[1:])
def test_four_layouts_give_the_same_rows_and_observations(layouts, doc_id):
    for table, columns in (("indicator_rows", ROW_COLUMNS), ("observations", OBS_COLUMNS),
                           ("structure", ["year", "status", "primary", "secondary", "tertiary"])):
        expected = of(layouts[table], "qh_lines", columns)
        assert len(expected) > 0
        pd.testing.assert_frame_equal(of(layouts[table], doc_id, columns), expected)


@pytest.mark.parametrize("doc_id", FOUR)
def test_each_layout_values_checked_by_hand(layouts, doc_id):
    rows = layouts["indicator_rows"].query("doc_id == @doc_id")
    assert len(rows) == 11
    assert rows.groupby("category", sort=False).size().to_dict() == {
        "经济发展": 4, "创新驱动": 2, "民生福祉": 3, "绿色生态": 2}
    assert "研究与试验发展经费投入强度" in set(rows.indicator)          # wrapped name joined
    obs = layouts["observations"].query("doc_id == @doc_id").set_index(["indicator", "measure", "period"])
    gdp = obs.loc["地区生产总值"]
    assert gdp.loc[("level", "2020"), ["value", "status", "unit"]].tolist() == [156.3, "actual", "亿元"]
    assert gdp.loc[("level", "2025"), ["value", "status"]].tolist() == [230, "target"]
    assert gdp.loc[("growth", "2021/2025"), ["value", "qualifier", "unit"]].tolist() == [8, "approx", "%"]
    rd = obs.loc[("研究与试验发展经费投入强度", "change", "2021/2025")]
    assert (rd.value, rd.unit, rd.qualifier) == (0.8, "百分点", "cumulative")
    jobless = obs.loc["城镇调查失业率"]
    assert len(jobless) == 1                                              # the two — are blanks
    assert jobless.iloc[0][["value", "qualifier", "status", "attribute"]].tolist() == [5.5, "at_most", "target", "binding"]
    structure = layouts["structure"].query("doc_id == @doc_id").set_index("year")
    assert tuple(structure.loc[2025, ["primary", "secondary", "tertiary"]]) == (7, 43, 50)


def test_tables_register_their_line_ranges_so_prose_skips_them(layouts):
    tables = layouts["tables"].set_index("table_id")
    assert tables.loc["qh_tabs.t01", ["line", "line_end", "n_rows"]].tolist() == [7, 23, 11]
    assert tables.loc["qh_spaces.t01", "n_rows"] == 11
    text = layouts["observations"].query("source == 'text' and doc_id in @FOUR")
    assert text.empty
    flags = layouts["flags"].query("doc_id in @FOUR and kind == 'number_without_unit'")
    assert flags.empty


def test_tab_row_of_another_width_is_placed_by_rule_and_flagged(layouts):
    flags = layouts["flags"].query("doc_id == 'qh_tabs' and kind == 'assigned_by_rule'")
    assert list(flags.line) == [13, 13, 13]                   # 三次产业结构: no unit column
    assert flags.text.tolist() == ["9:45:46", "7:43:50", "—"]
    # full rows of the tab layout are read by their slots, not by the rule
    assert set(flags.line) == {13}


def test_space_layout_joins_wrapped_rows_and_flags_them(layouts):
    joined = layouts["flags"].query("doc_id == 'qh_spaces' and kind == 'cell_rejoined'")
    assert joined.text.tolist() == ["度", "有量", "降低"]


def test_pdftotext_layout_by_hand(layouts):
    rows = layouts["indicator_rows"].query("doc_id == 'qh_pdf'").set_index("indicator")
    assert len(rows) == 10
    # the category printed once on a middle row (or a line of its own) fills its group
    assert rows.category.to_dict() == {
        "地区生产总值": "经济发展", "人均地区生产总值": "经济发展", "规模以上工业增加值": "经济发展",
        "服务业增加值占地区生产总值比重": "经济发展", "社会消费品零售总额": "经济发展",
        "城镇调查失业率": "社会民生", "居民人均可支配收入增长": "社会民生", "人均预期寿命": "社会民生",
        "森林覆盖率": "生态环境", "单位地区生产总值能耗降低": "生态环境"}
    assert rows.loc["服务业增加值占地区生产总值比重", "unit"] == "%"     # wrapped: 比 / 重（%）
    assert rows.loc["地区生产总值", "unit"] == "亿元"                     # unit inside the indicator cell
    obs = layouts["observations"].query("doc_id == 'qh_pdf'").set_index(["indicator", "measure", "period"])
    assert obs.loc[("规模以上工业增加值", "growth", "2021/2025"), ["value", "qualifier", "value_text"]].tolist() == [9, "approx", "9 左右"]
    assert obs.loc[("服务业增加值占地区生产总值比重", "change", "2021/2025"), "value"] == 4
    energy = obs.loc[("单位地区生产总值能耗", "growth", "2021/2025")]     # …能耗降低（%） [14]: a fall of 14%
    assert energy[["value", "unit", "qualifier"]].tolist() == [-14, "%", "cumulative"]
    assert obs.loc[("人均地区生产总值", "level", "2025"), "value"] == 70500
    assert obs.loc[("居民人均可支配收入", "growth", "2021/2025"), "qualifier"] == "qualitative"   # row …增长: its growth
    # <5.5 is a cell numbers cannot read today: flagged, never lost (or read, once it can)
    flags = layouts["flags"].query("doc_id == 'qh_pdf'")
    read = obs.reset_index().query("indicator == '城镇调查失业率' and value == 5.5")
    assert len(read) == 1 or "<5.5" in set(flags[flags.kind == "unreadable_value"].text)
    # the page footer after the table is no row, and stays inside the table's lines
    table = layouts["tables"].query("doc_id == 'qh_pdf'").iloc[0]
    assert table.line_end >= 23 and table.n_rows == 10


def test_pdftotext_table_across_a_page_break(layouts):
    rows = layouts["indicator_rows"].query("doc_id == 'qh_pages'")
    assert rows[["category", "indicator", "unit"]].values.tolist() == [
        ["经济发展", "地区生产总值", "亿元"], ["经济发展", "一般公共预算收入", "亿元"],
        ["经济发展", "规模以上工业增加值增速", "%"], ["民生", "城镇调查失业率", "%"],
        ["民生", "人均预期寿命", "岁"], ["民生", "居民人均可支配收入增长", "%"]]
    obs = layouts["observations"].query("doc_id == 'qh_pages'")
    assert not obs.value_text.str.contains("年").any()       # the repeated header is no row
    got = {(r.indicator, r.measure, r.status, r.period): r.value for r in obs.dropna(subset=["value"]).itertuples()}
    assert got == {("地区生产总值", "level", "expected", "2020"): 156.3,     # 基期值: estimates (note)
                   ("地区生产总值", "level", "target", "2025"): 230,
                   ("地区生产总值", "growth", "target", "2021/2025"): 8,
                   ("一般公共预算收入", "level", "expected", "2020"): 9.8,
                   ("一般公共预算收入", "level", "target", "2025"): 14.2,
                   ("一般公共预算收入", "growth", "target", "2021/2025"): 7.7,
                   ("规模以上工业增加值", "growth", "target", "2021/2025"): 8,        # row …增速: its growth
                   ("人均预期寿命", "level", "expected", "2020"): 78.1,
                   ("人均预期寿命", "level", "target", "2025"): 79,
                   ("人均预期寿命", "change", "target", "2021/2025"): 0.9,
                   ("城镇调查失业率", "level", "target", "2025"): 5.5}      # the cell <5.5
    assert obs.query("indicator == '城镇调查失业率'").qualifier.tolist() == ["less_than"]
    flags = layouts["flags"].query("doc_id == 'qh_pages'")
    assert "经济发展" in set(flags[flags.kind == "cell_rejoined"].detail.str.extract(r"'(.+)'")[0])
    assert not (flags.kind == "category_by_rule").any()


def test_yearly_target_columns(layouts):
    obs = layouts["observations"].query("table_id == 'qh_yearly.t01' and indicator == '地区生产总值'")
    assert obs.set_index("year").status.to_dict() == {
        2020: "actual", 2021: "target", 2022: "target", 2023: "target", 2024: "target", 2025: "target"}
    assert obs.set_index("year").value.to_dict()[2023] == 196


def test_space_layout_second_header_row(layouts):
    obs = layouts["observations"].query("table_id == 'qh_yearly.t02' and indicator == '城镇居民人均可支配收入'")
    got = {(r.measure, r.status, r.period): r.value for r in obs.itertuples()}
    assert got == {("level", "actual", "2015"): 24350, ("level", "expected", "2020"): 36520,
                   ("level", "target", "2020"): 37500, ("growth", "expected", "2016/2020"): 8.4,
                   ("growth", "target", "2016/2020"): 9}
    rows = layouts["indicator_rows"].query("table_id == 'qh_yearly.t02'")
    assert rows.category.tolist() == ["经济发展", "经济发展", "民生福祉"]
    assert rows.unit.tolist() == ["亿元", "亿元", "元"]                # （元） wrapped onto its own line


def test_ranked_list_and_task_table_in_row_layouts(layouts):
    firms = layouts["enterprises"].query("doc_id == 'qh_lists'")
    assert firms["rank"].tolist() == [1, 2, 3] and set(firms.year) == {2020}
    assert firms.set_index("rank").loc[2, "name"] == "云州市恒通电子科技有限公司"
    tasks = layouts["tasks"].query("doc_id == 'qh_lists'")
    assert tasks.task_no.tolist() == [1, 2] and set(tasks.section_claimed) == {2}
    units = layouts["task_units"].query("doc_id == 'qh_lists'")
    assert units[units.task_no == 1][["role", "unit"]].values.tolist() == [["lead", "县发改委"], ["support", "县重点项目服务中心"]]


@pytest.mark.parametrize("doc_id", ["qh_lines", "qh_tabs", "qh_spaces", "qh_pipes", "qh_pdf", "qh_pages",
                                    "qh_yearly", "qh_lists"])
def test_accounting_holds_for_every_layout(doc_id):
    doc = next(d for d in read_documents(LAYOUTS) if d.doc_id == doc_id)
    out = collect(doc)
    lines = table_lines(doc, out)
    assert len(lines) > 3
    assert lines[lines.status == "unaccounted"].empty, lines[lines.status == "unaccounted"]
    cells = table_cells(doc, out)                 # every cell, not only every line
    assert len(cells) >= 15 and set(cells.status) <= {"placed", "structural", "flagged"}


# --- the pieces ----------------------------------------------------------------------------------


def test_tokens_use_display_width():
    tokens = tokens_of("  经济发展    地区生产总值  156.3")
    assert [(t.start, t.end, t.text) for t in tokens] == [(2, 10, "经济发展"), (14, 26, "地区生产总值"), (28, 33, "156.3")]
    assert [t.text for t in tokens_of("8 左右   2020 年")] == ["8 左右", "2020 年"]


def test_spaced_header_words_are_joined():
    assert [t.text for t in header_tokens("类  别   指  标   2020 年   属  性")] == ["类别", "指标", "2020 年", "属性"]


def test_split_rows():
    assert split_row("\t地区生产总值\t亿元\t\t230", "tabs") == ["", "地区生产总值", "亿元", "", "230"]
    assert split_row("| 类别 | 指标 |  |", "pipes") == ["类别", "指标", ""]
    assert split_row("|---|---|", "pipes") is None
    assert split_row("地区生产总值", "tabs") is None


def test_centred_categories():
    # one group of 3 with its category on the middle row: the only reading
    assert _centred_groups([1], 3) == ([0], [3], set())
    # groups 3, 1, 3 read first; 2, 3, 2 (categories on the upper/lower middle row) fits too:
    # the rows the two readings give to different categories are unsure
    assert _centred_groups([1, 3, 5], 7) == ([0, 3, 4], [3, 4, 7], {2, 4})
    # groups of 4 and 2 with the category on a line between the middle rows
    assert _centred_groups([1.5, 4.5], 6) == ([0, 4], [4, 6], set())
    # a category on the upper middle row of an even group: two readings fit, the rows between are unsure
    starts, bounds, unsure = _centred_groups([1, 4], 6)
    assert bounds[-1] == 6 and 3 in unsure


def _doc(lines) -> Document:
    source = Source("x.txt", "fuzz", "某县", "某市", "江西省", "plan", "2021", "t")
    return Document(source, Path("x.txt"), tuple(lines), "utf-8", "")


def _aligned(*cells: tuple[int, str]) -> str:
    """A space-aligned line: each cell starts at its display column (CJK = 2 columns)."""
    line = ""
    for column, text in cells:
        line += " " * max(column - sum(2 if ord(ch) > 0x2E80 else 1 for ch in line), 0) + text
    return line


def test_spilled_cell_is_read_whole_and_flagged():
    lines = (_aligned((0, "类别"), (8, "指  标"), (28, "单位"), (36, "2020 年"), (47, "2025 年"), (58, "属性")),
             _aligned((0, "经济"), (8, "地区生产总值"), (28, "亿元"), (36, "156.3"), (47, "230"), (58, "预期性")),
             _aligned((8, "规模以上工业企业营业收入"), (36, "12.5"), (47, "15"), (58, "预期性")),
             _aligned((8, "森林覆盖率"), (28, "%"), (36, "68.2"), (47, "68.5"), (58, "约束性")))
    out = extract_tables(_doc(lines))
    spilled = [f for f in out.rows["flags"] if f["kind"] == "cell_spilled"]
    assert [(f["line"], f["text"]) for f in spilled] == [(3, "规模以上工业企业营业收入")]
    rows = {r["indicator"]: (r["category"], r["unit"]) for r in out.rows["indicator_rows"]}
    assert rows == {"地区生产总值": ("经济", "亿元"), "规模以上工业企业营业收入": ("经济", "元"),   # 收入: unit inferred, flagged
                    "森林覆盖率": ("经济", "%")}
    obs = {(o["indicator"], o["year"]): o["value"] for o in out.rows["observations"]}
    assert obs[("规模以上工业企业营业收入", 2020)] == 12.5
    assert obs[("规模以上工业企业营业收入", 2025)] == 15
    assert obs[("森林覆盖率", 2025)] == 68.5


@pytest.fixture(scope="module")
def layout_lines():
    return {name: (LAYOUTS / f"plan_{name}.txt").read_text(encoding="utf-8").split("\n")
            for name in ("tabs", "spaces", "pipes", "pdf", "pdf_pages")}


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(data=st.data())
def test_row_readers_survive_dropped_duplicated_and_damaged_lines(layout_lines, data):
    lines = list(layout_lines[data.draw(st.sampled_from(sorted(layout_lines)))])
    for _ in range(data.draw(st.integers(0, 6))):
        k = data.draw(st.integers(2, len(lines) - 1))
        action = data.draw(st.sampled_from(["drop", "duplicate", "cut", "shift", "jitter"]))
        if action == "drop" and len(lines) > 10:
            lines.pop(k)
        elif action == "duplicate":
            lines.insert(k, lines[k])
        elif action == "cut":
            lines[k] = lines[k][: data.draw(st.integers(0, max(len(lines[k]) - 1, 0)))]
        elif action == "shift":
            lines[k] = "   " + lines[k]
        else:
            at = data.draw(st.integers(0, len(lines[k])))
            lines[k] = lines[k][:at] + " " * data.draw(st.integers(1, 3)) + lines[k][at:]
    doc = _doc(lines)
    out = extract_tables(doc)
    assert table_lines(doc, out).query("status == 'unaccounted'").empty
    assert table_cells(doc, out).query("status == 'unaccounted'").empty


def test_a_structured_reader_plugs_in_and_gives_the_same_data(layouts):
    """What an HTML/DOCX/PDF table reader (issue 14) hands over: header texts and rows of cells
    with their column; its text rendition shows one row a line. Same data as the four layouts."""
    import importlib.util
    from analysis.extract.stage import assemble
    from analysis.extract.tables import Cell, Collector, TableBlock, TableRow, build_table
    from analysis.dictionary import load_dictionary

    spec = importlib.util.spec_from_file_location("make_layouts", LAYOUTS / "make_fixtures.py")
    make = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(make)
    title = "表1 青禾县“十四五”时期经济社会发展主要指标"
    rendition = [title, " | ".join(make.HEADER)] + [" | ".join(r) for r in make.ROWS] + ["注：[ ]内为五年累计数。"]
    rows = []
    for k, cells in enumerate(make.ROWS):
        line = k + 3
        shown = [c if (k == 0 or c != make.ROWS[k - 1][0]) or j else "" for j, c in enumerate(cells)]
        rows.append(TableRow([Cell([(line, c)], column=j) for j, c in enumerate(shown) if c], width=len(cells)))
    doc = _doc(rendition)
    out = Collector(doc)
    block = TableBlock("html", list(make.HEADER), [], [2], rows, [(len(rendition), rendition[-1])], 1, len(rendition))
    assert build_table(doc, block, out) == "indicators"
    assert table_lines(doc, out).query("status == 'unaccounted'").empty
    assert table_cells(doc, out).query("status == 'unaccounted'").empty
    rows_out = {name: list(r) for name, r in out.rows.items()}
    rows_out["documents"] = []
    built = assemble([rows_out], load_dictionary())
    for table, columns in (("indicator_rows", ROW_COLUMNS), ("observations", OBS_COLUMNS)):
        pd.testing.assert_frame_equal(of(built[table], "fuzz", columns), of(layouts[table], "qh_lines", columns))


def test_tab_rows_with_a_category_row_of_its_own():
    lines = ("指标\t单位\t2020年\t2025年\t属性",              # no category column: not a category row
             "地区生产总值\t亿元\t156.3\t230\t预期性",
             "",
             "类别\t指标\t单位\t2020年\t2025年\t属性",
             "经济发展",
             "\t地区生产总值\t亿元\t156.3\t230\t预期性",
             "\t一般公共预算收入\t亿元\t9.8\t14.2\t预期性",
             "生态环境",
             "\t森林覆盖率\t%\t68.2\t68.5\t约束性")
    out = extract_tables(_doc(lines))
    rows = [(r["table_id"], r["category"], r["indicator"]) for r in out.rows["indicator_rows"]]
    assert rows == [("fuzz.t01", "", "地区生产总值"), ("fuzz.t02", "经济发展", "地区生产总值"),
                    ("fuzz.t02", "经济发展", "一般公共预算收入"), ("fuzz.t02", "生态环境", "森林覆盖率")]
    assert table_lines(_doc(lines), out).query("status == 'unaccounted'").empty


def test_one_cell_a_line_header_with_spaced_words_and_years():
    lines = ["类  别", "指  标", "2020 年", "2025 年", "年均增长(%)", "属  性",
             "经济发展", "地区生产总值(亿元)", "156.3", "230", "8左右", "预期性"]
    out = extract_tables(_doc([c for cell in lines for c in (cell, "")]))
    obs = {(o["measure"], o["period"]): (o["value"], o["status"]) for o in out.rows["observations"]}
    assert obs == {("level", "2020"): (156.3, "actual"), ("level", "2025"): (230, "target"),
                   ("growth", "2021/2025"): (8, "target")}


def test_space_layout_header_cells_wrapped_onto_a_second_line():
    lines = ("表5 某县主要指标",
             _aligned((0, "类别"), (10, "指  标"), (36, "2020 年"), (48, "2025 年"), (60, "年均增长"), (72, "属性")),
             _aligned((36, "基期值"), (48, "目标值"), (61, "(%)")),
             _aligned((0, "经济发展"), (10, "地区生产总值（亿元）"), (36, "156.3"), (48, "230"), (60, "8 左右"), (72, "预期性")),
             _aligned((10, "一般公共预算收入（亿元）"), (36, "9.8"), (48, "14.2"), (60, "7.7"), (72, "预期性")),
             "",
             "注：2020年基期值为预计数。")
    out = extract_tables(_doc(lines))
    obs = {(o["indicator"], o["measure"], o["period"]): (o["value"], o["status"], o["column"])
           for o in out.rows["observations"]}
    assert obs[("地区生产总值", "level", "2020")] == (156.3, "expected", "2020年基期值")   # base estimated (note)
    assert obs[("地区生产总值", "level", "2025")] == (230, "target", "2025年目标值")
    assert obs[("一般公共预算收入", "growth", "2021/2025")] == (7.7, "target", "年均增长(%)")
    assert [r["category"] for r in out.rows["indicator_rows"]] == ["经济发展", "经济发展"]
    assert table_cells(_doc(lines), out).query("status == 'unaccounted'").empty


def test_a_row_whose_cells_do_not_fit_their_columns_is_read_by_content():
    # the row below lost its empty category cell and gained a trailing tab: same width, shifted
    lines = ("类别\t指标\t单位\t2020年\t2025年\t年均增长(%)\t属性",
             "经济发展\t地区生产总值\t亿元\t156.3\t230\t8\t预期性",
             "一般公共预算收入\t亿元\t9.8\t14.2\t7.7\t预期性\t")
    out = extract_tables(_doc(lines))
    obs = {(o["indicator"], o["measure"], o["period"]): o["value"] for o in out.rows["observations"]}
    assert obs[("一般公共预算收入", "level", "2020")] == 9.8
    assert obs[("一般公共预算收入", "growth", "2021/2025")] == 7.7
    rows = {r["indicator"]: (r["category"], r["unit"]) for r in out.rows["indicator_rows"]}
    assert rows["一般公共预算收入"] == ("经济发展", "亿元")
    ruled = [f for f in out.rows["flags"] if f["kind"] == "assigned_by_rule"]
    assert {f["line"] for f in ruled} == {3} and "do not fit" in ruled[0]["detail"]


def test_space_layout_header_centred_over_three_lines():
    lines = ("表6 某县主要指标",
             "",
             _aligned((36, "2020 年"), (48, "2025 年"), (60, "年均增长"), (88, "单位：亿元")),
             _aligned((0, "类别"), (10, "指  标"), (72, "属性")),
             _aligned((36, "基期值"), (48, "目标值"), (61, "(%)")),
             _aligned((0, "经济发展"), (10, "地区生产总值（亿元）"), (36, "156.3"), (48, "230"), (60, "8 左右"), (72, "预期性")),
             _aligned((10, "一般公共预算收入（亿元）"), (36, "9.8"), (48, "14.2"), (60, "7.7"), (72, "预期性")))
    out = extract_tables(_doc(lines))
    obs = {(o["indicator"], o["measure"], o["period"]): (o["value"], o["status"]) for o in out.rows["observations"]}
    assert obs[("地区生产总值", "level", "2020")] == (156.3, "actual")
    assert obs[("地区生产总值", "level", "2025")] == (230, "target")
    assert obs[("一般公共预算收入", "growth", "2021/2025")] == (7.7, "target")
    table = out.rows["tables"][0]
    assert (table["line"], table["title"], table["notes"]) == (1, "表6 某县主要指标", "单位：亿元")
    assert table_lines(_doc(lines), out).query("status == 'unaccounted'").empty


def test_pipe_table_with_a_second_header_row():
    lines = ("表7 某县“十三五”主要指标完成情况",
             "| 类别 | 指标 | 2015年 | 2020年 | | 年均增长(%) | | 属性 |",
             "| | | | 预期值 | 规划目标 | 预期值 | 规划目标 | |",
             "|---|---|---|---|---|---|---|---|",
             "| 经济发展 | 地区生产总值（亿元） | 98.5 | 156.3 | 160 | 9.7 | 10 | 预期性 |",
             "| | 财政总收入（亿元） | 10.2 | 15.1 | —— | 8.2 | [  ] | 预期性 |")
    out = extract_tables(_doc(lines))
    obs = {(o["indicator"], o["measure"], o["status"], o["period"]): o["value"] for o in out.rows["observations"]}
    assert obs == {("地区生产总值", "level", "actual", "2015"): 98.5, ("地区生产总值", "level", "expected", "2020"): 156.3,
                   ("地区生产总值", "level", "target", "2020"): 160, ("地区生产总值", "growth", "expected", "2016/2020"): 9.7,
                   ("地区生产总值", "growth", "target", "2016/2020"): 10,
                   ("财政总收入", "level", "actual", "2015"): 10.2, ("财政总收入", "level", "expected", "2020"): 15.1,
                   ("财政总收入", "growth", "expected", "2016/2020"): 8.2}
    assert [r["category"] for r in out.rows["indicator_rows"]] == ["经济发展", "经济发展"]
    assert not [f for f in out.rows["flags"] if f["kind"] == "assigned_by_rule"]    # full rows, by their slots
    assert cell_accounting_is_complete(lines, out)


def cell_accounting_is_complete(lines, out) -> bool:
    doc = _doc(lines)
    return table_lines(doc, out).query("status == 'unaccounted'").empty and \
        table_cells(doc, out).query("status == 'unaccounted'").empty


def test_an_indicator_table_parted_by_single_spaces():
    from analysis.extract.sources import Document, Source
    from analysis.extract.tables import extract_tables
    lines = ("表1 东湖县“十四五”主要指标", "类别 指标 2020年 2025年 年均增长(%) 属性",
             "经济发展 地区生产总值（亿元） 216.4 318 8左右 预期性",
             "民生福祉 城镇调查失业率（%） — <5.5 — 预期性",
             "绿色生态 森林覆盖率（%） 51.3 53 [1.7] 约束性",
             "注：[ ]内为五年累计数。")
    source = Source("x.txt", "words", "东湖县", "南江市", "江西省", "plan", "2021-04", "东湖县“十四五”规划纲要")
    out = extract_tables(Document(source, None, lines, "utf-8", ""))
    got = {(o["indicator"], o["measure"], o["period"]): (o["value"], o["qualifier"]) for o in out.rows["observations"]}
    assert got == {("地区生产总值", "level", "2020"): (216.4, "exact"), ("地区生产总值", "level", "2025"): (318, "exact"),
                   ("地区生产总值", "growth", "2021/2025"): (8, "approx"),
                   ("城镇调查失业率", "level", "2025"): (5.5, "less_than"),
                   ("森林覆盖率", "level", "2020"): (51.3, "exact"), ("森林覆盖率", "level", "2025"): (53, "exact"),
                   ("森林覆盖率", "change", "2021/2025"): (1.7, "cumulative")}
