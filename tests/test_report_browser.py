"""The built pages in headless Chromium: no sideways scrolling at 1280 and 390 px, no console error.

Skipped where no Chromium is installed (``apt-get install chromium fonts-noto-cjk``).
"""

from __future__ import annotations

import pytest

from analysis.report.browser import WIDTHS, check, find_browser, main
from analysis.report.build import build, summary
from analysis.report.site import page

BROWSER = find_browser()
pytestmark = [pytest.mark.notebook,
              pytest.mark.skipif(BROWSER is None, reason="no Chromium installed (apt-get install chromium)")]


def test_the_probe_sees_a_page_that_scrolls_sideways(tmp_path):
    wide = tmp_path / "wide.html"
    wide.write_text('<html><body><div style="width:2000px">x</div></body></html>', encoding="utf-8")
    assert check(BROWSER, wide, 390).overflow > 1000
    table = "<table><tr>" + "".join(f"<td>{'列' * 12}{i}</td>" for i in range(30)) + "</tr></table>"
    framed = tmp_path / "framed.html"
    framed.write_text(page("t", f"<h1>t</h1>{table}", "zh", [("index.html", "首页")]), encoding="utf-8")
    assert check(BROWSER, framed, 390).overflow == 0              # the table scrolls in its own box


@pytest.fixture(scope="module")
def english_site(tmp_path_factory, clean_dir):
    out = tmp_path_factory.mktemp("site_en")
    outcomes = build(clean_dir, out, "all", "en", jobs=2)
    assert all(o.ok for o in outcomes), summary(outcomes)
    return out


@pytest.mark.parametrize("width", WIDTHS)
def test_every_page_fits_its_window_without_console_errors(english_site, width):
    for html in sorted(english_site.glob("*.html")):
        result = check(BROWSER, html, width)
        assert result.overflow == 0, (html.name, width, result.wide)
        assert not result.errors, (html.name, width, result.errors)


def test_the_screenshot_command_takes_a_relative_folder(tmp_path, monkeypatch):
    """``make screenshots`` passes ``reports``, relative to the project."""
    (tmp_path / "site").mkdir()
    (tmp_path / "site" / "one.html").write_text(page("t", "<h1>t</h1>", "zh", [("index.html", "首页")]),
                                                encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    assert main(["site"]) == 0
    assert sorted(p.name for p in (tmp_path / "site" / "screenshots").iterdir()) == [
        *sorted(f"one-{w}.png" for w in WIDTHS)]
