"""The indicator dictionary: ``data/reference/indicators.csv``.

One row an indicator: ``indicator_id`` (snake_case English), ``name_zh``,
``aliases_zh`` (other wordings seen, separated by ``|``), ``name_en``, ``unit``,
``kind`` (flow, stock, rate, share, ratio, count), ``higher_is_better`` and
``definition``. Indicators from tables and text are mapped onto it by exact
name or alias after one normalisation (:func:`normalise_name`); an unmapped
indicator keeps an empty ``indicator_id``. Nothing is matched by similarity.

Normalisation (the same for the dictionary's names and for the names read):
Unicode NFKC (full-width letters, digits and brackets to ASCII), traditional
characters to simplified (zhconv, character conversion ``zh-hans``), spaces,
quotes and title marks removed, Latin letters upper-cased (gdp -> GDP), and a
leading whole-area prefix removed (全县, 全区, 全市, 全镇, 本县, 本区, 本市:
全县地区生产总值 is 地区生产总值; which unit the number is about is the
``scope``'s business, not the indicator's).

Wordings that are different indicators stay apart, each with its own id and a
definition saying how it differs: 财政总收入 (fiscal_revenue_total, all revenue
collected, with the part passed up) is not 一般公共预算收入
(fiscal_budget_revenue, the local budget's part); 财政收入 alone
(fiscal_revenue) and 地方财政收入 / 地方级收入 (fiscal_revenue_local) could be
either and are kept apart from both; 工业增加值 (all industry) is not
规模以上工业增加值; 户籍人口 is not 常住人口; 户籍人口城镇化率 is not the
resident-based 城镇化率; 重点项目 (key_projects) is not 重大项目 (major_projects);
a project's 总投资 is not the 完成投资 made on it; 棚户区改造项目 (projects) is not
棚户区改造 (dwellings); 新农村建设点 is not 新农村示范点; 新改扩建学校项目 (个) is
not 新改扩建学校 (所); a 新增 count (新增高新技术企业) is not the stock; a sector's
contribution to growth is not its share of GDP. The works and services that
features, notices and plans count (urban renewal, rural works, investment
attraction, firms, talent, social services, governance, party building) keep
the same rules: what was attracted (引进重大项目, 引进亿元以上项目) is not the list
or the stock (重大项目, 亿元以上项目), each size class (亿元以上, 2亿元以上, the "100",
"50" and "20" classes) is its own row, a count of projects is not their money
(亿元以上项目到位资金), completed (完成棚改项目) is not carried out, new (新增个体工商户,
新认定消费帮扶产品) is not the stock, a coverage rate is not the count of
facilities. A bare word that could be
several indicators has no row and stays unmapped: 营业收入 and 主营业务收入 (of
whom?), 投资, 投入资金, 到位资金, 接种率 (of what?), 农业总产值 (the narrow 农业 or
all of 农林牧渔业), 厕所新改建 (household or public toilets), 疫苗 (doses given,
bought or stored); so does a label cut short of its subject (引进项目, 改造项目).
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache
from pathlib import Path

import pandas as pd
import zhconv

from analysis.data import PROJECT_ROOT
from analysis.errors import InputError

DEFAULT_PATH = PROJECT_ROOT / "data" / "reference" / "indicators.csv"
COLUMNS = ("indicator_id", "name_zh", "aliases_zh", "name_en", "unit", "kind",
           "higher_is_better", "definition")
KINDS = ("flow", "stock", "rate", "share", "ratio", "count")
_ID_RE = re.compile(r"^[a-z][a-z0-9_]*$")
_DROPPED = re.compile(r"[\s\u3000\"'“”‘’《》「」『』]")
_AREA_PREFIX = re.compile(r"^(?:全县|全区|全市|全镇|本县|本区|本市)(?=.)")


@lru_cache(maxsize=65536)
def normalise_name(name: str) -> str:
    """The form names are compared in (see the module docstring).

    >>> normalise_name("地區生產總值（GDP）")
    '地区生产总值(GDP)'
    >>> normalise_name("全县 规上工业增加值")
    '规上工业增加值'
    """
    text = unicodedata.normalize("NFKC", str(name))
    text = zhconv.convert(text, "zh-hans")
    text = _DROPPED.sub("", text)
    text = re.sub(r"[a-z]+", lambda m: m.group(0).upper(), text)
    return _AREA_PREFIX.sub("", text)


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
        for name in map(normalise_name, names_of(row)):
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
    """Normalised Chinese name or alias -> indicator_id."""
    return {normalise_name(name): row.indicator_id for row in dictionary.itertuples(index=False)
            for name in names_of(row)}


def map_indicators(indicators: pd.Series, dictionary: pd.DataFrame) -> pd.Series:
    """The indicator_id of each indicator name; empty where the name is not in the dictionary.

    A name matches when its normalised form equals a normalised name or alias.
    """
    index = name_index(dictionary)
    mapping = {name: index.get(normalise_name(name), "") for name in indicators.unique()}
    return indicators.map(mapping).fillna("").astype("str")


def english_names(ids: pd.Series, dictionary: pd.DataFrame) -> pd.Series:
    """``name_en`` of each indicator_id; empty where the id is empty or unknown."""
    names = dict(zip(dictionary.indicator_id, dictionary.name_en))
    return ids.map(names).fillna("").astype("str")


def search(query: str, clean_dir=None) -> pd.DataFrame:
    """Indicators matching ``query`` (see :func:`analysis.search`), best matches first.

    A search, not a mapping: any part of a name, alias, id, English name or
    definition matches (case-insensitive; traditional characters are read as
    simplified).
    """
    dictionary = load_dictionary()
    q = normalise_name(query).lower()
    text = (dictionary.indicator_id + " " + dictionary.name_zh + " " + dictionary.aliases_zh + " "
            + dictionary.name_en + " " + dictionary.definition).str.lower()
    exact = (dictionary.name_zh.map(normalise_name).str.lower().str.contains(q, regex=False)
             | dictionary.name_en.str.lower().str.contains(q, regex=False)
             | dictionary.indicator_id.str.contains(q, regex=False))
    hits = dictionary[text.str.contains(q, regex=False) | exact].copy()
    hits["_rank"] = (~exact[hits.index]).astype(int)
    hits = hits.sort_values(["_rank", "indicator_id"]).drop(columns="_rank")
    out = hits[["indicator_id", "name_zh", "name_en", "unit", "kind", "aliases_zh", "definition"]].copy()
    districts, years, first, last = {}, {}, {}, {}
    from analysis.data import _clean, load

    path = _clean(clean_dir) / "observations.parquet"
    if path.is_file():
        obs = load("observations", clean_dir)
        obs = obs[(obs.indicator_id != "") & obs.value.notna() & (obs.scope == "district")]
        grouped = obs.groupby("indicator_id")
        districts = grouped.district.nunique().to_dict()
        years = grouped.year.nunique().to_dict()
        first = grouped.year.min().to_dict()
        last = grouped.year.max().to_dict()
    out["districts"] = out.indicator_id.map(lambda i: districts.get(i, 0)).astype("Int64")
    out["years"] = out.indicator_id.map(lambda i: years.get(i, 0)).astype("Int64")
    out["first_year"] = out.indicator_id.map(first).astype("Int64")
    out["last_year"] = out.indicator_id.map(last).astype("Int64")
    return out.reset_index(drop=True)
