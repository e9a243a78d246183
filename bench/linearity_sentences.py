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

from _linearity import run

from dipevents._sentences import split_sentences


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


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()
    split_sentences("Warm up. The lexicon is read here.")
    return run(FAMILIES, split_sentences, args.runs)


if __name__ == "__main__":
    raise SystemExit(main())
