"""The sentence context: one sentence with everything the frames read and write."""

from __future__ import annotations

import attrs

from .._actor import Actor
from .._lexicon import EventLexicon
from .._mentions import ActorMention, QuantityMention, Sentence, TimeMention
from ._triggers import ItemMention, TriggerHit


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
