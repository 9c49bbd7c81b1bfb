"""Stage raw -> clean: read the manifest and documents, extract, validate, write.

``python -m analysis extract --raw DIR --clean DIR`` runs :func:`run`. Output
is written whole or not at all: everything goes into a temporary folder beside
the clean folder, which is swapped in only when every table has passed its
schema.

After the rows of every document are put together, the build adds what needs
all of them: ``indicator_id`` and ``indicator_en`` from the dictionary,
``district_code`` and ``district_en`` from the places reference (a place it does not know is
flagged ``unknown_place``, never guessed), and one ``structure`` row per
district, year and status (the others go to flags as ``structure_duplicate``,
chosen by :mod:`analysis.precedence`). Parquet and CSV hold the same missing
values: an empty text is a missing value in both.

Each document has a time budget (``doc_timeout`` seconds, ``--doc-timeout``;
120 by default, 0 for none): a document over budget is stopped in its worker
process, nothing from it enters the clean tables but one ``timeout`` row in
``flags``, and the rest of the corpus is built.

A document that is not plain text (a saved web page, a PDF, a Word file: see
:mod:`analysis.extract.formats`) is read into a text rendition, written to
``CLEAN/text/<doc_id>.txt`` with the tables (rebuilt from the raw file every
run, identical run to run); ``line`` in its rows refers to that file, and its
``documents`` row names it (``rendition``) and the ``input_type``. What its
reader noticed (a page's charset that lies, a table outside the main text) is
flagged.
"""

from __future__ import annotations

import json
import os
import shutil
import tempfile
from collections import defaultdict
from functools import partial
from datetime import datetime, timezone
from pathlib import Path

import pandas as pd

from analysis.schemas import conform, datapackage, validate
from analysis.extract.sources import Document, read_document, read_manifest
from analysis.data import write_frame
from analysis.dictionary import DEFAULT_PATH, english_names, load_dictionary, map_indicators
from analysis.places import lookup
from analysis.precedence import precedence_order
from analysis.executors import Stopped, map_ordered
from analysis.extract.prose import extract_prose
from analysis.extract.script import check_script
from analysis.extract.tables import extract_tables

PLACEHOLDER = ".gitkeep"     # data/clean/.gitkeep: the folder exists in a fresh clone; kept by every build
RENDITIONS = "text"          # CLEAN/text/<doc_id>.txt: the text rendition of a non-text document
_RENDITION_KEY = "_rendition"   # per-document rows: the rendition's text (not a table)

# Written in this order; datapackage.json lists them so.
OUTPUT_TABLES = ("documents", "tables", "indicator_rows", "observations", "structure",
                 "enterprises", "tasks", "task_units", "projects", "flags")
# Seconds one document may take (read, tables, prose) before it is stopped.
DOC_TIMEOUT = 120.0


def run(raw_dir: str | Path, clean_dir: str | Path, dictionary_path: str | Path = DEFAULT_PATH,
        executor: str = "local", jobs: int = 1, scheduler: str | None = None,
        doc_timeout: float | None = DOC_TIMEOUT) -> dict[str, pd.DataFrame]:
    """Build every clean table from ``raw_dir`` and write them into ``clean_dir``.

    Returns the tables written. Raises :class:`analysis.errors.AnalysisError`
    (nothing written) when the manifest, a document, the dictionary or a table is bad.
    A document that takes longer than ``doc_timeout`` seconds (None or 0: no
    budget; not enforced on Dask) is stopped and flagged ``timeout``.
    """
    dictionary = load_dictionary(dictionary_path)
    sources = read_manifest(raw_dir)
    raw = str(Path(raw_dir).resolve())
    results = map_ordered(partial(extract_source, raw), sources, executor, jobs, scheduler,
                          timeout=doc_timeout or None)
    per_document = [_stopped_rows(source, result) if isinstance(result, Stopped) else result
                    for source, result in zip(sources, results)]
    tables = assemble(per_document, dictionary)
    texts = {row["doc_id"]: row["text"] for rows in per_document for row in rows.get(_RENDITION_KEY, ())}
    write_clean(tables, clean_dir, texts)
    return tables


