"""Tests for dipevents._cli: the command line."""

from __future__ import annotations

import json
import subprocess
import sys

import jsonschema
import pytest

import dipevents as d
from dipevents._cli import main


def test_demo_prints_valid_events_as_json_lines(capsys):
    """Every line is an event that validates and round-trips."""
    assert main(["demo"]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert len(lines) == 3
    events = [d.from_json(d.Event, line) for line in lines]
    assert {type(e) for e in events} == {d.Launch, d.Allegation, d.Visit}
    assert [d.to_json(e) for e in events] == lines


def test_demo_evidence_points_into_the_demo_text(capsys):
    """Every evidence span slices the demo article to its text."""
    from dipevents._demo import DEMO_TEXT

    main(["demo"])
    for line in capsys.readouterr().out.splitlines():
        for span in json.loads(line)["evidence"]:
            assert DEMO_TEXT[span["start"] : span["end"]] == span["text"]


def test_demo_json_format(capsys):
    """--format json prints one array."""
    assert main(["demo", "--format", "json"]) == 0
    assert len(json.loads(capsys.readouterr().out)) == 3


def test_schema_command(capsys):
    """dipevents schema prints the schema."""
    assert main(["schema"]) == 0
    schema = json.loads(capsys.readouterr().out)
    assert schema == d.json_schema()
    jsonschema.Draft202012Validator.check_schema(schema)


def test_validate_reports_each_bad_line(tmp_path, capsys, samples):
    """Bad lines are listed with line number and path; good lines are counted."""
    path = tmp_path / "events.jsonl"
    good = d.to_json(samples["visit"])
    path.write_text(
        "\n".join(
            [good, '{"kind": "visit", "visitor": {"name": "X", "country": "QQQ"}}', "nope", good]
        )
        + "\n",
        encoding="utf-8",
    )
    assert main(["validate", str(path)]) == 1
    out, err = capsys.readouterr()
    assert out == "2 valid, 2 invalid\n"
    assert f"{path}:2: $.visitor.country: Actor.country must be" in err
    assert f"{path}:3: $: invalid JSON" in err


def test_validate_good_file(tmp_path, capsys, samples):
    """A clean file exits 0."""
    path = tmp_path / "events.jsonl"
    d.write_jsonl([samples["launch"]], path)
    assert main(["validate", str(path)]) == 0
    assert capsys.readouterr().out == "1 valid, 0 invalid\n"


def test_missing_file_is_a_one_line_error(capsys):
    """No traceback, exit status 2."""
    assert main(["validate", "/no/such/file.jsonl"]) == 2
    err = capsys.readouterr().err
    assert err == "dipevents: error: No such file or directory: /no/such/file.jsonl\n"


def test_usage_errors_exit_2(capsys):
    """An unknown command is a usage error."""
    with pytest.raises(SystemExit) as info:
        main(["frobnicate"])
    assert info.value.code == 2
    assert "invalid choice" in capsys.readouterr().err


def test_installed_entry_point_and_module_run():
    """The console script and python -m dipevents both work."""
    for command in (["dipevents", "--version"], [sys.executable, "-m", "dipevents", "--version"]):
        if command[0] == "dipevents":
            command[0] = str(__import__("pathlib").Path(sys.executable).with_name("dipevents"))
        result = subprocess.run(command, capture_output=True, text=True, check=True)
        assert result.stdout.strip() == f"dipevents {d.__version__}"
