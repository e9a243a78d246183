"""The quantity recognizer: numbers in English news text, with what they count and how hedged.

:func:`find_quantities` turns a text into :class:`~dipevents._mentions.QuantityMention` objects:
"more than 1,000 artillery rounds", "$1.5 billion", "900 kilometres (550 miles)", "40%". The rules
are in ``docs/quantities.md``.

How it works: one regular expression cuts the text into words (letters and digits, glued by
hyphens, apostrophes, full stops and digit-group commas) and signs (currency signs, ``%``,
parentheses, dashes); everything else is a gap. A left-to-right scan then tries, at each word that
can start a quantity, to read a qualifier, a number (digits or number words), an optional range,
and a unit or a counted noun phrase, looking at a bounded number of words. The scan is linear in
the text and holds a bounded window of tokens (memory does not grow with the text, apart from the
mentions found), and the regular expressions have no nested or overlapping repetition.

The knowledge (number words, scales, qualifiers, units, currencies, the words that end a noun
phrase...) is data: the tab-separated files in ``dipevents/data/lexicon/``, read once on first use.
"""

from __future__ import annotations

import decimal
import functools
import importlib.resources
import itertools
import re
import unicodedata
from collections.abc import Iterable, Iterator, Mapping
from typing import Generic, NamedTuple, TypeVar, cast

from ._mentions import QuantityMention
from ._trie import trie_pattern
from ._values import Quantity
from ._vocab import QUALIFIERS, Qualifier


__all__ = ["find_quantities"]

_T = TypeVar("_T")

# --- the regular expressions (fragments; the sign list comes from units.tsv) -------------------

#: Letters of words: ASCII and the Latin-1 and Latin Extended-A/B letters ("İstanbul", "Kraków").
_LETTER = "A-Za-z\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u024f"
#: A word: letters and digits glued by hyphens, dashes, apostrophes and full stops ("F-16", "U.S",
#: "o'clock", "1.5bn"), and by commas followed by digits ("1,000"). Each repetition starts with a
#: separator that the repeated class cannot match, so the match is unambiguous. Every repetition
#: is bounded: a run of 1 MB of digits, or of "1,1,1,...", is cut into words of bounded size, so
#: the work per word is bounded too (such words are then glued to their neighbours: no number).
_WORD = f"[0-9{_LETTER}]{{1,64}}(?:[\\-\u2013'\u2019.][0-9{_LETTER}]{{1,64}}|,[0-9]{{1,64}}){{0,8}}"
#: A numeral: digits with thousands separators, or plain digits, and optional decimals.
_NUMERAL = r"(?:[0-9]{1,3}(?:,[0-9]{3})+|[0-9]+)(?:\.[0-9]+)?"
#: A word written with digits: a numeral, an optional second numeral after a dash ("10-20"), and
#: letters glued after it ("3bn", "5km", and the "st" of "21st" which makes it no number).
_DIGITS_WORD = (
    f"(?P<first>{_NUMERAL})(?:[\\-\u2013](?P<second>{_NUMERAL}))?(?P<suffix>[A-Za-z]{{1,12}})?"
)

_FLAGS = re.IGNORECASE | re.ASCII

#: Characters allowed right before a number (or the currency sign before it).
_BEFORE_OK = frozenset("([{\"'\u201c\u2018\u00ab\u2014~")
#: Characters allowed right after a number; those in _AFTER_NO_DIGIT only when no digit follows.
_AFTER_OK = frozenset(")]}\"'\u201d\u2019\u00bb\u2026\u2014,.;:!?")
_AFTER_NO_DIGIT = frozenset(",.;:'\u2019")

_MAX_DIGITS = 18  # longer numerals are identifiers, not quantities
_MAX_NOUN_WORDS = 5  # words in a counted noun phrase before its "of" phrase
_MAX_OF_WORDS = 4  # words in the "of" phrase of a container noun
_YEAR_LOW, _YEAR_HIGH = 1000, 2099
_MAX_AGE = 120
_BLOCK = 4096  # tokens where quantities may start, read in one window
_MARGIN = 1024  # tokens after them in the window: more than reading one quantity looks at
_KEEP = 8  # tokens kept behind the reading position: more than reading looks back
_CONTEXT = decimal.Context(prec=80)  # exact for every numeral we accept times every scale

# --- the lexicon ---------------------------------------------------------------------------


class _Unit(NamedTuple):
    kind: str  # "measure", "currency" or "percent"
    unit: str
    takes_of: bool
    needs_scale: bool


class _Phrase(NamedTuple):
    value: decimal.Decimal
    qualifier: Qualifier
    needs_noun: bool


class _Scale(NamedTuple):
    value: decimal.Decimal
    needs: str  # "", "digits", "currency" or "choice"


class _Table(Generic[_T]):
    """Phrases of one or more words, looked up word by word from a token."""

    __slots__ = ("entries", "firsts", "longest")

    def __init__(self, entries: Mapping[tuple[str, ...], _T]) -> None:
        self.entries: dict[tuple[str, ...], _T] = dict(entries)
        self.firsts = frozenset(key[0] for key in entries)
        self.longest = max((len(key) for key in entries), default=0)


class _Lexicon(NamedTuple):
    numbers: Mapping[str, int]
    hundreds: Mapping[str, int]
    multipliers: Mapping[str, int]
    articles: frozenset[str]
    conjunctions: frozenset[str]
    scales: Mapping[str, _Scale]
    phrases: _Table[_Phrase]
    qualifiers: _Table[Qualifier]
    betweens: _Table[str]
    joins: frozenset[str]
    units_after: _Table[_Unit]
    units_before: _Table[_Unit]
    words: Mapping[str, frozenset[str]]  # context kind -> words
    clock: _Table[bool]
    age_after: _Table[bool]
    starters: frozenset[str]
    token_re: re.Pattern[str]
    digits_re: re.Pattern[str]
    #: found in the lower-cased text whenever a quantity may be in it (None: always look)
    anchor_re: re.Pattern[str] | None


