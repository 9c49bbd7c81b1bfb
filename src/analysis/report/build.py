"""Build the district reports: papermill once per district, rendered to static HTML.

``python -m analysis report --clean DIR --out DIR --district NAME|all
[--lang zh|en] [--jobs N]`` runs ``notebooks/10_district_report.ipynb`` for each
district present in the data, writes ``OUT/<slug>.ipynb`` and ``OUT/<slug>.html``
(code hidden: exported without input), ``OUT/compare.html`` from
``notebooks/20_compare_districts.ipynb`` and ``OUT/index.html``.

Parameters are checked before any kernel starts. Nothing one district does
stops the others:

- a kernel that fails to start (jupyter_client picks free ports and the kernel
  binds them later, so kernels started at once can race for a port:
  ``ZMQError: Address already in use``) is started again, up to
  ``START_ATTEMPTS`` times; "started" means the kernel answered before the
  first cell (nbclient's ``on_notebook_start``);
- any exception in a district's work (kernel start, notebook, export to HTML,
  its row of the index, even a worker process that dies) becomes that
  district's failure, named by stage: ``FAILED 昌江区: kernel start: ZMQError:
  Address already in use``; a failing cell is named by its number;
- ``index.html`` and ``build.json`` are always written, the failed districts
  marked; the build ends with a summary and a non-zero exit when any failed.

Reports run on warm kernels by default (:mod:`analysis.report.kernels`): each
worker keeps one kernel, with the imports done once, and gives every report a
fresh namespace; ``warm=False`` (``--fresh-kernels``) starts a kernel a report.
A kernel that dies or runs a cell over ``timeout`` is replaced and that one
report run once more (``RUNS``); a second loss is the report's failure
(``FAILED 昌江区: notebook: DeadKernelError: Kernel died``).

Builds are incremental (:mod:`analysis.report.fingerprint`): a report whose
inputs (its district's rows of the clean tables, the template, the analysis
code, the reference files, the language, the site's list of districts) did not
change since its last good build is kept as it is (its HTML, notebook and CSV
untouched); ``index.html`` is always written again, each district's row kept
with its fingerprint and made again only when it changed. ``build.json`` records for
each report ``action`` (built, reused) and ``reason`` (which inputs changed).
``--force`` (``force=True``) builds every report.
"""

from __future__ import annotations

import json
import re
import time
from dataclasses import dataclass, replace
from datetime import datetime, timezone
from functools import partial
from html import escape, unescape
from pathlib import Path

from jupyter_client.kernelspec import KernelSpecManager, NoSuchKernel
from papermill.exceptions import PapermillExecutionError
from tqdm import tqdm

from analysis.data import PROJECT_ROOT, load
from analysis.errors import UsageError
from analysis.executors import EXECUTORS, map_ordered
from analysis.report import fingerprint as fp
from analysis.report.site import slug, unique_slugs

KERNEL = "jiangxi-analysis"
NOTEBOOKS = PROJECT_ROOT / "notebooks"
REPORT_NOTEBOOK = NOTEBOOKS / "10_district_report.ipynb"
COMPARE_NOTEBOOK = NOTEBOOKS / "20_compare_districts.ipynb"
LANGS = ("zh", "en")
START_ATTEMPTS = 3            # kernel starts tried per notebook (the port race is transient)
START_DELAY = 0.5             # seconds before the second start, doubled before each next one
RUNS = 2                      # runs of a report whose kernel was lost (died, timed out): retried once


@dataclass(frozen=True)
class Outcome:
    name: str
    slug: str
    ok: bool
    detail: str = ""
    action: str = "built"     # built (the notebook ran) or reused (the page of an earlier build kept)
    reason: str = ""          # why it was built, or why it could be reused


def known_districts(clean_dir: str | Path) -> list[str]:
    """The districts present in the data (the manifest's districts), in order."""
    return sorted(load("documents", clean_dir).district.unique())


