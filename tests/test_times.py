"""The time-expression recognizer: one test class per shape, the rules of
docs/time-expressions.md, robustness on any string, and the labelled corpus."""

from __future__ import annotations

import datetime
import itertools
import json
import pathlib
import subprocess
import sys

import pendulum
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from dipevents._mentions import TimeMention
from dipevents._times import find_times


CORPUS = pathlib.Path(__file__).parent / "corpus" / "recognizers" / "times.jsonl"
WED = pendulum.Date(2024, 1, 17)  # the docs' publication date, a Wednesday


def D(text: str) -> pendulum.Date:  # noqa: N802 - reads like a literal
    year, month, day = map(int, text.split("-"))
    return pendulum.Date(year, month, day)


def one(text: str, published: pendulum.Date | None = WED) -> TimeMention:
    """The single mention in *text*."""
    found = find_times(text, published=published)
    assert len(found) == 1, found
    return found[0]


def resolved(text: str, published: pendulum.Date | None = WED) -> tuple[object, ...]:
    """(words, start, end, precision, approximate) of the single mention in *text*."""
    m = one(text, published)
    assert m.when is not None
    assert (m.when.precision, m.when.approximate) == (m.precision, m.approximate)
    return (m.text, m.when.start.isoformat(), m.when.end.isoformat(), m.precision, m.approximate)


class TestDays:
    @pytest.mark.parametrize(
        ("text", "words", "day"),
        [
            ("It happened today.", "today", "2024-01-17"),
            ("They met this morning.", "this morning", "2024-01-17"),
            ("The vote is tonight.", "tonight", "2024-01-17"),
            ("He left yesterday.", "yesterday", "2024-01-16"),
            ("She arrives tomorrow.", "tomorrow", "2024-01-18"),
            ("Shots were heard last night.", "last night", "2024-01-16"),
        ],
    )
    def test_day_words(self, text, words, day):
        """Words for days near publication resolve by their offset from it."""
        assert (words, day, day, "day", False) == resolved(text)

    def test_across_year_and_leap_day(self):
        """Day arithmetic crosses a year end and a 29 February."""
        assert resolved("They meet tomorrow.", D("2008-12-31"))[1] == "2009-01-01"
        assert resolved("It fell yesterday.", D("2000-03-01"))[1] == "2000-02-29"

    def test_capitalised_mid_sentence_is_a_title(self):
        """ "USA Today" and "Russia Today" are media names; a sentence-initial Today is a day."""
        assert find_times("He told USA Today that talks failed.", published=WED) == ()
        assert find_times("Footage from Russia Today showed it.", published=WED) == ()
        assert one("Today, the talks resumed.").text == "Today"


