"""Dictionary coverage: the share of indicator names that map to an indicator_id.

    python benchmarks/coverage_dictionary.py [--key ../shared/realdocs/answer_key.csv] [--raw data/raw]

Counts, with the project's strict mapping (exact name or alias after
normalisation), the ``present`` rows of a hand-coded answer key (its
``indicator`` column) and the observations extracted from ``--raw``: table
observations, every text observation (the raw share), and the text
statistics. Writes its section of benchmarks/RESULTS.md; the unmapped names
are listed on the terminal only.

Text statistics (the denominator of the issue's goal "the seeds' text
statistics map to an id") are the text observations that
  1. have a value (a number was read: a label with no number is no statistic);
  2. are about the document's own district or one of its entities (scope
     ``district`` or ``entity``): a number about the city, province or country
     that a county document quotes is another unit's statistic;
  3. have a label that names something by the extraction's own declarations:
     not empty and not exactly one of the words that
     :mod:`analysis.extract.rules` declares name nothing alone (a bare verb of
     ``LABEL_VERBS`` or ``CONTENT_VERBS`` such as 投入 or 建成, a noun of
     ``GENERIC_NOUNS`` such as 群众, a label of ``GENERIC_LABELS`` such as 总量).
Nothing else is left out: a label that is a wrong phrase (debris of a
sentence, names of places or firms, one-off counts of events) stays in the
denominator, unmapped, until the extraction gives it a better label. The raw
share over every text observation is reported beside it.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
from pathlib import Path

import pandas as pd

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from results import update_section  # noqa: E402

OWN_SCOPES = ("district", "entity")


def label_names_nothing(labels: pd.Series) -> pd.Series:
    """True where a label is empty or exactly a word the extraction declares names nothing alone."""
    from analysis.extract import rules

    nothing = set(rules.LABEL_VERBS) | set(rules.CONTENT_VERBS) | set(rules.GENERIC_NOUNS) | set(rules.GENERIC_LABELS)
    return labels.fillna("").map(lambda label: label.strip() == "" or label.strip() in nothing).astype(bool)


def text_statistics(text: pd.DataFrame) -> pd.Series:
    """The text statistics among text observations (see the module docstring): a boolean mask."""
    return text.value.notna() & text.scope.isin(OWN_SCOPES) & ~label_names_nothing(text.indicator)


def _row(name: str, ids: pd.Series) -> str:
    mapped = int((ids != "").sum())
    share = f"{mapped / len(ids):.1%}" if len(ids) else "-"
    return f"| {name} | {mapped} of {len(ids)} | {share} |\n"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--key", type=Path, default=HERE.parents[1] / "shared" / "realdocs" / "answer_key.csv")
    parser.add_argument("--raw", type=Path, default=HERE.parent / "data" / "raw")
    args = parser.parse_args()
    from analysis.dictionary import load_dictionary, map_indicators
    from analysis.extract import run

    dictionary = load_dictionary()
    key = pd.read_csv(args.key, dtype=str, keep_default_na=False)
    present = key[key.expect == "present"]
    key_ids = map_indicators(present.indicator, dictionary)
    with tempfile.TemporaryDirectory() as tmp:
        obs = run(args.raw, Path(tmp) / "clean")["observations"]
    text = obs[obs.source == "text"]
    table = obs[obs.source == "table"]
    statistics = text_statistics(text)
    stats = text[statistics]
    no_value = int(text.value.isna().sum())
    other_scope = int((text.value.notna() & ~text.scope.isin(OWN_SCOPES)).sum())
    no_label = int((text.value.notna() & text.scope.isin(OWN_SCOPES) & label_names_nothing(text.indicator)).sum())
    unmapped = present[key_ids == ""].indicator.value_counts()
    unmapped_text = stats[stats.indicator_id == ""].indicator.value_counts()
    body = (f"Command: `PYTHONPATH=src .venv/bin/python benchmarks/coverage_dictionary.py` (key: "
            f"`../shared/realdocs/answer_key.csv`, seeds: `data/raw`)\n\n"
            f"{len(dictionary)} indicators in data/reference/indicators.csv; strict mapping "
            "(exact name or alias after normalisation).\n\n"
            "| names | mapped | share |\n| --- | --- | --- |\n"
            + _row("realdocs answer key, `present` rows", key_ids)
            + _row("seeds, table observations", table.indicator_id)
            + _row("seeds, text observations, all (raw share)", text.indicator_id)
            + _row("seeds, text statistics", stats.indicator_id)
            + f"\nText statistics (defined in the script's docstring): the {len(text)} text observations less "
            f"{no_value} without a value, {other_scope} about the city, province or country, and {no_label} whose "
            "label is a word the extraction declares names nothing alone (投入, 建成, 群众 ...).\n\n"
            f"Unmapped key names: {len(unmapped)}; unmapped seed text statistics: {len(unmapped_text)} labels "
            f"({int(unmapped_text.sum())} observations). Both are listed on the terminal only.\n\n"
            "The unmapped seed text statistics are mostly labels the extraction has not yet cut to an "
            "indicator name (a sentence's debris, lists of named places or firms, a verb kept with a "
            "generic noun) and one-off counts of a district's events and works; a few are bare words "
            "that could be several indicators (营业收入 of whom, 投资 planned or made) and stay unmapped "
            "on purpose. Mapping them by similarity would guess.")
    update_section("Dictionary coverage", body)
    print(body)
    print("\nUnmapped key names:", ", ".join(f"{k} ({v})" for k, v in unmapped.items()))
    print("\nUnmapped seed text statistics:", ", ".join(f"{k} ({v})" for k, v in unmapped_text.items()))


if __name__ == "__main__":
    main()
