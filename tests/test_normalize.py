"""dipevents._normalize: HTML leftovers cleaned from scraped text, with a map back to offsets.

Every sentence here is our own; none is copied from a news source.
"""

from __future__ import annotations

import pytest
from hypothesis import example, given
from hypothesis import strategies as st

from dipevents._normalize import OffsetMap, normalize


def clean(text: str) -> str:
    return normalize(text)[0]


def check_map(text: str, cleaned: str, offsets: OffsetMap) -> None:
    """What the map promises: within bounds, monotonic, the identity (shifted) on characters
    that were copied, and a non-empty stretch maps to a non-empty stretch."""
    n = len(cleaned)
    starts = [offsets.start(i) for i in range(n + 1)]
    ends = [offsets.end(i) for i in range(n + 1)]
    assert starts[n] == len(text)
    assert ends[0] == 0
    for i in range(n + 1):
        assert 0 <= ends[i] <= starts[i] <= len(text)
        if i:
            assert starts[i - 1] <= starts[i]
            assert ends[i - 1] <= ends[i]
            assert starts[i - 1] < ends[i]  # the character i - 1 covers something
    replaced = set()
    for edit in offsets.edits:
        replaced.update(range(edit.clean_start, edit.clean_end))
        assert text[edit.start : edit.end]  # an edit always takes something away
    for i, char in enumerate(cleaned):
        if i not in replaced:
            assert text[starts[i]] == char
            assert ends[i + 1] == starts[i] + 1
    # between edits the cleaned text is the original, piece by piece
    at = clean_at = 0
    for edit in offsets.edits:
        assert text[at : edit.start] == cleaned[clean_at : edit.clean_start]
        at, clean_at = edit.end, edit.clean_end
    assert text[at:] == cleaned[clean_at:]


def check(text: str) -> str:
    cleaned, offsets = normalize(text)
    if offsets is None:
        assert cleaned is text
    else:
        assert cleaned != text
        check_map(text, cleaned, offsets)
    return cleaned


class TestBrokenForms:
    """Entities whose ampersand was lost or became a space."""

    @pytest.mark.parametrize(
        ("text", "expected"),
        [
            ("Berlin #39;s new envoy left.", "Berlin's new envoy left."),
            ("Berlin #039;s new envoy left.", "Berlin's new envoy left."),
            ("Berlin#39;s new envoy left.", "Berlin's new envoy left."),
            ("the envoys #39; cars", "the envoys' cars"),
            ("they didn #39;t agree, we #39;ll see", "they didn't agree, we'll see"),
            ("a  #39;friendly #39; talk", "a 'friendly' talk"),
            ("it was a  quot;useful meeting quot; in Oslo", 'it was a "useful meeting" in Oslo'),
            ("He called it  quot;useful quot;.", 'He called it "useful".'),
            (" quot;We came to talk, quot; she said.", '"We came to talk," she said.'),
            ("quot;We came quot; she said", '"We came" she said'),
            ("Lima, quot;we agree quot; he said", 'Lima, "we agree" he said'),
            ("the M amp;A talks at AT amp;T", "the M&A talks at AT&T"),
            ("Marks  amp; Spencer opened", "Marks & Spencer opened"),
            ("it was  amp;quot;fine amp;quot; then", 'it was "fine" then'),
            ("a nbsp;b", "a b"),
            ("peace  #8212; at last", "peace — at last"),
            ("the talk #8217;s end", "the talk’s end"),
        ],
    )
    def test_decoded(self, text, expected):
        assert check(text) == expected

    def test_the_ghost_space_of_a_possessive_goes(self):
        cleaned, offsets = normalize("Oslo #39;s mayor")
        assert cleaned == "Oslo's mayor"
        assert offsets is not None
        # "Oslo" ends where it ended; the apostrophe stands for " #39;" less its space
        assert offsets.span(0, 4) == (0, 4)
        assert offsets.span(4, 5) == (5, 9)
        assert offsets.span(0, 6) == (0, 10)
        assert offsets.span(7, 12) == (11, 16)


class TestProperEntities:
    @pytest.mark.parametrize(
        ("text", "expected"),
        [
            ("Q&amp;A with the envoy", "Q&A with the envoy"),
            ("a &quot;frank&quot; talk", 'a "frank" talk'),
            ("Oslo&#39;s mayor, Bergen&#039;s too", "Oslo's mayor, Bergen's too"),
            ("Oslo&#x27;s mayor", "Oslo's mayor"),
            ("two&nbsp;envoys", "two envoys"),
            ("caf&eacute; talks", "café talks"),
            ("&amp;quot;doubly&amp;quot; encoded", '"doubly" encoded'),
            ("&amp;amp; twice", "& twice"),
            ("x &amp;madeup; y", "x &madeup; y"),
            ("3 &lt; 4 and 5 &gt; 2", "3 < 4 and 5 > 2"),
            ("bad &#xD800; and &#0; codes", "bad \ufffd and \ufffd codes"),
            ("Pyong&shy;yang", "Pyongyang"),
        ],
    )
    def test_decoded(self, text, expected):
        assert check(text) == expected


