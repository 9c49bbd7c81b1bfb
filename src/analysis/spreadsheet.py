"""Clean tables as Excel workbooks that never run a formula.

A CSV opened in Excel evaluates any cell that starts with ``=``, ``+``, ``-``
or ``@`` (CSV injection), and the text of scraped documents can start that
way. So every clean table is also written as ``NAME.xlsx``: the first sheet
holds the table, the second (``columns``) its data dictionary from
:mod:`analysis.schemas`. Text is stored as text cells (type ``s``), never as
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
from openpyxl import Workbook
from openpyxl.cell import WriteOnlyCell
from openpyxl.styles import Font

from analysis.schemas import TABLES

MAX_CELL_TEXT = 32_767
MAX_ROWS = 1_048_576
_ILLEGAL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")
_DICTIONARY_HEADER = ("column", "type", "required", "unit", "allowed values", "description")


def excel_text(text: str) -> str:
    """``text`` as an Excel cell can hold it (forbidden control characters replaced, length capped)."""
    text = _ILLEGAL.sub("\ufffd", text)
    if len(text) > MAX_CELL_TEXT:
        note = f"… [cut: {len(text):,} characters in all; the CSV holds the whole text]"
        text = text[: MAX_CELL_TEXT - len(note)] + note
    return text


def write_xlsx(name: str, frame: pd.DataFrame, path: str | Path, max_rows: int = MAX_ROWS) -> None:
    """Write table ``name`` to ``path``: its rows, then a ``columns`` sheet describing them."""
    workbook = Workbook(write_only=True)
    columns = list(frame.columns)
    per_sheet = max_rows - 1
    chunks = range(0, max(len(frame), 1), per_sheet)
    for k, start in enumerate(chunks):
        sheet = workbook.create_sheet(name if k == 0 else f"{name} ({k + 1})")
        sheet.freeze_panes = "A2"
        sheet.append([_header(sheet, c) for c in columns])
        part = frame.iloc[start:start + per_sheet]
        for values in zip(*(part[c].tolist() for c in columns)):
            sheet.append([_cell(sheet, v) for v in values])
    sheet = workbook.create_sheet("columns")
    sheet.append([_header(sheet, c) for c in _DICTIONARY_HEADER])
    spec = TABLES.get(name)
    for field in spec.fields if spec else ():
        sheet.append([_cell(sheet, v) for v in (
            field.name, field.type, "yes" if field.required else "", field.unit,
            ", ".join(e for e in field.enum if e), field.description)])
    workbook.save(path)


def _header(sheet, text: str) -> WriteOnlyCell:
    cell = _cell(sheet, text)
    cell.font = Font(bold=True)
    return cell


def _cell(sheet, value):
    """A cell for one value: text always as a text cell, never a formula."""
    if value is None or value is pd.NA or value == "" or (isinstance(value, float) and math.isnan(value)):
        return None
    if isinstance(value, str):
        cell = WriteOnlyCell(sheet, value=excel_text(value))
        cell.data_type = "s"
        return cell
    return value
