"""HTML leftovers in scraped news text: cleaned text, and a map back to the original offsets.

:func:`normalize` decodes proper HTML entities (``&amp;``, ``&quot;``, ``&#39;``, ``&nbsp;``,
double-encoded ``&amp;quot;``), the broken forms whose ampersand was lost or turned into a space
(``Russia #39;s``, `` quot;total nonsense quot;``, ``AT amp;T``) and drops leftover tags
(``<b>``, ``&lt;/b&gt;``, ``lt;b gt;``). It is conservative: a broken form is only decoded where
it cannot be ordinary English (``quot;`` and ``#39;`` are no words; a bare ``amp;`` only when
glued to the next word or set off by a doubled space; ``lt;`` only as the start of a known tag
closed by ``gt;``).

Where the ampersand became a space (``Washington #39;s``), that space goes too: a token that
closes on the word before it (a possessive, a closing quote) takes one space before it with it;
an opening quote only takes one of two spaces.

The result keeps a map of offsets, :class:`OffsetMap`, so that positions found in the cleaned
text can be given back in the original. Text with nothing to clean costs one search for ``;`` or
``<`` and gives ``None`` for the map. Time is linear in the length of the text and nothing
raises on any ``str``, lone surrogates included.
"""

from __future__ import annotations

import bisect
import html
import html.entities
import re

import attrs


__all__ = ["OffsetMap", "normalize"]

#: Every leftover holds one of these: entities end in ``;``, tags start with ``<``.
_QUICK = re.compile(r"[;<]")

_TAGS = (
    r"(?i:a|abbr|b|big|blockquote|br|cite|code|del|div|em|font|h[1-6]|hr|i|img|ins|li|ol|p|q|s"
    r"|small|span|strike|strong|sub|sup|tt|u|ul)"
)
#: Block tags: dropped between two words, they leave a space.
_BLOCK_TAGS = frozenset(
    {"br", "p", "div", "li", "ul", "ol", "hr", "blockquote", "h1", "h2", "h3", "h4", "h5", "h6"}
)
#: Inside a tag after its name: attributes ``name=value``, nothing else ("a <b and c> d" is
#: no tag), without brackets or lone surrogates, each part bounded.
_NO = r"<>\ud800-\udfff"
_ATTRIBUTES = (
    rf"(?:\s{{1,20}}[A-Za-z-]{{1,30}}\s{{0,20}}=\s{{0,20}}(?:\"[^\"{_NO}]{{0,300}}\""
    rf"|'[^'{_NO}]{{0,300}}'|[^\s\"'{_NO}]{{1,300}})){{0,20}}\s{{0,20}}/?"
)
#: The same when the tag itself is written with entities (its quotes are entities too).
_ESCAPED_ATTRIBUTES = rf"(?:\s{{0,20}}/?|\s{{1,20}}[A-Za-z-]{{1,30}}\s{{0,20}}=[^{_NO}]{{0,300}}?)"
#: Numeric references a broken (ampersand-less) form may stand for: quotes, apostrophes, the
#: ampersand, dashes, the ellipsis and the no-break space, in decimal or hex, as sites write them.
_NUMBERS = (
    r"\#(?:0{0,2}(?:34|38|39|14[5-8]|15[01]|160|821[1267]|822[01]|8230)"
    r"|[xX]0{0,2}(?:2[267]|[aA]0|201[3489cCdD]|2026));"
)
_AMPS = r"(?:amp;){0,3}"

