"""Stage raw -> clean: the value layer, the vocabulary and rules, tables, prose.

The stage itself (``python -m analysis extract``) is :mod:`analysis.extract.stage`;
its entry points are importable from here (``from analysis.extract import run``).
They are loaded on first use so that the value layer can be imported on its own.
"""

from __future__ import annotations

_STAGE_NAMES = ("run", "extract", "read_documents", "extract_source", "extract_document",
                "assemble", "write_clean", "OUTPUT_TABLES")

__all__ = list(_STAGE_NAMES)


def __getattr__(name: str):
    if name in _STAGE_NAMES:
        from analysis.extract import stage

        return getattr(stage, name)
    raise AttributeError(f"module 'analysis.extract' has no attribute {name!r}")
