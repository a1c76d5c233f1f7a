from conflict_db.extract.sentences import split_clauses, split_sentences


def sents(text):
    return [text[s:e] for s, e in split_sentences(text)]


def test_abbreviations():
    t = "The U.S. envoy met Dr. Ali in St. Petersburg on Jan. 4, 2014. Talks will resume Monday."
    assert sents(t) == ["The U.S. envoy met Dr. Ali in St. Petersburg on Jan. 4, 2014.",
                        "Talks will resume Monday."]


def test_initials_decimals_and_mr():
    t = "Mr. J. R. Smith said 3.5 million people fled. Mr Jones agreed."
    assert sents(t) == ["Mr. J. R. Smith said 3.5 million people fled.", "Mr Jones agreed."]


def test_quotes_and_ellipsis():
    t = '"This is all out war." He added that the fighting... would go on. Then he left.'
    out = sents(t)
    assert out[0] == '"This is all out war."'
    assert out[-1] == "Then he left."


def test_offsets_map_to_original():
    t = "  First one here.  Second one there!\nThird line without end"
    for s, e in split_sentences(t):
        assert t[s:e] == t[s:e].strip() and t[s:e]
    assert sents(t) == ["First one here.", "Second one there!", "Third line without end"]


def test_stripped_long_run_is_cut():
    t = ("Rebels seized the town of Kafr Nabl on Monday residents said as local fighters tried to drive "
         "out the militants from the area The fighting spread to Idlib and Hama where government "
         "forces shelled rebel positions In Raqqa activists said the militants released 50 prisoners "
         "held in the main prison")
    out = sents(t)
    assert len(out) >= 3
    assert any(o.startswith("The fighting spread") for o in out)
    assert any(o.startswith("In Raqqa") for o in out)


def test_clauses():
    t = "Aygun, kidnapped in December while covering Syria, was freed Sunday, said the Observatory."
    cl = [t[s:e] for s, e in split_clauses(t, 0, len(t))]
    assert "kidnapped in December" in cl
    assert "was freed Sunday" in cl
