"""Clean tables as Excel workbooks that never run a formula.

A CSV opened in Excel evaluates any cell that starts with ``=``, ``+``, ``-``
or ``@`` (CSV injection), and the text of scraped documents can start that
way. So every clean table is also written as ``NAME.xlsx``: the first sheet
holds the table, the second (``columns``) its data dictionary from
:mod:`analysis.schemas`. Text is stored as inline text cells
(``t="inlineStr"``), never as a formula, whatever it starts with; numbers as
numbers; missing values as empty cells. The CSVs stay exact, for R, Stata and
pandas.

What Excel cannot hold is changed in the workbook only, never in the CSV or
Parquet files: control characters that XML forbids become U+FFFD, text over
Excel's 32,767 characters a cell is cut (the cell says so), and a table over
Excel's 1,048,576 rows a sheet continues on ``NAME (2)``, ``NAME (3)``...
A literal ``_xHHHH_`` in a text is written ``_x005F_xHHHH_`` (Excel's own
escape), so Excel shows it as written.

The workbook is written here, a column at a time, rather than through a
general spreadsheet library: a clean table has only text, integer and number
columns, no formula, style or merged cell, and a cell-by-cell library call
cost more time than the whole extraction of the corpus (benchmarks/RESULTS.md,
"Extraction"). The package holds exactly the parts a workbook needs
(content types, relationships, workbook, styles with a bold header, one XML
file per sheet with the header row frozen); openpyxl reads it back in the tests.
"""

from __future__ import annotations

import math
import re
import zipfile
from pathlib import Path
from xml.sax.saxutils import escape

import pandas as pd

from analysis.schemas import TABLES

MAX_CELL_TEXT = 32_767
MAX_ROWS = 1_048_576
_ILLEGAL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")
_EXCEL_ESCAPE = re.compile(r"(_x[0-9a-fA-F]{4}_)")
_DICTIONARY_HEADER = ("column", "type", "required", "unit", "allowed values", "description")
_BOLD = 1                                   # the header's cell style (xl/styles.xml, cellXfs index 1)


def excel_text(text: str) -> str:
    """``text`` as an Excel cell can hold it (forbidden control characters replaced, length capped)."""
    text = _ILLEGAL.sub("\ufffd", text)
    if len(text) > MAX_CELL_TEXT:
        note = f"… [cut: {len(text):,} characters in all; the CSV holds the whole text]"
        text = text[: MAX_CELL_TEXT - len(note)] + note
    return text


def write_xlsx(name: str, frame: pd.DataFrame, path: str | Path, max_rows: int = MAX_ROWS) -> None:
    """Write table ``name`` to ``path``: its rows, then a ``columns`` sheet describing them."""
    header = [_text_cell(c, _BOLD) for c in map(str, frame.columns)]
    cells = [_cells(frame[c]) for c in frame.columns]
    per_sheet = max_rows - 1
    sheets = []
    for k, start in enumerate(range(0, max(len(frame), 1), per_sheet)):
        stop = min(start + per_sheet, len(frame))
        rows = [header] + [[column[r] for column in cells] for r in range(start, stop)]
        sheets.append((name if k == 0 else f"{name} ({k + 1})", _sheet_xml(rows)))
    spec = TABLES.get(name)
    dictionary = [[_text_cell(h, _BOLD) for h in _DICTIONARY_HEADER]]
    for field in spec.fields if spec else ():
        values = [field.name, field.type, "yes" if field.required else "", field.unit,
                  ", ".join(e for e in field.enum if e), field.description]
        dictionary.append([_text_cell(v) if v else "" for v in values])
    sheets.append(("columns", _sheet_xml(dictionary)))
    _write_package(Path(path), sheets)


def _cells(series: pd.Series) -> list[str]:
    """A column as cell XML without its reference (``<c`` and the reference are added per row).

    Each distinct text of the column is converted once."""
    values = series.astype(object).tolist()
    texts = {v: _text_cell(v) for v in set(v for v in values if isinstance(v, str) and v)}
    return [texts[v] if isinstance(v, str) and v else _number_cell(v) for v in values]


def _missing(value) -> bool:
    return value is None or value is pd.NA or value == "" or (isinstance(value, float) and math.isnan(value))


def _text_cell(text: str, style: int = 0) -> str:
    text = escape(_EXCEL_ESCAPE.sub(r"_x005F\1", excel_text(text)))
    s = f' s="{style}"' if style else ""
    return f'{s} t="inlineStr"><is><t xml:space="preserve">{text}</t></is></c>'


