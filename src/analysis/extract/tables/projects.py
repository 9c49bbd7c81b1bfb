"""Numbered project boxes of a plan (专栏N 标题), one row an item.

A box is its title line (专栏3人才引进与培养工程), optional groups
((一)人才引进) and items (1.…; or one unnumbered paragraph right after a group
heading or the title). It ends at the next outline heading (第二章…), the next
box, or a line that cannot be an item (an unnumbered paragraph after numbered
items).
"""

from __future__ import annotations

import re

from analysis.extract.tables.common import BOX_RE, HEADING_RE, Collector

GROUP_RE = re.compile(r"^[(（](?P<no>[一二三四五六七八九十]+)[)）]\s*(?P<title>.+)$")
ITEM_RE = re.compile(r"^(?P<no>\d{1,3})\s*[.、．]\s*(?P<text>\S.*)$")


def extract_project_boxes(doc, out: Collector) -> None:
    """Write every 专栏 item of ``doc`` into the ``projects`` table."""
    lines = doc.lines
    i = 0
    while i < len(lines):
        m = BOX_RE.match(lines[i].strip())
        if m:
            i = _read_box(lines, i, int(m.group(1)), m.group(2).strip(), out)
        else:
            i += 1


def _read_box(lines, start: int, box_no: int, title: str, out: Collector) -> int:
    table_id = out.new_table_id()
    group = ""
    expect_unnumbered = True     # right after the title or a group heading
    expected_item = 1
    n_items = 0
    end = len(lines)
    for i in range(start + 1, len(lines)):
        text = lines[i].strip()
        if not text:
            continue
        if HEADING_RE.match(text) or BOX_RE.match(text):
            end = i
            break
        group_m = GROUP_RE.match(text)
        item_m = ITEM_RE.match(text)
        if group_m:
            out.account(i + 1, "group")
            group = text
            expect_unnumbered = True
            expected_item = 1
            continue
        if item_m:
            item_no = int(item_m.group("no"))
            if item_no != expected_item:
                out.flag(i + 1, "item_sequence", "warning",
                         f"专栏{box_no}: item {item_no} where {expected_item} was expected",
                         table_id, text)
            expected_item = item_no + 1
            out.add("projects", box_no=box_no, box_title=title, group=group, item_no=item_no,
                    text=item_m.group("text").strip(), line=i + 1, table_id=table_id)
            n_items += 1
            expect_unnumbered = False
            continue
        if expect_unnumbered:
            out.add("projects", box_no=box_no, box_title=title, group=group, item_no=None,
                    text=text, line=i + 1, table_id=table_id)
            n_items += 1
            expect_unnumbered = False
            continue
        end = i
        break
    out.account(start + 1, "title")
    out.add("tables", table_id=table_id, kind="project_box", title=f"专栏{box_no} {title}",
            line=start + 1, line_end=end, n_rows=n_items, n_cells=n_items, notes="")
    if n_items == 0:
        out.flag(start + 1, "empty_box", "warning", f"专栏{box_no} has no item", table_id)
    return end
