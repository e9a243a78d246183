"""Doc examples are tests: the README's and docs' Python blocks and every docstring example."""

from __future__ import annotations

import contextlib
import doctest
import importlib
import io
import pathlib
import pkgutil
import re

import pytest

import dipevents


ROOT = pathlib.Path(__file__).resolve().parents[1]
DOCS = [ROOT / "README.md", *sorted((ROOT / "docs").glob("**/*.md"))]
BLOCK = re.compile(r"^```python\n(.*?)^```", re.DOTALL | re.MULTILINE)


def _files_with_code() -> list[pathlib.Path]:
    return [p for p in DOCS if BLOCK.search(p.read_text(encoding="utf-8"))]


@pytest.mark.parametrize("path", _files_with_code(), ids=lambda p: str(p.relative_to(ROOT)))
def test_markdown_python_blocks_run_and_print_what_they_say(path):
    """Each file's ```python blocks run in order, sharing names like one session; lines
    written '# output' in a block must be exactly what that block prints."""
    namespace: dict[str, object] = {"__name__": "__docs__"}
    for number, match in enumerate(BLOCK.finditer(path.read_text(encoding="utf-8"))):
        code = match.group(1)
        expected = [line[2:] for line in code.splitlines() if line.startswith("# ")]
        out = io.StringIO()
        with contextlib.redirect_stdout(out):
            exec(compile(code, f"{path.name}#{number}", "exec"), namespace)  # noqa: S102
        assert out.getvalue().splitlines() == expected, f"block {number} of {path.name}"


def _modules() -> list[str]:
    return sorted(
        m.name
        for m in pkgutil.walk_packages(dipevents.__path__, "dipevents.")
        if m.name != "dipevents.__main__"
    )


@pytest.mark.parametrize("module", _modules())
def test_docstring_examples(module):
    """Every '>>>' example in the package's docstrings runs and shows what it says."""
    mod = importlib.import_module(module)
    result = doctest.testmod(mod, optionflags=doctest.ELLIPSIS)
    assert result.failed == 0
