"""Shared fixtures: the repository's raw folder and small helpers."""

from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
RAW = ROOT / "data" / "raw"
FIXTURES = Path(__file__).resolve().parent / "fixtures"


@pytest.fixture(scope="session")
def raw_dir() -> Path:
    return RAW


@pytest.fixture(scope="session")
def fixtures_dir() -> Path:
    return FIXTURES


@pytest.fixture(scope="session")
def seeds(raw_dir):
    """Every clean table extracted from the seed corpus (once a test session)."""
    from analysis.extract import extract, read_documents

    return extract(read_documents(raw_dir))


@pytest.fixture(scope="session")
def clean_dir(tmp_path_factory, raw_dir):
    """The seed corpus built and audited into a temporary clean folder."""
    from analysis import audit, extract

    clean = tmp_path_factory.mktemp("clean") / "clean"
    extract.run(raw_dir, clean)
    audit.run(clean)
    return clean
