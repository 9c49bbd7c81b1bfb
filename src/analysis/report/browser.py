"""The built pages in a real browser: screenshots, and checks for sideways scrolling and console errors.

``python -m analysis.report.browser REPORTS_DIR [--out DIR]`` (``make screenshots``)
renders every page of a built site with headless Chromium (Debian's
``chromium``) at 1280 px and 390 px wide into ``DIR`` (default
``REPORTS_DIR/screenshots``) and prints, per page and width, the horizontal
overflow in pixels (0 is good) and any console error. It exits 1 when a page
overflows or logs an error, and 2 when no Chromium is installed.

The check loads a copy of the page with a small probe script appended (the
pages themselves carry no script), which writes the overflow (the document's
scroll width minus the window's width, or how far an element sticks out of
the window unless a box that scrolls or clips holds it) into the DOM that
Chromium dumps.
"""

from __future__ import annotations

import argparse
import re
import shutil
import subprocess
import sys
import tempfile
from dataclasses import dataclass
from pathlib import Path

BROWSERS = ("chromium", "chromium-browser", "google-chrome")
WIDTHS = (1280, 390)
PROBE = """<script>
window.addEventListener("load", function () {
  var w = window.innerWidth, over = document.documentElement.scrollWidth - w, wide = [];
  function contained(e) {          // inside a box that scrolls or clips within the window
    for (var a = e.parentElement; a && a !== document.body; a = a.parentElement) {
      var x = getComputedStyle(a).overflowX;
      if ((x === "auto" || x === "scroll" || x === "hidden") && a.getBoundingClientRect().right <= w + 1) return true;
    }
    return false;
  }
  document.querySelectorAll("body *").forEach(function (e) {
    var r = e.getBoundingClientRect();
    if (r.right > w + 1 && !contained(e)) {
      over = Math.max(over, Math.ceil(r.right - w));
      if (wide.length < 5) wide.push(e.tagName + "." + e.className);
    }
  });
  var p = document.createElement("pre");
  p.id = "__probe"; p.textContent = "overflow=" + over + ";wide=" + wide.join(",");
  document.body.appendChild(p);
});
</script>"""
_FLAGS = ("--headless", "--no-sandbox", "--disable-gpu", "--hide-scrollbars", "--no-first-run",
          "--disable-dev-shm-usage")


@dataclass(frozen=True)
class Check:
    page: str
    width: int
    overflow: int
    wide: str
    errors: tuple[str, ...]


def find_browser() -> str | None:
    """The path of a headless-capable Chromium, or None."""
    for name in BROWSERS:
        found = shutil.which(name)
        if found:
            return found
    return None


def screenshot(browser: str, page: Path, png: Path, width: int, height: int = 2400, timeout: int = 90) -> None:
    subprocess.run([browser, *_FLAGS, f"--window-size={width},{height}", f"--screenshot={png}", page.as_uri()],
                   capture_output=True, timeout=timeout, check=True)


def check(browser: str, page: Path, width: int, timeout: int = 90) -> Check:
    """Load ``page`` at ``width`` px: its horizontal overflow and its console errors."""
    html = page.read_text(encoding="utf-8")
    with tempfile.TemporaryDirectory() as tmp:
        probe = Path(tmp) / page.name
        probe.write_text(html.replace("</body>", PROBE + "</body>"), encoding="utf-8")
        # a copy beside the originals would resolve relative links; none of the checks needs them
        result = subprocess.run([browser, *_FLAGS, "--enable-logging=stderr", "--v=0",
                                 f"--window-size={width},900", "--virtual-time-budget=5000", "--dump-dom",
                                 probe.as_uri()], capture_output=True, text=True, timeout=timeout)
    found = re.search(r"overflow=(-?\d+);wide=([^<]*)", result.stdout)
    if found is None:
        raise RuntimeError(f"{page.name} at {width}px: the browser gave no result ({result.stderr[-300:]})")
    errors = tuple(line for line in result.stderr.splitlines() if "CONSOLE" in line and "error" in line.lower())
    return Check(page.name, width, max(0, int(found.group(1))), found.group(2), errors)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m analysis.report.browser", description=__doc__.splitlines()[0])
    parser.add_argument("reports", type=Path, help="the built site (the report build's --out)")
    parser.add_argument("--out", type=Path, help="where the screenshots go (default REPORTS/screenshots)")
    args = parser.parse_args(argv)
    browser = find_browser()
    if browser is None:
        print("error: no Chromium found (apt-get install chromium fonts-noto-cjk)", file=sys.stderr)
        return 2
    pages = sorted(args.reports.resolve().glob("*.html"))      # absolute: Chromium is given file:// URIs
    if not pages:
        print(f"error: no page in {args.reports}: build the reports first", file=sys.stderr)
        return 2
    out = args.out or args.reports / "screenshots"
    out.mkdir(parents=True, exist_ok=True)
    bad = 0
    for page in pages:
        for width in WIDTHS:
            screenshot(browser, page, out / f"{page.stem}-{width}.png", width)
            c = check(browser, page, width)
            ok = c.overflow == 0 and not c.errors
            bad += not ok
            print(f"{'ok ' if ok else 'BAD'} {page.name} {width}px overflow {c.overflow}px"
                  + (f" ({c.wide})" if c.overflow else "") + "".join(f"\n    {e}" for e in c.errors))
    print(f"screenshots in {out}")
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
