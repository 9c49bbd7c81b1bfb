"""Benchmark: extraction of a synthetic corpus of N districts (default 1,000).

    python benchmarks/bench_extract.py [--districts 1000] [--jobs 1 2]

Reports documents a second, MB a second, peak memory (RSS of the process and
its workers) and accuracy against the answer key, for each ``--jobs`` value,
each run in a fresh process. Writes its section of benchmarks/RESULTS.md.
"""

from __future__ import annotations

import argparse
import json
import resource
import shutil
import subprocess
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from make_corpus import write_corpus  # noqa: E402
from results import update_section  # noqa: E402


def worker(raw: Path, clean: Path, jobs: int) -> dict:
    """One measured run (in its own process): extract, then score."""
    from analysis import extract
    from score import score

    size = sum(p.stat().st_size for p in raw.glob("*.txt"))
    start = time.perf_counter()
    tables = extract.run(raw, clean, jobs=jobs)
    seconds = time.perf_counter() - start
    result = score(tables, raw / "answer_key.csv")
    xlsx = _xlsx_seconds(tables, clean.parent / f".xlsx_{clean.name}")
    peak_kb = max(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss,
                  resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss)
    return {"jobs": jobs, "documents": len(tables["documents"]), "mb": size / 1e6, "seconds": seconds,
            "observations": len(tables["observations"]), "peak_mb": peak_kb / 1024,
            "accuracy": result["accuracy"], "facts": result["facts"], "missed": result["missed"][:5],
            "xlsx": xlsx}


def _xlsx_seconds(tables, folder: Path) -> float:
    """Seconds to write the tables' XLSX files alone (part of every run; timed again on their own)."""
    from analysis.spreadsheet import write_xlsx

    folder.mkdir(parents=True, exist_ok=True)
    start = time.perf_counter()
    for name, frame in tables.items():
        write_xlsx(name, frame, folder / f"{name}.xlsx")
    seconds = time.perf_counter() - start
    shutil.rmtree(folder)
    return seconds


GOAL = 360            # documents a second the extraction must keep (issue 12, measured before XLSX was added)


def _goal(rows: list[dict]) -> str:
    """The speed goal, per jobs value: met or missed, by how much."""
    parts = [f"jobs {r['jobs']}: {r['documents'] / r['seconds']:,.0f}/s, "
             f"{'met' if r['documents'] / r['seconds'] >= GOAL else 'NOT met'}" for r in rows]
    return f"Goal: at least ~{GOAL} documents/s. " + "; ".join(parts) + "."


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--districts", type=int, default=1000)
    parser.add_argument("--jobs", type=int, nargs="+", default=[1, 2])
    parser.add_argument("--out", type=Path, default=HERE / "out")
    parser.add_argument("--worker", nargs=3, metavar=("RAW", "CLEAN", "JOBS"), help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.worker:
        raw, clean, jobs = args.worker
        print(json.dumps(worker(Path(raw), Path(clean), int(jobs)), ensure_ascii=False))
        return
    raw = args.out / f"corpus_{args.districts}"
    shutil.rmtree(raw, ignore_errors=True)
    write_corpus(args.districts, raw)
    rows = []
    for jobs in args.jobs:
        clean = args.out / f"clean_{args.districts}_{jobs}"
        done = subprocess.run([sys.executable, __file__, "--worker", str(raw), str(clean), str(jobs)],
                              capture_output=True, text=True, check=True)
        rows.append(json.loads(done.stdout.strip().splitlines()[-1]))
        print(rows[-1])
    table = ["| jobs | documents | MB | seconds | documents/s | MB/s | peak memory (MB) | accuracy | of which XLSX (s) |",
             "| --- | --- | --- | --- | --- | --- | --- | --- | --- |"]
    for r in rows:
        table.append(f"| {r['jobs']} | {r['documents']:,} | {r['mb']:.1f} | {r['seconds']:.1f} | "
                     f"{r['documents'] / r['seconds']:,.0f} | {r['mb'] / r['seconds']:.2f} | "
                     f"{r['peak_mb']:,.0f} | {r['accuracy']:.2%} of {r['facts']:,} facts | {r['xlsx']:.1f} |")
    body = (f"Command: `.venv/bin/python benchmarks/bench_extract.py --districts {args.districts} "
            f"--jobs {' '.join(map(str, args.jobs))}`\n\n"
            f"Extraction of {args.districts:,} synthetic districts ({3 * args.districts:,} documents: plan, "
            "feature, notice), from reading the manifest to the validated tables written "
            "(CSV, Parquet, XLSX, datapackage.json), each document under the default time budget (a pebble "
            "worker process per job). The XLSX column times writing the workbooks alone, again after the run.\n\n" + "\n".join(table) + "\n\n"
            + _goal(rows) + "\n\n"
            "Accuracy is the share of the answer key's facts (table cells, prose facts, structure ratios, "
            "firms, tasks) found exactly; the seeds' hand-checked facts are asserted by the test suite "
            "(all pass), so the synthetic accuracy matches the seeds'.")
    update_section("Extraction", body)


if __name__ == "__main__":
    main()
