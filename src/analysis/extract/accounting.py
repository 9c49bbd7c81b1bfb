"""Accounting: nothing read is silently dropped.

For one document, :func:`table_lines` says what became of every non-blank line
of every detected table (``placed`` in a clean table, ``structural`` — a
header, category, 属性, row number or heading —, ``flagged``, or
``unaccounted``), and :func:`sentence_numbers` says what became of every
number in every sentence read (``extracted``, ``not a statistic`` with the
reason, ``flagged``, or ``unaccounted``). The tests assert that nothing is
``unaccounted`` for every seed and every fixture.
"""

from __future__ import annotations

import pandas as pd

from analysis.extract import prose
from analysis.extract.sources import Document
from analysis.extract.tables import extract_tables
from analysis.extract.tables.common import Collector

_PLACED = ("observations", "indicator_rows", "structure", "enterprises", "tasks", "task_units", "projects")


def collect(doc: Document) -> Collector:
    """Everything the extraction made of one document (tables, then prose)."""
    out = extract_tables(doc)
    prose.extract_prose(doc, out)
    return out


def table_lines(doc: Document, out: Collector) -> pd.DataFrame:
    """What became of every non-blank line inside a detected table."""
    placed = {row["line"] for name in _PLACED for row in out.rows.get(name, []) if row.get("line")}
    flagged = {row["line"] for row in out.rows.get("flags", []) if row.get("line")}
    records = []
    for table in out.rows.get("tables", []):
        for line in range(table["line"], min(table["line_end"], len(doc.lines)) + 1):
            text = doc.lines[line - 1].strip()
            if not text:
                continue
            status = ("placed" if line in placed else "structural" if line in out.structural
                      else "flagged" if line in flagged else "unaccounted")
            records.append({"table_id": table["table_id"], "line": line, "text": text, "status": status})
    return pd.DataFrame(records, columns=["table_id", "line", "text", "status"])


def table_cells(doc: Document, out: Collector) -> pd.DataFrame:
    """What became of every cell a layout reader handed to a table builder.

    Finer than :func:`table_lines` for layouts with several cells a line
    (tab, pipe and space-aligned rows): each cell must be ``placed`` (its
    text is a value or structure ratio of its line), ``structural`` (header,
    category, indicator, unit, 属性, row number, blank, a firm or task cell),
    ``flagged`` (a flag of its line quotes it), else ``unaccounted``.
    """
    values = {(r["line"], r["value_text"]) for name in ("observations", "structure")
              for r in out.rows.get(name, []) if r.get("source") == "table"}
    flagged = {(r["line"], r["text"]) for r in out.rows.get("flags", []) if r.get("text")}
    records = []
    seen: set[int] = set()
    for table_id, cell in out.cells:
        if id(cell) in seen:
            continue
        seen.add(id(cell))
        key = (cell.line, cell.text)
        status = ("placed" if key in values else "structural" if key in out.structural_cells
                  else "flagged" if key in flagged else "unaccounted")
        records.append({"table_id": table_id, "line": cell.line, "text": cell.text, "status": status})
    return pd.DataFrame(records, columns=["table_id", "line", "text", "status"])


def sentence_numbers(doc: Document, out: Collector) -> pd.DataFrame:
    """What became of every number in every sentence read from the document's prose."""
    observations = [r for r in out.rows.get("observations", []) if r["source"] == "text"]
    structure = [r for r in out.rows.get("structure", []) if r.get("source") == "text"]
    flagged = {row["line"] for row in out.rows.get("flags", []) if row.get("line")}
    records = []
    for lines, sentence in prose.document_items(doc, out.rows.get("tables", [])):
        line = min(lines)
        excluded = prose.excluded_spans(sentence)
        stated = [r["value_text"] for r in observations if r["line"] in lines]
        stated += [r["value_text"] for r in structure if r["line"] in lines]
        for m in prose.NUMBER_RE.finditer(sentence):
            number = m.group(0)
            why = prose.inside(excluded, m.start(), m.end())
            if why:
                status = f"not a statistic: {why}"
            elif any(number.replace(",", "") in text.replace(",", "") for text in stated):
                status = "extracted"
            elif lines & flagged:
                status = "flagged"
            else:
                status = "unaccounted"
            records.append({"line": line, "number": number, "sentence": sentence, "status": status})
    return pd.DataFrame(records, columns=["line", "number", "sentence", "status"])