_QUANTITY_COLUMNS = ("phrase", "kind", "value", "qualifier", "needs")
_UNIT_COLUMNS = ("alias", "kind", "unit", "position", "of", "needs")
_CONTEXT_COLUMNS = ("word", "kind")
_CONTEXT_KINDS = frozenset(
    {
        "stop",
        "link",
        "container",
        "participle",
        "nonhead",
        "pluralmod",
        "head",
        "month",
        "identifier",
        "yearword",
        "clock",
        "agebefore",
        "ageafter",
    }
)


def _read_table(name: str, columns: tuple[str, ...]) -> list[tuple[int, dict[str, str]]]:
    """Read a bundled lexicon file: ``(line number, row)`` for each data line."""
    path = importlib.resources.files("dipevents") / "data" / "lexicon" / name
    rows: list[tuple[int, dict[str, str]]] = []
    header: list[str] | None = None
    for number, raw in enumerate(path.read_text(encoding="utf-8").split("\n"), start=1):
        line = raw.rstrip("\r")
        if not line.strip() or line.startswith("#"):
            continue
        cells = [cell.strip() for cell in line.split("\t")]
        if header is None:
            header = cells
            if tuple(header) != columns:
                msg = f"{name}, line {number}: header {header!r}, expected {list(columns)!r}"
                raise ValueError(msg)
            continue
        if len(cells) > len(header):
            msg = f"{name}, line {number}: {len(cells)} cells, the header has {len(header)}"
            raise ValueError(msg)
        cells += [""] * (len(header) - len(cells))
        rows.append((number, dict(zip(header, cells, strict=True))))
    return rows


def _key(phrase: str) -> tuple[str, ...]:
    """The words of a table phrase as matched: lower case, abbreviation points dropped."""
    return tuple(w.rstrip(".") or w for w in phrase.lower().split())


def _decimal(text: str, where: str) -> decimal.Decimal:
    try:
        value = decimal.Decimal(text)
    except decimal.InvalidOperation:
        msg = f"{where}: {text!r} is not a decimal number"
        raise ValueError(msg) from None
    if not value.is_finite() or value.is_signed():
        msg = f"{where}: {text!r} is not a finite number >= 0"
        raise ValueError(msg)
    return value


def _qualifier(text: str, where: str) -> Qualifier:
    if text not in QUALIFIERS:
        msg = f"{where}: unknown qualifier {text!r}"
        raise ValueError(msg)
    return cast("Qualifier", text)


@functools.cache
def _lexicon() -> _Lexicon:
    """Read the lexicon files and build the tables and the token pattern, once."""
    numbers: dict[str, int] = {}
    hundreds: dict[str, int] = {}
    multipliers: dict[str, int] = {}
    articles: set[str] = set()
    conjunctions: set[str] = set()
    scales: dict[str, _Scale] = {}
    phrases: dict[tuple[str, ...], _Phrase] = {}
    qualifiers: dict[tuple[str, ...], Qualifier] = {}
    betweens: dict[tuple[str, ...], str] = {}
    joins: set[str] = set()
    for number, row in _read_table("quantities.tsv", _QUANTITY_COLUMNS):
        where = f"quantities.tsv, line {number}"
        phrase, kind, needs = row["phrase"].lower(), row["kind"], row["needs"]
        if kind in {"number", "hundred", "multiplier", "article"}:
            value = int(_decimal(row["value"], where))
            table = {
                "number": numbers,
                "hundred": hundreds,
                "multiplier": multipliers,
                "article": None,
            }[kind]
            if table is None:
                articles.add(phrase)
            else:
                table[phrase] = value
        elif kind == "conjunction":
            conjunctions.add(phrase)
        elif kind == "scale":
            if needs not in {"", "digits", "currency", "choice"}:
                msg = f"{where}: unknown condition {needs!r} for a scale"
                raise ValueError(msg)
            scales[phrase] = _Scale(_decimal(row["value"], where), needs)
        elif kind in {"phrase", "vague"}:
            phrases[_key(phrase)] = _Phrase(
                _decimal(row["value"], where),
                _qualifier(row["qualifier"], where),
                needs_noun=needs == "noun",
            )
        elif kind == "qualifier":
            qualifiers[_key(phrase)] = _qualifier(row["qualifier"], where)
        elif kind == "between":
            betweens[_key(phrase)] = row["value"].lower()
        elif kind == "join":
            joins.add(phrase)
        else:
            msg = f"{where}: unknown kind {kind!r}"
            raise ValueError(msg)

    units_after: dict[tuple[str, ...], _Unit] = {}
    units_before: dict[tuple[str, ...], _Unit] = {}
    signs: set[str] = {"(", ")", "-", "\u2013"}
    word_re = re.compile(_WORD, _FLAGS)
    for number, row in _read_table("units.tsv", _UNIT_COLUMNS):
        where = f"units.tsv, line {number}"
        kind, position = row["kind"], row["position"]
        if kind not in {"measure", "currency", "percent"} or not row["unit"]:
            msg = f"{where}: unknown kind {kind!r} or empty unit"
            raise ValueError(msg)
        if position not in {"after", "before", "both"} or row["of"] not in {"yes", "no"}:
            msg = f"{where}: position must be after/before/both and of yes/no"
            raise ValueError(msg)
        unit = _Unit(kind, row["unit"], row["of"] == "yes", row["needs"] == "scale")
        alias = row["alias"]
        if position in {"after", "both"}:
            units_after[_key(alias)] = unit
        if position in {"before", "both"}:
            units_before[_key(alias)] = unit
        if " " not in alias and not word_re.fullmatch(alias):
            signs.add(alias)

    words: dict[str, set[str]] = {kind: set() for kind in _CONTEXT_KINDS}
    clock: set[tuple[str, ...]] = set()
    age_after: set[tuple[str, ...]] = set()
    for number, row in _read_table("quantities_context.tsv", _CONTEXT_COLUMNS):
        kind = row["kind"]
        if kind not in _CONTEXT_KINDS:
            msg = f"quantities_context.tsv, line {number}: unknown kind {kind!r}"
            raise ValueError(msg)
        if kind == "clock":
            clock.add(_key(row["word"]))
        elif kind == "ageafter":
            age_after.add(_key(row["word"]))
        else:
            words[kind].add(row["word"].lower())

    starters = {
        *numbers,
        *articles,
        *(k[0] for k in phrases),
        *(k[0] for k in qualifiers),
        *(k[0] for k in betweens),
        *(k[0] for k in units_before),
    }
    sign_pattern = "|".join(re.escape(s) for s in sorted(signs, key=lambda s: (-len(s), s)))
    # Every quantity holds an amount: a token that starts with a digit, a number word ("two",
    # "twenty-five"), a scale, hundred or multiplier word after an article ("a dozen"), or a
    # fixed phrase ("dozens of"), whose words are all tokens. Each is in the lower-cased text,
    # so a text without a digit, a number word, such a word or the longest word of a phrase
    # holds no quantity.
    anchors = {
        *numbers,
        *hundreds,
        *multipliers,
        *(word for word, scale in scales.items() if scale.needs == ""),
        *(max(key, key=len) for key in phrases),
    }
    anchor_re = None if "" in anchors else re.compile("[0-9]|" + trie_pattern(sorted(anchors)))
    return _Lexicon(
        numbers=numbers,
        hundreds=hundreds,
        multipliers=multipliers,
        articles=frozenset(articles),
        conjunctions=frozenset(conjunctions),
        scales=scales,
        phrases=_Table(phrases),
        qualifiers=_Table(qualifiers),
        betweens=_Table(betweens),
        joins=frozenset(joins),
        units_after=_Table(units_after),
        units_before=_Table(units_before),
        words={kind: frozenset(ws) for kind, ws in words.items()},
        clock=_Table(dict.fromkeys(clock, True)),
        age_after=_Table(dict.fromkeys(age_after, True)),
        starters=frozenset(starters),
        # Signs match case-insensitively ("US$", "us$"); the word class lists both cases itself,
        # which keeps the engine's per-character work minimal on long runs of letters or digits.
        token_re=re.compile(f"(?P<sign>(?i:{sign_pattern}))|(?P<word>{_WORD})", re.ASCII),
        digits_re=re.compile(_DIGITS_WORD, _FLAGS),
        anchor_re=anchor_re,
    )