def check_parameters(clean_dir, district: str, lang: str) -> list[str]:
    """The districts to build; raises UsageError before any kernel starts."""
    known = known_districts(clean_dir)
    if lang not in LANGS:
        raise UsageError(f"unknown lang {lang!r}; expected one of {', '.join(LANGS)}")
    if district != "all" and district not in known:
        raise UsageError(f"unknown district {district!r}; known: {', '.join(known)}")
    try:
        KernelSpecManager().get_kernel_spec(KERNEL)
    except NoSuchKernel:
        raise UsageError(f"the Jupyter kernel {KERNEL!r} is not registered: run `make setup`") from None
    return known if district == "all" else [district]


def build(clean_dir: str | Path, out_dir: str | Path, district: str = "all", lang: str = "zh",
          jobs: int = 1, timeout: int = 600, executor: str = "local",
          scheduler: str | None = None, force: bool = False, warm: bool = True) -> list[Outcome]:
    """Run the whole build; returns one outcome a notebook (districts, then compare).

    Only the reports whose inputs changed are built, all with ``force``. ``warm`` (the default): each
    worker runs its reports on one kernel (:mod:`analysis.report.kernels`); otherwise a fresh kernel
    a report.
    ``index.html`` and ``build.json`` are written whatever the districts do.
    """
    clean_dir, out_dir = Path(clean_dir).resolve(), Path(out_dir).resolve()
    districts = check_parameters(clean_dir, district, lang)
    if executor not in EXECUTORS:
        raise UsageError(f"unknown executor {executor!r}; expected one of {', '.join(EXECUTORS)}")
    out_dir.mkdir(parents=True, exist_ok=True)
    tasks = report_tasks(clean_dir, districts, lang)
    nav = site_nav(clean_dir, districts, lang)
    prints = report_fingerprints(clean_dir, districts, lang, nav)
    reasons = {task[1]: ("forced" if force else _why_build(out_dir, task, prints)) for task in tasks}
    todo = [task for task in tasks if reasons[task[1]]]
    ran = iter(_run_all(todo, out_dir, jobs, timeout, executor, scheduler, nav, warm) if todo else [])
    outcomes = [Outcome(task[1], task[2], True, action="reused", reason="unchanged") if not reasons[task[1]]
                else _with_reason(next(ran), reasons[task[1]]) for task in tasks]
    outcomes = write_index(clean_dir, out_dir, districts, lang, outcomes, nav, prints)
    for outcome in outcomes:
        if not outcome.ok and not outcome.detail.startswith("index:"):      # its page, when it has none
            write_failure_page(outcome, out_dir, lang, nav)
        if outcome.ok and outcome.action == "built" and prints is not None:
            fp.store(out_dir, outcome.slug, prints[outcome.name])
        elif not outcome.ok:                  # never reused: built again next time
            fp.forget(out_dir, outcome.slug)
    write_json_summary(outcomes, out_dir)
    return outcomes


def report_tasks(clean_dir: Path, districts: list[str], lang: str) -> list[tuple]:
    """One task a report: (notebook, name, slug, papermill parameters); the districts, then the comparison."""
    slugs = unique_slugs(districts)
    tasks = [(REPORT_NOTEBOOK, name, slugs[name], {"district": name, "lang": lang,
                                                    "clean_dir": str(clean_dir)}) for name in districts]
    tasks.append((COMPARE_NOTEBOOK, "compare", "compare", {"lang": lang, "clean_dir": str(clean_dir)}))
    return tasks


def report_fingerprints(clean_dir: Path, districts: list[str], lang: str, nav) -> dict | None:
    """The fingerprint of every report, or None when the tables cannot be read (then everything is built,
    and the failures are the reports' own)."""
    from analysis.report import load_tables

    try:
        tables = load_tables(clean_dir)
    except Exception:                         # noqa: BLE001 - every report is built and reports the error itself
        return None
    return fp.fingerprints(tables, districts, lang, nav, REPORT_NOTEBOOK, COMPARE_NOTEBOOK)


def _why_build(out_dir: Path, task, prints: dict | None) -> str:
    """Why a report must be built, or '' when the page of the last good build can be kept."""
    if prints is None:
        return "tables unreadable"
    outputs = [f"{task[2]}.html", f"{task[2]}.ipynb"] + ([f"{task[2]}.csv"] if "district" in task[3] else [])
    return fp.why_build(out_dir, task[2], prints[task[1]], outputs)


def _with_reason(outcome: Outcome, reason: str) -> Outcome:
    return Outcome(outcome.name, outcome.slug, outcome.ok, outcome.detail, "built", reason)


