"""The report site's page frame: one slim template for the index, the districts and the comparison.

Rules
-----
- A page is ``<html lang="zh-CN">`` (or ``en``) with a ``<title>`` naming the
  district or page, one small inline style sheet (no notebook CSS), no script
  at all (no MathJax, no CDN: the pages open offline and from mainland China).
- Every page has the same navigation: the index, each district, the comparison.
- A page with three or more ``<h2>`` sections gets a table of contents; each
  section heading gets an ``id`` (kept when it has one).
- A notebook becomes the page from its outputs only (its code is never
  exported): HTML as it is, images as ``<img>`` with their ``alt`` and width
  from the output's metadata, text streams as ``<pre>``. Wide tables scroll
  inside their own box, so a page never scrolls sideways on a phone.
"""

from __future__ import annotations

import re
from html import escape

from analysis.places import english_name

STYLE = """
*{box-sizing:border-box}
body{font-family:"Noto Sans CJK SC","Source Han Sans SC","PingFang SC","Microsoft YaHei",system-ui,sans-serif;
margin:0;color:#1f2328;line-height:1.6;background:#fff}
nav.site{background:#24292f;padding:.5em 1em;font-size:.95em}
nav.site a{color:#fff;margin-right:1.1em;text-decoration:none;white-space:nowrap;display:inline-block}
nav.site a[aria-current]{text-decoration:underline}
main{max-width:1100px;margin:0 auto;padding:1em}
h1{font-size:1.6em;line-height:1.3}
h2{border-bottom:1px solid #d0d7de;padding-bottom:.2em;margin-top:1.8em}
nav.toc{background:#f6f8fa;border:1px solid #d0d7de;padding:.4em 1em;margin:1em 0}
nav.toc ol{margin:.2em 0;padding-left:1.4em}
.table-wrap{overflow-x:auto;max-width:100%;margin:.6em 0}
table{border-collapse:collapse;font-size:.92em}
td,th{border-bottom:1px solid #d0d7de;padding:.35em .55em;text-align:left;vertical-align:top;min-width:4.5em}
th{background:#f6f8fa}
td{max-width:40em;overflow-wrap:anywhere}
img{max-width:100%;height:auto}
pre{white-space:pre-wrap;overflow-wrap:anywhere}
.doubt{color:#9a3412;background:#fff7ed;font-size:.9em}
.note{color:#57606a;font-size:.85em}
ul.findings li{margin:.35em 0}
ul.sources{list-style:none;padding-left:0}
ul.sources li{margin:.5em 0;overflow-wrap:anywhere}
a{color:#0969da}
footer{color:#57606a;font-size:.85em;margin:2em 0 1em}
"""


def slug(district: str) -> str:
    """ASCII file name of a district: 昌江区 -> changjiangqu."""
    from pypinyin import lazy_pinyin

    text = "".join(lazy_pinyin(district, errors="ignore")).lower()
    return "".join(c for c in text if c.isalnum()) or "district"


def unique_slugs(districts) -> dict[str, str]:
    """Each district's file name, unique among ``districts``: :func:`slug`, and where two names sound the
    same (长安县 and 昌安县 are both changanxian) a short hash of the name after it (changanxian-1a2b3c),
    whatever the order of the names."""
    import hashlib
    from collections import Counter

    plain = {name: slug(name) for name in districts}
    taken = Counter(plain.values())
    return {name: (s if taken[s] == 1 else f"{s}-{hashlib.sha1(name.encode('utf-8')).hexdigest()[:6]}")
            for name, s in plain.items()}


def lang_attr(lang: str) -> str:
    return "zh-CN" if lang == "zh" else "en"


def district_label(name: str, city: str, lang: str) -> str:
    """The district's name in the page's language: 昌江区, or Changjiang District (昌江区)."""
    if lang == "zh":
        return name
    english = english_name(name, city) if name else ""
    if not english:
        from analysis.places import romanise

        english = romanise(name)
    return f"{english} ({name})"


def place_label(name: str, lang: str) -> str:
    """A city or province in the page's language: 景德镇市, or Jingdezhen City (景德镇市) from the reference."""
    if lang == "zh" or not name:
        return name
    from analysis.places import load_places

    places = load_places()
    found = places.loc[places.name == name, "name_en"]
    return f"{found.iloc[0]} ({name})" if found.nunique() == 1 else f"{name} [untranslated]"


