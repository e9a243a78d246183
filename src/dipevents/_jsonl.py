"""JSON Lines: one JSON object per line, UTF-8, ``\\n`` between records.

Strings may hold U+2028, U+2029, U+0085 and other characters that ``str.splitlines()`` treats as
line breaks; the writer emits them raw (as JSON allows) and the reader splits on ``\\n`` only, so
they survive.
"""

from __future__ import annotations

import io
import os
from collections.abc import Iterable, Iterator
from typing import IO, Any, TypeVar, cast

from ._errors import ValidationError
from ._serialize import from_dict, parse_json, to_json


__all__ = ["iter_jsonl_lines", "read_jsonl", "write_jsonl"]

T = TypeVar("T")
Source = str | os.PathLike[str] | IO[bytes] | IO[str]


def write_jsonl(
    objects: Iterable[Any], target: str | os.PathLike[str] | IO[bytes] | IO[str]
) -> int:
    """Write model objects to *target* (a path or an open file), one JSON object per line.

    Returns the number of records written.

    Example:
        >>> import io, dipevents
        >>> buffer = io.StringIO()
        >>> dipevents.write_jsonl([dipevents.Location(name="Baikonur", country="KAZ")], buffer)
        1
        >>> buffer.getvalue()
        '{"name": "Baikonur", "country": "KAZ"}\\n'
    """
    if isinstance(target, (str, os.PathLike)):
        with open(target, "w", encoding="utf-8", newline="\n") as fp:
            return write_jsonl(objects, fp)
    count = 0
    binary = not isinstance(target, io.TextIOBase) and "b" in getattr(target, "mode", "b")
    for obj in objects:
        line = to_json(obj) + "\n"
        if binary:
            cast("IO[bytes]", target).write(line.encode("utf-8"))
        else:
            cast("IO[str]", target).write(line)
        count += 1
    return count


def iter_jsonl_lines(source: Source) -> Iterator[tuple[int, str]]:
    """Yield ``(line_number, line)`` for every non-blank line of *source*, split on ``\\n`` only.

    Bytes that are not UTF-8 raise a :class:`~dipevents.ValidationError` naming the line.
    """
    if isinstance(source, (str, os.PathLike)):
        with open(source, "rb") as fp:
            yield from iter_jsonl_lines(fp)
        return
    if isinstance(source, io.TextIOBase):
        chunks: Iterable[str | bytes] = iter(source.readline, "")
    else:
        chunks = source
    for number, raw in enumerate(chunks, start=1):
        if isinstance(raw, bytes):
            try:
                line = raw.decode("utf-8")
            except UnicodeDecodeError as exc:
                raise ValidationError.at_line(number, f"invalid UTF-8 ({exc.reason})") from None
        else:
            line = raw
        if line.strip():
            yield number, line.rstrip("\r\n")


def read_jsonl(cls: type[T], source: Source) -> Iterator[T]:
    """Read model objects of type *cls* from JSON Lines (a path or an open file).

    Blank lines are skipped. The first bad line raises a :class:`~dipevents.ValidationError`
    whose details carry the line number and the JSON path of each bad field.

    Example:
        >>> import io, dipevents
        >>> data = io.BytesIO(b'{"name": "Baikonur", "country": "KAZ"}\\n')
        >>> list(dipevents.read_jsonl(dipevents.Location, data))
        [Location(name='Baikonur', country='KAZ')]
    """
    for number, line in iter_jsonl_lines(source):
        try:
            yield from_dict(cls, parse_json(line))
        except ValidationError as exc:
            raise ValidationError(d.at_line(number) for d in exc.errors) from exc
