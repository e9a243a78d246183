"""The one cattrs converter, configured here and nowhere else, and the public (de)serializers.

- Events serialize as JSON objects tagged with ``"kind"`` and carrying their ``"id"``.
- Dates are ``YYYY-MM-DD`` strings, parsed back exactly with ``pendulum.parse(..., exact=True)``.
- Decimals are strings, so no digit is lost.
- Strings, integers and booleans must have the right JSON type: nothing is coerced.
- Unknown keys are rejected, and every error carries the JSON path of the bad field.
"""

from __future__ import annotations

import decimal
import functools
import hashlib
import json
import re
from collections.abc import Callable, Mapping
from typing import Any, Literal, Union, get_args, get_origin

import attrs
import pendulum
from cattrs import Converter
from cattrs.errors import (
    ClassValidationError,
    ForbiddenExtraKeysError,
    IterableValidationError,
)
from cattrs.gen import make_dict_structure_fn, make_dict_unstructure_fn

from ._actor import Actor
from ._errors import ErrorDetail, ValidationError
from ._events import EVENT_CLASSES, Event, Launch, Transfer, Visit
from ._values import Item, Location, Measurement, Quantity, Span, TimeSpan


__all__ = ["details", "event_id", "get_converter"]


_COMMON_FIELDS = tuple(f.name for f in attrs.fields(Event))
_DATE_RE = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}", re.ASCII)
_DECIMAL_RE = re.compile(r"[0-9]+(?:\.[0-9]+)?(?:[eE][+-]?[0-9]+)?", re.ASCII)
_KINDS: dict[str, type[Event]] = {cls.kind: cls for cls in EVENT_CLASSES}
_CLAIM_KINDS: dict[str, type[Event]] = {cls.kind: cls for cls in (Visit, Transfer, Launch)}
#: Each event class's generated unstructure function, without "kind" and "id".
_FLAT_UNSTRUCTURE: dict[type[Event], Callable[[Any], dict[str, Any]]] = {}


def _bad(expected: str, value: object) -> ValidationError:
    shown = repr(value)
    if len(shown) > 80:
        shown = shown[:77] + "..."
    return ValidationError(
        [ErrorDetail(path="$", message=f"expected {expected}, got {shown} ({_json_type(value)})")]
    )


def _json_type(value: object) -> str:
    names = {dict: "object", list: "array", str: "string", bool: "boolean", type(None): "null"}
    if type(value) in names:
        return names[type(value)]
    if isinstance(value, (int, float)):
        return "number"
    return type(value).__name__


# --- structure hooks for leaf types ---------------------------------------------------------


def _structure_str(value: object, _: object) -> str:
    if type(value) is not str:
        raise _bad("a string", value)
    return value


def _structure_int(value: object, _: object) -> int:
    if type(value) is not int:
        raise _bad("an integer", value)
    return value


def _structure_bool(value: object, _: object) -> bool:
    if type(value) is not bool:
        raise _bad("true or false", value)
    return value


def _structure_decimal(value: object, _: object) -> decimal.Decimal:
    if type(value) is int and value >= 0:
        return decimal.Decimal(value)
    if type(value) is not str or _DECIMAL_RE.fullmatch(value) is None:
        raise _bad('a non-negative decimal number written as a string, such as "1.5"', value)
    return decimal.Decimal(value)


def _structure_date(value: object, _: object) -> pendulum.Date:
    if type(value) is not str or _DATE_RE.fullmatch(value) is None:
        raise _bad("a date written YYYY-MM-DD", value)
    try:
        parsed = pendulum.parse(value, exact=True)
    except ValueError:
        raise _bad("a real calendar date written YYYY-MM-DD", value) from None
    if type(parsed) is not pendulum.Date:  # pragma: no cover  (the pattern rules this out)
        raise _bad("a date written YYYY-MM-DD", value)
    return parsed


def _is_literal(tp: object) -> bool:
    return get_origin(tp) is Literal


def _make_literal_hook(tp: Any) -> Callable[[object, object], str]:
    allowed = get_args(tp)
    expected = "one of " + ", ".join(repr(a) for a in allowed)

    def hook(value: object, _: object) -> str:
        if type(value) is not str or value not in allowed:
            raise _bad(expected, value)
        return value

    return hook


