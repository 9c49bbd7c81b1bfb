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
"""

from __future__ import annotations

import json
import time
from dataclasses import dataclass
from datetime import datetime, timezone
from functools import lru_cache, partial
from html import escape
from pathlib import Path

from jupyter_client.kernelspec import KernelSpecManager, NoSuchKernel
from nbconvert import HTMLExporter
from papermill.exceptions import PapermillExecutionError
from pypinyin import lazy_pinyin
from tqdm import tqdm

from analysis.data import PROJECT_ROOT, load
from analysis.errors import UsageError
from analysis.executors import EXECUTORS, map_ordered

KERNEL = "jiangxi-analysis"
NOTEBOOKS = PROJECT_ROOT / "notebooks"
REPORT_NOTEBOOK = NOTEBOOKS / "10_district_report.ipynb"
COMPARE_NOTEBOOK = NOTEBOOKS / "20_compare_districts.ipynb"
LANGS = ("zh", "en")
START_ATTEMPTS = 3            # kernel starts tried per notebook (the port race is transient)
START_DELAY = 0.5             # seconds before the second start, doubled before each next one


@dataclass(frozen=True)
class Outcome:
    name: str
    slug: str
    ok: bool
    detail: str = ""


def slug(district: str) -> str:
    """ASCII file name of a district: 昌江区 -> changjiangqu."""
    text = "".join(lazy_pinyin(district, errors="ignore")).lower()
    return "".join(c for c in text if c.isalnum()) or "district"


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
          scheduler: str | None = None) -> list[Outcome]:
    """Run the whole build; returns one outcome a notebook (districts, then compare).

    ``index.html`` and ``build.json`` are written whatever the districts do.
    """
    clean_dir, out_dir = Path(clean_dir).resolve(), Path(out_dir).resolve()
    districts = check_parameters(clean_dir, district, lang)
    if executor not in EXECUTORS:
        raise UsageError(f"unknown executor {executor!r}; expected one of {', '.join(EXECUTORS)}")
    out_dir.mkdir(parents=True, exist_ok=True)
    tasks = [(REPORT_NOTEBOOK, name, slug(name), {"district": name, "lang": lang,
                                                   "clean_dir": str(clean_dir)}) for name in districts]
    tasks.append((COMPARE_NOTEBOOK, "compare", "compare", {"lang": lang, "clean_dir": str(clean_dir)}))
    outcomes = _run_all(tasks, out_dir, jobs, timeout, executor, scheduler)
    outcomes = write_index(clean_dir, out_dir, districts, lang, outcomes)
    write_json_summary(outcomes, out_dir)
    return outcomes


def _run_all(tasks, out_dir: Path, jobs: int, timeout: int, executor: str = "local",
             scheduler: str | None = None) -> list[Outcome]:
    with tqdm(total=len(tasks), desc="reports", unit="report") as bar:
        return map_ordered(partial(_render_task, out_dir=out_dir, timeout=timeout), tasks,
                           executor, jobs, scheduler, progress=bar.update, on_error=_task_failed)


def _render_task(task, out_dir: Path, timeout: int) -> Outcome:
    return render(*task, out_dir=out_dir, timeout=timeout)


def _task_failed(task, err: BaseException) -> Outcome:
    """The outcome of a task whose worker itself failed (a process that died, a result lost)."""
    return Outcome(task[1], task[2], False, _describe("worker", err))


def _describe(stage: str, err: BaseException) -> str:
    text = str(err).strip().splitlines()
    return f"{stage}: {type(err).__name__}" + (f": {text[0]}" if text else "")


def _papermill(notebook: Path, executed: Path, parameters: dict, timeout: int, on_start):
    """One papermill run; ``on_start`` is called once the kernel has answered."""
    import papermill as pm

    return pm.execute_notebook(str(notebook), str(executed), parameters=parameters, kernel_name=KERNEL,
                               cwd=str(notebook.parent), execution_timeout=timeout, progress_bar=False,
                               log_output=False, request_save_on_cell_execute=False,
                               on_notebook_start=on_start)


def execute(notebook: Path, executed: Path, parameters: dict, timeout: int = 600):
    """Execute a notebook, starting its kernel again when the start fails.

    Returns the executed notebook; raises :class:`StageError` naming the stage
    (``kernel start`` or ``notebook``) of the last failure.
    """
    for attempt in range(1, START_ATTEMPTS + 1):
        started = []
        try:
            return _papermill(notebook, executed, parameters, timeout, lambda **_: started.append(True))
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
           timeout: int = 600) -> Outcome:
    """Execute one notebook with papermill and export it to HTML without its code.

    Never raises: any failure is the outcome's ``detail``.
    """
    executed = out_dir / f"{file_slug}.ipynb"
    try:
        result = execute(notebook, executed, parameters, timeout)
    except StageError as wrapped:
        err = wrapped.err
        if isinstance(err, PapermillExecutionError):
            return Outcome(name, file_slug, False, f"cell {err.exec_count}: {err.ename}: {err.evalue}")
        return Outcome(name, file_slug, False, _describe(wrapped.stage, err))
    try:
        page = export_html(result, parameters.get("lang", "zh"))
        (out_dir / f"{file_slug}.html").write_text(page, encoding="utf-8")
    except Exception as err:                   # noqa: BLE001 - reported as this district's failure
        return Outcome(name, file_slug, False, _describe("export", err))
    return Outcome(name, file_slug, True)


def export_html(notebook, lang: str = "zh") -> str:
    """The executed notebook as an HTML page, without its code."""
    html, _ = _exporter().from_notebook_node(notebook)
    return html


@lru_cache(maxsize=1)
def _exporter() -> HTMLExporter:
    exporter = HTMLExporter(template_name="lab")
    exporter.exclude_input = True
    exporter.exclude_input_prompt = True
    exporter.exclude_output_prompt = True
    return exporter


def write_index(clean_dir: Path, out_dir: Path, districts: list[str], lang: str,
                outcomes: list[Outcome]) -> list[Outcome]:
    """``index.html``: every district with its headline figures and a link.

    A district whose row cannot be made is listed as failed (stage ``index``);
    returns the outcomes with those failures.
    """
    from analysis.report import DistrictData, headline_figures, load_tables

    by_name = {o.name: o for o in outcomes}
    try:
        tables = load_tables(clean_dir)
    except Exception as err:                   # noqa: BLE001 - the page is still written, every row failed
        tables = None
        failure = _describe("index", err)
    docs = tables["documents"] if tables is not None else None
    rows = []
    for name in districts:
        try:
            if tables is None:
                raise RuntimeError(failure)
            data = DistrictData.load(clean_dir, name, lang, tables)
            figures = headline_figures(data)
            text = "; ".join(f"{escape(data.name(f.indicator, f.indicator_id))} {escape(f.value)} {escape(f.unit)}"
                             f" ({escape(f.period or '—')})" for f in figures.itertuples()) or "—"
            city = docs[docs.district == name].city.iloc[0]
        except Exception as err:               # noqa: BLE001 - reported as this district's failure
            text, city = "—", ""
            previous = by_name.get(name)
            detail = err.args[0] if tables is None else _describe("index", err)
            if previous is None or previous.ok:
                by_name[name] = Outcome(name, slug(name), False, detail)
        outcome = by_name.get(name)
        link = (f'<a href="{escape(slug(name))}.html">{escape(name)}</a>' if outcome and outcome.ok
                else f"{escape(name)} (failed)")
        n_docs = int((docs.district == name).sum()) if docs is not None else 0
        rows.append(f"<tr><td>{link}</td><td>{escape(city)}</td><td>{n_docs}</td><td>{text}</td></tr>")
    built = datetime.now(timezone.utc).isoformat(timespec="seconds")
    compare = by_name.get("compare")
    heading = "县区经济社会数据报告" if lang == "zh" else "County-level economic reports"
    html = f"""<!DOCTYPE html>