# --- tokens ------------------------------------------------------------------------------------


class _Token(NamedTuple):
    start: int
    end: int
    text: str
    low: str
    sign: bool  # a sign ("$", "%", "(") rather than a word
    clean: bool  # a word with no letter, digit or combining mark glued to either side
    linked: bool  # follows the previous token within a phrase (only spaces between)
    tight: bool  # nothing at all between it and the previous token


def _glued(ch: str) -> bool:
    """Whether *ch* would make a word run on: a letter, a digit or a combining mark."""
    return ch.isalnum() or (ch >= "\u0300" and unicodedata.category(ch).startswith("M"))


def _phrase_gap(gap: str, after_abbreviation: bool) -> bool:
    """Whether *gap* may separate two words of one phrase: spaces, at most one line break."""
    if after_abbreviation and gap.startswith("."):
        gap = gap[1:]
        if not gap:
            return False
    if not gap or gap == " ":
        return True
    return gap.isspace() and len((gap + "x").splitlines()) <= 2


def _token_stream(text: str, pattern: re.Pattern[str]) -> Iterator[_Token]:
    """The tokens of *text*, one at a time."""
    previous_end = -1
    previous_abbreviation = False
    size = len(text)
    new = tuple.__new__  # _Token(...) without the Python-level __new__ of a NamedTuple
    for match in pattern.finditer(text):
        start, end = match.span()
        token_text = match.group()
        sign = match.lastgroup == "sign"
        if sign:
            clean = False
        else:
            # _glued() of the characters on either side, its common cases inlined
            clean = True
            if start > 0:
                ch = text[start - 1]
                if ch.isalnum() or (ch >= "\u0300" and _glued(ch)):
                    clean = False
            if clean and end < size:
                ch = text[end]
                if ch.isalnum() or (ch >= "\u0300" and _glued(ch)):
                    clean = False
        if previous_end < 0:
            linked = tight = False
        elif start == previous_end:
            linked = tight = True
        else:
            tight = False
            gap = text[previous_end:start]
            linked = gap == " " or _phrase_gap(gap, previous_abbreviation)
        yield new(_Token, (start, end, token_text, token_text.lower(), sign, clean, linked, tight))
        previous_end = end
        previous_abbreviation = not sign and "." in token_text and token_text[0].isalpha()


def _plural_looking(low: str, capital: bool = False) -> bool:
    """Whether a word looks like a plural noun; "analysis" does, "Israelis" does not."""
    if len(low) <= 3 or not low.endswith("s") or low.endswith(("ss", "'s", "\u2019s")):
        return False
    return capital or not low.endswith(("us", "is"))


def _participle_looking(low: str, participles: frozenset[str]) -> bool:
    if low in participles:
        return True
    return len(low) > 4 and low.isalpha() and low.endswith("ed") and not low.endswith("eed")


def _model_like(text: str) -> bool:
    """A name with digits and letters in one word ("F-16", "PAC-3", "155mm")."""
    return any(c.isdigit() for c in text) and any(c.isalpha() for c in text)


# --- the scan ----------------------------------------------------------------------------------


class _Amount(NamedTuple):
    start: int  # first token: the currency sign or the number
    number_start: int  # first token of the number itself
    number_stop: int  # token after the number and its scale words
    value: decimal.Decimal
    high: decimal.Decimal | None  # for a range written in one word ("10-20")
    raw: decimal.Decimal  # the value before the scale words
    scale: decimal.Decimal | None
    currency: str | None
    glued_unit: _Unit | None  # a unit written against the digits ("5km")
    qualifier: Qualifier | None  # given by the words ("dozens of")
    needs_noun: bool
    digits: bool  # written with digits
    plain: bool  # digits only: no separator, decimals, scale, currency or second number
    bare: bool  # like plain, but may be a range of two such numbers ("2024-2025")
    lone_one: bool  # the word "one" alone
    capital_word: bool  # number words written with a capital


