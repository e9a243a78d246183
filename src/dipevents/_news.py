"""News text with known events in it: the ``sentences()`` and ``articles()`` strategies.

Drawn events are rendered into English wire-news prose with templates that follow
``docs/events.md`` (active and passive voice, hosts and visitors, attribution, planned, cancelled
and denied events, quantities with qualifiers and ranges) and time expressions that follow
``docs/time-expressions.md``, resolved against a drawn publication date. Each text comes with
the events it contains, as the documented rules read them: the answer key for an extractor.

Actors are written with names the bundled gazetteer knows unambiguously (country names,
demonyms, capitals, and people in office on the publication date), so that a parser using the
gazetteer can recognise them.
"""

from __future__ import annotations

import calendar
import datetime
import decimal
import functools
import re
from collections.abc import Callable, Collection, Iterable, Sequence
from typing import Any, TypeVar

import attrs
import pendulum
from hypothesis import reject
from hypothesis import strategies as st
from hypothesis.errors import InvalidArgument
from hypothesis.strategies import SearchStrategy

from ._actor import Actor
from ._events import Allegation, Event, Launch, Transfer, Visit
from ._values import Item, Location, Quantity, Span, TimeSpan


__all__ = ["NewsText", "articles", "sentences"]

T = TypeVar("T")


@attrs.frozen(kw_only=True)
class NewsText:
    """News text and the events it contains, as ``sentences()`` and ``articles()`` draw it.

    ``events`` are in text order, each with the sentence that states it as its evidence
    (``text[span.start:span.end] == span.text``). Relative dates in the text ("on Monday",
    "last week") are resolved against ``published``.

    Example:
        >>> news = NewsText(text="Iran launched a satellite.", published=pendulum.Date(2024, 1, 17),
        ...                 events=())
        >>> news.published.isoformat()
        '2024-01-17'
    """

    text: str
    published: pendulum.Date
    events: tuple[Event, ...]


def _choose(draw: st.DrawFn, options: Sequence[T]) -> T:
    """One of *options*, shrinking toward the first (like ``st.sampled_from``, but without
    building a strategy for every draw, which is slow)."""
    return options[draw(st.integers(0, len(options) - 1))]


# --- the gazetteer's names ------------------------------------------------------------------

#: Letters (any script with case), spaces, hyphens and apostrophes; no dots, digits or commas.
_WRITABLE = re.compile(r"[^\W\d_][^\W\d_' -]*(?:['-][^\W\d_]+)*(?: [^\W\d_][^\W\d_'-]*)*")


@attrs.frozen
class _Country:
    code: str
    name: str
    """The usual short name, the name of the state in the answer key."""
    names: tuple[str, ...]
    """Names that can be written: the usual name first, then unambiguous aliases."""
    demonym: str | None
    capital: str | None


@attrs.frozen
class _Person:
    name: str
    country: str
    role: str
    start: datetime.date
    end: datetime.date | None


@attrs.frozen
class _Media:
    name: str
    country: str


#: Drawn first, and so shrunk to: the countries most often in this library's news.
_FIRST_COUNTRIES = ("PRK", "RUS", "KOR", "USA", "CHN", "UKR", "IRN", "JPN", "ISR", "IND", "PAK")
_PERSON_ROLES = ("president", "prime minister", "foreign minister", "defence minister")


@attrs.frozen
class _World:
    countries: tuple[_Country, ...]
    by_code: dict[str, _Country]
    people: tuple[_Person, ...]
    media: tuple[_Media, ...]


@functools.cache
def _world() -> _World:
    """The names to write, read once from the bundled gazetteer.

    A name is used only when it names one thing in the whole gazetteer, is not marked
    ambiguous, and is written in letters (no dots or digits that a sentence splitter or a
    number recognizer could take for something else).
    """
    from ._gazetteer import (  # noqa: PLC0415
        BodyEntry,
        CountryEntry,
        ExclusionEntry,
        Gazetteer,
        PersonEntry,
    )

    entries = Gazetteer.default().entries
    owners: dict[str, set[object]] = {}

    def own(phrase: str, owner: object) -> None:
        owners.setdefault(phrase, set()).add(owner)

    for entry in entries:
        if isinstance(entry, CountryEntry):
            for phrase in (entry.name, *entry.aliases, *entry.demonyms, *entry.capitals):
                own(phrase, entry.code)
        elif isinstance(entry, BodyEntry):
            for phrase in (entry.name, *entry.aliases):
                own(phrase, ("body", entry.name))
        elif isinstance(entry, PersonEntry):
            for phrase in (entry.name, *entry.aliases):
                own(phrase, ("person", entry.name))
        elif isinstance(entry, ExclusionEntry):
            own(entry.phrase, ("exclusion", entry.phrase))

    def usable(phrase: str, code: str, ambiguous: Collection[str]) -> bool:
        return (
            phrase not in ambiguous
            and owners.get(phrase) == {code}
            and _WRITABLE.fullmatch(phrase) is not None
            and not phrase.startswith("The ")
            and phrase != phrase.upper()
        )

    countries: list[_Country] = []
    people: list[_Person] = []
    media: list[_Media] = []
    for entry in entries:
        if isinstance(entry, CountryEntry):
            amb = set(entry.ambiguous)
            names = tuple(
                n for n in dict.fromkeys((entry.name, *entry.aliases)) if usable(n, entry.code, amb)
            )
            demonyms = [d for d in entry.demonyms[:1] if usable(d, entry.code, amb)]
            capitals = [c for c in entry.capitals[:1] if usable(c, entry.code, amb)]
            if names and entry.name in names:
                countries.append(
                    _Country(
                        code=entry.code,
                        name=entry.name,
                        names=names,
                        demonym=demonyms[0] if demonyms else None,
                        capital=capitals[0] if capitals else None,
                    )
                )
        elif (
            isinstance(entry, PersonEntry)
            and entry.country is not None
            and entry.role in _PERSON_ROLES
            and owners.get(entry.name) == {("person", entry.name)}
            and _WRITABLE.fullmatch(entry.name) is not None
        ):
            people.append(
                _Person(
                    name=entry.name,
                    country=entry.country,
                    role=entry.role,
                    start=_date(entry.start),
                    end=None if entry.end is None else _date(entry.end),
                )
            )
        elif (
            isinstance(entry, BodyEntry)
            and entry.kind == "media"
            and entry.country is not None
            and entry.name not in entry.ambiguous
            and owners.get(entry.name) == {("body", entry.name)}
            and _WRITABLE.fullmatch(entry.name) is not None
        ):
            media.append(_Media(name=entry.name, country=entry.country))
    first = {code: index for index, code in enumerate(_FIRST_COUNTRIES)}
    countries.sort(key=lambda c: (first.get(c.code, len(first)), c.code))
    return _World(
        countries=tuple(countries),
        by_code={c.code: c for c in countries},
        people=tuple(people),
        media=tuple(media),
    )


