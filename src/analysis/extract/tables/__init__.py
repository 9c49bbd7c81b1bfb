"""Rebuild the tables of raw documents whose layout was lost.

- :mod:`analysis.extract.tables.indicators`: plan indicator tables, one cell a line;
- :mod:`analysis.extract.tables.tabbed`: tab-started cells (ranked lists, task tables);
- :mod:`analysis.extract.tables.projects`: numbered project boxes (专栏).

Detection comes from the content (headers, box titles), never from file names
or line numbers.
"""

from analysis.extract.tables.common import Cell, Collector
from analysis.extract.tables.indicators import extract_indicator_tables
from analysis.extract.tables.projects import extract_project_boxes
from analysis.extract.tables.tabbed import extract_tab_tables, read_tab_cells, split_units

EXTRACTORS = (extract_indicator_tables, extract_tab_tables, extract_project_boxes)


def extract_tables(doc) -> Collector:
    """Run every table extractor on one document; returns the rows and flags collected."""
    out = Collector(doc)
    for extractor in EXTRACTORS:
        extractor(doc, out)
    return out


__all__ = ["Cell", "Collector", "EXTRACTORS", "extract_tables", "extract_indicator_tables",
           "extract_project_boxes", "extract_tab_tables", "read_tab_cells", "split_units"]
