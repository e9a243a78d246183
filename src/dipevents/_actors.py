"""The actor recognizer: states, capitals, bodies, media, organisations, groups and people.

Stages inside one call, each a general rule:

1. Every gazetteer phrase is found in one pass of a trie-shaped pattern; titles in another.
2. Titles with a name after them ("Foreign Minister Sergei Lavrov") or before them
   ("Choe Son Hui, minister of foreign affairs of ...") make person mentions; an attributive
   country or body just before the title ("Russian President ...") joins the mention and gives
   the person a country.
3. Other matches become state, body or person mentions. Names that are also common words or
   given names ("Chad", "Jordan", "Georgia") need context; a name glued to other capitalised
   words ("New Mexico", "Paris Hilton") is part of another name.
4. "the North" / "the South" after a Korea, and "the island" after Taiwan, refer back.
5. Place uses are marked ``location=True``: "in Moscow", "eastern Ukraine", "Russia's far east",
   "flew to Tokyo". Who acts, where, and who says so are kept apart.
"""

from __future__ import annotations

import bisect
import functools
import importlib.resources
import re
from collections.abc import Iterable, Sequence

import attrs
import pendulum

from ._actor import Actor
from ._gazetteer import (
    BodyEntry,
    Candidate,
    Compiled,
    CountryEntry,
    Gazetteer,
    PersonEntry,
    PlaceEntry,
)
from ._mentions import ActorMention, is_demonym


__all__ = ["find_actors"]

_WORD_BEFORE = re.compile(r"([\w'’.-]{1,40})[ \t]{1,3}$")
_TOKEN_AFTER = re.compile(r"[ \t]{1,3}([\w'’-]{1,40}\.?)")
_POSSESSIVE = re.compile(r"['’]s?(?!\w)")
_CONTEXT_REFERENCE = re.compile(r"(?<![\w])[Tt]he (North|South|island)(?!\w)")
_POSSESSIVE_END = re.compile(r"['’]s?$")
_QUALIFIED_PLACE = re.compile(r",[ \t]([A-Z][a-z]{2,20})(?:[,.;:]|$)")
_APPOSITION_TAIL = re.compile(r",[ \t]{1,3}(?:(?:the|a|an|then|now|former|acting)[ \t]{1,3}){0,2}$")


@functools.cache
def _lexicon() -> dict[str, frozenset[str]]:
    path = importlib.resources.files("dipevents") / "data" / "lexicon" / "actor_context.tsv"
    groups: dict[str, set[str]] = {}
    header_seen = False
    for line in path.read_text(encoding="utf-8").split("\n"):
        if not line.strip() or line.startswith("#"):
            continue
        word, _, role = line.partition("\t")
        if not header_seen:
            header_seen = True
            continue
        groups.setdefault(role.strip(), set()).add(word.strip())
    return {role: frozenset(words) for role, words in groups.items()}


@functools.cache
def _words(role: str, *, lower: bool = True) -> frozenset[str]:
    words = _lexicon().get(role, frozenset())
    return frozenset(w.lower() for w in words) if lower else words


@attrs.frozen
class _Match:
    start: int
    end: int
    text: str
    candidates: tuple[Candidate, ...]


def _word_before(text: str, pos: int) -> tuple[str, int] | None:
    """The word ending just before *pos* (skipping a few spaces), and its start."""
    window_start = max(0, pos - 45)
    found = _WORD_BEFORE.search(text, window_start, pos)
    if found is None or found.end() != pos:
        return None
    return found.group(1), found.start(1)


def _is_capitalised(word: str) -> bool:
    return bool(word) and word[0].isupper()


