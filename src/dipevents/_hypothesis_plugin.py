"""Hypothesis' entry point: registers a strategy for every dipevents model type.

Hypothesis calls :func:`_hypothesis_setup_hook` when it is imported (through the
``[project.entry-points.hypothesis]`` table of ``pyproject.toml``), so that
``st.from_type(dipevents.Visit)`` and ``st.builds(...)`` over dipevents types work downstream
with no set-up. Registration is lazy: each type maps to a resolver that imports
:mod:`dipevents.strategies` and builds the strategy only when a test first asks for it. Only
dipevents' own types are registered (never pendulum's). The hook also resolves the classes'
string annotations (``from __future__ import annotations``) into types, which ``st.builds()``
needs to infer their fields.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any


__all__ = ["_hypothesis_setup_hook"]


def _resolver(name: str) -> Callable[[type], Any]:
    """A resolver that builds ``dipevents.strategies.<name>()`` when first asked."""

    def resolve(_: type) -> Any:
        from . import strategies  # noqa: PLC0415  (lazy: only when a test asks for the type)

        return getattr(strategies, name)()

    resolve.__name__ = f"resolve_{name}"
    return resolve


def _hypothesis_setup_hook() -> None:
    """Register a lazy strategy for each dipevents model type with Hypothesis.

    Example:
        >>> from hypothesis import find, strategies as st
        >>> import dipevents
        >>> _hypothesis_setup_hook()  # Hypothesis has already called it through the entry point
        >>> find(st.from_type(dipevents.Visit), lambda v: True).kind
        'visit'
    """
    import attrs  # noqa: PLC0415
    from hypothesis import strategies as st  # noqa: PLC0415

    from ._actor import Actor  # noqa: PLC0415
    from ._events import Allegation, Event, Launch, Transfer, Visit  # noqa: PLC0415
    from ._values import Item, Location, Measurement, Quantity, Span, TimeSpan  # noqa: PLC0415

    strategies: dict[type, str] = {
        Actor: "actors",
        TimeSpan: "time_spans",
        Quantity: "quantities",
        Measurement: "measurements",
        Item: "items",
        Span: "spans",
        Location: "locations",
        Visit: "visits",
        Allegation: "allegations",
        Transfer: "transfers",
        Launch: "launches",
        Event: "events",
    }
    for cls, name in strategies.items():
        # st.builds() reads each field's type from attrs; ours are strings until resolved.
        attrs.resolve_types(cls)
        st.register_type_strategy(cls, _resolver(name))
