"""The last stage: events from one sentence's mentions (mentions → events).

For every trigger word in a sentence (``triggers.tsv``), a frame says how the mentions around it
fill the event's slots: the actor before the trigger is its subject, prepositions after it give
the other roles ("to Russia" is the recipient of a transfer, "at Israel" the target of a
launch), the passive voice swaps them ("were supplied by Iran"). Attribution ("..., officials
said", "according to KCNA") gives ``reported_by`` and takes its actor out of the other slots;
status cues before the trigger ("will", "did not", "allegedly") give the status. Sentences are
analysed one at a time; each rule is a general rule about English news prose, written once.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterable, Sequence

import attrs

from ._actor import Actor
from ._errors import ValidationError
from ._events import Allegation, Event, Launch, Transfer, Visit
from ._lexicon import EventLexicon, Trigger, event_lexicon
from ._mentions import ActorMention, QuantityMention, Sentence, TimeMention, is_demonym
from ._values import Item, Location, Span, TimeSpan
from ._vocab import ActorKind


__all__ = [
    "Diagnostic",
    "ItemMention",
    "TriggerHit",
    "extract_events",
    "find_items",
    "find_triggers",
]


_WORD = re.compile(r"[\w'’-]{1,40}")
_WORD_BEFORE = re.compile(r"([\w'’.-]{1,40})[ \t,]{1,3}$")
_CLAUSE_BREAK = re.compile(
    r",\s(?:and|but)\s(?:a|an|the|its|their)\s|;|\s[—–]\s|\s--\s|,\s(?:but|while|whereas|although|though|which|who|after|before|when|"
    r"because|since|as|if|unless|and\s(?:then|later))\s|\s(?:but|while|whereas|although|though|"
    r"after|before|because|if|unless|since)\s|"
    # a participle clause of its own: ", preposterously blaming it on ...", ", accusing ..."
    r",\s(?:\w{2,20}ly\s)?(?:accusing|blaming|charging|claiming|alleging|saying|calling|"
    r"arguing|insisting|denying|condemning)\s",
    re.IGNORECASE,
)
_PASSIVE_BEFORE = re.compile(
    r"(?<!\w)(?:was|were|been|being|is|are|be|got|get)\s(?:\w{1,20}ly\s)?$", re.IGNORECASE
)
_THAT = re.compile(r"\s(?:that|of|for|over|with)\s", re.IGNORECASE)
_PROJECTILES = frozenset({"missile", "rocket", "launch_vehicle", "satellite"})
_STATUS_ORDER = (
    "negated",
    "cancelled",
    "postponed",
    "invited",
    "hypothetical",
    "alleged",
    "planned",
    "ongoing",
)


@attrs.frozen
class TriggerHit:
    """A trigger word found in the text."""

    start: int
    end: int
    text: str
    trigger: Trigger
    alternatives: tuple[Trigger, ...] = ()


@attrs.frozen
class ItemMention:
    """Something that can be transferred or launched, found in the text."""

    start: int
    end: int
    text: str
    category: str
    quantity: QuantityMention | None = None


@attrs.frozen(kw_only=True)
class Diagnostic:
    """Why a sentence gave no event (or what else the parser noticed about it).

    ``reason`` is one of ``"no trigger"``, ``"unresolved arguments"``, ``"discarded"`` or
    ``"note"``; ``detail`` says more in words.

    Example:
        >>> Diagnostic(start=0, end=5, text="Hello", reason="no trigger",
        ...            detail="no visit, allegation, transfer or launch word").reason
        'no trigger'
    """

    start: int
    end: int
    text: str
    reason: str
    detail: str
    trigger: str | None = None


def find_triggers(text: str) -> list[TriggerHit]:
    """Every trigger phrase in *text*, in one pass (plus one for hyphen compounds)."""
    lex = event_lexicon()
    compounds = [
        _hit(m.start(), m.end(), m.group(), lex.triggers[m.group().lower()])
        for m in lex.compound_pattern.finditer(text)
    ]
    glued = {h.start + 1 for h in compounds}  # "supplied" inside "Pyongyang-supplied"
    hits = [
        _hit(m.start(), m.end(), m.group(), lex.triggers[m.group().lower()])
        for m in lex.trigger_pattern.finditer(text)
        if m.start() not in glued
    ]
    hits.extend(compounds)
    # "Chirac, in Beijing, signs accords": a person set off as being in a place is there
    hits.extend(
        TriggerHit(m.start(1), m.end(1), m.group(1), _PRESENT_IN, ())
        for m in _APPOSED_PLACE.finditer(text)
    )
    hits.sort(key=lambda h: h.start)
    return hits


_APPOSED_PLACE = re.compile(r"(?<=[A-Za-z]),\s(in)\s[A-Z][\w'’.-]+(?:\s[A-Z][\w'’.-]+)?,\s[A-Za-z]")
_PRESENT_IN = Trigger(kind="visit", frame="visit_presence")


def _hit(start: int, end: int, text: str, frames: tuple[Trigger, ...]) -> TriggerHit:
    return TriggerHit(start, end, text, frames[0], frames[1:])


def find_items(
    text: str, start: int, end: int, quantities: Sequence[QuantityMention]
) -> list[ItemMention]:
    """Item nouns in ``text[start:end]``, each with the quantity written just before it."""
    lex = event_lexicon()
    items: list[ItemMention] = [
        ItemMention(q.start, q.end, q.text, "money", q)
        for q in quantities
        if start <= q.start
        and q.end <= end
        and q.quantity.unit is not None
        and len(q.quantity.unit) == 3
        and q.quantity.unit.isupper()
    ]
    q_starts = [q.start for q in quantities]
    designated: list[tuple[int, int]] = []
    for m in lex.designation_pattern.finditer(text, start, end):
        head = m.group("head")
        category = lex.items[head.lower()] if head else lex.designations[m.group("prefix")]
        items.append(
            ItemMention(
                m.start(),
                m.end(),
                m.group(),
                category,
                _quantity_before(text, quantities, q_starts, m.start()),
            )
        )
        designated.append((m.start(), m.end()))
    not_after = lex.words.get("not_item_after", frozenset())
    words = _WORD.findall(text, start, end)
    title_case = len(words) > 2 and sum(w[:1].isupper() for w in words) * 3 >= len(words) * 2
    people_item = lex.words.get("people_item", frozenset())
    people_before = lex.words.get("people_before", frozenset())
    cursor = 0  # designations and item nouns both come in text order: one walk over both
    for m in lex.item_pattern.finditer(text, start, end):
        while cursor < len(designated) and designated[cursor][1] <= m.start():
            cursor += 1
        if cursor < len(designated) and designated[cursor][0] <= m.start():
            continue  # the noun of "F-35 fighter jets" is part of the designation
        following = _WORD.match(text, m.end() + 1) if text[m.end() : m.end() + 1] == " " else None
        if following is not None and following.group().lower() in not_after:
            continue  # "radar information", "money laundering"
        if not title_case and _inside_a_name(text, m.start(), m.end(), following):
            continue  # "the World Food Programme"
        if m.group().lower() in people_item:
            previous = _word_before(text, m.start(), max(0, m.start() - 41))
            if previous is not None and previous[0].lower() in people_before:
                continue  # "hand over the alleged bombers": people, not aircraft
        items.append(
            ItemMention(
                m.start(),
                m.end(),
                m.group(),
                lex.items[m.group().lower()],
                _quantity_before(text, quantities, q_starts, m.start()),
            )
        )
    items.sort(key=lambda i: i.start)  # money first above: callers bisect by start
    return items


def _inside_a_name(text: str, start: int, end: int, following: re.Match[str] | None) -> bool:
    """Tell whether a capitalised item word sits between two capitalised words, inside a
    proper name ("the World Food Programme")."""
    if not text[start : start + 1].isupper() or following is None:
        return False
    before = _WORD_BEFORE.search(text, max(0, start - 41), start)
    return (
        before is not None
        and before.end() == start
        and before.group(1)[:1].isupper()
        and following.group()[:1].isupper()
        # not a title-case headline: "Firing Of Ballistic Missile Over Japan"
        and before.group(1).lower() not in _SMALL_WORDS
        and following.group().lower() not in _SMALL_WORDS
    )


_TITLE_CASE_SMALL = frozenset({"over", "into", "after", "near", "off", "toward", "towards"})


_NOT_A_COUNT = re.compile(
    r"\b(?:days?|weeks?|months?|years?|hours?|minutes?|after|before|ago|since|later|earlier)\b",
    re.IGNORECASE,
)


def _quantity_before(
    text: str, quantities: Sequence[QuantityMention], q_starts: list[int], pos: int
) -> QuantityMention | None:
    """The quantity written just before an item at *pos* ("two missiles"), not a duration
    ("four days after a rocket")."""
    index = bisect.bisect_right(q_starts, pos) - 1
    if index < 0:
        return None
    q = quantities[index]
    if pos <= q.end + 12 and not _NOT_A_COUNT.search(text, q.start, pos):
        return q
    return None


@attrs.define
class _Sentence:
    """One sentence with everything the rules read."""

    text: str
    sentence: Sentence
    actors: list[ActorMention]
    times: list[TimeMention]
    quantities: list[QuantityMention]
    items: list[ItemMention]
    lex: EventLexicon
    excluded: set[int] = attrs.field(factory=set)
    actor_starts: list[int] = attrs.field(factory=list)
    item_starts: list[int] = attrs.field(factory=list)
    reporter: Actor | None = None
    reporter_mention: ActorMention | None = None
    reporting_end: int = -1
    dateline: ActorMention | None = None  # the place a story was filed from, if it opens it
    hits: list[TriggerHit] = attrs.field(factory=list)  # the sentence's triggers, in order
    hit_starts: list[int] = attrs.field(factory=list)

    @property
    def start(self) -> int:
        return self.sentence.start

    @property
    def end(self) -> int:
        return self.sentence.end


def extract_events(
    text: str,
    sentence: Sentence,
    triggers: Sequence[TriggerHit],
    actors: Sequence[ActorMention],
    times: Sequence[TimeMention],
    quantities: Sequence[QuantityMention],
) -> tuple[list[Event], list[Diagnostic]]:
    """Events in one sentence, from its triggers and mentions; and why a trigger gave none."""
    lex = event_lexicon()
    ctx = _Sentence(
        text=text,
        sentence=sentence,
        actors=list(actors),
        times=list(times),
        quantities=list(quantities),
        items=find_items(text, sentence.start, sentence.end, quantities),
        lex=lex,
        actor_starts=[a.start for a in actors],
    )
    ctx.item_starts = [i.start for i in ctx.items]
    ctx.actors = _places_in_lists(text, ctx.actors)
    ctx.hits = sorted(triggers, key=lambda h: h.start)
    ctx.hit_starts = [h.start for h in ctx.hits]
    dateline = _DATELINE.match(text, sentence.start, sentence.end)
    if dateline is not None:
        # "BUDAPEST, Hungary -- UEFA charged ...": where the story was filed acts in no event
        ctx.excluded.update(m.start for m in ctx.actors if m.end <= dateline.end())
        ctx.dateline = next((m for m in ctx.actors if m.end <= dateline.end()), None)
    _attribution(ctx)
    events: list[Event] = []
    notes: list[Diagnostic] = []
    used: list[tuple[int, int]] = []  # spans already read as part of another event
    has_denial = any(t.trigger.frame == "deny" for t in triggers)
    for hit in triggers[:_MAX_TRIGGERS]:
        if hit.trigger.frame != "compound" and any(s <= hit.start < e for s, e in used):
            continue
        if hit.trigger.frame == "allegation_noun" and has_denial:
            continue
        try:
            found, why, consumed = _FRAMES[hit.trigger.kind](ctx, hit)
            for other in hit.alternatives:
                if found:
                    break
                found, why, consumed = _FRAMES[other.kind](ctx, attrs.evolve(hit, trigger=other))
        except ValidationError as exc:
            # a last guard, so that parse() never raises on any str: words that slipped past
            # the rules into an invalid value are reported, and the sentence's other events kept
            notes.append(_note(ctx, hit, f"discarded: no valid event from these words ({exc})"))
            continue
        if not found:
            notes.append(_note(ctx, hit, why))
            continue
        if consumed is not None:
            used.append(consumed)
        events.extend(found)
    return events, notes


def _places_in_lists(text: str, actors: list[ActorMention]) -> list[ActorMention]:
    """A state or capital listed right after a place is a place too: "in Cairo & Damascus",
    "in Kyiv and Lviv"."""
    out: list[ActorMention] = []
    for m in actors:
        previous = out[-1] if out else None
        joint = _COORDINATOR.fullmatch(text, previous.end, m.start) if previous else None
        if (
            previous is not None
            and previous.location
            and not m.location
            and m.actor.kind == "state"
            and not is_demonym(m)
            and joint is not None
            and _AND_OR.search(joint.group())
        ):
            m = attrs.evolve(m, location=True)  # noqa: PLW2901 - the mention, read as a place
        out.append(m)
    return out


def _note(ctx: _Sentence, hit: TriggerHit, why: str) -> Diagnostic:
    s = ctx.sentence
    reason = "discarded" if why.startswith("discard") else "unresolved arguments"
    return Diagnostic(
        start=s.start, end=s.end, text=s.text, reason=reason, detail=why, trigger=hit.text
    )


# --- shared helpers ---------------------------------------------------------------------------


def _word_before(text: str, pos: int, lo: int = 0) -> tuple[str, int] | None:
    found = _WORD_BEFORE.search(text, max(lo, pos - 45), pos)
    if found is None or found.end() != pos:
        return None
    return found.group(1), found.start(1)


def _preposition(ctx: _Sentence, mention_start: int) -> str:
    """The word before a mention, skipping articles ("to the United Nations" → "to")."""
    before = _word_before(ctx.text, mention_start, ctx.start)
    adjectives = ctx.lex.words.get("state_adjective", ())
    for _ in range(3):
        if before is None:
            break
        word = before[0]
        if (
            word.lower() in _DETERMINERS_BEFORE_STATE
            or word.lower() in adjectives
            or (
                "-" in word.strip("-") and word.islower()  # "to war-torn Mozambique"
            )
        ):
            before = _word_before(ctx.text, before[1], ctx.start)
            continue
        break
    return before[0].lower() if before is not None else ""


_DETERMINERS_BEFORE_STATE = frozenset(
    {"the", "a", "an", "several", "some", "many", "various", "multiple", "two", "three", "four",
     "five", "dozens", "numerous"}
)  # fmt: skip

_DATELINE = re.compile(
    r"[A-Z][A-Z'.\- ]{2,30}(?:,[ \t][A-Z][\w.\- ]{1,30})?[ \t]?(?:\([\w .]{1,30}\)[ \t]?)?"
    r"(?:--?|\u2014|\u2013|:)[ \t]"
)
_MAX_TRIGGERS = 40  # per sentence: real sentences hold a handful; this bounds the work
_WINDOW = 400  # characters around a trigger that its clause may span


def _clause(ctx: _Sentence, pos: int) -> tuple[int, int]:
    """The bounds of the clause around *pos*, inside the sentence and a window around *pos*."""
    lo, hi = max(ctx.start, pos - _WINDOW), min(ctx.end, pos + _WINDOW)
    for m in _CLAUSE_BREAK.finditer(ctx.text, lo, hi):
        if m.end() <= pos:
            lo = m.end()
        elif m.start() >= pos:
            hi = m.start()
            break
    return lo, hi


def _usable(ctx: _Sentence, m: ActorMention) -> bool:
    if m.actor.kind == "media":
        return False  # media report events; they do not visit, send or launch
    if m.start not in ctx.excluded:
        prefix = ctx.text[max(0, m.start - 5) : m.start].lower()
        return not prefix.endswith(("pro-", "anti-"))  # "pro-Russian separatists"
    return False


def _subject(ctx: _Sentence, pos: int, *, allow_location: bool = False) -> ActorMention | None:
    """The actor before *pos*: nearest in the clause, else nearest in the sentence; "X said it
    had ..." makes the speaker the subject."""
    word = _WORD.match(ctx.text, pos)
    if (
        word is not None
        and word.group().lower().endswith("ing")
        and _ADVERBIAL_ING.search(ctx.text, max(ctx.start, pos - 12), pos)
    ):
        # "X met Y in Perth before flying on to Malaysia": the main clause's subject flies
        main = _main_subject(ctx, pos)
        if main is not None:
            return main
    found = _nearest_subject(ctx, pos, allow_location=allow_location)
    if (
        found is None
        and ctx.reporter_mention is not None
        and ctx.reporting_end <= pos
        and (found_pronoun := _PRONOUN_AFTER.match(ctx.text, ctx.reporting_end)) is not None
        and pos - found_pronoun.end() <= 60
        and not _OTHER_CLAUSE.search(ctx.text, found_pronoun.end(), pos)
    ):
        return ctx.reporter_mention
    return found


