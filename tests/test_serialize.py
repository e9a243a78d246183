"""Tests for dipevents._serialize and the converter behind it: round trips and error paths."""

from __future__ import annotations

import copy
import json
from decimal import Decimal

import pendulum
import pytest
from hypothesis import given
from hypothesis import strategies as st

import dipevents as d


def _errors(cls, data) -> list[tuple[str, str]]:
    with pytest.raises(d.ValidationError) as info:
        d.from_dict(cls, data)
    return [(e.path, e.message) for e in info.value.errors]


class TestRoundTrip:
    def test_json_round_trip_is_equal(self, sample):
        """from_json(T, to_json(x)) == x for every type."""
        assert d.from_json(type(sample), d.to_json(sample)) == sample

    def test_json_text_is_a_fixed_point(self, sample):
        """The text survives too: equality alone could hide lost digits or zones."""
        text = d.to_json(sample)
        assert d.to_json(d.from_json(type(sample), text)) == text

    def test_dict_round_trip(self, sample):
        """to_dict gives JSON-native values that from_dict takes back."""
        data = d.to_dict(sample)
        assert json.loads(json.dumps(data)) == data
        assert d.from_dict(type(sample), data) == sample

    def test_events_come_back_as_their_own_class(self, sample):
        """from_dict(Event, ...) dispatches on 'kind'."""
        if isinstance(sample, d.Event):
            back = d.from_json(d.Event, d.to_json(sample))
            assert type(back) is type(sample)
            assert back == sample

    def test_decimal_digits_and_dates_are_exact(self, samples):
        """Decimals keep their written form, dates stay pendulum Dates."""
        back = d.from_json(d.Quantity, d.to_json(samples["quantity_exact"]))
        assert str(back.value) == "1.50"
        span = d.from_json(d.TimeSpan, d.to_json(samples["timespan_leap"]))
        assert type(span.start) is pendulum.Date
        assert span.start.isoformat() == "2024-02-29"

    def test_unicode_is_kept_exactly(self, samples):
        """No escaping or normalization: NFD stays NFD, U+2028 and U+0085 stay."""
        text = d.to_json(samples["span"])
        assert "İ\u2028ß\x85👍e" in text
        nfd = d.Actor(name="Jose\u0301", kind="person")
        assert d.from_json(d.Actor, d.to_json(nfd)).name == "Jose\u0301"

    def test_event_shape(self, samples):
        """The documented shape: kind and id first, actor objects, ISO dates, evidence list."""
        data = d.to_dict(samples["allegation"])
        assert list(data)[:2] == ["kind", "id"]
        assert data["kind"] == "allegation"
        assert data["claim"]["kind"] == "transfer"
        assert set(data["accuser"]) == {"name", "kind", "country", "role"}
        assert data["when"] == {
            "start": "2023-10-01",
            "end": "2023-10-31",
            "precision": "month",
            "approximate": False,
            "text": "October last year",
        }
        assert data["evidence"][1] == {"start": 0, "end": 1, "text": "S"}
        assert set(data) == {
            "kind", "id", "accuser", "accused", "claim", "claim_text",
            "when", "status", "reported_by", "evidence",
        }  # fmt: skip

    def test_id_is_optional_on_input(self, samples):
        """Hand-written data may leave the id out; it is derived."""
        data = d.to_dict(samples["launch"])
        del data["id"]
        assert d.from_dict(d.Event, data) == samples["launch"]

    @given(st.text(st.characters(exclude_categories=("Cs",)), min_size=1))
    def test_any_unicode_name_round_trips(self, name):
        """Any valid Unicode text survives exactly."""
        if name.strip() != name:
            return
        actor = d.Actor(name=name, kind="person")
        text = d.to_json(actor)
        assert d.from_json(d.Actor, text).name == name
        assert d.to_json(d.from_json(d.Actor, text)) == text