def find_actors(
    text: str,
    *,
    published: pendulum.Date | None = None,
    gazetteer: Gazetteer | None = None,
    include_places: bool = False,
) -> tuple[ActorMention, ...]:
    """Find the actors mentioned in *text*, in order, with exact offsets.

    *published* (the article's publication date) decides who held an office: "Putin" is the
    prime minister in 2010 and the president in 2020. Without it, people named alone are found
    only by their full names, and get no role.

    With *include_places*, places that are not actors (cities, regions, bases: "in Kharkiv")
    are returned too, as ``location=True`` mentions standing for their country.

    Example:
        >>> [(m.text, m.actor.country) for m in find_actors("Moscow denied the report.")]
        [('Moscow', 'RUS')]
    """
    if not isinstance(text, str):
        msg = f"find_actors() takes a str, got {type(text).__name__}"
        raise TypeError(msg)
    if published is not None and type(published) is not pendulum.Date:
        msg = f"published must be a pendulum.Date or None, got {type(published).__name__}"
        raise TypeError(msg)
    compiled = (gazetteer or Gazetteer.default()).compiled()
    matches = [
        _Match(m.start(), m.end(), m.group(), compiled.candidates[m.group()])
        for m in compiled.names.finditer(text)
    ]
    by_end = {m.end: m for m in matches}
    by_start = {m.start: m for m in matches}
    index = _Index(matches, compiled.titles)
    consumed: set[int] = set()  # starts of matches absorbed into person mentions
    mentions: list[ActorMention] = []

    inside_names = _Cover([(m.start, m.end) for m in matches if m.candidates[0].type != "person"])
    for title in compiled.titles.finditer(text):
        if inside_names.covers(title.start(), title.end()):
            continue  # "General" in "UN General Assembly"
        person = _person_from_title(
            text, title, compiled, by_end, by_start, consumed, index, published
        )
        if person is not None:
            mentions.append(person)

    covered = _Cover(sorted((m.start, m.end) for m in mentions))
    for match in matches:
        if match.start in consumed or covered.overlaps(match.start, match.end):
            continue
        if match.candidates[0].type == "exclusion":
            continue
        previous = mentions[-1] if mentions and mentions[-1].actor.kind == "state" else None
        if match.candidates[0].type == "place":
            mention = _place_mention(text, match, compiled, index) if include_places else None
        else:
            mention = _plain_mention(text, match, index, by_end, published, previous)
        if mention is not None:
            mentions.append(mention)

    mentions.extend(_context_references(text, index, mentions, compiled))
    if include_places:
        covered = _Cover(sorted((m.start, m.end) for m in mentions))
        mentions.extend(
            m for m in _datelines(text, compiled) if not covered.overlaps(m.start, m.end)
        )
    mentions.sort(key=lambda m: (m.start, -m.end))
    return tuple(_heritage(text, _drop_overlaps(mentions)))


class _Index:
    """Lookups over one text's matches, built once so that every rule stays O(1) or O(log n)."""

    def __init__(self, matches: Sequence[_Match], titles: re.Pattern[str]) -> None:
        self.titles = titles
        self.matches = matches
        self.starts = [m.start for m in matches]
        self.start_set = set(self.starts)
        self.by_start = {m.start: m for m in matches}
        #: ids of entries named at least once by a name that is not ambiguous
        self.confirmed = {id(c.entry) for m in matches for c in m.candidates if not c.ambiguous}
        self.state_starts: list[int] = []
        self.state_codes: list[str] = []
        self.first_seen: dict[str, int] = {}
        for m in matches:
            code = _state_code(m)
            if code is not None:
                self.state_starts.append(m.start)
                self.state_codes.append(code)
                self.first_seen.setdefault(code, m.start)

    def between(self, start: int, end: int) -> list[_Match]:
        """The matches that start in ``[start, end)``."""
        lo = bisect.bisect_left(self.starts, start)
        hi = bisect.bisect_left(self.starts, end)
        return [self.by_start[s] for s in self.starts[lo:hi]]

    def last_state_before(self, pos: int) -> str | None:
        """The code of the last state named before *pos*."""
        i = bisect.bisect_left(self.state_starts, pos) - 1
        return self.state_codes[i] if i >= 0 else None


class _Cover:
    """Answers "is this offset inside one of these sorted, non-overlapping spans?" quickly."""

    def __init__(self, spans: Sequence[tuple[int, int]]) -> None:
        self._starts = [s for s, _ in spans]
        self._spans = list(spans)

    def overlaps(self, start: int, end: int) -> bool:
        """Tell whether any span overlaps ``[start, end)``."""
        index = bisect.bisect_right(self._starts, start) - 1
        for i in (index, index + 1):
            if 0 <= i < len(self._spans) and self._spans[i][0] < end and start < self._spans[i][1]:
                return True
        return False

    def covers(self, start: int, end: int) -> bool:
        """Tell whether one span holds all of ``[start, end)``."""
        index = bisect.bisect_right(self._starts, start) - 1
        return index >= 0 and self._spans[index][0] <= start and end <= self._spans[index][1]


def _drop_overlaps(mentions: Iterable[ActorMention]) -> list[ActorMention]:
    out: list[ActorMention] = []
    for mention in mentions:
        if out and mention.start < out[-1].end:
            continue
        out.append(mention)
    return out


# --- states and bodies ------------------------------------------------------------------------


def _state_code(match: _Match) -> str | None:
    for candidate in match.candidates:
        if candidate.type in ("country", "demonym", "capital"):
            return candidate.entry.code  # type: ignore[union-attr]
    return None


def _country_actor(entry: CountryEntry) -> Actor:
    return Actor(name=entry.name, kind="state", country=entry.code)


def _body_actor(entry: BodyEntry) -> Actor:
    return Actor(name=entry.name, kind=entry.kind, country=entry.country)


_LOWER_WORD = re.compile(r"(?<![\w'’-])[a-z][a-z'’-]{3,}")


