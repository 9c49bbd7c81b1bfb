"""Benchmark: seconds per MB of hostile documents beside ordinary ones.

    python benchmarks/bench_adversarial.py [--mb 1] [--districts 100] [--only NAME ...]

Each hostile input is one document of about ``--mb`` MB (the line without
punctuation: 10 MB) made by repeating a pattern a scraped page could hold: long
runs of digits, commas or dots between digits, 100,000 qualifier or growth
words, deeply nested brackets and quotes, base64 blobs, sentences packed with
numbers, broken tables. Each is extracted in its own process (read, tables,
prose: ``extract_source``), and the clean tables it gives are written
(CSV, Parquet, XLSX: ``write_clean``); both are timed. Ordinary documents are
the seeds in data/raw and a synthetic corpus of ``--districts`` districts
(benchmarks/make_corpus.py), timed the same way. The goal: no input costs more
than 5x an ordinary document per MB. Writes its section of benchmarks/RESULTS.md.
"""

from __future__ import annotations

import argparse
import base64
import csv
import json
import random
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(HERE))

from make_corpus import write_corpus  # noqa: E402
from results import update_section  # noqa: E402

GOAL = 5.0
_TABLE_HEAD = "类别\n\n指标\n\n2020年\n\n2025年\n\n年均增长(%)\n\n属性\n\n"
_TAB_HEAD = "2021年重点工作分工\n\t序号\n\t工作任务\n\t牵头单位\n\t责任单位\n"


