"""Benchmark: the report build against the naive way and against the floor.

    python benchmarks/bench_reports.py [--districts 3 30] [--jobs 1 2] [--repeats 3]

For each corpus size, in one run:

- the build: ``analysis.report.build.build`` (papermill in-process, HTML exported
  in-process), with each ``--jobs`` value;
- the naive way: per district (and for the comparison page) the papermill
  command line, then ``jupyter nbconvert --to html --no-input``, one after the other;
- the floor: a notebook holding only the report's imports (kernel start plus
  imports), executed once per report through the same process pool and jobs
  as the build, so that both pay the same contention for the two cores.

The build and the floor are timed ``--repeats`` times each, alternately, and
their medians compared, so that a slow minute of a shared machine does not
decide the ratio; the naive way (the slowest, and far from its goal) once.

Every figure goes into benchmarks/RESULTS.md with this command.
"""

from __future__ import annotations

import argparse
import shutil
import statistics
import subprocess
import sys
import time
from pathlib import Path

import nbformat

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(HERE))

from make_corpus import write_corpus  # noqa: E402
from results import update_section  # noqa: E402

BIN = Path(sys.executable).parent
IMPORTS = """import matplotlib.pyplot as plt
from IPython.display import HTML, display

from analysis import report

report.setup_charts()"""


def prepare(n: int, out: Path) -> Path:
    from analysis import audit, extract

    raw, clean = out / f"corpus_{n}", out / f"clean_{n}"
    shutil.rmtree(raw, ignore_errors=True)
    write_corpus(n, raw)
    extract.run(raw, clean)
    audit.run(clean)
    return clean


def time_build(clean: Path, out: Path, jobs: int) -> float:
    from analysis.report.build import build

    shutil.rmtree(out, ignore_errors=True)
    start = time.perf_counter()
    outcomes = build(clean, out, "all", "zh", jobs=jobs)
    assert all(o.ok for o in outcomes), [o for o in outcomes if not o.ok]
    return time.perf_counter() - start


def time_naive(clean: Path, out: Path) -> float:
    from analysis.report.build import COMPARE_NOTEBOOK, REPORT_NOTEBOOK, known_districts, slug

    shutil.rmtree(out, ignore_errors=True)
    out.mkdir(parents=True)
    jobs = [(REPORT_NOTEBOOK, slug(d), ["-p", "district", d, "-p", "lang", "zh"]) for d in known_districts(clean)]
    jobs.append((COMPARE_NOTEBOOK, "compare", ["-p", "lang", "zh"]))
    start = time.perf_counter()
    for notebook, name, params in jobs:
        executed = out / f"{name}.ipynb"
        subprocess.run([str(BIN / "papermill"), str(notebook), str(executed), "-k", "jiangxi-analysis",
                        "--cwd", str(notebook.parent), "--no-progress-bar", *params,
                        "-p", "clean_dir", str(clean)], check=True, capture_output=True)
        subprocess.run([str(BIN / "jupyter"), "nbconvert", "--to", "html", "--no-input", str(executed)],
                       check=True, capture_output=True)
    return time.perf_counter() - start


def floor_notebook(out: Path) -> Path:
    from nbformat.v4 import new_code_cell, new_notebook

    path = out / "floor.ipynb"
    cell = new_code_cell("clean_dir = '.'")
    cell.metadata["tags"] = ["parameters"]
    nbformat.write(new_notebook(cells=[cell, new_code_cell(IMPORTS)]), path)
    return path


def _run_floor(args) -> float:
    import papermill as pm

    path, k = args
    start = time.perf_counter()
    pm.execute_notebook(str(path), str(path.with_name(f"floor_out_{k}.ipynb")), kernel_name="jiangxi-analysis",
                        progress_bar=False, request_save_on_cell_execute=False)
    return time.perf_counter() - start


def floor_single(out: Path, repeats: int = 5) -> float:
    """Seconds to start the kernel and run the report's imports (median of ``repeats``)."""
    path = floor_notebook(out)
    return statistics.median(_run_floor((path, k)) for k in range(repeats))