class TestErrorPaths:
    def test_validator_failure_deep_inside_gets_the_full_path(self, samples):
        """A validator error inside a nested object points at the field, with our message."""
        data = d.to_dict(samples["allegation"])
        del data["id"], data["claim"]["id"]
        data["claim"]["supplier"]["country"] = "XXX"
        assert _errors(d.Event, data) == [
            (
                "$.claim.supplier.country",
                "Actor.country must be an ISO 3166-1 alpha-3 country code such as 'PRK', "
                "got 'XXX' (str)",
            )
        ]

    def test_type_errors_in_lists_get_indices(self, samples):
        """A wrong type inside an array element names the index."""
        data = d.to_dict(samples["transfer"])
        data["items"][0]["quantity"]["low"] = 10.5
        [(path, message)] = _errors(d.Transfer, data)
        assert path == "$.items[0].quantity.low"
        assert "decimal number written as a string" in message
        assert "got 10.5 (number)" in message

    def test_several_errors_are_reported_together(self, samples):
        """Every type error in one pass, each with its path."""
        data = d.to_dict(samples["visit"])
        data["visitor"]["name"] = 7
        data["when"]["start"] = "2023-02-30"
        data["status"] = "maybe"
        data["colour"] = "red"
        paths = [p for p, _ in _errors(d.Visit, data)]
        assert sorted(paths) == sorted(["$.visitor.name", "$.when.start", "$.status", "$.colour"])

    def test_unknown_keys_are_rejected(self, samples):
        """Extra keys are errors, not silently dropped data."""
        data = d.to_dict(samples["location"])
        data["population"] = 600000
        [(path, message)] = _errors(d.Location, data)
        assert path == "$.population"
        assert "unknown field 'population' for Location" in message

    def test_missing_field(self):
        """A missing required field is named."""
        assert _errors(d.Actor, {"kind": "state"}) == [("$.name", "required field missing")]

    @pytest.mark.parametrize(
        ("value", "expected"),
        [
            ("2024-1-5", "a date written YYYY-MM-DD"),
            ("2024-02-30", "a real calendar date"),
            ("2024-01-15T00:00:00", "a date written YYYY-MM-DD"),
            (20240115, "a date written YYYY-MM-DD"),
            ("２０２４-01-15", "a date written YYYY-MM-DD"),
        ],
    )
    def test_dates_parse_exactly(self, value, expected):
        """Only real YYYY-MM-DD dates; no datetimes, no other digits."""
        data = {"start": value, "end": "2024-01-15", "precision": "day"}
        [(path, message)] = _errors(d.TimeSpan, data)
        assert path == "$.start"
        assert expected in message

    @pytest.mark.parametrize(
        ("field", "value"),
        [("name", 5), ("name", None), ("kind", "nation"), ("country", ["RUS"])],
    )
    def test_nothing_is_coerced(self, field, value):
        """5 is not a string and the wrong literal is not accepted."""
        data = {"name": "Russia", "kind": "state", "country": "RUS", "role": None, field: value}
        [(path, _)] = _errors(d.Actor, data)
        assert path == f"$.{field}"

    def test_bool_is_not_an_int(self):
        """JSON true is not an offset."""
        [(path, message)] = _errors(d.Span, {"start": True, "end": 2, "text": "ab"})
        assert (path, message) == ("$.start", "expected an integer, got True (boolean)")

    def test_string_is_not_an_array(self):
        """A string where a list belongs is refused, not split into characters."""
        [(path, message)] = _errors(d.Transfer, {"kind": "transfer", "items": "shells"})
        assert path == "$.items"
        assert message.startswith("expected an array")

    def test_object_expected(self):
        """A string where an actor belongs."""
        [(path, message)] = _errors(d.Event, {"kind": "visit", "visitor": "Putin"})
        assert (path, message) == ("$.visitor", "expected an object (Actor), got 'Putin' (string)")

    @pytest.mark.parametrize(
        ("data", "message"),
        [
            (
                {"kind": "meeting"},
                "expected one of 'visit', 'allegation', 'transfer', 'launch', got 'meeting'",
            ),
            ({}, "expected one of 'visit', 'allegation', 'transfer', 'launch', got nothing"),
        ],
    )
    def test_unknown_event_kind(self, data, message):
        """The tag must be one of the four kinds."""
        assert _errors(d.Event, data) == [("$.kind", message)]

    def test_wrong_kind_for_a_concrete_class(self, samples):
        """from_dict(Visit, <launch>) is refused at $.kind."""
        data = d.to_dict(samples["launch"])
        assert _errors(d.Visit, data) == [("$.kind", "expected 'visit', got 'launch'")]

    def test_claim_cannot_be_an_allegation(self):
        """The claim union excludes allegations."""
        data = {
            "kind": "allegation",
            "accuser": {"name": "Russia", "kind": "state", "country": "RUS"},
            "claim": {"kind": "allegation", "accuser": {"name": "X"}},
        }
        [(path, message)] = _errors(d.Event, data)
        assert path == "$.claim.kind"
        assert "'visit', 'transfer', 'launch'" in message

    def test_tampered_id(self, samples):
        """An id that does not match the content is refused."""
        data = d.to_dict(samples["visit"])
        data["purpose"] = "trade"
        [(path, message)] = _errors(d.Event, data)
        assert path == "$.id"
        assert "does not match the event's content" in message

    def test_cross_field_invariant_is_reported_at_its_field(self, samples):
        """A visit inside one country, read from JSON, points at the host."""
        data = d.to_dict(samples["visit"])
        del data["id"]
        data["host"]["country"] = "PRK"
        [(path, message)] = _errors(d.Visit, data)
        assert path == "$.host"
        assert "a visit crosses a border" in message

    def test_bad_data_in_the_error_keeps_the_input_untouched(self, samples):
        """Structuring never mutates the caller's data."""
        data = d.to_dict(samples["allegation"])
        data["claim"]["kind"] = "nope"
        before = copy.deepcopy(data)
        _errors(d.Event, data)
        assert data == before

    @pytest.mark.parametrize("data", [None, 3, "visit", [], [{"kind": "visit"}]])
    def test_not_an_object_at_all(self, data):
        """The top level must be an object."""
        [(path, _)] = _errors(d.Event, data)
        assert path == "$"


