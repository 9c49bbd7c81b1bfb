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

    python benchmarks/bench_reports.py --scale 30 300 [--repeats 3] [--large-repeats 1]

The scale mode (issue 15) times, side by side in one run at ``--jobs 2`` (the
default here), for each corpus size:

- cold: the build on a fresh kernel a report (``--fresh-kernels``, the way
  before warm kernels), into an empty folder;
- warm: the build on warm kernels (the default), into an empty folder;
- rebuild: after one document added for one district (a new newspaper
  feature in the raw folder, extracted and audited again, not timed), the
  incremental warm build over the warm build's folder;
- the floor: one kernel start plus the reports' imports (paid once by each
  worker, at once), plus the reports' own work (the sum of the executed
  notebooks' cell times of the warm build) shared by the workers.

Cold and warm are timed ``--repeats`` times, alternately (``--large-repeats``
for corpora of 100 districts or more), medians compared. The projection for
2,800 districts is the warm build's time a report at the largest size. Its
section in benchmarks/RESULTS.md is "Reports at scale".
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


def timed_build(clean: Path, out: Path, jobs: int, warm: bool, fresh: bool = True) -> tuple[float, list]:
    """Seconds of one build (into an empty folder when ``fresh``), and its outcomes."""
    from analysis.report.build import build

    if fresh:
        shutil.rmtree(out, ignore_errors=True)
    start = time.perf_counter()
    outcomes = build(clean, out, "all", "zh", jobs=jobs, warm=warm)
    seconds = time.perf_counter() - start
    assert all(o.ok for o in outcomes), [o for o in outcomes if not o.ok]
    return seconds, outcomes


def own_work(out: Path) -> float:
    """The reports' own work: the sum of every executed notebook's cell times (papermill's metadata)."""
    import json

    total = 0.0
    for path in out.glob("*.ipynb"):
        cells = json.loads(path.read_text(encoding="utf-8"))["cells"]
        total += sum(c["metadata"].get("papermill", {}).get("duration") or 0.0 for c in cells)
    return total


def add_document(raw: Path, clean: Path) -> str:
    """One more document (a newspaper feature of a later year) for the corpus's first district, then the
    clean tables extracted and audited again; returns the district's name."""
    import csv
    import random

    from make_corpus import feature

    from analysis import audit, extract

    with (raw / "sources.csv").open(encoding="utf-8", newline="") as handle:
        rows = list(csv.reader(handle))
    first = rows[1]
    name, doc_id = first[2], f"{first[1].split('_')[0]}_feature_added"
    (raw / f"{doc_id}.txt").write_text(feature(random.Random(99), name, [], doc_id).replace("2022", "2023"),
                                       encoding="utf-8")
    rows.append([f"{doc_id}.txt", doc_id, name, first[3], first[4], "feature", "2023-10", f"{name}feature 2023"])
    with (raw / "sources.csv").open("w", encoding="utf-8", newline="") as handle:
        csv.writer(handle).writerows(rows)
    extract.run(raw, clean)
    audit.run(clean)
    return name


