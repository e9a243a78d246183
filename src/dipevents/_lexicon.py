"""The event extractor's word tables, read from ``data/lexicon/*.tsv`` once, on first use.

Knowledge is data: triggers, item nouns, status cues and the other word lists live in
tab-separated files (each documents its columns in its ``#`` header) and are compiled here into
one trie-shaped pattern each, so that one pass over a text finds them all.
"""

from __future__ import annotations

import functools
import importlib.resources
import re

import attrs

from ._trie import compile_phrases


__all__ = ["EventLexicon", "event_lexicon", "read_table"]


def read_table(name: str) -> list[dict[str, str]]:
    """Read ``data/lexicon/<name>``: ``#`` comments, a header row, tab-separated rows."""
    path = importlib.resources.files("dipevents") / "data" / "lexicon" / name
    header: list[str] | None = None
    rows: list[dict[str, str]] = []
    for line in path.read_text(encoding="utf-8").split("\n"):
        if not line.strip() or line.startswith("#"):
            continue
        cells = [c.strip() for c in line.split("\t")]
        if header is None:
            header = cells
            continue
        rows.append(dict(zip(header, cells, strict=False)))
    return rows


@attrs.frozen
class Trigger:
    """A trigger phrase: the event kind it announces and the frame that fills its slots."""

    kind: str
    frame: str


@attrs.frozen
class EventLexicon:
    """All tables of the event extractor, compiled."""

    triggers: dict[str, tuple[Trigger, ...]]
    trigger_pattern: re.Pattern[str]
    compound_pattern: re.Pattern[str]
    items: dict[str, str]
    item_pattern: re.Pattern[str]
    designations: dict[str, str]
    designation_pattern: re.Pattern[str]
    cues: dict[str, list[tuple[str, str]]]
    cue_pattern: re.Pattern[str]
    words: dict[str, frozenset[str]]
    reporting_pattern: re.Pattern[str]
    patterns: dict[str, re.Pattern[str]]
    vehicles: dict[str, str] = attrs.field(factory=dict)  # launch vehicle → the state flying it


@functools.cache
def event_lexicon() -> EventLexicon:
    """Return the compiled tables (built once per process)."""
    found: dict[str, list[Trigger]] = {}
    compounds: list[str] = []
    for row in read_table("triggers.tsv"):
        phrase = row["phrase"]
        if phrase.startswith("-"):
            compounds.append(phrase[1:])
        trigger = Trigger(row["kind"], row["frame"])
        if trigger not in found.setdefault(phrase.lower(), []):
            found[phrase.lower()].append(trigger)
    # a phrase may announce several frames ("received": a guest, or goods); tried in order
    triggers = {phrase: tuple(frames) for phrase, frames in found.items()}
    plain = [p for p in triggers if not p.startswith("-")]
    items = {row["phrase"].lower(): row["category"] for row in read_table("items.tsv")}
    cues: dict[str, list[tuple[str, str]]] = {}
    for row in read_table("status_cues.tsv"):
        cues.setdefault(row["phrase"], []).append((row["status"], row["where"]))
    words: dict[str, set[str]] = {}
    for row in read_table("event_words.tsv"):
        words.setdefault(row["role"], set()).add(row["phrase"].lower())
    designations = {row["prefix"]: row["category"] for row in read_table("designations.tsv")}
    prefixes = "|".join(re.escape(p) for p in sorted(designations, key=len, reverse=True))
    heads = "|".join(re.escape(i) for i in sorted(items, key=len, reverse=True) if " " not in i)
    compound_body = "|".join(re.escape(c) for c in sorted(compounds, key=len, reverse=True))
    return EventLexicon(
        triggers=triggers,
        trigger_pattern=compile_phrases(plain, flags=re.IGNORECASE),
        compound_pattern=re.compile(r"(?<=[\w.])-(?:" + compound_body + r")(?!\w)", re.IGNORECASE),
        items=items,
        item_pattern=compile_phrases(items, flags=re.IGNORECASE),
        designations=designations,
        # "F-35", "Su-27s", "S-400 systems", "Hwasong-15 missile": a prefix, a number, an
        # optional item noun after it
        designation_pattern=re.compile(
            r"(?<![\w-])(?P<prefix>" + prefixes + r")-\d{1,4}[A-Z]{0,2}\d?(?:s|'s|’s)?"
            r"(?:\s(?P<head>(?i:" + heads + r")))?(?![\w-])"
        ),
        cues=cues,
        cue_pattern=compile_phrases(cues),
        words={role: frozenset(ws) for role, ws in words.items()},
        reporting_pattern=compile_phrases(words.get("reporting_verb", set()), flags=re.IGNORECASE),
        patterns=_word_patterns(words),
        vehicles={row["vehicle"].lower(): row["country"] for row in read_table("vehicles.tsv")},
    )


def _alternatives(words: dict[str, set[str]], role: str) -> str:
    """The words of *role* as a regex alternation, longest first (spaces match any blank)."""
    phrases = sorted(words.get(role, set()), key=lambda w: (-len(w), w))
    return "|".join(re.escape(p).replace("\\ ", "\\s") for p in phrases) or "(?!)"


def _word_patterns(words: dict[str, set[str]]) -> dict[str, re.Pattern[str]]:
    """The extractor's patterns that are built around word lists of ``event_words.tsv``."""
    envoys, guests = _alternatives(words, "envoy_noun"), _alternatives(words, "guest_noun")

    def people(nouns: str) -> re.Pattern[str]:
        # "a Kurdish delegation", "two leaders", "a team of inspectors"
        return re.compile(
            r"(?<![\w-])(?P<np>(?:(?:an?|the|two|three|four|five|several|\d{1,3})\s)?"
            r"(?:[\w-]{2,20}\s){0,2}?(?P<noun>" + nouns + r"|teams?\sof\s\w+))(?![\w-])",
            re.IGNORECASE,
        )

    outcomes = {
        f"outcome_{outcome}": re.compile(
            r"(?<!\w)(?:" + _alternatives(words, f"outcome_{outcome}") + r")(?!\w)"
        )
        for outcome in ("partial", "intercepted", "failure", "success")
    }
    return outcomes | {
        "envoys": people(envoys),
        "guests": people(guests),
        # "Russia will allow the Dalai Lama to visit": the one allowed, before "to <trigger>"
        "allowed_to": re.compile(
            r"\b(?:" + _alternatives(words, "allow_verb") + r")\s([^.;]{1,80}?)\sto\s$",
            re.IGNORECASE,
        ),
        # "Chinese ships (illegally) selling oil": what may stand between a state and its verb
        "gerund_gap": re.compile(
            r"(?:\s(?:" + _alternatives(words, "gerund_subject_noun") + r"))?"
            r"(?:\s(?:for|of|by))?(?:\s(?:" + _alternatives(words, "manner_adverb") + r"))?\s",
            re.IGNORECASE,
        ),
        # "to flood-ravaged areas of the Philippines": the state a place noun belongs to
        "to_place_of": re.compile(
            r"\sto\s(?:the\s)?(?:[\w-]+\s){0,2}?(?:"
            + _alternatives(words, "place_part_noun")
            + r")\s(?:of|in)\s(?:the\s)?$",
            re.IGNORECASE,
        ),
        # "X is investigating allegations that ...": X weighs the allegations, makes none
        "examined": re.compile(
            r"\b(?:" + _alternatives(words, "examining_phrase") + r")\s(?:[\w-]+\s){0,3}$",
            re.IGNORECASE,
        ),
    }
