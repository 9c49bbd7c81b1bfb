"""Tidy data from the economic documents of Chinese county-level governments.

Stages: ``data/raw`` (immutable documents and their manifest) -> ``data/clean``
(validated tidy tables, built by ``python -m analysis extract``, checked by
``python -m analysis audit``, and the ``panel`` by ``python -m analysis panel``)
-> analysis helpers -> one papermill report per district.

In a notebook::

    import analysis
    analysis.tables()                      # the clean tables, with descriptions
    analysis.search("收入")                 # indicators: ids, units, data coverage
    analysis.series(["gdp", "retail_sales"], wide=True)
    analysis.load("observations").attrs    # a table's data dictionary
    analysis.growth.cagr(216, 236.8, 5)    # helper modules are attributes

The helper modules (growth, shares, trends, targets, panel, audit, dictionary,
places, precedence, paneldata, fonts) load on first use, so ``import analysis``
stays cheap; the CJK font is registered as soon as matplotlib's pyplot is
imported (see :mod:`analysis.fonts`).
"""

from __future__ import annotations

import importlib

__version__ = "0.1.0"

from analysis.data import describe, load, tables  # noqa: E402
from analysis.fonts import register_on_plot  # noqa: E402

MODULES = ("audit", "dictionary", "fonts", "growth", "panel", "paneldata", "places", "precedence",
           "shares", "targets", "trends", "report", "extract")

__all__ = ["load", "tables", "describe", "series", "search", "latest", "__version__", *MODULES]

register_on_plot()


def series(*args, **kwargs):
    """One clean series per district, indicator and period: see :func:`analysis.paneldata.series`."""
    from analysis.paneldata import series as _series

    return _series(*args, **kwargs)


def latest(*args, **kwargs):
    """The one "latest value" rule: see :func:`analysis.paneldata.latest`."""
    from analysis.paneldata import latest as _latest

    return _latest(*args, **kwargs)


def search(query: str, clean_dir=None):
    """Indicators whose id, Chinese name or alias, English name or definition contains ``query``.

    One row an indicator: id, names, unit, kind, and how many districts and
    years have data in ``clean_dir`` (when the data is built).
    """
    from analysis.dictionary import search as _search

    return _search(query, clean_dir)


def __getattr__(name: str):
    if name in MODULES:
        return importlib.import_module(f"analysis.{name}")
    raise AttributeError(f"module 'analysis' has no attribute {name!r}")


def __dir__():
    return sorted(set(globals()) | set(MODULES))
