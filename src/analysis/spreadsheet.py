"""Clean tables as Excel workbooks that never run a formula.

A CSV opened in Excel evaluates any cell that starts with ``=``, ``+``, ``-``
or ``@`` (CSV injection), and the text of scraped documents can start that
way. So every clean table is also written as ``NAME.xlsx``: the first sheet
holds the table, the second (``columns``) its data dictionary from
:mod:`analysis.schemas`. Text is stored as text cells (type ``s``; XlsxWriter with
its string-to-formula conversion off, each text written as a string), never as
a formula, whatever it starts with; numbers as numbers; missing values as
empty cells. The CSVs stay exact, for R, Stata and pandas.

What Excel cannot hold is changed in the workbook only, never in the CSV or
Parquet files: control characters that XML forbids become U+FFFD, text over
Excel's 32,767 characters a cell is cut (the cell says so), and a table over
Excel's 1,048,576 rows a sheet continues on ``NAME (2)``, ``NAME (3)``...
"""

from __future__ import annotations

import math
import re
from pathlib import Path

import pandas as pd
import xlsxwriter

from analysis.schemas import TABLES

MAX_CELL_TEXT = 32_767
MAX_ROWS = 1_048_576
_ILLEGAL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")
_DICTIONARY_HEADER = ("column", "type", "required", "unit", "allowed values", "description")
# No string is ever turned into a formula, a link or a number, whatever it starts with.
_OPTIONS = {"strings_to_formulas": False, "strings_to_urls": False, "strings_to_numbers": False,
            "constant_memory": True, "nan_inf_to_errors": True}


def excel_text(text: str) -> str:
    """``text`` as an Excel cell can hold it (forbidden control characters replaced, length capped)."""
    text = _ILLEGAL.sub("\ufffd", text)
    if len(text) > MAX_CELL_TEXT:
        note = f"… [cut: {len(text):,} characters in all; the CSV holds the whole text]"
        text = text[: MAX_CELL_TEXT - len(note)] + note
    return text


def write_xlsx(name: str, frame: pd.DataFrame, path: str | Path, max_rows: int = MAX_ROWS) -> None:
    """Write table ``name`` to ``path``: its rows, then a ``columns`` sheet describing them."""
    workbook = xlsxwriter.Workbook(str(path), _OPTIONS)
    bold = workbook.add_format({"bold": True})
    columns = [_column(frame[c]) for c in frame.columns]
    per_sheet = max_rows - 1
    for k, start in enumerate(range(0, max(len(frame), 1), per_sheet)):
        sheet = workbook.add_worksheet(name if k == 0 else f"{name} ({k + 1})")
        sheet.freeze_panes(1, 0)
        _write_row(sheet, 0, list(frame.columns), bold)
        for r in range(start, min(start + per_sheet, len(frame))):
            _write_row(sheet, r - start + 1, [values[r] for values in columns])
    sheet = workbook.add_worksheet("columns")
    _write_row(sheet, 0, list(_DICTIONARY_HEADER), bold)
    spec = TABLES.get(name)
    for r, field in enumerate(spec.fields if spec else (), start=1):
        _write_row(sheet, r, [field.name, field.type, "yes" if field.required else "", field.unit,
                              ", ".join(e for e in field.enum if e), field.description])
    workbook.close()


def _column(series: pd.Series) -> list:
    """The values of a column as cells take them: text fit for Excel, numbers, None when missing."""
    values = series.astype(object).tolist()
    return [None if v is None or v is pd.NA or v == "" or (isinstance(v, float) and math.isnan(v))
            else excel_text(v) if isinstance(v, str) else v for v in values]


def _write_row(sheet, row: int, values: list, cell_format=None) -> None:
    """One row: text always as a text cell (never a formula), numbers as numbers, gaps left empty."""
    for col, value in enumerate(values):
        if value is None or value == "":
            continue
        if isinstance(value, str):
            sheet.write_string(row, col, excel_text(value) if cell_format else value, cell_format)
        else:
            sheet.write_number(row, col, value, cell_format)