def site_nav(clean_dir: Path, districts: list[str], lang: str) -> list[tuple[str, str]]:
    """The navigation of every page: the index, the districts (named in the page's language), the comparison."""
    from analysis.report.site import district_label, nav_links

    docs = load("documents", clean_dir)     # the build has read the clean folder already: it is there
    cities = dict(zip(docs.district, docs.city))
    slugs = unique_slugs(districts)
    return nav_links([(slugs[n], district_label(n, cities.get(n, ""), lang)) for n in districts], lang)


def _run_all(tasks, out_dir: Path, jobs: int, timeout: int, executor: str = "local",
             scheduler: str | None = None, nav: list | None = None, warm: bool = True) -> list[Outcome]:
    from analysis.report.kernels import shutdown_all

    with tqdm(total=len(tasks), desc="reports", unit="report") as bar:
        return map_ordered(partial(_render_task, out_dir=out_dir, timeout=timeout, nav=nav, warm=warm), tasks,
                           executor, jobs, scheduler, progress=bar.update, on_error=_task_failed,
                           teardown=shutdown_all if warm else None)


def _render_task(task, out_dir: Path, timeout: int, nav: list | None = None, warm: bool = True) -> Outcome:
    return render(*task, out_dir=out_dir, timeout=timeout, nav=nav, warm=warm)


def _task_failed(task, err: BaseException) -> Outcome:
    """The outcome of a task whose worker itself failed (a process that died, a result lost)."""
    return Outcome(task[1], task[2], False, _describe("worker", err))


def _describe(stage: str, err: BaseException) -> str:
    text = str(err).strip().splitlines()
    return f"{stage}: {type(err).__name__}" + (f": {text[0]}" if text else "")


def _papermill(notebook: Path, executed: Path, parameters: dict, timeout: int, on_start, warm: bool = True):
    """One papermill run; ``on_start`` is called once the kernel has answered.

    ``warm``: on this worker's kernel (:mod:`analysis.report.kernels`, started when there is none), with a
    fresh namespace; a kernel left untrusted by a failure other than a cell's own error is shut down.
    Otherwise on a kernel started for this run and shut down after it (papermill's default engine).
    """
    import papermill as pm

    common = dict(parameters=parameters, kernel_name=KERNEL, cwd=str(notebook.parent), execution_timeout=timeout,
                  progress_bar=False, log_output=False, request_save_on_cell_execute=False,
                  on_notebook_start=on_start)
    if not warm:
        return pm.execute_notebook(str(notebook), str(executed), **common)
    from analysis.report import kernels

    kernel = kernels.kernel_for(KERNEL, notebook.parent)
    try:
        return pm.execute_notebook(str(notebook), str(executed), engine_name=kernels.ENGINE, warm_kernel=kernel,
                                   **common)
    except PapermillExecutionError:
        raise                                  # a cell's own error: the kernel is sound
    except BaseException:
        kernels.discard(kernel)
        raise


def execute(notebook: Path, executed: Path, parameters: dict, timeout: int = 600, warm: bool = True):
    """Execute a notebook, starting its kernel again when the start fails, and running it once more on a
    new kernel when its kernel was lost (died, timed out; :func:`analysis.report.kernels.lost`).

    Returns the executed notebook; raises :class:`StageError` naming the stage
    (``kernel start`` or ``notebook``) of the last failure.
    """
    from analysis.report.kernels import lost

    for run in range(1, RUNS + 1):
        try:
            return _execute_started(notebook, executed, parameters, timeout, warm)
        except StageError as wrapped:
            if run == RUNS or wrapped.stage != "notebook" or not lost(wrapped.err):
                raise
    raise AssertionError("unreachable")


def _execute_started(notebook: Path, executed: Path, parameters: dict, timeout: int, warm: bool):
    for attempt in range(1, START_ATTEMPTS + 1):
        started = []
        try:
            return _papermill(notebook, executed, parameters, timeout, lambda **_: started.append(True), warm=warm)
        except Exception as err:               # noqa: BLE001 - classified by stage and re-raised
            if started:
                raise StageError("notebook", err) from err
            if attempt == START_ATTEMPTS:
                raise StageError("kernel start", err) from err
            time.sleep(START_DELAY * 2 ** (attempt - 1))
    raise AssertionError("unreachable")


