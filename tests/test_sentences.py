"""The sentence splitter: each rule, the invariants on any string, and the labelled corpus."""

from __future__ import annotations

import json
import pathlib
import subprocess
import sys

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from dipevents._mentions import Sentence
from dipevents._sentences import _lexicon, _parse_lexicon, split_sentences


CORPUS = pathlib.Path(__file__).parent / "corpus" / "recognizers" / "sentences.jsonl"
LINE_BREAKS = "\n\r\x0b\x0c\x1c\x1d\x1e\x85\u2028\u2029"


def texts(text: str) -> list[str]:
    return [s.text for s in split_sentences(text)]


def check_invariants(text: str, sentences: tuple[Sentence, ...]) -> None:
    """Assert what split_sentences promises for every input."""
    assert isinstance(sentences, tuple)
    covered = [False] * len(text)
    previous_end = 0
    for s in sentences:
        assert isinstance(s, Sentence)
        assert previous_end <= s.start < s.end <= len(text)
        assert text[s.start : s.end] == s.text
        assert s.text == s.text.strip()
        assert not any(c in LINE_BREAKS for c in s.text)
        for i in range(s.start, s.end):
            covered[i] = True
        previous_end = s.end
    uncovered = [i for i, c in enumerate(text) if not c.isspace() and not covered[i]]
    assert uncovered == []


class TestAbbreviations:
    @pytest.mark.parametrize(
        "title", ["Mr.", "Mrs.", "Dr.", "Gen.", "Lt.", "Col.", "Sen.", "Rep.", "Gov.", "St."]
    )
    def test_title_never_ends_a_sentence(self, title):
        """A title before a name, or even before a typical sentence starter, never splits."""
        assert [f"The envoy met {title} The Hague official."] == texts(
            f"The envoy met {title} The Hague official."
        )

    def test_titles_in_a_row(self):
        """Lt. Gen. Name stays in one sentence."""
        assert texts("Lt. Gen. Kim inspected the units. Col. Park went too.") == [
            "Lt. Gen. Kim inspected the units.",
            "Col. Park went too.",
        ]

    def test_all_capitals_title(self):
        """A title written in capitals ("GEN.") is still a title."""
        assert texts("GEN. KIM ARRIVES IN MANILA") == ["GEN. KIM ARRIVES IN MANILA"]

    @pytest.mark.parametrize("abbr", ["U.S.", "U.K.", "U.N.", "U.S.S.R.", "D.P.R.K.", "etc."])
    def test_may_end_splits_before_a_sentence_starter(self, abbr):
        """A commonly sentence-final abbreviation ends a sentence before "The"."""
        assert [f"Arms went to the {abbr}", "The deal closed."] == texts(
            f"Arms went to the {abbr} The deal closed."
        )

    @pytest.mark.parametrize("abbr", ["U.S.", "U.K.", "U.N.", "U.S.S.R.", "D.P.R.K.", "Inc."])
    def test_may_end_does_not_split_before_other_capitalised_words(self, abbr):
        """Before a capitalised word that is not a typical starter, it does not."""
        assert [f"The {abbr} Navy said so."] == texts(f"The {abbr} Navy said so.")

    @pytest.mark.parametrize("abbr", ["Inc.", "Corp.", "Co.", "Ltd.", "etc."])
    def test_company_and_etc_before_lower_case(self, abbr):
        """Before a lower-case word nothing ends."""
        assert [f"Raytheon {abbr} said it would deliver."] == texts(
            f"Raytheon {abbr} said it would deliver."
        )

    def test_company_suffix_ends_sentence(self):
        """'Corp.' at the end of a sentence, before 'Its', splits."""
        assert texts("The contract went to General Dynamics Corp. Its value is secret.") == [
            "The contract went to General Dynamics Corp.",
            "Its value is secret.",
        ]

    @pytest.mark.parametrize("month", ["Jan.", "Feb.", "Aug.", "Sept.", "Oct.", "Nov.", "Dec."])
    def test_month_before_a_day(self, month):
        """A month abbreviation before a number never splits."""
        assert [f"Talks began on {month} 14 in Geneva."] == texts(
            f"Talks began on {month} 14 in Geneva."
        )

    def test_number_abbreviation(self):
        """'No. 2' is not a boundary, but the period after a number is."""
        assert texts("He is the No. 2 official. He quit.") == [
            "He is the No. 2 official.",
            "He quit.",
        ]

    def test_vs_and_eg(self):
        """'vs.' and 'e.g.' never end a sentence."""
        assert texts("Russia vs. Ukraine: heavy arms, e.g. Tanks, are excluded.") == [
            "Russia vs. Ukraine: heavy arms, e.g. Tanks, are excluded."
        ]

    def test_unlisted_dotted_acronym_behaves_like_may_end(self):
        """An acronym with periods that is not in the lexicon splits only before a starter."""
        assert texts("The N.A.T.O. Summit opened. It ended at 4 p.m. The leaders left.") == [
            "The N.A.T.O. Summit opened.",
            "It ended at 4 p.m.",
            "The leaders left.",
        ]

    def test_all_capitals_may_end(self):
        """'CALIF.' is 'Calif.', but a two-letter capital 'PA.' is an acronym, not 'Pa.'."""
        assert texts("SAN DIEGO, CALIF. - Ships left. Talks with the PA. Israeli envoys left.") == [
            "SAN DIEGO, CALIF. - Ships left.",
            "Talks with the PA.",
            "Israeli envoys left.",
        ]

    def test_ordinary_word_followed_by_capital_splits(self):
        """A plain word before a period ends a sentence before any capitalised word."""
        assert texts("Moscow denied it. Kyiv insisted.") == ["Moscow denied it.", "Kyiv insisted."]


