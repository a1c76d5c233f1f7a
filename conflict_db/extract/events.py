"""Event assembly: main text -> sentences -> clauses -> triggers -> events.

The rules, in the order they run (each is general, not fitted to one article):

1. Only main-text lines (``maintext``) are read; direct-speech quotes (a quoted span starting
   with a capital) and background clauses ("since the war began in 2011", "the conflict, which
   has killed 130,000 people") yield nothing and are never part of an evidence span.
2. Triggers come from the data file. Verbal triggers assert an event; a nominal trigger
   ("clashes", "talks") only does when its clause has its own date or an occurrence predicate
   ("were reported", "took place", "used").
3. Verbal triggers under a modal or infinitive ("tried to drive out", "would withdraw") are not
   events; for violent types neither are planned ones (ACLED codes what happened).
4. Kill counts ("has killed over 1,000", "five militants were killed") attach to a bombing/clash
   of the same sentence, else become a casualty_report when the sentence speaks of a period or
   of "the fighting", else an attack_on_civilians when the victims are civilians.
5. Dates: the trigger's own clause, else a date clause without a trigger of its own ("On Friday,
   ..."), else a sibling clause's date (verbal triggers only); else inherited (``approx``) from the
   previous occurred event of the article; else unknown. Publication date is never used.
6. Within an article one real event is kept once: same-type mentions without a date of their own
   that add no new place are continuations of an earlier one; vague mentions (no date, no place)
   give way to any specific mention of the type; planned events of one type whose dates nest
   keep the most precise.
"""

from __future__ import annotations

import bisect
import logging
import re
from dataclasses import dataclass, field
from datetime import date, datetime
from functools import lru_cache

from .alternation import by_first_letter
from .maintext import body_lines
from .numbers import Quantity, find_quantities
from .sentences import split_clauses as _split_clauses
from .sentences import split_sentences
from .taxonomy import trigger_index
from .types import ExtractedEvent, PlaceRef

# the date engine is not optional: a fault in it must show, not leave every event undated
from conflict_db.temporal import find_dates as _find_dates
from conflict_db.temporal import reference_date as _reference_date
from conflict_db.temporal.calendar import add_months, month_bounds

# --- gazetteer and actors ----------------------------------------------------------------------
# Loaded once per process by their modules. A failure to load is reported and tried again for
# the next article: a transient fault (a cache file being replaced, memory) must not leave the
# rest of a long run without places or actors.

_log = logging.getLogger(__name__)


def _gazetteer():
    try:
        from .places import default_gazetteer

        return default_gazetteer()
    except Exception as exc:
        _log.warning("place gazetteer unavailable for this article: %s: %s", type(exc).__name__, exc)
        return None


def _actor_catalog():
    try:
        from .actors import default_actors

        return default_actors()
    except Exception as exc:
        _log.warning("actor catalogue unavailable for this article: %s: %s", type(exc).__name__, exc)
        return None


# --- lexical cues ---------------------------------------------------------------------------

CIVILIAN_WORDS = (
    r"civilians?|doctors?|nurses?|medics?|journalists?|reporters?|photographers?|aid\s+workers?|"
    r"children|child|boys?|girls?|women|woman|villagers?|residents?|worshipp?ers?|students?|"
    r"teachers?|pupils?|protesters?|demonstrators?|farmers?|shepherds?|passengers?|pilgrims?|"
    r"refugees?|families|family|patients?|priests?|imams?|activists?|shoppers?|bystanders?|"
    r"infants?|babies|elderly"
)
_CIVILIAN_RX = re.compile(r"\b" + by_first_letter(CIVILIAN_WORDS) + r"\b", re.I)

_KILL_RX = re.compile(
    r"\b" + by_first_letter(
        r"killed|killing|kills|kill|dead|died|die|slain|death\s+toll|lives|perished|"
        r"lost\s+their\s+lives|massacred|executed") + r"\b",
    re.I,
)
# every _KILL_RX match contains one of these, lower-cased
_KILL_WORDS = ("kill", "dead", "die", "slain", "death", "lives", "perished", "massacred", "executed")
_KILL_AFTER = re.compile(
    r"\s*(?:at\s+least\s+|more\s+than\s+|over\s+|nearly\s+|some\s+|about\s+|around\s+)?$", re.I)
_BEFORE_KILL_GAP = re.compile(
    r"^(?:\s+[\w'’.-]+){0,5}?\s+(?:(?:were|was|have\s+been|has\s+been|had\s+been|are|is|being|"
    r"been|reportedly|also)\s+){0,3}$",
    re.I,
)
_AGGREGATE_RX = re.compile(
    r"\b" + by_first_letter(
        r"since|so\s+far|in\s+total|altogether|toll|over\s+the\s+(?:past|last)|in\s+the\s+past|"
        r"days\s+of|weeks\s+of|months\s+of|has\s+risen|rose\s+to") + r"\b",
    re.I,
)
_SOURCE_TAIL = re.compile(r"[^.;:!?]*,\s*(?:[\w'’-]+\s+){1,4}?(?:(?:said|added|announced|stated)\s+)?$", re.I)
_PASSIVE_BEFORE = re.compile(r"\b(?:were|was|been|are|is|being)\s+(?:\w+\s+)?$")  # not "IS militants executed"
_RAISING_TOLL = re.compile(
    r",?\s*(?:raising|bringing|pushing|taking|lifting|increasing)\s+(?:the\s+|its\s+|their\s+)?"
    r"(?:[\w'’-]+\s+){0,3}?(?:death\s+)?toll\b", re.I)
# cues of a toll that a single dated incident also uses ("were killed in clashes on Saturday")
_AGGREGATE_WEAK_RX = re.compile(
    r"\b" + by_first_letter(
        r"in\s+the\s+(?:fighting|clashes|violence|infighting|conflict|battles?|unrest)|"
        r"in\s+(?:fighting|clashes|infighting)|has\s+killed|have\s+killed|had\s+killed|"
        r"have\s+been\s+killed|had\s+been\s+killed|have\s+died|has\s+died|among\s+them") + r"\b",
    re.I,
)
_AND_ONE_AFTER = re.compile(
    r"\s+(?:[\w'’-]+\s+)?[\w'’-]+\s+and\s+(?:a|an|one)\s+(?:[\w'’-]+\s+)?(?:civilian|soldier|policeman|"
    r"police\s+officer|officer|child|woman|man|girl|boy|guard|worker|journalist|fighter|militant|villager|"
    r"passenger|teacher|doctor|nurse|student|farmer|herder|trader|driver)\b", re.I)


def _number_end(text: str, qty: Quantity) -> int:
    """Where the (first) number of a count ends: "17" of "17 soldiers and a civilian"."""
    first = find_quantities(text, qty.start, qty.end)
    return first[0].end if first else qty.end


_COMBATANTS_RX = re.compile(
    r"\s*(?:[\w'’-]+\s+){0,2}?(?:fighters|militants|insurgents|rebels|jihadists|assailants|"
    r"attackers|gunmen|soldiers|troops|policemen|police\s+officers|servicemen|combatants|"
    r"militiamen|terrorists)\b", re.I)
# a nominal trigger told as the time or cause of something else ("before the ceasefire took
# effect", "on the first day of a four-day truce"), or as the object of a reaction
_NOMINAL_REF_BEFORE = re.compile(
    r"\b" + by_first_letter(
        r"before|after|until|till|since|during|amid|under|days?\s+of|start\s+of|end\s+of|"
        r"eve\s+of|despite|summari[sz]ing|summari[sz]ed|regarding|concerning|about") +
    r"\s+(?:the|a|an|this|that|its|their|[\w-]+['’]s)\s+(?:[\w'’-]+\s+){0,2}$", re.I)
# "after a roadside bomb killed three soldiers": the device is the subject of a clause of its
# own, an event told as the time of another, not a reference to one already told
_DEVICE_ACTS_AFTER = re.compile(
    # ("after a bomb blast on a minibus in Nairobi killed seven people": a place between)
    r"(?:\s+(?:on|in|at|near|outside|inside)\s+(?:[\w'’-]+\s+){0,5}?[\w'’-]+)?"
    r"(?:\s*,?\s+(?:that|which))?\s+(?:(?:had|has)\s+)?(?:killed|wounded|injured|exploded|detonated|went\s+off|struck|hit|"
    r"ripped|tore|blew\s+up|destroyed|targeted)\b", re.I)
_REACTION_BEFORE = re.compile(
    r"\b" + by_first_letter(
        r"condemned|condemns|denounced|denounces|criticised|criticized|deplored|blamed|"
        r"claimed\s+responsibility\s+for|called\s+for|calls\s+for|urged|appealed\s+for|"
        r"demanded|demand|demanding|proposed|welcomed|praised|responsibility\s+for|justified|justifies|"
        # what a deal asks for: "requires the release of prisoners"
        r"requires|required|stipulates|stipulated|provides\s+for|provided\s+for|envisages|envisaged|"
        r"justifying|defended|defends|defending|"
        r"investigation\s+into|call\s+for|calling\s+for|urge|urging|to\s+(?:help\s+)?(?:repel|repulse|"
        r"stop|halt|prevent|counter|resist|avert|end)|"
        # keeping or breaking a truce told of elsewhere: "the army is observing the ceasefire"
        r"observing|observes|observed|respecting|respects|respected|honou?ring|abiding\s+by|"
        r"adhering\s+to|violating|violates|violated|breaching|breached|in\s+violation\s+of|"
        r"in\s+breach\s+of|upholding|upheld") + r"\s+"
    r"(?:[\w'’-]+\s+){0,4}$", re.I)
# a claim of an attack dated in its own phrase tells the attack, and its claimant is the attacker:
# "claimed responsibility for drone strikes on two oil facilities on Saturday" (one who condemns
# it is neither). "Claimed responsibility for the attack on Monday" refers to an attack told
# before, and Monday is as likely the day of the claim.
_OWNED_REACTION_BEFORE = re.compile(
    r"\bresponsibility\s+for\s+(?!(?:the|this|that|these|those|its|their)\b)(?:[\w'’-]+\s+){0,4}$", re.I)
_DATED_PHRASE_GAP = re.compile(
    r"\s+(?:(?:on|in|at|against|near|of|targeting|by)\s+(?:[\w'’-]+\s+){0,6}?)?"
    r"(?:(?:on|late\s+on|early\s+on|last|this|earlier\s+this)\s+)?", re.I)

_DATED_PHRASE_VERB = re.compile(r"\b(?:was|were|is|are|has|had|have|said|says|took|came|began)\b", re.I)


def _dated_phrase(text: str, t, s_dates) -> bool:
    """A date closes the trigger's own noun phrase (no verb, no comma between)."""
    for d in s_dates:
        if t.end <= d.start <= t.end + 80 and _DATED_PHRASE_GAP.fullmatch(text, t.end, d.start) \
                and not _DATED_PHRASE_VERB.search(text, t.end, d.start):
            return True
    return False

_PERSONS = (r"(?:people|persons|students|schoolgirls|schoolboys|pupils|civilians|workers|hostages|"
            r"villagers|passengers|women|children|girls|boys|men|soldiers|officers|nationals|"
            r"tourists|journalists|worshippers|farmers|fishermen|residents|captives|prisoners|"
            r"detainees|members|troops|servicemen|policemen|guards|employees|crew|sailors|"
            r"seminarians|priests|nuns|monks|staffers|travell?ers|motorists|traders|herders|commuters|"
            r"pilgrims|teachers|doctors|nurses|engineers|contractors|commanders|leaders|suspects|fighters|"
            r"militants|insurgents|officials|chiefs|pilots)")
_PERSON_PATIENT_BEFORE = re.compile(
    rf"\b(?:{_PERSONS}\b[^.;:]{{0,60}}?|who\s+|whom\s+)(?:were|was|have\s+been|had\s+been|being)\s+(?:reportedly\s+)?$"
    # "hostages seized last week", "passengers taken by gunmen" (with `_BY_AFTER`): people taken
    r"|\b(?:hostages|captives)\s+$",
    re.I)
_PERSONS_JUST_BEFORE = re.compile(rf"\b{_PERSONS}\s+$", re.I)
_BY_AFTER = re.compile(r"\s+by\b", re.I)
_PERSON_PATIENT_AFTER = re.compile(
    rf"\s+(?:(?:at\s+least|more\s+than|about|some|nearly|over|around)\s+)?(?:(?!by\b)[\w,'’-]+\s+){{0,2}}?{_PERSONS}\b"
    # "seized the six in November": a number standing for people told of before
    r"|\s+the\s+(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\d+)(?=\s+(?:in|on|at|from|near|"
    r"after|while|as|and|who|last|early|late)\b|\s*[,.;])",
    re.I)
# "Myanmar security forces killed at least 38 people": an armed agent killing unnamed people
_ONE_SIDED = re.compile(r"(?:attack|raid|assault|massacre|rampage)s?\b", re.I)
_PEOPLE_AFTER = re.compile(r"\s*(?:people|persons|villagers|men,\s+women)\b", re.I)
_NOT_PARTICIPANT_AFTER = re.compile(
    r"(?:-|\s)(?:based|linked|affiliated|inspired|allied|backed|aligned|style)\b"
    r"|-(?:held|controlled|occupied|run)\b"
    r"|(?:'s|’s)?\s+(?:affiliates?|offshoots?|franchises?|branch|wing|splinter\s+group)\b", re.I)
_NOT_PARTICIPANT_BEFORE = re.compile(
    r"\b" + by_first_letter(
        r"opposed\s+to|opponents\s+of|critics\s+of|critical\s+of|linked\s+to|linked\s+with|"
        r"links\s+to|ties\s+to|allied\s+(?:to|with)|affiliated\s+(?:to|with)|inspired\s+by|"
        r"loyal\s+to\s+(?:the\s+)?(?:late|former|ousted)|split\s+from|broke\s+away\s+from|"
        # "according to the UN": the source of the news
        r"according\s+to|figures\s+from|data\s+from|estimates\s+from") +
    r"\s+(?:the\s+)?(?:(?:President|Prime\s+Minister|leader|Gen\.?|General)\s+)?$", re.I)
_CIVILIAN_SITE_AFTER = re.compile(
    r"\s+(?:a|an|the)\s+(?:[\w'’-]+\s+){0,2}?(?:hotel|market|marketplace|mosque|church|school|"
    r"restaurant|cafe|bus|hospital|wedding|funeral|camp\s+for\s+displaced|displacement\s+camp|"
    r"shopping\s+(?:centre|center|mall)|mall|bakery|university|village)\b", re.I)
# a statement verb inside a time clause ("two days after the deal was announced")
_TIME_CLAUSE_BEFORE = re.compile(
    r"\b(?:after|before|since|until|once|when)\s+(?:the|a|an|its|their|this)\s+(?:[\w'’-]+\s+){0,3}?"
    r"(?:was|were|had\s+been|has\s+been)\s+$", re.I)
_REPORTED_WOULD = re.compile(
    r"\b(?:said|says|announced|told|added|stated)\b[^.;]{0,120}\bwould\s+(?:\w+\s+)?$", re.I)
_PLANNED_RX = re.compile(
    r"\b" + by_first_letter(
        r"will|shall|planned|plans?\s+to|planning|scheduled|due\s+to|to\s+be\s+held|set\s+to|"
        r"expected\s+to|is\s+to|are\s+to|ahead\s+of|upcoming|forthcoming|in\s+the\s+run-up\s+to|"
        r"to\s+attend|preparing\s+for|to\s+prepare\s+for|would\s+(?:hold|meet|attend)") + r"\b|'ll\b",
    re.I,
)
_CLAIMED_RX = re.compile(
    # a claim of responsibility ("claimed by al-Shabab") names the attacker; it does not doubt the attack
    r"\b(?:unconfirmed|unverified|claimed(?!\s+(?:by|responsibility)\b)|claims?(?!\s+(?:of\s+)?responsibility\b)|"
    r"claiming(?!\s+responsibility\b)|alleged|allegedly|accused|accusing|"
    r"accuses|denied|denies|deny|purportedly|reportedly|rumou?rs?|said\s+to|"
    r"(?:not|n't)\s+(?:\w+\s+){0,2}(?:possible|able)\s+to\s+(?:independently\s+)?(?:verify|confirm)|"
    r"could\s+not\s+(?:be\s+)?(?:independently\s+)?(?:verif|confirm)\w*|disputed)\b",
    re.I,
)
_MODAL_BEFORE = re.compile(
    r"\b" + by_first_letter(
        r"to|would|could|might|may|should|must|can|cannot|tried|trying|attempt(?:ed|ing)?|"
        r"failed|sought|seeking|hoped?|hoping|wants?|wanted|threaten(?:ed|ing|s)?|vow(?:ed|s)?|"
        r"if|unless|whether") + r"\s+(?:(?:not|also|still|then|soon|now|eventually|try\s+to)\s+)?$",
    re.I,
)
_DEAL_ENDS_AFTER = re.compile(
    r"(?:\s+(?:[\w'’-]+\s+){0,3}?(?:has|had|have)\s+)?\s*(?:collapsed|broke\s+down|broken\s+down|expired|ended|"
    r"unravel(?:l)?ed|fell\s+apart|was\s+violated|were\s+violated|was\s+breached)\b", re.I)
