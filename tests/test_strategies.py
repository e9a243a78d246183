"""Tests for dipevents.strategies (and the Hypothesis plugin that registers it).

Every draw is valid (sound), every parameter is honoured, the edges are reachable, draws shrink
to simple values, and ``st.from_type`` works for every model type through the entry point.
"""

from __future__ import annotations

import calendar
import datetime
import decimal
import importlib.metadata
import subprocess
import sys

import attrs
import pendulum
import pytest
from hypothesis import Phase, find, given, settings
from hypothesis import strategies as st
from hypothesis.errors import InvalidArgument

import dipevents as d
from dipevents import strategies as ds
from dipevents._serialize import MODEL_CLASSES
from dipevents._vocab import ACTOR_KINDS, CATEGORIES, OUTCOMES, PRECISIONS, QUALIFIERS, STATUSES


STRATEGIES = {
    d.Actor: ds.actors,
    d.TimeSpan: ds.time_spans,
    d.Quantity: ds.quantities,
    d.Measurement: ds.measurements,
    d.Item: ds.items,
    d.Span: ds.spans,
    d.Location: ds.locations,
    d.Visit: ds.visits,
    d.Allegation: ds.allegations,
    d.Transfer: ds.transfers,
    d.Launch: ds.launches,
    d.Event: ds.events,
}
PUBLIC_TYPES = [*MODEL_CLASSES, d.Event]


def _check_valid(obj: object) -> None:
    """Re-run every field validator and the invariants, through a full rebuild."""
    attrs.validate(obj)
    cls = type(obj)
    assert d.from_dict(cls, d.to_dict(obj)) == obj


def _actors_of(event: d.Event) -> list[d.Actor]:
    out = []
    for field in attrs.fields(type(event)):
        value = getattr(event, field.name)
        if isinstance(value, d.Actor):
            out.append(value)
        elif isinstance(value, d.Event):
            out.extend(_actors_of(value))
    return out


# --- soundness ---------------------------------------------------------------------------------


def test_every_public_type_has_a_strategy():
    """The model's classes and Event each have their strategy."""
    assert set(STRATEGIES) == set(PUBLIC_TYPES)


@pytest.mark.parametrize("cls", PUBLIC_TYPES, ids=lambda c: c.__name__)
def test_every_draw_is_valid(cls):
    """Every object drawn passes validation again and survives a rebuild from its dict."""

    @given(STRATEGIES[cls]())
    def check(obj):
        assert isinstance(obj, cls)
        _check_valid(obj)

    check()


@given(ds.dates())
def test_dates_are_pendulum_dates(day):
    """Dates are pendulum.Date, never a DateTime, in the default window."""
    assert type(day) is pendulum.Date
    assert pendulum.Date(1900, 1, 1) <= day <= pendulum.Date(2099, 12, 31)


@given(ds.countries())
def test_countries_are_iso_codes(code):
    """Every drawn code is accepted by the model."""
    d.Actor(name="x", kind="state", country=code)


# --- from_type and builds through the entry point ----------------------------------------------


def test_the_entry_point_is_installed():
    """The distribution declares the hook in Hypothesis' entry-point group."""
    points = importlib.metadata.entry_points(group="hypothesis")
    assert "dipevents._hypothesis_plugin:_hypothesis_setup_hook" in {p.value for p in points}


@pytest.mark.parametrize("cls", PUBLIC_TYPES, ids=lambda c: c.__name__)
def test_from_type_works_for_every_public_type(cls):
    """st.from_type(X) draws valid X for every model type, with no set-up in this test."""

    @given(st.from_type(cls))
    def check(obj):
        assert isinstance(obj, cls)
        _check_valid(obj)

    check()


@pytest.mark.parametrize("cls", [d.Visit, d.Allegation, d.Transfer, d.Launch])
def test_builds_over_event_types_works(cls):
    """st.builds(X) infers the required fields (a Visit's visitor) from the registered types."""

    @given(st.builds(cls))
    def check(obj):
        assert isinstance(obj, cls)
        _check_valid(obj)

    check()