class TestInitials:
    def test_middle_initial(self):
        """'George W. Bush' is one name."""
        assert texts("George W. Bush met Putin. They spoke.") == [
            "George W. Bush met Putin.",
            "They spoke.",
        ]

    def test_several_initials(self):
        """'J. R. R. Tolkien' is one name."""
        assert texts("A book by J. R. R. Tolkien was a gift.") == [
            "A book by J. R. R. Tolkien was a gift."
        ]

    def test_single_letter_before_a_starter_ends(self):
        """'Plan B. The' ends a sentence."""
        assert texts("There is no Plan B. The talks must work.") == [
            "There is no Plan B.",
            "The talks must work.",
        ]


class TestNumbers:
    def test_decimals_do_not_split(self):
        """A period between digits is part of the number."""
        assert texts("The deal is worth $1.5 billion and 3.14 percent more. Next.") == [
            "The deal is worth $1.5 billion and 3.14 percent more.",
            "Next.",
        ]

    def test_sentence_starting_with_a_number(self):
        """After a plain word, a number may start the next sentence."""
        assert texts("The treaty was signed in 1987. 2,692 missiles went.") == [
            "The treaty was signed in 1987.",
            "2,692 missiles went.",
        ]

    def test_list_number_at_sentence_start(self):
        """'1.' at the start of a sentence is a list marker, not a sentence."""
        assert texts("1. Withdrawal of troops. 2. An end to the blockade.") == [
            "1. Withdrawal of troops.",
            "2. An end to the blockade.",
        ]


class TestEllipses:
    @pytest.mark.parametrize("ellipsis", ["...", "\u2026", ". . ."])
    def test_ellipsis_before_capital_ends(self, ellipsis):
        """An ellipsis before a capitalised word ends a sentence."""
        assert [f"We will respond {ellipsis}", "We will."] == texts(
            f"We will respond {ellipsis} We will."
        )

    @pytest.mark.parametrize("ellipsis", ["...", "\u2026", ". . ."])
    def test_ellipsis_before_lower_case_goes_on(self, ellipsis):
        """An ellipsis before a lower-case word does not."""
        assert [f"The offer was {ellipsis} generous."] == texts(
            f"The offer was {ellipsis} generous."
        )

    def test_ellipsis_before_number_goes_on(self):
        """An ellipsis before a number does not end a sentence."""
        assert texts("Troops numbered... 30,000 in all.") == ["Troops numbered... 30,000 in all."]