class TestWeekdays:
    def test_bare_weekday_is_on_or_before(self):
        """A bare weekday is the latest such day on or before publication, the day itself too."""
        assert resolved("Iran said on Sunday it fired.")[1] == "2024-01-14"
        assert resolved("Iran said on Wednesday it fired.")[1] == "2024-01-17"
        assert resolved("officials said Thursday.")[1] == "2024-01-11"

    @pytest.mark.parametrize(
        "cue",
        [
            "will visit",
            "is to visit",
            "is due to arrive",
            "plans to visit",
            "is expected to meet",
            "is scheduled to sign",
            "would meet",
            "'ll meet",
        ],
    )
    def test_future_verb_points_forward(self, cue):
        """After a future cue, a weekday is the first such day strictly after publication."""
        assert resolved(f"The envoy {cue} in Kyiv on Monday.")[1] == "2024-01-22"

    def test_future_weekday_on_publication_day_is_next_week(self):
        """ "will ... on Wednesday" in a Wednesday article is the Wednesday after."""
        assert resolved("The minister will travel on Wednesday.")[1] == "2024-01-24"

    def test_verb_of_saying_stops_the_look_back(self):
        """The nearest verb governs: "said" after "will" makes Monday past."""
        text = "Seoul will send 2,000 troops, the defence ministry said on Monday."
        assert resolved(text)[1] == "2024-01-15"

    def test_look_back_stays_in_the_sentence(self):
        """A future verb in the previous sentence does not count, "U.S." does not end one."""
        assert resolved("Kim will go. Talks began on Monday.")[1] == "2024-01-15"
        assert resolved("He will meet U.S. officials on Monday.")[1] == "2024-01-22"

    def test_look_back_is_bounded(self):
        """A future cue more than twelve words back does not govern the weekday."""
        filler = " ".join(["word"] * 12)
        assert resolved(f"They will {filler} on Monday.")[1] == "2024-01-15"
        filler = " ".join(["word"] * 10)
        assert resolved(f"They will {filler} on Monday.")[1] == "2024-01-22"

    def test_words_after_do_not_count(self):
        """ "said on Monday it will" is a past Monday."""
        assert resolved("The ministry said on Monday it will send a frigate.")[1] == "2024-01-15"

    @pytest.mark.parametrize(
        ("text", "day"),
        [
            ("last Sunday", "2024-01-14"),
            ("last Wednesday", "2024-01-10"),
            ("next Monday", "2024-01-22"),
            ("next Wednesday", "2024-01-24"),
            ("this coming Friday", "2024-01-19"),
        ],
    )
    def test_shifted_weekdays_are_strict(self, text, day):
        """ "last" is strictly before publication, "next" strictly after."""
        assert (text, day, day, "day", False) == resolved(f"It was {text}.")

    def test_part_of_day_joins_the_weekday(self):
        """ "Monday night" is one mention of that day."""
        assert resolved("Riots broke out on Monday night.") == (
            "Monday night",
            "2024-01-15",
            "2024-01-15",
            "day",
            False,
        )

    def test_weekday_names(self):
        """ "the Sunday Times" and "the Monday Club" are names, not days."""
        assert find_times("He told the Sunday Times it would cost more.", published=WED) == ()
        assert find_times("A motion from the Monday Club passed.", published=WED) == ()
        assert one("Israel Friday reimposed the blockade.").text == "Friday"


class TestAgo:
    @pytest.mark.parametrize(
        ("text", "start", "end", "precision", "approximate"),
        [
            ("two days ago", "2024-01-15", "2024-01-15", "day", False),
            ("10 days ago", "2024-01-07", "2024-01-07", "day", False),
            ("three weeks ago", "2023-12-27", "2023-12-27", "day", True),
            ("a week ago", "2024-01-10", "2024-01-10", "day", True),
            ("two months ago", "2023-11-01", "2023-11-30", "month", True),
            ("two years ago", "2022-01-01", "2022-12-31", "year", True),
        ],
    )
    def test_units(self, text, start, end, precision, approximate):
        """Days are exact; weeks, months and years back are approximate."""
        assert (text, start, end, precision, approximate) == resolved(f"It was {text}.")

    def test_month_arithmetic_on_months_not_days(self):
        """ "one month ago" on 29 March is February, whatever its length."""
        assert resolved("It closed one month ago.", D("2024-03-29"))[1:3] == (
            "2024-02-01",
            "2024-02-29",
        )

    def test_zero_is_not_a_time(self):
        """ "0 days ago" means nothing."""
        assert find_times("0 days ago", published=WED) == ()


