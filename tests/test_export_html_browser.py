"""The HTML timeline in a real headless Chromium: the script runs, without console errors.

Skipped when no Chromium binary is found (Debian: ``apt-get install -y chromium``). Chromium is
driven from the command line: ``--dump-dom`` prints the DOM after the page's scripts ran,
``--screenshot`` takes a picture, and ``--enable-logging=stderr`` prints every console message
of the page (console.error, uncaught exceptions, CSP refusals) as
``...:INFO:CONSOLE:<line>] "<message>", source: file:///... (<line>)`` on stderr. The page also
shows script errors itself (``data-js-error`` on <html>, an alert box), a second detector.
"""

from __future__ import annotations

import io
import os
import re
import shutil
import struct
import subprocess
import zlib
from pathlib import Path

import pytest

from conflict_db.export import html_timeline, write_export
from export_fixtures import event, sample_events, source

CHROMIUM = next((p for p in (os.environ.get("CDB_CHROMIUM"), shutil.which("chromium"),
                             shutil.which("chromium-browser"), shutil.which("google-chrome"))
                 if p and os.path.exists(p)), None)
pytestmark = pytest.mark.skipif(CHROMIUM is None, reason="no chromium binary (apt-get install chromium)")

CONSOLE_RE = re.compile(r':CONSOLE[^\]]*\] "(?P<message>.*)", source: (?P<source>\S*)')


def chromium(tmp_path: Path, target: str, *args: str) -> tuple[str, list[str]]:
    """Run headless Chromium on a URL; returns (stdout, console messages of file:// pages)."""
    profile = tmp_path / "profile"
    command = [
        CHROMIUM, "--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
        "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-extensions",
        "--disable-dev-shm-usage", f"--user-data-dir={profile}", "--enable-logging=stderr", "--v=0",
        *args, target,
    ]
    done = subprocess.run(command, capture_output=True, text=True, timeout=120, errors="replace")
    assert done.returncode == 0, done.stderr[-2000:]
    console = [m.group("message") for m in CONSOLE_RE.finditer(done.stderr)
               if m.group("source").startswith("file:")]
    return done.stdout, console


def write_page(tmp_path: Path, events, name="timeline.html", **kw) -> Path:
    out = io.StringIO()
    write_export("html", events, out, **kw)
    path = tmp_path / name
    path.write_text(out.getvalue(), encoding="utf-8")
    return path


def dom(tmp_path: Path, path: Path, hash_: str = "") -> str:
    text, console = chromium(tmp_path, path.as_uri() + hash_, "--dump-dom")
    assert console == [], f"console messages from the page: {console}"
    assert 'data-rendered="true"' in text, "the page's script did not finish"
    assert 'data-js-error="' not in text
    return text


def test_detectors_catch_a_broken_page(tmp_path, monkeypatch):
    """Checks that this Chromium reports errors the way the other tests expect."""
    plain = tmp_path / "plain.html"
    plain.write_text("<!DOCTYPE html><p>x</p><script>console.error('boom'); notAFunction();</script>")
    _, console = chromium(tmp_path, plain.as_uri(), "--dump-dom")
    assert any("boom" in m for m in console), console
    assert any("Uncaught" in m and "notAFunction" in m for m in console), console

    monkeypatch.setattr(html_timeline, "TEMPLATE", html_timeline.TEMPLATE.replace(
        "document.documentElement.setAttribute(\"data-rendered\"", "notAFunction();\n  document.documentElement.setAttribute(\"data-rendered\""))
    broken = write_page(tmp_path, sample_events(), "broken.html")
    text, console = chromium(tmp_path, broken.as_uri(), "--dump-dom")
    assert any("Uncaught" in m for m in console), console
    assert 'data-js-error="' in text and "The timeline could not be drawn" in text
    assert 'data-rendered="true"' not in text


def test_timeline_renders_every_event(tmp_path):
    text = dom(tmp_path, write_page(tmp_path, sample_events(), title="Syria test"))
    for i in range(1, 10):
        assert f'id="event-{i}"' in text
    assert re.search(r'<h2 class="month" id="month-2014-01">January 2014 <span class="n">\(7\)</span>', text)
    assert '<h2 class="month" id="month-undated">Undated' in text
    # Undated section is last.
    assert text.index('id="month-undated"') > text.index('id="month-2014-01"') > text.index('id="month-2013-12"')
    assert text.index('id="event-4"') > text.index('id="month-undated"')
    assert text.count("<rect ") >= 5  # histogram bars
    assert text.count('type="checkbox"') == 8  # one per type present
    assert "3–8 Jan 2014" in text and "week of 6 Jan 2014" in text and "≈ 7 Jan 2014" in text
    assert ">Jan 2014<" in text and ">2014<" in text and "winter 2013" in text
    assert 'aria-expanded="false"' in text and 'aria-expanded="true"' not in text
    assert "<script>alert(1)" not in text.split('id="cdb-data"')[0]  # the evidence is never markup


