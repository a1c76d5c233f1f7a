"""Public API: signature, purity, determinism, offsets, never raising."""
from datetime import date, datetime, timezone

from hypothesis import given, settings, strategies as st

from conflict_db.extract import EXTRACTOR_VERSION, extract_events
from conflict_db.extract.events import extract
from conflict_db.extract.taxonomy import load_event_types

TEXT = ("Rebels seized the town of Saraqeb on Monday, activists said.\n\n"
        "Peace talks are planned in Geneva on January 22.")


def test_version_and_types():
    assert isinstance(EXTRACTOR_VERSION, str) and EXTRACTOR_VERSION
    assert len(load_event_types()) >= 15


def test_published_forms_agree():
    a = extract_events(TEXT, "2014-01-08")
    b = extract_events(TEXT, date(2014, 1, 8))
    c = extract_events(TEXT, datetime(2014, 1, 8, 12, 0, tzinfo=timezone.utc))
    assert [(e.type, e.date_start) for e in a] == [(e.type, e.date_start) for e in b] \
        == [(e.type, e.date_start) for e in c]


def test_without_publication_date_relative_dates_stay_unknown():
    evs = extract_events("Rebels seized the town of Saraqeb on Monday.", None)
    assert all(e.date_start is None for e in evs if e.type == "territory_change")


def test_title_line_is_not_an_event():
    text = "Rebels seize Saraqeb\n\nRebels seized the town of Saraqeb on Monday, activists said."
    evs = extract_events(text, "2014-01-08", title="Rebels seize Saraqeb")
    assert len(evs) == 1 and evs[0].evidence_start > 20


def test_deterministic():
    assert extract_events(TEXT, "2014-01-08") == extract_events(TEXT, "2014-01-08")


WORDS = st.sampled_from(
    "rebels seized killed at least 5 people in Raqqa on Monday . , \" talks will meet clashes "
    "car bombs freed 300 prisoners since the war began in 2011 which has killed 130,000 Jan. U.S. "
    "\n \n\n — ; : ( ) £40000 Per Annum Leave a comment dozens".split(" ") + [" ", "\n"])


@settings(max_examples=150, deadline=None)
@given(st.lists(WORDS, max_size=80))
def test_fuzz_offsets_and_no_crash(words):
    text = " ".join(words)
    for e in extract(text, "2014-01-08"):
        assert text[e.evidence_start:e.evidence_end] == e.evidence
        assert e.evidence_start <= e.evidence_end


@settings(max_examples=60, deadline=None)
@given(st.text(max_size=400))
def test_fuzz_arbitrary_text(text):
    for e in extract(text, "2014-01-08"):
        assert text[e.evidence_start:e.evidence_end] == e.evidence


def test_events_cross_between_processes_unchanged():
    from dataclasses import fields

    from conflict_db.extract.types import ExtractedEvent, pack_events, unpack_events
    from conftest import SEEDS

    events = [e for path in sorted(SEEDS.glob("*.txt")) for e in extract_events(path.read_text(), "2014-01-08")]
    assert any(e.places for e in events) and any(e.actors for e in events) and any(e.killed_low for e in events)
    packed = pack_events(events)
    assert {len(p) for p in packed} == {len(fields(ExtractedEvent))}  # a new field must be packed too
    assert unpack_events(packed) == events


def test_every_shipped_trigger_pattern_is_tried_only_where_its_words_are():
    """A pattern without a plain first word is tried where the words it must start with occur;
    one the index cannot read that way (it opens with a lookbehind alternation) would be run
    over every line of every article."""
    from conflict_db.extract.taxonomy import trigger_index

    index = trigger_index()
    unfiltered = [rx.pattern[:80] for (rx, _, _), words in zip(index.fallback, index.fallback_words) if words is None]
    assert unfiltered == []


def test_trigger_index_finds_what_every_pattern_finds_when_run_over_the_line():
    """The index tries a pattern only at its first word, or where its leading words occur in the
    article (found once per text): on every line of the dev-set articles it finds exactly what
    each pattern finds run over the line by itself, lines with letters whose case folds
    unusually ("ı") included."""
    from pathlib import Path

    from conflict_db.extract.taxonomy import _TOKEN, trigger_index

    index = trigger_index()

    def brute(text, start, end):
        out = []
        for w in _TOKEN.finditer(text, start, end):
            for rx, ti, nominal in index.by_word.get(w.group().lower(), ()):
                m = rx.match(text, w.start(), end)
                if m:
                    out.append((m.start(), m.end(), ti, nominal))
        for rx, ti, nominal in index.fallback:
            out.extend((m.start(), m.end(), ti, nominal) for m in rx.finditer(text, start, end))
        return sorted(out)

    data = Path(__file__).parent / "data"
    texts = [p.read_text() for p in sorted(data.glob("heldout*/*.txt"))]
    texts.append("Troops clashed with rebels; the rebels attacked a convoy. Fıghters attacked the bridge.")
    lines = 0
    for text in texts:
        pos = 0
        for line in text.split("\n"):
            start, end = pos, pos + len(line)
            pos = end + 1
            found = sorted((s, e, index.types.index(ct), nominal) for s, e, ct, nominal in index.finditer(text, start, end))
            assert found == brute(text, start, end), line
            lines += bool(found)
    assert lines > 300