def _date(day: datetime.date) -> datetime.date:
    return datetime.date(day.year, day.month, day.day)


# --- time expressions -----------------------------------------------------------------------

_MONTHS = (
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
)
_WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
_SMALL = (
    "zero", "one", "two", "three", "four", "five", "six",
    "seven", "eight", "nine", "ten", "eleven", "twelve",
)  # fmt: skip
_SEASONS = (("spring", 3), ("summer", 6), ("autumn", 9), ("winter", 12))
_DAY = datetime.timedelta(days=1)


@attrs.frozen
class _When:
    """A time expression as written (with its preposition) and the span it means."""

    phrase: str
    span: TimeSpan


def _span(
    words: str,
    start: datetime.date,
    end: datetime.date,
    precision: str,
    approximate: bool = False,
) -> TimeSpan:
    return TimeSpan(
        start=pendulum.Date(start.year, start.month, start.day),
        end=pendulum.Date(end.year, end.month, end.day),
        precision=precision,  # type: ignore[arg-type]
        approximate=approximate,
        text=words,
    )


def _when(preposition: str, words: str, *span: Any, **flags: Any) -> _When:
    phrase = f"{preposition} {words}" if preposition else words
    return _When(phrase=phrase, span=_span(words, *span, **flags))


def _last_day(year: int, month: int) -> datetime.date:
    return datetime.date(year, month, calendar.monthrange(year, month)[1])


def _month_day(day: datetime.date) -> str:
    return f"{_MONTHS[day.month - 1]} {day.day}"


def _shift_month(year: int, month: int, by: int) -> tuple[int, int]:
    index = year * 12 + month - 1 + by
    return index // 12, index % 12 + 1


def _past_when(draw: st.DrawFn, p: datetime.date) -> _When | None:
    """A time expression for something that happened before or on the publication date *p*."""
    monday = p - p.weekday() * _DAY
    choices: list[Callable[[], _When]] = [
        lambda: _when("", "yesterday", p - _DAY, p - _DAY, "day"),
        lambda: _weekday(p - draw(st.integers(1, 6)) * _DAY),
        lambda: _when("", "last week", monday - 7 * _DAY, monday - _DAY, "week"),
        lambda: _last_month(p),
        lambda: _named_month(p, draw(st.integers(1, 11)), future=False),
        lambda: _day_of_month(p - draw(st.integers(2, 300)) * _DAY),
        lambda: _when(
            "",
            "last year",
            datetime.date(p.year - 1, 1, 1),
            datetime.date(p.year - 1, 12, 31),
            "year",
        ),
        lambda: _year(p.year - draw(st.integers(1, 20))),
        lambda: _month_of_year(p, draw(st.integers(1, 120))),
        lambda: _full_date(p - draw(st.integers(2, 3000)) * _DAY),
        lambda: _when(
            "",
            "late last year",
            datetime.date(p.year - 1, 9, 1),
            datetime.date(p.year - 1, 12, 31),
            "part_of_year",
            approximate=True,
        ),
        lambda: _days_ago(p, draw(st.integers(2, 6))),
        lambda: _season(p.year - draw(st.integers(2, 10)), _choose(draw, _SEASONS)),
        lambda: _when("", "today", p, p, "day"),
    ]
    if p.day >= 3:
        choices.append(
            lambda: _when(
                "",
                "earlier this month",
                p.replace(day=1),
                p,
                "part_of_month",
                approximate=True,
            )
        )
    if (p.month, p.day) >= (1, 4):
        choices.append(
            lambda: _when(
                "",
                "earlier this year",
                datetime.date(p.year, 1, 1),
                p,
                "part_of_year",
                approximate=True,
            )
        )
    return _pick_when(draw, choices)


def _future_when(draw: st.DrawFn, p: datetime.date) -> _When | None:
    """A time expression for something planned after the publication date *p*."""
    monday = p - p.weekday() * _DAY
    year, month = _shift_month(p.year, p.month, 1)
    last = _last_day(p.year, p.month)
    choices: list[Callable[[], _When]] = [
        lambda: _when("", "tomorrow", p + _DAY, p + _DAY, "day"),
        lambda: _weekday(p + draw(st.integers(1, 7)) * _DAY),
        lambda: _when("", "next week", monday + 7 * _DAY, monday + 13 * _DAY, "week"),
        lambda: _when(
            "", "next month", datetime.date(year, month, 1), _last_day(year, month), "month"
        ),
        lambda: _named_month(p, draw(st.integers(1, 11)), future=True),
        lambda: _day_of_month(p + draw(st.integers(2, 300)) * _DAY),
        lambda: _when(
            "",
            "next year",
            datetime.date(p.year + 1, 1, 1),
            datetime.date(p.year + 1, 12, 31),
            "year",
        ),
        lambda: _when(
            "",
            "early next month",
            datetime.date(year, month, 1),
            datetime.date(year, month, 10),
            "part_of_month",
            approximate=True,
        ),
        lambda: _year(p.year + draw(st.integers(1, 5))),
    ]
    if p.day <= last.day - 3:
        choices.append(
            lambda: _when("", "later this month", p, last, "part_of_month", approximate=True)
        )
    if (p.month, p.day) <= (12, 28):
        choices.append(
            lambda: _when(
                "",
                "later this year",
                p,
                datetime.date(p.year, 12, 31),
                "part_of_year",
                approximate=True,
            )
        )
    return _pick_when(draw, choices)


def _pick_when(draw: st.DrawFn, choices: Sequence[Callable[[], _When]]) -> _When | None:
    """No time expression (what failures shrink to), or one of *choices*."""
    index = draw(st.integers(-1, len(choices) - 1))
    return None if index < 0 else choices[index]()


def _weekday(day: datetime.date) -> _When:
    return _when("on", _WEEKDAYS[day.weekday()], day, day, "day")


def _last_month(p: datetime.date) -> _When:
    year, month = _shift_month(p.year, p.month, -1)
    return _when("", "last month", datetime.date(year, month, 1), _last_day(year, month), "month")


def _named_month(p: datetime.date, offset: int, *, future: bool) -> _When:
    """A month name without a year, *offset* months away from the publication month."""
    year, month = _shift_month(p.year, p.month, offset if future else -offset)
    return _when(
        "in", _MONTHS[month - 1], datetime.date(year, month, 1), _last_day(year, month), "month"
    )