_ADVERBIAL_ING = re.compile(r"\b(?:before|after|while|when|since|upon)\s$", re.IGNORECASE)


def _main_subject(ctx: _Sentence, pos: int) -> ActorMention | None:
    """The first actor of the sentence that can be a subject (not in a prepositional phrase,
    not a place), before *pos*."""
    lo = max(ctx.start, _report_end(ctx, pos))
    first = bisect.bisect_left(ctx.actor_starts, lo)
    for m in ctx.actors[first:]:
        if m.start >= pos:
            break
        if m.location or not _usable(ctx, m) or _prepositional(ctx, m):
            continue
        if _modifier_compound(ctx, m):
            continue
        return m
    return None


_OTHER_CLAUSE = re.compile(r"(?<!\w)(?:is|was|are|were)\s(?:\w{1,15}\s){0,3}(?:in|with|about|by)\s")
_PRONOUN_AFTER = re.compile(
    r"(?:\s(?:on\s\w{1,12}|\w{1,12}day))?\s(?:that\s)?"
    r"(?:it|they|he|she|we|(?:his|her|its|their|our)\s(?:country|government|nation))\s",
    re.IGNORECASE,  # "Russia Says It Will Not Deliver ..."
)


def _nearest_subject(
    ctx: _Sentence, pos: int, *, allow_location: bool = False
) -> ActorMention | None:
    lo, _ = _clause(ctx, pos)
    reported = _report_end(ctx, pos)
    lo = max(lo, reported)
    last = bisect.bisect_left(ctx.actor_starts, pos)
    far = max(ctx.start, reported, pos - _WINDOW)
    far = max(far, ctx.text.rfind("; ", far, pos) + 1)  # a subject never lies past a semicolon
    it = _IT_BEFORE.search(ctx.text, max(lo, pos - 50), pos)
    if it is not None and not any(
        it.start() < m.start and m.end <= pos
        for m in ctx.actors[bisect.bisect_left(ctx.actor_starts, it.start()) : last]
    ):
        # "Japan would shoot them down if it bought U.S. weapons": "it" is the last state
        # named as a subject before it
        antecedent = _antecedent(ctx, it.start(), "it", None, subject=True)
        if antecedent is not None and not _INDEFINITE.search(ctx.text, antecedent.end, it.start()):
            # not across "a ship": in "Chile seized a ship after it ..." "it" may be the ship
            return antecedent
    pronoun = _HE_SHE_BEFORE.search(ctx.text, max(lo, pos - 60), pos)
    if pronoun is not None and not any(
        pronoun.start() < m.start and m.end <= pos and not m.location
        for m in ctx.actors[bisect.bisect_left(ctx.actor_starts, pronoun.start()) : last]
    ):
        # "A senior British minister said ... as he embarked on a trip": he is the person
        return _person_before(ctx, pronoun.start())
    relatives = [(r.start(), r.end()) for r in _RELATIVE.finditer(ctx.text, min(lo, far), pos)]
    for bound in (lo, far):
        for m in reversed(ctx.actors[:last]):
            if m.start < bound:
                break
            if m.end > pos or not _usable(ctx, m):
                continue
            if any(a < m.start and m.end <= b for a, b in relatives):
                continue  # "Turkey, which had demanded Assad step down, blamed ..."
            if m.location and not allow_location:
                continue
            if _modifier_compound(ctx, m):
                continue  # "Kremlin-backed separatists": a modifier, not the subject
            if (
                _prepositional(ctx, m)
                and not _delegation_of(ctx, m)
                and not _WHO_AFTER.match(ctx.text, m.end)  # "by the Royal Navy, who denied"
            ):
                continue
            return _head_of_list(ctx, m, bound)
    return None


_INDEFINITE = re.compile(r"(?<![\w'’-])(?:a|an)\s(?![\w-]+\s(?:of|from)\s)")
_IT_BEFORE = re.compile(
    r"(?<![\w'’])it\s(?:(?:had|has|have|would|will|could|may|might|did|does|also|not|never|then|"
    r"[a-z]{3,12}ly)\s){0,3}$"
)
_HE_SHE_BEFORE = re.compile(r"(?<![\w'’])(?:he|she)\s(?:[\w'’-]+\s){0,4}$", re.IGNORECASE)


def _person_before(ctx: _Sentence, pos: int) -> ActorMention | None:
    """The last person named before *pos* in the sentence: a person, or a state or demonym
    before an office ("a senior British minister")."""
    index = bisect.bisect_left(ctx.actor_starts, pos)
    for m in reversed(ctx.actors[:index]):
        if m.start < ctx.start:
            break
        if m.end > pos or m.location:
            continue
        if m.start in ctx.excluded and m is not ctx.reporter_mention:
            continue
        if m.actor.kind == "person" or _delegation_after(ctx, m):
            return m
    return None


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

_WHO_AFTER = re.compile(r",?\s(?:who|which)\s")

_RELATIVE = re.compile(r",\s(?:which|who|whose|whom)\s[^,;]{1,160},")


def _head_of_list(ctx: _Sentence, m: ActorMention, bound: int) -> ActorMention:
    """The first of a list the mention ends: "The United States, Japan and South Korea"."""
    index = first = bisect.bisect_left(ctx.actor_starts, m.start)
    while index > 0:
        before = ctx.actors[index - 1]
        if before.start < bound or before.end > m.start or before.location != m.location:
            break
        joint = _COORDINATOR.fullmatch(ctx.text, before.end, m.start)
        if not joint or not _usable(ctx, before):
            break
        if index == first and not _AND_OR.search(joint.group()):
            break  # the last of a list follows "and" / "or"
        if (before.actor.kind == "person") != (m.actor.kind == "person"):
            break
        m, index = before, index - 1
    return m


def _report_end(ctx: _Sentence, pos: int) -> int:
    """Where the sentence's attribution ("X said (that)") ends, when it comes before *pos*;
    an attribution after the trigger ("...; Tehran says it ...") bounds nothing before it."""
    return ctx.reporting_end if ctx.reporting_end <= pos else -1


def _modifier_compound(ctx: _Sentence, m: ActorMention) -> bool:
    return ctx.text[m.end : m.end + 1] == "-" and ctx.text[m.end + 1 : m.end + 2].isalpha()


def _delegation_of(ctx: _Sentence, m: ActorMention) -> bool:
    """Tell whether a mention is "from/of X" after a delegation noun: "experts from the OPCW"."""
    prep = _word_before(ctx.text, m.start, ctx.start)
    if prep is not None and prep[0].lower() in {"the", "a"}:
        prep = _word_before(ctx.text, prep[1], ctx.start)
    if prep is None or prep[0].lower() not in {"from", "of"}:
        return False
    noun = _word_before(ctx.text, prep[1], ctx.start)
    return noun is not None and noun[0].lower() in ctx.lex.words.get("delegation_noun", ())


def _prepositional(ctx: _Sentence, m: ActorMention) -> bool:
    """Tell whether a mention sits in a prepositional phrase ("with Russia"): not a subject."""
    return _preposition(ctx, m.start) in {
        "with", "to", "from", "by", "against", "at", "on", "of", "for", "between", "into",
        "toward", "towards", "over", "than", "like", "including", "through", "via",
    }  # fmt: skip


def _after(ctx: _Sentence, pos: int, hi: int | None = None) -> list[tuple[ActorMention, str]]:
    """Actors after *pos* in the clause, each with the preposition before it."""
    _, clause_hi = _clause(ctx, pos)
    limit = clause_hi if hi is None else hi
    first = bisect.bisect_left(ctx.actor_starts, pos)
    last = bisect.bisect_left(ctx.actor_starts, limit)
    return [
        (m, _preposition(ctx, m.start))
        for m in ctx.actors[first:last]
        if m.end <= limit and _usable(ctx, m)
    ]


def _first(found: Iterable[tuple[ActorMention, str]], preps: set[str]) -> ActorMention | None:
    for m, prep in found:
        if prep in preps:
            return m
    return None


def _state_of(m: ActorMention) -> Actor:
    """The actor a mention stands for; a place mention stands for its state."""
    actor = m.actor
    if m.location and actor.country is not None:
        return Actor(name=actor.name, kind="state", country=actor.country)
    return actor


def _location(m: ActorMention) -> Location | None:
    if not m.location:
        return None
    return Location(name=m.text.strip(), country=m.actor.country)


