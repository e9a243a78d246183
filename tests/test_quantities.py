"""Tests for dipevents._quantities: each shape of quantity, what is not a quantity, input that
must not break the recognizer, and the score on the labelled corpus."""

from __future__ import annotations

import importlib.resources
import json
import pathlib
import subprocess
import sys
from decimal import Decimal

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from dipevents import _quantities as quantities
from dipevents._mentions import QuantityMention
from dipevents._quantities import find_quantities


HERE = pathlib.Path(__file__).resolve().parent
CORPUS = HERE / "corpus" / "recognizers" / "quantities.jsonl"
DEVSET = HERE.parents[1] / "shared" / "devset" / "sentences.jsonl"
LEXICON = importlib.resources.files("dipevents") / "data" / "lexicon"


def _one(text: str) -> QuantityMention:
    found = find_quantities(text)
    assert len(found) == 1, found
    return found[0]


def _read(text: str) -> list[tuple[str, str | None, str | None, str | None, str | None, str]]:
    """Each mention as (text, value, low, high, unit, qualifier), numbers as plain strings."""

    def plain(number: Decimal | None) -> str | None:
        return None if number is None else format(number, "f")

    return [
        (
            m.text,
            plain(m.quantity.value),
            plain(m.quantity.low),
            plain(m.quantity.high),
            m.quantity.unit,
            m.quantity.qualifier,
        )
        for m in find_quantities(text)
    ]


def _check_spans(text: str) -> tuple[QuantityMention, ...]:
    found = find_quantities(text)
    previous_end = 0
    for mention in found:
        assert 0 <= previous_end <= mention.start < mention.end <= len(text)
        assert text[mention.start : mention.end] == mention.text
        previous_end = mention.end
    return found


class TestNumerals:
    def test_thousands_separators_and_decimals_are_exact(self):
        """A numeral with separators and decimals ("12,500.75") is an exact Decimal."""
        mention = _one("The tanker unloaded 12,500.75 tonnes.")
        assert Decimal("12500.75") == mention.quantity.value
        assert isinstance(mention.quantity.value, Decimal)

    def test_a_scale_word_multiplies_exactly(self):
        """A scale word multiplies: "1.5 billion" is 1500000000, with no exponent or decimals."""
        mention = _one("Donors pledged 1.5 billion to the fund.")
        assert str(mention.quantity.value) == "1500000000"

    def test_scaling_keeps_every_digit(self):
        """A long decimal times a scale loses nothing to float rounding."""
        mention = _one("The bill came to 1.123456789123 trillion overall.")
        assert Decimal("1123456789123") == mention.quantity.value

    @pytest.mark.parametrize(
        ("text", "value"),
        [
            ("They seized 3bn worth.", "3000000000"),
            ("They seized 3 bn worth.", "3000000000"),
            ("Some 2 dozen boats.", "24"),
            ("They have 300 thousand men.", "300000"),
        ],
    )
    def test_scale_abbreviations_and_words_after_digits(self, text, value):
        """Scale abbreviations, glued or not, and scale words multiply the digits."""
        assert Decimal(value) == _one(text).quantity.value

    @pytest.mark.parametrize(
        "text",
        [
            "The code was 0530 that night.",  # a leading zero: a time or a code
            "Read 1,00 as a typo.",  # a malformed group
            "Version 1.2.3 shipped.",  # a version, not a number
            "Serial 1234567890123456789012 found.",  # too many digits for a quantity
        ],
    )
    def test_numerals_that_are_not_numbers(self, text):
        """Leading zeros, malformed groups, versions and very long digit runs are skipped."""
        assert find_quantities(text) == ()


