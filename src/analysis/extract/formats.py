"""Documents as users have them: saved web pages, PDF and Word files, read into a text rendition.

The rules, in plain words:

- **The type comes from the content** (magic bytes), never from the name
  alone: ``%PDF-`` is a PDF; a zip holding ``word/document.xml`` is a Word
  ``.docx``; text opening with HTML markup (``<!DOCTYPE html``, ``<html``,
  ``<head``, ``<body``, ``<meta``, ``<table`` ...) is a saved web page; any
  other text is plain text (read as before by
  :func:`analysis.extract.sources.read_document`). The extension must agree
  with the content (:data:`EXTENSIONS`; plain text may have any other
  extension): when it does not, nothing is read and one line says what to
  rename. An old Word ``.doc``, another zip (``.xlsx`` ...), a PDF without a
  text layer (scanned), an encrypted or damaged file are refused the same way,
  each with what to do.
- **Every reader gives blocks in reading order**: paragraphs and tables. The
  *text rendition* puts one paragraph a line with a blank line between blocks
  (a line break inside a paragraph kept; spaces at the ends of a line dropped,
  tabs kept, so a table laid out with tabs in Word is read as in text),
  and a table one row a line, its cells separated by a tab (a cell covered by
  a span left empty, as a table copied from Word is pasted), so a reviewer
  finds every cell by its line. ``line`` in every clean table refers to the
  rendition; the extract stage writes it to ``CLEAN/text/<doc_id>.txt``.
- **Tables are handed over as tables** (:attr:`Document.tables`, one
  :class:`GridTable` each, spans expanded: a covered slot is None); the table
  stage builds them from their cells (:mod:`analysis.extract.tables.grid`),
  no cutting of text into cells.
- **Saved web pages**: the encoding is the BOM's, else UTF-8 when the bytes
  are valid UTF-8, else the charset the page declares (``<meta charset>``,
  ``http-equiv``, XML declaration), else GB18030; a declaration the bytes
  contradict is flagged ``charset_mismatch``. The main text is taken by
  trafilatura (navigation, footers and side bars left out; the page's first
  ``<h1>``, the document's title, is kept when trafilatura takes it for the
  page's title); every innermost
  ``<table>`` of two rows and two columns or more is read as a table
  (``colspan``/``rowspan`` expanded) and put back where it stood in the main
  text; a table trafilatura left out as boilerplate is flagged
  ``table_outside_main_text``. Link texts at the start or end of the main
  text are navigation, left out. A page whose main text is only link texts
  is refused (a list page or navigation: save the document's own page).
- **PDF**: pages are read one at a time (pdfplumber; each page's layout is
  released once read, so a long plan does not fill the memory). Tables come
  from pdfplumber's table finder (a table that goes on at the top of the next
  page with as many columns is one table, its repeated header row dropped; a
  "table" of one column or one row is a box drawn round text, such as a
  专栏: its lines are paragraphs);
  the rest of the page is read in lines. A running header or footer (the
  first or last line of a page, in the top or bottom eighth, that is a page
  number or repeats on two pages or more, digits aside) is dropped. Wrapped
  lines are joined: a line that reaches the right edge of the text column
  and does not end a sentence continues on the next line when that one is
  not indented and does not open a heading (第二章, 一、, （三）), a 专栏 box
  or a caption (表1), also across a page break.
- **Word .docx**: paragraphs and tables in document order (python-docx);
  merged cells (``gridSpan``, ``vMerge``) expanded.
"""

from __future__ import annotations

import io
import re
import zipfile
import zlib
from dataclasses import dataclass, field
from pathlib import Path
from statistics import median

from analysis.errors import InputError
from analysis.extract.text import SENTENCE_END

# The extensions each input type may have (text: any extension no other type claims).
EXTENSIONS = {
    "html": (".html", ".htm", ".shtml"),
    "pdf": (".pdf",),
    "docx": (".docx",),
}
INPUT_TYPES = ("text", "html", "pdf", "docx")
# What each type is called in messages.
TYPE_NAMES = {"text": "plain text", "html": "a saved web page (HTML)", "pdf": "a PDF",
              "docx": "a Word .docx file"}