def _when(ctx: _Sentence, pos: int, before: int | None = None) -> TimeSpan | None:
    """The resolved time expression nearest the trigger in its clause, else in the sentence
    (only before *before* when given: an allegation's own time, not its claim's)."""
    lo, hi = _clause(ctx, pos)
    end = ctx.end if before is None else before
    for widened, bounds in ((False, (lo, min(hi, end))), (True, (ctx.start, end))):
        best: TimeMention | None = None
        for t in ctx.times:
            if t.when is None or not (bounds[0] <= t.start and t.end <= bounds[1]):
                continue
            if widened and _SINCE_CLAUSE.search(ctx.text, min(pos, t.start), t.start):
                continue  # "his first trip since Moscow sent troops in February 2022"
            if best is None or abs(t.start - pos) < abs(best.start - pos):
                best = t
        if best is not None:
            return best.when
    return None


# "since" opening a clause of its own ("since Moscow sent troops ... in 2022"), not "since 2003"
_SINCE_CLAUSE = re.compile(r"\bsince\s(?:[\w'’-]+\s){2,}", re.IGNORECASE)


def _status(ctx: _Sentence, hit: TriggerHit, default: str = "occurred") -> str:
    """The status the cues before (and, for 'near' cues, around) the trigger give."""
    lo, hi = _clause(ctx, hit.start)
    window_lo = max(lo, _report_end(ctx, hit.start), _nth_word_start(ctx.text, hit.start, 5, lo))
    window_hi = min(hi, hit.end + 40)
    found: set[str] = set()
    for m in ctx.lex.cue_pattern.finditer(ctx.text, window_lo, window_hi):
        for status, where in ctx.lex.cues[m.group()]:
            if (where == "before" and m.end() <= hit.start) or where == "near":
                found.add(status)
    if _headline_infinitive(ctx, hit):
        found.add("planned")
    for status in _STATUS_ORDER:
        if status in found:
            return status
    return default


def _headline_infinitive(ctx: _Sentence, hit: TriggerHit) -> bool:
    """Headlines write the future as an infinitive after the actor: "Kim to visit Russia"."""
    before = _word_before(ctx.text, hit.start, ctx.start)
    if before is None or before[0] != "to":
        return False
    index = bisect.bisect_left(ctx.actor_starts, before[1]) - 1
    return index >= 0 and ctx.text[ctx.actors[index].end : before[1]] == " "


def _nth_word_start(text: str, pos: int, n: int, lo: int) -> int:
    cursor = pos
    for _ in range(n):
        before = _word_before(text, cursor, lo)
        if before is None:
            return cursor
        cursor = before[1]
    return cursor


def _evidence(ctx: _Sentence) -> tuple[Span, ...]:
    return (ctx.sentence.span,)


def _is_passive(ctx: _Sentence, hit: TriggerHit) -> bool:
    if hit.text.lower().endswith("ing"):
        return False  # "has been supplying" is progressive, not passive
    window = ctx.text[max(ctx.start, hit.start - 30) : hit.start]
    if _PASSIVE_BEFORE.search(window):
        return True
    return bool(re.match(r"\s(?:\w{1,20}\s)?by\s", ctx.text[hit.end : hit.end + 30]))


def _items(ctx: _Sentence, lo: int, hi: int) -> list[ItemMention]:
    first = bisect.bisect_left(ctx.item_starts, lo)
    last = bisect.bisect_left(ctx.item_starts, hi)
    return [i for i in ctx.items[first:last] if i.end <= hi]


def _to_item(item: ItemMention) -> Item:
    quantity = item.quantity.quantity if item.quantity is not None else None
    return Item(name=item.text, category=item.category, quantity=quantity)  # type: ignore[arg-type]


# --- attribution ------------------------------------------------------------------------------


def _attribution(ctx: _Sentence) -> None:
    """Find who says so: "according to X", "X said (that) ...", "..., X said"."""
    text = ctx.text
    for m in ctx.lex.reporting_pattern.finditer(text, ctx.start, ctx.end):
        verb_start, verb_end = m.start(), m.end()
        if m.group().lower() == "according to":
            index = bisect.bisect_left(ctx.actor_starts, verb_end)
            if index < len(ctx.actors) and ctx.actors[index].start - verb_end < 30:
                ctx.reporter = ctx.actors[index].actor
                ctx.excluded.add(ctx.actors[index].start)
            continue
        speaker = None
        index = bisect.bisect_left(ctx.actor_starts, verb_start) - 1
        if index >= 0 and 0 <= verb_start - ctx.actors[index].end <= 30:
            gap = ctx.text[ctx.actors[index].end : verb_start]
            candidate = ctx.actors[index]
            if (
                "," not in gap
                and ";" not in gap
                and len(gap.split()) <= 3
                and not (_prepositional(ctx, candidate) and not candidate.location)
                and not _IN_GAP.search(gap)
            ):
                speaker = candidate
        if speaker is None:
            # "..., officials said": no actor, but what follows is still not the event's subject
            if _tail_attribution(text, verb_end, ctx.end):
                continue
            continue
        if _has_trigger_between(ctx, speaker.end, verb_start):
            continue
        ctx.reporter = speaker.actor
        ctx.reporter_mention = speaker
        ctx.excluded.add(speaker.start)
        comma = _COMMA_BEFORE.search(text, max(ctx.start, speaker.start - 40), speaker.start)
        parenthetical = _PARENTHETICAL.match(text, verb_end) and comma
        if parenthetical and comma is not None:
            # "Kim crossed into Russia, Kremlin officials said, ahead of a summit": the subject
            # before stays visible; the attribution's own words are no one's subject
            for inside in ctx.actors[bisect.bisect_left(ctx.actor_starts, comma.start()) :]:
                if inside.start >= verb_end:
                    break
                ctx.excluded.add(inside.start)
        if not _tail_attribution(text, verb_end, ctx.end) and not parenthetical:
            ctx.reporting_end = max(ctx.reporting_end, verb_end)


_PARENTHETICAL = re.compile(r"(?:\s(?:on|last|this)\s\w+|\s\w+day)?,\s")
_COMMA_BEFORE = re.compile(r",\s(?:[\w'’-]+\s){0,4}$")

_IN_GAP = re.compile(r"(?<!\w)(?:in|to|from|with|on|at|for|by|that|which)(?!\w)", re.IGNORECASE)


def _tail_attribution(text: str, pos: int, end: int) -> bool:
    """Tell whether a reporting verb ends the sentence ("..., officials said on Monday.")."""
    rest = text[pos:end]
    return (
        len(rest) < 40
        and not re.search(r"\bthat\b", rest)
        and not _PRONOUN_CLAUSE.match(rest)  # "Cuba said it will send a delegation."
    )


_PRONOUN_CLAUSE = re.compile(r"\s(?:it|they|he|she|we)\s(?:will|would|had|has|was|is|\w+ed)\s")


def _goods_trigger_between(ctx: _Sentence, lo: int, hi: int) -> bool:
    """Tell whether a transfer or launch word stands between *lo* and *hi*: "X sent weapons
    that arrived in Y" (X does not arrive); another trip in between does not count."""
    return any(h.trigger.kind in {"transfer", "launch"} for h in _triggers_in(ctx, lo, hi))


def _has_trigger_between(ctx: _Sentence, lo: int, hi: int) -> bool:
    return bool(ctx.lex.trigger_pattern.search(ctx.text, lo, hi))


# --- visits -----------------------------------------------------------------------------------


Frame = tuple[list[Event], str, "tuple[int, int] | None"]


def _coordinated(ctx: _Sentence, m: ActorMention | None) -> list[ActorMention]:
    """The mention and those coordinated with it: "Uzbekistan and Kyrgyzstan", "A, B and C"."""
    if m is None:
        return []
    out = [m]
    closed = 1  # how many of ``out`` a list closed by "and" / "or" covers
    index = bisect.bisect_right(ctx.actor_starts, m.start)
    current = m
    while index < len(ctx.actors) and len(out) < 8:
        nxt = ctx.actors[index]
        if nxt.actor.kind == "person" and current.actor.kind != "person":
            break
        joint = _COORDINATOR.fullmatch(ctx.text, current.end, nxt.start)
        if not joint or not _usable(ctx, nxt):
            break
        out.append(nxt)
        if _AND_OR.search(joint.group()) or _LIST_GOES_ON.match(ctx.text, nxt.end):
            closed = len(out)  # "Putin hosts Chirac, Schroeder for talks": no verb follows
        current = nxt
        index += 1
    # "Russia exports oil to North Korea, China ...": a comma alone does not make a list
    return out[:closed]


_LIST_GOES_ON = re.compile(r"(?:\s(?:for|in|at|on|to|and|or|&|with|over|after|before)\b|[,.;:)]|$)")

_AND_OR = re.compile(r"\b(?:and|or)\b|&")


def _each(ctx: _Sentence, m: ActorMention | None) -> list[ActorMention | None]:
    """Each coordinated mention, or ``[None]`` for an empty slot."""
    found: list[ActorMention | None] = list(_coordinated(ctx, m))
    return found or [None]


_COORDINATOR = re.compile(r"(?:,\s|\s(?:and|or|&)\s|,\sand\s)(?:the\s)?")


def _gap_has_goods(ctx: _Sentence, lo: int, hi: int) -> bool:
    """Tell whether goods or non-visitor nouns stand between *lo* and *hi*."""
    if _items(ctx, lo, hi):
        return True
    nouns = ctx.lex.words.get("non_visitor", ())
    return any(w.group().lower() in nouns for w in _WORD.finditer(ctx.text, lo, hi))


# --- visits -----------------------------------------------------------------------------------


def _visit(ctx: _Sentence, hit: TriggerHit) -> Frame:
    frame = hit.trigger.frame
    _, hi = _clause(ctx, hit.start)
    after = _after(ctx, hit.end, hi)
    visitor: ActorMention | None
    place: ActorMention | None
    consumed: tuple[int, int] | None = None
    low = hit.text.lower()
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
            index = bisect.bisect_left(ctx.actor_starts, led.end())
            if index < len(ctx.actors) and ctx.actors[index].start == led.end():
                leader = ctx.actors[index]
                if _OFFICE_THEN_LINK.fullmatch(ctx.text, leader.end, hit.start) and _usable(
                    ctx, leader
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
        index = bisect.bisect_left(ctx.actor_starts, sender.end())
        if index < len(ctx.actors) and ctx.actors[index].start == sender.end():
            m = ctx.actors[index]
            if not m.location and _usable(ctx, m):
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


_POSSESSIVE_AFTER = re.compile(r"['’]s?\s")
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
    r"call|virtually|remotely|online)\b",
    re.IGNORECASE,
)


def _topic_place(ctx: _Sentence, m: ActorMention) -> bool:
    """Tell whether a place is what a meeting is about ("talks on the war in Gaza"), not where
    it is held."""
    prep = _word_before(ctx.text, m.start, ctx.start)
    if prep is None or prep[0].lower() not in {"in", "on", "over"}:
        return False
    noun = _word_before(ctx.text, prep[1], ctx.start)
    return noun is not None and noun[0].lower() in ctx.lex.words.get("topic_noun", ())


_SPEAKER_GAP = re.compile(r",\s(?:the\s)?")


def _delegation_after(ctx: _Sentence, m: ActorMention, pos: int | None = None) -> bool:
    """Tell whether people (a delegation, an office-holder) follow the mention."""
    start = m.end + 1 if pos is None else pos
    if pos is None and (possessive := _POSSESSIVE_AFTER.match(ctx.text, m.end)) is not None:
        start = possessive.end()  # "Cuba's foreign minister"
    following = _WORD.match(ctx.text, start) if start < len(ctx.text) else None
    nouns = ctx.lex.words.get("delegation_noun", ())
    return following is not None and following.group().lower() in nouns


_PLACE_PARTS = frozenset(
    {"side", "border", "capital", "city", "region", "part", "coast", "town", "port", "frontier"}
)


def _possessor(ctx: _Sentence, pos: int) -> ActorMention | None:
    """The actor in "X's <noun>" just before *pos* ("Putin's visit", "Rouhani's tour")."""
    index = bisect.bisect_left(ctx.actor_starts, pos)
    for m in reversed(ctx.actors[max(0, index - 3) : index]):
        if m.end <= pos and pos - m.end <= 4:
            between = ctx.text[m.end : pos]
            if between.strip() in {"'s", "’s", "'", "’"} and _usable(ctx, m) and not m.location:
                return m
        if m.end < pos - 4:
            break
    return None


def _adjacent_before(ctx: _Sentence, pos: int) -> ActorMention | None:
    """A state named right before a noun: "Israel visit", "UK state visit"."""
    index = bisect.bisect_left(ctx.actor_starts, pos)
    for m in reversed(ctx.actors[max(0, index - 3) : index]):
        if m.end <= pos and ctx.text[m.end : pos] in (" ", " state ", " official "):
            return m if m.actor.kind == "state" and not is_demonym(m) else None
        if m.end < pos - 8:
            break
    return None


