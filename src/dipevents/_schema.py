"""The JSON Schema (Draft 2020-12) of the serialized model, generated from the attrs classes.

The schema follows the converter's choices: events tagged with ``"kind"``, dates as
``YYYY-MM-DD``, decimals as strings, no unknown keys. ``SCHEMA_VERSION`` changes whenever the
serialized shape does.
"""

from __future__ import annotations

import copy
import decimal
import functools
import types
from typing import Any, Literal, Union, get_args, get_origin

import attrs
import pendulum

from ._actor import Actor
from ._events import EVENT_CLASSES, Event
from ._serialize import MODEL_CLASSES
from ._values import Location, Span


__all__ = ["SCHEMA_VERSION", "json_schema"]

SCHEMA_VERSION = "1"
"""The version of the serialized shape. Bumped, with a CHANGELOG entry, whenever it changes."""

_TEXT = {
    "type": "string",
    "minLength": 1,
    "pattern": r"^\S(?:[\s\S]*\S)?$",
    "description": "Non-empty, without leading or trailing whitespace.",
}
_COUNTRY = {
    "type": "string",
    "pattern": "^[A-Z]{3}$",
    "description": "An ISO 3166-1 alpha-3 country code.",
}
_DECIMAL = {
    "type": "string",
    "pattern": r"^[0-9]+(?:\.[0-9]+)?(?:[eE][+-]?[0-9]+)?$",
    "description": "A non-negative decimal number written as a string, so no digit is lost.",
}
_DATE = {"type": "string", "format": "date", "pattern": "^[0-9]{4}-[0-9]{2}-[0-9]{2}$"}
_ID = {
    "type": "string",
    "pattern": "^ev-[0-9a-f]{24}$",
    "description": "Derived from the content; optional on input, checked when given.",
}
#: Fields whose strings are free text rather than names.
_RAW_STRINGS = {(Span, "text")}
_COUNTRY_FIELDS = {(Actor, "country"), (Location, "country")}


def _ref(cls: type) -> dict[str, Any]:
    return {"$ref": f"#/$defs/{cls.__name__}"}


def _field_schema(owner: type, name: str, tp: Any) -> dict[str, Any]:
    origin = get_origin(tp)
    args = get_args(tp)
    if origin in (Union, types.UnionType):
        members = [a for a in args if a is not type(None)]
        inner = (
            _field_schema(owner, name, members[0])
            if len(members) == 1
            else {"oneOf": [_ref(m) for m in members]}
        )
        if type(None) in args:
            return {"anyOf": [inner, {"type": "null"}]}
        return inner
    if origin is Literal:
        return {"enum": list(args)}
    if origin is tuple:
        return {"type": "array", "items": _field_schema(owner, name, args[0])}
    if attrs.has(tp):
        return _ref(tp)
    if tp is str:
        if (owner, name) in _COUNTRY_FIELDS:
            return dict(_COUNTRY)
        if (owner, name) in _RAW_STRINGS:
            return {"type": "string", "minLength": 1}
        return dict(_TEXT)
    if tp is bool:
        return {"type": "boolean"}
    if tp is int:
        return {"type": "integer", "minimum": 0}
    if tp is decimal.Decimal:
        return dict(_DECIMAL)
    if tp is pendulum.Date:
        return dict(_DATE)
    msg = f"no JSON Schema rule for {owner.__name__}.{name}: {tp!r}"  # pragma: no cover
    raise TypeError(msg)  # pragma: no cover


def _class_schema(cls: type) -> dict[str, Any]:
    attrs.resolve_types(cls)
    fields = attrs.fields(cls)
    properties: dict[str, Any] = {}
    required: list[str] = []
    if issubclass(cls, Event):
        properties["kind"] = {"const": cls.kind}
        properties["id"] = dict(_ID)
        required.append("kind")
        common = [f for f in fields if f.name in {g.name for g in attrs.fields(Event)}]
        fields = tuple(f for f in fields if f not in common) + tuple(common)
    for field in fields:
        properties[field.name] = _field_schema(cls, field.name, field.type)
        if field.default is attrs.NOTHING:
            required.append(field.name)
    doc = (cls.__doc__ or "").strip().split("\n\n")[0].replace("\n", " ")
    return {
        "type": "object",
        "description": doc,
        "properties": properties,
        "required": required,
        "additionalProperties": False,
    }


@functools.cache
def _build() -> dict[str, Any]:
    defs: dict[str, Any] = {"Event": {"oneOf": [_ref(cls) for cls in EVENT_CLASSES]}}
    for cls in MODEL_CLASSES:
        defs[cls.__name__] = _class_schema(cls)
    return {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "$id": f"urn:dipevents:schema:{SCHEMA_VERSION}",
        "title": "dipevents event",
        "description": (
            "An event extracted by dipevents: a visit, an allegation, a transfer or a launch, "
            "tagged by its 'kind'. The other definitions in $defs describe the value types."
        ),
        "x-dipevents-schema-version": SCHEMA_VERSION,
        "$ref": "#/$defs/Event",
        "$defs": defs,
    }


def json_schema() -> dict[str, Any]:
    """Return the JSON Schema (Draft 2020-12) of a serialized event.

    The model's value types are in ``$defs`` (``#/$defs/Actor``, ``#/$defs/TimeSpan``...), so a
    validator can check any serialized object against its own definition. The result is a fresh
    copy on every call.

    Example:
        >>> import dipevents
        >>> dipevents.json_schema()["$defs"]["Visit"]["properties"]["kind"]
        {'const': 'visit'}
    """
    return copy.deepcopy(_build())
