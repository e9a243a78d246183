"""Mentions: what the recognizers find in text, each with exact character offsets.

A mention is a stretch of the input (``start``, ``end`` as Python ``str`` indices, ``end``
exclusive, ``text == source[start:end]``) with what it was recognised as. Mentions are the
output of the parser's middle stage (text → sentences → **mentions** → events), and each
recognizer can be used on its own (see :mod:`dipevents.recognize`).
"""

from __future__ import annotations

import attrs

from . import _validators as v
from ._actor import Actor
from ._values import Quantity, Span, TimeSpan
from ._vocab import PRECISIONS, Precision


__all__ = ["ActorMention", "QuantityMention", "Sentence", "TimeMention"]


@attrs.frozen(kw_only=True)
class Sentence:
    """A sentence (or a headline, or a dateline) of the input text.

    Example:
        >>> Sentence(start=0, end=14, text="Kim left Seoul")
        Sentence(start=0, end=14, text='Kim left Seoul')
    """

    start: int = attrs.field(validator=v.non_negative_int)
    end: int = attrs.field(validator=v.non_negative_int)
    text: str = attrs.field(validator=v.instance_of(str, "a string"))

    def __attrs_post_init__(self) -> None:
        v.check_offsets("Sentence", self.start, self.end, self.text)

    @property
    def span(self) -> Span:
        """The sentence as an evidence :class:`~dipevents.Span`."""
        return Span(start=self.start, end=self.end, text=self.text)


@attrs.frozen(kw_only=True)
class TimeMention:
    """A time expression and, when it could be resolved, the span of days it means.

    ``when`` is ``None`` when the expression needs a publication date that was not given
    ("last week" with no date); ``precision`` and ``approximate`` are still known from the words.

    Example:
        >>> m = TimeMention(start=0, end=9, text="last week", when=None, precision="week")
        >>> (m.when, m.precision, m.approximate)
        (None, 'week', False)
    """

    start: int = attrs.field(validator=v.non_negative_int)
    end: int = attrs.field(validator=v.non_negative_int)
    text: str = attrs.field(validator=v.instance_of(str, "a string"))
    when: TimeSpan | None = attrs.field(
        default=None, validator=v.optional(v.instance_of(TimeSpan, "a TimeSpan or None"))
    )
    precision: Precision | None = attrs.field(
        default=None, validator=v.optional(v.one_of(PRECISIONS))
    )
    approximate: bool = attrs.field(default=False, validator=v.instance_of(bool, "a bool"))

    def __attrs_post_init__(self) -> None:
        v.check_offsets("TimeMention", self.start, self.end, self.text)

    @property
    def span(self) -> Span:
        """The expression as an evidence :class:`~dipevents.Span`."""
        return Span(start=self.start, end=self.end, text=self.text)


@attrs.frozen(kw_only=True)
class QuantityMention:
    """A number in text with what it counts or measures.

    Example:
        >>> from decimal import Decimal
        >>> QuantityMention(start=0, end=9, text="two ships",
        ...                 quantity=Quantity(value=Decimal(2), unit="ships")).quantity.unit
        'ships'
    """

    start: int = attrs.field(validator=v.non_negative_int)
    end: int = attrs.field(validator=v.non_negative_int)
    text: str = attrs.field(validator=v.instance_of(str, "a string"))
    quantity: Quantity = attrs.field(validator=v.instance_of(Quantity, "a Quantity"))

    def __attrs_post_init__(self) -> None:
        v.check_offsets("QuantityMention", self.start, self.end, self.text)

    @property
    def span(self) -> Span:
        """The quantity as an evidence :class:`~dipevents.Span`."""
        return Span(start=self.start, end=self.end, text=self.text)


@attrs.frozen(kw_only=True)
class ActorMention:
    """A reference to an actor: a state, a capital standing for its government, a body, a person.

    ``location`` is true when the words name a place rather than an actor ("in Moscow",
    "Russia's far east"): who acts, where, and who says so are kept apart. ``source`` says which
    gazetteer entry or rule produced the mention.

    Example:
        >>> m = ActorMention(start=0, end=6, text="Moscow",
        ...                  actor=Actor(name="Russia", kind="state", country="RUS"),
        ...                  source="capital")
        >>> m.actor.country
        'RUS'
    """

    start: int = attrs.field(validator=v.non_negative_int)
    end: int = attrs.field(validator=v.non_negative_int)
    text: str = attrs.field(validator=v.instance_of(str, "a string"))
    actor: Actor = attrs.field(validator=v.instance_of(Actor, "an Actor"))
    location: bool = attrs.field(default=False, validator=v.instance_of(bool, "a bool"))
    source: str | None = attrs.field(default=None, validator=v.optional(v.text))

    def __attrs_post_init__(self) -> None:
        v.check_offsets("ActorMention", self.start, self.end, self.text)

    @property
    def span(self) -> Span:
        """The mention as an evidence :class:`~dipevents.Span`."""
        return Span(start=self.start, end=self.end, text=self.text)


def is_demonym(mention: ActorMention) -> bool:
    """Tell whether *mention* is a demonym ("Russian", "Bosnian") rather than a name."""
    return (mention.source or "").startswith("demonym:")
