"""Warm kernels: a lost kernel is replaced and only its report run again; a warm build's pages equal a
build's on fresh kernels (isolation), on the seeds and on 30 synthetic districts built in shuffled order."""

from __future__ import annotations

import json
import random
import re
import sys
from pathlib import Path

import nbformat
import pytest

from analysis import audit, extract
from analysis.report import build as build_module
from analysis.report import kernels
from analysis.report.build import _run_all, build, report_tasks, site_nav, known_districts, summary

pytestmark = pytest.mark.notebook
FIXTURES = Path(__file__).resolve().parent / "fixtures"
LOSES = FIXTURES / "notebooks" / "loses_kernel.ipynb"
BENCH = Path(__file__).resolve().parents[1] / "benchmarks"


def task(name: str, **parameters):
    return (LOSES, name, name, {"name": name, **parameters})


def runs(log: Path) -> list[tuple[str, str]]:
    """(report, kernel pid) of every run, in order."""
    return [tuple(line.split()) for line in log.read_text(encoding="utf-8").splitlines()]


def test_a_kernel_that_dies_is_replaced_and_only_its_report_run_again(tmp_path):
    log = tmp_path / "runs.txt"
    started = kernels.started
    tasks = [task("a", runs=str(log)), task("b", runs=str(log), marker=str(tmp_path / "once"), mode="exit"),
             task("c", runs=str(log))]
    outcomes = _run_all(tasks, tmp_path, jobs=1, timeout=60)
    assert all(o.ok for o in outcomes), summary(outcomes)
    (a, pid1), (b1, pid2), (b2, pid3), (c, pid4) = runs(log)
    assert (a, b1, b2, c) == ("a", "b", "b", "c")
    assert pid1 == pid2 != pid3 == pid4          # a, then b on the same kernel; b again and c on its replacement
    assert kernels.started - started == 2
    executed = nbformat.read(tmp_path / "b.ipynb", as_version=4)   # the retry's notebook, as papermill writes it
    assert [c.execution_count for c in executed.cells if c.cell_type == "code"] == [1, 2, 3]
    assert f"kernel {pid3}" in "".join(o.get("text", "") for o in executed.cells[-1].outputs)


def test_a_cell_over_its_time_budget_replaces_the_kernel_and_runs_again(tmp_path):
    log = tmp_path / "runs.txt"
    tasks = [task("a", runs=str(log)), task("b", runs=str(log), marker=str(tmp_path / "once"), mode="sleep"),
             task("c", runs=str(log))]
    outcomes = _run_all(tasks, tmp_path, jobs=1, timeout=4)
    assert all(o.ok for o in outcomes), summary(outcomes)
    pids = [pid for _, pid in runs(log)]
    assert [name for name, _ in runs(log)] == ["a", "b", "b", "c"]
    assert pids[0] == pids[1] != pids[2] == pids[3]


def test_a_kernel_that_always_dies_fails_its_report_after_one_more_run(tmp_path):
    log = tmp_path / "runs.txt"
    tasks = [task("a", runs=str(log)), task("b", runs=str(log), mode="exit"), task("c", runs=str(log))]
    outcomes = _run_all(tasks, tmp_path, jobs=1, timeout=60)
    assert [o.ok for o in outcomes] == [True, False, True]
    assert "FAILED b: notebook: DeadKernelError: Kernel died" in summary(outcomes)
    assert [name for name, _ in runs(log)] == ["a", "b", "b", "c"]


def pages(out: Path) -> dict[str, str]:
    """Every page but the index (which states its build time), and every executed notebook's cells."""
    found = {p.name: p.read_text(encoding="utf-8") for p in out.glob("*.html") if p.name != "index.html"}
    for p in out.glob("*.ipynb"):
        nb = json.loads(p.read_text(encoding="utf-8"))
        found[p.name] = json.dumps([(c["source"], c.get("execution_count"), c.get("outputs"))
                                    for c in nb["cells"]], ensure_ascii=False)
    return found


def index_without_time(out: Path) -> str:
    return re.sub(r"生成时间 [0-9T:+-]+", "", (out / "index.html").read_text(encoding="utf-8"))