class TestQuotesAndBrackets:
    def test_closing_quote_stays_with_its_sentence(self):
        """'he said." Next' splits after the closing quote."""
        assert texts('He said: "It is over." Next came talks.') == [
            'He said: "It is over."',
            "Next came talks.",
        ]

    def test_curly_quotes(self):
        """Typographic quotes work like straight ones."""
        assert texts("He said \u201cno.\u201d \u201cNever,\u201d she added.") == [
            "He said \u201cno.\u201d",
            "\u201cNever,\u201d she added.",
        ]

    def test_question_in_quotes_before_lower_case(self):
        """'"Why?" he asked' is one sentence."""
        assert texts('"Why now?" he asked.') == ['"Why now?" he asked.']

    def test_opening_quote_starts_next_sentence(self):
        """A sentence that opens with a quote starts at the quote."""
        assert texts('He left. "We are ready."') == ["He left.", '"We are ready."']

    def test_parenthesised_sentence(self):
        """A whole sentence in brackets is a sentence, with its brackets."""
        assert texts("It runs. (It did not say how.) Inspectors left.") == [
            "It runs.",
            "(It did not say how.)",
            "Inspectors left.",
        ]

    def test_abbreviation_inside_brackets(self):
        """'(U.S.)' before a lower-case word does not split."""
        assert texts("The United States (U.S.) said no.") == ["The United States (U.S.) said no."]


class TestMarks:
    def test_question_and_exclamation(self):
        """'?' and '!' end sentences before a capitalised word."""
        assert texts("Will it work? Nobody knows! Talks go on.") == [
            "Will it work?",
            "Nobody knows!",
            "Talks go on.",
        ]

    def test_mark_inside_token_is_not_a_boundary(self):
        """No whitespace after the period: 'U.S.-led', 'Yahoo!News', 'a.b' are not boundaries."""
        assert texts("The U.S.-led coalition and Yahoo!News.Com left.") == [
            "The U.S.-led coalition and Yahoo!News.Com left."
        ]


class TestLines:
    def test_headline_without_period(self):
        """A headline line without a final period is its own sentence."""
        assert texts("Iran rejects IAEA resolution\n\nTehran said so on Monday.") == [
            "Iran rejects IAEA resolution",
            "Tehran said so on Monday.",
        ]

    def test_dateline_stays_with_its_sentence(self):
        """'SEOUL, Jan 14 (Yonhap) --' stays with the sentence that follows on its line."""
        text = "SEOUL, Jan 14 (Yonhap) -- North Korea fired a missile. It fell into the sea."
        assert texts(text) == [
            "SEOUL, Jan 14 (Yonhap) -- North Korea fired a missile.",
            "It fell into the sea.",
        ]

    def test_dateline_with_state_abbreviation(self):
        """'ARLINGTON, Va. (Reuters) -' does not split at 'Va.'."""
        assert texts("ARLINGTON, Va. (Reuters) - Troops left.") == [
            "ARLINGTON, Va. (Reuters) - Troops left."
        ]

    @pytest.mark.parametrize("brk", ["\n", "\r\n", "\r", "\u2028", "\u2029", "\x85", "\n\n"])
    def test_every_line_break_ends_a_sentence(self, brk):
        """Any line break ends a sentence, even after a title."""
        assert texts(f"Talks with Mr.{brk}Kim ended") == ["Talks with Mr.", "Kim ended"]

    def test_crlf_offsets(self):
        """With \\r\\n the offsets still point into the original text."""
        text = "One.\r\nTwo.\r\n"
        assert [(s.start, s.end) for s in split_sentences(text)] == [(0, 4), (6, 10)]

    def test_surrounding_whitespace_is_stripped(self):
        """Leading and trailing whitespace is outside every sentence."""
        assert [(s.start, s.end) for s in split_sentences("  Talks on \t\n ")] == [(2, 10)]


