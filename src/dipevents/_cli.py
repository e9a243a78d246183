"""The ``dipevents`` command line.

- ``dipevents parse PATH ...``: read news text, print the events found as JSON Lines
  (``--example`` runs on the article bundled with the package; ``--jsonl`` reads one document
  per line; ``--format json|jsonl|table``; ``--explain`` says why sentences gave no event).
- ``dipevents demo``: build example events, validate them and print them as JSON Lines.
- ``dipevents schema``: print the JSON Schema of serialized events.
- ``dipevents validate FILE.jsonl``: check a file of events, reporting every bad line.

User errors (a missing file, bad input) print a one-line message and exit with status 2 (1 for
``validate`` when the file was read but holds bad records); there is no traceback.
"""

from __future__ import annotations

import argparse
import datetime
import json
import os
import sys
from collections.abc import Iterator, Sequence
from typing import Any, TextIO

from ._errors import ValidationError
from ._events import Event
from ._jsonl import iter_jsonl_lines
from ._schema import json_schema
from ._serialize import from_dict, parse_json, to_dict, to_json
from ._version import __version__


__all__ = ["main"]


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="dipevents",
        description="Typed, validated events about diplomacy and arms.",
    )
    parser.add_argument("--version", action="version", version=f"dipevents {__version__}")
    commands = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")
    parse = commands.add_parser(
        "parse", help="extract events from news text and print them as JSON Lines"
    )
    parse.add_argument("paths", nargs="*", metavar="PATH", help="text files ('-' for stdin)")
    parse.add_argument(
        "--published",
        metavar="YYYY-MM-DD",
        help="the publication date that relative dates are resolved against",
    )
    parse.add_argument(
        "--jsonl",
        action="store_true",
        help='each input line is a document: {"id": ..., "text": ..., "published": ...}',
    )
    parse.add_argument(
        "--example", action="store_true", help="parse the example article bundled with dipevents"
    )
    parse.add_argument(
        "--format",
        choices=("jsonl", "json", "table"),
        default="jsonl",
        help="jsonl: one event per line (default); json: one array; table: a summary to read",
    )
    parse.add_argument(
        "--explain",
        action="store_true",
        help="also report, on stderr, why each sentence gave no event",
    )
    demo = commands.add_parser(
        "demo", help="build example events, validate them and print them as JSON"
    )
    demo.add_argument(
        "--format",
        choices=("jsonl", "json"),
        default="jsonl",
        help="jsonl: one event per line (default); json: one indented array",
    )
    commands.add_parser("schema", help="print the JSON Schema of serialized events")
    validate = commands.add_parser(
        "validate", help="check a JSON Lines file of events and report every bad line"
    )
    validate.add_argument("path", metavar="FILE.jsonl", help="the file to check ('-' for stdin)")
    return parser


def _demo(fmt: str, out: TextIO) -> int:
    from ._demo import demo_events  # noqa: PLC0415  (only this command needs it)

    events = demo_events()
    if fmt == "json":
        items = [json.loads(to_json(e)) for e in events]
        out.write(json.dumps(items, ensure_ascii=False, indent=2) + "\n")
    else:
        for event in events:
            out.write(to_json(event) + "\n")
    return 0


def _validate(path: str, out: TextIO, err: TextIO) -> int:
    good = bad = 0
    source = sys.stdin.buffer if path == "-" else path
    try:
        for number, line in iter_jsonl_lines(source):
            try:
                data = parse_json(line)
                if isinstance(data, dict):
                    data.pop("document_id", None)  # added by `dipevents parse --jsonl`
                from_dict(Event, data)
            except ValidationError as exc:
                bad += 1
                for detail in exc.errors:
                    err.write(f"{path}:{number}: {detail.path}: {detail.message}\n")
            else:
                good += 1
    except ValidationError as exc:
        bad += 1
        for detail in exc.errors:
            err.write(f"{path}:{detail.line}: {detail.message}\n")
    out.write(f"{good} valid, {bad} invalid\n")
    return 1 if bad else 0


class _UserError(Exception):
    """A mistake in the command's input: reported in one line, exit status 2."""


def _read_text(path: str) -> str:
    try:
        raw = sys.stdin.buffer.read() if path == "-" else _read_bytes(path)
        return raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        msg = f"{path}: not UTF-8 text (byte {exc.start}: {exc.reason})"
        raise _UserError(msg) from None


def _read_bytes(path: str) -> bytes:
    with open(path, "rb") as fp:
        return fp.read()