def _title_case(text: str, pos: int) -> bool:
    """Tell whether the line around *pos* is a headline in title case ("UN Chief Tours Camp"),
    where capitalised neighbours say nothing about names: no lower-case word of four letters
    or more within 60 characters on either side."""
    lo, hi = max(0, pos - 60), min(len(text), pos + 60)
    line_start = text.rfind("\n", lo, pos) + 1 or lo
    line_end = text.find("\n", pos, hi)
    story = _STORY_OPENS.search(text, pos, hi)  # "Title (Reuters) Reuters - The story ..."
    if story is not None and (line_end < 0 or story.start() < line_end):
        line_end = story.start() + 1
    return _LOWER_WORD.search(text, max(lo, line_start), hi if line_end < 0 else line_end) is None


_STORY_OPENS = re.compile(r"\)\s+[A-Z][\w.&']*\s+(?:-{1,2}|\u2013|\u2014)\s")


def _glued_to_capitalised(
    text: str, match: _Match, matches_by_pos: set[int], by_start: dict[int, _Match] | None = None
) -> bool:
    """Tell whether the name is part of a longer proper name ("New Mexico", "Paris Hilton")."""
    before = _word_before(text, match.start)
    if before is not None:
        word, start = before
        if (
            _is_capitalised(word)
            and not _POSSESSIVE_END.search(word)
            and word[-1:] not in ".!?:"  # the end of the previous sentence
            and word not in _words("name_stopword", lower=False)
            and start not in matches_by_pos
        ):
            return True
        if word == "of":  # "Sea of Japan", "University of Georgia"
            previous = _word_before(text, start)
            if (
                previous is not None
                and _is_capitalised(previous[0])
                and (previous[0] not in _words("name_stopword", lower=False))
                and previous[1] not in matches_by_pos
            ):
                return True
    qualifier = _QUALIFIED_PLACE.match(text, match.end)
    if qualifier is not None:
        other = by_start.get(qualifier.start(1)) if by_start is not None else None
        if qualifier.start(1) not in matches_by_pos:
            return True  # "Rome, Georgia," / "Moscow, Idaho."
        if other is not None and other.candidates[0].type == "place":
            here = _state_code(match) or getattr(match.candidates[0].entry, "country", None)
            there = getattr(other.candidates[0].entry, "country", None)
            if here is not None and there is not None and here != there:
                return True  # a place in another country qualifies the name: "Moscow, Idaho"
    after = _TOKEN_AFTER.match(text, match.end)
    if after is not None and text[match.end] == " ":
        word = after.group(1)
        if (
            _is_capitalised(word)
            and word.rstrip(".") not in _words("name_stopword", lower=False)
            and after.start(1) not in matches_by_pos
            and not _DESIGNATION.match(text, after.start(1))  # "sell Turkey F-35 jets"
            and word not in _words("facility_word", lower=False)  # "the Sohae Space Center"
        ):
            return True
    return False


_DESIGNATION = re.compile(r"[A-Z][A-Za-z']{0,14}-\d")  # "F-35", "Hwasong-15", "Su-27"


def _plain_mention(
    text: str,
    match: _Match,
    index: _Index,
    by_end: dict[int, _Match],
    published: pendulum.Date | None,
    previous: ActorMention | None,
) -> ActorMention | None:
    starts = index.start_set
    candidate = match.candidates[0]
    if candidate.type == "person":
        return _person_by_name(match, published)
    glued = not _title_case(text, match.start) and _glued_to_capitalised(
        text, match, starts, index.by_start
    )
    owner = _owner_before(text, match.start, by_end)
    if candidate.type == "body" and owner is not None:
        # "Seoul's Joint Chiefs of Staff": the state before picks among same-named bodies.
        for other in match.candidates:
            if isinstance(other.entry, BodyEntry) and other.entry.country == owner:
                candidate = attrs.evolve(other, ambiguous=False)
                break
    if candidate.ambiguous:
        if glued or not _confirmed(text, match, index):
            return None
    elif glued and candidate.type != "demonym":
        return None
    if candidate.type == "body":
        entry = candidate.entry
        assert isinstance(entry, BodyEntry)  # noqa: S101
        actor = _body_actor(entry)
        if entry.country is None and owner is not None and entry.kind in ("government", "military"):
            actor = attrs.evolve(actor, country=owner)  # "Russia's Defence Ministry"
        return ActorMention(
            start=match.start,
            end=match.end,
            text=match.text,
            actor=actor,
            source=f"body:{entry.name}",
        )
    entry = candidate.entry
    assert isinstance(entry, CountryEntry)  # noqa: S101
    location = candidate.type != "demonym" and _is_place(text, match.start, match.end, previous)
    return ActorMention(
        start=match.start,
        end=match.end,
        text=match.text,
        actor=_country_actor(entry),
        location=location,
        source=f"{candidate.type}:{entry.code}",
    )


