"""Score an extraction against a hand-coded answer key.

``python -m analysis evaluate --clean DIR --key FILE`` compares the
``observations`` of a clean folder with an answer key and writes
``DIR/evaluation.csv`` (one row a key row) and a summary on the terminal. It is
how a researcher who hand-codes fifty facts of their own corpus learns how far
to trust the rest.

The answer key
--------------
A CSV with the columns ``id, file, expect, district, indicator, measure,
status, year, period, value, unit, qualifier, quote``:

``file``       the raw file the fact stands in (``documents.file``);
``expect``     ``present`` (the fact must be reported) or ``absent`` (the
               number must NOT be given to ``district``: another unit's figure,
               a project's, or not a statistic);
``indicator``  the shortest core phrase naming what is measured;
``measure``    level, growth, change or multiple; ``status`` actual, expected or
               target; ``year`` the period's last year; ``period`` an ISO period
               when certain (blank when unsure); ``value`` as stated in ``unit``;
               ``qualifier`` exact, approx, more_than, at_least, at_most or
               less_than; ``quote`` the words of the text that carry the fact.

How a key row is matched
------------------------
The candidates are the observations of the same file whose value equals the
key's (the same number in the same unit: 683145万元 is not 68.3145亿元) and that
stand where the quote stands: the quote and the observation's sentence overlap
(after folding full-width forms, traditional characters, inline pinyin and
spaces), or, for a table cell, the quote holds the cell's indicator and text
(or the quote is the cell's row and the indicator starts with the row's label,
its first cell: ``原煤  万吨  1083.5`` for 原煤产量).
Of several candidates the one with most fields right is taken.

Fields scored: ``value`` (number and unit), ``indicator``, ``measure``,
``status``, ``year``, ``qualifier`` and ``district``; a row is **fully right**
when all of them are. ``period`` is scored where the key gives one, and
reported apart. An indicator is right when the two labels are equal once folded,
or when both map to the same id of the indicator dictionary.

Results: ``fully_right``, ``wrong_fields`` (found, some field wrong),
``missing`` (present in the key, not found), ``wrongly_present`` (an absent
number given to the district) and ``correctly_absent``.
"""

from __future__ import annotations

import csv
import html
import math
import re
import unicodedata
from dataclasses import dataclass
from difflib import SequenceMatcher
from pathlib import Path

import pandas as pd
import zhconv

from analysis.data import load
from analysis.dictionary import load_dictionary, map_indicators
from analysis.errors import InputError, QuantityError
from analysis.extract.numbers import parse_unit
from analysis.extract.tables.indicators import SUB_ITEM_LEADS
from analysis.extract.text import is_page_number

KEY_COLUMNS = ("id", "file", "expect", "district", "indicator", "measure", "status", "year",
               "period", "value", "unit", "qualifier", "quote")
FIELDS = ("value", "indicator", "measure", "status", "year", "qualifier", "district")
RESULTS = ("fully_right", "wrong_fields", "missing", "wrongly_present", "correctly_absent")
_PINYIN_GLOSS = re.compile(r"[(（][a-zA-Zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜüńňǹ\s]+[)）]")
_MIN_OVERLAP = 8


@dataclass
class Evaluation:
    """The scored key (one row a key row) and its summaries."""

    rows: pd.DataFrame
    fields: pd.DataFrame
    documents: pd.DataFrame

    @property
    def fully_right_share(self) -> float:
        present = self.rows[self.rows.expect == "present"]
        return float((present.result == "fully_right").mean()) if len(present) else math.nan


_THOUSANDS = re.compile(r"(?<=\d),(?=\d{3}(?!\d))")      # 47,000: a thousands separator


def fold(text: str) -> str:
    """Text folded for comparison: HTML entities read, NFKC, simplified, no pinyin glosses, quotes,
    spaces or thousands separators (a key typed ``47000吨`` matches ``47,000吨``)."""
    text = unicodedata.normalize("NFKC", html.unescape(str(text)))
    text = _PINYIN_GLOSS.sub("", text)
    text = zhconv.convert(text, "zh-cn")
    text = _THOUSANDS.sub("", text)
    return re.sub(r"[\s\"“”‘’'\u3000]", "", text)



