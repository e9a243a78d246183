"""A small set of events built in code, for ``dipevents demo`` and the README.

The events describe an invented week of news in our own words; they exist to show the model,
its validation and its JSON shape before the parser reads text.
"""

from __future__ import annotations

from decimal import Decimal

import pendulum

from ._actor import Actor
from ._events import Allegation, Event, Launch, Transfer, Visit
from ._values import Item, Location, Quantity, Span, TimeSpan


__all__ = ["DEMO_TEXT", "demo_events"]

DEMO_TEXT = (
    "SEOUL, March 14 - North Korea fired two ballistic missiles into the sea on Tuesday, "
    "South Korea's military said. Seoul accused Pyongyang of shipping more than 1,000 "
    "containers of munitions to Russia last year. Russian Foreign Minister Sergei Lavrov "
    "will visit Pyongyang next week."
)
"""The made-up article the demo events point into."""


def _span(phrase: str) -> Span:
    start = DEMO_TEXT.index(phrase)
    return Span(start=start, end=start + len(phrase), text=phrase)


def demo_events() -> list[Event]:
    """Build, and so validate, the demo events; they point into :data:`DEMO_TEXT`."""
    prk = Actor(name="North Korea", kind="state", country="PRK")
    kor = Actor(name="South Korea", kind="state", country="KOR")
    rus = Actor(name="Russia", kind="state", country="RUS")
    military = Actor(name="South Korean military", kind="military", country="KOR")
    launch = Launch(
        launcher=prk,
        items=(
            Item(
                name="ballistic missiles",
                category="missile",
                quantity=Quantity(value=Decimal("2"), unit="ballistic missiles"),
            ),
        ),
        when=TimeSpan(
            start=pendulum.Date(2023, 3, 14),
            end=pendulum.Date(2023, 3, 14),
            precision="day",
            text="Tuesday",
        ),
        reported_by=military,
        evidence=(_span("North Korea fired two ballistic missiles into the sea on Tuesday"),),
    )
    transfer = Transfer(
        supplier=prk,
        recipient=rus,
        items=(
            Item(
                name="munitions",
                category="munitions",
                quantity=Quantity(
                    value=Decimal("1000"),
                    unit="containers of munitions",
                    qualifier="more_than",
                ),
            ),
        ),
        when=TimeSpan(
            start=pendulum.Date(2022, 1, 1),
            end=pendulum.Date(2022, 12, 31),
            precision="year",
            text="last year",
        ),
        status="alleged",
        evidence=(_span("shipping more than 1,000 containers of munitions to Russia last year"),),
    )
    allegation = Allegation(
        accuser=kor,
        accused=prk,
        claim=transfer,
        claim_text="shipping more than 1,000 containers of munitions to Russia last year",
        evidence=(_span("Seoul accused Pyongyang of shipping"),),
    )
    visit = Visit(
        visitor=Actor(name="Sergei Lavrov", kind="person", country="RUS", role="foreign minister"),
        host=prk,
        location=Location(name="Pyongyang", country="PRK"),
        when=TimeSpan(
            start=pendulum.Date(2023, 3, 20),
            end=pendulum.Date(2023, 3, 26),
            precision="week",
            text="next week",
        ),
        status="planned",
        evidence=(_span("Russian Foreign Minister Sergei Lavrov will visit Pyongyang next week"),),
    )
    return [launch, allegation, visit]
