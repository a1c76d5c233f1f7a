"""Which way an underspecified date points, read from the clause around it.

News reports mostly look back: a bare weekday is today or the last one. Future and planned
events are marked by auxiliaries and planning words, so the nearest marker on either side
(inside the sentence) decides. Words are classified by set lookups rather than one big
regex alternation: this runs for every weekday and month mention, so it has to be cheap.
"""

from __future__ import annotations

import re
from itertools import islice

_FUTURE_WORDS = frozenset(
    "will shall would scheduled planned upcoming coming until till deadline might planning "
    "preparing payable".split())
# "<word> to" / "to <verb>" pairs that announce a plan.
_FUTURE_BEFORE_TO = frozenset("due set expected expects expect plans plan going intends intend hopes "
                              "hope aims aim agreed is are promised pledged ready".split())
_FUTURE_AFTER_TO = frozenset("meet hold begin start resume visit vote take be attend join sign open "
                             "convene reconvene return participate travel launch announce decide "
                             "leave arrive continue".split())
_PAST_WORDS = frozenset(
    "was were had has have said says told did ago last earlier since yesterday previously began "
    "took came went fell rose won lost left met made killed died broke fought saw gave held led "
    "struck shot hit sought ran spoke wrote sent got".split())
_PARTICIPLES = frozenset("held made met won lost left killed struck shot hit sought led sent got told said "
                          "fought broke gave took".split())
_DESCRIBED_TO = frozenset("thought believed said reported known alleged understood presumed feared estimated "
                          "appears appeared seems seemed".split())
_PAST_PLEDGE = frozenset("agreed promised pledged vowed decided".split())
_STRONG_PAST = frozenset({"was", "were", "had", "said", "did", "told"})
_SCHEDULED_PRESENT = frozenset("resume resumes reopen reopens reconvene reconvenes convene convenes".split())
_NOT_PAST_ED = frozenset("need indeed speed feed seed proceed exceed succeed breed embed red bed "
                         "hundred".split())
# every word _classify can mark is one of these or ends in "'ll" / "ed"
_MARKER_WORDS = (_FUTURE_WORDS | _FUTURE_BEFORE_TO | _PAST_WORDS | _SCHEDULED_PRESENT
                 | {"won't", "'ll", "next", "ahead", "soon", "early", "to", "was", "were", "is", "are", "polls"})
_MARKER_ENDS = ("'ll", "ed")
_AUX = frozenset("is are am be being been will would to".split())
_WORD = re.compile(r"[A-Za-z]+(?:'[a-z]+)?")
_BEFORE, _AFTER = 150, 60
_SENTENCE_END = re.compile(r"[.!?][\"'”’)]*\s+[A-Z\"'“]|\n")


def _classify(words: list[str], lw: list[str], i: int) -> str | None:
    """'f' (future), 'p' (past) or None for words[i] (raw tokens, for the case of -ed names).

    ``lw`` is ``words`` lower-cased: direction() classifies many words of one window."""
    w = lw[i]
    if w not in _MARKER_WORDS and not w.endswith(_MARKER_ENDS):
        return None  # most words: no rule below can fire
    raw = words[i]
    nxt = lw[i + 1] if i + 1 < len(words) else ""
    prev = lw[i - 1] if i else ""
    if w in _FUTURE_WORDS or w.endswith("'ll") or w in ("won't", "'ll"):
        return "f"
    if w == "next" and nxt != "to":
        return "f"
    if w == "ahead" and nxt == "of":
        return "f"
    if w in ("soon", "early") and prev == "as":
        return "f"
    if w == "to" and nxt in _FUTURE_AFTER_TO:
        # "a girl thought to be about 10 years old", "said to be": a description, not a plan
        return None if prev in _DESCRIBED_TO else "f"
    if nxt == "to" and w in _FUTURE_BEFORE_TO:
        return "f"
    if w in ("was", "were", "is", "are") and nxt in ("planning", "preparing", "scheduled", "due",
                                                      "expected", "set", "going"):
        return "f"
    if w in _SCHEDULED_PRESENT:
        return "f"  # "talks resume on Monday": a present of what is scheduled
    if w == "polls" and prev == "the" and i >= 3:
        verb = words[i - 3].lower()  # "go to the polls on Sunday" / "went to the polls"
        return "f" if verb in ("go", "goes", "head", "heads") else ("p" if verb in ("went", "headed") else None)
    if w in _PAST_WORDS:
        # a participle after an auxiliary ("would be held", "is being made") is not a past tense
        return None if prev in _AUX and w in _PARTICIPLES else "p"
    # lower-case -ed words only: "United", "Ahmed" are names, not past tenses; and a
    # participle after an auxiliary ("is being pushed", "will be held") is not a past tense.
    if len(w) > 4 and w.endswith("ed") and raw[0].islower() and w not in _NOT_PAST_ED:
        if prev in _AUX or prev.endswith(("'s", "'re")):
            return None
        return "p"
    return None


def direction(text: str, start: int, end: int) -> str:
    """'future', 'past' or 'none' for the expression at text[start:end]."""
    lo = max(0, start - _BEFORE)
    before = text[lo:start]
    cut = None
    for m in _SENTENCE_END.finditer(before):
        cut = m.start() + 1
    if cut is not None:
        before = before[cut:]
    after = text[end:end + _AFTER]
    m = _SENTENCE_END.search(after)
    if m:
        after = after[: m.start() + 1]

    best, best_dist = "none", 10**9
    # Words as strings (findall, map: no Python loop per word); only words that can be
    # markers are classified, and only the marker's offset is looked up.
    words = _WORD.findall(before)
    nb = len(words)
    words.append("<")  # sentinel: the expression itself follows
    lw = list(map(str.lower, words))
    for i in range(nb - 1, -1, -1):  # nearest first: stop at the first marker
        w = lw[i]
        if w not in _MARKER_WORDS and not w.endswith(_MARKER_ENDS):
            continue
        c = _classify(words, lw, i)
        if c:
            tend = next(islice(_WORD.finditer(before), i, None)).end()
            best, best_dist = ("future" if c == "f" else "past"), len(before) - tend
            break
    # a date fronted before its clause ("In September, it announced ..."): the first verb after
    # the comma is the clause's own, not a participle of the date
    fronted = nb <= 2 and after[:1] == ","
    words = _WORD.findall(after)
    lw = list(map(str.lower, words))
    for i, w in enumerate(lw):
        if w not in _MARKER_WORDS and not w.endswith(_MARKER_ENDS):
            continue
        c = _classify(words, lw, i)
        if c is None:
            if w == "to" and i + 1 < len(lw) and not fronted and (i == 0 or (
                    lw[i - 1] not in _FUTURE_BEFORE_TO and lw[i - 1] != "order")):
                # "had arrived on December 28 to protect politicians due to join a government":
                # past a purpose clause the markers are that clause's
                break
            continue
        # After the date only the first marker counts, and of past markers only strong ones:
        # a participle after the date ("January 22 aimed at") is not the verb.
        if c == "p" and w not in _STRONG_PAST and not fronted:
            continue
        if c == "f" and w in _PAST_PLEDGE:
            continue  # "met on Sunday and agreed to send ...": the plan is after the date, not at it
        tstart = next(islice(_WORD.finditer(after), i, None)).start()
        dist = tstart + 5  # text after the expression counts a little less
        if "," in after[:tstart]:
            # past a comma the verb is another clause's: "who declared victory on Saturday,
            # will address Parliament on Tuesday"
            dist += 60
        if dist < best_dist:
            best, best_dist = ("future" if c == "f" else "past"), dist
        break
    return best
