"""Task tables of yearly works (民生实事) with target and unit columns, in two layouts.

Fixtures under tests/fixtures/tasks (a fictional county, 青禾县, written for the
project): ``works_tabs.txt`` holds the table as tab-separated rows (a target in
words, a unit that is no known unit, a range, a unit inside the target cell, a
deadline column); ``works_lines.txt`` one cell a line (a target equal to the next
row's number, a row that lost its unit cell, a last row that breaks off). Every
expected row below was checked by hand against the fixture lines.
"""

from __future__ import annotations

from pathlib import Path

import pandas as pd
import pytest

from analysis.extract import extract, read_documents
from analysis.extract.accounting import collect, table_cells, table_lines
from analysis.extract.sources import Document, Source
from analysis.extract.tables import extract_tables
from analysis.extract.tables.tabbed import list_columns, list_kind

TASKS = Path(__file__).resolve().parent / "fixtures" / "tasks"
OBS = ["indicator", "value", "unit", "qualifier", "measure", "status", "period", "year", "value_text", "line",
       "column"]


@pytest.fixture(scope="module")
def tables():
    return extract(read_documents(TASKS))


def of(frame: pd.DataFrame, doc_id: str, columns: list[str]) -> list[list]:
    return frame[frame.doc_id == doc_id][columns].values.tolist()


def flags_of(tables, doc_id: str) -> list[list]:
    flags = tables["flags"]
    flags = flags[(flags.doc_id == doc_id) & (flags.kind != "unknown_place")]
    return sorted(flags[["line", "kind", "text"]].values.tolist())


def test_tab_rows_give_an_observation_for_each_target_that_is_one_number(tables):
    assert of(tables["observations"], "qh_works_tabs", OBS) == [
        ["城镇老旧小区改造", 18, "个", "exact", "level", "target", "2025", 2025, "18", 7, "年度目标"],
        ["新建农村公路", 36.5, "公里", "exact", "level", "target", "2025", 2025, "36.5", 8, "年度目标"],
        ["新增城区停车泊位", 1200, "个", "exact", "level", "target", "2025", 2025, "1200个", 9, "年度目标"],
        # the task name is cleaned as the prose's labels are: 全县 is taken off
        ["城镇新增就业", 5000, "人", "at_least", "level", "target", "2025", 2025, "5000以上", 12, "年度目标"],
    ]
    obs = tables["observations"].query("doc_id == 'qh_works_tabs'")
    assert set(obs.source) == {"table"} and set(obs.table_id) == {"qh_works_tabs.t01"}


def test_tab_rows_flag_text_targets_unknown_units_and_ranges(tables):
    assert flags_of(tables, "qh_works_tabs") == sorted(
        [[7, "extra_cell", "12月底"], [8, "extra_cell", "11月底"], [9, "extra_cell", "10月底"],
         [10, "extra_cell", "12月底"], [11, "extra_cell", "9月底"], [12, "extra_cell", "12月底"],
         [13, "extra_cell", "12月底"],                       # the deadline column is not read
         [10, "target_not_a_number", "逐步推进"],
         [11, "unknown_unit", "个（家）"],                    # no guess: no observation of 8
         [13, "target_not_a_number", "800-1000"]])


def test_tab_rows_keep_tasks_and_their_units(tables):
    tasks = tables["tasks"].query("doc_id == 'qh_works_tabs'")
    assert tasks.task_no.tolist() == [1, 2, 3, 4, 5, 6, 7]
    assert tasks.text.tolist()[3:5] == ["公共厕所提质", "社区长者食堂"]     # kept though no value was read
    units = tables["task_units"].query("doc_id == 'qh_works_tabs'")
    assert units[units.task_no == 3][["role", "unit"]].values.tolist() == [["lead", "县公安局"], ["support", "县城管局"]]
    assert set(units.unit) & {"18", "个", "12月底"} == set()                # no target, unit or date as a unit