def _day_of_month(day: datetime.date) -> _When:
    """A day and month without a year, less than a year away from the publication date."""
    return _when("on", _month_day(day), day, day, "day")


def _year(year: int) -> _When:
    return _when("in", str(year), datetime.date(year, 1, 1), datetime.date(year, 12, 31), "year")


def _month_of_year(p: datetime.date, back: int) -> _When:
    year, month = _shift_month(p.year, p.month, -back)
    words = f"{_MONTHS[month - 1]} {year}"
    return _when("in", words, datetime.date(year, month, 1), _last_day(year, month), "month")


def _full_date(day: datetime.date) -> _When:
    return _when("on", f"{_month_day(day)}, {day.year}", day, day, "day")


def _days_ago(p: datetime.date, days: int) -> _When:
    day = p - days * _DAY
    return _when("", f"{_SMALL[days]} days ago", day, day, "day")


def _season(year: int, season: tuple[str, int]) -> _When:
    name, first = season
    end_year, end_month = _shift_month(year, first, 2)
    return _when(
        "in",
        f"{name} {year}",
        datetime.date(year, first, 1),
        _last_day(end_year, end_month),
        "season",
    )


# --- quantities and items ---------------------------------------------------------------------


@attrs.frozen
class _Noun:
    singular: str | None
    plural: str
    category: str


_LAUNCHED = (
    _Noun("ballistic missile", "ballistic missiles", "missile"),
    _Noun("cruise missile", "cruise missiles", "missile"),
    _Noun("short-range ballistic missile", "short-range ballistic missiles", "missile"),
    _Noun("intercontinental ballistic missile", "intercontinental ballistic missiles", "missile"),
    _Noun("hypersonic missile", "hypersonic missiles", "missile"),
    _Noun("missile", "missiles", "missile"),
    _Noun("rocket", "rockets", "rocket"),
)
_SATELLITES = (
    _Noun("satellite", "satellites", "satellite"),
    _Noun("reconnaissance satellite", "reconnaissance satellites", "satellite"),
    _Noun("spy satellite", "spy satellites", "satellite"),
    _Noun("communications satellite", "communications satellites", "satellite"),
)
_SENT = (
    _Noun(None, "artillery shells", "munitions"),
    _Noun(None, "drones", "weapons"),
    _Noun(None, "tanks", "vehicles"),
    _Noun(None, "armoured vehicles", "vehicles"),
    _Noun(None, "fighter jets", "aircraft"),
    _Noun(None, "helicopters", "aircraft"),
    _Noun(None, "howitzers", "weapons"),
    _Noun(None, "rifles", "weapons"),
    _Noun(None, "ballistic missiles", "missile"),
    _Noun(None, "anti-tank missiles", "missile"),
    _Noun(None, "warships", "vessels"),
    _Noun(None, "mortar rounds", "munitions"),
)
#: Things sent that are not counted: (name, category, whether "tonnes of" can measure them).
_MASS = (
    ("weapons", "weapons", False),
    ("arms", "weapons", False),
    ("ammunition", "munitions", False),
    ("military equipment", "equipment", False),
    ("humanitarian aid", "aid", False),
    ("oil", "fuel", True),
    ("rice", "aid", True),
    ("wheat", "aid", True),
)
_ROUND_NUMBERS = (15, 20, 24, 30, 40, 50, 60, 100, 120, 200, 300, 500, 1000, 1500, 2000, 5000)


def _number(value: int) -> str:
    return _SMALL[value] if value < len(_SMALL) else f"{value:,}"


def _draw_count(draw: st.DrawFn) -> int:
    if draw(st.booleans()):
        return draw(st.integers(2, 12))
    if draw(st.booleans()):
        return draw(st.integers(13, 250_000))
    return _choose(draw, _ROUND_NUMBERS)


@attrs.frozen
class _Things:
    """Items as written and as they go into the answer key."""

    text: str
    items: tuple[Item, ...]
    plural: bool


def _counted(draw: st.DrawFn, noun: _Noun) -> _Things:
    """A counted noun with an exact, hedged or range quantity (or none)."""
    form = draw(st.integers(0, 7))
    unit = noun.plural
    if form == 0:
        return _Things(noun.plural, (Item(name=unit, category=noun.category),), plural=True)  # type: ignore[arg-type]
    if form == 7:
        low = draw(st.integers(2, 40))
        high = low + draw(st.integers(1, 60))
        text = f"between {_number(low)} and {_number(high)} {unit}"
        q = Quantity(
            low=decimal.Decimal(low), high=decimal.Decimal(high), unit=unit, qualifier="range"
        )
        return _Things(text, (Item(name=unit, category=noun.category, quantity=q),), True)  # type: ignore[arg-type]
    value = _draw_count(draw)
    qualifier, words = {
        1: ("exact", ""),
        2: ("exact", ""),
        3: ("about", "about "),
        4: ("more_than", "more than "),
        5: ("at_least", "at least "),
        6: ("at_most", "up to "),
    }[form]
    q = Quantity(value=decimal.Decimal(value), unit=unit, qualifier=qualifier)  # type: ignore[arg-type]
    text = f"{words}{_number(value)} {unit}"
    return _Things(text, (Item(name=unit, category=noun.category, quantity=q),), True)  # type: ignore[arg-type]


def _draw_sent(draw: st.DrawFn) -> _Things:
    """What a transfer sends: counted things, or an uncounted mass (some weighed in tonnes)."""
    if draw(st.integers(0, 3)) < 3:
        return _counted(draw, _choose(draw, _SENT))
    name, category, weighed = _choose(draw, _MASS)
    if weighed and draw(st.booleans()):
        tonnes = _draw_count(draw) if draw(st.booleans()) else _choose(draw, _ROUND_NUMBERS)
        q = Quantity(value=decimal.Decimal(tonnes), unit="t")
        item = Item(name=name, category=category, quantity=q)  # type: ignore[arg-type]
        return _Things(f"{_number(tonnes)} tonnes of {name}", (item,), plural=True)
    return _Things(name, (Item(name=name, category=category),), plural=True)  # type: ignore[arg-type]


def _draw_launched(draw: st.DrawFn, nouns: Sequence[_Noun] = _LAUNCHED) -> _Things:
    """What a launch launches: one projectile ("a ballistic missile") or a counted number."""
    noun = _choose(draw, nouns)
    if draw(st.booleans()) and noun.singular is not None:
        article = "an" if noun.singular[0] in "aeiou" else "a"
        item = Item(name=noun.singular, category=noun.category)  # type: ignore[arg-type]
        return _Things(f"{article} {noun.singular}", (item,), plural=False)
    return _counted(draw, noun)


# --- actors as written --------------------------------------------------------------------------


