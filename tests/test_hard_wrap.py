"""Hard-wrapped text (cut at a fixed width, as copied out of a PDF) reads as the same paragraphs."""

from __future__ import annotations

import sys
from pathlib import Path

from test_rules import read

from analysis.extract.text import wrap_width

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "benchmarks"))
from bench_damage import hard_wrap  # noqa: E402

# A bulletin-style text of our own, in paragraphs.
PARAGRAPHS = [
    "一、综合",
    "初步核算，全年全县实现地区生产总值218.46亿元，按不变价格计算，比上年增长6.3%。其中，第一产业增加值"
    "24.05亿元，增长3.9%；第二产业增加值86.72亿元，增长7.1%；第三产业增加值107.69亿元，增长6.2%。"
    "三次产业结构调整为11.0：39.7：49.3。",
    "全年一般公共预算收入15.37亿元，比上年增长5.8%，其中税收收入10.12亿元，增长4.4%。一般公共预算支出"
    "41.26亿元，增长3.5%。",
    "二、农业",
    "全年粮食种植面积38.6万亩，比上年增加0.4万亩；粮食总产量15.2万吨，增长1.3%。“菜篮子”产品供应充足，"
    "全年蔬菜产量27.9万吨，增长4.1%；《农产品质量》抽检合格率达98.6%。",
]


def _hard_wrap(paragraphs: list[str], columns: int) -> str:
    """Every paragraph cut into lines of ``columns`` display columns (the damage benchmark's wrap)."""
    return hard_wrap("\n".join(paragraphs), None, columns)


def _facts(text: str) -> list[tuple]:
    out = read(text, kind="bulletin", published="2025", title="某县2024年国民经济和社会发展统计公报")
    return sorted((r["indicator"], r["measure"], r["value"], r["unit"], r["year"]) for r in out.rows["observations"])


def test_a_hard_wrapped_text_is_recognised_by_its_width():
    assert wrap_width(_hard_wrap(PARAGRAPHS, 56).split("\n")) in range(53, 57)
    assert wrap_width(_hard_wrap(PARAGRAPHS, 70).split("\n")) in range(67, 71)
    assert wrap_width(PARAGRAPHS) is None                                  # paragraphs, not a layout
    sentences = [f"全县新建{k}号公路桥梁一座，总长{k + 120}米，总投资{k + 3}千万元。" for k in range(10)]
    assert wrap_width(sentences) is None                  # lines of one width that each end a sentence


def test_a_hard_wrapped_text_gives_the_facts_of_its_paragraphs():
    expected = _facts("\n".join(PARAGRAPHS))
    assert ("地区生产总值", "level", 218.46, "亿元", 2024) in expected
    assert ("粮食总产量", "level", 15.2, "万吨", 2024) in expected
    for columns in range(50, 80):
        assert _facts(_hard_wrap(PARAGRAPHS, columns)) == expected, columns


def test_a_wrapped_line_is_cited_at_the_line_its_number_starts_on():
    text = _hard_wrap(PARAGRAPHS, 56)
    out = read(text, kind="bulletin", published="2025", title="某县2024年国民经济和社会发展统计公报")
    lines = text.split("\n")
    flat = "".join(lines)
    starts = [sum(len(line) for line in lines[:k]) for k in range(len(lines))]    # offset of each line in flat
    assert out.rows["observations"]
    for row in out.rows["observations"]:
        assert flat.count(row["value_text"]) == 1, row                  # each number stands once in the text
        offset = flat.find(row["value_text"])
        expected = max(k for k, start in enumerate(starts) if start <= offset) + 1
        assert row["line"] == expected, row


def test_a_full_line_carries_on_unless_a_heading_or_list_item_follows():
    from analysis.extract.text import carries_on

    full = "全县上下团结奋进，主要目标任务总体完成，是极不平凡的五年。"
    assert carries_on(full, "面对突如其来的疫情冲击，全县经济保持平稳增长。", True)
    assert carries_on(full, "“十四五”开局良好。", True)
    assert not carries_on(full, "第二节 发展环境", True)
    assert not carries_on(full, "(一)加快工业发展。", True)
    assert not carries_on(full, "面对突如其来的疫情冲击，全县经济保持平稳增长。", False)   # not full: a sentence ends


def test_a_short_line_that_starts_a_new_sentence_and_stops_mid_way_carries_on():
    from analysis.extract.text import continues

    # …达到76.4%。城镇新增就业 / 6380人，…: a sentence ended inside the line, the next one is cut
    assert continues("公共预算支出的比重达到76.4%。城镇新增就业", "6380人，城镇调查失业率控制在5.5%以内。")
    assert not continues("民生事业加快发展", "2023年全县民生支出58.9亿元。")      # a heading-like line


def test_a_unit_that_carries_on_its_own_line_is_not_taken_by_an_earlier_bare_number():
    text = ("发布时间:2023-02-10 来源:县融媒体中心 阅读:8200\n\n"
            "会议指出，预计全县地区生产总值达1.06万\n"
            "亿元，增长6.1%左右。")
    out = read(text, kind="feature", published="2023-02")
    values = {(r["value"], r["unit"]) for r in out.rows["observations"]}
    assert (1.06, "万亿元") in values and (8200, "亿元") not in values
    assert "layout_break_rejoined" not in {f["kind"] for f in out.rows["flags"]}


def test_a_text_cut_every_n_characters_whatever_their_width():
    from analysis.extract.text import fills_width

    text = ("上半年，面对煤炭价格回落等不利因素，全旗上下坚持稳中求进，持续推动经济运行回升向好。根据地区生产总值"
            "统一核算结果，上半年全旗实现地区生产总值６１２.３亿元，按不变价计算，同比增长6.2%，高于全市0.5个百分点。"
            "其中，第一产业增加值4.1亿元，同比增长3.7%；第二产业增加值458.6亿元，同比增长7.1%；第三产业增加值"
            "149.6亿元，同比增长3.9%。全旗规模以上工业增加值同比增长7.8%，发电量２１６.５亿千瓦时，同比增长9.4%。")
    lines = [text[i:i + 30] for i in range(0, len(text), 30)]      # 30 characters, 44-60 display columns
    width = wrap_width(lines)
    assert width == 30 and width.by_chars
    assert fills_width(lines[0], width) and not fills_width("短行。", width)