_TERMS_AFTER = re.compile(
    r"\s+(?:also\s+)?(?:stipulates|stipulated|requires|required|provides|provided|envisages|envisaged|calls\s+for|"
    r"called\s+for|says|said|states|stated|allows|allowed|obliges|obliged|foresees|sets\s+out|set\s+out|"
    r"includes|included|commits|committed)\b", re.I)
# "ended without a deal", "no agreement was reached", "failed to reach a ceasefire"
_NOMINAL_NEG_BEFORE = re.compile(
    r"\b(?:without|no|failed\s+to\s+(?:reach|agree|secure|clinch)|failure\s+to\s+(?:reach|agree|secure)|"
    r"lack\s+of|absence\s+of)\s+(?:(?:a|an|any)\s+)?(?:[\w'’-]+\s+)?$", re.I)
# "would withdraw if the government agreed to talks": a condition, not an event
_CONDITION_BEFORE = re.compile(r"\b(?:if|unless|whether)\s+(?:[\w'’-]+\s+){1,4}$", re.I)
# "managed to recapture" happened; "attempted again on Sunday to attack the base" is an attack
_SUCCESS_TO_BEFORE = re.compile(
    r"\b(?:managed|succeeded|went\s+on|(?:was|were|been)\s+able)\s+(?:(?:also|finally|eventually)\s+)?to\s+$", re.I)
_ATTEMPT_TO_BEFORE = re.compile(r"\b(?:tried|attempted)\b[^.;:!?\"“”]{0,40}?\bto\s+$", re.I)
_MODAL_PASSIVE_BEFORE = re.compile(
    r"\b(?:would|could|might|should|must|may|will|shall)\s+(?:not\s+|also\s+|soon\s+)?"
    r"(?:be|have\s+been)\s+$", re.I)
_FUTURE_BEFORE = re.compile(
    r"\b(?:will|shall|to\s+be|due\s+to|set\s+to|scheduled\s+to|expected\s+to|plan(?:s|ned)?\s+to|"
    r"going\s+to|is\s+to|are\s+to)\s+(?:(?:also|soon|then|now)\s+)?$|'ll\s+$",
    re.I,
)
_NEG_BEFORE = re.compile(
    r"\b(?:not|n't|never|no|nor|neither|failed\s+to|refused\s+to)\s+(?:\w+\s+){0,1}$", re.I)
# the number a toll is told with: "toll rose to 40", "a death toll of at least forty",
# "the toll from Sunday's attack stood at 12" (not "the mounting toll sparked two coups")
_TOLL_NUMBER = re.compile(
    r"(?:\s+(?:from|in|of)\s+[^,.;:!?]{1,90}?)?(?:\s+[\w'’-]+){0,3}?\s+(?:to|of|at|reached|hit|passed|exceeded|"
    r"topped|surpassed|is|was)\s+(?:(?:at\s+least|more\s+than|about|nearly|over|some|around|almost|"
    r"roughly|an\s+estimated)\s+)?(?:\d|(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|"
    r"twelve|[a-z]+teen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundreds|thousands|"
    r"dozens|scores)\b)", re.I)
_POSSESSIVE_BEFORE = re.compile(
    r"\b(?!(?:it|that|there|he|she|what|who|here|where|let)['’]s)[\w-]+['’]s\s+$", re.I)
_DETERMINER_BEFORE = re.compile(r"\b(?:its|their|his|her|the|a|an)\s+$", re.I)
_AUX_ADJ_BEFORE = re.compile(r"\b(?:was|were|been|is|are|had|has|have)\s+\w+\s+$", re.I)  # "were recently kidnapped"
# "releasing all prisoners as well as captured civilians": people described, not taken
_ATTRIBUTIVE_BEFORE = re.compile(
    r"\b(?:as\s+well\s+as|of|for|with|all|releasing|release|freeing|free|exchange|exchanging|swap|"
    r"swapping|return|returning)\s+$", re.I)
_ADJ_BEFORE = re.compile(r"\b(?:newly|recently|democratically|freshly|once|previously)\s+$", re.I)
_PROGRESSIVE_BEFORE = re.compile(
    r"\b(?:is|are|am|'s|'re|been|keep|keeps|continue\s+to|continues\s+to)\s+(?:\w+ly\s+|also\s+|still\s+)?$",
    re.I,
)
_PURPOSE_OF_BEFORE = re.compile(
    r"\b(?:capable|incapable|aims?|goals?|hopes?|chances?|intentions?|plans?|bids?|attempts?|efforts?|"
    r"prospects?|possibility|threats?|risks?|danger|idea|purpose|means|tasks?|mission|capability|"
    r"capacity|intent|objective|ambition|dream)\s+(?:of|for|at|to)\s+$", re.I)
_RELATIVE_PERFECT_BEFORE = re.compile(
    r"\b(?:which|who|that)\s+(?:has|have|had)\s+(?:also\s+|already\s+|long\s+|repeatedly\s+)?$", re.I)
_GERUND_PREP_BEFORE = re.compile(
    r"\b(?:by|of|for|from|in|on|about|over|without|against|to)\s+$", re.I)
# a fighting or taking verb in -ing needs a word after it ("were still battling insurgents")
_WORD_AFTER = re.compile(r"\s+[^\W_]")
_SPECIFIC_AFTER = re.compile(
    r"^\s+(?:(?:a|an|the|this|that|these|those|his|her|their|its|\d[\d,]*|one|two|three|four|five|"
    r"six|seven|eight|nine|ten|dozens|hundreds|several)\b|(?-i:[A-Z]))", re.I)
_OCCURRENCE_RX = re.compile(
    r"\b" + by_first_letter(
        r"took\s+place|taking\s+place|takes\s+place|erupted|erupt|broke\s+out|breaking\s+out|"
        r"raged|raging|flared|were\s+reported|was\s+reported|reported|were\s+held|was\s+held|"
        r"been\s+held|held|began|begun|started|intensified|escalated|resumed|used|using|detonated|"
        r"carried\s+out|launched|staged|struck|hit|killed|killing|wounded|injured|exploded|"
        r"went\s+off|ripped\s+through|tore\s+through|landed|rocked|targeted|continued|opened|convened|ended|"
        r"collapsed|signed|agreed|"
        r"happened|occurred|unfolded|lasted|"
        r"announced|declared|went\s+into\s+effect|came\s+into\s+force|took\s+effect|moved|arrived")
    + r"\b",
    re.I,
)
_BACKGROUND_RX = re.compile(
    r"""
    \bsince\s+(?:the\s+|this\s+|its\s+|their\s+|[A-Z][\w'’]*\s+)?(?:[\w'’-]+\s+){0,3}?
        (?:war|conflict|crisis|uprising|revolution|insurgency|unrest|violence|rebellion|invasion|
           civil\s+war|occupation)s?\s+(?:first\s+)?(?:began|started|erupted|broke\s+out|begun|
           started|kicked\s+off)(?:\s+in\s+(?:\w+\s+)?\d{4})?
  | \bsince\s+the\s+(?:start|beginning|outbreak|onset)\s+of\s+(?:the\s+|this\s+)?(?:[\w'’-]+\s+){0,2}?
        (?:war|conflict|crisis|uprising|revolution|insurgency|unrest|rebellion|invasion)
        (?:\s+in\s+(?:\w+\s+)?\d{4})?
  | \b(?:war|conflict|crisis|uprising|revolution|insurgency|fighting|violence|unrest|invasion)s?,?
        \s+(?:which|that)\s+(?:has|have|had)\s+(?:so\s+far\s+|already\s+|now\s+)?(?:killed|claimed|left|cost)
        [^.;]*?(?=[.;]|$)
  | \b(?:war|conflict|crisis|uprising|revolution|insurgency|rebellion|invasion)s?,?
        \s+(?:which|that)\s+(?:first\s+)?(?:began|started|erupted|broke\s+out)\b[^,.;!?]*
    """,
    re.VERBOSE | re.IGNORECASE,
)
# "the deadliest attack since a truck bombing killed 500 in 2017", "which has been fighting
# the rebels since March 2015", "since the offensive began": comparisons and histories
_BACKGROUND2_RX = re.compile(
    r"""
    \b(?:biggest|largest|deadliest|worst|heaviest|bloodiest|fiercest|highest|longest|first|
         most\s+\w+)\b[^.;!?]{0,100}?\b(?P<a>since\b(?:[^.;!?]|\.(?=\s+\d))*)
  | \b(?P<b>(?:which|who|that)\s+(?:has|have|had)\s+(?:long\s+)?been\s+\w+ing\b[^.;!?,]*?
        \bsince\b[^,.;!?]*)
  | \b(?P<c>since\s+(?:the|this|its|their)\s+(?:[\w'’-]+\s+){0,2}?(?:offensive|operation|campaign|
        siege|assault|fighting|clashes|truce|ceasefire|invasion|war)\s+(?:first\s+)?
        (?:began|started|erupted|broke\s+out|begun|was\s+launched)\b)
        (?!\s+(?:on|in|at|late|early|last|this)\b)
  | \b(?:has|have|had)\s+(?P<d>since\s+(?:[\w'’-]+\s+){0,4}?(?:dozens|hundreds|thousands|scores|series|spate|
        string|numerous|repeated|countless|frequent|many|several)\s+(?:of\s+)?(?:[\w'’-]+(?:\s+|$)){1,6})
    """,
    re.VERBOSE | re.IGNORECASE,
)
# "BAMAKO, Dec 6 (Reuters) -", "KYIV Ukraine AP —": the dateline's date is the report's
_DATELINE_RX = re.compile(
    r"(?-i:[A-Z][A-Z'.-]{2,}(?:[ /][A-Z][A-Z'.-]+)*)\b[^\n]{0,50}?\s[-—–]+\s"
    r"|(?-i:[A-Z][\w'.-]+(?:[ ,/]+[A-Z][\w'.-]+)*),?\s*\((?-i:[A-Z][\w ]{1,15})\)\s*[-—–]+\s"
    # "February 19, 2014 (JUBA) –": the day, then the place
    r"|(?-i:[A-Z][a-z]{2,8}\.?) \d{1,2}, (?:19|20)\d\d \((?-i:[A-Z][\w ,'.-]{1,30})\)\s*[-—–]+\s"
    # "Pemba, Mozambique - ": a town and its country, no outlet
    r"|(?-i:[A-Z][\w'.-]+(?: [A-Z][\w'.-]+){0,2}, [A-Z][\w'.-]+(?: [A-Z][\w'.-]+){0,2}) [-—–]+\s")
_WAR_BEGAN = re.compile(
    r"\b(?:war|conflict|crisis|uprising|revolution|insurgency|rebellion|invasion|fighting)\s+"
    r"(?:first\s+)?(?:began|started|erupted|broke\s+out)\s+(?:[\w'’-]+\s+){0,2}$", re.I)
_SINCE_BEFORE = re.compile(r"\bsince\b[^,.;!?]{0,60}$", re.I)
# what usually happens, not what happened: "armed groups who often kidnap travellers",
# "Zamfara is one of the states attacked most", "the group regularly launches attacks"
_HABITUAL_RX = re.compile(
    r"\b(?:often|frequently|regularly|routinely|usually|typically|commonly|habitually|"
    r"sometimes|occasionally)\s+[^.;:!?]*"
    r"|\b(?:is|are|was|were|remains?|has\s+been|have\s+been)\s+(?:one\s+of|among)\s+"
    r"[^.;:!?]{0,80}?\b(?:most|worst|hardest)\b[^.;:!?,]*"
    # a tally of many, not an incident: "they have attacked many villages"
    r"|\b(?:have|has)\s+(?:also\s+|repeatedly\s+)?(?:attacked|raided|targeted|struck|hit|burned|looted|"
    r"destroyed|overrun)\s+(?:many|numerous|countless|various|several)\b[^.;:!?,]*",
    re.I)
_NOT_EVENT_DATE_BEFORE = re.compile(
    r"\b(?:born|founded|established|formed|built)\s+(?:(?:in|on|around|about|circa)\s+)?$", re.I)
_HABITUAL_WORDS = ("often", "frequent", "regular", "routine", "usual", "typical", "common",
                   "habitual", "sometimes", "occasional", "one of", "among", "many", "numerous",
                   "countless", "various", "several")

# an aggregate toll of the whole war ("the conflict has killed 130,000 people")
_WHOLE_WAR_SUBJECT = re.compile(
    r"\b(?:war|conflict|crisis|uprising|revolution|insurgency)\b(?:[^,.;]|(?<=\d)[,.](?=\d)){0,40}$", re.I)
_REPORT_TAIL = re.compile(
    r"^(?:[\w'’-]+\s+){0,6}?(?:said|says|told|reported|added|according\s+to|claimed)\b", re.I)
_SOURCE_ACTOR = re.compile(r"observatory|monitor|activists?\b|residents?\b|witness", re.I)
_VIOLENT_NOUN_EXEMPT = frozenset()

_MODIFIER_AFTER = re.compile(
    r"[ ](?:troops|rifles?|weapons|helicopters?|vehicles?|teams?|units?|squads?|brigades?|"
    r"forces|drones?|boats?|aircraft|planes?|jets?|tanks?|gear|dress|fatigues|lines?|"
    r"groups?|positions?|zones?|readiness|plans?|training|experience|fatigue|cry|ground|"
    # "the election commission announced": a body named for the event, not the event
    r"commissions?|commissioners?|committees?|officials|authorities|body|board|observers|monitors|"
    r"laws?|campaigns?|results?|workers|staff|council|tribunal|fraud|rules|posters)\b", re.I)
# the incidents a kill count belongs to
_KILLING_TYPES = frozenset(("clash", "bombing", "attack_on_civilians"))
_PERSON_COUNT_AFTER = re.compile(
    r"^\s+(?:[\w'’-]+\s+){0,3}?(?:[\w'’-]+s|people|men|women|children|staff|personnel|police|"
    r"militia|crew)\b", re.I)
# "police on Tuesday confirmed ...", "Saturday PUNCH learnt that ...": the day of the news
_NEWS_VERBS = r"said|told|confirmed|announced|reported|learnt|learned|stated|added|wrote"
_SPEECH_VERB_AFTER = re.compile(r",?\s+(?:(?-i:[A-Z][\w'’-]*)\s+){0,2}(?:" + _NEWS_VERBS + r")\b", re.I)
_DOCUMENT_SUBJECT_BEFORE = re.compile(
    r"\b(?:statement|report|video|footage|images?|photos?|pictures?|list|figures|data|details|results|"
    r"findings|document|letter|communiqu\w*|recording|audio|book|film|album|declaration)s?\b"
    r"(?:(?!\bthat\b)[^.;:!?]){0,60}?"
    r"\b(?:is|was|were|are|be|been|being)\s+(?:\w+\s+)?$", re.I)