_HTML_START = re.compile(rb"^\s*(?:<\?xml[^>]*>\s*)?(?:<!--.*?-->\s*)*"
                         rb"<(?:!doctype\s+html|html|head|body|meta|title|table|div|p)\b",
                         re.IGNORECASE | re.DOTALL)
_DECLARED_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([a-zA-Z0-9_.:-]+)"""
                               rb"""|<\?xml[^>]+encoding\s*=\s*["']([a-zA-Z0-9_.:-]+)""",
                               re.IGNORECASE)
# A page number or running footer alone on its line: 12, - 12 -, 第 3 页, 第3页 共20页, 3/20.
PAGE_NUMBER_RE = re.compile(
    r"^(?:\d{1,4}|[-—–－]\s*\d{1,4}\s*[-—–－]|第\s*\d{1,4}\s*页(?:\s*[,，]?\s*共\s*\d{1,4}\s*页)?"
    r"|\d{1,4}\s*/\s*\d{1,4})$")
_SPACES = " \u3000\u00a0\r\n"      # stripped from the ends of a line (tabs are kept: tab layouts)
_TABLE_MARKER = "ANALYSISTABLE{:05d}MARKER"
_TABLE_MARKER_RE = re.compile(r"^ANALYSISTABLE(\d{5})MARKER$")


@dataclass(frozen=True)
class GridTable:
    """A table read as a table: ``cells[k]`` is the row on rendition line ``line + k``.

    Spans are expanded: a slot covered by a cell spanning from the left or from
    above is None; every row has the same number of slots.
    """

    line: int
    cells: tuple[tuple[str | None, ...], ...]


@dataclass(frozen=True)
class Notice:
    """Something a reader noticed, to be flagged on the document (line may be None)."""

    line: int | None
    kind: str
    severity: str
    detail: str
    text: str = ""


@dataclass
class Rendition:
    """The text rendition being built: lines, the tables in it and the reader's notices."""

    lines: list[str] = field(default_factory=list)
    tables: list[GridTable] = field(default_factory=list)
    notices: list[Notice] = field(default_factory=list)

    def _gap(self) -> None:
        if self.lines and self.lines[-1] != "":
            self.lines.append("")

    def paragraph(self, text: str) -> None:
        """One paragraph: each of its lines on a line of its own, a blank line before it."""
        pieces = [p.strip(_SPACES) for p in re.split(r"\r\n|\n|\r|\u2028|\u2029|\x0b", text)]
        pieces = [p for p in pieces if p.strip()]
        if pieces:
            self._gap()
            self.lines.extend(pieces)

    def table(self, rows: list[list[str | None]]) -> None:
        """One table, one row a line with its cells tab-separated; a table of one row or one
        column is not a table: its cells are paragraphs."""
        grid = _tidy_grid(rows)
        if len(grid) < 2 or len(grid[0]) < 2:
            # a box drawn round text (a 专栏, a single row): its lines are paragraphs, as printed
            for row in rows:
                for cell in row:
                    if cell:
                        self.paragraph(cell)
            return
        self._gap()
        self.tables.append(GridTable(len(self.lines) + 1, tuple(tuple(r) for r in grid)))
        self.lines.extend("\t".join(c or "" for c in row) for row in grid)

    def text(self) -> str:
        """The rendition as written to CLEAN/text/<doc_id>.txt."""
        lines = list(self.lines)
        while lines and lines[-1] == "":
            lines.pop()
        return "\n".join(lines) + "\n"


def cell_text(text: str | None) -> str | None:
    """A cell's text on one line: wrapped lines joined without a separator (Chinese wraps
    mid-word), tabs and runs of spaces made one space."""
    if text is None:
        return None
    joined = "".join(part.strip() for part in re.split(r"\r\n|\n|\r", text))
    return " ".join(joined.replace("\t", " ").split())


def _tidy_grid(rows: list[list[str | None]]) -> list[list[str | None]]:
    """Rows of equal width with one-line cells; empty rows and columns left out."""
    width = max((len(r) for r in rows), default=0)
    grid = [[cell_text(c) for c in r] + [""] * (width - len(r)) for r in rows]
    grid = [r for r in grid if any(r)]
    keep = [j for j in range(width) if any(r[j] for r in grid)]
    return [[r[j] for j in keep] for r in grid]