class TestWeeksMonthsYears:
    @pytest.mark.parametrize(
        ("text", "start", "end", "precision"),
        [
            ("last week", "2024-01-08", "2024-01-14", "week"),
            ("this week", "2024-01-15", "2024-01-21", "week"),
            ("next week", "2024-01-22", "2024-01-28", "week"),
            ("this coming week", "2024-01-22", "2024-01-28", "week"),
            ("this month", "2024-01-01", "2024-01-31", "month"),
            ("last month", "2023-12-01", "2023-12-31", "month"),
            ("next month", "2024-02-01", "2024-02-29", "month"),
            ("this year", "2024-01-01", "2024-12-31", "year"),
            ("last year", "2023-01-01", "2023-12-31", "year"),
            ("next year", "2025-01-01", "2025-12-31", "year"),
        ],
    )
    def test_calendar_periods(self, text, start, end, precision):
        """Weeks are ISO weeks; months and years are whole."""
        assert (text, start, end, precision, False) == resolved(f"It was {text}.")

    def test_iso_week_across_a_year_end(self):
        """The ISO week of 1 January 2015 starts on 29 December 2014."""
        assert resolved("signed this week", D("2015-01-01"))[1:3] == ("2014-12-29", "2015-01-04")

    def test_the_last_week_is_not_a_calendar_week(self):
        """ "the last week" counts days back; it is not "last week"."""
        assert find_times("Fighting eased over the last week.", published=WED) == ()

    @pytest.mark.parametrize(
        ("text", "start", "end", "precision"),
        [
            ("earlier this month", "2024-01-01", "2024-01-17", "part_of_month"),
            ("later this month", "2024-01-17", "2024-01-31", "part_of_month"),
            ("early next month", "2024-02-01", "2024-02-10", "part_of_month"),
            ("mid-next month", "2024-02-11", "2024-02-20", "part_of_month"),
            ("late last month", "2023-12-21", "2023-12-31", "part_of_month"),
            ("earlier this year", "2024-01-01", "2024-01-17", "part_of_year"),
            ("later this year", "2024-01-17", "2024-12-31", "part_of_year"),
            ("late last year", "2023-09-01", "2023-12-31", "part_of_year"),
            ("early next year", "2025-01-01", "2025-04-30", "part_of_year"),
            ("earlier this week", "2024-01-15", "2024-01-17", "day"),
            ("later this week", "2024-01-17", "2024-01-21", "day"),
        ],
    )
    def test_parts_of_periods(self, text, start, end, precision):
        """Parts of a period are approximate and bounded by time_parts.tsv."""
        assert (text, start, end, precision, True) == resolved(f"It was {text}.")

    def test_part_of_a_week_falls_back_to_the_week(self):
        """There is no part of a week: "early next week" yields "next week"."""
        assert resolved("They meet early next week.")[0] == "next week"


