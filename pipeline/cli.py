"""The command line: ``dkcouncil run|repair|schema``. Exit 0 all records, 1 some failed, 2 bad usage."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from dkcouncil import __version__

EPILOG = """\
examples:
  dkcouncil run corpus/ -o out.jsonl          every document under corpus/ to JSON Lines
  dkcouncil run referater/ -o out.db --jobs 2 a SQLite database to browse with datasette
  dkcouncil run a.pdf b.md                    JSON Lines on stdout
  dkcouncil repair scan.txt --log repairs.json
  dkcouncil schema > council_document.schema.json
  dkcouncil decisions out.db --municipality Norddjurs --outcome rejected

exit status: 0 every document became a record, 1 some failed (each reported on stderr and as an
error record), 2 bad usage.
"""


def _positive_float(value: str) -> float:
    number = float(value)
    if number < 0:
        raise argparse.ArgumentTypeError(f"must be 0 or more, not {value}")
    return number


def _threshold(value: str) -> float:
    number = float(value)
    if not 0.0 <= number <= 1.0:
        raise argparse.ArgumentTypeError(f"must be between 0 and 1, not {value}")
    return number


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="dkcouncil",
        description="Danish council documents (referater, dagsordener, sager, budgetaftaler) to "
        "validated JSON records: who decided what, when, with which money.",
        epilog=EPILOG,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("--version", action="version", version=f"dkcouncil {__version__}")
    commands = parser.add_subparsers(dest="command", metavar="COMMAND", required=True)

    run = commands.add_parser(
        "run",
        help="documents (.txt .md .html .pdf, files or folders) to records",
        description="Every document under PATH to one record each.",
    )
    run.add_argument("paths", nargs="+", metavar="PATH", help="files or folders (searched recursively)")
    run.add_argument(
        "-o",
        "--output",
        metavar="OUT",
        default="-",
        help="OUT.jsonl (JSON Lines), OUT.parquet (Parquet tables), OUT.db/.sqlite (SQLite); "
        "'-' or none: JSON Lines on stdout",
    )
    run.add_argument("-j", "--jobs", type=int, default=1, metavar="N", help="worker processes (default 1)")
    run.add_argument("--resume", action="store_true", help="skip documents already in OUT (by sha256)")
    run.add_argument(
        "--ner",
        default="default",
        metavar="MODEL",
        help="default (our embedded model), dacy-small, dacy-medium, dacy-large, or a spaCy pipeline directory",
    )
    run.add_argument(
        "--repair-threshold",
        type=_threshold,
        default=0.5,
        metavar="P",
        help="confidence an OCR repair needs (0-1; higher repairs less, more surely; default 0.5)",
    )
    run.add_argument(
        "--timeout",
        type=_positive_float,
        default=300.0,
        metavar="SECONDS",
        help="time limit per document; past it the document becomes an error record (0: none; default 300)",
    )
    run.add_argument(
        "--max-bytes",
        type=int,
        default=200 * 1024 * 1024,
        metavar="N",
        help="largest input file in bytes (default 200 MiB)",
    )
    run.add_argument("--max-pages", type=int, default=2000, metavar="N", help="most PDF pages (default 2000)")
    run.add_argument(
        "--max-decoded-mb",
        type=int,
        default=256,
        metavar="N",
        help="most megabytes a PDF's compressed text streams may expand to (default 256)",
    )
    run.add_argument(
        "--max-line-chars",
        type=int,
        default=200_000,
        metavar="N",
        help="longest line in characters (default 200000)",
    )
    run.add_argument(
        "--ocr",
        action="store_true",
        help="OCR PDFs without a text layer with tesseract (needs its Danish data: tesseract-ocr-dan)",
    )
    run.add_argument(
        "--engine",
        choices=("local", "dask"),
        default="local",
        help="local processes (default) or a Dask cluster",
    )
    run.add_argument(
        "--scheduler",
        metavar="ADDRESS",
        help="with --engine dask: the scheduler, e.g. tcp://10.0.0.5:8786 (default: a local cluster)",
    )
    cpr = run.add_mutually_exclusive_group()
    cpr.add_argument(
        "--redact-cpr",
        dest="redact_cpr",
        action="store_true",
        default=None,
        help="mask CPR numbers (personal ID numbers) in records (default for .parquet and .db output)",
    )
    cpr.add_argument(
        "--keep-cpr",
        dest="redact_cpr",
        action="store_false",
        help="keep CPR numbers as written (default for JSONL; they are always flagged in warnings)",
    )
    progress = run.add_mutually_exclusive_group()
    progress.add_argument(
        "--progress",
        dest="progress",
        action="store_true",
        default=None,
        help="show a progress bar (default: when stderr is a terminal)",
    )
    progress.add_argument("--no-progress", dest="progress", action="store_false")

    repair = commands.add_parser(
        "repair",
        help="the repair stage alone: repaired text to stdout",
        description="Undo encoding mojibake and OCR damage; the repaired text goes to stdout.",
    )
    repair.add_argument("file", nargs="?", metavar="FILE", help="text file (default: stdin)")
    repair.add_argument("--log", metavar="F", help="write every repair as JSON to F")
    repair.add_argument(
        "--threshold",
        type=_threshold,
        default=0.5,
        metavar="P",
        help="confidence an OCR repair needs (0-1, default 0.5)",
    )

    commands.add_parser("schema", help="the JSON Schema of the record", description="Print the JSON Schema.")

    decisions = commands.add_parser(
        "decisions",
        help="who decided what: a table of the decisions in a run's output",
        description="The decisions in OUT (.jsonl, .parquet or .db written by dkcouncil run), filtered.",
    )
    decisions.add_argument("output", metavar="OUT", help="the output of dkcouncil run")
    decisions.add_argument("--municipality", metavar="X", help="e.g. Norddjurs")
    decisions.add_argument("--body", metavar="Y", help="part of the body's name, e.g. Økonomiudvalget")
    decisions.add_argument("--party", metavar="A", help="a party letter that voted or stood aside")
    decisions.add_argument(
        "--outcome",
        choices=("approved", "recommended", "noted", "rejected", "postponed", "discussed", "other"),
    )
    decisions.add_argument("--json", action="store_true", help="JSON Lines instead of a table")
    return parser


def _is_table_output(output: str) -> bool:
    """Parquet and SQLite outputs are shared and browsed, so personal ID numbers are masked by default."""
    return Path(output).suffix.lower() in (".parquet", ".db", ".sqlite", ".sqlite3")


def _cmd_run(args: argparse.Namespace) -> int:
    from dkcouncil.batch import run
    from dkcouncil.process import Options
    from dkcouncil.read import Limits
    from dkcouncil.tag.backends import NERBackendError

    if args.jobs < 1:
        print("dkcouncil: error: --jobs must be at least 1", file=sys.stderr)
        return 2
    missing = [p for p in args.paths if not Path(p).exists()]
    if missing:
        print(f"dkcouncil: error: no such file or folder: {', '.join(missing)}", file=sys.stderr)
        return 2
    options = Options(
        ner=args.ner,
        repair_threshold=args.repair_threshold,
        timeout=args.timeout,
        limits=Limits(
            max_bytes=args.max_bytes,
            max_pages=args.max_pages,
            max_line_chars=args.max_line_chars,
            max_decoded_bytes=args.max_decoded_mb * 1024 * 1024,
        ),
        ocr=args.ocr,
        redact_cpr=args.redact_cpr if args.redact_cpr is not None else _is_table_output(args.output),
    )

    def report(record) -> None:
        print(f"dkcouncil: error: {record.error.message}", file=sys.stderr)

    try:
        summary = run(
            args.paths,
            args.output,
            options=options,
            jobs=args.jobs,
            resume=args.resume,
            progress=args.progress,
            on_error=report,
        )
    except NERBackendError as exc:
        print(f"dkcouncil: error: {exc}", file=sys.stderr)
        return 2
    print(summary.line(), file=sys.stderr)
    return 1 if summary.errors else 0


def _cmd_repair(args: argparse.Namespace) -> int:
    from dkcouncil.read import ReadError, read_path
    from dkcouncil.read.text import decode_bytes
    from dkcouncil.repair import repair_text

    if args.file:
        try:
            text = read_path(args.file).text
        except ReadError as exc:
            print(f"dkcouncil: error: {exc}", file=sys.stderr)
            return 1
    else:
        text, _ = decode_bytes(sys.stdin.buffer.read())
    result = repair_text(text, threshold=args.threshold)
    sys.stdout.write(result.text)
    if args.log:
        log = [r.model_dump() for r in result.repairs]
        Path(args.log).write_text(json.dumps(log, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    return 0


def _cmd_decisions(args: argparse.Namespace) -> int:
    from dkcouncil.query import load_decisions, select

    if not Path(args.output).exists():
        print(f"dkcouncil: error: no such file: {args.output}", file=sys.stderr)
        return 2
    rows = select(
        load_decisions(args.output),
        municipality=args.municipality,
        body=args.body,
        party=args.party,
        outcome=args.outcome,
    )
    if args.json:
        for row in rows:
            print(json.dumps(row.as_dict(), ensure_ascii=False))
        return 0
    from rich.console import Console
    from rich.table import Table

    table = Table(title=f"{len(rows)} decisions", show_lines=True)
    for column in ("date", "body", "item", "outcome", "votes", "absent", "amounts (kr.)"):
        table.add_column(column, overflow="fold")
    for row in rows:
        votes = "; ".join(
            f"{label}: {', '.join(v)}"
            for label, v in (
                ("for", row.votes_for),
                ("imod", row.votes_against),
                ("undlod", row.votes_abstained),
            )
            if v
        )
        absent = ", ".join([*(f"{n} (deltog ikke)" for n in row.not_participating), *row.absent])
        amounts = ", ".join(f"{a:,.0f}".replace(",", ".") for a in row.amounts_dkk)
        body = ", ".join(x for x in (row.body, row.municipality) if x)
        table.add_row(row.date or "", body, row.item, row.outcome or "", votes, absent, amounts)
    Console(width=max(120, Console().width)).print(table)
    return 0


def _cmd_schema(_: argparse.Namespace) -> int:
    from dkcouncil.schemas import json_schema_text

    sys.stdout.write(json_schema_text())
    return 0


def main(argv: list[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)  # exits 2 on bad usage, as the contract says
    handlers = {"run": _cmd_run, "repair": _cmd_repair, "schema": _cmd_schema, "decisions": _cmd_decisions}
    try:
        return handlers[args.command](args)
    except KeyboardInterrupt:
        print("dkcouncil: interrupted; completed records are kept (rerun with --resume)", file=sys.stderr)
        return 130
    except BrokenPipeError:
        return 0