def _place_mention(
    text: str, match: _Match, compiled: Compiled, index: _Index
) -> ActorMention | None:
    """A city, region or base: always a location, standing for its country."""
    candidate = match.candidates[0]
    entry = candidate.entry
    assert isinstance(entry, PlaceEntry)  # noqa: S101
    if not _title_case(text, match.start) and _glued_to_capitalised(text, match, index.start_set):
        return None
    if candidate.ambiguous and not _is_place(text, match.start, match.end):
        return None
    country = compiled.countries.get(entry.country)
    name = country.name if country is not None else entry.country
    return ActorMention(
        start=match.start,
        end=match.end,
        text=match.text,
        actor=Actor(name=name, kind="state", country=entry.country),
        location=True,
        source=f"place:{entry.name}",
    )


def _owner_before(text: str, pos: int, by_end: dict[int, _Match]) -> str | None:
    """The state just before *pos*, as "Russia's ", "Russian " or "the North's " (its code)."""
    for gap in (3, 1, 2):
        match = by_end.get(pos - gap)
        if match is None:
            continue
        between = text[match.end : pos]
        if between in ("'s ", "’s ", " ", "' ", "’ "):
            return _state_code(match)
    reference = _CONTEXT_OWNER.search(text, max(0, pos - 12), pos)
    if reference is not None and reference.end() == pos:
        return "PRK" if reference.group(1) == "North" else "KOR"
    return None


_CONTEXT_OWNER = re.compile(r"(North|South)['’]s ")


def _confirmed(text: str, match: _Match, index: _Index) -> bool:
    """An ambiguous name counts when the same entity is also named unambiguously, or when the
    words around it are those of a state: a verb only an actor does ("Jordan said"), a
    possessive before an office or institution ("Jordan's king"), a preposition before it
    ("talks with Washington")."""
    candidate = match.candidates[0]
    if id(candidate.entry) in index.confirmed:
        return True
    if _SUBNATIONAL_OF.search(text, max(0, match.start - 25), match.start):
        return False  # "the governor of Georgia"
    after = _TOKEN_AFTER.match(text, match.end)
    possessive = _POSSESSIVE.match(text, match.end)
    if possessive is not None and possessive.group().endswith("s"):
        following = _TOKEN_AFTER.match(text, possessive.end())
        return following is None or following.group(1).lower() not in _words("subnational_noun")
    if after is not None and index.titles.match(text, after.start(1)):
        return True  # "the Georgian foreign minister", "Jordan's King"
    if after is not None:
        word = after.group(1)
        if word.lower() in {"and", "or"}:
            other = _TOKEN_AFTER.match(text, after.end())
            if other is not None and _is_capitalised(other.group(1)):
                found = index.by_start.get(other.start(1))
                return found is not None and _state_code(found) is not None
        if word.lower() in _words("state_verb"):
            return True
        if word.lower() in _ADVERBS_BEFORE_VERB:  # "the state department later said"
            verb = _TOKEN_AFTER.match(text, after.end())
            if verb is not None and verb.group(1).lower() in _words("state_verb"):
                return True
        when = _DAY_BEFORE_VERB.match(text, match.end)
        if when is not None and when.group(1).lower() in _words("state_verb"):
            return True  # "Jordan on Monday condemned ..."
    before = _word_before(text, match.start)
    if before is not None and before[0].lower() == "of":
        head = _word_before(text, before[1])  # "the king of Holland", "the people of Georgia"
        return head is not None and head[0].lower() in _words("title_of")
    return before is not None and before[0].lower() in _words("state_context")


_DAY_BEFORE_VERB = re.compile(
    r"[ \t](?:on[ \t])?(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day[ \t]([\w'’-]{1,40})"
)
_ADVERBS_BEFORE_VERB = frozenset(
    {"later", "also", "earlier", "again", "then", "still", "previously", "repeatedly"}
)

_SUBNATIONAL_OF = re.compile(
    r"(?:governor|governors|senator|senators|legislature|county|counties|state) of[ \t]$"
)


def _is_place(text: str, start: int, end: int, previous: ActorMention | None = None) -> bool:
    """Tell whether the name at ``text[start:end]`` names a place rather than an actor."""
    possessive = _POSSESSIVE.match(text, end)
    if possessive is not None and possessive.group().endswith("s"):
        return _place_follows(text, possessive.end())
    if (
        previous is not None
        and previous.location
        and _COORDINATED.fullmatch(text, previous.end, start)
    ):
        return True  # "in Canberra and Wellington", "in Muscat, Oman"
    before = _word_before(text, start)
    if before is not None and before[0].lower() in {"the", "a"}:
        before = _word_before(text, before[1])
    if before is None:
        return False
    word, word_start = before
    low = word.lower()
    if low in _words("location_preposition") or low in _words("direction_adjective"):
        return True
    if low in _words("motion_word"):
        return True  # "visited Russia", "entered Damascus"
    if low in {"to", "from"}:
        # "flew to Tokyo", "withdraw its forces from Ukraine", "most of them to Poland"
        roles = ("motion_word", "departure_word") if low == "from" else ("motion_word",)
        return _word_within(text, word_start, 4, roles)
    if low == "of":
        earlier = _word_before(text, word_start)
        return earlier is not None and earlier[0].lower() in _words("place_noun")
    return False