def _documents(args: argparse.Namespace, err: TextIO) -> Iterator[tuple[str | None, str, Any]]:
    """(document id, text, published) for every input document."""
    if args.example:
        from importlib.resources import files  # noqa: PLC0415

        folder = files("dipevents") / "data"
        meta = json.loads((folder / "example_article.json").read_text(encoding="utf-8"))
        published = args.published or meta.get("published")
        yield None, (folder / "example_article.txt").read_text(encoding="utf-8"), published
        return
    if not args.paths:
        msg = "give one or more PATHs ('-' for stdin), or --example"
        raise _UserError(msg)
    for path in args.paths:
        if not args.jsonl:
            yield (path if len(args.paths) > 1 else None), _read_text(path), args.published
            continue
        source = sys.stdin.buffer if path == "-" else path
        try:
            for number, line in iter_jsonl_lines(source):
                try:
                    record = json.loads(line)
                    if not isinstance(record, dict) or not isinstance(record.get("text"), str):
                        msg = 'expected an object with a "text" string'
                        raise ValueError(msg)
                except ValueError as exc:
                    err.write(f"dipevents: {path}:{number}: skipped: {exc}\n")
                    continue
                doc_id = record.get("id")
                published = record.get("published") or args.published
                yield (None if doc_id is None else str(doc_id)), record["text"], published
        except ValidationError as exc:
            for detail in exc.errors:
                err.write(f"dipevents: {path}:{detail.line}: skipped: {detail.message}\n")


def _parse_command(args: argparse.Namespace, out: TextIO, err: TextIO) -> int:
    from ._parse import parse  # noqa: PLC0415  (only this command needs the parser)

    if args.published is not None:
        try:
            datetime.date.fromisoformat(args.published)
        except ValueError:
            msg = f"--published: expected a date YYYY-MM-DD, got {args.published!r}"
            raise _UserError(msg) from None
    rows: list[dict[str, Any]] = []
    for doc_id, text, published in _documents(args, err):
        try:
            result = parse(text, published=published, explain=args.explain)
        except ValidationError as exc:
            where = doc_id or "input"
            err.write(f"dipevents: {where}: skipped: {exc.errors[0].message}\n")
            continue
        for event in result.events:
            record = to_dict(event)
            if doc_id is not None:
                record["document_id"] = doc_id
            if args.format == "jsonl":
                out.write(json.dumps(record, ensure_ascii=False) + "\n")
            else:
                rows.append(record)
        if args.explain:
            for note in result.diagnostics:
                where = f"{doc_id}: " if doc_id else ""
                trigger = f" [{note.trigger}]" if note.trigger else ""
                err.write(f"{where}{note.reason}{trigger}: {note.detail}: {note.text[:100]!r}\n")
    if args.format == "json":
        out.write(json.dumps(rows, ensure_ascii=False, indent=2) + "\n")
    elif args.format == "table":
        out.write(_table(rows))
    return 0


_ROLES = {
    "visit": ("visitor", "host"),
    "allegation": ("accuser", "accused"),
    "transfer": ("supplier", "recipient"),
    "launch": ("launcher", "target"),
}


def _table(rows: list[dict[str, Any]]) -> str:
    """A readable, aligned summary: one line per event."""

    def who(actor: dict[str, Any] | None) -> str:
        if actor is None:
            return "-"
        return f"{actor['name']} ({actor['country']})" if actor.get("country") else actor["name"]

    lines = [("kind", "from", "to", "when", "status", "what")]
    for row in rows:
        first, second = _ROLES[row["kind"]]
        when = row.get("when")
        span = (
            "-"
            if when is None
            else (
                when["start"] if when["start"] == when["end"] else f"{when['start']}..{when['end']}"
            )
        )
        items = row.get("items") or []
        what = ", ".join(i["name"] for i in items) or (row.get("claim_text") or "")
        lines.append(
            (row["kind"], who(row.get(first)), who(row.get(second)), span, row["status"], what[:40])
        )
    widths = [max(len(line[i]) for line in lines) for i in range(6)]
    return "".join(
        "  ".join(cell.ljust(widths[i]) for i, cell in enumerate(line)).rstrip() + "\n"
        for line in lines
    )


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line with *argv* (default: ``sys.argv[1:]``); return the exit status."""
    args = _parser().parse_args(argv)
    out, err = sys.stdout, sys.stderr
    try:
        if args.command == "parse":
            return _parse_command(args, out, err)
        if args.command == "demo":
            return _demo(args.format, out)
        if args.command == "schema":
            out.write(json.dumps(json_schema(), ensure_ascii=False, indent=2) + "\n")
            return 0
        return _validate(args.path, out, err)
    except _UserError as exc:
        err.write(f"dipevents: error: {exc}\n")
        return 2
    except BrokenPipeError:
        # The reader went away (``dipevents demo | head``): stop quietly, as Unix tools do.
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        return 0
    except OSError as exc:
        where = f": {exc.filename}" if exc.filename else ""
        err.write(f"dipevents: error: {exc.strerror or exc}{where}\n")
        return 2


if __name__ == "__main__":  # pragma: no cover
    raise SystemExit(main())
