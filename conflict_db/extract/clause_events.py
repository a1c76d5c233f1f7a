"""The events one sentence tells: each trigger read in its clause.

A trigger becomes a candidate event unless its clause says it did not happen (negated,
conditional, planned for violent types, a reference to an event told elsewhere); the
candidate takes its clause's date, its status (occurred, claimed, planned), and the kill
count or the number of people it is about.
"""

from __future__ import annotations

import re
from datetime import timedelta

from .alternation import by_first_letter
from .article_dates import news_day, said_on
from .candidates import Candidate, DateMention, Trigger
from .cues import KILLING_TYPES, PERSONS, RELATIVE_LEAD, REPORTING_RX, SINCE_CLAUSE_BEFORE
from .kills import (
    AGGREGATE_RX,
    CIVILIAN_RX,
    CIVILIAN_WORDS,
    COMBATANTS_RX,
    TOLL_NUMBER,
    Kill,
    count_near,
    toll_quantity,
)
from .numbers import Quantity, parse_number
from .spans import case_exotic, span_gap

_SOURCE_TAIL = re.compile(r"[^.;:!?]*,\s*(?:[\w'’-]+\s+){1,4}?(?:(?:said|added|announced|stated)\s+)?$", re.I)


# a nominal trigger told as the time or cause of something else ("before the ceasefire took
# effect", "on the first day of a four-day truce"), or as the object of a reaction
_NOMINAL_REF_BEFORE = re.compile(
    r"\b" + by_first_letter(
        r"before|after|until|till|since|during|amid|under|days?\s+of|start\s+of|end\s+of|"
        r"eve\s+of|despite|summari[sz]ing|summari[sz]ed|regarding|concerning|about|in\s+connection\s+with|"
        r"in\s+relation\s+to|suspected\s+of\s+involvement\s+in") +
    r"\s+(?:the|a|an|this|that|its|their|[\w-]+['’]s)\s+(?:[\w'’-]+\s+){0,2}$", re.I)


# "Islamic State claimed the attack on Saturday": the claim of an attack already told
_CLAIMED_THE_BEFORE = re.compile(
    r"\bclaimed\s+(?:responsibility\s+for\s+)?(?:the|this|that|[\w-]+['’]s)\s+(?:[\w'’-]+\s+){0,2}$", re.I)


# the parties named after a deal: "a ceasefire between Israel and Hezbollah", "a truce brokered by Qatar"
_DEAL_PARTIES = r"(?:\s+(?:between|with|brokered\s+by|agreed\s+by)\s+[^,.;]{1,60}?)?"


# "a day after a ceasefire between Israel and Hezbollah took effect": a deal told as the time
# of another event, with a verb of its own
_DEAL_ACTS_AFTER = re.compile(
    _DEAL_PARTIES + r"\s+(?:took\s+effect|came\s+into\s+(?:force|effect)|"
    r"was\s+signed|were\s+signed|was\s+agreed|was\s+reached|went\s+into\s+effect)\b", re.I)


def _deal_acts(text: str, t, before: str, s_dates) -> bool:
    """A deal named after "after a" or dated right after its verb ("Since the truce took effect
    last Friday") is told, not referred to ("before the ceasefire took effect")."""
    m = _DEAL_ACTS_AFTER.match(text, t.end)
    return m is not None and (_INDEFINITE_TIME_BEFORE.search(before) is not None or any(
        m.end() <= d.start <= m.end() + 12 for d in s_dates))


# "after a roadside bomb killed three soldiers": the device is the subject of a clause of its
# own, an event told as the time of another, not a reference to one already told
_DEVICE_ACTS_AFTER = re.compile(
    # ("after a bomb blast on a minibus in Nairobi killed seven people": a place between)
    r"(?:\s+(?:on|in|at|near|outside|inside)\s+(?:[\w'’-]+\s+){0,5}?[\w'’-]+)?"
    r"(?:\s*,?\s+(?:that|which))?\s+(?:(?:had|has)\s+)?(?:killed|wounded|injured|exploded|detonated|went\s+off|struck|hit|"
    r"ripped|tore|blew\s+up|destroyed|targeted)\b", re.I)


# "speaking at the Munich Security Conference", "told a summit of African leaders": a forum
# someone addressed is where a statement was made, not talks
_VENUE_BEFORE = re.compile(
    r"\b(?:speaking|spoke|speaks|speech|remarks|address(?:ed|es|ing)?|told|telling|tells)\s+(?:at|to|before)?\s*"
    r"(?:the|a|an|this|that|its|their|[\w-]+['’]s)\s+(?:[\w'’-]+\s+){0,4}$", re.I)


# "deliveries of artillery shells", "ran out of missiles": arms supplied or lacking, not used
_SUPPLY_BEFORE = re.compile(
    r"\b(?:(?:deliver(?:y|ies)|suppl(?:y|ies)|shipments?|shortages?|stocks?|stockpiles?|production|transfers?|"
    r"sales?|packages?|requests?)\s+of|(?:send|sends|sent|sending|provide|provides|provided|providing|supply|"
    r"supplies|supplied|supplying|deliver|delivers|delivered|delivering|ran\s+out\s+of|running\s+out\s+of|"
    r"short\s+of|produce|produced|producing|buy|bought|buying|purchase|purchased))\s+(?:[\w'’-]+\s+){0,3}$", re.I)


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
        r"in\s+breach\s+of|upholding|upheld|"
        # "throwing into doubt a deal", "had derailed a previous round of talks": not its making
        r"into\s+doubt|jeopardi[sz]ing|jeopardi[sz]ed|undermining|undermined|derailed|derailing|"
        r"scuttled|scuttling") + r"\s+"
    r"(?:[\w'’-]+\s+){0,4}$", re.I)


# a disposition towards talks or a deal, not the talks: "were ready for talks without
# preconditions", "has rejected any negotiations" (the noun right after: "rejected the accord in a
# referendum" still tells the referendum)
_DISPOSITION_BEFORE = re.compile(
    r"\b(?:ready\s+for|readiness\s+for|willing\s+to\s+(?:hold|join|enter|resume|start)|open\s+to|"
    r"offered|rejected|refused|ruled\s+out)\s+(?:(?:a|an|the|any|all|further|new|direct|fresh|more|"
    r"peace|formal)\s+){0,2}$", re.I)