class _UnitRead(NamedTuple):
    kind: str | None  # "measure", "currency", "percent", "noun" or None
    unit: str | None
    stop: int  # token after the unit (and its "of" phrase, and its parenthesis)
    noun_start: int | None  # first token of the counted noun phrase


class _Found(NamedTuple):
    start: int  # first token
    stop: int  # token after the last
    quantity: Quantity


class _Scan:
    """The reading of quantities in a window of a text's tokens.

    Reading a quantity at a token looks at a bounded number of tokens ahead (far fewer than
    _MARGIN: a few phrases of at most a few words each) and at most two behind (fewer than
    _KEEP), so a window that holds them reads exactly what the whole list of tokens would.
    """

    def __init__(self, text: str, lexicon: _Lexicon, tokens: list[_Token]) -> None:
        self.text = text
        self.lex = lexicon
        self.tokens = tokens
        self.n = len(tokens)

    # --- small helpers -----------------------------------------------------------------------

    def low(self, i: int) -> str:
        return self.tokens[i].low if 0 <= i < self.n else ""

    def follows(self, i: int) -> bool:
        """Token *i* exists and continues the phrase of token ``i - 1``."""
        return 0 < i < self.n and self.tokens[i].linked

    def is_word(self, i: int) -> bool:
        return 0 <= i < self.n and not self.tokens[i].sign and self.tokens[i].clean

    def kind(self, word: str, kind: str) -> bool:
        return word in self.lex.words[kind]

    def phrase(self, table: _Table[_T], i: int) -> tuple[_T, int] | None:
        """The longest entry of *table* written from token *i*: ``(entry, next token)``."""
        if not 0 <= i < self.n or self.tokens[i].low not in table.firsts:
            return None
        best: tuple[_T, int] | None = None
        words: list[str] = []
        entries = table.entries
        for k in range(i, min(self.n, i + table.longest)):
            token = self.tokens[k]
            if (k > i and not token.linked) or (not token.sign and not token.clean):
                break
            words.append(token.low)
            entry = entries.get(tuple(words))
            if entry is not None:
                best = (entry, k + 1)
        return best

    # --- numbers -----------------------------------------------------------------------------

    def amount(self, i: int) -> _Amount | None:
        """Read a number at token *i*, with a currency sign or code before it."""
        if not 0 <= i < self.n:
            return None
        currency: str | None = None
        j = i
        before = self.phrase(self.lex.units_before, i)
        if before is not None and before[0].kind == "currency":
            currency, j = before[0].unit, before[1]
            if not (j < self.n and (self.tokens[j].tight or self.tokens[j].linked)):
                return None
            if not self.tokens[j].low[:1].isdigit():
                return None
        if not 0 <= j < self.n or self.tokens[j].sign:
            return None
        if self.tokens[j].low[:1].isdigit():
            return self.digits(i, j, currency)
        if currency is not None:
            return None
        return self.number_words(i)

    def digits(self, i: int, j: int, currency: str | None) -> _Amount | None:
        token = self.tokens[j]
        match = self.lex.digits_re.fullmatch(token.text)
        if match is None:
            return None
        first, second, suffix = match.group("first", "second", "suffix")
        value = _numeral(first)
        high = _numeral(second) if second is not None else None
        if value is None or (second is not None and (high is None or not value < high)):
            return None  # "15-0" is a score, not a range
        scale: decimal.Decimal | None = None
        glued: _Unit | None = None
        stop = j + 1
        if suffix is not None:
            low = suffix.lower()
            entry = self.lex.scales.get(low)
            if entry is not None and self.scale_allowed(entry, currency, stop):
                scale = entry.value
            else:
                glued = self.lex.units_after.entries.get((low,))
                if glued is None:
                    return None  # "21st", "1990s", "10am", "4G": not a number
        if scale is None and glued is None:
            scale, stop = self.scales_after(stop, currency)
        raw = value
        if scale is not None:
            value = _CONTEXT.multiply(value, scale)
            high = _CONTEXT.multiply(high, scale) if high is not None else None
        bare = (
            currency is None
            and scale is None
            and suffix is None
            and first.isdigit()
            and (second is None or second.isdigit())
        )
        plain = bare and second is None
        return _Amount(
            start=i,
            number_start=j,
            number_stop=stop,
            value=_tidy(value),
            high=_tidy(high) if high is not None else None,
            raw=raw,
            scale=scale,
            currency=currency,
            glued_unit=glued,
            qualifier=None,
            needs_noun=False,
            digits=True,
            plain=plain,
            bare=bare,
            lone_one=False,
            capital_word=False,
        )

    def scale_allowed(self, entry: _Scale, currency: str | None, after: int) -> bool:
        if entry.needs == "currency":
            return currency is not None
        if entry.needs == "choice":
            return currency is not None or self.unit_or_noun_at(after)
        return True

    def unit_or_noun_at(self, k: int) -> bool:
        """Whether a unit or a counted noun starts at token *k* (which follows a scale)."""
        if not self.follows(k):
            return False
        if self.phrase(self.lex.units_after, k) is not None:
            return True
        return self.noun_word(k)

    def noun_word(self, k: int) -> bool:
        if not self.is_word(k):
            return False
        low = self.tokens[k].low
        return (
            low[:1].isalpha()
            and not self.kind(low, "stop")
            and low not in self.lex.numbers
            and low not in self.lex.scales
            and (low,) not in self.lex.qualifiers.entries
        )

    def scales_after(self, k: int, currency: str | None) -> tuple[decimal.Decimal | None, int]:
        """Scale words after digits ("1.5 billion", "2 dozen", "300 hundred thousand")."""
        factor: decimal.Decimal | None = None
        last = decimal.Decimal(0)
        while self.follows(k) and self.is_word(k):
            low = self.tokens[k].low
            entry = self.lex.scales.get(low)
            if entry is not None:
                if not self.scale_allowed(entry, currency, k + 1):
                    break
                step = entry.value
            elif low in self.lex.hundreds:
                step = decimal.Decimal(self.lex.hundreds[low])
            elif low in self.lex.multipliers and factor is None:
                step = decimal.Decimal(self.lex.multipliers[low])
            else:
                break
            if step <= last:
                break
            factor = step if factor is None else _CONTEXT.multiply(factor, step)
            last = step
            k += 1
        return factor, k

    def number_words(self, i: int) -> _Amount | None:
        """Number words ("twenty-five", "four hundred thousand", "a dozen") or a phrase."""
        fixed = self.phrase(self.lex.phrases, i)
        if fixed is not None:
            entry, stop = fixed
            return _Amount(
                start=i,
                number_start=i,
                number_stop=stop,
                value=entry.value,
                high=None,
                raw=entry.value,
                scale=None,
                currency=None,
                glued_unit=None,
                qualifier=None if entry.qualifier == "exact" else entry.qualifier,
                needs_noun=entry.needs_noun,
                digits=False,
                plain=False,
                bare=False,
                lone_one=False,
                capital_word=False,
            )
        read = self.word_grammar(i)
        if read is None:
            return None
        value, stop = read
        amount = decimal.Decimal(value)
        return _Amount(
            start=i,
            number_start=i,
            number_stop=stop,
            value=amount,
            high=None,
            raw=amount,
            scale=None,
            currency=None,
            glued_unit=None,
            qualifier=None,
            needs_noun=False,
            digits=False,
            plain=False,
            bare=False,
            lone_one=stop == i + 1 and self.tokens[i].low == "one",
            capital_word=self.tokens[i].text[:1].isupper(),
        )

    def number_word(self, low: str) -> tuple[str, int] | None:
        """What a single word is in the number grammar, and its value."""
        lex = self.lex
        if low in lex.numbers:
            value = lex.numbers[low]
            return ("zero" if value == 0 else "tens" if value >= 20 else "small"), value
        if low in lex.hundreds:
            return "hundred", lex.hundreds[low]
        if low in lex.multipliers:
            return "multiplier", lex.multipliers[low]
        if low in lex.conjunctions:
            return "and", 0
        scale = lex.scales.get(low)
        if scale is not None and scale.needs == "":
            return "scale", int(scale.value)
        parts = low.replace("\u2013", "-").split("-")
        if len(parts) == 2 and parts[0] in lex.numbers and parts[1] in lex.numbers:
            tens, unit = lex.numbers[parts[0]], lex.numbers[parts[1]]
            if tens >= 20 and tens % 10 == 0 and 0 < unit < 10:
                return "small", tens + unit
        return None

    def word_grammar(self, i: int) -> tuple[int, int] | None:
        """Read number words from token *i*: ``(value, next token)``, longest valid reading."""
        state = _Words(total=0, current=0, last="start", last_scale=0)
        best: tuple[int, int] | None = None
        k = i
        if self.is_word(i) and self.tokens[i].low in self.lex.articles:
            nxt = self.number_word(self.low(i + 1)) if self.follows(i + 1) else None
            if nxt is None or nxt[0] not in {"hundred", "scale", "multiplier"}:
                return None
            state, k = state._replace(current=1, last="article"), i + 1
        while k < self.n and (k == i or self.follows(k)) and self.is_word(k):
            read = self.number_word(self.tokens[k].low)
            following = None if read is None else _next_words(state, *read)
            if following is None:
                break
            state = following
            k += 1
            if state.last != "and":  # "and" only joins, it cannot end a number
                best = (state.total + state.current, k)
            if state.last in {"zero", "multiplier"}:
                break
        return best

    # --- units and counted nouns -------------------------------------------------------------

    def unit(self, k: int, amount: _Amount, nouns: bool = True) -> _UnitRead:
        """Read what follows the number that ends before token *k*."""
        found: _Unit | None = None
        stop = k
        if amount.glued_unit is not None:
            found = amount.glued_unit
        elif amount.currency is not None:
            found = _Unit("currency", amount.currency, takes_of=False, needs_scale=False)
        elif self.follows(k):
            after = self.phrase(self.lex.units_after, k)
            if after is not None and (not after[0].needs_scale or amount.scale is not None):
                found, stop = after
        if found is None:
            if nouns and self.follows(k):
                noun = self.noun(k, containers=True)
                if noun is not None:
                    start, end = self.tokens[k].start, self.tokens[noun - 1].end
                    words = " ".join(self.text[start:end].split()).lower()
                    return _UnitRead("noun", words, noun, k)
            return _UnitRead(None, None, k, None)
        if found.takes_of and self.follows(stop) and self.kind(self.low(stop), "link"):
            held = self.noun(stop + 1, containers=False)
            if held is not None:
                stop = held
        if found.kind in {"measure", "currency"} and nouns:
            stop = self.restated(stop, found.kind)
        return _UnitRead(found.kind, found.unit, stop, None)

    def restated(self, k: int, kind: str) -> int:
        """Take in a parenthesis restating the value in other units: "900 km (550 miles)"."""
        if not (self.follows(k) and self.tokens[k].low == "("):
            return k
        j = k + 1
        qualifier = self.phrase(self.lex.qualifiers, j)
        if qualifier is not None:
            j = qualifier[1]
        inner = self.amount(j)
        if inner is None or inner.needs_noun or inner.high is not None:
            return k
        read = self.unit(inner.number_stop, inner, nouns=False)
        close = read.stop
        if read.kind != kind or close >= self.n or self.tokens[close].low != ")":
            return k
        if not (self.tokens[close].linked or self.tokens[close].tight):
            return k
        return close + 1

    def noun(self, k: int, containers: bool) -> int | None:
        """Read a counted noun phrase from token *k*: the token after it, or None."""
        limit = _MAX_NOUN_WORDS if containers else _MAX_OF_WORDS
        taken: list[int] = []
        i = k
        while i < self.n and len(taken) < limit and self.continues_noun(i, taken):
            token = self.tokens[i]
            taken.append(i)
            i += 1
            if token.text[0].isupper():
                if len(taken) + 1 < limit and self.name_digit(i):
                    taken.append(i)  # a name with a digit: "Leopard 2 tanks"
                    i += 1
                continue
            if token.text[0].isdigit():
                continue  # a technical word such as "155mm"
            low = token.low
            if (
                containers
                and self.kind(low, "container")
                and self.follows(i)
                and self.kind(self.low(i), "link")
            ):
                held = self.noun(i + 1, containers=False)
                if held is not None:
                    return held
                break
            if _plural_looking(low) and not self.kind(low, "pluralmod"):
                break  # the head noun
        return self.trimmed(taken)

    def continues_noun(self, i: int, taken: list[int]) -> bool:
        """Whether token *i* can be the next word of the counted noun phrase *taken*."""
        if not self.follows(i) or not self.is_word(i):
            return False
        lex = self.lex
        token = self.tokens[i]
        low = token.low
        if (
            self.kind(low, "stop")
            or self.kind(low, "link")
            or low in lex.numbers
            or low in lex.scales
            or low.endswith(("'s", "\u2019s"))
        ):
            return False
        first = token.text[0]
        if first.isdigit():
            return self.lex.digits_re.fullmatch(token.text) is None
        if first.isupper():
            return not self.kind(low, "month")
        if not first.isalpha():
            return False
        if taken and _participle_looking(low, lex.words["participle"]):
            before = self.tokens[taken[-1]]
            if self.kind(before.low, "head") or (
                before.text[0].isupper() and _plural_looking(before.low, capital=True)
            ):
                return False  # a verb after the head noun: "people burned", "Houthis fired"
        return True

    def name_digit(self, i: int) -> bool:
        """Token *i* is one digit between a capitalized name and a lower-case noun."""
        return (
            self.follows(i)
            and len(self.tokens[i].text) == 1
            and self.tokens[i].text.isdigit()
            and self.follows(i + 1)
            and self.noun_word(i + 1)
            and self.tokens[i + 1].text[0].islower()
        )

    def trimmed(self, taken: list[int]) -> int | None:
        """Drop the words that cannot end a noun phrase; the token after what is left."""
        participles = self.lex.words["participle"]
        while taken:
            last = self.tokens[taken[-1]]
            low = last.low
            if last.text[0].isupper():
                keep = _model_like(last.text) or _plural_looking(low, capital=True)
            elif last.text[0].isdigit():
                keep = False
            else:
                keep = not (
                    _participle_looking(low, participles)
                    or (low.endswith("ing") and len(taken) > 1)
                    or self.kind(low, "nonhead")
                )
            if keep:
                break
            taken.pop()
        return taken[-1] + 1 if taken else None

    # --- one quantity ------------------------------------------------------------------------

    def read(self, i: int) -> _Found | None:
        """Read a quantity starting at token *i*, or None."""
        lex = self.lex
        token = self.tokens[i]
        if token.start > 0:  # cheap tests first: glued to what precedes, or digits in a row
            before = self.text[token.start - 1]
            if not (before.isspace() or before in _BEFORE_OK):
                return None
        if token.text[0].isdigit() and (
            (token.linked and self.digit_word(i - 1))
            or (self.follows(i + 1) and self.digit_word(i + 1))
        ):
            return None
        qualifier: Qualifier | None = None
        j = i
        hedge = self.phrase(lex.qualifiers, i)
        if hedge is not None:
            qualifier, j = hedge
            if not self.follows(j):
                return None
        between = self.phrase(lex.betweens, j)
        if between is not None:
            joiner, after = between
            if not self.follows(after):
                return None
            low_end = self.amount(after)
            if low_end is None or low_end.high is not None or low_end.needs_noun:
                return None
            return self.range_from(i, low_end, {joiner})
        amount = self.amount(j)
        if amount is None or self.in_digit_run(amount) or not self.edges_ok(amount, None):
            return None
        if amount.high is not None:  # "10-20 drones"
            read = self.unit(amount.number_stop, amount)
            if not self.acceptable(i, [amount], read):
                return None
            return self.found(i, read, None, amount.value, amount.high, "range")
        if not amount.needs_noun and amount.qualifier is None:
            joined = self.range_from(i, amount, lex.joins)
            if joined is not None:
                return joined
        read = self.unit(amount.number_stop, amount)
        if amount.needs_noun and read.kind is None:
            return None
        if not self.acceptable(i, [amount], read):
            return None
        return self.found(
            i, read, amount.value, None, None, qualifier or amount.qualifier or "exact"
        )

    def range_from(self, i: int, first: _Amount, joiners: Iterable[str]) -> _Found | None:
        """Read "X to Y", "X-Y", "X or Y" (or the "and" of "between X and Y") after *first*."""
        light = self.unit(first.number_stop, first, nouns=False)
        k = light.stop if light.kind is not None else first.number_stop
        if not (self.follows(k) and self.tokens[k].low in joiners):
            return None
        if self.tokens[k].low == "to" and self.low(i - 1) == "from" and self.follows(i):
            return None  # "from 10 to 20" is a change, not a range
        second = self.amount(k + 1)
        if second is None or second.high is not None or second.needs_noun:
            return None
        if first.currency and second.currency and first.currency != second.currency:
            return None
        read = self.unit(second.number_stop, second)
        if light.kind is not None and (read.kind != light.kind or read.unit != light.unit):
            return None
        if first.currency and not second.currency:
            if read.kind is not None:
                return None
            read = _UnitRead("currency", first.currency, read.stop, None)
        low = first.value
        if first.scale is None and second.scale is not None and first.raw < second.raw:
            low = _tidy(_CONTEXT.multiply(first.raw, second.scale))
        if not low < second.value:
            return None
        if not self.acceptable(i, [first, second], read):
            return None
        return self.found(i, read, None, low, second.value, "range")

    def found(
        self,
        i: int,
        read: _UnitRead,
        value: decimal.Decimal | None,
        low: decimal.Decimal | None,
        high: decimal.Decimal | None,
        qualifier: Qualifier,
    ) -> _Found:
        quantity = Quantity(value=value, low=low, high=high, unit=read.unit, qualifier=qualifier)
        return _Found(i, read.stop, quantity)

    # --- what a number is not ----------------------------------------------------------------

    def acceptable(self, i: int, amounts: list[_Amount], read: _UnitRead) -> bool:
        """Apply the rules of what is not a quantity (docs/quantities.md)."""
        lex = self.lex
        text = self.text
        first = amounts[0]
        start_char = self.tokens[i].start
        if start_char > 0:
            before = text[start_char - 1]
            if not (before.isspace() or before in _BEFORE_OK):
                return False
        for amount in amounts:
            if not self.edges_ok(amount, read.stop):
                return False
        prev = i - 1 if self.follows(i) else -1
        prev_low = self.low(prev) if prev >= 0 else ""
        prev_gap = self.gap_before(i)
        # a number of 1 to 31 next to a month is a day; a month before a year is a date
        if all(_day_like(a) for a in amounts):
            after_number = amounts[-1].number_stop
            month_before = self.month_at(i - 1) and prev_gap.strip() in {"", "."}
            month_after = self.follows(after_number) and self.month_at(after_number)
            if month_before or month_after:
                return False
        # clock times and ages written after the number
        for amount in amounts:
            k = amount.number_stop
            if self.follows(k) and (self.phrase(lex.clock, k) or self.phrase(lex.age_after, k)):
                return False
        if prev >= 0 and self.kind(prev_low, "agebefore"):
            return False
        # identifiers: "Resolution 2231", "No. 5", "Channel Four"
        if first.plain or (first.capital_word and not first.digits):
            ident = i - 1
            if (
                ident >= 0
                and self.is_word(ident)
                and prev_gap.strip() in {"", "."}
                and self.kind(self.tokens[ident].low, "identifier")
            ):
                return False
        # years: a plain four-digit number from 1000 to 2099
        if all(_year_like(a) for a in amounts):
            if read.kind is None:
                return False
            if prev >= 0 and (
                self.kind(prev_low, "yearword") or prev_low.endswith(("'s", "\u2019s"))
            ):
                return False
        # digits in a row are a phone number or a code: "+48 22 504 2000"
        if any(self.in_digit_run(amount) for amount in amounts):
            return False
        if len(amounts) == 1 and read.kind is None:
            if first.lone_one:  # "one of the largest", "no one": a pronoun
                return False
            # "(3)": a list marker
            end_char = self.tokens[read.stop - 1].end
            if (
                start_char > 0
                and text[start_char - 1] == "("
                and end_char < len(text)
                and text[end_char] == ")"
            ):
                return False
            # an age set off by commas after a name: "Jo Smith, 24, said"
            if (
                first.plain
                and first.value <= _MAX_AGE
                and prev_gap.strip() == ","
                and i > 0
                and self.is_word(i - 1)
                and self.tokens[i - 1].text[:1].isupper()
                and end_char < len(text)
                and text[end_char] == ","
            ):
                return False
        # a number that is part of a name: "Apollo 11", "Leopard 2 tanks", "Channel Four"
        return not self.named(i, first, read)

    def named(self, i: int, amount: _Amount, read: _UnitRead) -> bool:
        """Whether the number is part of a name: "Apollo 11", "Leopard 2 tanks", "Channel Four".

        The word before it must be capitalized, not a function word, and (for digits) not the
        first word of its sentence, where any word is capitalized ("Only 3 tanks").
        """
        if amount.start != i:
            return False  # a qualifier comes first
        before = i - 1
        if not (self.follows(i) and self.is_word(before)):
            return False
        token = self.tokens[before]
        low = token.low
        if (
            not token.text[:1].isupper()
            or not token.text[:1].isalpha()
            or self.kind(low, "stop")
            or self.kind(low, "month")
            or low in self.lex.starters
        ):
            return False
        if amount.capital_word:
            return True
        if not amount.plain or not self.follows(before):
            return False
        if read.kind is None:
            return True
        single = len(self.tokens[amount.number_start].text) == 1
        return (
            single
            and read.noun_start is not None
            and self.tokens[read.noun_start].text[:1].islower()
        )

    def edges_ok(self, amount: _Amount, stop: int | None) -> bool:
        """The number is not glued to other characters ("+48", "14:30", "٣5", "5/6").

        With *stop* None (the end of the quantity is not known yet), a token written against
        the number is allowed; with *stop*, only if the quantity takes it in ("40%", "5km").
        """
        text = self.text
        start = self.tokens[amount.start].start
        if start > 0:
            before = text[start - 1]
            if not (before.isspace() or before in _BEFORE_OK):
                return False
        last = amount.number_stop - 1
        end = self.tokens[last].end
        if end >= len(text) or text[end].isspace():
            return True
        if last + 1 < self.n and self.tokens[last + 1].tight and (stop is None or last + 1 < stop):
            return True
        after = text[end]
        if after not in _AFTER_OK:
            return False
        return not (after in _AFTER_NO_DIGIT and end + 1 < len(text) and text[end + 1].isdigit())

    def gap_before(self, i: int) -> str:
        """What separates token *i* from the one before, if short; a long gap reads as "…"."""
        if i <= 0 or i >= self.n:
            return ""
        start, end = self.tokens[i - 1].end, self.tokens[i].start
        return self.text[start:end] if end - start <= 8 else "\u2026"

    def month_at(self, k: int) -> bool:
        return (
            0 <= k < self.n
            and self.is_word(k)
            and self.tokens[k].text[:1].isupper()
            and self.kind(self.tokens[k].low, "month")
        )

    def in_digit_run(self, amount: _Amount) -> bool:
        """Digits next to digits are a phone number or a code: "+48 22 504 2000"."""
        if not amount.digits:
            return False
        start, stop = amount.number_start, amount.number_stop
        return (self.digit_word(start - 1) and self.tokens[start].linked) or (
            self.follows(stop) and self.digit_word(stop)
        )

    def digit_word(self, k: int) -> bool:
        return 0 <= k < self.n and not self.tokens[k].sign and self.tokens[k].text.isdigit()

    # --- the whole text ----------------------------------------------------------------------

    def run(self, start: int, limit: int, mentions: list[QuantityMention]) -> int:
        """Read the quantities that start at tokens *start* to ``limit - 1`` into *mentions*;
        return the token where reading goes on (*limit*, or after a quantity that crosses it)."""
        starters = self.lex.starters
        numbers = self.lex.numbers
        i = start
        while i < limit:
            token = self.tokens[i]
            if (
                token.low[0].isdigit()
                or token.low in starters
                or token.low.partition("-")[0] in numbers
            ):
                found = self.read(i)
                if found is not None and found.stop > i:
                    begin = token.start
                    end = self.tokens[found.stop - 1].end
                    mentions.append(
                        QuantityMention(
                            start=begin,
                            end=end,
                            text=self.text[begin:end],
                            quantity=found.quantity,
                        )
                    )
                    i = found.stop
                    continue
            i += 1
        return i


