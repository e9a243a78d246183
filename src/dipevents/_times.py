"""The time-expression recognizer: dates, weekdays, months, seasons, years and relative times.

Stages inside one call, each a general rule (the rules themselves: ``docs/time-expressions.md``):

1. Every shape ("January 15", "15 January 2024", "last week", "two months ago", "late 2002",
   "from March 3 to April 2", "in 2023" ...) has one regular expression, built once from the
   lexicon files ``data/lexicon/time_*.tsv``. Each finds its candidates in one linear pass.
2. Each candidate is checked (names such as "Theresa May" or "the Sunday Times" are not
   times, a bare year needs a time context) and resolved against the publication date. A
   weekday or a month without a year looks back within its sentence for the verb that governs
   it ("will visit on Monday" points forward).
3. Longer candidates win over the shorter ones they overlap; a hedge ("around") joins the
   expression after it and makes it approximate.

Nothing here reads the current date: without a publication date, relative expressions keep
their precision but get no dates.
"""

from __future__ import annotations

import calendar
import functools
import importlib.resources
import re
import unicodedata
from collections.abc import Callable, Iterable, Mapping

import attrs
import pendulum

from ._mentions import TimeMention
from ._trie import trie_pattern
from ._values import TimeSpan
from ._vocab import Precision


__all__ = ["find_times"]

_Dates = tuple[pendulum.Date, pendulum.Date]

# Regular-expression pieces. Every repetition is bounded or over a single character class,
# and no quantified group contains another quantifier, so every pattern runs in linear time.
_SP = r"[ \t\u00a0]{1,3}"  # the space between two words of an expression
_B = r"\b"  # a word starts here (ASCII; non-ASCII letters next to a match are checked in Python)
_E = r"(?!\w)"  # a word ends here
_NUM_START = r"\b(?<![0-9][.,])"  # a number starts here, not inside "2,000" or "1.5"
_NUM_END = r"(?![A-Za-z0-9]|[.,][0-9])"
_DASH = "[ \t]?[-\u2013][ \t]?"
_FLAGS = re.IGNORECASE | re.ASCII

# Helpers that read the words around a candidate, in a bounded window.
_WORD_BEFORE = re.compile(r"(\w[\w.'’-]{0,30})[ \t\u00a0]{1,3}$")
_WORD_AFTER = re.compile(r"[ \t\u00a0]{1,3}(\w[\w'’-]{0,30})")
_SENTENCE_END = re.compile(
    r"[.!?]{1,3}[\"'”’)\]]{0,2}[ \t\u00a0\r\n]|\n[ \t\r]{0,8}\n|[\u2028\u2029]"
)
_TOKEN_BEFORE_PERIOD = re.compile(r"([^\s]{1,20})$")
_SPACE_CHARS = " \t\u00a0"
_OPENERS = " \t\u00a0\"'“‘«([{"
_SENTENCE_MARKS = ".!?:;\n\r\u2028\u2029-\u2013\u2014"
_WINDOW = 200  # characters looked at before an expression for its governing verb
_WINDOW_TOKENS = 12  # and at most this many words
_MAX_YEAR_SEARCH = 9  # a 29 February exists at most eight years apart
_STAND_IN = pendulum.Date(2001, 6, 15)  # resolves a relative shape only to learn its precision


# --------------------------------------------------------------------------- lexicon


@attrs.frozen
class _Entry:
    kind: str
    value: str
    flags: frozenset[str]


@attrs.frozen
class _Lexicon:
    """The three lexicon files, read once."""

    words: Mapping[str, tuple[_Entry, ...]]
    parts: Mapping[tuple[str, str], tuple[str, str]]
    cues: Mapping[str, str]

    def of_kind(self, kind: str) -> dict[str, _Entry]:
        """The words of one kind, each with its entry."""
        return {
            word: entry
            for word, entries in self.words.items()
            for entry in entries
            if entry.kind == kind
        }

    def entry(self, word: str, kind: str) -> _Entry | None:
        """The entry of *word* (any case, spaces normalised) for *kind*, if there is one."""
        key = " ".join(word.lower().split())
        for entry in self.words.get(key, ()):
            if entry.kind == kind:
                return entry
        return None

    def known(self, word: str) -> bool:
        """Tell whether *word* is a time word or a connector (not just an abbreviation)."""
        return any(e.kind != "abbreviation" for e in self.words.get(word.lower(), ()))


def _rows(name: str, columns: int) -> list[list[str]]:
    path = importlib.resources.files("dipevents") / "data" / "lexicon" / name
    rows: list[list[str]] = []
    header_seen = False
    for line in path.read_text(encoding="utf-8").split("\n"):
        if not line.strip() or line.startswith("#"):
            continue
        if not header_seen:
            header_seen = True
            continue
        cells = [cell.strip() for cell in line.split("\t")]
        rows.append((cells + [""] * columns)[:columns])
    return rows


@functools.cache
def _lexicon() -> _Lexicon:
    words: dict[str, list[_Entry]] = {}
    for word, kind, value, flags in _rows("time_words.tsv", 4):
        entry = _Entry(kind, value, frozenset(f.strip() for f in flags.split(",") if f.strip()))
        words.setdefault(word.lower(), []).append(entry)
    parts = {
        (part, scope): (first, last) for part, scope, first, last in _rows("time_parts.tsv", 4)
    }
    cues = {cue.lower(): kind for cue, kind in _rows("time_cues.tsv", 2)}
    return _Lexicon(
        words={word: tuple(entries) for word, entries in words.items()}, parts=parts, cues=cues
    )


