"""The gazetteer: who and what can be mentioned, as data.

Entries come from tab-separated files (format: ``docs/gazetteer.md``). The bundled files are read
on first use; users add entries or load their own files to get a new :class:`Gazetteer` (they are
immutable). Each gazetteer compiles its phrases into one trie-shaped pattern, once, on first use.
"""

from __future__ import annotations

import datetime
import functools
import importlib.resources
import os
import re
import threading
from collections.abc import Iterable, Iterator, Mapping
from typing import Any, Literal

import attrs
import pendulum

from . import _validators as v
from ._errors import ErrorDetail, ValidationError
from ._trie import compile_phrases


__all__ = [
    "BodyEntry",
    "CountryEntry",
    "Entry",
    "ExclusionEntry",
    "Gazetteer",
    "PersonEntry",
    "PlaceEntry",
    "TitleEntry",
]

BodyKind = Literal["government", "military", "media", "organization", "group"]
_BODY_KINDS = ("government", "military", "media", "organization", "group")
_ISO_DATE = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}", re.ASCII)
_names = v.tuple_of(str, "str")


def _clean_names(names: Iterable[str]) -> tuple[str, ...]:
    return tuple(n for n in names if n)


@attrs.frozen(kw_only=True)
class CountryEntry:
    """A country: its names, demonyms and capitals (``countries.tsv``).

    Example:
        >>> CountryEntry(code="PRK", name="North Korea", aliases=("DPRK",),
        ...              demonyms=("North Korean",), capitals=("Pyongyang",)).code
        'PRK'
    """

    code: str = attrs.field(validator=v.country_code)
    name: str = attrs.field(validator=v.text)
    aliases: tuple[str, ...] = attrs.field(default=(), validator=_names)
    demonyms: tuple[str, ...] = attrs.field(default=(), validator=_names)
    capitals: tuple[str, ...] = attrs.field(default=(), validator=_names)
    ambiguous: tuple[str, ...] = attrs.field(default=(), validator=_names)


@attrs.frozen(kw_only=True)
class BodyEntry:
    """An institution, seat of government, medium, organisation or group (``bodies.tsv``).

    Example:
        >>> BodyEntry(name="Korean Central News Agency", aliases=("KCNA",), kind="media",
        ...           country="PRK").kind
        'media'
    """

    name: str = attrs.field(validator=v.text)
    kind: BodyKind = attrs.field(validator=v.one_of(_BODY_KINDS))
    country: str | None = attrs.field(default=None, validator=v.optional(v.country_code))
    aliases: tuple[str, ...] = attrs.field(default=(), validator=_names)
    ambiguous: tuple[str, ...] = attrs.field(default=(), validator=_names)


@attrs.frozen(kw_only=True)
class PersonEntry:
    """A person holding an office from ``start`` to ``end`` (``people*.tsv``).

    ``end`` is ``None`` while the person is in office.

    Example:
        >>> e = PersonEntry(name="Sergei Lavrov", aliases=("Lavrov",), country="RUS",
        ...                 role="foreign minister", start=pendulum.Date(2004, 3, 9))
        >>> e.holds_office_on(pendulum.Date(2024, 1, 1))
        True
    """

    name: str = attrs.field(validator=v.text)
    country: str | None = attrs.field(validator=v.optional(v.country_code))
    role: str = attrs.field(validator=v.text)
    start: pendulum.Date = attrs.field(validator=v.exact_date)
    end: pendulum.Date | None = attrs.field(default=None, validator=v.optional(v.exact_date))
    aliases: tuple[str, ...] = attrs.field(default=(), validator=_names)

    def __attrs_post_init__(self) -> None:
        if self.end is not None and self.end < self.start:
            raise ValidationError.for_field(
                "PersonEntry", "end", self.end, f"on or after start ({self.start})"
            )

    def holds_office_on(self, day: pendulum.Date) -> bool:
        """Tell whether the person held the office on *day*."""
        return self.start <= day and (self.end is None or day <= self.end)


