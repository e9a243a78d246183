"""The visit frame: who travels where ("X arrived in Y", "Y hosted X", "X's visit to Y"),
and the visits other frames find (``_make_visit``, ``_named_group``)."""

from __future__ import annotations

import bisect
import re
from collections.abc import Sequence

import attrs

from .._actor import Actor
from .._events import Event, Transfer, Visit
from .._mentions import ActorMention, is_demonym
from .._vocab import ActorKind
from ._common import (
    _COORDINATOR,
    _POSSESSIVE_AFTER,
    _PROJECTILE_CATEGORIES,
    _WINDOW,
    Frame,
    _actor_at,
    _after,
    _clause,
    _coordinated,
    _delegation_after,
    _evidence,
    _first,
    _is_passive,
    _items,
    _last_actor_before,
    _location,
    _main_subject,
    _person_before,
    _possessor,
    _report_end,
    _state_of,
    _status,
    _subject,
    _to_item,
    _triggers_in,
    _usable,
    _when,
)
from ._context import _Sentence
from ._triggers import TriggerHit
from ._words import _WORD, _word_before


def _visit(ctx: _Sentence, hit: TriggerHit) -> Frame:
    frame = hit.trigger.frame
    lo, hi = _clause(ctx, hit.start)
    after = _after(ctx, hit.end, hi)
    visitor: ActorMention | None
    place: ActorMention | None
    consumed: tuple[int, int] | None = None
    low = hit.text.lower()
    if low.startswith("mission") and _INFINITIVE.match(ctx.text, hit.end):
        return [], "discarded: 'to' starts a purpose here ('a mission to confront')", None
    comma = ctx.text.find(",", hit.end, hi)
    if _REMOTE.search(ctx.text, max(lo, hit.start - 60), comma if comma >= 0 else hi):
        # "a virtual summit, hosted by Moscow"; not "who visited Israel, spoke by telephone"
        return [], "discarded: taking part from afar (a video link, a call)", None
    if frame == "visit_presence":
        return _visit_presence(ctx, hit, after)
    if frame == "visit_motion" and low.startswith(("arriv", "land")):
        delivered = _goods_arriving(ctx, hit, after)
        if delivered:
            return delivered, "", None
    allowed = _allowed_to(ctx, hit)  # "Russia will allow X to visit ..."
    if frame == "visit_host":
        if _is_passive(ctx, hit):
            place = _subject(ctx, hit.start)
            visitor = _first(after, {"by"})
        else:
            place = _subject(ctx, hit.start) or next(
                (m for m, p in after if m.location and p in {"in", "at"}), None
            )  # "Sharon Hosts Jordanian Foreign Minister in Jerusalem"
            visitor = _guest(ctx, hit, after) or _people_after(ctx, hit, hi, to_place=False)
            if visitor is None and place is not None:
                guests = _meeting_guests(ctx, hit, after, place)
                if guests:
                    return _host_meeting(ctx, hit, guests, place, after)
    elif (
        frame == "visit_noun"
        and low.startswith("mission")
        and (
            (word := _word_before(ctx.text, hit.start, ctx.start)) is not None
            and word[0].lower() in ctx.lex.words.get("deployment_word", ())
        )
    ):
        return [], "discarded: a police or military mission is a deployment, not a visit", None
    elif frame == "visit_noun":
        if low in {"visit of", "visit by", "trip by", "visits of"}:
            visitor = _first(after, {"of", "by"})
            place = _first(after, {"to", "in"})
            host = _subject(ctx, hit.start)
            if place is None and host is not None and host.actor.kind == "state":
                place = host  # "Egypt postpones visit by Israeli delegation"
        else:
            place = _first(after, {"to", "of", "in"}) or next(
                (m for m, _ in after if m.location), None
            )
            region = _region_after(ctx, hit.end, hi)
            if region is not None and (place is None or region.start < place.start):
                place = region  # "a tour of Central Asia, a region where Tokyo ..."
            visitor = (
                _first(after, {"by"})
                or _possessor(ctx, hit.start)
                or _modifier_before(ctx, hit.start)  # "a UN Security Council visit to Nairobi"
                or _speaker_on_a_trip(ctx, hit)
                or _subject(ctx, hit.start)
                or _his_trip(ctx, hit)
            )
    elif frame == "visit_invite":
        if _TO_JOIN.search(ctx.text, hit.end, min(hi, hit.end + 60)):
            return [], "discarded: invited to join or take part, not to come", None
        if _is_passive(ctx, hit):
            visitor = _possessor(ctx, hit.start) or _subject(ctx, hit.start)
            place = _first(after, {"to"}) or _first(after, {"by"})  # "invited by the UK"
        else:
            visitor = _guest(ctx, hit, after) or _people_after(ctx, hit, hi, to_place=True)
            place = _first(after, {"to"}) or _subject(ctx, hit.start)
        if visitor is None or place is None:
            return [], "an invitation without a guest or a host", None
        consumed = (hit.start, hi)
    elif low == "visiting" and after and after[0][1] == "visiting":
        visitor = after[0][0]
        place = _subject(ctx, hit.start) or next((m for m, _ in after[1:] if m.location), None)
    else:
        visitor = _allowed_guest(ctx, hit, allowed)
        if allowed is not None and visitor is None:
            return [], "the ones allowed or urged to travel are not named", None
        visitor = visitor or _possessor(ctx, hit.start) or _subject(ctx, hit.start)
        place = _destination(ctx, hit, after)
        region = _region_after(ctx, hit.end, hi)
        if region is not None and (place is None or region.start < place.start):
            place = region  # "travelled through Asia"
        if after and is_demonym(after[0][0]) and after[0][0].start - hit.end <= 35:
            following = _WORD.match(ctx.text, after[0][0].end + 1)
            if following is not None and following.group().lower() in _PLACE_PARTS:
                place = after[0][0]  # "visited the Egyptian side of the crossing"
        if low in {"visit", "visits", "tour"}:
            # "Blair's Israel visit", "a UK state visit": the host just before the noun
            host_before = _adjacent_before(ctx, hit.start)
            if host_before is not None:
                place = host_before
                visitor = _possessor(ctx, host_before.start) or _subject(ctx, host_before.start)
        if _is_passive(ctx, hit) and frame == "visit_active":
            place, visitor = _subject(ctx, hit.start, allow_location=True), _first(after, {"by"})
        if (
            visitor is not None
            and frame in {"visit_active", "visit_motion"}
            and (
                _gap_has_goods(ctx, visitor.end, min(hit.start, visitor.end + 25))
                or _goods_trigger_between(ctx, visitor.end, hit.start)
            )
            and not _names_a_body(ctx, visitor.end, hit.start)
        ):
            return [], f"discarded: {visitor.text!r} is not what arrives or travels", None
    if visitor is None and frame in {"visit_active", "visit_motion", "visit_noun"}:
        visitor = _delegation_subject(ctx, hit) or (
            _unknown_person(ctx, hit) if frame != "visit_noun" else None
        )
    if visitor is None:
        return [], "no visitor: no actor travels", None
    if frame in {"visit_active", "visit_motion", "visit_noun"} and _HERE.match(ctx.text, hit.end):
        place = _here(ctx, hit, visitor) or place
    if place is None and frame in {"visit_active", "visit_motion", "visit_noun"}:
        place = _region_after(ctx, hit.end, hi) or _region_before(ctx, hit)
    if place is None and frame == "visit_active" and allowed is not None:
        # "Iran will not allow inspectors to visit military sites": the sites are Iran's
        place = _subject(ctx, allowed.start())
        if place is not None and place.actor.kind != "state":
            place = None
    if place is None:
        return [], "no host or destination", None
    if _non_visitor(ctx, visitor):
        return [], f"discarded: {visitor.text!r} names troops, refugees or goods", None
    status = _status(ctx, hit)
    if allowed is not None and status == "occurred":
        # "Russia will allow X to visit": the modality sits on "allow"
        status = _status(ctx, attrs.evolve(hit, start=allowed.start(), end=allowed.start(1) - 1))
    if frame == "visit_invite" or (low.startswith("visit") and _invited(ctx, hit)):
        status = "invited"
    events: list[Event] = []
    guests = _coordinated(ctx, visitor)
    if any(g.actor.country for g in guests):
        # "Britain's King Charles and Queen Camilla": one whose country is unknown travels
        # with one whose country is known; the known one carries the visit
        guests = [g for g in guests if g.actor.country or g.actor.kind != "person"]
    for guest in guests:
        for where in _coordinated(ctx, place):
            event = _make_visit(ctx, hit, guest, where, status)
            if event is not None:
                events.append(event)
    if not events:
        return [], "discarded: a trip inside the visitor's own country", None
    return events, "", consumed


