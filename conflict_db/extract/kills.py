"""Kill counts and the numbers events are told with.

"Five militants were killed", "has killed over 1,000", "killed the police chief and three
officers": the number, whether the dead are civilians or combatants, and whether it is a toll
of a period rather than of one incident.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from conflict_db.temporal.patterns import MONTH

from .alternation import by_first_letter
from .candidates import Trigger
from .cues import PERSONS
from .numbers import Quantity, find_quantities
from .spans import case_exotic, inside, overlaps, span_gap

CIVILIAN_WORDS = (
    r"civilians?|doctors?|nurses?|medics?|journalists?|reporters?|photographers?|aid\s+workers?|"
    r"children|child|boys?|girls?|women|woman|villagers?|residents?|worshipp?ers?|students?|"
    r"teachers?|pupils?|protesters?|demonstrators?|farmers?|shepherds?|passengers?|pilgrims?|"
    r"refugees?|families|family|patients?|priests?|imams?|activists?|shoppers?|bystanders?|"
    r"infants?|babies|elderly|voters?|election\s+workers?|polling\s+staff|schoolgirls?|schoolboys?|"
    r"workers?|labou?rers?|miners?|traders?|fishermen|herders?|herdsmen"
)


CIVILIAN_RX = re.compile(r"\b" + by_first_letter(CIVILIAN_WORDS) + r"\b", re.I)


_KILL_RX = re.compile(
    r"\b" + by_first_letter(
        r"killed|killing|kills|kill|dead|died|die|slain|death\s+toll|lives|perished|"
        r"lost\s+their\s+lives|cost\s+the\s+lives\s+of|claimed\s+the\s+lives\s+of|massacred|executed|executions?\s+of|"
        r"bodies") + r"\b",
    re.I,
)


# every _KILL_RX match contains one of these, lower-cased
_KILL_WORDS = ("kill", "dead", "die", "slain", "death", "lives", "perished", "massacred", "execut", "bodies")


_BEFORE_KILL_GAP = re.compile(
    r"^(?:\s+[\w'’.-]+){0,5}?\s+(?:(?:were|was|have\s+been|has\s+been|had\s+been|are|is|being|"
    r"been|reportedly|also)\s+){0,3}$",
    re.I,
)


AGGREGATE_RX = re.compile(
    r"\b" + by_first_letter(
        r"since|so\s+far|in\s+total|altogether|toll|over\s+the\s+(?:past|last)|in\s+the\s+past|"
        r"days\s+of|weeks\s+of|months\s+of|has\s+risen|rose\s+to") + r"\b",
    re.I,
)


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
    r"passenger|teacher|doctor|nurse|student|farmer|herder|trader|driver|conservationist|ranger|tourist|"
    r"activist|aid\s+worker|reporter|photographer|medic|priest|pilot|peacekeeper)\b", re.I)


def _number_end(text: str, qty: Quantity) -> int:
    """Where the (first) number of a count ends: "17" of "17 soldiers and a civilian"."""
    first = find_quantities(text, qty.start, qty.end)
    return first[0].end if first else qty.end


COMBATANTS_RX = re.compile(
    r"\s*(?:[\w'’-]+\s+){0,3}?(?:fighters|militants|insurgents|rebels|jihadists|assailants|"
    r"attackers|gunmen|soldiers|troops|policemen|police\s+officers|servicemen|combatants|"
    r"militiamen|terrorists|gang\s+members|gangsters|bandits|kidnappers|cartel\s+members)\b", re.I)


# the number a toll is told with: "toll rose to 40", "a death toll of at least forty",
# "the toll from Sunday's attack stood at 12" (not "the mounting toll sparked two coups")
TOLL_NUMBER = re.compile(
    r"(?:\s+(?:from|in|of)\s+[^.;:!?]{1,120}?)?(?:\s+[\w'’-]+){0,3}?\s+(?:to|of|at|as|reached|hit|passed|exceeded|"
    r"topped|surpassed|is|was)\s+(?:(?:at\s+least|more\s+than|about|nearly|over|some|around|almost|"
    r"roughly|an\s+estimated)\s+)?(?:\d|(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|"
    r"twelve|[a-z]+teen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundreds|thousands|"
    r"dozens|scores)\b)", re.I)


# an aggregate toll of the whole war ("the conflict has killed 130,000 people")
_WHOLE_WAR_SUBJECT = re.compile(
    r"\b(?:war|conflict|crisis|uprising|revolution|insurgency)\b(?:[^,.;]|(?<=\d)[,.](?=\d)){0,70}$", re.I)


_PERSON_COUNT_AFTER = re.compile(
    r"^\s+(?:[\w'’-]+\s+){0,3}?(?:[\w'’-]+s|people|men|women|children|staff|personnel|police|"
    r"militia|crew)\b", re.I)


_PERSON_COUNTED = re.compile(rf"\s+(?:[\w'’-]+\s+){{0,2}}?{PERSONS}\b", re.I)


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


@dataclass
class Kill:
    start: int
    end: int
    qty: Quantity | None
    civilian: bool
    aggregate: bool
    whole_war: bool
    combatants: bool = False  # "security forces killed 30 fighters": a fight, not a toll
    agent: bool = False  # an armed subject does the killing
    passive: bool = False  # "were killed": the dead are the subject


def find_kills(text, ss, se, quotes, q_starts, background, bg_starts, day_dated=False) -> list[Kill]:
    out = []
    sent = text[ss:se]
    low = sent.lower()
    if not any(w in low for w in _KILL_WORDS) and not case_exotic(sent, 0, len(sent)):
        return out  # no _KILL_RX match possible (most sentences)
    if not _KILL_RX.search(sent):
        return out
    if callable(day_dated):  # worked out only for the (few) sentences that speak of kills
        day_dated = day_dated()
    # (not "June 10" of a dateline: "BHARATPUR, June 10 - The death toll ...")
    qtys = [q for q in find_quantities(text, ss, se) if not inside(bg_starts, background, q.start)]
    sent_nb = sent  # the sentence without its background clauses ("since the coup in February")
    for bs, be in background:
        if bs < se and ss < be:
            a, b = max(bs, ss) - ss, min(be, se) - ss
            sent_nb = sent_nb[:a] + " " * (b - a) + sent_nb[b:]
    for m in _KILL_RX.finditer(text, ss, se):
        if inside(q_starts, quotes, m.start()) or inside(bg_starts, background, m.start()):
            continue
        word = m.group().lower()
        qty = None
        if word == "bodies":
            # "had received at least 17 bodies", "the bodies of 11 soldiers": the dead, counted
            qty = next((q for q in qtys if (q.end <= m.start() and not text[q.end:m.start()].strip()) or (
                q.start >= m.end() and _BODIES_OF.fullmatch(text, m.end(), q.start))), None)
            if qty is None or _BODIES_HANDED.search(text, ss, se):
                continue  # (bodies handed over are an exchange, not a count of the dead)
        passive = word in ("killed", "massacred", "executed") and _PASSIVE_BEFORE.search(
            text, max(ss, m.start() - 30), m.start()) is not None
        # number after: "killed 697 people" (not "71 soldiers were killed, 12 were wounded")
        if (word in ("killed", "killing", "kills", "kill", "massacred", "executed")
                or word.startswith(("death", "execution", "cost", "claimed"))) and not passive:
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
                    if word.startswith("killing") and _DETERMINER_END.search(between):
                        break  # "Hundreds protested against the killing": not its victims
                    if _CLAUSE_OPENER.search(between):
                        break  # "has risen to 39 after a girl died": another clause's subject
                    if _BEFORE_KILL_GAP.match(" " + between.strip() + " ") or not between.strip():
                        qty = q
                        break
                    if re.fullmatch(r"\s+(?:[\w'’-]+\s+){0,6}(?:were|was|have\s+been|had\s+been|"
                                    r"has\s+been|are|died|dead)\s*(?:(?:reportedly|also|allegedly|found)\s+)?", between + " ",
                                    re.I) and not re.search(r"[,;]", between):
                        qty = q
                        break
                    # "At least 25 people, including fighters and civilians, have been killed"
                    if re.fullmatch(r"\s*(?:[\w'’-]+\s+){0,2}?[\w'’-]*,\s+(?:including|among\s+them|"
                                    r"mostly|(?:(?:about|nearly|almost|roughly|around|more\s+than|over)\s+)?(?:a|one)\s+(?:third|quarter|fifth|tenth|half)\s+of\s+them|"
                                    r"(?:some|all|most|many|several|half|one|two|three|four|five)\s+of\s+them)\b[^;.]{0,80},\s+"
                                    r"(?:have|has|had|were|was)\s+(?:been\s+|found\s+)?", between, re.I):
                        qty = q
                        break
        if qty is None:
            qty = _one_victim(text, ss, m.start(), m.end(), word)
        if qty is None and word in ("dead", "died", "die", "lives", "perished", "slain"):
            continue
        if qty is None and word in ("killing", "kills", "kill"):
            # "killing a doctor": the victim follows
            after = text[m.end():min(se, m.end() + 40)]
            if not CIVILIAN_RX.match(after.strip().split(" ", 1)[-1] if after.strip() else ""):
                if not re.match(r"\s+(?:a|an|one|the)\s+(?:\w+\s+)?(?:%s)\b" % CIVILIAN_WORDS,
                                after, re.I):
                    continue
        if qty is None and word == "killed":
            continue
        if qty is not None and qty.end <= m.start():
            # "15 insurgents and four police officers were killed": add the conjoined count, and
            # the counts listed before it ("13 soldiers, two policemen and 31 militants")
            link = _AND_LINK
            while True:
                q0 = next((q for q in qtys if q.end <= qty.start and link.fullmatch(text, q.end, qty.start)), None)
                if q0 is None:
                    break
                lo = (q0.low or 0) + (qty.low or 0)
                hi = None if q0.high is None or qty.high is None else q0.high + qty.high
                qty = Quantity(q0.start, qty.end, text[q0.start:qty.end], lo, hi, q0.vague or qty.vague)
                link = _COMMA_LINK
        elif qty is not None:
            # "killed one soldier and six pro-government fighters": the conjoined count too
            q2 = next((q for q in qtys if q.start >= qty.end), None)
            one = _AND_ONE_AFTER.match(text, qty.end)
            if q2 is not None and _AND_LINK.fullmatch(text, qty.end, q2.start) \
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
        # (the head of the count: "272 people, including 33 civilians" were not all civilians)
        victims = _SUBSET.split(text[named:min(se, named + 40)], 1)[0]
        civilian = (bool(CIVILIAN_RX.search(victims)) and not COMBATANTS_RX.match(text, named)) or (
            qty is not None and qty.low == 1 and (_OFFICIAL_VICTIM.match(text, qty.start) is not None
                                                  or _NAMED_OFFICIAL_BEFORE.fullmatch(qty.text) is not None)) or (
            _SHELTERING.match(victims) is not None)
        # "..., raising the death toll to 23": that toll is the total this kill adds to
        told = sent_nb
        raising = _RAISING_TOLL.search(sent_nb, m.end() - ss) if "toll" in sent_nb else None
        if raising is not None:
            told = sent_nb[:raising.start()]
        aggregate = word == "bodies" or bool(AGGREGATE_RX.search(told)) or (
            not day_dated and bool(_AGGREGATE_WEAK_RX.search(told)))
        combatants = qty is not None and qty.start >= m.end() and bool(
            COMBATANTS_RX.match(text, qty.end)) and word in ("killed", "killing")
        # an active kill with a subject of its own ("forces killed 38 people"), not a toll
        agent = qty is not None and qty.start >= m.end() and word == "killed" and bool(
            re.search(r"\b(?:forces|troops|soldiers|police|gunmen|militants|fighters|militia|militiamen|militias|"
                      r"army|insurgents|jihadists|rebels|attackers|assailants)\s+(?:\w+\s+)?$",
                      text[max(ss, m.start() - 40):m.start()], re.I))
        before = text[ss:m.start()]
        whole_war = bool(_WHOLE_WAR_SUBJECT.search(before)) and not re.search(
            r"\b(?:fighting|clashes|infighting|battles?)\b", before[-60:], re.I)
        out.append(Kill(m.start(), m.end(), qty, civilian, aggregate, whole_war, combatants, agent, passive))
    return out


_SUBSET = re.compile(r",|\(|\b(?:including|among\s+them|among\s+whom)\b", re.I)


_BODIES_OF = re.compile(r"\s+of\s+(?:at\s+least\s+|more\s+than\s+|about\s+|some\s+)?", re.I)


_BODIES_HANDED = re.compile(r"\b(?:hand(?:ed|ing|s)?\s+over|transferr?(?:ed|ing)|exchang(?:ed|ing)|swapp(?:ed|ing)|"
                            r"repatriat(?:ed|ing)|return(?:ed|ing))\b", re.I)


_CLAUSE_OPENER = re.compile(r"\b(?:after|before|when|while|because|until|although|though)\b", re.I)


_DETERMINER_END = re.compile(r"\b(?:the|a|an|this|that|its|their|his|her)\s+$", re.I)


_AND_LINK = re.compile(r"\s+(?:[\w'’-]+\s+){0,4}?and\s+")
# "killed more than 100 people who had taken refuge in a church": people hiding from the fighting
_SHELTERING = re.compile(r"\s*(?:of\s+)?(?:people|persons|men|others)\s+(?:who\s+(?:had\s+|were\s+)?)?(?:taken|sought|taking|"
                         r"seeking|took|sought)\s+(?:refuge|shelter|sanctuary)\b", re.I)


_COMMA_LINK = re.compile(r"\s+(?:[\w'’-]+\s+){0,3}?[\w'’-]+,\s+")


# a single victim, told without a number: "killing one civilian", "a soldier was killed"
_ONE_NOUNS = by_first_letter(
    r"civilian|doctor|nurse|medic|journalist|reporter|photographer|aid\s+worker|child|boy|girl|"
    r"woman|man|villager|resident|worshipp?er|student|teacher|pupil|protester|demonstrator|farmer|"
    r"shepherd|passenger|pilgrim|refugee|patient|priest|imam|activist|bystander|person|soldier|"
    r"serviceman|policeman|policewoman|police\s+officer|officer|guard|fighter|militant|rebel|"
    r"insurgent|gunman|attacker|assailant|commander|member|worker|employee|volunteer|peacekeeper|"
    r"trooper|paramedic|official|contractor|driver|bodyguard|son|daughter|wife|husband|chief|elder|"
    r"mayor|governor|lawmaker|judge|cleric")


# one person named by office: "killed the police chief", "the provincial governor"
_TITLE_NOUNS = by_first_letter(
    r"chief|governor|deputy\s+governor|mayor|commander|leader|head|minister|judge|prosecutor|"
    r"spokesman|spokeswoman|cleric|imam|priest|bishop|lawmaker|senator|mp")


_ONE_VICTIM = (r"(?:(?P<q>a|an|one|a\s+single)\s+(?:[\w'’-]+\s+)?(?:%s)|"
               r"(?P<q2>the|(?-i:[A-Z])[\w-]+['’]s)\s+(?:[\w'’-]+\s+)?(?:%s))\b(?!['’-])"
               % (_ONE_NOUNS, _TITLE_NOUNS))


_ONE_VICTIM_AFTER = re.compile(r"\s+(?:(?:only|just)\s+)?" + _ONE_VICTIM + r"(?P<two>\s+and\s+(?:a|an|one|his|her)\s+"
                               r"(?:[\w'’-]+\s+)?(?:%s)\b)?" % _ONE_NOUNS, re.I)


# ("the governor was abducted and killed": one more verb before the kill)
_ONE_VICTIM_BEFORE = re.compile(r"\b" + _ONE_VICTIM + r"\s+(?:(?:was|has\s+been|had\s+been|is|also|"
                                r"reportedly)\s+){1,3}(?:[a-z]+ed\s+and\s+)?$", re.I)


# "West Darfur Gov. Khamis Abdullah Abakar was abducted and killed": one person by title and name
_TITLED_VICTIM_BEFORE = re.compile(
    r"\b(?P<q>(?:Gov\.|Governor|Mayor|Sen\.|Senator|Judge|Imam|Sheikh|Bishop|Father|Chief|Prime\s+Minister|"
    r"President|Minister)\s+(?:(?-i:[A-Z])[\w'’-]+\s+){0,3}(?-i:[A-Z])[\w'’-]+"
    # ("Prime Minister Agathe Uwilingiyimana, a moderate Hutu, was killed")
    r"(?:,\s+(?:a|an|the)\s+[^,;.]{1,60},)?\s+(?:(?:was|has\s+been|had\s+been)\s+)(?:[a-z]+ed\s+and\s+)?)$")
# "Melchior Ndadaye, the country's first elected Hutu president, was killed": a name with its office
_NAMED_OFFICIAL_BEFORE = re.compile(
    r"(?P<q>(?<![\w'’-])(?-i:[A-Z])[\w'’-]+(?:\s+(?-i:[A-Z])[\w'’-]+){1,3},\s+(?:a|an|the)\s+[^,;.]{0,50}?\b"
    r"(?:president|prime\s+minister|minister|governor|mayor|judge|bishop|archbishop|senator|lawmaker)"
    r"(?:\s+of\s+[^,;.]{1,40})?,\s+(?:was|has\s+been|had\s+been)\s+)$", re.I)


# people who hold no arms: an official killed is a civilian killed
_OFFICIAL_VICTIM = re.compile(
    r"\s*(?:[\w'’.-]+\s+){0,3}?(?:governor|gov\.|mayor|lawmaker|judge|prosecutor|cleric|imam|priest|bishop|"
    r"prime\s+minister|president|minister|"
    r"elder|village\s+chief|traditional\s+(?:ruler|leader)|senator|sen\.|legislator|councillor|councilor)(?!\w)", re.I)


def _one_victim(text: str, ss: int, start: int, end: int, word: str, after_only: bool = False) -> Quantity | None:
    """A count of one for a kill word whose victim is a single person named without a number."""
    m = None
    if word in ("killed", "killing", "kills", "kill", "executed"):
        m = _ONE_VICTIM_AFTER.match(text, end)
    if m is None and not after_only and word in ("killed", "executed", "slain", "dead"):
        m = _ONE_VICTIM_BEFORE.search(text, max(ss, start - 60), start)
    if m is None and not after_only and word in ("killed", "executed", "slain", "dead"):
        m = _TITLED_VICTIM_BEFORE.search(text, max(ss, start - 140), start) or \
            _NAMED_OFFICIAL_BEFORE.search(text, max(ss, start - 140), start)
        if m is not None:
            return Quantity(m.start("q"), m.end("q"), m.group("q"), 1, 1)
    if m is None:
        return None
    n = 2 if m.groupdict().get("two") else 1  # "killed a man and a woman"
    q = "q" if m.group("q") else "q2"
    return Quantity(m.start(q), m.end(q), m.group(q), n, n)


def toll_quantity(text: str, t: Trigger, toll: re.Match, se: int) -> Quantity | None:
    """The number a toll is told with (`TOLL_NUMBER` ends inside it)."""
    return next((q for q in find_quantities(text, max(t.end, toll.end() - 40), min(se, toll.end() + 40))
                 if q.start < toll.end() <= q.end), None)


_TARGET_PREP = re.compile(r"\b(?:on|at|against|in|near|targeting|into)\b", re.I)


_MONTH_BESIDE = re.compile(r"\b" + MONTH + r"\s+$")
_MONTH_AFTER = re.compile(r"(?:st|nd|rd|th)?\s+" + MONTH)


def count_near(text, clause, t: Trigger, killed_spans) -> int | None:
    qtys = [q for q in find_quantities(text, clause[0], clause[1])
            if not any(overlaps((q.start, q.end), k) for k in killed_spans)]
    best = None
    for q in qtys:
        after = text[q.end:q.end + 40]
        if _NOT_COUNT_UNIT.match(after) or _MONTH_BESIDE.search(text, max(0, q.start - 12), q.start) \
                or _MONTH_AFTER.match(text, q.end):
            continue  # (not the 9 of "the November 9 suicide bombing")
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
            dist = (not _PERSON_COUNTED.match(text, q.end), span_gap(q.start, q.end, t.start, t.end))
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
