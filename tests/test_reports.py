"""The report build: every seed district rendered, checked in the HTML; failures reported."""

from __future__ import annotations

import json
import re
import subprocess
import sys
from pathlib import Path

import pytest

from analysis import audit, extract
from analysis.report.build import _run_all, build, slug, summary
from analysis.report.build import REPORT_NOTEBOOK

pytestmark = pytest.mark.notebook
FIXTURES = Path(__file__).resolve().parent / "fixtures"


@pytest.fixture(scope="module")
def site(tmp_path_factory, clean_dir):
    out = tmp_path_factory.mktemp("reports")
    outcomes = build(clean_dir, out, "all", "zh", jobs=2)
    assert all(o.ok for o in outcomes), summary(outcomes)
    return out


def html(site, district):
    return (site / f"{slug(district)}.html").read_text(encoding="utf-8")


@pytest.mark.parametrize("district", ["昌江区", "珠山区", "濂溪区"])
def test_every_seed_district_renders_without_errors_or_code(site, district):
    page = html(site, district)
    nb = json.loads((site / f"{slug(district)}.ipynb").read_text(encoding="utf-8"))
    outputs = [o for c in nb["cells"] if c["cell_type"] == "code" for o in c.get("outputs", [])]
    assert not [o for o in outputs if o.get("output_type") == "error"]
    stderr = "".join("".join(o.get("text", "")) for o in outputs if o.get("name") == "stderr")
    assert "Glyph" not in stderr and "missing from" not in stderr
    assert "report.key_figures(data)" not in page and "DistrictData.load" not in page   # code hidden
    assert f"{district}经济社会发展数据报告" in page


def test_changjiang_key_numbers_charts_and_links(site):
    page = html(site, "昌江区")
    assert ">236.8<" in page and "350 亿元 (2025)" in page
    # plan paths, structure, tasks by lead unit; the incomes of every district are the comparison's chart
    assert len(re.findall(r'<img[^>]+src="data:image/png;base64', page)) == 3
    assert '<a href="compare.html#incomes">县区比较页的居民收入图</a>' in page
    # GDP 2020: the plan's text states it as actual (line 336), its tables as expected: actual wins
    assert 'href="#src-cj_plan14-336"' in page and 'id="src-cj_plan14-336"' in page
    cited = set(re.findall(r'href="#(src-[^"]+)"', page))
    anchors = set(re.findall(r'id="(src-[^"]+)"', page))
    assert cited and cited <= anchors                      # every number shown links to its source


def test_lianxi_and_the_sparse_zhushan(site):
    assert "433.5" in html(site, "濂溪区")
    zhushan = html(site, "珠山区")
    assert "43132" in zhushan or "43,132" in zhushan
    assert "本区暂无此类数据" in zhushan                     # sections without data say so


def test_index_and_compare(site):
    index = (site / "index.html").read_text(encoding="utf-8")
    for district in ("昌江区", "珠山区", "濂溪区"):
        assert f'href="{slug(district)}.html"' in index
    assert 'href="compare.html"' in index and "236.8" in index
    compare = (site / "compare.html").read_text(encoding="utf-8")
    assert "47155" in compare or "47,155" in compare


def test_english_report(tmp_path, clean_dir):
    outcomes = build(clean_dir, tmp_path, "濂溪区", "en", jobs=1)
    assert all(o.ok for o in outcomes)
    page = (tmp_path / f"{slug('濂溪区')}.html").read_text(encoding="utf-8")
    assert "Key figures" in page and "Per-capita disposable income of urban residents (城镇居民人均可支配收入)" in page
    assert '<html lang="en">' in page and "<title>Lianxi District (濂溪区): economic and social data report</title>" in page


def test_sparse_district_renders_and_escapes_document_text(tmp_path):
    clean = tmp_path / "clean"
    extract.run(FIXTURES / "sparse", clean)
    audit.run(clean)
    outcomes = build(clean, tmp_path / "out", "all", "zh", jobs=1)
    assert all(o.ok for o in outcomes), summary(outcomes)
    page = (tmp_path / "out" / f"{slug('浮梁县')}.html").read_text(encoding="utf-8")
    assert "茶叶示范基地" in page
    assert "<script>alert" not in page
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in page                       # the sentence, as text
    assert "&lt;script&gt;alert(&#x27;title&#x27;)&lt;/script&gt;" in page       # the title, as text
    index = (tmp_path / "out" / "index.html").read_text(encoding="utf-8")
    assert "<script>alert" not in index