# --------------------------------------------------------------------------- patterns


def _phrase(words: str) -> str:
    return _SP.join(re.escape(word) for word in words.split())


def _alt(words: Iterable[str]) -> str:
    """An alternation of phrases, longest first so that "this coming" wins over "this"."""
    return (
        "(?:" + "|".join(_phrase(w) for w in sorted(set(words), key=lambda w: (-len(w), w))) + ")"
    )


#: What a text must hold for a shape to match in it: a pattern found in the lower-cased text.
#: (Lower-casing maps each ASCII letter to its lower case and leaves digits alone, so a text
#: where a shape matches, case ignored for ASCII, holds the lower-cased words of the match.)
_DIGIT = re.compile("[0-9]")
_YEAR = re.compile("(?:19|20)[0-9]{2}")


def _anchor(words: Iterable[str]) -> re.Pattern[str] | None:
    """A pattern found in the lower-cased text whenever one of the phrases *words* is in the
    text (ASCII case ignored): their first words, lower-cased. ``None`` (no condition) when
    there is no phrase or an empty one."""
    firsts = set()
    for phrase in words:
        parts = phrase.lower().split()
        if not parts:
            return None
        firsts.add(parts[0])
    if not firsts:
        return None
    return re.compile(trie_pattern(sorted(firsts)))


@attrs.frozen
class _Patterns:
    #: each shape's name, pattern and anchors: a text that lacks one of them is not searched
    shapes: tuple[tuple[str, re.Pattern[str], tuple[re.Pattern[str], ...]], ...]
    cue: re.Pattern[str]
    hedge: re.Pattern[str]