def _last_actor_before(ctx: _Sentence, pos: int) -> tuple[ActorMention, str] | None:
    """The last actor mention that starts before *pos*, with the text between it and *pos*."""
    index = bisect.bisect_left(ctx.actor_starts, pos)
    if index == 0:
        return None
    m = ctx.actors[index - 1]
    return m, ctx.text[m.end : pos]


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


# --- transfers --------------------------------------------------------------------------------


def _transfer(ctx: _Sentence, hit: TriggerHit) -> Frame:
    frame = hit.trigger.frame
    lo, hi = _clause(ctx, hit.start)
    if _policy_before(ctx, hit):
        return [], "discarded: a policy about transfers (a ban, a cap, a suspension)", None
    if hit.text.lower().startswith(("promise", "pledged")) and (
        (word := _word_before(ctx.text, hit.start, ctx.start)) is not None
        and word[0].lower() in _DETERMINERS | {"its", "their", "his", "her", "long"}
    ):
        return [], "discarded: 'promised' describes goods here ('its promised jets')", None
    if hit.text.lower() in {"ships", "ship"} and not _right_after_a_subject(ctx, hit):
        return [], "discarded: 'ships' is a noun here", None
    following = _WORD.match(ctx.text, hit.end + 1) if hit.end < len(ctx.text) else None
    if following is not None and following.group().lower() in ctx.lex.words.get(
        "not_transfer_after", ()
    ):
        return [], f"discarded: {hit.text!r} modifies {following.group()!r}", None
    if re.search(r"\binto (?:space|orbit)\b", ctx.text[hit.end : min(hi, hit.end + 120)]):
        return [], "discarded: sent into space or orbit is a launch", None
    exchange = _exchange_split(ctx, hit.end, hi)
    after = _after(ctx, hit.end, exchange or hi)
    supplier: ActorMention | None = None
    recipient: ActorMention | None = None
    goods = _items(ctx, hit.end, exchange or hi)
    if frame == "compound":
        supplier = next((a for a in ctx.actors if a.end == hit.start), None)
        at = supplier.start if supplier else hit.start
        recipient = _first(after, {"to", "by", "for"})
        if recipient is None and _WITH_BEFORE.search(ctx.text, max(ctx.start, at - 12), at):
            # "Ukraine struck a Russian base with U.S.-supplied missiles": who uses them is
            # the sentence's subject, not the object named just before
            recipient = _main_subject(ctx, at)
        recipient = recipient or _subject(ctx, at)
        if supplier is not None and recipient is supplier:
            recipient = None
    elif frame == "receive":
        recipient = _subject(ctx, hit.start)
        supplier = _first(after, {"from"})
        for good in goods:
            if supplier is None:
                supplier = _owner(ctx, good, within=good.start - hit.end + 1)
        if supplier is None:
            return [], "bought or received, but from no one named", None
    elif frame == "supplier_noun":
        # "China is the main source of oil for North Korea", "the UK, the main provider of
        # arms to Ankara": a standing supply
        goods = _items(ctx, hit.end, min(hi, hit.end + 40))
        supplier = _possessor(ctx, hit.start) or _subject(ctx, hit.start)
        if supplier is None:
            return [], "a supplier named by what it is, but no supplier found", None
        recipient = _first(after, {"to", "for"})
    elif frame == "transfer_noun":
        if any(
            t.trigger.kind == "transfer"
            and t.trigger.frame in {"give", "receive"}
            and not _NOUN_OF_ITS_OWN.search(ctx.text, t.end, hit.start)
            for t in _triggers_in(ctx, max(lo, hit.start - 80), hit.start)
        ):
            return [], "discarded: the noun is the object of a transfer verb before it", None
        supplier = (
            _first(after, {"from", "by"}) or _possessor(ctx, hit.start) or _adjacent(ctx, hit.start)
        )
        giving = _GIVING.search(ctx.text, max(ctx.start, hit.start - 60), hit.start)
        if supplier is None and giving is not None:
            supplier = _subject(ctx, giving.start())  # "X promised to continue aid to Y"
        recipient = _first(after, {"to", "for"})
        goods = (
            goods
            or _items(ctx, max(lo, hit.start - 40), hit.end)
            # "seized 35 tonnes of weapons ..., a suspected shipment from X to Y"
            or _items(ctx, max(ctx.start, hit.start - 120), hit.start)
        )
        if supplier is None and goods:
            supplier = _origin(ctx, goods[0])  # "a shipment of Ukrainian wheat"
    elif _is_passive(ctx, hit) or _REDUCED_PASSIVE.match(ctx.text, hit.end):
        # "weapons were sent by Iran"; "a rebel army, armed and paid by Turkey,"
        supplier = _first(after, {"by", "from"})
        recipient = _first(after, {"to", "for"}) or (
            _subject(ctx, hit.start) if _is_passive(ctx, hit) else None
        )
        goods = goods or _items(ctx, lo, hit.start)
    else:
        supplier = _gerund_subject(ctx, hit) or _subject(ctx, hit.start)
        recipient = _first(after, {"to", "for"}) or _destination_of(ctx, hit, after)
        if (
            recipient is None
            and after
            and after[0][1] == hit.text.lower().split()[-1]
            and not _modifier_compound(ctx, after[0][0])
            and not is_demonym(after[0][0])
        ):
            recipient = after[0][0]  # "supplied Russia with shells", "sold Ukraine tanks"
        if supplier is None:
            supplier = _first(after, {"from"})
        if not goods and not _OBJECT_AFTER.match(ctx.text, hit.end):
            # "Arms that X sold": the goods come before a verb with no object of its own (not
            # "... missiles, once Kim gives the order")
            goods = _items(ctx, lo, supplier.start if supplier else hit.start)
    if recipient is not None and is_demonym(recipient):
        following = (
            _WORD.match(ctx.text, recipient.end + 1) if recipient.end < len(ctx.text) else None
        )
        if following is not None and following.group().lower() in ctx.lex.words.get(
            "not_recipient_after", ()
        ):
            recipient = None  # "aid for Syrian refugees"
    if not goods and hit.text.lower() in {"armed", "arming", "arms", "arm"}:
        goods = _implicit_arms(ctx, hit, after)
    if not goods and _PRONOUN_GOODS.match(ctx.text, hit.end):
        # "paying for rifles and grenades and supplying them to the rebels"
        goods = _items(ctx, max(ctx.start, hit.start - 150), hit.start)
    if recipient is None and hit.text.lower().startswith("deposit"):
        recipient = _first(after, {"in", "into", "with"})  # "deposited $2bn in X's central bank"
    if recipient is None and goods and frame != "receive":
        recipient = _people_in_place(ctx, hit.end, hi)
    goods_sent = [g for g in goods if recipient is None or g.start < recipient.start]
    if frame == "give" and not _is_passive(ctx, hit) and not goods_sent:
        envoys = ctx.lex.patterns["envoys"].match(
            ctx.text, hit.end + 1, min(hi, hit.end + 50)
        ) or _A_TEAM.match(ctx.text, hit.end + 1, min(hi, hit.end + 40))
        if envoys is not None:  # "sent inspectors to Iran", "will send a delegation"
            return _visit_by_envoy(ctx, hit, supplier, recipient, envoys, after)
    if not goods:
        return [], "no goods: nothing that can be sent was named", None
    if frame == "give" and _deployment(ctx, hit, goods):
        return [], "discarded: troops sent with their equipment are a deployment", None
    if frame == "give":
        # "sent a destruct command to its new rocket": what follows "to" is not what was sent
        to = _TO_THEN.search(ctx.text, hit.end, goods[0].start)
        goods = [g for g in goods if to is None or g.start < to.start()] or goods
        if to is not None and all(g.start > to.start() for g in goods) and recipient is None:
            return [], "discarded: the goods are where something was sent, not what", None
    if frame == "give" and _sent_to_strike(ctx, hit, goods, recipient, hi):
        return [], "discarded: projectiles sent that strike are fired, not delivered", None
    if frame == "give" and goods[0].category == "money" and _TO_BUY.match(ctx.text, goods[0].end):
        return [], "discarded: money pledged to buy something is a payment, not a transfer", None
    if supplier is None and recipient is None:
        return [], "no supplier and no recipient", None
    if not any(m is not None and m.actor.country for m in (supplier, recipient)):
        return [], "discarded: no state on either side (a deal between companies?)", None
    back = _items(ctx, exchange, hi) if exchange else []
    planned = hit.text.lower().startswith(("pledge", "approved", "agreed", "promise"))
    standing = frame == "supplier_noun"
    status = _status(ctx, hit, "planned" if planned else "ongoing" if standing else "occurred")
    events: list[Event] = []
    for giver in _each(ctx, supplier):
        for taker in _each(ctx, recipient):
            if (
                giver is not None
                and taker is not None
                and giver.actor.country is not None
                and giver.actor.country == taker.actor.country
            ):
                continue
            events.append(
                Transfer(
                    supplier=_state_of(giver) if giver else None,
                    recipient=_state_of(taker) if taker else None,
                    items=tuple(_to_item(i) for i in goods),
                    in_exchange_for=tuple(_to_item(i) for i in back),
                    when=_when(ctx, hit.start),
                    status=status,  # type: ignore[arg-type]
                    reported_by=ctx.reporter,
                    evidence=_evidence(ctx),
                )
            )
    if not events:
        return [], "discarded: supplier and recipient are the same state", None
    return events, "", None


def _deployment(ctx: _Sentence, hit: TriggerHit, goods: list[ItemMention]) -> bool:
    """ "sending several thousand troops and dozens of armoured vehicles across the border":
    troops go first, and their equipment with them."""
    if any(g.category in {"aid", "fuel", "money"} for g in goods):
        return False  # "sending 600 marines and relief supplies": the supplies are given
    words = {w.group().lower() for w in _WORD.finditer(ctx.text, hit.end, goods[0].start)}
    return bool(words & _TROOP_WORDS)


_TROOP_WORDS = frozenset({"troops", "soldiers", "forces", "marines", "paratroopers", "units"})
_TO_THEN = re.compile(r"\sto\s(?:(?:its|their|his|her|the|a|an)\s)?(?:[\w-]+\s){0,2}$")


def _sent_to_strike(
    ctx: _Sentence,
    hit: TriggerHit,
    goods: list[ItemMention],
    recipient: ActorMention | None,
    hi: int,
) -> bool:
    """ "the latest missiles, sent from sea, struck close to the bases": missiles that are sent
    and then strike, with no one receiving them before, were fired."""
    if not all(g.category in _PROJECTILE_CATEGORIES and g.end <= hit.start for g in goods):
        return False  # not "sent missiles to Russia that struck Kharkiv": a delivery, then a use
    impact = next(
        (t for t in _triggers_in(ctx, hit.end, hi) if t.trigger.frame == "launch_impact"), None
    )
    return impact is not None and (recipient is None or recipient.start > impact.start)


_PROJECTILE_CATEGORIES = frozenset({"missile", "rocket"})


def _people_in_place(ctx: _Sentence, pos: int, hi: int) -> ActorMention | None:
    """ "delivered aid to 50,000 people in Afrin": the state of the place where the people
    helped are is the recipient, unless they are named as another state's ("Syrian refugees in
    Jordan")."""
    found = _TO_PEOPLE_IN.search(ctx.text, pos, min(hi, pos + 120))
    if found is None or found.group(1).lower() not in ctx.lex.words.get("aid_receiver", ()):
        return None
    index = bisect.bisect_left(ctx.actor_starts, found.start())
    if index < len(ctx.actors) and ctx.actors[index].start < found.end():
        return None  # "aid for Syrian refugees in Jordan": the people are another state's
    index = bisect.bisect_left(ctx.actor_starts, found.end())
    if index < len(ctx.actors) and ctx.actors[index].start == found.end():
        m = ctx.actors[index]
        return m if m.actor.kind == "state" and not is_demonym(m) else None
    return None


_TO_PEOPLE_IN = re.compile(
    r"\s(?:to|for)\s(?:[\w,.'’-]+\s){0,3}?([a-z]+)\s(?:in|inside|across)\s(?:the\s)?"
)

_WITH_BEFORE = re.compile(r"\b(?:with|using|uses|used|use)\s(?:\w+\s){0,2}$", re.IGNORECASE)
_OBJECT_AFTER = re.compile(r"\s(?:the|a|an|its|their|his|her|this|that|these|those)\s")
_PRONOUN_GOODS = re.compile(r"\s(?:them|it|those)\s(?:to|for)\s", re.IGNORECASE)
_REDUCED_PASSIVE = re.compile(r"(?<=ed)(?:\s(?:and|or)\s\w{2,15})?\sby\s")

_TO_BUY = re.compile(
    r"(?:\s\([^)]{1,30}\))?\s(?:in\sorder\s)?to\s(?:buy|purchase|acquire|pay\sfor)\b"
)

