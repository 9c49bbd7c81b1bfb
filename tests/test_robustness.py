"""Bad input, every encoding, nothing lost: fixtures under tests/fixtures/bad and the seeds."""

from __future__ import annotations

import csv
import os
import shutil
import subprocess
import sys
import time
from pathlib import Path

import pandas as pd

from analysis.data import load

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from analysis.extract.accounting import collect, sentence_numbers, table_lines
from analysis.extract.accounting import table_cells as cell_accounting
from analysis.errors import AnalysisError
from analysis.executors import Stopped, map_ordered
from analysis.extract import extract, read_documents
from analysis.extract.prose import extract_prose
from analysis.extract.sources import Document, Source, split_lines
from analysis.extract.tables import extract_tables

FIXTURES = Path(__file__).resolve().parent / "fixtures"
BAD = FIXTURES / "bad"


def run_extract(raw: Path, clean: Path):
    return subprocess.run([sys.executable, "-m", "analysis", "extract", "--raw", str(raw), "--clean", str(clean)],
                          capture_output=True, text=True)


@pytest.mark.parametrize("fixture, message", [
    ("doc_empty", "doc_empty/doc.txt: empty file"),
    ("doc_binary", "doc_binary/doc.txt:3: binary file (NUL byte)"),
    ("doc_undecodable", "doc_undecodable/doc.txt:2: undecodable bytes"),
    ("manifest_missing_file", "sources.csv:2: listed file 'nope.txt' does not exist"),
    ("manifest_duplicate_id", "sources.csv:3: duplicate doc_id 'ok_doc' (first on line 2)"),
    ("manifest_missing_column", "sources.csv:1: missing required column(s): title"),
    ("manifest_unknown_kind", "sources.csv:2: unknown doc_kind 'report'"),
    ("manifest_bad_date", "sources.csv:2: bad published date '2022/11/05'"),
    ("manifest_outside", "manifest_outside/sources.csv:3: file '../../etc/passwd' is outside "),
])
def test_bad_input_is_one_clear_line_and_no_output(tmp_path, fixture, message):
    clean = tmp_path / "clean"
    result = run_extract(BAD / fixture, clean)
    assert result.returncode == 1
    assert result.stderr.startswith("error: ") and result.stderr.count("\n") == 1
    assert message in result.stderr and "Traceback" not in result.stderr
    assert not clean.exists() and not list(tmp_path.glob(".clean*"))


@pytest.mark.parametrize("fixture, encoding", [("doc_gbk", "gb18030"), ("doc_bom", "utf-8-sig"),
                                               ("doc_crlf", "utf-8")])
def test_encodings_and_line_endings_read_the_same_facts(fixture, encoding):
    tables = extract(read_documents(BAD / fixture))
    assert tables["documents"].encoding.tolist() == [encoding]
    obs = tables["observations"].set_index("indicator")
    assert obs.loc["社会消费品零售总额"].query("measure == 'level'").value.tolist() == [45.6]
    assert obs.loc["社会消费品零售总额"].query("measure == 'level'").line.tolist() == [3]
    assert obs.loc["新增市场主体", "value"] == 1200
    assert tables["documents"].lines.tolist() == [5]


def test_traditional_characters_are_read_and_flagged():
    tables = extract(read_documents(BAD / "doc_traditional"))
    flags = tables["flags"]
    assert "traditional_characters" in set(flags.kind)
    assert tables["documents"].encoding.tolist() == ["utf-8"]
    # traditional text is read through conversion: labels simplified, the sentence as printed
    obs = tables["observations"].set_index("value")
    assert obs.loc[45.6, "indicator"] == "社会消费品零售总额" and obs.loc[45.6, "unit"] == "亿元"
    assert obs.loc[8.2, "measure"] == "growth" and obs.loc[1200, "unit"] == "户"
    assert "社會消費品零售總額" in obs.loc[45.6, "sentence"]


@pytest.mark.parametrize("fixture, kind, line", [
    ("table_missing_attribute", "missing_attribute", 17),
    ("table_extra_cell", "orphan_cell", 27),
    ("table_cut_off", "missing_attribute", 29),
    ("table_header_only", "empty_table", 5),
])
def test_damaged_tables_are_flagged_and_the_rest_is_built(tmp_path, fixture, kind, line):
    result = run_extract(BAD / fixture, tmp_path / "clean")
    assert result.returncode == 0, result.stderr
    tables = extract(read_documents(BAD / fixture))
    assert line in set(tables["flags"][tables["flags"].kind == kind].line)
    if fixture != "table_header_only":
        gdp = tables["observations"].query("indicator == '地区生产总值'")
        assert sorted(gdp.value) == [8, 100, 150]


