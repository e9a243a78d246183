"""The sentence splitter: the first stage of the parser (text → **sentences** → mentions → events).

:func:`split_sentences` cuts news text into :class:`~dipevents._mentions.Sentence` objects with
exact offsets. It makes one forward pass over the whitespace-separated tokens of each line and
decides, for each token that ends in ``.``, ``!``, ``?`` or ``…`` (perhaps followed by closing
quotes or brackets), whether the sentence ends there, looking only at that token and the next.
What it knows about abbreviations is data (``data/lexicon/abbreviations.tsv``, read on first
use). Rules: ``docs/sentences.md``.
"""

from __future__ import annotations

import functools
import importlib.resources
import re
from collections.abc import Mapping

import attrs

from ._mentions import Sentence


__all__ = ["split_sentences"]

_KINDS = frozenset({"title", "may_end", "month", "starter"})

#: A line: a run of characters that are not line breaks, which are those of
#: :meth:`str.splitlines` (``\r\n`` is two of them). One character class, no nesting.
_LINE = re.compile("[^\n\r\x0b\x0c\x1c\x1d\x1e\x85\u2028\u2029]+")
#: A token: a run of non-whitespace characters (``\s`` is exactly :meth:`str.isspace`).
_TOKEN = re.compile(r"\S+")

_TERMINATORS = frozenset(".!?…‼⁇⁈⁉。！？؟")
_CLOSERS = frozenset("\"')]}»›”’")
#: The last character of a token after which a sentence may end (see _ends_sentence).
_ENDERS = _TERMINATORS | _CLOSERS
_BULLETS = frozenset("•◦▪▫●‣⁃■►▸➢")
_ROMAN = frozenset("IVXivx")
#: Abbreviations are short; a longer word is never looked up.
_MAX_WORD = 24


@attrs.frozen
class _Lexicon:
    kinds: Mapping[str, str]
    starters: frozenset[str]


def _parse_lexicon(data: str, source: str) -> _Lexicon:
    """Read the TSV format of ``abbreviations.tsv`` (see ``docs/sentences.md``)."""
    kinds: dict[str, str] = {}
    starters: set[str] = set()
    header_seen = False
    for number, raw in enumerate(data.split("\n"), start=1):
        line = raw.rstrip("\r")
        if not line.strip() or line.startswith("#"):
            continue
        cells = line.split("\t")
        if not header_seen:
            if cells != ["entry", "kind"]:
                raise ValueError(f"{source}:{number}: the header must be 'entry<TAB>kind'")
            header_seen = True
            continue
        if len(cells) != 2 or cells[1] not in _KINDS or not cells[0]:
            raise ValueError(f"{source}:{number}: expected an entry and one of {sorted(_KINDS)}")
        entry, kind = cells
        if kind == "starter":
            starters.add(entry)
        elif not entry.endswith(".") or len(entry) < 2:
            raise ValueError(f"{source}:{number}: an abbreviation must end with '.': {entry!r}")
        else:
            kinds[entry[:-1]] = kind
    return _Lexicon(kinds=kinds, starters=frozenset(starters))


@functools.cache
def _lexicon() -> _Lexicon:
    """The bundled lexicon, read once, on first use."""
    path = importlib.resources.files("dipevents") / "data" / "lexicon" / "abbreviations.tsv"
    return _parse_lexicon(path.read_text(encoding="utf-8"), "abbreviations.tsv")


def _kind(word: str, lexicon: _Lexicon) -> str | None:
    """The lexicon kind of *word* (an abbreviation without its final period), or ``None``.

    The spelling as written wins; then the capitalised form of an all-capitals word ("GEN" →
    "Gen"), for titles and months and for other entries of three letters or more (two capitals
    are more often an acronym: "PA", "LA"); then the lower-case form ("Etc", "A.M" → "etc",
    "a.m"). The case-mapped forms are only used as keys, never for offsets.
    """
    kinds = lexicon.kinds
    found = kinds.get(word)
    if found is not None:
        return found
    if len(word) > 1 and word.isupper():
        found = kinds.get(word[0] + word[1:].lower())
        if found is not None and (found in ("title", "month") or len(word) >= 3):
            return found
    lowered = kinds.get(word.lower())
    if lowered is not None and word.lower() != word:
        return lowered
    return None


def _is_initial_or_acronym(word: str) -> bool:
    """A single letter ("W") or letters of one or two joined by periods ("U.N", "Ph.D")."""
    if len(word) == 1:
        return word.isalpha()
    parts = word.split(".")
    return len(parts) > 1 and all(0 < len(p) <= 2 and p.isalpha() for p in parts)


def _is_list_marker(word: str) -> bool:
    """A number, letter or Roman numeral that opens an item of a list ("1.", "b.", "IV.")."""
    return (
        (word.isdigit() and len(word) <= 3 and word.isascii())
        or (len(word) == 1 and word.isalpha())
        or (0 < len(word) <= 4 and all(c in _ROMAN for c in word))
    )


