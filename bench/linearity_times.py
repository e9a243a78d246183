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
import time
from collections.abc import Callable

import pendulum

from dipevents import _times
from dipevents._times import find_times


SMALL = 128 * 1024
LARGE = 1024 * 1024
LIMIT = 12.0
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


def _best(funcs: list[Callable[[], object]], runs: int) -> list[float]:
    """The best time of each function, the runs interleaved so that a burst of load on the
    machine hits every size alike."""
    best = [float("inf")] * len(funcs)
    for _ in range(runs):
        for i, func in enumerate(funcs):
            start = time.perf_counter()
            func()
            best[i] = min(best[i], time.perf_counter() - start)
    return best


def _text(unit: str, size: int) -> str:
    return (unit * (size // len(unit) + 1))[:size]


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
    print(
        f"{'family':<16} {'µs/char 128K':>12} {'µs/char 1M':>11} {'growth':>7} "
        f"{'vs split() 128K':>16} {'vs split() 1M':>14}"
    )
    failed = []
    for name, unit in FAMILIES.items():
        small, large = _text(unit, SMALL), _text(unit, LARGE)
        t_small, t_large, b_small, b_large = _best(
            [
                lambda s=small: find_times(s, published=PUBLISHED),
                lambda s=large: find_times(s, published=PUBLISHED),
                lambda s=small: s.split(),
                lambda s=large: s.split(),
            ],
            args.runs,
        )
        growth = t_large / t_small
        print(
            f"{name:<16} {t_small / SMALL * 1e6:>12.3f} {t_large / LARGE * 1e6:>11.3f} "
            f"{growth:>7.2f} {t_small / b_small:>16.1f} {t_large / b_large:>14.1f}"
        )
        if growth > LIMIT:
            failed.append(name)
    if failed:
        print(f"FAIL: 8x the input took more than {LIMIT:.0f}x the time for: {', '.join(failed)}")
        return 1
    print(f"ok: every family grew by at most {LIMIT:.0f}x for 8x the input")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