@attrs.frozen(kw_only=True)
class TitleEntry:
    """A title that gives a person a role (``titles.tsv``).

    ``country`` is set for titles that belong to one country ("Secretary of State").

    Example:
        >>> TitleEntry(title="foreign minister", aliases=("foreign secretary",),
        ...            country="GBR").title
        'foreign minister'
    """

    title: str = attrs.field(validator=v.text)
    aliases: tuple[str, ...] = attrs.field(default=(), validator=_names)
    country: str | None = attrs.field(default=None, validator=v.optional(v.country_code))


@attrs.frozen(kw_only=True)
class PlaceEntry:
    """A place news names as where things happen: a city, a region, a base (``places.tsv``).

    Places are locations, never actors: "arrived in Kharkiv" is a visit to Ukraine.

    Example:
        >>> PlaceEntry(name="Kharkiv", aliases=("Kharkov",), country="UKR").country
        'UKR'
    """

    name: str = attrs.field(validator=v.text)
    country: str = attrs.field(validator=v.country_code)
    aliases: tuple[str, ...] = attrs.field(default=(), validator=_names)
    ambiguous: tuple[str, ...] = attrs.field(default=(), validator=_names)


@attrs.frozen(kw_only=True)
class ExclusionEntry:
    """A phrase that contains a name but means something else (``exclusions.tsv``).

    The matcher prefers the longest phrase, so an excluded "French fries" keeps "French" from
    being read as France.

    Example:
        >>> ExclusionEntry(phrase="Korean Peninsula").phrase
        'Korean Peninsula'
    """

    phrase: str = attrs.field(validator=v.text)


Entry = CountryEntry | BodyEntry | PersonEntry | TitleEntry | PlaceEntry | ExclusionEntry

# --- reading files ----------------------------------------------------------------------------

_COLUMNS: dict[type, tuple[frozenset[str], frozenset[str]]] = {
    # entry type: (required columns, optional columns)
    CountryEntry: (
        frozenset({"code", "name"}),
        frozenset({"aliases", "demonyms", "capitals", "ambiguous"}),
    ),
    BodyEntry: (frozenset({"name", "kind"}), frozenset({"aliases", "country", "ambiguous"})),
    PersonEntry: (frozenset({"name", "country", "role", "start"}), frozenset({"aliases", "end"})),
    TitleEntry: (frozenset({"title"}), frozenset({"aliases", "kind", "country"})),
    ExclusionEntry: (frozenset({"phrase"}), frozenset()),
    PlaceEntry: (frozenset({"name", "country"}), frozenset({"aliases", "ambiguous"})),
}


def _entry_type(header: list[str]) -> type | None:
    columns = set(header)
    for cls, (required, optional) in _COLUMNS.items():
        if required <= columns <= required | optional:
            return cls
    return None


def _split(cell: str) -> tuple[str, ...]:
    return tuple(part.strip() for part in cell.split(" | ") if part.strip())


def _date(cell: str) -> pendulum.Date | None:
    if not cell:
        return None
    try:
        if _ISO_DATE.fullmatch(cell) is None:
            raise ValueError
        day = datetime.date.fromisoformat(cell)
    except ValueError:
        msg = f"expected a date written YYYY-MM-DD, got {cell!r}"
        raise ValueError(msg) from None
    return pendulum.Date(day.year, day.month, day.day)