@given(st.from_type(d.Visit | d.Transfer | d.Launch))
def test_from_type_of_the_claim_union(claim):
    """The union an Allegation's claim takes resolves too."""
    assert isinstance(claim, (d.Visit, d.Transfer, d.Launch))


def _python(code: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=False)


def test_registration_is_lazy():
    """Importing Hypothesis runs the hook, which builds no strategy and loads neither the
    strategies module nor the gazetteer; pendulum's types stay unregistered."""
    code = (
        "import sys, warnings\n"
        "warnings.simplefilter('error')\n"
        "import hypothesis\n"
        "from hypothesis.strategies._internal import types\n"
        "import dipevents, pendulum\n"
        "print(sorted(m for m in ('dipevents.strategies', 'dipevents._news', "
        "'dipevents._gazetteer', 'dipevents._parse') if m in sys.modules))\n"
        "print(dipevents.Visit in types._global_type_lookup, "
        "pendulum.Date in types._global_type_lookup)\n"
    )
    result = _python(code)
    assert result.returncode == 0, result.stderr
    assert result.stdout.splitlines() == ["[]", "True False"]


def test_import_without_hypothesis_names_the_extra():
    """Without Hypothesis, importing the module says what to install; dipevents still works."""
    code = (
        "import sys\n"
        "sys.modules['hypothesis'] = None\n"
        "import dipevents\n"
        "try:\n"
        "    import dipevents.strategies\n"
        "except ImportError as e:\n"
        "    print(e)\n"
    )
    result = _python(code)
    assert result.returncode == 0, result.stderr
    assert 'pip install "dipevents[hypothesis]"' in result.stdout


# --- parameters are honoured ---------------------------------------------------------------------


@given(
    ds.actors(
        kind=st.sampled_from(["state", "person"]),
        country=st.sampled_from(["PRK", "RUS"]),
        role="leader",
    )
)
def test_actor_parameters(actor):
    """Values and strategies are both accepted, and used."""
    assert actor.kind in ("state", "person")
    assert actor.country in ("PRK", "RUS")
    assert actor.role == "leader"


@given(ds.actors(kind="organization", country=None, name="NATO"))
def test_actor_fixed_values(actor):
    assert actor == d.Actor(name="NATO", kind="organization")


@given(ds.actors(kind="state"))
def test_states_always_have_a_country(actor):
    assert actor.country is not None


@given(ds.countries(exclude={"PRK", "RUS"}))
def test_countries_exclude(code):
    assert code not in ("PRK", "RUS")


@given(st.data())
def test_dates_window(data):
    """Dates stay in any window given, also as strategies."""
    lo = data.draw(st.dates(min_value=datetime.date(1, 1, 1)))
    hi = data.draw(st.dates(min_value=lo))
    day = data.draw(ds.dates(min_value=lo, max_value=hi))
    assert lo <= day <= hi
    day = data.draw(ds.dates(min_value=st.just(lo), max_value=st.just(hi)))
    assert lo <= day <= hi


def _unit_end(precision: str, day: datetime.date) -> datetime.date | None:
    """The last day of the shortest span of *precision* that starts on *day*, if one can."""
    if precision in ("day", "part_of_month", "part_of_year"):
        return day
    if precision == "week":
        return day + datetime.timedelta(days=6) if day.weekday() == 0 else None
    if day.day != 1:
        return None
    if precision == "month":
        return day.replace(day=calendar.monthrange(day.year, day.month)[1])
    if precision == "season":
        if day.month not in (3, 6, 9, 12):
            return None
        month = day.month + 2
        year = day.year + (month > 12)
        month = (month - 1) % 12 + 1
        return datetime.date(year, month, calendar.monthrange(year, month)[1])
    return datetime.date(day.year, 12, 31) if day.month == 1 else None


def _fits(precision: str, lo: datetime.date, hi: datetime.date) -> bool:
    """A brute-force oracle: some span of *precision* lies in [lo, hi]."""
    day = lo
    while day <= hi:
        end = _unit_end(precision, day)
        if end is not None and end <= hi:
            return True
        day += datetime.timedelta(days=1)
    return False


