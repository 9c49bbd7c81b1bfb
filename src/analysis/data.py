"""Load the clean tables in a notebook: ``analysis.load("observations")``."""

from __future__ import annotations

import os
from pathlib import Path

import pandas as pd

from analysis.errors import InputError

PROJECT_ROOT = Path(__file__).resolve().parents[2]


def default_clean_dir() -> Path:
    """``$ANALYSIS_CLEAN_DIR`` when set, else the project's ``data/clean``."""
    return Path(os.environ.get("ANALYSIS_CLEAN_DIR", PROJECT_ROOT / "data" / "clean"))


def load(name: str, clean_dir: str | Path | None = None) -> pd.DataFrame:
    """One clean table as a DataFrame (from its Parquet file).

    Raises
    ------
    InputError
        When the table has not been built (run ``make data``).
    """
    clean_dir = Path(clean_dir) if clean_dir is not None else default_clean_dir()
    path = clean_dir / f"{name}.parquet"
    if not path.is_file():
        raise InputError(f"table {name!r} not found: run `make data` first", str(path))
    return pd.read_parquet(path)