def _is_tuple_of(tp: object) -> bool:
    args = get_args(tp)
    return get_origin(tp) is tuple and len(args) == 2 and args[1] is Ellipsis


# --- the converter --------------------------------------------------------------------------


def _make_converter() -> Converter:
    c = Converter(forbid_extra_keys=True, detailed_validation=True)

    c.register_structure_hook(str, _structure_str)
    c.register_structure_hook(int, _structure_int)
    c.register_structure_hook(bool, _structure_bool)
    c.register_structure_hook(decimal.Decimal, _structure_decimal)
    c.register_structure_hook(pendulum.Date, _structure_date)
    c.register_structure_hook_factory(_is_literal, _make_literal_hook)
    c.register_unstructure_hook(decimal.Decimal, str)
    c.register_unstructure_hook(pendulum.Date, lambda d: d.isoformat())

    def tuple_hook_factory(tp: Any) -> Callable[[object, object], tuple[Any, ...]]:
        (element, _) = get_args(tp)

        def hook(value: object, _: object) -> tuple[Any, ...]:
            if not isinstance(value, (list, tuple)):
                raise _bad("an array", value)
            out: list[Any] = []
            errors: list[ErrorDetail] = []
            for index, item in enumerate(value):
                try:
                    out.append(c.structure(item, element))
                except Exception as exc:
                    errors.extend(details(exc, f"$[{index}]"))
            if errors:
                raise ValidationError(errors)
            return tuple(out)

        return hook

    c.register_structure_hook_factory(_is_tuple_of, tuple_hook_factory)
    c.register_unstructure_hook_factory(
        _is_tuple_of,
        lambda tp: _make_list_unstructure(c, get_args(tp)[0]),
    )

    for cls in (Actor, TimeSpan, Quantity, Measurement, Item, Span, Location):
        c.register_structure_hook(cls, _object_hook(cls, make_dict_structure_fn(cls, c)))

    # Dispatch hooks first: the generated Allegation hook looks up the claim union.
    c.register_structure_hook(Event, _dispatch_hook(c, _KINDS, "an event"))
    c.register_structure_hook_func(
        _is_claim_union,
        _dispatch_hook(c, _CLAIM_KINDS, "an event that can be alleged (not an allegation)"),
    )
    for event_cls in EVENT_CLASSES:
        flat = make_dict_unstructure_fn(event_cls, c)
        _FLAT_UNSTRUCTURE[event_cls] = flat
        structure = make_dict_structure_fn(event_cls, c)
        c.register_structure_hook(event_cls, _event_hook(event_cls, structure))
        c.register_unstructure_hook(event_cls, _event_unstructure(event_cls, flat))

    return c


def _make_list_unstructure(c: Converter, element: Any) -> Callable[[tuple[Any, ...]], list[Any]]:
    def hook(value: tuple[Any, ...]) -> list[Any]:
        return [c.unstructure(item, unstructure_as=element) for item in value]

    return hook


def _is_claim_union(tp: object) -> bool:
    if get_origin(tp) not in (Union, _union_type()):
        return False
    return set(get_args(tp)) - {type(None)} == {Visit, Transfer, Launch}


def _union_type() -> object:
    import types  # noqa: PLC0415

    return types.UnionType


def _object_hook(cls: type, inner: Callable[[Any, Any], Any]) -> Callable[[object, object], Any]:
    def hook(value: object, _: object) -> Any:
        if not isinstance(value, Mapping):
            raise _bad(f"an object ({cls.__name__})", value)
        return inner(value, cls)

    return hook


def _event_hook(
    cls: type[Event], inner: Callable[[Any, Any], Any]
) -> Callable[[object, object], Event]:
    def hook(value: object, _: object) -> Event:
        if not isinstance(value, Mapping):
            raise _bad(f"an object (a {cls.kind} event)", value)
        data = dict(value)
        if "kind" not in data:
            raise ValidationError(
                [
                    ErrorDetail(
                        path="$.kind", message=f"required field missing (expected {cls.kind!r})"
                    )
                ]
            )
        kind = data.pop("kind")
        if kind != cls.kind:
            raise ValidationError(
                [ErrorDetail(path="$.kind", message=f"expected {cls.kind!r}, got {kind!r}")]
            )
        given_id = data.pop("id", None)
        event: Event = inner(data, cls)
        if given_id is not None and given_id != event.id:
            raise ValidationError(
                [
                    ErrorDetail(
                        path="$.id",
                        message=f"{given_id!r} does not match the event's content "
                        f"(its id is {event.id!r}); drop the id or fix the fields",
                    )
                ]
            )
        return event

    return hook