# a claim of an attack dated in its own phrase tells the attack, and its claimant is the attacker:
# "claimed responsibility for drone strikes on two oil facilities on Saturday" (one who condemns
# it is neither). "Claimed responsibility for the attack on Monday" refers to an attack told
# before, and Monday is as likely the day of the claim.
_OWNED_REACTION_BEFORE = re.compile(
    r"\bresponsibility\s+for\s+(?!(?:the|this|that|these|those|its|their)\b)(?:[\w'’-]+\s+){0,4}$", re.I)


# "treated after a suspected chlorine attack on the town on Saturday": an indefinite event after
# "after" is new, not a reference, when its phrase has a day of its own (`_dated_phrase`)
_INDEFINITE_TIME_BEFORE = re.compile(r"\b(?:after|following|amid)\s+(?:a|an)\s+(?:[\w'’-]+\s+){0,2}$", re.I)


_DATED_PHRASE_GAP = re.compile(
    r"\s+(?:(?:on|in|at|against|near|of|targeting|by)\s+(?:[\w'’-]+\s+){0,9}?)?"
    r"(?:(?:on|late\s+on|early\s+on|last|this|earlier\s+this)\s+)?", re.I)


_DATED_PHRASE_VERB = re.compile(r"\b(?:was|were|is|are|has|had|have|said|says|took|came|began)\b", re.I)


def _dated_phrase(text: str, t, s_dates) -> bool:
    """A date closes the trigger's own noun phrase (no verb, no comma between)."""
    for d in s_dates:
        if t.end <= d.start <= t.end + 80 and _DATED_PHRASE_GAP.fullmatch(text, t.end, d.start) \
                and not _DATED_PHRASE_VERB.search(text, t.end, d.start):
            return True
    return False


_PERSON_PATIENT_BEFORE = re.compile(
    # (the people are the subject: not "killed 20 militants and that a large quantity of weapons
    # had been seized")
    rf"\b(?:{PERSONS}\b(?:(?!\b(?:that|where|weapons?|arms|ammunition|equipment|vehicles?|cars|trucks|cash|money|"
    rf"documents|drugs|explosives)\b|,\s+and\b)[^.;:]){{0,80}}?|who\s+|whom\s+)(?:were|was|have\s+been|had\s+been|being)\s+(?:reportedly\s+)?$"
    # one person by office and name: "RUF leader Foday Sankoh was captured"
    r"|\b(?:leader|commander|chief|officer|soldier|journalist|official|governor|minister|general|colonel|"
    r"spokesman|priest|doctor|pilot)\s+(?:(?-i:[A-Z])[\w'’.-]+\s+){1,3}(?:was|has\s+been|had\s+been)\s+$"
    # "hostages seized last week", "passengers taken by gunmen" (with `_BY_AFTER`): people taken
    r"|\b(?:hostages|captives)\s+$",
    re.I)


# ("Two staff members of an international NGO, seized by militiamen": a participle of people)
_PERSONS_JUST_BEFORE = re.compile(rf"\b{PERSONS}\s+$|\b{PERSONS}\b[^.;:,]{{0,50}},\s+$", re.I)


# ("passengers taken by gunmen", "conscripts captured in Kursk Oblast": a participle of people)
_BY_AFTER = re.compile(r"\s+(?:by|in|during|near)\b", re.I)


_PERSON_PATIENT_AFTER = re.compile(
    rf"\s+(?:(?:at\s+least|more\s+than|about|some|nearly|over|around)\s+)?(?:(?!by\b)[\w,'’-]+(?:\.\w+)*\.?\s+){{0,2}}?{PERSONS}\b"
    # "seized eight Yugoslav army soldiers": a number, then up to two words
    rf"|\s+(?:\d[\d,]*|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|[a-z]+teen|twenty|thirty|forty|"
    rf"fifty|dozens\s+of|scores\s+of|hundreds\s+of|several)[^\S\n]+(?:[\w'’-]+[^\S\n]+){{1,2}}?{PERSONS}\b"
    # "said they had captured him": a person
    r"|\s+(?:him|her|himself|herself)\b"
    # "seized Atwar Bahjat, a correspondent for the channel": a name, then who the person is
    r"|\s+(?:(?-i:[A-Z])[\w'’.-]+\s+){1,3}?(?-i:[A-Z])[\w'’.-]+,\s+(?:a|an|the)\s+(?:[\w'’-]+\s+){0,3}?"
    r"(?:correspondent|journalist|reporter|photographer|cameraman|father|mother|son|daughter|brother|sister|"
    r"wife|husband|official|businessman|businesswoman|engineer|doctor|priest|leader|commander|member|"
    r"activist|worker|employee|student|teacher|lawyer|judge|politician|candidate|mayor|governor)\b"
    # "seized the six in November": a number standing for people told of before
    r"|\s+the\s+(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\d+)(?=\s+(?:in|on|at|from|near|"
    r"after|while|as|and|who|last|early|late)\b|\s*[,.;])",
    re.I)


# "over five days beginning on March 27", "for three days from Monday": the days counted from it
_DAYS_FROM_BEFORE = re.compile(
    r"\b(?:over|for|during|in)\s+(?:the\s+)?(?P<n>\d{1,2}|two|three|four|five|six|seven|eight|nine|ten)\s+"
    r"(?P<u>days|weeks)\s+(?:beginning|starting|from)\s+(?:on\s+)?$", re.I)


def _days_from(text: str, lo: int, d: DateMention) -> DateMention:
    m = _DAYS_FROM_BEFORE.search(text, max(lo, d.start - 50), d.start)
    n = parse_number(m.group("n")) if m else None
    if not n:
        return d
    days = n * (7 if m.group("u").lower() == "weeks" else 1) - 1
    return DateMention(d.start, d.end, d.text, d.date_start, d.date_start + timedelta(days=days), "range",
                       d.direction, d.type)


# "a cease-fire between them was largely holding": a truce in force, not a new deal
_HOLDING_AFTER = re.compile(
    _DEAL_PARTIES + r"\s*,?\s+(?:was|is|has\s+been|had\s+been|"
    r"remained|remains|appeared\s+to\s+be|seemed\s+to\s+be)\s+(?:largely\s+|mostly\s+|still\s+|broadly\s+|"
    r"generally\s+|so\s+far\s+)?(?:holding|in\s+place|in\s+force|respected|observed|intact)\b", re.I)