def _destination(
    ctx: _Sentence, hit: TriggerHit, after: Sequence[tuple[ActorMention, str]]
) -> ActorMention | None:
    """Where a trip goes: the first state or place after the trigger, but not one the trip is
    about ("talks between Chile and Bolivia") nor the later stop of "a tour that will take him
    to Riga"."""
    skipped: ActorMention | None = None
    for m, prep in after:
        listed = skipped is not None and _COORDINATOR.fullmatch(ctx.text, skipped.end, m.start)
        if (
            is_demonym(m)
            or prep in _NOT_DESTINATION
            or listed
            or (
                hit.trigger.frame == "visit_active"
                and _RELATIVE_WORD.search(ctx.text, hit.end, m.start)
            )
        ):
            skipped = m
            continue
        return m
    return None


# "a tour aimed at reviving talks between Israel and ...": not where the tour goes
_NOT_DESTINATION = frozenset({"between", "with", "about", "on", "over", "against", "for", "of"})

_RELATIVE_WORD = re.compile(r"\b(?:that|which|who|where)\b")


def _goods_trigger_between(ctx: _Sentence, lo: int, hi: int) -> bool:
    """Tell whether a transfer or launch word stands between *lo* and *hi*: "X sent weapons
    that arrived in Y" (X does not arrive); another trip in between does not count."""
    return any(h.trigger.kind in {"transfer", "launch"} for h in _triggers_in(ctx, lo, hi))


