"""dipevents: typed, validated, serializable events about diplomacy and arms.

The model (:class:`Actor`, :class:`Visit`, :class:`Allegation`, :class:`Transfer`,
:class:`Launch` and their value types), its validation errors, and lossless serialization to
dicts, JSON, JSON Lines and JSON Schema.
"""

from __future__ import annotations

from ._actor import Actor
from ._errors import DipeventsError, ErrorDetail, ValidationError
from ._events import Allegation, Event, Launch, Transfer, Visit
from ._jsonl import read_jsonl, write_jsonl
from ._schema import SCHEMA_VERSION, json_schema
from ._serialize import from_dict, from_json, to_dict, to_json
from ._values import Item, Location, Measurement, Quantity, Span, TimeSpan
from ._version import __version__


__all__ = [
    "SCHEMA_VERSION",
    "Actor",
    "Allegation",
    "DipeventsError",
    "ErrorDetail",
    "Event",
    "Item",
    "Launch",
    "Location",
    "Measurement",
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
    "read_jsonl",
    "to_dict",
    "to_json",
    "write_jsonl",
]
