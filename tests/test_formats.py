"""Documents as users have them: saved pages, PDF and Word files (issue 14).

The fixtures (tests/fixtures/forms, written by make_fixtures.py) are three
fictional documents, each in four forms; every form must give the same data.
"""

from __future__ import annotations

import hashlib
import shutil
import subprocess
import sys
from pathlib import Path

import pandas as pd
import pytest

from analysis.errors import InputError
from analysis.extract import extract, read_documents
from analysis.extract.accounting import table_cells, table_lines
from analysis.extract.formats import detect_input_type, html_table_grid
from analysis.extract.sources import read_document, read_manifest
from analysis.extract.tables import extract_tables

FORMS_DIR = Path(__file__).resolve().parent / "fixtures" / "forms"
BAD = FORMS_DIR / "bad"
FORMS = ("txt", "html", "docx", "pdf")
NAMES = ("plan", "feature", "notice")

COMPARED = {
    "observations": ["indicator", "value", "unit", "measure", "status", "period", "year", "scope",
                     "source", "category", "qualifier", "value_text", "line"],
    "indicator_rows": ["row_no", "category", "indicator", "unit", "attribute", "n_values", "line"],
    "structure": ["year", "status", "primary", "secondary", "tertiary", "value_text", "line"],
    "enterprises": ["year", "list", "rank", "name", "line"],
    "tasks": ["task_no", "section", "subsection", "text", "line"],
    "task_units": ["task_no", "role", "unit"],
    "tables": ["kind", "title", "line", "line_end", "n_rows", "n_cells", "notes"],
    "flags": ["line", "kind", "severity", "detail", "text"],
}


def run_cli(*args):
    return subprocess.run([sys.executable, "-m", "analysis", *args], capture_output=True, text=True)


def tree_digest(folder: Path) -> dict[str, str]:
    return {str(p.relative_to(folder)): hashlib.sha256(p.read_bytes()).hexdigest()
            for p in sorted(folder.rglob("*")) if p.is_file()}


@pytest.fixture(scope="module")
def by_form():
    """Each form's three documents extracted on their own (as a user would have them)."""
    sources = read_manifest(FORMS_DIR)
    built = {}
    for form in FORMS:
        docs = [read_document(FORMS_DIR, s) for s in sources if s.file.endswith(f".{form}")]
        assert len(docs) == 3
        built[form] = (docs, extract(docs))
    return built


def _of(tables, name):
    frame = tables[name].copy()
    frame["doc"] = frame.doc_id.str.rsplit("_", n=1).str[0]
    columns = ["doc", *COMPARED[name]]
    return frame[columns].astype(str).sort_values(columns).reset_index(drop=True)


@pytest.mark.parametrize("form", ("html", "docx", "pdf"))
def test_every_form_gives_the_same_data_as_the_text(by_form, form):
    for name in COMPARED:
        pd.testing.assert_frame_equal(_of(by_form[form][1], name), _of(by_form["txt"][1], name),
                                      obj=f"{name} from .{form}")


