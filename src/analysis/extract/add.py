"""``python -m analysis add FILE ...``: add one document to the raw corpus in one command.

The rules, in plain words:

- Everything is checked before anything is written: the arguments (a known
  ``--kind``, a ``--published`` date, a ``--doc-id`` of lower-case letters,
  digits, ``_`` or ``-`` not already in the manifest, an ``http(s)`` ``--url``),
  the manifest already there (every check ``extract`` makes), the new row
  (the same checks, on the row as it will be written) and the document
  itself (read as ``extract`` reads it: its type from its content, a saved
  page, a PDF with a text layer, a readable Word file or text).
- A file whose sha256 is already in the raw folder is refused, naming the
  doc_id that has it. Nothing is ever overwritten.
- The file is copied into the raw folder under a plain name,
  ``NNN_<first 16 hex digits of the sha256><extension>`` (NNN the next free
  number; the extension the lower-case one of the file), so the manifest only
  ever names plain files inside the raw folder.
- Without ``--doc-id`` one is proposed: the district's pinyin, the kind and
  the year (``changjiang_plan_2022``), with ``_2``, ``_3`` ... when taken.
- The row is appended to ``sources.csv`` with the file's sha256 and ``url``;
  a manifest without the ``sha256`` or ``url`` column gains it (empty for the
  rows already there); a folder without a manifest gets one. The manifest is
  replaced atomically; if that fails the copied file is removed.
- A bad argument exits 2 with the reason (:class:`UsageError`); a document
  that cannot be read exits 1 naming the file and what to do (:class:`InputError`).
"""

from __future__ import annotations

import csv
import io
import os
import re
import shutil
import tempfile
from dataclasses import dataclass
from pathlib import Path

from analysis.errors import InputError, UsageError
from analysis.extract.sources import (
    DOC_KINDS, MANIFEST, REQUIRED_COLUMNS, check_row, read_document, read_manifest, sha256_of,
)

DEFAULT_RAW = Path("data/raw")
OPTIONAL_COLUMNS = ("sha256", "url")
_URL_RE = re.compile(r"^https?://\S+$")
_NUMBERED_RE = re.compile(r"^(\d{3,})_")


@dataclass(frozen=True)
class Added:
    """What :func:`add` wrote."""

    doc_id: str
    file: str
    sha256: str
    input_type: str
    manifest: Path


def add(file: str | Path, district: str, city: str, province: str, kind: str, published: str,
        title: str | None = None, url: str = "", doc_id: str | None = None,
        raw_dir: str | Path = DEFAULT_RAW) -> Added:
    """Copy ``file`` into ``raw_dir`` and append its validated row to the manifest."""
    source_path = Path(file)
    raw_dir = Path(raw_dir)
    if not source_path.is_file():
        raise UsageError(f"{source_path}: no such file")
    if raw_dir.exists() and not raw_dir.is_dir():
        raise UsageError(f"--raw {raw_dir}: not a folder")
    for name, value in (("--district", district), ("--city", city), ("--province", province),
                        ("--published", published)):
        if not value or not value.strip():
            raise UsageError(f"{name} is empty")
    if kind not in DOC_KINDS:
        raise UsageError(f"--kind {kind!r} is not one of {', '.join(DOC_KINDS)}")
    if url and not _URL_RE.match(url):
        raise UsageError(f"--url {url!r} is not an http(s) address")
    manifest = raw_dir / MANIFEST
    existing = read_manifest(raw_dir) if manifest.is_file() else []
    digest = sha256_of(source_path)
    for source in existing:           # the recorded checksum when there is one (extract checks it)
        if (source.sha256 or sha256_of(raw_dir / source.file)) == digest:
            raise UsageError(f"{source_path}: already in {raw_dir} as doc_id {source.doc_id} "
                             f"({source.file}, same sha256)")
    taken = {s.doc_id for s in existing}
    if doc_id is None:
        doc_id = propose_doc_id(district, kind, published, taken)
    elif doc_id in taken:
        raise UsageError(f"--doc-id {doc_id!r} is already in {manifest}")
    target = _target_name(raw_dir, existing, digest, source_path.suffix.lower())
    header = _header(manifest)
    row = dict(file=target, doc_id=doc_id, district=district.strip(), city=city.strip(),
               province=province.strip(), doc_kind=kind, published=published.strip(),
               title=(title or source_path.stem).strip(), sha256=digest, url=url)
    seen = {s.doc_id: s.manifest_line for s in existing}
    with tempfile.TemporaryDirectory(prefix="analysis-add-") as staging:
        staged = Path(staging) / target
        shutil.copyfile(source_path, staged)
        try:
            source = check_row({k: str(v) for k, v in row.items()}, manifest, _next_line(manifest),
                               Path(staging), seen)
        except InputError as err:
            raise UsageError(err.message) from None
        try:
            document = read_document(staging, source)
        except InputError as err:                     # named as the user named the file
            raise InputError(err.message, str(source_path), err.line) from None
        text = _manifest_text(manifest, header, row)
        _write(raw_dir, staged, target, manifest, text)
    return Added(doc_id, target, digest, document.input_type, manifest)