def read_documents(raw_dir: str | Path) -> list[Document]:
    """Every document of the manifest, read and checked."""
    return [read_document(raw_dir, source) for source in read_manifest(raw_dir)]


def extract(documents: list[Document], dictionary: pd.DataFrame | None = None) -> dict[str, pd.DataFrame]:
    """Extract and validate every output table from ``documents``.

    Indicators are mapped onto ``dictionary`` (the project's
    ``data/reference/indicators.csv`` when None).
    """
    dictionary = load_dictionary() if dictionary is None else dictionary
    return assemble([extract_document(doc) for doc in documents], dictionary)


def extract_source(raw_dir: str, source) -> dict[str, list[dict]]:
    """Read one listed document and extract its rows (the unit of work of an executor)."""
    return extract_document(read_document(raw_dir, source))


def extract_document(doc: Document) -> dict[str, list[dict]]:
    """Every row one document gives: tables, prose, script check, and its documents row."""
    collected = extract_tables(doc)
    extract_prose(doc, collected)
    check_script(doc, collected)
    for notice in doc.notices:
        collected.flag(notice.line, notice.kind, notice.severity, notice.detail, text=notice.text)
    rows = {name: list(table_rows) for name, table_rows in collected.rows.items()}
    rows["documents"] = [_document_row(doc)]
    if doc.input_type != "text":
        rows[_RENDITION_KEY] = [{"doc_id": doc.doc_id, "text": "\n".join(doc.lines) + "\n"}]
    return rows


def assemble(per_document: list[dict[str, list[dict]]], dictionary: pd.DataFrame) -> dict[str, pd.DataFrame]:
    """Concatenate the rows of every document, map indicators, validate every table."""
    rows: dict[str, list[dict]] = defaultdict(list)
    for document_rows in per_document:
        for name, table_rows in document_rows.items():
            rows[name].extend(table_rows)
    tables = {name: conform(name, rows[name]) for name in OUTPUT_TABLES}
    for name in ("observations", "indicator_rows", "structure"):
        frame = tables[name]
        frame["indicator_id"] = map_indicators(frame.indicator, dictionary)
        frame["indicator_en"] = english_names(frame.indicator_id, dictionary)
    flags = [tables["flags"]]    # then the flags of the steps below, each typed
    tables["structure"], duplicates = one_structure_row(tables["structure"], tables["documents"])
    flags.append(duplicates)
    cities = dict(zip(tables["documents"].doc_id, tables["documents"].city))
    placed = []
    for name in ("documents", "observations", "structure", "enterprises"):
        frame = tables[name]
        places = lookup(frame.district, frame.doc_id.map(cities))
        frame["district_code"], frame["district_en"] = places.district_code, places.district_en
        placed.append(frame[["doc_id", "district", "district_code"]])
    flags.append(unknown_places(pd.concat(placed, ignore_index=True)))
    tables["flags"] = pd.concat([f for f in flags if len(f)] or flags[:1], ignore_index=True)
    return {name: validate(name, frame) for name, frame in tables.items()}


def one_structure_row(structure: pd.DataFrame, documents: pd.DataFrame) -> tuple[pd.DataFrame, pd.DataFrame]:
    """One row per district, year and status; the others as ``structure_duplicate`` flags."""
    key = ["district", "year", "status"]
    if structure.empty:
        return structure, conform("flags", [])
    meta = documents[["doc_id", "doc_kind", "published"]]
    ranked = precedence_order(structure.merge(meta, on="doc_id", how="left").assign(qualifier="exact"))
    first = ~ranked.duplicated(key)
    others = ranked[~first].merge(ranked[first][[*key, "doc_id", "line", "value_text"]], on=key,
                                  suffixes=("", "_kept"))
    detail = (others.district + " " + others.year.astype(str) + " " + others.status + ": " + others.value_text
              + " also given by " + others.doc_id_kept + " line " + others.line_kept.astype(str) + " ("
              + others.value_text_kept + "), which the precedence keeps in structure")
    flags = conform("flags", [])
    if len(others):
        flags = conform("flags", pd.DataFrame({
            "doc_id": others.doc_id, "line": others.line, "kind": "structure_duplicate", "severity": "info",
            "detail": detail, "table_id": others.table_id, "text": others.value_text}).to_dict("records"))
    keep = structure.loc[structure.index.isin(ranked[first].index)]
    return keep.reset_index(drop=True), flags


