"""Tests for dipevents._parse: parse() and parse_many()."""

from __future__ import annotations

import pickle

import attrs
import pendulum
import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

import dipevents as d
from dipevents._parse import Document, ParseError, parse, parse_many
from dipevents.gazetteer import Gazetteer


def _kinds(result):
    return [type(e).__name__ for e in result.events]


class TestPublished:
    def test_relative_date_resolves_against_the_argument(self):
        """ "on Tuesday" is the Tuesday before the publication date."""
        [event] = parse(
            "North Korea fired a ballistic missile on Tuesday.", published="2024-01-17"
        ).events
        assert event.when.start == pendulum.Date(2024, 1, 16)

    def test_accepts_dates_and_strings(self):
        """A pendulum Date, a stdlib date or an ISO string all work."""
        import datetime

        text = "Iran launched a satellite yesterday."
        results = [
            parse(text, published=p)
            for p in (pendulum.Date(2024, 3, 5), datetime.date(2024, 3, 5), "2024-03-05")
        ]
        assert len({r.events for r in results}) == 1
        assert results[0].events[0].when.start == pendulum.Date(2024, 3, 4)

    def test_dateline_is_used_without_the_argument(self):
        """A full date in the first line anchors relative dates; the diagnostics say so."""
        text = "SEOUL, Jan. 14, 2024 (Yonhap) -- North Korea fired a cruise missile on Friday."
        result = parse(text)
        assert result.published == pendulum.Date(2024, 1, 14)
        assert "dateline" in result.diagnostics[0].detail
        assert result.events[0].when.start == pendulum.Date(2024, 1, 12)

    def test_no_date_leaves_relative_dates_unresolved(self):
        """Nothing reads the clock: without a date, "on Friday" stays unresolved."""
        result = parse("North Korea fired a cruise missile on Friday.")
        assert result.published is None
        assert result.events[0].when is None
        assert "unknown" in result.diagnostics[0].detail

    def test_bad_published(self):
        """A bad date is a ValidationError naming the field."""
        with pytest.raises(d.ValidationError) as info:
            parse("text", published="14/01/2024")
        assert info.value.paths == ["$.published"]


class TestEvents:
    def test_events_in_text_order_with_evidence(self):
        """Each event points back to its sentence."""
        text = (
            "Iran supplied Russia with hundreds of drones, U.S. officials said. "
            "North Korea test-fired a ballistic missile on Monday."
        )
        result = parse(text, published="2023-06-07")
        assert _kinds(result) == ["Transfer", "Launch"]
        for event in result.events:
            for span in event.evidence:
                assert text[span.start : span.end] == span.text

    def test_headline_and_body_are_one_event(self):
        """The same launch in a headline and in the body is one event with two evidences."""
        text = (
            "North Korea fires ballistic missile\n\n"
            "North Korea fired a ballistic missile into the sea on Tuesday, officials said."
        )
        result = parse(text, published="2024-01-17")
        [launch] = result.events
        assert len(launch.evidence) == 2

    def test_explain_says_why(self):
        """A sentence with no trigger, and one whose trigger found no arguments, are explained."""
        text = "Leaders gathered for lunch. The army launched an offensive in the east."
        result = parse(text, explain=True)
        reasons = [n.reason for n in result.diagnostics]
        assert "no trigger" in reasons
        assert "unresolved arguments" in reasons
        assert result.events == ()

    def test_custom_gazetteer(self):
        """A user's gazetteer entry is used by parse()."""
        g = Gazetteer.default().with_alias("North Korea", "Hermit Kingdom")
        [event] = parse("The Hermit Kingdom launched a rocket.", gazetteer=g).events
        assert event.launcher.country == "PRK"


class TestDeterminism:
    TEXT = (
        "South Korea accused the North of sending artillery shells to Russia last year. "
        "Russian Foreign Minister Sergei Lavrov will visit Pyongyang next week."
    )

    def test_same_output_after_pickling_the_configuration(self):
        """A pickled gazetteer gives the same result."""
        g = pickle.loads(pickle.dumps(Gazetteer.default()))
        assert parse(self.TEXT, published="2024-01-17", gazetteer=g) == parse(
            self.TEXT, published="2024-01-17"
        )

    def test_batch_order_does_not_matter(self):
        """parse_many gives the same results as parse, in any order."""
        docs = [self.TEXT, "Iran launched a satellite.", "Nothing here."]
        one = [parse(t) for t in docs]
        many = list(parse_many(docs))
        backwards = list(parse_many(reversed(docs)))
        assert many == one
        assert backwards[::-1] == one


