"""Benchmark: the quantity recognizer takes time linear in the length of its input.

For each adversarial family (a short piece repeated: "1", "1,", "$1", "(", "one "...), times
``find_quantities`` on 128 KB and 1 MB of it, next to a ``text.split()`` baseline measured on the
same strings in the same run. Prints the time per character of both, how many times slower than
the baseline the recognizer is, and how much each time grows from 128 KB to 1 MB (8 times the
input: 8 is linear).

Exit status: 1 when, for any family, the 1 MB input takes more than 12 times as long as the
128 KB one (8 times the input with 50% slack), else 0. Each time is the best of ``--repeat`` runs
(more for timings so short that they are noisy); each round times both sizes in turn.
Usage: ``python bench/linearity_quantities.py [--repeat N] [--family PIECE ...]``.
"""

from __future__ import annotations

import argparse

from _linearity import run

from dipevents.recognize import find_quantities


FAMILIES = (
    "1",
    "a",
    "1,",
    "$1",
    "(",
    "one ",
    "1 ",
    "two ",
    "a ",
    "dozens of ",
    "between 1 and ",
    "more than ",
    "5 km (",
    "12 containers of ",
    "Leopard 2 ",
    "\u0663",
    "e\u0301",
    "The navy said it fired more than 1,000 artillery rounds and $2bn (\u00a31.6bn) of aid. ",
)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=3, help="interleaved rounds (best is kept)")
    args = parser.parse_args()
    find_quantities("warm up: 5 km")  # read the lexicon before timing
    return run({repr(piece)[:26]: piece for piece in FAMILIES}, find_quantities, args.runs)


if __name__ == "__main__":
    raise SystemExit(main())
