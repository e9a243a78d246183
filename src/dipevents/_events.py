"""The events: :class:`Visit`, :class:`Allegation`, :class:`Transfer` and :class:`Launch`.

All four share the fields of :class:`Event`: when it happened, its status, who reported it and
the evidence in the text. Each has a stable ``id`` derived from its content.
"""

from __future__ import annotations

import functools
from typing import ClassVar, Union

import attrs

from . import _validators as v
from ._actor import Actor
from ._errors import ValidationError
from ._values import Item, Location, Span, TimeSpan
from ._vocab import OUTCOMES, STATUSES, Outcome, Status


__all__ = ["Allegation", "Event", "Launch", "Transfer", "Visit"]

_actor = v.instance_of(Actor, "an Actor")
_optional_actor = v.optional(v.instance_of(Actor, "an Actor or None"))


@attrs.frozen(kw_only=True)
class Event:
    """What every event has: when, its status, who reported it, and evidence in the text.

    ``Event`` itself is not built directly; it is the common base of :class:`Visit`,
    :class:`Allegation`, :class:`Transfer` and :class:`Launch`, and the type to ask for when
    reading data of any kind: ``dipevents.from_dict(dipevents.Event, data)``.

    ``id`` is derived from the content (every field, evidence included): the same content gives
    the same id on every run and machine.
    """

    kind: ClassVar[str] = "event"

    when: TimeSpan | None = attrs.field(
        default=None, validator=v.optional(v.instance_of(TimeSpan, "a TimeSpan or None"))
    )
    status: Status = attrs.field(default="occurred", validator=v.one_of(STATUSES))
    reported_by: Actor | None = attrs.field(default=None, validator=_optional_actor)
    evidence: tuple[Span, ...] = attrs.field(default=(), validator=v.tuple_of(Span, "Span"))

    def __attrs_pre_init__(self) -> None:
        if type(self) is Event:
            msg = "Event is abstract: build a Visit, Allegation, Transfer or Launch"
            raise TypeError(msg)

    @functools.cached_property
    def id(self) -> str:
        """A stable identifier derived from the event's content, such as ``'ev-3f2a…'``."""
        from ._converter import event_id  # noqa: PLC0415  (the converter imports this module)

        return event_id(self)


@attrs.frozen(kw_only=True)
class Visit(Event):
    """A person or delegation of one country (or organisation) travels to another country.

    ``visitor`` travels; ``host`` receives them ("X hosted Y" makes Y the visitor). A visit
    crosses a border: where the visitor's and the host's (or the location's) countries are both
    known, they differ.

    Example:
        >>> kim = Actor(name="Kim Jong Un", kind="person", country="PRK", role="leader")
        >>> russia = Actor(name="Russia", kind="state", country="RUS")
        >>> Visit(visitor=kim, host=russia, status="planned").kind
        'visit'
    """

    kind: ClassVar[str] = "visit"

    visitor: Actor = attrs.field(validator=_actor)
    host: Actor | None = attrs.field(default=None, validator=_optional_actor)
    location: Location | None = attrs.field(
        default=None, validator=v.optional(v.instance_of(Location, "a Location or None"))
    )
    invited_by: Actor | None = attrs.field(default=None, validator=_optional_actor)
    purpose: str | None = attrs.field(default=None, validator=v.optional(v.text))

    def __attrs_post_init__(self) -> None:
        home = self.visitor.country
        if home is None:
            return
        for name, other in (("host", self.host), ("location", self.location)):
            if other is not None and other.country == home:
                raise ValidationError.for_field(
                    "Visit",
                    name,
                    other,
                    f"in another country than the visitor's ({home}): a visit crosses a border",
                )


@attrs.frozen(kw_only=True)
class Transfer(Event):
    """Goods, arms, fuel, money or aid sent from one party to another.

    Example:
        >>> Transfer(supplier=Actor(name="North Korea", kind="state", country="PRK"),
        ...          recipient=Actor(name="Russia", kind="state", country="RUS"),
        ...          items=(Item(name="artillery shells", category="munitions"),)).kind
        'transfer'
    """

    kind: ClassVar[str] = "transfer"

    supplier: Actor | None = attrs.field(default=None, validator=_optional_actor)
    recipient: Actor | None = attrs.field(default=None, validator=_optional_actor)
    items: tuple[Item, ...] = attrs.field(default=(), validator=v.tuple_of(Item, "Item"))
    in_exchange_for: tuple[Item, ...] = attrs.field(default=(), validator=v.tuple_of(Item, "Item"))


@attrs.frozen(kw_only=True)
class Launch(Event):
    """A missile, rocket, space launch vehicle or satellite launched, fired or put into orbit.

    ``target`` is set only when the launch was fired at someone; ``site`` is where it was
    launched from (never the launcher).

    Example:
        >>> Launch(launcher=Actor(name="North Korea", kind="state", country="PRK"),
        ...        items=(Item(name="Hwasong-18", category="missile"),),
        ...        outcome="success").outcome
        'success'
    """

    kind: ClassVar[str] = "launch"

    launcher: Actor | None = attrs.field(default=None, validator=_optional_actor)
    target: Actor | None = attrs.field(default=None, validator=_optional_actor)
    items: tuple[Item, ...] = attrs.field(default=(), validator=v.tuple_of(Item, "Item"))
    site: Location | None = attrs.field(
        default=None, validator=v.optional(v.instance_of(Location, "a Location or None"))
    )
    outcome: Outcome = attrs.field(default="unknown", validator=v.one_of(OUTCOMES))


Claim = Union[Visit, Transfer, Launch]  # noqa: UP007  (a runtime object for cattrs on 3.10)
"""The events an :class:`Allegation` can allege."""


@attrs.frozen(kw_only=True)
class Allegation(Event):
    """One party accuses another of something.

    ``accuser`` is ``None`` when the text reports only a denial of unnamed accusations.
    ``claim`` is the alleged act when it is one of our own event kinds (an allegation that
    North Korea sent missiles to Russia holds a :class:`Transfer`); ``claim_text`` keeps what
    was alleged in words.

    Example:
        >>> Allegation(accuser=Actor(name="South Korea", kind="state", country="KOR"),
        ...            accused=Actor(name="North Korea", kind="state", country="PRK"),
        ...            claim_text="sending ballistic missiles to Russia").kind
        'allegation'
    """

    kind: ClassVar[str] = "allegation"

    accuser: Actor | None = attrs.field(default=None, validator=_optional_actor)
    accused: Actor | None = attrs.field(default=None, validator=_optional_actor)
    claim: Visit | Transfer | Launch | None = attrs.field(
        default=None,
        validator=v.optional(
            v.instance_of((Visit, Transfer, Launch), "a Visit, Transfer or Launch")
        ),
    )
    claim_text: str | None = attrs.field(default=None, validator=v.optional(v.text))


EVENT_CLASSES: tuple[type[Event], ...] = (Visit, Allegation, Transfer, Launch)
"""The concrete event classes, in the order of their ``kind`` tags in the docs."""