# "Myanmar security forces killed at least 38 people": an armed agent killing unnamed people
_ONE_SIDED = re.compile(r"(?:attack|raid|assault|massacre|rampage)s?\b", re.I)


_PEOPLE_AFTER = re.compile(r"\s*(?:people|persons|villagers|men,\s+women)\b", re.I)

# "gunmen stormed the hotel": breaking into a place where civilians are is an attack on them,
# with or without a toll; troops storming it fight whoever holds it
_BREAK_INTO = re.compile(r"(?:storm|raid|attack)(?:ed|ing)", re.I)
_STATE_FORCES = re.compile(
    r"\b(?:security|government|special|police|armed)\s+forces\b|\b(?:troops|soldiers|army|police|policemen|"
    r"commandos)\b", re.I)


_ONE_CIVILIAN_SITE = (
    r"(?:a|an|the)\s+(?:[\w'’-]+\s+){0,3}?(?:hotel|market|marketplace|mosque|church|school|"
    r"restaurant|cafe|bus|hospital|wedding|funeral|camp\s+for\s+(?:the\s+)?displaced|"
    r"(?:displacement|displaced|IDP|refugee)\s+(?:camp|site)|"
    r"shopping\s+(?:centre|center|mall)|mall|bakery|university|college|campus|hostels?|dormitor(?:y|ies)|"
    r"village)\b"
    # "attacked Khamenlok village", "the Catholic mission at Chipene"
    r"|(?-i:[A-Z])[\w'’-]+\s+village\b"
    r"|(?:a|an|the)\s+(?:[\w'’-]+\s+){0,2}?(?:Catholic|Christian|Anglican|Protestant|church|religious)\s+mission\b")
_CIVILIAN_SITE_AFTER = re.compile(
    r"\s+(?:" + _ONE_CIVILIAN_SITE +
    # plurals with no article: "attacked neighborhoods populated by the Masalit"
    # (not "attacked villages around the town": perhaps a battle for them, as for a town)
    r"|(?:[\w'’-]+\s+)?(?:neighbou?rhoods|mosques|churches|temples|schools|hospitals|homes|(?:displacement|IDP|refugee)\s+(?:camps|sites)|"
    r"camps\s+for\s+(?:the\s+)?displaced)\b)", re.I)
# "gunmen on motorbikes attacked vehicles carrying villagers home from a market"
_CARRYING_CIVILIANS_AFTER = re.compile(
    r"\s+(?:[\w'’-]+\s+){0,3}?(?:carrying|with|full\s+of|packed\s+with|transporting)\s+(?:[\w'’-]+\s+){0,2}?(?:"
    + CIVILIAN_WORDS + r")\b", re.I)


# "in an attack on a camp for displaced people", "an attack on the village of Tadaryat" (not
# "attacks on villages around the town", which may be a battle for them), "an attack by
# insurgents on the village of Naquitengue"
_ON_CIVILIAN_SITE = re.compile(r"(?:\s+by\s+(?:[\w'’-]+\s+){0,3}?[\w'’-]+\s+(?:on|against)|\s*(?:on|against)?)\s+"
                               + _ONE_CIVILIAN_SITE, re.I)
_ONE_SIDED_ON = re.compile(r"(?:attack|raid|assault)s?(?:\s+(?:on|against))?", re.I)


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
    r"\b(?:managed|succeeded|went\s+on|(?:was|were|been)\s+able)\s+(?:(?:also|finally|eventually)\s+)?to\s+$"
    # "a shortage of funds had forced it to halve rations" (not "may be forced to")
    r"|(?<!\bbe\s)\b(?:forced|compelled|obliged)\s+(?:(?:it|them|him|her|us|the\s+[\w-]+)\s+)?to\s+$", re.I)


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


# "denied that troops had abandoned the city", "denied losing the airport": what did not happen,
# as one side tells it
_DENIED_BEFORE = re.compile(
    r"\b(?:denied|denies|deny|denying)\s+(?:(?:that\s+)?(?:[\w'’-]+\s+){1,4}?(?:had|has|have|was|were)\s+"
    r"(?:been\s+|ever\s+)?|(?:ever\s+)?(?:having\s+)?)$"
    # "denied reports circulating on social media that troops had opened fire", "dismissed as
    # disinformation reports that ..."
    r"|\b(?:denied|denies|dismissed|dismisses|rejected|rejects|refuted)\s+(?:as\s+[^.;]{1,30}?\s+)?"
    r"(?:the\s+)?(?:reports?|claims?|allegations?|rumou?rs?)\b[^.;]{0,80}?\bthat\s+(?:[\w'’-]+\s+){1,4}?"
    r"(?:had|has|have|was|were)\s+(?:been\s+)?$", re.I)


_POSSESSIVE_BEFORE = re.compile(
    r"\b(?!(?:it|that|there|he|she|what|who|here|where|let)['’]s)[\w-]+['’]s\s+$", re.I)


# (matched two characters before a date's end: "Saturday's" ends with it, "last week" before it)
_POSSESSIVE_DATE = re.compile(r"(?:['’]s|.{2}['’]s)\s+(?:[\w-]+\s+){0,2}?(?:attacks?|raids?|assaults?|"
                              r"ambush|bombings?|blasts?|explosions?|strikes?|airstrikes?|massacre|"
                              r"killings?|abduction|kidnapping|shelling|shooting|fighting|clashes)\b", re.I)


_DETERMINER_BEFORE = re.compile(r"\b(?:its|their|his|her|the|a|an)\s+$", re.I)


_AUX_ADJ_BEFORE = re.compile(r"\b(?:was|were|been|is|are|had|has|have)\s+\w+\s+$", re.I)  # "were recently kidnapped"


# "releasing all prisoners as well as captured civilians": people described, not taken
_ATTRIBUTIVE_BEFORE = re.compile(
    r"\b(?:as\s+well\s+as|of|for|with|all|releasing|release|freeing|free|exchange|exchanging|swap|"
    r"swapping|return|returning)\s+$", re.I)


_ADJ_BEFORE = re.compile(r"\b(?:newly|recently|democratically|freshly|once|previously)\s+$", re.I)


# "The Interior Ministry gave the day's toll as 68": a toll of the day the story tells
_THE_DAYS = re.compile(r"\bthe\s+day['’]s\s+(?:death\s+)?$", re.I)