@functools.cache
def _patterns() -> _Patterns:
    lex = _lexicon()
    months = lex.of_kind("month")
    full = _alt(w for w, e in months.items() if "abbr" not in e.flags)
    abbr = _alt(w for w, e in months.items() if "abbr" in e.flags)
    weekdays = _alt(lex.of_kind("weekday"))
    shifts = _alt(lex.of_kind("shift"))
    units = lex.of_kind("unit")
    parts = lex.of_kind("part")
    three_parts = _alt(w for w, e in parts.items() if e.value in {"early", "mid", "late"})
    all_parts = _alt(parts)
    period_units = _alt(w for w, e in units.items() if w == e.value and w != "day")
    seasons = _alt(lex.of_kind("season"))
    opens = lex.of_kind("range_open")
    links = _alt(link for e in opens.values() for link in e.value.split("|"))

    def mon(name: str) -> str:
        return rf"(?P<{name}>{full}|{abbr}\.?){_E}"

    def day(name: str) -> str:
        return rf"{_NUM_START}(?P<{name}>[0-9]{{1,2}})(?:st|nd|rd|th)?{_NUM_END}"

    def year(name: str) -> str:
        return rf"{_NUM_START}(?P<{name}>(?:19|20)[0-9]{{2}}){_NUM_END}"

    def weekday(name: str) -> str:
        return rf"(?P<{name}>{weekdays}){_E}"

    def range_part(x: str) -> str:
        return (
            rf"(?:(?:{mon(x + 'm1')}{_SP}{day(x + 'd1')}"
            rf"|{day(x + 'd2')}(?:{_SP}of)?{_SP}{mon(x + 'm2')}"
            rf"|{mon(x + 'm3')}|{day(x + 'd3')})(?:,?{_SP}{year(x + 'y')})?"
            rf"|{year(x + 'y0')})"
        )

    opt_weekday = rf"(?:{weekday('wd')},?{_SP})?"
    opt_year = rf"(?:,?{_SP}(?:of{_SP})?{year('y')})?"
    shapes = {
        "iso": rf"{_NUM_START}(?P<y>[0-9]{{4}})-(?P<mo>[0-9]{{2}})-(?P<d>[0-9]{{2}}){_NUM_END}",
        "mdy": rf"{_B}{opt_weekday}{mon('m')}{_SP}{day('d')}(?:,?{_SP}{year('y')})?",
        "dmy": rf"{_B}{opt_weekday}{day('d')}(?:{_SP}of)?{_SP}{mon('m')}(?:,?{_SP}{year('y')})?",
        "month": (
            rf"{_B}(?:(?P<p>{three_parts})(?:-|{_SP}))?{mon('m')}"
            rf"(?:,?{_SP}(?:of{_SP})?{year('y')}|{_SP}(?:of{_SP})?(?P<sh>{shifts}){_SP}year{_E})?"
        ),
        "shift_month": rf"{_B}(?P<sh>{shifts}){_SP}{mon('m')}",
        "weekday": (
            rf"{_B}(?:(?P<sh>{shifts}){_SP})?{weekday('wd')}"
            rf"(?:{_SP}(?P<tod>{_alt(lex.of_kind('time_of_day'))}){_E})?"
        ),
        "day_word": rf"{_B}(?P<dw>{_alt(lex.of_kind('day_word'))}){_E}",
        "ago": (
            rf"{_B}(?P<n>[0-9]{{1,3}}|{_alt(lex.of_kind('number'))}){_SP}"
            rf"(?P<u>{_alt(units)}){_SP}{_alt(lex.of_kind('ago'))}{_E}"
        ),
        "rel_unit": rf"{_B}(?P<sh>{shifts}){_SP}(?P<u>{period_units}){_E}",
        "rel_part": (
            rf"{_B}(?P<p>{all_parts})(?:-|{_SP})(?P<sh>{shifts}){_SP}(?P<u>{period_units}){_E}"
        ),
        "year_part": rf"{_B}(?P<p>{three_parts})(?:-|{_SP}){year('y')}",
        "season": rf"{_B}(?:(?P<sh>{shifts}){_SP})?(?P<s>{seasons}){_E}{opt_year}",
        "year_context": rf"{_B}(?P<c>{_alt(lex.of_kind('year_context'))}){_SP}{year('y')}",
        "decade": (
            rf"{_B}(?:(?P<p>{three_parts})(?:-|{_SP}))?{_NUM_START}"
            rf"(?P<dec>(?:19|20)[0-9]0)['’]?s{_E}"
        ),
        "range": (
            rf"{_B}(?P<open>{_alt(opens)}){_SP}{range_part('a')}{_SP}(?P<link>{links}){_SP}"
            rf"{range_part('b')}"
        ),
        "dash_md": (
            rf"{_B}{mon('am1')}{_SP}{day('ad1')}{_DASH}(?:{mon('bm1')}{_SP})?{day('bd1')}"
            rf"(?:,?{_SP}{year('by')})?"
        ),
        "dash_dm": (rf"{day('ad3')}{_DASH}{day('bd2')}{_SP}{mon('bm2')}(?:,?{_SP}{year('by')})?"),
        "dash_years": rf"{year('ay0')}{_DASH}{year('by0')}",
    }
    # What every match of each shape holds, read off its pattern above: a digit, a year, or
    # a word of a kind. The shape is not run on a text that lacks one of them (most texts lack
    # a month, a season or a digit), which saves a pass of its pattern over the text. The
    # rarest anchor comes first: a text is searched for the others only when it holds it.
    month = _anchor(months)
    shift = _anchor(lex.of_kind("shift"))
    period = _anchor(w for w, e in units.items() if w == e.value and w != "day")
    early_mid_late = _anchor(w for w, e in parts.items() if e.value in {"early", "mid", "late"})
    anchors: dict[str, tuple[re.Pattern[str] | None, ...]] = {
        "iso": (_DIGIT,),
        "mdy": (_DIGIT, month),
        "dmy": (_DIGIT, month),
        "month": (month,),
        "shift_month": (shift, month),
        "weekday": (_anchor(lex.of_kind("weekday")),),
        "day_word": (_anchor(lex.of_kind("day_word")),),
        "ago": (_anchor(lex.of_kind("ago")), _anchor(units)),
        "rel_unit": (shift, period),
        "rel_part": (_anchor(parts), shift, period),
        "year_part": (_YEAR, early_mid_late),
        "season": (_anchor(lex.of_kind("season")),),
        "year_context": (_YEAR, _anchor(lex.of_kind("year_context"))),
        "decade": (_YEAR,),
        "range": (
            _anchor(opens),
            _anchor(link for e in opens.values() for link in e.value.split("|")),
        ),
        "dash_md": (_DIGIT, month),
        "dash_dm": (_DIGIT, month),
        "dash_years": (_YEAR,),
    }
    glued = [w for w in lex.cues if w[0] in "'’"]  # "'ll" attaches to the word before it
    cue = rf"(?:{_B}{_alt(w for w in lex.cues if w not in glued)}|{_alt(glued)}){_E}"
    hedge = rf"{_B}{_alt(lex.of_kind('hedge'))}{_SP}$"
    return _Patterns(
        shapes=tuple(
            (name, re.compile(p, _FLAGS), tuple(a for a in anchors[name] if a is not None))
            for name, p in shapes.items()
        ),
        cue=re.compile(cue, _FLAGS),
        hedge=re.compile(hedge, _FLAGS),
    )


# --------------------------------------------------------------------------- dates


def _date(year: int, month: int, day: int) -> pendulum.Date | None:
    """The date, or None when it does not exist (30 February, year 0)."""
    if not (1 <= year <= 9999 and 1 <= month <= 12):
        return None
    if not 1 <= day <= calendar.monthrange(year, month)[1]:
        return None
    return pendulum.Date(year, month, day)


def _month_span(year: int, month: int) -> _Dates | None:
    first = _date(year, month, 1)
    if first is None:
        return None
    return first, pendulum.Date(year, month, calendar.monthrange(year, month)[1])


def _year_span(first: int, last: int | None = None) -> _Dates | None:
    start = _date(first, 1, 1)
    end = _date(first if last is None else last, 12, 31)
    return None if start is None or end is None else (start, end)


def _months_span(year: int, first: int, last: int) -> _Dates | None:
    """From the 1st of month *first* to the end of month *last* (which may be in the next year)."""
    start = _month_span(year, first)
    end = _month_span(year + (last < first), last)
    return None if start is None or end is None else (start[0], end[1])


