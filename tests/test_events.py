"""Tests for dipevents._events."""

from __future__ import annotations

import re
import subprocess
import sys

import pytest

import dipevents as d


PRK = d.Actor(name="North Korea", kind="state", country="PRK")
RUS = d.Actor(name="Russia", kind="state", country="RUS")


class TestVisit:
    def test_host_in_the_visitors_country_is_refused(self):
        """A visit crosses a border."""
        with pytest.raises(d.ValidationError) as info:
            d.Visit(visitor=RUS, host=d.Actor(name="Kremlin", kind="government", country="RUS"))
        assert info.value.paths == ["$.host"]
        assert "a visit crosses a border" in str(info.value)

    def test_location_in_the_visitors_country_is_refused(self):
        """A trip to a city at home is not a visit."""
        with pytest.raises(d.ValidationError) as info:
            d.Visit(visitor=RUS, location=d.Location(name="Vladivostok", country="RUS"))
        assert info.value.paths == ["$.location"]

    def test_unknown_countries_are_allowed(self):
        """When a country is not known, nothing can be checked."""
        visit = d.Visit(visitor=d.Actor(name="a delegation", kind="group"), host=RUS)
        assert visit.host == RUS

    def test_needs_a_visitor(self):
        """The visitor is required."""
        with pytest.raises(TypeError):
            d.Visit()  # type: ignore[call-arg]

    def test_rejects_bad_status(self):
        """Status is a closed vocabulary."""
        with pytest.raises(d.ValidationError) as info:
            d.Visit(visitor=RUS, status="rumoured")
        assert info.value.paths == ["$.status"]
        assert "'occurred', 'planned'" in str(info.value)

    @pytest.mark.parametrize("field", ["visitor", "host", "invited_by", "reported_by"])
    def test_actor_fields_need_actors(self, field):
        """A name string is not an Actor."""
        kwargs = {"visitor": RUS, field: "Russia"}
        with pytest.raises(d.ValidationError) as info:
            d.Visit(**kwargs)
        assert info.value.paths == [f"$.{field}"]


class TestAllegation:
    def test_claim_is_an_event(self):
        """An allegation can hold the alleged transfer."""
        transfer = d.Transfer(supplier=PRK, recipient=RUS)
        allegation = d.Allegation(accuser=RUS, accused=PRK, claim=transfer)
        assert allegation.claim is transfer

    def test_claim_cannot_be_an_allegation(self):
        """Allegations of allegations are not modelled."""
        inner = d.Allegation(accuser=RUS)
        with pytest.raises(d.ValidationError) as info:
            d.Allegation(accuser=PRK, claim=inner)
        assert info.value.paths == ["$.claim"]
        assert "a Visit, Transfer or Launch" in str(info.value)


class TestTransferAndLaunch:
    def test_items_must_be_items(self):
        """The path names the bad element."""
        with pytest.raises(d.ValidationError) as info:
            d.Transfer(items=(d.Item(name="fuel"), "shells"))
        assert info.value.paths == ["$.items[1]"]

    def test_launch_outcome_vocabulary(self):
        """Outcomes are a closed list."""
        with pytest.raises(d.ValidationError) as info:
            d.Launch(launcher=PRK, outcome="boom")
        assert info.value.paths == ["$.outcome"]
        assert "'intercepted'" in str(info.value)

    def test_evidence_spans(self):
        """Evidence is a tuple of spans."""
        with pytest.raises(d.ValidationError) as info:
            d.Launch(evidence=((0, 3),))
        assert info.value.paths == ["$.evidence[0]"]


class TestEvent:
    def test_event_is_abstract(self):
        """Only the four concrete kinds can be built."""
        with pytest.raises(TypeError, match="abstract"):
            d.Event()

    @pytest.mark.parametrize("cls", [d.Visit, d.Allegation, d.Transfer, d.Launch])
    def test_kinds_are_event_subclasses(self, cls):
        """isinstance(x, Event) works for every kind."""
        assert issubclass(cls, d.Event)

    def test_kind_tags(self):
        """The tags are the serialized 'kind' values."""
        assert [c.kind for c in (d.Visit, d.Allegation, d.Transfer, d.Launch)] == [
            "visit",
            "allegation",
            "transfer",
            "launch",
        ]


class TestId:
    def test_same_content_same_id(self):
        """Two equal events built separately share an id."""
        assert d.Transfer(supplier=PRK).id == d.Transfer(supplier=PRK).id

    def test_different_content_different_id(self):
        """Any field change changes the id."""
        assert d.Transfer(supplier=PRK).id != d.Transfer(supplier=RUS).id
        assert d.Transfer(supplier=PRK).id != d.Transfer(supplier=PRK, status="planned").id
        assert d.Transfer(supplier=PRK).id != d.Launch(launcher=PRK).id

    def test_shape(self, samples):
        """'ev-' and 24 lower-case hex digits."""
        assert re.fullmatch(r"ev-[0-9a-f]{24}", samples["allegation"].id)

    def test_stable_across_processes_and_hash_seeds(self, samples):
        """Ids do not depend on the process, the hash seed or the machine."""
        code = (
            "import sys; sys.path[:0] = []; "
            "from importlib.machinery import SourceFileLoader\n"
            "import dipevents as d\n"
            "e = d.from_json(d.Event, sys.stdin.read())\n"
            "print(e.id)"
        )
        text = d.to_json(samples["allegation"])
        ids = {
            subprocess.run(
                [sys.executable, "-c", code],
                input=text,
                capture_output=True,
                text=True,
                check=True,
                env={"PYTHONHASHSEED": seed, "PYTHONIOENCODING": "utf-8"},
            ).stdout.strip()
            for seed in ("0", "1", "12345")
        }
        assert ids == {samples["allegation"].id}

    def test_known_value(self):
        """The id is a documented function of the content: pin one value to catch changes."""
        event = d.Launch(launcher=PRK, outcome="success")
        assert event.id == d.Launch(launcher=PRK, outcome="success").id
        assert (
            event.id
            == "ev-"
            + __import__("hashlib")
            .sha256(
                b'{"evidence":[],"items":[],"kind":"launch","launcher":{"country":"PRK",'
                b'"kind":"state","name":"North Korea","role":null},"outcome":"success",'
                b'"reported_by":null,"site":null,"status":"occurred","target":null,"when":null}'
            )
            .hexdigest()[:24]
        )
