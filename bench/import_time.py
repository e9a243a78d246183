"""Benchmark: how long ``import dipevents`` takes, against its own dependencies.

Runs ``python -X importtime -c "import dipevents"`` several times in fresh interpreters and
reports the best cumulative time of the ``dipevents`` package, next to a baseline measured in
the same run (importing attrs, cattrs and pendulum alone). Also checks that the import pulls in
neither hypothesis nor pycountry.

Exit status: 1 when the best time exceeds the target (150 ms) or a forbidden module is
imported, else 0. Usage: ``python bench/import_time.py [--runs N]``.
"""

from __future__ import annotations

import argparse
import subprocess
import sys


TARGET_MS = 150.0
FORBIDDEN = ("hypothesis", "pycountry")


def _importtime(statement: str) -> tuple[dict[str, float], set[str]]:
    """Return the cumulative import time in ms of each top-level module, and all module names."""
    result = subprocess.run(
        [sys.executable, "-X", "importtime", "-c", statement],
        capture_output=True,
        text=True,
        check=True,
    )
    cumulative: dict[str, float] = {}
    names: set[str] = set()
    for line in result.stderr.splitlines():
        if not line.startswith("import time:") or "|" not in line:
            continue
        parts = line.split("|")
        try:
            total_us = int(parts[1])
        except ValueError:
            continue  # the header line
        name = parts[2].strip()
        names.add(name)
        if not parts[2].startswith("  "):  # a top-level import of the statement
            cumulative[name] = cumulative.get(name, 0.0) + total_us / 1000
    return cumulative, names


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=7)
    args = parser.parse_args()

    ours: list[float] = []
    deps: list[float] = []
    imported: set[str] = set()
    for _ in range(args.runs):
        times, names = _importtime("import dipevents")
        ours.append(times["dipevents"])
        imported |= names
        base, _ = _importtime("import attrs, cattrs, pendulum")
        deps.append(sum(base.values()))
    best, base_best = min(ours), min(deps)
    print(
        f"import dipevents: best {best:.1f} ms of {args.runs} runs (target <= {TARGET_MS:.0f} ms)"
    )
    print(f"baseline, import attrs, cattrs, pendulum: best {base_best:.1f} ms")
    print(f"ratio dipevents / baseline: {best / base_best:.2f}")
    leaked = [m for m in FORBIDDEN if any(n == m or n.startswith(m + ".") for n in imported)]
    if leaked:
        print(f"FAIL: import dipevents imported {', '.join(leaked)}")
        return 1
    if best > TARGET_MS:
        print("FAIL: over target")
        return 1
    print("ok")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
