"""The raw corpus: the manifest ``sources.csv`` and the documents it lists.

The manifest has exactly these columns first (more may follow)::

    file, doc_id, district, city, province, doc_kind, published, title

and optionally ``sha256``, the recorded checksum of the file, and ``url``,
where the document was downloaded from. Raw data is immutable: nothing here
writes into the raw folder (``python -m analysis add`` appends to the manifest:
:mod:`analysis.extract.add`).

A document is a plain-text file (UTF-8, GB18030/GBK, BOM, any line ending) or,
chosen by its content (magic bytes), a saved web page, a PDF with a text layer
or a Word ``.docx`` file, read by :mod:`analysis.extract.formats` into a text
rendition whose lines ``line`` refers to.

The raw folder is a boundary: a listed ``file`` must be a plain relative path
to a regular file inside it (no ``..``, no absolute path, no symlink leading
out, no directory, device or pipe). :func:`raw_file` is the one check, for the
manifest and for any other way a file enters the corpus.
"""

from __future__ import annotations

import csv
import datetime
import hashlib
import os
import re
import stat
from dataclasses import dataclass
from pathlib import Path

from analysis.errors import InputError

MANIFEST = "sources.csv"
REQUIRED_COLUMNS = ("file", "doc_id", "district", "city", "province", "doc_kind",
                    "published", "title")
DOC_KINDS = ("plan", "feature", "notice", "bulletin", "work_report")
_PUBLISHED_RE = re.compile(r"^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$")
_LINE_BREAK = re.compile(r"\r\n|\n|\r")
_DOC_ID_RE = re.compile(r"^[a-z0-9][a-z0-9_-]*$")


@dataclass(frozen=True)
class Source:
    """One row of the manifest."""

    file: str
    doc_id: str
    district: str
    city: str
    province: str
    doc_kind: str
    published: str
    title: str
    sha256: str = ""
    manifest_line: int = 0
    url: str = ""

    @property
    def published_year(self) -> int:
        """The year of ``published``."""
        return int(self.published[:4])


@dataclass(frozen=True)
class Document:
    """A raw document read into lines (1-based numbering: ``lines[0]`` is line 1)."""

    source: Source
    path: Path
    lines: tuple[str, ...]
    encoding: str
    sha256: str
    input_type: str = "text"      # text, html, pdf or docx (analysis.extract.formats)
    tables: tuple = ()            # formats.GridTable: tables read as tables (not from text)
    notices: tuple = ()           # formats.Notice: what the reader flags (charset mismatch...)

    @property
    def doc_id(self) -> str:
        return self.source.doc_id


def read_manifest(raw_dir: str | Path) -> list[Source]:
    """Read and check ``RAW_DIR/sources.csv``; one :class:`Source` a row.

    Raises
    ------
    InputError
        Naming the manifest and the line: a missing column, an empty required
        cell, a duplicate doc_id, an unknown doc_kind, a bad date or a listed
        file that does not exist.
    """
    raw_dir = Path(raw_dir)
    path = raw_dir / MANIFEST
    if not path.is_file():
        raise InputError("manifest not found", str(path))
    raw_file(raw_dir, MANIFEST, str(path))          # no manifest symlinked from elsewhere
    with path.open(encoding="utf-8-sig", newline="") as handle:
        reader = csv.DictReader(handle)
        header = reader.fieldnames or []
        missing = [c for c in REQUIRED_COLUMNS if c not in header]
        if missing:
            raise InputError(f"missing required column(s): {', '.join(missing)}", str(path), 1)
        if tuple(header[: len(REQUIRED_COLUMNS)]) != REQUIRED_COLUMNS:
            raise InputError(
                f"the first columns must be {', '.join(REQUIRED_COLUMNS)}; found {', '.join(header)}",
                str(path), 1)
        sources: list[Source] = []
        seen: dict[str, int] = {}
        for row in reader:
            line = reader.line_num
            sources.append(_check_row(row, path, line, raw_dir, seen))
    if not sources:
        raise InputError("the manifest lists no document", str(path))
    return sources


def _check_row(row: dict, path: Path, line: int, raw_dir: Path, seen: dict[str, int]) -> Source:
    values = {c: (row.get(c) or "").strip() for c in REQUIRED_COLUMNS}
    for column, value in values.items():
        if not value:
            raise InputError(f"empty {column}", str(path), line)
    doc_id = values["doc_id"]
    if not _DOC_ID_RE.match(doc_id):
        raise InputError(f"doc_id {doc_id!r} must be lower-case letters, digits, _ or -",
                         str(path), line)
    if doc_id in seen:
        raise InputError(f"duplicate doc_id {doc_id!r} (first on line {seen[doc_id]})",
                         str(path), line)
    seen[doc_id] = line
    if values["doc_kind"] not in DOC_KINDS:
        raise InputError(f"unknown doc_kind {values['doc_kind']!r}; expected one of "
                         f"{', '.join(DOC_KINDS)}", str(path), line)
    if not _valid_date(values["published"]):
        raise InputError(f"bad published date {values['published']!r}; expected YYYY, "
                         "YYYY-MM or YYYY-MM-DD", str(path), line)
    raw_file(raw_dir, values["file"], str(path), line)
    return Source(**values, sha256=(row.get("sha256") or "").strip().lower(), manifest_line=line,
                  url=(row.get("url") or "").strip())