def read_key(path: str | Path) -> pd.DataFrame:
    """Read and check an answer key; one clear error naming the file and line."""
    path = Path(path)
    if not path.is_file():
        raise InputError("answer key not found", str(path))
    with path.open(encoding="utf-8-sig", newline="") as handle:
        reader = csv.DictReader(handle)
        missing = [c for c in KEY_COLUMNS if c not in (reader.fieldnames or [])]
        if missing:
            raise InputError(f"answer key lacks the columns {', '.join(missing)}", str(path), 1)
        rows = list(reader)
    for number, row in enumerate(rows, start=2):
        if row["expect"] not in ("present", "absent"):
            raise InputError(f"expect must be present or absent, not {row['expect']!r}", str(path), number)
        try:
            float(row["value"])
        except ValueError:
            raise InputError(f"value {row['value']!r} is not a number", str(path), number) from None
    return pd.DataFrame(rows, columns=list(reader.fieldnames or KEY_COLUMNS))


def evaluate(clean_dir: str | Path, key_path: str | Path,
             dictionary: pd.DataFrame | None = None) -> Evaluation:
    """Score the observations of ``clean_dir`` against the key at ``key_path``."""
    key = read_key(key_path)
    documents = load("documents", clean_dir)
    observations = load("observations", clean_dir).merge(
        documents[["doc_id", "file"]], on="doc_id", how="left")
    dictionary = load_dictionary() if dictionary is None else dictionary
    observations["folded_sentence"] = observations.sentence.map(fold)
    by_file = {file: frame for file, frame in observations.groupby("file")}
    scored = [_score(row, by_file.get(row["file"]), dictionary) for row in key.to_dict("records")]
    rows = pd.DataFrame(scored)
    for column in ("line", "got_year"):
        if column in rows:
            rows[column] = pd.to_numeric(rows[column]).astype("Int64")
    return Evaluation(rows, _field_summary(rows), _document_summary(rows))


def _score(row: dict, candidates: pd.DataFrame | None, dictionary: pd.DataFrame) -> dict:
    result = {"id": row["id"], "file": row["file"], "expect": row["expect"],
              "indicator": row["indicator"], "value": row["value"], "unit": row["unit"],
              "period": row["period"]}
    located = _locate(row, candidates)
    if row["expect"] == "absent":
        taken = located[(located.district == row["district"]) & (located.scope == "district")] \
            if len(located) else located
        if len(taken):
            first = taken.iloc[0]
            result.update(result="wrongly_present", line=int(first.line), got_indicator=first.indicator,
                          got_measure=first.measure, got_status=first.status)
        else:
            result.update(result="correctly_absent")
        return result
    if not len(located):
        result.update(result="missing")
        return result
    checks = [_check_fields(row, obs, dictionary) for obs in located.itertuples()]
    best = max(range(len(checks)), key=lambda i: sum(checks[i].values()))
    obs = located.iloc[best]
    wrong = [f for f in FIELDS if not checks[best][f]]
    period_ok = None if not row["period"] else obs.period == row["period"]
    result.update(
        result="wrong_fields" if wrong else "fully_right", wrong_fields=",".join(wrong),
        period_right=period_ok, line=int(obs.line), got_indicator=obs.indicator,
        got_measure=obs.measure, got_status=obs.status,
        got_year="" if pd.isna(obs.year) else int(obs.year), got_period=obs.period,
        got_qualifier=obs.qualifier, got_district=obs.district if obs.scope != "entity" else f"entity: {obs.entity}",
        **{f"{f}_right": checks[best][f] for f in FIELDS})
    return result


