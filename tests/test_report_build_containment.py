"""A build that never dies on one district: kernel starts retried, every failure contained.

The kernels are replaced in-process (``jobs=1`` runs the work in this process),
so these tests start no kernel and take a second or two.
"""

from __future__ import annotations

import errno
import json

import nbformat
import pytest
import zmq

from analysis.report import build as build_module
from analysis.report.build import build, slug, summary


def _fake_papermill(fail: dict[str, list[BaseException]], started_failures: dict[str, BaseException]):
    """A stand-in for one papermill run: raises the queued start failures of a district
    (before the kernel is "started"), or an exception after it, else returns a small notebook."""
    calls = []

    def run(notebook, executed, parameters, timeout, on_start, warm=True):
        name = parameters.get("district", "compare")
        calls.append(name)
        queued = fail.get(name, [])
        if queued:
            raise queued.pop(0)
        on_start(notebook=None)
        if name in started_failures:
            raise started_failures[name]
        nb = nbformat.v4.new_notebook()
        nb.cells.append(nbformat.v4.new_markdown_cell(f"# {name}"))
        return nb

    return run, calls


@pytest.fixture
def no_delay(monkeypatch):
    monkeypatch.setattr(build_module, "START_DELAY", 0)


def test_a_kernel_start_failure_is_retried_then_builds(tmp_path, clean_dir, monkeypatch, no_delay):
    fake, calls = _fake_papermill({"昌江区": [zmq.ZMQError(errno.EADDRINUSE)]}, {})
    monkeypatch.setattr(build_module, "_papermill", fake)
    outcomes = build(clean_dir, tmp_path, "all", "zh", jobs=1)
    assert all(o.ok for o in outcomes), summary(outcomes)
    assert calls.count("昌江区") == 2 and calls.count("珠山区") == 1      # started again once
    assert (tmp_path / f"{slug('昌江区')}.html").is_file()


def test_a_kernel_that_never_starts_fails_only_its_district(tmp_path, clean_dir, monkeypatch, no_delay):
    always = [zmq.ZMQError(errno.EADDRINUSE) for _ in range(build_module.START_ATTEMPTS)]
    fake, calls = _fake_papermill({"昌江区": always}, {})
    monkeypatch.setattr(build_module, "_papermill", fake)
    outcomes = build(clean_dir, tmp_path, "all", "zh", jobs=1)
    assert [o.name for o in outcomes if not o.ok] == ["昌江区"]
    assert calls.count("昌江区") == build_module.START_ATTEMPTS
    report = summary(outcomes)
    assert "FAILED 昌江区: kernel start: ZMQError: Address already in use" in report
    assert "built 3 of 4 reports" in report
    assert (tmp_path / f"{slug('珠山区')}.html").is_file() and (tmp_path / "compare.html").is_file()
    index = (tmp_path / "index.html").read_text(encoding="utf-8")
    assert f'<a href="{slug("濂溪区")}.html">濂溪区</a></td>' in index and "<td>昌江区（未能生成）</td>" in index
    failed_page = (tmp_path / f"{slug('昌江区')}.html").read_text(encoding="utf-8")   # the navigation's link works
    assert "kernel start: ZMQError: Address already in use" in failed_page and 'href="index.html"' in failed_page
    recorded = json.loads((tmp_path / "build.json").read_text(encoding="utf-8"))
    assert [r["ok"] for r in recorded] == [False, True, True, True]
    assert recorded[0]["detail"].startswith("kernel start: ZMQError")


def test_an_error_after_the_start_is_not_retried(tmp_path, clean_dir, monkeypatch, no_delay):
    fake, calls = _fake_papermill({}, {"濂溪区": RuntimeError("kernel died mid-cell")})
    monkeypatch.setattr(build_module, "_papermill", fake)
    outcomes = build(clean_dir, tmp_path, "all", "zh", jobs=1)
    assert calls.count("濂溪区") == 1
    assert "FAILED 濂溪区: notebook: RuntimeError: kernel died mid-cell" in summary(outcomes)


def test_exceptions_outside_the_notebook_are_the_districts_failure(tmp_path, clean_dir, monkeypatch, no_delay):
    fake, _ = _fake_papermill({}, {})
    monkeypatch.setattr(build_module, "_papermill", fake)
    real_export = build_module.export_html

    def export(notebook, *args):
        if "珠山区" in notebook.cells[0].source:
            raise OSError("disk full")
        return real_export(notebook, *args)

    import analysis.report as report

    real_headlines = report.headline_figures

    def headlines(data):
        if data.district == "濂溪区":
            raise KeyError("gdp")
        return real_headlines(data)

    monkeypatch.setattr(build_module, "export_html", export)
    monkeypatch.setattr(report, "headline_figures", headlines)
    outcomes = build(clean_dir, tmp_path, "all", "zh", jobs=1)
    report_text = summary(outcomes)
    assert "FAILED 珠山区: export: OSError: disk full" in report_text
    assert "FAILED 濂溪区: index: KeyError: 'gdp'" in report_text
    assert "built 2 of 4 reports" in report_text
    assert (tmp_path / "index.html").is_file() and (tmp_path / "build.json").is_file()


def test_a_worker_that_dies_is_its_items_failure():
    from analysis.executors import map_ordered

    def work(item):
        if item == 2:
            raise MemoryError("worker killed")
        return item * 10

    results = map_ordered(work, [1, 2, 3], on_error=lambda item, err: f"{item}: {type(err).__name__}")
    assert results == [10, "2: MemoryError", 30]
