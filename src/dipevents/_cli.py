"""The ``dipevents`` command line.

- ``dipevents demo``: build example events, validate them and print them as JSON Lines.
- ``dipevents schema``: print the JSON Schema of serialized events.
- ``dipevents validate FILE.jsonl``: check a file of events, reporting every bad line.

User errors (a missing file, bad input) print a one-line message and exit with status 2 (1 for
``validate`` when the file was read but holds bad records); there is no traceback.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from collections.abc import Sequence
from typing import TextIO

from ._errors import ValidationError
from ._events import Event
from ._jsonl import iter_jsonl_lines
from ._schema import json_schema
from ._serialize import from_dict, parse_json, to_json
from ._version import __version__


__all__ = ["main"]


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="dipevents",
        description="Typed, validated events about diplomacy and arms.",
    )
    parser.add_argument("--version", action="version", version=f"dipevents {__version__}")
    commands = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")
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
                from_dict(Event, parse_json(line))
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


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line with *argv* (default: ``sys.argv[1:]``); return the exit status."""
    args = _parser().parse_args(argv)
    out, err = sys.stdout, sys.stderr
    try:
        if args.command == "demo":
            return _demo(args.format, out)
        if args.command == "schema":
            out.write(json.dumps(json_schema(), ensure_ascii=False, indent=2) + "\n")
            return 0
        return _validate(args.path, out, err)
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
