"""Dictionary coverage: the share of indicator names that map to an indicator_id.

    python benchmarks/coverage_dictionary.py [--key ../shared/realdocs/answer_key.csv] [--raw data/raw]

Counts, with the project's strict mapping (exact name or alias after
normalisation), the ``present`` rows of a hand-coded answer key (its
``indicator`` column) and the text observations extracted from ``--raw``.
Writes its section of benchmarks/RESULTS.md.
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
    unmapped = present[key_ids == ""].indicator.value_counts()
    body = (f"Command: `.venv/bin/python benchmarks/coverage_dictionary.py` (key: `../shared/realdocs/answer_key.csv`, "
            f"seeds: `data/raw`)\n\n{len(dictionary)} indicators in data/reference/indicators.csv; strict mapping "
            "(exact name or alias after normalisation).\n\n"
            "| names | mapped | share |\n| --- | --- | --- |\n"
            f"| realdocs answer key, `present` rows | {int((key_ids != '').sum())} of {len(present)} | "
            f"{(key_ids != '').mean():.1%} |\n"
            f"| seeds, table observations | {int((table.indicator_id != '').sum())} of {len(table)} | "
            f"{(table.indicator_id != '').mean():.1%} |\n"
            f"| seeds, text observations | {int((text.indicator_id != '').sum())} of {len(text)} | "
            f"{(text.indicator_id != '').mean():.1%} |\n\n"
            f"Unmapped key names: {len(unmapped)} (listed on the terminal only: the key is not the project's text).\n\n"
            "Most unmapped seed text labels are not indicator names (verbs such as 完成/实现, project and "
            "place names, one-off counts of events); they are the label work of the extraction issue, and "
            "mapping them by similarity would guess.")
    update_section("Dictionary coverage", body)
    print(body)
    print("\nUnmapped key names:", ", ".join(f"{k} ({v})" for k, v in unmapped.items()))


if __name__ == "__main__":
    main()