# --- type detection ---------------------------------------------------------------------------


def detect_input_type(data: bytes, path: str | Path) -> str:
    """The input type of a file from its content: text, html, pdf or docx.

    Raises :class:`InputError` (naming the file and what to do) for a type the
    suite does not read or an extension that disagrees with the content.
    """
    path = Path(path)
    suffix = path.suffix.lower()
    head = data[:4096]
    if head.lstrip()[:5] == b"%PDF-":
        found = "pdf"
    elif head.startswith(b"PK\x03\x04"):
        found = "docx" if _is_docx(data) else None
        if found is None:
            raise InputError("a zip archive that is not a Word .docx file (a spreadsheet or "
                             "presentation?): save the document as .docx, PDF or HTML", str(path))
    elif head.startswith(b"\xd0\xcf\x11\xe0"):
        raise InputError("an old Word .doc (or other Office 97) file: open it and save it "
                         "as .docx (or PDF)", str(path))
    elif _HTML_START.match(head.lstrip(b"\xef\xbb\xbf")) and b"<" in head:
        found = "html"
    else:
        found = "text"
    claimed = next((kind for kind, exts in EXTENSIONS.items() if suffix in exts), "text")
    if claimed != found:
        expected = EXTENSIONS[found][0] if found in EXTENSIONS else ".txt"
        raise InputError(f"the extension {suffix or '(none)'} says {TYPE_NAMES[claimed]} but the "
                         f"content is {TYPE_NAMES[found]}: rename the file to {expected}", str(path))
    return found


def _is_docx(data: bytes) -> bool:
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            return "word/document.xml" in archive.namelist()
    except zipfile.BadZipFile:
        return b"word/" in data[:4096]    # a truncated .docx: the reader says it is damaged


def read_formatted(source, path: Path, data: bytes, digest: str, input_type: str):
    """Read an HTML, PDF or DOCX document into a :class:`~analysis.extract.sources.Document`
    whose lines are its text rendition."""
    from analysis.extract.sources import Document

    reader = {"html": read_html, "pdf": read_pdf, "docx": read_docx}[input_type]
    rendition, encoding = reader(data, path)
    if not any(line.strip() for line in rendition.lines):
        raise InputError(f"no text found in {TYPE_NAMES[input_type]}", str(path))
    text = rendition.text()
    return Document(source, path, tuple(text.split("\n")[:-1]), encoding, digest,
                    input_type=input_type, tables=tuple(rendition.tables),
                    notices=tuple(rendition.notices))


# --- HTML -------------------------------------------------------------------------------------


def decode_html(data: bytes, path: Path) -> tuple[str, str, Notice | None]:
    """The page's text, the encoding used and a ``charset_mismatch`` notice (or None)."""
    if data.startswith(b"\xef\xbb\xbf"):
        return data[3:].decode("utf-8", errors="strict"), "utf-8-sig", None
    m = _DECLARED_CHARSET.search(data[:4096])
    declared = (m.group(1) or m.group(2)).decode("ascii").lower() if m else ""
    declared = {"gb2312": "gb18030", "gbk": "gb18030", "x-gbk": "gb18030", "utf8": "utf-8"}.get(declared, declared)
    candidates = ["utf-8"] + ([declared] if declared else []) + ["gb18030"]
    for encoding in candidates:
        try:
            text = data.decode(encoding)
        except (UnicodeDecodeError, LookupError):
            continue
        notice = None
        if declared and not _same_charset(declared, encoding) and not data.isascii():
            notice = Notice(None, "charset_mismatch", "warning",
                            f"the page declares charset {declared} but its bytes are not "
                            f"{declared}: read as {encoding}", declared)
        return text, encoding, notice
    raise InputError("undecodable bytes: neither UTF-8, the declared charset nor GB18030", str(path))


def _same_charset(declared: str, used: str) -> bool:
    chinese = {"gbk", "gb18030", "cp936"}
    return declared == used or (declared in chinese and used in chinese)


