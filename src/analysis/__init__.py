"""Tidy data from the economic documents of Chinese county-level governments.

Stages: ``data/raw`` (immutable documents and their manifest) -> ``data/clean``
(validated tidy tables, built by ``python -m analysis extract``) -> analysis
helpers -> one papermill report per district.
"""

__version__ = "0.1.0"

from analysis.data import load  # noqa: E402

__all__ = ["load", "__version__"]