def _build(cls: type, row: Mapping[str, str]) -> Entry:
    def cell(name: str) -> str:
        return row.get(name, "").strip()

    if cls is CountryEntry:
        return CountryEntry(
            code=cell("code"),
            name=cell("name"),
            aliases=_split(cell("aliases")),
            demonyms=_split(cell("demonyms")),
            capitals=_split(cell("capitals")),
            ambiguous=_split(cell("ambiguous")),
        )
    if cls is BodyEntry:
        return BodyEntry(
            name=cell("name"),
            kind=cell("kind"),  # type: ignore[arg-type]  # validated
            country=cell("country") or None,
            aliases=_split(cell("aliases")),
            ambiguous=_split(cell("ambiguous")),
        )
    if cls is PersonEntry:
        start = _date(cell("start"))
        return PersonEntry(
            name=cell("name"),
            country=cell("country") or None,
            role=cell("role"),
            start=start,  # type: ignore[arg-type]  # None is refused
            end=_date(cell("end")),
            aliases=_split(cell("aliases")),
        )
    if cls is ExclusionEntry:
        return ExclusionEntry(phrase=cell("phrase"))
    if cls is PlaceEntry:
        return PlaceEntry(
            name=cell("name"),
            country=cell("country"),
            aliases=_split(cell("aliases")),
            ambiguous=_split(cell("ambiguous")),
        )
    return TitleEntry(
        title=cell("title"), aliases=_split(cell("aliases")), country=cell("country") or None
    )


def parse_entries(text: str, source: str = "<string>") -> list[Entry]:
    """Parse one gazetteer file's *text*; the header says which kind of entries it holds.

    Raises:
        ValidationError: naming the file (*source*), the line and the column of every problem.

    Example:
        >>> parse_entries("title\\taliases\\nenvoy\\tspecial envoy\\n")
        [TitleEntry(title='envoy', aliases=('special envoy',), country=None)]
    """
    entries: list[Entry] = []
    errors: list[ErrorDetail] = []
    header: list[str] | None = None
    cls: type | None = None
    for number, raw in enumerate(text.split("\n"), start=1):
        line = raw.rstrip("\r")
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        cells = line.split("\t")
        if header is None:
            header = [c.strip() for c in cells]
            cls = _entry_type(header)
            if cls is None:
                known = "; ".join(
                    f"{c.__name__}: {', '.join(sorted(r | o))}" for c, (r, o) in _COLUMNS.items()
                )
                message = f"{source}: unknown header {header!r} (expected the columns of {known})"
                raise ValidationError([ErrorDetail(path="$", message=message, line=number)])
            continue
        if len(cells) > len(header):
            message = f"{source}: {len(cells)} cells but the header has {len(header)} columns"
            errors.append(ErrorDetail(path="$", message=message, line=number))
            continue
        row = dict(zip(header, cells, strict=False))
        try:
            entries.append(_build(cls, row))  # type: ignore[arg-type]
        except ValidationError as exc:
            errors.extend(
                ErrorDetail(path=d.path, message=f"{source}: {d.message}", line=number)
                for d in exc.errors
            )
        except ValueError as exc:
            errors.append(ErrorDetail(path="$", message=f"{source}: {exc}", line=number))
    if errors:
        raise ValidationError(errors)
    return entries


# --- the compiled form ------------------------------------------------------------------------


@attrs.frozen
class Candidate:
    """What a matched phrase may refer to."""

    type: Literal["country", "demonym", "capital", "body", "person", "place", "exclusion"]
    entry: CountryEntry | BodyEntry | PersonEntry | PlaceEntry | ExclusionEntry
    ambiguous: bool


@attrs.frozen
class Compiled:
    """A gazetteer's phrases compiled for matching: built once per gazetteer, on first use."""

    names: re.Pattern[str]
    candidates: Mapping[str, tuple[Candidate, ...]]
    titles: re.Pattern[str]
    title_entries: Mapping[str, tuple[TitleEntry, ...]]
    """Title entries by the lower-cased phrase (the title pattern ignores case)."""
    countries: Mapping[str, CountryEntry]


def _apostrophe_variants(phrase: str) -> set[str]:
    return {phrase, phrase.replace("'", "\u2019")} if "'" in phrase else {phrase}