def test_the_four_forms_give_the_values_read_by_hand(by_form):
    for form in FORMS:
        tables = by_form[form][1]
        obs = tables["observations"]
        plan = obs[obs.doc_id == f"qh_plan_{form}"]
        got = {(r.indicator, r.measure, r.period, r.status): (r.value, r.unit) for r in plan.itertuples()}
        assert got[("地区生产总值", "level", "2020", "actual")] == (156.3, "亿元")
        assert got[("地区生产总值", "level", "2025", "target")] == (230, "亿元")
        assert got[("城镇居民人均可支配收入", "level", "2025", "target")] == (53600, "元")
        assert got[("森林覆盖率", "level", "2025", "target")] == (68.5, "%")
        rows = tables["indicator_rows"].query(f"doc_id == 'qh_plan_{form}'")
        assert rows.set_index("indicator").category.to_dict()["人均预期寿命"] == "民生福祉"   # rowspan
        feature = obs[obs.doc_id == f"qh_feature_{form}"]
        gdp = feature[(feature.indicator == "地区生产总值") & (feature.measure == "level")]
        assert list(gdp.value) == [168.2] and list(gdp.period) == ["2022"]
        structure = tables["structure"].query(f"doc_id == 'qh_feature_{form}'").sort_values("year")
        assert list(structure.value_text) == ["11.2:46.5:42.3", "8.6:44.1:47.3"]
        firms = tables["enterprises"].query(f"doc_id == 'qh_notice_{form}'")
        assert list(firms.name) == ["江西青禾新材料股份有限公司", "云州市恒通电子科技有限公司", "青禾县绿源食品有限公司"]
        tasks = tables["tasks"].query(f"doc_id == 'qh_notice_{form}'")
        assert list(tasks.task_no.astype(int)) == [1, 2, 3]
        assert list(tasks.section) == ["一、稳住经济基本盘（2项）"] * 2 + ["二、保障和改善民生（1项）"]   # colspan row
        assert list(tasks.text) == ["全年新开工重大项目30个以上。", "新增规模以上工业企业15家。", "城镇新增就业2500人以上。"]
        units = tables["task_units"].query(f"doc_id == 'qh_notice_{form}' and task_no == 3")
        assert dict(zip(units.role, units.unit)) == {"lead": "县人社局", "support": "各乡镇人民政府"}


@pytest.mark.parametrize("form", ("html", "docx", "pdf"))
def test_tables_are_read_as_tables_and_every_cell_is_accounted(by_form, form):
    for doc in by_form[form][0]:
        if doc.doc_id.startswith("qh_feature"):
            assert doc.tables == ()
            continue
        assert doc.tables, doc.doc_id
        out = extract_tables(doc)
        kinds = sorted(t["kind"] for t in out.rows["tables"])
        assert kinds == (["indicators"] if "plan" in doc.doc_id else ["enterprises", "tasks"])
        assert table_lines(doc, out).query("status == 'unaccounted'").empty
        assert table_cells(doc, out).query("status == 'unaccounted'").empty


def test_rendition_shows_a_table_row_a_line_with_tab_separated_cells(by_form):
    doc = next(d for d in by_form["html"][0] if d.doc_id == "qh_plan_html")
    table = doc.tables[0]
    assert doc.lines[table.line - 1] == "类别\t指标\t单位\t2020年\t2025年\t年均增长(%)\t属性"
    assert doc.lines[table.line] == "经济发展\t地区生产总值\t亿元\t156.3\t230\t8左右\t预期性"
    assert doc.lines[table.line + 1] == "\t一般公共预算收入\t亿元\t9.8\t14.2\t7.7\t预期性"   # rowspan
    assert table.cells[2][0] is None
    obs = by_form["html"][1]["observations"]
    line = obs[(obs.doc_id == "qh_plan_html") & (obs.indicator == "一般公共预算收入")].line.iloc[0]
    assert "\t9.8\t" in doc.lines[line - 1]


def test_pdf_wrapped_lines_and_page_breaks_are_repaired(by_form):
    import pdfplumber

    with pdfplumber.open(FORMS_DIR / "feature.pdf") as pdf:
        assert len(pdf.pages) >= 2
        first = pdf.pages[0].extract_text()
    assert "青禾县融媒体中心" in first.splitlines()[0]           # the running header, dropped
    doc = next(d for d in by_form["pdf"][0] if d.doc_id == "qh_feature_pdf")
    assert doc.lines == tuple((FORMS_DIR / "feature.txt").read_text(encoding="utf-8").splitlines())
    assert not any(line.strip().startswith("- ") for line in doc.lines)    # page numbers dropped


