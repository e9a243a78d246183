"""Tests for dipevents._gazetteer (public as dipevents.gazetteer)."""

from __future__ import annotations

import pickle

import pendulum
import pytest

import dipevents as d
from dipevents.gazetteer import (
    BodyEntry,
    CountryEntry,
    ExclusionEntry,
    Gazetteer,
    PersonEntry,
    PlaceEntry,
    TitleEntry,
    parse_entries,
)
from dipevents.recognize import find_actors


D = pendulum.Date


class TestDefault:
    def test_loads_every_kind_of_entry(self):
        """The bundled files hold countries, bodies, people, titles and exclusions."""
        kinds = {type(e) for e in Gazetteer.default()}
        assert kinds == {
            CountryEntry, BodyEntry, PersonEntry, TitleEntry, PlaceEntry, ExclusionEntry
        }  # fmt: skip

    def test_covers_every_iso_country(self):
        """One CountryEntry per ISO 3166-1 code."""
        from dipevents._countries import alpha3_codes

        codes = [e.code for e in Gazetteer.default() if isinstance(e, CountryEntry)]
        assert sorted(codes) == sorted(alpha3_codes())

    @pytest.mark.parametrize(
        "code", ["ARG", "AUS", "BRA", "CAN", "CHN", "FRA", "DEU", "IND", "IDN", "ITA", "JPN",
                 "MEX", "RUS", "SAU", "ZAF", "KOR", "TUR", "GBR", "USA", "PRK", "IRN", "IRQ",
                 "SYR", "ISR", "UKR", "PAK"],
    )  # fmt: skip
    def test_leaders_and_ministers_for_the_starter_countries(self, code):
        """Heads of state or government since 1990 and foreign/defence ministers since 2000."""
        people = [
            e for e in Gazetteer.default() if isinstance(e, PersonEntry) and e.country == code
        ]
        roles = {e.role for e in people}
        assert {"foreign minister", "defence minister"} <= roles
        assert min(e.start for e in people) <= D(2000, 1, 1)
        assert any(e.end is None for e in people if e.role in ("foreign minister",))

    def test_is_shared_and_cached(self):
        """default() reads the files once."""
        assert Gazetteer.default() is Gazetteer.default()


class TestEntries:
    def test_person_office_dates(self):
        """holds_office_on is inclusive at both ends; an open end means still in office."""
        e = PersonEntry(
            name="A B", country="RUS", role="president", start=D(2000, 5, 7), end=D(2008, 5, 7)
        )
        assert e.holds_office_on(D(2000, 5, 7))
        assert e.holds_office_on(D(2008, 5, 7))
        assert not e.holds_office_on(D(2008, 5, 8))

    def test_person_end_before_start_is_refused(self):
        """Impossible terms are caught when the entry is built."""
        with pytest.raises(d.ValidationError) as info:
            PersonEntry(
                name="A", country="RUS", role="president", start=D(2000, 1, 2), end=D(2000, 1, 1)
            )
        assert info.value.paths == ["$.end"]

    def test_country_codes_are_checked(self):
        """A made-up code in user data is refused."""
        with pytest.raises(d.ValidationError):
            CountryEntry(code="RUR", name="Ruritania")


class TestFiles:
    def test_parse_by_header(self):
        """The header tells the entry type; multi-valued cells split on ' | '."""
        text = (
            "# my bodies\nname\taliases\tkind\tcountry\n"
            "Space Force\tUSSF | U.S. Space Force\tmilitary\tUSA\n"
        )
        [entry] = parse_entries(text)
        assert entry == BodyEntry(
            name="Space Force", aliases=("USSF", "U.S. Space Force"), kind="military", country="USA"
        )

    def test_errors_name_file_line_and_field(self):
        """Every bad line is reported, with the file, line number and field."""
        text = "name\tkind\tcountry\nA\tmilitary\tXXX\nB\tbanana\t\n"
        with pytest.raises(d.ValidationError) as info:
            parse_entries(text, source="mine.tsv")
        lines = [(e.line, e.path) for e in info.value.errors]
        assert lines == [(2, "$.country"), (3, "$.kind")]
        assert "mine.tsv" in str(info.value)

    def test_unknown_header(self):
        """A typo in a header is caught, and the known layouts are listed."""
        with pytest.raises(d.ValidationError, match="unknown header"):
            parse_entries("nmae\tkind\nX\tmedia\n")

    def test_bad_date(self):
        """Dates are YYYY-MM-DD."""
        text = "name\tcountry\trole\tstart\nA\tRUS\tpresident\t2000-13-01\n"
        with pytest.raises(d.ValidationError, match="YYYY-MM-DD"):
            parse_entries(text)

    def test_from_path_with_and_without_default(self, tmp_path):
        """A user file alone, or added to the bundled data."""
        path = tmp_path / "people.tsv"
        path.write_text(
            "name\tcountry\trole\tstart\nJane Roe\tNZL\tforeign minister\t2030-01-01\n",
            encoding="utf-8",
        )
        alone = Gazetteer.from_path(path)
        assert len(alone) == 1
        both = Gazetteer.from_path(path, include_default=True)
        assert len(both) == len(Gazetteer.default()) + 1


class TestExtending:
    def test_with_entries_is_used_by_the_recognizer(self):
        """A person added by a user is found, with the office on the publication date."""
        g = Gazetteer.default().with_entries(
            PersonEntry(
                name="Jane Roe",
                aliases=("Roe",),
                country="NZL",
                role="foreign minister",
                start=D(2030, 1, 1),
            )
        )
        [m] = find_actors("Roe arrived.", published=D(2031, 5, 1), gazetteer=g)
        assert (m.actor.name, m.actor.country, m.actor.role) == (
            "Jane Roe",
            "NZL",
            "foreign minister",
        )
        assert find_actors("Roe arrived.", published=D(2031, 5, 1)) == ()

    def test_with_alias(self):
        """An alias is added to a named entry."""
        g = Gazetteer.default().with_alias("North Korea", "Hermit Kingdom")
        [m] = find_actors("The Hermit Kingdom fired a missile.", gazetteer=g)
        assert m.actor.country == "PRK"

    def test_with_alias_unknown_name(self):
        """Adding an alias to nothing is an error, not a silent no-op."""
        with pytest.raises(KeyError):
            Gazetteer.default().with_alias("Atlantis", "Lost City")

    def test_without(self):
        """Entries can be removed by name."""
        g = Gazetteer.default().without("Kremlin")
        assert find_actors("The Kremlin said.", gazetteer=g) == ()
        assert len(find_actors("The Kremlin said.")) == 1

    def test_refuses_non_entries(self):
        """Only entry objects go in."""
        with pytest.raises(d.ValidationError):
            Gazetteer(["Russia"])  # type: ignore[list-item]


class TestPlaces:
    def test_places_are_locations_for_the_parser_only(self):
        """A city is a location standing for its country; find_actors lists it on request."""
        text = "Fighting was reported in Kharkiv."
        assert find_actors(text) == ()
        [m] = find_actors(text, include_places=True)
        assert (m.text, m.actor.country, m.location) == ("Kharkiv", "UKR", True)


class TestPickling:
    def test_pickles_by_entries(self):
        """A compiled gazetteer pickles small and comes back equal, recompiling lazily."""
        g = Gazetteer.default()
        g.compiled()
        back = pickle.loads(pickle.dumps(g))
        assert back == g
        assert find_actors("Moscow said.", gazetteer=back) == find_actors(
            "Moscow said.", gazetteer=g
        )