def _separable_names(entry: BodyEntry, state_words: set[str]) -> list[str]:
    """The body's names, without forms that are a state's name plus another of the names.

    "South Korea's Joint Chiefs of Staff" and "US Treasury" are two mentions each (a state and
    a body), so such forms are left to the matcher to find in two parts.
    """
    names = [entry.name, *entry.aliases]
    plain = set(names)
    kept = []
    for name in names:
        head, _, rest = name.partition("'s ")
        if rest and head in state_words:
            continue
        words = name.split(" ")
        if any(
            " ".join(words[:i]) in state_words and " ".join(words[i:]) in plain
            for i in range(1, len(words))
        ):
            continue
        kept.append(name)
    return kept


def _compile(entries: tuple[Entry, ...]) -> Compiled:
    table: dict[str, list[Candidate]] = {}
    generic_titles = {e.title for e in entries if isinstance(e, TitleEntry) and not e.country}
    state_words = {
        name
        for e in entries
        if isinstance(e, CountryEntry)
        for name in (e.name, *e.aliases, *e.demonyms, *e.capitals)
    }
    titles: dict[str, list[TitleEntry]] = {}
    countries: dict[str, CountryEntry] = {}

    def add(phrase: str, candidate: Candidate) -> None:
        for variant in _apostrophe_variants(phrase):
            table.setdefault(variant, []).append(candidate)

    for entry in entries:
        if isinstance(entry, CountryEntry):
            countries[entry.code] = entry
            ambiguous = set(entry.ambiguous)
            for name in (entry.name, *entry.aliases):
                add(name, Candidate("country", entry, name in ambiguous))
            for name in entry.demonyms:
                add(name, Candidate("demonym", entry, name in ambiguous))
            for name in entry.capitals:
                add(name, Candidate("capital", entry, name in ambiguous))
        elif isinstance(entry, BodyEntry):
            ambiguous = set(entry.ambiguous)
            for name in _separable_names(entry, state_words):
                add(name, Candidate("body", entry, name in ambiguous))
        elif isinstance(entry, ExclusionEntry):
            add(entry.phrase, Candidate("exclusion", entry, ambiguous=False))
        elif isinstance(entry, PlaceEntry):
            ambiguous = set(entry.ambiguous)
            for name in (entry.name, *entry.aliases):
                if name not in state_words:  # a capital or a country name wins
                    add(name, Candidate("place", entry, name in ambiguous))
        elif isinstance(entry, PersonEntry):
            for name in (entry.name, *entry.aliases):
                add(name, Candidate("person", entry, ambiguous=False))
        else:
            shared = entry.country and entry.title in generic_titles
            phrases = entry.aliases if shared else (entry.title, *entry.aliases)
            for title in phrases:
                for form in _apostrophe_variants(title.lower()):
                    titles.setdefault(form, []).append(entry)
    return Compiled(
        names=compile_phrases(table),
        candidates={k: tuple(v) for k, v in table.items()},
        titles=compile_phrases(titles, flags=re.IGNORECASE),
        title_entries={k: tuple(v) for k, v in titles.items()},
        countries=countries,
    )


# --- the public class -------------------------------------------------------------------------