@given(st.data(), st.sampled_from(PRECISIONS))
def test_time_spans_fit_precision_and_window(data, precision):
    """A span lies in its window with dates that fit its precision, or no such span exists
    and the strategy says so at once."""
    lo = data.draw(
        st.dates(min_value=datetime.date(1990, 1, 1), max_value=datetime.date(2010, 1, 1))
    )
    hi = lo + datetime.timedelta(days=data.draw(st.integers(0, 800)))
    if not _fits(precision, lo, hi):
        with pytest.raises(InvalidArgument, match="fits in the window"):
            ds.time_spans(precision=precision, window=(lo, hi))
        return
    span = data.draw(ds.time_spans(precision=precision, window=(lo, hi)))
    assert span.precision == precision
    assert lo <= span.start <= span.end <= hi


@given(st.data())
def test_time_spans_default_precision_fits_any_window(data):
    """With no precision given, a span of some precision that fits is drawn."""
    lo = data.draw(
        st.dates(min_value=datetime.date(1990, 1, 1), max_value=datetime.date(2010, 1, 1))
    )
    hi = lo + datetime.timedelta(days=data.draw(st.integers(0, 400)))
    window = d.TimeSpan(
        start=pendulum.Date(lo.year, lo.month, lo.day),
        end=pendulum.Date(hi.year, hi.month, hi.day),
        precision="day",
    )
    span = data.draw(ds.time_spans(window=window, approximate=True, text="then"))
    assert lo <= span.start <= span.end <= hi
    assert span.approximate is True
    assert span.text == "then"


@given(ds.quantities(qualifier=st.sampled_from(["range", "about"]), unit="km"))
def test_quantity_parameters(q):
    assert q.unit == "km"
    if q.qualifier == "range":
        assert q.value is None
        assert q.low <= q.high
    else:
        assert q.qualifier == "about"
        assert q.value is not None


@given(ds.quantities(amounts=st.integers(5, 9).map(decimal.Decimal), qualifier="exact"))
def test_quantity_amounts(q):
    assert decimal.Decimal(5) <= q.value <= decimal.Decimal(9)


@given(ds.items(category="satellite", quantity=None, attributes=()))
def test_item_parameters(item):
    assert item.category == "satellite"
    assert item.quantity is None
    assert item.attributes == ()


@given(ds.measurements(name="range"))
def test_measurement_parameters(m):
    assert m.name == "range"


@given(
    st.text(min_size=1, max_size=50).flatmap(lambda s: st.tuples(st.just(s), ds.spans(source=s)))
)
def test_spans_slice_a_source(pair):
    source, span = pair
    assert source[span.start : span.end] == span.text


@given(ds.locations(country="RUS"))
def test_location_parameters(loc):
    assert loc.country == "RUS"


@given(
    ds.visits(
        visitor=ds.actors(country="PRK"),
        host=ds.actors(kind="state"),
        status="planned",
        when=ds.time_spans(window=(datetime.date(2024, 1, 1), datetime.date(2024, 12, 31))),
    )
)
def test_visit_parameters(visit):
    """The issue's example: visits(visitor=actors(country="PRK"), when=...)."""
    assert visit.visitor.country == "PRK"
    assert visit.host.kind == "state"
    assert visit.host.country != "PRK"
    assert visit.status == "planned"
    assert visit.when.start.year == visit.when.end.year == 2024


@given(ds.visits(visitor=st.sampled_from([d.Actor(name="IAEA", kind="organization")]), host=None))
def test_visit_by_an_organisation_without_host(visit):
    assert visit.visitor.country is None
    assert visit.host is None


@given(ds.visits())
def test_visits_cross_a_border(visit):
    home = visit.visitor.country
    for other in (visit.host, visit.location):
        assert home is None or other is None or other.country != home


