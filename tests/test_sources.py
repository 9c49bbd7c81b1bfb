"""The raw corpus and its manifest."""

from __future__ import annotations

import csv
import os
import shutil
from pathlib import Path

import pytest

from analysis.errors import InputError
from analysis.extract.sources import REQUIRED_COLUMNS, raw_file, read_document, read_manifest, sha256_of

# Recorded when the seeds were copied from shared/seeds (sha256sum).
RECORDED = {
    "000_df46e90fe558d945.txt": "0c4f4732cb1e977bb523fa69138e15c4e9695de97ea12312d2333bfac2d3bb26",
    "001_f75e27135d344425.txt": "610b75ba9366e42afd11dc103839377ffb3d58716310784d5a9e0ff03ed1a6ab",
    "002_050ede3e1193824c.txt": "7c1e235e23d8b312d7158adf76a8021773722958cb997466dc15eb1757a7252d",
    "003_92046d1ee9d50d5a.txt": "4fc7c9229d5488402e7df216446fbb508c00e51ebd017487b01bee79b53f996e",
    "004_27fa458a6cee6f7a.txt": "9f61e3009267e7bbbf4c9b783b5fd30b0c44af187c77c652c1095e0ace06aaf2",
}


def test_manifest_columns_come_first_in_order(raw_dir):
    with (raw_dir / "sources.csv").open(encoding="utf-8") as handle:
        header = next(csv.reader(handle))
    assert tuple(header[: len(REQUIRED_COLUMNS)]) == REQUIRED_COLUMNS


def test_every_listed_file_exists_and_matches_its_checksum(raw_dir):
    sources = read_manifest(raw_dir)
    assert {s.file for s in sources} == set(RECORDED)
    for source in sources:
        path = raw_dir / source.file
        assert path.is_file()
        assert sha256_of(path) == RECORDED[source.file] == source.sha256


def test_what_is_known_of_the_seeds(raw_dir):
    by_file = {s.file[:3]: s for s in read_manifest(raw_dir)}
    assert (by_file["000"].district, by_file["000"].doc_kind, by_file["000"].published) == ("昌江区", "feature", "2022")
    assert (by_file["002"].district, by_file["002"].city, by_file["002"].published) == ("濂溪区", "九江市", "2022-11")
    assert (by_file["003"].doc_kind, by_file["003"].published) == ("plan", "2022-12-09")
    assert (by_file["004"].doc_kind, by_file["004"].published) == ("notice", "2021-08")
    assert {s.province for s in by_file.values()} == {"江西省"}


def test_documents_read_as_utf8_lines(raw_dir):
    source = next(s for s in read_manifest(raw_dir) if s.doc_kind == "plan")
    doc = read_document(raw_dir, source)
    assert doc.encoding == "utf-8"
    assert len(doc.lines) == 2093  # no newline after the last line
    assert doc.lines[3] == "昌江区国民经济和社会发展第十四个五年规划"


def _manifest(tmp_path: Path, rows: list[list[str]], header=None) -> Path:
    header = header or ["file", "doc_id", "district", "city", "province", "doc_kind", "published", "title"]
    (tmp_path / "a.txt").write_text("2021年，全区实现生产总值100亿元。\n", encoding="utf-8")
    with (tmp_path / "sources.csv").open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(header)
        writer.writerows(rows)
    return tmp_path


GOOD = ["a.txt", "a", "某区", "某市", "江西省", "feature", "2022", "t"]


@pytest.mark.parametrize("row, message, line", [
    (["missing.txt", *GOOD[1:]], "does not exist", 2),
    ([*GOOD[:5], "report", *GOOD[6:]], "unknown doc_kind", 2),
    ([*GOOD[:6], "2022-13", GOOD[7]], "bad published date", 2),
    ([*GOOD[:6], "22/11/2022", GOOD[7]], "bad published date", 2),
    ([GOOD[0], "", *GOOD[2:]], "empty doc_id", 2),
])
def test_bad_manifest_rows_name_file_and_line(tmp_path, row, message, line):
    raw = _manifest(tmp_path, [row])
    with pytest.raises(InputError) as err:
        read_manifest(raw)
    assert message in str(err.value)
    assert f"sources.csv:{line}" in str(err.value)


def test_duplicate_doc_id(tmp_path):
    raw = _manifest(tmp_path, [GOOD, GOOD])
    with pytest.raises(InputError, match=r"sources.csv:3: duplicate doc_id 'a' \(first on line 2\)"):
        read_manifest(raw)


def test_missing_required_column(tmp_path):
    raw = _manifest(tmp_path, [GOOD[:7]], header=["file", "doc_id", "district", "city", "province", "doc_kind", "published"])
    with pytest.raises(InputError, match="missing required column.*title"):
        read_manifest(raw)


@pytest.mark.parametrize("content, message", [(b"", "empty file"), (b"abc\n\x00\x01", "binary file")])
def test_unusable_documents(tmp_path, content, message):
    raw = _manifest(tmp_path, [GOOD])
    (raw / "a.txt").write_bytes(content)
    with pytest.raises(InputError, match=message):
        read_document(raw, read_manifest(raw)[0])


