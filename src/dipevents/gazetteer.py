"""The gazetteer: the names of states, bodies, media, organisations and people, as data.

``Gazetteer.default()`` is the one bundled with dipevents. Add entries or load your own files
(format: the gazetteer page of the docs) to get a new one, and pass it to the recognizers::

    from dipevents.gazetteer import Gazetteer, PersonEntry

    mine = Gazetteer.default().with_alias("North Korea", "the Hermit Kingdom")
    mine = Gazetteer.from_path("my_people.tsv", include_default=True)
"""

from ._gazetteer import (
    BodyEntry,
    CountryEntry,
    Entry,
    ExclusionEntry,
    Gazetteer,
    PersonEntry,
    PlaceEntry,
    TitleEntry,
    parse_entries,
)


__all__ = [
    "BodyEntry",
    "CountryEntry",
    "Entry",
    "ExclusionEntry",
    "Gazetteer",
    "PersonEntry",
    "PlaceEntry",
    "TitleEntry",
    "parse_entries",
]