class StageError(Exception):
    """An exception and the stage of a district's work it happened in."""

    def __init__(self, stage: str, err: BaseException):
        super().__init__(stage, err)
        self.stage, self.err = stage, err


def render(notebook: Path, name: str, file_slug: str, parameters: dict, out_dir: Path,
           timeout: int = 600, nav: list | None = None, warm: bool = True) -> Outcome:
    """Execute one notebook with papermill and export it to HTML without its code.

    Never raises: any failure is the outcome's ``detail``.
    """
    executed = out_dir / f"{file_slug}.ipynb"
    try:
        result = execute(notebook, executed, parameters, timeout, warm)
    except StageError as wrapped:
        err = wrapped.err
        if isinstance(err, PapermillExecutionError):
            return Outcome(name, file_slug, False, f"cell {err.exec_count}: {err.ename}: {err.evalue}")
        return Outcome(name, file_slug, False, _describe(wrapped.stage, err))
    try:
        if "district" in parameters:
            from analysis.report import load_tables, write_csv

            write_csv(load_tables(parameters["clean_dir"]), name, out_dir / f"{file_slug}.csv")
        page = export_html(result, parameters.get("lang", "zh"), nav, f"{file_slug}.html",
                           f"{file_slug}.csv" if "district" in parameters else "")
        (out_dir / f"{file_slug}.html").write_text(page, encoding="utf-8")
    except Exception as err:                   # noqa: BLE001 - reported as this district's failure
        return Outcome(name, file_slug, False, _describe("export", err))
    return Outcome(name, file_slug, True)


def export_html(notebook, lang: str = "zh", nav: list | None = None, current: str = "", download: str = "") -> str:
    """The executed notebook as a page of the site (:mod:`analysis.report.site`), without its code."""
    from analysis.report.site import notebook_body, page

    body = notebook_body(notebook)
    heading = re.search(r"<h1[^>]*>(.*?)</h1>", body, re.S)
    title = re.sub(r"<[^>]+>", "", heading.group(1)) if heading else current
    return page(unescape(title), body, lang, nav or [], current, download=download)


def write_index(clean_dir: Path, out_dir: Path, districts: list[str], lang: str,
                outcomes: list[Outcome], nav: list | None = None, prints: dict | None = None) -> list[Outcome]:
    """``index.html``: every district with its headline figures and a link.

    A district whose row cannot be made is listed as failed (stage ``index``);
    returns the outcomes with those failures. With the reports' fingerprints
    (``prints``), a district's row (name, city, figures) is kept in
    ``OUT/.build/<slug>.index.json`` with its fingerprint and made again only
    when the fingerprint changed (it reads the same rows as the report).
    """
    from analysis.report import load_tables
    from analysis.report.site import page, place_label

    by_name = {o.name: o for o in outcomes}
    slugs = unique_slugs(districts)
    try:
        tables = load_tables(clean_dir)
    except Exception as err:                   # noqa: BLE001 - the page is still written, every row failed
        tables = None
        failure = _describe("index", err)
    docs = tables["documents"] if tables is not None else None
    n_docs = docs.district.value_counts().to_dict() if docs is not None else {}
    rows = []
    for name in districts:
        try:
            if tables is None:
                raise RuntimeError(failure)
            kept = fp.stored_row(out_dir, slugs[name], prints[name]) if prints else None
            if kept is not None:
                shown_name, city, text = kept
            else:
                shown_name, city, text = _index_row(clean_dir, name, lang, tables)
                if prints:
                    fp.store_row(out_dir, slugs[name], prints[name], (shown_name, city, text))
        except Exception as err:               # noqa: BLE001 - reported as this district's failure
            text, city, shown_name = "—", "", name
            previous = by_name.get(name)
            detail = err.args[0] if tables is None else _describe("index", err)
            if previous is None or previous.ok:
                by_name[name] = (replace(previous, ok=False, detail=detail) if previous
                                 else Outcome(name, slugs[name], False, detail))
        outcome = by_name.get(name)
        failed = "（未能生成）" if lang == "zh" else " (failed)"
        link = (f'<a href="{escape(slugs[name])}.html">{escape(shown_name)}</a>' if outcome and outcome.ok
                else f"{escape(shown_name)}{failed}")
        rows.append(f"<tr><td>{link}</td><td>{escape(place_label(city, lang))}</td><td>{int(n_docs.get(name, 0))}</td>"
                    f"<td>{text}</td></tr>")
    built = datetime.now(timezone.utc).isoformat(timespec="seconds")
    compare = by_name.get("compare")
    zh = lang == "zh"
    heading = "县区经济社会数据报告" if zh else "County-level economic and social data reports"
    intro = (f"共{len(districts)}个县区。每个县区一页：要点、主要指标（最新实际值及其来源）、规划目标完成情况、"
             f"产业结构、居民收入、文中数据、数据质量和来源附录；另有县区比较页。" if zh else
             f"{len(districts)} districts. One page each: findings, key figures (latest actual values with their "
             f"sources), plan targets, structure, incomes, facts from the text, data quality and a sources "
             f"appendix; and a page comparing the districts.")
    compare_link = (f'<a href="compare.html">{"县区比较" if zh else "Compare districts"}</a>'
                    + ("" if compare and compare.ok else ("（未能生成）" if zh else " (failed)")))
    head = (["县区", "所属市", "文件数", "主要指标（最新实际值）"] if zh
            else ["District", "City", "Documents", "Key figures (latest actual)"])
    body = (f"<h1>{heading}</h1><p>{escape(intro)}</p><p>{compare_link}</p>"
            f"<table><tr>{''.join(f'<th>{h}</th>' for h in head)}</tr>{''.join(rows)}</table>")
    footer = f"{'生成时间' if zh else 'Built'} {built}"
    html = page(heading, body, lang, nav or [], "index.html", footer)
    (out_dir / "index.html").write_text(html, encoding="utf-8")
    return [by_name.get(o.name, o) for o in outcomes]


