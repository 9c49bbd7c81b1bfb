"""The indicator dictionary: ``data/reference/indicators.csv``.

One row an indicator: ``indicator_id`` (snake_case English), ``name_zh``,
``aliases_zh`` (other wordings seen, separated by ``|``), ``name_en``, ``unit``,
``kind`` (flow, stock, rate, share, ratio, count), ``higher_is_better`` and
``definition``. Indicators from tables and text are mapped onto it by exact
name or alias; an unmapped indicator keeps an empty ``indicator_id``.
"""

from __future__ import annotations

import re
from pathlib import Path

import pandas as pd

from analysis.data import PROJECT_ROOT
from analysis.errors import InputError

DEFAULT_PATH = PROJECT_ROOT / "data" / "reference" / "indicators.csv"
COLUMNS = ("indicator_id", "name_zh", "aliases_zh", "name_en", "unit", "kind",
           "higher_is_better", "definition")
KINDS = ("flow", "stock", "rate", "share", "ratio", "count")
_ID_RE = re.compile(r"^[a-z][a-z0-9_]*$")


def load_dictionary(path: str | Path = DEFAULT_PATH) -> pd.DataFrame:
    """Read and check the dictionary.

    Raises
    ------
    InputError
        Naming the file and line: a bad id, kind or flag, a duplicate id, or a
        name or alias that maps to two ids.
    """
    path = Path(path)
    if not path.is_file():
        raise InputError("indicator dictionary not found", str(path))
    frame = pd.read_csv(path, dtype=str, keep_default_na=False, encoding="utf-8")
    if tuple(frame.columns) != COLUMNS:
        raise InputError(f"columns must be {', '.join(COLUMNS)}", str(path), 1)
    owner: dict[str, str] = {}
    for k, row in enumerate(frame.itertuples(index=False)):
        line = k + 2
        if not _ID_RE.match(row.indicator_id):
            raise InputError(f"indicator_id {row.indicator_id!r} is not snake_case", str(path), line)
        if row.kind not in KINDS:
            raise InputError(f"kind {row.kind!r} is not one of {', '.join(KINDS)}", str(path), line)
        if row.higher_is_better not in ("true", "false", ""):
            raise InputError("higher_is_better must be true, false or empty", str(path), line)
        if not row.name_zh or not row.name_en:
            raise InputError("name_zh and name_en are required", str(path), line)
        for name in names_of(row):
            if owner.get(name, row.indicator_id) != row.indicator_id:
                raise InputError(f"{name!r} maps to both {owner[name]} and {row.indicator_id}",
                                 str(path), line)
            owner[name] = row.indicator_id
    if frame.indicator_id.duplicated().any():
        dup = frame.indicator_id[frame.indicator_id.duplicated()].iloc[0]
        raise InputError(f"duplicate indicator_id {dup!r}", str(path))
    return frame


def names_of(row) -> list[str]:
    """The Chinese name and every alias of a dictionary row."""
    return [row.name_zh] + [a.strip() for a in row.aliases_zh.split("|") if a.strip()]


def name_index(dictionary: pd.DataFrame) -> dict[str, str]:
    """Chinese name or alias -> indicator_id."""
    return {name: row.indicator_id for row in dictionary.itertuples(index=False)
            for name in names_of(row)}


def map_indicators(indicators: pd.Series, dictionary: pd.DataFrame) -> pd.Series:
    """The indicator_id of each indicator name; empty where the name is not in the dictionary."""
    index = name_index(dictionary)
    return indicators.map(lambda name: index.get(name, "")).astype("str")
