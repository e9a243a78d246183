"""The parser: English news text in, events out (text → sentences → mentions → events).

:func:`parse` runs the stages in order. Trigger words are found first, in one pass over the
whole text; only sentences that hold one get full analysis. Every stage is a function of its
input alone: no clock, no global mutable state, the same output in any process.
"""

from __future__ import annotations

import bisect
import datetime
from collections.abc import Iterable, Iterator, Mapping
from typing import Any

import attrs
import pendulum

from ._actors import find_actors
from ._errors import DipeventsError, ErrorDetail, ValidationError
from ._events import Allegation, Event, Launch, Transfer, Visit
from ._extract import Diagnostic, TriggerHit, extract_events, find_triggers
from ._gazetteer import Gazetteer
from ._mentions import ActorMention, Sentence
from ._normalize import OffsetMap, normalize
from ._quantities import find_quantities
from ._sentences import split_sentences
from ._times import find_times
from ._values import Span


__all__ = ["Document", "ParseError", "ParseResult", "parse", "parse_many"]


@attrs.frozen(kw_only=True)
class ParseResult:
    """What :func:`parse` found in one document.

    ``events`` are in text order; ``actors`` are every actor mention; ``diagnostics`` say which
    publication date was used and why, and why sentences with a trigger word gave no event (with
    ``explain=True``, also which sentences had no trigger at all).
    """

    events: tuple[Event, ...]
    actors: tuple[ActorMention, ...]
    diagnostics: tuple[Diagnostic, ...]
    published: pendulum.Date | None
    document_id: str | None = None


@attrs.frozen(kw_only=True)
class Document:
    """One input document for :func:`parse_many`."""

    text: str
    published: pendulum.Date | None = None
    id: str | None = None


@attrs.frozen(kw_only=True)
class ParseError:
    """The record :func:`parse_many` yields for a document it could not parse.

    The stream goes on after it.
    """

    document_id: str | None
    index: int
    error: DipeventsError


def _coerce_published(published: object) -> pendulum.Date | None:
    if published is None:
        return None
    if type(published) is pendulum.Date:
        return published
    if isinstance(published, datetime.datetime):
        return pendulum.Date(published.year, published.month, published.day)
    if isinstance(published, datetime.date):
        return pendulum.Date(published.year, published.month, published.day)
    if isinstance(published, str):
        try:
            day = datetime.date.fromisoformat(published.strip())
        except ValueError:
            pass
        else:
            return pendulum.Date(day.year, day.month, day.day)
    raise ValidationError(
        [
            ErrorDetail(
                path="$.published",
                message=f"expected a date or an ISO date string YYYY-MM-DD, got {published!r}",
            )
        ]
    )


def _dateline_date(text: str) -> tuple[pendulum.Date | None, str]:
    """A full date in the first line ("SEOUL, Jan 14, 2024 (Yonhap)", "14 Jan, 2024")."""
    first_line = text[:200].split("\n", 1)[0]
    for mention in find_times(first_line):
        span = mention.when
        if span is not None and span.precision == "day" and span.start == span.end:
            return span.start, f"dateline {mention.text!r}"
    return None, ""


def parse(
    text: str,
    *,
    published: pendulum.Date | datetime.date | str | None = None,
    gazetteer: Gazetteer | None = None,
    explain: bool = False,
) -> ParseResult:
    """Extract visits, allegations, transfers and launches from English news *text*.

    *published* (a date or an ISO string) anchors relative dates ("last week"). Without it, a
    full date in a dateline at the top of the text is used; the diagnostics say which date was
    used and why. Never raises on any ``str``.

    Raises:
        ValidationError: when *published* is not a date.

    Example:
        >>> result = parse("North Korea fired two ballistic missiles on Tuesday.",
        ...                published="2024-01-17")
        >>> [(type(e).__name__, e.launcher.country, e.when.start.isoformat())
        ...  for e in result.events]
        [('Launch', 'PRK', '2024-01-16')]
    """
    if not isinstance(text, str):
        msg = f"parse() takes a str, got {type(text).__name__}"
        raise TypeError(msg)
    day = _coerce_published(published)
    clean, offsets = normalize(text)
    if day is not None:
        source = "the published argument"
    else:
        day, source = _dateline_date(clean)
        if day is None:
            source = "none: relative dates stay unresolved"
    events, actors, notes = _analyse(clean, day, gazetteer, explain=explain)
    if offsets is not None:
        events, actors, notes = _to_original(text, offsets, events, actors, notes)
    if text:
        head = text[:200].split("\n", 1)[0]
        note = Diagnostic(
            start=0,
            end=max(1, len(head)) if head else 1,
            text=head if head else " ",
            reason="note",
            detail=f"publication date: {day.isoformat() if day else 'unknown'} (from {source})",
        )
        notes = [note, *notes]
    return ParseResult(
        events=tuple(events),
        actors=tuple(actors),
        diagnostics=tuple(notes),
        published=day,
    )