_NOUN_OF_ITS_OWN = re.compile(r"\b(?:for|on|about|over|after|before|against)\b")


def _origin(ctx: _Sentence, item: ItemMention) -> ActorMention | None:
    """A demonym or state right before the goods: "Ukrainian wheat", "Iranian drones"."""
    last = _last_actor_before(ctx, item.start)
    if last is None:
        return None
    m, gap = last
    if m.location or not _usable(ctx, m) or _modifier_compound(ctx, m):
        return None  # not "Russian-made tanks": where goods were made is not who sent them
    return m if gap == " " else None


def _right_after_a_subject(ctx: _Sentence, hit: TriggerHit) -> bool:
    """Tell whether a word that may be a noun follows its subject as a verb: "Venezuela ships
    oil to Cuba" (not "two ships", "Iranian ships")."""
    last = _last_actor_before(ctx, hit.start)
    if last is None:
        return False
    m, gap = last
    return gap in (" ", " now ", " still ", " also ") and not is_demonym(m) and not m.location


def _implicit_arms(
    ctx: _Sentence, hit: TriggerHit, after: Sequence[tuple[ActorMention, str]]
) -> list[ItemMention]:
    """ "armed the YPG", "armed by Moscow": the verb itself says weapons went over; "armed
    forces" (no object, no agent) is only an adjective."""
    if hit.text.lower() in {"arming", "arm"}:
        nouns = ctx.lex.words.get("armed_group_noun", ())
        for word in list(_WORD.finditer(ctx.text, hit.end, min(ctx.end, hit.end + 40)))[:3]:
            if word.group().lower() in nouns:
                return [ItemMention(hit.start, hit.end, hit.text, "weapons")]  # "arming rebels"
            if not word.group().islower():
                break
    if not after or after[0][0].start - hit.end > 25 or after[0][0].location:
        return []
    if after[0][1] not in {hit.text.lower(), "by"}:
        return []  # "armed Islamic group in Lebanon": an adjective, not a verb
    return [ItemMention(hit.start, hit.end, hit.text, "weapons")]


def _adjacent(ctx: _Sentence, pos: int) -> ActorMention | None:
    """A state or demonym right before a noun: "Iranian drone deliveries", "US arms sales"."""
    index = bisect.bisect_left(ctx.actor_starts, pos)
    for m in reversed(ctx.actors[max(0, index - 2) : index]):
        gap = ctx.text[m.end : pos]
        if (
            len(gap) <= 25
            and re.fullmatch(r"(?:\s[a-z-]{1,15}){0,2}\s", gap)
            and not m.location
            and not set(gap.split()) & _FUNCTION_WORDS  # "Syria for the sale"
        ):
            return m
    return None


def _gerund_subject(ctx: _Sentence, hit: TriggerHit) -> ActorMention | None:
    """The actor right before an -ing verb is its subject, even inside a prepositional phrase:
    "photos of Chinese ships selling oil", "disappointed in China for allegedly selling oil"."""
    last = _last_actor_before(ctx, hit.start) if hit.text.lower().endswith("ing") else None
    if last is None:
        return None
    m, gap = last
    if not _usable(ctx, m) or not ctx.lex.patterns["gerund_gap"].fullmatch(gap):
        return None
    if m.location:  # "disappointed in China for selling oil": the state, not the place
        return attrs.evolve(m, location=False) if (m.source or "").startswith("country:") else None
    return m


def _destination_of(
    ctx: _Sentence, hit: TriggerHit, after: Sequence[tuple[ActorMention, str]]
) -> ActorMention | None:
    """ "to flood-ravaged areas of the Philippines": the state the place noun belongs to."""
    for m, prep in after:
        if prep not in {"of", "in"}:
            continue
        gap = ctx.text[hit.end : m.start]
        if len(gap) <= 70 and ctx.lex.patterns["to_place_of"].search(gap):
            return m
    return None


_FUNCTION_WORDS = frozenset(
    {"the", "a", "an", "for", "to", "of", "in", "on", "at", "by", "with", "from", "and", "or",
     "its", "their", "his", "her", "that", "which", "as", "is", "was", "are", "were", "has",
     "have", "had", "will", "would", "not"}
)  # fmt: skip

_SMALL_WORDS = _FUNCTION_WORDS | _TITLE_CASE_SMALL  # not capitalised parts of a name


_GIVING = re.compile(
    r"\b(?:promis|pledg|provid|offer|send|sent|approv|giv|gave|continu|deliver|announc|extend|"
    r"contribut|donat|ship|sell|sold|suppl|resum|envisag|complet|seal|clinch|finali[sz]|sign)"
    r"\w{0,6}\s(?:\S{1,15}\s){0,4}$",
    re.IGNORECASE,
)


def _policy_before(ctx: _Sentence, hit: TriggerHit) -> bool:
    lo, _ = _clause(ctx, hit.start)
    start = _nth_word_start(ctx.text, hit.start, 6, lo)
    words = {w.group().lower() for w in _WORD.finditer(ctx.text, start, hit.start)}
    return bool(words & ctx.lex.words.get("policy_word", frozenset()))


def _visit_by_envoy(
    ctx: _Sentence,
    hit: TriggerHit,
    sender: ActorMention | None,
    place: ActorMention | None,
    envoys: re.Match[str],
    after: Sequence[tuple[ActorMention, str]],
) -> Frame:
    """ "X sent a delegation to Y": a visit by X's envoys. Without a sender, the envoys are the
    visitor ("a team was dispatched"); without a destination, the visit has no host."""
    if place is None:
        place = next((m for m in (m for m, _ in after) if m.location), None)
    if sender is None:
        sender = _named_group(ctx, envoys)
    status = _status(ctx, hit)
    if place is None:
        if sender.actor.country is None:
            return [], "envoys sent to no place named, by no state named", None
        return [_visit_nowhere(ctx, hit, sender, status)], "", None
    event = _make_visit(ctx, hit, sender, place, status)
    if event is None:
        return [], "discarded: people sent inside their own country", None
    return [event], "", None


_A_TEAM = re.compile(r"(?P<np>(?:an?|the)\s(?:[\w-]{2,20}\s)?(?P<noun>team))\b")


def _visit_nowhere(ctx: _Sentence, hit: TriggerHit, visitor: ActorMention, status: str) -> Visit:
    """A visit whose destination is not named yet ("Cuba will send a delegation")."""
    return Visit(
        visitor=visitor.actor,
        when=_when(ctx, hit.start),
        status=status,  # type: ignore[arg-type]
        reported_by=ctx.reporter,
        evidence=_evidence(ctx),
    )


def _exchange_split(ctx: _Sentence, lo: int, hi: int) -> int:
    lowered = ctx.text[lo:hi].lower()
    for phrase in ctx.lex.words.get("exchange", ()):
        at = lowered.find(phrase)
        if at >= 0:
            return lo + at
    return 0


# --- launches ---------------------------------------------------------------------------------


_NO_BEFORE = re.compile(r"(?<!\w)(?:no|No|without)(?:\s[\w-]{1,20}){0,2}\s$")

_USED = re.compile(r"\b(?:used|uses|using|employed|deployed)\s", re.IGNORECASE)

_PROPER_NAME_GAP = re.compile(r"\s(?:the\s)?(?:(?:[A-Z][\w-]*|of|and|\([A-Z]{2,8}\))\s){1,10}")

# words that, after a launch verb in the same sentence, tell of that same launch
_REFERS_BACK = frozenset(
    {"launch", "liftoff", "lift-off", "blastoff", "exploded", "failed", "crashed", "flew"}
)

_REDUCED_RELATIVE = re.compile(
    r"\s(?:fired|launched|sent)\s(?:from|by|at|toward|towards)\s[^,;]{1,60}\s"
)

# "a rocket broke up shortly after launch": the launch of the thing named before
_AFTER_LAUNCH = re.compile(r"\b(?:after|before|following|during|at)\s$", re.IGNORECASE)

_LIFT_OFF = frozenset({"liftoff", "lift-off", "blastoff", "blast-off"})

_INTRANSITIVE = frozenset(
    {"blasted off", "blasts off", "lifted off", "lifts off", "took off", "exploded", "failed",
     "crashed", "flew", "blasting off", "lifting off", "blast off", "lift off", "reached orbit",
     "reaches orbit", "entered orbit"}
)  # fmt: skip


def _projectiles(ctx: _Sentence, lo: int, hi: int) -> list[ItemMention]:
    stop = ctx.lex.words.get("not_projectile_after", frozenset())
    out = []
    for item in _items(ctx, lo, hi):
        if item.category not in _PROJECTILES:
            continue
        following = _WORD.match(ctx.text, item.end + 1) if item.end < len(ctx.text) else None
        if following is not None and following.group().lower() in stop:
            continue  # "satellite television", "rocket engine"
        out.append(item)
    return out