class TestNumberWords:
    @pytest.mark.parametrize(
        ("text", "value"),
        [
            ("Twenty-five countries joined.", 25),
            ("Thirty two nations joined.", 32),
            ("Four hundred thousand residents lost power.", 400000),
            ("They freed one hundred and fifty prisoners.", 150),
            ("Two million people need aid.", 2000000),
            ("The army lost a dozen tanks.", 12),
            ("Only two dozen tanks remain.", 24),
            ("It got a pair of radar systems.", 2),
            ("It sank half a dozen ships.", 6),
            ("It ordered a million shells.", 1000000),
            ("It bought a hundred drones.", 100),
        ],
    )
    def test_number_words_combine(self, text, value):
        """Units, tens, hundreds, scales, "a dozen" and "a pair of" build exact values."""
        mention = _one(text)
        assert Decimal(value) == mention.quantity.value
        assert mention.quantity.qualifier == "exact"

    def test_a_before_a_noun_is_not_a_number(self):
        """An article ("a", "an") before a counted noun is not a quantity."""
        assert find_quantities("An aircraft carrier and a destroyer sailed.") == ()

    def test_one_alone_is_a_pronoun(self):
        """The pronoun in "one of" and "no one" is no quantity; "one warship" is."""
        assert find_quantities("No one was hurt in one of the largest raids.") == ()
        assert _read("Only one warship stayed.") == [
            ("one warship", "1", None, None, "warship", "exact")
        ]

    def test_two_words_of_the_same_rank_do_not_combine(self):
        """Two words of the same rank ("two three") are two numbers, not 23 or 5."""
        assert [value for _, value, *_ in _read("Count two three.")] == ["2", "3"]


class TestOrdersOfMagnitude:
    @pytest.mark.parametrize(
        ("phrase", "value"),
        [
            ("Dozens of", 24),
            ("Hundreds of", 200),
            ("Thousands of", 2000),
            ("Tens of thousands of", 20000),
            ("Hundreds of thousands of", 200000),
        ],
    )
    def test_vague_phrases_are_about_twice_the_unit(self, phrase, value):
        """The docs' values, with qualifier "about" and the noun after "of" as unit."""
        mention = _one(f"{phrase} soldiers crossed the river.")
        assert (f"{phrase} soldiers", Decimal(value), "soldiers", "about") == (
            mention.text,
            mention.quantity.value,
            mention.quantity.unit,
            mention.quantity.qualifier,
        )

    def test_a_vague_phrase_needs_a_noun(self):
        """Without a counted noun after it, "thousands of" is not a quantity."""
        assert find_quantities("Thousands of them left.") == ()


class TestQualifiers:
    @pytest.mark.parametrize(
        ("words", "qualifier"),
        [
            ("about", "about"),
            ("Some", "about"),
            ("roughly", "about"),
            ("An estimated", "about"),
            ("nearly", "about"),
            ("more than", "more_than"),
            ("Over", "more_than"),
            ("in excess of", "more_than"),
            ("at least", "at_least"),
            ("No fewer than", "at_least"),
            ("less than", "less_than"),
            ("under", "less_than"),
            ("at most", "at_most"),
            ("up to", "at_most"),
            ("as many as", "at_most"),
            ("No more than", "at_most"),
        ],
    )
    def test_qualifier_phrases(self, words, qualifier):
        """Each phrase gives its qualifier and is part of the span."""
        mention = _one(f"They saw {words} 40 drones.")
        assert (f"{words} 40 drones", qualifier) == (mention.text, mention.quantity.qualifier)

    def test_a_qualifier_without_a_number_is_nothing(self):
        """Qualifier words ("up to", "some") without a number are nothing."""
        assert find_quantities("It is up to some analysts.") == ()

    def test_qualifier_before_a_dozen(self):
        """A qualifier before "a dozen" applies to 12."""
        assert _read("More than a dozen ships sank.") == [
            ("More than a dozen ships", "12", None, None, "ships", "more_than")
        ]