@attrs.frozen
class _Mention:
    """An actor as written in the text (mid-sentence casing) and in the answer key."""

    text: str
    actor: Actor
    place: Location | None = None


_THE_FIRST = frozenset(
    {
        "Republic", "Kingdom", "United", "Democratic", "Islamic", "Federal", "Federated",
        "State", "Commonwealth", "Principality", "Grand", "Sultanate", "Socialist",
        "Independent", "Plurinational", "Bolivarian", "Hashemite", "Union", "Holy",
        "Co-operative", "Oriental", "Argentine", "Arab", "Lao", "People's", "Russian",
        "Syrian", "Czech", "Swiss", "Slovak", "Kyrgyz",
    }
)  # fmt: skip
_THE_LAST = frozenset(
    {
        "Islands", "Republic", "Emirates", "States", "Netherlands", "Philippines", "Bahamas",
        "Gambia", "Maldives", "Seychelles", "Comoros", "Isles", "Territories", "Territory",
        "Vatican", "Antilles", "Confederation",
    }
)  # fmt: skip


def _written(name: str) -> str:
    """A country's name as written mid-sentence: "the" before "United States"."""
    words = name.split(" ")
    if words[0] in _THE_FIRST or words[-1] in _THE_LAST:
        return f"the {name}"
    return name


def _possessive(name: str) -> str:
    return f"{name}'" if name.endswith("s") else f"{name}'s"


def _state(country: _Country) -> Actor:
    return Actor(name=country.name, kind="state", country=country.code)


class _Sentence:
    """Draws what one sentence needs: countries (all different), mentions, dates."""

    def __init__(self, draw: st.DrawFn, published: datetime.date, pool: Sequence[_Country]) -> None:
        self.draw = draw
        self.published = published
        self.pool = pool
        self.used: set[str] = set()
        self.front_ok = True
        """Whether a time expression may open the clause (not after "X said")."""

    def country(self) -> _Country:
        free = [c for c in self.pool if c.code not in self.used]
        if not free:
            reject()  # only a user's tiny pool of countries can get here
        chosen = _choose(self.draw, free)
        self.used.add(chosen.code)
        return chosen

    def mention(self, country: _Country, *forms: str) -> _Mention:
        """One of *forms* (those this country can be written in): name, capital, place,
        official, possessive, person, delegation, military."""
        makers: list[Callable[[], _Mention]] = []
        for form in forms:
            maker = self._maker(country, form)
            if maker is not None:
                makers.append(maker)
        if not makers:  # no capital, demonym or person to write: fall back on the name
            people = {"official", "person", "delegation", "military"}
            fallback = "possessive" if people.issuperset(forms) else "name"
            makers.append(self._maker(country, fallback))  # type: ignore[arg-type]
        return _choose(self.draw, makers)()

    def _maker(self, c: _Country, form: str) -> Callable[[], _Mention] | None:
        draw = self.draw
        if form == "name":
            return lambda: _Mention(_written(_choose(draw, c.names)), _state(c))
        if form == "capital" and c.capital is not None:
            return lambda: _Mention(c.capital or "", _state(c))
        if form == "place" and c.capital is not None:
            return lambda: _Mention(
                c.capital or "", _state(c), Location(name=c.capital or "", country=c.code)
            )
        if form == "official" and c.demonym is not None:
            return lambda: self._official(c, f"the {c.demonym}", f"{c.demonym}")
        if form == "possessive":
            return lambda: self._official(c, _possessive(_written(c.name)), _possessive(c.name))
        if form == "delegation" and c.demonym is not None:
            return lambda: _Mention(
                f"a {c.demonym} delegation",
                Actor(name=f"{c.demonym} delegation", kind="government", country=c.code),
            )
        if form == "military" and c.demonym is not None:
            return lambda: _Mention(
                f"the {c.demonym} military",
                Actor(name=f"{c.demonym} military", kind="military", country=c.code),
            )
        if form == "person" and c.demonym is not None:
            people = [
                p
                for p in _world().people
                if p.country == c.code
                and p.start <= self.published
                and (p.end is None or self.published <= p.end)
            ]
            if people:
                return lambda: self._person(c, _choose(draw, people))
        return None

    def _official(self, c: _Country, written: str, named: str) -> _Mention:
        role = _choose(self.draw, _PERSON_ROLES)
        actor = Actor(name=f"{named} {role}", kind="person", country=c.code, role=role)
        return _Mention(f"{written} {role}", actor)

    def _person(self, c: _Country, person: _Person) -> _Mention:
        title = person.role.title()
        actor = Actor(name=person.name, kind="person", country=c.code, role=person.role)
        return _Mention(f"{c.demonym} {title} {person.name}", actor)

    def past(self) -> _When | None:
        return _past_when(self.draw, self.published)

    def future(self) -> _When | None:
        return _future_when(self.draw, self.published)

    def pick(self, *options: str) -> str:
        return _choose(self.draw, options)


_SUBJECT = ("name", "possessive", "official", "person")
_PLACE = ("name", "place")


@attrs.frozen
class _Clause:
    """A rendered clause (no final period, mid-sentence casing) and its event, whose
    ``when`` is the rendered time expression, to be placed by :func:`_with_when`."""

    text: str
    event: Event
    when: _When | None = None
    """The time expression, when the clause left its place to :func:`_with_when`."""
    frontable: bool = True


def _with_when(
    clause: str, when: _When | None, s: _Sentence, frontable: bool
) -> tuple[str, _When | None]:
    """Put the time expression after the clause or, sometimes, in front of it (where it opens
    the sentence, so "yesterday" is then written, and kept as, "Yesterday")."""
    if when is None:
        return clause, None
    if frontable and s.front_ok and s.draw(st.integers(0, 3)) == 3:
        if when.phrase == when.span.text:
            words = _capitalised(when.phrase)
            when = _When(phrase=words, span=attrs.evolve(when.span, text=words))
        return f"{when.phrase}, {clause}", when
    return f"{clause} {when.phrase}", when


# --- templates: visits ----------------------------------------------------------------------------


def _visit(
    visitor: _Mention,
    host: _Mention,
    *,
    when: _When | None,
    status: str,
    invited_by: Actor | None = None,
    purpose: str | None = None,
) -> Visit:
    return Visit(
        visitor=visitor.actor,
        host=host.actor,
        location=host.place,
        invited_by=invited_by,
        purpose=purpose,
        when=None if when is None else when.span,
        status=status,  # type: ignore[arg-type]
    )