def _gap_has_goods(ctx: _Sentence, lo: int, hi: int) -> bool:
    """Tell whether goods or non-visitor nouns stand between *lo* and *hi*."""
    if _items(ctx, lo, hi):
        return True
    nouns = ctx.lex.words.get("non_visitor", ())
    return any(w.group().lower() in nouns for w in _WORD.finditer(ctx.text, lo, hi))


_HERE = re.compile(r"\s(?:here|to\sthis\scountry)(?![\w-])", re.IGNORECASE)


def _here(ctx: _Sentence, hit: TriggerHit, visitor: ActorMention) -> ActorMention | None:
    """Where "a visit here", "arrived here" is: the dateline's place, else the state the
    sentence is about (its first subject), when that is not the visitor's own."""
    place = ctx.dateline or _main_subject(ctx, hit.start)
    if place is None or place.actor.kind != "state" or place.actor.country is None:
        return None
    return None if place.actor.country == visitor.actor.country else place


def _goods_arriving(
    ctx: _Sentence, hit: TriggerHit, after: Sequence[tuple[ActorMention, str]]
) -> list[Event]:
    """ "Two Mi-35 helicopters arrived in Bamako from Russia": goods that arrive somewhere from
    a state were delivered there."""
    lo, _ = _clause(ctx, hit.start)
    goods = _items(ctx, max(lo, hit.start - 120), hit.start)
    link = _GOODS_THEN_VERB.fullmatch(ctx.text, goods[-1].end, hit.start) if goods else None
    if link is None:
        return []
    if any(g.category in _PROJECTILE_CATEGORIES for g in goods):
        return []  # "rockets landed in the Negev": fired, not delivered
    # "aid from the Emirates and Algeria landed in Aleppo", "helicopters arrived ... from Russia"
    senders = [m for m in ctx.actors if link.start(1) <= m.start < link.end(1)]
    if not senders:
        first = _first(after, {"from"})
        senders = [first] if first is not None else []
    place = next((m for m, p in after if p in {"in", "at"} and m.actor.country), None)
    if place is None:
        return []
    events: list[Event] = []
    for supplier in senders:
        if supplier.location and not (supplier.source or "").startswith("country:"):
            continue  # "from Odesa": a port, not a supplier
        if supplier.actor.country == place.actor.country:
            continue
        events.append(
            Transfer(
                supplier=_state_of(supplier),
                recipient=_state_of(place),
                items=tuple(_to_item(i) for i in goods),
                when=_when(ctx, hit.start),
                status=_status(ctx, hit),  # type: ignore[arg-type]
                reported_by=ctx.reporter,
                evidence=_evidence(ctx),
            )
        )
    return events


# between the goods and "arrived": nothing but a few plain words ("have now", "finally")
_GOODS_THEN_VERB = re.compile(
    r"(\sfrom\s(?:the\s)?[A-Z][\w'’.-]*(?:(?:\s(?:and|&)\s(?:the\s)?|\s)[A-Z][\w'’.-]*){0,4})?"
    r"(?:\s(?:have|has|had|finally|now|also|first|already|reportedly))*\s"
)