def _repeat(unit: str, size: int) -> str:
    """``unit`` repeated to about ``size`` bytes of UTF-8."""
    return unit * max(1, size // len(unit.encode("utf-8")))


def _lines(line: str, size: int) -> str:
    return _repeat(line + "\n", size)


def _numbered(line: str, size: int) -> str:
    """Lines ``line.format(k=k)`` for k = 1, 2... to about ``size`` bytes (no two alike: none is skipped as a repeat)."""
    out, total, k = [], 0, 0
    while total < size:
        k += 1
        out.append(line.format(k=k) + "\n")
        total += len(out[-1].encode("utf-8"))
    return "".join(out)


def inputs(size: int) -> dict[str, tuple[str, str]]:
    """name -> (doc_kind, text) of every hostile input, each about ``size`` bytes."""
    rng = random.Random(16)
    blob = base64.b64encode(rng.randbytes(size * 3 // 4)).decode()
    return {
        "digit run, one line": ("feature", "全区" + "1" * size + "亿元。\n"),
        "digit runs of 10,000, many lines": ("feature", _numbered("全区{k}" + "7" * 10_000 + "亿元", size)),
        "digits, no unit, line end": ("feature", "全区生产总值" + "1" * size + "\n亿元，\n"),
        "commas between digits": ("feature", "全区" + _repeat("1,", size) + "1亿元。\n"),
        "comma groups (1,000,000...)": ("feature", "全区" + _repeat(",000", size)[1:] + "亿元。\n"),
        "dots between digits": ("feature", "全区" + _repeat("1.", size) + "1亿元。\n"),
        "colons between digits (ratios)": ("feature", _repeat("1:", size) + "1。\n"),
        "100,000 qualifier words": ("feature", "全区生产总值" + _repeat("约", 300_000) + "100亿元以上。\n"),
        "qualifier words, one line": ("feature", "全区" + _repeat("不少于", size) + "1亿元。\n"),
        "100,000 growth words": ("feature", "全区生产总值" + _repeat("同比", 300_000) + "增长5%。\n"),
        "growth words, no verb": ("feature", "全区生产总值" + _repeat("同比", size) + "5%。\n"),
        "10 MB line without punctuation": ("feature", _repeat("全区经济社会发展持续向好", 10 * size) + "\n"),
        "nested brackets": ("feature", "（" * (size // 6) + "全区1亿元" + "）" * (size // 6) + "\n"),
        "nested quotes and titles": ("feature", "“《【〔[" * (size // 14) + "全区1亿元" + "]〕】》”" * (size // 14) + "\n"),
        "openers without closers": ("feature", _repeat("“《【〔[‘", size) + "全区1亿元。\n"),
        "base64 blob": ("feature", "\n".join(blob[k:k + 76] for k in range(0, len(blob), 76)) + "\n"),
        "base64 blob, one line": ("feature", blob + "\n"),
        "letters and digits run": ("feature", _repeat("a1", size) + "亿元\n"),
        "years, months, days": ("feature", _repeat("2021年1至10月8日", size) + "全区1亿元。\n"),
        "numerals before 年来": ("feature", _repeat("十", size // 3) + "年来全区1亿元。\n"),
        "spaces inside a number": ("feature", "全区1" + " " * size + "亿元。\n"),
        "sentences packed with statistics (90 each)": ("feature", _numbered(
            "全区" + "生产总值{k}亿元，同比增长5.2%，" * 45 + "。", size)),
        "sentences over the 100-number limit": ("feature", _numbered(
            "全区" + "生产总值{k}亿元，同比增长5.2%，" * 60 + "。", size)),
        "statistics without punctuation": ("feature", _repeat("全区生产总值100亿元", size) + "\n"),
        "bare numbers ending lines": ("feature", _lines("全区生产总值达到123", size)),
        "indicator table, 100,000 value cells": ("plan", "某区规划\n\n" + _TABLE_HEAD + "经济发展\n\n地区生产总值(亿元)\n\n"
                                                  + _lines("100\n", size)),
        "indicator table, huge cells": ("plan", "某区规划\n\n" + _TABLE_HEAD + "经济发展\n\n地区生产总值(亿元)\n\n"
                                        + "1" * (size // 3) + "\n\n" + "一" * (size // 6) + "元\n\n"
                                        + "1元" + "/元" * (size // 10) + "\n"),
        "tab table, one line of tabs": ("notice", _TAB_HEAD + "\t1\n\t任务" + "\t" * size + "区发改委\n"),
        "tab table, 100,000 rows": ("notice", _TAB_HEAD + _repeat("\t1\n\t推进项目建设\n\t区发改委\n\t区财政局\n", size)),
        "tab table, unit wrapped over every line": ("notice", _TAB_HEAD + "\t1\n\t任务\n\t区发改委\n\t区财"
                                                    + _lines("政", size)),
        "tab table, heading with spaces": ("notice", _TAB_HEAD + "\t十十、任务" + " " * size + "x\n"),
        "project box, 100,000 items": ("plan", "专栏1 重点工程\n" + _repeat("1.新建道路10公里\n", size)),
        "random characters": ("feature", "".join(rng.choice("0123456789.,%:亿万元个人年月日第“”《》（）\t 全区同比增长约达")
                                                for _ in range(size // 2)) + "\n"),
    }


def measure(raw: Path, clean: Path) -> dict:
    """Extract a raw folder document by document and write its tables; seconds of each step."""
    from analysis.dictionary import load_dictionary
    from analysis.extract.sources import read_manifest
    from analysis.extract.stage import assemble, extract_source, write_clean

    size = sum(p.stat().st_size for p in raw.iterdir() if p.name != "sources.csv" and p.suffix == ".txt")
    dictionary = load_dictionary()
    start = time.perf_counter()
    sources = read_manifest(raw)
    per_document = [extract_source(str(raw.resolve()), source) for source in sources]
    extracted = time.perf_counter()
    tables = assemble(per_document, dictionary)
    write_clean(tables, clean)
    written = time.perf_counter()
    return {"mb": size / 1e6, "extract": extracted - start, "write": written - extracted,
            "rows": sum(len(frame) for frame in tables.values()),
            "flags": len(tables["flags"])}


def _one_document(folder: Path, kind: str, text: str) -> Path:
    folder.mkdir(parents=True)
    (folder / "doc.txt").write_text(text, encoding="utf-8")
    with (folder / "sources.csv").open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(["file", "doc_id", "district", "city", "province", "doc_kind", "published", "title"])
        writer.writerow(["doc.txt", "hostile", "某区", "某市", "江西省", kind, "2022", "hostile input"])
    return folder


def _run(raw: Path, clean: Path, timeout: float) -> dict:
    """One measurement in a fresh process; ``timed out`` when it takes longer than ``timeout``."""
    try:
        done = subprocess.run([sys.executable, __file__, "--worker", str(raw), str(clean)],
                              capture_output=True, text=True, timeout=timeout)
    except subprocess.TimeoutExpired:
        return {"error": f"over {timeout:.0f} s"}
    if done.returncode != 0:
        return {"error": done.stderr.strip().splitlines()[-1][:100]}
    return json.loads(done.stdout.strip().splitlines()[-1])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--mb", type=float, default=1.0, help="size of each hostile input (MB)")
    parser.add_argument("--districts", type=int, default=100, help="synthetic districts (ordinary)")
    parser.add_argument("--only", nargs="*", help="names (or parts of names) of the inputs to run")
    parser.add_argument("--timeout", type=float, default=300, help="seconds before an input counts as stalled")
    parser.add_argument("--worker", nargs=2, metavar=("RAW", "CLEAN"), help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.worker:
        print(json.dumps(measure(Path(args.worker[0]), Path(args.worker[1]))))
        return
    work = Path(tempfile.mkdtemp(prefix="bench_adversarial."))
    try:
        ordinary = {"seeds (data/raw)": ROOT / "data" / "raw",
                    f"synthetic, {args.districts} districts": write_corpus(args.districts, work / "synthetic")}
        rows = []
        for name, raw in ordinary.items():
            rows.append((name, "ordinary", _run(raw, work / "clean", args.timeout)))
            print(rows[-1], flush=True)
        base = min((r["extract"] + r["write"]) / r["mb"] for _, _, r in rows)     # the faster: strict
        hostile = inputs(int(args.mb * 1e6))
        for k, (name, (kind, text)) in enumerate(hostile.items()):
            if args.only and not any(part in name for part in args.only):
                continue
            raw = _one_document(work / f"in{k}", kind, text)
            rows.append((name, kind, _run(raw, work / "clean", args.timeout)))
            shutil.rmtree(raw)
            print(rows[-1], flush=True)
    finally:
        shutil.rmtree(work, ignore_errors=True)
    table = ["| input | genre | MB | extract (s) | write (s) | s/MB | x ordinary | rows written | flags |",
             "| --- | --- | --- | --- | --- | --- | --- | --- | --- |"]
    worst = 0.0
    for name, kind, r in rows:
        if "error" in r:
            table.append(f"| {name} | {kind} | | | | {r['error']} | | | |")
            worst = float("inf")
            continue
        per_mb = (r["extract"] + r["write"]) / r["mb"]
        ratio = per_mb / base
        if kind != "ordinary":
            worst = max(worst, ratio)
        table.append(f"| {name} | {kind} | {r['mb']:.2f} | {r['extract']:.2f} | {r['write']:.2f} | "
                     f"{per_mb:.2f} | {ratio:.2f} | {r['rows']:,} | {r['flags']:,} |")
    only = f" --only {' '.join(repr(o) for o in args.only)}" if args.only else ""
    body = (f"Command: `.venv/bin/python benchmarks/bench_adversarial.py --mb {args.mb:g} "
            f"--districts {args.districts}{only}`\n\n"
            "Each hostile input is one document of about the stated size, extracted (read, tables, prose) and "
            "its clean tables written (CSV, Parquet, XLSX) in a fresh process; s/MB is extract + write per MB "
            "of input; x ordinary divides it by the faster of the two ordinary corpora (the stricter test).\n\n"
            + "\n".join(table) + "\n\n"
            f"Goal: no input above {GOAL:g}x an ordinary document per MB. Worst hostile input: "
            f"{worst:.2f}x ({'met' if worst <= GOAL else 'NOT met'}).")
    if not args.only:
        update_section("Hostile input", body)
    else:
        print(body)


if __name__ == "__main__":
    main()