def _visit_active(s: _Sentence) -> _Clause:
    """X visited Y / travelled to / arrived in / paid a visit to Y (date)."""
    v = s.mention(s.country(), *_SUBJECT, "delegation")
    h = s.mention(s.country(), *_PLACE)
    verb = s.pick(
        "visited",
        "travelled to",
        "flew to",
        "arrived in",
        "paid a visit to",
        "made a trip to",
        "began a state visit to",
    )
    when = s.past()
    purpose = s.pick("", "talks")
    text = f"{v.text} {verb} {h.text}"
    if purpose:
        text = f"{text} for {purpose}"
    return _Clause(text, _visit(v, h, when=when, status="occurred", purpose=purpose or None), when)


def _visit_hosted(s: _Sentence) -> _Clause:
    """X hosted / welcomed / received Y: Y is the visitor."""
    h = s.mention(s.country(), "name", "capital", "person")
    v = s.mention(s.country(), "official", "person", "delegation")
    verb = s.pick("hosted", "welcomed", "received")
    when = s.past()
    return _Clause(f"{h.text} {verb} {v.text}", _visit(v, h, when=when, status="occurred"), when)


def _visit_presence(s: _Sentence) -> _Clause:
    """X was welcomed in / held talks in / met officials in Y: the foreigner visits.

    News names the visitor here, so a person in office is written when the gazetteer knows one.
    """
    v = s.mention(s.country(), "person", "person", "person", "official")
    host = s.country()
    h = s.mention(host, "place")
    verb = s.pick("was welcomed in", "held talks in", "was received in", "was in")
    if host.demonym is not None and s.draw(st.integers(0, 4)) == 4:
        verb = f"met {host.demonym} officials in"
    when = s.past()
    return _Clause(f"{v.text} {verb} {h.text}", _visit(v, h, when=when, status="occurred"), when)


def _visit_planned(s: _Sentence) -> _Clause:
    """X will visit / is expected to travel to Y (future date): planned."""
    v = s.mention(s.country(), *_SUBJECT, "delegation")
    h = s.mention(s.country(), *_PLACE)
    verb = s.pick(
        "will visit",
        "is expected to visit",
        "plans to visit",
        "is scheduled to visit",
        "will travel to",
        "plans to travel to",
        "is due to arrive in",
    )
    when = s.future()
    return _Clause(f"{v.text} {verb} {h.text}", _visit(v, h, when=when, status="planned"), when)


def _visit_invited(s: _Sentence) -> _Clause:
    """X invited Y to visit X: invited, Y the visitor, X the host."""
    country = s.country()
    inviter = s.mention(country, "name", "person")
    v = s.mention(s.country(), "official", "person")
    h = s.mention(country, *_PLACE)
    when = s.future()
    event = _visit(v, h, when=when, status="invited", invited_by=inviter.actor)
    text = f"{inviter.text} invited {v.text} to visit {h.text}"
    return _Clause(text, event, when, frontable=False)


_CALLED_OFF = (
    ("called off a planned trip to", "cancelled"),
    ("cancelled a planned visit to", "cancelled"),
    ("postponed a visit to", "postponed"),
    ("postponed a planned trip to", "postponed"),
)


def _visit_called_off(s: _Sentence) -> _Clause:
    """X called off / cancelled / postponed a visit to Y."""
    v = s.mention(s.country(), *_SUBJECT)
    h = s.mention(s.country(), *_PLACE)
    verb, status = _choose(s.draw, _CALLED_OFF)
    return _Clause(f"{v.text} {verb} {h.text}", _visit(v, h, when=None, status=status))


# --- templates: transfers -------------------------------------------------------------------------


def _transfer(
    supplier: _Mention,
    recipient: _Mention,
    things: _Things,
    *,
    when: _When | None,
    status: str,
    back: _Things | None = None,
) -> Transfer:
    return Transfer(
        supplier=supplier.actor,
        recipient=recipient.actor,
        items=things.items,
        in_exchange_for=() if back is None else back.items,
        when=None if when is None else when.span,
        status=status,  # type: ignore[arg-type]
    )


def _transfer_active(s: _Sentence) -> _Clause:
    """X sent / supplied / delivered Z to Y; X supplied Y with Z; X gave Y Z."""
    sup = s.mention(s.country(), "name", "capital")
    rec = s.mention(s.country(), "name", "capital")
    things = _draw_sent(s.draw)
    shape = s.draw(st.integers(0, 2))
    if shape == 0:
        verb = s.pick("sent", "delivered", "shipped", "supplied", "sold", "provided")
        text = f"{sup.text} {verb} {things.text} to {rec.text}"
    elif shape == 1:
        verb = s.pick("supplied", "provided")
        text = f"{sup.text} {verb} {rec.text} with {things.text}"
    else:
        text = f"{sup.text} gave {rec.text} {things.text}"
    when = s.past()
    return _Clause(text, _transfer(sup, rec, things, when=when, status="occurred"), when)


def _transfer_passive(s: _Sentence) -> _Clause:
    """Z were delivered to Y by X."""
    sup = s.mention(s.country(), "name", "capital")
    rec = s.mention(s.country(), "name", "capital")
    things = _draw_sent(s.draw)
    verb = s.pick("delivered", "sent", "shipped")
    when = s.past()
    text = f"{things.text} were {verb} to {rec.text} by {sup.text}"
    return _Clause(text, _transfer(sup, rec, things, when=when, status="occurred"), when)


def _transfer_received(s: _Sentence) -> _Clause:
    """Y received / bought Z from X."""
    rec = s.mention(s.country(), "name", "capital")
    sup = s.mention(s.country(), "name", "capital")
    things = _draw_sent(s.draw)
    verb = s.pick("received", "bought", "purchased")
    when = s.past()
    text = f"{rec.text} {verb} {things.text} from {sup.text}"
    return _Clause(text, _transfer(sup, rec, things, when=when, status="occurred"), when)


def _transfer_compound(s: _Sentence) -> _Clause:
    """Y deployed X-supplied Z."""
    rec = s.mention(s.country(), "name")
    sup = s.mention(s.country(), "name", "capital")
    noun = _choose(s.draw, _SENT)
    things = _Things(noun.plural, (Item(name=noun.plural, category=noun.category),), True)  # type: ignore[arg-type]
    verb = s.pick("deployed", "used")
    when = s.past()
    text = f"{rec.text} {verb} {sup.text}-supplied {things.text}"
    return _Clause(text, _transfer(sup, rec, things, when=when, status="occurred"), when)