def _shift_month(year: int, month: int, by: int) -> tuple[int, int]:
    index = year * 12 + month - 1 + by
    return index // 12, index % 12 + 1


def _nearest(
    pub: pendulum.Date, make: Callable[[int], _Dates | None], *, future: bool
) -> _Dates | None:
    """The most recent span that starts on or before *pub*, or (future) the nearest that ends
    on or after it; *make* builds the span for a year and may return None (29 February)."""
    years = (
        range(pub.year - 1, pub.year + _MAX_YEAR_SEARCH)
        if future
        else range(pub.year + 1, pub.year - _MAX_YEAR_SEARCH, -1)
    )
    for year in years:
        span = make(year)
        if span is None:
            continue
        if (span[1] >= pub) if future else (span[0] <= pub):
            return span
    return None


def _week_of(pub: pendulum.Date, weeks: int) -> _Dates:
    monday = pub.subtract(days=pub.weekday()).add(weeks=weeks)
    return monday, monday.add(days=6)


# --------------------------------------------------------------------------- candidates


@attrs.frozen
class _Found:
    start: int
    end: int
    precision: Precision
    approximate: bool
    dates: _Dates | None


class _Reject(Exception):  # noqa: N818 - internal control flow, never escapes
    """The candidate is not a time expression after all."""


@attrs.frozen
class _Context:
    """One call's text, publication date and lexicon, with the questions shapes ask."""

    text: str
    pub: pendulum.Date | None
    lex: _Lexicon
    cue: re.Pattern[str]

    def month(self, token: str | None, *, alone: bool = False) -> int | None:
        """The month a token names; rejects a lower-case "may" and a lone "Jan"."""
        if token is None:
            return None
        entry = self.lex.entry(token.rstrip("."), "month")
        if entry is None:
            raise _Reject
        if "cap" in entry.flags and not token[0].isupper():
            raise _Reject
        if alone and "abbr" in entry.flags:
            raise _Reject
        return int(entry.value)

    def required_month(self, token: str | None, *, alone: bool = False) -> int:
        """The month a token that the pattern requires names (see :meth:`month`)."""
        month = self.month(token, alone=alone)
        if month is None:
            raise _Reject
        return month

    def value(self, token: str, kind: str) -> str:
        """The lexicon value of *token* as a word of *kind*; rejects an unknown word."""
        entry = self.lex.entry(token, kind)
        if entry is None:
            raise _Reject
        return entry.value

    def needs_pub(self) -> pendulum.Date:
        """The publication date; without it, the candidate stays unresolved."""
        if self.pub is None:
            raise _Unresolved
        return self.pub

    def future(self, start: int) -> bool:
        """Tell whether the nearest cue before *start*, in the same sentence and at most
        twelve words back, is a future one ("will", "is due to" ...)."""
        text = self.text
        low = max(0, start - _WINDOW)
        for boundary in _SENTENCE_END.finditer(text, low, start):
            if _ends_sentence(text, boundary.start(), boundary.end()):
                low = boundary.end()
        window = text[low:start]
        parts = window.rsplit(maxsplit=_WINDOW_TOKENS)
        if len(parts) > _WINDOW_TOKENS:  # parts[0] holds the words before the last twelve
            low += window.find(parts[1], len(parts[0]))
        kind = None
        for found in self.cue.finditer(text, low, start):
            kind = self.lex.cues.get(" ".join(found.group().lower().split()))
        return kind == "future"

    def word_before(self, pos: int) -> str | None:
        found = _WORD_BEFORE.search(self.text, max(0, pos - 40), pos)
        return None if found is None else found.group(1)

    def word_after(self, pos: int) -> str | None:
        found = _WORD_AFTER.match(self.text, pos, min(len(self.text), pos + 40))
        return None if found is None else found.group(1)


class _Unresolved(Exception):  # noqa: N818 - internal control flow, never escapes
    """The candidate needs a publication date that was not given."""


def _ends_sentence(text: str, start: int, end: int) -> bool:
    """Tell whether the punctuation at *start* ends a sentence (not "Mr." or "U.S.")."""
    if text[start] not in ".!?":
        return True
    following = text[end : end + 4].lstrip()
    if following[:1].islower():
        return False
    if text[start] != ".":
        return True
    token = _TOKEN_BEFORE_PERIOD.search(text, max(0, start - 20), start)
    if token is None:
        return True
    word = token.group(1).lstrip("\"'“‘([")
    if "." in word or (len(word) == 1 and word.isupper()):
        return False
    lex = _lexicon()
    return lex.entry(word, "abbreviation") is None and lex.entry(word, "month") is None


def _starts_sentence(text: str, pos: int) -> bool:
    i = pos - 1
    while i >= 0 and pos - i <= 8 and text[i] in _OPENERS:
        i -= 1
    return i < 0 or pos - i > 8 or text[i] in _SENTENCE_MARKS


def _is_name_before(ctx: _Context, start: int) -> bool:
    """A capitalised word that is not a time word or connector glues a month to a name:
    "Theresa May", "the Long March 5 rocket"."""
    word = ctx.word_before(start)
    if word is None:
        return False
    word = word.rstrip(".")
    return bool(word) and word[0].isupper() and not word.isupper() and not ctx.lex.known(word)