class TestParseMany:
    def test_documents_mappings_and_errors(self):
        """A bad document yields an error record and the stream goes on."""
        docs = [
            {"id": "a", "text": "Iran launched a satellite.", "published": "2024-01-02"},
            {"id": "b", "text": 42},
            Document(text="North Korea fired a rocket.", id="c"),
            {"id": "d", "text": "x", "published": "not a date"},
        ]
        results = list(parse_many(docs))
        assert [type(r).__name__ for r in results] == [
            "ParseResult",
            "ParseError",
            "ParseResult",
            "ParseError",
        ]
        assert results[0].document_id == "a"
        assert isinstance(results[1], ParseError)
        assert results[1].error.errors[0].path == "$.text"
        assert results[3].error.errors[0].path == "$.published"

    def test_streams(self):
        """parse_many is lazy: it works on an endless generator."""

        def endless():
            while True:
                yield "Iran launched a satellite."

        stream = parse_many(endless())
        assert len(next(stream).events) == 1
        assert len(next(stream).events) == 1


class TestRobustness:
    @settings(max_examples=150, deadline=None)
    @given(st.text(st.characters(codec=None, exclude_categories=()), max_size=400))
    @example("\ud800 North Korea fired a missile \x00 at Japan")
    @example("visited " * 10_000)
    @example("1" * 100_000)
    @example("(" * 50_000)
    @example("Mr. " * 20_000)
    @example("e\u0301 İß 👍 Russia sent 1,000 shells to\u2028 Ukraine.")
    def test_never_raises_and_evidence_slices(self, text):
        """Any str parses; every event validates and its evidence slices the input."""
        result = parse(text, published="2024-01-17")
        for event in result.events:
            assert d.from_json(d.Event, d.to_json(event)) == event
            for span in event.evidence:
                assert text[span.start : span.end] == span.text

    def test_rejects_non_str(self):
        """bytes are a TypeError, not silently decoded."""
        with pytest.raises(TypeError, match="takes a str"):
            parse(b"text")  # type: ignore[arg-type]


def _spans_of(event):
    yield from event.evidence
    claim = getattr(event, "claim", None)
    if claim is not None:
        yield from _spans_of(claim)


def _no_evidence(event):
    claim = getattr(event, "claim", None)
    if claim is not None:
        event = attrs.evolve(event, claim=_no_evidence(claim))
    return attrs.evolve(event, evidence=())


def _check_offsets(text, result):
    """Every evidence span, actor mention and diagnostic slices the original text."""
    for event in result.events:
        for span in _spans_of(event):
            assert text[span.start : span.end] == span.text
    for mention in result.actors:
        assert text[mention.start : mention.end] == mention.text
    for note in result.diagnostics:
        assert text[note.start : note.end] == note.text


#: Leftovers and event words: parsed in any order, all offsets still slice the original text.
LEFTOVER_PIECES = [
    " #39;s ", " quot;", "quot; ", "&amp;", " amp;", "&quot;", "&#39;", "<b>", "</b>",
    "&lt;i&gt;", " lt;/b gt;", "&nbsp;", "\ud800", ". ", "North Korea", "Russia", "Japan",
    " fired ", " missiles ", " visited ", " accused ", " sent ", " shells ", " to ",
    " on Monday", " said",
]  # fmt: skip