def test_one_cell_a_line_rows_are_read_by_column(tables):
    # year from the header cell 2025年目标 (the title names none); row 1's target 2 is not row 2's number
    assert of(tables["observations"], "qh_works_lines", OBS) == [
        ["老旧院落改造", 2, "个", "exact", "level", "target", "2025", 2025, "2", 14, "2025年目标"],
        ["农村饮水提升", 3200, "户", "exact", "level", "target", "2025", 2025, "3200", 19, "2025年目标"],
        ["新建口袋公园", 5, "个", "exact", "level", "target", "2025", 2025, "5", 24, "2025年目标"],
        ["城区绿道", 12, "公里", "exact", "level", "target", "2025", 2025, "12", 33, "2025年目标"],
    ]
    assert of(tables["tasks"], "qh_works_lines", ["task_no", "text", "line"]) == [
        [1, "老旧院落改造", 13], [2, "农村饮水提升", 18], [3, "新建口袋公园", 23], [5, "城区绿道", 32]]
    assert of(tables["task_units"], "qh_works_lines", ["task_no", "role", "unit"]) == [
        [1, "lead", "县住建局"], [2, "lead", "县水利局"], [3, "lead", "县城管局"], [5, "lead", "县林业局"]]


def test_one_cell_a_line_row_that_lost_a_cell_or_breaks_off_is_flagged_never_shifted(tables):
    assert flags_of(tables, "qh_works_lines") == sorted(
        [[27, "row_incomplete", "4"], [28, "row_incomplete", "新建社区食堂"], [29, "row_incomplete", "6"],
         [30, "row_incomplete", "县民政局"],                   # 4 lines for 5 columns: the unit is missing
         [31, "task_sequence", "5"],
         [36, "row_incomplete", "6"], [37, "row_incomplete", "新增公共充电桩"]])   # breaks off at 联系人：
    obs = tables["observations"].query("doc_id == 'qh_works_lines'")
    units = tables["task_units"].query("doc_id == 'qh_works_lines'")
    assert 6 not in set(obs.value) and "县民政局" not in set(units.unit)
    table = tables["tables"].query("doc_id == 'qh_works_lines'").iloc[0]
    assert (table.kind, table.title, table.line, table.line_end, table.n_rows) == ("tasks", "民生实事任务清单", 6, 37, 4)


@pytest.mark.parametrize("doc_id", ["qh_works_tabs", "qh_works_lines"])
def test_every_table_line_and_cell_is_accounted_and_prose_skips_them(tables, doc_id):
    doc = next(d for d in read_documents(TASKS) if d.doc_id == doc_id)
    out = collect(doc)
    lines = table_lines(doc, out)
    assert len(lines) >= 8 and lines[lines.status == "unaccounted"].empty, lines[lines.status == "unaccounted"]
    cells = table_cells(doc, out)
    assert len(cells) >= 20 and set(cells.status) <= {"placed", "structural", "flagged"}
    assert tables["observations"].query("doc_id == @doc_id and source == 'text'").empty
    assert "layout_break_unresolved" not in set(tables["flags"].kind)


def _doc(lines, title="青禾县2025年民生实事工作方案") -> Document:
    source = Source("x.txt", "works", "青禾县", "云州市", "江西省", "notice", "2025-03", title)
    return Document(source, Path("x.txt"), tuple(lines), "utf-8", "")


def test_the_same_rows_tab_separated_and_one_cell_a_line_give_the_same_observations():
    rows = [("1", "老旧院落改造", "2", "个", "县住建局"), ("2", "农村饮水提升", "3200", "户", "县水利局")]
    header = ("序号", "任务名称", "年度目标", "单位", "牵头单位")
    tabbed = extract_tables(_doc(["\t".join(header)] + ["\t".join(r) for r in rows]))
    lines = extract_tables(_doc(list(header) + [cell for r in rows for cell in r]))
    fields = ("indicator", "value", "unit", "status", "period")
    got = [[tuple(o[f] for f in fields) for o in out.rows["observations"]] for out in (tabbed, lines)]
    assert got[0] == got[1] == [("老旧院落改造", 2, "个", "target", "2025"), ("农村饮水提升", 3200, "户", "target", "2025")]


def test_no_year_anywhere_gives_no_observation():
    out = extract_tables(_doc(["序号\t任务名称\t年度目标\t单位\t牵头单位", "1\t老旧院落改造\t2\t个\t县住建局"],
                              title="青禾县民生实事工作方案"))
    assert out.rows["observations"] == [] and [t["task_no"] for t in out.rows["tasks"]] == [1]
    assert [(f["kind"], f["text"]) for f in out.rows["flags"]] == [("no_year", "2")]


