"""Benchmark: how fast ``dipevents.parse`` reads news text, against tokenizers on the same text.

The workload is the repository's own text: the articles and sentences of
``tests/corpus/events/*.jsonl`` and the bundled example article, repeated in order until it
holds about 400 KB of UTF-8 text, parsed one document at a time with its publication date. Three
things are timed over the same documents in the same run, best of several interleaved rounds
(so that a burst of load on a shared machine hits each alike):

- ``dipevents.parse``, warm: after one warm-up parse, since the first one reads the lexicons and
  compiles the gazetteer;
- ``str.split()``: the floor of any tokenizer;
- spaCy's rule-based tokenizer alone (``spacy.blank("en").tokenizer``, warmed up too), when spaCy
  is installed; it is not a dependency of dipevents (``pip install spacy`` to measure it).

spaCy's tokenizer caches what it made of each distinct token, and after the warm-up its cache
holds every token of the workload; dipevents keeps no such cache. So spaCy is also timed on a
first pass: a fresh tokenizer over each distinct document once, which is what text it has not
seen costs it.

Prints KB/s (KB = 1024 bytes of UTF-8) and documents/s for each, and the ratios of dipevents'
time per KB to each baseline's. With ``--profile N``, also prints the N costliest functions of one
warm pass of ``dipevents.parse`` over the workload, by cumulative and by own time.

Exit status: 0 (figures only: a shared machine is too noisy for a time gate), unless ``--gate``
is given: then 1 when dipevents is slower than spaCy's warm tokenizer, and 2 when spaCy is
missing.
Usage: ``python bench/speed.py [--size KB] [--runs N] [--profile N] [--gate]``.
"""

from __future__ import annotations

import argparse
import cProfile
import importlib.util
import json
import pstats
import time
from collections.abc import Callable
from pathlib import Path

from _linearity import best_times

import dipevents


ROOT = Path(__file__).resolve().parents[1]
CORPORA = (
    ROOT / "tests" / "corpus" / "events" / "articles.jsonl",
    ROOT / "tests" / "corpus" / "events" / "sentences.jsonl",
)
EXAMPLE = ROOT / "src" / "dipevents" / "data" / "example_article.txt"
EXAMPLE_META = EXAMPLE.with_suffix(".json")  # its publication date and expected events
WARM_UP = "Warm up: North Korea fired a missile on Monday."

Document = tuple[str, str | None]  # text, publication date


def documents() -> list[Document]:
    """Each document of the corpora once, with its publication date, then the example article."""
    docs: list[Document] = []
    for path in CORPORA:
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.strip():
                record = json.loads(line)
                docs.append((record["text"], record.get("published")))
    published = json.loads(EXAMPLE_META.read_text(encoding="utf-8"))["published"]
    docs.append((EXAMPLE.read_text(encoding="utf-8"), published))
    return docs


def workload(size: int) -> list[Document]:
    """The documents, repeated in order until they hold at least *size* bytes of UTF-8."""
    unique = documents()
    docs: list[Document] = []
    total = 0
    while total < size:
        for doc in unique:
            docs.append(doc)
            total += len(doc[0].encode("utf-8"))
            if total >= size:
                break
    return docs


def over(docs: list[Document], func: Callable[[str, str | None], object]) -> Callable[[], None]:
    """A function that applies *func* to every document."""

    def run() -> None:
        for text, published in docs:
            func(text, published)

    return run


def spacy_tokenizers() -> Callable[[], Callable[[str], object]] | None:
    """A function that makes a fresh spaCy English tokenizer, or ``None`` without spaCy."""
    if importlib.util.find_spec("spacy") is None:
        return None
    import spacy  # noqa: PLC0415  (optional, measured only when installed)

    print(f"spaCy {spacy.__version__}: spacy.blank('en').tokenizer")
    return lambda: spacy.blank("en").tokenizer


