"""The synthetic corpus generator and its scorer (small N: out of the hot path)."""

from __future__ import annotations

import sys
from pathlib import Path

BENCH = Path(__file__).resolve().parents[1] / "benchmarks"
sys.path.insert(0, str(BENCH))

from make_corpus import district_names, write_corpus  # noqa: E402
from score import score  # noqa: E402

from analysis.extract import extract, read_documents  # noqa: E402


def test_synthetic_corpus_is_read_completely(tmp_path):
    raw = write_corpus(4, tmp_path / "corpus", seed=7)
    tables = extract(read_documents(raw))
    result = score(tables, raw / "answer_key.csv")
    assert result["missed"] == [] and result["accuracy"] == 1.0 and result["facts"] == 4 * 44
    assert sorted(tables["documents"].doc_kind.value_counts().to_dict().items()) == [("feature", 4), ("notice", 4), ("plan", 4)]


def test_scorer_notices_a_wrong_value(tmp_path):
    raw = write_corpus(1, tmp_path / "corpus", seed=3)
    tables = extract(read_documents(raw))
    tables["observations"].loc[tables["observations"].index[0], "value"] += 1
    assert score(tables, raw / "answer_key.csv")["accuracy"] < 1.0


def test_district_names_are_distinct():
    names = district_names(2000)
    assert len(set(names)) == 2000


def test_report_goal_check_reads_the_largest_corpus():
    from bench_reports import goal_check, spread

    rows = [(3, 1, 20.0, 30.0, 10.0, "", ""),                     # small corpus: not judged
            (30, 1, 140.0, 330.0, 100.0, "", ""), (30, 2, 80.0, 330.0, 50.0, "", "")]
    lines = goal_check(rows).splitlines()
    assert lines == [
        "- 30 districts, jobs 1: 2x faster than naive met (2.36x); within 1.5x of the floor met (1.40x).",
        "- 30 districts, jobs 2: 2x faster than naive met (4.12x); within 1.5x of the floor NOT met (1.60x)."]
    assert spread([3.25, 2.0, 2.96]) == "2.0-3.2"


def test_coverage_text_statistics_leave_out_only_the_declared_cases():
    import pandas as pd
    from coverage_dictionary import text_statistics

    text = pd.DataFrame([
        ("地区生产总值", "district", 68.3),     # a statistic
        ("改造项目", "district", 36.0),         # a verb kept with a generic noun: still a label, counted
        ("总投资", "entity", 12.5),             # a project's number: counted
        ("地区生产总值", "city", 900.0),        # the city's: left out
        ("精品民宿", "district", None),         # no number: left out
        ("投入", "district", 1.5),              # a bare verb: names nothing
        ("群众", "district", 2.0),              # a generic noun alone: names nothing
        ("", "district", 3.0),                  # no label
    ], columns=["indicator", "scope", "value"])
    assert text_statistics(text).tolist() == [True, True, True, False, False, False, False, False]