def test_a_tab_row_of_another_width_or_whose_cells_do_not_fit_keeps_its_task_and_flags_the_rest():
    out = extract_tables(_doc(["序号\t任务名称\t年度目标\t单位\t牵头单位",
                               "1\t老旧院落改造\t2个\t县住建局",              # a separator lost
                               "2\t农村饮水提升\t户\t3200\t县水利局"]))        # target and unit swapped
    assert out.rows["observations"] == [] and out.rows["task_units"] == []
    assert [t["text"] for t in out.rows["tasks"]] == ["老旧院落改造", "农村饮水提升"]
    assert [(f["kind"], f["text"]) for f in out.rows["flags"]] == [
        ("row_width", "2个"), ("row_width", "县住建局"), ("row_width", "户"), ("row_width", "3200"),
        ("row_width", "县水利局")]


@pytest.mark.parametrize("header, roles", [
    (["序号", "任务名称", "年度目标", "单位", "牵头单位"], ["number", "task", "target", "unit", "lead"]),
    (["序号", "项目名称", "建设规模", "计量单位", "牵头单位", "责任单位", "完成时限"],
     ["number", "task", "target", "unit", "lead", "support", "deadline"]),
    (["序号", "实事项目", "目标任务", "单位", "责任单位"], ["number", "task", "target", "unit", "support"]),
    (["序号", "工作任务", "数量", "单位", "牵头单位"], ["number", "task", "target", "unit", "lead"]),
    (["序号", "任务名称", "2025年目标", "单位", "牵头单位"], ["number", "task", "target", "unit", "lead"]),
    (["序号", "目标任务", "牵头单位"], ["number", "task", "lead"]),         # the only text column is the task
    (["序号", "工作任务和要求", "牵头单位", "责任单位"], ["number", "task", "lead", "support"]),
])
def test_header_words_give_each_column_its_role(header, roles):
    assert list_kind(header) == "tasks"
    assert list_columns(header) == roles


def test_one_cell_a_line_with_blank_lines_between_cells_and_a_scale_in_the_target():
    cells = ["序号", "项目名称", "建设规模", "计量单位", "牵头单位", "责任单位",
             "1", "城区雨污管网改造", "1.2万", "米", "县住建局", "县水务公司",
             "2", "乡镇卫生院提升", "3", "所", "县卫健局", "各乡镇"]     # the last target is the next number
    lines = [line for cell in cells for line in (cell, "")] + ["", "三、保障措施", "各单位要加强协调。"]
    out = extract_tables(_doc(lines))
    assert [(o["indicator"], o["value"], o["unit"], o["value_base"], o["line"]) for o in out.rows["observations"]] == [
        ("城区雨污管网改造", 1.2, "万米", 12000, 17), ("乡镇卫生院提升", 3, "所", 3, 29)]
    assert [(t["line"], t["line_end"], t["n_rows"]) for t in out.rows["tables"]] == [(1, 35, 2)]
    assert out.rows["flags"] == []


def test_tab_started_cells_numbers_inside_a_row_are_cells_not_row_numbers():
    header = ["序号", "任务名称", "年度目标", "单位", "牵头单位"]
    body = ["1", "老旧院落改造", "23", "县住建局",                      # the unit cell is missing
            "2", "农村饮水提升", "3", "户", "县水利局",                  # a target equal to the next number
            "3", "城区绿道", "12", "公里", "县林业局"]
    out = extract_tables(_doc(["\t" + cell for cell in header + body]))
    assert [(o["indicator"], o["value"], o["unit"], o["line"]) for o in out.rows["observations"]] == [
        ("农村饮水提升", 3, "户", 12), ("城区绿道", 12, "公里", 17)]
    assert [(t["task_no"], t["text"]) for t in out.rows["tasks"]] == [(1, "老旧院落改造"), (2, "农村饮水提升"), (3, "城区绿道")]
    assert [(u["task_no"], u["unit"]) for u in out.rows["task_units"]] == [(2, "县水利局"), (3, "县林业局")]
    assert [(f["kind"], f["text"]) for f in out.rows["flags"]] == [("row_width", "23"), ("row_width", "县住建局")]


def _notice(lines, title="青禾县人民政府办公室关于印发青禾县2025年为民办实事项目工作方案的通知",
            published="2025-03-01") -> Document:
    source = Source("x.txt", "qh_text_tasks", "青禾县", "南江市", "江西省", "notice", published, title)
    return Document(source, Path("x.txt"), tuple(lines), "utf-8", "0" * 64)


