"""Tests for dipevents._errors."""

from __future__ import annotations

import pickle

import pytest

import dipevents as d


class TestValidationError:
    def test_is_dipevents_error_and_value_error(self):
        """Callers can catch it as either base."""
        assert issubclass(d.ValidationError, d.DipeventsError)
        assert issubclass(d.ValidationError, ValueError)

    def test_message_lists_every_detail(self):
        """str() shows one line per problem, path first."""
        error = d.ValidationError(
            [d.ErrorDetail(path="$.a", message="bad a"), d.ErrorDetail(path="$.b", message="bad b")]
        )
        assert str(error) == "$.a: bad a\n$.b: bad b"
        assert error.paths == ["$.a", "$.b"]

    def test_for_field_names_class_field_value_and_expectation(self):
        """The message of a field error holds everything a user needs."""
        error = d.ValidationError.for_field("Actor", "country", "XX", "a code")
        assert error.errors == (
            d.ErrorDetail(path="$.country", message="Actor.country must be a code, got 'XX' (str)"),
        )

    def test_long_values_are_shortened(self):
        """A huge bad value does not flood the message."""
        error = d.ValidationError.for_field("Actor", "name", "x" * 1000, "short")
        assert len(str(error)) < 200
        assert "..." in str(error)

    def test_pickles(self):
        """Errors cross process boundaries (multiprocessing, Dask) intact."""
        error = d.ValidationError([d.ErrorDetail(path="$.a", message="m", line=3)])
        back = pickle.loads(pickle.dumps(error))
        assert back.errors == error.errors
        assert str(back) == "line 3: $.a: m"


class TestErrorDetail:
    def test_under_reroots_the_path(self):
        """A detail found inside a nested object gets the full path."""
        detail = d.ErrorDetail(path="$.country", message="m")
        assert detail.under("$.claim.supplier").path == "$.claim.supplier.country"
        assert detail.under("$.items[0]").path == "$.items[0].country"

    @pytest.mark.parametrize(("line", "text"), [(None, "$.a: m"), (7, "line 7: $.a: m")])
    def test_str(self, line, text):
        """The line number, when known, comes first."""
        assert text == str(d.ErrorDetail(path="$.a", message="m", line=line))