@given(
    ds.allegations(
        accuser=ds.actors(country="KOR"),
        accused=ds.actors(country="PRK"),
        claim=ds.transfers(status="alleged", supplier=ds.actors(country="PRK")),
        status="denied",
    )
)
def test_allegation_parameters(a):
    assert (a.accuser.country, a.accused.country, a.status) == ("KOR", "PRK", "denied")
    assert isinstance(a.claim, d.Transfer)
    assert a.claim.status == "alleged"
    assert a.claim.supplier.country == "PRK"


@given(ds.transfers(supplier=None, items=(d.Item(name="oil", category="fuel"),), status="ongoing"))
def test_transfer_parameters(t):
    assert t.supplier is None
    assert [i.name for i in t.items] == ["oil"]
    assert t.status == "ongoing"


@given(ds.launches(outcome="failure", target=None, reported_by=ds.actors(kind="media")))
def test_launch_parameters(launch):
    assert launch.outcome == "failure"
    assert launch.target is None
    assert launch.reported_by.kind == "media"
    assert all(
        i.category in ("missile", "rocket", "launch_vehicle", "satellite") for i in launch.items
    )


@given(ds.events(kinds=[d.Launch, "visit"], status="hypothetical", when=None))
def test_event_parameters(event):
    assert isinstance(event, (d.Launch, d.Visit))
    assert event.status == "hypothetical"
    assert event.when is None


@pytest.mark.parametrize(
    "make",
    [
        pytest.param(lambda: ds.actors(kind="state", country=None), id="state-without-country"),
        pytest.param(lambda: ds.actors(kind="king"), id="unknown-actor-kind"),
        pytest.param(lambda: ds.actors(country="XXX"), id="bad-country"),
        pytest.param(lambda: ds.countries(exclude=ds._country_order()), id="no-country-left"),
        pytest.param(
            lambda: ds.dates(
                min_value=datetime.date(2001, 1, 1), max_value=datetime.date(2000, 1, 1)
            ),
            id="dates-reversed",
        ),
        pytest.param(
            lambda: ds.dates(min_value=datetime.datetime(2000, 1, 1)),  # noqa: DTZ001
            id="datetime-bound",
        ),
        pytest.param(lambda: ds.time_spans(precision="decade"), id="unknown-precision"),
        pytest.param(
            lambda: ds.time_spans(
                precision="year", window=(datetime.date(2000, 1, 2), datetime.date(2001, 1, 1))
            ),
            id="no-year-in-window",
        ),
        pytest.param(lambda: ds.time_spans(window="2000"), id="window-not-dates"),
        pytest.param(lambda: ds.quantities(qualifier="roughly"), id="unknown-qualifier"),
        pytest.param(lambda: ds.items(category="toys"), id="unknown-category"),
        pytest.param(lambda: ds.spans(source=""), id="empty-source"),
        pytest.param(lambda: ds.spans(source="a\ud800"), id="surrogate-source"),
        pytest.param(lambda: ds.visits(status="happened"), id="unknown-status"),
        pytest.param(lambda: ds.visits(visitor="Kim"), id="visitor-not-an-actor"),
        pytest.param(
            lambda: ds.visits(
                visitor=d.Actor(name="Kim", kind="person", country="PRK"),
                host=d.Actor(name="Pyongyang", kind="government", country="PRK"),
            ),
            id="visit-inside-one-country",
        ),
        pytest.param(lambda: ds.launches(outcome="meh"), id="unknown-outcome"),
        pytest.param(lambda: ds.events(kinds=["parade"]), id="unknown-event-kind"),
        pytest.param(lambda: ds.events(kinds=[]), id="no-kinds"),
        pytest.param(lambda: ds.sentences(kinds="parade"), id="unknown-sentence-kind"),
        pytest.param(lambda: ds.sentences(countries=["PRK", "RUS"]), id="too-few-countries"),
        pytest.param(
            lambda: ds.sentences(countries=["PRK", "RUS", "KOR", "XXX"]), id="unknown-country"
        ),
        pytest.param(lambda: ds.articles(min_events=3, max_events=2), id="min-above-max"),
        pytest.param(lambda: ds.articles(published="2024-01-01"), id="published-as-text"),
    ],
)
def test_impossible_arguments_are_refused_at_once(make):
    """Arguments no draw could satisfy raise InvalidArgument when the strategy is built."""
    with pytest.raises(InvalidArgument):
        make().validate()


