import re

import pytest

from conflict_db.extract.alternation import by_first_letter

ALTS = r"took\s+place|taking\s+place|to|tried|attempt(?:ed|ing)?|a|an|s[a-z]*|so\s+far|[x]?y" \
       r"|in\s+the\s+(?:past|last)|id"


def test_groups_by_first_letter_in_order():
    assert by_first_letter(r"killed|dead|kill|die") == "(?:k(?:illed|ill)|d(?:ead|ie))"


@pytest.mark.parametrize("text", [
    "They took place; taking place to try. An attempted and attempting, a an ſo far IN THE PAST",
    "ıd İd Id id tRIED stop so  far, sa s", "",
])
@pytest.mark.parametrize("flags", [0, re.I])
def test_same_matches_as_plain_alternation(text, flags):
    alts = ALTS.replace("|[x]?y", "")
    plain = re.compile(rf"\b(?:{alts})", flags)
    grouped = re.compile(rf"\b{by_first_letter(alts)}", flags)
    assert [m.span() for m in plain.finditer(text)] == [m.span() for m in grouped.finditer(text)]


@pytest.mark.parametrize("alts", ["[x]?y|a", "a|Bc", r"\d|a", "a*|b", "a|(?:b)"])
def test_refuses_branches_without_a_plain_first_letter(alts):
    with pytest.raises(ValueError):
        by_first_letter(alts)
