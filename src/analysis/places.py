"""Places: official administrative division codes and English names.

The reference is ``data/reference/places.csv``, a reviewed file: one row a
place with its GB/T 2260 code (``district_code``, six digits), its Chinese
name, its level (``province``, ``prefecture``, ``county`` for every
county-level unit: 区, 县, 县级市, 自治县), the code of the level above and
its English name (pinyin of the name without its suffix, then District,
County, City, Autonomous County, Province; syllables that could run together
are separated by an apostrophe: Ji'an). The codes were checked against the
adcodes data shipped with ``cpca`` 0.5.5 and, for the units changed since
2017 (柴桑区, 长乐区, 广信区), against the State Council's approvals;
``note`` says when a unit was renamed or abolished.

Rules
-----
A name is looked up exactly. When the same name stands for two places the
city (prefecture) decides; a name the reference does not know, or cannot
decide, gets an empty code: it is never guessed (the data build flags it,
``unknown_place``). :func:`romanise` spells a name in pinyin for reviewing
new rows of the reference; it never fills a code.
"""

from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path

import pandas as pd

from analysis.data import PROJECT_ROOT
from analysis.errors import InputError

DEFAULT_PATH = PROJECT_ROOT / "data" / "reference" / "places.csv"
COLUMNS = ("district_code", "name", "level", "parent_code", "name_en", "note")
LEVELS = ("province", "prefecture", "county")
_CODE_RE = re.compile(r"^\d{6}$")
# Suffix of a Chinese place name -> its English word (the longest first).
SUFFIXES = (("土家族自治县", "Tujia Autonomous County"), ("畲族自治县", "She Autonomous County"),
            ("自治县", "Autonomous County"), ("省", "Province"), ("市", "City"), ("区", "District"),
            ("县", "County"))


@lru_cache(maxsize=4)
def load_places(path: str | Path = DEFAULT_PATH) -> pd.DataFrame:
    """Read and check the reference.

    Raises
    ------
    InputError
        Naming the file and line: a code that is not six digits, a duplicate
        code, an unknown level, a parent that is not in the file, or a missing
        English name.
    """
    path = Path(path)
    if not path.is_file():
        raise InputError("places reference not found", str(path))
    frame = pd.read_csv(path, dtype=str, keep_default_na=False, encoding="utf-8")
    if tuple(frame.columns) != COLUMNS:
        raise InputError(f"columns must be {', '.join(COLUMNS)}", str(path), 1)
    codes = set(frame.district_code)
    for k, row in enumerate(frame.itertuples(index=False)):
        line = k + 2
        if not _CODE_RE.match(row.district_code):
            raise InputError(f"district_code {row.district_code!r} is not six digits", str(path), line)
        if row.level not in LEVELS:
            raise InputError(f"level {row.level!r} is not one of {', '.join(LEVELS)}", str(path), line)
        if row.parent_code and (row.parent_code not in codes
                                or row.parent_code[:2] != row.district_code[:2]):
            raise InputError(f"parent_code {row.parent_code!r} is not a place of the same province",
                             str(path), line)
        if not row.name or not row.name_en:
            raise InputError("name and name_en are required", str(path), line)
    if frame.district_code.duplicated().any():
        dup = frame.district_code[frame.district_code.duplicated()].iloc[0]
        raise InputError(f"duplicate district_code {dup!r}", str(path))
    return frame


def lookup(names: pd.Series, cities: pd.Series | None = None,
           places: pd.DataFrame | None = None) -> pd.DataFrame:
    """``district_code`` and ``district_en`` of each name (aligned on ``names``' index).

    ``cities`` (the prefecture-level city of each name, where known) decides a
    name that two places share. Empty strings where the reference does not know
    the place or cannot decide.
    """
    places = load_places() if places is None else places
    city_of = dict(zip(places.district_code, places.name))
    entries: dict[str, list[tuple[str, str, str]]] = {}
    for code, name, parent, english in zip(places.district_code, places.name, places.parent_code, places.name_en):
        entries.setdefault(name, []).append((code, english, city_of.get(parent, "")))
    names_list = names.tolist()
    cities_list = [""] * len(names_list) if cities is None else cities.reindex(names.index).astype(object).fillna("").tolist()
    found: dict[tuple[str, str], tuple[str, str]] = {}
    for name, city in set(zip(names_list, cities_list)):          # each distinct place once
        candidates = entries.get(name, [])
        if len(candidates) > 1:
            candidates = [c for c in candidates if city and c[2] == city]
        found[(name, city)] = candidates[0][:2] if len(candidates) == 1 else ("", "")
    pairs = [found[pair] for pair in zip(names_list, cities_list)]
    return pd.DataFrame({"district_code": [p[0] for p in pairs], "district_en": [p[1] for p in pairs]},
                        index=names.index, dtype="str")


def english_name(name: str, city: str = "") -> str:
    """The reference's English name of a place, or "" when it does not know it."""
    return lookup(pd.Series([name]), pd.Series([city])).district_en.iloc[0]


def romanise(name: str) -> str:
    """Pinyin spelling of a place name (for reviewing new rows): 昌江区 -> Changjiang District."""
    from pypinyin import lazy_pinyin

    for suffix, word in SUFFIXES:
        if name.endswith(suffix) and len(name) > len(suffix):
            stem = name[: -len(suffix)]
            break
    else:
        stem, word = name, ""
    syllables = lazy_pinyin(stem)
    spelled = syllables[0]
    for syllable in syllables[1:]:
        spelled += ("'" if syllable[:1] in "aeo" else "") + syllable
    return f"{spelled.capitalize()} {word}".strip()
