"""ISO 3166-1 country codes, from pycountry, loaded on first use.

pycountry is the maintained authority for ISO 3166; importing it and reading its data costs
about 100 ms, so it is loaded only when a country code is first checked.
"""

from __future__ import annotations

import functools


__all__ = ["alpha3_codes", "is_alpha3"]


@functools.cache
def alpha3_codes() -> frozenset[str]:
    """Return the set of current ISO 3166-1 alpha-3 codes."""
    import pycountry  # noqa: PLC0415  (lazy on purpose: keeps ``import dipevents`` cheap)

    return frozenset(str(c.alpha_3) for c in pycountry.countries)


def is_alpha3(code: str) -> bool:
    """Tell whether *code* is a current ISO 3166-1 alpha-3 code (upper case, e.g. ``'PRK'``)."""
    return code in alpha3_codes()
