"""The extract command: outputs, the data package, whole-or-nothing writes, clear errors."""

from __future__ import annotations

import csv
import shutil
import subprocess
import sys

import pandas as pd
import pytest
from frictionless import validate as frictionless_validate

from analysis.extract import OUTPUT_TABLES
from analysis.schemas import TABLES


def run_cli(*args, cwd=None):
    return subprocess.run([sys.executable, "-m", "analysis", *args], capture_output=True,
                          text=True, cwd=cwd)


@pytest.fixture(scope="module")
def built(tmp_path_factory, raw_dir):
    clean = tmp_path_factory.mktemp("build") / "clean"
    result = run_cli("extract", "--raw", str(raw_dir), "--clean", str(clean))
    assert result.returncode == 0, result.stderr
    return clean


def test_every_table_is_written_as_csv_and_parquet(built):
    for name in OUTPUT_TABLES:
        csv_frame = pd.read_csv(built / f"{name}.csv", dtype=str, keep_default_na=False)
        parquet_frame = pd.read_parquet(built / f"{name}.parquet")
        assert list(csv_frame.columns) == TABLES[name].columns
        assert len(csv_frame) == len(parquet_frame)


def test_contract_columns_are_present(built):
    contract = {
        "documents": "doc_id, file, district, city, province, doc_kind, published, title, sha256, lines",
        "observations": "doc_id, district, scope, source, table_id, category, indicator, indicator_id, "
                        "measure, status, period, year, value, unit, value_base, unit_base, qualifier, "
                        "value_text, line",
        "structure": "doc_id, district, year, status, primary, secondary, tertiary, value_text, line",
        "enterprises": "doc_id, district, year, list, rank, name, line",
        "tasks": "doc_id, task_no, section, subsection, text, line",
        "task_units": "doc_id, task_no, role, unit",
        "projects": "doc_id, box_no, box_title, group, item_no, text, line",
        "flags": "doc_id, line, kind, severity, detail",
    }
    for name, columns in contract.items():
        header = next(csv.reader((built / f"{name}.csv").open(encoding="utf-8")))
        assert set(columns.split(", ")) <= set(header), name


def test_datapackage_is_valid_frictionless(built):
    report = frictionless_validate(str(built / "datapackage.json"))
    assert report.valid, report.flatten(["rowNumber", "fieldName", "message"])[:5]


def test_documents_table(built):
    docs = pd.read_parquet(built / "documents.parquet").set_index("doc_id")
    assert docs.loc["cj_plan14", "lines"] == 2093
    assert docs.loc["cj_plan14", "published"] == "2022-12-09"
    assert set(docs.encoding) == {"utf-8"}


def test_bad_manifest_writes_nothing_and_keeps_the_previous_build(tmp_path, raw_dir, built):
    raw = tmp_path / "raw"
    shutil.copytree(raw_dir, raw)
    clean = tmp_path / "clean"
    shutil.copytree(built, clean)
    before = sorted(p.name for p in clean.iterdir())
    manifest = raw / "sources.csv"
    manifest.chmod(0o644)
    text = manifest.read_text(encoding="utf-8").replace(",feature,2022-11,", ",report,2022-11,")
    manifest.write_text(text, encoding="utf-8")
    result = run_cli("extract", "--raw", str(raw), "--clean", str(clean))
    assert result.returncode == 1
    assert result.stderr.count("\n") == 1 and "Traceback" not in result.stderr
    assert "sources.csv:4: unknown doc_kind 'report'" in result.stderr
    assert sorted(p.name for p in clean.iterdir()) == before
    assert not [p for p in tmp_path.iterdir() if p.name.startswith(".clean")]


def test_missing_raw_folder_is_one_line(tmp_path):
    result = run_cli("extract", "--raw", str(tmp_path / "nope"), "--clean", str(tmp_path / "c"))
    assert result.returncode == 1
    assert "manifest not found" in result.stderr and "Traceback" not in result.stderr
    assert not (tmp_path / "c").exists()


def test_usage_errors_exit_2():
    result = run_cli("extract", "--raw", "x")
    assert result.returncode == 2


def test_a_failed_schema_check_names_table_column_and_row():
    from analysis.errors import ValidationError
    from analysis.schemas import conform, validate

    rows = [dict(doc_id="a", district="某区", year=2020, list="名单", rank=1, name="甲公司", line=3),
            dict(doc_id="a", district="某区", year=2020, list="名单", rank=0, name="乙公司", line=4)]
    with pytest.raises(ValidationError) as err:
        validate("enterprises", conform("enterprises", rows))
    assert "table 'enterprises'" in str(err.value) and "column 'rank', row 1" in str(err.value)
