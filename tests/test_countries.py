"""Tests for dipevents._countries and the country codes in the bundled data."""

from __future__ import annotations

import csv
import pathlib

import pycountry
import pytest

from dipevents._countries import alpha3_codes, is_alpha3


DATA = pathlib.Path(__file__).resolve().parents[1] / "src" / "dipevents" / "data" / "gazetteer"


def test_codes_are_pycountrys():
    """The code set is pycountry's ISO 3166-1 alpha-3 list."""
    assert alpha3_codes() == {c.alpha_3 for c in pycountry.countries}
    assert len(alpha3_codes()) >= 249


@pytest.mark.parametrize(
    ("code", "ok"), [("PRK", True), ("KOR", True), ("XKX", False), ("prk", False)]
)
def test_is_alpha3(code, ok):
    """Upper-case current codes only."""
    assert is_alpha3(code) is ok


def _rows(path: pathlib.Path) -> list[dict[str, str]]:
    lines = [
        ln for ln in path.read_text(encoding="utf-8").splitlines() if ln and not ln.startswith("#")
    ]
    return list(csv.DictReader(lines, delimiter="\t", quoting=csv.QUOTE_NONE))


@pytest.mark.parametrize("path", sorted(DATA.glob("*.tsv")), ids=lambda p: p.name)
def test_every_country_code_in_the_gazetteer_is_iso(path):
    """Every code in the data files is a real ISO 3166-1 alpha-3 code."""
    column = "code" if path.name == "countries.tsv" else "country"
    bad = [
        (r.get("name") or r.get("title"), r[column])
        for r in _rows(path)
        if r.get(column) and not is_alpha3(r[column])
    ]
    assert bad == []


def test_countries_file_covers_every_iso_country():
    """One line per ISO 3166-1 country."""
    codes = [r["code"] for r in _rows(DATA / "countries.tsv")]
    assert sorted(codes) == sorted(alpha3_codes())