def _scan(text: str, lexicon: _Lexicon) -> list[QuantityMention]:
    """Read the whole text, holding a bounded window of tokens: memory does not grow with it.

    The window keeps _KEEP tokens behind the reading position and _MARGIN ahead of the last
    token where a quantity may start, so every quantity is read as with all tokens at hand.
    """
    stream = _token_stream(text, lexicon.token_re)
    mentions: list[QuantityMention] = []
    window: list[_Token] = []
    position = 0  # where reading goes on, as an index into window
    exhausted = False
    while True:
        wanted = position + _BLOCK + _MARGIN - len(window)
        if wanted > 0 and not exhausted:
            more = list(itertools.islice(stream, wanted))
            window.extend(more)
            exhausted = len(more) < wanted
        if position >= len(window):
            return mentions
        limit = len(window) if exhausted else position + _BLOCK
        position = _Scan(text, lexicon, window).run(position, limit, mentions)
        forget = position - _KEEP
        if forget > 0:
            del window[:forget]
            position -= forget


class _Words(NamedTuple):
    """Where the reading of number words stands."""

    total: int  # the value of the groups closed by a scale word
    current: int  # the group being read (below 1000)
    last: str  # what the last word was
    last_scale: int  # the last scale word's value, 0 if none yet


def _next_words(state: _Words, kind: str, value: int) -> _Words | None:
    """The state after one more number word, or None when the word cannot come next."""
    total, current, last, last_scale = state
    if kind == "zero":
        return _Words(0, 0, "zero", 0) if last == "start" else None
    if kind in {"small", "tens"}:
        after_tens = last == "tens" and kind == "small" and value < 10  # "twenty five"
        if last in {"start", "hundred", "and", "scale"} or after_tens:
            return _Words(total, current + value, kind, last_scale)
        return None
    if kind == "hundred":
        if last in {"small", "tens", "article"} and 0 < current < 100:
            return _Words(total, current * value, "hundred", last_scale)
        return None
    if kind == "scale":
        if last not in {"small", "tens", "hundred", "article"} or current <= 0:
            return None
        if last_scale and value >= last_scale:
            return None  # "two thousand million" is not read; "two million three thousand" is
        return _Words(total + current * value, 0, "scale", value)
    if kind == "multiplier":
        if last in {"small", "tens", "article"} and not total and 0 < current < 100:
            return _Words(0, current * value, "multiplier", last_scale)
        return None
    # "and": inside a number only, after hundred or a scale ("one hundred and five")
    return state._replace(last="and") if last in {"hundred", "scale"} else None