class TestRanges:
    @pytest.mark.parametrize(
        ("text", "span", "low", "high", "unit"),
        [
            (
                "It holds between 10 and 20 missiles.",
                "between 10 and 20 missiles",
                10,
                20,
                "missiles",
            ),
            ("They fired 10-20 drones.", "10-20 drones", 10, 20, "drones"),
            ("They fired 10\u201320 drones.", "10\u201320 drones", 10, 20, "drones"),
            ("It gets 10 to 20 howitzers.", "10 to 20 howitzers", 10, 20, "howitzers"),
            ("It moved two to three brigades.", "two to three brigades", 2, 3, "brigades"),
            ("It moved two or three brigades.", "two or three brigades", 2, 3, "brigades"),
            ("It makes 2,000 to 3,000 tonnes.", "2,000 to 3,000 tonnes", 2000, 3000, "t"),
            ("Polls show between 15% and 20%.", "between 15% and 20%", 15, 20, "%"),
        ],
    )
    def test_range_forms(self, text, span, low, high, unit):
        """Every documented range form sets low and high, no value, qualifier range."""
        mention = _one(text)
        quantity = mention.quantity
        assert (span, None, Decimal(low), Decimal(high), unit, "range") == (
            mention.text,
            quantity.value,
            quantity.low,
            quantity.high,
            quantity.unit,
            quantity.qualifier,
        )

    def test_a_scale_after_the_second_end_applies_to_both(self):
        """A scale after the second end applies to both ("1 to 2 million", "$2-3bn")."""
        assert _read("They want 1 to 2 million shells and $2-3bn.") == [
            ("1 to 2 million shells", None, "1000000", "2000000", "shells", "range"),
            ("$2-3bn", None, "2000000000", "3000000000", "USD", "range"),
        ]

    def test_money_ranges_with_signs_on_both_ends(self):
        """A range with a currency sign on both ends is one range in that currency."""
        assert _read("It is valued at between $2 billion and $3 billion.") == [
            ("between $2 billion and $3 billion", None, "2000000000", "3000000000", "USD", "range")
        ]

    def test_from_x_to_y_is_a_change_not_a_range(self):
        """The words "from 500 to 300" give two quantities."""
        assert [m.text for m in find_quantities("Cut from 500 to 300 troops.")] == [
            "500",
            "300 troops",
        ]

    @pytest.mark.parametrize("text", ["The vote was 15-0.", "It won 3-1 at home."])
    def test_a_falling_pair_is_a_score(self, text):
        """A pair whose first number is not the lower one is no range and no quantity."""
        assert find_quantities(text) == ()


class TestMoney:
    @pytest.mark.parametrize(
        ("text", "span", "value", "unit"),
        [
            ("It sent $1.5 billion in aid.", "$1.5 billion", "1500000000", "USD"),
            ("Japan pledged US$200 million.", "US$200 million", "200000000", "USD"),
            ("The EU gave \u20ac40 million.", "\u20ac40 million", "40000000", "EUR"),
            ("London spent \u00a33bn on it.", "\u00a33bn", "3000000000", "GBP"),
            ("They paid $300m for it.", "$300m", "300000000", "USD"),
            ("They paid $650,000 for it.", "$650,000", "650000", "USD"),
            ("Seoul lent 500 million dollars.", "500 million dollars", "500000000", "USD"),
            ("Berlin gave 20 million euros.", "20 million euros", "20000000", "EUR"),
            ("Moscow set aside 10 billion roubles.", "10 billion roubles", "10000000000", "RUB"),
            ("Beijing lent 5 billion yuan.", "5 billion yuan", "5000000000", "CNY"),
            ("Tokyo spent 300 billion yen.", "300 billion yen", "300000000000", "JPY"),
            ("Seoul spent 500 billion won.", "500 billion won", "500000000000", "KRW"),
            ("It cost USD 5 million.", "USD 5 million", "5000000", "USD"),
            ("It cost 7 million EUR.", "7 million EUR", "7000000", "EUR"),
        ],
    )
    def test_currency_signs_codes_and_names(self, text, span, value, unit):
        """Signs, codes and currency names give the ISO 4217 code as unit."""
        mention = _one(text)
        assert (span, Decimal(value), unit) == (
            mention.text,
            mention.quantity.value,
            mention.quantity.unit,
        )

    def test_ambiguous_currency_names_need_a_scale(self):
        """The names "won" and "pounds" are currencies only after a scale word."""
        assert _read("It weighs 500 pounds.") == [
            ("500 pounds", "500", None, None, "pounds", "exact")
        ]
        assert _read("They paid 20 million pounds.") == [
            ("20 million pounds", "20000000", None, None, "GBP", "exact")
        ]

    def test_a_parenthesis_restating_money_is_part_of_it(self):
        """A parenthesis restating an amount in another currency is part of it."""
        mention = _one("They pledged $4bn (\u00a33.1bn) to the fund.")
        assert (mention.text, mention.quantity.unit) == ("$4bn (\u00a33.1bn)", "USD")


