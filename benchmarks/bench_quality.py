"""Extraction quality on a hand-coded development set: ``python -m analysis evaluate`` recorded.

Extracts a raw folder (default: the development set of real documents beside the
project, ``../shared/realdocs``), scores it against its answer key and writes
the totals, the per-field table and the per-genre shares into the
"Extraction quality" section of benchmarks/RESULTS.md. The documents are not
the project's: they are read where they lie and nothing of them is copied.

    .venv/bin/python benchmarks/bench_quality.py [--raw DIR --key FILE]
    .venv/bin/python benchmarks/bench_quality.py --set benchmarks/sets/blind1

``--set DIR`` scores one of the project's own evaluation sets (``DIR/raw`` and
``DIR/answer_key.csv``, described in benchmarks/sets/README.md) into a section
of its own, "Extraction quality: <set>".
"""

from __future__ import annotations

import argparse
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from results import update_section  # noqa: E402

from analysis.evaluate import evaluate  # noqa: E402
from analysis.extract import run  # noqa: E402

DEFAULT = HERE.parent.parent / "shared" / "realdocs"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--raw", type=Path, default=DEFAULT / "raw")
    parser.add_argument("--key", type=Path, default=DEFAULT / "answer_key.csv")
    parser.add_argument("--set", type=Path, default=None, help="a folder of benchmarks/sets (raw/ and answer_key.csv)")
    args = parser.parse_args()
    if args.set is not None:
        args.raw, args.key = args.set / "raw", args.set / "answer_key.csv"
    with tempfile.TemporaryDirectory() as tmp:
        tables = run(args.raw, tmp)
        evaluation = evaluate(tmp, args.key)
    rows = evaluation.rows
    present = rows[rows.expect == "present"]
    absent = rows[rows.expect == "absent"]
    kinds = tables["documents"].set_index("file").doc_kind
    present = present.assign(genre=present.file.map(kinds))
    by_genre = present.groupby("genre").result.apply(lambda r: f"{(r == 'fully_right').sum()} of {len(r)}")
    fields = "\n".join(f"| {r.field} | {r.right} | {r.found} | {r.present} | {r.precision:.1%} | "
                       f"{r.recall:.1%} |" for r in evaluation.fields.itertuples())
    genres = "\n".join(f"| {genre} | {share} |" for genre, share in by_genre.items())
    if args.set is None:
        command = ("`.venv/bin/python benchmarks/bench_quality.py` (raw: `../shared/realdocs/raw`, key: "
                   "`../shared/realdocs/answer_key.csv`; the same as `python -m analysis extract` then "
                   "`python -m analysis evaluate`)")
        what = "real county documents (bulletins, work reports, features, plans, notices)"
        closing = ("This set is the development data the rules were written against (their classes, not its wording); "
                   "documents of the same genres that the project has never seen are the real test.")
    else:
        command = f"`.venv/bin/python benchmarks/bench_quality.py --set benchmarks/sets/{args.set.name}`"
        what = "documents written for the project (invented figures; see benchmarks/sets/README.md)"
        closing = "How the set was made, and whether it is still blind, is in benchmarks/sets/README.md."
    body = f"""
Command: {command}

{len(tables['documents'])} {what}, {len(rows)} hand-checked facts.

- **Fully right** (value and unit, indicator, measure, status, year, qualifier, district all right): {(present.result == 'fully_right').sum()} of {len(present)} present facts ({evaluation.fully_right_share:.1%}); found with a wrong field {(present.result == 'wrong_fields').sum()}, missing {(present.result == 'missing').sum()}.
- **Absent numbers** (another unit's, a project's, not a statistic) wrongly given to the county: {(absent.result == 'wrongly_present').sum()} of {len(absent)}.

| field | right | found | present | precision | recall |
| --- | --- | --- | --- | --- | --- |
{fields}

| genre | fully right |
| --- | --- |
{genres}

{closing}
"""
    update_section("Extraction quality" if args.set is None else f"Extraction quality: {args.set.name}", body)
    print(body)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
