"""Benchmark: extraction speed per input type, and memory on a long PDF (issue 14).

    python benchmarks/bench_formats.py [--rounds 20] [--pages 40 400]

1. Documents a second for each input type (.txt, .html, .docx, .pdf) on the
   fixtures of tests/fixtures/forms (a plan extract with an indicator table, a
   feature, a notice with a firm list and a task table): reading the raw file
   (and its rendition) plus extracting its rows, ``--rounds`` times, in one
   process.
2. A long PDF (a plan of hundreds of pages: the fixture plan's blocks and the
   feature's paragraphs repeated, with tables on every page or two) read in a
   fresh process for each ``--pages`` value: seconds, pages a second and peak
   memory (RSS). Pages are streamed, so the peak should hardly grow with the
   page count.

Writes its section of benchmarks/RESULTS.md.
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import os
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
FORMS = ROOT / "tests" / "fixtures" / "forms"
sys.path.insert(0, str(HERE))

from results import update_section  # noqa: E402


def _fixtures_module():
    spec = importlib.util.spec_from_file_location("make_forms", FORMS / "make_fixtures.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def per_type(rounds: int) -> list[dict]:
    from analysis.extract.sources import read_document, read_manifest
    from analysis.extract.stage import extract_document

    sources = read_manifest(FORMS)
    rows = []
    for form in ("txt", "html", "docx", "pdf"):
        chosen = [s for s in sources if s.file.endswith(f".{form}")]
        extract_document(read_document(FORMS, chosen[0]))          # warm the imports
        start = time.perf_counter()
        for _ in range(rounds):
            for source in chosen:
                extract_document(read_document(FORMS, source))
        seconds = time.perf_counter() - start
        n = rounds * len(chosen)
        rows.append({"form": form, "documents": n, "seconds": seconds, "per_second": n / seconds})
    return rows


def write_long_pdf(path: Path, pages: int) -> int:
    """A plan of about ``pages`` A4 pages; returns the real page count."""
    make = _fixtures_module()
    chunk = make.PLAN + [b for b in make.FEATURE if b[0] == "p"]
    import pdfplumber

    blocks = chunk * max(1, round(pages / 1.4))
    path.write_bytes(make.as_pdf(blocks, "A4", "青禾县国民经济和社会发展第十四个五年规划纲要"))
    with pdfplumber.open(path) as pdf:
        return len(pdf.pages)


def long_pdf_worker(path: str) -> dict:
    from analysis.extract.sources import Source, read_document
    from analysis.extract.stage import extract_document

    source = Source(Path(path).name, "long_plan", "青禾县", "云州市", "江西省", "plan", "2021", "长文档")
    start = time.perf_counter()
    doc = read_document(Path(path).parent, source)
    read_seconds = time.perf_counter() - start
    rows = extract_document(doc)
    seconds = time.perf_counter() - start
    return {"read_seconds": read_seconds, "seconds": seconds, "lines": len(doc.lines), "tables": len(doc.tables),
            "observations": len(rows.get("observations", [])),
            "peak_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=20)
    parser.add_argument("--pages", type=int, nargs="+", default=[40, 400])
    parser.add_argument("--worker", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.worker:
        print(json.dumps(long_pdf_worker(args.worker)))
        return
    load = os.getloadavg()[0]
    speed = per_type(args.rounds)
    long_rows = []
    with tempfile.TemporaryDirectory() as folder:
        for pages in args.pages:
            path = Path(folder) / f"long_{pages}.pdf"
            real = write_long_pdf(path, pages)
            out = subprocess.run([sys.executable, __file__, "--worker", str(path)], check=True,
                                 capture_output=True, text=True)
            result = json.loads(out.stdout)
            long_rows.append({"pages": real, "mb": path.stat().st_size / 1e6, **result})
    command = f"PYTHONPATH=src .venv/bin/python benchmarks/bench_formats.py --rounds {args.rounds} " \
              f"--pages {' '.join(map(str, args.pages))}"
    lines = [f"Command: `{command}`", "",
             f"Load average at the start: {load:.1f} on {os.cpu_count()} cores (a shared machine: figures "
             "scale with the load).", "",
             "Each input type on the fixtures of tests/fixtures/forms (plan extract with an indicator table, "
             "feature, notice with a firm list and a task table; the same three documents in each form): "
             "reading the raw file into lines (and, but for .txt, its text rendition and tables) and extracting "
             f"its rows, {args.rounds} rounds in one process.", "",
             "| input | documents | seconds | documents/s |", "| --- | --- | --- | --- |"]
    for row in speed:
        lines.append(f"| .{row['form']} | {row['documents']} | {row['seconds']:.2f} | {row['per_second']:.1f} |")
    lines += ["", "A long PDF (the plan's blocks and the feature's paragraphs repeated; an indicator table "
              "every two pages or so; a running header and page numbers), read and extracted in a fresh process:",
              "", "| pages | MB | read (s) | read + extract (s) | pages/s (read) | rendition lines | tables | "
              "observations | peak memory (MB) |", "| --- | --- | --- | --- | --- | --- | --- | --- | --- |"]
    for row in long_rows:
        lines.append(f"| {row['pages']} | {row['mb']:.1f} | {row['read_seconds']:.1f} | {row['seconds']:.1f} | "
                     f"{row['pages'] / row['read_seconds']:.1f} | {row['lines']:,} | {row['tables']} | "
                     f"{row['observations']:,} | {row['peak_mb']:.0f} |")
    lines += ["", "Pages are read one at a time and each page's layout objects released (pdfplumber "
              "`page.close()`); only the text and the tables' cells are kept, so the peak memory grows with "
              "the text, not with the page layouts."]
    body = "\n".join(lines)
    update_section("Input types (issue 14)", body)
    print(body)


if __name__ == "__main__":
    main()
