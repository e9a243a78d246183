"""Benchmark: the time-expression recognizer takes time linear in the length of its input.

Times ``find_times`` (with a publication date, so that every candidate is resolved and looks
back for its verb) on each adversarial family (a run of one piece repeated) at 128 KB and 1 MB
of text (characters), best of several interleaved runs, next to a ``text.split()`` baseline on
the same text measured in the same run. Prints µs per character, the recognizer/baseline ratio,
and the growth ratio time(1 MB) / time(128 KB), which is 8 for linear time.

Exit status: 1 when, for any family, the 8x larger input takes more than 12x the time, else 0.
Usage: ``python bench/linearity_times.py [--runs N]``. With ``--patterns`` it prints instead
every regular expression the recognizer builds from its lexicon, one a line, to pipe into
regexploit: ``python bench/linearity_times.py --patterns | regexploit -f python``.
"""

from __future__ import annotations

import argparse

import pendulum
from _linearity import run

from dipevents import _times
from dipevents._times import find_times


PUBLISHED = pendulum.Date(2024, 1, 17)
FAMILIES = {
    "digits": "1",
    "open brackets": "(",
    "titles": "Mr. ",
    "open ranges": "from January 15 to ",
    "spaces": " ",
    "periods": ".",
    "months": "May ",
    "lower may": "may ",
    "future weekdays": "will Monday ",
    "full dates": "January 15, 2024 ",
    "year contexts": "of 2000 ",
    "iso prefixes": "2024-",
    "dash ranges": "15-",
    "ago": "two days ago ",
    "hedges": "around ",
    "letters": "a",
    "surrogates": "\ud800 ",
    "nul": "\x00",
    "combining": "e\u0301",
    "u2028": "\u2028",
    "rtl marks": "\u200f5 ",
    "emoji": "🚀",
}


def _print_patterns() -> int:
    built = _times._patterns()
    for _, pattern in built.shapes:
        print(pattern.pattern)
    print(built.cue.pattern)
    print(built.hedge.pattern)
    return 0


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--patterns", action="store_true", help="print the built patterns")
    args = parser.parse_args()
    if args.patterns:
        return _print_patterns()

    find_times("Warm up on Monday: the lexicon is read here.", published=PUBLISHED)
    return run(FAMILIES, lambda text: find_times(text, published=PUBLISHED), args.runs)


if __name__ == "__main__":
    raise SystemExit(main())