def floor_total(out: Path, reports: int, jobs: int) -> float:
    """The imports-only notebook once per report, through the build's process pool and jobs."""
    from analysis.executors import map_ordered

    path = floor_notebook(out)
    start = time.perf_counter()
    map_ordered(_run_floor, [(path, k) for k in range(reports)], "local", jobs)
    return time.perf_counter() - start


def spread(values) -> str:
    """``min-max`` of a list of seconds."""
    return f"{min(values):.1f}-{max(values):.1f}"


def goal_check(rows) -> str:
    """One line a configuration of the largest corpus: which goals it meets."""
    largest = max(n for n, *_ in rows)
    lines = []
    for n, jobs, ours, naive, floor_all, *_ in rows:
        if n != largest:
            continue
        speed = "met" if naive / ours >= 2 else "NOT met"
        floor = "met" if ours / floor_all <= 1.5 else "NOT met"
        lines.append(f"- {n} districts, jobs {jobs}: 2x faster than naive {speed} ({naive / ours:.2f}x); "
                     f"within 1.5x of the floor {floor} ({ours / floor_all:.2f}x).")
    return "\n".join(lines)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--districts", type=int, nargs="+", default=[3, 30])
    parser.add_argument("--jobs", type=int, nargs="+", default=[1, 2])
    parser.add_argument("--repeats", type=int, default=3, help="timed runs of build and floor (median)")
    parser.add_argument("--out", type=Path, default=HERE / "out")
    args = parser.parse_args()
    args.out.mkdir(parents=True, exist_ok=True)
    floor = floor_single(args.out)
    print(f"floor: {floor:.2f} s a report")
    rows = []
    for n in args.districts:
        clean = prepare(n, args.out)
        reports = n + 1                       # the districts and the comparison page
        naive = time_naive(clean, args.out / f"naive_{n}")
        print(f"{n} districts, naive: {naive:.1f} s")
        for jobs in args.jobs:
            builds, floors = [], []
            for _ in range(args.repeats):
                builds.append(time_build(clean, args.out / f"build_{n}_{jobs}", jobs))
                floors.append(floor_total(args.out, reports, jobs))
            ours, floor_all = statistics.median(builds), statistics.median(floors)
            rows.append((n, jobs, ours, naive, floor_all, spread(builds), spread(floors)))
            print(f"{n} districts, jobs {jobs}: {ours:.1f} s ({naive / ours:.2f}x faster than naive, "
                  f"{ours / floor_all:.2f}x the floor {floor_all:.1f} s)")
    table = ["| districts | reports | jobs | build (s) | build range | naive (s) | speed-up vs naive "
             "| floor (s) | floor range | build / floor |",
             "| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |"]
    for n, jobs, ours, naive, floor_all, build_range, floor_range in rows:
        table.append(f"| {n} | {n + 1} | {jobs} | {ours:.1f} | {build_range} | {naive:.1f} | {naive / ours:.2f}x | "
                     f"{floor_all:.1f} | {floor_range} | {ours / floor_all:.2f}x |")
    body = (f"Command: `.venv/bin/python benchmarks/bench_reports.py --districts "
            f"{' '.join(map(str, args.districts))} --jobs {' '.join(map(str, args.jobs))} "
            f"--repeats {args.repeats}`\n\n"
            f"Floor: kernel start plus the report's imports ({floor:.2f} s for one report, median of 5), "
            "run once per report (the districts and the comparison page) through the same process pool "
            "and jobs as the build, in the same run. "
            f"Build and floor: median of {args.repeats} alternating runs (range beside). "
            "Naive: `papermill` then `jupyter nbconvert --to html --no-input`, once per report, "
            "one after the other.\n\n" + "\n".join(table) + "\n\n"
            "Goals: at least 2x faster than the naive way at 30 districts, and within 1.5x of the floor.\n\n"
            + goal_check(rows))
    update_section("Reports", body)


if __name__ == "__main__":
    main()
