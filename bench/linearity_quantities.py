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
import time
from collections.abc import Callable

from dipevents._quantities import find_quantities


SMALL = 128 * 1024
LARGE = 1024 * 1024
LIMIT = 12.0
MIN_TOTAL = 0.5  # seconds per round below which more rounds are run
MAX_RUNS = 200

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


def _best(run: Callable[[str], object], texts: list[str], repeat: int) -> list[float]:
    """The best time of *run* on each of *texts*, over *repeat* rounds (more while a round takes
    less than MIN_TOTAL seconds: short timings are noisy). Each round times every text in turn,
    so a change in the machine's load affects all sizes alike."""
    best = [float("inf")] * len(texts)
    total = 0.0
    rounds = 0
    while rounds < repeat or (total < MIN_TOTAL * rounds and rounds < MAX_RUNS):
        for index, text in enumerate(texts):
            start = time.perf_counter()
            run(text)
            elapsed = time.perf_counter() - start
            best[index] = min(best[index], elapsed)
            total += elapsed
        rounds += 1
    return best


def _text(piece: str, size: int) -> str:
    return (piece * (size // len(piece) + 1))[:size]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=3, help="runs per timing (best is kept)")
    parser.add_argument("--family", action="append", help="a piece to repeat (default: all)")
    args = parser.parse_args()
    families = args.family or list(FAMILIES)
    find_quantities("warm up: 5 km")  # read the lexicon before timing

    print(
        f"{'family':>24} {'size':>8} {'ours µs/char':>13} {'split µs/char':>14} "
        f"{'× split':>8} {'growth':>7} {'split growth':>13}"
    )
    failed: list[str] = []
    for piece in families:
        texts = [_text(piece, SMALL), _text(piece, LARGE)]
        ours_times = _best(find_quantities, texts, args.repeat)
        base_times = _best(str.split, texts, args.repeat)
        times = {SMALL: (ours_times[0], base_times[0]), LARGE: (ours_times[1], base_times[1])}
        for size in (SMALL, LARGE):
            ours, base = times[size]
            growth = split_growth = ""
            if size == LARGE:
                ratio = ours / times[SMALL][0]
                growth = f"{ratio:.1f}"
                split_growth = f"{base / times[SMALL][1]:.1f}"
                if ratio > LIMIT:
                    failed.append(f"{piece!r}: {ratio:.1f} times longer for 8 times the input")
            print(
                f"{piece[:24]!r:>24} {size // 1024:>6}KB {ours / size * 1e6:>13.3f} "
                f"{base / size * 1e6:>14.4f} {ours / base:>8.0f} {growth:>7} {split_growth:>13}"
            )
    if failed:
        print("FAIL: not linear:")
        for line in failed:
            print("  " + line)
        return 1
    print(f"ok: every family grows at most {LIMIT:.0f} times for 8 times the input")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
