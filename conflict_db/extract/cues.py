"""Word lists and patterns that several extraction stages share."""

from __future__ import annotations

import re

PERSONS = (r"(?:people|persons|students|schoolgirls|schoolboys|pupils|civilians|workers|hostages|"
           r"villagers|passengers|women|children|girls|boys|men|soldiers|officers|nationals|"
           r"tourists|journalists|worshippers|farmers|fishermen|residents|captives|prisoners|"
           r"detainees|members|troops|servicemen|policemen|guards|employees|crew|sailors|"
           r"seminarians|priests|nuns|monks|staffers|travell?ers|motorists|traders|herders|commuters|"
           r"pilgrims|teachers|doctors|nurses|engineers|contractors|commanders|leaders|suspects|fighters|"
           r"militants|insurgents|officials|chiefs|pilots|conscripts|recruits|cadets|defenders|POWs|"
           r"prisoners\s+of\s+war|peacekeepers|monitors|observers)")


SINCE_BEFORE = re.compile(r"\bsince\b[^,.;!?]{0,60}$", re.I)


# a toll since a day told in a clause: "killed hundreds since the coalition launched an
# offensive on the port city in June"
SINCE_CLAUSE_BEFORE = re.compile(r"\bsince\b[^,.;!?]{0,90}$", re.I)


# the incidents a kill count belongs to
KILLING_TYPES = frozenset(("clash", "bombing", "attack_on_civilians"))


# "police on Tuesday confirmed ...", "Saturday PUNCH learnt that ...": the day of the news
NEWS_VERBS = r"said|told|confirmed|announced|reported|learnt|learned|stated|added|wrote"


REPORTING_RX = re.compile(r"\b(?:" + NEWS_VERBS + r"|says|tells|reports)\b", re.I)


# "were killed in the attack": a mention of that same incident
IN_THE_INCIDENT = re.compile(
    r"\b(?:in|during|by)\s+the\s+(?:[\w'’-]+\s+)?(?:attack|raid|assault|ambush|bombing|blast|"
    r"explosion|strike|airstrike|air\s+strike|incident|shooting|shelling)s?\b", re.I)


RELATIVE_LEAD = re.compile(r"[\s,(]*(?:which|who|whom|whose|where)\b", re.I)