class TestListsAndBareText:
    def test_bullet_lines(self):
        """Each bullet line is a sentence, bullet included."""
        assert texts("It includes:\n- 50 tanks\n- 20 jets") == [
            "It includes:",
            "- 50 tanks",
            "- 20 jets",
        ]

    def test_inline_bullets(self):
        """A bullet character inside a line starts a new sentence."""
        assert texts("Points: \u2022 a ceasefire \u2022 talks") == [
            "Points:",
            "\u2022 a ceasefire",
            "\u2022 talks",
        ]

    def test_no_punctuation(self):
        """Text with no punctuation is one sentence per line."""
        assert texts("talks resume in geneva officials say") == [
            "talks resume in geneva officials say"
        ]

    @pytest.mark.parametrize("text", ["", " ", "\n\n", "\u2028 \t", "\u3000"])
    def test_empty(self, text):
        """Empty or whitespace-only text has no sentences."""
        assert split_sentences(text) == ()


class TestUnicode:
    def test_offsets_after_characters_that_change_length_when_lowered(self):
        """'İ' and 'ß' do not shift offsets."""
        text = "\u0130stanbul hosted STRASSE talks. Gro\u00dfe Stra\u00dfe ETC. The end."
        sentences = split_sentences(text)
        check_invariants(text, sentences)
        assert [s.text for s in sentences] == [
            "\u0130stanbul hosted STRASSE talks.",
            "Gro\u00dfe Stra\u00dfe ETC.",
            "The end.",
        ]

    def test_emoji_and_combining_marks(self):
        """Flags, emoji and combining accents are ordinary characters."""
        text = "A \U0001f1fa\U0001f1e6 flag flew. Cafe\u0301 owners left. \U0001f44d"
        assert (texts(text)) == [
            "A \U0001f1fa\U0001f1e6 flag flew.",
            "Cafe\u0301 owners left.",
            "\U0001f44d",
        ]


class TestLexicon:
    def test_not_loaded_at_import(self):
        """Importing the module does not read the lexicon file."""
        code = (
            "import dipevents._sentences as m; print(m._lexicon.cache_info().currsize); "
            "m.split_sentences('x'); print(m._lexicon.cache_info().currsize)"
        )
        out = subprocess.run(
            [sys.executable, "-c", code], capture_output=True, text=True, check=True
        ).stdout.split()
        assert out == ["0", "1"]

    def test_bundled_lexicon_has_every_kind(self):
        """The bundled file lists titles, may-end abbreviations, months and starters."""
        lexicon = _lexicon()
        assert lexicon.kinds["Mr"] == "title"
        assert lexicon.kinds["U.S"] == "may_end"
        assert lexicon.kinds["Sept"] == "month"
        assert "The" in lexicon.starters

    def test_parse(self):
        """Comments and blank lines are skipped; the final period is not part of the key."""
        lexicon = _parse_lexicon("# c\nentry\tkind\n\nAdm.\ttitle\nThe\tstarter\n", "t.tsv")
        assert dict(lexicon.kinds) == {"Adm": "title"}
        assert frozenset({"The"}) == lexicon.starters

    @pytest.mark.parametrize(
        "data",
        [
            "word\tkind\nMr.\ttitle\n",  # wrong header
            "entry\tkind\nMr.\tname\n",  # unknown kind
            "entry\tkind\nMr\ttitle\n",  # no final period
            "entry\tkind\nMr.\n",  # missing column
        ],
    )
    def test_parse_rejects_bad_files(self, data):
        """A malformed file is an error naming the file and line."""
        with pytest.raises(ValueError, match=r"t\.tsv:\d"):
            _parse_lexicon(data, "t.tsv")


NEWSY = st.sampled_from(
    [
        " ", "  ", "\n", "\r\n", "\u2028", "\u2029", "\t", ".", "...", "\u2026", "?", "!", '"',
        "'", "\u201d", ")", "(", "[", "Mr.", "U.S.", "etc.", "Jan.", "No.", "W.", "1.", "3.14",
        "The", "the", "Navy", "said", "a", "A", "\u2022", "-", "--", "\u0130", "\u00df", "e\u0301",
        "\u200f", "\U0001f44d", "\x00", "\ud800",
    ]
)  # fmt: skip


