"""Value types: time spans, quantities, items, evidence spans and locations.

They are frozen attrs classes with keyword-only fields; impossible values are rejected when the
object is built, with a :class:`~dipevents.ValidationError` that names the field.
"""

from __future__ import annotations

import calendar
import decimal
from typing import Any

import attrs
import pendulum

from . import _validators as v
from ._errors import ValidationError
from ._vocab import CATEGORIES, PRECISIONS, QUALIFIERS, Category, Precision, Qualifier


__all__ = ["Item", "Location", "Measurement", "Quantity", "Span", "TimeSpan"]


def _last_day(d: pendulum.Date) -> int:
    return calendar.monthrange(d.year, d.month)[1]


def _month_aligned(start: pendulum.Date, end: pendulum.Date) -> bool:
    return start.day == 1 and end.day == _last_day(end)


_SEASON_STARTS = frozenset({3, 6, 9, 12})
_SEASON_ENDS = frozenset({5, 8, 11, 2})

#: For each precision: the test the dates must pass, and how to describe it in an error.
_PRECISION_RULES: dict[str, tuple[Any, str]] = {
    "day": (lambda s, e: True, "any days"),
    "week": (
        lambda s, e: s.weekday() == 0 and e.weekday() == 6,
        "start on a Monday and end on a Sunday",
    ),
    "part_of_month": (
        lambda s, e: (s.year, s.month) == (e.year, e.month),
        "start and end in the same month",
    ),
    "month": (_month_aligned, "start on the 1st and end on the last day of a month"),
    "season": (
        lambda s, e: _month_aligned(s, e) and s.month in _SEASON_STARTS and e.month in _SEASON_ENDS,
        "start on the 1st of March, June, September or December and end on the last day of "
        "May, August, November or February",
    ),
    "part_of_year": (lambda s, e: s.year == e.year, "start and end in the same year"),
    "year": (
        lambda s, e: (s.month, s.day, e.month, e.day) == (1, 1, 12, 31),
        "start on 1 January and end on 31 December",
    ),
}


@attrs.frozen(kw_only=True)
class TimeSpan:
    """When something happened: a first and a last day (inclusive) and how precisely it is known.

    ``precision`` says what the span covers (a day, a week, a month, part of a year...) and the
    dates must fit it: a ``"month"`` span runs from the 1st to the last day of a month.
    ``approximate`` is true when the text itself is vague ("late last year"). ``text`` keeps the
    expression as written.

    Example:
        >>> import pendulum
        >>> span = TimeSpan(start=pendulum.Date(2023, 10, 1), end=pendulum.Date(2023, 10, 31),
        ...                 precision="month", text="October last year")
        >>> span.precision
        'month'
    """

    start: pendulum.Date = attrs.field(validator=v.exact_date)
    end: pendulum.Date = attrs.field(validator=v.exact_date)
    precision: Precision = attrs.field(validator=v.one_of(PRECISIONS))
    approximate: bool = attrs.field(
        default=False, validator=v.instance_of(bool, "a bool (True or False)")
    )
    text: str | None = attrs.field(default=None, validator=v.optional(v.text))

    def __attrs_post_init__(self) -> None:
        if self.start > self.end:
            raise ValidationError.for_field(
                "TimeSpan", "end", self.end, f"on or after start ({self.start.isoformat()})"
            )
        fits, rule = _PRECISION_RULES[self.precision]
        if not fits(self.start, self.end):
            raise ValidationError.for_field(
                "TimeSpan",
                "precision",
                self.precision,
                f"a precision the dates {self.start.isoformat()}..{self.end.isoformat()} fit "
                f"('{self.precision}' needs dates that {rule})",
            )


