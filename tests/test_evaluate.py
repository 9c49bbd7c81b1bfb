"""``python -m analysis evaluate``: scoring an extraction against a hand-coded key.

The fixture (tests/fixtures/evaluate) is a bulletin and a work report written
for these tests, with a key of ten facts coded by hand: six the extraction gets
fully right, two it labels wrongly (the typo 常住人 in the text), one it cannot
read (三千人 in Chinese numerals), one park figure it rightly keeps from the
county and one award count it wrongly gives the county.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pandas as pd
import pytest

from analysis.evaluate import evaluate, read_key
from analysis.errors import InputError
from analysis.extract import run

FIXTURE = Path(__file__).parent / "fixtures" / "evaluate"


@pytest.fixture(scope="module")
def clean(tmp_path_factory):
    out = tmp_path_factory.mktemp("clean")
    run(FIXTURE / "raw", out)
    return out


def test_each_key_row_is_scored(clean):
    rows = evaluate(clean, FIXTURE / "key.csv").rows.set_index("id")
    assert rows.result.to_dict() == {
        "e01": "fully_right", "e02": "fully_right", "e03": "wrong_fields", "e04": "wrong_fields",
        "e05": "missing", "e06": "correctly_absent", "e07": "fully_right", "e08": "fully_right",
        "e09": "fully_right", "e10": "wrongly_present"}
    assert rows.loc["e03", "wrong_fields"] == "indicator" and rows.loc["e03", "got_indicator"] == "常住人"
    assert rows.loc["e09", "got_status"] == "target" and rows.loc["e10", "line"] == 5


def test_field_and_document_summaries(clean):
    evaluation = evaluate(clean, FIXTURE / "key.csv")
    fields = evaluation.fields.set_index("field")
    assert (fields.loc["indicator", "right"], fields.loc["indicator", "found"],
            fields.loc["indicator", "present"]) == (5, 7, 8)
    assert fields.loc["status", "precision"] == 1.0 and fields.loc["status", "recall"] == 7 / 8
    docs = evaluation.documents.set_index("file")
    assert docs.loc["bulletin.txt", ["present", "found", "fully_right"]].tolist() == [5, 4, 2]
    assert docs.loc["report.txt", ["absent", "wrongly_present"]].tolist() == [1, 1]
    assert evaluation.fully_right_share == 5 / 8


def test_command_writes_evaluation_csv(clean):
    done = subprocess.run([sys.executable, "-m", "analysis", "evaluate", "--clean", str(clean),
                           "--key", str(FIXTURE / "key.csv")], capture_output=True, text=True)
    assert done.returncode == 0, done.stderr
    assert "fully right 5 (62.5%)" in done.stdout and (clean / "evaluation.csv").is_file()


def test_a_bad_key_is_one_line_naming_file_and_line(tmp_path, clean):
    bad = tmp_path / "key.csv"
    text = (FIXTURE / "key.csv").read_text(encoding="utf-8").replace("e02,bulletin.txt,present", "e02,bulletin.txt,maybe")
    bad.write_text(text, encoding="utf-8")
    with pytest.raises(InputError, match=r"key.csv:3: expect must be present or absent"):
        read_key(bad)
    done = subprocess.run([sys.executable, "-m", "analysis", "evaluate", "--clean", str(clean), "--key", str(bad)],
                          capture_output=True, text=True)
    assert done.returncode == 1 and done.stderr.count("\n") == 1 and "key.csv:3" in done.stderr


def test_quotes_fold_thousands_separators_but_not_lists():
    from analysis.evaluate import fold

    assert fold("粮食总产量47,000吨") == fold("粮食总产量47000吨") == "粮食总产量47000吨"
    assert fold("常住人口1,234,567人") == "常住人口1234567人"
    assert fold("分别增长8,12.5%") == "分别增长8,12.5%"          # not three digits after the comma: a list
    assert fold("增長12,3456") == "增长12,3456"


def test_a_quote_across_a_page_break_or_a_sub_item_row_still_locates_its_fact():
    from analysis.evaluate import _locate

    def obs(value, indicator, sentence, value_text):
        return {"value": value, "indicator": indicator, "folded_sentence": sentence, "value_text": value_text}

    found = pd.DataFrame([obs(-1.6, "粮食总产量", "全年粮食总产量35.42万吨,比上年下降1.6%,主要受干旱影响。", "1.6%"),
                          obs(9.2, "砂糖橘产量", "", "9.2")])
    row = {"value": "-1.6", "quote": "比上年下降\n\n- 1 -\n\n1.6%"}          # the page number is no text
    assert _locate(row, found).indicator.tolist() == ["粮食总产量"]
    row = {"value": "9.2", "quote": "其中：砂糖橘\t万吨\t21.05\t9.2"}          # 其中 opens no label
    assert _locate(row, found).indicator.tolist() == ["砂糖橘产量"]


def test_a_quote_run_on_past_its_item_still_locates_its_fact():
    from analysis.evaluate import _locate

    found = pd.DataFrame([{"value": 5.5, "indicator": "地区生产总值", "value_text": "5.5%",
                           "folded_sentence": "预计全年地区生产总值完成368亿元,增长5.5%"},
                          {"value": 5.5, "indicator": "城镇调查失业率", "value_text": "5.5%",
                           "folded_sentence": "城镇调查失业率控制在5.5%以内"}])
    row = {"value": "5.5", "quote": "增长5.5%；规模以上工业增加值"}      # the item ends at ；, the quote does not
    assert _locate(row, found).indicator.tolist() == ["地区生产总值"]


def test_a_sentence_holding_the_quote_wins_over_one_that_only_shares_words_with_it():
    from analysis.evaluate import _locate

    found = pd.DataFrame([{"value": 6.0, "indicator": "一般公共预算收入", "value_text": "6%以上",
                           "folded_sentence": "一般公共预算收入年均增长6%以上,达到41亿元左右"},
                          {"value": 6.0, "indicator": "地区生产总值", "value_text": "6%以上",
                           "folded_sentence": "临沂市提出地区生产总值年均增长6%以上"}])
    row = {"value": "6", "quote": "临沂市提出地区生产总值年均增长6%以上"}
    assert _locate(row, found).indicator.tolist() == ["地区生产总值"]


def test_a_quote_of_a_task_row_locates_a_cell_read_as_text():
    from analysis.evaluate import _locate

    found = pd.DataFrame([{"value": 22.0, "indicator": "改造城镇老旧小区", "value_text": "22个",
                           "folded_sentence": "22个,惠及居民1860户"},
                          {"value": 22.0, "indicator": "新增停车泊位", "value_text": "22个",
                           "folded_sentence": "新增停车泊位22个"}])
    row = {"value": "22", "quote": "改造城镇老旧小区\t22个"}           # the row's item, then the cell
    assert _locate(row, found).indicator.tolist() == ["改造城镇老旧小区"]