def _is_weekday_name(ctx: _Context, start: int, end: int) -> bool:
    """ "the Sunday Times", "the Monday Club": a determiner before, a capitalised word after."""
    before = ctx.word_before(start)
    after = ctx.word_after(end)
    return (
        before is not None
        and ctx.lex.entry(before, "determiner") is not None
        and after is not None
        and after[0].isupper()
    )


def _glued(char: str) -> bool:
    """Tell whether *char* would make a word go on: a letter, a digit or a combining mark."""
    return unicodedata.category(char)[0] in "LNM"


def _unicode_boundaries(text: str, start: int, end: int) -> bool:
    """The patterns check ASCII word boundaries; non-ASCII letters, digits and marks count too."""
    return not (start > 0 and _glued(text[start - 1])) and not (
        end < len(text) and _glued(text[end])
    )


# --------------------------------------------------------------------------- shapes

_Groups = Mapping[str, "str | None"]
_Resolved = tuple[Precision, bool, "_Dates | None"]


def _int(value: str | None) -> int | None:
    return None if value is None else int(value)


def _day_month(ctx: _Context, start: int, year: int | None, month: int, day: int) -> _Resolved:
    if _date(2000, month, day) is None:  # no such day in any year (30 February)
        raise _Reject
    if year is not None:
        single = _date(year, month, day)
        if single is None:
            raise _Reject
        return "day", False, (single, single)
    pub = ctx.needs_pub()

    def make(y: int) -> _Dates | None:
        d = _date(y, month, day)
        return None if d is None else (d, d)

    return "day", False, _nearest(pub, make, future=ctx.future(start))


def _shape_iso(ctx: _Context, g: _Groups, start: int) -> _Resolved:
    single = _date(int(g["y"] or 0), int(g["mo"] or 0), int(g["d"] or 0))
    if single is None:
        raise _Reject
    return "day", False, (single, single)


def _shape_date(ctx: _Context, g: _Groups, start: int) -> _Resolved:
    month = ctx.required_month(g["m"])
    return _day_month(ctx, start, _int(g["y"]), month, int(g["d"] or 0))


def _part_of_month(ctx: _Context, part: str, span: _Dates) -> _Dates:
    """The days of *span* (one month) that *part* covers; "pub" bounds need the date in it."""
    first, last = ctx.lex.parts[(part, "month")]
    start, end = span
    low = ctx.needs_pub() if first == "pub" else start.replace(day=int(first))
    high = ctx.needs_pub() if last == "pub" else start.replace(day=min(int(last), end.day))
    if not start <= low <= high <= end:
        raise _Reject
    return low, high


def _part_of_year(ctx: _Context, part: str, year: int) -> _Dates:
    """The months of *year* that *part* covers; "pub" bounds are the publication date."""
    first, last = ctx.lex.parts[(part, "year")]
    span = _months_span(
        year, 1 if first == "pub" else int(first), 12 if last == "pub" else int(last)
    )
    if span is None:
        raise _Reject
    low = ctx.needs_pub() if first == "pub" else span[0]
    high = ctx.needs_pub() if last == "pub" else span[1]
    if not span[0] <= low <= high <= span[1]:
        raise _Reject
    return low, high


def _shape_month(ctx: _Context, g: _Groups, start: int) -> _Resolved:
    year = _int(g["y"])
    month = ctx.required_month(g["m"], alone=year is None)
    part = ctx.value(g["p"], "part") if g["p"] else None
    precision: Precision = "part_of_month" if part else "month"

    def build(y: int) -> _Dates | None:
        span = _month_span(y, month)
        if span is None:
            return None
        return _part_of_month(ctx, part, span) if part else span

    if year is not None:
        span = build(year)
        if span is None:
            raise _Reject
        return precision, part is not None, span
    pub = ctx.needs_pub()
    if g["sh"]:
        return precision, part is not None, build(pub.year + int(ctx.value(g["sh"], "shift")))
    # The rule picks the month ("the current month counts"); the part is then taken from it.
    chosen = _nearest(pub, lambda y: _month_span(y, month), future=ctx.future(start))
    return precision, part is not None, None if chosen is None else build(chosen[0].year)


def _shape_shift_month(ctx: _Context, g: _Groups, start: int) -> _Resolved:
    month = ctx.required_month(g["m"], alone=True)
    shift = int(ctx.value(g["sh"] or "", "shift"))
    pub = ctx.needs_pub()
    if shift == 0:
        return "month", False, _month_span(pub.year, month)
    for offset in range(-2, 3) if shift > 0 else range(1, -3, -1):
        span = _month_span(pub.year + offset, month)
        if span is not None and ((span[0] > pub) if shift > 0 else (span[1] < pub)):
            return "month", False, span
    raise _Reject


def _shape_weekday(ctx: _Context, g: _Groups, start: int) -> _Resolved:
    weekday = int(ctx.value(g["wd"] or "", "weekday"))
    shift = int(ctx.value(g["sh"], "shift")) if g["sh"] else 0
    pub = ctx.needs_pub()
    if shift == 0 and ctx.future(start):
        shift = 1
    if shift < 0:
        day = pub.subtract(days=(pub.weekday() - weekday - 1) % 7 + 1)
    elif shift > 0:
        day = pub.add(days=(weekday - pub.weekday() - 1) % 7 + 1)
    else:
        day = pub.subtract(days=(pub.weekday() - weekday) % 7)
    return "day", False, (day, day)