def test_extract_writes_the_renditions_and_records_them(tmp_path):
    raw = tmp_path / "raw"
    shutil.copytree(FORMS_DIR, raw, ignore=shutil.ignore_patterns("bad", "*.py"))
    before = tree_digest(raw)
    clean = tmp_path / "clean"
    assert run_cli("extract", "--raw", str(raw), "--clean", str(clean)).returncode == 0
    documents = pd.read_csv(clean / "documents.csv", dtype=str, keep_default_na=False).set_index("doc_id")
    assert documents.loc["qh_plan_pdf", "input_type"] == "pdf"
    assert documents.loc["qh_plan_pdf", "rendition"] == "text/qh_plan_pdf.txt"
    assert documents.loc["qh_plan_html", "encoding"] == "gb18030"
    assert documents.loc["qh_plan_txt", "input_type"] == "text"
    assert documents.loc["qh_plan_txt", "rendition"] == ""
    for name in NAMES:
        for form in ("html", "docx", "pdf"):
            assert (clean / f"text/qh_{name}_{form}.txt").read_bytes() == (raw / f"{name}.txt").read_bytes()
    first = tree_digest(clean / "text")
    assert run_cli("extract", "--raw", str(raw), "--clean", str(clean)).returncode == 0
    assert tree_digest(clean / "text") == first                     # identical run to run
    assert tree_digest(raw) == before                               # raw untouched


# --- detection and bad input ------------------------------------------------------------------


def test_type_comes_from_the_content():
    assert detect_input_type(b"%PDF-1.7\n...", "a.pdf") == "pdf"
    assert detect_input_type("<!DOCTYPE html><html>".encode(), "a.htm") == "html"
    assert detect_input_type("\ufeff<html><body>".encode(), "a.shtml") == "html"
    assert detect_input_type("青禾县<2020年>".encode(), "a.txt") == "text"
    assert detect_input_type((FORMS_DIR / "plan.docx").read_bytes(), "x.docx") == "docx"
    with pytest.raises(InputError, match=r"the extension \.txt says plain text but the content is a PDF: "
                                         r"rename the file to \.pdf"):
        detect_input_type(b"%PDF-1.4", "a.txt")
    with pytest.raises(InputError, match=r"old Word \.doc"):
        detect_input_type(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 100, "a.doc")


def test_html_spans_are_expanded():
    import lxml.html

    table = lxml.html.fromstring(
        "<table><tr><th rowspan=2>类别</th><th colspan=2>2025年</th></tr>"
        "<tr><td>预期值</td><td>规划<br>目标</td></tr>"
        "<tr><td>甲</td><td rowspan=2>1</td><td>2</td></tr><tr><td>乙</td><td>3</td></tr></table>")
    assert html_table_grid(table) == [["类别", "2025年", None], [None, "预期值", "规划\n目标"],
                                      ["甲", "1", "2"], ["乙", None, "3"]]


BAD_CASES = {
    "navigation.html": "no main text in the page (navigation or a list of links only)",
    "scanned.pdf": "no text layer (scanned?): OCR it first",
    "encrypted.pdf": "encrypted PDF (a password is needed to open it)",
    "truncated.docx": "damaged or truncated Word file",
    "wrong_extension.html": "the extension .html says a saved web page (HTML) but the content is a PDF: "
                            "rename the file to .pdf",
}


@pytest.mark.parametrize("name", sorted(BAD_CASES))
def test_bad_input_is_one_clear_line_and_nothing_is_written(tmp_path, name):
    raw = tmp_path / "raw"
    raw.mkdir()
    shutil.copy(BAD / name, raw / name)
    (raw / "sources.csv").write_text("file,doc_id,district,city,province,doc_kind,published,title\n"
                                     f"{name},bad,青禾县,云州市,江西省,feature,2022,坏文件\n", encoding="utf-8")
    before = tree_digest(raw)
    clean = tmp_path / "clean"
    result = run_cli("extract", "--raw", str(raw), "--clean", str(clean))
    assert result.returncode == 1
    assert result.stderr.strip().count("\n") == 0 and "Traceback" not in result.stderr
    assert result.stderr.startswith(f"error: {raw / name}: ")
    assert BAD_CASES[name] in result.stderr
    assert not clean.exists() and sorted(p.name for p in tmp_path.iterdir()) == ["raw"]
    assert tree_digest(raw) == before