def _word_within(text: str, pos: int, count: int, roles: Sequence[str]) -> bool:
    """Tell whether one of the *count* words before *pos* has one of the lexicon *roles*."""
    wanted = frozenset().union(*(_words(role) for role in roles))
    for _ in range(count):
        before = _word_before(text, pos)
        if before is None:
            return False
        if before[0].lower() in wanted:
            return True
        pos = before[1]
    return False


_COORDINATED = re.compile(r"(?:,[ \t]{1,3}|[ \t]{1,3}(?:and|or)[ \t]{1,3})(?:the[ \t])?")


def _place_follows(text: str, pos: int) -> bool:
    """After "X's": a place noun as the first word, or after an adjective or a name
    ("far east", "Kursk region"), and not part of an agency's name ("coast guard")."""
    words = _PLACE_WORDS.findall(text, pos, min(len(text), pos + 60))[:3]
    for index, word in enumerate(words[:2]):
        if word.lower() in _words("place_noun"):
            following = words[index + 1].lower() if index + 1 < len(words) else ""
            return following not in _words("agency_noun")
    return False


_PLACE_WORDS = re.compile(r"[\w-]{1,30}")


# --- people -----------------------------------------------------------------------------------


def _active(entries: Iterable[PersonEntry], published: pendulum.Date | None) -> PersonEntry | None:
    entries = list(entries)
    if published is not None:
        for entry in entries:
            if entry.holds_office_on(published):
                return entry
    return None


def _undated_surname(match: _Match, entries: Sequence[PersonEntry]) -> ActorMention | None:
    """A surname alone in a text with no date ("Chirac, in Beijing, signs accords"): the
    person's country when every office-holder of that name had the same one and the name is
    not also a common word or name (``undated_surname_stop``). No role."""
    countries = {e.country for e in entries}
    if len(countries) != 1 or None in countries:
        return None
    if match.text in _words("undated_surname_stop", lower=False):
        return None
    people = {e.name for e in entries}
    name = next(iter(people)) if len(people) == 1 else match.text
    actor = Actor(name=name, kind="person", country=next(iter(countries)))
    return ActorMention(
        start=match.start, end=match.end, text=match.text, actor=actor, source="person:undated"
    )


def _person_by_name(match: _Match, published: pendulum.Date | None) -> ActorMention | None:
    entries = [c.entry for c in match.candidates if isinstance(c.entry, PersonEntry)]
    active = _active(entries, published)
    single_word = " " not in match.text
    if active is None and single_word and published is None:
        return _undated_surname(match, entries)
    if active is None and (single_word or (published is not None and not entries)):
        return None
    chosen = active or entries[0]
    countries = {e.country for e in entries}
    actor = Actor(
        name=chosen.name,
        kind="person",
        country=chosen.country if active or len(countries) == 1 else None,
        role=active.role if active else None,
    )
    return ActorMention(
        start=match.start,
        end=match.end,
        text=match.text,
        actor=actor,
        source=f"person:{chosen.name}",
    )


def _name_after(text: str, pos: int) -> tuple[int, int] | None:
    """The span of a capitalised name starting after *pos* ("Sergei Lavrov"), if any."""
    stop = _words("name_stopword", lower=False)
    particles = _words("name_particle", lower=False)
    end = None
    cursor = pos
    pending_particle = False
    for _ in range(6):
        token = _TOKEN_AFTER.match(text, cursor)
        if token is None:
            break
        word = token.group(1)
        bare = word.rstrip(".")
        if word in particles or word.rstrip("-") in particles:
            pending_particle = True
            cursor = token.end()
            continue
        if not _is_capitalised(word) or bare in stop:
            break
        if len(bare) == 1 and not word.endswith("."):
            break
        end = token.end()
        possessive = _POSSESSIVE_END.search(word)
        if possessive is not None and word[-1:] in "sS" and len(word) > 2:
            end -= len(possessive.group())  # "President Rouhani's tour": the name ends before 's
            break
        if word.endswith(".") and len(bare) > 1:
            end -= 1  # a sentence-final dot, not an initial
            break
        pending_particle = False
        cursor = token.end()
    if end is None or (pending_particle and end < cursor):
        return None if end is None else (pos, end)
    return (_TOKEN_AFTER.match(text, pos).start(1), end)  # type: ignore[union-attr]


def _name_before(text: str, pos: int) -> tuple[int, int] | None:
    """The span of a capitalised name ending at *pos* ("Choe Son Hui" before a comma)."""
    stop = _words("name_stopword", lower=False)
    particles = _words("name_particle", lower=False)
    start = None
    cursor = pos
    for _ in range(6):
        found = re.search(r"([\w'’.-]{1,40})\Z", text[max(0, cursor - 41) : cursor])
        if found is None:
            break
        word = found.group(1)
        word_start = cursor - len(word)
        if word in particles:
            pass
        elif not _is_capitalised(word) or word.rstrip(".") in stop:
            break
        else:
            start = word_start
        if word_start == 0 or text[word_start - 1] != " ":
            break
        cursor = word_start - 1
    if start is None:
        return None
    return (start, pos)


