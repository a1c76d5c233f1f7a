"""The HTML timeline is one self-contained file with the events embedded as JSON."""

from __future__ import annotations

import io
import json
import re

from conflict_db.export import write_export
from conflict_db.export.html_timeline import render, script_json
from export_fixtures import event, sample_events, source

DATA_RE = re.compile(r'<script type="application/json" id="cdb-data">(.*?)</script>', re.S)


def page(events=None, **kw) -> str:
    out = io.StringIO()
    assert write_export("html", sample_events() if events is None else events, out, **kw) == 0
    return out.getvalue()


def embedded(html: str) -> dict:
    matches = DATA_RE.findall(html)
    assert len(matches) == 1
    return json.loads(matches[0])


def test_self_contained_no_network():
    html = page()
    assert html.startswith("<!DOCTYPE html>")
    # No external resource of any kind.
    assert not re.search(r"""\b(?:src|href|action|poster|srcset)\s*=\s*["']?\s*(?:https?:)?//""", html, re.I)
    assert not re.search(r"""\b(?:src|href)\s*=""", html, re.I)  # nothing is loaded or linked at all
    assert "url(" not in html
    assert "@import" not in html
    assert not re.search(r"<link\b", html, re.I)
    assert not re.search(r"<(?:img|iframe|object|embed|audio|video|source)\b", html, re.I)
    assert not re.search(r"\b(?:fetch|XMLHttpRequest|WebSocket|EventSource|importScripts)\b", html)
    # The only URL-looking strings are the SVG namespace, never fetched.
    assert set(re.findall(r"https?://[^\s\"'<>]+", html)) <= {"http://www.w3.org/2000/svg"}
    # And the browser is told to refuse any request anyway.
    assert "default-src 'none'" in html


def test_data_embedded_and_parseable():
    data = embedded(page(title="Syria"))
    assert data["title"] == "Syria"
    ids = [e["id"] for e in data["events"]]
    # Dated by date then id, undated last.
    assert ids == [8, 2, 7, 9, 3, 1, 6, 5, 4]
    first = next(e for e in data["events"] if e["id"] == 1)
    assert first["sources"][0]["article"] == "000_a"
    assert first["sources"][1]["outlet"] == "AP"
    assert first["places"][0]["latitude"] == 35.95
    assert [t[0] for t in data["types"]] == [
        "clash", "bombing", "release", "negotiation", "agreement", "statement", "protest", "aid_change"]
    assert all(re.fullmatch(r"#[0-9a-f]{6}", t[1]) for t in data["types"])


def test_script_close_in_evidence_is_escaped():
    html = page()
    assert "</script><script>alert(1)" not in html
    assert html.count("</script>") == 3  # the error handler, the data, the program
    data = embedded(html)
    release = next(e for e in data["events"] if e["id"] == 3)
    assert release["sources"][0]["evidence"] == (
        "Some 50 prisoners were freed </script><script>alert(1)</script> & more.")


def test_script_json_escapes_everything_dangerous():
    text = script_json({"a": "</script><!-- & -->", "b": "\u2028"})
    assert "<" not in text and ">" not in text and "&" not in text
    assert json.loads(text) == {"a": "</script><!-- & -->", "b": "\u2028"}


def test_title_escaped_and_not_substituted():
    html = page(title="<b>A & B</b> __DATA__")
    assert "<title>&lt;b&gt;A &amp; B&lt;/b&gt; __DATA__</title>" in html
    assert embedded(html)["title"] == "<b>A & B</b> __DATA__"


def test_zero_events():
    html = page([])
    assert embedded(html)["events"] == []
    assert "0 events" in html
    assert "No events to show" in html  # the message the script shows


def test_undated_section_and_summary():
    html = page()
    assert "9 events · 2013-12-01 to 2014-01-07 · 1 undated" in html
    assert '"Undated"' in html  # section heading in the script


def test_deterministic_and_many_events():
    events = [event(i, ("clash", "bombing", "release")[i % 3], f"2014-{1 + i % 12:02d}-{1 + i % 28:02d}", None,
                    "day", sources=[source(f"a{i}", f"Evidence {i}.")]) for i in range(1, 3001)]
    a, b = render(events), render(events)
    assert a == b
    assert len(embedded(a)["events"]) == 3000
    # The page itself is markup-light: rows are built by the script in batches.
    assert a.count("<li") == 0