class TestMeasures:
    @pytest.mark.parametrize(
        ("text", "span", "unit"),
        [
            ("It has a range of 5,500 km.", "5,500 km", "km"),
            ("It flew 1,100 kilometers.", "1,100 kilometers", "km"),
            ("It was shot down 20 miles away.", "20 miles", "mi"),
            ("The wall is 8 metres high.", "8 metres", "m"),
            ("The bomb weighed 250 kilograms.", "250 kilograms", "kg"),
            ("It displaces 45,000 metric tons.", "45,000 metric tons", "t"),
            ("Output fell by 500,000 barrels.", "500,000 barrels", "bbl"),
            ("Each truck carries 30,000 litres.", "30,000 litres", "l"),
            ("It holds 182.3kg of uranium.", "182.3kg of uranium", "kg"),
        ],
    )
    def test_measure_units(self, text, span, unit):
        """Length, mass and volume get their short unit."""
        mention = _one(text)
        assert (span, unit) == (mention.text, mention.quantity.unit)

    def test_a_parenthesis_restating_the_value_is_one_quantity(self):
        """A parenthesis restating a measure in other units is part of it, unit of the first."""
        mention = _one("The missile flew 900 kilometres (550 miles) before landing.")
        assert ("900 kilometres (550 miles)", Decimal(900), "km") == (
            mention.text,
            mention.quantity.value,
            mention.quantity.unit,
        )

    def test_a_parenthesis_in_another_kind_of_unit_is_not_a_restatement(self):
        """A percentage in parentheses after a length is a separate quantity."""
        assert [m.text for m in find_quantities("It moved 40 km (3%) east.")] == ["40 km", "3%"]

    def test_mass_and_volume_take_their_of_phrase(self):
        """A mass or volume takes its "of" phrase in its span and keeps its short unit."""
        assert _read("The ship carried 2,000 tonnes of wheat to the port.") == [
            ("2,000 tonnes of wheat", "2000", None, None, "t", "exact")
        ]

    def test_m_is_million_before_a_noun_and_metres_otherwise(self):
        """The letter m is million before a counted noun and metres otherwise."""
        assert _read("Some 1.5m people fled. It flew at 300 m when hit.") == [
            ("Some 1.5m people", "1500000", None, None, "people", "about"),
            ("300 m", "300", None, None, "m", "exact"),
        ]


class TestPercent:
    @pytest.mark.parametrize(
        ("text", "span", "value"),
        [
            ("Spending rose 40% last year.", "40%", "40"),
            ("Imports fell 40 percent.", "40 percent", "40"),
            ("Turnout was 67.3 per cent.", "67.3 per cent", "67.3"),
            ("The economy shrank 0.5%.", "0.5%", "0.5"),
        ],
    )
    def test_percent_forms(self, text, span, value):
        """The sign and the words give unit "%"."""
        mention = _one(text)
        assert (span, Decimal(value), "%") == (
            mention.text,
            mention.quantity.value,
            mention.quantity.unit,
        )

    def test_the_of_phrase_after_a_percentage_is_not_taken(self):
        """A percentage ends at its sign: the "of" phrase after it is not taken."""
        assert _read("Members agreed to spend at least 2% of GDP.") == [
            ("at least 2%", "2", None, None, "%", "at_least")
        ]