def _transfer_status(s: _Sentence) -> _Clause:
    """Planned, ongoing, negated and alleged transfers; one in exchange for something."""
    sup = s.mention(s.country(), "name", "capital")
    rec = s.mention(s.country(), "name", "capital")
    things = _draw_sent(s.draw)
    shape = s.draw(st.integers(0, 4))
    when: _When | None = None
    back: _Things | None = None
    if shape == 0:
        status = "planned"
        verb = s.pick("will deliver", "plans to sell", "is expected to send", "will supply")
        when = s.future()
        text = f"{sup.text} {verb} {things.text} to {rec.text}"
    elif shape == 1:
        status = "ongoing"
        text = f"{sup.text} has been supplying {rec.text} with {things.text}"
    elif shape == 2:
        status = "negated"
        verb = s.pick("will not provide", "will not send")
        text = f"{sup.text} {verb} {things.text} to {rec.text}"
    elif shape == 3:
        status = "alleged"
        verb = s.pick("allegedly sent", "allegedly shipped")
        when = s.past()
        text = f"{sup.text} {verb} {things.text} to {rec.text}"
    else:
        status = "occurred"
        back = _draw_sent(s.draw)
        text = f"{sup.text} sent {things.text} to {rec.text} in exchange for {back.text}"
    event = _transfer(sup, rec, things, when=when, status=status, back=back)
    return _Clause(text, event, when, frontable=shape != 1)


# --- templates: launches ----------------------------------------------------------------------


def _launch(
    launcher: _Mention,
    things: _Things,
    *,
    when: _When | None,
    status: str = "occurred",
    target: _Mention | None = None,
    outcome: str = "unknown",
    site: Location | None = None,
) -> Launch:
    return Launch(
        launcher=launcher.actor,
        target=None if target is None else target.actor,
        items=things.items,
        site=site,
        outcome=outcome,  # type: ignore[arg-type]
        when=None if when is None else when.span,
        status=status,  # type: ignore[arg-type]
    )


def _launch_fired(s: _Sentence) -> _Clause:
    """X fired / launched / test-fired Z (at Y), perhaps shot down or successful."""
    launcher = s.mention(s.country(), "name", "capital", "military")
    things = _draw_launched(s.draw)
    shape = s.draw(st.integers(0, 3))
    when = s.past()
    if shape == 0:
        verb = s.pick("fired", "launched", "test-fired")
        return _Clause(
            f"{launcher.text} {verb} {things.text}", _launch(launcher, things, when=when), when
        )
    if shape == 1:
        verb = "successfully " + s.pick("test-fired", "launched")
        event = _launch(launcher, things, when=when, outcome="success")
        return _Clause(f"{launcher.text} {verb} {things.text}", event, when)
    target = s.mention(s.country(), "name")
    text = f"{launcher.text} {s.pick('fired', 'launched')} {things.text} at {target.text}"
    if shape == 2:
        return _Clause(text, _launch(launcher, things, when=when, target=target), when)
    pronoun = "they were" if things.plural else "it was"
    text, when = _with_when(text, when, s, frontable=True)
    text = f"{text}, but {pronoun} shot down"
    event = _launch(launcher, things, when=when, target=target, outcome="intercepted")
    return _Clause(text, event)


def _launch_passive(s: _Sentence) -> _Clause:
    """Z were fired by X (at Y)."""
    launcher = s.mention(s.country(), "name", "capital")
    things = _draw_launched(s.draw)
    verb = ("were" if things.plural else "was") + " " + s.pick("fired", "launched")
    when = s.past()
    if s.draw(st.booleans()):
        target = s.mention(s.country(), "name")
        text = f"{things.text} {verb} by {launcher.text} at {target.text}"
        return _Clause(text, _launch(launcher, things, when=when, target=target), when)
    return _Clause(
        f"{things.text} {verb} by {launcher.text}", _launch(launcher, things, when=when), when
    )


def _launch_space(s: _Sentence) -> _Clause:
    """X put a satellite into orbit; its launch failed; X plans to launch one."""
    country = s.country()
    launcher = s.mention(country, "name", "capital")
    things = _draw_launched(s.draw, _SATELLITES)
    shape = s.draw(st.integers(0, 3))
    if shape == 0:
        when = s.past()
        verb = s.pick("put", "placed")
        event = _launch(launcher, things, when=when, outcome="success")
        return _Clause(f"{launcher.text} {verb} {things.text} into orbit", event, when)
    if shape == 1:
        when = s.past()
        that = "failed to reach orbit"
        text = f"{launcher.text} launched {things.text} that {that}"
        if things.plural:
            text = f"{launcher.text} launched {things.text}, which failed to reach orbit"
        text, when = _with_when(text, when, s, frontable=True)
        return _Clause(text, _launch(launcher, things, when=when, outcome="failure"))
    if shape == 2:
        when = s.past()
        rocket = Item(name="rocket", category="rocket")
        text = f"{_possessive(launcher.text)} rocket exploded shortly after lift-off"
        event = _launch(launcher, _Things("rocket", (rocket,), False), when=when, outcome="failure")
        return _Clause(text, event, when)
    when = s.future()
    verb = s.pick("plans to launch", "will launch", "is expected to launch")
    event = _launch(launcher, things, when=when, status="planned")
    return _Clause(f"{launcher.text} {verb} {things.text}", event, when)


# --- templates: allegations -------------------------------------------------------------------


@attrs.frozen
class _Claim:
    """An alleged act, as "-ing" words ("sending drones to Togo"), as past words ("sent drones
    to Togo") and as an event."""

    ing: str
    past: str
    event: Visit | Transfer | Launch


def _claim(s: _Sentence, accused: _Country) -> _Claim:
    b = _Mention(_written(accused.name), _state(accused))
    other = s.mention(s.country(), "name")
    when = s.past()
    after = "" if when is None else f" {when.phrase}"
    span = None if when is None else when.span
    shape = s.draw(st.integers(0, 3))
    if shape <= 1:
        things = _draw_sent(s.draw)
        event: Visit | Transfer | Launch = Transfer(
            supplier=b.actor, recipient=other.actor, items=things.items, when=span, status="alleged"
        )
        if shape == 0:
            return _Claim(
                f"sending {things.text} to {other.text}{after}",
                f"sent {things.text} to {other.text}{after}",
                event,
            )
        return _Claim(
            f"supplying {other.text} with {things.text}{after}",
            f"supplied {other.text} with {things.text}{after}",
            event,
        )
    things = _draw_launched(s.draw)
    if shape == 2:
        event = Launch(
            launcher=b.actor, target=other.actor, items=things.items, when=span, status="alleged"
        )
        return _Claim(
            f"firing {things.text} at {other.text}{after}",
            f"fired {things.text} at {other.text}{after}",
            event,
        )
    s.used.discard(other.actor.country or "")
    event = Launch(launcher=b.actor, items=things.items, when=span, status="alleged")
    return _Claim(f"test-firing {things.text}{after}", f"test-fired {things.text}{after}", event)


