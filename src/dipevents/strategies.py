"""Hypothesis strategies for every dipevents type, and news text with known events in it.

Install the extra with ``pip install "dipevents[hypothesis]"``. The strategies are **sound**: every
object they draw passes validation. They shrink toward simple, readable values (a state such as
North Korea, the day 2000-01-01, the status ``"occurred"``, no optional fields) and they reach
the edges: month-, season- and year-precision spans, leap days, spans across the year end, open
qualifiers and ranges, international organisations (kind ``"organization"``, no country),
unicode names and allegations with nested claims.

Every parameter is keyword-only and takes either a value (always used) or a strategy (drawn
from); leave it out for the default. ``None`` is a value: ``visits(host=None)`` draws visits
without a host.

Installing dipevents registers these strategies with Hypothesis (through its ``hypothesis``
entry point, lazily), so ``st.from_type(dipevents.Visit)`` and ``st.builds(...)`` over dipevents
types work with no set-up. pendulum's types are not registered globally: use :func:`dates`.

Example:
    >>> from hypothesis import given
    >>> @given(visits(visitor=actors(country="PRK"), status="planned"))
    ... def test_planned_visits_by_north_korea(visit):
    ...     assert visit.visitor.country == "PRK" and visit.status == "planned"
    >>> test_planned_visits_by_north_korea()
"""

from __future__ import annotations

import calendar
import datetime
import decimal
import enum
import functools
from collections.abc import Callable, Collection, Iterable
from typing import Any, Literal, TypeVar, Union, cast


try:
    from hypothesis import reject
    from hypothesis import strategies as st
    from hypothesis.errors import InvalidArgument
    from hypothesis.strategies import SearchStrategy
except ImportError as _exc:  # pragma: no cover  (tested in a subprocess)
    _msg = (
        "dipevents.strategies needs Hypothesis, which is an optional extra: "
        'pip install "dipevents[hypothesis]"'
    )
    raise ImportError(_msg) from _exc

import attrs
import pendulum

from ._actor import Actor
from ._countries import alpha3_codes
from ._events import Allegation, Event, Launch, Transfer, Visit
from ._news import NewsText, articles, sentences
from ._news import _kinds as _event_kinds
from ._values import Item, Location, Measurement, Quantity, Span, TimeSpan
from ._vocab import ACTOR_KINDS, CATEGORIES, OUTCOMES, PRECISIONS, QUALIFIERS, STATUSES


__all__ = [
    "NewsText",
    "actors",
    "allegations",
    "articles",
    "countries",
    "dates",
    "events",
    "items",
    "launches",
    "locations",
    "measurements",
    "quantities",
    "sentences",
    "spans",
    "time_spans",
    "transfers",
    "visits",
]

T = TypeVar("T")


class _Default(enum.Enum):
    """The marker for "parameter left out: use the default strategy"."""

    DEFAULT = "DEFAULT"

    def __repr__(self) -> str:
        return "DEFAULT"


DEFAULT = _Default.DEFAULT
"""The default of every parameter: draw from the strategy's own default."""

Arg = Union[T, SearchStrategy[T], _Default]  # noqa: UP007  (a runtime alias on Python 3.10)
"""A parameter: a value (always used), a strategy (drawn from) or ``DEFAULT``."""

DateLike = Union[pendulum.Date, datetime.date]  # noqa: UP007
Window = Union[tuple[DateLike, DateLike], TimeSpan]  # noqa: UP007

#: Countries drawn first, and so shrunk to: the ones this library's news is mostly about.
_FIRST_COUNTRIES = (
    "PRK",
    "RUS",
    "KOR",
    "USA",
    "CHN",
    "UKR",
    "IRN",
    "JPN",
    "ISR",
    "IND",
    "PAK",
    "GBR",
    "FRA",
    "DEU",
    "TUR",
    "SYR",
)
#: International organisations drawn first (the gazetteer lists companies among them too).
_FIRST_ORGANISATIONS = (
    "United Nations",
    "NATO",
    "International Atomic Energy Agency",
    "European Union",
    "African Union",
)
_MIN_DATE = datetime.date(1900, 1, 1)
_MAX_DATE = datetime.date(2099, 12, 31)
#: Dates shrink toward this day (a Saturday in a leap year, like Hypothesis' own dates).
_PIVOT = datetime.date(2000, 1, 1)

_TITLES = (
    "foreign minister",
    "president",
    "prime minister",
    "defence minister",
    "leader",
    "ambassador",
    "special envoy",
    "vice foreign minister",
)
_PURPOSES = ("talks", "a summit", "bilateral talks", "a state visit", "consultations")
_MEASURES = (
    ("range", ("km", "miles")),
    ("payload", ("kg", "t")),
    ("altitude", ("km", "m")),
    ("flight time", ("minutes", "seconds")),
    ("speed", ("Mach", "km/h")),
    ("weight", ("t", "kg")),
)
#: Item names by category, the first one of each being the simplest.
_ITEM_NAMES: dict[str, tuple[str, ...]] = {
    "missile": ("ballistic missile", "cruise missile", "Hwasong-18", "ICBM", "interceptor"),
    "rocket": ("rocket", "rockets", "multiple rocket launchers"),
    "launch_vehicle": ("space launch vehicle", "Chollima-1", "Long March 5", "Soyuz"),
    "satellite": ("satellite", "reconnaissance satellite", "Malligyong-1"),
    "weapons": ("weapons", "arms", "drones"),
    "munitions": ("artillery shells", "ammunition", "rounds"),
    "aircraft": ("fighter jets", "helicopters", "warplanes"),
    "vessels": ("warships", "patrol boats"),
    "vehicles": ("tanks", "armoured vehicles"),
    "equipment": ("military equipment", "radars"),
    "fuel": ("oil", "refined petroleum", "diesel"),
    "aid": ("humanitarian aid", "rice", "food aid"),
    "money": ("cash", "loans"),
    "technology": ("missile technology", "nuclear technology"),
    "goods": ("goods", "consumer goods"),
    "other": ("supplies",),
}


