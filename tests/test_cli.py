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


class TestParseCommand:
    def test_example_prints_valid_events(self, capsys):
        """--example parses the bundled article; every line is a valid event."""
        assert main(["parse", "--example"]) == 0
        lines = capsys.readouterr().out.splitlines()
        kinds = {d.from_json(d.Event, line).kind for line in lines}
        assert kinds == {"visit", "allegation", "transfer", "launch"}

    def test_example_finds_the_labelled_events(self, capsys):
        """Most labelled events of the example article are found, with their actors."""
        from importlib.resources import files

        labels = json.loads((files("dipevents") / "data" / "example_article.json").read_text())
        main(["parse", "--example"])
        found = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
        roles = {
            "visit": ("visitor", "host"),
            "allegation": ("accuser", "accused"),
            "transfer": ("supplier", "recipient"),
            "launch": ("launcher", "target"),
        }

        def key(kind, a, b):
            return (kind, a, b)

        got = {
            key(e["kind"], *((e[r] or {}).get("country") for r in roles[e["kind"]])) for e in found
        }
        want = {key(e["kind"], e["source_actor"], e["target_actor"]) for e in labels["events"]}
        assert len(got & want) >= 0.75 * len(want)

    def test_file_and_published(self, tmp_path, capsys):
        """A text file with --published resolves relative dates."""
        path = tmp_path / "a.txt"
        path.write_text("North Korea fired a ballistic missile on Tuesday.", encoding="utf-8")
        assert main(["parse", str(path), "--published", "2024-01-17"]) == 0
        [line] = capsys.readouterr().out.splitlines()
        assert json.loads(line)["when"]["start"] == "2024-01-16"

    def test_jsonl_documents_and_bad_lines(self, tmp_path, capsys):
        """One document per line; events carry document_id; bad lines are reported and skipped."""
        path = tmp_path / "docs.jsonl"
        path.write_text(
            '{"id": "a", "text": "Iran launched a satellite.", "published": "2024-01-02"}\n'
            "not json\n"
            '{"id": "b", "text": "Russia sent shells to Syria."}\n',
            encoding="utf-8",
        )
        assert main(["parse", "--jsonl", str(path)]) == 0
        out, err = capsys.readouterr()
        records = [json.loads(line) for line in out.splitlines()]
        assert [r["document_id"] for r in records] == ["a", "b"]
        assert f"{path}:2: skipped" in err
        # validate accepts the document_id key that parse --jsonl adds
        events = tmp_path / "events.jsonl"
        events.write_text(out, encoding="utf-8")
        assert main(["validate", str(events)]) == 0

    def test_table_and_json_formats(self, tmp_path, capsys):
        """table is aligned text for a person; json is one array."""
        path = tmp_path / "a.txt"
        path.write_text("Iran supplied Russia with drones.", encoding="utf-8")
        main(["parse", str(path), "--format", "table"])
        table = capsys.readouterr().out.splitlines()
        assert table[0].split()[:3] == ["kind", "from", "to"]
        assert "Iran (IRN)" in table[1]
        main(["parse", str(path), "--format", "json"])
        assert json.loads(capsys.readouterr().out)[0]["kind"] == "transfer"

    def test_explain_goes_to_stderr(self, tmp_path, capsys):
        """--explain says why sentences gave nothing, without polluting stdout."""
        path = tmp_path / "a.txt"
        path.write_text("The army launched an offensive. Talks ended.", encoding="utf-8")
        assert main(["parse", str(path), "--explain"]) == 0
        out, err = capsys.readouterr()
        assert out == ""
        assert "no projectile" in err
        assert "no trigger" in err

    @pytest.mark.parametrize(
        ("args", "message"),
        [
            (["parse", "/no/such.txt"], "No such file or directory: /no/such.txt"),
            (["parse", "--example", "--published", "14/01/2024"], "--published: expected a date"),
            (["parse"], "give one or more PATHs"),
        ],
    )
    def test_user_errors(self, args, message, capsys):
        """A one-line message and exit status 2, no traceback."""
        assert main(args) == 2
        err = capsys.readouterr().err
        assert message in err
        assert "Traceback" not in err
        assert err.count("\n") == 1

    def test_undecodable_bytes(self, tmp_path, capsys):
        """Bytes that are not UTF-8 are a user error."""
        path = tmp_path / "a.txt"
        path.write_bytes(b"Iran \xff\xfe launched")
        assert main(["parse", str(path)]) == 2
        assert "not UTF-8" in capsys.readouterr().err

    def test_same_output_under_different_hash_seeds(self):
        """The CLI output on the example is identical byte for byte across processes."""
        outputs = {
            subprocess.run(
                [sys.executable, "-m", "dipevents", "parse", "--example"],
                capture_output=True,
                check=True,
                env={"PYTHONHASHSEED": seed},
            ).stdout
            for seed in ("0", "1")
        }
        assert len(outputs) == 1