# --- edges are reachable -------------------------------------------------------------------------


def reachable(strategy, condition):
    """An example of *strategy* meeting *condition* (Hypothesis' find, without shrinking it)."""
    quick = settings(max_examples=2000, phases=[Phase.generate], database=None)
    return find(strategy, condition, settings=quick)


@pytest.mark.parametrize("precision", PRECISIONS)
def test_every_precision_is_reachable(precision):
    assert reachable(ds.time_spans(), lambda s: s.precision == precision).precision == precision


def test_leap_days_are_reachable():
    day = reachable(ds.dates(), lambda x: (x.month, x.day) == (2, 29))
    assert calendar.isleap(day.year)
    span = reachable(
        ds.time_spans(precision="day"), lambda s: (s.start.month, s.start.day) == (2, 29)
    )
    assert calendar.isleap(span.start.year)
    assert find(ds.dates(), lambda x: (x.month, x.day) == (2, 29)) == pendulum.Date(2000, 2, 29)


def test_winter_across_the_year_end_to_a_leap_day_is_reachable():
    span = reachable(
        ds.time_spans(precision="season"),
        lambda s: s.start.month == 12 and (s.end.month, s.end.day) == (2, 29),
    )
    assert span.end.year == span.start.year + 1


def test_iso_weeks_across_the_year_end_are_reachable():
    span = reachable(ds.time_spans(precision="week"), lambda s: s.start.year != s.end.year)
    assert span.start.weekday() == 0
    assert span.end.weekday() == 6


@pytest.mark.parametrize("qualifier", QUALIFIERS)
def test_every_qualifier_is_reachable(qualifier):
    assert reachable(ds.quantities(), lambda q: q.qualifier == qualifier).qualifier == qualifier


def test_decimals_with_exponents_and_places_are_reachable():
    reachable(ds.quantities(), lambda q: q.value is not None and "E" in str(q.value))
    reachable(ds.quantities(), lambda q: q.value is not None and q.value.as_tuple().exponent < 0)


def test_international_organisations_are_reachable():
    actor = reachable(ds.actors(), lambda a: a.kind == "organization" and a.country is None)
    assert actor.country is None


@pytest.mark.parametrize("kind", ACTOR_KINDS)
def test_every_actor_kind_is_reachable(kind):
    reachable(ds.actors(), lambda a: a.kind == kind)


def test_unicode_names_are_reachable():
    reachable(ds.actors(), lambda a: any(ord(c) > 0x2FF for c in a.name))
    reachable(ds.items(), lambda i: any(ord(c) > 0x2FF for c in i.name))


@pytest.mark.parametrize("claim", [d.Visit, d.Transfer, d.Launch])
def test_nested_claims_are_reachable(claim):
    found = reachable(ds.allegations(), lambda a: isinstance(a.claim, claim))
    assert isinstance(found.claim, claim)


def test_deep_nesting_is_reachable():
    """An allegation whose claimed transfer carries a range and a measured item."""
    reachable(
        ds.allegations(claim=ds.transfers()),
        lambda a: any(
            i.quantity is not None and i.quantity.qualifier == "range" and i.attributes
            for i in a.claim.items
        ),
    )


@pytest.mark.parametrize("status", STATUSES)
def test_every_status_is_reachable(status):
    reachable(ds.events(), lambda e: e.status == status)


@pytest.mark.parametrize("value", [*CATEGORIES, *OUTCOMES])
def test_every_category_and_outcome_is_reachable(value):
    if value in CATEGORIES:
        reachable(ds.items(), lambda i: i.category == value)
    else:
        reachable(ds.launches(), lambda x: x.outcome == value)


def test_whitespace_and_surrogate_free_span_texts():
    span = reachable(ds.spans(), lambda s: s.text != s.text.strip())
    span.text.encode("utf-8")


# --- shrinking ---------------------------------------------------------------------------------


