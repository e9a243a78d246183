"""Tests for dipevents._actor."""

from __future__ import annotations

import attrs
import pytest

import dipevents as d


def _error(**kwargs) -> d.ValidationError:
    with pytest.raises(d.ValidationError) as info:
        d.Actor(**kwargs)
    return info.value


class TestActor:
    def test_builds_with_all_fields(self):
        """A person with a role and a country."""
        actor = d.Actor(name="Sergei Lavrov", kind="person", country="RUS", role="foreign minister")
        assert (actor.country, actor.role) == ("RUS", "foreign minister")

    def test_organisation_without_country(self):
        """International organisations have no country."""
        assert d.Actor(name="United Nations", kind="organization").country is None

    @pytest.mark.parametrize("code", ["XYZ", "RU", "rus", "RUSS", "", 643])
    def test_rejects_bad_country_codes(self, code):
        """Only current ISO 3166-1 alpha-3 codes pass, and the message says so."""
        error = _error(name="Russia", kind="state", country=code)
        assert error.paths == ["$.country"]
        assert str(error).startswith(
            "$.country: Actor.country must be an ISO 3166-1 alpha-3 country code "
            "such as 'PRK', got "
        )

    @pytest.mark.parametrize("name", ["", " Russia", "Russia ", "\tRussia", "\ud800x"])
    def test_rejects_empty_padded_or_unencodable_names(self, name):
        """Names are clean strings."""
        error = _error(name=name, kind="state", country="RUS")
        assert error.paths == ["$.name"]
        assert "Actor.name must be" in str(error)

    def test_rejects_non_string_name(self):
        """A number is not a name."""
        error = _error(name=42)
        assert "Actor.name must be a string, got 42 (int)" in str(error)

    def test_rejects_unknown_kind(self):
        """The message lists the kinds."""
        error = _error(name="X", kind="country")
        assert error.paths == ["$.kind"]
        assert "one of 'state', 'government', 'person'" in str(error)

    def test_state_needs_a_country(self):
        """A state without a country code is a contradiction."""
        error = _error(name="Ruritania", kind="state")
        assert error.paths == ["$.country"]
        assert "when kind is 'state'" in str(error)

    def test_rejects_empty_role(self):
        """Use None, not '', for no role."""
        assert _error(name="X", kind="person", role="").paths == ["$.role"]

    def test_is_frozen_and_keyword_only(self):
        """Actors are immutable values built with keywords."""
        actor = d.Actor(name="NATO", kind="organization")
        with pytest.raises(attrs.exceptions.FrozenInstanceError):
            actor.name = "EU"  # type: ignore[misc]
        with pytest.raises(TypeError):
            d.Actor("NATO")  # type: ignore[misc]