def test_seeds_warm_build_equals_fresh_kernel_build(tmp_path, clean_dir):
    cold = build(clean_dir, tmp_path / "cold", "all", "zh", jobs=2, warm=False)
    started = kernels.started
    warm = build(clean_dir, tmp_path / "warm", "all", "zh", jobs=1)         # one kernel for all four reports
    assert all(o.ok for o in cold + warm), summary(cold + warm)
    assert kernels.started - started == 1
    cold_pages, warm_pages = pages(tmp_path / "cold"), pages(tmp_path / "warm")
    assert len(cold_pages) == 8
    assert warm_pages == cold_pages
    assert index_without_time(tmp_path / "warm") == index_without_time(tmp_path / "cold")


@pytest.fixture(scope="module")
def synthetic_clean(tmp_path_factory):
    sys.path.insert(0, str(BENCH))
    from make_corpus import write_corpus

    work = tmp_path_factory.mktemp("synthetic")
    raw = write_corpus(30, work / "raw", seed=15)
    extract.run(raw, work / "clean")
    audit.run(work / "clean")
    return work / "clean"


def test_thirty_synthetic_districts_in_shuffled_order_equal_fresh_kernels(tmp_path, synthetic_clean):
    """Two warm kernels each build about half of the reports, in an order unlike the fresh build's."""
    cold = build(synthetic_clean, tmp_path / "cold", "all", "zh", jobs=2, warm=False)
    assert all(o.ok for o in cold), summary(cold)
    districts = known_districts(synthetic_clean)
    tasks = report_tasks(synthetic_clean, districts, "zh")
    random.Random(15).shuffle(tasks)
    assert [t[1] for t in tasks] != districts + ["compare"]
    out = tmp_path / "warm"
    out.mkdir()
    warm = _run_all(tasks, out, jobs=2, timeout=600, nav=site_nav(synthetic_clean, districts, "zh"))
    assert all(o.ok for o in warm), summary(warm)
    cold_pages, warm_pages = pages(tmp_path / "cold"), pages(out)
    assert len(cold_pages) == 2 * 31 and set(warm_pages) == set(cold_pages)
    assert [name for name in cold_pages if warm_pages[name] != cold_pages[name]] == []


def test_a_lost_kernel_is_retried_once_in_the_build(tmp_path, clean_dir, monkeypatch):
    """The build's retry, without a kernel: a death after the start runs the report once more."""
    from nbclient.exceptions import DeadKernelError

    calls = []

    def run(notebook, executed, parameters, timeout, on_start, warm=True):
        name = parameters.get("district", "compare")
        calls.append(name)
        on_start(notebook=None)
        if name == "濂溪区" and calls.count(name) == 1:
            raise DeadKernelError("Kernel died")
        nb = nbformat.v4.new_notebook()
        nb.cells.append(nbformat.v4.new_markdown_cell(f"# {name}"))
        return nb

    monkeypatch.setattr(build_module, "_papermill", run)
    outcomes = build(clean_dir, tmp_path, "all", "zh", jobs=1)
    assert all(o.ok for o in outcomes), summary(outcomes)
    assert calls == ["昌江区", "濂溪区", "濂溪区", "珠山区", "compare"]


def test_another_districts_income_leaves_a_page_as_it_was(tmp_path, clean_dir):
    """What the fingerprint leaves out is not read: with 濂溪区's income changed, the other pages built again
    are byte for byte the same."""
    import shutil

    import pandas as pd

    clean = shutil.copytree(clean_dir, tmp_path / "clean")
    assert all(o.ok for o in build(clean, tmp_path / "before", "all", "zh", jobs=1))
    obs = pd.read_parquet(clean / "observations.parquet")
    income = (obs.district == "濂溪区") & (obs.indicator_id == "income_urban_per_capita") & (obs.value == 46418)
    assert income.sum() == 1
    obs.loc[income, "value"] = 46419.0
    obs.to_parquet(clean / "observations.parquet")
    assert all(o.ok for o in build(clean, tmp_path / "after", "all", "zh", jobs=1))
    before, after = pages(tmp_path / "before"), pages(tmp_path / "after")
    assert sorted(name for name in before if before[name] != after[name]) == [
        "compare.html", "compare.ipynb", "lianxiqu.html", "lianxiqu.ipynb"]
    assert "46,419" in after["lianxiqu.html"] and "46,418" in before["lianxiqu.html"]