@pytest.mark.parametrize("encoding, expected", [("utf-8-sig", "utf-8-sig"), ("gb18030", "gb18030")])
def test_bom_and_gb18030_are_decoded(tmp_path, encoding, expected):
    raw = _manifest(tmp_path, [GOOD])
    (raw / "a.txt").write_bytes("第一行\r\n生产总值100亿元\r\n".encode(encoding))
    doc = read_document(raw, read_manifest(raw)[0])
    assert doc.encoding == expected
    assert doc.lines == ("第一行", "生产总值100亿元")


def test_changed_raw_file_is_refused(tmp_path, raw_dir):
    shutil.copytree(raw_dir, tmp_path / "raw")
    raw = tmp_path / "raw"
    target = raw / next(iter(RECORDED))
    target.chmod(0o644)
    target.write_text("tampered", encoding="utf-8")
    source = next(s for s in read_manifest(raw) if s.file == target.name)
    with pytest.raises(InputError, match="immutable"):
        read_document(raw, source)


# --- the raw folder is a boundary -------------------------------------------------------------

def _raw_with(tmp_path: Path, file: str) -> Path:
    raw = tmp_path / "raw"
    raw.mkdir()
    return _manifest(raw, [[file, *GOOD[1:]]])


@pytest.mark.parametrize("file", ["../../../../etc/passwd", "../secret.txt", "sub/../../secret.txt",
                                  "/etc/hostname", "sub\\..\\secret.txt"])
def test_a_manifest_cannot_name_a_file_outside_the_raw_folder(tmp_path, file):
    (tmp_path / "secret.txt").write_text("全区生产总值1亿元。\n", encoding="utf-8")
    (tmp_path / "raw" / "sub").mkdir(parents=True)
    raw = _manifest(tmp_path / "raw", [[file, *GOOD[1:]]])
    with pytest.raises(InputError) as err:
        read_manifest(raw)
    assert str(err.value) == f"{raw}/sources.csv:2: file {file!r} is outside {raw}"


def test_a_symlink_that_leads_out_is_refused_and_one_inside_is_read(tmp_path):
    (tmp_path / "secret.txt").write_text("全区生产总值1亿元。\n", encoding="utf-8")
    raw = _raw_with(tmp_path, "link.txt")
    (raw / "link.txt").symlink_to(tmp_path / "secret.txt")
    with pytest.raises(InputError, match=r"sources.csv:2: file 'link.txt' is outside"):
        read_manifest(raw)
    (raw / "link.txt").unlink()
    (raw / "link.txt").symlink_to(raw / "a.txt")
    assert read_document(raw, read_manifest(raw)[0]).lines == ("2021年，全区实现生产总值100亿元。",)


def test_a_directory_or_device_is_not_a_document(tmp_path):
    raw = _raw_with(tmp_path, "folder")
    (raw / "folder").mkdir()
    with pytest.raises(InputError, match=r"sources.csv:2: file 'folder' is not a regular file"):
        read_manifest(raw)
    (raw / "folder").rmdir()
    (raw / "folder").symlink_to("/dev/zero")
    with pytest.raises(InputError, match=r"sources.csv:2: file 'folder' is outside"):
        read_manifest(raw)
    (raw / "folder").unlink()
    os.mkfifo(raw / "folder")
    with pytest.raises(InputError, match=r"sources.csv:2: file 'folder' is not a regular file"):
        read_manifest(raw)


def test_a_symlink_loop_is_one_clear_line(tmp_path):
    raw = _raw_with(tmp_path, "loop.txt")
    (raw / "loop.txt").symlink_to(raw / "loop.txt")
    with pytest.raises(InputError, match=r"sources.csv:2: file 'loop.txt'"):
        read_manifest(raw)


def test_reading_a_document_checks_the_boundary_again(tmp_path):
    raw = _manifest(tmp_path, [GOOD])
    source = read_manifest(raw)[0]
    (raw / "a.txt").unlink()
    (raw / "a.txt").symlink_to("/etc/hostname")        # swapped after the manifest was read
    with pytest.raises(InputError, match=r"sources.csv:2: file 'a.txt' is outside"):
        read_document(raw, source)


def test_raw_file_is_the_one_check_for_any_input(tmp_path):
    raw = _manifest(tmp_path, [GOOD])
    assert raw_file(raw, "a.txt") == (raw / "a.txt").resolve()
    with pytest.raises(InputError, match=r"^file '\.\./x' is outside"):
        raw_file(raw, "../x")


def test_the_manifest_itself_cannot_lead_out(tmp_path):
    elsewhere = _manifest(tmp_path, [GOOD])
    raw = tmp_path / "raw"
    raw.mkdir()
    (raw / "sources.csv").symlink_to(elsewhere / "sources.csv")
    with pytest.raises(InputError, match=r"raw/sources.csv: file 'sources.csv' is outside"):
        read_manifest(raw)
