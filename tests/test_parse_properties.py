"""Property tests of the parser: it never raises on any str, its evidence slices the input, its
output does not depend on the hash seed, pickling or batch order, and it finds the events that
``dipevents.strategies.articles()`` renders into news text.
"""

from __future__ import annotations

import collections
import json
import os
import pathlib
import pickle
import subprocess
import sys

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

import dipevents as d
from dipevents import strategies as ds
from dipevents.gazetteer import Gazetteer


ROLES = {
    "visit": ("visitor", "host"),
    "allegation": ("accuser", "accused"),
    "transfer": ("supplier", "recipient"),
    "launch": ("launcher", "target"),
}
N = 100_000


def fewer(divisor: int) -> settings:
    """The current profile's settings with 1/divisor of its examples (at least 10)."""
    return settings(max_examples=max(10, settings.default.max_examples // divisor))


def _check_result(text: str, result: d.ParseResult) -> None:
    """Every event is valid, its evidence slices the input, and events are in text order."""
    starts = []
    for event in result.events:
        assert d.from_json(d.Event, d.to_json(event)) == event
        assert event.evidence
        for span in event.evidence:
            assert 0 <= span.start < span.end <= len(text)
            assert text[span.start : span.end] == span.text
        starts.append(event.evidence[0].start)
    assert starts == sorted(starts)
    for mention in result.actors:
        assert text[mention.start : mention.end] == mention.text


# --- never raises ------------------------------------------------------------------------------

#: Pieces that break naive text handling: case folding that changes length, digits that are not
#: ASCII, invisible and right-to-left marks, line separators, NUL, combining marks, abbreviations.
PIECES = [
    "İ", "ß", "²", "٣", "\u200b", "\u200f", "\u202e", "\u2028", "\x85", "\x00", "\r\n", "\xa0",
    "👍", "e\u0301", "\ud800", "\udfff", "1", "1,000", ".", ",", "$", "(", ")", '"', "Mr. ",
    "Oct. ", "U.S. ", "North Korea ", "Russia ", "Kyiv ", "fired ", "missiles ", "visited ",
    "accused ", "sent ", "to ", "at ", "from January 15 to ", "last week ", "2023 ", "-",
]  # fmt: skip
ADVERSARIAL = st.lists(st.sampled_from(PIECES), max_size=300).map("".join)
ANY_STR = st.text(st.characters(codec=None, exclude_categories=()), max_size=2000)


@given(ANY_STR | ADVERSARIAL)
@example("1" * N)
@example("(" * N)
@example(("Mr. " * N)[:N])
@example(("visited " * N)[:N])
@example("\ud800 North Korea fired a missile \x00 at Japan\u2028")
@example("e\u0301 İß 👍 Russia sent 1,000 shells to\u200f Ukraine.")
def test_parse_never_raises_on_any_str(text):
    result = d.parse(text, published="2024-01-17")
    _check_result(text, result)


@given(ANY_STR)
def test_parse_without_a_publication_date_never_raises(text):
    _check_result(text, d.parse(text))


def _trigger_words() -> list[str]:
    from dipevents._lexicon import read_table

    return sorted({row["phrase"].lstrip("-") for row in read_table("triggers.tsv")})


#: Sentences assembled from the parser's own trigger words, names, determiners, punctuation and
#: odd whitespace: the rules' arguments land in every position, empty or not.
GRAMMAR = st.lists(
    st.sampled_from(
        [*_trigger_words(),
         "Russia", "the envoy", "a delegation", "North Korea's", "Iran", "Kyiv", "the", "a",
         "missiles", "shells", "$1 billion", "that", "of", "for", "to", "in", "by", "not",
         "allow", "urged", "said", ",", ".", ";", "(AP)", "AP -", "\t", "  ", "\n", "'s"]
    ),
    max_size=40,
).map(" ".join)  # fmt: skip


@given(GRAMMAR)
@example("Russia will allow , to visit Moscow.")
@example("Russia will allow the envoy\t to visit Moscow.")
@example("Russia condemned\tthe killing of a hostage.")
def test_parse_never_raises_on_sentences_of_trigger_words(text):
    _check_result(text, d.parse(text, published="2024-01-17"))


# --- the events rendered into text are found ---------------------------------------------------


def _key(event: d.Event) -> tuple[object, ...]:
    first, second = (getattr(event, role) for role in ROLES[event.kind])
    return (event.kind, first and first.country, second and second.country)


def test_parse_finds_the_events_articles_render():
    """Recall over the profile's examples (each distinct sentence counted once): an event is
    found when the parser gives one of the same kind with the same two actors' countries."""
    found = total = 0
    seen: set[str] = set()
    misses: list[str] = []

    @given(ds.articles(max_events=6))
    def collect(news):
        nonlocal found, total
        got = collections.Counter(
            _key(e) for e in d.parse(news.text, published=news.published).events
        )
        for event in news.events:
            sentence = event.evidence[0].text
            if sentence in seen:
                continue
            seen.add(sentence)
            total += 1
            if got[_key(event)] > 0:
                got[_key(event)] -= 1
                found += 1
            else:
                misses.append(f"{_key(event)} published {news.published}: {sentence}")

    collect()
    recall = found / total
    print(f"\nrecall {recall:.3f} ({found} of {total} events); misses:")
    for miss in misses:
        print("  ", miss)
    assert total >= 100
    assert recall >= 0.95, "\n".join(misses)


# --- determinism and distribution ----------------------------------------------------------------


def _collect_articles(count: int) -> list[ds.NewsText]:
    out: list[ds.NewsText] = []

    @settings(max_examples=count)
    @given(ds.articles())
    def collect(news):
        out.append(news)

    collect()
    return out


_CHILD = """
import json, sys
import dipevents
docs = json.load(open(sys.argv[1], encoding="utf-8"))
for doc in docs:
    result = dipevents.parse(doc["text"], published=doc["published"])
    print(json.dumps([dipevents.to_dict(e) for e in result.events], ensure_ascii=False))
"""


def test_same_output_under_any_hash_seed(tmp_path: pathlib.Path):
    """Two processes with PYTHONHASHSEED 0 and 1 give byte-identical output."""
    docs = [{"text": n.text, "published": n.published.isoformat()} for n in _collect_articles(30)]
    docs.append(
        {
            "text": "Iran sent drones to Russia, and Russia sent fuel to Iran.",
            "published": "2024-01-17",
        }
    )
    path = tmp_path / "docs.json"
    path.write_text(json.dumps(docs), encoding="utf-8")
    outputs = []
    for seed in ("0", "1"):
        env = {**os.environ, "PYTHONHASHSEED": seed}
        result = subprocess.run(
            [sys.executable, "-c", _CHILD, str(path)],
            capture_output=True,
            check=True,
            env=env,
        )
        outputs.append(result.stdout)
    assert outputs[0] == outputs[1]
    assert outputs[0].count(b"\n") == len(docs)
    assert b'"kind"' in outputs[0]


@pytest.fixture(scope="module")
def pickled_gazetteer() -> Gazetteer:
    return pickle.loads(pickle.dumps(Gazetteer.default()))


@fewer(4)
@given(news=ds.articles())
def test_same_output_after_pickling_the_gazetteer(news, pickled_gazetteer):
    assert d.parse(news.text, published=news.published, gazetteer=pickled_gazetteer) == d.parse(
        news.text, published=news.published
    )


@fewer(4)
@given(st.lists(ds.articles(max_events=2), max_size=5), st.randoms(use_true_random=False))
def test_same_output_in_any_batch_order(articles, random):
    """parse_many gives what parse gives, document by document, in any order."""
    docs = [
        d.Document(text=n.text, published=n.published, id=str(i)) for i, n in enumerate(articles)
    ]
    alone = {doc.id: d.parse(doc.text, published=doc.published) for doc in docs}
    random.shuffle(docs)
    for doc, result in zip(docs, d.parse_many(docs), strict=True):
        assert result.document_id == doc.id
        assert result.events == alone[doc.id].events
        assert result.actors == alone[doc.id].actors