def _person_from_title(
    text: str,
    title: re.Match[str],
    compiled: Compiled,
    by_end: dict[int, _Match],
    by_start: dict[int, _Match],
    consumed: set[int],
    index: _Index,
    published: pendulum.Date | None,
) -> ActorMention | None:
    entries = compiled.title_entries.get(title.group().lower(), ())
    if not entries:
        return None
    role = entries[0].title
    country: str | None = None
    absorbed: list[_Match] = []

    # "Ambassador to the United Nations Kim Song": the post's organisation sits in between.
    after_title = title.end()
    post = _POST.match(text, after_title)
    if post is not None and by_start.get(post.end()) is not None:
        post_match = by_start[post.end()]
        absorbed.append(post_match)
        after_title = post_match.end
    forward = _name_after(text, after_title)

    if forward is not None:
        span_start = title.start()
        # An attributive modifier before the title joins the mention: "Russian President ...",
        # "Kremlin spokesman ...", "White House national security spokesman ...".
        modifier = _modifier_before(text, title.start(), by_end, lowercase_words=2)
        if modifier is not None:
            absorbed.append(modifier)
            span_start = modifier.start
            country = _country_of(modifier)
        # A possessive owner before that stays a mention of its own: "Taiwan's President ...".
        owner = _owner_before(text, span_start, by_end)
        if owner is not None and country is None:
            country = owner
        name_start, name_end = forward
        name = text[name_start:name_end]
        known = _known_person(compiled, name, by_start.get(name_start), published)
        if known is None and after_title == title.end():
            # "King Hamad", "Sheikh Tamim", "Prince Mohammed": an alias that starts with a title
            known = _known_person(compiled, text[title.start() : name_end], None, published)
        start, end = span_start, name_end
        of_state = _OF_THE.match(text, name_end)
        if country is None and of_state is not None:
            # "King Hassan of Morocco": the state after "of" is the person's
            state = by_start.get(of_state.end())
            if state is not None and state.candidates[0].type == "country":
                absorbed.append(state)
                country = _country_of(state)
                end = state.end
    else:
        backward = _apposition_name(text, title.start(), by_end)
        if backward is None:
            return None
        (start, end), between = backward
        named = by_start.get(start)
        if named is not None and named.end == end and named.candidates[0].type != "person":
            return None  # "Speaking in Nairobi, the Turkish foreign minister said": a place
        name = text[start:end]
        known = _known_person(compiled, name, by_start.get(start), published)
        # "X, Russia's foreign minister" / "X, the Russian foreign minister": absorbed.
        if between is not None:
            absorbed.append(between)
            country = _country_of(between)
        tail = _apposition_country(text, title.end(), by_start)
        if tail is not None:
            absorbed.append(tail)
            country = country or _country_of(tail)
        span_start = start

    absorbed.extend(index.between(span_start, end))
    if country is None:
        country = next((e.country for e in entries if e.country), None)
    if country is None and _antecedent_word(text, span_start):
        country = index.last_state_before(span_start)
    if country is None and known is not None:
        country = known.country
    for match in absorbed:
        consumed.add(match.start)
    full_name = known.name if known is not None else name
    actor = Actor(name=full_name, kind="person", country=country, role=role)
    return ActorMention(
        start=start, end=end, text=text[start:end], actor=actor, source=f"title:{role}"
    )


_POST = re.compile(r"[ \t](?:to|at|for)[ \t](?:the[ \t])?")


def _modifier_before(
    text: str, pos: int, by_end: dict[int, _Match], *, lowercase_words: int = 0
) -> _Match | None:
    """A state, capital, demonym or body just before *pos*, possibly with a few lower-case
    words in between ("White House national security spokesman")."""
    cursor = pos
    for _ in range(lowercase_words + 1):
        for gap in (1, 0):
            match = by_end.get(cursor - gap)
            if (
                match is not None
                and (gap == 0 or text[cursor - 1] == " ")
                and match.candidates[0].type in _MODIFIER_TYPES
            ):
                return match
        before = _word_before(text, cursor)
        if before is None or not before[0].islower() or before[0] in _NOT_MODIFIER_WORDS:
            return None
        if before[0].endswith("ed") and before[0] not in {"armed", "united"}:
            return None  # "Japan has invited President X": a verb, not a modifier
        cursor = before[1]
    return None


_MODIFIER_TYPES = frozenset({"country", "demonym", "capital", "body"})
_NOT_MODIFIER_WORDS = frozenset(
    {"the", "a", "an", "and", "of", "or", "to", "with", "by", "said", "has", "have", "had", "is",
     "was", "are", "were", "will", "would", "met", "told", "says"}
)  # fmt: skip


