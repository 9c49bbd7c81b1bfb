"""Benchmark: parse_quantity against JioNLP's parse_money on the peer's own test strings.

    python benchmarks/bench_numbers.py [--repeats 7] [--loops 200]

Both parsers read the same strings (the 49 cases of JioNLP's test/test_money_parser.py,
as converted in tests/test_numbers.py), interleaved in one run: each repeat times
``loops`` passes over all strings for each parser in turn. Reported: microseconds a
call, median of the repeats (range beside). parse_quantity memoises Chinese numeral
tokens; the "cold" row clears that memo before every call, the worst case.
jionlp is a benchmark-only dependency (benchmarks/requirements.txt).
Writes its section of benchmarks/RESULTS.md.
"""

from __future__ import annotations

import argparse
import contextlib
import io
import statistics
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(HERE.parent / "tests"))

from results import update_section  # noqa: E402


def peer_strings() -> list[str]:
    from test_numbers import JIONLP_CASES

    return [case[0] for case in JIONLP_CASES]


def per_call_us(fn, strings: list[str], loops: int, before=None) -> float:
    start = time.perf_counter()
    if before is None:
        for _ in range(loops):
            for s in strings:
                fn(s)
    else:
        for _ in range(loops):
            for s in strings:
                before()
                fn(s)
    return (time.perf_counter() - start) / (loops * len(strings)) * 1e6


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeats", type=int, default=7)
    parser.add_argument("--loops", type=int, default=200)
    args = parser.parse_args()

    with contextlib.redirect_stdout(io.StringIO()):     # jionlp prints a banner on import
        import jionlp
    from analysis.extract import numbers

    strings = peer_strings()
    # Each parser reads every string once before timing (imports, lazy dictionaries).
    for s in strings:
        numbers.parse_quantity(s)
        jionlp.parse_money(s)

    def clear() -> None:
        numbers._read_cn.cache_clear()
        numbers._cn_value.cache_clear()

    runs = {"parse_quantity": [], "parse_quantity (cold)": [], "jionlp.parse_money": []}
    for _ in range(args.repeats):
        runs["parse_quantity"].append(per_call_us(numbers.parse_quantity, strings, args.loops))
        runs["parse_quantity (cold)"].append(per_call_us(numbers.parse_quantity, strings, args.loops, clear))
        runs["jionlp.parse_money"].append(per_call_us(jionlp.parse_money, strings, args.loops))

    peer = statistics.median(runs["jionlp.parse_money"])
    lines = ["| parser | µs a call (median) | range | vs jionlp |", "| --- | --- | --- | --- |"]
    for name, values in runs.items():
        median = statistics.median(values)
        lines.append(f"| {name} | {median:.1f} | {min(values):.1f}-{max(values):.1f} | {peer / median:.2f}x faster |")
    ours = statistics.median(runs["parse_quantity"])
    cold = statistics.median(runs["parse_quantity (cold)"])
    verdict = "met" if max(ours, cold) <= peer else "NOT met"
    body = (
        f"Command: `PYTHONPATH=src .venv/bin/python benchmarks/bench_numbers.py --repeats {args.repeats} "
        f"--loops {args.loops}`\n\n"
        f"jionlp {jionlp.__version__}. The {len(strings)} strings of JioNLP's money-parser tests, "
        f"{args.loops} passes a repeat, {args.repeats} repeats, parsers interleaved in one run. "
        "\"cold\" clears parse_quantity's memo of Chinese numerals before every call.\n\n"
        + "\n".join(lines)
        + f"\n\nGoal: at least as fast a call as the peer: {verdict} "
        f"({ours:.1f} µs warm, {cold:.1f} µs cold, against {peer:.1f} µs)."
    )
    update_section("Values", body)
    print(body)


if __name__ == "__main__":
    main()