def test_a_page_whose_charset_lies_is_read_and_flagged():
    sources = read_manifest(FORMS_DIR)
    feature = next(s for s in sources if s.file == "feature.html")
    lying = read_document(BAD, feature.__class__(**{**feature.__dict__, "file": "lying_charset.html"}))
    assert lying.encoding == "gb18030"
    assert lying.lines == tuple((FORMS_DIR / "feature.txt").read_text(encoding="utf-8").splitlines())
    tables = extract([lying])
    flags = tables["flags"][tables["flags"].kind == "charset_mismatch"]
    assert len(flags) == 1 and flags.severity.iloc[0] == "warning"
    assert "declares charset utf-8" in flags.detail.iloc[0]
    assert 168.2 in set(tables["observations"].value)


# --- add ----------------------------------------------------------------------------------------


ADD = ("--district", "昌江区", "--city", "景德镇市", "--province", "江西省")


def test_add_copies_checks_and_appends_one_row(tmp_path):
    raw = tmp_path / "raw"                                  # no folder, no manifest yet
    result = run_cli("add", str(FORMS_DIR / "plan.pdf"), *ADD, "--kind", "plan", "--published", "2021-03",
                     "--title", "昌江区规划纲要（节选）", "--url", "https://example.org/plan.pdf", "--raw", str(raw))
    assert result.returncode == 0, result.stderr
    digest = hashlib.sha256((FORMS_DIR / "plan.pdf").read_bytes()).hexdigest()
    name = f"000_{digest[:16]}.pdf"
    assert (raw / name).read_bytes() == (FORMS_DIR / "plan.pdf").read_bytes()
    manifest = pd.read_csv(raw / "sources.csv", dtype=str, keep_default_na=False)
    assert manifest.to_dict("records") == [dict(
        file=name, doc_id="changjiang_plan_2021", district="昌江区", city="景德镇市", province="江西省",
        doc_kind="plan", published="2021-03", title="昌江区规划纲要（节选）", sha256=digest,
        url="https://example.org/plan.pdf")]
    result = run_cli("add", str(FORMS_DIR / "plan.docx"), *ADD, "--kind", "plan", "--published", "2021-03",
                     "--raw", str(raw))
    assert result.returncode == 0, result.stderr
    manifest = pd.read_csv(raw / "sources.csv", dtype=str, keep_default_na=False)
    assert list(manifest.doc_id) == ["changjiang_plan_2021", "changjiang_plan_2021_2"]
    assert manifest.file.iloc[1].startswith("001_") and manifest.file.iloc[1].endswith(".docx")
    clean = tmp_path / "clean"
    assert run_cli("extract", "--raw", str(raw), "--clean", str(clean)).returncode == 0
    obs = pd.read_csv(clean / "observations.csv")
    assert obs.groupby("doc_id").size().to_dict() == {"changjiang_plan_2021": 15, "changjiang_plan_2021_2": 15}   # 15 values in the table


def test_duplicate_add_is_refused_naming_the_doc_id(tmp_path):
    raw = tmp_path / "raw"
    assert run_cli("add", str(FORMS_DIR / "notice.html"), *ADD, "--kind", "notice", "--published", "2021",
                   "--doc-id", "cj_notice", "--raw", str(raw)).returncode == 0
    before = tree_digest(raw)
    copy = tmp_path / "renamed.html"
    shutil.copy(FORMS_DIR / "notice.html", copy)
    result = run_cli("add", str(copy), *ADD, "--kind", "notice", "--published", "2021", "--raw", str(raw))
    assert result.returncode == 2
    assert "already in" in result.stderr and "as doc_id cj_notice" in result.stderr
    assert result.stderr.strip().count("\n") == 0
    assert tree_digest(raw) == before


@pytest.mark.parametrize("args, reason", [
    (("--kind", "report", "--published", "2021"), "--kind 'report' is not one of plan, feature"),
    (("--kind", "plan", "--published", "2021-13"), "bad published date '2021-13'"),
    (("--kind", "plan", "--published", "2021", "--doc-id", "Bad Id"), "doc_id 'Bad Id' must be lower-case"),
    (("--kind", "plan", "--published", "2021", "--url", "ftp:/x"), "--url 'ftp:/x' is not an http(s) address"),
])
def test_bad_arguments_exit_2_with_the_reason_and_write_nothing(tmp_path, raw_dir, args, reason):
    raw = tmp_path / "raw"
    shutil.copytree(raw_dir, raw)
    before = tree_digest(raw)
    result = run_cli("add", str(FORMS_DIR / "plan.txt"), *ADD, *args, "--raw", str(raw))
    assert result.returncode == 2, result.stderr
    assert reason in result.stderr and result.stderr.strip().count("\n") == 0
    assert tree_digest(raw) == before


