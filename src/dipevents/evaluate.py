"""Score the parser on labelled corpora: ``python -m dipevents.evaluate [FILE ...]``.

Each file is JSON Lines in the format of ``tests/corpus/events/README.md`` (the development set
in ``../shared/devset/`` uses the same event fields). For every file the command prints per-kind
precision, recall and F1, the actor-slot accuracy (both actors' countries right on the events
found), the date accuracy, the share of negative records with no event, and every miss and every
extra.

With no file given it scores ``tests/corpus/events/*.jsonl`` and, when present,
``../shared/devset/sentences.jsonl``, relative to the current directory.
"""

from __future__ import annotations

import argparse
import json
import pathlib
import sys
from collections.abc import Iterable, Iterator, Sequence
from typing import Any

import attrs

from ._events import Allegation, Event, Launch, Transfer, Visit
from ._parse import parse


__all__ = ["Score", "main", "score_records"]

KINDS = ("visit", "allegation", "transfer", "launch")
_SLOTS = {
    Visit: ("visitor", "host"),
    Allegation: ("accuser", "accused"),
    Transfer: ("supplier", "recipient"),
    Launch: ("launcher", "target"),
}


@attrs.define
class Score:
    """Counts for one corpus; the figures are properties."""

    tp: dict[str, int] = attrs.field(factory=lambda: dict.fromkeys(KINDS, 0))
    fp: dict[str, int] = attrs.field(factory=lambda: dict.fromkeys(KINDS, 0))
    fn: dict[str, int] = attrs.field(factory=lambda: dict.fromkeys(KINDS, 0))
    slots_right: int = 0
    dates_checked: int = 0
    dates_right: int = 0
    negatives: int = 0
    quiet_negatives: int = 0
    records: int = 0
    misses: list[str] = attrs.field(factory=list)
    extras: list[str] = attrs.field(factory=list)
    wrong_slots: list[str] = attrs.field(factory=list)

    def precision(self, kind: str | None = None) -> float:
        tp, fp = self._sum(self.tp, kind), self._sum(self.fp, kind)
        return tp / (tp + fp) if tp + fp else 1.0

    def recall(self, kind: str | None = None) -> float:
        tp, fn = self._sum(self.tp, kind), self._sum(self.fn, kind)
        return tp / (tp + fn) if tp + fn else 1.0

    def f1(self, kind: str | None = None) -> float:
        p, r = self.precision(kind), self.recall(kind)
        return 2 * p * r / (p + r) if p + r else 0.0

    @property
    def slot_accuracy(self) -> float:
        found = sum(self.tp.values())
        return self.slots_right / found if found else 1.0

    @property
    def date_accuracy(self) -> float:
        return self.dates_right / self.dates_checked if self.dates_checked else 1.0

    @property
    def quiet_share(self) -> float:
        return self.quiet_negatives / self.negatives if self.negatives else 1.0

    @staticmethod
    def _sum(counts: dict[str, int], kind: str | None) -> int:
        return counts[kind] if kind is not None else sum(counts.values())


def _countries(event: Event) -> tuple[str | None, str | None]:
    names = _SLOTS[type(event)]
    out: list[str | None] = []
    for name in names:
        actor = getattr(event, name)
        out.append(None if actor is None else actor.country)
    return out[0], out[1]


def _date_matches(label: str, event: Event) -> bool:
    span = event.when
    if span is None:
        return False
    start, end = span.start.isoformat(), span.end.isoformat()
    if "/" in label:
        first, last = label.split("/", 1)
        return (start, end) == (first, last)
    if len(label) == 10:
        return start == end == label
    if len(label) == 7:
        return span.precision == "month" and start.startswith(label) and end.startswith(label)
    return span.precision == "year" and start.startswith(label) and end.startswith(label)


def score_records(records: Iterable[dict[str, Any]]) -> Score:
    """Parse each record's text and compare the events with its labels."""
    score = Score()
    for record in records:
        score.records += 1
        text = record["text"]
        published = record.get("published") or record.get("record_date")
        result = parse(text, published=published)
        predicted = list(result.events)
        gold = [e for e in record.get("events", []) if e.get("kind") in KINDS]
        if not gold:
            score.negatives += 1
            score.quiet_negatives += not predicted
        for kind in KINDS:
            _match_kind(score, record, kind, gold, predicted)
    return score