def test_draws_shrink_to_simple_values():
    """Minimal examples are readable: North Korea, 2000-01-01, occurred, no optional fields."""
    prk = d.Actor(name="North Korea", kind="state", country="PRK")
    assert find(ds.actors(), lambda a: True) == prk
    assert find(ds.dates(), lambda x: True) == pendulum.Date(2000, 1, 1)
    assert find(ds.time_spans(), lambda s: True) == d.TimeSpan(
        start=pendulum.Date(2000, 1, 1), end=pendulum.Date(2000, 1, 1), precision="day"
    )
    assert find(ds.quantities(), lambda q: True) == d.Quantity(value=decimal.Decimal(0))
    assert find(ds.visits(), lambda v: True) == d.Visit(visitor=prk)
    assert find(ds.events(), lambda e: True) == d.Visit(visitor=prk)
    assert find(ds.launches(), lambda e: e.launcher is not None).launcher == prk


def test_shrinks_toward_the_simplest_failing_value():
    """A failing property on visits is reported with a simple visit."""
    found = find(ds.visits(), lambda v: v.host is not None and v.host.kind == "state")
    assert found.host == d.Actor(name="Russia", kind="state", country="RUS")
    assert found.when is None
    assert found.evidence == ()
    assert found.status == "occurred"


# --- news text ---------------------------------------------------------------------------------


def _check_news(news: ds.NewsText) -> None:
    assert type(news.published) is pendulum.Date
    starts = []
    for event in news.events:
        _check_valid(event)
        [span] = event.evidence
        assert news.text[span.start : span.end] == span.text
        assert span.text.endswith(".")
        starts.append(span.start)
        if event.when is not None and event.when.text is not None:
            assert event.when.text in span.text
        if isinstance(event, d.Allegation) and event.claim is not None:
            assert event.claim.evidence == event.evidence
    assert starts == sorted(starts)


@given(ds.sentences())
def test_sentences_hold_one_event(news):
    """One sentence, one event, whose evidence is the whole text."""
    _check_news(news)
    [event] = news.events
    assert event.evidence[0].text == news.text


@given(ds.articles())
def test_articles_hold_their_events_in_text_order(news):
    _check_news(news)
    assert 1 <= len(news.events) <= 4


@given(ds.articles(kinds=[d.Transfer, "launch"], countries=["PRK", "RUS", "IRN", "UKR", "ISR"]))
def test_article_parameters(news):
    """Only the kinds and countries asked for appear."""
    assert all(e.kind in ("transfer", "launch") for e in news.events)
    for event in news.events:
        for actor in _actors_of(event) + [event.reported_by] * (event.reported_by is not None):
            assert actor.country in ("PRK", "RUS", "IRN", "UKR", "ISR")


@given(ds.sentences(published=pendulum.Date(2024, 1, 17)))
def test_relative_dates_follow_the_publication_date(news):
    """Past events end on or before the publication date; planned ones start after it."""
    assert news.published == pendulum.Date(2024, 1, 17)
    [event] = news.events
    when = (
        event.when
        if not isinstance(event, d.Allegation)
        else (event.when or (event.claim.when if event.claim else None))
    )
    if when is None:
        return
    if event.status == "planned" or (event.status == "invited" and when.text != "today"):
        assert when.start > news.published or when.text.lower().startswith("later this")
    else:
        assert when.end <= news.published or when.text.lower().startswith("earlier this")


def test_news_edges_are_reachable():
    """Passive voice, attribution, denials, leap-day publication dates, unicode names."""
    find = reachable
    find(ds.sentences(), lambda n: " by " in n.text and n.events[0].kind == "transfer")
    find(ds.sentences(), lambda n: n.events[0].reported_by is not None)
    find(ds.sentences(kinds="allegation"), lambda n: n.events[0].status == "denied")
    find(ds.sentences(kinds="visit"), lambda n: n.events[0].status == "planned")
    find(ds.sentences(), lambda n: (n.published.month, n.published.day) == (2, 29))
    find(ds.sentences(), lambda n: any(ord(c) > 127 for c in n.text))
    find(ds.articles(), lambda n: len(n.events) == 4 and "\n\n" in n.text)
