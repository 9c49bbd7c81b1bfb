"""Fuzzing at the document level: the project's own documents, mutated as hostile pages would be.

The documents are the genre fixtures under tests/fixtures and the seeds in
data/raw. Hypothesis (derandomised, so the suite is reproducible) inserts long
digit runs, control and binary bytes, stray markup and runs of punctuation,
and deletes, duplicates and swaps lines. Asserted: nothing is raised but the
documented errors (:class:`analysis.errors.AnalysisError`), every number of
every sentence read and every line of every table is accounted for, and a
whole build writes nothing outside its clean folder.
"""

from __future__ import annotations

import csv
import hashlib
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from analysis.errors import AnalysisError
from analysis.extract import run
from analysis.extract.accounting import collect, sentence_numbers, table_lines
from analysis.extract.sources import read_document, read_manifest

ROOT = Path(__file__).resolve().parents[1]
CORPORA = [ROOT / "tests" / "fixtures" / name for name in ("prose", "other_district", "sparse")] + [ROOT / "data" / "raw"]
HEADER = ["file", "doc_id", "district", "city", "province", "doc_kind", "published", "title"]

MARKUP = ["<div class=\"TRS_Editor\">", "</p>", "&nbsp;", "<table><tr><td>", "</td><td>", "<br/>", "**",
          "| --- |", "<!-- x -->", "<script>alert(1)</script>", "\t", "　", "\u200b", "\ufeff", "\\n", "{{x}}"]
CONTROL = [chr(c) for c in range(1, 32) if c not in (10, 13)] + ["\x7f", "\ufffd", "\u2028", "\x85"]
RUNS = ["7", "1,", "0.", "，", "。", "（", "“", "《", "同比", "约", "%", "亿元", "1:", "一"]


def _sources():
    found = []
    for corpus in CORPORA:
        for source in read_manifest(corpus):
            found.append((source, (corpus / source.file).read_bytes()))
    return found


SOURCES = _sources()


@st.composite
def mutated(draw):
    """(source, bytes): one of the project's documents with 1-8 hostile edits."""
    source, data = draw(st.sampled_from(SOURCES))
    lines = data.decode("utf-8").split("\n")
    for _ in range(draw(st.integers(1, 8))):
        k = draw(st.integers(0, len(lines) - 1))
        line = lines[k]
        at = draw(st.integers(0, len(line)))
        action = draw(st.sampled_from(["run", "control", "markup", "delete", "duplicate", "swap", "bytes"]))
        if action == "run":
            lines[k] = line[:at] + draw(st.sampled_from(RUNS)) * draw(st.integers(50, 20_000)) + line[at:]
        elif action == "control":
            lines[k] = line[:at] + "".join(draw(st.lists(st.sampled_from(CONTROL), min_size=1, max_size=5))) + line[at:]
        elif action == "markup":
            lines[k] = line[:at] + draw(st.sampled_from(MARKUP)) + line[at:]
        elif action == "delete" and len(lines) > 1:
            lines.pop(k)
        elif action == "duplicate":
            lines.insert(draw(st.integers(0, len(lines))), line)
        elif action == "swap":
            j = draw(st.integers(0, len(lines) - 1))
            lines[k], lines[j] = lines[j], lines[k]
        elif action == "bytes":
            lines[k] = line[:at] + draw(st.binary(min_size=1, max_size=12)).decode("latin-1") + line[at:]
    text = "\n".join(lines)
    if draw(st.booleans()):
        return source, text.encode("utf-8")
    return source, text.encode("utf-8", "surrogateescape").replace(b"\xc2", draw(st.sampled_from([b"\xc2", b"\xff"])))


def _write_corpus(folder: Path, documents) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    with (folder / "sources.csv").open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(HEADER)
        for k, (source, data) in enumerate(documents):
            name = f"doc{k}.txt"
            (folder / name).write_bytes(data)
            writer.writerow([name, f"d{k}", source.district, source.city, source.province, source.doc_kind,
                             source.published, source.title])
    return folder


@settings(max_examples=40, deadline=None, derandomize=True,
          suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow,
                                 HealthCheck.data_too_large])
@given(document=mutated())
def test_a_mutated_document_raises_nothing_undocumented_and_loses_no_number(tmp_path_factory, document):
    raw = _write_corpus(tmp_path_factory.mktemp("raw"), [document])
    try:
        doc = read_document(raw, read_manifest(raw)[0])
        out = collect(doc)
    except AnalysisError:
        return
    lines = table_lines(doc, out)
    assert lines[lines.status == "unaccounted"].empty, lines[lines.status == "unaccounted"]
    numbers = sentence_numbers(doc, out)
    assert numbers[numbers.status == "unaccounted"].empty, numbers[numbers.status == "unaccounted"]


def _tree(folder: Path) -> dict[str, str]:
    return {str(p.relative_to(folder)): hashlib.sha256(p.read_bytes()).hexdigest() if p.is_file() else "dir"
            for p in sorted(folder.rglob("*"))}


@settings(max_examples=5, deadline=None, derandomize=True,
          suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow,
                                 HealthCheck.data_too_large])
@given(documents=st.lists(mutated(), min_size=1, max_size=3))
def test_a_build_of_mutated_documents_writes_only_its_clean_folder(tmp_path_factory, documents):
    work = tmp_path_factory.mktemp("build")
    raw = _write_corpus(work / "raw", documents)
    before = _tree(work)
    try:
        tables = run(raw, work / "clean", jobs=2)
    except AnalysisError:
        assert _tree(work) == before                   # nothing written, not even a staging folder
        return
    after = _tree(work)
    assert {k: v for k, v in after.items() if not k.startswith("clean")} == before
    assert set(tables["documents"].doc_id) | set(tables["flags"].query("kind == 'timeout'").doc_id) == {
        f"d{k}" for k in range(len(documents))}
