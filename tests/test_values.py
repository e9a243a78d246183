"""Tests for dipevents._values: every validator, with the bad input and the message it gives."""

from __future__ import annotations

import datetime
from decimal import Decimal

import pendulum
import pytest

import dipevents as d


D = pendulum.Date


def _error(build) -> d.ValidationError:
    with pytest.raises(d.ValidationError) as info:
        build()
    return info.value


class TestTimeSpan:
    @pytest.mark.parametrize(
        ("start", "end", "precision"),
        [
            (D(2024, 1, 15), D(2024, 1, 17), "day"),
            (D(2024, 1, 8), D(2024, 1, 14), "week"),
            (D(2024, 1, 1), D(2024, 1, 17), "part_of_month"),
            (D(2024, 2, 1), D(2024, 2, 29), "month"),
            (D(2023, 3, 1), D(2023, 5, 31), "month"),
            (D(2023, 12, 1), D(2024, 2, 29), "season"),
            (D(2023, 6, 1), D(2023, 8, 31), "season"),
            (D(2023, 9, 1), D(2023, 12, 31), "part_of_year"),
            (D(2023, 1, 1), D(2023, 12, 31), "year"),
            (D(2020, 1, 1), D(2023, 12, 31), "year"),
        ],
    )
    def test_accepts_dates_that_fit_the_precision(self, start, end, precision):
        """Each precision accepts the dates it describes."""
        span = d.TimeSpan(start=start, end=end, precision=precision)
        assert (start, end, precision) == (span.start, span.end, span.precision)

    @pytest.mark.parametrize(
        ("start", "end", "precision", "rule"),
        [
            (D(2024, 1, 9), D(2024, 1, 14), "week", "Monday"),
            (D(2024, 1, 20), D(2024, 2, 3), "part_of_month", "same month"),
            (D(2024, 2, 1), D(2024, 2, 28), "month", "last day of a month"),
            (D(2024, 2, 2), D(2024, 2, 29), "month", "1st"),
            (D(2024, 1, 1), D(2024, 3, 31), "season", "March, June"),
            (D(2023, 9, 1), D(2024, 1, 31), "part_of_year", "same year"),
            (D(2023, 1, 2), D(2023, 12, 31), "year", "1 January"),
        ],
    )
    def test_rejects_a_precision_the_dates_do_not_fit(self, start, end, precision, rule):
        """The error names the precision field, the dates and the rule they break."""
        error = _error(lambda: d.TimeSpan(start=start, end=end, precision=precision))
        assert error.paths == ["$.precision"]
        assert "TimeSpan.precision" in str(error)
        assert rule in str(error)
        assert start.isoformat() in str(error)

    def test_rejects_start_after_end(self):
        """End before start is impossible."""
        error = _error(lambda: d.TimeSpan(start=D(2024, 1, 2), end=D(2024, 1, 1), precision="day"))
        assert error.paths == ["$.end"]
        assert "on or after start (2024-01-02)" in str(error)

    @pytest.mark.parametrize(
        "value",
        [
            pendulum.datetime(2024, 1, 1),
            datetime.date(2024, 1, 1),
            "2024-01-01",
            None,
        ],
        ids=["pendulum-datetime", "stdlib-date", "string", "none"],
    )
    def test_rejects_anything_but_a_pendulum_date(self, value):
        """A DateTime is a Date subclass, but a day is not an instant: it is refused."""
        error = _error(lambda: d.TimeSpan(start=value, end=D(2024, 1, 1), precision="day"))
        assert error.paths == ["$.start"]
        assert "a pendulum.Date (not a DateTime or datetime.date)" in str(error)

    def test_rejects_unknown_precision(self):
        """The message lists the allowed precisions."""
        error = _error(lambda: d.TimeSpan(start=D(2024, 1, 1), end=D(2024, 1, 1), precision="hour"))
        assert error.paths == ["$.precision"]
        assert "one of 'day', 'week'" in str(error)

    def test_rejects_non_bool_approximate(self):
        """1 is not True."""
        error = _error(
            lambda: d.TimeSpan(
                start=D(2024, 1, 1), end=D(2024, 1, 1), precision="day", approximate=1
            )
        )
        assert error.paths == ["$.approximate"]

    @pytest.mark.parametrize("text", ["", " late", "late ", "\ud800"])
    def test_rejects_bad_text(self, text):
        """Empty, padded or not encodable text is refused."""
        error = _error(
            lambda: d.TimeSpan(start=D(2024, 1, 1), end=D(2024, 1, 1), precision="day", text=text)
        )
        assert error.paths == ["$.text"]


