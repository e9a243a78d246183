"""Shared by the linearity benchmarks: time a function on growing adversarial inputs.

Each family is one piece repeated up to 128 KB and to 1 MB of text. The function under test and
a ``text.split()`` baseline are timed on both sizes, best of several interleaved runs (so that a
burst of load on this shared machine hits every size alike). Linear time means the 8x larger
input takes about 8x the time; a run fails when it takes more than 12x.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Mapping


SMALL = 128 * 1024
LARGE = 1024 * 1024
LIMIT = 12.0


def text_of(unit: str, size: int) -> str:
    """*unit* repeated to exactly *size* characters."""
    return (unit * (size // len(unit) + 1))[:size]


def best_times(funcs: list[Callable[[], object]], runs: int) -> list[float]:
    """The best time of each function over *runs* interleaved rounds."""
    best = [float("inf")] * len(funcs)
    for _ in range(runs):
        for i, func in enumerate(funcs):
            start = time.perf_counter()
            func()
            best[i] = min(best[i], time.perf_counter() - start)
    return best


def run(
    families: Mapping[str, str],
    func: Callable[[str], object],
    runs: int,
    extra: tuple[str, Callable[[str], object]] | None = None,
) -> int:
    """Print the table for every family; return 1 when one grew by more than LIMIT, else 0.

    *extra* is a column title and a function of the 128 KB text, shown at the end of each row.
    """
    width = max(len(name) for name in families) + 2
    title = f" {extra[0]:>12}" if extra else ""
    print(
        f"{'family':<{width}} {'µs/char 128K':>12} {'µs/char 1M':>11} {'growth':>7} "
        f"{'vs split() 128K':>16} {'vs split() 1M':>14}{title}"
    )
    failed = []
    for name, unit in families.items():
        small, large = text_of(unit, SMALL), text_of(unit, LARGE)
        t_small, t_large, b_small, b_large = best_times(
            [
                lambda s=small: func(s),
                lambda s=large: func(s),
                lambda s=small: s.split(),
                lambda s=large: s.split(),
            ],
            runs,
        )
        growth = t_large / t_small
        cell = f" {extra[1](small)!s:>12}" if extra else ""
        print(
            f"{name:<{width}} {t_small / SMALL * 1e6:>12.3f} {t_large / LARGE * 1e6:>11.3f} "
            f"{growth:>7.2f} {t_small / b_small:>16.1f} {t_large / b_large:>14.1f}{cell}",
            flush=True,
        )
        if growth > LIMIT:
            failed.append(name)
    if failed:
        print(f"FAIL: 8x the input took more than {LIMIT:.0f}x the time for: {', '.join(failed)}")
        return 1
    print(f"ok: every family grew by at most {LIMIT:.0f}x for 8x the input")
    return 0