def test_a_failing_district_does_not_stop_the_others(tmp_path, clean_dir):
    failing = FIXTURES / "notebooks" / "fails.ipynb"
    tasks = [(failing, "坏区", "bad", {"district": "坏区", "clean_dir": "."}),
             (REPORT_NOTEBOOK, "珠山区", slug("珠山区"), {"district": "珠山区", "lang": "zh", "clean_dir": str(clean_dir)})]
    outcomes = _run_all(tasks, tmp_path, jobs=2, timeout=120)
    assert [o.ok for o in outcomes] == [False, True]
    report = summary(outcomes)
    # papermill counts its injected parameters cell: the failing cell is the fourth executed
    assert "FAILED 坏区: cell 4: ZeroDivisionError: division by zero" in report and "built 1 of 2" in report
    assert (tmp_path / f"{slug('珠山区')}.html").is_file()


@pytest.mark.parametrize("args, message", [
    (["--district", "不存在区"], "unknown district '不存在区'; known: 昌江区, 濂溪区, 珠山区"),
    (["--district", "all", "--lang", "fr"], "unknown lang 'fr'"),
])
def test_bad_parameters_exit_2_before_any_kernel(tmp_path, clean_dir, args, message):
    result = subprocess.run([sys.executable, "-m", "analysis", "report", "--clean", str(clean_dir),
                             "--out", str(tmp_path / "out"), *args], capture_output=True, text=True)
    assert result.returncode == 2
    assert message in result.stderr and "Traceback" not in result.stderr
    assert not (tmp_path / "out").exists()


def test_slugs_are_ascii():
    assert slug("昌江区") == "changjiangqu" and slug("濂溪区") == "lianxiqu"


def test_districts_that_sound_the_same_get_their_own_files():
    from analysis.report.site import unique_slugs

    slugs = unique_slugs(["长安县", "昌江区", "昌安县"])
    assert slugs["昌江区"] == "changjiangqu"
    assert slugs["长安县"].startswith("changanxian-") and slugs["昌安县"].startswith("changanxian-")
    assert slugs["长安县"] != slugs["昌安县"] and unique_slugs(["昌安县", "长安县"]) == {
        "昌安县": slugs["昌安县"], "长安县": slugs["长安县"]}


def test_pages_are_a_site(site):
    """lang and title, the same navigation everywhere, a table of contents, no script, slim, alt text."""
    pages = {p.name: p.read_text(encoding="utf-8") for p in site.glob("*.html")}
    assert set(pages) >= {"index.html", "compare.html", "changjiangqu.html", "lianxiqu.html", "zhushanqu.html"}
    for name, page in pages.items():
        assert page.startswith("<!DOCTYPE html>") and '<html lang="zh-CN">' in page, name
        slim = re.sub(r"data:image/png;base64,[A-Za-z0-9+/=]+", "", page)
        assert "<script" not in slim and "mathjax" not in slim.lower() and "cdn" not in slim.lower(), name
        for target in ("index.html", "compare.html", "changjiangqu.html", "zhushanqu.html"):
            assert f'href="{target}"' in page, (name, target)
        assert len(slim.encode("utf-8")) < 150_000, name
    cj = pages["changjiangqu.html"]
    assert "<title>昌江区经济社会发展数据报告</title>" in cj and '<nav class="toc"' in cj
    alts = re.findall(r'<img [^>]*alt="([^"]*)"', cj)
    assert len(alts) == 3 and all(len(a) > 10 for a in alts)
    incomes = pages["compare.html"].split('<h2 id="incomes">居民收入</h2>')[1].split("<h2")[0]
    assert "城乡居民人均可支配收入（各县区最新实际值）" in re.findall(r'<img [^>]*alt="([^"]*)"', incomes)[0]
    assert '<a href="changjiangqu.csv" download>' in cj and (site / "changjiangqu.csv").is_file()
    assert '<ul class="sources">' in cj and "<title>县区比较</title>" in pages["compare.html"]


def test_a_second_build_keeps_every_real_page_byte_for_byte(site, clean_dir):
    before = {p.name: p.read_bytes() for p in site.iterdir() if p.suffix in (".html", ".ipynb", ".csv")}
    outcomes = build(clean_dir, site, "all", "zh", jobs=2)
    assert [(o.name, o.action, o.reason) for o in outcomes] == [
        (name, "reused", "unchanged") for name in ("昌江区", "濂溪区", "珠山区", "compare")]
    after = {p.name: p.read_bytes() for p in site.iterdir() if p.suffix in (".html", ".ipynb", ".csv")}
    assert {k: v for k, v in after.items() if k != "index.html"} == {k: v for k, v in before.items() if k != "index.html"}
    assert f'href="{slug("珠山区")}.html"' in after["index.html"].decode()