class Gazetteer:
    """The names dipevents recognises: countries, bodies, people with their offices, titles.

    A gazetteer is immutable: methods that add entries return a new one. It pickles by its
    entries (the compiled matcher is rebuilt lazily in each process) and compares by them.

    Example:
        >>> g = Gazetteer.default().with_entries(
        ...     PersonEntry(name="Jane Roe", country="NZL", role="foreign minister",
        ...                 start=pendulum.Date(2030, 1, 1)))
        >>> len(g) == len(Gazetteer.default()) + 1
        True
    """

    __slots__ = ("_compiled", "_entries", "_lock")

    def __init__(self, entries: Iterable[Entry] = ()) -> None:
        items = tuple(entries)
        for index, entry in enumerate(items):
            if not isinstance(entry, _ENTRY_TYPES):
                raise ValidationError.for_field(
                    "Gazetteer",
                    "entries",
                    entry,
                    "a CountryEntry, BodyEntry, PersonEntry, TitleEntry, PlaceEntry or "
                    "ExclusionEntry",
                    index=index,
                )
        self._entries: tuple[Entry, ...] = items
        self._compiled: Compiled | None = None
        self._lock = threading.Lock()

    @classmethod
    def default(cls) -> Gazetteer:
        """Return the gazetteer bundled with dipevents (read once, then shared)."""
        return _default()

    @classmethod
    def from_path(cls, *paths: str | os.PathLike[str], include_default: bool = False) -> Gazetteer:
        """Read gazetteer files; with *include_default*, add them to the bundled entries.

        Raises:
            ValidationError: naming the file, line and column of every bad entry.
            OSError: when a file cannot be read.
        """
        entries: list[Entry] = list(_default().entries) if include_default else []
        for path in paths:
            with open(path, encoding="utf-8") as fp:
                entries.extend(parse_entries(fp.read(), source=os.fspath(path)))
        return cls(entries)

    @property
    def entries(self) -> tuple[Entry, ...]:
        """Every entry, in the order they were given."""
        return self._entries

    def with_entries(self, *entries: Entry) -> Gazetteer:
        """Return a new gazetteer with *entries* added after this one's."""
        return Gazetteer((*self._entries, *entries))

    def with_alias(self, name: str, *aliases: str) -> Gazetteer:
        """Return a new gazetteer where the country, body or person called *name* has *aliases*.

        Raises:
            KeyError: when no country, body or person is called *name*.
        """
        found = False
        out: list[Entry] = []
        for entry in self._entries:
            if (
                isinstance(entry, (CountryEntry, BodyEntry, PersonEntry, PlaceEntry))
                and entry.name == name
            ):
                entry = attrs.evolve(entry, aliases=(*entry.aliases, *aliases))  # noqa: PLW2901
                found = True
            out.append(entry)
        if not found:
            raise KeyError(name)
        return Gazetteer(out)

    def without(self, *names: str) -> Gazetteer:
        """Return a new gazetteer without the entries called *names* (by name or title)."""
        drop = set(names)
        return Gazetteer(e for e in self._entries if _entry_name(e) not in drop)

    def compiled(self) -> Compiled:
        """Return the compiled matcher, building it on first use (thread-safe)."""
        compiled = self._compiled
        if compiled is None:
            with self._lock:
                if self._compiled is None:
                    self._compiled = _compile(self._entries)
                compiled = self._compiled
        return compiled

    def __len__(self) -> int:
        return len(self._entries)

    def __iter__(self) -> Iterator[Entry]:
        return iter(self._entries)

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, Gazetteer):
            return NotImplemented
        return self._entries == other._entries

    def __hash__(self) -> int:
        return hash(self._entries)

    def __repr__(self) -> str:
        return f"<Gazetteer with {len(self._entries)} entries>"

    def __getstate__(self) -> dict[str, Any]:
        return {"entries": self._entries}

    def __setstate__(self, state: dict[str, Any]) -> None:
        self._entries = state["entries"]
        self._compiled = None
        self._lock = threading.Lock()


_ENTRY_TYPES = (CountryEntry, BodyEntry, PersonEntry, TitleEntry, PlaceEntry, ExclusionEntry)


def _entry_name(entry: Entry) -> str:
    if isinstance(entry, TitleEntry):
        return entry.title
    if isinstance(entry, ExclusionEntry):
        return entry.phrase
    return entry.name


_BUNDLED = (
    "countries.tsv",
    "bodies.tsv",
    "titles.tsv",
    "people_leaders.tsv",
    "people_ministers.tsv",
    "people_organizations.tsv",
    "people_officials.tsv",
    "people_ambassadors.tsv",
    "places.tsv",
    "exclusions.tsv",
)


@functools.cache
def _default() -> Gazetteer:
    folder = importlib.resources.files("dipevents") / "data" / "gazetteer"
    entries: list[Entry] = []
    for name in _BUNDLED:
        entries.extend(parse_entries((folder / name).read_text(encoding="utf-8"), source=name))
    return Gazetteer(entries)