_TO_JOIN = re.compile(r"\bto\s(?:join|become|accede|sign|take\spart\sin\sthe\salliance)\b")

_NAME_AT_START = re.compile(
    r"(?:[A-Z][a-z'’-]{1,20}\s){0,2}[A-Z][a-z'’-]{2,20}(?=,|\s(?:will\s|has\s|had\s|is\s|was\s)?"
    r"(?:visit|arriv|travel|flew|fly|head|land|tour))"
)


def _unknown_person(ctx: _Sentence, hit: TriggerHit) -> ActorMention | None:
    """A capitalised name that opens the sentence and travels: "Bolton, before arriving in
    Ankara, ...". A person the gazetteer does not know: no country."""
    found = _NAME_AT_START.match(ctx.text, ctx.start)
    if found is None or found.end() > hit.start:
        return None
    words = found.group().split()
    stop = {"The", "A", "An", "In", "On", "At", "After", "Before", "When", "While", "But", "And"}
    if words[0] in stop:
        return None
    actor = Actor(name=found.group(), kind="person")
    return ActorMention(
        start=found.start(), end=found.end(), text=found.group(), actor=actor, source="name"
    )


def _his_trip(ctx: _Sentence, hit: TriggerHit) -> ActorMention | None:
    """ "That statement from Larry Pressler, made during his visit to India": "his" trip is
    that of the last person named before, known to the gazetteer or not (then no country)."""
    if not _HIS_BEFORE.search(ctx.text, max(ctx.start, hit.start - 30), hit.start):
        return None
    known = _person_before(ctx, hit.start)
    if known is not None:
        return known
    names = list(_FULL_NAME.finditer(ctx.text, max(ctx.start, hit.start - _WINDOW), hit.start))
    if not names or names[-1].group(1) in _NOT_A_FIRST_NAME:
        return None
    name = names[-1]
    if bisect.bisect_left(ctx.actor_starts, name.start()) != bisect.bisect_left(
        ctx.actor_starts, name.end()
    ):
        return None  # part of a name the gazetteer knows as something else
    actor = Actor(name=name.group(), kind="person")
    return ActorMention(
        start=name.start(), end=name.end(), text=name.group(), actor=actor, source="name"
    )


_HIS_BEFORE = re.compile(r"\b(?:his|her)\s(?:[\w-]+\s){0,2}$", re.IGNORECASE)
_FULL_NAME = re.compile(
    r"(?<![\w'’.-])([A-Z][a-z'’-]{1,20})\s(?:[A-Z]\.\s)?[A-Z][a-z'’-]{2,20}(?![\w-])"
)
_NOT_A_FIRST_NAME = frozenset(
    {"The", "A", "An", "In", "On", "At", "After", "Before", "When", "While", "But", "And", "That",
     "This", "These", "Those", "His", "Her", "Its", "Their", "President", "Prime", "Minister",
     "Secretary", "General", "King", "Queen", "Prince", "Foreign", "Defence", "Defense"}
)  # fmt: skip


def _speaker_on_a_trip(ctx: _Sentence, hit: TriggerHit) -> ActorMention | None:
    """ "..., Scholz said during an unannounced visit to Kyiv": the speaker is on the trip."""
    if ctx.reporter_mention is None or ctx.reporter_mention.end > hit.start:
        return None
    if not _DURING_A_TRIP.search(ctx.text, max(ctx.start, hit.start - 60), hit.start):
        return None
    return ctx.reporter_mention


_DURING_A_TRIP = re.compile(
    r"\b(?:said|says|told\s\w+|announced|added)\s(?:on\s\w+\s)?(?:during|on|while\son|at\sthe\s"
    r"(?:start|end)\sof)\s(?:an?|the|his|her|their|its)\s(?:[\w-]+\s){0,2}$"
)


def _allowed_to(ctx: _Sentence, hit: TriggerHit) -> re.Match[str] | None:
    """ "allow / ask / urge X to" right before a travel word, with X as group 1."""
    return ctx.lex.patterns["allowed_to"].search(
        ctx.text, max(ctx.start, hit.start - 90), hit.start
    )


