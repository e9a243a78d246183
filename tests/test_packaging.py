"""Tests for the package as users install it: version, public names, import cost."""

from __future__ import annotations

import importlib.metadata
import pathlib
import subprocess
import sys
import types

import pytest

import dipevents


def test_version_comes_from_one_place():
    """__version__ is the installed distribution's version."""
    assert dipevents.__version__ == importlib.metadata.version("dipevents")


def test_all_is_sorted_and_complete():
    """__all__ lists every public name once (ruff's RUF022 keeps it sorted), and each exists."""
    assert len(set(dipevents.__all__)) == len(dipevents.__all__)
    for name in dipevents.__all__:
        assert hasattr(dipevents, name), name
    public = {
        n
        for n, v in vars(dipevents).items()
        if not n.startswith("_") and not isinstance(v, types.ModuleType)
    } - {"annotations"}
    assert public <= set(dipevents.__all__)


def test_lazy_names_resolve_and_are_listed():
    """The parser's names load on first use and show in dir()."""
    assert callable(dipevents.parse)
    assert "parse" in dir(dipevents)
    with pytest.raises(AttributeError, match="no_such_name"):
        dipevents.no_such_name  # noqa: B018


def test_py_typed_is_shipped():
    """The package tells type checkers it is typed."""
    assert (pathlib.Path(dipevents.__file__).parent / "py.typed").is_file()


def test_import_does_not_load_hypothesis_pycountry_or_cattrs():
    """import dipevents stays cheap: optional and heavy modules load on first use only."""
    code = (
        "import sys, dipevents\n"
        "heavy = [m for m in ('hypothesis', 'pycountry', 'cattrs', 'dipevents._parse')"
        " if m in sys.modules]\n"
        "print(','.join(heavy))"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    )
    assert result.stdout.strip() == ""


def test_pycountry_loads_on_first_validation():
    """Country codes are checked through pycountry once a country is validated."""
    code = (
        "import sys, dipevents\n"
        "dipevents.Actor(name='Russia', kind='state', country='RUS')\n"
        "print('pycountry' in sys.modules)"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    )
    assert result.stdout.strip() == "True"
