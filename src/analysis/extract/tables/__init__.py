"""Rebuild the tables of raw documents whose layout was lost.

One table model, several readers: a table is found by its header content, a
layout reader turns its lines into :class:`TableRow` rows of :class:`Cell`
cells (each with its slot in the header's column model when the layout gives
one), and one builder per kind makes the clean rows from them.

- :mod:`analysis.extract.tables.indicators`: the indicator column model, the
  one-cell-a-line reader and the indicator builder;
- :mod:`analysis.extract.tables.layouts`: readers of tables laid out one row a
  line (tab-separated, pipe/markdown, space-aligned columns), for indicator
  tables, ranked lists and task tables;
- :mod:`analysis.extract.tables.products`: the builder of a bulletin's tables
  of amounts (产品名称 | 单位 | 产量 | 比上年增长(%)), read by the row layouts;
- :mod:`analysis.extract.tables.tabbed`: tab-started cells (ranked lists, task
  tables) and the list builders;
- :mod:`analysis.extract.tables.celllists`: ranked lists and task tables laid
  out one cell a line;
- :mod:`analysis.extract.tables.projects`: numbered project boxes (专栏).

A new reader (an HTML, DOCX or PDF table) plugs in by producing a
:class:`TableBlock` (header cell texts, rows of cells with ``column`` set,
notes, line range) and calling :func:`build_table`, which picks the builder
from the header as for every layout:
:mod:`analysis.extract.tables.grid` does so for the tables the readers of
:mod:`analysis.extract.formats` read as tables (they run first, so the text
readers skip their lines).

Detection comes from the content (headers, box titles), never from file names
or line numbers.
"""

from analysis.extract.tables.common import Cell, Collector, TableBlock, TableRow
from analysis.extract.tables.indicators import (
    build_indicator_table, extract_indicator_tables, header_model, sign_changes_from_levels,
)
from analysis.extract.tables.layouts import build_table, extract_row_tables
from analysis.extract.tables.grid import build_grid_table, extract_grid_tables
from analysis.extract.tables.products import build_product_table
from analysis.extract.tables.projects import extract_project_boxes
from analysis.extract.tables.celllists import extract_cell_lists
from analysis.extract.tables.tabbed import (
    build_list_table, extract_tab_tables, read_tab_cells, split_units,
)

EXTRACTORS = (extract_grid_tables, extract_indicator_tables, extract_row_tables, extract_tab_tables, extract_cell_lists,
              extract_project_boxes)


def extract_tables(doc) -> Collector:
    """Run every table extractor on one document; returns the rows and flags collected."""
    out = Collector(doc)
    for extractor in EXTRACTORS:
        extractor(doc, out)
    sign_changes_from_levels(doc, out)
    return out


__all__ = ["Cell", "Collector", "EXTRACTORS", "TableBlock", "TableRow", "build_grid_table", "build_indicator_table",
           "build_list_table", "build_product_table", "build_table", "extract_cell_lists", "extract_tables", "extract_grid_tables", "extract_indicator_tables", "extract_project_boxes",
           "extract_row_tables", "extract_tab_tables", "header_model", "read_tab_cells",
           "split_units"]
