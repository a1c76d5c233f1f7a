"""Actor catalogue: aliases, acronym case rules, hyphen/apostrophe variants, persons by title."""

import json
from pathlib import Path

import pytest

from conflict_db.extract.actors import ActorCatalog, default_actors


@pytest.fixture(scope="module")
def cat() -> ActorCatalog:
    return default_actors()


def found(cat, text):
    return [(m.text, m.actor.name, m.actor.kind) for m in cat.find(text)]


@pytest.mark.parametrize("alias", [
    "ISIL", "ISIS", "Islamic State", "Islamic State of Iraq and the Levant",
    "Islamic State of Iraq and Syria", "Daesh", "Da'ish", "Da’ish",
])
def test_isil_aliases(cat, alias):
    got = found(cat, f"Yesterday {alias} fighters withdrew from a checkpoint.")
    assert got == [(alias, "Islamic State of Iraq and the Levant", "armed_group")]


@pytest.mark.parametrize("text", [
    "al-Qaeda", "al Qaeda", "Al-Qaeda", "Al Qaeda", "al-Qa’ida", "al-Qa'ida", "al-Qaida",
])
def test_qaeda_variants(cat, text):
    assert found(cat, f"Militants linked to {text} were blamed.")[0][1] == "al-Qaeda"


def test_linked_compound_returns_al_qaeda(cat):
    assert found(cat, "Al-Qaeda-linked militants held the compound.")[0][:2] == (
        "Al-Qaeda", "al-Qaeda")


def test_nusra_and_others(cat):
    text = ("The Nusra Front, al-Nusra, Jabhat al Nusra and Ahrar al-Sham joined the "
            "Syria Revolutionaries' Front (SRF) and the Free Syrian Army (FSA).")
    names = [a for _, a, _ in found(cat, text)]
    assert names == ["Jabhat al-Nusra"] * 3 + ["Ahrar al-Sham", "Syrian Revolutionaries Front",
                                               "Syrian Revolutionaries Front", "Free Syrian Army",
                                               "Free Syrian Army"]


def test_acronyms_are_case_sensitive(cat):
    assert found(cat, "It is clear to us what this is.") == []
    got = found(cat, "IS fighters and US envoys met the SOC, officials told us.")
    assert [n for _, n, _ in got] == ["Islamic State of Iraq and the Levant", "United States",
                                      "Syrian National Coalition"]
    assert found(cat, "U.S. officials said.")[0][:2] == ("U.S.", "United States")
    # all-capitals headline: IS and US are words there
    assert found(cat, "WHAT IS NEXT FOR US") == []


def test_cased_aliases(cat):
    assert found(cat, "The Coalition will decide.")[0][1] == "Syrian National Coalition"
    assert found(cat, "the Coalition will decide")[0][1] == "Syrian National Coalition"
    assert found(cat, "a broad coalition of rebels") == []
    assert found(cat, "the Observatory said")[0][2] == "source"
    assert found(cat, "the observatory on the hill") == []


def test_states_and_sources(cat):
    got = found(cat, "Aid from the United States and Britain; Washington and the UK agreed, "
                     "the Syrian Observatory for Human Rights said.")
    assert [n for _, n, _ in got] == ["United States", "United Kingdom", "United States",
                                      "United Kingdom", "Syrian Observatory for Human Rights"]
    assert got[-1][2] == "source"
    m = cat.find("Britain agreed")[0]
    assert m.also_place


def test_other_conflicts(cat):
    text = ("The Taliban, al-Shabaab, Boko Haram, the Houthis, Hamas, the IDF, Ukrainian forces, "
            "Russian troops and Wagner were named.")
    kinds = {n: k for _, n, k in found(cat, text)}
    assert kinds["Taliban"] == "armed_group"
    assert kinds["Israel Defense Forces"] == "military"
    assert {"al-Shabaab", "Boko Haram", "Houthis", "Hamas", "Ukrainian armed forces",
            "Russian armed forces", "Wagner Group"} <= set(kinds)


def test_persons_known_and_by_title(cat):
    got = found(cat, "Ahmad al-Jarba thanked Riyad Hijab, said US Secretary of State John Kerry.")
    assert [(n, k) for _, n, k in got] == [("Ahmad al-Jarba", "person"), ("Riyad Hijab", "person"),
                                           ("United States", "state"), ("John Kerry", "person")]
    got = found(cat, "Turkish photographer Bunyamin Aygun was freed, Mr Shahbandar said; "
                     "commander Abu Omar al-Shishani and President Kumalo disagreed.")
    assert [(t, k) for t, _, k in got] == [("Bunyamin Aygun", "person"), ("Shahbandar", "person"),
                                           ("Abu Omar al-Shishani", "person"),
                                           ("Kumalo", "person")]


def test_no_overlaps_longest_first(cat):
    ms = cat.find("the Islamic State of Iraq and the Levant (ISIL)")
    assert [m.text for m in ms] == ["Islamic State of Iraq and the Levant", "ISIL"]
    for a, b in zip(ms, ms[1:]):
        assert a.end <= b.start


def test_lookup(cat):
    assert cat.lookup("isis").name == "Islamic State of Iraq and the Levant"
    assert cat.lookup("Nusra Front").name == "Jabhat al-Nusra"
    assert cat.lookup("al qaida").name == "al-Qaeda"
    assert cat.lookup("SOHR").kind == "source"
    assert cat.lookup("us") is None
    assert cat.lookup("Nobody Brigade") is None


def test_user_catalogue(tmp_path):
    p = tmp_path / "a.toml"
    p.write_text('[[actor]]\nname = "M23"\nkind = "armed_group"\naliases = ["March 23 Movement"]\n')
    c = ActorCatalog(p)
    assert [m.actor.name for m in c.find("The March 23 Movement and M23 advanced.")] == ["M23"] * 2
    p.write_text('[[actor]]\nname = "X"\nkind = "gang"\n')
    with pytest.raises(ValueError):
        ActorCatalog(p)


GOLD = Path("/work/shared/gold/seeds.jsonl")
SEEDS = Path("/work/shared/seeds")


@pytest.mark.skipif(not GOLD.exists(), reason="shared gold not available")
def test_seed_actors_found_near_evidence(cat):
    missing, checked = [], 0
    for line in GOLD.read_text(encoding="utf-8").splitlines():
        g = json.loads(line)
        text = (SEEDS / f"{g['article']}.txt").read_text(encoding="utf-8")
        pos = text.find(g["evidence"])
        window = text[max(0, pos - 600): pos + len(g["evidence"]) + 600]
        got = {m.actor.name for m in cat.find(window)}
        for name in g["actors"]:
            checked += 1
            want = cat.lookup(name)
            if not ((want and want.name in got) or name in got):
                missing.append((g["article"][:3], name))
    print("missing seed actors:", missing)
    assert checked > 30
    assert len(missing) <= checked // 10, missing


def test_spokespeople_are_sources(cat):
    got = found(cat, "Police spokesman Mohammed Jalige and photographer Bunyamin Aygun.")
    assert [(t, k) for t, _, k in got] == [("Mohammed Jalige", "source"), ("Bunyamin Aygun", "person")]
