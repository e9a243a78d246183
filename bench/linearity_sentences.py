"""Benchmark: the sentence splitter takes time linear in the length of its input.

Times ``split_sentences`` on each adversarial family (a run of one piece repeated) at 128 KB
and 1 MB of text (characters), best of several runs, next to a ``text.split()`` baseline on the
same text measured in the same run. Prints µs per character, the splitter/baseline ratio, and the
growth ratio time(1 MB) / time(128 KB), which is 8 for linear time.

Exit status: 1 when, for any family, the 8x larger input takes more than 12x the time, else 0.
Usage: ``python bench/linearity_sentences.py [--runs N]``.
"""

from __future__ import annotations

import argparse
import time
from collections.abc import Callable

from dipevents._sentences import split_sentences


SMALL = 128 * 1024
LARGE = 1024 * 1024
LIMIT = 12.0
FAMILIES = {
    "periods": ".",
    "titles": "Mr. ",
    "open brackets": "(",
    "close brackets": ")",
    "line breaks": "\n",
    "crlf": "\r\n",
    "u2028": "\u2028",
    "letters": "a",
    "U.S. glued": "U.S.",
    "U.S. spaced": "U.S. ",
    "ellipses": "... ",
    "spaced ellipsis": ". . ",
    "initials": "A. ",
    "list markers": "1. ",
    "quoted questions": '?" ',
    "sentences": "The talks ended. ",
    "surrogates": "\ud800. ",
    "nul": "\x00",
    "combining": "e\u0301",
}


def _best(func: Callable[[], object], runs: int) -> float:
    best = float("inf")
    for _ in range(runs):
        start = time.perf_counter()
        func()
        best = min(best, time.perf_counter() - start)
    return best


def _text(unit: str, size: int) -> str:
    return (unit * (size // len(unit) + 1))[:size]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()

    split_sentences("Warm up. The lexicon is read here.")
    print(
        f"{'family':<18} {'µs/char 128K':>12} {'µs/char 1M':>11} {'growth':>7} "
        f"{'vs split() 128K':>16} {'vs split() 1M':>14}"
    )
    failed = []
    for name, unit in FAMILIES.items():
        small, large = _text(unit, SMALL), _text(unit, LARGE)
        t_small = _best(lambda s=small: split_sentences(s), args.runs)
        t_large = _best(lambda s=large: split_sentences(s), args.runs)
        b_small = _best(lambda s=small: s.split(), args.runs)
        b_large = _best(lambda s=large: s.split(), args.runs)
        growth = t_large / t_small
        print(
            f"{name:<18} {t_small / SMALL * 1e6:>12.3f} {t_large / LARGE * 1e6:>11.3f} "
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