def read_html(data: bytes, path: Path) -> tuple[Rendition, str]:
    """A saved web page: its main text (trafilatura) and its tables, in order."""
    import lxml.html
    import trafilatura
    from lxml import etree

    text, encoding, notice = decode_html(data, path)
    text = re.sub(r"^\s*<\?xml[^>]*>", "", text)
    try:
        tree = lxml.html.document_fromstring(text)
    except (etree.ParserError, ValueError) as err:
        raise InputError(f"not a readable web page ({err})", str(path)) from None
    links = {" ".join(a.text_content().split()) for a in tree.iter("a")}
    tables: dict[str, list[list[str | None]]] = {}
    for table in list(tree.iter("table")):
        if table.find(".//table") is not None:
            continue                      # a layout table around others: read its cells as text
        grid = html_table_grid(table)
        if len(grid) < 2 or max(len(r) for r in grid) < 2:
            continue
        marker = _TABLE_MARKER.format(len(tables) + 1)
        tables[marker] = grid
        placeholder = lxml.html.Element("p")
        placeholder.text = marker
        placeholder.tail = table.tail
        table.getparent().replace(table, placeholder)
    main = trafilatura.extract(lxml.html.tostring(tree, encoding="unicode"), output_format="txt",
                               include_tables=False, include_comments=False, include_links=False,
                               include_images=False, deduplicate=False, favor_recall=True)
    lines = [line.strip() for line in (main or "").splitlines() if line.strip()]
    lines = _trim_links(lines, links)
    heading = _first_heading(tree)
    if not lines and any(c and " ".join(c.split()) not in links
                         for grid in tables.values() for row in grid for c in row):
        lines = list(tables)              # a page that is only its table(s): trafilatura kept nothing
    if heading and lines and heading not in lines and heading not in links:
        lines.insert(0, heading)          # the document's title, which trafilatura may take as the page's
    words = [line for line in lines if not _TABLE_MARKER_RE.match(line)]
    if not words and not any(_TABLE_MARKER_RE.match(line) for line in lines):
        raise InputError("no main text in the page (navigation or a list of links only): save "
                         "the page of the document itself", str(path))
    rendition = Rendition()
    if notice is not None:
        rendition.notices.append(notice)
    used = set()
    for line in lines:
        if _TABLE_MARKER_RE.match(line) and line in tables:
            rendition.table(tables[line])
            used.add(line)
        else:
            rendition.paragraph(line)
    for marker, grid in tables.items():
        if marker not in used:
            first = " | ".join(c for c in grid[0] if c)
            rendition.notices.append(Notice(None, "table_outside_main_text", "info",
                                            f"a table of {len(grid)} rows outside the page's main text "
                                            "(navigation or side bar) was left out", first[:200]))
    return rendition, encoding


def _trim_links(lines: list[str], links: set[str]) -> list[str]:
    """Leave out the link texts (and | separators) before the first and after the last line
    that is neither: navigation trafilatura kept at the edges of the main text."""
    def navigation(line: str) -> bool:
        return line in links or not re.search(r"\w", line)

    body = [k for k, line in enumerate(lines) if not navigation(line)]
    return lines[body[0]: body[-1] + 1] if body else []


def _first_heading(tree) -> str:
    """The text of the page's first <h1> (else <h2>), the document's title on a saved page."""
    for tag in ("h1", "h2"):
        for element in tree.iter(tag):
            text = " ".join(element.text_content().split())
            if text:
                return text
    return ""


def html_table_grid(table) -> list[list[str | None]]:
    """The rows of an HTML table, ``colspan``/``rowspan`` expanded (a covered slot is None)."""
    rows = table.xpath("./tr|./thead/tr|./tbody/tr|./tfoot/tr")
    grid: list[list[str | None]] = []
    pending: dict[tuple[int, int], bool] = {}     # (row, column) covered by a span from above
    for r, tr in enumerate(rows):
        row: list[str | None] = []
        col = 0
        for td in tr.xpath("./td|./th"):
            while pending.pop((r, col), False):
                row.append(None)
                col += 1
            span = _span(td.get("colspan"))
            down = _span(td.get("rowspan"))
            text = "".join(_cell_texts(td))
            for j in range(span):
                row.append(text if j == 0 else None)
                for k in range(1, down):
                    pending[(r + k, col + j)] = True
            col += span
        while pending.pop((r, col), False):
            row.append(None)
            col += 1
        grid.append(row)
    width = max((len(r) for r in grid), default=0)
    return [r + [""] * (width - len(r)) for r in grid]