_TOKEN = re.compile(
    # a tag written with entities, perhaps double-encoded: &lt;b&gt; &amp;lt;/b&amp;gt;
    rf"(?P<etag>&{_AMPS}lt;/?(?P<etname>{_TAGS}){_ESCAPED_ATTRIBUTES}&{_AMPS}gt;)"
    # a proper entity, perhaps double-encoded: &quot; &#39; &#x27; &amp;amp;
    rf"|(?P<ent>&(?P<eamps>{_AMPS})(?P<ename>\#[0-9]{{1,7}}|\#[xX][0-9a-fA-F]{{1,6}}"
    r"|[A-Za-z][A-Za-z0-9]{1,31});)"
    # a tag: <b> </b> <br/> <a href="...">
    rf"|(?P<tag></?(?P<tname>{_TAGS}){_ATTRIBUTES}>)"
    # a tag written with ampersand-less entities: lt;b gt; lt;/b gt;
    rf"|(?P<btag>(?<![A-Za-z0-9&_]){_AMPS}lt;/?(?P<btname>{_TAGS}){_ESCAPED_ATTRIBUTES}gt;)"
    # ampersand-less named forms: quot; amp; amp;quot; amp;#39; nbsp; apos;
    rf"|(?<![A-Za-z0-9&_])(?P<bamps>{_AMPS})(?P<bname>quot|apos|amp|nbsp|{_NUMBERS[:-1]});"
    # ampersand-less numeric forms after anything else: Russia#39;s
    rf"|(?<![&\#0-9])(?P<bnum>{_NUMBERS})"
)

_CONTRACTION = re.compile(r"(?:s|t|d|m|ll|re|ve)(?![A-Za-z])")
#: After these (or nothing), a quote or apostrophe closes on the word before it.
_CLOSERS = frozenset(".,;:!?)]}")
_OPENERS = frozenset("([{\n\r\t")
_QUOTES = frozenset("\"'\u2018\u2019\u201c\u201d\u2032")


@attrs.frozen
class _Edit:
    """``original[start:end]`` became ``clean[clean_start:clean_end]`` (empty: removed)."""

    start: int
    end: int
    clean_start: int
    clean_end: int


@attrs.frozen(eq=False)
class OffsetMap:
    """Where each offset of the cleaned text lies in the original.

    :meth:`start` maps an offset at which a stretch of cleaned text starts, :meth:`end` one at
    which it ends; they differ only where something was removed between two characters (a tag,
    the space that stood for an ampersand), which neither side takes. :meth:`span` maps a
    stretch. Both are monotonic, within ``0..len(original)``, and the identity shifted where
    nothing was replaced.
    """

    clean_length: int
    original_length: int
    edits: tuple[_Edit, ...]
    _clean_ends: list[int] = attrs.field(repr=False)

    def _locate(self, char: int) -> tuple[_Edit | None, int]:
        """The edit whose replacement holds cleaned character *char*, or the original offset
        of that character when it was copied."""
        k = bisect.bisect_right(self._clean_ends, char)
        if k < len(self.edits) and self.edits[k].clean_start <= char:
            return self.edits[k], -1
        if k == 0:
            return None, char
        last = self.edits[k - 1]
        return None, char - last.clean_end + last.end

    def start(self, offset: int) -> int:
        """The original offset where cleaned text starting at *offset* starts."""
        offset = min(max(offset, 0), self.clean_length)
        if offset == self.clean_length:
            return self.original_length
        edit, at = self._locate(offset)
        return at if edit is None else edit.start

    def end(self, offset: int) -> int:
        """The original offset where cleaned text ending at *offset* ends."""
        offset = min(max(offset, 0), self.clean_length)
        if offset == 0:
            return 0
        edit, at = self._locate(offset - 1)
        return at + 1 if edit is None else edit.end

    def span(self, start: int, end: int) -> tuple[int, int]:
        """The original ``(start, end)`` of the cleaned stretch ``[start, end)``."""
        if start >= end:
            at = self.end(start)
            return at, at
        return self.start(start), self.end(end)


def normalize(text: str) -> tuple[str, OffsetMap | None]:
    """*text* with its HTML leftovers cleaned, and the map back (``None`` when unchanged)."""
    if _QUICK.search(text) is None:
        return text, None
    edits: list[tuple[int, int, str]] = []
    last = 0  # where the previous edit ended: a ghost space is never taken from before it
    for match in _TOKEN.finditer(text):
        found = _decode(text, match, last)
        if found is None:
            continue
        drop, a, b, value = found
        if drop:
            edits.append((a - 1, a, ""))
        edits.append((a, b, value))
        last = match.end()
    if not edits:
        return text, None
    pieces: list[str] = []
    built: list[_Edit] = []
    cur = clean = 0
    for start, end, value in edits:
        pieces.append(text[cur:start])
        clean += start - cur
        pieces.append(value)
        built.append(_Edit(start, end, clean, clean + len(value)))
        clean += len(value)
        cur = end
    pieces.append(text[cur:])
    clean += len(text) - cur
    return "".join(pieces), OffsetMap(clean, len(text), tuple(built), [e.clean_end for e in built])


