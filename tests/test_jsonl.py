"""Tests for dipevents._jsonl."""

from __future__ import annotations

import io

import pytest

import dipevents as d


def test_round_trip_through_a_binary_file(samples):
    """N records make exactly N newline bytes and come back equal."""
    events = [samples[k] for k in ("visit", "allegation", "transfer", "launch")]
    buffer = io.BytesIO()
    assert d.write_jsonl(events, buffer) == 4
    raw = buffer.getvalue()
    assert raw.count(b"\n") == 4
    assert list(d.read_jsonl(d.Event, io.BytesIO(raw))) == events


def test_line_separators_inside_strings_survive(tmp_path, samples):
    """U+2028, U+2029 and U+0085 inside strings do not split records."""
    actor = d.Actor(name="a\u2028b\u2029c\x85d\x0ce", kind="person")
    span = samples["span"]
    path = tmp_path / "x.jsonl"
    d.write_jsonl([actor, actor], path)
    assert path.read_bytes().count(b"\n") == 2
    assert list(d.read_jsonl(d.Actor, path)) == [actor, actor]
    d.write_jsonl([span], path)
    assert list(d.read_jsonl(d.Span, path)) == [span]


def test_text_files_work_too(samples):
    """A text stream is read and written the same way."""
    buffer = io.StringIO()
    d.write_jsonl([samples["actor_unicode"]], buffer)
    buffer.seek(0)
    assert list(d.read_jsonl(d.Actor, buffer)) == [samples["actor_unicode"]]


def test_blank_lines_are_skipped(samples):
    """Empty lines (a trailing newline, say) are not records."""
    line = d.to_json(samples["location"]).encode()
    data = io.BytesIO(b"\n" + line + b"\n\n  \n" + line + b"\r\n")
    assert len(list(d.read_jsonl(d.Location, data))) == 2


def test_bad_line_names_line_and_path(samples):
    """The error gives the line number and the JSON path of the bad field."""
    good = d.to_json(samples["location"]).encode()
    data = io.BytesIO(good + b'\n{"name": "X", "country": "ZZZ"}\n')
    reader = d.read_jsonl(d.Location, data)
    assert next(reader) == samples["location"]
    with pytest.raises(d.ValidationError) as info:
        next(reader)
    [detail] = info.value.errors
    assert (detail.line, detail.path) == (2, "$.country")
    assert str(detail).startswith("line 2: $.country: Location.country must be")


def test_undecodable_bytes(samples):
    """Bytes that are not UTF-8 are a clear error with the line number."""
    data = io.BytesIO(b'{"name": "\xff"}\n')
    with pytest.raises(d.ValidationError) as info:
        list(d.read_jsonl(d.Location, data))
    assert info.value.errors[0].line == 1
    assert "invalid UTF-8" in str(info.value)