def _allowed_guest(
    ctx: _Sentence, hit: TriggerHit, found: re.Match[str] | None
) -> ActorMention | None:
    """The one allowed, asked or urged to travel (*found* by :func:`_allowed_to`): "Russia
    will allow the Dalai Lama to visit" makes the Dalai Lama the visitor, not Russia; "China
    asked the United States to visit"."""
    if found is None:
        return None
    first = bisect.bisect_left(ctx.actor_starts, found.start(1))
    for m in ctx.actors[first:]:
        if m.start >= hit.start:
            break
        if not m.location and _usable(ctx, m):
            return m
    # someone the gazetteer does not know, named by the words themselves, with no country;
    # only a noun phrase: not "urged Americans not to travel", not a pronoun
    words = _NAMED_BY_WORDS.fullmatch(found.group(1))
    if words is None or _NOT_A_NAME.search(found.group(1)):
        return None
    start = found.start(1) + words.start(1)
    end = found.start(1) + words.end(1)
    return ActorMention(
        start=start,
        end=end,
        text=ctx.text[start:end],
        actor=Actor(name=ctx.text[start:end], kind="unknown"),
        source="allowed",
    )


_NAMED_BY_WORDS = re.compile(r"\s*([A-Za-z][\w'’,() -]*[\w)])\s*,?\s*")
_NOT_A_NAME = re.compile(r"\b(?:not|never|him|her|them|us|me|it|you)\b", re.IGNORECASE)


def _delegation_subject(ctx: _Sentence, hit: TriggerHit) -> ActorMention | None:
    """People sent on someone's behalf, named by what they are rather than who: "a Kurdish
    delegation touring Washington", "a team of inspectors arrived". No country is known."""
    lo, _ = _clause(ctx, hit.start)
    lo = max(lo, _report_end(ctx, hit.start), hit.start - 90)
    found = None
    for m in ctx.lex.patterns["envoys"].finditer(ctx.text, lo, hit.start):
        led = _LED_BY.match(ctx.text, m.end())
        if led is not None:
            # "a delegation led by the Kenyan foreign minister arrived": the leader's state
            leader = _actor_at(ctx, led.end())
            if (
                leader is not None
                and _OFFICE_THEN_LINK.fullmatch(ctx.text, leader.end, hit.start)
                and _usable(ctx, leader)
            ):
                return leader
        found = m
    if found is None:
        return None
    if not _LINK_TO_VERB.fullmatch(ctx.text, found.end(), hit.start):
        return None
    return _named_group(ctx, found)


def _named_group(ctx: _Sentence, found: re.Match[str]) -> ActorMention:
    """People named by what they are ("a Kurdish delegation", "an envoy"), as a visitor with no
    country: a person for an envoy, a group otherwise."""
    noun = found.group("noun").lower()
    kind: ActorKind = "person" if noun in ctx.lex.words.get("envoy_person", ()) else "group"
    name = found.group("np")
    return ActorMention(
        start=found.start("np"),
        end=found.end("np"),
        text=name,
        actor=Actor(name=name, kind=kind),
        source="delegation",
    )


_LINK_TO_VERB = re.compile(
    r"(?:\s(?:from|of)\s(?:the\s)?[A-Z][\w'’-]*(?:\s[A-Z][\w'’-]*){0,5})?"
    r"(?:,?\s(?:will|would|is|are|was|were|has|have|had|to|also|now|due|set|expected|been|be|"
    r"being|who|which|reportedly|later|first|then|finally|yesterday|today|[A-Z]\w+day))*\s?"
)


# after "led by the Kenyan": the office, then the words before the verb
_OFFICE_THEN_LINK = re.compile(r"(?:['’]s)?(?:\s[a-z][\w-]*){0,3}" + _LINK_TO_VERB.pattern)


def _people_after(
    ctx: _Sentence, hit: TriggerHit, hi: int, *, to_place: bool
) -> ActorMention | None:
    """Guests named by what they are, right after "invited" or "received": "received a
    mission of observers from the OSCE" (the OSCE visits), "invited two leaders of the SDF to
    Paris" (unnamed guests; only when a place follows with "to")."""
    found = ctx.lex.patterns["guests"].match(ctx.text, hit.end + 1, min(hi, hit.end + 40))
    if found is None:
        return None
    sender = _OF_FROM.match(ctx.text, found.end()) or _LED_BY.match(ctx.text, found.end())
    if sender is not None:
        m = _actor_at(ctx, sender.end())
        if m is not None and not m.location and _usable(ctx, m):
            return m
    rest = ctx.text[found.end() : min(hi, found.end() + 90)]
    if rest[:2] in {"'s", "’s"}:
        return None  # "welcomed President X's statement"
    if to_place and not re.match(r"(?:\s(?:of|from)\s[^,;]{1,70}?)?\sto\s", rest):
        return None
    if not to_place and found.group("noun").lower() not in ctx.lex.words.get("envoy_noun", ()):
        return None  # "hosted a delegation", but not "welcomed President ..."
    return _named_group(ctx, found)