def unknown_places(frame: pd.DataFrame) -> pd.DataFrame:
    """One ``unknown_place`` flag per document and place the places reference does not know."""
    unknown = frame[(frame.district_code == "") & (frame.district != "")]
    unknown = unknown.drop_duplicates(["doc_id", "district"])
    flags = conform("flags", [])
    if len(unknown):
        flags = conform("flags", pd.DataFrame({
            "doc_id": unknown.doc_id, "kind": "unknown_place", "severity": "warning", "text": unknown.district,
            "detail": unknown.district + " is not in data/reference/places.csv (or is ambiguous there): "
                      "district_code left empty"}).to_dict("records"))
    return flags


def write_clean(tables: dict[str, pd.DataFrame], clean_dir: str | Path,
                texts: dict[str, str] | None = None) -> None:
    """Write CSV, Parquet and XLSX for every table, ``datapackage.json`` and the text renditions
    (``texts``: doc_id -> text, into ``text/<doc_id>.txt``), then swap the folder in."""
    clean_dir = Path(clean_dir)
    clean_dir.parent.mkdir(parents=True, exist_ok=True)
    staging = Path(tempfile.mkdtemp(prefix=f".{clean_dir.name}.", dir=clean_dir.parent))
    try:
        for name, frame in tables.items():
            write_frame(frame, staging, name)
        placeholder = clean_dir / PLACEHOLDER
        if placeholder.is_file():                 # kept, so a fresh clone's data/clean stays tracked
            shutil.copyfile(placeholder, staging / PLACEHOLDER)
        if texts:
            (staging / RENDITIONS).mkdir()
            for doc_id, text in sorted(texts.items()):
                (staging / RENDITIONS / f"{doc_id}.txt").write_text(text, encoding="utf-8", newline="\n")
        created = datetime.now(timezone.utc).isoformat(timespec="seconds")
        descriptor = datapackage(list(tables), created)
        (staging / "datapackage.json").write_text(
            json.dumps(descriptor, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
        _swap_in(staging, clean_dir)
    except BaseException:
        shutil.rmtree(staging, ignore_errors=True)
        raise


def _swap_in(staging: Path, clean_dir: Path) -> None:
    old = None
    if clean_dir.exists():
        old = clean_dir.with_name(f".{clean_dir.name}.old-{os.getpid()}")
        clean_dir.rename(old)
    staging.rename(clean_dir)
    if old is not None:
        shutil.rmtree(old)


def _stopped_rows(source, stopped: Stopped) -> dict[str, list[dict]]:
    """A stopped document gives one flag and nothing else (nothing partial reaches a table)."""
    return {"flags": [dict(doc_id=source.doc_id, line=None, kind=stopped.reason, severity="error",
                           detail=f"{stopped.detail}: nothing from this document is in the clean tables",
                           table_id="", text=source.file)]}


def stopped_documents(tables: dict[str, pd.DataFrame]) -> pd.DataFrame:
    """The ``flags`` rows of documents that were stopped (over budget, or their worker died)."""
    flags = tables["flags"]
    return flags[flags.kind.isin(("timeout", "worker_died"))]


def _document_row(doc: Document) -> dict:
    s = doc.source
    return dict(doc_id=s.doc_id, file=s.file, district=s.district, city=s.city,
                province=s.province, doc_kind=s.doc_kind, published=s.published, title=s.title,
                sha256=doc.sha256, lines=len(doc.lines), encoding=doc.encoding,
                input_type=doc.input_type,
                rendition=f"{RENDITIONS}/{s.doc_id}.txt" if doc.input_type != "text" else "",
                url=s.url)

