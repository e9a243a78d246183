"""The public (de)serializers: dicts, JSON text, and strict JSON parsing.

The cattrs converter behind them (``_converter``) is imported and built on first use, so
``import dipevents`` stays cheap.
"""

from __future__ import annotations

import json
from typing import Any, TypeVar

import attrs

from ._actor import Actor
from ._errors import ErrorDetail, ValidationError
from ._events import EVENT_CLASSES, Event
from ._values import Item, Location, Measurement, Quantity, Span, TimeSpan


__all__ = ["MODEL_CLASSES", "from_dict", "from_json", "parse_json", "to_dict", "to_json"]

T = TypeVar("T")

MODEL_CLASSES: tuple[type, ...] = (
    Actor,
    TimeSpan,
    Quantity,
    Measurement,
    Item,
    Span,
    Location,
    *EVENT_CLASSES,
)
"""Every attrs class that can be (de)serialized, events included."""


def to_dict(obj: Any) -> dict[str, Any]:
    """Serialize a model object to a dict of JSON-native values.

    Events carry ``"kind"`` and ``"id"``; dates become ``"YYYY-MM-DD"``; decimals become strings.

    Example:
        >>> import dipevents
        >>> dipevents.to_dict(dipevents.Actor(name="NATO", kind="organization"))
        {'name': 'NATO', 'kind': 'organization', 'country': None, 'role': None}
    """
    if not attrs.has(type(obj)) or type(obj) not in MODEL_CLASSES:
        msg = f"to_dict() takes a dipevents model object, got {type(obj).__name__}"
        raise TypeError(msg)
    from ._converter import get_converter  # noqa: PLC0415  (lazy: keeps the import cheap)

    result: dict[str, Any] = get_converter().unstructure(obj)
    return result


def from_dict(cls: type[T], data: Any) -> T:
    """Build a model object of type *cls* from a dict, checking every field.

    Pass :class:`~dipevents.Event` to accept any event kind (it dispatches on ``"kind"``).

    Raises:
        ValidationError: with the JSON path of every bad field.

    Example:
        >>> import dipevents
        >>> dipevents.from_dict(dipevents.Actor, {"name": "Kremlin", "kind": "government",
        ...                                      "country": "RUS", "role": None})
        Actor(name='Kremlin', kind='government', country='RUS', role=None)
    """
    if cls is not Event and cls not in MODEL_CLASSES:
        msg = f"from_dict() takes a dipevents model class or Event, got {cls!r}"
        raise TypeError(msg)
    from ._converter import details, get_converter  # noqa: PLC0415  (lazy: keeps the import cheap)

    try:
        result: T = get_converter().structure(data, cls)
    except Exception as exc:
        raise ValidationError(details(exc, "$")) from exc
    return result


def to_json(obj: Any, *, indent: int | None = None) -> str:
    """Serialize a model object to JSON text (UTF-8 characters kept as they are).

    Example:
        >>> import dipevents
        >>> dipevents.to_json(dipevents.Location(name="Baikonur", country="KAZ"))
        '{"name": "Baikonur", "country": "KAZ"}'
    """
    return json.dumps(to_dict(obj), ensure_ascii=False, indent=indent)


def from_json(cls: type[T], text: str | bytes) -> T:
    """Parse JSON text into a model object of type *cls* (see :func:`from_dict`).

    Invalid JSON, duplicate keys and the non-standard constants ``NaN`` and ``Infinity`` are
    rejected with a :class:`~dipevents.ValidationError` at path ``$``.
    """
    return from_dict(cls, parse_json(text))


def parse_json(text: str | bytes) -> Any:
    """Parse strict JSON: no duplicate keys, no NaN or Infinity. Errors are ValidationErrors."""
    try:
        return json.loads(text, object_pairs_hook=_no_duplicates, parse_constant=_no_constants)
    except json.JSONDecodeError as exc:
        detail = f"invalid JSON: {exc.msg} at line {exc.lineno}, column {exc.colno}"
        raise ValidationError([ErrorDetail(path="$", message=detail)]) from None
    except UnicodeDecodeError as exc:
        raise ValidationError([ErrorDetail(path="$", message=f"invalid UTF-8: {exc}")]) from None
    except _StrictJSONError as exc:
        raise ValidationError([ErrorDetail(path="$", message=f"invalid JSON: {exc}")]) from None


class _StrictJSONError(ValueError):
    pass


def _no_duplicates(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for key, value in pairs:
        if key in out:
            msg = f"duplicate key {key!r}"
            raise _StrictJSONError(msg)
        out[key] = value
    return out


def _no_constants(name: str) -> Any:
    msg = f"{name} is not a JSON number"
    raise _StrictJSONError(msg)
