"""Tests for dipevents.evaluate, and the parser's figures on the labelled corpora.

The figures are printed (run with ``-s`` to see them) and held to the project's bar on our own
corpus: F1 >= 0.90 per kind, actor-slot accuracy >= 0.90, date accuracy >= 0.90 and no event
on at least 95% of the negatives. On the devset of real news the floors are where the parser
stands, so that a change that makes it worse fails.
"""

from __future__ import annotations

import pathlib

import pytest

from dipevents.evaluate import KINDS, main, read_records, report, score_records


ROOT = pathlib.Path(__file__).resolve().parents[1]
SENTENCES = ROOT / "tests" / "corpus" / "events" / "sentences.jsonl"
ARTICLES = ROOT / "tests" / "corpus" / "events" / "articles.jsonl"
FRESH = ROOT / "tests" / "corpus" / "events" / "fresh.jsonl"
WIRE = ROOT / "tests" / "corpus" / "events" / "wire.jsonl"
PROSE = ROOT / "tests" / "corpus" / "events" / "prose.jsonl"
DIGEST = ROOT / "tests" / "corpus" / "events" / "digest.jsonl"
ROUNDUP = ROOT / "tests" / "corpus" / "events" / "roundup.jsonl"
DEVSET = ROOT.parent / "shared" / "devset" / "sentences.jsonl"


@pytest.fixture(scope="module", name="sentences")
def _sentences():
    return score_records(read_records(SENTENCES))


def test_corpus_size_and_negatives():
    """At least 300 sentences, 10 articles, and a quarter of the sentences are negatives."""
    records = list(read_records(SENTENCES))
    assert len(records) >= 300
    assert len(list(read_records(ARTICLES))) >= 10
    negatives = sum(1 for r in records if not r["events"])
    assert negatives / len(records) >= 0.25


def test_sentence_corpus_figures(sentences):
    """Per-kind F1, actor slots, dates and negatives on our sentence corpus."""
    print("\n" + report("sentences", sentences))
    for kind in KINDS:
        assert sentences.f1(kind) >= 0.90, kind
    assert sentences.slot_accuracy >= 0.90
    assert sentences.date_accuracy >= 0.90
    assert sentences.quiet_share >= 0.95


def test_article_corpus_figures():
    """Whole articles: headlines, datelines, events mentioned twice."""
    score = score_records(read_records(ARTICLES))
    print("\n" + report("articles", score))
    assert score.f1() >= 0.80
    assert score.date_accuracy >= 0.80


@pytest.mark.parametrize(
    ("path", "f1", "kind_f1", "slots", "quiet"),
    [
        # 200 sentences (newspaper and wire style): F1 0.893 blind, 0.949 after rules were
        # improved on its misses
        (FRESH, 0.92, 0.85, 0.87, 0.92),
        # 160 headline and feed items, many undated, some with scraping leftovers: F1 0.870
        # blind, 0.961 after
        (WIRE, 0.93, 0.85, 0.94, 0.95),
        # 150 items of long newspaper prose (pronouns, descriptions, capitals): F1 0.755
        # blind, 0.897 after
        (PROSE, 0.87, 0.80, 0.87, 0.94),
        # 150 digest entries, agency leads, quotes and headline pairs: F1 0.924 blind, 0.982
        # after
        (DIGEST, 0.95, 0.90, 0.90, 0.96),
        # 150 items in many outlets' styles: F1 0.884 blind, 0.913 after
        (ROUNDUP, 0.89, 0.85, 0.85, 0.96),
    ],
    ids=["fresh", "wire", "prose", "digest", "roundup"],
)
def test_corpora_written_blind_to_the_rules(path, f1, kind_f1, slots, quiet):
    """Corpora written by helper sessions that had not seen the parser's rules. The floors hold
    the parser near where it stands so that a change that makes it worse fails."""
    score = score_records(read_records(path))
    print("\n" + report(path.stem, score, details=False))
    assert score.f1() >= f1
    assert all(score.f1(kind) >= kind_f1 for kind in KINDS)
    assert score.slot_accuracy >= slots
    assert score.quiet_share >= quiet


def test_devset_figures():
    """Real news sentences in ../shared/devset (read in place, never copied)."""
    if not DEVSET.is_file():
        pytest.skip("../shared/devset is not present")
    score = score_records(read_records(DEVSET))
    print("\n" + report("devset", score, details=False))
    assert score.precision() >= 0.92
    assert score.f1() >= 0.82
    assert all(score.f1(kind) >= 0.78 for kind in ("visit", "allegation", "transfer", "launch"))
    assert score.slot_accuracy >= 0.85
    assert score.quiet_share >= 0.98


def test_scoring_counts_misses_extras_and_slots(tmp_path):
    """The scorer pairs events by kind and actors, and counts what is left over."""
    corpus = tmp_path / "c.jsonl"
    corpus.write_text(
        '{"id": "x1", "text": "North Korea fired a ballistic missile at Japan on Monday.", '
        '"published": "2024-01-17", "events": [{"kind": "launch", "source_actor": "PRK", '
        '"target_actor": "JPN", "status": "occurred", "date": "2024-01-15"}]}\n'
        '{"id": "x2", "text": "Iran sent drones to Russia.", "published": null, "events": '
        '[{"kind": "visit", "source_actor": "IRN", "target_actor": "RUS"}]}\n'
        '{"id": "x3", "text": "The army launched an offensive.", "events": []}\n',
        encoding="utf-8",
    )
    score = score_records(read_records(corpus))
    assert (score.tp["launch"], score.fp["transfer"], score.fn["visit"]) == (1, 1, 1)
    assert score.slots_right == 1
    assert (score.dates_checked, score.dates_right) == (1, 1)
    assert (score.negatives, score.quiet_negatives) == (1, 1)
    text = report("c", score)
    assert "x2 visit IRN->RUS" in text
    assert "x2 transfer IRN->RUS" in text


def test_command(tmp_path, capsys):
    """python -m dipevents.evaluate FILE prints the table; a missing file exits 2."""
    corpus = tmp_path / "c.jsonl"
    corpus.write_text('{"id": "a", "text": "Nothing.", "events": []}\n', encoding="utf-8")
    assert main([str(corpus), "--summary"]) == 0
    assert "negatives with no event: 1.000" in capsys.readouterr().out
    assert main([str(tmp_path / "missing.jsonl")]) == 2