class TestMonthsAndDays:
    def test_bare_month_is_the_latest_started(self):
        """A bare month is the latest that started on or before publication, this one too."""
        assert resolved("It began in September.")[1:3] == ("2023-09-01", "2023-09-30")
        assert resolved("It began in January.")[1:3] == ("2024-01-01", "2024-01-31")

    def test_future_month_is_the_nearest_ending_later(self):
        """With a future verb, a month is the nearest one that ends on or after publication."""
        assert resolved("He will travel in September.")[1] == "2024-09-01"
        assert resolved("Kyiv will sign in June.", D("2014-06-11"))[1] == "2014-06-01"

    def test_day_and_month(self):
        """A day-and-month is the latest on or before publication, or next with a future verb."""
        assert resolved("on January 15")[1] == "2024-01-15"
        assert resolved("on December 28")[1] == "2023-12-28"
        assert resolved("They will meet on January 9.", D("2023-12-13"))[1] == "2024-01-09"

    def test_29_february_skips_common_years(self):
        """A 29 February without a year is the latest leap day."""
        assert resolved("It crossed on Feb. 29.", D("2023-06-01"))[1] == "2020-02-29"

    def test_impossible_days_are_not_times(self):
        """ "February 30" is no day (the number may count something); "Feb 29, 2023" neither."""
        assert [m.precision for m in find_times("in February 30 died", published=WED)] == ["month"]
        assert find_times("on Feb 29, 2023", published=WED) == ()

    @pytest.mark.parametrize(
        "text",
        ["Jan. 15, 2024", "15 January 2024", "14 Jan, 2024", "2024-01-15", "January 15 2024"],
    )
    def test_absolute_dates(self, text):
        """Written-out and ISO dates resolve without a publication date."""
        m = one(f"It was signed on {text}.", None)
        assert m.text == text
        assert m.when is not None
        assert m.when.precision == "day"
        assert m.when.end == m.when.start

    def test_month_and_year(self):
        """ "October 2023" and "November, 2015" are whole months."""
        assert resolved("in October 2023", None) == (
            "October 2023",
            "2023-10-01",
            "2023-10-31",
            "month",
            False,
        )
        assert resolved("in November, 2015 when", None)[0] == "November, 2015"

    def test_month_with_relative_year(self):
        """ "October last year" is the October of the year before publication."""
        assert resolved("in October last year") == (
            "October last year",
            "2023-10-01",
            "2023-10-31",
            "month",
            False,
        )
        assert resolved("in September of this year")[1] == "2024-09-01"

    def test_last_and_next_month_names(self):
        """ "last March" ended before publication; "next March" starts after it."""
        assert resolved("riots last March")[1] == "2023-03-01"
        assert resolved("riots last January")[1] == "2023-01-01"
        assert resolved("vote next March")[1] == "2024-03-01"

    @pytest.mark.parametrize(
        ("text", "start", "end"),
        [
            ("mid-February", "2024-02-11", "2024-02-20"),
            ("late January", "2024-01-21", "2024-01-31"),
            ("early March 2022", "2022-03-01", "2022-03-10"),
            ("late February 2023", "2023-02-21", "2023-02-28"),
        ],
    )
    def test_parts_of_months(self, text, start, end):
        """early: days 1-10, mid: 11-20, late: 21 to the end of the month."""
        assert (text, start, end, "part_of_month", True) == resolved(f"They will meet in {text}.")

    def test_part_follows_the_month_rule(self):
        """The month is chosen first (the current one counts), then the part is taken from it."""
        assert resolved("It began in late January.")[1:3] == ("2024-01-21", "2024-01-31")
        assert resolved("It began in mid-February.")[1] == "2023-02-11"
        assert resolved("It began in late December.", D("2008-01-09"))[1] == "2007-12-21"

    def test_abbreviations_need_a_day_or_year(self):
        """ "Jan" alone is a name; "Jan 2024" and "Jan. 6" are times; a final period stays out."""
        assert find_times("Jan Kowalski said so.", published=WED) == ()
        assert resolved("in Jan 2024")[0] == "Jan 2024"
        assert resolved("It was dated 14 Jan.")[0] == "14 Jan"

    def test_common_words_need_a_capital(self):
        """ "may", "march" and "august" are words unless capitalised."""
        assert find_times("They may trigger a march past the august chamber.", published=WED) == ()
        assert resolved("Talks stalled in May, officials said.")[0] == "May"

    def test_names_before_a_month(self):
        """A capitalised non-time word before a month makes it part of a name."""
        assert find_times("Theresa May told parliament.", published=WED) == ()
        assert find_times("Mrs. May said no.", published=WED) == ()
        assert find_times("It flew on a Long March 5 rocket.", published=WED) == ()
        assert resolved("After March 5 the talks stopped.")[0] == "March 5"

    def test_weekday_before_a_date_joins_it(self):
        """ "Sunday, Oct. 24, 2004" is one mention, resolved by the date."""
        assert resolved("in Tokyo Sunday, Oct. 24, 2004.", None) == (
            "Sunday, Oct. 24, 2004",
            "2004-10-24",
            "2004-10-24",
            "day",
            False,
        )

    def test_a_number_after_a_month_is_not_a_day_when_it_goes_on(self):
        """ "May 2,000 troops" is May and a quantity, not 2 May."""
        assert resolved("in May 2,000 troops left")[0] == "May"