@attrs.frozen(kw_only=True)
class Quantity:
    """A number found in text, kept exactly, with how the text hedges it.

    ``value`` is a :class:`decimal.Decimal` (never a float, so nothing is lost). A range sets
    ``low`` and ``high`` instead, with ``qualifier="range"``. ``unit`` is what is counted or
    measured: an ISO 4217 code for money (``"USD"``), a short unit for measures (``"km"``), or
    the counted noun phrase (``"artillery rounds"``).

    Example:
        >>> from decimal import Decimal
        >>> Quantity(value=Decimal("1000"), unit="rounds", qualifier="more_than")
        Quantity(value=Decimal('1000'), low=None, high=None, unit='rounds', qualifier='more_than')
    """

    value: decimal.Decimal | None = attrs.field(
        default=None, validator=v.optional(v.decimal_amount)
    )
    low: decimal.Decimal | None = attrs.field(default=None, validator=v.optional(v.decimal_amount))
    high: decimal.Decimal | None = attrs.field(default=None, validator=v.optional(v.decimal_amount))
    unit: str | None = attrs.field(default=None, validator=v.optional(v.text))
    qualifier: Qualifier = attrs.field(default="exact", validator=v.one_of(QUALIFIERS))

    def __attrs_post_init__(self) -> None:
        if self.qualifier == "range":
            for name in ("low", "high"):
                if getattr(self, name) is None:
                    raise ValidationError.for_field(
                        "Quantity", name, None, "set when qualifier is 'range'"
                    )
            if self.value is not None:
                raise ValidationError.for_field(
                    "Quantity", "value", self.value, "None when qualifier is 'range' (use low/high)"
                )
            low, high = self.low, self.high
            if low is not None and high is not None and low > high:
                raise ValidationError.for_field(
                    "Quantity", "low", self.low, f"<= high ({self.high})"
                )
        else:
            if self.value is None:
                raise ValidationError.for_field(
                    "Quantity", "value", None, f"set when qualifier is {self.qualifier!r}"
                )
            for name in ("low", "high"):
                if getattr(self, name) is not None:
                    raise ValidationError.for_field(
                        "Quantity", name, getattr(self, name), "None unless qualifier is 'range'"
                    )


@attrs.frozen(kw_only=True)
class Measurement:
    """A measured attribute of an item, such as its range or payload.

    Example:
        >>> from decimal import Decimal
        >>> Measurement(name="range", quantity=Quantity(value=Decimal("900"), unit="km")).name
        'range'
    """

    name: str = attrs.field(validator=v.text)
    quantity: Quantity = attrs.field(validator=v.instance_of(Quantity, "a Quantity"))


@attrs.frozen(kw_only=True)
class Item:
    """Something transferred or launched: a missile, a satellite, fuel, money, equipment.

    Example:
        >>> from decimal import Decimal
        >>> Item(name="ballistic missiles", category="missile",
        ...      quantity=Quantity(value=Decimal("3"), unit="ballistic missiles")).category
        'missile'
    """

    name: str = attrs.field(validator=v.text)
    category: Category = attrs.field(default="other", validator=v.one_of(CATEGORIES))
    quantity: Quantity | None = attrs.field(
        default=None, validator=v.optional(v.instance_of(Quantity, "a Quantity or None"))
    )
    attributes: tuple[Measurement, ...] = attrs.field(
        default=(), validator=v.tuple_of(Measurement, "Measurement")
    )


@attrs.frozen(kw_only=True)
class Span:
    """Evidence: a stretch of the source text, by character offsets, with the text it covers.

    Offsets are Python ``str`` indices (code points), ``end`` exclusive, so
    ``source[span.start:span.end] == span.text``.

    Example:
        >>> Span(start=0, end=6, text="Moscow")
        Span(start=0, end=6, text='Moscow')
    """

    start: int = attrs.field(validator=v.non_negative_int)
    end: int = attrs.field(validator=v.non_negative_int)
    text: str = attrs.field(validator=v.instance_of(str, "a string"))

    def __attrs_post_init__(self) -> None:
        v.check_offsets("Span", self.start, self.end, self.text)
        try:
            self.text.encode("utf-8")
        except UnicodeEncodeError:
            raise ValidationError.for_field(
                "Span", "text", self.text, "valid Unicode text (it holds a lone surrogate)"
            ) from None


@attrs.frozen(kw_only=True)
class Location:
    """A place: where a visit happened or a launch was made from.

    Example:
        >>> Location(name="Vladivostok", country="RUS").country
        'RUS'
    """

    name: str = attrs.field(validator=v.text)
    country: str | None = attrs.field(default=None, validator=v.optional(v.country_code))
