"""Extraction quality under damage: the development set read again after each kind of damage.

Real documents reach users damaged in ways the development set shows only in
part. This benchmark applies one kind of damage at a time to every document of
a hand-coded development set (default ``../shared/realdocs``; the damaged
copies live in a temporary folder and are never kept), extracts them, scores
them against the same answer key and writes the fully-right share per damage
into the "Extraction under damage" section of benchmarks/RESULTS.md.

    .venv/bin/python benchmarks/bench_damage.py [--raw DIR --key FILE] [--only KIND ...]

The kinds of damage (each a function below):

- ``none``: the documents as they are;
- ``fullwidth``: ASCII digits, ``.`` and ``%`` as full-width forms;
- ``traditional``: the text converted to traditional characters (zhconv);
- ``crlf_bom``: Windows line ends and a byte-order mark;
- ``indent``: every paragraph indented by two ideographic spaces;
- ``page_numbers``: a page-number line (``- 3 -``) after every sixth line;
- ``hard_wrap``: every paragraph cut into lines of 56 display columns (28
  Chinese characters, the width of an official document's line), as text
  copied out of a PDF;
- ``html_entities``: the entities a careless scraper leaves (``&nbsp;`` for
  spaces and after every ，, ``&ldquo;``/``&rdquo;`` for quotes);
- ``thousands``: whole numbers of four digits or more written with thousands
  separators (``12,345万元``; years stay as they are);
- ``ascii_punctuation``: ，；：（） as their ASCII forms;
- ``random_wrap``: lines cut at random widths of 28-40 characters (no layout
  has this; the worst case for joining lines, for reference).
"""

from __future__ import annotations

import argparse
import random
import re
import shutil
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from results import update_section  # noqa: E402

from analysis.evaluate import evaluate  # noqa: E402
from analysis.extract import run  # noqa: E402
from analysis.extract.text import char_width  # noqa: E402

DEFAULT = HERE.parent.parent / "shared" / "realdocs"
_FULLWIDTH = str.maketrans({**{chr(48 + i): chr(0xFF10 + i) for i in range(10)}, ".": "．", "%": "％"})


def none(text: str, rnd: random.Random) -> str:
    return text


def fullwidth(text: str, rnd: random.Random) -> str:
    return text.translate(_FULLWIDTH)


def traditional(text: str, rnd: random.Random) -> str:
    import zhconv

    return zhconv.convert(text, "zh-hant")


def crlf_bom(text: str, rnd: random.Random) -> str:
    return "\ufeff" + text.replace("\n", "\r\n")


def indent(text: str, rnd: random.Random) -> str:
    return "\n".join("\u3000\u3000" + line if line.strip() else line for line in text.split("\n"))


def page_numbers(text: str, rnd: random.Random) -> str:
    out = []
    for k, line in enumerate(text.split("\n")):
        out.append(line)
        if k % 6 == 5:
            out += ["", f"- {k // 6 + 1} -", ""]
    return "\n".join(out)


def hard_wrap(text: str, rnd: random.Random | None, columns: int = 56) -> str:
    out = []
    for line in text.split("\n"):
        piece, width = "", 0
        for ch in line:
            w = char_width(ch)
            if width + w > columns:
                out.append(piece)
                piece, width = "", 0
            piece += ch
            width += w
        out.append(piece)
    return "\n".join(out)


def html_entities(text: str, rnd: random.Random) -> str:
    return text.replace(" ", "&nbsp;").replace("，", "，&nbsp;").replace("“", "&ldquo;").replace("”", "&rdquo;")


def thousands(text: str, rnd: random.Random) -> str:
    def separated(m):
        number = m.group(0)
        return number if len(number) == 4 and 1900 <= int(number) <= 2100 else f"{int(number):,}"   # years stay

    return re.sub(r"(?<![\d.,])\d{4,}(?![\d.])", separated, text)


def ascii_punctuation(text: str, rnd: random.Random) -> str:
    return text.translate(str.maketrans("，；：（）", ",;:()"))


def random_wrap(text: str, rnd: random.Random) -> str:
    out = []
    for line in text.split("\n"):
        while len(line) > 40:
            k = rnd.randint(28, 40)
            out.append(line[:k])
            line = line[k:]
        out.append(line)
    return "\n".join(out)


DAMAGE = {f.__name__: f for f in (none, fullwidth, traditional, crlf_bom, indent, page_numbers, hard_wrap,
                                  html_entities, thousands, ascii_punctuation, random_wrap)}


def damaged_copy(raw: Path, folder: Path, damage) -> None:
    """``raw`` copied into ``folder`` with every text file damaged (the manifest as it is)."""
    folder.mkdir(parents=True)
    for path in raw.iterdir():
        if path.suffix == ".txt":
            text = path.read_text(encoding="utf-8")
            (folder / path.name).write_text(damage(text, random.Random(path.name)), encoding="utf-8", newline="")
        elif path.is_file():
            shutil.copy(path, folder / path.name)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--raw", type=Path, default=DEFAULT / "raw")
    parser.add_argument("--key", type=Path, default=DEFAULT / "answer_key.csv")
    parser.add_argument("--only", nargs="+", choices=sorted(DAMAGE), default=list(DAMAGE))
    args = parser.parse_args()
    lines = ["| damage | fully right | found, a field wrong | missing | absent wrongly present |",
             "| --- | --- | --- | --- | --- |"]
    for name in args.only:
        with tempfile.TemporaryDirectory() as tmp:
            damaged_copy(args.raw, Path(tmp) / "raw", DAMAGE[name])
            run(Path(tmp) / "raw", Path(tmp) / "clean")
            rows = evaluate(Path(tmp) / "clean", args.key).rows
        present = rows[rows.expect == "present"]
        absent = rows[rows.expect == "absent"]
        right = int((present.result == "fully_right").sum())
        lines.append(f"| {name} | {right} of {len(present)} ({right / len(present):.1%}) | "
                     f"{int((present.result == 'wrong_fields').sum())} | {int((present.result == 'missing').sum())} | "
                     f"{int((absent.result == 'wrongly_present').sum())} of {len(absent)} |")
        print(lines[-1], flush=True)
    body = ("Command: `.venv/bin/python benchmarks/bench_damage.py` (the development set `../shared/realdocs`, "
            "damaged in a temporary folder one kind at a time; the kinds are described in the script's "
            "docstring).\n\n" + "\n".join(lines) + "\n\n"
            "`hard_wrap` is text cut at a fixed width, as copied out of a PDF (56 display columns); "
            "`random_wrap` cuts at random widths, which no layout does, and is kept as the worst case.")
    update_section("Extraction under damage", body)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