class TestRanges:
    @pytest.mark.parametrize(
        ("text", "start", "end", "precision"),
        [
            ("from January 15 to 17", "2024-01-15", "2024-01-17", "day"),
            ("January 15-17", "2024-01-15", "2024-01-17", "day"),
            ("from March 3 to April 2", "2023-03-03", "2023-04-02", "day"),
            ("between March and May", "2023-03-01", "2023-05-31", "month"),
            ("from 15 to 17 January", "2024-01-15", "2024-01-17", "day"),
            ("from December 28 to January 3", "2023-12-28", "2024-01-03", "day"),
        ],
    )
    def test_ranges_without_year(self, text, start, end, precision):
        """Missing months and years come from the other part; a wrapped end is next year."""
        assert (text, start, end, precision, False) == resolved(f"Talks ran {text}.")

    @pytest.mark.parametrize(
        ("text", "start", "end", "precision"),
        [
            ("from March to May 2005", "2005-03-01", "2005-05-31", "month"),
            ("15-17 January 2024", "2024-01-15", "2024-01-17", "day"),
            ("Jan 30-Feb 2, 2024", "2024-01-30", "2024-02-02", "day"),
            ("between 2004 and 2012", "2004-01-01", "2012-12-31", "year"),
            ("1991-1995", "1991-01-01", "1995-12-31", "year"),
        ],
    )
    def test_ranges_with_year(self, text, start, end, precision):
        """A year in either part makes a range absolute."""
        assert (text, start, end, precision, False) == resolved(f"It ran {text}.", None)

    def test_future_range(self):
        """A future verb moves a range without a year forward."""
        text = "The navies will hold drills from March 10 to 20."
        assert resolved(text, D("2025-02-12"))[1:3] == ("2025-03-10", "2025-03-20")

    def test_not_ranges(self):
        """Numbers alone, mismatched links and backward years are not ranges."""
        assert find_times("Prices rose from 5 to 10 percent.", published=WED) == ()
        assert find_times("between 2012 and 2004", published=WED) == ()
        assert [m.text for m in find_times("from 2004 and 2012", published=WED)] == []


class TestYearsAndSeasons:
    @pytest.mark.parametrize("context", ["in", "since", "by", "until", "during", "of"])
    def test_year_in_context(self, context):
        """A bare year after a time word is the whole year; the preposition stays out."""
        assert resolved(f"It changed {context} 2023, he said.", None) == (
            "2023",
            "2023-01-01",
            "2023-12-31",
            "year",
            False,
        )

    @pytest.mark.parametrize(
        "text",
        [
            "Seoul will send 2,000 troops.",
            "Russia shipped 1500 tonnes.",
            "Monitors counted 1950 vehicles.",
            "It flew 2000 kilometres.",
            "a total of 2000 tonnes",
            "Resolution 2231 and the 1540 Committee",
            "in 1899 and in 2100",
            "The strike happened at 1930 GMT.",
            "Saudi Vision 2030",
        ],
    )
    def test_numbers_that_are_not_years(self, text):
        """Quantities, out-of-range numbers and numbers without a time context are not years."""
        assert find_times(text, published=WED) == ()

    @pytest.mark.parametrize(
        ("text", "start", "end"),
        [
            ("early 2002", "2002-01-01", "2002-04-30"),
            ("mid-2023", "2023-05-01", "2023-08-31"),
            ("late 2002", "2002-09-01", "2002-12-31"),
        ],
    )
    def test_parts_of_years(self, text, start, end):
        """early: January-April, mid: May-August, late: September-December."""
        assert (text, start, end, "part_of_year", True) == resolved(f"in {text}", None)

    def test_decades(self):
        """ "the 1990s" is ten whole years; a part of it is approximate."""
        assert resolved("the 1990s", None) == ("1990s", "1990-01-01", "1999-12-31", "year", False)
        assert resolved("in the late 1980s", None) == (
            "late 1980s",
            "1987-01-01",
            "1989-12-31",
            "year",
            True,
        )

    @pytest.mark.parametrize(
        ("text", "start", "end"),
        [
            ("spring 2023", "2023-03-01", "2023-05-31"),
            ("winter 2023", "2023-12-01", "2024-02-29"),
            ("autumn 2021", "2021-09-01", "2021-11-30"),
            ("the summer of 2022", "2022-06-01", "2022-08-31"),
        ],
    )
    def test_seasons_with_year(self, text, start, end):
        """Meteorological seasons; winter runs into the next year."""
        words, *rest = resolved(f"in {text}", None)
        assert (start, end, "season", False) == tuple(rest)
        assert text.endswith(str(words))

    @pytest.mark.parametrize(
        ("text", "published", "start"),
        [
            ("last summer", "2024-01-17", "2023-06-01"),
            ("last summer", "2023-08-15", "2022-06-01"),
            ("last summer", "2023-09-05", "2023-06-01"),
            ("last winter", "2024-03-05", "2023-12-01"),
            ("last winter", "2024-02-20", "2022-12-01"),
            ("next summer", "2024-01-17", "2024-06-01"),
            ("next summer", "2024-07-01", "2025-06-01"),
            ("this winter", "2024-01-17", "2023-12-01"),
        ],
    )
    def test_seasons_with_shift(self, text, published, start):
        """ "last" is the latest season that ended before publication, "next" the first after."""
        assert resolved(f"It happened {text}.", D(published))[2 - 1] == start

    def test_bare_and_named_seasons(self):
        """A bare season is too vague, and "the Arab Spring" is a name."""
        assert find_times("in the spring, the Arab Spring", published=WED) == ()