_OF_FROM = re.compile(r"(?:\sof\s[a-z]{2,20})?\s(?:of|from)\s(?:the\s)?")
_LED_BY = re.compile(r"\s(?:led|headed)\sby\s(?:the\s)?")  # "a delegation led by X"


def _names_a_body(ctx: _Sentence, lo: int, hi: int) -> bool:
    """Tell whether the words between an organisation and a verb describe it: "the OPCW
    chemical watchdog arrived" (not goods)."""
    nouns = ctx.lex.words.get("org_descriptor", ())
    return any(w.group().lower() in nouns for w in _WORD.finditer(ctx.text, lo, hi))


_REGION_LEAD = re.compile(
    r"\s(?:(?:to|through|across|around|of|in|into|for)\s)?((?:the\s)?[\w-]+(?:\s[\w-]+){0,3})",
    re.IGNORECASE,
)


def _region_after(ctx: _Sentence, pos: int, hi: int) -> ActorMention | None:
    """A region named right after a travel word: "a trip to Asia", "toured the Gulf states".
    It stands for no state: the visit has a location and no host."""
    found = _REGION_LEAD.match(ctx.text, pos, min(hi, pos + 80))
    if found is None:
        return None
    regions = ctx.lex.words.get("region", ())
    spans = [w.span() for w in _WORD.finditer(ctx.text, found.start(1), found.end(1))]
    for n in range(len(spans), 0, -1):
        words = [ctx.text[a:b] for a, b in spans[:n]]
        if " ".join(words).lower() in regions and any(w[:1].isupper() for w in words):
            start, end = spans[0][0], spans[n - 1][1]
            return _region_mention(start, ctx.text[start:end])
    return None


def _region_before(ctx: _Sentence, hit: TriggerHit) -> ActorMention | None:
    """A regional adjective before "trip" or "tour": "his Asian trip", "a regional tour"."""
    if hit.text.lower().split()[0] not in {"trip", "tour", "visit", "trips", "tours", "visits"}:
        return None
    before = ctx.text[max(ctx.start, hit.start - 40) : hit.start]
    adjectives = ctx.lex.words.get("region_adjective", ())
    found = re.search(r"([\w-]+(?:\s[\w-]+)?)\s(?:[\w-]+-(?:day|nation|country|leg)\s)?$", before)
    if found is None:
        return None
    words = found.group(1).split()
    for n in (2, 1):
        phrase = " ".join(words[-n:])
        if len(words) >= n and phrase.lower() in adjectives:
            start = hit.start - len(before) + found.start(1) + len(found.group(1)) - len(phrase)
            return _region_mention(start, phrase)
    count = _COUNTRY_COUNT.search(before)  # "a nine-country tour"
    if count is not None:
        return _region_mention(hit.start - len(before) + count.start(), count.group().strip())
    return None


_COUNTRY_COUNT = re.compile(r"\b\w+-(?:nation|country)\s$")


def _region_mention(start: int, text: str) -> ActorMention:
    """A region as a place mention that stands for no state ("Asia", "the Gulf states")."""
    return ActorMention(
        start=start,
        end=start + len(text),
        text=text,
        actor=Actor(name=text, kind="unknown"),
        location=True,
        source="region",
    )


def _meeting_guests(
    ctx: _Sentence,
    hit: TriggerHit,
    after: Sequence[tuple[ActorMention, str]],
    host: ActorMention,
) -> list[ActorMention]:
    """ "Iran hosts a summit in Tehran with Russia and Turkey", "host a meeting between X and
    Y": the ones met come from abroad."""
    nouns = ctx.lex.words.get("meeting_noun", ())
    head = re.match(
        r"\s(?:an?\s|the\s)?(?:[\w-]+\s){0,2}?([\w-]+)", ctx.text[hit.end : hit.end + 60]
    )
    if head is None or head.group(1).lower() not in nouns:
        return []
    first = next((m for m, p in after if p in {"with", "between"} and not m.location), None)
    return [
        m
        for m in _coordinated(ctx, first)
        if m.actor.country is not None and m.actor.country != host.actor.country
    ]