<html lang="{'zh-CN' if lang == 'zh' else 'en'}"><head><meta charset="utf-8">
<title>{heading}</title>
<style>body{{font-family:"Noto Sans CJK SC","PingFang SC","Microsoft YaHei","Source Han Sans SC",sans-serif;
max-width:1100px;margin:2em auto;padding:0 1em;color:#222}} table{{border-collapse:collapse;width:100%}}
td,th{{border-bottom:1px solid #ddd;padding:.4em;text-align:left;vertical-align:top}}</style></head>
<body><h1>{heading}</h1>
<p>{len(districts)} districts · built {built} · <a href="compare.html">{'县区比较' if lang == 'zh' else 'Compare districts'}</a>{'' if compare and compare.ok else ' (failed)'}</p>
<table><tr><th>District</th><th>City</th><th>Documents</th><th>Headline figures</th></tr>
{''.join(rows)}</table></body></html>
"""
    (out_dir / "index.html").write_text(html, encoding="utf-8")
    return [by_name.get(o.name, o) for o in outcomes]


def summary(outcomes: list[Outcome]) -> str:
    failed = [o for o in outcomes if not o.ok]
    lines = [f"built {len(outcomes) - len(failed)} of {len(outcomes)} reports"]
    lines += [f"FAILED {o.name}: {o.detail}" for o in failed]
    return "\n".join(lines)


def write_json_summary(outcomes: list[Outcome], out_dir: Path) -> None:
    (Path(out_dir) / "build.json").write_text(json.dumps(
        [o.__dict__ for o in outcomes], ensure_ascii=False, indent=2), encoding="utf-8")


__all__ = ["build", "check_parameters", "known_districts", "render", "slug", "summary", "UsageError"]
