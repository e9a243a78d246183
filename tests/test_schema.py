"""Tests for dipevents._schema: the exported JSON Schema."""

from __future__ import annotations

import json
import pathlib

import jsonschema
import pytest

import dipevents as d


ROOT = pathlib.Path(__file__).resolve().parents[1]
CHECKED_IN = ROOT / "schema" / "dipevents.schema.json"


def _validator(definition: str | None = None) -> jsonschema.Draft202012Validator:
    schema = d.json_schema()
    if definition is not None:
        schema = {**schema, "$ref": f"#/$defs/{definition}"}
    return jsonschema.Draft202012Validator(
        schema, format_checker=jsonschema.Draft202012Validator.FORMAT_CHECKER
    )


def test_schema_is_valid_draft_2020_12():
    """The schema itself is a valid Draft 2020-12 schema."""
    jsonschema.Draft202012Validator.check_schema(d.json_schema())


def test_checked_in_copy_has_not_drifted():
    """schema/dipevents.schema.json equals the generated schema.

    To update: `dipevents schema > schema/dipevents.schema.json`, and bump SCHEMA_VERSION with a
    CHANGELOG entry if the serialized shape changed."""
    assert json.loads(CHECKED_IN.read_text(encoding="utf-8")) == d.json_schema()


def test_version():
    """The schema carries its version."""
    schema = d.json_schema()
    assert schema["x-dipevents-schema-version"] == d.SCHEMA_VERSION
    assert schema["$id"].endswith(d.SCHEMA_VERSION)


def test_every_serialized_sample_validates(sample):
    """Every serialized object validates against its own definition."""
    definition = "Event" if isinstance(sample, d.Event) else type(sample).__name__
    _validator(definition).validate(d.to_dict(sample))


def test_events_validate_against_the_root(samples):
    """The root schema is the event union."""
    for name in ("visit", "allegation", "transfer", "launch"):
        _validator().validate(d.to_dict(samples[name]))


@pytest.mark.parametrize(
    "change",
    [
        pytest.param(lambda e: e.update(kind="meeting"), id="kind"),
        pytest.param(lambda e: e.update(colour="red"), id="extra-key"),
        pytest.param(lambda e: e["visitor"].update(country="rus"), id="country"),
        pytest.param(lambda e: e["when"].update(start="15/01/2024"), id="date"),
        pytest.param(lambda e: e.update(status="maybe"), id="status"),
        pytest.param(lambda e: e.update(id="ev-xyz"), id="id"),
        pytest.param(lambda e: e["visitor"].update(name=" padded"), id="name"),
    ],
)
def test_schema_rejects_what_the_converter_rejects(samples, change):
    """The schema is not a rubber stamp: shape errors fail it too."""
    data = d.to_dict(samples["visit"])
    change(data)
    assert not _validator().is_valid(data)


def test_json_schema_returns_a_copy():
    """Callers may mutate the result without harming the next call."""
    schema = d.json_schema()
    schema["$defs"].clear()
    assert d.json_schema()["$defs"]
