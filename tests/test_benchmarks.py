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