def _cell_texts(element):
    """The text of a cell, a <br> or block child breaking the line (joined later)."""
    if element.text:
        yield element.text
    for child in element:
        if not isinstance(child.tag, str):        # a comment or processing instruction
            if child.tail:
                yield child.tail
            continue
        if child.tag in ("br", "p", "div"):
            yield "\n"
        if child.tag not in ("script", "style"):
            yield from _cell_texts(child)
        if child.tail:
            yield child.tail


def _span(value: str | None) -> int:
    try:
        return max(1, min(int(str(value).strip()), 100)) if value else 1
    except ValueError:
        return 1


# --- DOCX -------------------------------------------------------------------------------------


def read_docx(data: bytes, path: Path) -> tuple[Rendition, str]:
    """A Word .docx: paragraphs and tables in document order."""
    import docx
    from docx.opc.exceptions import PackageNotFoundError
    from lxml.etree import XMLSyntaxError

    try:
        document = docx.Document(io.BytesIO(data))
    except (zipfile.BadZipFile, PackageNotFoundError, KeyError, XMLSyntaxError, EOFError,
            zlib.error) as err:
        raise InputError(f"damaged or truncated Word file ({type(err).__name__}: {err}): open it in "
                         "Word or LibreOffice and save it again, or download it again", str(path)) from None
    rendition = Rendition()
    for block in document.iter_inner_content():
        if hasattr(block, "rows"):
            rendition.table(docx_table_grid(block))
        else:
            rendition.paragraph(block.text)
    return rendition, "utf-8"


def docx_table_grid(table) -> list[list[str | None]]:
    """The rows of a Word table, merged cells expanded (a covered slot is None)."""
    grid: list[list[str | None]] = []
    above: list = []
    for row in table.rows:
        cells = list(row.cells)
        out: list[str | None] = []
        for j, cell in enumerate(cells):
            tc = cell._tc
            if (j and cells[j - 1]._tc is tc) or (j < len(above) and above[j] is tc):
                out.append(None)
            else:
                out.append("\n".join(p.text for p in cell.paragraphs))
        above = [c._tc for c in cells]
        grid.append(out)
    return grid


# --- PDF --------------------------------------------------------------------------------------


@dataclass
class _Line:
    text: str
    x0: float
    x1: float
    top: float


@dataclass
class _Page:
    items: list           # _Line or list of rows (a table), top to bottom
    height: float
    left: float = 0.0
    right: float = 0.0
    char: float = 10.0


def read_pdf(data: bytes, path: Path) -> tuple[Rendition, str]:
    """A PDF with a text layer: pages streamed one at a time."""
    import pdfplumber
    from pdfminer.pdfdocument import PDFEncryptionError, PDFPasswordIncorrect
    from pdfminer.psparser import PSException
    from pdfplumber.utils.exceptions import PdfminerException

    pages: list[_Page] = []
    chars = 0
    try:
        with pdfplumber.open(io.BytesIO(data)) as pdf:
            for page in pdf.pages:
                read, n = _read_pdf_page(page)
                chars += n
                pages.append(read)
                page.close()              # release the page's layout objects
    except PdfminerException as err:
        cause = err.args[0] if err.args else err
        if isinstance(cause, (PDFPasswordIncorrect, PDFEncryptionError)) or "password" in str(cause).lower():
            raise InputError("encrypted PDF (a password is needed to open it): save an unprotected copy "
                             "(print to PDF) and add that", str(path)) from None
        raise InputError(f"damaged PDF ({type(cause).__name__}: {cause}): download it again",
                         str(path)) from None
    except (PSException, ValueError, KeyError, TypeError) as err:
        raise InputError(f"damaged PDF ({type(err).__name__}: {err}): download it again", str(path)) from None
    if chars == 0:
        raise InputError("no text layer (scanned?): OCR it first (for example ocrmypdf) and add "
                         "the OCR'd PDF", str(path))
    return _pdf_rendition(pages), "pdf"