class TestCountedNouns:
    @pytest.mark.parametrize(
        ("text", "span", "unit"),
        [
            (
                "Russia fired 1,000 artillery rounds at the city.",
                "1,000 artillery rounds",
                "artillery rounds",
            ),
            ("Washington will send 31 Abrams tanks to Kyiv.", "31 Abrams tanks", "abrams tanks"),
            ("It bought 24 F-16 jets.", "24 F-16 jets", "f-16 jets"),
            ("It bought 19 F-16s in batches.", "19 F-16s", "f-16s"),
            (
                "They fired two short-range ballistic missiles on Monday.",
                "two short-range ballistic missiles",
                "short-range ballistic missiles",
            ),
            (
                "Up to 8,000 Kurdish refugees crossed.",
                "Up to 8,000 Kurdish refugees",
                "kurdish refugees",
            ),
            ("Thousands of Ukrainians fled.", "Thousands of Ukrainians", "ukrainians"),
            ("Hamas freed 4 Israelis.", "4 Israelis", "israelis"),
            ("Germany sent 12 Leopard 2 tanks.", "12 Leopard 2 tanks", "leopard 2 tanks"),
            ("It sent 300 U.S. soldiers.", "300 U.S. soldiers", "u.s. soldiers"),
        ],
    )
    def test_the_counted_noun_phrase_is_the_unit(self, text, span, unit):
        """Lower-case and hyphenated words, names and model names before the head noun."""
        mention = _one(text)
        assert (span, unit) == (mention.text, mention.quantity.unit)

    @pytest.mark.parametrize(
        ("text", "span", "unit"),
        [
            (
                "Customs seized 12 containers of military equipment at the port.",
                "12 containers of military equipment",
                "containers of military equipment",
            ),
            (
                "Aid groups had 150 truckloads of humanitarian aid waiting.",
                "150 truckloads of humanitarian aid",
                "truckloads of humanitarian aid",
            ),
            (
                "Dozens of containers of ammunition arrived.",
                "Dozens of containers of ammunition",
                "containers of ammunition",
            ),
            (
                "They sent two batches of Storm Shadow missiles so far.",
                "two batches of Storm Shadow missiles",
                "batches of storm shadow missiles",
            ),
            (
                "Guards found 400 crates of ammunition hidden in a lorry.",
                "400 crates of ammunition",
                "crates of ammunition",
            ),
        ],
    )
    def test_a_container_noun_takes_its_of_phrase(self, text, span, unit):
        """Containers, shipments, truckloads... keep what they hold."""
        mention = _one(text)
        assert (span, unit) == (mention.text, mention.quantity.unit)

    @pytest.mark.parametrize(
        ("text", "span"),
        [
            ("At least 14 people were killed.", "At least 14 people"),
            ("Two million people need food aid.", "Two million people"),
            ("Under 40 aircraft remain operational.", "Under 40 aircraft"),
            ("The two countries signed deals.", "two countries"),
            ("Only one warship remained in port.", "one warship"),
            ("Sixty men charged with spying fled.", "Sixty men"),
            ("Thousands of people burned tyres.", "Thousands of people"),
            ("Some 40 aircraft carriers exist.", "Some 40 aircraft carriers"),
            ("It has 40 light armoured vehicles.", "40 light armoured vehicles"),
        ],
    )
    def test_the_phrase_ends_before_verbs_and_function_words(self, text, span):
        """Stop words, verbs in -ed after a head noun, and plural heads end the phrase."""
        assert span == _one(text).text

    @pytest.mark.parametrize(
        ("text", "span"),
        [
            ("The death toll rose to 42, officials said.", "42"),
            ("Of 15 members, 13 voted in favour.", "13"),
            ("They freed 105 and 136 remained in captivity.", "136"),
        ],
    )
    def test_a_number_without_a_noun_has_no_unit(self, text, span):
        """A bare number is a quantity with unit None."""
        mention = find_quantities(text)[-1]
        assert (span, None) == (mention.text, mention.quantity.unit)


class TestNotQuantities:
    @pytest.mark.parametrize(
        "text",
        [
            "The talks resumed in 2023, officials said.",
            "The 2025 budget and the 2024-2025 plan were debated.",
            "Prices were compared between 2004 and 2012.",
            "The deal was signed on January 15 and renewed on 3 March.",
            "The deadline passed on Jan. 15 at noon.",
            "It flew Su-35 and F-16 jets, fired a KN-23 and a Hwasong-17.",
            "Turkey bought the S-400 system.",
            "Iran violated Resolution 2231 and Article 5 of the treaty.",
            "It was the second test and the 21st round.",
            "The missiles were fired at 10 a.m. local time.",
            "The meeting started at 14:30 and ended at 0530 GMT.",
            "A 45-year-old diplomat was expelled.",
            "A diplomat, aged 45, was expelled; the man was 45 years old.",
            "A placard reading \u0661\u0662 was held up.",
            "Call the hotline on +48 22 504 2000 today.",
            "The G7 and G20 met after flight MH17 fell.",
            "Several drones and many ships were seen in the 1990s.",
            "Channel Four said Apollo 11 landed.",
            "See item (3) below.",
            "Jo Smith, 24, said so.",
            "A 10-day truce let an 800-strong force start a five-year term.",
            "Only one third of the budget was spent.",
            "The vote was 15-0 in favour.",
        ],
    )
    def test_no_quantity(self, text):
        """Years, dates, names with numbers, identifiers, ordinals, times, ages, phone
        numbers, other scripts and list markers are not quantities."""
        assert find_quantities(text) == ()

    def test_a_year_with_a_counted_noun_in_count_position_is_a_count(self):
        """A four-digit number followed by a counted noun, and not after "the"/"in", counts."""
        assert _read("The army lost 2024 soldiers in 2024.") == [
            ("2024 soldiers", "2024", None, None, "soldiers", "exact")
        ]

    def test_a_model_name_inside_a_counted_phrase_is_not_counted_again(self):
        """A model name inside a counted phrase ("T-72") is not counted, nor read as tonnes."""
        assert _read("Poland sent more than 200 T-72 tanks.") == [
            ("more than 200 T-72 tanks", "200", None, None, "t-72 tanks", "more_than")
        ]