def _shape_day_word(ctx: _Context, g: _Groups, start: int) -> _Resolved:
    offset = int(ctx.value(g["dw"] or "", "day_word"))
    pub = ctx.needs_pub()
    day = pub.add(days=offset)
    return "day", False, (day, day)


def _shape_ago(ctx: _Context, g: _Groups, start: int) -> _Resolved:
    raw = g["n"] or ""
    count = int(raw) if raw.isdigit() else int(ctx.value(raw, "number"))
    unit = ctx.value(g["u"] or "", "unit")
    if count < 1:
        raise _Reject
    precision = _UNIT_PRECISION["day" if unit == "week" else unit]
    approximate = unit != "day"
    if ctx.pub is None:
        return precision, approximate, None
    pub = ctx.pub
    if unit in {"day", "week"}:
        day = pub.subtract(days=count * (7 if unit == "week" else 1))
        return precision, approximate, (day, day)
    if unit == "month":
        return precision, approximate, _month_span(*_shift_month(pub.year, pub.month, -count))
    return precision, approximate, _year_span(pub.year - count)


def _period(ctx: _Context, unit: str, shift: int) -> _Dates | None:
    pub = ctx.needs_pub()
    if unit == "week":
        return _week_of(pub, shift)
    if unit == "month":
        return _month_span(*_shift_month(pub.year, pub.month, shift))
    return _year_span(pub.year + shift)


def _shape_rel_unit(ctx: _Context, g: _Groups, start: int) -> _Resolved:
    before = ctx.word_before(start)
    if before is not None and ctx.lex.entry(before, "determiner") is not None:
        raise _Reject  # "the last week" is the last seven days, not a calendar week
    unit = ctx.value(g["u"] or "", "unit")
    shift = int(ctx.value(g["sh"] or "", "shift"))
    precision = _UNIT_PRECISION[unit]
    if ctx.pub is None:
        return precision, False, None
    return precision, False, _period(ctx, unit, shift)


_PART_PRECISION: dict[str, Precision] = {
    "week": "day",
    "month": "part_of_month",
    "year": "part_of_year",
}
_UNIT_PRECISION: dict[str, Precision] = {
    "day": "day",
    "week": "week",
    "month": "month",
    "year": "year",
}


def _shape_rel_part(ctx: _Context, g: _Groups, start: int) -> _Resolved:
    part = ctx.value(g["p"] or "", "part")
    unit = ctx.value(g["u"] or "", "unit")
    shift = int(ctx.value(g["sh"] or "", "shift"))
    if (part, unit) not in ctx.lex.parts or (part in {"earlier", "later"} and shift != 0):
        raise _Reject
    precision = _PART_PRECISION[unit]
    if ctx.pub is None:
        return precision, True, None
    period = _period(ctx, unit, shift)
    if period is None:
        return precision, True, None
    if unit == "month":
        return precision, True, _part_of_month(ctx, part, period)
    if unit == "year":
        return precision, True, _part_of_year(ctx, part, period[0].year)
    first, last = ctx.lex.parts[(part, "week")]
    low = period[0].add(days=int(first) - 1) if first != "pub" else ctx.pub
    high = period[0].add(days=int(last) - 1) if last != "pub" else ctx.pub
    return precision, True, (low, high)


def _shape_year_part(ctx: _Context, g: _Groups, start: int) -> _Resolved:
    part = ctx.value(g["p"] or "", "part")
    first, last = ctx.lex.parts[(part, "year")]
    return "part_of_year", True, _months_span(int(g["y"] or 0), int(first), int(last))


def _season(year: int, first_month: int) -> _Dates | None:
    last = (first_month + 1) % 12 + 1
    return _months_span(year, first_month, last)


def _shape_season(ctx: _Context, g: _Groups, start: int) -> _Resolved:
    first_month = int(ctx.value(g["s"] or "", "season"))
    if g["y"]:
        return "season", False, _season(int(g["y"]), first_month)
    if not g["sh"]:
        raise _Reject  # a bare "spring" is too vague, and often a name ("the Arab Spring")
    before = ctx.word_before(start)
    if before is not None and ctx.lex.entry(before, "determiner") is not None:
        raise _Reject
    shift = int(ctx.value(g["sh"], "shift"))
    pub = ctx.needs_pub()
    spans = [s for y in range(pub.year - 2, pub.year + 2) if (s := _season(y, first_month))]
    if shift < 0:
        return "season", False, max((s for s in spans if s[1] < pub), default=None)
    if shift > 0:
        return "season", False, min((s for s in spans if s[0] > pub), default=None)

    def distance(span: _Dates) -> tuple[int, int]:
        if span[0] <= pub <= span[1]:
            return 0, 0
        if span[0] > pub:
            return (span[0] - pub).in_days(), 0
        return (pub - span[1]).in_days(), 1

    return "season", False, min(spans, key=distance)


def _shape_year_context(ctx: _Context, g: _Groups, start: int) -> _Resolved:
    entry = ctx.lex.entry(g["c"] or "", "year_context")
    if entry is None:
        raise _Reject
    return "year", False, _year_span(int(g["y"] or 0))


