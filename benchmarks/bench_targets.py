"""Benchmark: target tracking and the panel over a synthetic corpus of N districts (default 1,000).

    python benchmarks/bench_targets.py [--districts 1000] [--repeats 3]

Builds the corpus, extracts and audits it (not timed), then times
``target_tracking`` on every observation and ``build_panel`` (the ``panel``
table of the data build), median of ``--repeats`` runs. Writes its section of
benchmarks/RESULTS.md.
"""

from __future__ import annotations

import argparse
import shutil
import statistics
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from make_corpus import write_corpus  # noqa: E402
from results import update_section  # noqa: E402


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--districts", type=int, default=1000)
    parser.add_argument("--repeats", type=int, default=3)
    args = parser.parse_args()
    from analysis import audit, extract
    from analysis.data import load
    from analysis.dictionary import load_dictionary
    from analysis.paneldata import build_panel
    from analysis.targets import target_tracking

    work = Path(tempfile.mkdtemp(prefix="bench-targets-"))
    try:
        raw = write_corpus(args.districts, work / "raw")
        clean = work / "clean"
        extract.run(raw, clean, jobs=2)
        audit.run(clean)
        obs, dictionary = load("observations", clean), load_dictionary()
        timings, panel_timings = [], []
        for _ in range(args.repeats):
            start = time.perf_counter()
            tracking = target_tracking(obs, dictionary)
            timings.append(time.perf_counter() - start)
            start = time.perf_counter()
            panel = build_panel(clean)
            panel_timings.append(time.perf_counter() - start)
    finally:
        shutil.rmtree(work, ignore_errors=True)
    seconds, panel_seconds = statistics.median(timings), statistics.median(panel_timings)
    body = (f"Command: `.venv/bin/python benchmarks/bench_targets.py --districts {args.districts} "
            f"--repeats {args.repeats}`\n\n"
            f"{args.districts:,} synthetic districts, {len(obs):,} observations (extracted and audited first, "
            "not timed); median of the repeats.\n\n"
            "| step | rows out | seconds | per row (ms) |\n| --- | --- | --- | --- |\n"
            f"| target_tracking (gap, share achieved) | {len(tracking):,} targets | {seconds:.2f} | "
            f"{1000 * seconds / max(len(tracking), 1):.3f} |\n"
            f"| build_panel (series of every cell, written) | {len(panel):,} cells | {panel_seconds:.2f} | "
            f"{1000 * panel_seconds / max(len(panel), 1):.3f} |\n\n"
            "Goal: target tracking of 1,000 districts in a few seconds. The per-target implementation it "
            "replaced took 38.3 s on the same 6,000 targets (6.4 ms a target), with the same results (checked "
            "column by column when it was replaced).")
    update_section("Targets and panel", body)
    print(body)


if __name__ == "__main__":
    main()