def _launch(ctx: _Sentence, hit: TriggerHit) -> Frame:
    frame = hit.trigger.frame
    lo, hi = _clause(ctx, hit.start)
    why = _not_a_launch(ctx, hit, lo)
    if why:
        return [], why, None
    after = _after(ctx, hit.end, hi)
    passive = _is_passive(ctx, hit)
    low = hit.text.lower()
    ahead = _projectiles(ctx, hit.end, min(hi, hit.end + 80))
    behind = _projectiles(ctx, lo, hit.start)
    if (
        low in _REFERS_BACK
        and not (frame == "launch_noun" and ahead)
        and any(
            h.trigger.kind == "launch" and h.text.lower() not in _REFERS_BACK
            for h in _triggers_in(ctx, max(ctx.start, hit.start - 200), hit.start)
        )
    ):
        # "a missile fired on Thursday ... exploded shortly after launch": the same launch
        return [], "the launch named earlier in the sentence, told again", None
    if low.startswith("to ") and not (
        behind and _USED.search(ctx.text, max(lo, behind[-1].start - 40), behind[-1].start)
    ):
        return [], "discarded: a purpose ('to strike') without projectiles used for it", None
    intransitive = False
    if frame in {"launch_impact", "launch_with"} and (armed := _with_projectiles(ctx, hit, hi)):
        return _launch_with(ctx, hit, armed, after)
    if frame == "launch_with":
        return [], "no projectile: the attack is not said to be with missiles or rockets", None
    if frame == "launch_impact":
        projectile = behind[-1] if behind and hit.start - behind[-1].end <= 25 else None
        if (
            projectile is None
            and behind
            and _REDUCED_RELATIVE.fullmatch(ctx.text, behind[-1].end, hit.start)
        ):
            projectile = behind[-1]  # "Two missiles fired from southern Lebanon struck ..."
        if projectile is None:
            return [], "no projectile struck anything", None
        intransitive = True
    elif frame == "launch_noun":
        if _NO_BEFORE.search(ctx.text, max(ctx.start, hit.start - 25), hit.start):
            return [], "discarded: no launch ('no missile test')", None
        if any(i.start <= hit.start and hit.end <= i.end for i in ctx.items):
            return [], "discarded: the word is part of a name ('launch vehicle')", None
        if low.endswith(" of"):
            # "the launch of a new Hwasong missile"; a long proper name may stand between:
            # "the launch of the Demonstration of Autonomous Rendezvous Technology spacecraft"
            ahead = [
                i
                for i in ahead
                if i.start - hit.end <= 50 or _PROPER_NAME_GAP.fullmatch(ctx.text, hit.end, i.start)
            ]
        near = _projectiles(ctx, hit.start - 40, hit.end + 40)
        chosen = (
            ahead[:1]
            or behind[-1:]
            or [i for i in near if i.start <= hit.start <= i.end + 2]
            # "Japan's H3 rocket was ordered to self-destruct minutes after lift-off"
            or (
                _projectiles(ctx, max(ctx.start, hit.start - 120), hit.start)[-1:]
                if low in _LIFT_OFF or _AFTER_LAUNCH.search(ctx.text, ctx.start, hit.start)
                else []
            )
        )
        if not chosen:
            return [], "no projectile: the launch is not of a missile, rocket or satellite", None
        projectile = chosen[0]
        intransitive = True
    elif low in _INTRANSITIVE or low.startswith("into"):
        chosen = _subject_projectile(ctx, behind) or ahead[:1]
        if not chosen:
            return [], "no projectile: nothing launched is a missile, rocket or satellite", None
        projectile = chosen[0]
        intransitive = low in _INTRANSITIVE
    else:
        if passive and not behind:
            behind = _relative_antecedent(ctx, hit)  # "the satellite, which was launched"
        chosen = ahead[:1] if ahead and not passive else behind[-1:] or ahead[:1]
        if not chosen:
            return [], "no projectile: nothing launched is a missile, rocket or satellite", None
        projectile = chosen[0]
        # "a rocket was fired at the convoy": the thing launched is the subject; who fired it
        # may go unnamed
        intransitive = passive and projectile.end <= hit.start
    vehicle = _carrier(ctx, projectile, lo, hi)
    owner_of: ItemMention | None = vehicle or projectile
    if (
        vehicle is None
        and projectile.category == "satellite"
        and any(
            i.category == "launch_vehicle" and lo <= i.start < hi
            for i in ctx.items
            if i is not projectile
        )
    ):
        # "Angola's satellite, launched ... with a Zenit carrier rocket": the satellite's
        # owner did not launch it; "India's Chandrayaan-3 was launched" is India's launch
        owner_of = None
    reduced = projectile.end <= hit.start <= projectile.end + 2 and low.endswith("ed")
    intransitive = intransitive or reduced  # "Rockets fired by militants hit the town"
    launcher: ActorMention | None
    if passive or reduced:
        # "rockets fired from Gaza", "a satellite was launched aboard a Falcon 9"
        launcher = _agent(ctx, hit, after) or _owner(ctx, owner_of)
    elif frame == "launch_noun":
        launcher = _owner(ctx, owner_of) or _subject(ctx, hit.start) or _first(after, {"by", "of"})
    elif frame == "launch_impact" or intransitive:
        launcher = _owner(ctx, owner_of)
    elif projectile.category in {"rocket", "launch_vehicle"} and projectile.end <= hit.start:
        # "A Russian Soyuz rocket put Iran's satellite into orbit": the rocket's owner
        launcher = _owner(ctx, projectile) or _subject(ctx, hit.start)
    else:
        launcher = _subject(ctx, hit.start) or _owner(ctx, owner_of)
        if launcher is None and frame == "launch_noun":
            launcher = _first(after, {"by", "of"})
    if frame == "launch_impact":
        target_mention = after[0][0] if after and after[0][1] not in {"from", "by"} else None
    elif passive and intransitive:
        target_mention = _first(after, {"at", "on", "against"})
    elif frame == "launch_noun" and low.endswith(("attack", "attacks", "strike", "strikes")):
        target_mention = _first(after, {"on", "against"})  # "missile strikes on Iraq"
    elif low.startswith("to "):
        # "used missiles to strike a Russian air base": the object is the target
        target_mention = after[0][0] if after and after[0][0].start - hit.end <= 25 else None
    elif intransitive and not reduced:
        target_mention = None
    else:
        target_mention = _first(after, {"at", "on", "against", "into"})
        if target_mention is None or target_mention.actor.country is None:
            target_mention = _target_place(ctx, hit.end, hi) or target_mention
    site = next((m for m, p in after if p == "from" and m.location), None)
    if launcher is not None and launcher.location:
        launcher = None
    if launcher is None and site is not None and _national_site(ctx, site):
        # "blasted off from the Sohae Space Center": a state's own launch site
        launcher = attrs.evolve(site, location=False)
    if launcher is None and target_mention is None and not intransitive:
        return [], "no launcher and no target: nobody is said to have launched it", None
    if (
        (launcher is None or launcher.actor.country is None)
        and target_mention is None
        and frame == "launch_noun"
        and hit.text.lower().endswith(("attack", "attacks", "strike", "strikes", "fire"))
    ):
        return [], "a missile attack by no one named, at no one named", None
    if launcher is not None and target_mention is not None and launcher is target_mention:
        target_mention = None
    if (
        launcher is not None
        and target_mention is not None
        and launcher.actor.country is not None
        and launcher.actor.country == target_mention.actor.country
    ):
        target_mention = None
    status = _status(ctx, hit)
    if (
        frame == "launch_impact"
        and "suspected" in ctx.text[max(lo, projectile.start - 30) : projectile.start].lower()
    ):
        status = "alleged"
    events: list[Event] = [
        Launch(
            launcher=_state_of(launcher) if launcher is not None else None,
            target=_state_of(target) if target is not None else None,
            items=(_to_item(projectile),),
            site=_location(site) if site else None,
            outcome=_outcome(ctx, hit.start),  # type: ignore[arg-type]
            when=_when(ctx, hit.start),
            status=status,  # type: ignore[arg-type]
            reported_by=ctx.reporter,
            evidence=_evidence(ctx),
        )
        for target in _each(ctx, target_mention)
    ]
    events.extend(_failed_attempts(ctx, hit, events[0]))
    consumed = (min(hit.start, projectile.start), max(hit.end, projectile.end))
    return events, "", consumed


_ATTEMPTS = re.compile(
    r"(?<!\w)(two|three|four|five|2|3|4|5) (?:previous |earlier )?failed "
    r"(?:attempts|launches|tries|launch attempts)",
    re.IGNORECASE,
)
_SMALL_NUMBERS = {"two": 2, "three": 3, "four": 4, "five": 5, "2": 2, "3": 3, "4": 4, "5": 5}


def _with_projectiles(ctx: _Sentence, hit: TriggerHit, hi: int) -> list[ItemMention]:
    """ "pounded the grid with dozens of missiles": the projectiles after "with" in the clause,
    when the subject of the verb is no projectile."""
    found = _WITH_AFTER.search(ctx.text, hit.end, min(hi, hit.end + 160))
    if found is None:
        return []
    ahead = _projectiles(ctx, found.end(), min(hi, found.end() + 60))
    behind = _projectiles(ctx, max(ctx.start, hit.start - 30), hit.start)
    return [] if behind else ahead


def _launch_with(
    ctx: _Sentence,
    hit: TriggerHit,
    armed: list[ItemMention],
    after: Sequence[tuple[ActorMention, str]],
) -> Frame:
    """ "Russia pounded Ukraine's energy grid with dozens of missiles", "Ukraine struck a
    Russian air base with U.S.-supplied missiles": the subject launched them at the object."""
    launcher = _subject(ctx, hit.start)
    target = next((m for m, _ in after if m.start < armed[0].start), None)
    if target is not None and (target.location or is_demonym(target)):
        target = target if not _WITH_PLACE_PREP.search(ctx.text, hit.end, target.start) else None
    if launcher is None and target is None:
        return [], "no launcher and no target: nobody is said to have launched it", None
    if (
        launcher is not None
        and target is not None
        and launcher.actor.country == target.actor.country
    ):
        target = None
    event = Launch(
        launcher=_state_of(launcher) if launcher is not None else None,
        target=_state_of(target) if target is not None else None,
        items=tuple(_to_item(i) for i in armed[:1]),
        when=_when(ctx, hit.start),
        status=_status(ctx, hit),  # type: ignore[arg-type]
        reported_by=ctx.reporter,
        evidence=_evidence(ctx),
        outcome="unknown",
    )
    return [event], "", (hit.start, armed[0].end)


_WITH_AFTER = re.compile(r"\swith\s", re.IGNORECASE)
_WITH_PLACE_PREP = re.compile(r"\b(?:in|near|inside|across|over)\s(?:the\s)?$")


def _national_site(ctx: _Sentence, site: ActorMention) -> bool:
    """Tell whether a launch site is used by its own state only (``national_launch_site``):
    not Baikonur, leased to Russia, nor a range abroad."""
    return site.text.lower() in ctx.lex.words.get("national_launch_site", ())


def _relative_antecedent(ctx: _Sentence, hit: TriggerHit) -> list[ItemMention]:
    """The projectile a relative clause hangs on: "AngoSat-1, a satellite which was launched"."""
    window = ctx.text[max(ctx.start, hit.start - 40) : hit.start]
    found = _WHICH_WAS.search(window)
    if found is None:
        return []
    end = hit.start - len(window) + found.start()
    return _projectiles(ctx, max(ctx.start, end - 60), end)[-1:]


_WHICH_WAS = re.compile(r",?\s(?:which|that)\s(?:was|were|had\sbeen|has\sbeen)\s(?:\w+\s)?$")


def _failed_attempts(ctx: _Sentence, hit: TriggerHit, launch: Event) -> list[Event]:
    """ "after two failed attempts" is two more launches, both failures."""
    found = _ATTEMPTS.search(ctx.text, hit.end, ctx.end)
    if found is None or not isinstance(launch, Launch):
        return []
    count = _SMALL_NUMBERS[found.group(1).lower()]
    failed = attrs.evolve(launch, outcome="failure", when=None, status="occurred")
    return [failed] * count


_POSSESSIVE_BEFORE = re.compile(r"\w['’]s?\s(?:[\w'’-]+\s)?$")


def _not_a_launch(ctx: _Sentence, hit: TriggerHit, lo: int) -> str:
    """General reasons a launch word names no launch: a habit, a ban, a launch site, a
    generic plural ("opposes missile launches")."""
    start = _nth_word_start(ctx.text, hit.start, 6, lo)
    before = {w.group().lower() for w in _WORD.finditer(ctx.text, start, hit.start)}
    words = ctx.lex.words
    if before & words.get("habitual_word", frozenset()):
        return "discarded: a habit, not one launch"
    if before & words.get("launch_policy_word", frozenset()) and not (
        hit.trigger.frame == "launch_noun" and _POSSESSIVE_BEFORE.search(ctx.text, start, hit.start)
    ):
        # "condemns missile launches" is a stance; "condemns Iran's firing of a missile" is
        # about one launch
        return "discarded: a ban or a stance on launches, not a launch"
    if hit.trigger.frame == "launch_noun":
        following = _WORD.match(ctx.text, hit.end + 1) if hit.end < len(ctx.text) else None
        if following is not None and following.group().lower() in words.get("not_launch_after", ()):
            return f"discarded: a launch {following.group()!r}, not a launch"
        low = hit.text.lower()
        if low.endswith(("launches", "tests")) and not _SPECIFIC_BEFORE.search(
            ctx.text, max(ctx.start, hit.start - 30), hit.start
        ):
            return "discarded: launches in general, not one"
    return ""


_SPECIFIC_BEFORE = re.compile(
    r"(?:the|these|those|its|their|his|her|[A-Z][\w.]{1,20}['’]s?|\d{1,4}|two|three|four|five|"
    r"several|recent|latest|last|repeated)\s(?:[\w-]{1,20}\s){0,3}$"
)


def _subject_projectile(ctx: _Sentence, behind: list[ItemMention]) -> list[ItemMention]:
    """The projectile the subject names first: "a Soyuz rocket carrying a satellite lifted off"
    is the rocket's launch."""
    return behind[:1]


def _carrier(ctx: _Sentence, projectile: ItemMention, lo: int, hi: int) -> ItemMention | None:
    """For a satellite, the rocket that carried it ("aboard a Falcon 9 rocket")."""
    if projectile.category != "satellite":
        return None
    for item in _projectiles(ctx, lo, hi):
        if item is not projectile and item.category in {"rocket", "launch_vehicle"}:
            return item
    return None


_AT = re.compile(r"\s(?:at|on|against|toward|towards)\s", re.IGNORECASE)
_WHEN_AFTER_AT = re.compile(
    r"(?:the\s)?(?:\d|(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|January|February|March|April|"
    r"May\s\d|June|July|August|September|October|November|December|dawn|night|noon|midnight|"
    r"least|first|once|the\s(?:same|time|weekend|eve))"
)
_OPEN_WATER = re.compile(r"\b(?:waters|sea|ocean|coast|gulf|bay|strait)\b")
_PHRASE_END = re.compile(r"[,;:\u2013\u2014]|\s--?\s")


def _agent(
    ctx: _Sentence, hit: TriggerHit, after: Sequence[tuple[ActorMention, str]]
) -> ActorMention | None:
    """The "by" agent of a passive launch word, within its own verb phrase: not the "by" of a
    later verb ("a missile fired from Yemen was shot down by Israel")."""
    agent = _first(after, {"by"})
    if agent is not None and _FINITE_VERB.search(ctx.text, hit.end, agent.start):
        return None
    return agent


_FINITE_VERB = re.compile(r"\b(?:was|were|is|are|has|have|had|been)\b")


def _target_place(ctx: _Sentence, pos: int, hi: int) -> ActorMention | None:
    """ "fired missiles at targets in Yemen": the state of the place after an "at" phrase."""
    found = _AT.search(ctx.text, pos, min(hi, pos + 80))
    while found is not None and _WHEN_AFTER_AT.match(ctx.text, found.end()):
        found = _AT.search(ctx.text, found.end(), min(hi, pos + 80))  # "on Tuesday", "at dawn"
    if found is None:
        return None
    # the "at" phrase ends at a comma: "at a Kurdish position, wounding two British soldiers"
    end = _PHRASE_END.search(ctx.text, found.end(), min(hi, found.end() + 160))
    toward = found.group().strip().lower().startswith("toward")
    for m, prep in _after(ctx, found.end(), end.start() if end else min(hi, found.end() + 160)):
        if toward and (
            (m.source or "").startswith("country:")
            or _OPEN_WATER.search(ctx.text, found.end(), m.start)
        ):
            return None  # a test "toward the waters off Japan" aims at no one
        if prep in {"in", "inside", "of", "across", "near"} or (m.location and prep != "from"):
            return m
        if is_demonym(m) and prep != "from":
            return m  # "at Houthi targets", "at other Israeli cities"
        if prep == "from":
            return None
    return None