_PROGRESSIVE_BEFORE = re.compile(
    r"\b(?:is|are|am|'s|'re|been|keep|keeps|continue\s+to|continues\s+to)\s+(?:\w+ly\s+|also\s+|still\s+)?$",
    re.I,
)


_PURPOSE_OF_BEFORE = re.compile(
    r"\b(?:capable|incapable|aims?|goals?|hopes?|chances?|intentions?|plans?|bids?|attempts?|efforts?|"
    r"prospects?|possibility|threats?|risks?|danger|idea|purpose|means|tasks?|mission|capability|"
    r"capacity|intent|objective|ambition|dream)\s+(?:of|for|at|to)\s+$", re.I)


_RELATIVE_PERFECT_BEFORE = re.compile(
    r"\b(?:which|who|that|where\s+(?:they|it|he|she|we))\s+(?:has|have|had)\s+(?:also\s+|already\s+|long\s+|"
    r"repeatedly\s+)?$", re.I)


# a comma and a conjunction before the time of another incident ("..., and in April, ...")
_NEW_TIME_CLAUSE = re.compile(r"[,;]\s*(?:and|but|while|then|whereas)?\s*(?:[\w-]+\s+)?$", re.I)


_AND_THEN = re.compile(r"\band\s+(?:then\s+|later\s+|quickly\s+|soon\s+)?(?:[\w'’-]+\s+)?$", re.I)


_WHERE_THE_BEFORE = re.compile(r"\bwhere\s+the\s+(?:[\w-]+\s+){0,2}$", re.I)


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
        r"collapsed|signed|agreed|destroyed|damaged|flattened|levell?ed|demolished|razed|slammed|smashed|"
        r"happened|occurred|unfolded|lasted|"
        r"announced|declared|went\s+into\s+effect|came\s+into\s+force|took\s+effect|moved|arrived")
    + r"\b",
    re.I,
)


_WAR_BEGAN = re.compile(
    r"\b(?:war|conflict|crisis|uprising|revolution|insurgency|rebellion|invasion|fighting)\s+"
    r"(?:first\s+)?(?:began|started|erupted|broke\s+out)\s+(?:[\w'’-]+\s+){0,2}$", re.I)


_MODIFIER_AFTER = re.compile(
    r"[ ](?:troops|rifles?|weapons|helicopters?|vehicles?|teams?|units?|squads?|brigades?|"
    r"forces|drones?|boats?|aircraft|planes?|jets?|tanks?|gear|dress|fatigues|lines?|"
    r"groups?|positions?|zones?|readiness|plans?|training|experience|fatigue|cry|ground|"
    # "the election commission announced": a body named for the event, not the event
    r"commissions?|commissioners?|committees?|officials|authorities|body|board|observers|monitors|"
    r"laws?|campaigns?|results?|workers|staff|council|tribunal|fraud|rules|posters)\b", re.I)


_DOCUMENT_SUBJECT_BEFORE = re.compile(
    r"\b(?:statement|report|video|footage|images?|photos?|pictures?|list|figures|data|details|results|"
    r"findings|document|letter|communiqu\w*|recording|audio|book|film|album|declaration)s?\b"
    r"(?:(?!\bthat\b)[^.;:!?]){0,60}?"
    r"\b(?:is|was|were|are|be|been|being)\s+(?:\w+\s+)?$", re.I)


_AFTER_PERIOD = re.compile(r"\bafter\s+(?:nearly\s+|almost\s+|more\s+than\s+|over\s+)?$", re.I)


# "have been killed since the fighting erupted on Tuesday, when soldiers raided ...": what
# follows "since" is when the toll starts counting, not its incident
_SINCE_BETWEEN = re.compile(r"\bsince\b", re.I)


# "were killed in Monday's fighting", "killed in the clashes": a toll of fighting told as a
# whole, by its definite name
_FIGHTING = re.compile(r"fighting|clashes|battles?|infighting|firefights?|skirmishes|gunfights?", re.I)
_KILLED_IN_THE = re.compile(r"\s+(?:[\w'’-]+\s+){0,5}?in\s+(?:the\s+|[\w-]+['’]s\s+)(?:[\w-]+\s+)?$", re.I)


# a run of incidents told as the cause or time of another: not one event, and the day told
# is the other's
_SERIES_BEFORE = re.compile(r"\b(?:after|following|since|before|amid)\s+(?:a|the)\s+(?:[\w-]+\s+)?"
                            r"(?:series|wave|spate|string|succession)\s+of\s+(?:[\w'’-]+\s+){0,2}$", re.I)


# violence still to come: "massed ahead of a counteroffensive", "camps used to plan attacks"
_STILL_TO_COME_BEFORE = re.compile(
    r"\b(?:(?:ahead\s+of|in\s+preparation\s+for|preparing\s+for|in\s+the\s+run-up\s+to)\s+"
    r"(?:(?:a|an|the|its|their|his|her)\s+)?(?:[\w'’-]+\s+){0,2}|"
    r"(?:plan|plans|planning|plot|plots|plotting|prepare|prepares|preparing|"
    r"to\s+(?:carry\s+out|launch|stage|mount|conduct))\s+(?:new|more|further|fresh|future)?\s*)$", re.I)


# "executions of 82 people" (not "the execution of the verdict"): killings of captives
_EXECUTED_AFTER = re.compile(
    r"\s+(?:(?:at\s+least|some|about|more\s+than|dozens\s+of|hundreds\s+of|scores\s+of|the|\d[\d,]*|[a-z]+)\s+){0,3}?"
    r"(?:people|men|women|civilians|prisoners|captives|detainees|soldiers|villagers|hostages|fighters|"
    r"members|suspects|opponents|activists|deserters|policemen|officers)\b", re.I)


_CAUSE_CLAUSE = re.compile(r"[\s,]*(?:after|when|as)\b", re.I)
_AFTER_HEAD = re.compile(r"\bafter\s+(?:[\w'’.-]+\s+){0,3}$", re.I)  # "after a Russian airstrike"


_IN_MANNER_BEFORE = re.compile(r"\bin\s+(?:(?:a|an|the|two|three|four|five|six|several|separate|"
                               r"multiple|\d+)\s+)?(?:[\w-]+\s+)?$", re.I)


_REJECTED_CLAIM = re.compile(
    r"\b(?:rejected|rejects|denied|denies|dismissed|dismisses|refuted|refutes|disputed|disputes)\s+"
    r"(?:[\w'’-]+\s+){0,4}?(?:claims?|reports?|allegations?)\s+(?:[\w'’-]+\s+){0,2}?of\s+$", re.I)