def test_task_cells_written_as_text_are_read_as_the_years_targets():
    # a task table whose target and content cells are sentences (新增公办学前教育学位1080个), written for
    # this test in the style of the genre; the prose reader reads them, status target, the title's year
    lines = ("2024年，全县15个为民办实事项目全部完成，群众满意度达96.2%。",
             "",
             "序号\t项目名称\t建设内容\t目标\t责任单位",
             "1\t农村公路提升\t新改建农村公路126公里，总投资9800万元\t年底前全部建成通车\t县交通运输局",
             "2\t稳岗就业\t城镇新增就业2600人以上\t城镇登记失业率控制在3.5%以内\t县人社局",
             "3\t学前教育扩容\t新建幼儿园5所\t新增公办学前教育学位1080个\t县教育局",
             "4\t国土绿化\t完成营造林4.5万亩\t成活率85%以上\t县林草局",
             "",
             "对进度滞后30%以上的项目，由县督查室挂牌督办。")
    obs = extract([_notice(lines)])["observations"]
    got = {(r.indicator, r.value): (r.unit, r.status, r.period, r.qualifier, r.line) for r in obs.itertuples()}
    assert got == {
        ("为民办实事项目", 15): ("个", "actual", "2024", "exact", 1),   # the year before: done, not a goal
        ("群众满意度", 96.2): ("%", "actual", "2024", "exact", 1),
        ("新改建农村公路", 126): ("公里", "target", "2025", "exact", 4),
        ("新改建农村公路总投资", 9800): ("万元", "target", "2025", "exact", 4),   # the works' total
        ("城镇新增就业", 2600): ("人", "target", "2025", "at_least", 5),
        ("城镇登记失业率", 3.5): ("%", "target", "2025", "at_most", 5),
        ("新建幼儿园", 5): ("所", "target", "2025", "exact", 6),
        ("新增公办学前教育学位", 1080): ("个", "target", "2025", "exact", 6),
        ("营造林", 4.5): ("万亩", "target", "2025", "exact", 7),
        ("营造林成活率", 85): ("%", "target", "2025", "at_least", 7),   # its row's works: 营造林
    }                                                         # 30%以上的项目: a threshold, not read


def test_a_row_whose_tabs_became_spaces_is_read_by_position_and_flagged():
    lines = ["序号\t项目名称\t年度目标任务\t牵头单位",
             "1\t就业促进\t城镇新增就业3800人以上\t县人社局",
             "2  农村道路   新改建农村公路150公里   县交通运输局",
             "3\t教育提升\t新增公办幼儿园学位960个\t县教育局"]
    out = extract_tables(_doc(lines))
    assert [t["task_no"] for t in out.rows["tasks"]] == [1, 2, 3]
    assert [(f["kind"], f["line"]) for f in out.rows["flags"] if f["kind"] == "row_spaces_for_tabs"] == [
        ("row_spaces_for_tabs", 3)]
    assert out.rows["tasks"][1]["text"].startswith("农村道路")


def test_a_task_cell_that_opens_with_its_number_takes_the_rows_item():
    # 序号 | 项目名称 | 年度目标 | 牵头单位, a target cell holding two numbers: the first is the row's item's,
    # the second says what the works reach (written for this test in the genre's style)
    lines = ("序号\t项目名称\t年度目标\t牵头单位",
             "1\t改造城镇老旧小区\t22个，惠及居民1860户\t县住建局",
             "2\t新建改建农村公路\t95公里\t县交通运输局")
    obs = extract([_notice(lines)])["observations"]
    got = {(r.indicator, r.value): (r.unit, r.status, r.period) for r in obs.itertuples()}
    assert got[("改造城镇老旧小区", 22)] == ("个", "target", "2025")
    assert got[("城镇老旧小区改造惠及居民", 1860)] == ("户", "target", "2025")


def test_a_progress_header_parted_by_wide_spaces_over_tab_rows_is_read():
    # the header's cells are parted by full-width spaces, the rows' by tabs (a notice pasted from a web page)
    lines = ("序号\u3000项目名称\u3000年度目标\u3000完成情况\u3000完成率",
             "1\t新建改造农村公路\t95公里\t81.5公里\t85.8%",
             "2\t城镇新增就业\t2600人\t2815人\t108.3%")
    obs = extract([_notice(lines, title="关于2025年县政府民生实事项目进展情况的通报", published="2025-11-05")])["observations"]
    got = sorted((r.indicator, r.value, r.status) for r in obs.itertuples())
    assert got == [("城镇新增就业", 2600, "target"), ("城镇新增就业", 2815, "actual"),
                   ("新建改造农村公路", 81.5, "actual"), ("新建改造农村公路", 95, "target")]