def _dispatch_hook(
    c: Converter, kinds: Mapping[str, type[Event]], what: str
) -> Callable[[object, object], Event | None]:
    expected = "one of " + ", ".join(repr(k) for k in kinds)

    def hook(value: object, tp: object) -> Event | None:
        if value is None and type(None) in get_args(tp):
            return None
        if not isinstance(value, Mapping):
            raise _bad(f"an object ({what})", value)
        kind = value.get("kind")
        if type(kind) is not str or kind not in kinds:
            got = "nothing" if "kind" not in value else repr(kind)
            raise ValidationError(
                [ErrorDetail(path="$.kind", message=f"expected {expected}, got {got}")]
            )
        result: Event = c.structure(value, kinds[kind])
        return result

    return hook


def _event_unstructure(
    cls: type[Event], inner: Callable[[Any], dict[str, Any]]
) -> Callable[[Event], dict[str, Any]]:
    own = [f.name for f in attrs.fields(cls) if f.name not in _COMMON_FIELDS]
    order = [*own, *_COMMON_FIELDS]

    def hook(event: Event) -> dict[str, Any]:
        flat = inner(event)
        out: dict[str, Any] = {"kind": cls.kind, "id": event.id}
        for name in order:
            out[name] = flat[name]
        return out

    return hook


@functools.cache
def get_converter() -> Converter:
    """Return the configured converter, built on first use (building it takes tens of ms).

    Prefer the functions below; use the converter to build your own hooks on top of ours.
    """
    return _make_converter()


# --- error paths ----------------------------------------------------------------------------


def details(exc: BaseException, path: str) -> list[ErrorDetail]:
    """Flatten any structuring error into details with JSON paths, keeping our own messages."""
    if isinstance(exc, ValidationError):
        return [d.under(path) for d in exc.errors]
    if isinstance(exc, (ClassValidationError, IterableValidationError)):
        out: list[ErrorDetail] = []
        with_notes, without = exc.group_exceptions()
        for sub, note in with_notes:
            step = f".{note.name}" if hasattr(note, "name") else f"[{note.index!r}]"
            out.extend(details(sub, path + step))
        for sub in without:
            out.extend(details(sub, path))
        return out
    if isinstance(exc, ForbiddenExtraKeysError):
        names = [f.name for f in attrs.fields(exc.cl)] if attrs.has(exc.cl) else []
        if issubclass(exc.cl, Event):
            names = ["kind", "id", *names]
        known = ", ".join(repr(n) for n in names)
        return [
            ErrorDetail(
                path=f"{path}.{key}",
                message=f"unknown field {key!r} for {exc.cl.__name__} (expected only {known})",
            )
            for key in sorted(exc.extra_fields)
        ]
    if isinstance(exc, KeyError):
        return [ErrorDetail(path=path, message="required field missing")]
    return [ErrorDetail(path=path, message=f"invalid value ({type(exc).__name__}: {exc})")]


# --- ids ------------------------------------------------------------------------------------


def event_id(event: Event) -> str:
    """Return the content-derived id of *event*: ``'ev-'`` and 24 hex digits of a SHA-256.

    The hash covers the canonical JSON of every field (sorted keys, no whitespace), so the
    same content gives the same id in every process, on every machine.
    """
    get_converter()  # fills _FLAT_UNSTRUCTURE
    content = {"kind": type(event).kind, **_FLAT_UNSTRUCTURE[type(event)](event)}
    canonical = json.dumps(content, sort_keys=True, ensure_ascii=False, separators=(",", ":"))
    return "ev-" + hashlib.sha256(canonical.encode("utf-8")).hexdigest()[:24]