def _read_pdf_page(page) -> tuple[_Page, int]:
    tables = page.find_tables()
    boxes = [t.bbox for t in tables]
    rest = page
    for box in boxes:
        rest = rest.outside_bbox(box)
    items: list[tuple[float, object]] = []
    lines = rest.extract_text_lines(return_chars=False, strip=True)
    for line in lines:
        if line["text"].strip():
            items.append((line["top"], _Line(line["text"].strip(), line["x0"], line["x1"], line["top"])))
    for table, box in zip(tables, boxes):
        items.append((box[1], table.extract()))
    items.sort(key=lambda item: item[0])
    widths = [(ln.x1 - ln.x0) / len(ln.text) for _, ln in items if isinstance(ln, _Line) and len(ln.text) > 4]
    text_lines = [ln for _, ln in items if isinstance(ln, _Line)]
    read = _Page([item for _, item in items], float(page.height))
    if text_lines:
        read.left = min(ln.x0 for ln in text_lines)
        read.right = max(ln.x1 for ln in text_lines)
        read.char = median(widths) if widths else 10.0
    return read, len(page.chars)


def _edge_key(text: str) -> str:
    return re.sub(r"\d+", "#", "".join(text.split()))


def _drop_running_lines(pages: list[_Page]) -> None:
    """Drop page numbers and running headers/footers at the top or bottom of each page."""
    def edges(page: _Page):
        found = []
        for item in page.items[:2]:
            if isinstance(item, _Line) and item.top < page.height / 8:
                found.append(item)
        for item in page.items[-2:]:
            if isinstance(item, _Line) and item.top > page.height * 7 / 8:
                found.append(item)
        return found

    counts: dict[str, int] = {}
    for page in pages:
        for key in {_edge_key(line.text) for line in edges(page)}:
            counts[key] = counts.get(key, 0) + 1
    for page in pages:
        drop = {id(line) for line in edges(page)
                if PAGE_NUMBER_RE.match(line.text.strip()) or counts[_edge_key(line.text)] >= 2}
        page.items = [item for item in page.items if id(item) not in drop]


def _pdf_rendition(pages: list[_Page]) -> Rendition:
    _drop_running_lines(pages)
    rendition = Rendition()
    paragraph: list[str] = []
    table: list[list[str | None]] | None = None
    previous: tuple[_Page, _Line] | None = None   # the last text line read and its page

    def flush_paragraph():
        if paragraph:
            rendition.paragraph("".join(paragraph))
            paragraph.clear()

    def flush_table():
        nonlocal table
        if table is not None:
            rendition.table(table)
            table = None

    table_page: _Page | None = None
    for page in pages:
        for index, item in enumerate(page.items):
            if isinstance(item, _Line):
                flush_table()
                if paragraph and previous is not None and _continues(previous, page, item):
                    paragraph.append(item.text)
                else:
                    flush_paragraph()
                    paragraph.append(item.text)
                previous = (page, item)
            else:
                flush_paragraph()
                previous = None
                rows = [list(r) for r in item]
                if (table is not None and index == 0 and table_page is not page and rows
                        and len(rows[0]) == len(table[0])):
                    # the table goes on at the top of the next page
                    if [cell_text(c) for c in rows[0]] == [cell_text(c) for c in table[0]]:
                        rows = rows[1:]               # the header repeated after a page break
                    table.extend(rows)
                else:
                    flush_table()
                    table = rows
                table_page = page
    flush_table()
    flush_paragraph()
    return rendition


def _continues(previous: tuple[_Page, _Line], page: _Page, line: _Line) -> bool:
    """Whether ``line`` continues the wrapped line before it (on this page or the last): the
    line before reaches the right edge of the text and does not end a sentence, and this one
    is not indented and does not open a heading, a 专栏 box or a caption."""
    from analysis.extract.tables.common import BOX_RE, HEADING_RE
    from analysis.extract.tables.layouts import OUTLINE_RE

    last_page, last = previous
    full = last.x1 >= last_page.right - 1.5 * last_page.char
    indented = line.x0 > page.left + 0.8 * page.char
    opens = any(pattern.match(line.text) for pattern in (HEADING_RE, BOX_RE, OUTLINE_RE))
    return full and not indented and not opens and not last.text.endswith(SENTENCE_END)