def _locate(row: dict, candidates: pd.DataFrame | None) -> pd.DataFrame:
    """Observations of the key row's file with its value, standing where its quote stands."""
    if candidates is None or not len(candidates):
        return pd.DataFrame(columns=[] if candidates is None else candidates.columns)
    value = float(row["value"])
    same = candidates[candidates.value.notna()]
    numbers = same.value.astype(float)
    tolerance = 1e-9 * max(1.0, abs(value))
    same = same[((numbers - value).abs() <= tolerance) | ((numbers + value).abs() <= tolerance)]
    if not len(same):
        return same
    quote = fold(_without_page_numbers(row["quote"]))
    label = fold(_SUB_ITEM_LEAD.sub("", _CELL_SEPARATORS.split(str(row["quote"]).strip(" |\t"), maxsplit=1)[0]))
    keep = [_stands_at_quote(quote, obs, label) for obs in same.itertuples()]
    exact = [k and bool(obs.folded_sentence) and (quote in obs.folded_sentence or obs.folded_sentence in quote)
             for k, obs in zip(keep, same.itertuples())]
    return same[exact] if any(exact) else same[keep]    # a sentence holding the quote wins over a partial overlap


def _without_page_numbers(quote: str) -> str:
    """A quote copied across a page break without its page number line (比上年下降 / - 1 - / 1.6%): the
    extraction skips that line, so the sentence it cites does not hold it."""
    return "\n".join(line for line in str(quote).split("\n") if not is_page_number(line.strip()))


# Words that open a sub-item's row (其中：砂糖橘 | 万吨 | 21.05): not part of its label (the table readers' own).
_SUB_ITEM_LEAD = re.compile(rf"^\s*(?:{'|'.join(map(re.escape, SUB_ITEM_LEADS))})\s*")
# Between two cells of a quoted table row: a tab, a pipe or a run of two spaces or more.
_CELL_SEPARATORS = re.compile(r"\t|\s*[|｜]\s*|\s{2,}|\u3000+")


_QUOTE_PIECE_SPLIT = re.compile(r"[；;。]")
_DIGIT = re.compile(r"\d")


def _stands_at_quote(quote: str, obs, label: str = "") -> bool:
    """The observation stands where the quote stands: their sentences overlap; for a table cell,
    the quote holds the cell's text and its indicator, or the quote is a row whose label (first
    cell) the indicator starts with (原煤 | 万吨 | 1083.5: 原煤产量)."""
    sentence = obs.folded_sentence
    if not sentence:
        if fold(obs.value_text) not in quote:
            return False
        indicator = fold(obs.indicator)
        return indicator in quote or (len(label) >= 2 and label != quote and indicator.startswith(label))
    if quote in sentence or sentence in quote:
        return True
    first = re.split(r"[，,；;]", sentence)[0]
    if len(first) >= 2 and quote.endswith(first) and fold(obs.indicator) in quote[: -len(first)]:
        return True                       # 改造城镇老旧小区 | 16个 for a task cell read as text (16个，惠及…)
    if any(piece in sentence for piece in _QUOTE_PIECE_SPLIT.split(quote) if len(piece) >= 4 and _DIGIT.search(piece)):
        return True                       # 增长5.5%；规模以上工业增加值: a quote run on past its item
    match = SequenceMatcher(None, quote, sentence, autojunk=False).find_longest_match(
        0, len(quote), 0, len(sentence))
    return match.size >= min(_MIN_OVERLAP, len(quote))


def _check_fields(row: dict, obs, dictionary: pd.DataFrame) -> dict[str, bool]:
    key_year = int(float(row["year"])) if row["year"] else None
    got_year = None if pd.isna(obs.year) else int(obs.year)
    return {
        "value": _same_value(row, obs),
        "indicator": _same_indicator(row["indicator"], obs.indicator, dictionary),
        "measure": obs.measure == row["measure"],
        "status": obs.status == row["status"],
        "year": got_year == key_year,
        "qualifier": obs.qualifier == row["qualifier"],
        "district": obs.district == row["district"] and obs.scope == "district",
    }


def _same_value(row: dict, obs) -> bool:
    value = float(row["value"])
    if obs.value is None or pd.isna(obs.value) or abs(float(obs.value) - value) > 1e-9 * max(1.0, abs(value)):
        return False
    return _same_unit(row["unit"], obs.unit)


