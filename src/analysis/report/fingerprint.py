"""What a report is built from, as content hashes: the report is rebuilt only when one changed.

A district report's fingerprint has these parts, each a SHA-256:

- ``rows``: the district's rows of every clean table a report reads
  (:data:`analysis.report.TABLE_NAMES`), in table order. A row belongs to the
  district when its ``district`` is the district, or its ``doc_id`` (or
  ``other_doc_id``, an audit finding comparing two documents) is one of the
  district's documents: the documents of the district and those that say
  something about it (the documents of its observations). The tables' column
  names are hashed with the rows, so a new column rebuilds everything.
- nothing of the other districts: a district page shows only its own rows
  (the chart of every district's incomes is the comparison page's), so a
  change in one district's rows rebuilds that district and the comparison only.
- ``site``: the navigation every page carries (the list of districts);
  a new district rebuilds every page.
- ``template``: the report notebook.
- ``code``: every ``src/analysis/**/*.py``.
- ``reference``: every file of ``data/reference`` (the indicator dictionary,
  the places).
- ``lang``: the report's language.

The comparison page's fingerprint has ``rows`` of every row of every table
read, its own template and the same other parts (``site``, ``code``,
``reference``, ``lang``). The data package's
``created`` time (printed in the reports' header) is not part of it: a report
whose rows did not change keeps the time of the build that made it.

A fingerprint is stored beside the reports in ``OUT/.build/<slug>.json`` only
when the report was built and listed without failure; a failed report has
none, so it is always built again. The index's row of a district (its
headline figures, read from the same rows) is kept in
``OUT/.build/<slug>.index.json`` with the fingerprint it was made under.
"""

from __future__ import annotations

import hashlib
import json
from pathlib import Path

import numpy as np
import pandas as pd

from analysis.data import PROJECT_ROOT

CODE_DIR = PROJECT_ROOT / "src" / "analysis"
REFERENCE_DIR = PROJECT_ROOT / "data" / "reference"
STATE_DIR = ".build"


def _sha(*parts: bytes) -> str:
    digest = hashlib.sha256()
    for part in parts:
        digest.update(len(part).to_bytes(8, "little"))
        digest.update(part)
    return digest.hexdigest()


def files_hash(paths) -> str:
    """The hash of files' names (relative to the project) and contents, in name order."""
    paths = sorted(Path(p) for p in paths)
    return _sha(*[part for p in paths for part in
                  (str(p.relative_to(PROJECT_ROOT) if p.is_relative_to(PROJECT_ROOT) else p).encode(),
                   p.read_bytes())])


def code_hash() -> str:
    return files_hash(CODE_DIR.rglob("*.py"))


def reference_hash() -> str:
    return files_hash(p for p in REFERENCE_DIR.iterdir() if p.is_file())


def _row_hashes(frame: pd.DataFrame):
    """One 64-bit hash a row, over its values (columns in order); the columns' names are hashed apart."""
    if frame.empty:
        return frame.index.to_numpy()[:0].astype("uint64")
    return pd.util.hash_pandas_object(frame, index=False).to_numpy()