def _country_of(match: _Match) -> str | None:
    entry = match.candidates[0].entry
    if isinstance(entry, CountryEntry):
        return entry.code
    if isinstance(entry, (BodyEntry, PersonEntry)):
        return entry.country
    return None


def _known_person(
    compiled: Compiled, name: str, match: _Match | None, published: pendulum.Date | None
) -> PersonEntry | None:
    candidates = compiled.candidates.get(name, ())
    if match is not None and match.text != name:
        candidates = (*candidates, *match.candidates)
    entries = [c.entry for c in candidates if isinstance(c.entry, PersonEntry)]
    if not entries:
        return None
    return _active(entries, published) or entries[0]


_OF_THE = re.compile(r"[ \t]of[ \t](?:the[ \t])?")


def _apposition_name(
    text: str, title_start: int, by_end: dict[int, _Match]
) -> tuple[tuple[int, int], _Match | None] | None:
    """The name before ", [the] [Russian |Russia's ]<title>" and the state in between."""
    pos = title_start
    between = None
    for gap in (1, 3):
        match = by_end.get(pos - gap)
        if (
            match is not None
            and text[match.end : pos] in (" ", "'s ", "’s ")
            and match.candidates[0].type in _MODIFIER_TYPES
        ):
            between = match
            pos = match.start
            break
    tail = _APPOSITION_TAIL.search(text, max(0, pos - 30), pos)
    if tail is None or tail.end() != pos:
        return None
    name = _name_before(text, tail.start())
    if name is None:
        return None
    before = _word_before(text, name[0])
    if before is not None and before[0].lower() in _words("location_preposition") | _TIME_LEAD:
        return None  # "In May, the Kenyan president ...": a month, not the president's name
    return (name, between)


_TIME_LEAD = frozenset({"on", "by", "since", "until", "during", "last", "next", "early", "late"})


def _apposition_country(text: str, pos: int, by_start: dict[int, _Match]) -> _Match | None:
    """The country in "... minister of Foreign Affairs of the DPRK": within the apposition."""
    limit = min(len(text), pos + 80)
    for start in range(pos, limit):
        char = text[start]
        if char in ",.;()\n":
            return None
        match = by_start.get(start)
        if match is not None and match.candidates[0].type in ("country", "body"):
            return match
    return None


def _antecedent_word(text: str, pos: int) -> bool:
    before = _word_before(text, pos)
    return before is not None and before[0].lower() in _words("antecedent_word")


# --- datelines -------------------------------------------------------------------------------


def _datelines(text: str, compiled: Compiled) -> list[ActorMention]:
    """The place in capitals that opens a wire story ("JAKARTA —", "NEW DELHI, March 3
    (Reuters) -"), as a location standing for its country."""
    out: list[ActorMention] = []
    for found in _DATELINE_CAPS.finditer(text):
        words = found.group(1)
        titled = " ".join(w.capitalize() for w in words.split())
        code: str | None = None
        for candidate in compiled.candidates.get(titled, ()):
            entry = candidate.entry
            if candidate.type in ("country", "capital") and isinstance(entry, CountryEntry):
                code = entry.code
            elif candidate.type == "place" and isinstance(entry, PlaceEntry):
                code = entry.country
            if code is not None:
                break
        country = compiled.countries.get(code) if code is not None else None
        if country is None:
            continue
        out.append(
            ActorMention(
                start=found.start(1),
                end=found.end(1),
                text=words,
                actor=_country_actor(country),
                location=True,
                source=f"place:{titled}",
            )
        )
    return out


# at the start of a line, a name in capitals, then a comma, an agency in brackets, a dash or a colon
_DATELINE_CAPS = re.compile(
    r"(?m)^[ \t]*([A-Z][A-Z'.-]{2,20}(?:[ \t][A-Z][A-Z'.-]{1,20}){0,2})"
    r"(?=,|[ \t]*\(|[ \t]+(?:--?|\u2014|\u2013)[ \t]|:[ \t])"
)


# --- compound demonyms ---------------------------------------------------------------------------


def _heritage(text: str, mentions: list[ActorMention]) -> list[ActorMention]:
    """Of two demonyms naming one people, one is a nationality and the other a heritage: "a
    Bosnian Serb general" is Bosnian, "a Chinese-American" is American. "Russian-Ukrainian talks"
    stay two states."""
    drop: set[int] = set()
    for i in range(len(mentions) - 1):
        a, b = mentions[i], mentions[i + 1]
        if not (is_demonym(a) and is_demonym(b)) or a.actor.country == b.actor.country:
            continue
        joint = text[a.end : b.start]
        if joint == " " and b.text in _words("heritage_people", lower=False):
            drop.add(i + 1)  # "Bosnian Serb": the first is the state (not "Israeli Palestinian")
        elif joint == "-" and b.text.lower().rstrip("s") in _words("heritage_nationality"):
            before = _word_before(text, a.start)
            after = _TOKEN_AFTER.match(text, b.end)
            if (
                b.text.endswith("s")
                or (before is not None and before[0].lower() in {"a", "an"})
                or (after is not None and after.group(1).lower() in _words("person_noun"))
            ):
                drop.add(i)  # "a Chinese-American", "Iranian-American journalist"
    return [m for i, m in enumerate(mentions) if i not in drop]