def test_add_refuses_an_unreadable_document_naming_it(tmp_path):
    raw = tmp_path / "raw"
    result = run_cli("add", str(BAD / "scanned.pdf"), *ADD, "--kind", "plan", "--published", "2021",
                     "--raw", str(raw))
    assert result.returncode == 1
    assert result.stderr.strip() == (f"error: {BAD / 'scanned.pdf'}: no text layer (scanned?): OCR it first "
                                     "(for example ocrmypdf) and add the OCR'd PDF")
    assert not raw.exists()


def test_add_to_the_seeds_keeps_their_rows_and_data(tmp_path, raw_dir, seeds):
    raw = tmp_path / "raw"
    shutil.copytree(raw_dir, raw)
    result = run_cli("add", str(FORMS_DIR / "feature.docx"), *ADD, "--kind", "feature", "--published", "2022-12",
                     "--raw", str(raw))
    assert result.returncode == 0, result.stderr
    old = pd.read_csv(raw_dir / "sources.csv", dtype=str, keep_default_na=False)
    new = pd.read_csv(raw / "sources.csv", dtype=str, keep_default_na=False)
    assert list(new.columns) == [*old.columns, "url"]            # url column gained
    pd.testing.assert_frame_equal(new.iloc[:-1][old.columns], old)
    assert new.doc_id.iloc[-1] == "changjiang_feature_2022" and new.file.iloc[-1].startswith("005_")
    sources = read_manifest(raw)
    assert [s.doc_id for s in sources][-1] == "changjiang_feature_2022"


def test_a_fresh_clone_has_data_clean_and_builds_keep_its_placeholder(tmp_path):
    root = Path(__file__).resolve().parents[1]
    tracked = subprocess.run(["git", "ls-files", "data/clean"], cwd=root, capture_output=True, text=True)
    assert tracked.stdout.split() == ["data/clean/.gitkeep"]
    ignored = subprocess.run(["git", "check-ignore", "-q", "data/clean/observations.csv"], cwd=root)
    assert ignored.returncode == 0                                  # built data is not tracked
    raw = tmp_path / "raw"
    raw.mkdir()
    shutil.copy(FORMS_DIR / "plan.txt", raw)
    (raw / "sources.csv").write_text("file,doc_id,district,city,province,doc_kind,published,title\n"
                                     "plan.txt,p,青禾县,云州市,江西省,plan,2021,规划\n", encoding="utf-8")
    clean = tmp_path / "clean"
    clean.mkdir()
    (clean / ".gitkeep").write_text("placeholder\n")
    for _ in range(2):
        assert run_cli("extract", "--raw", str(raw), "--clean", str(clean)).returncode == 0
        assert (clean / ".gitkeep").read_text() == "placeholder\n"
        assert (clean / "observations.csv").is_file() and not (clean / "text").exists()


def test_the_report_appendix_names_the_rendition_a_line_refers_to():
    from analysis.report import DistrictData, appendix

    documents = pd.DataFrame({"doc_id": ["a", "b"], "file": ["000_x.pdf", "001_y.txt"], "title": ["规划", "通知"],
                              "published": ["2021", "2022"], "rendition": ["text/a.txt", ""]})
    data = DistrictData("青禾县", "zh", {"documents": documents}, None, "", cited={("a", 12): "地区生产总值",
                                                                                 ("b", 3): "通知"})
    html = appendix(data).data
    assert "000_x.pdf → text/a.txt, 规划 (2021)" in html
    assert "001_y.txt, 通知 (2022)" in html and "001_y.txt →" not in html