def _analyse(
    text: str, day: pendulum.Date | None, gazetteer: Gazetteer | None, *, explain: bool
) -> tuple[list[Event], list[ActorMention], list[Diagnostic]]:
    """The events, actor mentions and diagnostics of (cleaned) *text*."""
    notes: list[Diagnostic] = []
    triggers = find_triggers(text)
    # without a trigger word (and no explanation asked for) no sentence is looked at
    sentences = split_sentences(text) if triggers or explain else ()
    mentions = find_actors(text, published=day, gazetteer=gazetteer, include_places=True)
    actors = tuple(m for m in mentions if not (m.source or "").startswith("place:"))
    starts = [s.start for s in sentences]
    by_sentence: dict[int, list[TriggerHit]] = {}
    for hit in triggers:
        index = bisect.bisect_right(starts, hit.start) - 1
        if index >= 0 and hit.start < sentences[index].end:
            by_sentence.setdefault(index, []).append(hit)

    events: list[Event] = []
    actor_starts = [a.start for a in mentions]
    for index, sentence in enumerate(sentences):
        hits = by_sentence.get(index)
        if not hits:
            if explain:
                notes.append(_no_trigger(sentence))
            continue
        if not _encodable(sentence.text):
            notes.append(
                attrs.evolve(
                    _no_trigger(sentence),
                    reason="discarded",
                    detail="the sentence holds lone surrogates, which are not valid Unicode text",
                )
            )
            continue
        in_sentence = _within(mentions, actor_starts, sentence)
        times = _shift(find_times(sentence.text, published=day), sentence.start)
        quantities = _shift(find_quantities(sentence.text), sentence.start)
        found, why = extract_events(text, sentence, hits, in_sentence, times, quantities)
        events.extend(found)
        if not found:
            notes.extend(why)
    return _merge(events), list(actors), notes


def _to_original(
    text: str,
    offsets: OffsetMap,
    events: list[Event],
    actors: list[ActorMention],
    notes: list[Diagnostic],
) -> tuple[list[Event], list[ActorMention], list[Diagnostic]]:
    """Events, mentions and diagnostics found in the cleaned text, with every offset and
    evidence text moved back to the original *text*: ``text[start:end] == span.text`` holds."""

    def moved(thing: Any) -> Any:
        start, end = offsets.span(thing.start, thing.end)
        return attrs.evolve(thing, start=start, end=end, text=text[start:end])

    return (
        [_event_to_original(event, moved) for event in events],
        [moved(mention) for mention in actors],
        [moved(note) for note in notes],
    )


def _event_to_original(event: Event, moved: Any) -> Event:
    """*event* with its evidence (and that of any event nested in it, such as an allegation's
    claim) moved back to the original text."""
    changes: dict[str, Any] = {}
    for field in attrs.fields(type(event)):
        value = getattr(event, field.name)
        if isinstance(value, Event):
            changes[field.name] = _event_to_original(value, moved)
        elif isinstance(value, tuple) and value and isinstance(value[0], Span):
            changes[field.name] = tuple(dict.fromkeys(moved(span) for span in value))
    return attrs.evolve(event, **changes)


def _encodable(text: str) -> bool:
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        return False
    return True


def _no_trigger(sentence: Sentence) -> Diagnostic:
    return Diagnostic(
        start=sentence.start,
        end=sentence.end,
        text=sentence.text,
        reason="no trigger",
        detail="no word of a visit, an allegation, a transfer or a launch",
    )


def _within(
    actors: tuple[ActorMention, ...], starts: list[int], sentence: Sentence
) -> list[ActorMention]:
    lo = bisect.bisect_left(starts, sentence.start)
    hi = bisect.bisect_left(starts, sentence.end)
    return [a for a in actors[lo:hi] if a.end <= sentence.end]


def _shift(mentions: Iterable[Any], offset: int) -> list[Any]:
    if not offset:  # the first sentence: the mentions are already where they belong
        return list(mentions)
    return [attrs.evolve(m, start=m.start + offset, end=m.end + offset) for m in mentions]


