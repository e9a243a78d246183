"""Trigger words and item nouns: what the stage finds in the text before any frame runs."""

from __future__ import annotations

import bisect
import re
from collections.abc import Sequence

import attrs

from .._lexicon import Trigger, event_lexicon
from .._mentions import QuantityMention
from ._words import _FUNCTION_WORDS, _WORD, _WORD_BEFORE, _word_before


__all__ = [
    "ItemMention",
    "TriggerHit",
    "find_items",
    "find_triggers",
]


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


def find_triggers(text: str) -> list[TriggerHit]:
    """Every trigger phrase in *text*, in one pass (plus one for hyphen compounds)."""
    lex = event_lexicon()
    # (a case-insensitive match may hold a letter that lower() keeps apart, such as the long
    # s in "ſent": such a match names no trigger)
    compounds = [
        _hit(m.start(), m.end(), m.group(), frames)
        for m in lex.compound_pattern.finditer(text)
        if (frames := lex.triggers.get(m.group().lower()))
    ]
    glued = {h.start + 1 for h in compounds}  # "supplied" inside "Pyongyang-supplied"
    hits = [
        _hit(m.start(), m.end(), m.group(), frames)
        for m in lex.trigger_pattern.finditer(text)
        if m.start() not in glued and (frames := lex.triggers.get(m.group().lower()))
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
        category = (lex.items.get(head.lower()) if head else None) or lex.designations.get(
            m.group("prefix")
        )
        if category is None:
            continue
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
        category = lex.items.get(m.group().lower())
        if category is None:
            continue  # "miſſiles": matched without case, but not one of our words
        items.append(
            ItemMention(
                m.start(),
                m.end(),
                m.group(),
                category,
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


_SMALL_WORDS = _FUNCTION_WORDS | _TITLE_CASE_SMALL  # not capitalised parts of a name


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