def _number_cell(value) -> str:
    if _missing(value):
        return ""
    if isinstance(value, bool):
        return f' t="b"><v>{int(value)}</v></c>'
    if isinstance(value, int):
        return f"><v>{value}</v></c>"
    value = float(value)
    if not math.isfinite(value):
        return ' t="e"><v>#NUM!</v></c>'
    return f"><v>{value:.16G}</v></c>"


def _letters(count: int) -> list[str]:
    """Column letters A, B, ... Z, AA, ... for ``count`` columns."""
    out = []
    for k in range(count):
        letters, n = "", k + 1
        while n:
            n, rem = divmod(n - 1, 26)
            letters = chr(65 + rem) + letters
        out.append(letters)
    return out


def _sheet_xml(rows: list[list[str]]) -> str:
    """One sheet: its rows, the header row frozen."""
    width = max((len(r) for r in rows), default=1) or 1
    letters = _letters(width)
    body = []
    for r, row in enumerate(rows, start=1):
        cells = "".join(f'<c r="{letters[c]}{r}"{cell}' for c, cell in enumerate(row) if cell)
        body.append(f'<row r="{r}">{cells}</row>')
    pane = ('<pane ySplit="1" topLeftCell="A2" activePane="bottomLeft" state="frozen"/>'
            '<selection pane="bottomLeft" activeCell="A2" sqref="A2"/>')
    return (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<worksheet xmlns="{_MAIN}" '
            f'xmlns:r="{_REL}"><dimension ref="A1:{letters[-1]}{max(len(rows), 1)}"/>'
            f'<sheetViews><sheetView workbookViewId="0">{pane}</sheetView></sheetViews>'
            f'<sheetFormatPr defaultRowHeight="15"/><sheetData>{"".join(body)}</sheetData></worksheet>')


def _write_package(path: Path, sheets: list[tuple[str, str]]) -> None:
    """The zip package: fixed parts, then the sheets in order."""
    n = len(sheets)
    types = "".join(f'<Override PartName="/xl/worksheets/sheet{k}.xml" ContentType="application/vnd.openxmlformats-'
                    'officedocument.spreadsheetml.worksheet+xml"/>' for k in range(1, n + 1))
    book_sheets = "".join(f'<sheet name="{escape(title, {chr(34): "&quot;"})}" sheetId="{k}" r:id="rId{k}"/>'
                          for k, (title, _) in enumerate(sheets, start=1))
    book_rels = "".join(f'<Relationship Id="rId{k}" Type="{_REL}/worksheet" Target="worksheets/sheet{k}.xml"/>'
                        for k in range(1, n + 1))
    parts = {
        "[Content_Types].xml": (
            f'{_DECL}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
            '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
            '<Default Extension="xml" ContentType="application/xml"/>'
            '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.'
            'spreadsheetml.sheet.main+xml"/>'
            '<Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.'
            f'spreadsheetml.styles+xml"/>{types}</Types>'),
        "_rels/.rels": (
            f'{_DECL}<Relationships xmlns="{_PKG_REL}"><Relationship Id="rId1" Type="{_REL}/officeDocument" '
            'Target="xl/workbook.xml"/></Relationships>'),
        "xl/workbook.xml": (
            f'{_DECL}<workbook xmlns="{_MAIN}" xmlns:r="{_REL}"><bookViews><workbookView/></bookViews>'
            f'<sheets>{book_sheets}</sheets></workbook>'),
        "xl/_rels/workbook.xml.rels": (
            f'{_DECL}<Relationships xmlns="{_PKG_REL}">{book_rels}<Relationship Id="rId{n + 1}" '
            f'Type="{_REL}/styles" Target="styles.xml"/></Relationships>'),
        "xl/styles.xml": _STYLES,
    }
    with zipfile.ZipFile(path, "w", compression=zipfile.ZIP_DEFLATED, compresslevel=1) as package:
        for part, xml in parts.items():
            package.writestr(part, xml)
        for k, (_, xml) in enumerate(sheets, start=1):
            package.writestr(f"xl/worksheets/sheet{k}.xml", xml)


_DECL = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
_MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
_REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
_PKG_REL = "http://schemas.openxmlformats.org/package/2006/relationships"
_STYLES = (
    f'{_DECL}<styleSheet xmlns="{_MAIN}">'
    '<fonts count="2"><font><sz val="11"/><name val="Calibri"/><family val="2"/></font>'
    '<font><b/><sz val="11"/><name val="Calibri"/><family val="2"/></font></fonts>'
    '<fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/>'
    '</fill></fills><borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>'
    '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>'
    '<cellXfs count="2"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>'
    '<xf numFmtId="0" fontId="1" fillId="0" borderId="0" xfId="0" applyFont="1"/></cellXfs>'
    '<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles>'
    '</styleSheet>')
