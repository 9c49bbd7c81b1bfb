"""Structural shares: sector ratios, share changes and indices of structural change.

References
----------
.. [1] Moore, J. H. (1978). A measure of structural change in output.
   *Review of Income and Wealth*, 24(1), 105-118. The angle between two
   share vectors, ``arccos(sum(a * b) / (|a| |b|))``, in degrees.
.. [2] Michaely, M. (1962). *Concentration in International Trade*.
   Amsterdam: North-Holland. The norm of absolute values (NAV),
   ``0.5 * sum(|b - a|)``: the share of the economy that moved between sectors,
   in percentage points (also called the structural change index).
"""

from __future__ import annotations

import re

import numpy as np
import pandas as pd

from analysis.errors import AnalysisError

SECTORS = ("primary", "secondary", "tertiary")


class SharesError(AnalysisError, ValueError):
    """Shares that cannot be read or compared."""


def from_ratio(ratio: str, labels: tuple[str, ...] = SECTORS) -> pd.Series:
    """Shares in percent summing to 100 from a ratio such as ``"3:65:32"``.

    Examples
    --------
    >>> from_ratio("3:65:32").tolist()
    [3.0, 65.0, 32.0]
    >>> round(from_ratio("1:1:2")["tertiary"], 1)
    50.0
    """
    parts = [p for p in re.split(r"[:：]", str(ratio).strip()) if p.strip()]
    try:
        values = np.array([float(p) for p in parts])
    except ValueError:
        raise SharesError(f"cannot read the ratio {ratio!r}") from None
    if len(values) != len(labels):
        raise SharesError(f"{ratio!r} has {len(values)} terms for {len(labels)} labels")
    if np.any(values < 0) or values.sum() <= 0:
        raise SharesError(f"{ratio!r} must have non-negative terms and a positive sum")
    return pd.Series(values / values.sum() * 100.0, index=list(labels), name=str(ratio))


def shares_of_total(parts, total=None) -> pd.Series:
    """Shares in percent of ``total`` (the sum of ``parts`` when None)."""
    parts = pd.Series(parts, dtype=float)
    total = parts.sum() if total is None else float(total)
    if total <= 0 or (parts < 0).any():
        raise SharesError("levels must be non-negative with a positive total")
    return parts / total * 100.0


def share_changes(before, after) -> pd.Series:
    """Change of each share in percentage points."""
    before, after = _aligned(before, after)
    return after - before


def norm_of_absolute_values(before, after) -> float:
    """NAV [2]_: ``0.5 * sum(|after - before|)`` in percentage points; 0 for equal vectors."""
    before, after = _aligned(before, after)
    return float(0.5 * np.abs(after - before).sum())


def moore_angle(before, after) -> float:
    """Moore's structural change index [1]_: the angle between the share vectors, in degrees."""
    before, after = _aligned(before, after)
    cosine = float(np.dot(before, after) / (np.linalg.norm(before) * np.linalg.norm(after)))
    return float(np.degrees(np.arccos(np.clip(cosine, -1.0, 1.0))))


def _aligned(before, after) -> tuple[pd.Series, pd.Series]:
    before = pd.Series(before, dtype=float)
    after = pd.Series(after, dtype=float)
    if len(before) != len(after) or not before.index.equals(after.index):
        raise SharesError("share vectors must have the same sectors")
    if (before < 0).any() or (after < 0).any() or before.sum() <= 0 or after.sum() <= 0:
        raise SharesError("shares must be non-negative with a positive sum")
    return before, after
