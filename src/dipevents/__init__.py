"""dipevents: typed, validated, serializable events about diplomacy and arms.

The model (:class:`Actor`, :class:`Visit`, :class:`Allegation`, :class:`Transfer`,
:class:`Launch` and their value types), its validation errors, and lossless serialization to
dicts, JSON, JSON Lines and JSON Schema; and the parser that reads them from English news text
(:func:`parse`, :func:`parse_many`).
"""

from __future__ import annotations

import importlib as _importlib
import typing as _typing

from ._actor import Actor
from ._errors import DipeventsError, ErrorDetail, ValidationError
from ._events import Allegation, Event, Launch, Transfer, Visit
from ._jsonl import read_jsonl, write_jsonl
from ._schema import SCHEMA_VERSION, json_schema
from ._serialize import from_dict, from_json, to_dict, to_json
from ._values import Item, Location, Measurement, Quantity, Span, TimeSpan
from ._version import __version__


if _typing.TYPE_CHECKING:
    from ._gazetteer import Gazetteer
    from ._parse import Document, ParseError, ParseResult, parse, parse_many

# The parser and the gazetteer load on first use, so that ``import dipevents`` stays cheap for
# code that only builds or reads events.
_LAZY = {
    "Document": "._parse",
    "Gazetteer": "._gazetteer",
    "ParseError": "._parse",
    "ParseResult": "._parse",
    "parse": "._parse",
    "parse_many": "._parse",
}


def __getattr__(name: str) -> _typing.Any:
    module = _LAZY.get(name)
    if module is None:
        msg = f"module 'dipevents' has no attribute {name!r}"
        raise AttributeError(msg)
    value = getattr(_importlib.import_module(module, __name__), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted({*globals(), *_LAZY})


__all__ = [
    "SCHEMA_VERSION",
    "Actor",
    "Allegation",
    "DipeventsError",
    "Document",
    "ErrorDetail",
    "Event",
    "Gazetteer",
    "Item",
    "Launch",
    "Location",
    "Measurement",
    "ParseError",
    "ParseResult",
    "Quantity",
    "Span",
    "TimeSpan",
    "Transfer",
    "ValidationError",
    "Visit",
    "__version__",
    "from_dict",
    "from_json",
    "json_schema",
    "parse",
    "parse_many",
    "read_jsonl",
    "to_dict",
    "to_json",
    "write_jsonl",
]
