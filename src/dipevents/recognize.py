"""The parser's first stages, each usable on its own: text → sentences → mentions.

Every function takes any ``str`` and never raises on it; every mention it returns has exact
offsets (``text[m.start:m.end] == m.text``).

Example:
    >>> from dipevents.recognize import find_actors
    >>> [m.text for m in find_actors("Pyongyang-supplied shells were fired by Russia.")]
    ['Pyongyang', 'Russia']
"""

from ._actors import find_actors
from ._mentions import ActorMention, QuantityMention, Sentence, TimeMention
from ._quantities import find_quantities
from ._sentences import split_sentences
from ._times import find_times


__all__ = [
    "ActorMention",
    "QuantityMention",
    "Sentence",
    "TimeMention",
    "find_actors",
    "find_quantities",
    "find_times",
    "split_sentences",
]