def _index_row(clean_dir: Path, name: str, lang: str, tables: dict) -> tuple[str, str, str]:
    """A district's name in the page's language, its city and its headline figures (HTML) for the index."""
    from analysis.report import DistrictData, headline_figures
    from analysis.report.site import district_label

    docs = tables["documents"]
    data = DistrictData.load(clean_dir, name, lang, tables)
    figures = headline_figures(data)
    city = docs[docs.district == name].city.iloc[0]
    text = "; ".join(f"{escape(data.name(f.indicator, f.indicator_id))} {escape(f.value)} {escape(f.unit)}"
                     f" ({escape(f.period or '—')})" for f in figures.itertuples()) or "—"
    return district_label(name, city, lang), city, text


def write_failure_page(outcome: Outcome, out_dir: Path, lang: str, nav: list) -> None:
    """The page of a district whose report failed: what failed, so that every link of the site works."""
    from analysis.report.site import page

    zh = lang == "zh"
    heading = f"{outcome.name}：报告未能生成" if zh else f"{outcome.name}: the report could not be built"
    body = (f"<h1>{escape(heading)}</h1><p>{'原因' if zh else 'Reason'}: <code>{escape(outcome.detail)}</code></p>"
            f"<p>{'其他页面不受影响。' if zh else 'The other pages are not affected.'}</p>")
    (out_dir / f"{outcome.slug}.html").write_text(page(heading, body, lang, nav, f"{outcome.slug}.html"),
                                                  encoding="utf-8")


def summary(outcomes: list[Outcome]) -> str:
    failed = [o for o in outcomes if not o.ok]
    reused = sum(o.ok and o.action == "reused" for o in outcomes)
    lines = [f"built {len(outcomes) - len(failed)} of {len(outcomes)} reports"
             + (f" ({reused} unchanged, kept)" if reused else "")]
    lines += [f"FAILED {o.name}: {o.detail}" for o in failed]
    return "\n".join(lines)


def write_json_summary(outcomes: list[Outcome], out_dir: Path) -> None:
    (Path(out_dir) / "build.json").write_text(json.dumps(
        [o.__dict__ for o in outcomes], ensure_ascii=False, indent=2), encoding="utf-8")


__all__ = ["build", "check_parameters", "known_districts", "render", "slug", "summary", "UsageError"]