# --- parameters ---------------------------------------------------------------------------------


def _strategy(value: object, default: SearchStrategy[Any]) -> SearchStrategy[Any]:
    """The strategy a parameter stands for."""
    if value is DEFAULT:
        return default
    if isinstance(value, SearchStrategy):
        return value
    return st.just(value)


def _given(value: object) -> bool:
    """Whether a parameter is a fixed value (neither a strategy nor left out)."""
    return value is not DEFAULT and not isinstance(value, SearchStrategy)


def _check_choice(name: str, value: object, allowed: tuple[str, ...]) -> None:
    if _given(value) and value not in allowed:
        options = ", ".join(repr(a) for a in allowed)
        msg = f"{name}={value!r} is not one of {options}"
        raise InvalidArgument(msg)


def _check_type(name: str, value: object, cls: type | tuple[type, ...], optional: bool) -> None:
    if not _given(value) or (optional and value is None):
        return
    if not isinstance(value, cls):
        names = cls.__name__ if isinstance(cls, type) else " or ".join(c.__name__ for c in cls)
        msg = (
            f"{name} must be a {names}{' or None' if optional else ''} or a strategy, got {value!r}"
        )
        raise InvalidArgument(msg)


def _check_country(name: str, value: object) -> None:
    if _given(value) and value is not None and value not in alpha3_codes():
        msg = f"{name}={value!r} is not an ISO 3166-1 alpha-3 code (such as 'PRK'), nor None"
        raise InvalidArgument(msg)


# --- names and text -----------------------------------------------------------------------------


_SURROGATES: tuple[Literal["Cs"]] = ("Cs",)


@functools.cache
def _free_text(max_size: int = 30) -> SearchStrategy[str]:
    """Any valid text field: non-empty, no surrounding whitespace, any Unicode but surrogates."""
    return (
        st.text(st.characters(exclude_categories=_SURROGATES), min_size=1, max_size=max_size)
        .map(str.strip)
        .filter(bool)
    )


@functools.cache
def _names(realistic: tuple[str, ...]) -> SearchStrategy[str]:
    """Realistic names first (so failures shrink to them), any Unicode text otherwise."""
    if not realistic:
        return _free_text()
    return st.one_of(st.sampled_from(realistic), _free_text())


@functools.cache
def _sampled(values: tuple[Any, ...]) -> SearchStrategy[Any]:
    """``st.sampled_from``, built once per tuple (strategies built while drawing are slow)."""
    return st.sampled_from(values)


@functools.cache
def _roles() -> SearchStrategy[str | None]:
    return st.one_of(st.none(), st.sampled_from(_TITLES), _free_text())


@functools.cache
def _gazetteer_index() -> dict[tuple[str, str | None], tuple[str, ...]]:
    """Realistic names by (actor kind, country), from the bundled gazetteer (read once)."""
    from ._gazetteer import BodyEntry, CountryEntry, Gazetteer, PersonEntry  # noqa: PLC0415

    index: dict[tuple[str, str | None], list[str]] = {}
    for entry in Gazetteer.default().entries:
        if isinstance(entry, CountryEntry):
            index.setdefault(("state", entry.code), []).append(entry.name)
            for capital in entry.capitals:
                index.setdefault(("government", entry.code), []).append(capital)
                index.setdefault(("place", entry.code), []).append(capital)
        elif isinstance(entry, BodyEntry):
            index.setdefault((entry.kind, entry.country), []).append(entry.name)
        elif isinstance(entry, PersonEntry):
            names = index.setdefault(("person", entry.country), [])
            if entry.name not in names:
                names.append(entry.name)
    first = {name: rank for rank, name in enumerate(_FIRST_ORGANISATIONS)}
    return {
        key: tuple(sorted(names, key=lambda n: first.get(n, len(first))))
        for key, names in index.items()
    }


def _realistic(kind: str, country: str | None) -> tuple[str, ...]:
    return _gazetteer_index().get((kind, country), ())


# --- countries and actors -----------------------------------------------------------------------


@functools.cache
def _country_order() -> tuple[str, ...]:
    rest = sorted(alpha3_codes() - set(_FIRST_COUNTRIES))
    return (*_FIRST_COUNTRIES, *rest)


def countries(*, exclude: Iterable[str] = ()) -> SearchStrategy[str]:
    """ISO 3166-1 alpha-3 country codes, as :class:`~dipevents.Actor` and
    :class:`~dipevents.Location` take them.

    Shrinks toward ``"PRK"``, then the countries most often in the news, then the rest in
    alphabetical order.

    Args:
        exclude: codes never to draw.

    Example:
        >>> from hypothesis import find
        >>> find(countries(exclude={"PRK"}), lambda code: True)
        'RUS'
    """
    return _countries_except(frozenset(exclude))


@functools.cache
def _countries_except(excluded: frozenset[str]) -> SearchStrategy[str]:
    codes = tuple(c for c in _country_order() if c not in excluded)
    if not codes:
        msg = "countries(exclude=...) excludes every country"
        raise InvalidArgument(msg)
    return st.sampled_from(codes)


@functools.cache
def _default_country(kind: str) -> SearchStrategy[str | None]:
    if kind == "state":
        return countries()
    if kind in ("organization", "group", "unknown"):
        return st.one_of(st.none(), countries())
    return st.one_of(countries(), st.none())


@st.composite
def _draw_actor(
    draw: st.DrawFn,
    kind: SearchStrategy[str],
    country: SearchStrategy[str | None] | None,
    name: SearchStrategy[str] | None,
    role: SearchStrategy[str | None] | None,
) -> Actor:
    k = draw(kind)
    c = draw(_default_country(k) if country is None else country)
    if k == "state" and c is None:
        reject()  # a state needs a country: only a user's strategies can get here
    n = draw(_names(_realistic(k, c)) if name is None else name)
    if role is not None:
        r = draw(role)
    elif k == "person":
        r = draw(_roles())
    else:
        r = None
    return Actor(name=n, kind=k, country=c, role=r)  # type: ignore[arg-type]