_REPORTING_RX = re.compile(r"\b(?:" + _NEWS_VERBS + r"|says|tells|reports)\b", re.I)
_PERSON_COUNTED = re.compile(rf"\s+(?:[\w'’-]+\s+){{0,2}}?{_PERSONS}\b", re.I)
_NOT_COUNT_UNIT = re.compile(
    r"^\s*(?:-|\s)?(?:days?|weeks?|months?|years?|hours?|minutes?|miles?|km|kilomet\w+|"
    r"metres?|meters?|percent|per\s+cent|%|dollars|pounds|euros|times|nations|countries|"
    r"provinces|towns|cities|villages|districts|groups|brigades|factions|rounds?|-year|-day|"
    r"-month|-week|"
    # "two soldiers were killed and five wounded": casualties, not a count of the event's own
    # ("22 wounded captives" are counted)
    r"(?:others?\s+|more\s+|people\s+)?(?:wounded|injured|hurt|dead|killed)\b"
    r"(?!\s+(?:(?!(?:in|on|at|by|and|or|as|near|during|after|when)\b)[\w'’-]+\s+)?"
    r"(?:[\w'’-]+s|people|men|women|children)\b))", re.I)


# --- data carried through the pipeline ------------------------------------------------------


@dataclass
class _Trigger:
    type: str
    start: int
    end: int
    nominal: bool
    priority: int
    violent: bool


@dataclass
class _Date:
    start: int
    end: int
    text: str
    date_start: date
    date_end: date
    precision: str
    direction: str
    type: str
    offset: int = 0
    anchor: int = -1  # "since then": where the date it counts from is told


@dataclass
class _Cand:
    type: str
    trig: _Trigger
    sent: tuple[int, int]
    clause: tuple[int, int]
    para: int
    date: _Date | None = None
    date_how: str | None = None  # own, free, sibling
    status: str = "occurred"
    killed: Quantity | None = None
    count: int | None = None
    places: list = field(default_factory=list)
    actors: list = field(default_factory=list)
    evidence: tuple[int, int] = (0, 0)
    drop: bool = False
    vague: bool = False
    toll_only: bool = False  # "N were killed" with nothing else: may belong to the previous event


# --- helpers -------------------------------------------------------------------------------