def _host_meeting(
    ctx: _Sentence,
    hit: TriggerHit,
    guests: Sequence[ActorMention],
    host: ActorMention,
    after: Sequence[tuple[ActorMention, str]],
) -> Frame:
    """One visit per foreign guest of a hosted meeting, at the place named or the host's."""
    where = next((m for m, p in after if m.location and p in {"in", "at"}), None)
    status = _status(ctx, hit)
    events: list[Event] = []
    for guest in guests:
        visit = _make_visit(ctx, hit, guest, where or host, status)
        if visit is not None:
            if where is not None and host.actor.country == where.actor.country:
                visit = attrs.evolve(visit, host=_state_of(host))
            events.append(visit)
    if not events:
        return [], "a meeting with no foreign guest", None
    return events, "", None


def _make_visit(
    ctx: _Sentence, hit: TriggerHit, visitor: ActorMention, place: ActorMention, status: str
) -> Visit | None:
    host = None if place.location and place.actor.country is None else _state_of(place)
    if (
        visitor.actor.country is not None
        and host is not None
        and visitor.actor.country == (host.country)
    ):
        return None
    if visitor is place:
        return None
    return Visit(
        visitor=visitor.actor,
        host=host,
        location=_location(place),
        when=_when(ctx, hit.start),
        status=status,  # type: ignore[arg-type]
        reported_by=ctx.reporter,
        evidence=_evidence(ctx),
    )


def _guest(
    ctx: _Sentence, hit: TriggerHit, after: Sequence[tuple[ActorMention, str]]
) -> ActorMention | None:
    """The one hosted, received or invited: an actor right after the verb, not goods or a
    letter ("received a letter from Pyongyang"), not a possessive ("welcomed Seoul's decision")."""
    ends_in_preposition = hit.text.lower().rsplit(" ", 1)[-1] in {"for", "to"}
    for m, prep in after:
        if (
            ends_in_preposition  # "rolled out the red carpet for Putin", "played host to"
            and not m.location
            and _RIGHT_AFTER.fullmatch(ctx.text, hit.end, m.start)
        ):
            prep = ""  # noqa: PLW2901 - the preposition belongs to the trigger
        if m.location or prep in {
            "in",
            "at",
            "to",
            "from",
            "of",
            "with",
            "for",
            "about",
            "on",
            "by",
            "and",  # "the presidents of Togo and Benin": Benin follows a skipped "of"
            "or",
        }:
            continue
        if m.start - hit.end > 30 or _gap_has_goods(ctx, hit.end, m.start):
            return None
        possessive = _POSSESSIVE_AFTER.match(ctx.text, m.end)
        if possessive is not None and not _delegation_after(ctx, m, possessive.end()):
            return None  # "welcomed Seoul's decision"; but "hosted Kenya's president"
        return m
    return None


_RIGHT_AFTER = re.compile(r"\s(?:the\s)?")


def _visit_presence(
    ctx: _Sentence, hit: TriggerHit, after: Sequence[tuple[ActorMention, str]]
) -> Frame:
    """ "X met Y in Z", "X held talks in Z", "X was welcomed in Z": whoever comes from
    another country than Z's is visiting it."""
    lo, hi = _clause(ctx, hit.start)
    if _REMOTE.search(ctx.text, lo, hi):
        return [], "discarded: taking part from afar (a video link, a call)", None
    place = next(
        (m for m, p in after if m.location and p in {"in", "at"} and not _topic_place(ctx, m)),
        None,
    )
    if place is None and hit.text.lower().startswith(("was ", "were ")):
        # "Ruto was received at the Elysee Palace by Emmanuel Macron": the host receives
        place = next(
            (m for m, p in after if p == "by" and m.actor.country and not m.location), None
        )
    if place is None:
        return [], "a meeting with no foreign place named", None
    places = _coordinated(ctx, place)  # "welcomed in Cairo & Damascus"
    country = place.actor.country
    subject = _subject(ctx, hit.start)
    attending = hit.text.lower().startswith("attend") or hit.text.lower() == "will attend"
    speaking = hit.text.lower().split()[0] in ctx.lex.words.get("speech_word", ())
    candidates: list[ActorMention | None] = list(_coordinated(ctx, subject)) or [None]
    listed = len(candidates)  # "Rwandan President X and Congolese President Y will meet in Z"
    candidates += [
        m
        for m, p in after
        if not m.location and p not in {"in", "at", "from", "of", "by"} and m is not place
    ]
    if speaking and subject is None:
        # "Speaking in Nairobi (after talks with ...), the Turkish foreign minister said":
        # the speaker opens the main clause after the comma
        # (after an aside: "Speaking in Astana, where he had come for a summit, Erdogan ...")
        comma = ctx.text.find(", ", place.end, min(ctx.end, place.end + 90))
        for _ in range(3):
            if comma < 0:
                break
            index = bisect.bisect_left(ctx.actor_starts, comma)
            if index < len(ctx.actors):
                speaker = ctx.actors[index]
                gap = ctx.text[comma : speaker.start]
                if _SPEAKER_GAP.fullmatch(gap) and not speaker.location:
                    candidates.append(speaker)
                    break
            comma = ctx.text.find(", ", comma + 2, min(ctx.end, comma + 90))
    events: list[Event] = []
    for m in candidates:
        if m is None or m.actor.country == country:
            continue
        if m.actor.country is None and not (
            speaking and m is subject and m.actor.kind == "organization"
        ):
            continue  # "the UN chief made his remarks in Doha"; not any stateless name
        kinds = {"person", "government", "organization", "military"}
        if attending:
            kinds.add("state")  # "Israel will not attend a conference in London"
        if m.actor.kind not in kinds and not _delegation_after(ctx, m):
            continue
        made = [_make_visit(ctx, hit, m, where, _status(ctx, hit)) for where in places]
        events.extend(v for v in made if v is not None)
        if made and candidates.index(m) >= listed:
            break  # of those met, only the first
    if not events:
        return [], "no one at the meeting came from another country", None
    return events, "", None


