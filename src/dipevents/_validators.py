"""attrs validators shared by the model classes.

Each raises :class:`~dipevents.ValidationError` with a message that names the class, the
field, the bad value and what was expected.
"""

from __future__ import annotations

import decimal
from collections.abc import Callable
from typing import Any, cast

import attrs
import pendulum

from ._countries import is_alpha3
from ._errors import ValidationError


__all__ = [
    "check_offsets",
    "country_code",
    "decimal_amount",
    "exact_date",
    "instance_of",
    "non_negative_int",
    "one_of",
    "optional",
    "text",
    "tuple_of",
]

Validator = Callable[[Any, "attrs.Attribute[Any]", Any], None]


def _fail(instance: object, attribute: attrs.Attribute[Any], value: object, expected: str) -> None:
    raise ValidationError.for_field(type(instance).__name__, attribute.name, value, expected)


def optional(validator: Validator) -> Validator:
    """Accept ``None`` or whatever *validator* accepts."""

    def check(instance: object, attribute: attrs.Attribute[Any], value: object) -> None:
        if value is not None:
            validator(instance, attribute, value)

    return check


def text(instance: object, attribute: attrs.Attribute[Any], value: object) -> None:
    """A non-empty string without leading or trailing whitespace, and valid Unicode."""
    if type(value) is not str:
        _fail(instance, attribute, value, "a string")
    assert isinstance(value, str)  # noqa: S101  (narrowing for mypy)
    if not value or value.strip() != value:
        _fail(instance, attribute, value, "a non-empty string without surrounding whitespace")
    _check_unicode(instance, attribute, value)


def _check_unicode(instance: object, attribute: attrs.Attribute[Any], value: str) -> None:
    try:
        value.encode("utf-8")
    except UnicodeEncodeError:
        _fail(instance, attribute, value, "valid Unicode text (it holds a lone surrogate)")


def country_code(instance: object, attribute: attrs.Attribute[Any], value: object) -> None:
    """An ISO 3166-1 alpha-3 country code in upper case, such as ``'PRK'``."""
    if type(value) is not str or not is_alpha3(value):
        _fail(instance, attribute, value, "an ISO 3166-1 alpha-3 country code such as 'PRK'")


def one_of(values: tuple[str, ...]) -> Validator:
    """One of the strings in *values*."""
    expected = "one of " + ", ".join(repr(v) for v in values)
    allowed = frozenset(values)

    def check(instance: object, attribute: attrs.Attribute[Any], value: object) -> None:
        if type(value) is not str or value not in allowed:
            _fail(instance, attribute, value, expected)

    return check


def exact_date(instance: object, attribute: attrs.Attribute[Any], value: object) -> None:
    """A :class:`pendulum.Date`, and not a ``DateTime`` (which is a ``Date`` subclass)."""
    if type(value) is not pendulum.Date:
        _fail(instance, attribute, value, "a pendulum.Date (not a DateTime or datetime.date)")


def decimal_amount(instance: object, attribute: attrs.Attribute[Any], value: object) -> None:
    """A finite, non-negative :class:`decimal.Decimal`."""
    if type(value) is not decimal.Decimal:
        _fail(instance, attribute, value, "a decimal.Decimal such as Decimal('1.5'), not a float")
    assert isinstance(value, decimal.Decimal)  # noqa: S101
    if not value.is_finite():
        _fail(instance, attribute, value, "a finite number")
    if value.is_signed():
        _fail(instance, attribute, value, "a number >= 0")


def non_negative_int(instance: object, attribute: attrs.Attribute[Any], value: object) -> None:
    """An ``int`` (not a ``bool``) that is zero or more."""
    if type(value) is not int or value < 0:
        _fail(instance, attribute, value, "an integer >= 0")


def instance_of(cls: type | tuple[type, ...], expected: str) -> Validator:
    """An instance of *cls*, described to the user as *expected*."""

    def check(instance: object, attribute: attrs.Attribute[Any], value: object) -> None:
        if not isinstance(value, cls):
            _fail(instance, attribute, value, expected)

    return check


def tuple_of(cls: type | tuple[type, ...], expected: str) -> Validator:
    """A tuple whose every element is an instance of *cls*."""

    def check(instance: object, attribute: attrs.Attribute[Any], value: object) -> None:
        if type(value) is not tuple:
            _fail(instance, attribute, value, f"a tuple of {expected}")
        for index, item in enumerate(cast("tuple[object, ...]", value)):
            if not isinstance(item, cls):
                raise ValidationError.for_field(
                    type(instance).__name__, attribute.name, item, expected, index=index
                )

    return check


def check_offsets(owner: str, start: int, end: int, text: str) -> None:
    """A stretch of text: ``start < end`` and *text* exactly ``end - start`` characters."""
    if start >= end:
        raise ValidationError.for_field(owner, "end", end, f"greater than start ({start})")
    if len(text) != end - start:
        raise ValidationError.for_field(
            owner, "text", text, f"a string of end - start = {end - start} characters"
        )