class TestHedgesAndClockTimes:
    def test_around_joins_and_approximates(self):
        """ "around" is in the span and makes it approximate; the dates do not change."""
        assert resolved("It happened around January 15.") == (
            "around January 15",
            "2024-01-15",
            "2024-01-15",
            "day",
            True,
        )

    def test_clock_times_are_ignored(self):
        """ "at 10 a.m." is no mention, and its periods do not end the sentence."""
        found = find_times("It was launched at 10 a.m. on Tuesday.", published=WED)
        assert [m.text for m in found] == ["Tuesday"]


class TestWithoutPublicationDate:
    @pytest.mark.parametrize(
        ("text", "precision", "approximate"),
        [
            ("yesterday", "day", False),
            ("on Sunday", "day", False),
            ("last week", "week", False),
            ("on January 15", "day", False),
            ("between March and May", "month", False),
            ("last summer", "season", False),
            ("October last year", "month", False),
            ("two months ago", "month", True),
            ("three weeks ago", "day", True),
            ("mid-February", "part_of_month", True),
            ("earlier this year", "part_of_year", True),
            ("around next week", "week", True),
        ],
    )
    def test_relative_keeps_words_but_no_dates(self, text, precision, approximate):
        """Relative expressions get when=None but keep precision and approximation."""
        found = find_times(f"It was {text}.")
        assert len(found) == 1
        assert found[0].when is None
        assert (precision, approximate) == (found[0].precision, found[0].approximate)

    def test_absolute_still_resolve(self):
        """Absolute expressions need no publication date."""
        found = find_times("It began in late 2002 and ended on 2024-01-15.")
        assert [m.when is not None for m in found] == [True, True]


class TestApi:
    @pytest.mark.parametrize(
        "published",
        [
            pendulum.datetime(2024, 1, 17),
            datetime.date(2024, 1, 17),
            "2024-01-17",
            20240117,
        ],
    )
    def test_published_must_be_a_pendulum_date(self, published):
        """A DateTime, a datetime.date, a string or a number is refused with a clear message."""
        with pytest.raises(TypeError, match=r"pendulum\.Date"):
            find_times("today", published=published)

    def test_lexicon_is_read_on_first_use_not_at_import(self):
        """Importing the module reads no lexicon file and compiles no pattern."""
        code = (
            "import dipevents._times as t; "
            "print(t._lexicon.cache_info().currsize, t._patterns.cache_info().currsize)"
        )
        out = subprocess.run(
            [sys.executable, "-c", code], capture_output=True, text=True, check=True
        ).stdout
        assert out.split() == ["0", "0"]

    def test_text_must_be_a_string(self):
        """Bytes are refused."""
        with pytest.raises(TypeError, match="str"):
            find_times(b"today")  # type: ignore[arg-type]

    def test_sorted_and_non_overlapping(self):
        """Mentions come in order, never overlap, and longer expressions win."""
        text = "From January 15 to 17, then on Monday, last week and in 2023."
        found = find_times(text, published=WED)
        assert [m.text for m in found] == ["From January 15 to 17", "Monday", "last week", "2023"]
        assert all(a.end <= b.start for a, b in itertools.pairwise(found))

    def test_offsets_are_code_points_of_the_original(self):
        """ "İ" lowers to two characters; offsets still index the original text."""
        text = "İİİİ İstanbul said on Monday."
        m = one(text)
        assert text[m.start : m.end] == m.text == "Monday"

    def test_non_ascii_digits_and_letters(self):
        """Arabic-Indic digits are not digits; a letter glued to a word blocks it."""
        assert find_times("in ٢٠٢٣ and in 2023", published=WED)[0].text == "2023"
        assert find_times("éMonday Mondayé Monday\u0301", published=WED) == ()