class TestQuantity:
    @pytest.mark.parametrize(
        ("value", "expected"),
        [
            (Decimal("NaN"), "a finite number"),
            (Decimal("Infinity"), "a finite number"),
            (Decimal("-1"), "a number >= 0"),
            (Decimal("-0"), "a number >= 0"),
            (1.5, "not a float"),
            (3, "a decimal.Decimal"),
            (True, "a decimal.Decimal"),
        ],
    )
    def test_rejects_bad_values(self, value, expected):
        """NaN, infinities, negatives and non-decimals are refused, naming the field."""
        error = _error(lambda: d.Quantity(value=value))
        assert error.paths == ["$.value"]
        assert "Quantity.value" in str(error)
        assert expected in str(error)

    def test_rejects_low_above_high(self):
        """A range runs upwards."""
        error = _error(lambda: d.Quantity(low=Decimal("20"), high=Decimal("10"), qualifier="range"))
        assert error.paths == ["$.low"]
        assert "<= high (10)" in str(error)

    def test_range_needs_low_and_high(self):
        """qualifier 'range' without bounds is refused."""
        error = _error(lambda: d.Quantity(low=Decimal("1"), qualifier="range"))
        assert error.paths == ["$.high"]

    def test_range_refuses_a_value(self):
        """A range is described by low and high only."""
        error = _error(
            lambda: d.Quantity(
                value=Decimal("5"), low=Decimal("1"), high=Decimal("9"), qualifier="range"
            )
        )
        assert error.paths == ["$.value"]

    def test_non_range_needs_a_value(self):
        """'more_than' what?"""
        error = _error(lambda: d.Quantity(qualifier="more_than"))
        assert error.paths == ["$.value"]
        assert "set when qualifier is 'more_than'" in str(error)

    def test_non_range_refuses_bounds(self):
        """low and high belong to ranges."""
        error = _error(lambda: d.Quantity(value=Decimal("1"), high=Decimal("3")))
        assert error.paths == ["$.high"]

    def test_rejects_unknown_qualifier(self):
        """The qualifier vocabulary is closed."""
        error = _error(lambda: d.Quantity(value=Decimal("1"), qualifier="roughly"))
        assert error.paths == ["$.qualifier"]
        assert "'more_than'" in str(error)

    def test_keeps_every_digit(self):
        """Decimals keep precision that a float would lose."""
        q = d.Quantity(value=Decimal("0.1000000000000000055511151231257827"))
        assert str(q.value) == "0.1000000000000000055511151231257827"


class TestItemAndMeasurement:
    def test_item_rejects_unknown_category(self):
        """Categories are a closed list."""
        error = _error(lambda: d.Item(name="x", category="banana"))
        assert error.paths == ["$.category"]

    def test_item_rejects_list_attributes_element(self):
        """Every attribute must be a Measurement; the path names the element."""
        error = _error(lambda: d.Item(name="x", attributes=(d.Quantity(value=Decimal(1)), "range")))
        assert error.paths == ["$.attributes[0]"]
        assert "Item.attributes[0] must be Measurement" in str(error)

    def test_item_rejects_a_list(self):
        """Tuples only: the objects are immutable and hashable."""
        error = _error(lambda: d.Item(name="x", attributes=[]))
        assert error.paths == ["$.attributes"]
        assert "a tuple of Measurement" in str(error)

    def test_measurement_needs_a_quantity(self):
        """A measurement without a quantity is meaningless."""
        error = _error(lambda: d.Measurement(name="range", quantity="900 km"))
        assert error.paths == ["$.quantity"]

    def test_item_is_hashable(self):
        """Frozen objects can go in sets."""
        item = d.Item(name="fuel", category="fuel")
        assert {item, d.Item(name="fuel", category="fuel")} == {item}


class TestSpan:
    def test_rejects_start_equal_to_end(self):
        """An empty span is no evidence."""
        error = _error(lambda: d.Span(start=3, end=3, text=""))
        assert error.paths == ["$.end"]
        assert "greater than start (3)" in str(error)

    def test_rejects_start_after_end(self):
        """start >= end is refused."""
        error = _error(lambda: d.Span(start=5, end=3, text="ab"))
        assert error.paths == ["$.end"]

    @pytest.mark.parametrize("start", [-1, True, 1.0])
    def test_rejects_bad_offsets(self, start):
        """Offsets are non-negative ints."""
        error = _error(lambda: d.Span(start=start, end=4, text="abcd"))
        assert error.paths == ["$.start"]
        assert "an integer >= 0" in str(error)

    def test_rejects_text_of_the_wrong_length(self):
        """The text must be exactly the characters between the offsets."""
        error = _error(lambda: d.Span(start=0, end=4, text="abc"))
        assert error.paths == ["$.text"]
        assert "end - start = 4 characters" in str(error)

    def test_counts_code_points(self):
        """Offsets are Python str indices: an emoji or a combining mark is one each."""
        source = "İß👍e\u0301 visit"
        span = d.Span(start=0, end=5, text=source[:5])
        assert source[span.start : span.end] == span.text

    def test_rejects_lone_surrogates(self):
        """Text that cannot be written as UTF-8 is refused."""
        error = _error(lambda: d.Span(start=0, end=1, text="\udc80"))
        assert "lone surrogate" in str(error)


class TestLocation:
    def test_rejects_unknown_country(self):
        """Country codes are ISO 3166-1 alpha-3."""
        error = _error(lambda: d.Location(name="Atlantis", country="ATL"))
        assert error.paths == ["$.country"]
        assert "ISO 3166-1 alpha-3" in str(error)

    def test_rejects_lower_case_code(self):
        """Codes are upper case."""
        error = _error(lambda: d.Location(name="Moscow", country="rus"))
        assert error.paths == ["$.country"]
