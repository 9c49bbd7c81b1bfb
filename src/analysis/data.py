"""Load the clean tables in a notebook: ``analysis.load("observations")``.

``analysis.tables()`` lists the clean tables with their descriptions and row
counts; ``analysis.describe("observations")`` gives a table's data dictionary
(column, type, unit, meaning), which every loaded table also carries in
``frame.attrs``. A table reads the same from Parquet and CSV
(``load(name, format="csv")``): texts are strings with ``""`` for a missing
text (the files hold a missing value there, so ``pd.read_csv`` and
``pd.read_parquet`` agree too), integers are ``Int64`` and numbers ``Float64``
with ``<NA>`` where missing.
"""

from __future__ import annotations

import json
import os
from pathlib import Path

import pandas as pd

from analysis.errors import InputError

PROJECT_ROOT = Path(__file__).resolve().parents[2]
FORMATS = ("parquet", "csv")


def default_clean_dir() -> Path:
    """``$ANALYSIS_CLEAN_DIR`` when set, else the project's ``data/clean``."""
    return Path(os.environ.get("ANALYSIS_CLEAN_DIR", PROJECT_ROOT / "data" / "clean"))


def _clean(clean_dir) -> Path:
    return Path(clean_dir) if clean_dir is not None else default_clean_dir()


def load(name: str, clean_dir: str | Path | None = None, format: str = "parquet") -> pd.DataFrame:
    """One clean table as a DataFrame, typed by its schema, its data dictionary in ``attrs``.

    Raises
    ------
    InputError
        For a name that is not a clean table (the message lists the known
        ones), or a table that has not been built (run ``make data``).
    """
    from analysis.schemas import TABLES

    if format not in FORMATS:
        raise ValueError(f"format must be one of {FORMATS}, got {format!r}")
    clean_dir = _clean(clean_dir)
    if name not in TABLES:
        raise InputError(f"unknown table {name!r}; the clean tables are: {', '.join(TABLES)}", str(clean_dir))
    path = clean_dir / f"{name}.{format}"
    if not path.is_file():
        built = sorted(p.stem for p in clean_dir.glob(f"*.{format}")) if clean_dir.is_dir() else []
        raise InputError(f"table {name!r} has not been built here (built: {', '.join(built) or 'none'}): "
                         "run `make data`", str(path))
    if format == "parquet":
        frame = pd.read_parquet(path)
    else:
        frame = pd.read_csv(path, dtype=str, keep_default_na=False, encoding="utf-8")
    return typed(name, frame)


def typed(name: str, frame: pd.DataFrame) -> pd.DataFrame:
    """``frame`` with its schema's types (``""`` for a missing text) and its data dictionary in attrs."""
    from analysis.schemas import TABLES, _PANDAS_TYPES

    spec = TABLES[name]
    frame = frame.copy()
    for f in spec.fields:
        if f.name not in frame.columns:
            continue
        column = frame[f.name]
        if f.type == "string":
            frame[f.name] = column.astype(object).where(column.notna(), "").astype("str")
        else:
            if column.dtype == object or pd.api.types.is_string_dtype(column):
                column = column.replace("", None)
            frame[f.name] = pd.to_numeric(column).astype(_PANDAS_TYPES[f.type])
    frame.attrs = {"table": name, "title": spec.title, "description": spec.description,
                   "columns": {f.name: f.description + (f" [{f.unit}]" if f.unit else "")
                               for f in spec.fields}}
    return frame


def describe(name: str) -> pd.DataFrame:
    """The data dictionary of a clean table: column, type, unit, required, meaning."""
    from analysis.schemas import TABLES

    if name not in TABLES:
        raise InputError(f"unknown table {name!r}; the clean tables are: {', '.join(TABLES)}")
    return pd.DataFrame([dict(column=f.name, type=f.type, unit=f.unit, required=f.required,
                              description=f.description) for f in TABLES[name].fields])


def tables(clean_dir: str | Path | None = None) -> pd.DataFrame:
    """The clean tables: name, title, description, and rows where built in ``clean_dir``."""
    from analysis.schemas import TABLES

    clean_dir = _clean(clean_dir)
    rows = []
    for name, spec in TABLES.items():
        path = clean_dir / f"{name}.parquet"
        n = None
        if path.is_file():
            import pyarrow.parquet as pq

            n = pq.ParquetFile(path).metadata.num_rows
        rows.append(dict(name=name, title=spec.title, description=spec.description, rows=n))
    frame = pd.DataFrame(rows)
    frame["rows"] = frame["rows"].astype("Int64")
    return frame


def write_frame(frame: pd.DataFrame, folder: Path, name: str) -> None:
    """``NAME.csv``, ``NAME.parquet`` and ``NAME.xlsx``: an empty text is a missing value in each.

    The workbook stores every text as text, so no cell is ever read as a formula
    (:mod:`analysis.spreadsheet`).
    """
    from analysis.spreadsheet import write_xlsx

    frame.to_csv(folder / f"{name}.csv", index=False, encoding="utf-8")
    write_xlsx(name, frame, folder / f"{name}.xlsx")
    texts = [c for c in frame.columns
             if frame[c].dtype == object or pd.api.types.is_string_dtype(frame[c])]
    frame.assign(**{c: frame[c].replace("", None) for c in texts}).to_parquet(
        folder / f"{name}.parquet", index=False)


def add_table(clean_dir: str | Path, name: str, frame: pd.DataFrame) -> None:
    """Write one more table into a built clean folder and list it in ``datapackage.json``.

    Each file is written beside its target and then replaced whole.
    """
    from analysis.schemas import datapackage

    clean_dir = Path(clean_dir)
    descriptor_path = clean_dir / "datapackage.json"
    descriptor = json.loads(descriptor_path.read_text(encoding="utf-8"))
    names = [r["name"] for r in descriptor["resources"] if r["name"] != name] + [name]
    staging = clean_dir / f".{name}.tmp"
    staging.mkdir(exist_ok=True)
    write_frame(frame, staging, name)
    for suffix in (".csv", ".parquet", ".xlsx"):
        os.replace(staging / f"{name}{suffix}", clean_dir / f"{name}{suffix}")
    staging.rmdir()
    tmp = clean_dir / ".datapackage.json.tmp"
    tmp.write_text(json.dumps(datapackage(names, descriptor.get("created", "")), ensure_ascii=False,
                              indent=2) + "\n", encoding="utf-8")
    os.replace(tmp, descriptor_path)