def _same_unit(a: str, b: str) -> bool:
    if fold(a) == fold(b):
        return True
    try:
        _, base_a, factor_a = parse_unit(zhconv.convert(a, "zh-cn"))
        _, base_b, factor_b = parse_unit(b)
    except QuantityError:
        return False
    return base_a == base_b and math.isclose(factor_a, factor_b)


def _same_indicator(expected: str, got: str, dictionary: pd.DataFrame) -> bool:
    if fold(expected) == fold(got):
        return True
    ids = map_indicators(pd.Series([fold(expected), fold(got)]), dictionary)
    return bool(ids.iloc[0]) and ids.iloc[0] == ids.iloc[1]


def _field_summary(rows: pd.DataFrame) -> pd.DataFrame:
    """Per field: rows right among those found (precision) and among all present (recall)."""
    present = rows[rows.expect == "present"]
    found = present[present.result.isin(["fully_right", "wrong_fields"])]
    records = []
    for f in FIELDS:
        right = int(found[f"{f}_right"].fillna(False).astype(bool).sum()) if len(found) else 0
        records.append({"field": f, "right": right, "found": len(found), "present": len(present),
                        "precision": right / len(found) if len(found) else math.nan,
                        "recall": right / len(present) if len(present) else math.nan})
    keyed = present[present.period.astype(str) != ""]
    keyed_found = keyed[keyed.result.isin(["fully_right", "wrong_fields"])]
    right = int(keyed_found.period_right.eq(True).sum()) if len(keyed_found) else 0
    records.append({"field": "period (where keyed)", "right": right, "found": len(keyed_found),
                    "present": len(keyed),
                    "precision": right / len(keyed_found) if len(keyed_found) else math.nan,
                    "recall": right / len(keyed) if len(keyed) else math.nan})
    return pd.DataFrame(records)


def _document_summary(rows: pd.DataFrame) -> pd.DataFrame:
    """Per file: present rows found and fully right (recall), absent numbers wrongly given."""
    records = []
    for file, frame in rows.groupby("file", sort=True):
        present = frame[frame.expect == "present"]
        found = present.result.isin(["fully_right", "wrong_fields"]).sum()
        right = (present.result == "fully_right").sum()
        absent = frame[frame.expect == "absent"]
        wrong = (absent.result == "wrongly_present").sum()
        records.append({"file": file, "present": len(present), "found": int(found),
                        "fully_right": int(right),
                        "precision": right / found if found else math.nan,
                        "recall": right / len(present) if len(present) else math.nan,
                        "absent": len(absent), "wrongly_present": int(wrong)})
    return pd.DataFrame(records)


def write(evaluation: Evaluation, clean_dir: str | Path) -> Path:
    """Write ``evaluation.csv`` (one row a key row) into ``clean_dir``."""
    path = Path(clean_dir) / "evaluation.csv"
    evaluation.rows.to_csv(path, index=False, encoding="utf-8")
    return path


def summary(evaluation: Evaluation) -> str:
    """The terminal summary: totals, per field, per document."""
    rows = evaluation.rows
    present = rows[rows.expect == "present"]
    absent = rows[rows.expect == "absent"]
    counts = present.result.value_counts()
    lines = [
        f"present rows: {len(present)}; fully right {counts.get('fully_right', 0)} "
        f"({evaluation.fully_right_share:.1%}), found with a wrong field {counts.get('wrong_fields', 0)}, "
        f"missing {counts.get('missing', 0)}",
        f"absent rows: {len(absent)}; wrongly present "
        f"{int((absent.result == 'wrongly_present').sum())}",
        "",
        "per field (precision = right / found, recall = right / present):",
        evaluation.fields.to_string(index=False, float_format=lambda x: f"{x:.1%}"),
        "",
        "per document:",
        evaluation.documents.to_string(index=False, float_format=lambda x: f"{x:.0%}"),
    ]
    return "\n".join(lines)
