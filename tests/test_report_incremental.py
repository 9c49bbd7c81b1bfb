"""Incremental report builds: a report is built again only when its own inputs changed.

Papermill is replaced in-process (as in test_report_build_containment), so these
tests start no kernel. Every fake run writes its run number into the page, so a
page kept from an earlier build is told apart from one built again.
"""

from __future__ import annotations

import json
import shutil

import nbformat
import pandas as pd
import pytest

from analysis.cli import main
from analysis.report import build as build_module
from analysis.report import fingerprint
from analysis.report.build import build, slug, summary

DISTRICTS = ["昌江区", "濂溪区", "珠山区"]          # the seeds' districts, in build order
ALL = DISTRICTS + ["compare"]


@pytest.fixture
def runs(monkeypatch):
    """The fake papermill: the names it ran, in order; a name in ``fail`` raises in its notebook."""
    calls, fail = [], set()

    def run(notebook, executed, parameters, timeout, on_start, warm=True):
        name = parameters.get("district", "compare")
        calls.append(name)
        on_start(notebook=None)
        if name in fail:
            raise RuntimeError("cell broke")
        nb = nbformat.v4.new_notebook()
        nb.cells.append(nbformat.v4.new_code_cell("", outputs=[nbformat.v4.new_output(
            "display_data", data={"text/html": f"<h1>{name} {parameters['lang']} run {len(calls)}</h1>"})]))
        nbformat.write(nb, executed)
        return nb

    monkeypatch.setattr(build_module, "_papermill", run)
    monkeypatch.setattr(build_module, "START_DELAY", 0)
    run.calls, run.fail = calls, fail
    return run


@pytest.fixture
def clean(tmp_path, clean_dir):
    """A copy of the seeds' clean folder, to edit."""
    return shutil.copytree(clean_dir, tmp_path / "clean")


def pages(out):
    return {name: (out / f"{slug(name) if name != 'compare' else name}.html").read_bytes() for name in ALL}


def recorded(out):
    return {r["name"]: (r["action"], r["reason"]) for r in json.loads((out / "build.json").read_text("utf-8"))}


def test_a_second_build_with_nothing_changed_keeps_every_page(tmp_path, clean, runs):
    out = tmp_path / "out"
    first = build(clean, out, "all", "zh", jobs=1)
    assert all(o.ok for o in first) and runs.calls == ALL
    assert recorded(out) == {name: ("built", "no earlier good build") for name in ALL}
    before = pages(out)
    index_before = (out / "index.html").read_text("utf-8")

    second = build(clean, out, "all", "zh", jobs=1)
    assert runs.calls == ALL                              # no notebook ran
    assert all(o.ok for o in second) and "built 4 of 4 reports (4 unchanged, kept)" in summary(second)
    assert recorded(out) == {name: ("reused", "unchanged") for name in ALL}
    assert pages(out) == before                           # byte for byte
    index = (out / "index.html").read_text("utf-8")
    for name in DISTRICTS:                                # the kept pages are still listed, with a link
        assert f'<a href="{slug(name)}.html">{name}</a>' in index
    assert 'href="compare.html"' in index and "未能生成" not in index
    assert index.count("<tr>") == index_before.count("<tr>") == 4


def test_one_districts_changed_row_rebuilds_it_and_the_comparison_only(tmp_path, clean, runs):
    out = tmp_path / "out"
    build(clean, out, "all", "zh", jobs=1)
    before = pages(out)
    obs = pd.read_parquet(clean / "observations.parquet")
    row = obs.index[(obs.district == "珠山区") & (obs.indicator_id == "renovated_households")][0]
    assert obs.loc[row, "value"] == 11614.0                # the seed's figure, as read from zs_feature_2022
    obs.loc[row, "value"] = 11615.0
    obs.to_parquet(clean / "observations.parquet")

    outcomes = build(clean, out, "all", "zh", jobs=1)
    assert all(o.ok for o in outcomes)
    assert runs.calls[4:] == ["珠山区", "compare"]
    assert recorded(out) == {"昌江区": ("reused", "unchanged"), "濂溪区": ("reused", "unchanged"),
                             "珠山区": ("built", "changed rows"), "compare": ("built", "changed rows")}
    after = pages(out)
    assert after["昌江区"] == before["昌江区"] and after["濂溪区"] == before["濂溪区"]
    assert after["珠山区"] != before["珠山区"] and "run 5" in after["珠山区"].decode()


def test_a_document_added_for_one_district_rebuilds_that_district(tmp_path, clean, runs):
    out = tmp_path / "out"
    build(clean, out, "all", "zh", jobs=1)
    docs = pd.read_parquet(clean / "documents.parquet")
    added = docs[docs.district == "濂溪区"].iloc[[0]].assign(doc_id="lx_notice_2023", title="新增的通知")
    pd.concat([docs, added], ignore_index=True).to_parquet(clean / "documents.parquet")

    build(clean, out, "all", "zh", jobs=1)
    assert runs.calls[4:] == ["濂溪区", "compare"]
    assert recorded(out)["濂溪区"] == ("built", "changed rows")


def test_one_districts_income_rebuilds_it_and_the_comparison_only(tmp_path, clean, runs):
    """The chart of every district's incomes is the comparison page's: a district page reads only its own rows."""
    out = tmp_path / "out"
    build(clean, out, "all", "zh", jobs=1)
    obs = pd.read_parquet(clean / "observations.parquet")
    income = (obs.district == "濂溪区") & obs.indicator_id.str.startswith("income_") & (obs.value == 46418)
    assert income.sum() == 1                               # lx_feature_2022 line 49
    obs.loc[income, "value"] = 46419.0
    obs.to_parquet(clean / "observations.parquet")

    build(clean, out, "all", "zh", jobs=1)
    assert runs.calls[4:] == ["濂溪区", "compare"]
    assert recorded(out) == {"昌江区": ("reused", "unchanged"), "濂溪区": ("built", "changed rows"),
                             "珠山区": ("reused", "unchanged"), "compare": ("built", "changed rows")}
    assert set(json.loads(fingerprint.state_path(out, slug("昌江区")).read_text("utf-8"))) == {
        "rows", "site", "template", "code", "reference", "lang"}