def _year_like(amount: _Amount) -> bool:
    """Digits that could be a year: four of them, from 1000 to 2099, nothing else."""
    return (
        amount.bare
        and _YEAR_LOW <= amount.value <= _YEAR_HIGH
        and (amount.high is None or _YEAR_LOW <= amount.high <= _YEAR_HIGH)
    )


def _day_like(amount: _Amount) -> bool:
    """Digits that could be a day of the month: 1 to 31, nothing else written with them."""
    return (
        amount.digits
        and amount.currency is None
        and amount.scale is None
        and amount.glued_unit is None
        and amount.value == amount.value.to_integral_value()
        and 1 <= amount.value <= 31
        and (amount.high is None or amount.high <= 31)
    )


def _numeral(text: str) -> decimal.Decimal | None:
    """The exact value of a numeral such as "12,500.75", or None if it is not a quantity."""
    plain = text.replace(",", "")
    whole, _, fraction = plain.partition(".")
    if len(whole) + len(fraction) > _MAX_DIGITS:
        return None
    if len(whole) > 1 and whole.startswith("0"):
        return None  # "0530", "007": times and codes
    return decimal.Decimal(plain)


def _tidy(value: decimal.Decimal) -> decimal.Decimal:
    """Write whole numbers without decimals or exponent: 1.5 * 10**9 -> 1500000000."""
    if value == value.to_integral_value():
        return value.quantize(decimal.Decimal(1), context=_CONTEXT)
    return value


