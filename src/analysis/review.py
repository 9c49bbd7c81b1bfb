"""What the cleaning notebooks show a reviewer: raw lines beside what they became.

Every function takes the tables returned by :func:`analysis.extract.extract`
(or loaded from ``data/clean``) and returns a DataFrame to display.
"""

from __future__ import annotations

from collections import defaultdict

import pandas as pd

from analysis.extract.prose import document_items
from analysis.extract.sources import Document
from analysis.extract.tables.indicators import ATTRIBUTES
from analysis.extract.tables.tabbed import NUMBER_RE, SECTION_RE, SUBSECTION_RE


def line_roles(tables: dict[str, pd.DataFrame], doc_id: str) -> dict[int, list[str]]:
    """For each line of a document, what the extraction made of it."""
    roles: dict[int, list[str]] = defaultdict(list)

    def rows(name):
        frame = tables[name]
        return frame[frame.doc_id == doc_id].itertuples(index=False)

    for r in rows("indicator_rows"):
        roles[r.line].append(f"indicator row {r.row_no}: {r.indicator} [{r.unit}]")
    for r in rows("observations"):
        value = r.value_text if pd.isna(r.value) else f"{r.value:g}"
        roles[r.line].append(f"{r.measure}/{r.status}/{r.period} = {value} {r.unit} ({r.qualifier})")
    for r in rows("structure"):
        roles[r.line].append(f"structure {r.year} {r.status}: {r.primary:g}/{r.secondary:g}/{r.tertiary:g}")
    for r in rows("enterprises"):
        roles[r.line].append(f"rank {r.rank}: {r.name}")
    for r in rows("tasks"):
        roles[r.line].append(f"task {r.task_no}")
    for r in rows("task_units"):
        roles[r.line].append(f"task {r.task_no} {r.role}: {r.unit}")
    for r in rows("projects"):
        item = "" if pd.isna(r.item_no) else f" item {r.item_no}"
        roles[r.line].append(f"专栏{r.box_no}{item}")
    for r in rows("flags"):
        if not pd.isna(r.line):
            roles[int(r.line)].append(f"FLAG {r.kind}: {r.detail}")
    return roles


def raw_beside(doc: Document, tables: dict[str, pd.DataFrame], table_id: str) -> pd.DataFrame:
    """The non-blank raw lines of one table beside what each became."""
    info = tables["tables"].set_index("table_id").loc[table_id]
    roles = line_roles(tables, doc.doc_id)
    categories = set(tables["indicator_rows"].query("table_id == @table_id").category)
    records = []
    for number in range(int(info.line), int(info.line_end)):
        raw = doc.lines[number - 1]
        text = raw.strip()
        if not text:
            continue
        became = roles.get(number, [])
        if not became:
            if text in ATTRIBUTES:
                became = ["属性 of the row above"]
            elif text in categories:
                became = ["category of the rows below"]
            elif number == int(info.line):
                became = ["title"]
            elif NUMBER_RE.match(text):
                became = ["row number"]
            elif SUBSECTION_RE.match(text):
                became = ["subsection heading"]
            elif SECTION_RE.match(text):
                became = ["section heading"]
            else:
                became = ["(header or heading)"]
        records.append({"line": number, "raw": raw.replace("\t", "⇥"), "became": "; ".join(became)})
    return pd.DataFrame(records)


def rebuilt_table(tables: dict[str, pd.DataFrame], table_id: str) -> pd.DataFrame:
    """An indicator table rebuilt wide: one row an indicator, one column a header column."""
    rows = tables["indicator_rows"].query("table_id == @table_id")
    cells = pd.concat([
        tables["observations"].query("table_id == @table_id")[["indicator", "column", "value_text"]],
        tables["structure"].query("table_id == @table_id")[["indicator", "column", "value_text"]],
    ])
    wide = cells.pivot_table(index="indicator", columns="column", values="value_text",
                             aggfunc="first", sort=False)
    order = rows.set_index("indicator")[["category", "unit", "attribute"]]
    return order.join(wide).fillna("")


def flags_for(tables: dict[str, pd.DataFrame], doc_ids, kinds=None) -> pd.DataFrame:
    """The flags of some documents, optionally of some kinds."""
    flags = tables["flags"]
    flags = flags[flags.doc_id.isin(list(doc_ids))]
    if kinds is not None:
        flags = flags[flags.kind.isin(list(kinds))]
    return flags.reset_index(drop=True)


def prose_sentences(doc: Document, tables: dict[str, pd.DataFrame]) -> pd.DataFrame:
    """Every sentence read from a document, the facts taken from it, and its flags."""
    table_rows = tables["tables"][tables["tables"].doc_id == doc.doc_id].to_dict("records")
    obs = tables["observations"]
    obs = obs[(obs.doc_id == doc.doc_id) & (obs.source == "text")]
    facts: dict[int, list[tuple[str, str]]] = defaultdict(list)
    for r in obs.itertuples(index=False):
        value = r.value_text if pd.isna(r.value) else f"{r.value:g}"
        where = {"district": "", "entity": f" [{r.entity}]"}.get(r.scope, f" [{r.district}]")
        facts[r.line].append((r.value_text, f"{r.indicator}: {r.measure} {value} {r.unit} "
                                            f"({r.status}, {r.period or 'no period'}){where}"))
    flags = tables["flags"]
    flags = flags[(flags.doc_id == doc.doc_id)]
    flag_text: dict[int, list[str]] = defaultdict(list)
    for f in flags.itertuples(index=False):
        if not pd.isna(f.line):
            flag_text[int(f.line)].append(f"{f.kind}: {f.detail}")
    records = []
    for lines, sentence in document_items(doc, table_rows):
        found = [text for line in sorted(lines) for value_text, text in facts.get(line, [])
                 if value_text in sentence]
        records.append({"line": min(lines), "sentence": sentence, "facts": "; ".join(found),
                        "flags": "; ".join(f for line in sorted(lines) for f in flag_text.get(line, []))})
    return pd.DataFrame(records)


def unmapped_indicators(tables: dict[str, pd.DataFrame]) -> pd.DataFrame:
    """Indicators with no id in the dictionary, most frequent first (to review, not dropped)."""
    obs = tables["observations"]
    unmapped = obs[obs.indicator_id == ""]
    return (unmapped.groupby(["indicator"]).agg(n=("value_text", "size"),
                                                 docs=("doc_id", lambda d: ", ".join(sorted(set(d)))),
                                                 example=("value_text", "first"))
            .sort_values("n", ascending=False).reset_index())