def actors(
    *,
    kind: Arg[str] = DEFAULT,
    country: Arg[str | None] = DEFAULT,
    name: Arg[str] = DEFAULT,
    role: Arg[str | None] = DEFAULT,
) -> SearchStrategy[Actor]:
    """:class:`~dipevents.Actor` objects: states, governments, people, organisations...

    By default every kind is drawn; a ``"state"`` always has a country, an ``"organization"``
    often has none (an international organisation). Names are realistic for the kind and
    country (from the bundled gazetteer: "Russia", "Kremlin", "Sergei Lavrov", "IAEA") or any
    Unicode text.

    Args:
        kind: the actor kind (``"state"``, ``"person"``, ``"organization"``...).
        country: an alpha-3 code or ``None`` (a strategy such as :func:`countries` works too).
        name: the name.
        role: the office of a person (drawn only for people by default).

    Example:
        >>> from hypothesis import find
        >>> find(actors(country="PRK"), lambda a: True)
        Actor(name='North Korea', kind='state', country='PRK', role=None)
    """
    _check_choice("kind", kind, ACTOR_KINDS)
    _check_country("country", country)
    if kind == "state" and country is None:
        msg = "actors(kind='state', country=None): a state always has a country"
        raise InvalidArgument(msg)
    return _draw_actor(
        _strategy(kind, st.sampled_from(ACTOR_KINDS)),
        None if country is DEFAULT else _strategy(country, st.none()),
        None if name is DEFAULT else _strategy(name, st.none()),
        None if role is DEFAULT else _strategy(role, st.none()),
    )


@functools.cache
def _foreign_actors(home: str | None) -> SearchStrategy[Actor | None]:
    """Actors of another country than *home*, or of none."""
    if home is None:
        return st.one_of(st.none(), actors())
    return st.one_of(
        st.none(),
        actors(country=countries(exclude={home})),
        actors(kind=st.sampled_from(("organization", "group")), country=None),
    )


# --- dates and time spans -----------------------------------------------------------------------


def _as_date(value: object, name: str) -> datetime.date:
    if isinstance(value, datetime.datetime) or not isinstance(value, datetime.date):
        msg = f"{name} must be a date (pendulum.Date or datetime.date), got {value!r}"
        raise InvalidArgument(msg)
    return datetime.date(value.year, value.month, value.day)


def _pendulum(day: datetime.date) -> pendulum.Date:
    return pendulum.Date(day.year, day.month, day.day)


@functools.cache
def _leap_days(lo: datetime.date, hi: datetime.date) -> tuple[datetime.date, ...]:
    """The 29ths of February in [lo, hi], nearest to 2000 first (so they shrink to it)."""
    days = [
        datetime.date(year, 2, 29)
        for year in range(lo.year, hi.year + 1)
        if calendar.isleap(year) and lo <= datetime.date(year, 2, 29) <= hi
    ]
    return tuple(sorted(days, key=lambda d: abs(d.year - _PIVOT.year)))


def _clamp(value: int, lo: int, hi: int) -> int:
    return max(lo, min(hi, value))


def _draw_index(draw: st.DrawFn, lo: int, hi: int, pivot: int) -> int:
    """An integer in [lo, hi] that shrinks toward *pivot* (clamped into the range)."""
    centre = _clamp(pivot, lo, hi)
    return centre + draw(st.integers(lo - centre, hi - centre))


def _edge(draw: st.DrawFn) -> bool:
    """A rare branch (about 1 draw in 8) that shrinks away to the common one."""
    return draw(st.integers(0, 7)) == 7


def _draw_day(draw: st.DrawFn, lo: datetime.date, hi: datetime.date) -> datetime.date:
    day = draw(_dates_between(lo, hi))
    leaps = _leap_days(lo, hi)
    if leaps and _edge(draw):
        leap: datetime.date = draw(_sampled(leaps))
        return leap
    return day


@functools.cache
def _dates_between(lo: datetime.date, hi: datetime.date) -> SearchStrategy[datetime.date]:
    return st.dates(min_value=lo, max_value=hi)


@st.composite
def _draw_dates(
    draw: st.DrawFn, lo_s: SearchStrategy[Any], hi_s: SearchStrategy[Any]
) -> pendulum.Date:
    lo, hi = _as_date(draw(lo_s), "min_value"), _as_date(draw(hi_s), "max_value")
    if lo > hi:
        reject()
    return _pendulum(_draw_day(draw, lo, hi))


def dates(
    *, min_value: Arg[DateLike] = _MIN_DATE, max_value: Arg[DateLike] = _MAX_DATE
) -> SearchStrategy[pendulum.Date]:
    """:class:`pendulum.Date` objects (never a ``DateTime``), leap days included.

    pendulum's types are not registered with Hypothesis globally (that would change other
    libraries' tests); use this strategy wherever a dipevents date is needed. Shrinks toward
    2000-01-01.

    Args:
        min_value: the earliest day (a ``pendulum.Date`` or ``datetime.date``), 1900-01-01 by
            default.
        max_value: the latest day, 2099-12-31 by default.

    Example:
        >>> from hypothesis import find
        >>> find(dates(), lambda d: d.month == 2 and d.day == 29).isoformat()
        '2000-02-29'
    """
    if _given(min_value) and _given(max_value):
        lo, hi = _as_date(min_value, "min_value"), _as_date(max_value, "max_value")
        if lo > hi:
            msg = f"dates(min_value={lo}, max_value={hi}): min_value is after max_value"
            raise InvalidArgument(msg)
    return _draw_dates(
        _strategy(min_value, st.just(_MIN_DATE)), _strategy(max_value, st.just(_MAX_DATE))
    )


def _month_index(day: datetime.date) -> int:
    return day.year * 12 + day.month - 1


