"""Word patterns the whole stage reads: a word, the word before a position, function words."""

from __future__ import annotations

import re


_WORD = re.compile(r"[\w'’-]{1,40}")
_WORD_BEFORE = re.compile(r"([\w'’.-]{1,40})[ \t,]{1,3}$")


def _word_before(text: str, pos: int, lo: int = 0) -> tuple[str, int] | None:
    found = _WORD_BEFORE.search(text, max(lo, pos - 45), pos)
    if found is None or found.end() != pos:
        return None
    return found.group(1), found.start(1)


_FUNCTION_WORDS = frozenset(
    {"the", "a", "an", "for", "to", "of", "in", "on", "at", "by", "with", "from", "and", "or",
     "its", "their", "his", "her", "that", "which", "as", "is", "was", "are", "were", "has",
     "have", "had", "will", "would", "not"}
)  # fmt: skip