def _owner(ctx: _Sentence, item: ItemMention | None, within: int = 30) -> ActorMention | None:
    """The state that owns an item: "a North Korean missile", "Iran's rockets"."""
    if item is None:
        return None
    index = bisect.bisect_left(ctx.actor_starts, item.start)
    for m in reversed(ctx.actors[max(0, index - 3) : index]):
        if (
            m.end <= item.start
            and item.start - m.end <= within
            and _usable(ctx, m)
            and not m.location
            and not _OWNER_BREAK.search(ctx.text, m.end, item.start)
        ):
            return m
    return None


# between an owner and its item: no clause break, no preposition ("Gaza roads after rockets")
_OWNER_BREAK = re.compile(r"[,;:—–]|\b(?:after|before|but|and|as|when|while|since|at|to|in|on)\b")


def _outcome(ctx: _Sentence, pos: int) -> str:
    """How the launch went, from the outcome words around it (``outcome_*`` in event_words)."""
    lowered = ctx.text[max(ctx.start, pos - _WINDOW) : min(ctx.end, pos + _WINDOW)].lower()
    # "after two failed attempts" tells of other launches, not of this one
    lowered = _ATTEMPTS.sub(" ", lowered)
    for outcome in ("partial", "intercepted", "failure", "success"):
        if ctx.lex.patterns[f"outcome_{outcome}"].search(lowered):
            return outcome
    return "unknown"


# --- allegations ------------------------------------------------------------------------------

_FOR_AN_ACT = re.compile(r"\sfor\s(?:its\s|their\s|his\s|her\s|the\s|allegedly\s)?\w+")

_OBJECT_OF = re.compile(
    r"\s(?:him|her|them|it|us|me|the\s[\w-]{1,20}|his\s[\w-]{1,20}|her\s[\w-]{1,20}|"
    r"its\s[\w-]{1,20}|their\s[\w-]{1,20}|[\w-]{1,20})(?:\s[\w-]{1,20})?\s(?:of|for|over)\s"
)
_PASSIVE_TAIL = re.compile(r"\s(?:of|over|in)\s")


def _blame_on_things(ctx: _Sentence, hit: TriggerHit) -> bool:
    """'blamed the weather / monsoon rains for': blame put on things, not on anyone."""
    things = ctx.lex.words.get("blamed_thing", frozenset())
    for w in _WORD.finditer(ctx.text, hit.end, hit.end + 40):
        word = w.group().lower()
        if word in {"for", "over", "of"}:
            return False  # "blamed Russian intelligence for a fire": the fire is the act
        if word in things:
            return True
    return False


_DENIAL_BEFORE = re.compile(
    r"(?<!\w)(?:rejected|rejects|reject|rejecting|dismissed|dismisses|dismiss|dismissing|"
    r"denied|denies|deny|denying|refuted|refutes|rebuffed|rebuffs|challenged|challenges|"
    r"disputed|disputes|contested|contests)(?:\s[^\s;]{1,20}){0,4}\s$",
    re.IGNORECASE,
)

_BARE_DENIALS = frozenset({"denied", "denies", "deny", "denying"})

_SLOTS_MAIN = {Visit: "visitor", Transfer: "supplier", Launch: "launcher"}

_CLAIM_FOLLOWS = re.compile(
    r"(?:\s(?:on\s\w{1,12}|last\s\w{1,10}|\w{1,12}day|earlier|repeatedly|again|also))?"
    r"(?:\s(?:in|on)\s(?:an?|the|its|their)\s(?:[\w-]+\s){0,4}?(?:report|statement|letter|"
    r"interview|speech|filing|complaint)(?:\s(?:released|published|issued|sent)\s(?:on\s)?\w+)?)?"
    r"\s(?:that\b|[A-Z]|the\s[A-Z]|its\s|it\s|they\s)"
)
_CLAIMS_THAT = re.compile(
    r"(?:\s(?:the\s)?(?:[\w-]+\s)?(?:claims?|accusations?|allegations?|charges?|suggestions?|"
    r"reports?|assertions?))?\sthat\s",
    re.IGNORECASE,
)

_PASSIVE_AFTER = re.compile(
    r"(?:\s[\w'’-]+){0,4}?\s(?:was|were|had\sbeen|has\sbeen|have\sbeen|is|are)\s(?:\w+ly\s)?"
    r"\w+ed\b"
)

_CLAIM_NOUNS = frozenset(
    {"claim", "claims", "accusation", "accusations", "allegation", "allegations", "charge",
     "charges", "reports", "report", "suggestion", "suggestions"}
)  # fmt: skip

_DENY_OBJECT = re.compile(
    # "denied a refit was botched"
    r"\s(?:an?\s|the\s)?[\w'’-]{2,20}\s(?:was|were|had)\s(?:\w+ly\s)?\w+(?:ed|en)\b|"
    r"\s(?:[\w'’.]{1,15}\s){0,2}?(?:that\b|any\b|involvement|responsibility|role|wrongdoing|"
    r"charges?|accusations?|allegations?|claims?|reports?|reporting|it\b|this\b|\w{2,20}ing\b)",
    re.IGNORECASE,
)

_DETERMINERS = frozenset(
    {"the", "a", "an", "its", "his", "her", "their", "this", "that", "these", "those"}
)


def _allegation(ctx: _Sentence, hit: TriggerHit) -> Frame:
    frame = hit.trigger.frame
    _, hi = _clause(ctx, hit.start)
    after = _after(ctx, hit.end, hi)
    accuser: ActorMention | None = None
    accused: ActorMention | None = None
    status = "occurred"
    passive = _is_passive(ctx, hit)
    before = _word_before(ctx.text, hit.start, ctx.start)
    if hit.text.lower() in ctx.lex.words.get("blame_for_verb", ()) and not _FOR_AN_ACT.search(
        ctx.text, hit.end, hi
    ):
        return [], f"discarded: {hit.text!r} without 'for' an act is no accusation", None
    if frame == "allege_that" and (
        (before is not None and before[0].lower() in _DETERMINERS)
        or not _CLAIM_FOLLOWS.match(ctx.text, hit.end)
    ):
        return [], "discarded: 'alleged' used as an adjective, with no accuser", None
    if hit.text.lower().startswith("claim") and not _claims_wrongdoing(ctx, hit, hi):
        # "claimed that Turkey was more democratic": a claim, but no one is accused of anything
        return [], "discarded: a claim that accuses no one of anything", None
    if (
        frame == "allegation_noun"
        and hit.text.lower() in {"claim", "claims"}
        and not (
            (before is not None and before[0].lower() in _DETERMINERS)
            or (before is not None and before[0][-2:] in {"'s", "’s"})
            or re.match(r"\s(?:that|of|by)\b", ctx.text[hit.end : hit.end + 6])
        )
    ):
        return [], "discarded: 'claims' is a verb here, not an accusation", None
    if (
        frame == "deny"
        and hit.text.lower() in _BARE_DENIALS
        and not _DENY_OBJECT.match(ctx.text, hit.end)
    ):
        return [], "discarded: 'deny' of something that is not an accusation", None
    if frame == "deny":
        accused = _subject(ctx, hit.start) or _claim_subject(ctx, hit.end, hi)
        claims_that = _CLAIMS_THAT.match(ctx.text, hit.end)
        if claims_that is not None and (
            claims_that.end() - hit.end > 6 or hit.text.lower().split()[-1] in _CLAIM_NOUNS
        ):
            # "rejected claims that the Syrian government was behind it": Syria is accused
            named = _claim_subject(ctx, claims_that.end(), hi)
            if named is not None and not _PASSIVE_AFTER.match(ctx.text, named.end):
                accused = named  # not "claims that a Kenyan suspect was abused"
        accuser = _first(after, {"by", "from"})
        noun = _ACCUSATION_NOUN.search(ctx.text, hit.end, min(hi, hit.end + 40))
        if accuser is None and noun is not None:
            accuser = _noun_owner(ctx, noun.start(), hit.end, accused)
            if accuser is not None and (accused is None or accuser.start <= accused.end):
                accuser = None  # "denied U.S. allegations that ...": the U.S. accuses
        status = "denied"
        if accused is None:
            return [], "no one denies", None
    elif frame == "allegation_noun" and (
        denial := _DENIAL_BEFORE.search(ctx.text, max(ctx.start, hit.start - 45), hit.start)
    ):
        # "rejected Afghan accusations that ...", "dismissed as groundless charges that ..."
        accused = _subject(ctx, denial.start())
        named = _claim_subject(ctx, hit.end, hi) if hit.text.lower().endswith(" that") else None
        if named is not None and not _PASSIVE_AFTER.match(ctx.text, named.end):
            accused = named  # "X rejected claims that the Syrian government was behind it"
        accuser = _first(after, {"by", "from"}) or _noun_owner(
            ctx, hit.start, denial.start(), accused
        )
        if accuser is not None and accused is not None and accuser.start == accused.start:
            accuser = None  # "Iran refutes allegation ...": Iran denies, it does not accuse
        status = "denied"
        if accused is None:
            return [], "no one denies", None
        frame = "deny"
    elif frame == "allegation_noun":
        if hit.text.lower().startswith(("suggestion", "assertion")) or hit.text.lower() in {
            "charges",
            "charge",
        }:
            # "rejected a suggestion that ...", "dismisses charges it gave ...": only a denial
            # makes these accusations ("cleared him of all charges" is none)
            return [], f"discarded: {hit.text!r} accuses only when it is rejected", None
        accuser = _first(after, {"by", "from"}) or _possessor(ctx, hit.start)
        if accuser is None and not ctx.lex.patterns["examined"].search(
            ctx.text, max(ctx.start, hit.start - 50), hit.start
        ):
            accuser = _subject(ctx, hit.start)  # not "X is investigating allegations that"
        accused = _first(after, {"against"}) or _claim_subject(ctx, hit.end, hi)
        if hit.text.lower() == "accused of" or passive:
            accused, accuser = _subject(ctx, hit.start), _first(after, {"by"})
        if accused is None:
            return [], "allegations against no one named", None
    elif passive:
        accused = _subject(ctx, hit.start)
        accuser = _first(after, {"by"})
    elif frame == "mutual":
        return _mutual(ctx, hit)
    elif frame == "allege_that":
        accuser = _subject(ctx, hit.start)
        # "alleged in a report released on Wednesday that Russia had ...": after the phrase
        follows = _CLAIM_FOLLOWS.match(ctx.text, hit.end)
        accused = _claim_subject(ctx, follows.end() - 1 if follows else hit.end, hi)
        if accused is None:
            return [], "a claim that accuses no one", None
    else:
        if _blame_on_things(ctx, hit):
            return [], "discarded: blame put on things, not on anyone", None
        accuser = _subject(ctx, hit.start)
        condemning = hit.text.lower().startswith(("condemn", "denounc"))
        accused = next(
            (
                m
                for m, p in after
                if p not in {"of", "for", "over", "to", "in", "at"}
                and not m.location
                # "condemned the raid on Togo": the victim; "..., and Togo said": another clause
                and not (
                    condemning and (p in {"on", "against"} or "," in ctx.text[hit.end : m.start])
                )
            ),
            None,
        )
        if (
            accused is not None
            and hit.text.lower() in ctx.lex.words.get("blame_for_verb", ())
            and _POSSESSIVE_AFTER.match(ctx.text, accused.end)
        ):
            return [], "discarded: criticism of a policy, not an accusation", None
        if accused is not None and accused.start - hit.end > 35:
            accused = None  # "blamed monsoon rains for ... Nepal": not the one accused
        if accused is not None and _PRONOUN_OBJECT.match(ctx.text, hit.end):
            accused = None  # "accusing it of downing the Kyiv-bound jet": "it" is the accused
        if (
            accused is None
            and _OBJECT_OF.match(ctx.text, hit.end)
            and not _blame_on_things(ctx, hit)
        ):
            # "accusing him of ...", "accused the West of ...": someone is accused, unnamed
            if accuser is None:
                return [], "no accuser and no one named as accused", None
            accused = _pronoun_object(ctx, hit, accuser)
            accused_unnamed = accused is None
        elif (
            accused is None
            and hit.text.lower() == "accused"
            and _PASSIVE_TAIL.match(ctx.text, hit.end)
        ):
            # headlines: "CIA accused over Iraq detainees"
            accused, accuser = _subject(ctx, hit.start), None
            accused_unnamed = accused is None
        else:
            accused_unnamed = False
        if accused is None and not accused_unnamed:
            if not hit.text.lower().startswith(("condemn", "denounc")):
                return [], "no one is accused", None
            accused_unnamed = True  # "condemned the launch": the act may name its author
    if accuser is None and accused is None:
        return [], "no accuser and no accused", None
    accused_group = _coordinated(ctx, accused)
    last = accused_group[-1] if accused_group else None
    condemned = hit.text.lower().startswith(("condemn", "denounc"))
    if condemned:
        claim_start = hit.end  # "condemned the latest missile launch by the DPRK"
    else:
        claim_start = _claim_start(ctx, last.end if last is not None else hit.end, hi)
    claim, claim_text, claim_end, _claim_by_noun = _claim(
        ctx, claim_start, hi, None if condemned else accused
    )
    if frame != "deny":
        status = _allegation_status(ctx, hit)
    reporter = ctx.reporter if accuser is None or ctx.reporter != accuser.actor else None
    act = _condemned_act(ctx, hit, hi) if condemned and accused is None else None
    if (
        condemned
        and accused is None
        and claim is None
        # "condemned the demolition of homes": the act's noun, not someone accused "of"
        and (act is not None or not _OBJECT_OF.match(ctx.text, hit.end))
    ):
        if act is None or accuser is None:
            return [], "condemned an act with no author named", None
        # "condemned the beheading of a hostage": an accusation whose author is unnamed, or
        # named only as the act's owner ("condemned Israeli settlements")
        author = _possessor(ctx, act[0]) or _adjacent(ctx, act[0]) or _by_after(ctx, act[1], hi)
        if author is None or author.start <= hit.end:
            author = _only_other_state(ctx, _each(ctx, accuser))
        accused_group = [author] if author is not None else []
    events: list[Event] = []
    if condemned and claim is not None:
        # "condemned North Korea's missile launch": an act named by a noun is a fact the
        # accuser condemns; "condemned X for firing ..." keeps the act inside the claim
        if _claim_by_noun:
            events.append(attrs.evolve(claim, status="occurred", reported_by=ctx.reporter))
        claim_accused = getattr(claim, _SLOTS_MAIN[type(claim)])
        if claim_accused is not None:
            accused_group = []
    else:
        claim_accused = None
    whoms: list[ActorMention | None] = list(accused_group) or [None]
    for who in _each(ctx, accuser):
        for whom in whoms:
            accused_actor = _state_of(whom) if whom is not None else claim_accused
            events.append(
                Allegation(
                    accuser=who.actor if who is not None else None,
                    accused=accused_actor,
                    claim=claim,
                    claim_text=claim_text,
                    when=_when(ctx, hit.start, before=claim_start if claim else None),
                    status=status,  # type: ignore[arg-type]
                    reported_by=reporter,
                    evidence=_evidence(ctx),
                )
            )
    return events, "", (hit.start, max(hi, claim_end))


