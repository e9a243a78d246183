"""The closed vocabularies of the model: the allowed values of every enumerated field.

Each is a :data:`typing.Literal` (so type checkers catch typos and the values are plain JSON
strings) with a tuple of its values next to it for validation and for the JSON Schema.
"""

from __future__ import annotations

from typing import Literal, get_args


__all__ = [
    "ACTOR_KINDS",
    "CATEGORIES",
    "OUTCOMES",
    "PRECISIONS",
    "QUALIFIERS",
    "STATUSES",
    "ActorKind",
    "Category",
    "Outcome",
    "Precision",
    "Qualifier",
    "Status",
]

ActorKind = Literal[
    "state", "government", "person", "organization", "media", "military", "group", "unknown"
]
"""What kind of actor an :class:`~dipevents.Actor` is."""

Status = Literal[
    "occurred",
    "planned",
    "invited",
    "cancelled",
    "postponed",
    "ongoing",
    "alleged",
    "denied",
    "negated",
    "hypothetical",
]
"""What the text says about whether an event happened."""

Precision = Literal["day", "week", "part_of_month", "month", "season", "part_of_year", "year"]
"""How finely a :class:`~dipevents.TimeSpan` is known (see the time expressions page)."""

Qualifier = Literal["exact", "about", "more_than", "at_least", "less_than", "at_most", "range"]
"""How the text hedges a :class:`~dipevents.Quantity`."""

Outcome = Literal["success", "failure", "partial", "intercepted", "unknown"]
"""How a :class:`~dipevents.Launch` went."""

Category = Literal[
    "missile",
    "rocket",
    "launch_vehicle",
    "satellite",
    "weapons",
    "munitions",
    "aircraft",
    "vessels",
    "vehicles",
    "equipment",
    "fuel",
    "aid",
    "money",
    "technology",
    "goods",
    "other",
]
"""What kind of thing an :class:`~dipevents.Item` is."""

ACTOR_KINDS: tuple[str, ...] = get_args(ActorKind)
STATUSES: tuple[str, ...] = get_args(Status)
PRECISIONS: tuple[str, ...] = get_args(Precision)
QUALIFIERS: tuple[str, ...] = get_args(Qualifier)
OUTCOMES: tuple[str, ...] = get_args(Outcome)
CATEGORIES: tuple[str, ...] = get_args(Category)