def _decode(text: str, match: re.Match[str], last: int) -> tuple[bool, int, int, str] | None:
    """``(drop the space before, start, end, replacement)`` for one match, or ``None``."""
    kind = match.lastgroup
    a, b = match.span()
    if kind in ("etag", "tag", "btag"):
        name = (match.group("etname") or match.group("tname") or match.group("btname")).lower()
        return _drop_tag(text, a, b, last, block=name in _BLOCK_TAGS)
    if kind == "ent":
        value = _entity(match.group("ename"))
        if value is not None:
            return False, a, b, value
        amps = match.group("eamps")
        # &amp;foo; with foo no entity: only the encoded ampersand is decoded
        return (False, a, a + 1 + len(amps), "&") if amps else None
    if kind == "bnum":
        value = _entity(match.group("bnum")[:-1])
    else:
        name = match.group("bname")
        value = "&" if name == "amp" else _entity(name)
        if name == "amp" and not match.group("bamps") and not _lone_amp_is_leftover(text, a, b):
            return None
    if value is None:  # pragma: no cover  (every broken form decodes)
        return None
    return _ghost_space(text, a, b, last, value), a, b, value


def _entity(name: str) -> str | None:
    """The text of entity *name* (without ``&`` and ``;``), or ``None`` if there is none."""
    if name.startswith("#"):
        value = html.unescape(f"&{name};")
    else:
        found = html.entities.html5.get(name + ";")
        if found is None:
            return None
        value = found
    if value in ("\xa0", "\u202f"):
        return " "
    if value == "\xad":  # a soft hyphen is invisible: it would only split a word
        return ""
    return value


def _lone_amp_is_leftover(text: str, a: int, b: int) -> bool:
    """A bare ``amp;`` is a leftover when glued to what follows (``AT amp;T``) or set off by a
    doubled space (``Smith  amp; Wesson``); ``a 10 amp; fuse`` is left alone."""
    after = text[b : b + 1]
    if after and not after.isspace():
        return True
    return text[max(a - 2, 0) : a] == "  "


def _spaces_before(text: str, a: int, last: int) -> int:
    n = 0
    while n < 2 and a - n - 1 >= last and text[a - n - 1] == " ":
        n += 1
    return n


def _ghost_space(text: str, a: int, b: int, last: int, value: str) -> bool:
    """Whether the space before a broken form stood for its lost ampersand and goes too."""
    n = _spaces_before(text, a, last)
    if n == 0:
        return False
    before = text[a - n - 1] if a - n - 1 >= 0 else ""
    after = text[b : b + 1]
    loose = not after or after.isspace()
    if value in _QUOTES:
        closing = loose or after in _CLOSERS or after in _QUOTES
        if value in "'\u2019" and _CONTRACTION.match(text, b):
            closing = True  # Washington #39;s, didn #39;t
        if closing:
            return True
    elif not loose:  # glued to what follows: AT amp;T, word nbsp;word
        return True
    # opens on what follows, or stands alone: keeps one space after a word
    return n == 2 or not before or before in _OPENERS or before.isspace()


def _drop_tag(text: str, a: int, b: int, last: int, *, block: bool) -> tuple[bool, int, int, str]:
    """A tag goes, with a space before it that would otherwise be doubled; a block tag
    between two words leaves a space ("end.<br>Next")."""
    n = _spaces_before(text, a, last)
    after = text[b : b + 1]
    spaced = not after or after.isspace()
    if block and n == 0 and not spaced and a > 0 and not text[a - 1].isspace():
        return False, a, b, " "
    drop = n == 2 or (n == 1 and (spaced or a == 1 or text[a - 2].isspace()))
    return drop, a, b, ""
