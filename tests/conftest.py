"""Shared fixtures: one valid object of every model type, with awkward but legal content."""

from __future__ import annotations

import os
from decimal import Decimal

import pendulum
import pytest
from hypothesis import HealthCheck, settings

import dipevents as d


def _samples() -> dict[str, object]:
    prk = d.Actor(name="North Korea", kind="state", country="PRK")
    rus = d.Actor(name="Россия", kind="state", country="RUS")
    iaea = d.Actor(name="IAEA", kind="organization")
    person = d.Actor(name="Choe Son Hui", kind="person", country="PRK", role="foreign minister")
    unicode_name = d.Actor(name="İbrahim Straße e\u0301 👍", kind="person", country="TUR")
    leap = d.TimeSpan(
        start=pendulum.Date(2024, 2, 29), end=pendulum.Date(2024, 2, 29), precision="day"
    )
    month = d.TimeSpan(
        start=pendulum.Date(2023, 10, 1),
        end=pendulum.Date(2023, 10, 31),
        precision="month",
        text="October last year",
    )
    season = d.TimeSpan(
        start=pendulum.Date(2023, 12, 1), end=pendulum.Date(2024, 2, 29), precision="season"
    )
    late = d.TimeSpan(
        start=pendulum.Date(2023, 9, 1),
        end=pendulum.Date(2023, 12, 31),
        precision="part_of_year",
        approximate=True,
        text="late last year",
    )
    exact = d.Quantity(value=Decimal("1.50"), unit="USD")
    big = d.Quantity(value=Decimal("1E+9"), unit="USD", qualifier="about")
    rng = d.Quantity(low=Decimal("10"), high=Decimal("20"), unit="missiles", qualifier="range")
    measure = d.Measurement(name="range", quantity=d.Quantity(value=Decimal("900"), unit="km"))
    missile = d.Item(name="Hwasong-18", category="missile", attributes=(measure,))
    shells = d.Item(name="artillery shells", category="munitions", quantity=rng)
    span = d.Span(start=3, end=9, text="İ\u2028ß\x85👍e")
    location = d.Location(name="Vladivostok", country="RUS")
    transfer = d.Transfer(
        supplier=prk,
        recipient=rus,
        items=(shells,),
        in_exchange_for=(d.Item(name="oil", category="fuel", quantity=exact),),
        when=late,
        status="alleged",
        evidence=(span,),
    )
    launch = d.Launch(
        launcher=prk, items=(missile,), outcome="failure", when=leap, reported_by=iaea
    )
    visit = d.Visit(
        visitor=person,
        host=rus,
        location=location,
        invited_by=rus,
        purpose="talks",
        status="planned",
        when=season,
    )
    allegation = d.Allegation(
        accuser=d.Actor(name="South Korea", kind="state", country="KOR"),
        accused=prk,
        claim=transfer,
        claim_text="shipping shells",
        when=month,
        evidence=(span, d.Span(start=0, end=1, text="S")),
    )
    return {
        "actor": prk,
        "actor_unicode": unicode_name,
        "actor_org": iaea,
        "timespan_leap": leap,
        "timespan_month": month,
        "timespan_season": season,
        "timespan_late": late,
        "quantity_exact": exact,
        "quantity_big": big,
        "quantity_range": rng,
        "measurement": measure,
        "item": missile,
        "span": span,
        "location": location,
        "transfer": transfer,
        "launch": launch,
        "visit": visit,
        "allegation": allegation,
        "allegation_of_launch": d.Allegation(accuser=rus, claim=launch, status="denied"),
        "visit_minimal": d.Visit(visitor=iaea),
    }


SAMPLES = _samples()


@pytest.fixture(name="samples")
def _samples_fixture() -> dict[str, object]:
    return SAMPLES


def pytest_generate_tests(metafunc: pytest.Metafunc) -> None:
    """Parametrize any test that takes ``sample`` over every sample object."""
    if "sample" in metafunc.fixturenames:
        metafunc.parametrize("sample", list(SAMPLES.values()), ids=list(SAMPLES))


# --- Hypothesis settings profiles -------------------------------------------------------------
#
# ``ci``: deterministic and bounded, for CI (selected when the CI environment variable is set,
# or with ``pytest --hypothesis-profile=ci``). ``fuzz``: many more examples, for a local or
# nightly run (``pytest --hypothesis-profile=fuzz``). ``dev`` (the default otherwise): Hypothesis'
# defaults without a deadline, since parsing long inputs on a small machine is slow but not wrong.

settings.register_profile(
    "ci",
    max_examples=200,
    derandomize=True,
    deadline=None,
    database=None,
    print_blob=True,
    suppress_health_check=[HealthCheck.too_slow],
)
settings.register_profile(
    "fuzz",
    max_examples=20_000,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow],
)
settings.register_profile("dev", deadline=None)
settings.load_profile("ci" if os.environ.get("CI") else "dev")