def _allegation(
    accuser: _Mention, accused: _Country, claim: _Claim, *, status: str, when: _When | None
) -> Allegation:
    return Allegation(
        accuser=accuser.actor,
        accused=_state(accused),
        claim=claim.event,
        claim_text=claim.ing,
        when=None if when is None else when.span,
        status=status,  # type: ignore[arg-type]
    )


def _allegation_accused(s: _Sentence) -> _Clause:
    """X accused Y of / blamed Y for / alleged that Y ...; Y was accused by X of ..."""
    a = s.mention(s.country(), "name", "capital", "person", "possessive")
    accused = s.country()
    b = s.mention(accused, "name", "capital")
    claim = _claim(s, accused)
    shape = s.draw(st.integers(0, 4))
    when = s.past() if claim.event.when is None else None
    on = "" if when is None else f" {when.phrase}"
    if shape == 0:
        text = f"{a.text}{on} accused {b.text} of {claim.ing}"
    elif shape == 1:
        text = f"{a.text}{on} {s.pick('blamed', 'condemned')} {b.text} for {claim.ing}"
    elif shape == 2:
        text = f"{a.text}{on} {s.pick('alleged', 'claimed')} that {b.text} had {claim.past}"
    elif shape == 3:
        text = f"{b.text} was accused by {a.text}{on} of {claim.ing}"
    else:
        text = f"{a.text} has accused {b.text} of {claim.ing}"
        when = None
    event = _allegation(a, accused, claim, status="occurred", when=when)
    if shape == 2:
        event = attrs.evolve(event, claim_text=claim.past)
    return _Clause(text, event)


def _allegation_denied(s: _Sentence) -> _Clause:
    """Y rejected the accusations by X that it had ...; X accused Y of ..., but Y denied it."""
    a = s.mention(s.country(), "name")
    accused = s.country()
    b = s.mention(accused, "name", "capital")
    claim = _claim(s, accused)
    shape = s.draw(st.integers(0, 3))
    if shape == 0:
        verb = s.pick("denied", "rejected", "dismissed")
        text = f"{b.text} {verb} the accusations by {a.text} that it had {claim.past}"
    elif shape == 1:
        text = f"{b.text} rejected claims by {a.text} that it had {claim.past}"
    elif shape == 2:
        verb = s.pick("denied", "rejected")
        text = f"{b.text} {verb} {_possessive(a.text)} accusations that it had {claim.past}"
    else:
        text = f"{a.text} accused {b.text} of {claim.ing}, but {b.text} denied it"
    event = _allegation(a, accused, claim, status="denied", when=None)
    if shape != 3:
        event = attrs.evolve(event, claim_text=claim.past)
    return _Clause(text, event, frontable=shape != 3)


# --- sentences --------------------------------------------------------------------------------

#: The templates of each kind, weighted roughly as often as wire news phrases an event that way
#: (a denial is rarer than an accusation); every phrasing of every template can be drawn.
_TEMPLATES: dict[str, tuple[Callable[[_Sentence], _Clause], ...]] = {
    "visit": (
        *(_visit_active,) * 7,
        *(_visit_hosted,) * 3,
        *(_visit_presence,) * 3,
        *(_visit_planned,) * 7,
        _visit_invited,
        *(_visit_called_off,) * 3,
    ),
    "transfer": (
        *(_transfer_active,) * 9,
        *(_transfer_passive,) * 3,
        *(_transfer_received,) * 3,
        *(_transfer_compound,) * 2,
        *(_transfer_status,) * 9,
    ),
    "launch": (*(_launch_fired,) * 8, *(_launch_passive,) * 4, *(_launch_space,) * 6),
    "allegation": (*(_allegation_accused,) * 8, *(_allegation_denied,) * 2),
}
_KINDS = ("visit", "allegation", "transfer", "launch")


def _attribution(s: _Sentence) -> Callable[[str], tuple[str, Actor]] | None:
    """Perhaps a source for the sentence: "..., Kenyan officials said", "X said ..."."""
    shape = s.draw(st.integers(0, 7))
    if shape < 4:
        return None
    if shape == 7:
        codes = {c.code for c in s.pool}
        media = [m for m in _world().media if m.country in codes and m.country not in s.used]
        if not media:
            return None
        m = _choose(s.draw, media)
        s.used.add(m.country)
        source = Actor(name=m.name, kind="media", country=m.country)
        return lambda clause: (f"{clause}, {m.name} reported", source)
    country = s.country()
    state = _state(country)
    if shape == 4 and country.demonym is not None:
        officials = Actor(
            name=f"{country.demonym} officials", kind="government", country=country.code
        )
        return lambda clause: (f"{clause}, {country.demonym} officials said", officials)
    if shape == 5:
        return lambda clause: (f"{clause}, according to {_written(country.name)}", state)
    s.front_ok = False
    return lambda clause: (f"{_written(country.name)} said {clause}", state)


def _capitalised(text: str) -> str:
    return text[:1].upper() + text[1:]


def _render(
    draw: st.DrawFn, published: datetime.date, pool: Sequence[_Country], kind: str
) -> tuple[str, Event]:
    """One sentence (with its final period) and the event it states (without evidence)."""
    s = _Sentence(draw, published, pool)
    attribute = _attribution(s)
    clause = _choose(draw, _TEMPLATES[kind])(s)
    text, when = _with_when(clause.text, clause.when, s, clause.frontable)
    event = clause.event
    if when is not None and when is not clause.when:
        event = attrs.evolve(event, when=when.span)
    if attribute is not None:
        text, source = attribute(text)
        event = attrs.evolve(event, reported_by=source)
    return _capitalised(text) + ".", event


def _pool(countries: Iterable[str] | None) -> tuple[_Country, ...]:
    world = _world()
    if countries is None:
        return world.countries
    codes = tuple(dict.fromkeys(countries))
    unknown = [c for c in codes if c not in world.by_code]
    if unknown:
        msg = (
            f"countries {unknown!r}: no unambiguous name in the gazetteer to write them with "
            "(or not an alpha-3 code)"
        )
        raise InvalidArgument(msg)
    if len(codes) < 4:
        msg = "countries needs at least 4 codes (a sentence can name 4 different countries)"
        raise InvalidArgument(msg)
    return tuple(world.by_code[c] for c in codes)


