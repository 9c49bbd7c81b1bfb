"""HTML entities a scraper leaves in the text are read as their characters."""

from __future__ import annotations

from test_rules import read

from analysis.extract.text import fold_line


def test_entities_are_read_as_characters_at_their_own_columns():
    raw = "全县&ldquo;十四五&rdquo;期间&nbsp;GDP达&#49;20亿元"
    text, cols, _ = fold_line(raw, simplify=False)
    assert text == "全县“十四五”期间GDP达120亿元"
    assert raw[cols[text.index("“")]:].startswith("&ldquo;")
    assert raw[cols[text.index("1")]:].startswith("&#49;")           # the digit an entity stands for
    assert raw[cols[text.index("2")]] == "2"


def test_a_text_with_entities_gives_the_facts_of_the_clean_text():
    clean = "全年实现地区生产总值218.4亿元，增长6.3%；“菜篮子”产品产量27.9万吨。"
    dirty = ("全年实现地区生产总值&nbsp;218.4亿元，&nbsp;增长6.3%；&ldquo;菜篮子&rdquo;产品产量27.9万吨。")
    kw = dict(kind="bulletin", published="2025", title="某县2024年统计公报")

    def facts(text):
        return sorted((r["indicator"], r["measure"], r["value"], r["unit"]) for r in read(text, **kw).rows["observations"])

    assert facts(dirty) == facts(clean)
    assert ("地区生产总值", "level", 218.4, "亿元") in facts(dirty)
    row = read(dirty, **kw).rows["observations"][0]
    assert row["sentence"].startswith("全年实现地区生产总值&nbsp;218.4亿元")      # the sentence as written