ALL_CORPORA = [FIXTURES.parent.parent / "data" / "raw", FIXTURES / "other_district", FIXTURES / "prose",
               FIXTURES / "sparse", FIXTURES / "layouts", FIXTURES / "products"] + [BAD / name for name in (
                   "doc_gbk", "doc_bom", "doc_crlf", "doc_traditional", "table_missing_attribute",
                   "table_extra_cell", "table_cut_off", "table_header_only")]


@pytest.mark.parametrize("corpus", ALL_CORPORA, ids=lambda p: p.name)
def test_accounting_nothing_read_is_silently_dropped(corpus):
    for doc in read_documents(corpus):
        out = collect(doc)
        lines = table_lines(doc, out)
        assert lines[lines.status == "unaccounted"].empty, lines[lines.status == "unaccounted"]
        cells = cell_accounting(doc, out)
        assert cells[cells.status == "unaccounted"].empty, cells[cells.status == "unaccounted"]
        numbers = sentence_numbers(doc, out)
        assert numbers[numbers.status == "unaccounted"].empty, numbers[numbers.status == "unaccounted"]


def test_accounting_covers_the_seed_tables(raw_dir):
    plan = next(d for d in read_documents(raw_dir) if d.doc_id == "cj_plan14")
    lines = table_lines(plan, collect(plan))
    assert len(lines) > 500 and set(lines.status) == {"placed", "structural", "flagged"}


# --- fuzzing ---------------------------------------------------------------------------------------

def _doc(lines) -> Document:
    source = Source("x.txt", "fuzz", "某区", "某市", "江西省", "plan", "2022", "t")
    return Document(source, Path("x.txt"), tuple(lines), "utf-8", "")


@pytest.fixture(scope="module")
def table_cells(raw_dir):
    plan = next(d for d in read_documents(raw_dir) if d.doc_id == "cj_plan14")
    start = plan.lines.index("“十四五”时期经济社会发展主要指标")
    return [t for t in plan.lines[start:start + 230] if t.strip()]


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(data=st.data())
def test_table_rebuilder_survives_dropped_duplicated_and_swapped_cells(table_cells, data):
    cells = list(table_cells)
    for _ in range(data.draw(st.integers(0, 12))):
        k = data.draw(st.integers(0, len(cells) - 1))
        action = data.draw(st.sampled_from(["drop", "duplicate", "swap"]))
        if action == "drop" and len(cells) > 1:
            cells.pop(k)
        elif action == "duplicate":
            cells.insert(k, cells[k])
        else:
            j = data.draw(st.integers(0, len(cells) - 1))
            cells[k], cells[j] = cells[j], cells[k]
    lines = [c for cell in cells for c in (cell, "")]
    try:
        out = extract_tables(_doc(lines))
    except AnalysisError:
        return
    assert table_lines(_doc(lines), out).query("status == 'unaccounted'").empty
    assert cell_accounting(_doc(lines), out).query("status == 'unaccounted'").empty


@settings(max_examples=200, deadline=None)
@given(st.lists(st.text(alphabet=st.sampled_from(list("0123456789.,%:：—-年月日第个家亿万元人户同比增长达突破全区全市今年1至力争“”《》\t，。；A5G ")),
                        max_size=60), max_size=6) | st.lists(st.text(max_size=80), max_size=4))
def test_sentence_extractor_raises_nothing_but_the_documented_error(lines):
    doc = _doc(split_lines("\n".join(lines)))
    out = extract_tables(doc)
    try:
        extract_prose(doc, out)
    except AnalysisError:
        return
    numbers = sentence_numbers(doc, out)
    assert numbers[numbers.status == "unaccounted"].empty, numbers[numbers.status == "unaccounted"]


# --- a time budget per document ----------------------------------------------------------------

def _nap(seconds: float) -> float:
    time.sleep(seconds)
    return seconds


@pytest.mark.parametrize("jobs", [1, 2])
def test_an_item_over_budget_is_stopped_and_the_others_go_on(jobs):
    results = map_ordered(_nap, [0.0, 60.0, 0.01, 60.0, 0.02], jobs=jobs, timeout=1.5)
    assert results[0] == 0.0 and results[2] == 0.01 and results[4] == 0.02
    assert results[1] == results[3] == Stopped("timeout", "stopped after 1.5 s (the time budget per document)")


def _die(code: int) -> int:
    if code:
        os._exit(code)
    return code


def test_an_item_whose_worker_dies_is_stopped_and_the_others_go_on():
    assert map_ordered(_die, [0, 3, 0], timeout=30) == [0, Stopped("worker_died", "the worker process died (exit code 3)"), 0]


