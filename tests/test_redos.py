"""The ReDoS gate: no regular expression in dipevents can backtrack catastrophically.

regexploit finds regexes whose worst case is super-linear and prints "Vulnerable regex" for
each; it exits 0 either way, so these tests read its output. The first test scans the source
(every regex literal in every ``.py`` of ``src/dipevents``); the second scans the patterns the
parser builds at run time from its data files (lexicon tables, the gazetteer's trie), which no
static scan of the source can see. ``bench/linearity.py`` times the parser on adversarial
inputs: a static gate is necessary, not sufficient.
"""

from __future__ import annotations

import json
import pathlib
import re
import subprocess
import sys

import dipevents


SRC = pathlib.Path(dipevents.__file__).parent


def test_no_vulnerable_regex_in_the_source():
    """regexploit-py over every .py file of the package reports nothing."""
    files = sorted(str(p) for p in SRC.rglob("*.py"))
    assert len(files) > 20
    script = "from regexploit.bin.regexploit_python_ast import main; main()"
    result = subprocess.run(
        [sys.executable, "-c", script, *files], capture_output=True, text=True, check=False
    )
    output = result.stdout + result.stderr
    processed = re.search(r"Processed (\d+) regexes", output)
    assert processed is not None, output
    assert int(processed.group(1)) >= 20, output
    assert "Vulnerable regex" not in output, output
    assert "Error finding ReDoS" not in output, output


_RUNTIME_SCAN = """
import gc, json, re, warnings
import dipevents
dipevents.parse(
    "SEOUL, Jan. 14, 2024 (Yonhap) -- North Korea fired two ballistic missiles at Japan "
    "on Monday, officials said. Iran sent more than 300 drones to Russia last week, and "
    "Russian Foreign Minister Sergei Lavrov will visit Pyongyang from March 3 to 5. "
    "Peru sent a delegation to Chile, Egypt invited two leaders of the alliance to Cairo and "
    "Japan will sell 20 F-35s to Poland. A Kurdish delegation is touring Asia.",
    published="2024-01-17",
)
with warnings.catch_warnings():
    warnings.simplefilter("ignore", DeprecationWarning)  # regexploit imports sre_constants
    from regexploit.ast.sre import SreOpParser
    from regexploit.redos import find
patterns = [p for p in gc.get_objects() if isinstance(p, re.Pattern) and isinstance(p.pattern, str)]
vulnerable = [
    f"{p.pattern[:200]!r}: {redos}"
    for p in patterns
    for redos in find(SreOpParser().parse_sre(p.pattern, p.flags))
    if redos.starriness > 2  # regexploit-py's own threshold: worse than quadratic
]
print(json.dumps({"scanned": len(patterns), "vulnerable": vulnerable}))
"""


def test_no_vulnerable_regex_among_the_patterns_built_at_run_time():
    """Every compiled pattern alive in a process that has parsed a text (the parser's and the
    gazetteer's, built from data files, and those of the libraries it loads) passes the same
    analysis. A fresh process keeps the test runner's own patterns out."""
    result = subprocess.run(
        [sys.executable, "-c", _RUNTIME_SCAN], capture_output=True, text=True, check=True
    )
    report = json.loads(result.stdout)
    assert report["scanned"] > 50
    assert report["vulnerable"] == []
