"""The exceptions dipevents raises.

Every error about bad input is a :class:`ValidationError`. It subclasses :class:`ValueError`, so
code that already catches ``ValueError`` keeps working, and :class:`DipeventsError`, so code can
catch everything dipevents raises on purpose.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import Any

import attrs


__all__ = ["DipeventsError", "ErrorDetail", "ValidationError"]


class DipeventsError(Exception):
    """Base class of every exception that dipevents raises on purpose."""


@attrs.frozen(kw_only=True)
class ErrorDetail:
    """One problem found in the input: where it is and what is wrong.

    ``path`` is a JSON path from the root of the input (``$.claim.supplier.country``), or, for an
    error raised while building an object in Python, from that object (``$.country``).

    Example:
        >>> ErrorDetail(path="$.country", message="expected an alpha-3 code, got 'XX'")
        ErrorDetail(path='$.country', message="expected an alpha-3 code, got 'XX'", line=None)
    """

    path: str
    message: str
    line: int | None = None
    """The 1-based line number, for errors found while reading JSON Lines."""

    def under(self, prefix: str) -> ErrorDetail:
        """Return this detail with its path re-rooted below *prefix* (a JSON path)."""
        return ErrorDetail(path=prefix + self.path[1:], message=self.message, line=self.line)

    def at_line(self, line: int) -> ErrorDetail:
        """Return this detail marked as found on *line* of a JSON Lines input."""
        return ErrorDetail(path=self.path, message=self.message, line=line)

    def __str__(self) -> str:
        where = self.path if self.line is None else f"line {self.line}: {self.path}"
        return f"{where}: {self.message}"


class ValidationError(DipeventsError, ValueError):
    """Input that dipevents cannot accept: an impossible value or badly shaped data.

    Raised when a model object is built with an impossible value, and when ``from_dict``,
    ``from_json`` or ``read_jsonl`` meet data that does not fit the schema. ``errors`` holds one
    :class:`ErrorDetail` per problem, each with the JSON path of the bad field.

    Example:
        >>> import dipevents
        >>> try:
        ...     dipevents.Actor(name="Ruritania", kind="state", country="RUR")
        ... except dipevents.ValidationError as e:
        ...     print(e.errors[0].path)
        $.country
    """

    errors: tuple[ErrorDetail, ...]

    def __init__(self, errors: Iterable[ErrorDetail]) -> None:
        self.errors = tuple(errors)
        super().__init__("\n".join(str(e) for e in self.errors))

    def __reduce__(self) -> tuple[Any, ...]:
        return (type(self), (self.errors,))

    @classmethod
    def for_field(
        cls, owner: str, field: str, value: object, expected: str, *, index: int | None = None
    ) -> ValidationError:
        """Build the error for one bad field (or element *index* of a field) of a model class.

        The message names the class, the field, the bad value and what was expected.
        """
        where = field if index is None else f"{field}[{index}]"
        message = f"{owner}.{where} must be {expected}, got {_short_repr(value)}"
        return cls([ErrorDetail(path=f"$.{where}", message=message)])

    @classmethod
    def at_line(cls, line: int, message: str) -> ValidationError:
        """Build the error for a JSON Lines record that could not be read at all."""
        return cls([ErrorDetail(path="$", message=message, line=line)])

    @property
    def paths(self) -> Sequence[str]:
        """The JSON paths of all bad fields, in the order they were found."""
        return [e.path for e in self.errors]


def _short_repr(value: object, limit: int = 80) -> str:
    text = repr(value)
    if len(text) > limit:
        text = text[: limit - 3] + "..."
    return f"{text} ({type(value).__name__})"