def _month_first(index: int) -> datetime.date:
    return datetime.date(index // 12, index % 12 + 1, 1)


def _month_last(index: int) -> datetime.date:
    year, month = index // 12, index % 12 + 1
    return datetime.date(year, month, calendar.monthrange(year, month)[1])


def _whole_months(lo: datetime.date, hi: datetime.date) -> tuple[int, int]:
    """The first and last month (indices) lying wholly inside [lo, hi]."""
    first = _month_index(lo) + (0 if lo.day == 1 else 1)
    last = _month_index(hi) - (0 if hi == _month_last(_month_index(hi)) else 1)
    return first, last


def _whole_weeks(lo: datetime.date, hi: datetime.date) -> tuple[datetime.date, int]:
    """The first Monday on or after *lo* and the number of whole ISO weeks from it to *hi*."""
    monday = lo + datetime.timedelta(days=(7 - lo.weekday()) % 7)
    return monday, ((hi - monday).days + 1) // 7


def _whole_seasons(lo: datetime.date, hi: datetime.date) -> tuple[int, int]:
    """The first and last season (index s: it runs over months 3s+2 to 3s+4) inside [lo, hi]."""
    first, last = _whole_months(lo, hi)
    return -((2 - first) // 3), (last - 4) // 3


def _whole_years(lo: datetime.date, hi: datetime.date) -> tuple[int, int]:
    first = lo.year + (0 if (lo.month, lo.day) == (1, 1) else 1)
    last = hi.year - (0 if (hi.month, hi.day) == (12, 31) else 1)
    return first, last


def _fits(precision: str, lo: datetime.date, hi: datetime.date) -> bool:
    """Whether a span of *precision* fits inside [lo, hi]."""
    if precision in ("day", "part_of_month", "part_of_year"):
        return lo <= hi
    if precision == "week":
        return _whole_weeks(lo, hi)[1] >= 1
    if precision == "month":
        first, last = _whole_months(lo, hi)
    elif precision == "season":
        first, last = _whole_seasons(lo, hi)
    else:
        first, last = _whole_years(lo, hi)
    return first <= last


def _draw_bounds(
    draw: st.DrawFn, precision: str, lo: datetime.date, hi: datetime.date
) -> tuple[datetime.date, datetime.date]:
    """A first and last day that fit *precision*, inside [lo, hi] (which must fit it)."""
    day = datetime.timedelta(days=1)
    if precision == "day":
        start = _PIVOT + day * _draw_index(draw, (lo - _PIVOT).days, (hi - _PIVOT).days, 0)
        extra = draw(st.integers(-1, min(60, (hi - start).days)))
        if extra < 0:  # the rare branch: a leap day (as few choices as a week, so simpler)
            leaps = _leap_days(lo, hi)
            start = draw(_sampled(leaps)) if leaps else start
            extra = 0
        return start, start + day * extra
    if precision == "week":
        monday, weeks = _whole_weeks(lo, hi)
        pivot = (_PIVOT - monday).days // 7
        first = _draw_index(draw, 0, weeks - 1, pivot)
        count = draw(st.integers(1, min(4, weeks - first)))
        start = monday + 7 * day * first
        return start, start + (7 * count - 1) * day
    if precision in ("part_of_month", "part_of_year"):
        if precision == "part_of_month":
            unit = _draw_index(draw, _month_index(lo), _month_index(hi), _month_index(_PIVOT))
            unit_lo, unit_hi = _month_first(unit), _month_last(unit)
        else:
            unit = _draw_index(draw, lo.year, hi.year, _PIVOT.year)
            unit_lo, unit_hi = datetime.date(unit, 1, 1), datetime.date(unit, 12, 31)
        first_day, last_day = max(lo, unit_lo), min(hi, unit_hi)
        start = first_day + day * draw(st.integers(0, (last_day - first_day).days))
        return start, start + day * draw(st.integers(0, (last_day - start).days))
    if precision == "month":
        first, last = _whole_months(lo, hi)
        begin = _draw_index(draw, first, last, _month_index(_PIVOT))
        end = begin + draw(st.integers(0, min(11, last - begin)))
        return _month_first(begin), _month_last(end)
    if precision == "season":
        first, last = _whole_seasons(lo, hi)
        begin = _draw_index(draw, first, last, _PIVOT.year * 4)
        end = begin + draw(st.integers(0, min(3, last - begin)))
        return _month_first(3 * begin + 2), _month_last(3 * end + 4)
    first, last = _whole_years(lo, hi)
    begin = _draw_index(draw, first, last, _PIVOT.year)
    end = begin + draw(st.integers(0, min(9, last - begin)))
    return datetime.date(begin, 1, 1), datetime.date(end, 12, 31)


def _window_bounds(window: object) -> tuple[datetime.date, datetime.date]:
    if isinstance(window, TimeSpan):
        return _as_date(window.start, "window.start"), _as_date(window.end, "window.end")
    if isinstance(window, tuple) and len(window) == 2:
        return _as_date(window[0], "window[0]"), _as_date(window[1], "window[1]")
    msg = f"window must be a (first day, last day) tuple or a TimeSpan, got {window!r}"
    raise InvalidArgument(msg)


@st.composite
def _draw_time_span(
    draw: st.DrawFn,
    precision: SearchStrategy[str] | None,
    window: SearchStrategy[Any],
    approximate: SearchStrategy[bool],
    text: SearchStrategy[str | None],
) -> TimeSpan:
    lo, hi = _window_bounds(draw(window))
    if lo > hi:
        reject()
    if precision is None:
        p = draw(_sampled(tuple(p for p in PRECISIONS if _fits(p, lo, hi))))
    else:
        p = draw(precision)
        if not _fits(p, lo, hi):
            reject()
    start, end = _draw_bounds(draw, p, lo, hi)
    return TimeSpan(
        start=_pendulum(start),
        end=_pendulum(end),
        precision=p,
        approximate=draw(approximate),
        text=draw(text),
    )


def time_spans(
    *,
    precision: Arg[str] = DEFAULT,
    window: Arg[Window] = DEFAULT,
    approximate: Arg[bool] = DEFAULT,
    text: Arg[str | None] = DEFAULT,
) -> SearchStrategy[TimeSpan]:
    """:class:`~dipevents.TimeSpan` objects of every precision, with dates that fit it.

    Day runs, whole ISO weeks (also across the year end), parts of a month or a year, runs of
    whole months, meteorological seasons (winter runs from December to February, to the 29th
    in leap years) and runs of whole years. Shrinks toward the single day 2000-01-01.

    Args:
        precision: ``"day"``, ``"week"``, ``"part_of_month"``, ``"month"``, ``"season"``,
            ``"part_of_year"`` or ``"year"``; by default any that fits the window.
        window: a ``(first day, last day)`` tuple of dates, or a ``TimeSpan``, that every span
            lies in; 1900-01-01 to 2099-12-31 by default.
        approximate: the ``approximate`` flag.
        text: the expression as written (``None`` or any text by default).

    Example:
        >>> import pendulum
        >>> from hypothesis import find
        >>> winter = find(time_spans(precision="season"), lambda s: s.end.day == 29)
        >>> (winter.start.isoformat(), winter.end.isoformat())
        ('1999-12-01', '2000-02-29')
    """
    _check_choice("precision", precision, PRECISIONS)
    if _given(window):
        lo, hi = _window_bounds(window)
        if lo > hi:
            msg = f"window={window!r} ends before it starts"
            raise InvalidArgument(msg)
        if _given(precision) and not _fits(cast("str", precision), lo, hi):
            msg = f"no {precision!r} span fits in the window {lo}..{hi}"
            raise InvalidArgument(msg)
    return _draw_time_span(
        None if precision is DEFAULT else _strategy(precision, st.nothing()),
        _strategy(window, st.just((_MIN_DATE, _MAX_DATE))),
        _strategy(approximate, st.booleans()),
        _strategy(text, st.one_of(st.none(), _free_text())),
    )


# --- quantities, items, spans, locations --------------------------------------------------------


@functools.cache
def _amounts() -> SearchStrategy[decimal.Decimal]:
    """Finite, non-negative decimals: whole numbers, cents, and any exponent."""
    return st.one_of(
        st.integers(0, 10**7).map(decimal.Decimal),
        st.decimals(min_value=0, max_value=10**9, places=2, allow_nan=False),
        st.decimals(min_value=0, allow_nan=False, allow_infinity=False),
    ).filter(lambda d: d.is_finite() and not d.is_signed())


@st.composite
def _draw_quantity(
    draw: st.DrawFn,
    qualifier: SearchStrategy[str],
    unit: SearchStrategy[str | None],
    amounts: SearchStrategy[decimal.Decimal],
) -> Quantity:
    return _draw_quantity_fields(draw, qualifier, draw(unit), amounts)


def _draw_quantity_fields(
    draw: st.DrawFn,
    qualifier: SearchStrategy[str],
    u: str | None,
    amounts: SearchStrategy[decimal.Decimal],
) -> Quantity:
    q = draw(qualifier)
    if q == "range":
        low, high = sorted((draw(amounts), draw(amounts)))
        return Quantity(low=low, high=high, unit=u, qualifier="range")
    return Quantity(value=draw(amounts), unit=u, qualifier=q)  # type: ignore[arg-type]


def quantities(
    *,
    qualifier: Arg[str] = DEFAULT,
    unit: Arg[str | None] = DEFAULT,
    amounts: SearchStrategy[decimal.Decimal] | None = None,
) -> SearchStrategy[Quantity]:
    """:class:`~dipevents.Quantity` objects: exact and hedged values, open qualifiers, ranges.

    Values are finite non-negative :class:`~decimal.Decimal` numbers, whole numbers most often,
    with any number of places or exponent otherwise ("1E+9"). A ``"range"`` has ``low <= high``
    and no ``value``.

    Args:
        qualifier: ``"exact"``, ``"about"``, ``"more_than"``, ``"at_least"``, ``"less_than"``,
            ``"at_most"`` or ``"range"``.
        unit: what is counted or measured (``"USD"``, ``"km"``, ``"artillery shells"``) or
            ``None``.
        amounts: a strategy for the numbers.

    Example:
        >>> from hypothesis import find
        >>> find(quantities(qualifier="range"), lambda q: q.low < q.high)
        Quantity(value=None, low=Decimal('0'), high=Decimal('1'), unit=None, qualifier='range')
    """
    _check_choice("qualifier", qualifier, QUALIFIERS)
    default_unit = st.one_of(
        st.none(), st.sampled_from(("USD", "km", "tonnes", "artillery shells")), _free_text()
    )
    return _draw_quantity(
        _strategy(qualifier, st.sampled_from(QUALIFIERS)),
        _strategy(unit, default_unit),
        _amounts() if amounts is None else amounts,
    )


@st.composite
def _draw_measurement(
    draw: st.DrawFn, name: SearchStrategy[str] | None, quantity: SearchStrategy[Quantity] | None
) -> Measurement:
    which, units = draw(_sampled(_MEASURES))
    n = draw(name) if name is not None else which
    if name is None and draw(st.booleans()):
        n = draw(_free_text())
    if quantity is None:
        unit = draw(_sampled((None, *units)))
        q = _draw_quantity_fields(draw, _sampled(QUALIFIERS), unit, _amounts())
    else:
        q = draw(quantity)
    return Measurement(name=n, quantity=q)


def measurements(
    *, name: Arg[str] = DEFAULT, quantity: Arg[Quantity] = DEFAULT
) -> SearchStrategy[Measurement]:
    """:class:`~dipevents.Measurement` objects: a missile's range, a satellite's altitude...

    Args:
        name: what is measured (``"range"``, ``"payload"``...).
        quantity: the measure, by default with a fitting unit.

    Example:
        >>> from hypothesis import find
        >>> find(measurements(), lambda m: True).name
        'range'
    """
    _check_type("quantity", quantity, Quantity, optional=False)
    return _draw_measurement(
        None if name is DEFAULT else _strategy(name, st.nothing()),
        None if quantity is DEFAULT else _strategy(quantity, st.nothing()),
    )


def _tuples(element: SearchStrategy[T], max_size: int) -> SearchStrategy[tuple[T, ...]]:
    return st.lists(element, max_size=max_size).map(tuple)


@st.composite
def _draw_item(
    draw: st.DrawFn,
    category: SearchStrategy[str],
    name: SearchStrategy[str] | None,
    quantity: SearchStrategy[Quantity | None] | None,
    attributes: SearchStrategy[tuple[Measurement, ...]],
) -> Item:
    c = draw(category)
    n = draw(_names(_ITEM_NAMES[c]) if name is None else name)
    if quantity is None:
        q = None
        if draw(st.booleans()):
            unit = n if draw(st.booleans()) else None
            q = _draw_quantity_fields(draw, _sampled(QUALIFIERS), unit, _amounts())
    else:
        q = draw(quantity)
    return Item(name=n, category=c, quantity=q, attributes=draw(attributes))  # type: ignore[arg-type]


def items(
    *,
    category: Arg[str] = DEFAULT,
    name: Arg[str] = DEFAULT,
    quantity: Arg[Quantity | None] = DEFAULT,
    attributes: Arg[tuple[Measurement, ...]] = DEFAULT,
) -> SearchStrategy[Item]:
    """:class:`~dipevents.Item` objects: missiles, satellites, shells, fuel, aid, money...

    Names fit the category ("ballistic missile", "artillery shells", "oil") or are any text;
    the quantity, when there is one, counts the item.

    Args:
        category: ``"missile"``, ``"satellite"``, ``"munitions"``, ``"fuel"``...
        name: the item's name.
        quantity: a :class:`~dipevents.Quantity` or ``None``.
        attributes: a tuple of measurements.

    Example:
        >>> from hypothesis import find
        >>> find(items(category="missile"), lambda i: True)
        Item(name='ballistic missile', category='missile', quantity=None, attributes=())
    """
    _check_choice("category", category, CATEGORIES)
    _check_type("quantity", quantity, Quantity, optional=True)
    return _draw_item(
        _strategy(category, st.sampled_from(CATEGORIES)),
        None if name is DEFAULT else _strategy(name, st.nothing()),
        None if quantity is DEFAULT else _strategy(quantity, st.nothing()),
        _strategy(attributes, _tuples(measurements(), 2)),
    )


def _valid_unicode(text: str) -> bool:
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        return False
    return True


@st.composite
def _draw_span(draw: st.DrawFn, source: str | None) -> Span:
    if source is None:
        start = draw(st.integers(0, 100_000))
        text = draw(st.text(st.characters(exclude_categories=_SURROGATES), min_size=1, max_size=40))
        return Span(start=start, end=start + len(text), text=text)
    start = draw(st.integers(0, len(source) - 1))
    end = draw(st.integers(start + 1, len(source)))
    text = source[start:end]
    if not _valid_unicode(text):
        reject()
    return Span(start=start, end=end, text=text)


def spans(*, source: str | None = None) -> SearchStrategy[Span]:
    """:class:`~dipevents.Span` objects: evidence, by character offsets, with its text.

    Args:
        source: a text to draw slices of (``source[span.start:span.end] == span.text``); by
            default the offsets and the text are arbitrary (any characters, whitespace too).

    Example:
        >>> from hypothesis import find
        >>> find(spans(source="Kim visited Moscow."), lambda s: s.text == "Moscow")
        Span(start=12, end=18, text='Moscow')
    """
    if source is not None and (not isinstance(source, str) or not source):  # type: ignore[redundant-expr]
        msg = f"source must be a non-empty str, got {source!r}"
        raise InvalidArgument(msg)
    if source is not None and not _valid_unicode(source):
        msg = "source holds lone surrogates: no span of such a text is valid evidence"
        raise InvalidArgument(msg)
    return _draw_span(source)


@st.composite
def _draw_location(
    draw: st.DrawFn,
    name: SearchStrategy[str] | None,
    country: SearchStrategy[str | None],
) -> Location:
    c = draw(country)
    n = draw(_names(_realistic("place", c)) if name is None else name)
    return Location(name=n, country=c)


def locations(
    *, name: Arg[str] = DEFAULT, country: Arg[str | None] = DEFAULT
) -> SearchStrategy[Location]:
    """:class:`~dipevents.Location` objects: where a visit happened or a launch was made from.

    Names are the country's capital (from the bundled gazetteer) or any text.

    Args:
        name: the place's name.
        country: an alpha-3 code or ``None``.

    Example:
        >>> from hypothesis import find
        >>> find(locations(country="RUS"), lambda loc: True)
        Location(name='Moscow', country='RUS')
    """
    _check_country("country", country)
    return _draw_location(
        None if name is DEFAULT else _strategy(name, st.nothing()),
        _strategy(country, st.one_of(countries(), st.none())),
    )


@functools.cache
def _foreign_locations(home: str | None) -> SearchStrategy[Location | None]:
    if home is None:
        return st.one_of(st.none(), locations())
    return st.one_of(st.none(), locations(country=st.one_of(countries(exclude={home}), st.none())))


# --- events -------------------------------------------------------------------------------------


@attrs.frozen
class _Common:
    """The strategies for the fields every event has."""

    when: SearchStrategy[TimeSpan | None]
    status: SearchStrategy[str]
    reported_by: SearchStrategy[Actor | None]
    evidence: SearchStrategy[tuple[Span, ...]]

    def draw(self, draw: st.DrawFn) -> dict[str, Any]:
        return {
            "when": draw(self.when),
            "status": draw(self.status),
            "reported_by": draw(self.reported_by),
            "evidence": draw(self.evidence),
        }


def _common(when: object, status: object, reported_by: object, evidence: object) -> _Common:
    _check_choice("status", status, STATUSES)
    _check_type("when", when, TimeSpan, optional=True)
    _check_type("reported_by", reported_by, Actor, optional=True)
    return _Common(
        when=_strategy(when, st.one_of(st.none(), time_spans())),
        status=_strategy(status, st.sampled_from(STATUSES)),
        reported_by=_strategy(reported_by, st.one_of(st.none(), actors())),
        evidence=_strategy(evidence, _tuples(spans(), 2)),
    )


def _optional(value: object, default: SearchStrategy[Any]) -> SearchStrategy[Any]:
    """An optional field: None first (so it shrinks away), else the default."""
    return _strategy(value, st.one_of(st.none(), default))


@st.composite
def _draw_visit(
    draw: st.DrawFn,
    common: _Common,
    visitor: SearchStrategy[Actor],
    host: SearchStrategy[Actor | None] | None,
    location: SearchStrategy[Location | None] | None,
    invited_by: SearchStrategy[Actor | None],
    purpose: SearchStrategy[str | None],
) -> Visit:
    v = draw(visitor)
    home = v.country
    h = draw(_foreign_actors(home) if host is None else host)
    loc = draw(_foreign_locations(home) if location is None else location)
    if home is not None and any(x is not None and x.country == home for x in (h, loc)):
        reject()  # only a user's strategies can get here
    return Visit(
        visitor=v,
        host=h,
        location=loc,
        invited_by=draw(invited_by),
        purpose=draw(purpose),
        **common.draw(draw),
    )


def visits(
    *,
    visitor: Arg[Actor] = DEFAULT,
    host: Arg[Actor | None] = DEFAULT,
    location: Arg[Location | None] = DEFAULT,
    invited_by: Arg[Actor | None] = DEFAULT,
    purpose: Arg[str | None] = DEFAULT,
    when: Arg[TimeSpan | None] = DEFAULT,
    status: Arg[str] = DEFAULT,
    reported_by: Arg[Actor | None] = DEFAULT,
    evidence: Arg[tuple[Span, ...]] = DEFAULT,
) -> SearchStrategy[Visit]:
    """:class:`~dipevents.Visit` events. The host and the location are always in another
    country than the visitor's (or in none), as the model requires.

    Args:
        visitor: who travels (an :class:`~dipevents.Actor` or a strategy such as
            ``actors(country="PRK")``).
        host: who receives them, or ``None``.
        location: where, or ``None``.
        invited_by: who invited them, or ``None``.
        purpose: why ("talks"), or ``None``.
        when: a :class:`~dipevents.TimeSpan` (see :func:`time_spans`) or ``None``.
        status: ``"occurred"``, ``"planned"``, ``"cancelled"``...
        reported_by: who reported it, or ``None``.
        evidence: a tuple of spans.

    Example:
        >>> from hypothesis import find
        >>> visit = find(visits(visitor=actors(country="PRK"), host=actors(kind="state")),
        ...              lambda v: True)
        >>> (visit.visitor.name, visit.host.name, visit.status)
        ('North Korea', 'Russia', 'occurred')
    """
    _check_type("visitor", visitor, Actor, optional=False)
    _check_type("host", host, Actor, optional=True)
    _check_type("location", location, Location, optional=True)
    for name, other in (("host", host), ("location", location)):
        if (
            isinstance(visitor, Actor)
            and isinstance(other, (Actor, Location))
            and visitor.country is not None
            and other.country == visitor.country
        ):
            msg = f"visits(): the {name} is in the visitor's country; a visit crosses a border"
            raise InvalidArgument(msg)
    return _draw_visit(
        _common(when, status, reported_by, evidence),
        _strategy(visitor, actors()),
        None if host is DEFAULT else _strategy(host, st.nothing()),
        None if location is DEFAULT else _strategy(location, st.nothing()),
        _optional(invited_by, actors()),
        _optional(purpose, st.one_of(st.sampled_from(_PURPOSES), _free_text())),
    )


def transfers(
    *,
    supplier: Arg[Actor | None] = DEFAULT,
    recipient: Arg[Actor | None] = DEFAULT,
    items: Arg[tuple[Item, ...]] = DEFAULT,
    in_exchange_for: Arg[tuple[Item, ...]] = DEFAULT,
    when: Arg[TimeSpan | None] = DEFAULT,
    status: Arg[str] = DEFAULT,
    reported_by: Arg[Actor | None] = DEFAULT,
    evidence: Arg[tuple[Span, ...]] = DEFAULT,
) -> SearchStrategy[Transfer]:
    """:class:`~dipevents.Transfer` events: arms, fuel, money or aid sent from one party to
    another.

    Args:
        supplier: who sends, or ``None``.
        recipient: who receives, or ``None``.
        items: a tuple of :class:`~dipevents.Item` (see :func:`dipevents.strategies.items`).
        in_exchange_for: what came back.
        when: a :class:`~dipevents.TimeSpan` or ``None``.
        status: ``"occurred"``, ``"planned"``, ``"negated"``...
        reported_by: who reported it, or ``None``.
        evidence: a tuple of spans.

    Example:
        >>> from hypothesis import find
        >>> find(transfers(status="ongoing"), lambda t: t.items).items[0].name
        'ballistic missile'
    """
    _check_type("supplier", supplier, Actor, optional=True)
    _check_type("recipient", recipient, Actor, optional=True)
    common = _common(when, status, reported_by, evidence)
    return st.builds(
        _build_event(Transfer),
        supplier=_optional(supplier, actors()),
        recipient=_optional(recipient, actors()),
        items=_strategy(items, _tuples(_items_strategy(), 3)),
        in_exchange_for=_strategy(in_exchange_for, _tuples(_items_strategy(), 1)),
        common=_draw_common(common),
    )


def launches(
    *,
    launcher: Arg[Actor | None] = DEFAULT,
    target: Arg[Actor | None] = DEFAULT,
    items: Arg[tuple[Item, ...]] = DEFAULT,
    site: Arg[Location | None] = DEFAULT,
    outcome: Arg[str] = DEFAULT,
    when: Arg[TimeSpan | None] = DEFAULT,
    status: Arg[str] = DEFAULT,
    reported_by: Arg[Actor | None] = DEFAULT,
    evidence: Arg[tuple[Span, ...]] = DEFAULT,
) -> SearchStrategy[Launch]:
    """:class:`~dipevents.Launch` events: missiles, rockets and satellites launched or fired.

    By default the items are projectiles (missiles, rockets, launch vehicles, satellites).

    Args:
        launcher: who launched, or ``None``.
        target: who was fired at, or ``None``.
        items: a tuple of :class:`~dipevents.Item`.
        site: where it was launched from, or ``None``.
        outcome: ``"success"``, ``"failure"``, ``"partial"``, ``"intercepted"`` or
            ``"unknown"``.
        when: a :class:`~dipevents.TimeSpan` or ``None``.
        status: ``"occurred"``, ``"planned"``...
        reported_by: who reported it, or ``None``.
        evidence: a tuple of spans.

    Example:
        >>> from hypothesis import find
        >>> find(launches(outcome="intercepted"), lambda x: x.target is not None).target.kind
        'state'
    """
    _check_type("launcher", launcher, Actor, optional=True)
    _check_type("target", target, Actor, optional=True)
    _check_type("site", site, Location, optional=True)
    _check_choice("outcome", outcome, OUTCOMES)
    common = _common(when, status, reported_by, evidence)
    projectiles = _items_strategy(
        category=st.sampled_from(("missile", "rocket", "launch_vehicle", "satellite"))
    )
    return st.builds(
        _build_event(Launch),
        launcher=_optional(launcher, actors()),
        target=_optional(target, actors()),
        items=_strategy(items, _tuples(projectiles, 2)),
        site=_optional(site, locations()),
        outcome=_strategy(outcome, st.sampled_from(OUTCOMES)),
        common=_draw_common(common),
    )


def allegations(
    *,
    accuser: Arg[Actor | None] = DEFAULT,
    accused: Arg[Actor | None] = DEFAULT,
    claim: Arg[Visit | Transfer | Launch | None] = DEFAULT,
    claim_text: Arg[str | None] = DEFAULT,
    when: Arg[TimeSpan | None] = DEFAULT,
    status: Arg[str] = DEFAULT,
    reported_by: Arg[Actor | None] = DEFAULT,
    evidence: Arg[tuple[Span, ...]] = DEFAULT,
) -> SearchStrategy[Allegation]:
    """:class:`~dipevents.Allegation` events, with or without a nested claim.

    The default claim is ``None`` or a visit, transfer or launch (which may itself hold
    actors, items and time spans of every kind).

    Args:
        accuser: who accuses, or ``None``.
        accused: who is accused, or ``None``.
        claim: the alleged act (a :class:`~dipevents.Visit`, :class:`~dipevents.Transfer` or
            :class:`~dipevents.Launch`, or a strategy such as ``transfers(status="alleged")``)
            or ``None``.
        claim_text: what was alleged, in words, or ``None``.
        when: a :class:`~dipevents.TimeSpan` or ``None``.
        status: ``"occurred"``, ``"denied"``...
        reported_by: who reported it, or ``None``.
        evidence: a tuple of spans.

    Example:
        >>> from hypothesis import find
        >>> nested = find(allegations(), lambda a: a.claim is not None)
        >>> nested.claim.kind
        'visit'
    """
    _check_type("accuser", accuser, Actor, optional=True)
    _check_type("accused", accused, Actor, optional=True)
    _check_type("claim", claim, (Visit, Transfer, Launch), optional=True)
    common = _common(when, status, reported_by, evidence)
    claims = st.one_of(visits(), transfers(), launches())
    return st.builds(
        _build_event(Allegation),
        accuser=_optional(accuser, actors()),
        accused=_optional(accused, actors()),
        claim=_optional(claim, claims),
        claim_text=_optional(
            claim_text, st.one_of(st.just("sending ballistic missiles"), _free_text())
        ),
        common=_draw_common(common),
    )


_KIND_NAMES = ("visit", "allegation", "transfer", "launch")


def events(
    *,
    kinds: str | type[Event] | Collection[str | type[Event]] = _KIND_NAMES,
    when: Arg[TimeSpan | None] = DEFAULT,
    status: Arg[str] = DEFAULT,
    reported_by: Arg[Actor | None] = DEFAULT,
    evidence: Arg[tuple[Span, ...]] = DEFAULT,
) -> SearchStrategy[Event]:
    """Events of any kind (or of the given kinds): the strategy for :class:`~dipevents.Event`.

    Args:
        kinds: ``"visit"``, ``"allegation"``, ``"transfer"``, ``"launch"`` (or their classes),
            or a collection of them; all four by default.
        when: a :class:`~dipevents.TimeSpan` or ``None`` for every event.
        status: the status of every event.
        reported_by: who reported every event.
        evidence: the evidence of every event.

    Example:
        >>> from hypothesis import find
        >>> find(events(kinds=["launch", "transfer"]), lambda e: True).kind
        'transfer'
    """
    chosen = _event_kinds(kinds)
    common = {"when": when, "status": status, "reported_by": reported_by, "evidence": evidence}
    makers: dict[str, Callable[..., SearchStrategy[Any]]] = {
        "visit": visits,
        "allegation": allegations,
        "transfer": transfers,
        "launch": launches,
    }
    return st.one_of([makers[k](**common) for k in _KIND_NAMES if k in chosen])


def _items_strategy(category: Arg[str] = DEFAULT) -> SearchStrategy[Item]:
    return items(category=category)


def _draw_common(common: _Common) -> SearchStrategy[dict[str, Any]]:
    return st.fixed_dictionaries(
        {
            "when": common.when,
            "status": common.status,
            "reported_by": common.reported_by,
            "evidence": common.evidence,
        }
    )


def _build_event(cls: type[T]) -> Callable[..., T]:
    """A builder for ``st.builds``: the common fields arrive drawn, as one dict."""

    def build(*, common: dict[str, Any], **fields: Any) -> T:
        return cls(**fields, **common)

    build.__name__ = cls.__name__
    return build
