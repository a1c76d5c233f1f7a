from conflict_db.extract.maintext import body_lines, classify_lines, is_stripped
from test_extract_helpers import events

ARTICLE = """Rebels push into Kidal as army retreats

Soldiers walk past a burned-out truck on the outskirts of Kidal on May 3, 2021.

News / Africa

Tuareg rebels seized the town of Kidal on Monday after a day of heavy fighting, officials said.

More from Example Post: Army chief replaced after string of defeats

Related
Rebels seize airport in 2012 raid
Who are the Tuareg rebels?
Football: City beat United in derby
Senior Analyst - £40,000 - £50,000 Per Annum + benefits

Leave a comment
Troops attacked protesters in Bamako on Friday, a reader wrote.
"""


def kinds(text, title=None):
    return {text[ln.start:ln.end][:25]: ln.kind for ln in classify_lines(text, title)}


def test_furniture_kinds():
    k = kinds(ARTICLE, "Rebels push into Kidal as army retreats")
    assert k["Rebels push into Kidal as"] == "headline"
    assert k["Soldiers walk past a burn"] == "caption"
    assert k["News / Africa"] == "furniture"
    assert k["Tuareg rebels seized the "] == "body"
    assert k["More from Example Post: A"] == "furniture"
    assert k["Senior Analyst - £40,000 "] == "furniture"
    assert k["Troops attacked protester"] == "furniture"  # after the footer


def test_only_the_body_yields_events():
    evs = events(ARTICLE, "2021-05-05", title="Rebels push into Kidal as army retreats")
    assert [e.type for e in evs] == ["territory_change"] or \
        sorted(e.type for e in evs) == ["clash", "territory_change"]
    assert all("Bamako" not in e.evidence and "2012" not in e.evidence for e in evs)


def test_duplicated_headline_is_not_body():
    text = "Militants seize base in Helmand\nMilitants seize base in Helmand\n\nTaliban fighters seized an army base in Helmand on Sunday, officials said."
    lines = body_lines(text)
    assert len(lines) == 1


def test_link_list_block():
    text = ("Government forces recaptured the town of Zinjibar on Tuesday after weeks of clashes.\n\n"
            "Most popular\nMan bites dog\nStocks fall\nWeather turns cold\nCelebrity splits from partner\n")
    evs = events(text, "2020-06-10")
    assert len([ln for ln in classify_lines(text) if ln.kind == "body"]) == 1
    assert all("Man bites" not in e.evidence for e in evs)


def test_stripped_text_detection():
    text = ("Ukrainian forces pulled out of the town of Avdiivka on Saturday after months of fighting the army chief said\n"
            "Russian troops had advanced into the northern part of the town earlier this week military analysts said\n"
            "Hundreds of people protested in Kyiv on Sunday demanding the demobilisation of soldiers\n")
    assert is_stripped(text)
    assert len(body_lines(text)) == 3


def test_garbage_never_raises():
    from conflict_db.extract import extract_events

    for junk in ("", "\x00\x01\x02" * 100, "\n\n\n", "..." * 1000, "a" * 100000,
                 "£40000 - £50000 Per Annum", "\ud800 broken surrogate"):
        assert isinstance(extract_events(junk, None), list)
    assert extract_events(b"Rebels seized Kidal on Monday.", "2020-06-10") is not None
    assert extract_events("Rebels seized Kidal on Monday.", "not a date") is not None
