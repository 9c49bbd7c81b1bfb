"""Which of several values for the same cell to use: the one precedence rule.

Used by :func:`analysis.series` (the panel), by the data build for the
``structure`` table, and so by every "latest value" in the reports. Among the
values the documents give for one district, indicator, measure, status group
and period, the first of this order is chosen (each rule decides only when the
ones before it tie):

1. a value the audit does not doubt before a doubted one (``mismatch`` or
   ``implausible``: see :mod:`analysis.audit`);
2. a value that converts to the indicator's canonical unit before one that
   does not;
3. ``actual`` before ``expected`` (targets are a cell of their own);
4. the genre: a statistical bulletin, then a government work report, then a
   plan, then a feature or a notice;
5. the later publication (it revises the earlier one);
6. a table before the text (within one document);
7. an exact value before a bound or an approximation (突破, 以上, 约);
8. document order (doc_id, line), so that the choice never depends on chance.
"""

from __future__ import annotations

import pandas as pd

GENRE_RANK = {"bulletin": 0, "work_report": 1, "plan": 2, "feature": 3, "notice": 3}
STATUS_RANK = {"actual": 0, "expected": 1, "target": 2}
SOURCE_RANK = {"table": 0, "text": 1}


def precedence_order(frame: pd.DataFrame) -> pd.DataFrame:
    """``frame`` sorted best first by the rule of the module docstring.

    Needs the columns ``status``, ``doc_kind``, ``published``, ``source``,
    ``doc_id`` and ``line``; ``doubted`` and ``convertible`` (booleans) and
    ``qualifier`` are used when present.
    """
    n = len(frame)
    keys = pd.DataFrame({
        "_doubt": frame["doubted"].astype(bool).astype(int) if "doubted" in frame else [0] * n,
        "_convert": (~frame["convertible"].astype(bool)).astype(int) if "convertible" in frame else [0] * n,
        "_status": frame["status"].map(STATUS_RANK).fillna(9),
        "_genre": frame["doc_kind"].map(GENRE_RANK).fillna(9),
        "_published": frame["published"].fillna("").astype(str),
        "_source": frame["source"].map(SOURCE_RANK).fillna(9),
        "_exact": (frame["qualifier"] != "exact").astype(int) if "qualifier" in frame else [0] * n,
        "_doc": frame["doc_id"].astype(str),
        "_line": pd.to_numeric(frame["line"]).fillna(0),
    }, index=frame.index)
    order = keys.sort_values(["_doubt", "_convert", "_status", "_genre", "_published", "_source",
                              "_exact", "_doc", "_line"],
                             ascending=[True, True, True, True, False, True, True, True, True],
                             kind="mergesort").index
    return frame.loc[order]