def _shape_decade(ctx: _Context, g: _Groups, start: int) -> _Resolved:
    decade = int(g["dec"] or 0)
    if not g["p"]:
        return "year", False, _year_span(decade, decade + 9)
    first, last = ctx.lex.parts[(ctx.value(g["p"], "part"), "decade")]
    return "year", True, _year_span(decade + int(first), decade + int(last))


@attrs.frozen
class _Point:
    """One end of a range: what the text gave of it."""

    year: int | None
    month: int | None
    day: int | None


def _range_point(ctx: _Context, g: _Groups, x: str) -> _Point:
    year = _int(g.get(x + "y")) or _int(g.get(x + "y0"))
    days = [g.get(x + k) for k in ("d1", "d2", "d3")]
    day = next((int(d) for d in days if d), None)
    tokens = [g.get(x + k) for k in ("m1", "m2", "m3")]
    token = next((t for t in tokens if t), None)
    month = ctx.month(token, alone=day is None and year is None)
    return _Point(year, month, day)


def _resolve_range(ctx: _Context, start: int, a: _Point, b: _Point) -> _Resolved:
    if a.month is None and b.month is not None and a.day is not None:
        a = attrs.evolve(a, month=b.month)
    if b.month is None and a.month is not None and b.day is not None:
        b = attrs.evolve(b, month=a.month)
    if (a.day is None) != (b.day is None) or (a.month is None) != (b.month is None):
        raise _Reject
    if a.month is None or b.month is None:
        if a.year is None or b.year is None or b.year <= a.year:
            raise _Reject
        return "year", False, _year_span(a.year, b.year)
    a_month, b_month = a.month, b.month
    precision: Precision = "month" if a.day is None else "day"
    if (a.day is not None and _date(2000, a_month, a.day) is None) or (
        b.day is not None and _date(2000, b_month, b.day) is None
    ):
        raise _Reject
    b_later = (b_month, b.day or 0) >= (a_month, a.day or 0)

    def make(y: int, y2: int | None = None) -> _Dates | None:
        if y2 is None:
            y2 = y if b_later else y + 1
        if a.day is None:
            first, last = _month_span(y, a_month), _month_span(y2, b_month)
            return None if first is None or last is None else (first[0], last[1])
        first_day, last_day = _date(y, a_month, a.day), _date(y2, b_month, b.day or 0)
        return None if first_day is None or last_day is None else (first_day, last_day)

    if a.year is not None or b.year is not None:
        y1 = a.year if a.year is not None else (b.year or 0) - (not b_later)
        y2 = b.year if b.year is not None else y1 + (not b_later)
        span = make(y1, y2)
        if span is None or span[0] > span[1]:
            raise _Reject
        return precision, False, span
    pub = ctx.needs_pub()
    return precision, False, _nearest(pub, make, future=ctx.future(start))


def _shape_range(ctx: _Context, g: _Groups, start: int) -> _Resolved:
    links = ctx.value(g["open"] or "", "range_open").split("|")
    if " ".join((g["link"] or "").lower().split()) not in links:
        raise _Reject
    return _resolve_range(ctx, start, _range_point(ctx, g, "a"), _range_point(ctx, g, "b"))


def _shape_dash(ctx: _Context, g: _Groups, start: int) -> _Resolved:
    return _resolve_range(ctx, start, _range_point(ctx, g, "a"), _range_point(ctx, g, "b"))


_SHAPES: dict[str, Callable[[_Context, _Groups, int], _Resolved]] = {
    "iso": _shape_iso,
    "mdy": _shape_date,
    "dmy": _shape_date,
    "month": _shape_month,
    "shift_month": _shape_shift_month,
    "weekday": _shape_weekday,
    "day_word": _shape_day_word,
    "ago": _shape_ago,
    "rel_unit": _shape_rel_unit,
    "rel_part": _shape_rel_part,
    "year_part": _shape_year_part,
    "season": _shape_season,
    "year_context": _shape_year_context,
    "decade": _shape_decade,
    "range": _shape_range,
    "dash_md": _shape_dash,
    "dash_dm": _shape_dash,
    "dash_years": _shape_dash,
}

#: Shapes whose first word may be a month or weekday that a neighbouring name claims.
_MONTH_FIRST = frozenset({"mdy", "month", "dash_md"})
_WEEKDAY_FIRST = frozenset({"weekday", "mdy", "dmy"})


def _check_names(ctx: _Context, shape: str, match: re.Match[str]) -> None:
    """Reject a candidate whose first word belongs to a name, not to a time."""
    start, end = match.span()
    groups = match.groupdict()
    if (
        shape in _MONTH_FIRST
        and not groups.get("p")
        and not groups.get("wd")
        and _is_name_before(ctx, start)
    ):
        raise _Reject
    if shape in _WEEKDAY_FIRST and groups.get("wd") and not groups.get("sh"):
        first_end = match.end("wd")
        if _is_weekday_name(ctx, start, first_end if shape != "weekday" else end):
            raise _Reject
    if shape == "day_word":
        word = match.group()
        if word[0].isupper() and not word.isupper() and not _starts_sentence(ctx.text, start):
            raise _Reject  # "USA Today", "Russia Today": a title, not a day
    if shape == "year_context":
        entry = ctx.lex.entry(groups["c"] or "", "year_context")
        after = ctx.word_after(match.end("y"))
        if (
            entry is not None
            and "quantity" in entry.flags
            and after is not None
            and after[0].islower()
            and not ctx.lex.known(after)
        ):
            raise _Reject  # "a total of 2000 tonnes"


