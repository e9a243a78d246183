"""The :class:`Actor`: who does, suffers or reports an event."""

from __future__ import annotations

import attrs

from . import _validators as v
from ._errors import ValidationError
from ._vocab import ACTOR_KINDS, ActorKind


__all__ = ["Actor"]


@attrs.frozen(kw_only=True)
class Actor:
    """Someone who acts in, suffers or reports an event: a state, a person, an organisation...

    ``country`` is an ISO 3166-1 alpha-3 code, or ``None`` when there is none (international
    organisations, stateless groups) or it is not known. A ``"state"`` always has one. ``role``
    is a person's office ("foreign minister").

    Example:
        >>> Actor(name="Choe Son Hui", kind="person", country="PRK", role="foreign minister")
        Actor(name='Choe Son Hui', kind='person', country='PRK', role='foreign minister')
    """

    name: str = attrs.field(validator=v.text)
    kind: ActorKind = attrs.field(default="unknown", validator=v.one_of(ACTOR_KINDS))
    country: str | None = attrs.field(default=None, validator=v.optional(v.country_code))
    role: str | None = attrs.field(default=None, validator=v.optional(v.text))

    def __attrs_post_init__(self) -> None:
        if self.kind == "state" and self.country is None:
            raise ValidationError.for_field(
                "Actor", "country", None, "an ISO 3166-1 alpha-3 code when kind is 'state'"
            )