def find_quantities(text: str) -> tuple[QuantityMention, ...]:
    """Find the quantities in *text*: numbers with their unit or counted noun, and qualifier.

    Mentions come in text order and do not overlap; ``text[m.start:m.end] == m.text`` for each.
    Any string is accepted (nothing is raised for odd characters), and the time taken grows
    linearly with the length of the text.

    Args:
        text: The text, as a Python ``str``; offsets are ``str`` indices.

    Returns:
        One :class:`~dipevents._mentions.QuantityMention` per quantity.

    Raises:
        TypeError: If *text* is not a ``str``.

    Example:
        >>> [(m.text, str(m.quantity.value), m.quantity.unit, m.quantity.qualifier)
        ...  for m in find_quantities("Russia fired more than 1,000 artillery rounds.")]
        [('more than 1,000 artillery rounds', '1000', 'artillery rounds', 'more_than')]
    """
    if not isinstance(text, str):
        msg = f"find_quantities() takes a str, not {type(text).__name__}"
        raise TypeError(msg)
    if not text:
        return ()
    lexicon = _lexicon()
    if lexicon.anchor_re is not None and lexicon.anchor_re.search(text.lower()) is None:
        return ()  # no digit, number word or quantity phrase: nothing to read
    return tuple(_scan(text, lexicon))