_OF_GERUND_BEFORE = re.compile(r"\b(?:of|for)\s+$", re.I)


_RESPONSIBILITY_BEFORE = re.compile(r"\bresponsibility\s+for\s+$", re.I)  # a claim names the killer


def _clause_of(clauses, pos):
    for i, (a, b) in enumerate(clauses):
        if a <= pos < b:
            return i
    # between clauses (punctuation): the preceding one
    for i in range(len(clauses) - 1, -1, -1):
        if clauses[i][0] <= pos:
            return i
    return 0


def sentence_events(text, ss, se, clauses, trigs, s_dates, kills, para, ref) -> list[Candidate]:
    cands: list[Candidate] = []
    keep: list[tuple[Trigger, str]] = []  # trigger, status hint
    series_tolls: list[int] = []  # where the kill of a run of incidents ends
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
                ((_NOMINAL_REF_BEFORE.search(before) or _CLAIMED_THE_BEFORE.search(before)) and not (
                    # "treated after a suspected chlorine attack on the town on Saturday": a new
                    # event told with its own day, not a reference to one told before
                    t.violent and _INDEFINITE_TIME_BEFORE.search(before) and _dated_phrase(text, t, s_dates))) or _DISPOSITION_BEFORE.search(before) or (
                    _REACTION_BEFORE.search(before) and not (
                    t.violent and _OWNED_REACTION_BEFORE.search(before) and _dated_phrase(text, t, s_dates)))) and not (
                t.violent and _DEVICE_ACTS_AFTER.match(text, t.end)) and not (
                t.type == "agreement" and _deal_acts(text, t, before, s_dates)):
            continue
        if t.nominal and t.violent and _STILL_TO_COME_BEFORE.search(before):
            continue
        if t.nominal and t.violent and _SERIES_BEFORE.search(before):
            # "launched its campaign on October 1 after a series of bombings that killed 300":
            # many incidents, undated (the day is the campaign's), and so is their toll
            m = _DEVICE_ACTS_AFTER.match(text, t.end)
            if m is not None:
                series_tolls.append(m.end())
            continue
        if t.nominal and (_CONDITION_BEFORE.search(before) or _NOMINAL_NEG_BEFORE.search(before)):
            continue  # "if the government agreed to talks", "ended without a deal"
        if t.nominal and t.type == "negotiation" and _VENUE_BEFORE.search(before):
            continue
        if t.nominal and t.violent and _SUPPLY_BEFORE.search(before):
            continue
        if t.nominal and t.type == "agreement" and (_TERMS_AFTER.match(text, t.end) or _DEAL_ENDS_AFTER.match(text, t.end)):
            continue  # "as the deal stipulates", "the ceasefire collapsed": not its making
        if not t.nominal:
            if _NEG_BEFORE.search(before) or _DENIED_BEFORE.search(text, max(ss, t.start - 200), t.start):
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
            if _RELATIVE_PERFECT_BEFORE.search(before) and t.type != "territory_change" and not _has_date(s_dates, cs, ce):
                # "the militants, who have pledged allegiance to Islamic State": who they are, not
                # an event of the story (ground "which has also seized towns" is still held: kept)
                continue
        if t.violent and hint == "planned":
            continue
        if t.violent and _WHERE_THE_BEFORE.search(before) and not _has_date(s_dates, cs, ce):
            continue  # "the junction where the bomb went off": the place of one already told
        if t.type == "release" and not t.nominal and _DOCUMENT_SUBJECT_BEFORE.search(text, max(ss, t.start - 90), t.start):
            continue  # "a joint statement is expected to be released on Tuesday"
        if t.type == "territory_change" and not t.nominal:
            word = text[t.start:t.end].lower()
            if word.startswith(("seiz", "captur", "taken", "took", "taking", "snatch", "hand")) and (
                    _PERSON_PATIENT_BEFORE.search(text, max(ss, t.start - 90), t.start) or
                    _PERSON_PATIENT_AFTER.match(text, t.end) or (
                        _BY_AFTER.match(text, t.end) and _PERSONS_JUST_BEFORE.search(text, max(ss, t.start - 90), t.start))):
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

    # "fighters poured into the capital and took control of the palace": the advance is how
    # the ground was taken, not a movement of its own
    taken = [t for t, _h in keep if t.type == "territory_change" and not t.nominal]
    if taken:
        keep = [(t, h) for t, h in keep if not (t.type == "military_movement" and not t.nominal and any(
            0 <= u.start - t.end < 80 and _AND_THEN.search(text, t.end, u.start) for u in taken))]

    # civilian attacks need civilian victims (verbal triggers like "executed" excepted)
    kept2 = []
    for t, hint in keep:
        if t.nominal and _MODIFIER_AFTER.match(text, t.end):
            continue  # the trigger word modifies a noun: "assault troops", "battle tanks"
        if t.type == "attack_on_civilians" and not t.nominal and COMBATANTS_RX.match(text, t.end) \
                and text[t.start:t.end].lower() in ("shot dead", "gunned down", "opened fire on"):
            t.type = "clash"  # "shot dead the four attackers", "opened fire on government troops"
        if t.type == "agreement" and t.nominal and _HOLDING_AFTER.match(text, t.end):
            continue  # "a cease-fire between them was largely holding on Monday": a state, not a deal
        if t.type == "attack_on_civilians" and t.nominal:
            around = text[t.start:min(se, t.end + 60)]
            if not CIVILIAN_RX.search(around) and not re.search(r"massacre", text[t.start:t.end], re.I) and not (
                    text[t.start:t.end].lower().startswith("execution") and _EXECUTED_AFTER.match(text, t.end)):
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
    break_ins = [t for t, _h in keep if t.type == "clash" and (
        (not t.nominal and _BREAK_INTO.fullmatch(text, t.start, t.end) and (
            _CIVILIAN_SITE_AFTER.match(text, t.end) or _CARRYING_CIVILIANS_AFTER.match(text, t.end)))
        or (t.nominal and _ONE_SIDED_ON.fullmatch(text, t.start, t.end) and _ON_CIVILIAN_SITE.match(text, t.end)))
        and not _STATE_FORCES.search(text, ss, t.start)]
    if break_ins:
        for t, _h in keep:  # (and "an attack" that names it in the same sentence)
            if t in break_ins or (t.type == "clash" and t.nominal and _ONE_SIDED.match(text, t.start, t.end)):
                t.type = "attack_on_civilians"

    # kills: attach to a violent trigger of the sentence, or make their own event
    # (not to the incident a toll phrase names: "killed seven more gunmen on Sunday, bringing the
    # death toll from Saturday's assault to 22" tells two events)
    toll_spans = [(t.end, m.end()) for t, _h in keep if t.type == "casualty_report" and t.nominal
                  and (m := TOLL_NUMBER.match(text, t.end, se)) is not None]
    kill_events: list[tuple[Kill, str]] = []
    for k in kills:
        if k.whole_war or k.end in series_tolls:
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
            if t.type in KILLING_TYPES and not alleged:
                if k.aggregate and t.start >= k.end and _SINCE_BETWEEN.search(text, k.end, t.start):
                    continue
                if any(a <= t.start < b and not a <= k.start < b for a, b in toll_spans):
                    continue
                if t.start >= k.end and any(k.end <= d.start and d.end <= t.start and _NEW_TIME_CLAUSE.search(
                        text, k.end, d.start) for d in s_dates):
                    continue  # "gunmen killed 30 people in Kodyel, and in April, jihadists ambushed"
                dist = span_gap(t.start, t.end, k.start, k.end)
                if k.aggregate and t.nominal and (t.type == "clash" or AGGREGATE_RX.search(
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
            if host.type == "clash" and host.nominal and host.start >= k.end and (
                    k.passive or text[k.start:k.end].lower() in ("died", "dead", "perished")) and \
                    _FIGHTING.fullmatch(text, host.start, host.end) and _KILLED_IN_THE.fullmatch(text, k.end, host.start):
                kill_events.append((k, "casualty_report"))  # and the fight it names
        elif k.combatants and k.agent and k.qty is not None:
            kill_events.append((k, "clash"))  # "security forces had killed eight terrorists ... over the weekend"
        elif k.civilian and k.agent and k.qty is not None:
            # "militias killed dozens of people who had sought refuge in a church" (a period is
            # a toll again below)
            kill_events.append((k, "attack_on_civilians"))
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

    # "marched to protest against Saturday's attack": a day in the possessive dates the noun
    # it modifies, not a reaction told before it
    possessive = {id(d) for d in s_dates if _POSSESSIVE_DATE.match(text, d.end - 2)}

    def foreign(t: Trigger, d) -> bool:
        return not t.violent and id(d) in possessive and t.end <= d.start

    def own_date(pos0, pos1, ci):
        best = None
        for d, dc in zip(s_dates, date_clause):
            if dc != ci:
                continue
            g = span_gap(pos0, pos1, d.start, d.end)
            if best is None or g < best[0]:
                best = (g, d)
        return best[1] if best else None

    def free_date(pos0, pos1, t=None):
        best = None
        for d, dc in zip(s_dates, date_clause):
            if dc in clauses_with_trig or dc not in free_ok or (d.type == "PRIOR" and pos0 < d.start) or (
                    t is not None and foreign(t, d)):
                continue
            g = span_gap(pos0, pos1, d.start, d.end)
            if best is None or g < best[0]:
                best = (g, d)
        return best[1] if best else None

    def sibling_date(pos0, pos1, t=None):
        best = None
        for d, dc in zip(s_dates, date_clause):
            if (d.type == "PRIOR" and pos0 < d.start) or (t is not None and (
                    foreign(t, d) or _relative_of_object(text, t, d, [u for u, _h in keep]))):
                continue
            if dc in clauses_with_trig and RELATIVE_LEAD.match(text, clauses[dc][0]) and \
                    not clauses[dc][0] <= pos0 < clauses[dc][1]:
                continue  # "..., where a cathedral was hit on Thursday": that clause's own day
            g = span_gap(pos0, pos1, d.start, d.end)
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
                r"this|during|over)\s+)*(?:the\s+)?", lead, re.I)) and not REPORTING_RX.search(text, d.end, ce):
            free_ok.add(dc)  # (not "..., Saturday PUNCH has learnt": the day of the news)

    # date ownership among several triggers of one clause: a date goes to its nearest trigger
    by_clause: dict[int, list[Trigger]] = {}
    for t, _h in keep:
        by_clause.setdefault(trig_clause[id(t)], []).append(t)

    def owned(t: Trigger, ci: int):
        best = None
        for d, dc in zip(s_dates, date_clause):
            if dc != ci or (d.type == "PRIOR" and t.start < d.start) or foreign(t, d):
                continue  # "The fall of X comes two days after ...": not the fall's date
            nearest = _date_owner(text, d, by_clause.get(ci, [t]))
            if nearest is not t:
                continue
            g = span_gap(t.start, t.end, d.start, d.end)
            if best is None or g < best[0]:
                best = (g, d)
        return best[1] if best else None

    def cause_date(t: Trigger, ci: int):
        """"police said on Tuesday three students were abducted after gunmen attacked on
        Monday evening": the day of the attack, not the day the police spoke."""
        for d, dc in zip(s_dates, date_clause):
            if dc > ci and d.start > t.end and d.precision in ("day", "approx") and \
                    _CAUSE_CLAUSE.match(text, clauses[dc][0]) and \
                    not said_on(text, d, ss):
                return d
        return None

    def later_date(t: Trigger):
        """"police on Tuesday confirmed four people were taken away ... last weekend": the
        time told after the event, before the day of the news."""
        for d in s_dates:
            if d.start > t.end and d.date_start is not None and d.type != "PRIOR" and \
                    not news_day(text, d, ss) and (ref is None or d.date_end <= ref):
                return d
        return None

    def told_after(t: Trigger, ci: int, d):
        """The day someone spoke, before the event, gives way to a time told after it ("said on
        Friday that 179 soldiers had been killed ... between Jan. 18 and Feb. 18")."""
        if d is not None and d.end <= t.start and news_day(text, d, ss):
            return cause_date(t, ci) or later_date(t) or d
        return d

    hosts = {kind for _k, kind in kill_events if kind.startswith("host:")}
    # "the death toll from Saturday's bombing rose to 84": the toll is the bombing's, and tells it
    # the number each toll is told with ("toll ... rose to 40"), None when it has none
    tolls = {id(t): TOLL_NUMBER.match(text, t.end, se) for t, _h in keep
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
            toll_of[id(host)] = toll_quantity(text, t, toll, se)
            told_tolls.add(id(t))

    def after_toll(t: Trigger, d: DateMention) -> bool:
        return d.start >= toll_ends.get(id(t), len(text))

    for t, hint in keep:
        if id(t) in told_tolls:
            continue
        ci = trig_clause[id(t)]
        d = told_after(t, ci, owned(t, ci))
        if d is not None and after_toll(t, d):
            d = None  # "the death toll from a car bomb attack rose to 21 on Friday"
        how = "own" if d else None
        if d is None:
            d = free_date(t.start, t.end, t)
            how = "free" if d else None
        # only nominal triggers consult the predicate (verbal ones assert their event); "three
        # soldiers have been killed near the capital, in a suicide car bomb attack": the kill is it
        predicate = t.nominal and ("host:%d" % id(t) in hosts or id(t) in toll_of
                                   or _has_predicate(text, clauses[ci], t, keep)
                                   or (tolls.get(id(t)) is not None and _THE_DAYS.search(text, max(ss, t.start - 12), t.start)))
        if t.nominal and t.violent and _PROGRESSIVE_BEFORE.search(text[max(ss, t.start - 30):t.start]):
            if how != "own":
                continue
        if d is not None and _bounds_before(text, d):
            d, how = None, None  # "Before Tuesday, the government had freed ...": some time before
        after = None  # the date of what came first: "pupils abducted last week have been freed"
        if d is None and (not t.nominal or predicate):
            d = sibling_date(t.start, t.end, t)
            how = "sibling" if d else None
            if d is not None and _subject_participle_date(text, t, d, by_clause.get(ci, ())):
                after = d
            if d is not None and (_bounds_before(text, d) or after is not None
                                  or _object_participle_date(text, t, d, by_clause.get(ci, ()))
                                  or (id(t) in toll_of and said_on(text, d, ss)) or after_toll(t, d)):
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
            d = DateMention(d.start, d.end, d.text, d.date_end, d.date_end, "approx", d.direction, d.type)
        if d is not None and d.precision == "day":
            d = _days_from(text, ss, d)
        if how in ("free", "sibling") and d.precision == "day" and d.end <= t.start and _AFTER_HEAD.search(
                text, max(d.end, t.start - 50), t.start):
            # "were searching the rubble on Thursday after an airstrike destroyed the building":
            # before that day, about then
            d = DateMention(d.start, d.end, d.text, d.date_start, d.date_end, "approx", d.direction, d.type)
        if t.nominal and (_called_off(text, t, se, keep) or _FLED_FROM.search(text, max(ss, t.start - 40), t.start)):
            continue
        c = Candidate(t.type, t, (ss, se), clauses[ci], para, d, how, after=after)
        c.status = _status(text, ss, se, clauses[ci], t, hint, d, ref)
        if t.violent and c.status == "planned":
            continue
        c.vague = d is None
        if toll is not None:
            c.killed = toll_quantity(text, t, toll, se)
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
        pseudo = Trigger(kind, k.start, k.end, False, 0, kind != "casualty_report")
        d = told_after(pseudo, ci, own_date(k.start, k.end, ci)) or free_date(k.start, k.end) \
            or sibling_date(k.start, k.end)
        if d is not None and d.precision == "day":
            d = _days_from(text, ss, d)
        how = "own" if d else None
        if kind == "attack_on_civilians" and d is not None and ((d.precision == "range" and (
                d.date_end - d.date_start).days > 7) or (ref is not None and (ref - d.date_start).days > 7
                                                        and SINCE_CLAUSE_BEFORE.search(text, max(ss, d.start - 90), d.start))):
            kind = "casualty_report"  # "7,000 civilians were killed between January and April": a tally
            pseudo.type, pseudo.violent = kind, False
        if kind == "casualty_report" and d is not None and ref is not None and \
                (ref - d.date_start).days > 366:
            continue  # a toll over years is the war's background, not this report's event
        if kind == "casualty_report" and d is not None and d.anchor >= 0 and _WAR_BEGAN.search(
                text, max(0, d.anchor - 60), d.anchor):
            continue  # "The conflict began in November ... Thousands have been killed since then"
        c = Candidate(kind, pseudo, (ss, se), clauses[ci], para, d, how)
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
            c.count = count_near(text, c.clause, c.trig, killed_spans)

    # one event per (type, sentence) unless their own dates differ
    merged: list[Candidate] = []
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
                    x.date is not None and x.date_how == "own" and RELATIVE_LEAD.match(text, x.clause[0])
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
                r.clause == c.clause or span_gap(r.trig.start, r.trig.end, c.trig.start, c.trig.end) < 40
                for r in releases):
            continue
        final.append(c)
    return final