def first_pass(
    make: Callable[[], Callable[[str], object]], docs: list[Document], runs: int
) -> float:
    """The best time of a fresh tokenizer's one pass over *docs*: before its cache holds them."""
    best = float("inf")
    for _ in range(runs):
        tokenizer = make()
        tokenizer(WARM_UP)  # its lazy set-up, not the documents' tokens
        start = time.perf_counter()
        for text, _ in docs:
            tokenizer(text)
        best = min(best, time.perf_counter() - start)
    return best


def profile(docs: list[Document], top: int) -> None:
    """Print the *top* functions of one pass of ``dipevents.parse``, by cumulative and own time."""
    profiler = cProfile.Profile()
    profiler.enable()
    for text, published in docs:
        dipevents.parse(text, published=published)
    profiler.disable()
    stats = pstats.Stats(profiler)
    for key in ("cumulative", "tottime"):
        print(f"\n--- one warm pass of dipevents.parse under cProfile, top {top} by {key}")
        stats.sort_stats(key).print_stats(top)


def main() -> int:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--size", type=int, default=400, help="workload size in KB (of UTF-8)")
    parser.add_argument("--runs", type=int, default=5, help="rounds (the best is kept)")
    parser.add_argument("--profile", type=int, metavar="N", help="print the N costliest functions")
    parser.add_argument("--gate", action="store_true", help="exit 1 when slower than spaCy")
    args = parser.parse_args()

    docs = workload(args.size * 1024)
    kb = sum(len(text.encode("utf-8")) for text, _ in docs) / 1024
    print(f"workload: {len(docs)} documents, {kb:.0f} KB ({len(documents())} distinct documents)")

    dipevents.parse(WARM_UP, published="2024-01-17")
    funcs = {
        "dipevents.parse": over(docs, lambda t, p: dipevents.parse(t, published=p)),
        "str.split()": over(docs, lambda t, _: t.split()),
    }
    make = spacy_tokenizers()
    if make is not None:
        tokenizer = make()
        funcs["spaCy tokenizer"] = over(docs, lambda t, _: tokenizer(t))
    for func in funcs.values():
        func()  # warm-up: caches, lazy imports
    seconds = dict(zip(funcs, best_times(list(funcs.values()), args.runs), strict=True))
    # (seconds, KB, documents) of each row
    rows = {name: (took, kb, len(docs)) for name, took in seconds.items()}
    if make is not None:
        distinct = documents()
        distinct_kb = sum(len(text.encode("utf-8")) for text, _ in distinct) / 1024
        took = first_pass(make, distinct, args.runs)
        rows["spaCy, 1st pass"] = (took, distinct_kb, len(distinct))

    ours = seconds["dipevents.parse"] / kb  # seconds per KB
    print(f"{'':<16} {'KB/s':>10} {'documents/s':>12} {'dipevents / this':>17}")
    for name, (took, size, count) in rows.items():
        print(
            f"{name:<16} {size / took:>10.1f} {count / took:>12.0f} {ours / (took / size):>17.2f}"
        )
    if make is None:
        print("spaCy tokenizer: spaCy is not installed, skipped (pip install spacy to measure it)")
    else:
        warm = ours / (seconds["spaCy tokenizer"] / kb)
        cold = ours / (rows["spaCy, 1st pass"][0] / rows["spaCy, 1st pass"][1])
        print(
            f"ratio dipevents / spaCy tokenizer (time per KB): {warm:.2f} warm, {cold:.2f} 1st pass"
        )

    if args.profile:
        profile(docs, args.profile)
    if not args.gate:
        return 0
    if make is None:
        print("FAIL: --gate needs spaCy to compare with")
        return 2
    if seconds["dipevents.parse"] > seconds["spaCy tokenizer"]:
        print("FAIL: dipevents.parse is slower than spaCy's (warm) tokenizer alone")
        return 1
    print("ok: dipevents.parse is faster than spaCy's (warm) tokenizer alone")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