class TestOffsets:
    @pytest.mark.parametrize(
        "prefix",
        [
            "\u0130stanbul: ",
            "Stra\u00dfe ",
            "\U0001f680 ",
            "\U0001f1fa\U0001f1e6 ",
            "e\u0301 ",
            "\u200f",
        ],
    )
    def test_offsets_are_str_indices_of_the_original_text(self, prefix):
        """Characters that change length when case-folded, emoji and marks keep offsets right."""
        text = prefix + "Ankara will buy 40 Eurofighter jets."
        mention = _one(text)
        assert "40 Eurofighter jets" == text[mention.start : mention.end] == mention.text
        assert len(prefix) + 16 == mention.start

    def test_spaces_other_than_ascii_join_a_number_and_its_unit(self):
        """A no-break space between number and unit still makes one quantity."""
        assert _one("It flew 900\u00a0km east.").text == "900\u00a0km"

    def test_a_paragraph_break_ends_a_phrase(self):
        """Two line breaks between the number and a noun keep them apart."""
        assert _read("It counted 40\n\ndrones.") == [("40", "40", None, None, None, "exact")]

    @pytest.mark.parametrize(
        ("text", "expected"),
        [
            ("40\u0661 drones", []),
            ("5\u0301 tanks", []),
            ("\u0661 40 drones", ["40 drones"]),
        ],
    )
    def test_numbers_glued_to_other_scripts_or_marks_are_skipped(self, text, expected):
        """A digit run touching a digit of another script or a combining mark is no number."""
        assert expected == [m.text for m in find_quantities(text)]


ADVERSARIAL = [
    "\u0130",
    "\u00df",
    "\u00b2",
    "\u0663",
    "\u200b",
    "\u200f",
    "\u2028",
    "\x85",
    "\x00",
    "\r\n",
    "\xa0",
    "\U0001f44d",
    "e\u0301",
    "\ud800",
    "\udfff",
    "1",
    "1,",
    "1.",
    "12,500.75",
    "$",
    "US$",
    "\u20ac",
    "%",
    "(",
    ")",
    "-",
    "\u2013",
    " ",
    "one",
    "twenty-five",
    "hundred",
    "million",
    "bn",
    "m",
    "a",
    "dozen",
    "dozens of",
    "between",
    "and",
    "to",
    "or",
    "from",
    "more than",
    "No.",
    "Jan.",
    "January",
    "Leopard",
    "tanks",
    "containers of",
    "km",
    "tonnes of",
    "2024",
    "15-0",
    "a.m.",
    "aged",
    "+",
    "/",
    ":",
]