def _match_kind(
    score: Score,
    record: dict[str, Any],
    kind: str,
    gold: list[dict[str, Any]],
    predicted: list[Event],
) -> None:
    wanted = [g for g in gold if g["kind"] == kind]
    found = [p for p in predicted if p.kind == kind]
    pairs: list[tuple[int, dict[str, Any], Event]] = []
    for g in wanted:
        for p in found:
            source, target = _countries(p)
            agree = (source == g.get("source_actor")) + (target == g.get("target_actor"))
            pairs.append((agree, g, p))
    pairs.sort(key=lambda t: -t[0])
    used_g: set[int] = set()
    used_p: set[int] = set()
    for agree, g, p in pairs:
        if id(g) in used_g or id(p) in used_p:
            continue
        used_g.add(id(g))
        used_p.add(id(p))
        score.tp[kind] += 1
        if agree == 2:
            score.slots_right += 1
        else:
            score.wrong_slots.append(
                f"{record['id']} {kind}: want {g.get('source_actor')}->{g.get('target_actor')}, "
                f"got {'->'.join(str(c) for c in _countries(p))}: {record['text'][:160]!r}"
            )
        if g.get("date"):
            score.dates_checked += 1
            score.dates_right += _date_matches(g["date"], p)
    for g in wanted:
        if id(g) not in used_g:
            score.fn[kind] += 1
            score.misses.append(
                f"{record['id']} {kind} {g.get('source_actor')}->{g.get('target_actor')}: "
                f"{record['text'][:160]!r}"
            )
    for p in found:
        if id(p) not in used_p:
            score.fp[kind] += 1
            score.extras.append(
                f"{record['id']} {kind} {'->'.join(str(c) for c in _countries(p))}: "
                f"{record['text'][:160]!r}"
            )


def read_records(path: pathlib.Path) -> Iterator[dict[str, Any]]:
    """Read a JSON Lines corpus file."""
    with path.open("rb") as fp:
        for raw in fp:
            if raw.strip():
                yield json.loads(raw)


def report(name: str, score: Score, *, details: bool = True) -> str:
    """The printed report for one corpus."""
    lines = [f"== {name}: {score.records} records"]
    lines.append(f"{'kind':<12}{'precision':>10}{'recall':>8}{'F1':>7}{'tp':>5}{'fp':>5}{'fn':>5}")
    lines.extend(
        f"{kind or 'overall':<12}{score.precision(kind):>10.3f}{score.recall(kind):>8.3f}"
        f"{score.f1(kind):>7.3f}{Score._sum(score.tp, kind):>5}{Score._sum(score.fp, kind):>5}"
        f"{Score._sum(score.fn, kind):>5}"
        for kind in (*KINDS, None)
    )
    lines.append(f"actor-slot accuracy (both countries right): {score.slot_accuracy:.3f}")
    lines.append(f"date accuracy: {score.date_accuracy:.3f} of {score.dates_checked} dated events")
    lines.append(
        f"negatives with no event: {score.quiet_share:.3f} "
        f"({score.quiet_negatives} of {score.negatives}); "
        f"false-positive rate {1 - score.quiet_share:.3f}"
    )
    if details:
        for title, items in (
            ("misses", score.misses),
            ("extras", score.extras),
            ("wrong actors", score.wrong_slots),
        ):
            lines.append(f"-- {title} ({len(items)})")
            lines.extend(f"   {item}" for item in items)
    return "\n".join(lines)


def main(argv: Sequence[str] | None = None) -> int:
    """Run the evaluation command; return its exit status."""
    parser = argparse.ArgumentParser(
        prog="python -m dipevents.evaluate", description=__doc__.splitlines()[0]
    )
    parser.add_argument("files", nargs="*", type=pathlib.Path)
    parser.add_argument("--summary", action="store_true", help="figures only, no lists")
    args = parser.parse_args(argv)
    files: list[pathlib.Path] = list(args.files)
    if not files:
        files = sorted(pathlib.Path("tests/corpus/events").glob("*.jsonl"))
        devset = pathlib.Path("../shared/devset/sentences.jsonl")
        if devset.is_file():
            files.append(devset)
    if not files:
        sys.stderr.write("dipevents.evaluate: no corpus files found\n")
        return 2
    for path in files:
        try:
            score = score_records(read_records(path))
        except OSError as exc:
            sys.stderr.write(f"dipevents.evaluate: error: {exc.strerror}: {path}\n")
            return 2
        sys.stdout.write(report(str(path), score, details=not args.summary) + "\n")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