_KEY_ROLES = (
    "visitor",
    "host",
    "accuser",
    "accused",
    "supplier",
    "recipient",
    "launcher",
    "target",
)


def _key_roles(kind: type[Event]) -> tuple[str | None, ...]:
    """For each of _KEY_ROLES, its name when events of *kind* have that field, else None."""
    fields = attrs.fields_dict(kind)
    return tuple(name if name in fields else None for name in _KEY_ROLES)


_KEY_FIELDS: dict[type, tuple[str | None, ...]] = {
    kind: _key_roles(kind) for kind in (Visit, Allegation, Transfer, Launch)
}


def _key(event: Event) -> tuple[Any, ...]:
    """The kind, status and the actor of each role (None for roles the kind has not)."""
    parts: list[Any] = [type(event).__name__, event.status]
    names = _KEY_FIELDS.get(type(event))
    for name in _key_roles(type(event)) if names is None else names:
        actor = None if name is None else getattr(event, name)
        parts.append(None if actor is None else (actor.country or actor.name))
    return tuple(parts)


def _merge(events: list[Event]) -> list[Event]:
    """One event mentioned twice (a headline and its body) becomes one, with both evidences.

    Two readings of one sentence that agree where both know become one event; an accusation
    and its denial in the same text become one allegation with status denied. Candidates are
    looked up by key and only the most recent few are compared, so this stays linear however
    often an event repeats.
    """
    out: list[Event] = []
    evidence: list[dict[Span, None]] = []
    by_sentence: dict[tuple[str, Span | None], list[int]] = {}
    by_key: dict[tuple[Any, ...], list[int]] = {}
    by_accused: dict[str | None, list[int]] = {}
    by_kind: dict[tuple[str, str], list[int]] = {}

    def absorb(i: int, merged: Event, extra: Event) -> None:
        out[i] = merged
        for span in extra.evidence:
            evidence[i].setdefault(span, None)

    for event in events:
        first = event.evidence[0] if event.evidence else None
        key = _key(event)
        done = False
        for i in by_sentence.get((event.kind, first), [])[-_RECENT:]:
            filled = _fill(out[i], event)
            if filled is not None:
                absorb(i, filled, event)
                done = True
                break
            if _restated(out[i], event):
                absorb(i, out[i], event)
                done = True
                break
        if not done:
            for i in by_key.get(key, [])[-_RECENT:]:
                seen = out[i]
                if seen is not event and _close_in_time(seen, event):
                    # "two failed attempts" is one reading counted twice: kept apart above
                    richer = event if _richness(event) > _richness(seen) else seen
                    absorb(i, attrs.evolve(richer, when=seen.when or event.when), event)
                    done = True
                    break
        if not done:
            # a headline that leaves a party out, and the body that names it ("Ukraine Denies
            # Selling Radar to Iraq" / "Ukraine denied U.S. allegations that ..."): one event
            for i in by_kind.get((event.kind, event.status), [])[-_RECENT:]:
                if isinstance(event, Launch):
                    break  # launches are many and alike: "a missile fired from Yemen" is another
                seen = out[i]
                filled = _fill(seen, event) if _partial_match(seen, event) else None
                if filled is not None and _close_in_time(seen, event):
                    absorb(i, filled, event)
                    done = True
                    break
        if not done and isinstance(event, Allegation) and event.status == "denied":
            country = event.accused.country if event.accused is not None else None
            for i in by_accused.get(country, [])[-_RECENT:]:
                seen = out[i]
                if isinstance(seen, Allegation) and seen.status == "occurred" and country:
                    absorb(i, attrs.evolve(seen, status="denied"), event)
                    done = True
                    break
        if done:
            continue
        index = len(out)
        out.append(event)
        evidence.append(dict.fromkeys(event.evidence))
        by_sentence.setdefault((event.kind, first), []).append(index)
        by_key.setdefault(key, []).append(index)
        by_kind.setdefault((event.kind, event.status), []).append(index)
        if isinstance(event, Allegation) and event.accused is not None:
            by_accused.setdefault(event.accused.country, []).append(index)
    return [_with_evidence(e, tuple(spans)) for e, spans in zip(out, evidence, strict=True)]


def _with_evidence(event: Event, evidence: tuple[Span, ...]) -> Event:
    """*event* with *evidence*; the event itself when that is the evidence it has."""
    return event if event.evidence == evidence else attrs.evolve(event, evidence=evidence)


_RECENT = 8  # how many earlier events with the same key a new one is compared with


