"""Benchmark: ``dipevents.parse`` takes time linear in the length of its input, whatever it is.

Times the whole parser on each adversarial family (one piece repeated to 128 KB and to 1 MB of
text, in characters) next to a ``text.split()`` baseline on the same texts, measured in the same
run; best of several interleaved rounds, so that a burst of load on a shared machine hits every
size alike. Prints µs per character at both sizes, the growth ratio time(1 MB) / time(128 KB)
(8 for linear time) and the parser/baseline ratios.

The families are those of the reliability notes (runs of digits, brackets, quotes, titles,
trigger words, open date ranges, a megabyte without whitespace) and pieces that exercise each
stage: sentences full of events, actor names, Unicode that changes length when case-folded,
lone surrogates, line separators, HTML leftovers (entities, broken entities, tags).

Exit status: 1 when, for any family, the 8x larger input takes more than 12x the time, else 0.
Usage: ``python bench/linearity.py [--runs N] [--only NAME ...]``.
"""

from __future__ import annotations

import argparse

from _linearity import run

import dipevents


CAP = 20.0
PUBLISHED = "2024-01-17"
FAMILIES = {
    "digits": "1",
    "digit groups": "1,",
    "dollar digits": "$1",
    "capitals": "A ",
    "titles": "Mr. ",
    "open brackets": "(",
    "quotes": '"',
    "spaces": " ",
    "newlines": "\n",
    "visited": "visited ",
    "open ranges": "from January 15 to ",
    "no whitespace": "a",
    "actors": "North Korea Russia ",
    "events": "North Korea fired two missiles at Japan on Monday. ",
    "dated events": "Iran sent 300 drones to Russia on January 15, 2023. ",
    "accusations": "Seoul accused Pyongyang of sending shells to Moscow. ",
    "attributions": "officials said, according to Yonhap, ",
    "quantities": "more than 1,000 artillery shells ",
    "U.S. glued": "U.S.",
    "case folding": "İß ",
    "combining": "e\u0301",
    "surrogates": "\ud800. ",
    "u2028": "\u2028",
    "nul": "\x00",
    "html leftovers": "Washington #39;s envoy arrived in Seoul  quot;to talk quot; &amp; <b>x</b>.",
    "open escaped tags": "&lt;b &lt;a href=",
    "semicolons": "a; ",
}


def parse(text: str) -> object:
    return dipevents.parse(text, published=PUBLISHED)


def main() -> int:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--runs", type=int, default=3, help="rounds per size (best is kept)")
    parser.add_argument("--only", nargs="*", help="run only these families")
    args = parser.parse_args()
    families = {k: v for k, v in FAMILIES.items() if not args.only or k in args.only}

    parse("Warm up: North Korea fired a missile on Monday. The lexicons are read here.")
    events = ("events 128K", lambda text: len(dipevents.parse(text, published=PUBLISHED).events))
    return run(families, parse, args.runs, extra=events)


if __name__ == "__main__":
    raise SystemExit(main())
