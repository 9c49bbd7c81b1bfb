"""Accuracy of an extraction against the answer key of a synthetic corpus."""

from __future__ import annotations

import csv
from pathlib import Path

import pandas as pd


def score(tables: dict[str, pd.DataFrame], key_path: Path) -> dict:
    """Share of the answer key's facts found exactly, per table and in all; and what was missed."""
    with Path(key_path).open(encoding="utf-8") as handle:
        key = list(csv.DictReader(handle))
    obs = tables["observations"]
    found_obs = {(r.doc_id, r.indicator, r.measure, r.status, r.period, round(float(r.value), 6))
                 for r in obs[obs.value.notna()].itertuples()}
    found_structure = {(r.doc_id, r.status, str(r.year), r.value_text) for r in tables["structure"].itertuples()}
    found_firms = {(r.doc_id, r.name, int(r.rank)) for r in tables["enterprises"].itertuples()}
    found_tasks = {(r.doc_id, int(r.task_no)) for r in tables["tasks"].itertuples()}
    hits, missed = {}, []
    for row in key:
        table = row["table"]
        if table == "observations":
            ok = (row["doc_id"], row["indicator"], row["measure"], row["status"], row["period"],
                  round(float(row["value"]), 6)) in found_obs
        elif table == "structure":
            ok = (row["doc_id"], row["status"], row["period"], row["value"]) in found_structure
        elif table == "enterprises":
            ok = (row["doc_id"], row["indicator"], int(row["value"])) in found_firms
        else:
            ok = (row["doc_id"], int(row["value"])) in found_tasks
        hits.setdefault(table, [0, 0])
        hits[table][0] += ok
        hits[table][1] += 1
        if not ok:
            missed.append(row)
    total = sum(h[0] for h in hits.values()), sum(h[1] for h in hits.values())
    return {"accuracy": total[0] / total[1], "facts": total[1],
            "by_table": {t: h[0] / h[1] for t, h in hits.items()}, "missed": missed}