def test_a_document_over_its_budget_is_flagged_and_the_rest_is_built(tmp_path, raw_dir, seeds):
    raw = tmp_path / "raw"
    shutil.copytree(raw_dir, raw)
    # genuinely slow: about 12 MB of statistics, many seconds of work, stopped after 3
    (raw / "big.txt").write_text("2021年，全区实现生产总值100亿元，同比增长5%。\n" * 400_000, encoding="utf-8")
    with (raw / "sources.csv").open("a", encoding="utf-8", newline="") as handle:
        csv.writer(handle).writerow(["big.txt", "big", "某区", "某市", "江西省", "feature", "2022", "t"])
    clean = tmp_path / "clean"
    result = subprocess.run([sys.executable, "-m", "analysis", "extract", "--raw", str(raw), "--clean", str(clean),
                             "--doc-timeout", "3"], capture_output=True, text=True)
    assert result.returncode == 0, result.stderr
    assert result.stdout.splitlines()[-2:] == [
        "1 document(s) stopped and left out (see flags):",
        "  big (big.txt): timeout: stopped after 3 s (the time budget per document): "
        "nothing from this document is in the clean tables"]
    flags = load("flags", clean)
    assert flags[flags.doc_id == "big"][["kind", "severity", "text"]].values.tolist() == [["timeout", "error", "big.txt"]]
    for name, frame in seeds.items():
        written = load(name, clean)
        if name == "flags":
            written = written[written.doc_id != "big"].reset_index(drop=True)
        pd.testing.assert_frame_equal(written, frame, check_dtype=False)
    assert not list(tmp_path.glob(".clean*"))


def test_a_negative_budget_is_a_usage_error(tmp_path, raw_dir):
    result = subprocess.run([sys.executable, "-m", "analysis", "extract", "--raw", str(raw_dir), "--clean",
                             str(tmp_path / "c"), "--doc-timeout", "-1"], capture_output=True, text=True)
    assert result.returncode == 2 and result.stderr.startswith("error: --doc-timeout")


# --- hostile input: read in linear time, flagged, nothing lost ---------------------------------

def test_a_long_digit_run_is_flagged_and_the_rest_is_read():
    doc = _doc(["全区" + "1" * 200_000 + "亿元。", "全区实现生产总值100亿元，同比增长5%。"])
    out = extract_tables(doc)
    extract_prose(doc, out)
    observations = [(o["line"], o["indicator"], o["value"], o["measure"]) for o in out.rows["observations"]]
    assert observations == [(2, "生产总值", 100.0, "level"), (2, "生产总值", 5.0, "growth")]
    assert [(f["line"], f["kind"]) for f in out.rows["flags"]] == [(1, "sentence_not_read")]
    assert "200005 characters in one sentence" in out.rows["flags"][0]["detail"]
    numbers = sentence_numbers(doc, out)
    assert numbers.status.tolist() == ["not a statistic: identifier or phone number", "extracted", "extracted"]


def test_a_sentence_with_more_numbers_than_prose_holds_is_flagged():
    doc = _doc(["新增企业1家，" * 101 + "。", "新增企业1家，" * 100 + "。"])
    out = extract_tables(doc)
    extract_prose(doc, out)
    assert [(f["line"], f["kind"]) for f in out.rows["flags"] if f["kind"] == "sentence_not_read"] == [(1, "sentence_not_read")]
    assert {o["line"] for o in out.rows["observations"]} == {2}


@pytest.mark.parametrize("text", ["十十年来，全区生产总值100亿元。", "近九十九十年，全区生产总值100亿元。"])
def test_numerals_that_are_no_number_give_no_period_and_no_error(text):
    doc = _doc([text])
    out = extract_tables(doc)
    extract_prose(doc, out)
    assert [(o["value"], o["period"]) for o in out.rows["observations"]] == [(100.0, "")]


def test_every_hostile_benchmark_input_is_read_without_error_and_nothing_is_lost():
    sys.path.insert(0, str(FIXTURES.parents[1] / "benchmarks"))
    from bench_adversarial import inputs

    for name, (kind, text) in inputs(20_000).items():
        source = Source("x.txt", "hostile", "某区", "某市", "江西省", kind, "2022", "t")
        doc = Document(source, Path("x.txt"), split_lines(text), "utf-8", "")
        out = collect(doc)
        lines = table_lines(doc, out)
        assert lines[lines.status == "unaccounted"].empty, (name, lines[lines.status == "unaccounted"])
        numbers = sentence_numbers(doc, out)
        assert numbers[numbers.status == "unaccounted"].empty, (name, numbers[numbers.status == "unaccounted"])