def check_row(row: dict, manifest: Path, line: int, raw_dir: Path, seen: dict[str, int]) -> Source:
    """Every check :func:`read_manifest` makes on one row (``seen``: doc_id -> line of the rows
    above); the :class:`Source`, or :class:`InputError` naming ``manifest`` and ``line``."""
    return _check_row(row, manifest, line, raw_dir, seen)


def raw_file(raw_dir: str | Path, name: str, where: str | None = None,
             line: int | None = None) -> Path:
    """The path of ``name`` inside ``raw_dir``, checked to stay inside it.

    ``name`` must be a plain relative path (``/`` separators, no ``..``, no
    absolute path, no backslash or control character) that resolves, symlinks
    followed, to a regular file inside ``raw_dir``. ``where`` and ``line`` name
    the place that gave ``name`` (the manifest and its line) in the error.

    Raises
    ------
    InputError
        Naming ``where:line``: ``file '../x' is outside data/raw``, ``is not a
        regular file`` or ``does not exist``.
    """
    outside = InputError(f"file {name!r} is outside {raw_dir}", where, line)
    pure = Path(name)
    if (not name or pure.is_absolute() or ".." in pure.parts or "\\" in name
            or any(ord(c) < 32 for c in name)):
        raise outside
    root = Path(raw_dir).resolve()
    try:
        resolved = (Path(raw_dir) / pure).resolve()
    except (RuntimeError, OSError):          # a symlink loop
        raise InputError(f"file {name!r} is a symlink that resolves nowhere", where, line) from None
    if resolved != root and root not in resolved.parents:
        raise outside
    try:
        mode = os.stat(resolved).st_mode
    except FileNotFoundError:
        raise InputError(f"listed file {name!r} does not exist in {raw_dir}", where, line) from None
    except OSError as err:
        raise InputError(f"file {name!r} cannot be read: {err.strerror}", where, line) from None
    if not stat.S_ISREG(mode):
        raise InputError(f"file {name!r} is not a regular file", where, line)
    return resolved


def _valid_date(text: str) -> bool:
    m = _PUBLISHED_RE.match(text)
    if not m:
        return False
    year, month, day = m.groups()
    if month is not None and not 1 <= int(month) <= 12:
        return False
    if day is not None:
        try:
            datetime.date(int(year), int(month), int(day))
        except ValueError:
            return False
    return True


def sha256_of(path: str | Path) -> str:
    """The sha256 hex digest of a file."""
    return hashlib.sha256(Path(path).read_bytes()).hexdigest()


def read_document(raw_dir: str | Path, source: Source) -> Document:
    """Read one listed document into lines.

    UTF-8 (with or without a BOM) is tried first, then GB18030 (a superset of
    GBK and GB2312, common on Chinese government sites). Line endings of any
    kind are accepted.

    Raises
    ------
    InputError
        An empty or binary file, a checksum that differs from the manifest, or
        bytes that no supported encoding reads (with the line of the first one).
    """
    path = Path(raw_dir) / source.file
    resolved = raw_file(raw_dir, source.file, str(Path(raw_dir) / MANIFEST), source.manifest_line or None)
    data = resolved.read_bytes()
    digest = hashlib.sha256(data).hexdigest()
    if source.sha256 and digest != source.sha256:
        raise InputError(f"sha256 {digest} differs from the manifest's {source.sha256}: "
                         "raw files are immutable", str(path))
    if not data.strip():
        raise InputError("empty file", str(path))
    from analysis.extract.formats import detect_input_type, read_formatted

    input_type = detect_input_type(data, path)
    if input_type != "text":
        return read_formatted(source, path, data, digest, input_type)
    if b"\x00" in data:
        line = data[: data.index(b"\x00")].count(b"\n") + 1
        raise InputError("binary file (NUL byte): not a text document", str(path), line)
    text, encoding = _decode(data, path)
    return Document(source, path, split_lines(text), encoding, digest)


def split_lines(text: str) -> tuple[str, ...]:
    """Split on CRLF, LF or CR only, as editors number lines (not on \\x0c, \\u2028...)."""
    lines = _LINE_BREAK.split(text)
    if lines and lines[-1] == "":
        lines.pop()
    return tuple(lines)


def _decode(data: bytes, path: Path) -> tuple[str, str]:
    if data.startswith(b"\xef\xbb\xbf"):
        try:
            return data[3:].decode("utf-8"), "utf-8-sig"
        except UnicodeDecodeError as err:
            raise InputError("invalid UTF-8 after a UTF-8 BOM", str(path),
                             data[: 3 + err.start].count(b"\n") + 1) from None
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError as utf8_error:
        try:
            return data.decode("gb18030"), "gb18030"
        except UnicodeDecodeError:
            line = data[: utf8_error.start].count(b"\n") + 1
            raise InputError("undecodable bytes: neither UTF-8 nor GB18030", str(path),
                             line) from None
