"""The last stage: events from one sentence's mentions (mentions → events).

For every trigger word in a sentence (``triggers.tsv``), a frame says how the mentions around it
fill the event's slots: the actor before the trigger is its subject, prepositions after it give
the other roles ("to Russia" is the recipient of a transfer, "at Israel" the target of a
launch), the passive voice swaps them ("were supplied by Iran"). Attribution ("..., officials
said", "according to KCNA") gives ``reported_by`` and takes its actor out of the other slots;
status cues before the trigger ("will", "did not", "allegedly") give the status. Sentences are
analysed one at a time; each rule is a general rule about English news prose, written once.

This module runs the frames over one sentence (:func:`extract_events`) and says why a trigger
gave no event (:class:`Diagnostic`). The rest of the stage, each module using only those above
it:

- ``_words``: the word patterns every module reads (a word, the word before a position).
- ``_triggers``: trigger words and item nouns found in the text (:func:`find_triggers`,
  :func:`find_items`).
- ``_context``: ``_Sentence``, one sentence with everything the rules read.
- ``_common``: the helpers the frames share: clauses, subjects and antecedents, prepositions,
  status, dates, evidence, coordinated actors, attribution.
- ``_visit``, ``_transfer``, ``_launch``, ``_allegation``: one frame each. ``_allegation``
  also holds the table of frames, since it reads an allegation's claim with the other frames.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

import attrs

from .._errors import ValidationError
from .._events import Event
from .._lexicon import event_lexicon
from .._mentions import ActorMention, QuantityMention, Sentence, TimeMention, is_demonym
from ._allegation import _FRAMES
from ._common import _AND_OR, _COORDINATOR, _attribution
from ._context import _Sentence
from ._triggers import ItemMention, TriggerHit, find_items, find_triggers


__all__ = [
    "Diagnostic",
    "ItemMention",
    "TriggerHit",
    "extract_events",
    "find_items",
    "find_triggers",
]


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


_DATELINE = re.compile(
    r"[A-Z][A-Z'.\- ]{2,30}(?:,[ \t][A-Z0-9][\w.\- ]{0,30}){0,2}[ \t]?(?:\([\w .]{1,30}\)[ \t]?)?"
    r"(?:--?|\u2014|\u2013|:)[ \t]"
)
_MAX_TRIGGERS = 40  # per sentence: real sentences hold a handful; this bounds the work