class TestTags:
    @pytest.mark.parametrize(
        ("text", "expected"),
        [
            ("<b>Envoy visits Oslo</b> today", "Envoy visits Oslo today"),
            ("&lt;b&gt;Envoy visits Oslo&lt;/b&gt; today", "Envoy visits Oslo today"),
            ("&amp;lt;i&amp;gt;Oslo&amp;lt;/i&amp;gt;", "Oslo"),
            (" lt;b gt;Envoy visits Oslo lt;/b gt; today", "Envoy visits Oslo today"),
            ("talks  lt;b gt;ended lt;/b gt; late", "talks ended late"),
            ("first line.<br>Second line.<br/>Third.", "first line. Second line. Third."),
            ("end. <p>Next</p>", "end. Next"),
            ('see <a href="http://x.example/?a=1&b=2">this</a> now', "see this now"),
            ("see <font size=2 color='red'>this</font> now", "see this now"),
            ("see &lt;a href=&quot;http://x&quot;&gt;this&lt;/a&gt; now", "see this now"),
            ("see  lt;a href= quot;http://x quot; gt;this lt;/a gt; now", "see this now"),
        ],
    )
    def test_dropped(self, text, expected):
        assert check(text) == expected

    def test_a_dropped_tag_belongs_to_neither_side(self):
        text = "<b>Oslo</b> talks"
        cleaned, offsets = normalize(text)
        assert cleaned == "Oslo talks"
        assert offsets is not None
        start, end = offsets.span(0, 4)
        assert text[start:end] == "Oslo"
        start, end = offsets.span(0, 10)
        assert text[start:end] == "Oslo</b> talks"


class TestOrdinaryTextIsLeftAlone:
    @pytest.mark.parametrize(
        "text",
        [
            "The envoy met the mayor; talks went well.",
            "AT&T and R&D and Q&A; all fine",
            "a 10 amp; fuse blew",
            "Smith amp; Wesson",
            "seat #4; and #40;",
            "aliquot; samples",
            "a<b and c>d, x < y > z, a <b and c> d",
            "inside a word: salt;b gt;",
            "&unknownentity; &#; &#x; & ; &",
            "&#123456789012; is too long",
            "",
            ";",
            "<",
        ],
    )
    def test_unchanged(self, text):
        cleaned, offsets = normalize(text)
        assert offsets is None
        assert cleaned is text

    def test_a_number_sign_is_only_decoded_for_punctuation(self):
        assert clean("item #65; and #40;") == "item #65; and #40;"


# --- any text ------------------------------------------------------------------------------------

PIECES = [
    " #39;", "#39;", " #039;", "s ", " quot;", "quot;", "  quot;", " amp;", "amp;", "  amp;",
    "&amp;", "&quot;", "&#39;", "&#x27;", "&nbsp;", "&lt;b&gt;", "&lt;/b&gt;", " lt;b gt;",
    " lt;/b gt;", "<b>", "</b>", "<br>", "<a href=\"x\">", "&amp;", "&", ";", "#", "<", ">",
    "lt;", "gt;", "nbsp;", "&#", "&#xD800;", "\ud800", "\udfff", "\x00", "\n", " ", "  ",
    "Oslo", "t", "ll", "A", "1", ".", ",", '"', "'", "é", "İ", "👍", "\u2028",
]  # fmt: skip
ARTEFACTS = st.lists(st.sampled_from(PIECES), max_size=200).map("".join)
ANY_STR = st.text(st.characters(codec=None, exclude_categories=()), max_size=500)


@given(ARTEFACTS | ANY_STR)
@example("Oslo #39;s  quot;talks quot; &amp; <b>x</b>")
@example(" #39; #39; #39;")
@example("&lt;b&gt;&lt;b&gt;&lt;/b&gt;")
@example("\ud800 #39;s <b>\udfff</b>")
def test_never_raises_and_the_map_holds(text):
    """For any str: no exception, and the map is monotonic, within bounds and the identity
    where nothing was replaced."""
    check(text)


@given(ARTEFACTS)
def test_stretches_map_to_original_stretches(text):
    """Every non-empty stretch of the cleaned text maps to a non-empty stretch of the original;
    one that no edit touches is the same text."""
    cleaned, offsets = normalize(text)
    if offsets is None:
        return
    step = max(1, len(cleaned) // 20)
    for s in range(0, len(cleaned), step):
        for e in range(s + 1, len(cleaned) + 1, step):
            start, end = offsets.span(s, e)
            assert 0 <= start < end <= len(text)
            if not any(edit.start < end and start < edit.end for edit in offsets.edits):
                assert text[start:end] == cleaned[s:e]


@pytest.mark.parametrize(
    "unit",
    ["Oslo #39;s  quot;x quot; ", "&lt;b &lt;a href=", " lt;b ", "&amp;", "<a x=1 ", ";", " ",
     "&#", "#39;", "  amp;", "<b>", "\ud800 #39;"],
)  # fmt: skip
def test_adversarial_runs(unit):
    """100,000-character runs of one piece return and the map holds (bench/linearity.py
    times them)."""
    text = (unit * (100_000 // len(unit) + 1))[:100_000]
    check(text)
