"""The cleaning notebooks run under papermill, and are committed without outputs."""

from __future__ import annotations

import json
from pathlib import Path

import papermill as pm
import pytest

NOTEBOOKS = Path(__file__).resolve().parents[1] / "notebooks"
KERNEL = "jiangxi-analysis"
CLEANING = ["01_clean_plan_tables.ipynb", "02_clean_notices.ipynb", "03_clean_prose.ipynb"]


@pytest.mark.parametrize("name", sorted(p.name for p in NOTEBOOKS.glob("*.ipynb")))
def test_committed_notebooks_have_no_outputs(name):
    nb = json.loads((NOTEBOOKS / name).read_text(encoding="utf-8"))
    code = [c for c in nb["cells"] if c["cell_type"] == "code"]
    assert all(not c.get("outputs") and c.get("execution_count") is None for c in code)
    assert any("parameters" in c.get("metadata", {}).get("tags", []) for c in code)


@pytest.mark.notebook
@pytest.mark.parametrize("name", CLEANING)
def test_cleaning_notebook_runs(name, tmp_path, raw_dir):
    out = tmp_path / name
    pm.execute_notebook(str(NOTEBOOKS / name), str(out), parameters={"raw_dir": str(raw_dir)},
                        kernel_name=KERNEL, cwd=str(NOTEBOOKS), progress_bar=False)
    nb = json.loads(out.read_text(encoding="utf-8"))
    outputs = [o for c in nb["cells"] if c["cell_type"] == "code" for o in c.get("outputs", [])]
    assert not [o for o in outputs if o.get("output_type") == "error"]
    text = json.dumps(outputs, ensure_ascii=False)
    if name.startswith("01"):
        assert "assigned_by_rule" in text and "地区生产总值GDP" in text and "3:68:29" in text
    elif name.startswith("03"):
        assert "社会消费品零售总额: level 131 亿元" in text and "duplicate_paragraph" in text
        assert "景德镇市" in text and "警企联防点" in text
    else:
        assert "武汉市中南物流配送有限公司景德镇分公司" in text and "区农业农村水利局" in text


def _run_analysis_notebook(name: str, tmp_path, clean_dir) -> str:
    """Run a notebook on the clean data; its outputs as JSON text (no error, no missing glyph)."""
    out = tmp_path / name
    pm.execute_notebook(str(NOTEBOOKS / name), str(out), parameters={"clean_dir": str(clean_dir)},
                        kernel_name=KERNEL, cwd=str(NOTEBOOKS), progress_bar=False)
    nb = json.loads(out.read_text(encoding="utf-8"))
    outputs = [o for c in nb["cells"] if c["cell_type"] == "code" for o in c.get("outputs", [])]
    assert not [o for o in outputs if o.get("output_type") == "error"]
    stderr = "".join("".join(o.get("text", "")) for o in outputs if o.get("name") == "stderr")
    assert "Glyph" not in stderr and "missing from" not in stderr
    return json.dumps(outputs, ensure_ascii=False)


@pytest.mark.notebook
def test_explore_notebook_runs_without_warnings(tmp_path, clean_dir):
    text = _run_analysis_notebook("04_explore.ipynb", tmp_path, clean_dir)
    assert "1.86% a year" in text and "ols_loglinear" in text and "image/png" in text


@pytest.mark.notebook
def test_panel_notebook_runs(tmp_path, clean_dir):
    text = _run_analysis_notebook("05_panel.ipynb", tmp_path, clean_dir)
    assert text.count("image/png") >= 2                              # the heatmap and the series chart
    assert "360202" in text and "236.8" in text and "cells stated by more than one source" in text