class TableRows:
    """The clean tables indexed by district and document, to hash any district's rows in linear time."""

    def __init__(self, tables: dict[str, pd.DataFrame]):
        self.tables = tables
        self.hashes = {name: _row_hashes(t.reset_index(drop=True)) for name, t in tables.items()}
        self.by_key = {}
        for name, t in tables.items():
            t = t.reset_index(drop=True)
            index = {}
            for column in ("district", "doc_id", "other_doc_id"):
                if column in t.columns:
                    index[column] = dict(t.groupby(column, sort=False, dropna=True).indices)
            self.by_key[name] = index
        obs, docs = tables["observations"], tables["documents"]
        self.doc_ids = {}
        for district, ids in docs.groupby("district").doc_id:
            self.doc_ids.setdefault(district, set()).update(ids)
        for district, ids in obs.groupby("district").doc_id:
            self.doc_ids.setdefault(district, set()).update(ids)

    def district_hash(self, district: str) -> str:
        """The hash of the district's rows of every table (see the module's rules)."""
        docs = self.doc_ids.get(district, set())
        parts = []
        for name in sorted(self.tables):
            index = self.by_key[name]
            chosen = [index.get("district", {}).get(district, np.empty(0, dtype=int))]
            for column in ("doc_id", "other_doc_id"):
                if column in index:
                    chosen += [index[column][d] for d in docs if d in index[column]]
            if "district" not in index and "doc_id" not in index:     # a table about no one: all of it
                chosen = [np.arange(len(self.tables[name]))]
            positions = np.unique(np.concatenate(chosen)) if chosen else np.empty(0, dtype=int)
            parts += [name.encode(), json.dumps(list(map(str, self.tables[name].columns))).encode(),
                      self.hashes[name][positions].tobytes()]
        return _sha(*parts)

    def all_hash(self) -> str:
        return _sha(*[part for name in sorted(self.tables) for part in
                      (name.encode(), json.dumps(list(map(str, self.tables[name].columns))).encode(),
                       self.hashes[name].tobytes())])


def fingerprints(tables: dict[str, pd.DataFrame], districts: list[str], lang: str, nav,
                 report_notebook: Path, compare_notebook: Path) -> dict[str, dict[str, str]]:
    """The fingerprint of each report to build: ``{name: {part: hash}}``, the districts and ``compare``."""
    rows = TableRows(tables)
    common = {"site": _sha(json.dumps(nav, ensure_ascii=False).encode()),
              "code": code_hash(), "reference": reference_hash(), "lang": lang}
    report_template = files_hash([report_notebook])
    found = {name: {"rows": rows.district_hash(name), "template": report_template, **common} for name in districts}
    found["compare"] = {"rows": rows.all_hash(), "template": files_hash([compare_notebook]), **common}
    return found


def state_path(out_dir: Path, file_slug: str) -> Path:
    return Path(out_dir) / STATE_DIR / f"{file_slug}.json"


def stored(out_dir: Path, file_slug: str) -> dict[str, str] | None:
    """The fingerprint stored by the last good build of this report, or None."""
    path = state_path(out_dir, file_slug)
    if not path.is_file():
        return None
    return json.loads(path.read_text(encoding="utf-8"))


def store(out_dir: Path, file_slug: str, fingerprint: dict[str, str]) -> None:
    path = state_path(out_dir, file_slug)
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps(fingerprint, ensure_ascii=False, indent=1, sort_keys=True), encoding="utf-8")


def forget(out_dir: Path, file_slug: str) -> None:
    state_path(out_dir, file_slug).unlink(missing_ok=True)


def stored_row(out_dir: Path, file_slug: str, fingerprint: dict[str, str]) -> list | None:
    """The district's index row kept by an earlier build with the same fingerprint, or None."""
    path = Path(out_dir) / STATE_DIR / f"{file_slug}.index.json"
    if not path.is_file():
        return None
    kept = json.loads(path.read_text(encoding="utf-8"))
    return kept["row"] if kept.get("fingerprint") == fingerprint else None


def store_row(out_dir: Path, file_slug: str, fingerprint: dict[str, str], row) -> None:
    path = Path(out_dir) / STATE_DIR / f"{file_slug}.index.json"
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps({"fingerprint": fingerprint, "row": list(row)}, ensure_ascii=False),
                    encoding="utf-8")


def why_build(out_dir: Path, file_slug: str, fingerprint: dict[str, str], outputs: list[str]) -> str:
    """Why the report must be built ('' when the one on disk can be kept): the parts that changed."""
    before = stored(out_dir, file_slug)
    if before is None:
        return "no earlier good build"
    missing = [name for name in outputs if not (Path(out_dir) / name).is_file()]
    if missing:
        return "missing " + ", ".join(missing)
    changed = [part for part in fingerprint if before.get(part) != fingerprint[part]]
    return ("changed " + ", ".join(changed)) if changed else ""