@lru_cache(maxsize=512)
def split_clauses(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Clauses of a sentence, cached: evidence and place spans ask for them again."""
    return _split_clauses(text, start, end)


def _coerce_published(published):
    if published is None or isinstance(published, (date, datetime)):
        return published
    return str(published)


def _reference(published) -> date | None:
    if published is None:
        return None
    try:
        return _reference_date(published)
    except Exception:  # a malformed timestamp: read its date as written, below
        pass
    if isinstance(published, datetime):
        return published.date()
    if isinstance(published, date):
        return published
    try:
        return date.fromisoformat(str(published)[:10])
    except ValueError:
        return None


def _dates(text: str, published) -> list[_Date]:
    try:
        exprs = _find_dates(text, published)
    except Exception:
        return []
    out = []
    for x in exprs:
        if x.date_start is None or x.date_end is None:
            continue
        prec = x.precision
        if prec in ("quarter", "season", "decade"):
            prec = "range"
        elif prec not in ("day", "week", "month", "year", "range"):
            continue
        out.append(_Date(x.start, x.end, x.text, x.date_start, x.date_end, prec,
                         getattr(x, "direction", "none"), x.type))
    return out


def _quote_spans(text: str, lines: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Direct speech: quoted spans that start with a capital letter (or a whole quoted line)."""
    spans = []
    search = _QUOTE_OPEN.search
    for s, e in lines:
        line = text[s:e]
        n = len(line)
        m = search(line)  # jump from opening quote to opening quote (no per-char loop)
        while m is not None:
            i = m.start()
            ch = line[i]
            close = "”" if ch == "“" else "\""
            j = line.find(close, i + 1)
            if ch == "“" and j == -1:
                j = line.find("\"", i + 1)
            if j == -1:
                j = n  # quote runs to the end of the paragraph
            inner = line[i + 1:j].lstrip(" '‘…[.")
            if inner[:1].isupper() or (i == 0 and inner):
                spans.append((s + i, s + min(j + 1, n)))
            m = search(line, j + 1)
    return spans


_QUOTE_OPEN = re.compile("[\"“]")


_BLANK_RX = re.compile(r"[^\n]+")


def _spaces(m: re.Match) -> str:
    return " " * (m.end() - m.start())


def _blank_outside(text: str, lines: list[tuple[int, int]]) -> str:
    """``text`` with everything outside ``lines`` turned to spaces (newlines kept)."""
    parts = []
    prev = 0
    for s, e in lines:
        if s > prev:
            parts.append(_BLANK_RX.sub(_spaces, text[prev:s]))
        parts.append(text[s:e])
        prev = e
    if prev < len(text):
        parts.append(_BLANK_RX.sub(_spaces, text[prev:]))
    return "".join(parts)


def _case_exotic(text: str, s: int, e: int) -> bool:
    """True when text[s:e] holds a character that re.IGNORECASE equates with an ASCII letter
    but str.lower() does not lower to it (İ ı ſ): keyword pre-filters on ``.lower()`` are
    not safe there, so the full regex runs."""
    seg = text[s:e]
    return not seg.isascii() and ("ı" in seg or "İ" in seg or "ſ" in seg)


def _inside(spans_starts, spans, pos: int) -> bool:
    k = bisect.bisect_right(spans_starts, pos) - 1
    return k >= 0 and spans[k][0] <= pos < spans[k][1]


def _overlaps(a: tuple[int, int], b: tuple[int, int]) -> bool:
    return a[0] < b[1] and b[0] < a[1]


def _gap(a0: int, a1: int, b0: int, b1: int) -> int:
    if a1 <= b0:
        return b0 - a1
    if b1 <= a0:
        return a0 - b1
    return 0


_RECASE_RX = re.compile(
    r"\b(?:january|february|april|june|july|august|september|october|november|december|"
    r"monday|tuesday|wednesday|thursday|friday|saturday|sunday|jan|feb|apr|jun|jul|aug|sept?|oct|"
    r"nov|dec)\b(?=\.?\s+\d|\s+(?:\d|last|this|next|morning|afternoon|evening|night)|[^\w-])"
    r"|\b(?:in|on|since|early|late|last|next|of|until|by|from|mid)\s(?P<mm>may|march)\b"
    r"|\b(?:may|march)(?=\s+\d)")


_UPPER_RX = re.compile(r"[A-Z]")
_DROP_UPPER = str.maketrans("", "", "ABCDEFGHIJKLMNOPQRSTUVWXYZ")


def _recase(text: str) -> str:
    """Lower-cased text (no capitals at all): month and weekday names capitalised again for
    the date engine, which reads "may" and "march" only as capitalised names. Same length."""
    sample = text[:4000]
    # number of [A-Z] in the sample, counted in C (translate deletes them)
    if len(sample) - len(sample.translate(_DROP_UPPER)) > len(sample) * 0.004:
        return text
    def up(m: re.Match) -> str:
        if m.group("mm"):
            return m.group()[:m.start("mm") - m.start()] + m.group("mm").capitalize()
        return m.group().capitalize()

    return _RECASE_RX.sub(up, text)


_WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
_WD_ALT = "|".join(_WEEKDAYS)
_NUMW = {"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
         "seven": 7, "eight": 8, "nine": 9, "ten": 10, "24": 1, "48": 2, "72": 3}
# (?=[...]): the first letters of the branches below (or a digit), a cheap test that spares
# trying every branch at every position (the pattern has no literal prefix)
_EXTRA_DATE_RX = re.compile(
    rf"""
    (?=[olesbfutmwaid\d])
    (?:
    \b(?:on|late\s+on|early\s+on|late|early|last|since|by|from|until|this)\s+(?P<wd>{_WD_ALT})\b
  | \b(?P<wds>(?-i:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday))s\b(?=\s+[a-z])
  | \b(?P<ovn>overnight)\b
  | \b(?P<reln>a|an|one|two|three|four|five|six|seven|\d)\s+(?P<relu>days?|weeks?|months?)\s+
        (?P<reld>earlier|later|after|before|previously)\b
  | \bthe\s+(?P<rel2>following|next|previous)\s+(?P<relu2>day|morning|evening|night)\b
  | \bthe\s+day\s+(?P<rel3>before|after)\b(?!\s+(?:tomorrow|yesterday))
  | \b(?P<since_then>since\s+then)\b
  | \b(?:on|by|until|from)\s+the\s+(?P<dom>[12]?\d|3[01])(?:st|nd|rd|th)\b(?!\s+(?:of|century|anniversary|day|time))
  | \b(?:over|in|during)\s+the\s+(?:past|last)\s+(?:(?P<pn>24|48|72|\d|two|three|four|five|six|
        seven)\s+)?(?P<pu>hours?|days?|week)\b
    )
    """,
    re.VERBOSE | re.IGNORECASE,
)


# Every _EXTRA_DATE_RX match contains one of these (lower-cased): lines without any are skipped.
_EXTRA_DATE_WORDS = ("day", "night", "week", "month", "then", "hour", "morning", "evening", "st", "nd",
                     "rd", "th")


def _extra_dates(text, lines, dates: list[_Date], ref) -> list[_Date]:
    """Date phrasings the engine leaves out: "overnight", "a day earlier", "the following day",
    "since then", "over the past 24 hours", weekdays in lower case or with a lost apostrophe
    ("Fridays assault"). Relative ones (kind ``rel``) are resolved later against the date
    mentioned before them; the others against the publication date."""
    if ref is None:
        return dates
    from datetime import timedelta

    taken = [(d.start, d.end) for d in dates]
    extra = []
    for ls, le in lines:
        low = text[ls:le].lower()
        if not any(w in low for w in _EXTRA_DATE_WORDS) and not _case_exotic(text, ls, le):
            continue
        for m in _EXTRA_DATE_RX.finditer(text, ls, le):
            s, e = m.span()
            if (m.group("ovn") or m.group("wd") or m.group("wds")) and any(
                    a - 25 < e and s < b + 25 for a, b in taken):
                continue  # "overnight on June 13", "Sunday overnight": the engine's date rules
            if any(a < e and s < b for a, b in taken):
                if m.group("pu"):
                    continue
            wd = m.group("wd") or m.group("wds")
            if wd:
                if m.group("wd"):
                    s, e = m.span("wd")
                k = _WEEKDAYS.index(wd.lower())
                back = (ref.weekday() - k) % 7
                if text[m.start():m.start() + 4].lower() == "last" and back == 0:
                    back = 7
                day = ref - timedelta(days=back)
                extra.append(_Date(s, e, text[s:e], day, day, "day", "past", "DATE"))
            elif m.group("ovn"):
                day = ref - timedelta(days=1)
                extra.append(_Date(s, e, text[s:e], day, day, "approx", "past", "DATE"))
            elif m.group("pu"):
                unit = m.group("pu").lower()
                n = _NUMW.get((m.group("pn") or "a").lower()) or int(m.group("pn"))
                if unit.startswith("hour"):
                    n = max(1, n if m.group("pn") in ("24", "48", "72") else 1)
                elif unit.startswith("week"):
                    n = 7
                extra.append(_Date(s, e, text[s:e], ref - timedelta(days=n), ref, "range",
                                   "past", "PERIOD"))
            elif m.group("dom"):
                # "on the 15th": that day of the month being told (kind DOM, resolved later)
                s = text.index("the", m.start(), e)
                d = _Date(s, e, text[s:e], ref, ref, "rel", "none", "DOM")
                d.offset = int(m.group("dom"))
                extra.append(d)
            else:
                if m.group("since_then"):
                    off = 0
                elif m.group("reln"):
                    n = _NUMW.get(m.group("reln").lower()) or int(m.group("reln"))
                    n *= 7 if m.group("relu").lower().startswith("week") else 1
                    off = -n if m.group("reld").lower() in ("earlier", "before", "previously") else n
                elif m.group("rel2"):
                    off = -1 if m.group("rel2").lower() == "previous" else 1
                else:
                    off = -1 if m.group("rel3").lower() == "before" else 1
                kind = "SINCE" if m.group("since_then") else (
                    "RELM" if (m.group("relu") or "").lower().startswith("month") else "REL")
                d = _Date(s, e, text[s:e], ref, ref, "rel", "none", kind)
                d.offset = off
                extra.append(d)
    if not extra:
        return dates
    out = [d for d in dates if not (d.precision == "range" and d.type != "PERIOD" and any(
        x.type == "PERIOD" and x.start <= d.start < x.end for x in extra))]
    out += extra
    out.sort(key=lambda d: d.start)
    return out


_AFTER_PERIOD = re.compile(r"\bafter\s+(?:nearly\s+|almost\s+|more\s+than\s+|over\s+)?$", re.I)
_CAUSE_CLAUSE = re.compile(r"[\s,]*(?:after|when|as)\b", re.I)
# the verb of an event told as the time of another: "The kidnapping came a day after ..."
_CAME_BEFORE = re.compile(
    r"\b(?:came|comes|happened|occurred|took\s+place|followed|began|started|unfolded)\s+"
    r"(?:(?:just|only|barely|exactly|nearly|almost|about|some|roughly)\s+)?$", re.I)
_SAID = r"\b(?:said|says|told|reported|announced|added|stated|wrote)\s+(?:\w+\s+)?"
# the day someone spoke: "said Monday", "told reporters on Tuesday"
_SAID_DATE = re.compile(_SAID + r"(?:(?:on|late\s+on|early\s+on)\s+)?$", re.I)
_SPEECH_DATE = re.compile(_SAID + r"(?:on|late\s+on|early\s+on)\s+$", re.I)


def _said_on(text: str, d, lo: int = 0) -> bool:
    """``d`` is the day someone spoke ("said Monday"), looking back no further than ``lo``."""
    return _SAID_DATE.search(text, max(lo, d.start - 40), d.start) is not None


def _news_day(text: str, d, lo: int = 0) -> bool:
    """... or the day of the news told before its verb ("police on Tuesday confirmed")."""
    return _said_on(text, d, lo) or _SPEECH_VERB_AFTER.match(text, d.end) is not None


def _day_of_month(d: _Date, last: _Date | None, ref) -> _Date:
    """"On the 15th": that day of the month of the last day told, else of the latest month
    whose 15th is not after the publication date."""
    base = last.date_start if last is not None else ref
    month = date(base.year, base.month, 1)
    if last is None and d.offset > ref.day:
        month = add_months(month, -1)
    last_day = month_bounds(month.year, month.month)[1].day
    day = month.replace(day=min(d.offset, last_day))
    return _Date(d.start, d.end, d.text, day, day, "day", "past", "DATE")


def _resolve_relative(text, dates: list[_Date], ref, quotes) -> list[_Date]:
    """"a day earlier" = the day before the last date mentioned (past, day-precise); periods
    counted back from now ("over the past week") end on the day the speaker said so."""
    from datetime import timedelta

    out = []
    last = told = None  # the last past day said, and the last that is not a day of speaking
    since = None  # "since then" counts from the last past date told, a month or a year too
    q_starts = [s for s, _ in quotes]
    # "Two days later, ... The following day, ...": the engine counts "the following day" from
    # the last date it read itself, not from the day just told; counted here, it follows that
    # day. The engine's reading stands where nothing past was told before (a future sequence).
    twins = [x for x in dates if x.precision == "rel" and x.type == "REL"]
    shadowed: set[int] = set()
    for i, d in enumerate(dates):
        if d.precision != "rel" and twins:
            twin = next((x for x in twins if x.start < d.end and d.start < x.end), None)
            if twin is not None:
                if last is not None and (ref is None or d.date_end <= ref):
                    continue
                shadowed.add(id(twin))
        if d.precision == "rel":
            if id(d) in shadowed:
                continue
            if d.type == "SINCE" and since is not None:
                out.append(_Date(d.start, d.end, d.text, since.date_start, ref or since.date_end,
                                 "range", "past", "SINCE", anchor=since.start))
                continue
            if d.type == "DOM":
                out.append(_day_of_month(d, last, ref))
                last = told = out[-1]
                continue
            if last is None or d.type == "SINCE":
                continue
            base, off, kind = last, d.offset, "DATE"
            if d.text.lower().endswith(("after", "before")):
                o = out[-1] if out else None
                gap = text[o.end:d.start] if o is not None else ""
                if o is not None and o.precision in ("day", "approx") and len(gap) < 150 \
                        and "\n" not in gap and not re.search(r"[.!?][\"”’']?\s+[A-Z]", gap):
                    # "released on Tuesday, four days after gunmen stormed ...": the time
                    # clause is counted back from its sentence's own date
                    base, off = o, -d.offset
                elif _CAME_BEFORE.search(text, max(0, d.start - 40), d.start):
                    # "The attack came a day after Ethiopians voted": the attack is the last
                    # event told (not the day someone spoke of it), and what follows "after"
                    # happened the day before it
                    base, off, kind = told or last, -d.offset, "PRIOR"
            if d.type == "RELM":
                month = add_months(base.date_start, off)
                first, end = month_bounds(month.year, month.month)
                nd = _Date(d.start, d.end, d.text, first, end, "month", "past", "DATE")
                out.append(nd)
                since = nd
                continue
            day = base.date_start + timedelta(days=off)
            prec = "day" if abs(off) < 7 else "approx"
            nd = _Date(d.start, d.end, d.text, day, day, prec, "past", kind)
            out.append(nd)
            if kind != "PRIOR":
                last = told = nd
            continue
        if d.precision == "range" and ref is not None and d.date_end == ref:
            # "... said on Sunday that its forces had retaken 20 settlements in the past 24 hours"
            for o in dates[max(0, i - 3):i + 4]:
                if o is d or o.precision != "day" or o.date_start >= ref:
                    continue
                if abs(o.start - d.start) > 200 or "\n" in text[min(o.start, d.start):max(o.end, d.end)]:
                    continue
                if _SPEECH_DATE.search(text, max(0, o.start - 40), o.start):
                    shift = o.date_start - ref
                    d = _Date(d.start, d.end, d.text, d.date_start + shift, o.date_start, "range",
                              d.direction, d.type)
                    break
        out.append(d)
        if (ref is None or d.date_end <= ref) and not _inside(q_starts, quotes, d.start):
            if d.precision in ("day", "approx"):
                last = d
                if d.type != "TIME" and not _said_on(text, d):
                    told = d  # a bare "around 1 p.m." is of the day being told, not a day
            if d.precision not in ("rel", "range"):
                since = d
    return out


# --- main ----------------------------------------------------------------------------------


def extract(text: str, published=None, title: str | None = None) -> list[ExtractedEvent]:
    """The real work of :func:`conflict_db.extract.extract_events` (may raise on bugs)."""
    published = _coerce_published(published)
    ref = _reference(published)
    lines = body_lines(text, title)
    if not lines:
        return []
    body_text_len = sum(e - s for s, e in lines)
    if body_text_len == 0:
        return []

    # quotes and dates: the engine reads the main text only (furniture blanked, offsets kept)
    quotes = _quote_spans(text, lines)
    q_starts = [s for s, _ in quotes]
    all_dates = _dates(_recase(_blank_outside(text, lines)), published)
    all_dates = _extra_dates(text, lines, all_dates, ref)

    # background spans: datelines, histories, habits
    background: list[tuple[int, int]] = []
    datelines = []
    for s, e in lines:
        m = _DATELINE_RX.match(text, s, e)
        if m:
            background.append((s, m.end()))
            datelines.append((s, m.end()))
        low = text[s:e].lower()
        if any(w in low for w in _HABITUAL_WORDS):
            for m in _HABITUAL_RX.finditer(text, s, e):
                if not any(m.start() <= d.start < m.end() and d.precision in ("day", "approx")
                           for d in all_dates):  # "often" with a day of its own is that day's
                    background.append(m.span())
        since = "since" in low or _case_exotic(text, s, e)
        if since or (("which" in low or "that" in low) and "ha" in low):
            for m in _BACKGROUND_RX.finditer(text, s, e):
                background.append((m.start(), m.end()))
        if not since:
            continue  # every _BACKGROUND2_RX branch has "since"
        for m in _BACKGROUND2_RX.finditer(text, s, e):
            g = next(g for g in "abcd" if m.group(g))
            background.append((m.start(g), m.end(g)))
    # "since US troops withdrew in 2011": a history more than a year old is background
    if ref is not None:
        for d in all_dates:
            if (ref - d.date_end).days > 365:
                m = _SINCE_BEFORE.search(text, max(0, d.start - 60), d.start)
                if m:
                    background.append((m.start(), d.end))
    prev_end = -1  # "born in 1958 and 1962": the years of birth, no event's date
    for d in all_dates:
        if _NOT_EVENT_DATE_BEFORE.search(text, max(0, d.start - 25), d.start) or (
                prev_end >= 0 and re.fullmatch(r"\s*(?:,|and|or|,\s*and)\s*", text[prev_end:d.start])):
            background.append((d.start, d.end))
            prev_end = d.end
        else:
            prev_end = -1
    background.sort()
    bg_starts = [s for s, _ in background]
    all_dates = _resolve_relative(text, all_dates, ref, quotes)
    dates = [d for d in all_dates if not _inside(bg_starts, background, d.start)]
    date_starts = [d.start for d in dates]

    # triggers over the body lines
    raw: list[_Trigger] = []
    index = trigger_index()
    for s, e in lines:
        for ms, me, ct, nominal in index.finditer(text, s, e):
            if ct.not_before_rx is not None and not nominal and ct.not_before_rx.match(text, me):
                continue
            et = ct.type
            raw.append(_Trigger(et.name, ms, me, nominal, et.priority, et.violent))
    # overlapping matches: longest, then verbal, then priority wins
    raw.sort(key=lambda t: (-(t.end - t.start), t.nominal, -t.priority, t.start))
    taken: list[tuple[int, int]] = []
    # taken spans are disjoint: kept sorted, one bisect finds the only one that can overlap
    # (a quadratic scan otherwise; empty spans, which break that, take the scan)
    tk_starts: list[int] = []
    tk_ends: list[int] = []
    scan = False
    triggers: list[_Trigger] = []
    for t in raw:
        if t.end <= t.start:
            scan = True
        if scan:
            if any(_overlaps((t.start, t.end), sp) for sp in taken):
                continue
        else:
            k = bisect.bisect_left(tk_starts, t.end) - 1
            if k >= 0 and tk_ends[k] > t.start:
                continue
        if _inside(q_starts, quotes, t.start) or _inside(bg_starts, background, t.start):
            continue
        taken.append((t.start, t.end))
        k = bisect.bisect_left(tk_starts, t.start)
        tk_starts.insert(k, t.start)
        tk_ends.insert(k, t.end)
        triggers.append(t)
    triggers.sort(key=lambda t: t.start)

    # kill words with their numbers
    cands: list[_Cand] = []
    trig_starts = [t.start for t in triggers]
    following: dict[tuple[int, int], tuple[int, int]] = {}  # sentence -> the next one
    prev = None
    for para_idx, (ls, le) in enumerate(lines):
        for ss, se in split_sentences(text, ls, le):
            if prev is not None:
                following[prev] = (ss, se)
            prev = (ss, se)
            lo = bisect.bisect_left(trig_starts, ss)
            hi = bisect.bisect_left(trig_starts, se)
            s_trigs = triggers[lo:hi]
            dlo = bisect.bisect_left(date_starts, ss)
            dhi = bisect.bisect_left(date_starts, se)
            s_dates = [d for d in dates[dlo:dhi] if d.end <= se
                       and not _inside(q_starts, quotes, d.start)]
            kill_infos = _kills(text, ss, se, quotes, q_starts, background, bg_starts,
                                lambda: any(d.precision == "day" and not _SPEECH_DATE.search(
                                    text, max(0, d.start - 40), d.start) for d in s_dates))
            if not s_trigs and not kill_infos:
                continue
            clauses = split_clauses(text, ss, se)  # only sentences that may hold an event
            cands.extend(_sentence_events(text, ss, se, clauses, s_trigs, s_dates, kill_infos,
                                          para_idx, ref))

    # places and actors: only the sentences that hold an event are read (rest blanked), and
    # a retelling right after a violent one ("The strike hit the bus in Dahyan")
    retold = {}
    for c in cands:
        nxt = following.get(c.sent)
        if c.trig.violent and nxt is not None and _RETELLING.match(text, nxt[0]):
            retold[c.sent] = nxt
    focus = sorted({c.sent for c in cands} | set(retold.values()))
    focus_text = _blank_outside(text, focus) if focus else ""
    actor_matches = []
    cat = _actor_catalog() if focus else None
    if cat is not None:
        try:
            actor_matches = [a for a in cat.find(focus_text)]
        except Exception:
            actor_matches = []
    # "east of Ukraine", "in Syria": a state named where something happens is its place there
    located = {id(a) for a in actor_matches if a.also_place and _LOCATIVE_BEFORE.search(
        text, max(0, a.start - 30), a.start)}
    if located:
        actor_matches = [a for a in actor_matches if id(a) not in located]
    place_matches = []
    gaz = _gazetteer() if focus else None
    if gaz is not None:
        try:
            place_matches = gaz.find(focus_text, exclude=[(a.start, a.end) for a in actor_matches])
        except TypeError:
            try:
                place_matches = gaz.find(focus_text)
            except Exception:
                place_matches = []
        except Exception:
            place_matches = []
    place_matches = [p for p in place_matches
                     if not any(_overlaps((p.start, p.end), (a.start, a.end)) for a in actor_matches)
                     and not _NOT_PARTICIPANT_AFTER.match(text, p.end) and not _far_from(text, p.start)]
    # "the Britain-based monitor", "an Al Qaeda affiliate", "activists opposed to President
    # Assad", "militants linked to al Qaeda": named, but not a party to the event
    actor_matches = [a for a in actor_matches
                     if not _NOT_PARTICIPANT_AFTER.match(text, a.end)
                     and not _NOT_PARTICIPANT_BEFORE.search(text, max(0, a.start - 40), a.start)
                     and not (a.actor.kind == "person" and _speaker(text, a.start, a.end))
                     and not any(ds <= a.start < de for ds, de in datelines)]  # where the reporter was
    place_matches = _coherent_places(text, place_matches)
    place_matches.sort(key=lambda p: p.start)
    actor_matches.sort(key=lambda a: a.start)

    # places/actors, evidence
    p_starts = [p.start for p in place_matches]
    a_starts = [a.start for a in actor_matches]
    for c in cands:
        span = _list_extended(text, c)
        c.places = _within(place_matches, p_starts, span) or _within(place_matches, p_starts, c.sent)
        if c.killed is not None and c.places and all(_country_only(p.place) for p in c.places):
            # "fired rockets into northern Israel, killing two civilians in Nahariya": where the
            # victims died, inside that country, is where it happened
            end = _PHRASE_END.search(text, c.killed.end, c.sent[1])
            c.places = c.places + _finer(_within(place_matches, p_starts,
                                                 (c.killed.end, end.start() if end else c.sent[1])), c.places)
        if c.trig.violent and c.sent in retold and all(_country_only(p.place) for p in c.places):
            # "an airstrike hit a school bus in northern Yemen ... The strike hit the bus in a
            # market in Dahyan": where it happened, from the retelling
            c.places = [p for p in _finer(_within(place_matches, p_starts, retold[c.sent]), c.places,
                                          unplaced=True)
                        if not _where_told(text, p, retold[c.sent])] + c.places
        if datelines:
            # where the reporter was, unless the sentence names no other place
            told = [p for p in c.places if not any(ds <= p.start < de for ds, de in datelines)]
            c.places = told or c.places
        acts = _within(actor_matches, a_starts, c.clause) or _within(actor_matches, a_starts, c.sent)
        c.actors = [a for a in acts if getattr(a.actor, "kind", None) != "source"
                    and not _SOURCE_ACTOR.search(a.actor.name)]
        c.evidence = _evidence(text, c, background)

    _attach_tolls(cands)
    _date_since_campaign(cands, text, [d for d in dates if not _inside(q_starts, quotes, d.start)], ref)
    # an undated toll in a sentence that tells a history ("have stepped up attacks since 2015,
    # killing thousands") is that history's
    for c in cands:
        if c.type == "casualty_report" and c.date is None and any(
                _overlaps(c.sent, b) for b in background):
            c.drop = True
    told_dates = [d for d in dates if not _inside(q_starts, quotes, d.start)]
    _date_by_reference(cands, text, told_dates, ref)
    _date_by_detail(cands, text)
    _attach_dates_across(cands, text, told_dates, lines, ref)
    _dedupe_article(cands, text)

    out = []
    for c in cands:
        if c.drop:
            continue
        out.append(_to_event(text, c, ref))
    return out


# a person who tells the news ("Shehu said Monday that ...", "..., said Jalige"): the
# source of the report, not a party to the event
_SPEAKER_AFTER = re.compile(
    r"(?:\s*,[^,.;]{1,80},)?\s*,?\s+(?:has\s+|had\s+|also\s+)?(?:said|says|told|wrote|writes|added|"
    r"stated|tweeted|posted|confirmed|denied|announced)\b", re.I)
_SPEAKER_BEFORE = re.compile(r"\b(?:said|says|told|according\s+to)\s+$", re.I)


def _speaker(text: str, start: int, end: int) -> bool:
    return bool(_SPEAKER_AFTER.match(text, end) or _SPEAKER_BEFORE.search(text, max(0, start - 20), start))


_LOCATIVE_BEFORE = re.compile(
    r"(?:\b(?:in|into|inside|across|throughout|near|around|outside|towards|toward)\s+"
    r"|\b(?:north|south|east|west|northeast|northwest|southeast|southwest|centre|center|parts|"
    r"areas|regions|outskirts|borders?|rest)\s+of\s+)(?:the\s+)?(?:(?-i:[a-z]+)\s+)?$", re.I)


_CAP_WORD_BEFORE = re.compile(r"(?-i:[A-Z][a-z]+) $")
_CAP_WORD_AFTER = re.compile(
    r" (?!(?:Province|Governorate|Oblast|Region|District|City|Camp|Airport|Crossing|Road|"
    r"Street|Square|Valley|River)\b)(?-i:[A-Z][a-z]+)\b")
_SENTENCE_START_WORDS = frozenset("The A An In On At By For From Of And But Near".split())


_DISTANCE_BEFORE = re.compile(
    r"\b(?P<n>\d[\d,.]*)\s*(?P<u>km|kms|kilometres|kilometers|miles)\b[^,;.]{0,20}?\s+(?:(?:north|south|east|west)"
    r"(?:-?(?:east|west))?(?:ern)?\s+of|from)\s+(?:the\s+)?(?:[\w-]+\s+){0,3}?(?:capital,?\s+)?$", re.I)
_NEAR_KM = 50  # farther than this, a place is a landmark to find the event's, not its place


def _far_from(text: str, start: int) -> bool:
    """"about 300km northeast of the capital Bangui": Bangui is how to find the place."""
    low = text[max(0, start - 80):start].lower()
    if "km" not in low and "kilomet" not in low and "mile" not in low:
        return False  # (most places: no distance before them)
    m = _DISTANCE_BEFORE.search(text, max(0, start - 80), start)
    if m is None:
        return False
    try:
        n = float(m["n"].replace(",", ""))
    except ValueError:
        return False
    return n * (1.609 if m["u"].lower() == "miles" else 1) > _NEAR_KM


def _coherent_places(text: str, matches: list) -> list:
    """Drop place readings that are parts of person names ("Abdul Rashid Dostum") and
    spelling-variant or fuzzy readings in a country the article names nowhere else."""
    out = []
    for p in matches:
        s, e = p.start, p.end
        if " " not in p.text and "-" not in p.text and _CAP_WORD_AFTER.match(text, e):
            b = _CAP_WORD_BEFORE.search(text, max(0, s - 20), s)
            if b and b.group().strip() not in _SENTENCE_START_WORDS:
                continue
        out.append(p)
    sure = {getattr(p.place, "country", None) for p in out
            if getattr(p, "method", "exact") in ("exact", "cue")}
    sure.discard(None)
    if not sure:
        return out
    return [p for p in out if getattr(p, "method", "exact") in ("exact", "cue")
            or getattr(p.place, "country", None) in sure]


def _list_extended(text, c) -> tuple[int, int]:
    """The trigger clause plus the comma-list items that follow it ("the towns of A, B, C")."""
    s, e = c.clause
    for cs, ce in split_clauses(text, c.sent[0], c.sent[1]):
        if cs < e:
            continue
        if len(text[cs:ce].split()) > 4 or not text[cs:cs + 1].isupper():
            break
        e = ce
    return (s, e)


_PHRASE_END = re.compile(r"[,.;:!?()\"“”]")
_RETELLING = re.compile(
    r"(?:The|This)\s+(?:[\w'’-]+\s+)?(?:strike|airstrike|air\s+strike|attack|blast|explosion|"
    r"bombing|raid|assault|ambush|shelling)\b")


def _where_told(text: str, p, span: tuple[int, int]) -> bool:
    """The place is where a source spoke: "a health official in Saada", "officials in Kabul said"."""
    before = text[max(span[0], p.start - 40):p.start]
    return bool(re.search(r"\b(?:official|officials|spokesman|spokeswoman|governor|doctor|medic|witness|"
                          r"resident|reporters?|correspondent)\s+(?:[\w'’-]+\s+){0,2}in\s+$", before, re.I)
                or _REPORTING_RX.search(text, p.end, min(span[1], p.end + 25)))


def _country_only(place) -> bool:
    return place.admin1 is None and place.name == place.country


def _finer(matches: list, than: list, unplaced: bool = False) -> list:
    """The places of `matches` more precise than a country, inside the countries of `than` (any
    country when `than` names none; with `unplaced`, also names the gazetteer does not know)."""
    countries = {p.place.country for p in than}
    return [p for p in matches if not _country_only(p.place) and (
        not countries or p.place.country in countries or (unplaced and p.place.country is None))]


def _within(matches, starts, span):
    lo = bisect.bisect_left(starts, span[0])
    res = []
    for m in matches[lo:]:
        if m.start >= span[1]:
            break
        if m.end <= span[1]:
            res.append(m)
    return res


@dataclass
class _Kill:
    start: int
    end: int
    qty: Quantity | None
    civilian: bool
    aggregate: bool
    whole_war: bool
    combatants: bool = False  # "security forces killed 30 fighters": a fight, not a toll
    agent: bool = False  # an armed subject does the killing


def _kills(text, ss, se, quotes, q_starts, background, bg_starts, day_dated=False) -> list[_Kill]:
    out = []
    sent = text[ss:se]
    low = sent.lower()
    if not any(w in low for w in _KILL_WORDS) and not _case_exotic(sent, 0, len(sent)):
        return out  # no _KILL_RX match possible (most sentences)
    if not _KILL_RX.search(sent):
        return out
    if callable(day_dated):  # worked out only for the (few) sentences that speak of kills
        day_dated = day_dated()
    qtys = find_quantities(text, ss, se)
    sent_nb = sent  # the sentence without its background clauses ("since the coup in February")
    for bs, be in background:
        if bs < se and ss < be:
            a, b = max(bs, ss) - ss, min(be, se) - ss
            sent_nb = sent_nb[:a] + " " * (b - a) + sent_nb[b:]
    for m in _KILL_RX.finditer(text, ss, se):
        if _inside(q_starts, quotes, m.start()) or _inside(bg_starts, background, m.start()):
            continue
        word = m.group().lower()
        qty = None
        passive = word in ("killed", "massacred", "executed") and _PASSIVE_BEFORE.search(
            text, max(ss, m.start() - 30), m.start()) is not None
        # number after: "killed 697 people" (not "71 soldiers were killed, 12 were wounded")
        if (word in ("killed", "killing", "kills", "kill", "massacred", "executed") or word.startswith("death")) \
                and not passive:
            for q in qtys:
                if q.start >= m.end() and q.start - m.end() <= 25:
                    between = text[m.end():q.start]
                    if re.fullmatch(r"[\s,]*(?:(?:at|to|of|reached|stood|stands|rose|has|had|"
                                    r"risen|climbed|now|an?\s+estimated)\s+)*", between, re.I):
                        qty = q
                        break
        if qty is None and not passive and word in ("killed", "killing", "kills", "kill"):
            # "killed the police chief and three officers": the victim follows, no number before
            qty = _one_victim(text, ss, m.start(), m.end(), word, after_only=True)
        if qty is None:
            # number before: "five militants were killed", "500 people had been killed"
            for q in reversed(qtys):
                if q.end <= m.start() and m.start() - q.end <= 60:
                    between = text[q.end:m.start()]
                    if _BEFORE_KILL_GAP.match(" " + between.strip() + " ") or not between.strip():
                        qty = q
                        break
                    if re.fullmatch(r"\s+(?:[\w'’-]+\s+){0,6}(?:were|was|have\s+been|had\s+been|"
                                    r"has\s+been|are|died|dead)\s*(?:(?:reportedly|also|allegedly)\s+)?", between + " ",
                                    re.I) and not re.search(r"[,;]", between):
                        qty = q
                        break
                    # "At least 25 people, including fighters and civilians, have been killed"
                    if re.fullmatch(r"\s*(?:[\w'’-]+\s+){0,2}?[\w'’-]*,\s+(?:including|among\s+them|"
                                    r"mostly|(?:some|all|most|many|several|half|one|two|three|four|five)\s+of\s+them)\b[^;.]{0,80},\s+"
                                    r"(?:have|has|had|were|was)\s+(?:been\s+)?", between, re.I):
                        qty = q
                        break
        if qty is None:
            qty = _one_victim(text, ss, m.start(), m.end(), word)
        if qty is None and word in ("dead", "died", "die", "lives", "perished", "slain"):
            continue
        if qty is None and word in ("killing", "kills", "kill"):
            # "killing a doctor": the victim follows
            after = text[m.end():min(se, m.end() + 40)]
            if not _CIVILIAN_RX.match(after.strip().split(" ", 1)[-1] if after.strip() else ""):
                if not re.match(r"\s+(?:a|an|one|the)\s+(?:\w+\s+)?(?:%s)\b" % CIVILIAN_WORDS,
                                after, re.I):
                    continue
        if qty is None and word == "killed":
            continue
        if qty is not None and qty.end <= m.start():
            # "15 insurgents and four police officers were killed": add the conjoined count
            for q0 in qtys:
                if q0.end <= qty.start and re.fullmatch(
                        r"\s+(?:[\w'’-]+\s+){0,4}?and\s+", text[q0.end:qty.start]):
                    lo = (q0.low or 0) + (qty.low or 0)
                    hi = None if q0.high is None or qty.high is None else q0.high + qty.high
                    qty = Quantity(q0.start, qty.end, text[q0.start:qty.end], lo, hi, q0.vague or qty.vague)
                    break
        elif qty is not None:
            # "killed one soldier and six pro-government fighters": the conjoined count too
            q2 = next((q for q in qtys if q.start >= qty.end), None)
            one = _AND_ONE_AFTER.match(text, qty.end)
            if q2 is not None and re.fullmatch(r"\s+(?:[\w'’-]+\s+){0,4}?and\s+", text[qty.end:q2.start]) \
                    and qty.low is not None and q2.low is not None and not q2.vague and not qty.vague:
                hi = None if qty.high is None or q2.high is None else qty.high + q2.high
                qty = Quantity(qty.start, q2.end, text[qty.start:q2.end], qty.low + q2.low, hi, False)
            elif one is not None and qty.low is not None and not qty.vague \
                    and qty.text.lower() not in ("a", "an", "one"):  # (not "a man and a woman": counted)
                # "killed 17 soldiers and a civilian": one more
                qty = Quantity(qty.start, one.end(), text[qty.start:one.end()], qty.low + 1,
                               None if qty.high is None else qty.high + 1, False)
        # who the victims were: from the first number ("17 soldiers and a civilian": a battle)
        named = _number_end(text, qty) if qty is not None else m.end()
        victims = text[named:min(se, named + 40)]
        civilian = bool(_CIVILIAN_RX.search(victims)) and not _COMBATANTS_RX.match(text, named)
        # "..., raising the death toll to 23": that toll is the total this kill adds to
        told = sent_nb
        raising = _RAISING_TOLL.search(sent_nb, m.end() - ss) if "toll" in sent_nb else None
        if raising is not None:
            told = sent_nb[:raising.start()]
        aggregate = bool(_AGGREGATE_RX.search(told)) or (
            not day_dated and bool(_AGGREGATE_WEAK_RX.search(told)))
        combatants = qty is not None and qty.start >= m.end() and bool(
            _COMBATANTS_RX.match(text, qty.end)) and word in ("killed", "killing")
        # an active kill with a subject of its own ("forces killed 38 people"), not a toll
        agent = qty is not None and qty.start >= m.end() and word == "killed" and bool(
            re.search(r"\b(?:forces|troops|soldiers|police|gunmen|militants|fighters|militia|"
                      r"army|insurgents|jihadists|rebels|attackers|assailants)\s+(?:\w+\s+)?$",
                      text[max(ss, m.start() - 40):m.start()], re.I))
        before = text[ss:m.start()]
        whole_war = bool(_WHOLE_WAR_SUBJECT.search(before)) and not re.search(
            r"\b(?:fighting|clashes|infighting|battles?)\b", before[-60:], re.I)
        out.append(_Kill(m.start(), m.end(), qty, civilian, aggregate, whole_war, combatants, agent))
    return out


# a single victim, told without a number: "killing one civilian", "a soldier was killed"
_ONE_NOUNS = by_first_letter(
    r"civilian|doctor|nurse|medic|journalist|reporter|photographer|aid\s+worker|child|boy|girl|"
    r"woman|man|villager|resident|worshipp?er|student|teacher|pupil|protester|demonstrator|farmer|"
    r"shepherd|passenger|pilgrim|refugee|patient|priest|imam|activist|bystander|person|soldier|"
    r"serviceman|policeman|policewoman|police\s+officer|officer|guard|fighter|militant|rebel|"
    r"insurgent|gunman|attacker|assailant|commander|member|worker|employee|volunteer|peacekeeper|"
    r"trooper|paramedic|official|contractor|driver|bodyguard|son|daughter|wife|husband")
# one person named by office: "killed the police chief", "the provincial governor"
_TITLE_NOUNS = by_first_letter(
    r"chief|governor|deputy\s+governor|mayor|commander|leader|head|minister|judge|prosecutor|"
    r"spokesman|spokeswoman|cleric|imam|priest|bishop|lawmaker|senator|mp")
_ONE_VICTIM = (r"(?:(?P<q>a|an|one|a\s+single)\s+(?:[\w'’-]+\s+)?(?:%s)|"
               r"(?P<q2>the|(?-i:[A-Z])[\w-]+['’]s)\s+(?:[\w'’-]+\s+)?(?:%s))\b(?!['’-])"
               % (_ONE_NOUNS, _TITLE_NOUNS))
_ONE_VICTIM_AFTER = re.compile(r"\s+(?:(?:only|just)\s+)?" + _ONE_VICTIM + r"(?P<two>\s+and\s+(?:a|an|one|his|her)\s+"
                               r"(?:[\w'’-]+\s+)?(?:%s)\b)?" % _ONE_NOUNS, re.I)
_ONE_VICTIM_BEFORE = re.compile(r"\b" + _ONE_VICTIM + r"\s+(?:(?:was|has\s+been|had\s+been|is|also|"
                                r"reportedly)\s+){1,3}$", re.I)


_IN_MANNER_BEFORE = re.compile(r"\bin\s+(?:(?:a|an|the|two|three|four|five|six|several|separate|"
                               r"multiple|\d+)\s+)?(?:[\w-]+\s+)?$", re.I)
_REJECTED_CLAIM = re.compile(
    r"\b(?:rejected|rejects|denied|denies|dismissed|dismisses|refuted|refutes|disputed|disputes)\s+"
    r"(?:[\w'’-]+\s+){0,4}?(?:claims?|reports?|allegations?)\s+(?:[\w'’-]+\s+){0,2}?of\s+$", re.I)
_OF_GERUND_BEFORE = re.compile(r"\b(?:of|for)\s+$", re.I)
_RESPONSIBILITY_BEFORE = re.compile(r"\bresponsibility\s+for\s+$", re.I)  # a claim names the killer


def _one_victim(text: str, ss: int, start: int, end: int, word: str, after_only: bool = False) -> Quantity | None:
    """A count of one for a kill word whose victim is a single person named without a number."""
    m = None
    if word in ("killed", "killing", "kills", "kill", "executed"):
        m = _ONE_VICTIM_AFTER.match(text, end)
    if m is None and not after_only and word in ("killed", "executed", "slain", "dead"):
        m = _ONE_VICTIM_BEFORE.search(text, max(ss, start - 60), start)
    if m is None:
        return None
    n = 2 if m.groupdict().get("two") else 1  # "killed a man and a woman"
    q = "q" if m.group("q") else "q2"
    return Quantity(m.start(q), m.end(q), m.group(q), n, n)


def _clause_of(clauses, pos):
    for i, (a, b) in enumerate(clauses):
        if a <= pos < b:
            return i
    # between clauses (punctuation): the preceding one
    for i in range(len(clauses) - 1, -1, -1):
        if clauses[i][0] <= pos:
            return i
    return 0


def _sentence_events(text, ss, se, clauses, trigs, s_dates, kills, para, ref) -> list[_Cand]:
    cands: list[_Cand] = []
    keep: list[tuple[_Trigger, str]] = []  # trigger, status hint
    for t in trigs:
        ci = _clause_of(clauses, t.start)
        cs, ce = clauses[ci]
        before = text[max(ss, t.start - 60):t.start]
        # look a bit further back than the clause for modals ("to drive out")
        hint = "occurred"
        # a one-word verb form after a possessive or a determiner is a noun ("the army's
        # warplanes struck" is a verb phrase)
        one_word = not any(c.isspace() for c in text[t.start:t.end])
        if not t.nominal and one_word and _POSSESSIVE_BEFORE.search(before):
            t.nominal = True  # "Tuesday's releases", "Russia's attack"
        if t.nominal and t.type != "casualty_report" and (
                _NOMINAL_REF_BEFORE.search(before) or (_REACTION_BEFORE.search(before) and not (
                    t.violent and _OWNED_REACTION_BEFORE.search(before) and _dated_phrase(text, t, s_dates)))) and not (
                t.violent and _DEVICE_ACTS_AFTER.match(text, t.end)):
            continue
        if t.nominal and (_CONDITION_BEFORE.search(before) or _NOMINAL_NEG_BEFORE.search(before)):
            continue  # "if the government agreed to talks", "ended without a deal"
        if t.nominal and t.type == "agreement" and (_TERMS_AFTER.match(text, t.end) or _DEAL_ENDS_AFTER.match(text, t.end)):
            continue  # "as the deal stipulates", "the ceasefire collapsed": not its making
        if not t.nominal:
            if _NEG_BEFORE.search(before):
                continue
            if not t.violent and _TIME_CLAUSE_BEFORE.search(before):
                continue
            if _FUTURE_BEFORE.search(before) or _MODAL_PASSIVE_BEFORE.search(before):
                hint = "planned"
            elif not t.violent and _REPORTED_WOULD.search(text, ss, t.start):
                hint = "planned"  # "said negotiators would meet again": future in the past
            elif (_MODAL_BEFORE.search(before) or _CONDITION_BEFORE.search(before)) and not (
                    _SUCCESS_TO_BEFORE.search(before)) and not (
                    t.type == "clash" and _ATTEMPT_TO_BEFORE.search(before)):
                continue
            if (_ADJ_BEFORE.search(before) and not (t.violent and _AUX_ADJ_BEFORE.search(before))) or (
                    _DETERMINER_BEFORE.search(before) and one_word):
                continue  # "newly captured", "its capture would mark": not a verb of its own
            word = text[t.start:t.end].lower()
            if word.endswith("ing"):
                if _GERUND_PREP_BEFORE.search(before) and not _SPECIFIC_AFTER.match(text[t.end:t.end + 20]):
                    continue
                if _PURPOSE_OF_BEFORE.search(before):
                    continue  # "capable of retaking the city", "a bid for seizing power": not done
                if t.type in ("territory_change", "clash") and not _WORD_AFTER.match(text, t.end):
                    continue
            if t.violent and word.endswith("ing") and _PROGRESSIVE_BEFORE.search(before) \
                    and not _has_date(s_dates, cs, ce):
                continue
            if t.type == "clash" and _RELATIVE_PERFECT_BEFORE.search(before) and not _has_date(s_dates, cs, ce):
                continue
        if t.violent and hint == "planned":
            continue
        if t.type == "release" and not t.nominal and _DOCUMENT_SUBJECT_BEFORE.search(text, max(ss, t.start - 90), t.start):
            continue  # "a joint statement is expected to be released on Tuesday"
        if t.type == "territory_change" and not t.nominal:
            word = text[t.start:t.end].lower()
            if word.startswith(("seiz", "captur", "taken", "took", "taking", "snatch", "hand")) and (
                    _PERSON_PATIENT_BEFORE.search(text, max(ss, t.start - 90), t.start) or
                    _PERSON_PATIENT_AFTER.match(text, t.end) or (
                        _BY_AFTER.match(text, t.end) and _PERSONS_JUST_BEFORE.search(text, max(ss, t.start - 30), t.start))):
                # people are not territory: "42 students were seized", "were handed over"
                if _ATTRIBUTIVE_BEFORE.search(before):
                    continue
                t.type = "release" if word.startswith("hand") else "abduction"
                t.violent = t.type == "abduction"
        keep.append((t, hint))

    # "announced it had reached a deal": the announcement is the deal's evidence
    # "the LNA attacked the airport, it said in a statement": the statement is the news's source
    others = [u for u, _h in keep if u.type != "statement"]
    keep = [(t, h) for t, h in keep if not (t.type == "statement" and any(
        0 <= u.start - t.end < 60 or (u.end <= t.start and text[t.start:t.end].lower().startswith("said")
                                      and _SOURCE_TAIL.match(text, u.end, t.start)
                                      and not _has_date(s_dates, *clauses[_clause_of(clauses, t.start)]))
        for u in others))]

    # "gunmen raided the school and forced the students into the forest": the raid is how the
    # kidnapping was done, not a clash of its own
    if any(t.type == "abduction" and not t.nominal for t, _h in keep):
        keep = [(t, h) for t, h in keep if not (t.type == "clash" and not t.nominal)]

    # civilian attacks need civilian victims (verbal triggers like "executed" excepted)
    kept2 = []
    for t, hint in keep:
        if t.nominal and _MODIFIER_AFTER.match(text, t.end):
            continue  # the trigger word modifies a noun: "assault troops", "battle tanks"
        if t.type == "attack_on_civilians" and t.nominal:
            around = text[t.start:min(se, t.end + 60)]
            if not _CIVILIAN_RX.search(around) and not re.search(r"massacre", text[t.start:t.end], re.I):
                continue
        kept2.append((t, hint))
    # "Russian shelling killed seven people in four attacks": the attacks are the shelling's
    if any(t.type == "bombing" for t, _h in kept2):
        kept2 = [(t, h) for t, h in kept2 if not (
            t.type == "clash" and t.nominal and _IN_MANNER_BEFORE.search(text, max(ss, t.start - 30), t.start))]
    # "ambushed a military convoy", "an attack on reinforcements": the target of a violent
    # act, not a movement of its own
    violent = [t for t, _h in kept2 if t.violent]
    keep = [(t, h) for t, h in kept2 if t.violent or not t.nominal or not any(
        u.end <= t.start and _TARGET_GAP.fullmatch(text, u.end, t.start) for u in violent)]

    # kills: attach to a violent trigger of the sentence, or make their own event
    kill_events: list[tuple[_Kill, str]] = []
    for k in kills:
        if k.whole_war:
            continue
        host = None
        best = None
        # "accused the fighters of killing a doctor": the grievance, another event than the clash
        alleged = text[k.start:k.end].lower() == "killing" and _OF_GERUND_BEFORE.search(
            text, max(ss, k.start - 6), k.start) and not _RESPONSIBILITY_BEFORE.search(
            text, max(ss, k.start - 20), k.start)
        if alleged and _REJECTED_CLAIM.search(text, max(ss, k.start - 80), k.start):
            continue  # "officials rejected a Taliban claim of killing 20": no toll at all
        for t, _h in keep:
            if t.type in _KILLING_TYPES and not alleged:
                dist = _gap(t.start, t.end, k.start, k.end)
                if k.aggregate and t.nominal and (t.type == "clash" or _AGGREGATE_RX.search(
                        text, ss, se)):
                    continue
                if best is None or (t.type == "bombing", -dist) > best:
                    best = (t.type == "bombing", -dist)
                    host = t
        if host is not None and k.qty is not None:
            if host.type == "clash" and (k.civilian or (
                    not host.nominal and _CIVILIAN_SITE_AFTER.match(text, host.end)) or (
                    # "fighters killed 13 people in an attack on a village": armed men killing
                    # unnamed people in a one-sided attack, not in a fight
                    k.agent and host.nominal and _PEOPLE_AFTER.match(text, k.qty.end)
                    and _ONE_SIDED.match(text, host.start, host.end))):
                host.type = "attack_on_civilians"
            kill_events.append((k, "host:%d" % id(host)))
        elif k.aggregate and k.qty is not None:
            kill_events.append((k, "casualty_report"))
        elif k.combatants:
            kill_events.append((k, "clash"))
        elif k.qty is not None and k.agent and _PEOPLE_AFTER.match(text, k.qty.end):
            kill_events.append((k, "attack_on_civilians"))
        elif k.civilian:
            kill_events.append((k, "attack_on_civilians"))
        elif k.qty is not None:
            kill_events.append((k, "casualty_report"))

    # a casualty report's subject ("the fighting has killed ...") is not a separate clash,
    # nor is the cause named in its clause ("killed in Israel's bombardment since then")
    if any(kind == "casualty_report" for _k, kind in kill_events):
        toll_clauses = {_clause_of(clauses, k.start) for k, kind in kill_events
                        if kind == "casualty_report" and k.aggregate}
        keep = [(t, h) for t, h in keep if not (t.nominal and (
            t.type == "clash" or (t.violent and _clause_of(clauses, t.start) in toll_clauses)))]

    # nominal triggers need their own date or an occurrence predicate
    date_clause = [_clause_of(clauses, d.start) for d in s_dates]
    trig_clause = {id(t): _clause_of(clauses, t.start) for t, _ in keep}
    clauses_with_trig = set(trig_clause.values())
    for k, kind in kill_events:
        if not kind.startswith("host:"):
            clauses_with_trig.add(_clause_of(clauses, k.start))

    def own_date(pos0, pos1, ci):
        best = None
        for d, dc in zip(s_dates, date_clause):
            if dc != ci:
                continue
            g = _gap(pos0, pos1, d.start, d.end)
            if best is None or g < best[0]:
                best = (g, d)
        return best[1] if best else None

    def free_date(pos0, pos1):
        best = None
        for d, dc in zip(s_dates, date_clause):
            if dc in clauses_with_trig or dc not in free_ok or (d.type == "PRIOR" and pos0 < d.start):
                continue
            g = _gap(pos0, pos1, d.start, d.end)
            if best is None or g < best[0]:
                best = (g, d)
        return best[1] if best else None

    def sibling_date(pos0, pos1):
        best = None
        for d, dc in zip(s_dates, date_clause):
            if d.type == "PRIOR" and pos0 < d.start:
                continue
            if dc in clauses_with_trig and _RELATIVE_LEAD.match(text, clauses[dc][0]) and \
                    not clauses[dc][0] <= pos0 < clauses[dc][1]:
                continue  # "..., where a cathedral was hit on Thursday": that clause's own day
            g = _gap(pos0, pos1, d.start, d.end)
            if best is None or g < best[0]:
                best = (g, d)
        return best[1] if best else None

    # a date clause without a trigger lends its date only when it is an adverbial of its own
    # ("On Friday, ...", "By Sunday, ...", "..., on Sunday, ..."), not a clause with its own verb
    free_ok = set()
    for d, dc in zip(s_dates, date_clause):
        cs, ce = clauses[dc]
        lead = text[cs:d.start]
        rest = len(text[cs:d.start].split()) + len(text[d.end:ce].split())
        if (rest <= 2 or re.fullmatch(
                r"\s*(?:(?:on|by|in|at|since|until|from|late|early|later|earlier|as\s+of|last|"
                r"this|during|over)\s+)*(?:the\s+)?", lead, re.I)) and not _REPORTING_RX.search(text, d.end, ce):
            free_ok.add(dc)  # (not "..., Saturday PUNCH has learnt": the day of the news)

    # date ownership among several triggers of one clause: a date goes to its nearest trigger
    by_clause: dict[int, list[_Trigger]] = {}
    for t, _h in keep:
        by_clause.setdefault(trig_clause[id(t)], []).append(t)

    def owned(t: _Trigger, ci: int):
        best = None
        for d, dc in zip(s_dates, date_clause):
            if dc != ci or (d.type == "PRIOR" and t.start < d.start):
                continue  # "The fall of X comes two days after ...": not the fall's date
            nearest = _date_owner(text, d, by_clause.get(ci, [t]))
            if nearest is not t:
                continue
            g = _gap(t.start, t.end, d.start, d.end)
            if best is None or g < best[0]:
                best = (g, d)
        return best[1] if best else None

    def cause_date(t: _Trigger, ci: int):
        """"police said on Tuesday three students were abducted after gunmen attacked on
        Monday evening": the day of the attack, not the day the police spoke."""
        for d, dc in zip(s_dates, date_clause):
            if dc > ci and d.start > t.end and d.precision in ("day", "approx") and \
                    _CAUSE_CLAUSE.match(text, clauses[dc][0]) and \
                    not _said_on(text, d, ss):
                return d
        return None

    def later_date(t: _Trigger):
        """"police on Tuesday confirmed four people were taken away ... last weekend": the
        time told after the event, before the day of the news."""
        for d in s_dates:
            if d.start > t.end and d.date_start is not None and d.type != "PRIOR" and \
                    not _news_day(text, d, ss) and (ref is None or d.date_end <= ref):
                return d
        return None

    hosts = {kind for _k, kind in kill_events if kind.startswith("host:")}
    # "the death toll from Saturday's bombing rose to 84": the toll is the bombing's, and tells it
    # the number each toll is told with ("toll ... rose to 40"), None when it has none
    tolls = {id(t): _TOLL_NUMBER.match(text, t.end, se) for t, _h in keep
             if t.type == "casualty_report" and t.nominal}
    toll_of: dict[int, Quantity | None] = {}
    toll_ends: dict[int, int] = {}  # (a day told after the toll is the day it rose to that)
    told_tolls: set[int] = set()
    for t, _h in keep:
        toll = tolls.get(id(t))
        # (an incident: "the death toll from the fighting" is the toll of a war, a report)
        host = toll and next((u for u, _h2 in keep if u.nominal and t.end <= u.start and u.end <= toll.end()
                              and (u.type in ("bombing", "attack_on_civilians") or (
                                  u.type == "clash" and _ONE_SIDED.match(text, u.start, u.end)))), None)
        if host is not None:
            toll_ends[id(host)] = toll.end()
            toll_of[id(host)] = _toll_quantity(text, t, toll, se)
            told_tolls.add(id(t))

    def after_toll(t: _Trigger, d: _Date) -> bool:
        return d.start >= toll_ends.get(id(t), len(text))

    for t, hint in keep:
        if id(t) in told_tolls:
            continue
        ci = trig_clause[id(t)]
        d = owned(t, ci)
        if d is not None and d.end <= t.start and _news_day(text, d, ss):
            d = cause_date(t, ci) or later_date(t) or d
        if d is not None and after_toll(t, d):
            d = None  # "the death toll from a car bomb attack rose to 21 on Friday"
        how = "own" if d else None
        if d is None:
            d = free_date(t.start, t.end)
            how = "free" if d else None
        # only nominal triggers consult the predicate (verbal ones assert their event); "three
        # soldiers have been killed near the capital, in a suicide car bomb attack": the kill is it
        predicate = t.nominal and ("host:%d" % id(t) in hosts or id(t) in toll_of
                                   or _has_predicate(text, clauses[ci], t, keep))
        if t.nominal and t.violent and _PROGRESSIVE_BEFORE.search(text[max(ss, t.start - 30):t.start]):
            if how != "own":
                continue
        if d is not None and _bounds_before(text, d):
            d, how = None, None  # "Before Tuesday, the government had freed ...": some time before
        if d is None and (not t.nominal or predicate):
            d = sibling_date(t.start, t.end)
            how = "sibling" if d else None
            if d is not None and (_bounds_before(text, d) or _object_participle_date(text, t, d, by_clause.get(ci, ()))
                                  or (id(t) in toll_of and _said_on(text, d, ss)) or after_toll(t, d)):
                d, how = None, None  # (the day a toll was given is not the day of its incident)
        if t.nominal and how not in ("own", "free") and not predicate:
            continue
        if t.nominal and d is not None and d.type == "SINCE" and not predicate:
            continue  # "skirmishes have been commonplace since then": a state, not an event
        if t.type == "statement" and how not in ("own", "free"):
            continue  # undated declarations are commentary, not events
        toll = tolls.get(id(t))
        if id(t) in tolls and toll is None:
            continue  # "anger at the mounting toll": a toll without a number is no report
        if d is not None and d.precision == "range" and t.end <= d.start and _AFTER_PERIOD.search(
                text, max(ss, d.start - 20), d.start):
            # "retreated after two days of heavy fighting": at the end of those days
            d = _Date(d.start, d.end, d.text, d.date_end, d.date_end, "approx", d.direction, d.type)
        c = _Cand(t.type, t, (ss, se), clauses[ci], para, d, how)
        c.status = _status(text, ss, se, clauses[ci], t, hint, d, ref)
        if t.violent and c.status == "planned":
            continue
        c.vague = d is None
        if toll is not None:
            c.killed = _toll_quantity(text, t, toll, se)
        if toll_of.get(id(t)) is not None:
            c.killed = toll_of[id(t)]
        cands.append(c)

    for k, kind in kill_events:
        if kind.startswith("host:"):
            for c in cands:
                if "host:%d" % id(c.trig) == kind:
                    if c.killed is None:
                        c.killed = k.qty
            continue
        ci = _clause_of(clauses, k.start)
        pseudo = _Trigger(kind, k.start, k.end, False, 0, kind != "casualty_report")
        d = own_date(k.start, k.end, ci) or free_date(k.start, k.end) or sibling_date(k.start, k.end)
        how = "own" if d else None
        if kind == "casualty_report" and d is not None and ref is not None and \
                (ref - d.date_start).days > 366:
            continue  # a toll over years is the war's background, not this report's event
        if kind == "casualty_report" and d is not None and d.anchor >= 0 and _WAR_BEGAN.search(
                text, max(0, d.anchor - 60), d.anchor):
            continue  # "The conflict began in November ... Thousands have been killed since then"
        c = _Cand(kind, pseudo, (ss, se), clauses[ci], para, d, how)
        c.killed = k.qty
        c.toll_only = kind == "casualty_report" and not k.aggregate
        c.status = _status(text, ss, se, clauses[ci], pseudo, "occurred", d, ref)
        if c.status == "planned":
            continue
        cands.append(c)

    # counts (prisoners freed, car bombs): the number nearest the trigger in its clause
    killed_spans = [(c.killed.start, c.killed.end) for c in cands if c.killed is not None]
    for c in cands:
        if c.type in ("release", "abduction", "bombing", "defection") and c.trig.type == c.type:
            c.count = _count_near(text, c.clause, c.trig, killed_spans)

    # one event per (type, sentence) unless their own dates differ
    merged: list[_Cand] = []
    for c in cands:
        twin = None
        for m in merged:
            if m.type != c.type:
                continue
            if m.date is not None and c.date is not None and (
                    m.date.date_start != c.date.date_start or m.date.date_end != c.date.date_end):
                continue
            if m.count is not None and c.count is not None and m.count != c.count:
                continue
            if (m.date is None) != (c.date is None) and any(
                    x.date is not None and x.date_how == "own" and _RELATIVE_LEAD.match(text, x.clause[0])
                    for x in (m, c)):
                continue  # a relative clause dated on its own tells another event
            twin = m
            break
        if twin is None:
            merged.append(c)
            continue
        # keep the verbal mention as the evidence; fill in what the other knows
        if twin.trig.nominal and not c.trig.nominal:
            twin.trig, twin.clause = c.trig, c.clause
        twin.killed = twin.killed or c.killed
        twin.count = twin.count if twin.count is not None else c.count
        if twin.date is None and c.date is not None:
            twin.date, twin.date_how = c.date, c.date_how
        twin.vague = twin.date is None
    # an abduction told only as background of a release in the same clause ("hostages
    # kidnapped at checkpoints escaped") is part of the release, unless dated on its own
    releases = [c for c in merged if c.type == "release"]
    final = []
    for c in merged:
        if c.type == "abduction" and c.date_how != "own" and any(
                r.clause == c.clause or _gap(r.trig.start, r.trig.end, c.trig.start, c.trig.end) < 40
                for r in releases):
            continue
        final.append(c)
    return final


def _toll_quantity(text: str, t: _Trigger, toll: re.Match, se: int) -> Quantity | None:
    """The number a toll is told with (`_TOLL_NUMBER` ends inside it)."""
    return next((q for q in find_quantities(text, max(t.end, toll.end() - 40), min(se, toll.end() + 40))
                 if q.start < toll.end() <= q.end), None)


_TARGET_GAP = re.compile(r"\s+(?:on\s+|at\s+|against\s+)?(?:(?:a|an|the|its|their|his|her|two|three|several|"
                         r"[\w-]+'s|[\w-]+’s)\s+)?(?:[\w-]+\s+){0,2}", re.I)
# "kidnapped two officers earlier this month and released them on January 12": a date that
# closes one verb phrase, before the conjunction that opens the next, is the first verb's
_NEXT_VERB_GAP = re.compile(r"[\s,]*(?:and|but|then|before)\s+(?:(?:then|later|subsequently|also)\s+)?", re.I)
# "passengers kidnapped by gunmen on Sunday were freed on Monday": a date before the auxiliary
# of the main verb closes the participle phrase of the subject
_AUX_VERB_GAP = re.compile(
    r"[\s,]*(?:were|was|are|is|have\s+been|has\s+been|had\s+been|had|have|has)\s+(?:(?:later|then|"
    r"subsequently|also|finally|eventually|all|both|reportedly)\s+)?", re.I)
# "freed twelve passengers kidnapped on Sunday": between a verb and a participle of its object
# nothing joins two verb phrases
_COORDINATION = re.compile(r"\b(?:and|but|then|before|after|while|as)\b|[,;]", re.I)


# "before Tuesday", "ahead of Sunday's vote", "on the eve of the March 3 talks": a day that
# bounds what happened, not its day (and a nominal event of that day, "Before Tuesday's
# releases", is a time reference, as "before the ceasefire" is)
_BOUND_BEFORE = re.compile(
    r"\b(?:before|ahead\s+of|prior\s+to|run-up\s+to|lead-up\s+to|eve\s+of)\s+(?:the\s+)?$", re.I)


def _bounds_before(text, d) -> bool:
    return _BOUND_BEFORE.search(text, max(0, d.start - 20), d.start) is not None


def _date_owner(text, d, trigs: list[_Trigger]) -> _Trigger:
    """The trigger a date of their clause belongs to: the nearest, or the one whose verb phrase it closes."""
    nearest = min(trigs, key=lambda u: _gap(u.start, u.end, d.start, d.end))
    if nearest.start >= d.end and (_NEXT_VERB_GAP.fullmatch(text, d.end, nearest.start)
                                   or _AUX_VERB_GAP.fullmatch(text, d.end, nearest.start)):
        before = [u for u in trigs if u.end <= d.start and not u.nominal]
        if before:
            return max(before, key=lambda u: u.end)
    return nearest


def _object_participle_date(text, t: _Trigger, d, clause_trigs: list[_Trigger]) -> bool:
    """The date belongs to a participle in the object of `t`: "freed twelve passengers kidnapped
    on Sunday" tells when they were kidnapped, not when they were freed."""
    if t.nominal or d.start < t.end:
        return False
    owner = _date_owner(text, d, clause_trigs)
    return (owner is not t and not owner.nominal and t.end <= owner.start < d.start
            and _COORDINATION.search(text, t.end, owner.start) is None)


def _has_predicate(text, clause, t: _Trigger, keep) -> bool:
    """An occurrence verb in the trigger's clause that is not another trigger."""
    cs, ce = clause
    if len(text[cs:t.start].split()) <= 2 and text[t.end:t.end + 2].startswith(","):
        ce = max(ce, t.end + 90)  # a subject with an appositive: the verb comes after it
    cs, ce = max(cs, t.start - 40), min(ce, t.end + 50 if ce < t.end + 90 else ce)
    others = [(u.start, u.end) for u, _h in keep if u is not t]
    for m in _OCCURRENCE_RX.finditer(text, cs, ce):
        if t.start <= m.start() < t.end or text[m.start() - 1:m.start()] == "-":
            continue
        if any(a <= m.start() < b for a, b in others):
            continue
        return True
    return False


def _has_date(s_dates, cs, ce) -> bool:
    return any(cs <= d.start < ce for d in s_dates)


# every _CLAIMED_RX match, lower-cased, has a match of this (case-sensitive, so fast) pattern
_CLAIM_PRE = re.compile(r"confirm|verif|claim|alleged|accus|denie|deny|purport|reportedly|rumo|"
                        r"said\s+to|disputed")


def _claimed(text: str, a: int, b: int) -> bool:
    """_CLAIMED_RX.search(text, a, b), skipped when no claim word is there (it has no literal
    prefix, so a search costs a scan of the span)."""
    if _CLAIM_PRE.search(text[a:b].lower()) is None and not _case_exotic(text, a, b):
        return False
    return _CLAIMED_RX.search(text, a, b) is not None


def _status(text, ss, se, clause, t: _Trigger, hint, d: _Date | None, ref) -> str:
    if not t.violent:
        if hint == "planned":
            return "planned"
        if d is not None and ref is not None and d.date_start > ref:
            return "planned"
        pre = text[max(clause[0] - 80, ss):t.start]
        if _PLANNED_RX.search(pre) or (t.nominal and _PLANNED_RX.search(text[clause[0]:clause[1]])):
            if d is None or ref is None or d.date_end >= ref:
                return "planned"
    claimed = _claimed(text, ss, t.start) or _claimed(text, clause[0], clause[1])
    return "claimed" if claimed else "occurred"


_TARGET_PREP = re.compile(r"\b(?:on|at|against|in|near|targeting|into)\b", re.I)


def _count_near(text, clause, t: _Trigger, killed_spans) -> int | None:
    qtys = [q for q in find_quantities(text, clause[0], clause[1])
            if not any(_overlaps((q.start, q.end), k) for k in killed_spans)]
    best = None
    for q in qtys:
        after = text[q.end:q.end + 40]
        if _NOT_COUNT_UNIT.match(after):
            continue
        if t.start <= q.start and q.end <= t.end:
            dist = (False, 0)  # "took some 240 hostages", "conducted 26 strikes": the trigger holds its count
        elif q.start < t.end and t.start < q.end:
            continue  # across the trigger's edge
        else:
            if q.end <= t.start:
                gap = text[q.end:t.start]
                # "four car bombs", "close to 300 prisoners were freed", "10 Kurds kidnapped ... escaped"
                if len(gap.split()) > 8:
                    continue
                if gap.strip() and not _PERSON_COUNT_AFTER.match(gap) and t.nominal is False and len(gap.split()) > 0:
                    if not re.match(r"^\s+(?:[\w'’-]+\s+){0,3}?[\w'’-]+s\b", gap):
                        continue
            else:
                gap = text[t.end:q.start]
                if len(gap.split()) > 3:
                    continue
                if _TARGET_PREP.search(gap):
                    continue  # "drone strikes on two oil facilities": what was hit, not how many
                if not _PERSON_COUNT_AFTER.match(after) and not re.match(r"^\s+[\w'’-]+", after):
                    continue
            # "eight passengers aboard two buses were kidnapped": people are what is counted
            dist = (not _PERSON_COUNTED.match(text, q.end), _gap(q.start, q.end, t.start, t.end))
        if best is None or dist < best[0]:
            best = (dist, q)
    if best is None:
        return None
    q = best[1]
    # "four European aid workers and two Kenyan pilots were released": both counts
    for q0 in qtys:
        if q0.end <= q.start and q0.value is not None and q.value is not None and not q0.vague \
                and _PERSON_COUNTED.match(text, q0.end) and _JOINED_COUNT.fullmatch(text, q0.end, q.start):
            return q0.value + q.value
    return q.value


_JOINED_COUNT = re.compile(r"\s+(?:[\w'’-]+\s+){0,3}?[\w'’-]+s\s+and\s+")


def _evidence(text, c: _Cand, background) -> tuple[int, int]:
    clauses = split_clauses(text, c.sent[0], c.sent[1])
    ci = None
    for i, cl in enumerate(clauses):
        if cl == c.clause:
            ci = i
    s, e = c.clause
    if ci is not None:
        # a clause that is only a verb phrase ("was freed Sunday") takes its subject clause
        words = text[s:e].split()
        first = words[0].lower() if words else ""
        if (len(words) < 5 or first in ("was", "were", "had", "has", "have", "is", "are", "and",
                                          "killing", "leaving", "been")) and ci > 0:
            ps, _pe = clauses[ci - 1]
            if not _REPORT_TAIL.match(text[ps:c.clause[0]]):
                s = ps
        # a date or place clause right after ("..., on Sunday") belongs to it
        if c.date is not None and ci + 1 < len(clauses):
            ns, ne = clauses[ci + 1]
            if ns <= c.date.start < ne and ne - ns < 40:
                e = ne
        if c.date is not None and ci > 0 and c.date.start < s:
            ps, pe = clauses[ci - 1]
            if ps <= c.date.start < pe and pe - ps < 40:
                s = ps
    if c.type == "casualty_report" and c.trig.type == "casualty_report":
        # a toll is stated by its whole main clause: "Nine days of infighting ... has killed 697"
        s = c.sent[0]
        if c.killed is not None:
            for cs, ce in clauses:
                if cs <= c.killed.start < ce:
                    e = max(e, ce)
    for bs, be in background:
        if _overlaps((s, e), (bs, be)):
            if bs > c.trig.start:
                e = min(e, bs)
            else:
                s = max(s, be)
    while e > s and text[e - 1] in " ,;:-–—":
        e -= 1
    while s < e and text[s] in " ,;:-–—":
        s += 1
    return (s, e)


def _attach_tolls(cands: list[_Cand]) -> None:
    """"At least 15 were killed" after an incident sentence is that incident's toll; told
    again with the same number ("Ten people were killed, he said"), it is that toll."""
    prev = None
    for c in cands:
        if c.toll_only and c.date_how != "own" and prev is not None and prev.type in _KILLING_TYPES:
            if prev.killed is None and c.para - prev.para <= 1:
                prev.killed = c.killed
                c.drop = True
                continue
            if prev.killed is not None and c.killed is not None and prev.killed.value == c.killed.value \
                    and c.para - prev.para <= 3:
                c.drop = True
                continue
        if not c.drop:
            prev = c


def _past_day(d: _Date, ref) -> bool:
    return d.precision in ("day", "approx") and (ref is None or d.date_end <= ref)


# "The attack happened late Sunday", "The kidnapping took place on Monday evening": a sentence
# that dates an incident the article has already told
_REFERENCE_RX = re.compile(
    r"\b(?:the|this|that)\s+(?:[\w'’-]+\s+)?(?P<noun>attack|raid|assault|ambush|abduction|"
    r"kidnapping|bombing|blast|explosion|strike|incident|shooting|massacre|killings?)\s+"
    # ("The assault on the post in Boulkessi, near the border, took place on Monday night")
    r"(?:(?:on|in|at|near|against)\s+[^.;!?]{0,80}?[\s,]+)?"
    r"(?:(?:itself|reportedly|apparently)\s+)?"
    r"(?:happened|occurred|took\s+place|began|started|unfolded|was\s+carried\s+out)\b"
    r"(?P<tail>[^.;!?]{0,40})", re.I)
# "blamed the Sunday attack on ...", "Friday's bombing": the day of an incident already told
_DAY_REFERENCE_RX = re.compile(
    r"\b(?P<day>(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day)(?:'s|’s)?\s+(?:(?:deadly|suicide|twin|air|"
    r"drone|rocket|missile|car|bomb|night|morning|evening)\s+)?(?:attacks?|raids?|assaults?|ambush|bombings?|"
    r"blasts?|explosions?|strikes?|airstrikes?|massacre|killings?|abduction|kidnapping|shelling)\b")
_REFERENCE_WORDS = ("happened", "occurred", "took place", "began", "started", "unfolded", "carried out")
# "were killed in the attack": a mention of that same incident
_IN_THE_INCIDENT = re.compile(
    r"\b(?:in|during|by)\s+the\s+(?:[\w'’-]+\s+)?(?:attack|raid|assault|ambush|bombing|blast|"
    r"explosion|strike|airstrike|air\s+strike|incident|shooting|shelling)s?\b", re.I)


def _date_by_day_reference(live: list[_Cand], text: str, dates: list[_Date], ref) -> None:
    """"20 people were killed in an air raid, rescue teams told AFP on Monday. Houthi rebels
    blamed the Sunday attack on the coalition": a violent event dated only by the day it was
    reported takes the day the next lines give that incident."""
    for m in _DAY_REFERENCE_RX.finditer(text):
        d = next((x for x in dates if x.start <= m.start("day") < x.end and _past_day(x, ref)), None)
        if d is None:
            continue
        for c in live:
            if c.drop or c.sent[1] > m.start() or m.start() - c.sent[1] > 400 or not c.trig.violent \
                    or c.date is None or c.date.precision != "day" \
                    or not _said_on(text, c.date):
                continue
            if 0 < (c.date.date_start - d.date_start).days <= 3:
                c.date = d


def _date_by_reference(cands: list[_Cand], text: str, dates: list[_Date], ref) -> None:
    """An incident dated after it was told ("Gunmen have abducted 15 students ... The attack
    happened late Sunday") takes that date: the events told before it without a date of
    their own, or only with the day a spokesman spoke ("said Monday that two guards were
    killed in the attack"). The dating sentence then tells no event of its own."""
    live = [c for c in cands if not c.drop]
    if not live:
        return
    _date_by_day_reference(live, text, dates, ref)
    low = text.lower()
    if not any(w in low for w in _REFERENCE_WORDS):
        return
    lo = min(c.sent[0] for c in live)
    # (to the end: the dating sentence may tell no event of its own)
    for m in _REFERENCE_RX.finditer(text, lo):
        tail_s, tail_e = m.span("tail")
        d = next((x for x in dates if tail_s <= x.start < tail_e and _past_day(x, ref)), None)
        if d is None:
            continue
        if text[max(0, m.start() - 3):m.start()].rstrip(" \"'”’")[-1:] not in ("", ".", "!", "?", "\n"):
            # not the subject of its sentence ("said the incident happened on Monday evening
            # when gunmen invaded ...", "where the attack took place on Friday"): it dates
            # nothing, but an attack it retells on the day of one already told is that one
            if any(c.sent[1] <= m.start() and c.trig.violent and c.date is not None
                   and c.date.date_start == d.date_start for c in live):
                for c in live:
                    if c.type == "clash" and c.sent[0] <= m.start() < c.sent[1] and c.trig.start >= m.start() \
                            and c.date is not None and c.date.date_start == d.date_start:
                        c.drop = True
            continue
        dated = []
        began = bool(re.search(r"\b(?:began|started)\b", m.group(), re.I))
        for c in live:
            if c.drop or c.sent[1] > m.start() or c.status == "planned":
                continue
            said = c.date is not None and c.date.date_start >= d.date_start and _said_on(text, c.date)
            # an attack that "began" on a day may have ended in what was told before (a town
            # taken days later); one that "occurred" on a day is what was told
            if c.date is None or (said and (_IN_THE_INCIDENT.search(text, c.clause[0], c.clause[1]) or (
                    c.trig.violent and m.start() - c.sent[1] < 400 and not began))):
                c.date, c.date_how = d, "own"
                dated.append(c)
        if dated:
            for c in live:
                if m.start() <= c.trig.start < m.end("noun") and c.trig.nominal:
                    c.drop = True


_RELATIVE_LEAD = re.compile(r"[\s,(]*(?:which|who|whom|whose|where)\b", re.I)
# what tells another incident than the one just told
_ANOTHER_RX = re.compile(r"\b(?:another|other|separate|separately|also|earlier|previous|second|"
                         r"meanwhile|elsewhere)\b", re.I)
_ATTACK_FAMILY = _KILLING_TYPES | {"abduction"}


def _date_by_detail(cands: list[_Cand], text: str) -> None:
    """"Gunmen massacred 51 villagers, the authorities said Monday. Gunmen on Sunday stormed
    the villages of ...": a violent event dated only by the day it was reported takes the
    earlier day the next sentence gives the same incident (same kind of violence, a place in
    common, nothing that marks it as another one); that sentence adds no event of its own."""
    live = [c for c in cands if not c.drop]
    for i, c in enumerate(live):
        if not c.trig.violent or c.status == "planned" or c.date is None or c.date.precision != "day" \
                or not _said_on(text, c.date):
            continue
        for e in live[i + 1:]:
            if e.sent[0] < c.sent[1] or e.drop:
                continue  # the same sentence, or a retelling already used
            if e.para > c.para + 3 or e.sent[0] - c.sent[1] > 600:
                break
            if e.date is None or e.date_how != "own" or not e.trig.violent or e.date.precision != "day" \
                    or e.date.type == "PRIOR" \
                    or _said_on(text, e.date):
                continue
            same_kind = e.type == c.type or (e.type in _ATTACK_FAMILY and c.type in _ATTACK_FAMILY)
            shared = (_place_keys(c) & _place_keys(e) or _countries(c) & _countries(e)) if c.places else True
            if same_kind and shared and 0 < (c.date.date_start - e.date.date_start).days <= 3 \
                    and not _ANOTHER_RX.search(text, e.sent[0], e.sent[1]):
                c.date = e.date
                if e.type == c.type or e.type == "clash":
                    e.drop = True  # the incident retold, not another one
            break


_CAMPAIGN = r"(?:offensive|operation|campaign|assault|incursion|invasion|war|fighting|conflict|siege|bombardment)"
_SINCE_CAMPAIGN = re.compile(
    r"\bsince\s+(?:the\s+(?:start|beginning|launch|outbreak)\s+of\s+(?:the|its|their|this|a)\s+"
    r"(?:[\w'’-]+\s+){0,2}?(?P<n1>" + _CAMPAIGN + r")|(?:the|its|their)\s+(?:[\w'’-]+\s+){0,2}?(?P<n2>"
    + _CAMPAIGN + r")\s+(?:began|started|was\s+launched))\b", re.I)
_CAMPAIGN_BEGAN = (r"\b(?:launched|began|started|opened|unleashed)\s+(?:(?:its|the|a|an|their|his)\s+)?"
                   r"(?:[\w'’-]+\s+){0,2}?%s\b")


def _date_since_campaign(cands: list[_Cand], text: str, dates: list[_Date], ref) -> None:
    """"60 civilians had been killed since the start of the offensive", the offensive's launch
    told earlier ("five days after Ankara launched its cross-border offensive"): a toll from
    that day to the report's."""
    if ref is None:
        return
    for c in cands:
        if c.drop or c.type != "casualty_report" or (c.date is not None and not _said_on(text, c.date)):
            continue  # (the day a toll was given is not its start)
        m = _SINCE_CAMPAIGN.search(text, c.sent[0], c.sent[1])
        if m is None:
            continue
        noun = (m.group("n1") or m.group("n2")).lower()
        began = None
        for b in re.compile(_CAMPAIGN_BEGAN % re.escape(noun), re.I).finditer(text, 0, c.sent[0]):
            began = b  # the last telling before the toll
        if began is None:
            continue
        near = min((d for d in dates if abs(d.start - began.start()) < 120 and d.precision in ("day", "approx")
                    and d.date_start <= ref), key=lambda d: abs(d.start - began.start()), default=None)
        if near is None:
            continue
        c.date = _Date(m.start(), m.end(), text[m.start():m.end()], near.date_start, ref, "range", "past", "DATE")
        c.date_how = "own"


def _attach_dates_across(cands: list[_Cand], text: str = "", dates=(), lines=(), ref=None) -> None:
    """Undated events inherit the date of the event they continue (precision approx): the
    latest of the previous dated event and a date said earlier in the same paragraph; an
    undated lede takes the first date of the paragraph that follows it. A toll "since" a
    day runs from that day to the report; an event dated over a year back is history."""
    from datetime import timedelta

    for c in cands:
        d = c.date
        if d is None or c.date_how == "inherited":
            continue
        if c.type == "casualty_report" and d.precision in ("day", "approx") and ref is not None \
                and d.date_start < ref and _SINCE_BEFORE.search(text, max(0, d.start - 60), d.start):
            c.date = _Date(d.start, d.end, d.text, d.date_start, ref, "range", d.direction, d.type)
        elif c.type != "casualty_report" and d.start > c.trig.end and ref is not None and d.date_start < ref \
                and _SINCE_BEFORE.search(text, max(c.trig.end, d.start - 60), d.start):
            # "had fallen to rebel forces since conflict broke out two months ago": any time since
            c.date = _Date(d.start, d.end, d.text, d.date_start, ref, "range", d.direction, d.type)
        elif ref is not None and (ref - d.date_end) > timedelta(days=365):
            c.drop = True
    first_para = min((c.para for c in cands if not c.drop), default=None)
    anchor: _Date | None = None
    by_type: dict[str, tuple[_Date, int]] = {}
    for pos, c in enumerate(cands):
        if c.drop:
            continue
        if c.date is not None:
            # not what is told as earlier ("came a day after ..."), nor a month or a year
            # told in a relative clause ("the capital, which was overrun last year"), nor
            # the day a period began ("violence since May 10, when battles erupted")
            if c.status != "planned" and c.date.type != "PRIOR" and not (
                    c.date.precision not in ("day", "approx")
                    and _RELATIVE_LEAD.match(text, c.clause[0])) and not (
                    c.date.start < c.clause[0] and _SINCE_BEFORE.search(text, max(0, c.date.start - 40), c.date.start)):
                anchor = c.date
                by_type[c.type] = (c.date, c.para)
            continue
        if c.status == "planned":
            continue
        same = by_type.get(c.type)
        if same is not None and c.para - same[1] <= 3 and same[0] is not anchor:
            # the story of a release continues with the release's date, not the raid's
            anchor = same[0]
        near = None
        if lines and dates:
            ps, _pe = lines[c.para]
            for x in dates:
                if x.start >= c.trig.start:
                    break
                if x.start >= ps and _past_day(x, ref) and (anchor is None or x.start > anchor.start) \
                        and not _SINCE_BEFORE.search(text, max(0, x.start - 40), x.start):
                    near = x
        if near is None and anchor is None and c.para == first_para and lines and dates \
                and c.para + 1 < len(lines):
            ns, ne = lines[c.para + 1]
            near = next((x for x in dates if ns <= x.start < ne and _past_day(x, ref)), None)
            if near is not None:
                # "Three soldiers have been killed in a suicide car bomb attack ... Sunday's
                # explosion took place near the gate": the lede's incident, told in detail
                for o in cands:
                    if o is not c and not o.drop and o.type == c.type and o.date_how == "own" and o.trig.nominal \
                            and o.date is not None and (o.date.start, o.date.end) == (near.start, near.end) \
                            and _same_scene(c, o, shared_place=True):
                        o.drop = True
                        c.places = o.places + [p for p in c.places if p not in o.places]
                        c.killed = c.killed or o.killed
                        c.count = c.count if c.count is not None else o.count
        if near is not None:
            c.date = near
            c.date_how = "inherited"
            anchor = near
            continue
        if same is None and not c.trig.violent and c.type != "casualty_report":
            # "signed a truce in Moscow ... The ceasefire was announced early on Saturday": the
            # day the same story gives next, rather than another event's before it
            ahead = next((o for o in cands[pos + 1:] if not o.drop and o.type == c.type
                          and o.date_how not in (None, "inherited") and o.status != "planned" and o.para - c.para <= 1
                          and o.date is not None and _past_day(o.date, ref) and _same_scene(c, o)), None)
            if ahead is not None:
                c.date = ahead.date
                c.date_how = "inherited"
                continue
        if anchor is None:
            continue
        d = anchor
        if d.precision == "range":
            # a development told after a period report is most likely its latest part
            d = _Date(d.start, d.end, d.text, d.date_end, d.date_end, "approx", d.direction, d.type)
        c.date = d
        c.date_how = "inherited"


def _same_scene(a: _Cand, b: _Cand, shared_place: bool = False) -> bool:
    """Nothing told of two mentions sets them apart: no towns more than _NEAR_KM apart, no two
    different sets of perpetrators; with `shared_place`, towns named on both sides."""
    ta = [p.place for p in a.places if p.place.admin1 or p.place.latitude is not None]
    tb = [p.place for p in b.places if p.place.admin1 or p.place.latitude is not None]
    if shared_place and not (ta and tb):
        return False
    if ta and tb and not any(_near(x, y) for x in ta for y in tb):
        return False
    if a.trig.violent and b.trig.violent:
        aa, ab = {x.actor.name for x in a.actors}, {x.actor.name for x in b.actors}
        return not (aa and ab and not aa & ab)
    return True


def _near(x, y) -> bool:
    """The same town, or two towns within _NEAR_KM ("Afgoye, 30km south-west of Mogadishu")."""
    if x.name == y.name:
        return True
    if x.latitude is None or y.latitude is None or x.longitude is None or y.longitude is None:
        return False
    from math import asin, cos, radians, sin, sqrt

    la1, lo1, la2, lo2 = map(radians, (x.latitude, x.longitude, y.latitude, y.longitude))
    h = sin((la2 - la1) / 2) ** 2 + cos(la1) * cos(la2) * sin((lo2 - lo1) / 2) ** 2
    return 2 * 6371 * asin(sqrt(h)) <= _NEAR_KM


def _place_keys(c: _Cand) -> set[str]:
    return {p.place.name for p in c.places}


def _countries(c: _Cand) -> set[str]:
    return {p.place.country for p in c.places if p.place.country}


def _restated_toll(c: _Cand, kept: list[_Cand], text: str) -> bool:
    """"56 civilians were killed in the strikes on the villages": the toll of an incident
    already told with the same number, not another incident."""
    if c.trig.priority != 0 or c.killed is None or c.killed.value is None:
        return False  # only a toll that is an event of its own (no trigger word)
    if c.trig.nominal or "toll" in text[c.trig.start:c.trig.end].lower():
        # "the death toll had reached 16", told with no day of its own after an attack of 16 dead
        if c.date_how not in (None, "inherited"):
            return False
    elif not _IN_THE_INCIDENT.search(text, c.clause[0], c.clause[1]):
        return False
    return any(k.killed is not None and k.killed.value == c.killed.value and k.trig.violent
               and k.type in _KILLING_TYPES for k in kept)


_COUNT_AFTER = re.compile(  # "the release of 22 wounded captives": news of its own
    r"\s+(?:of\s+)?(?:(?:at\s+least|more\s+than|about|some|nearly|over|around)\s+)?(?:\d|(?:two|three|four|"
    r"five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|fifty|hundreds|thousands|dozens)\b)", re.I)
_DEFINITE_BEFORE = re.compile(r"\b(?:the|this|that)\s+(?:[\w'’-]+\s+)?$", re.I)


_TALLY_RX = re.compile(r"\b(?:has|have|had)\s+(?:now\s+|so\s+far\s+)?(?:left|killed|claimed|cost)\b", re.I)


def _keep_places(dropped: _Cand, kept: _Cand) -> None:
    """"An airstrike hit a school bus in northern Yemen ... The strike hit the bus as it drove
    through a market in Dahyan, in Saada province": where the incident told only by its country
    happened, from the retelling that follows it."""
    if abs(dropped.para - kept.para) > 1 or any(not _country_only(p.place) for p in kept.places):
        return
    finer = _finer(dropped.places, kept.places)
    if finer:
        kept.places = finer + kept.places


def _keep_toll(dropped: _Cand, kept: _Cand, text: str) -> None:
    """"The ensuing gunfight lasted hours, and 22 were killed": the toll told with a retelling
    by name (a noun, in the next lines) is the incident's, when it had none; not a tally ("the
    fighting has left tens of thousands dead")."""
    if kept.killed is None and dropped.killed is not None and dropped.trig.nominal \
            and abs(dropped.para - kept.para) <= 1:
        ss, se = dropped.sent
        if not _TALLY_RX.search(text, ss, se) and not _AGGREGATE_RX.search(text, ss, se):
            kept.killed = dropped.killed


def _dedupe_article(cands: list[_Cand], text: str) -> None:
    kept: list[_Cand] = []
    for c in cands:
        if c.drop:
            continue
        if _restated_toll(c, kept, text):
            c.drop = True
            continue
        if c.type == "casualty_report" and c.date_how in (None, "inherited") and c.killed is not None \
                and c.killed.vague and c.trig.priority == 0:
            c.drop = True  # "... have surged since, killing hundreds": a tally with neither number nor time
            continue
        if c.date_how in (None, "inherited") and c.trig.nominal and _DEFINITE_BEFORE.search(
                text, max(0, c.trig.start - 30), c.trig.start) and not _COUNT_AFTER.match(text, c.trig.end) \
                and any(k.type == c.type for k in kept):
            c.drop = True  # "the bombing targeted a house ...": the one already told, wherever it names
            told = next(k for k in reversed(kept) if k.type == c.type)
            _keep_toll(c, told, text)
            _keep_places(c, told)
            continue
        if c.date_how in (None, "inherited"):
            pk = _place_keys(c)
            for k in kept:
                if k.type == c.type and (not pk or pk <= _place_keys(k)):
                    c.drop = True
                    _keep_toll(c, k, text)
                    break
        if not c.drop:
            kept.append(c)
    # vague mentions (no date of their own, no place) give way to any specific one of the type
    for c in kept:
        if c.date_how in (None, "inherited") and not c.places:
            if any(o is not c and not o.drop and o.type == c.type and
                   (o.date_how not in (None, "inherited") or o.places) for o in kept):
                c.drop = True
    # planned events of one type with nesting dates: keep the most precise
    planned = [c for c in kept if not c.drop and c.status == "planned" and c.date is not None]
    for i, a in enumerate(planned):
        for b in planned[i + 1:]:
            if a.drop or b.drop or a.type != b.type:
                continue
            pa, pb = _place_keys(a), _place_keys(b)
            if pa and pb and not (pa & pb):
                continue
            if a.date.date_start <= b.date.date_start and b.date.date_end <= a.date.date_end:
                a.drop = True
            elif b.date.date_start <= a.date.date_start and a.date.date_end <= b.date.date_end:
                b.drop = True


_PREC_MAP = {"day": "day", "week": "week", "month": "month", "year": "year", "range": "range",
             "approx": "approx"}


def _to_event(text: str, c: _Cand, ref) -> ExtractedEvent:
    s, e = c.evidence
    d = c.date
    if d is None:
        ds = de = None
        prec = "unknown"
        dtext = None
        method = None
    else:
        ds, de = d.date_start, d.date_end
        if c.date_how == "inherited":
            prec = "approx"
            method = "inherited"
        else:
            prec = _PREC_MAP.get(d.precision, "unknown")
            method = "explicit"
        dtext = d.text
    killed_low = killed_high = None
    if c.killed is not None:
        killed_low, killed_high = c.killed.low, c.killed.high
    places = []
    seen = set()
    for p in sorted(c.places, key=lambda p: _specificity(p.place)):
        if p.place.name not in seen:
            seen.add(p.place.name)
            places.append(p.place)
    actors = []
    seen = set()
    for a in c.actors:
        if a.actor.name not in seen:
            seen.add(a.actor.name)
            actors.append(a.actor)
    conf = 0.5
    if method == "explicit":
        conf += 0.25
    if places:
        conf += 0.1
    if not c.trig.nominal:
        conf += 0.1
    if c.status == "claimed":
        conf -= 0.1
    trig_text = text[c.trig.start:c.trig.end]
    summary = c.type.replace("_", " ")
    if places:
        summary += f" in {places[0].name}"
    summary += f": {trig_text}"
    return ExtractedEvent(
        type=c.type,
        status=c.status,
        evidence_start=s,
        evidence_end=e,
        evidence=text[s:e],
        date_start=ds,
        date_end=de,
        date_precision=prec,
        date_text=dtext,
        date_method=method,
        places=places,
        actors=actors,
        killed_low=killed_low,
        killed_high=killed_high,
        count=c.count,
        summary=summary,
        confidence=round(min(conf, 0.95), 2),
        trigger=trig_text,
        trigger_start=c.trig.start,
        trigger_end=c.trig.end,
    )


def _specificity(p: PlaceRef) -> int:
    # towns before provinces before countries
    if getattr(p, "admin1", None) and getattr(p, "latitude", None) is not None:
        return 0
    if getattr(p, "admin1", None):
        return 1
    return 2