# (the device told first, its verb after it: "a suicide bomber struck a political rally")
_TARGET_GAP = re.compile(r"\s+(?:(?:struck|hit|targeted|attacked|bombed|stormed|rammed(?:\s+into)?)\s+)?"
                         r"(?:on\s+|at\s+|against\s+)?(?:(?:a|an|the|its|their|his|her|two|three|several|"
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


def _date_owner(text, d, trigs: list[Trigger]) -> Trigger:
    """The trigger a date of their clause belongs to: the nearest, or the one whose verb phrase it closes."""
    nearest = min(trigs, key=lambda u: span_gap(u.start, u.end, d.start, d.end))
    if nearest.start >= d.end and (_NEXT_VERB_GAP.fullmatch(text, d.end, nearest.start)
                                   or _AUX_VERB_GAP.fullmatch(text, d.end, nearest.start)):
        # (the verb's, else a noun it governs: "launched coordinated attacks on villages last
        # Wednesday and took the port on Tuesday")
        before = [u for u in trigs if u.end <= d.start and not u.nominal] or [
            u for u in trigs if u.end <= d.start]
        if before:
            return max(before, key=lambda u: u.end)
    return nearest


def _object_participle_date(text, t: Trigger, d, clause_trigs: list[Trigger]) -> bool:
    """The date belongs to a participle in the object of `t`: "freed twelve passengers kidnapped
    on Sunday" tells when they were kidnapped, not when they were freed."""
    if t.nominal or d.start < t.end:
        return False
    owner = _date_owner(text, d, clause_trigs)
    return (owner is not t and not owner.nominal and t.end <= owner.start < d.start
            and _COORDINATION.search(text, t.end, owner.start) is None)


def _relative_of_object(text, t: Trigger, d, trigs) -> bool:
    """The date closes a relative clause of an event named after `t`: "marched to denounce the
    bombing that killed 300 people at the weekend" tells when the bombing was."""
    if d.start < t.end or not trigs:
        return False
    owner = _date_owner(text, d, trigs)
    return (owner is not t and owner.nominal and t.end <= owner.start and owner.end <= d.start
            and _RELATIVE_THAT.match(text, owner.end, d.start) is not None)


_RELATIVE_THAT = re.compile(r"\s+(?:that|which|who)\s", re.I)


def _subject_participle_date(text, t: Trigger, d, clause_trigs: list[Trigger]) -> bool:
    """The date closes a participle in the subject of `t`: "pupils abducted earlier this month
    have been released" tells when they were abducted, not when they were released."""
    if t.nominal or d.end > t.start or not _AUX_VERB_GAP.fullmatch(text, d.end, t.start):
        return False
    owner = _date_owner(text, d, clause_trigs)
    return owner is not t and owner.end <= d.start


_PLANNED_AFTER = re.compile(r"\b(?:were|was|is|are|been|be)\s+(?:now\s+|also\s+|tentatively\s+)?(?:planned|scheduled)\b", re.I)


# ", Gadhafi's hometown, were": a short appositive, then the verb the subject was waiting for
_APPOSITIVE_VERB = re.compile(
    r",\s+(?:[\w'’.-]+\s+){0,4}?[\w'’.-]+,\s+(?:was|were|is|are|has|have|had|will|would)\b", re.I)


# "A meeting of the border committee that had been scheduled for Friday was called off", "A planned
# handover ... fell through", "Elections that had been promised for July were scrapped": what was
# to happen and did not, and is not to happen either
_CALLED_OFF_AFTER = re.compile(
    r"\b(?:(?:was|were|has\s+been|have\s+been|had\s+been)\s+(?:later\s+|abruptly\s+|then\s+|also\s+)?"
    r"(?:called\s+off|cancell?ed|scrapped|shelved|abandoned|scuttled|not\s+held)"
    r"|fell\s+through|(?:did\s+not|didn['’]t|never)\s+(?:take\s+place|happen|materiali[sz]e))\b", re.I)
_CALLED_OFF_BEFORE = re.compile(
    r"\b(?:called\s+off|cancell?ed|scrapped|shelved|abandoned|scuttled)\s+(?:the|a|an|its|their|his|her|"
    r"this|next|(?:\w+['’]s))\s+(?:[\w'’-]+\s+){0,3}$", re.I)


# "Thousands fleeing the fighting streamed south on Sunday", "residents who fled the fighting began
# returning": what people run from is the background of their flight, not an event of that day
_FLED_FROM = re.compile(r"\b(?:flee|flees|fleeing|fled|escaping|escaped|displaced\s+by|uprooted\s+by|driven\s+out\s+by)\s+"
                        r"(?:the|this|that|recent|renewed)\s+(?:[\w'’-]+\s+){0,2}$", re.I)


_NEXT_CLAUSE = re.compile(r";|,\s+(?:and|but|while|whereas|though|although)\s", re.I)


def _called_off(text: str, t: Trigger, se: int, keep) -> bool:
    """A named event the sentence says was cancelled (no event to record, not a plan either)."""
    if _CALLED_OFF_BEFORE.search(text, max(0, t.start - 60), t.start):
        return True
    m = _CALLED_OFF_AFTER.search(text, t.end, min(se, t.end + 140))
    if m is None or _NEXT_CLAUSE.search(text, t.end, m.start()):
        return False
    # (the verb of the nearest event named before it: "the talks ended and a summit was cancelled")
    return not any(u is not t and t.end <= u.start < m.start() for u, _h in keep)


def _has_predicate(text, clause, t: Trigger, keep) -> bool:
    """An occurrence verb in the trigger's clause that is not another trigger."""
    cs, ce = clause
    if len(text[cs:t.start].split()) <= 2 and (text[t.end:t.end + 2].startswith(",") or (
            text[ce:ce + 1] == "," and _APPOSITIVE_VERB.match(text, ce))):
        # a subject with an appositive: the verb comes after it ("Talks with elders in Sirte,
        # Gadhafi's hometown, were planned for next week")
        ce = max(ce, t.end + 90)
    cs, ce = max(cs, t.start - 40), min(ce, t.end + 50 if ce < t.end + 90 else ce)
    others = [(u.start, u.end) for u, _h in keep if u is not t]
    for m in _OCCURRENCE_RX.finditer(text, cs, ce):
        if t.start <= m.start() < t.end or text[m.start() - 1:m.start()] == "-":
            continue
        if any(a <= m.start() < b for a, b in others):
            continue
        return True
    return _PLANNED_AFTER.search(text, t.end, ce) is not None  # "talks ... were planned for next week"


def _has_date(s_dates, cs, ce) -> bool:
    return any(cs <= d.start < ce for d in s_dates)


# every _CLAIMED_RX match, lower-cased, has a match of this (case-sensitive, so fast) pattern
_CLAIM_PRE = re.compile(r"confirm|verif|claim|alleged|accus|denie|deny|purport|reportedly|rumo|"
                        r"said\s+to|disputed")


def _claimed(text: str, a: int, b: int) -> bool:
    """_CLAIMED_RX.search(text, a, b), skipped when no claim word is there (it has no literal
    prefix, so a search costs a scan of the span)."""
    if _CLAIM_PRE.search(text[a:b].lower()) is None and not case_exotic(text, a, b):
        return False
    return _CLAIMED_RX.search(text, a, b) is not None


def _status(text, ss, se, clause, t: Trigger, hint, d: DateMention | None, ref) -> str:
    if not t.violent:
        if hint == "planned":
            return "planned"
        if d is not None and ref is not None and d.date_start > ref:
            return "planned"
        # (with the trigger's own first word: "is expected" + "to meet")
        pre = text[max(clause[0] - 80, ss):t.start] + text[t.start:t.end].split(" ")[0]
        if _PLANNED_RX.search(pre) or (t.nominal and _PLANNED_RX.search(text[clause[0]:clause[1]])):
            if d is None or ref is None or d.date_end >= ref:
                return "planned"
    claimed = _claimed(text, ss, t.start) or _claimed(text, clause[0], clause[1])
    return "claimed" if claimed else "occurred"