def test_hash_opens_event_with_its_sources(tmp_path):
    text = dom(tmp_path, write_page(tmp_path, sample_events()), "#event-3")
    item = re.search(r'<li class="ev" id="event-3".*?</li>', text, re.S).group(0)
    assert 'aria-expanded="true"' in item
    body = re.search(r'<div class="ev-body" id="event-3-body"[^>]*>', item).group(0)
    assert "hidden" not in body
    assert "000_a" in item and "GlobalPost" in item and "published 2014-01-06" in item
    assert "Some 50 prisoners were freed &lt;/script&gt;&lt;script&gt;alert(1)&lt;/script&gt; &amp; more." in item
    # Other events stay closed.
    assert 'id="event-1-body" hidden' in text


def test_find_filters_list_and_histogram(tmp_path):
    path = write_page(tmp_path, sample_events())
    full = dom(tmp_path, path)
    text = dom(tmp_path, path, "#find=raqqa%20isil")
    assert 'id="event-1"' in text  # Raqqa, ISIL
    for other in (2, 3, 4, 5, 6, 7, 8, 9):  # Raqqa without ISIL, ISIL elsewhere, neither
        assert f'id="event-{other}"' not in text
    assert "showing 1 of 9" in text
    assert 0 < text.count("<rect ") < full.count("<rect ")
    nothing = dom(tmp_path, path, "#find=zzzz")
    assert "match “zzzz”" in nothing and 'class="ev"' not in nothing


def test_zero_events_message(tmp_path):
    text = dom(tmp_path, write_page(tmp_path, []))
    assert "No events to show" in text
    assert 'class="ev"' not in text


def test_thousands_of_events_render_lazily(tmp_path):
    events = [event(i, ("clash", "bombing", "release", "protest")[i % 4],
                    f"201{3 + i % 2}-{1 + i % 12:02d}-{1 + i % 28:02d}", None, "day",
                    places=[{"name": f"Town {i}", "admin1": "Idlib", "country": "Syria",
                             "latitude": 35.0, "longitude": 36.0}],
                    sources=[source(f"a{i}", f"Evidence number {i}.")]) for i in range(1, 5001)]
    events.append(event(5001, "clash", None, None, "unknown"))
    path = write_page(tmp_path, events)
    text = dom(tmp_path, path)
    assert 0 < text.count('<li class="ev"') <= 200
    assert "Show more" in text
    # A late event is rendered and opened on demand.
    text = dom(tmp_path, path, "#event-5001")
    assert 'id="event-5001"' in text
    assert re.search(r'id="event-5001-body"(?! hidden)', text)


def _png_size_and_colours(path: Path) -> tuple[int, int, int]:
    data = path.read_bytes()
    assert data[:8] == b"\x89PNG\r\n\x1a\n"
    width, height = struct.unpack(">II", data[16:24])
    idat, pos = b"", 8
    while pos < len(data):
        length, kind = struct.unpack(">I4s", data[pos:pos + 8])
        if kind == b"IDAT":
            idat += data[pos + 8:pos + 8 + length]
        pos += 12 + length
    raw = zlib.decompress(idat)
    return width, height, len(set(raw))


@pytest.mark.parametrize("size", ["1200,900", "420,900"])
def test_screenshot(tmp_path, size):
    path = write_page(tmp_path, sample_events())
    shot = tmp_path / f"shot-{size.replace(',', 'x')}.png"
    _, console = chromium(tmp_path, path.as_uri(), f"--screenshot={shot}", f"--window-size={size}",
                          "--hide-scrollbars")
    assert console == []
    assert shot.exists() and shot.stat().st_size > 10_000
    width, height, distinct_bytes = _png_size_and_colours(shot)
    assert (width, height) == tuple(int(v) for v in size.split(","))
    assert distinct_bytes > 50  # not a blank page
    keep = os.environ.get("CDB_SCREENSHOT_DIR")
    if keep:
        shutil.copy(shot, Path(keep) / shot.name)