def test_template_or_language_change_rebuilds_all(tmp_path, clean, runs, monkeypatch):
    out = tmp_path / "out"
    build(clean, out, "all", "zh", jobs=1)
    build(clean, out, "all", "en", jobs=1)
    assert runs.calls[4:] == ALL
    assert {r[1] for r in recorded(out).values()} == {"changed site, lang"}    # the navigation is in English too

    template = tmp_path / "10_district_report.ipynb"
    template.write_bytes(build_module.REPORT_NOTEBOOK.read_bytes() + b"\n")
    monkeypatch.setattr(build_module, "REPORT_NOTEBOOK", template)
    build(clean, out, "all", "en", jobs=1)
    assert runs.calls[8:] == DISTRICTS                    # the comparison has its own template
    assert recorded(out) == {**{name: ("built", "changed template") for name in DISTRICTS},
                             "compare": ("reused", "unchanged")}


def test_force_rebuilds_all_from_the_command_line(tmp_path, clean, runs, capsys):
    out = tmp_path / "out"
    argv = ["report", "--clean", str(clean), "--out", str(out)]
    assert main(argv) == 0 and main(argv) == 0
    assert runs.calls == ALL
    assert main(argv + ["--force"]) == 0
    assert runs.calls == ALL + ALL
    assert recorded(out) == {name: ("built", "forced") for name in ALL}


def test_a_failed_district_is_built_again_next_time(tmp_path, clean, runs):
    out = tmp_path / "out"
    runs.fail.add("濂溪区")
    first = build(clean, out, "all", "zh", jobs=1)
    assert [o.name for o in first if not o.ok] == ["濂溪区"]
    assert not fingerprint.state_path(out, slug("濂溪区")).exists()
    assert "notebook: RuntimeError: cell broke" in (out / f"{slug('濂溪区')}.html").read_text("utf-8")

    runs.fail.clear()
    second = build(clean, out, "all", "zh", jobs=1)
    assert all(o.ok for o in second)
    assert runs.calls[4:] == ["濂溪区"]
    assert recorded(out)["濂溪区"] == ("built", "no earlier good build")
    assert "cell broke" not in (out / f"{slug('濂溪区')}.html").read_text("utf-8")


def test_a_missing_page_is_built_again(tmp_path, clean, runs):
    out = tmp_path / "out"
    build(clean, out, "all", "zh", jobs=1)
    (out / f"{slug('昌江区')}.html").unlink()
    build(clean, out, "all", "zh", jobs=1)
    assert runs.calls[4:] == ["昌江区"]
    assert recorded(out)["昌江区"] == ("built", f"missing {slug('昌江区')}.html")


def test_a_districts_rows_are_its_own_and_its_documents():
    tables = {
        "documents": pd.DataFrame({"doc_id": ["a1", "b1", "c1"], "district": ["A", "B", "C"]}),
        "observations": pd.DataFrame({"doc_id": ["a1", "b1", "c1"], "district": ["A", "B", "A"], "value": [1, 2, 3]}),
        "flags": pd.DataFrame({"doc_id": ["a1", "c1", "b1"], "line": [1, 2, 3]}),
        "audit": pd.DataFrame({"doc_id": ["b1"], "other_doc_id": ["a1"], "district": ["B"]}),
    }
    rows = fingerprint.TableRows(tables)
    assert rows.doc_ids == {"A": {"a1", "c1"}, "B": {"b1"}, "C": {"c1"}}    # c1 says something about A
    a, b, c = (rows.district_hash(d) for d in "ABC")
    changed = {k: v.copy() for k, v in tables.items()}
    changed["flags"].loc[2, "line"] = 4                                      # a flag of B's document
    rows2 = fingerprint.TableRows(changed)
    assert (rows2.district_hash("A"), rows2.district_hash("B"), rows2.district_hash("C")) == (a, rows2.district_hash("B"), c)
    assert rows2.district_hash("B") != b
    changed["audit"].loc[0, "other_doc_id"] = "c1"                           # the audit compared b1 with a1: A's too
    assert fingerprint.TableRows(changed).district_hash("A") != a


def test_the_index_makes_again_only_the_rows_of_changed_districts(tmp_path, clean, runs, monkeypatch):
    import re

    import analysis.report as report

    out = tmp_path / "out"
    build(clean, out, "all", "zh", jobs=1)
    before = re.sub(r"生成时间 \S+", "", (out / "index.html").read_text("utf-8"))
    made, real = [], report.headline_figures
    monkeypatch.setattr(report, "headline_figures", lambda data: made.append(data.district) or real(data))
    obs = pd.read_parquet(clean / "observations.parquet")
    obs.loc[(obs.district == "珠山区") & (obs.indicator_id == "renovated_households"), "value"] = 11615.0
    obs.to_parquet(clean / "observations.parquet")

    build(clean, out, "all", "zh", jobs=1)
    assert made == ["珠山区"]                              # the other rows kept from the first build
    assert re.sub(r"生成时间 \S+", "", (out / "index.html").read_text("utf-8")) == before
    assert "236.8" in before                              # 昌江区's GDP, a kept row