_ROLES = {
    "Visit": ("visitor", "host"),
    "Allegation": ("accuser", "accused"),
    "Transfer": ("supplier", "recipient"),
    "Launch": ("launcher", "target"),
}


def _partial_match(seen: Event, event: Event) -> bool:
    """Tell whether one event names a party the other leaves out, and they agree on the rest:
    at least one party is named by both, and the one left out is named by the other."""
    roles = _ROLES[type(event).__name__]
    both = [r for r in roles if getattr(seen, r) is not None and getattr(event, r) is not None]
    gaps = [r for r in roles if (getattr(seen, r) is None) != (getattr(event, r) is None)]
    return bool(both) and bool(gaps)


def _fill(seen: Event, event: Event) -> Event | None:
    """Two readings of one sentence that agree where both know (one names the supplier, the
    other the recipient: "Cuba received rice donated by Vietnam") become one event."""
    if type(seen) is not type(event):
        return None
    if seen.status != event.status:
        return None
    merged: dict[str, Any] = {}
    for role in _ROLES[type(event).__name__]:
        a, b = getattr(seen, role), getattr(event, role)
        if a is not None and b is not None and a.country != b.country:
            return None
        merged[role] = a if a is not None else b
    if not any((getattr(seen, r) is None) != (getattr(event, r) is None) for r in merged):
        # nothing to fill (both name the same parties): the ordinary merge below decides,
        # by the dates ("the 22 missiles launched this year" and "the 24 it tested last year")
        return None
    return attrs.evolve(seen, **merged, when=seen.when or event.when)


def _restated(seen: Event, event: Event) -> bool:
    """A sentence that names its event again ("Modi will travel to Austria on Wednesday, the
    first visit by an Indian leader to the country in 40 years"): the second reading, read as
    occurred and on the same days, is the first one told again, not another event."""
    return (
        type(seen) is type(event)
        and event.status in {"occurred", "hypothetical"}  # "in what would be his fifth trip"
        and seen.status not in {"occurred", event.status}
        and _key(seen)[2:] == _key(event)[2:]
        and _close_in_time(seen, event)
        and all(getattr(event, role) is not None for role in _ROLES[type(event).__name__])
    )


def _close_in_time(a: Event, b: Event) -> bool:
    """Same actors, same status, and dates that agree or lie within a week: one event told
    twice (a visit that began on Monday and held talks on Tuesday)."""
    if a.when is None or b.when is None:
        return True
    gap = max(a.when.start, b.when.start) - min(a.when.end, b.when.end)
    if a.when.precision in _COARSE or b.when.precision in _COARSE:
        return gap.days <= 0  # "this year" and "last year" touch, but are not one time
    return gap.days <= 7


_COARSE = frozenset({"month", "season", "part_of_year", "year"})


def _richness(event: Event) -> int:
    return sum(1 for f in attrs.fields(type(event)) if getattr(event, f.name) not in (None, ()))


def parse_many(
    documents: Iterable[str | Document | Mapping[str, Any]],
    *,
    gazetteer: Gazetteer | None = None,
    explain: bool = False,
) -> Iterator[ParseResult | ParseError]:
    """Parse documents one after another, yielding a result (or an error record) for each.

    Documents are strings, :class:`Document` objects or mappings with ``text`` and optional
    ``published`` and ``id``. Memory stays constant in the number of documents, and a bad
    document yields a :class:`ParseError` while the stream goes on.
    """
    for index, document in enumerate(documents):
        doc_id: str | None = None
        text: object
        try:
            if isinstance(document, str):
                text, published = document, None
            elif isinstance(document, Document):
                text, published, doc_id = document.text, document.published, document.id
            elif isinstance(document, Mapping):
                raw_id = document.get("id")
                doc_id = None if raw_id is None else str(raw_id)
                text, published = document.get("text"), document.get("published")
                if not isinstance(text, str):
                    raise ValidationError(
                        [ErrorDetail(path="$.text", message=f"expected a string, got {text!r}")]
                    )
            else:
                raise ValidationError(
                    [
                        ErrorDetail(
                            path="$",
                            message="expected a str, Document or mapping, got "
                            f"{type(document).__name__}",
                        )
                    ]
                )
            assert isinstance(text, str)  # noqa: S101  (checked above)
            result = parse(text, published=published, gazetteer=gazetteer, explain=explain)
            yield attrs.evolve(result, document_id=doc_id)
        except DipeventsError as exc:
            yield ParseError(document_id=doc_id, index=index, error=exc)
