"""Benchmark: what ``import analysis`` costs, and that it does not import matplotlib.

    python benchmarks/bench_import.py [--repeats 7]

Each run is a fresh interpreter with ``-X importtime``; the figure is the
cumulative import time of the ``analysis`` package (median), beside that of
``pandas`` alone, which it needs. Writes its section of benchmarks/RESULTS.md.
"""

from __future__ import annotations

import argparse
import statistics
import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from results import update_section  # noqa: E402


def cumulative_ms(module: str) -> float:
    code = f"import {module}, sys; assert 'matplotlib' not in sys.modules or '{module}' == 'matplotlib'"
    result = subprocess.run([sys.executable, "-X", "importtime", "-c", code], capture_output=True, text=True,
                            check=True)
    last = [line for line in result.stderr.splitlines() if line.rstrip().endswith(f"| {module}")][-1]
    return int(last.split("|")[1]) / 1000


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeats", type=int, default=7)
    args = parser.parse_args()
    rows = {m: statistics.median(cumulative_ms(m) for _ in range(args.repeats)) for m in ("pandas", "analysis")}
    body = (f"Command: `.venv/bin/python benchmarks/bench_import.py --repeats {args.repeats}`\n\n"
            "| module | import (ms, median) |\n| --- | --- |\n"
            + "".join(f"| `{m}` | {ms:.0f} |\n" for m, ms in rows.items())
            + "\n`import analysis` loads no matplotlib (asserted in each run): the CJK font is registered when "
              "`matplotlib.pyplot` is first imported, and the helper modules load on first use.")
    update_section("Import", body)
    print(body)


if __name__ == "__main__":
    main()