def test_a_pdf_table_over_a_page_break_is_one_table_with_its_header_once(tmp_path):
    import importlib.util

    spec = importlib.util.spec_from_file_location("make_forms", FORMS_DIR / "make_fixtures.py")
    make = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(make)
    rows = [[make.C("序号"), make.C("工作任务"), make.C("牵头单位"), make.C("责任单位")]]
    rows += [[make.C(str(k)), make.C(f"完成第{k}项重点工程建设任务，新增投资{k}亿元。"), make.C("县发改委"),
              make.C("县统计局")] for k in range(1, 41)]
    blocks = [("p", "青禾县重点工作任务分工方案"), ("table", rows), ("p", "青禾县人民政府办公室")]
    (tmp_path / "tasks.pdf").write_bytes(make.as_pdf(blocks, "A5", "青禾县人民政府", repeat_header=True))
    import pdfplumber

    with pdfplumber.open(tmp_path / "tasks.pdf") as pdf:
        pages = [p.extract_text() for p in pdf.pages]
    assert len(pages) >= 3 and all("序号" in p for p in pages[:3])     # the header repeated on each page
    source = read_manifest(FORMS_DIR)[0].__class__("tasks.pdf", "tasks", "青禾县", "云州市", "江西省", "notice",
                                                   "2021", "分工")
    doc = read_document(tmp_path, source)
    assert len(doc.tables) == 1 and len(doc.tables[0].cells) == 41
    assert sum(line.startswith("序号\t") for line in doc.lines) == 1
    tables = extract([doc])
    tasks = tables["tasks"]
    assert list(tasks.task_no.astype(int)) == list(range(1, 41))
    assert tasks.text.iloc[39] == "完成第40项重点工程建设任务，新增投资40亿元。"
    assert doc.lines[tasks.line.iloc[39] - 1].startswith("40\t完成第40项")


