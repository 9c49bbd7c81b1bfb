"""Clean tables as Excel workbooks: text is text, never a formula; the CSVs stay exact."""

from __future__ import annotations

import csv
import shutil
import subprocess
import sys

import openpyxl
import pandas as pd
import pytest

from analysis.extract import OUTPUT_TABLES
from analysis.schemas import TABLES, conform
from analysis.spreadsheet import MAX_CELL_TEXT, write_xlsx

FORMULAS = ["=1+1", "+SUM(A1:A2)", "-2+3", "@cmd", "=HYPERLINK(\"http://x\",\"y\")"]


def _rows(path, sheet):
    book = openpyxl.load_workbook(path)
    return [[(c.value, c.data_type) for c in row] for row in book[sheet].iter_rows()]


def test_text_that_looks_like_a_formula_stays_text(tmp_path):
    frame = conform("flags", [dict(doc_id="d", line=k + 1, kind=text, severity="info", detail=text,
                                   table_id="", text=text) for k, text in enumerate(FORMULAS)])
    write_xlsx("flags", frame, tmp_path / "flags.xlsx")
    rows = _rows(tmp_path / "flags.xlsx", "flags")
    assert [v for v, _ in rows[0]] == TABLES["flags"].columns
    for k, text in enumerate(FORMULAS):
        assert rows[k + 1][2] == (text, "s") and rows[k + 1][4] == (text, "s")
        assert rows[k + 1][1] == (k + 1, "n")                  # numbers stay numbers
        assert rows[k + 1][5] == (None, "n")                   # empty text is an empty cell
    # and nothing in the file is a formula
    shutil.unpack_archive(tmp_path / "flags.xlsx", tmp_path / "x", format="zip")
    assert "<f>" not in (tmp_path / "x" / "xl" / "worksheets" / "sheet1.xml").read_text(encoding="utf-8")


def test_what_excel_cannot_hold_is_changed_in_the_workbook_only(tmp_path):
    long = "长" * (MAX_CELL_TEXT + 10)
    frame = conform("flags", [dict(doc_id="d", line=1, kind="k", severity="info", detail="a\x01b", text=long)])
    write_xlsx("flags", frame, tmp_path / "flags.xlsx", max_rows=2)
    frame = pd.concat([frame, frame], ignore_index=True)
    write_xlsx("flags", frame, tmp_path / "two.xlsx", max_rows=2)
    rows = _rows(tmp_path / "flags.xlsx", "flags")
    assert rows[1][4] == ("a\ufffdb", "s")
    assert len(rows[1][6][0]) == MAX_CELL_TEXT and rows[1][6][0].endswith("the CSV holds the whole text]")
    book = openpyxl.load_workbook(tmp_path / "two.xlsx")
    assert book.sheetnames == ["flags", "flags (2)", "columns"]        # a sheet holds max_rows rows


def test_each_workbook_describes_its_columns(tmp_path, seeds):
    write_xlsx("observations", seeds["observations"], tmp_path / "o.xlsx")
    rows = _rows(tmp_path / "o.xlsx", "columns")
    assert [v for v, _ in rows[0]] == ["column", "type", "required", "unit", "allowed values", "description"]
    assert [r[0][0] for r in rows[1:]] == TABLES["observations"].columns
    measure = next(r for r in rows if r[0][0] == "measure")
    assert [v for v, _ in measure[1:5]] == ["string", "yes", None, "level, growth, change, multiple"]


@pytest.fixture(scope="module")
def hostile_build(tmp_path_factory):
    """A corpus whose text starts with formula characters, built by the command."""
    raw = tmp_path_factory.mktemp("raw")
    lines = ["=1+1全区生产总值100亿元。", "+SUM(A1:A9),全区新增市场主体1200户。", "@cmd|' /C calc'A0全区粮食产量5万吨。"]
    (raw / "doc.txt").write_text("\n".join(lines) + "\n", encoding="utf-8")
    with (raw / "sources.csv").open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(["file", "doc_id", "district", "city", "province", "doc_kind", "published", "title"])
        writer.writerow(["doc.txt", "formulas", "某区", "某市", "江西省", "feature", "2022", "=2+2"])
    clean = raw.parent / "clean"
    result = subprocess.run([sys.executable, "-m", "analysis", "extract", "--raw", str(raw), "--clean", str(clean)],
                            capture_output=True, text=True)
    assert result.returncode == 0, result.stderr
    return clean, lines


def test_the_build_writes_every_table_as_xlsx_and_the_csv_stays_exact(hostile_build):
    clean, lines = hostile_build
    for name in OUTPUT_TABLES:
        book = openpyxl.load_workbook(clean / f"{name}.xlsx")
        assert book.sheetnames == [name, "columns"]
        csv_frame = pd.read_csv(clean / f"{name}.csv", dtype=str, keep_default_na=False)
        assert book[name].max_row == len(csv_frame) + 1
    observations = pd.read_csv(clean / "observations.csv", dtype=str, keep_default_na=False)
    assert sorted(observations.sentence) == sorted(lines)               # the CSV: exactly as read
    rows = _rows(clean / "observations.xlsx", "observations")
    column = TABLES["observations"].columns.index("sentence")
    assert sorted(r[column] for r in rows[1:]) == sorted((line, "s") for line in lines)
    assert _rows(clean / "documents.xlsx", "documents")[1][TABLES["documents"].columns.index("title")] == ("=2+2", "s")


def test_cells_read_back_as_written(tmp_path):
    """Each kind of cell, read back by openpyxl: escapes, numbers, gaps, the bold frozen header."""
    frame = pd.DataFrame({"text": ["a & b <c>", "_x0041_ stays", "  spaced  ", "", "末尾\n换行"],
                          "count": pd.array([3, None, -7, 0, 12_345_678_901], dtype="Int64"),
                          "share": [0.1, float("nan"), 1e-7, 2.5e16, -3.0]})
    write_xlsx("custom", frame, tmp_path / "c.xlsx")
    book = openpyxl.load_workbook(tmp_path / "c.xlsx")
    sheet = book["custom"]
    assert [c.value for c in sheet[1]] == ["text", "count", "share"] and sheet["A1"].font.b
    assert sheet.freeze_panes == "A2"
    assert [sheet.cell(r, 1).value for r in [2, 4, 5, 6]] == ["a & b <c>", "  spaced  ", None, "末尾\n换行"]
    # Excel reads _xHHHH_ as an escaped character, so a literal one is written with Excel's escaped underscore
    # (openpyxl does not decode these escapes; Excel shows "_x0041_ stays")
    shutil.unpack_archive(tmp_path / "c.xlsx", tmp_path / "x", format="zip")
    assert "<t xml:space=\"preserve\">_x005F_x0041_ stays</t>" in (
        tmp_path / "x" / "xl" / "worksheets" / "sheet1.xml").read_text(encoding="utf-8")
    assert [sheet.cell(r, 2).value for r in range(2, 7)] == [3, None, -7, 0, 12_345_678_901]
    assert [sheet.cell(r, 3).value for r in range(2, 7)] == [0.1, None, 1e-7, 2.5e16, -3]
    assert book.sheetnames == ["custom", "columns"] and book["columns"].max_row == 1   # no spec: header only