def _span_of(shape: str, match: re.Match[str]) -> tuple[int, int]:
    start, end = match.span("y") if shape == "year_context" else match.span()
    text = match.string
    if text[end - 1] == ".":  # an abbreviation's period at the end of a sentence
        end -= 1
    return start, end


def _candidates(ctx: _Context) -> list[_Found]:
    found: list[_Found] = []
    low = ctx.text.lower()
    holds: dict[re.Pattern[str], bool] = {}  # each anchor is looked for once
    for shape, pattern, anchors in _patterns().shapes:
        missing = False
        for anchor in anchors:
            held = holds.get(anchor)
            if held is None:
                held = holds[anchor] = anchor.search(low) is not None
            if not held:
                missing = True
                break
        if missing:
            continue  # no match is possible
        resolve = _SHAPES[shape]
        for match in pattern.finditer(ctx.text):
            start, end = _span_of(shape, match)
            if not _unicode_boundaries(ctx.text, start, end):
                continue
            try:
                _check_names(ctx, shape, match)
                try:
                    precision, approximate, dates = resolve(ctx, match.groupdict(), start)
                except _Unresolved:
                    precision, approximate, dates = _unresolved(ctx, shape, match, start)
            except (_Reject, ValueError, OverflowError):
                continue
            if dates is None and ctx.pub is not None:
                continue
            found.append(_Found(start, end, precision, approximate, dates))
    return found


def _unresolved(ctx: _Context, shape: str, match: re.Match[str], start: int) -> _Resolved:
    """Precision and approximation of a relative expression, from its words alone.

    The shape runs once more against a fixed stand-in date (never the current one); only the
    precision and approximation it gives are kept, since they do not depend on the date.
    """
    probe = _Context(ctx.text, _STAND_IN, ctx.lex, ctx.cue)
    precision, approximate, _ = _SHAPES[shape](probe, match.groupdict(), start)
    return precision, approximate, None


def _select(text: str, found: list[_Found]) -> list[_Found]:
    """Longest first; a candidate that overlaps a kept one is dropped."""
    taken = bytearray(len(text))
    kept: list[_Found] = []
    for item in sorted(found, key=lambda f: (f.start - f.end, f.start)):
        if taken.find(1, item.start, item.end) != -1:
            continue
        taken[item.start : item.end] = b"\x01" * (item.end - item.start)
        kept.append(item)
    kept.sort(key=lambda f: f.start)
    return kept


def _with_hedge(ctx: _Context, item: _Found, previous_end: int) -> _Found:
    low = max(previous_end, item.start - 25)
    hedge = _patterns().hedge.search(ctx.text, low, item.start)
    if hedge is None:
        return item
    return attrs.evolve(item, start=hedge.start(), approximate=True)


def find_times(text: str, *, published: pendulum.Date | None = None) -> tuple[TimeMention, ...]:
    """Find the time expressions in *text*, in order, with exact offsets and resolved dates.

    Relative expressions ("last week", "on Monday", "January 15") are resolved against
    *published*, the article's publication date; without it they keep their precision and
    approximation but get ``when=None``. Absolute ones ("October 2023") always resolve.
    Nothing reads the current date. The rules are in ``docs/time-expressions.md``.

    Args:
        text: Any string; the recognizer never raises on text.
        published: The publication date, a :class:`pendulum.Date` (not a ``DateTime``).

    Returns:
        The mentions, sorted by start and never overlapping; ``text[m.start:m.end] == m.text``.

    Raises:
        TypeError: *text* is not a ``str`` or *published* is not a ``pendulum.Date`` or None.

    Example:
        >>> import pendulum
        >>> [m.when.start.isoformat() for m in find_times(
        ...     "The envoy will visit Kyiv on Monday.", published=pendulum.Date(2024, 1, 17))]
        ['2024-01-22']
    """
    if not isinstance(text, str):
        msg = f"find_times() needs text as a str, not {type(text).__name__}"
        raise TypeError(msg)
    if published is not None and type(published) is not pendulum.Date:
        msg = (
            "find_times() needs published as a pendulum.Date or None, not "
            f"{type(published).__name__}; convert it first (a DateTime's .date())"
        )
        raise TypeError(msg)
    ctx = _Context(text, published, _lexicon(), _patterns().cue)
    mentions: list[TimeMention] = []
    previous_end = 0
    for item in _select(text, _candidates(ctx)):
        hedged = _with_hedge(ctx, item, previous_end)
        previous_end = hedged.end
        words = text[hedged.start : hedged.end]
        when = (
            None
            if hedged.dates is None
            else TimeSpan(
                start=hedged.dates[0],
                end=hedged.dates[1],
                precision=hedged.precision,
                approximate=hedged.approximate,
                text=words,
            )
        )
        mentions.append(
            TimeMention(
                start=hedged.start,
                end=hedged.end,
                text=words,
                when=when,
                precision=hedged.precision,
                approximate=hedged.approximate,
            )
        )
    return tuple(mentions)