def propose_doc_id(district: str, kind: str, published: str, taken: set[str]) -> str:
    """``<district pinyin>_<kind>_<year>``, with ``_2``, ``_3``... when taken."""
    from analysis.places import romanise

    stem = re.sub(r"[^a-z0-9]", "", romanise(district.strip()).split(" ")[0].lower()) or "doc"
    base = f"{stem}_{kind}_{published.strip()[:4]}"
    candidate, n = base, 1
    while candidate in taken:
        n += 1
        candidate = f"{base}_{n}"
    return candidate


def _target_name(raw_dir: Path, existing, digest: str, suffix: str) -> str:
    numbers = [int(m.group(1)) for s in existing if (m := _NUMBERED_RE.match(s.file))]
    if raw_dir.is_dir():
        numbers += [int(m.group(1)) for p in raw_dir.iterdir() if (m := _NUMBERED_RE.match(p.name))]
    suffix = suffix if re.fullmatch(r"\.[a-z0-9]{1,8}", suffix) else ""
    name = f"{max(numbers, default=-1) + 1:03d}_{digest[:16]}{suffix}"
    if (raw_dir / name).exists():
        raise UsageError(f"{raw_dir / name} already exists: raw files are never overwritten")
    return name


def _header(manifest: Path) -> list[str]:
    if not manifest.is_file():
        return [*REQUIRED_COLUMNS, *OPTIONAL_COLUMNS]
    with manifest.open(encoding="utf-8-sig", newline="") as handle:
        header = next(csv.reader(handle))
    return header + [c for c in OPTIONAL_COLUMNS if c not in header]


def _next_line(manifest: Path) -> int:
    if not manifest.is_file():
        return 2
    with manifest.open(encoding="utf-8-sig", newline="") as handle:
        reader = csv.reader(handle)
        for _ in reader:
            pass
        return reader.line_num + 1


def _manifest_text(manifest: Path, header: list[str], row: dict) -> str:
    """The manifest with ``row`` appended: unchanged bytes above it when no column is added."""
    out = io.StringIO()
    if manifest.is_file():
        text = manifest.read_bytes().decode("utf-8-sig")
        newline = "\r\n" if "\r\n" in text else "\n"
        with manifest.open(encoding="utf-8-sig", newline="") as handle:
            old_header = next(csv.reader(handle))
        if old_header == header:
            writer = csv.writer(out, lineterminator=newline)
            writer.writerow([row.get(c, "") for c in header])
            return text + ("" if text.endswith(("\n", "\r")) else newline) + out.getvalue()
        with manifest.open(encoding="utf-8-sig", newline="") as handle:
            rows = list(csv.DictReader(handle))
    else:
        newline, rows = "\n", []
    writer = csv.DictWriter(out, fieldnames=header, lineterminator=newline, extrasaction="raise")
    writer.writeheader()
    for old in rows:
        writer.writerow({c: old.get(c) or "" for c in header})
    writer.writerow({c: row.get(c, "") for c in header})
    return out.getvalue()


def _write(raw_dir: Path, staged: Path, target: str, manifest: Path, text: str) -> None:
    raw_dir.mkdir(parents=True, exist_ok=True)
    destination = raw_dir / target
    with staged.open("rb") as src, destination.open("xb") as dst:     # x: never overwrite
        shutil.copyfileobj(src, dst)
    try:
        fd, tmp = tempfile.mkstemp(prefix=f".{MANIFEST}.", dir=raw_dir)
        with os.fdopen(fd, "w", encoding="utf-8", newline="") as handle:
            handle.write(text)
        os.replace(tmp, manifest)
    except BaseException:
        destination.unlink(missing_ok=True)
        if "tmp" in locals():
            Path(tmp).unlink(missing_ok=True)
        raise