def nav_links(districts: list[tuple[str, str]], lang: str) -> list[tuple[str, str]]:
    """(href, text) of every page: the index, each (slug, label) district, the comparison."""
    zh = lang == "zh"
    return ([("index.html", "首页" if zh else "Home")] + [(f"{s}.html", label) for s, label in districts]
            + [("compare.html", "县区比较" if zh else "Compare districts")])


def page(title: str, body: str, lang: str, nav: list[tuple[str, str]], current: str = "",
         footer: str = "", download: str = "") -> str:
    """A whole page: frame, navigation, table of contents (3+ sections) and ``body``;
    ``download`` (a file beside the page) is linked before the contents."""
    mark = ' aria-current="page"'
    links = "".join(f'<a href="{escape(href)}"{mark if href == current else ""}>{escape(text)}</a>'
                    for href, text in nav)
    body = _wrap_tables(body)
    body, toc = _contents(body, lang)
    if download:
        text = "下载本区全部数据（CSV，含出处）" if lang == "zh" else "Download all numbers of this district (CSV, with sources)"
        toc = f'<p><a href="{escape(download)}" download>{text}</a></p>' + toc
    return (f'<!DOCTYPE html>\n<html lang="{lang_attr(lang)}"><head><meta charset="utf-8">'
            f'<meta name="viewport" content="width=device-width, initial-scale=1">'
            f"<title>{escape(title)}</title><style>{STYLE}</style></head>\n"
            f'<body><nav class="site" aria-label="{"网站导航" if lang == "zh" else "Site"}">{links}</nav>\n'
            f"<main>{_after_h1(body, toc)}"
            f"{f'<footer>{footer}</footer>' if footer else ''}</main></body></html>\n")


def notebook_body(notebook) -> str:
    """The outputs of an executed notebook as HTML (code and prompts left out)."""
    parts = []
    for cell in notebook.cells:
        if cell.cell_type == "markdown":
            continue
        for output in cell.get("outputs", []):
            kind = output.get("output_type")
            if kind == "stream" and output.get("name") == "stdout":
                parts.append(f"<pre>{escape(''.join(output.get('text', '')))}</pre>")
            elif kind in ("display_data", "execute_result"):
                parts.append(_display(output))
    return "\n".join(p for p in parts if p)


def _display(output) -> str:
    data, meta = output.get("data", {}), output.get("metadata", {})
    if "text/html" in data:
        html = data["text/html"]
        return "".join(html) if isinstance(html, list) else html
    if "image/svg+xml" in data:
        svg = data["image/svg+xml"]
        return "".join(svg) if isinstance(svg, list) else svg
    if "image/png" in data:
        info = meta.get("image/png", {})
        alt = info.get("alt", "")
        width = f' width="{int(info["width"])}"' if info.get("width") else ""
        return f'<p><img src="data:image/png;base64,{data["image/png"].strip()}" alt="{escape(alt)}"{width}></p>'
    return ""


_TABLE_RE = re.compile(r"(<table\b.*?</table>)", re.S)


def _wrap_tables(body: str) -> str:
    return _TABLE_RE.sub(r'<div class="table-wrap">\1</div>', body)


_H2_RE = re.compile(r"<h2(\s[^>]*)?>(.*?)</h2>", re.S)


def _contents(body: str, lang: str) -> tuple[str, str]:
    """Give each h2 an id; a table of contents when there are three or more."""
    entries = []

    def anchor(match):
        attrs, inner = match.group(1) or "", match.group(2)
        found = re.search(r'id=["\']([^"\']+)["\']', attrs)
        ident = found.group(1) if found else f"s{len(entries) + 1}"
        entries.append((ident, re.sub(r"<[^>]+>", "", inner)))
        return match.group(0) if found else f'<h2 id="{ident}"{attrs}>{inner}</h2>'

    body = _H2_RE.sub(anchor, body)
    if len(entries) < 3:
        return body, ""
    items = "".join(f'<li><a href="#{escape(i)}">{t}</a></li>' for i, t in entries)
    heading = "目录" if lang == "zh" else "Contents"
    return body, f'<nav class="toc" aria-label="{heading}"><b>{heading}</b><ol>{items}</ol></nav>'


def _after_h1(body: str, toc: str) -> str:
    """The table of contents after the page's first heading block (its h1 and the paragraphs under it)."""
    if not toc:
        return body
    first_h2 = body.find("<h2")
    return body[:first_h2] + toc + body[first_h2:] if first_h2 >= 0 else body + toc