class TestHtmlLeftovers:
    """Scraped text with entity leftovers parses as the clean text would, with offsets in the
    original (docs/parsing.md, "Text scraped with HTML leftovers")."""

    def test_a_broken_possessive_makes_the_visitor(self):
        text = "Washington #39;s top envoy arrived in Seoul on Monday."
        result = parse(text, published="2024-05-08")
        [visit] = result.events
        assert isinstance(visit, d.Visit)
        assert (visit.visitor.country, visit.host.country) == ("USA", "KOR")
        assert visit.when.start == pendulum.Date(2024, 5, 6)
        assert [s.text for s in visit.evidence] == [text]
        assert [m.text for m in result.actors] == ["Washington", "Seoul"]
        _check_offsets(text, result)

    def test_broken_quotes_and_a_proper_ampersand(self):
        text = (
            " quot;North Korea fired two ballistic missiles on Tuesday, quot; Japan #39;s "
            "defence ministry said after US &amp; South Korean drills."
        )
        result = parse(text, published="2024-05-08", explain=True)
        [launch] = result.events
        assert isinstance(launch, d.Launch)
        assert launch.launcher.country == "PRK"
        assert launch.reported_by.country == "JPN"
        [span] = launch.evidence
        assert span.text == text[1:]  # the space that stood for "&" is no part of the sentence
        assert {m.text for m in result.actors} >= {"North Korea", "Japan", "US", "South Korean"}
        _check_offsets(text, result)

    def test_same_events_as_the_clean_text(self):
        """Tags and entities aside, the events are those of the text without them."""
        dirty = (
            "&lt;b&gt;Seoul accuses Pyongyang&lt;/b&gt;<br>South Korea&#39;s spy agency accused "
            "North Korea of sending &quot;more than 1,000 containers&quot; of munitions to "
            "Russia, it said on Friday."
        )
        plain = (
            "Seoul accuses Pyongyang South Korea's spy agency accused North Korea of sending "
            '"more than 1,000 containers" of munitions to Russia, it said on Friday.'
        )
        got, want = parse(dirty, published="2024-05-08"), parse(plain, published="2024-05-08")
        assert [_no_evidence(e) for e in got.events] == [_no_evidence(e) for e in want.events]
        assert got.events
        _check_offsets(dirty, got)

    def test_claims_are_moved_too(self):
        text = (
            "Seoul #39;s spy agency accused Pyongyang of sending  quot;thousands of shells quot; "
            "to Moscow on Monday."
        )
        result = parse(text, published="2024-05-08")
        assert any(isinstance(e, d.Allegation) and e.claim is not None for e in result.events)
        _check_offsets(text, result)

    @settings(max_examples=100, deadline=None)
    @given(st.lists(st.sampled_from(LEFTOVER_PIECES), max_size=60).map("".join))
    def test_offsets_slice_the_original(self, text):
        _check_offsets(text, parse(text, published="2024-01-17", explain=True))


def test_a_headline_and_its_body_are_one_event():
    """The headline leaves the accuser out, the body names it: one allegation, two spans."""
    text = (
        "Peru Denies Selling Radar to Iran (AP) AP - Peru on Monday again denied U.S."
        " allegations that it sold a radar system to Iran."
    )
    [event] = [e for e in parse(text).events if e.kind == "allegation"]
    assert (event.accuser.country, event.accused.country, event.status) == ("USA", "PER", "denied")
    assert len(event.evidence) == 2


def test_an_event_named_again_in_its_sentence_is_one_event():
    """ "will travel to X, the first visit by ... to the country": the noun tells the same
    planned visit again."""
    text = (
        "The Danish prime minister will travel to Ghana on Friday, the first visit by a Danish"
        " leader to the country in 20 years."
    )
    visits = [e for e in parse(text, published="2024-03-04").events if e.kind == "visit"]
    assert [(v.visitor.country, v.host.country, v.status) for v in visits] == [
        ("DNK", "GHA", "planned")
    ]


def test_two_visits_on_different_days_stay_two():
    text = "The Danish prime minister visited Ghana in May and will visit Ghana again in October."
    visits = [e for e in parse(text, published="2024-06-04").events if e.kind == "visit"]
    assert len(visits) == 2


def test_the_same_parties_in_two_years_are_two_events():
    """Two readings of one sentence that name the same parties are merged only when their dates
    agree: this year's launches and last year's are two."""
    text = "Iran launched 5 rockets this year, more than the 3 rockets it launched last year."
    launches = [e for e in parse(text, published="2024-06-04").events if e.kind == "launch"]
    assert sorted(str(e.when.start.year) for e in launches) == ["2023", "2024"]


@pytest.mark.parametrize(
    "text",
    [
        "Iran ſent drones to Russia.",  # a long s: matched without case, lower() keeps it
        "Putin VİSITED China.",  # a dotted capital I: lower() makes two characters of it
        "Iran sent miſſiles and F-ſ16 jets.",
        "Russia\n, envoy said",  # a name at the end of a line
    ],
)
def test_letters_that_case_folding_keeps_apart_raise_nothing(text):
    result = parse(text)
    for mention in result.actors:
        assert text[mention.start : mention.end] == mention.text