def scale(sizes: list[int], jobs: int, repeats: int, large_repeats: int, out: Path) -> None:
    """The scale mode (see the module's docstring): cold, warm, rebuild and floor, each size."""
    start_imports = floor_single(out)
    print(f"kernel start plus imports: {start_imports:.2f} s")
    rows = []
    for n in sizes:
        clean = prepare(n, out)
        reports = n + 1
        runs = large_repeats if n >= 100 else repeats
        colds, warms = [], []
        for _ in range(runs):
            colds.append(timed_build(clean, out / f"cold_{n}", jobs, warm=False)[0])
            warms.append(timed_build(clean, out / f"warm_{n}", jobs, warm=True)[0])
            print(f"{n} districts: cold {colds[-1]:.1f} s, warm {warms[-1]:.1f} s")
        cold, warm = statistics.median(colds), statistics.median(warms)
        floor = start_imports + own_work(out / f"warm_{n}") / jobs
        district = add_document(out / f"corpus_{n}", clean)
        rebuild, outcomes = timed_build(clean, out / f"warm_{n}", jobs, warm=True, fresh=False)
        built = sorted(o.name for o in outcomes if o.action == "built")
        assert built == sorted([district, "compare"]), built
        print(f"{n} districts: rebuild after one added document {rebuild:.1f} s ({', '.join(built)} built), "
              f"floor {floor:.1f} s")
        rows.append((n, reports, runs, cold, spread(colds), warm, spread(warms), rebuild, built, floor))
    largest = rows[-1]
    per_report = largest[5] / largest[1]
    projected = per_report * 2801 / 60
    table = ["| districts | reports | runs | cold (s) | cold range | warm (s) | warm range | warm speed-up "
             "| rebuild after 1 document (s) | rebuilt | rebuild / warm | floor (s) | warm / floor |",
             "| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |"]
    for n, reports, runs, cold, cold_range, warm, warm_range, rebuild, built, floor in rows:
        table.append(f"| {n} | {reports} | {runs} | {cold:.1f} | {cold_range} | {warm:.1f} | {warm_range} | "
                     f"{cold / warm:.2f}x | {rebuild:.1f} | {len(built)} | {100 * rebuild / warm:.1f}% | "
                     f"{floor:.1f} | {warm / floor:.2f}x |")
    at30 = [r for r in rows if r[0] == 30]
    goals = []
    if at30:
        speed = at30[0][3] / at30[0][5]
        goals.append(f"- Warm at least 2x faster than cold at 30 districts: {'met' if speed >= 2 else 'NOT met'} "
                     f"({speed:.2f}x).")
    share = 100 * largest[7] / largest[5]
    goals.append(f"- Rebuild after one added document under 10% of a full build at {largest[0]} districts: "
                 f"{'met' if share < 10 else 'NOT met'} ({share:.1f}%: {largest[7]:.1f} s of {largest[5]:.1f} s).")
    goals.append(f"- 2,800 districts (2,801 reports at {per_report:.2f} s a report, the warm build at "
                 f"{largest[0]}) under 30 minutes: {'met' if projected < 30 else 'NOT met'} ({projected:.1f} min).")
    body = (f"Command: `.venv/bin/python benchmarks/bench_reports.py --scale {' '.join(map(str, sizes))} "
            f"--jobs {jobs} --repeats {repeats} --large-repeats {large_repeats}`\n\n"
            f"At `--jobs {jobs}`, in one run. Cold: a fresh kernel a report (`--fresh-kernels`, the build before "
            "warm kernels). Warm: one kernel a worker, a fresh namespace a report (the default). Both into an "
            f"empty folder, alternately, median of the runs ({repeats} below 100 districts, {large_repeats} "
            "from 100). Rebuild: one newspaper feature added for one district, the clean tables extracted and "
            "audited again (not timed), then the default incremental warm build over the warm build's folder "
            f"(what it built is listed). Floor: kernel start plus the reports' imports ({start_imports:.2f} s, "
            f"median of 5) once a worker, plus the reports' own work (the executed notebooks' cell times) "
            f"over {jobs} workers.\n\n" + "\n".join(table) + "\n\nGoals:\n\n" + "\n".join(goals))
    update_section("Reports at scale", body)


def warm_only(sizes: list[int], jobs: int, repeats: int, out: Path) -> None:
    """The warm build alone, for the projection to 2,800 districts after a change (its own section)."""
    rows = []
    for n in sizes:
        clean = prepare(n, out)
        warms = [timed_build(clean, out / f"warm_{n}", jobs, warm=True)[0] for _ in range(repeats)]
        warm = statistics.median(warms)
        rows.append((n, warm, spread(warms), warm / (n + 1), warm / (n + 1) * 2801 / 60))
        print(f"{n} districts: warm {warm:.1f} s, {rows[-1][3]:.2f} s a report, 2,800 projected {rows[-1][4]:.1f} min")
    table = ["| districts | reports | runs | warm (s) | range | s a report | 2,800 districts projected (min) |",
             "| --- | --- | --- | --- | --- | --- | --- |"]
    table += [f"| {n} | {n + 1} | {repeats} | {warm:.1f} | {rng} | {per:.2f} | {proj:.1f} |"
              for n, warm, rng, per, proj in rows]
    body = (f"Command: `.venv/bin/python benchmarks/bench_reports.py --scale {' '.join(map(str, sizes))} --warm-only "
            f"--jobs {jobs} --repeats {repeats}`\n\nThe warm build alone (the default build, into an empty folder, "
            f"`--jobs {jobs}`), median of {repeats}; the projection is 2,801 reports at its time a report. Goal: "
            "under 30 minutes for 2,800 districts.\n\n" + "\n".join(table))
    update_section("Reports at scale: warm build", body)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--districts", type=int, nargs="+", default=[3, 30])
    parser.add_argument("--jobs", type=int, nargs="+", default=None, help="default 1 2 (--scale: 2)")
    parser.add_argument("--repeats", type=int, default=3, help="timed runs of build and floor (median)")
    parser.add_argument("--scale", type=int, nargs="+", default=None,
                        help="the scale mode: cold, warm, rebuild and floor for these numbers of districts")
    parser.add_argument("--large-repeats", type=int, default=1, help="--scale: runs from 100 districts")
    parser.add_argument("--warm-only", action="store_true", help="--scale: the warm build alone (its own section)")
    parser.add_argument("--out", type=Path, default=HERE / "out")
    args = parser.parse_args()
    args.out.mkdir(parents=True, exist_ok=True)
    if args.scale and args.warm_only:
        warm_only(args.scale, (args.jobs or [2])[0], args.repeats, args.out)
        return
    if args.scale:
        scale(args.scale, (args.jobs or [2])[0], args.repeats, args.large_repeats, args.out)
        return
    args.jobs = args.jobs or [1, 2]
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