ADVERSARIAL_UNITS = [
    "1",
    "(",
    "Mr. ",
    "from January 15 to ",
    "\x00",
    "\u2028",
    "e\u0301",
    "\u200f",
    "🚀",
    "\ud800",
    "May ",
    "2024-",
    "15-",
    "will ",
    " ",
]


class TestNeverRaises:
    @pytest.mark.parametrize("unit", ADVERSARIAL_UNITS)
    @pytest.mark.parametrize("published", [None, WED])
    def test_long_runs(self, unit, published):
        """100,000-character runs of awkward pieces return, with exact slices."""
        text = (unit * (100_000 // len(unit) + 1))[:100_000]
        for m in find_times(text, published=published):
            assert text[m.start : m.end] == m.text

    @pytest.mark.parametrize(
        "published", [None, WED, pendulum.Date(1, 1, 1), pendulum.Date(9999, 12, 31)]
    )
    def test_calendar_edges(self, published):
        """Dates near year 1 and 9999 never overflow."""
        text = "last week, next year, 100 years ago, tomorrow, yesterday, next summer, Monday"
        for m in find_times(text, published=published):
            assert text[m.start : m.end] == m.text

    @settings(max_examples=300, deadline=None)
    @given(
        st.lists(
            st.sampled_from(
                [
                    "January 15",
                    " to ",
                    "from ",
                    "between ",
                    " and ",
                    "-",
                    "2024",
                    " ",
                    ",",
                    ".",
                    "Mr. ",
                    "May",
                    "may",
                    "İ",
                    "\ud800",
                    "\x00",
                    "\u2028",
                    "\u0301",
                    "last ",
                    "next ",
                    "week",
                    "Monday",
                    "early ",
                    "mid-",
                    "late ",
                    "two ",
                    "days ago",
                    "in ",
                    "will ",
                    "said ",
                    "summer",
                    "the ",
                    "Today",
                    "around ",
                    "Jan.",
                    "Feb 29",
                    "1990s",
                    "this ",
                    "earlier ",
                    "month",
                    "year",
                ]
            )
            | st.text(max_size=5),
            max_size=25,
        ).map("".join),
        st.none() | st.dates().map(lambda d: pendulum.Date(d.year, d.month, d.day)),
    )
    def test_any_text(self, text, published):
        """Any string, any date: sorted, non-overlapping mentions that slice the text."""
        end = 0
        for m in find_times(text, published=published):
            assert text[m.start : m.end] == m.text
            assert m.start >= end
            end = m.end


def _label(entry: dict[str, object]) -> tuple[object, ...]:
    keys = ("start", "end", "text", "start_date", "end_date", "precision", "approximate")
    return tuple(entry[k] for k in keys)


def _predicted(m: TimeMention) -> tuple[object, ...]:
    start = m.when.start.isoformat() if m.when else None
    end = m.when.end.isoformat() if m.when else None
    return (m.start, m.end, m.text, start, end, m.precision, m.approximate)


def test_corpus_precision_and_recall():
    """times.jsonl: span, dates, precision and approximation must all match the labels."""
    hits = extras = misses = 0
    report: list[str] = []
    for line in CORPUS.read_text(encoding="utf-8").splitlines():
        record = json.loads(line)
        published = D(record["published"]) if record["published"] else None
        gold = {_label(t) for t in record["times"]}
        predicted = {_predicted(m) for m in find_times(record["text"], published=published)}
        hits += len(gold & predicted)
        report.extend(
            f"{record['id']} {kind}: {item[2]!r} {item}"
            for kind, items in (("extra", predicted - gold), ("miss", gold - predicted))
            for item in sorted(items, key=str)
        )
        extras += len(predicted - gold)
        misses += len(gold - predicted)
    precision = hits / (hits + extras) if hits + extras else 1.0
    recall = hits / (hits + misses) if hits + misses else 1.0
    print(f"times.jsonl: precision {precision:.3f}, recall {recall:.3f} ({hits} correct)")
    assert precision >= 0.95, "\n".join(report)
    assert recall >= 0.95, "\n".join(report)