class TestInvariants:
    @settings(max_examples=500)
    @given(st.text(st.characters(codec=None, exclude_categories=())))
    def test_any_string(self, text):
        """On any str, including lone surrogates, the invariants hold."""
        check_invariants(text, split_sentences(text))

    @settings(max_examples=500)
    @given(st.lists(NEWSY, max_size=60).map("".join))
    def test_news_like_pieces(self, text):
        """On strings built from the pieces the rules look at, the invariants hold."""
        check_invariants(text, split_sentences(text))

    @settings(max_examples=300)
    @given(st.lists(NEWSY, max_size=60).map("".join))
    def test_a_sentence_splits_into_itself(self, text):
        """Splitting a sentence again gives the same sentence."""
        for s in split_sentences(text):
            assert [s.text] == texts(s.text)

    @pytest.mark.parametrize(
        "unit",
        [".", "Mr. ", "(", "\n", "a", "U.S.", "U.S. ", "... ", "A. ", '?" ', ")", "\ud800. ",
         "\x00", "\u2028", "e\u0301", "\u200f", "\U0001f44d ", "1. ", ". ", "\r\n", ". . "],
    )  # fmt: skip
    def test_adversarial_runs(self, unit):
        """100,000-character runs of one piece return, and the invariants hold."""
        text = (unit * (100_000 // len(unit) + 1))[:100_000]
        check_invariants(text, split_sentences(text))

    def test_long_word_then_period(self):
        """A very long token before a period is an ordinary word."""
        text = "x" * 100_000 + ". The end."
        assert texts(text) == ["x" * 100_000 + ".", "The end."]


def _read_corpus() -> list[dict[str, object]]:
    with CORPUS.open(encoding="utf-8") as fp:  # iterating a file splits on \n only
        return [json.loads(line) for line in fp if line.strip()]


def _boundaries(text: str, sentences: list[str]) -> set[int]:
    """End offsets of every sentence but the last: the boundaries the splitter must find."""
    ends, pos = [], 0
    for s in sentences:
        pos = text.index(s, pos) + len(s)
        ends.append(pos)
    return set(ends[:-1])


class TestCorpus:
    def test_labels_are_consistent(self):
        """The corpus has at least 80 records, and its labels are valid splits of their text."""
        records = _read_corpus()
        assert len(records) >= 80
        assert len({r["id"] for r in records}) == len(records)
        for r in records:
            text, labels = r["text"], r["sentences"]
            found = []
            pos = 0
            for s in labels:
                start = text.index(s, pos)
                found.append(Sentence(start=start, end=start + len(s), text=s))
                pos = start + len(s)
            check_invariants(text, tuple(found))

    def test_precision_and_recall(self):
        """Sentence boundaries on the labelled corpus: precision and recall both >= 0.95."""
        tp = fp = fn = 0
        wrong = []
        for r in _read_corpus():
            text, labels = r["text"], r["sentences"]
            got = [s.text for s in split_sentences(text)]
            expected, found = _boundaries(text, labels), _boundaries(text, got)
            tp += len(expected & found)
            fp += len(found - expected)
            fn += len(expected - found)
            if got != labels:
                wrong.append(f"{r['id']} {text!r}\n  expected {labels!r}\n  got      {got!r}")
        precision, recall = tp / (tp + fp), tp / (tp + fn)
        print(f"\nsentence boundaries: precision {precision:.3f}, recall {recall:.3f} ", end="")
        print(f"(tp {tp}, fp {fp}, fn {fn})")
        print("\n".join(wrong))
        assert precision >= 0.95, "\n".join(wrong)
        assert recall >= 0.95, "\n".join(wrong)


def test_a_feed_headline_ends_at_its_agency_tag():
    """ "Title (AP) AP - Body": the tag, a source name and a dash open the story."""
    text = "Peru Denies Selling Radar to Iran (AP) AP - Peru on Monday denied the report."
    assert [s.text for s in split_sentences(text)] == [
        "Peru Denies Selling Radar to Iran (AP)",
        "AP - Peru on Monday denied the report.",
    ]
    assert [s.text for s in split_sentences("He met them (in Lima) on Monday.")] == [
        "He met them (in Lima) on Monday."
    ]