def _kinds(kinds: object) -> tuple[str, ...]:
    """Event kinds given as names, classes or a collection of either (``events()`` too)."""
    names = [kinds] if isinstance(kinds, (str, type)) else list(kinds)  # type: ignore[call-overload]
    out = []
    for value in names:
        name = value.kind if isinstance(value, type) and issubclass(value, Event) else value
        if name not in _KINDS:
            options = ", ".join(repr(k) for k in _KINDS)
            msg = f"unknown event kind {value!r} (expected {options} or their classes)"
            raise InvalidArgument(msg)
        out.append(name)
    if not out:
        msg = "kinds is empty"
        raise InvalidArgument(msg)
    return tuple(dict.fromkeys(out))


def _published(value: object) -> SearchStrategy[Any]:
    if isinstance(value, SearchStrategy):
        return value
    if value is None:
        from .strategies import dates  # noqa: PLC0415  (the module imports this one)

        return dates(min_value=datetime.date(2000, 1, 1), max_value=datetime.date(2030, 12, 31))
    if isinstance(value, datetime.datetime) or not isinstance(value, datetime.date):
        msg = f"published must be a date or a strategy of dates, got {value!r}"
        raise InvalidArgument(msg)
    return st.just(value)


def _as_date(value: object) -> datetime.date:
    if isinstance(value, datetime.datetime) or not isinstance(value, datetime.date):
        msg = f"published must draw dates, got {value!r}"
        raise InvalidArgument(msg)
    return datetime.date(value.year, value.month, value.day)


def _key(event: Event) -> tuple[object, ...]:
    """Events a parser would take for one (same kind and actors) must not share an article."""
    if isinstance(event, Allegation):
        return ("allegation", event.accused.country if event.accused else None)
    roles: dict[type[Event], tuple[str, str]] = {
        Visit: ("visitor", "host"),
        Transfer: ("supplier", "recipient"),
        Launch: ("launcher", "target"),
    }
    first, second = roles[type(event)]
    a, b = getattr(event, first), getattr(event, second)
    return (event.kind, a and a.country, b and b.country)


_FILLERS = (
    "The statement gave no further details.",
    "Officials did not comment further.",
    "Markets in the region were little changed.",
    "The foreign ministry did not respond to a request for comment.",
    "Analysts said the move could raise tensions in the region.",
)


@st.composite
def _draw_news(
    draw: st.DrawFn,
    kinds: tuple[str, ...],
    published: SearchStrategy[Any],
    pool: tuple[_Country, ...],
    min_events: int,
    max_events: int,
    fillers: bool,
) -> NewsText:
    day = _as_date(draw(published))
    count = draw(st.integers(min_events, max_events))
    pieces: list[tuple[str, Event | None]] = []
    text: str
    event: Event | None
    seen: set[tuple[object, ...]] = set()
    for _ in range(count):
        if fillers and draw(st.integers(0, 3)) == 3:
            pieces.append((_choose(draw, _FILLERS), None))
        for _attempt in range(3):
            text, event = _render(draw, day, pool, _choose(draw, kinds))
            if _key(event) not in seen:  # else a parser would rightly merge the two
                break
        else:
            continue  # three repeats in a row: draw one event fewer
        seen.add(_key(event))
        pieces.append((text, event))
    out = ""
    found: list[Event] = []
    for index, (text, event) in enumerate(pieces):
        if index:
            out += _choose(draw, (" ", "\n\n")) if fillers else " "
        start = len(out)
        out += text
        if event is not None:
            span = Span(start=start, end=len(out), text=text)
            found.append(_with_evidence(event, span))
    return NewsText(
        text=out,
        published=pendulum.Date(day.year, day.month, day.day),
        events=tuple(found),
    )


def _with_evidence(event: Event, span: Span) -> Event:
    if isinstance(event, Allegation) and event.claim is not None:
        event = attrs.evolve(event, claim=attrs.evolve(event.claim, evidence=(span,)))
    return attrs.evolve(event, evidence=(span,))


def sentences(
    *,
    kinds: str | type[Event] | Collection[str | type[Event]] = _KINDS,
    published: pendulum.Date | datetime.date | SearchStrategy[Any] | None = None,
    countries: Iterable[str] | None = None,
) -> SearchStrategy[NewsText]:
    """One news sentence stating one event, with the event (the answer key).

    The sentence follows one of many templates (active and passive voice, hosts and visitors,
    planned, cancelled, denied and alleged events, attribution such as "..., Kenyan officials
    said") and may hold a time expression ("on Monday", "last week", "in March 2021"), resolved
    against ``published``.

    Args:
        kinds: the event kinds to draw: ``"visit"``, ``"allegation"``, ``"transfer"``,
            ``"launch"`` (or their classes), or a collection of them.
        published: the publication date, a strategy of dates, or ``None`` for any day from
            2000 to 2030.
        countries: the alpha-3 codes of the countries the text may name (at least 4); by
            default every country the gazetteer names unambiguously.

    Example:
        >>> from hypothesis import given
        >>> import dipevents
        >>> @given(sentences(kinds="launch"))
        ... def test_launch_is_found(news):
        ...     [expected] = news.events
        ...     assert news.text[expected.evidence[0].start:] == news.text
        >>> test_launch_is_found()
    """
    return _draw_news(_kinds(kinds), _published(published), _pool(countries), 1, 1, False)


def articles(
    *,
    kinds: str | type[Event] | Collection[str | type[Event]] = _KINDS,
    published: pendulum.Date | datetime.date | SearchStrategy[Any] | None = None,
    countries: Iterable[str] | None = None,
    min_events: int = 1,
    max_events: int = 4,
) -> SearchStrategy[NewsText]:
    """A short news article: sentences stating events, and sentences stating none.

    Sentences are drawn as in :func:`sentences`, joined by spaces or paragraph breaks, with
    sentences that hold no event in between. Two events that a reader would take for one (same
    kind and same actors) never share an article.

    Args:
        kinds: the event kinds to draw (see :func:`sentences`).
        published: the publication date, a strategy of dates, or ``None`` (2000 to 2030).
        countries: the countries the text may name (see :func:`sentences`).
        min_events: the fewest events in an article (at least 1; an event that keeps
            repeating an earlier one's kind and actors is left out, so an article can hold
            fewer).
        max_events: the most events in an article.

    Example:
        >>> from hypothesis import given
        >>> @given(articles(published=pendulum.Date(2024, 1, 17), max_events=3))
        ... def test_events_in_text_order(news):
        ...     starts = [e.evidence[0].start for e in news.events]
        ...     assert starts == sorted(starts) and len(news.events) <= 3
        >>> test_events_in_text_order()
    """
    if not 1 <= min_events <= max_events:
        msg = f"need 1 <= min_events <= max_events, got {min_events} and {max_events}"
        raise InvalidArgument(msg)
    return _draw_news(
        _kinds(kinds), _published(published), _pool(countries), min_events, max_events, True
    )