def test_a_word_file_with_a_broken_part_is_one_clear_line(tmp_path):
    import io
    import zipfile

    out = io.BytesIO()
    with zipfile.ZipFile(FORMS_DIR / "plan.docx") as src, zipfile.ZipFile(out, "w") as dst:
        for info in src.infolist():
            data = src.read(info.filename)
            dst.writestr(info.filename, data[: len(data) // 2] if info.filename == "word/document.xml" else data)
    (tmp_path / "plan.docx").write_bytes(out.getvalue())
    source = read_manifest(FORMS_DIR)[0].__class__("plan.docx", "p", "青禾县", "云州市", "江西省", "plan", "2021", "t")
    with pytest.raises(InputError, match=r"plan\.docx: damaged or truncated Word file \(XMLSyntaxError"):
        read_document(tmp_path, source)


def test_word_paragraphs_keep_their_tabs_and_a_box_keeps_its_lines(tmp_path):
    import docx

    document = docx.Document()
    document.add_paragraph("表2 主要指标")
    for row in ("类别\t指标\t单位\t2020年\t2025年\t属性", "经济发展\t地区生产总值\t亿元\t156.3\t230\t预期性",
                "\t一般公共预算收入\t亿元\t9.8\t14.2\t预期性"):
        document.add_paragraph(row)
    box = document.add_table(rows=1, cols=1)
    box.cell(0, 0).text = "专栏1 重点工程\n1.青禾大道改造工程\n2.县城污水处理厂扩建工程"
    document.add_paragraph("第三章 主要任务")
    document.save(tmp_path / "tabs.docx")
    source = read_manifest(FORMS_DIR)[0].__class__("tabs.docx", "t", "青禾县", "云州市", "江西省", "plan", "2021", "t")
    doc = read_document(tmp_path, source)
    assert "\t一般公共预算收入\t亿元\t9.8\t14.2\t预期性" in doc.lines
    assert doc.tables == ()                                      # a one-cell box is text
    assert [line for line in doc.lines if line.startswith(("专栏", "1.", "2."))] == [
        "专栏1 重点工程", "1.青禾大道改造工程", "2.县城污水处理厂扩建工程"]
    obs = extract([doc])["observations"]
    assert sorted(zip(obs.indicator, obs.period, obs.value)) == [
        ("一般公共预算收入", "2020", 9.8), ("一般公共预算收入", "2025", 14.2),
        ("地区生产总值", "2020", 156.3), ("地区生产总值", "2025", 230)]


def test_pdf_line_joining_and_running_lines_by_rule():
    from analysis.extract.formats import _Line, _Page, _pdf_rendition

    def page(n, *lines):
        items = [_Line("青禾县人民政府公报", 200, 300, 20)]            # running header
        items += [_Line(text, x0, x1, 60 + 20 * k) for k, (text, x0, x1) in enumerate(lines)]
        items.append(_Line(f"- {n} -", 240, 260, 800))                   # page number
        return _Page(items, 842.0, left=50, right=550, char=10)

    pages = [page(1, ("　　全县地区生产总值达到168.2亿元，同比增长6.5%，主要经济指标增速位居全", 70, 550),
                  ("市前列，发展质量稳步提升", 50, 300),
                  ("第二章 发展目标", 50, 140),
                  ("　　到2025年，全县经济实力、创新能力和人民生活水平迈上新台阶，生态环境持", 70, 549)),
             page(2, ("续改善。", 50, 90),
                  ("　　二〇三五年远景目标基本实现，全县人均地区生产总值达到中等发达地区水平，", 70, 550),
                  ("一、稳住经济基本盘", 50, 150))]
    assert _pdf_rendition(pages).text() == (
        "全县地区生产总值达到168.2亿元，同比增长6.5%，主要经济指标增速位居全市前列，发展质量稳步提升\n\n"
        "第二章 发展目标\n\n"
        "到2025年，全县经济实力、创新能力和人民生活水平迈上新台阶，生态环境持续改善。\n\n"
        "二〇三五年远景目标基本实现，全县人均地区生产总值达到中等发达地区水平，\n\n"
        "一、稳住经济基本盘\n")


def test_a_page_that_is_only_a_table_is_read(tmp_path):
    (tmp_path / "list.html").write_text(
        '<html><head><meta charset="utf-8"></head><body><div class="nav"><a href="/">首页</a></div>'
        "<h1>青禾县2020年度工业十强企业名单</h1><table><tr><td>序号</td><td>企业名称</td></tr>"
        "<tr><td>1</td><td>江西青禾新材料股份有限公司</td></tr><tr><td>2</td><td>云州市恒通电子科技有限公司</td></tr>"
        "</table></body></html>", encoding="utf-8")
    source = read_manifest(FORMS_DIR)[0].__class__("list.html", "l", "青禾县", "云州市", "江西省", "notice", "2021", "t")
    doc = read_document(tmp_path, source)
    assert doc.lines == ("青禾县2020年度工业十强企业名单", "", "序号\t企业名称", "1\t江西青禾新材料股份有限公司",
                         "2\t云州市恒通电子科技有限公司")
    firms = extract([doc])["enterprises"]
    assert list(zip(firms["rank"], firms.name, firms.line)) == [(1, "江西青禾新材料股份有限公司", 4),
                                                                (2, "云州市恒通电子科技有限公司", 5)]


def test_the_manifest_url_reaches_documents_and_the_appendix_links_it(tmp_path):
    from analysis.report import DistrictData, appendix

    raw = tmp_path / "raw"
    raw.mkdir()
    (raw / "a.txt").write_text("2021年，全县地区生产总值100亿元。\n", encoding="utf-8")
    (raw / "sources.csv").write_text(
        "file,doc_id,district,city,province,doc_kind,published,title,url\n"
        "a.txt,a,青禾县,云州市,江西省,feature,2022,新闻,https://example.org/a?x=1&y=<2>\n", encoding="utf-8")
    tables = extract(read_documents(raw))
    assert tables["documents"].url.tolist() == ["https://example.org/a?x=1&y=<2>"]
    data = DistrictData("青禾县", "zh", tables, None, "", cited={("a", 1): "地区生产总值"})
    html = appendix(data).data
    assert '<a href="https://example.org/a?x=1&amp;y=&lt;2&gt;" rel="noopener">原文</a>' in html