_REMOTE = re.compile(
    r"\b(?:by\svideo|via\svideo|video\slink|videolink|by\s(?:tele)?phone|in\sa\s(?:phone|video)\s"
    r"call|virtually|remotely|online|virtual\s(?:summit|meeting|talks|conference))\b",
    re.IGNORECASE,
)
# "a mission to confront the gangs": a verb after "to", not a place ("a trip to war-torn Sudan")
_INFINITIVE = re.compile(r"\s(?!the\s|a\s|an\s)[a-z]{2,20}\s(?![A-Z])")


def _topic_place(ctx: _Sentence, m: ActorMention) -> bool:
    """Tell whether a place is what a meeting is about ("talks on the war in Gaza"), not where
    it is held."""
    prep = _word_before(ctx.text, m.start, ctx.start)
    if prep is None or prep[0].lower() not in {"in", "on", "over"}:
        return False
    noun = _word_before(ctx.text, prep[1], ctx.start)
    return noun is not None and noun[0].lower() in ctx.lex.words.get("topic_noun", ())


_SPEAKER_GAP = re.compile(r",\s(?:the\s)?")


_PLACE_PARTS = frozenset(
    {"side", "border", "capital", "city", "region", "part", "coast", "town", "port", "frontier"}
)


def _adjacent_before(ctx: _Sentence, pos: int) -> ActorMention | None:
    """A state named right before a noun: "Israel visit", "UK state visit"."""
    index = bisect.bisect_left(ctx.actor_starts, pos)
    for m in reversed(ctx.actors[max(0, index - 3) : index]):
        if m.end <= pos and ctx.text[m.end : pos] in (" ", " state ", " official "):
            return m if m.actor.kind == "state" and not is_demonym(m) else None
        if m.end < pos - 8:
            break
    return None


def _modifier_before(ctx: _Sentence, pos: int) -> ActorMention | None:
    """An actor named right before a noun, as its modifier: "a UN Security Council visit"."""
    last = _last_actor_before(ctx, pos)
    if last is None:
        return None
    m, gap = last
    if gap in (" ", " state ", " official ", " high-level ") and _usable(ctx, m) and not m.location:
        return m
    return None


def _invited(ctx: _Sentence, hit: TriggerHit) -> bool:
    window = ctx.text[max(ctx.start, hit.start - 60) : hit.start].lower()
    return "invit" in window


def _non_visitor(ctx: _Sentence, m: ActorMention) -> bool:
    """Tell whether the mention qualifies troops, refugees or goods: "Russian troops", "a
    Chinese hospital ship"."""
    nouns = ctx.lex.words.get("non_visitor", ())
    pos = m.end
    for _ in range(2):
        following = _WORD.match(ctx.text, pos + 1) if pos < len(ctx.text) else None
        if following is None or ctx.text[pos : pos + 1] != " ":
            return False
        if following.group().lower() in nouns:
            return True
        pos = following.end()
    return False