class TestJson:
    @pytest.mark.parametrize(
        ("text", "message"),
        [
            ("{", "invalid JSON"),
            ('{"name": "a", "name": "b"}', "duplicate key 'name'"),
            ('{"value": NaN}', "NaN is not a JSON number"),
            ('{"value": Infinity}', "Infinity is not a JSON number"),
            (b"\xff\xfe{", "invalid"),
        ],
    )
    def test_strict_json(self, text, message):
        """Invalid JSON, duplicate keys and NaN are ValidationErrors at $."""
        with pytest.raises(d.ValidationError) as info:
            d.from_json(d.Actor, text)
        [detail] = info.value.errors
        assert detail.path == "$"
        assert message in detail.message

    def test_bytes_input(self, samples):
        """UTF-8 bytes are accepted."""
        text = d.to_json(samples["actor_unicode"])
        assert d.from_json(d.Actor, text.encode("utf-8")) == samples["actor_unicode"]

    def test_indent(self, samples):
        """indent gives readable JSON with the same content."""
        text = d.to_json(samples["visit"], indent=2)
        assert "\n  " in text
        assert d.from_json(d.Visit, text) == samples["visit"]


class TestArguments:
    def test_to_dict_rejects_foreign_objects(self):
        """to_dict is for dipevents objects only."""
        with pytest.raises(TypeError, match="dipevents model object"):
            d.to_dict({"a": 1})

    def test_from_dict_rejects_foreign_classes(self):
        """from_dict is for dipevents classes only."""
        with pytest.raises(TypeError, match="dipevents model class"):
            d.from_dict(dict, {})

    def test_integers_are_accepted_for_decimals(self):
        """A JSON integer is an exact decimal too."""
        q = d.from_dict(d.Quantity, {"value": 3})
        assert q.value == Decimal(3)