class TestNeverRaises:
    @settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
    @given(
        st.lists(st.sampled_from(ADVERSARIAL), max_size=40).map(" ".join)
        | st.lists(st.sampled_from(ADVERSARIAL), max_size=40).map("".join)
        | st.text(st.characters(codec=None, exclude_categories=()), max_size=300)
    )
    @example("")
    @example("\ud800 12 tanks \udfff")
    @example("1,1,1,1 $1$1 ((((5 km (((")
    def test_any_string_gives_well_formed_mentions(self, text):
        """Every str, lone surrogates included, returns sorted mentions whose text slices."""
        _check_spans(text)

    @pytest.mark.parametrize("unit", ["1", "1,", "$1", "(", "one ", "1 ", "dozens of ", "5 km ("])
    def test_long_runs_return(self, unit):
        """100,000-character runs of one piece return, with spans that slice correctly."""
        text = unit * (100_000 // len(unit))
        _check_spans(text)

    @pytest.mark.parametrize(("block", "margin"), [(1, 1024), (5, 1024), (3, 80)])
    def test_reading_through_a_small_window_changes_nothing(self, monkeypatch, block, margin):
        """The text is read a window of tokens at a time; any window gives the same result."""
        text = " ".join(
            [
                "Russia fired more than 1,000 artillery rounds at the city.",
                "Donors gave between $2 billion and $3 billion, and 900 kilometres (550 miles).",
                "one hundred and fifty thousand two hundred and five troops crossed",
                "12 containers of military equipment; 10-20 drones; Resolution 2231 (3)",
            ]
            * 20
        )
        expected = find_quantities(text)
        monkeypatch.setattr(quantities, "_BLOCK", block)
        monkeypatch.setattr(quantities, "_MARGIN", margin)
        assert expected == find_quantities(text)
        assert len(expected) == 120  # six quantities in each of the 20 repetitions

    def test_a_non_string_is_a_type_error(self):
        """Only str is accepted."""
        with pytest.raises(TypeError, match="str"):
            find_quantities(b"12 tanks")  # type: ignore[arg-type]

    @pytest.mark.skipif(not DEVSET.exists(), reason="the shared development set is not here")
    def test_real_sentences_give_well_formed_mentions(self):
        """The development set's sentences (read, never copied) all scan cleanly."""
        for line in DEVSET.read_text(encoding="utf-8").split("\n"):
            if line.strip():
                _check_spans(json.loads(line)["text"])


class TestLexicon:
    @pytest.mark.parametrize("name", ["quantities.tsv", "units.tsv", "quantities_context.tsv"])
    def test_each_file_documents_its_columns_and_is_tab_separated(self, name):
        """A "#" comment header, then a header row, then rows with no more cells than it."""
        lines = (LEXICON / name).read_text(encoding="utf-8").split("\n")
        assert lines[0].startswith(f"# {name}:")
        rows = [line for line in lines if line.strip() and not line.startswith("#")]
        header = rows[0].split("\t")
        assert "Columns:" in "\n".join(lines[: lines.index(rows[0])])
        assert all(len(row.split("\t")) <= len(header) for row in rows)

    def test_the_lexicon_is_read_on_first_use_not_on_import(self):
        """Importing the module reads no file and compiles no table."""
        code = (
            "import dipevents._quantities as q; a = q._lexicon.cache_info().currsize; "
            "q.find_quantities('5 km'); print(a, q._lexicon.cache_info().currsize)"
        )
        result = subprocess.run(
            [sys.executable, "-c", code], capture_output=True, text=True, check=True
        )
        assert result.stdout.strip() == "0 1"


# --- the labelled corpus -----------------------------------------------------------------------

_Key = tuple[int, int, str, Decimal | None, Decimal | None, Decimal | None, str | None, str]


def _label_key(label: dict[str, object]) -> _Key:
    def number(name: str) -> Decimal | None:
        raw = label[name]
        return None if raw is None else Decimal(str(raw))

    return (
        int(str(label["start"])),
        int(str(label["end"])),
        str(label["text"]),
        number("value"),
        number("low"),
        number("high"),
        label["unit"] if label["unit"] is None else str(label["unit"]),
        str(label["qualifier"]),
    )


def _mention_key(mention: QuantityMention) -> _Key:
    q = mention.quantity
    return (mention.start, mention.end, mention.text, q.value, q.low, q.high, q.unit, q.qualifier)


def test_corpus_precision_and_recall():
    """On quantities.jsonl, a prediction counts when span, numbers, unit and qualifier all
    equal the label; precision and recall must both be at least 0.95."""
    records = [
        json.loads(line) for line in CORPUS.read_text(encoding="utf-8").split("\n") if line.strip()
    ]
    correct = predicted = expected = 0
    misses: list[str] = []
    extras: list[str] = []
    for record in records:
        text = record["text"]
        for label in record["quantities"]:
            assert text[label["start"] : label["end"]] == label["text"], record["id"]
        labels = {_label_key(label) for label in record["quantities"]}
        found = {_mention_key(m) for m in find_quantities(text)}
        correct += len(labels & found)
        predicted += len(found)
        expected += len(labels)
        misses += [
            f"{record['id']} missed {k}  in: {text}" for k in sorted(labels - found, key=str)
        ]
        extras += [f"{record['id']} extra {k}  in: {text}" for k in sorted(found - labels, key=str)]
    precision = correct / predicted if predicted else 1.0
    recall = correct / expected if expected else 1.0
    print(f"quantities corpus: precision {precision:.3f}, recall {recall:.3f}")
    report = "\n".join(misses + extras)
    assert precision >= 0.95, f"precision {precision:.3f}\n{report}"
    assert recall >= 0.95, f"recall {recall:.3f}\n{report}"