# --- references back --------------------------------------------------------------------------


def _context_references(
    text: str,
    index: _Index,
    mentions: Sequence[ActorMention],
    compiled: Compiled,
) -> list[ActorMention]:
    """'the North' / 'the South' after a Korea, 'the island' after Taiwan."""
    first_seen = dict(index.first_seen)
    for m in mentions:
        if m.actor.country is not None:
            first_seen[m.actor.country] = min(first_seen.get(m.actor.country, m.start), m.start)
    out: list[ActorMention] = []
    for found in _CONTEXT_REFERENCE.finditer(text):
        word = found.group(1)
        before = {code for code, pos in first_seen.items() if pos < found.start()}
        if word in ("North", "South") and before & {"PRK", "KOR"}:
            code = "PRK" if word == "North" else "KOR"
        elif word == "island" and "TWN" in before:
            code = "TWN"
        else:
            continue
        entry = compiled.countries.get(code)
        if entry is None:
            continue
        start, end = found.start(1), found.end(1)
        out.append(
            ActorMention(
                start=start,
                end=end,
                text=word,
                actor=_country_actor(entry),
                location=_is_place(text, start, end),
                source=f"reference:{code}",
            )
        )
    out.extend(_epithets(text, mentions, compiled))
    return out


@functools.cache
def _epithet_pattern() -> re.Pattern[str]:
    """ "the (adjectives) country|nation|…" and "its|his|her|their rival|…", from the lexicon."""

    def alternatives(role: str) -> str:
        return "|".join(sorted((re.escape(w) for w in _words(role)), key=len, reverse=True))

    adjective = rf"(?:{alternatives('epithet_adjective')})[ \t]+"
    noun, qualified = alternatives("epithet_noun"), alternatives("epithet_noun_qualified")
    rival = alternatives("rival_noun")
    return re.compile(
        rf"(?<![\w-])(?:[Tt]he[ \t]+(?:{adjective}){{0,3}}(?:{noun})"
        rf"|[Tt]he[ \t]+(?:{adjective}){{1,3}}(?:{qualified})"
        rf"|(?:[Ii]ts|[Hh]is|[Hh]er|[Tt]heir)[ \t]+(?:{adjective}){{0,2}}(?:{rival}))"
        r"(?![\w-])",
        re.IGNORECASE,
    )


_STATE_KIND_NOUNS = frozenset({"kingdom", "emirate", "sultanate"})

# a clause or sentence boundary between an antecedent and a description of it
_CLAUSE_OR_SENTENCE = re.compile(r"[,;:()\u2013\u2014]|[.!?][\"'”’]?\s|\n")
_ANTECEDENT_REACH = 500  # characters back that a description may point


def _epithets(
    text: str, mentions: Sequence[ActorMention], compiled: Compiled
) -> list[ActorMention]:
    """ "the rogue nation", "the country", "its arch-rival": the last state named before, outside
    the description's own clause (in "China is the main source of oil for the rogue nation" the
    nation is not China)."""
    states = [
        m
        for m in mentions
        if m.actor.country is not None and m.actor.kind in ("state", "government", "person")
    ]
    if not states:
        return []
    starts = [m.start for m in states]
    out: list[ActorMention] = []
    for found in _epithet_pattern().finditer(text):
        i = bisect.bisect_right(starts, found.start()) - 1
        antecedent = None
        noun = found.group().rsplit(None, 1)[-1].lower()
        kinds = _words(noun, lower=False) if noun in _STATE_KIND_NOUNS else None
        clause_mates: set[str] = set()  # states named in the description's own clause
        while i >= 0 and states[i].end > found.start() - _ANTECEDENT_REACH:
            m = states[i]
            if m.end <= found.start():
                if not _CLAUSE_OR_SENTENCE.search(text, m.end, found.start()):
                    clause_mates.add(m.actor.country or "")
                elif m.actor.country not in clause_mates and (
                    kinds is None or m.actor.country in kinds  # "the kingdom": a monarchy
                ):
                    antecedent = m
                    break
            i -= 1
        if antecedent is None or antecedent.actor.country is None:
            continue
        entry = compiled.countries.get(antecedent.actor.country)
        if entry is None:
            continue
        start, end = found.start(), found.end()
        out.append(
            ActorMention(
                start=start,
                end=end,
                text=found.group(),
                actor=_country_actor(entry),
                location=_is_place(text, start, end),
                source=f"reference:{entry.code}",
            )
        )
    return out
