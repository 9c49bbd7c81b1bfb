"""Command line: ``python -m analysis COMMAND``.

Errors caused by the input are printed as one line naming the file (and line)
and exit with status 1; usage errors exit with status 2.
"""

from __future__ import annotations

import argparse
import sys

from analysis.errors import AnalysisError, UsageError


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="python -m analysis", description=__doc__.splitlines()[0])
    commands = parser.add_subparsers(dest="command", required=True)
    extract = commands.add_parser("extract", help="raw documents -> validated clean tables")
    extract.add_argument("--raw", required=True, help="folder with sources.csv and the documents")
    extract.add_argument("--clean", required=True, help="folder to write the clean tables into")
    extract.add_argument("--doc-timeout", type=float, default=120.0, metavar="S",
                         help="seconds one document may take before it is stopped and flagged "
                              "timeout (default 120; 0 for no budget; not enforced with --executor dask)")
    _executor_options(extract)
    add = commands.add_parser("add", help="add a document (.txt, saved .html page, .pdf, .docx) to the raw folder")
    add.add_argument("file", help="the document as downloaded")
    add.add_argument("--district", required=True, help="district (or county) the document is about, e.g. 昌江区")
    add.add_argument("--city", required=True, help="prefecture-level city, e.g. 景德镇市")
    add.add_argument("--province", required=True, help="province, e.g. 江西省")
    add.add_argument("--kind", required=True, help="plan, feature, notice, bulletin or work_report")
    add.add_argument("--published", required=True, help="publication date: YYYY, YYYY-MM or YYYY-MM-DD")
    add.add_argument("--title", default=None, help="title as written (default: the file name)")
    add.add_argument("--url", default="", help="where it was downloaded from")
    add.add_argument("--doc-id", default=None, help="id to give it (default: proposed, e.g. changjiang_plan_2022)")
    add.add_argument("--raw", default="data/raw", help="raw folder (default data/raw; created with a manifest if missing)")
    audit = commands.add_parser("audit", help="check the documents' arithmetic and consistency")
    audit.add_argument("--clean", required=True, help="folder with the clean tables")
    evaluate = commands.add_parser("evaluate", help="score an extraction against a hand-coded answer key")
    evaluate.add_argument("--clean", required=True, help="folder with the clean tables")
    evaluate.add_argument("--key", required=True, help="answer key CSV (id,file,expect,district,indicator,...)")
    panel = commands.add_parser("panel", help="one value per district, indicator and period (after audit)")
    panel.add_argument("--clean", required=True, help="folder with the clean tables, audited")
    report = commands.add_parser("report", help="one papermill report per district, rendered to HTML")
    report.add_argument("--clean", required=True, help="folder with the clean tables")
    report.add_argument("--out", required=True, help="folder to write the reports into")
    report.add_argument("--district", default="all", help="a district name, or all (default)")
    report.add_argument("--lang", default="zh", help="zh (default) or en")
    report.add_argument("--jobs", type=int, default=1, help="districts built at once (default 1)")
    report.add_argument("--timeout", type=int, default=600, help="seconds a cell may run (default 600)")
    report.add_argument("--force", action="store_true",
                        help="build every report (default: only those whose inputs changed since their last good build)")
    report.add_argument("--fresh-kernels", action="store_true",
                        help="start a new kernel for every report (default: each worker keeps one warm kernel, "
                             "with a fresh namespace for every report)")
    _executor_options(report, jobs=False)
    return parser


def _executor_options(parser: argparse.ArgumentParser, jobs: bool = True) -> None:
    if jobs:
        parser.add_argument("--jobs", type=int, default=1, help="documents read at once (default 1)")
    parser.add_argument("--executor", default="local", help="local (default, a process pool) or dask")
    parser.add_argument("--scheduler", default=None, help="address of the Dask scheduler (with --executor dask)")


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    try:
        if args.command == "extract":
            from analysis.extract import run
            from analysis.extract.stage import stopped_documents

            if args.doc_timeout < 0:
                raise UsageError("--doc-timeout must be 0 (no budget) or a number of seconds")
            tables = run(args.raw, args.clean, executor=args.executor, jobs=args.jobs,
                         scheduler=args.scheduler, doc_timeout=args.doc_timeout)
            counts = ", ".join(f"{name} {len(frame)}" for name, frame in tables.items())
            print(f"wrote {args.clean}: {counts}")
            stopped = stopped_documents(tables)
            if len(stopped):
                print(f"{len(stopped)} document(s) stopped and left out (see flags):")
                for row in stopped.itertuples():
                    print(f"  {row.doc_id} ({row.text}): {row.kind}: {row.detail}")
        elif args.command == "add":
            from analysis.extract.add import add

            added = add(args.file, args.district, args.city, args.province, args.kind, args.published,
                        title=args.title, url=args.url, doc_id=args.doc_id, raw_dir=args.raw)
            print(f"added {added.doc_id}: {args.raw}/{added.file} ({added.input_type}, sha256 "
                  f"{added.sha256[:16]}...), row appended to {added.manifest}")
        elif args.command == "audit":
            from analysis.audit import run as run_audit

            findings = run_audit(args.clean)
            counts = findings.result.value_counts().to_dict()
            print(f"wrote {args.clean}/audit: {len(findings)} checks, {counts}")
        elif args.command == "evaluate":
            from analysis.evaluate import evaluate, summary, write

            evaluation = evaluate(args.clean, args.key)
            path = write(evaluation, args.clean)
            print(summary(evaluation))
            print(f"wrote {path}")
        elif args.command == "panel":
            from analysis.paneldata import build_panel

            panel = build_panel(args.clean)
            conflicts = int((panel.conflicts != "").sum())
            print(f"wrote {args.clean}/panel: {len(panel)} cells, {conflicts} with conflicting values")
        elif args.command == "report":
            from analysis.report.build import build, summary

            outcomes = build(args.clean, args.out, args.district, args.lang, args.jobs, args.timeout,
                             executor=args.executor, scheduler=args.scheduler, force=args.force,
                             warm=not args.fresh_kernels)
            print(summary(outcomes), file=sys.stderr if not all(o.ok for o in outcomes) else sys.stdout)
            return 0 if all(o.ok for o in outcomes) else 1
    except AnalysisError as err:
        print(f"error: {err}", file=sys.stderr)
        return err.exit_status
    return 0