_ACCUSATION_NOUN = re.compile(
    r"\b(?:accusations?|allegations?|charges?|claims?|assertions?|suggestions?)\b", re.IGNORECASE
)


def _mutual(ctx: _Sentence, hit: TriggerHit) -> Frame:
    """ "Armenia and Azerbaijan traded accusations": each accuses the other."""
    index = bisect.bisect_left(ctx.actor_starts, hit.start)
    pair = [m for m in ctx.actors[max(0, index - 2) : index] if not m.location]
    if len(pair) == 2 and not _COORDINATOR.fullmatch(ctx.text, pair[0].end, pair[1].start):
        pair = []
    if len(pair) != 2:
        return [], "mutual accusations between no two parties named", None
    status = _allegation_status(ctx, hit)
    events: list[Event] = [
        Allegation(
            accuser=_state_of(a),
            accused=_state_of(b),
            when=_when(ctx, hit.start),
            status=status,  # type: ignore[arg-type]
            reported_by=ctx.reporter,
            evidence=_evidence(ctx),
        )
        for a, b in (pair, pair[::-1])
    ]
    return events, "", None


def _condemned_act(ctx: _Sentence, hit: TriggerHit, hi: int) -> tuple[int, int] | None:
    """The act condemned, named by a noun right after the verb: "condemned the killing",
    "condemns North Korea's test" (start and end of the noun)."""
    nouns = ctx.lex.words.get("condemned_act", ())
    for word in _WORD.finditer(ctx.text, hit.end, min(hi, hit.end + 60)):
        if word.group().lower() in nouns:
            return word.start(), word.end()
        if ctx.text[word.end() : word.end() + 1] in {",", ";", ":"}:
            break
    return None


def _pronoun_object(ctx: _Sentence, hit: TriggerHit, accuser: ActorMention) -> ActorMention | None:
    """ "US forces stood by, and a spokesman accused them of ...": a pronoun object stands for
    the last actor named before the verb that is not the accuser."""
    found = _PRONOUN_OBJECT.match(ctx.text, hit.end)
    if found is None:
        return None
    return _antecedent(ctx, hit.start, found.group(1), accuser)


def _noun_owner(
    ctx: _Sentence, pos: int, lo: int, accused: ActorMention | None
) -> ActorMention | None:
    """Whose accusation the noun at *pos* is: "U.S. allegations", "Kabul's claims", or "its
    assertion" (the last actor named before, other than the accused); none when it is the
    accused's own ("Iran refutes allegation ...")."""
    owner = _possessor(ctx, pos) or _adjacent(ctx, pos)
    if owner is not None:
        return None if accused is not None and owner.start <= accused.end else owner
    pronoun = _PRONOUN_OWNER.search(ctx.text, max(lo, pos - 24), pos)
    return _antecedent(ctx, pronoun.start(), pronoun.group(1), accused) if pronoun else None


def _antecedent(
    ctx: _Sentence,
    pos: int,
    pronoun: str,
    other: ActorMention | None,
    *,
    subject: bool = False,
) -> ActorMention | None:
    """The actor a pronoun before *pos* stands for: the last one named in the sentence that is
    not *other* (the event's other party) nor a place; "him", "his", "her" for a person, "it",
    "its", "them", "their" for any other actor. A *subject* pronoun stands for a name that can
    be a subject: not a demonym, a modifier or the object of a preposition."""
    people = pronoun.lower() in {"him", "his", "her"}
    index = bisect.bisect_left(ctx.actor_starts, pos) - 1
    while index >= 0 and ctx.actors[index].start >= ctx.start:
        m = ctx.actors[index]
        index -= 1
        if m.location or m.actor.country is None:
            continue
        if other is not None and (m is other or m.actor.country == other.actor.country):
            continue
        if subject and (is_demonym(m) or _modifier_compound(ctx, m) or _prepositional(ctx, m)):
            continue
        if (m.actor.kind == "person") == people and _usable(ctx, m):
            return m
    return None


_PRONOUN_OBJECT = re.compile(r"\s(him|her|them|it)\s(?:of|for|over)\s", re.IGNORECASE)
_PRONOUN_OWNER = re.compile(r"\b(its|their|his|her)\s(?:[\w-]+\s)?$", re.IGNORECASE)


def _only_other_state(
    ctx: _Sentence, accusers: Sequence[ActorMention | None]
) -> ActorMention | None:
    """The one state the sentence names besides the accusers, as an actor (not a place, not a
    demonym unless it names an agent as in "Israeli-occupied", not after "on" or "against"):
    the author of an act condemned without naming it ("Japan and South Korea condemned the
    launch, another step toward North Korea ...")."""
    theirs = {a.actor.country for a in accusers if a is not None}
    others = [
        m
        for m in ctx.actors
        if m.actor.kind == "state"
        and m.actor.country not in theirs
        and not m.location
        and _usable(ctx, m)
        and (
            _AGENT_COMPOUND.match(ctx.text, m.end)  # "in Israeli-occupied lands"
            or (not is_demonym(m) and _preposition(ctx, m.start) not in _VICTIM_PREPOSITIONS)
        )
    ]
    agents = [m for m in others if _AGENT_COMPOUND.match(ctx.text, m.end)]
    others = agents or others  # "Palestinian homes in Israeli-occupied East Jerusalem"
    countries = {m.actor.country for m in others}
    return others[0] if len(countries) == 1 else None


# a demonym that names who did something: "Israeli-occupied", "Saudi-led", "Russian-held"
_AGENT_COMPOUND = re.compile(r"-(?:[a-z]{2,12}ed|led|held|run|built|made)(?![\w-])")
_VICTIM_PREPOSITIONS = frozenset({"on", "against", "at", "in", "into", "to", "with", "from", "of"})


def _by_after(ctx: _Sentence, pos: int, hi: int) -> ActorMention | None:
    """The actor in "by X" right after *pos*: "the bombing by Russian jets"."""
    found = re.match(r"\s(?:\w+\s){0,2}?by\s(?:the\s)?", ctx.text[pos : min(hi, pos + 30)])
    if found is None:
        return None
    index = bisect.bisect_left(ctx.actor_starts, pos + found.end())
    if index < len(ctx.actors) and ctx.actors[index].start == pos + found.end():
        return ctx.actors[index]
    return None


def _claims_wrongdoing(ctx: _Sentence, hit: TriggerHit, hi: int) -> bool:
    """Tell whether what is claimed is an act held against someone: one of our events, or a
    word of wrongdoing ("behind", "responsible", "violated", "attack") within the claim."""
    end = min(max(hi, hit.end + 40), hit.end + 160, ctx.end)
    if any(h.trigger.kind != "allegation" for h in _triggers_in(ctx, hit.end, end)):
        return True
    words = ctx.lex.words.get("wrongdoing_word", frozenset())
    return any(
        w.group().lower() in words or w.group().lower().removesuffix("s") in words
        for w in _WORD.finditer(ctx.text, hit.end, end)
    )


def _allegation_status(ctx: _Sentence, hit: TriggerHit) -> str:
    status = _status(ctx, hit)
    return status if status in {"negated", "hypothetical", "planned"} else "occurred"


def _claim_subject(ctx: _Sentence, pos: int, hi: int) -> ActorMention | None:
    """The subject of the claimed clause: the first actor right after "that" (or the verb)."""
    first = bisect.bisect_left(ctx.actor_starts, pos)
    for m in ctx.actors[first : first + 8]:
        if pos <= m.start < min(hi, pos + 30) and _usable(ctx, m) and not m.location:
            return m
    return None


def _claim_start(ctx: _Sentence, pos: int, hi: int) -> int:
    found = _THAT.search(ctx.text, pos, hi)
    return found.end() if found is not None else pos


def _claim(
    ctx: _Sentence, lo: int, hi: int, accused: ActorMention | None
) -> tuple[Visit | Transfer | Launch | None, str | None, int, bool]:
    """The alleged act, read as an event of its own inside ``text[lo:end of sentence]``."""
    hi = max(hi, min(ctx.end, lo + 120))
    words = ctx.text[lo:hi].strip().strip(",.;:").strip()
    claim_text = words or None
    if not words:
        return None, None, hi, False
    inner = [
        h for h in _triggers_in(ctx, lo, hi) if h.trigger.kind in {"transfer", "launch", "visit"}
    ]
    for hit in inner:
        # The accused is the claim's subject: "accused Iran of supplying drones to Russia".
        saved_excluded, saved_end = set(ctx.excluded), ctx.reporting_end
        ctx.reporting_end = max(ctx.reporting_end, lo if accused is None else accused.start)
        ctx.excluded.discard(accused.start if accused is not None else -1)
        try:
            found, _, _ = _FRAMES[hit.trigger.kind](ctx, hit)
        finally:
            ctx.excluded, ctx.reporting_end = saved_excluded, saved_end
        for event in found:
            if isinstance(event, (Visit, Transfer, Launch)):
                by_noun = hit.trigger.frame.endswith("_noun") or _noun_use(ctx, hit)
                claim = attrs.evolve(event, status="alleged", reported_by=None)
                return claim, claim_text, hit.end, by_noun
    return None, claim_text, lo, False


def _noun_use(ctx: _Sentence, hit: TriggerHit) -> bool:
    """A verb-like trigger used as a noun: "the launch", "its latest test"."""
    before = _word_before(ctx.text, hit.start, ctx.start)
    return before is not None and before[0].lower() in _DETERMINERS | {"latest", "recent", "last"}


def _triggers_in(ctx: _Sentence, lo: int, hi: int) -> list[TriggerHit]:
    """The sentence's trigger words that lie within ``[lo, hi)``, found once for the whole
    sentence (never re-found on a slice, where a cut word could look like a trigger)."""
    first = bisect.bisect_left(ctx.hit_starts, lo)
    last = bisect.bisect_left(ctx.hit_starts, hi)
    return [h for h in ctx.hits[first:last] if h.end <= hi]


_FRAMES = {
    "visit": _visit,
    "transfer": _transfer,
    "launch": _launch,
    "allegation": _allegation,
}