def _ends_sentence(
    text: str, token: tuple[int, int], following: tuple[int, int], first: bool, lexicon: _Lexicon
) -> bool:
    """Tell whether the sentence ends after *token*, given the token *following* it.

    Each token is read a bounded number of times (once as *token*, once as *following*), so a
    whole line is read in linear time.
    """
    start, end = token
    # Closing quotes and brackets after the final punctuation stay with the sentence.
    stop = end
    while stop > start and text[stop - 1] in _CLOSERS:
        stop -= 1
    if stop == start or text[stop - 1] not in _TERMINATORS:
        return False
    run_start = stop
    while run_start > start and text[run_start - 1] in _TERMINATORS:
        run_start -= 1

    # The next token: its first letter or digit, and the word it starts.
    next_start, next_end = following
    pos = next_start
    while pos < next_end and not text[pos].isalnum():
        pos += 1
    if pos < next_end and text[pos].islower():
        return False  # '"Why?" he asked', 'tanks, missiles etc. and'
    if text[next_start] in _TERMINATORS:
        return False  # a spaced ellipsis goes on: "the offer was . . . generous"

    run = text[run_start:stop]
    if "…" in run or run.count(".") > 1:  # an ellipsis ends a sentence before a word only
        return pos < next_end and text[pos].isalpha()
    if run != ".":
        return True  # "?", "!", "?!", an ideographic full stop

    # One period: look at the word before it ("(U.S" → "U.S", 'evil"' → "evil").
    word_start, word_end = start, run_start
    while word_start < word_end and not text[word_start].isalnum():
        word_start += 1
    while word_end > word_start and text[word_end - 1] in _CLOSERS:
        word_end -= 1
    if word_end - word_start > _MAX_WORD:
        return True
    word = text[word_start:word_end]
    if first and _is_list_marker(word) and (word_start, word_end) == (start, run_start):
        return False  # "1. Sanctions on oil": the number belongs to its sentence
    kind = _kind(word, lexicon)
    if kind == "title":
        return False
    if kind is None and not _is_initial_or_acronym(word):
        return True
    # May end: only before a typical sentence starter ("the U.S. The ..." but "U.S. Navy").
    word_end = pos
    while word_end < next_end and word_end - pos <= _MAX_WORD and text[word_end].isalpha():
        word_end += 1
    if word_end < next_end and text[word_end] == ".":
        return False  # the next word is itself an initial or an abbreviation ("J. R. R.")
    return text[pos:word_end] in lexicon.starters


_AGENCY_TAG = re.compile(r"\([A-Z][\w.&' -]{0,30}\)")
_DASHES = frozenset({"-", "--", "\u2013", "\u2014"})


def _feed_headline_ends(text: str, tokens: list[tuple[int, int]], index: int) -> bool:
    """Tell whether a feed headline ends at an agency tag: "Title (AP) AP - The text ..."
    (the tag, then a source name and a dash, open the story)."""
    if index + 2 >= len(tokens):
        return False
    start, end = tokens[index]
    if not _AGENCY_TAG.fullmatch(text, start, end):
        return False
    name, dash = tokens[index + 1], tokens[index + 2]
    return text[name[0]].isupper() and text[dash[0] : dash[1]] in _DASHES


def _split_line(
    text: str, line_start: int, line_end: int, lexicon: _Lexicon, out: list[Sentence]
) -> None:
    tokens = [m.span() for m in _TOKEN.finditer(text, line_start, line_end)]
    first = 0
    for index in range(len(tokens)):
        last = index == len(tokens) - 1
        if not last:
            following = tokens[index + 1]
            ends = (
                text[following[0]] in _BULLETS
                or (
                    # most tokens end in a letter: no need to ask _ends_sentence
                    text[tokens[index][1] - 1] in _ENDERS
                    and _ends_sentence(text, tokens[index], following, index == first, lexicon)
                )
                or (text[tokens[index][1] - 1] == ")" and _feed_headline_ends(text, tokens, index))
            )
            if not ends:
                continue
        start, end = tokens[first][0], tokens[index][1]
        out.append(Sentence(start=start, end=end, text=text[start:end]))
        first = index + 1


def split_sentences(text: str) -> tuple[Sentence, ...]:
    """Split news text into sentences, headlines and datelines, in order, with exact offsets.

    A line break always ends a sentence (``\\n``, ``\\r\\n``, ``\\r``, U+2028, U+2029 and the
    other breaks of :meth:`str.splitlines`), so a headline without a final period is a sentence
    of its own. Within a line, a sentence ends after ``.``, ``!``, ``?`` or an ellipsis (with any
    closing quotes or brackets after it) when whitespace and a word that does not start in lower
    case follow, unless the period belongs to an abbreviation or an initial ("Mr. Kim", "George
    W. Bush", "the U.S. Navy"). Each sentence is stripped of surrounding whitespace and
    ``text[s.start:s.end] == s.text``; every non-whitespace character is in exactly one sentence.
    Never raises on a ``str``, and takes time linear in the length of *text*.

    Args:
        text: any string.

    Returns:
        The sentences, in order; an empty tuple when *text* is empty or only whitespace.

    Example:
        >>> [s.text for s in split_sentences("Mr. Kim left the U.S. The talks ended.")]
        ['Mr. Kim left the U.S.', 'The talks ended.']
    """
    lexicon = _lexicon()
    out: list[Sentence] = []
    for line in _LINE.finditer(text):
        _split_line(text, line.start(), line.end(), lexicon, out)
    return tuple(out)
