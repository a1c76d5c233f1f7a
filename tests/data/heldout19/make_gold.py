"""Gold for the nineteenth dev set, coded by hand and blind (without reading the extractor or running
it on these texts): Kenya (the Westgate mall siege in Nairobi, on its fourth day, September 2013),
Algeria (the In Amenas gas plant hostage crisis, January 2013), Thailand-Cambodia (the July 2025
border war, the Putrajaya ceasefire and the first reported violations), India-Pakistan (the May 2025
ceasefire after the Pahalgam attack, Operation Sindoor and the drone, missile and artillery
exchanges), Indonesia (the rebel attack on soldiers searching for the kidnapped New Zealand pilot in
Nduga, Papua, April 2023) and Burkina Faso (the JNIM massacre at Barsalogho and other attacks,
August 2024), written for this set in the styles of the Daily Nation, The Guardian, the Bangkok Post,
The Hindu, The Jakarta Post and Al Jazeera English.

Date phenomena: the Daily Nation's Tuesday paper ("Posted Tuesday, September 24 2013 at 01:00") with
"last night" and "yesterday" (both Monday), "from about midday yesterday", "on Monday night",
"Saturday's attack" and "at about 12.30pm on Saturday", "By Saturday night", "rose to 59 on Sunday and
to 62 yesterday" (a toll dated by the siege, a range), "on Saturday afternoon" and "the following day"
(Sunday), "by Sunday night", "since Saturday" (a range to the publication day), "overnight" (Monday
night), a committee hearing "on October 1" still to come, "in October 2011", "a year ago this month"
(September 2012), "on July 1 last year", "the 2007-08 post-election violence", a peace walk "planned
for yesterday afternoon" that was called off (trap) and a caption with "yesterday"; the Guardian's
Monday web story ("Monday 21 January 2013 18.32 GMT") with "on Monday" (the publication day), "at
dawn last Wednesday" (five days back), "On Thursday", "the following day" (Friday), "on Saturday" and
"on Saturday morning", "On Sunday" and "on Sunday" (a video), "overnight", "the four-day standoff" (a
range, Wednesday to Saturday), "since Wednesday" (a range to the publication day), "on 11 January",
"in December" in a January article (the previous year), "earlier this month", "in December 2008" and
"four months later" (April 2009), a conference "on 29 January" and a visit "before the end of the month"
(both to come), "the civil war of the 1990s" (trap) and a caption "on Friday"; the Bangkok Post's
Tuesday 04:10 edition ("PUBLISHED : 29 Jul 2025 at 04:10") with a ceasefire that "took effect at
midnight" and fire "within hours" and "until shortly before dawn" (Tuesday), "on Monday afternoon",
"late on Monday", a meeting "at 7am today" and a GBC session "on Aug 4" (to come), "on Saturday", "last
Thursday morning" (five days back), "Hours later" and "later that day" (chained from Thursday), "On
Wednesday night", "on July 16", "By Friday", "On Saturday", a meeting "scheduled for Friday" that was
called off (trap), "on Sunday", "over the weekend" (a range), "since Thursday" (a range to the Monday
statement), "five days of ... fighting" (a range), "since May 28", "on July 1", "between 2008 and 2011",
"in 1962" and a caption "on Sunday"; The Hindu's Monday edition ("Updated - May 12, 2025 01:15 am IST")
with "on Sunday night", "on Saturday", talks "at noon on Monday" and "today" (the publication day, to
come), "at 3.35 p.m. on Saturday", "Within hours", "late-night briefing on Saturday", "on Sunday
evening", "on May 7", "between May 7 and 10" (a range), "in the early hours of Saturday" and
"overnight" anchored to it (Friday night), "on Saturday morning", "On Friday night", "in the early
hours of May 7", "the same day", "On the night of May 7-8" (a range), "the following morning" (May 8),
"since May 7" (a range to the publication day), "declared Sunday a day of thanksgiving" (Sunday names
the holiday, not the declaration), "until May 15" (to come), "on April 22" and "The following day",
"Between April 24 and May 6" (a range), "in February 2021", "On Friday" (May 9) and "since
independence in 1947" (trap); The Jakarta Post's Wednesday story ("Jakarta ● Wed, April 19, 2023")
with "on Tuesday", "on Saturday afternoon", "on Sunday", "the following day" (Monday, chained from a
Sunday evacuation attempt), "overnight" (Tuesday night), "on Monday", "since February" (a range to the
publication day), "on Feb. 7" and "The following day" (February 8), "In March" and "later that month"
(a handover that fell through: trap), "In December 2018", "On July 16 last year", "Last week"
(Monday-Sunday before), a hearing "on May 16" (to come), "in 1969" (trap) and a caption "on Monday";
Al Jazeera's Tuesday story ("Published On 27 Aug 2024") with "on Saturday", "the following day"
(Sunday), "on Sunday", "late on Sunday", "on Monday", "overnight" (Monday night), "Last week", "In June"
and "on June 11" for the same attack, "in April", "on February 25", "In January last year" and "a week
later", "In May", "in September 2022" (a coup: trap, as in heldout), "since 2015" (trap), elections
"promised for July this year" that were scrapped (trap), a file-photo caption.

Tolls that disagree or are updated (Westgate 39, 59, then 62, plus six Britons; In Amenas 37 + 1
hostages and 29 militants, with 25 more bodies found; Mugi one, then six soldiers, v. the TPNPB's nine;
Barsalogho 200 (UN source) v. 400 (relatives) v. JNIM's 300 "militia members"; Operation Sindoor's
"more than 100 terrorists" v. Pakistan's 31 civilians; 35 to 40 Pakistani soldiers (a range; coded
with the low figure); Thailand's 15 + 14 v. Cambodia's 13), claims denied (al-Shabaab on the hostages,
the attackers' nationalities, Cambodia on the truce violations, the mines and Phu Makua, Pakistan's
five jets and the BrahMos site, the TPNPB on burned houses, HRW on Nondin and Soro), kidnappings and
rescues, hostages killed, air strikes, rockets, landmines, drones and shelling, territory taken and
retaken, talks, ceasefires, an IMF disbursement and displacement figures. Traps: photo captions,
metaphors and slogans ("our 9/11", "the new front line", "dig their own graves"), hypotheticals (the
gas cylinders, a plot to blow up the plant, "If the ceasefire collapses", "Should the pilot be
harmed"), events that were planned and called off (a peace walk, a border committee meeting, a pilot
handover, elections), a night without firing, a coup and whole-war background.

Conventions as in heldout16/17: a single event's updated tolls are casualty_report rows dated by the
event (the latest official one required), competing tolls optional and `claimed`; a one-sided account
of an attack is `claimed`; "overnight" is the night before the report (approx, dated by the evening it
starts) unless the sentence anchors it to another day; "last week" is the previous Monday-Sunday;
"since X" runs to the publication day (or to the day of the statement that gives it); parliamentary
hearings are `negotiation` like the sessions in heldout17; arrests (no type fits) are optional
`abduction` rows; statements, headlines, displacement figures and marginal rows are optional.
"""
import sys
from pathlib import Path

HERE = Path(__file__).parent
sys.path.insert(0, str(HERE.parent / "heldout"))
from make_gold import O, ev, trap, write  # noqa: E402

G = []
a = "kenya_westgate_2013"  # Tue 2013-09-24 ("yesterday", "last night" = Mon 23)
SHB = "al-Shabaab"
KDF = "Kenya Defence Forces"
WG = ["Westgate Shopping Mall", "Westlands", "Nairobi"]
G += [
    ev(a, "clash", "2013-09-23", "day", "Security forces were last night battling to flush out the last of the gunmen holed up in the Westgate Shopping Mall", locs=WG, actors=["Kenyan security forces", SHB]),
    ev(a, "casualty_report", ("2013-09-21", "2013-09-23"), "range", "the number of people confirmed dead rose to 62", O, locs=WG, killed=62),
    ev(a, "clash", "2013-09-23", "approx", "three of the attackers had been killed", locs=WG, actors=[KDF, SHB], killed=3),
    ev(a, "territory_change", "2013-09-23", "approx", "Kenya Defence Forces (KDF) soldiers were in control of \"all the floors\" of the building", O, status="claimed", locs=WG, actors=[KDF]),
    ev(a, "clash", "2013-09-23", "day", "sporadic gunfire and at least four loud explosions were heard from the complex until late evening", O, locs=WG),
    ev(a, "clash", "2013-09-23", "approx", "who set mattresses alight in the Nakumatt supermarket to distract the soldiers", O, locs=["Nakumatt supermarket"] + WG, actors=[SHB, KDF]),
    # (arrests: no type fits; optional)
    ev(a, "abduction", ("2013-09-21", "2013-09-23"), "range", "more than 10 suspects had been arrested for questioning", O, actors=["Kenya Police"], count=10),
    ev(a, "abduction", "2013-09-22", "day", "a man picked up at Jomo Kenyatta International Airport on Sunday as he tried to board a flight to Dubai", O, locs=["Jomo Kenyatta International Airport", "Nairobi"], actors=["Kenya Police"], count=1),
    ev(a, "statement", "2013-09-23", "approx", "The Kenya Red Cross Society said 63 people were still unaccounted for", O, actors=["Kenya Red Cross Society"], count=63),
    trap(a, "A Kenya Defence Forces soldier takes cover outside the Westgate Shopping Mall as smoke rises from the building yesterday. PHOTO | BILLY MUTAI"),
    ev(a, "attack_on_civilians", "2013-09-21", "day", "The gunmen, armed with AK-47 rifles and grenades, stormed the upmarket mall at about 12.30pm on Saturday", locs=WG, actors=[SHB], killed=62),
    ev(a, "attack_on_civilians", "2013-09-21", "approx", "Witnesses said they opened fire on people at the main entrance and at the Artcaffe restaurant", O, locs=["Artcaffe"] + WG, actors=[SHB]),
    ev(a, "bombing", "2013-09-21", "approx", "hurling grenades into shops", O, locs=WG, actors=[SHB]),
    ev(a, "abduction", "2013-09-21", "approx", "took dozens of shoppers hostage in the Nakumatt supermarket", locs=["Nakumatt supermarket"] + WG, actors=[SHB]),
    ev(a, "attack_on_civilians", "2013-09-21", "approx", "the attackers ordered shoppers to name the Prophet Muhammad's mother and shot those who could not", O, locs=WG, actors=[SHB]),
    ev(a, "casualty_report", "2013-09-21", "day", "By Saturday night, 39 people had been confirmed dead.", O, locs=WG, killed=39),
    ev(a, "casualty_report", ("2013-09-21", "2013-09-23"), "range", "The toll rose to 59 on Sunday and to 62 yesterday", locs=WG, actors=["Joseph ole Lenku"], killed=62),
    ev(a, "casualty_report", ("2013-09-21", "2013-09-23"), "range", "Britain said six of its citizens were among those killed.", O, locs=WG, actors=["United Kingdom"], killed=6),
    trap(a, "\"This is our 9/11,\" a weeping shopkeeper said outside the Oshwal Centre."),
    ev(a, "military_movement", "2013-09-21", "day", "Police officers of the Recce Squad entered the mall on Saturday afternoon", locs=WG, actors=["Recce Squad"]),
    ev(a, "military_movement", "2013-09-22", "day", "the KDF took over command of the operation the following day", locs=WG, actors=[KDF]),
    ev(a, "release", "2013-09-22", "approx", "Mr Lenku said \"most\" of the hostages had been rescued by Sunday night", locs=WG, actors=[KDF]),
    ev(a, "clash", "2013-09-22", "day", "when the security forces launched what he called a \"major assault\" on the attackers' positions on the upper floors", locs=WG, actors=[KDF, SHB]),
    ev(a, "release", ("2013-09-21", "2013-09-24"), "range", "More than 200 people have been evacuated from the building since Saturday", locs=WG, actors=["Kenya Red Cross Society"], count=200),
    ev(a, "release", "2013-09-23", "approx", "KDF spokesman Major Emmanuel Chirchir said on Twitter overnight that soldiers had rescued more hostages", O, locs=WG, actors=[KDF, "Emmanuel Chirchir"]),
    ev(a, "statement", None, "unknown", "Al-Shabaab, the Somali militant group allied to al-Qaeda, claimed responsibility for the attack", O, actors=[SHB]),
    ev(a, "statement", "2013-09-23", "day", "In messages posted on Twitter yesterday, the group claimed that the hostages were still alive", O, status="claimed", actors=[SHB]),
    ev(a, "statement", "2013-09-22", "day", "The group's spokesman, Sheikh Ali Mohamud Rage, warned in an audio message on Sunday", O, actors=["Ali Mohamud Rage", SHB]),
    ev(a, "statement", "2013-09-23", "day", "Foreign Affairs Cabinet Secretary Amina Mohamed told an American television station on Monday night", O, status="claimed", actors=["Amina Mohamed"]),
    ev(a, "statement", "2013-09-22", "day", "In a televised address on Sunday, President Kenyatta said the attackers would be hunted down", O, actors=["Uhuru Kenyatta"]),
    ev(a, "negotiation", "2013-09-22", "approx", "He later spoke by telephone with US President Barack Obama, who offered assistance.", actors=["Uhuru Kenyatta", "Barack Obama"]),
    ev(a, "statement", "2013-09-23", "day", "the International Criminal Court yesterday granted Deputy President William Ruto", O, locs=["The Hague"], actors=["International Criminal Court", "William Ruto"]),
    trap(a, "A peace walk from Uhuru Park to Westlands that civil society groups had planned for yesterday afternoon was called off on police advice."),
    trap(a, "Security experts said that had the attackers managed to set off the gas cylinders in the basement, the whole building could have come down."),
    ev(a, "negotiation", "2013-10-01", "day", "The National Assembly's Defence and Foreign Relations Committee will on October 1 question National Intelligence Service director-general Michael Gichangi", status="planned", actors=["National Assembly of Kenya", "Michael Gichangi"]),
    ev(a, "military_movement", "2011-10", "month", "Kenya sent troops into Somalia in October 2011", locs=["Somalia"], actors=[KDF]),
    ev(a, "abduction", None, "unknown", "a wave of kidnappings of tourists and aid workers on its soil", O, locs=["Kenya"], actors=[SHB]),
    ev(a, "territory_change", "2012-09", "month", "Kismayu, the militants' last major stronghold and a key source of revenue from the charcoal trade, fell to Kenyan troops a year ago this month.", locs=["Kismayu"], actors=[KDF, SHB]),
    ev(a, "attack_on_civilians", ("2011-10-01", "2013-09-24"), "range", "al-Shabaab and its sympathisers have carried out a string of grenade and gun attacks in Nairobi, Garissa and Mombasa", O, locs=["Nairobi", "Garissa", "Mombasa"], actors=[SHB]),
    ev(a, "attack_on_civilians", "2012-07-01", "day", "on July 1 last year, gunmen killed 17 worshippers in simultaneous attacks on two churches in Garissa", locs=["Garissa"], killed=17),
]
a = "algeria_inamenas_2013"  # Mon 2013-01-21
SIB = "Signed-in-Blood Battalion"
ALG = "Algerian army"
IA = ["Tiguentourine gas facility", "In Amenas"]
G += [
    ev(a, "casualty_report", ("2013-01-16", "2013-01-19"), "range", "Thirty-seven foreign hostages from eight countries and one Algerian were killed in the siege of the In Amenas gas plant in the Sahara", locs=IA, actors=[SIB], killed=38),
    ev(a, "casualty_report", ("2013-01-16", "2013-01-19"), "range", "29 of the militants had been killed and three captured alive during the four-day standoff", locs=IA, actors=[SIB, ALG], killed=29, count=3),
    ev(a, "clash", "2013-01-19", "day", "which ended on Saturday when Algerian special forces stormed the part of the complex where the last of the kidnappers were holding out", O, locs=IA, actors=["Algerian special forces", SIB]),
    ev(a, "military_movement", None, "unknown", "who had crossed into Algeria from northern Mali via Niger and Libya", O, locs=["Mali", "Niger", "Libya"], actors=[SIB]),
    trap(a, "The militants had planned to blow up the plant, he said, and had mined parts of the facility with explosives."),
    ev(a, "casualty_report", ("2013-01-16", "2013-01-19"), "range", "Speaking in the Commons on Monday, David Cameron said three Britons and a Colombian national who lived in Britain had been killed", O, locs=IA, actors=["David Cameron"], killed=4),
    ev(a, "casualty_report", ("2013-01-16", "2013-01-19"), "range", "Japan has confirmed the deaths of nine employees of the engineering firm JGC", O, locs=IA, actors=["Japan", "JGC"], killed=9),
    ev(a, "statement", "2013-01-20", "approx", "Statoil said overnight that five of its Norwegian staff were still unaccounted for", O, actors=["Statoil"], count=5),
    trap(a, "Freed hostages arrive at Oran airport on Friday. Photograph: Kyodo/Reuters"),
    ev(a, "clash", "2013-01-16", "day", "The crisis began at dawn last Wednesday when a group of about 30 heavily armed men attacked a bus taking workers from the Tiguentourine gas facility", locs=IA, actors=[SIB, "Algerian gendarmerie"], killed=2),
    ev(a, "attack_on_civilians", "2013-01-16", "approx", "A Briton and an Algerian security guard were killed in the ambush", O, locs=IA, actors=[SIB], killed=2),
    ev(a, "territory_change", "2013-01-16", "approx", "The militants then stormed the residential compound and the gas processing plant", O, locs=IA, actors=[SIB]),
    ev(a, "abduction", "2013-01-16", "approx", "taking hundreds of Algerian and foreign workers hostage", locs=IA, actors=[SIB]),
    ev(a, "statement", None, "unknown", "A group calling itself the Signed-in-Blood Battalion claimed responsibility", O, actors=[SIB]),
    ev(a, "bombing", "2013-01-11", "day", "French air strikes against Islamist rebels in neighbouring Mali, which began on 11 January", locs=["Mali"], actors=["France"]),
    # (a commander splitting from his group: a change of allegiance)
    ev(a, "defection", "2012-12", "month", "an Algerian who split from al-Qaida in the Islamic Maghreb in December", O, actors=["Mokhtar Belmokhtar", "al-Qaida in the Islamic Maghreb"]),
    ev(a, "statement", "2013-01-20", "day", "In a video posted online on Sunday, he claimed the attack in the name of al-Qaida", O, actors=["Mokhtar Belmokhtar"]),
    ev(a, "bombing", "2013-01-17", "day", "On Thursday, Algerian army helicopters opened fire on a convoy of vehicles in which the kidnappers were trying to move hostages", locs=IA, actors=[ALG, SIB]),
    ev(a, "clash", "2013-01-17", "day", "On Thursday, Algerian army helicopters opened fire on a convoy of vehicles in which the kidnappers were trying to move hostages", O, locs=IA, actors=[ALG, SIB]),
    ev(a, "bombing", "2013-01-17", "approx", "\"They blew up four of the jeeps.", O, locs=IA, actors=[ALG]),
    ev(a, "release", "2013-01-18", "approx", "Algerian officials said the following day that almost 100 of the 132 foreign workers at the site had been freed", locs=IA, actors=[ALG], count=100),
    ev(a, "release", "2013-01-18", "approx", "state media reported that 573 Algerians had been released or had escaped", O, locs=IA, count=573),
    ev(a, "clash", "2013-01-19", "day", "The final assault came on Saturday morning, when special forces stormed the gas plant itself.", locs=IA, actors=["Algerian special forces", SIB]),
    ev(a, "attack_on_civilians", "2013-01-19", "approx", "The militants killed seven hostages before they were themselves killed", locs=IA, actors=[SIB], killed=7),
    ev(a, "casualty_report", ("2013-01-16", "2013-01-19"), "range", "On Sunday, bomb disposal teams searching the complex found 25 more bodies", O, locs=IA, killed=25),
    trap(a, "Algeria's refusal to negotiate with the kidnappers is rooted in the civil war of the 1990s, in which up to 200,000 people were killed."),
    trap(a, "\"The desert has become the new front line,\" said a western diplomat in Algiers."),
    ev(a, "military_movement", ("2013-01-16", "2013-01-21"), "range", "The army has deployed thousands of additional troops along Algeria's borders with Mali, Niger and Libya since Wednesday", locs=["Algeria"], actors=[ALG]),
    ev(a, "abduction", "2008-12", "month", "They were blamed for the kidnapping of two Canadian diplomats, Robert Fowler and Louis Guay, in Niger in December 2008", locs=["Niger"], actors=["Mokhtar Belmokhtar", "Robert Fowler", "Louis Guay"], count=2),
    ev(a, "release", "2009-04", "month", "the pair were freed four months later", actors=["Robert Fowler", "Louis Guay"], count=2),
    ev(a, "territory_change", "2013-01-18", "approx", "Malian troops said on Friday they had retaken the central town of Konna", status="claimed", locs=["Konna", "Mali"], actors=["Malian army"]),
    ev(a, "territory_change", "2013-01", "month", "Islamist fighters captured Konna earlier this month, prompting the French intervention.", locs=["Konna", "Mali"], actors=["Islamist rebels"]),
    ev(a, "military_movement", None, "unknown", "France now has more than 2,000 troops on the ground in Mali.", O, locs=["Mali"], actors=["France"], count=2000),
    ev(a, "military_movement", None, "unknown", "West African defence chiefs have pledged to send about 3,300 soldiers", O, status="planned", locs=["Mali"], actors=["ECOWAS"], count=3300),
    ev(a, "negotiation", "2013-01-29", "day", "a donors' conference for the African-led mission will be held in Addis Ababa on 29 January", status="planned", locs=["Addis Ababa"], actors=["African Union"]),
    ev(a, "negotiation", "2013-01", "month", "Cameron said he would travel to Algiers before the end of the month to discuss security co-operation with President Abdelaziz Bouteflika", status="planned", locs=["Algiers"], actors=["David Cameron", "Abdelaziz Bouteflika"]),
]
a = "thailand_cambodia_2025"  # Tue 2025-07-29 (04:10)
RTA = "Royal Thai Army"
RCAF = "Royal Cambodian Armed Forces"
G += [
    ev(a, "clash", "2025-07-29", "approx", "Border truce shaky as army reports Cambodian fire", O, status="claimed", actors=[RCAF, RTA]),
    ev(a, "negotiation", "2025-07-29", "day", "Commanders to meet today after Putrajaya ceasefire deal", O, status="planned", actors=[RTA, RCAF]),
    ev(a, "negotiation", "2025-08-04", "day", "GBC talks set for Aug 4", O, status="planned", actors=["General Border Committee"]),
    # ("at midnight" in a paper dated Tuesday 04:10: the night of Monday to Tuesday; inferred)
    ev(a, "agreement", "2025-07-29", "approx", "A ceasefire between Thailand and Cambodia took effect at midnight", actors=["Thailand", "Cambodia"]),
    ev(a, "clash", ("2025-07-24", "2025-07-28"), "range", "after five days of the heaviest fighting along their border in more than a decade", O, actors=[RTA, RCAF]),
    ev(a, "clash", "2025-07-29", "approx", "the Thai army said Cambodian troops opened fire on its positions in several areas within hours", status="claimed", actors=[RCAF, RTA]),
    ev(a, "clash", "2025-07-29", "approx", "Cambodian soldiers fired small arms and rocket-propelled grenades at Thai positions in Surin, Si Sa Ket and Ubon Ratchathani until shortly before dawn, and Thai troops returned fire", O, status="claimed", locs=["Surin", "Si Sa Ket", "Ubon Ratchathani"], actors=[RCAF, RTA]),
    ev(a, "statement", "2025-07-29", "approx", "Cambodia's Defence Ministry denied that any clashes had taken place, saying the border was calm.", O, actors=["Cambodian Ministry of National Defence"]),
    ev(a, "agreement", "2025-07-28", "day", "Acting Prime Minister Phumtham Wechayachai and Cambodian Prime Minister Hun Manet agreed to an \"immediate and unconditional\" ceasefire", locs=["Putrajaya"], actors=["Phumtham Wechayachai", "Hun Manet"]),
    ev(a, "negotiation", "2025-07-28", "day", "at talks hosted by Malaysian Prime Minister Anwar Ibrahim, the current Asean chairman, in Putrajaya on Monday afternoon", locs=["Putrajaya", "Malaysia"], actors=["Anwar Ibrahim", "Phumtham Wechayachai", "Hun Manet"]),
    ev(a, "negotiation", "2025-07-29", "day", "regional army commanders from both sides are to meet at 7am today at the border", status="planned", actors=[RTA, RCAF]),
    ev(a, "negotiation", "2025-08-04", "day", "the General Border Committee (GBC), chaired by the two defence ministers, will convene on Aug 4", status="planned", actors=["General Border Committee"]),
    ev(a, "negotiation", "2025-07-26", "day", "US President Donald Trump said on Saturday he had spoken by phone to both leaders", actors=["Donald Trump", "Phumtham Wechayachai", "Hun Manet"]),
    ev(a, "statement", "2025-07-26", "approx", "warned that Washington would not conclude trade agreements with either country while the fighting continued", O, actors=["Donald Trump"]),
    ev(a, "clash", "2025-07-24", "day", "The fighting erupted last Thursday morning near the Ta Muen Thom temple in Surin's Phanom Dong Rak district", locs=["Ta Muen Thom temple", "Phanom Dong Rak", "Surin"], actors=[RTA, RCAF]),
    ev(a, "clash", "2025-07-24", "approx", "where the army said Cambodian troops flew a drone over Thai positions before opening fire at about 8.20am", O, status="claimed", locs=["Ta Muen Thom temple", "Surin"], actors=[RCAF, RTA]),
    ev(a, "statement", "2025-07-24", "approx", "Phnom Penh said Thai soldiers had fired first.", O, status="claimed", actors=["Cambodia"]),
    ev(a, "bombing", "2025-07-24", "approx", "Hours later, Cambodian BM-21 rockets slammed into a petrol station and a convenience store in Kantharalak district of Si Sa Ket, killing eight civilians", locs=["Kantharalak", "Si Sa Ket"], actors=[RCAF], killed=8),
    ev(a, "bombing", "2025-07-24", "approx", "Shells also hit Phanom Dong Rak Hospital, forcing staff to move patients into bunkers.", locs=["Phanom Dong Rak Hospital", "Phanom Dong Rak", "Surin"], actors=[RCAF]),
    ev(a, "bombing", "2025-07-24", "approx", "The air force sent six F-16 fighter jets to bomb two Cambodian military targets later that day", locs=["Cambodia"], actors=["Royal Thai Air Force", RCAF], count=6),
    ev(a, "statement", "2025-07-23", "day", "On Wednesday night, Thailand recalled its ambassador from Phnom Penh and expelled the Cambodian envoy", O, locs=["Phnom Penh"], actors=["Thailand", "Cambodia"]),
    ev(a, "bombing", "2025-07-23", "approx", "five Thai soldiers were wounded by a landmine near the Chong Bok pass in Ubon Ratchathani's Nam Yuen district", locs=["Chong Bok", "Nam Yuen", "Ubon Ratchathani"], actors=[RTA]),
    ev(a, "bombing", "2025-07-16", "day", "Three soldiers had been hurt by a mine in the same area on July 16.", locs=["Chong Bok", "Ubon Ratchathani"], actors=[RTA]),
    ev(a, "statement", None, "unknown", "Thailand accused Cambodia of planting new PMN-2 mines along patrol routes, a charge Phnom Penh rejected.", O, status="claimed", actors=["Thailand", "Cambodia"]),
    ev(a, "clash", "2025-07-25", "approx", "By Friday the fighting had spread to at least 12 locations along the 817-kilometre frontier", actors=[RTA, RCAF]),
    ev(a, "statement", "2025-07-25", "approx", "the army declared martial law in eight border districts of Chanthaburi and Trat", O, locs=["Chanthaburi", "Trat"], actors=[RTA]),
    ev(a, "clash", "2025-07-26", "day", "On Saturday the navy said it had repelled Cambodian troops who tried to seize positions at Ban Chamrak in Trat's Muang district.", status="claimed", locs=["Ban Chamrak", "Muang", "Trat"], actors=["Royal Thai Navy", RCAF]),
    trap(a, "A meeting of the Regional Border Committee that had been scheduled for Friday in Chanthaburi was called off as the clashes spread."),
    ev(a, "territory_change", "2025-07-27", "approx", "The Second Army Region said on Sunday its troops had regained control of Phu Makua", status="claimed", locs=["Phu Makua", "Kantharalak", "Si Sa Ket"], actors=["Second Army Region", RCAF]),
    ev(a, "territory_change", ("2025-07-26", "2025-07-27"), "range", "a strategic hilltop in Kantharalak that Cambodian forces had occupied over the weekend", O, status="claimed", locs=["Phu Makua", "Kantharalak"], actors=[RCAF]),
    trap(a, "Evacuees rest at a temporary shelter in Kantharalak district of Si Sa Ket on Sunday. (Photo: Pattarapong Chatpattarasill)"),
    ev(a, "casualty_report", ("2025-07-24", "2025-07-28"), "range", "The Public Health Ministry said on Monday that 15 soldiers and 14 civilians had been killed on the Thai side since Thursday", locs=["Thailand"], actors=["Thai Ministry of Public Health"], killed=29),
    ev(a, "casualty_report", ("2025-07-24", "2025-07-28"), "range", "Cambodia says at least 13 of its people, eight of them civilians, have died.", locs=["Cambodia"], actors=["Cambodia"], killed=13),
    ev(a, "statement", None, "unknown", "More than 138,000 residents of Surin, Si Sa Ket, Ubon Ratchathani and Buri Ram have been moved to temporary shelters", O, locs=["Surin", "Si Sa Ket", "Ubon Ratchathani", "Buri Ram"], actors=["Thai Ministry of Interior"], count=138000),
    ev(a, "statement", None, "unknown", "Cambodian officials put the number of displaced on their side at about 80,000.", O, locs=["Cambodia"], count=80000),
    trap(a, "\"If the ceasefire collapses, we are ready to take back every inch of our territory,\" a senior officer of the Second Army Region said."),
    ev(a, "clash", "2025-05-28", "day", "when a Cambodian soldier was killed in a brief exchange of fire in the disputed Chong Bok area", locs=["Chong Bok"], actors=[RTA, RCAF], killed=1),
    ev(a, "statement", "2025-07-01", "day", "the Constitutional Court suspended her from duty on July 1 over a leaked phone call", O, actors=["Constitutional Court of Thailand", "Paetongtarn Shinawatra"]),
    ev(a, "clash", ("2008-01-01", "2011-12-31"), "range", "The two countries fought a series of artillery duels over the 11th-century Preah Vihear temple between 2008 and 2011, in which at least 28 people were killed.", O, locs=["Preah Vihear temple"], actors=["Thailand", "Cambodia"], killed=28),
    ev(a, "statement", ("1962-01-01", "1962-12-31"), "range", "The International Court of Justice awarded the temple to Cambodia in 1962.", O, locs=["Preah Vihear temple"], actors=["International Court of Justice"]),
]
a = "india_pakistan_2025"  # Mon 2025-05-12 (01:15 IST)
IA_ = "Indian Army"
PA = "Pakistan Army"
G += [
    ev(a, "negotiation", "2025-05-12", "day", "DGMOs to talk today", O, status="planned", actors=[IA_, PA]),
    ev(a, "casualty_report", "2025-05-07", "approx", "Over 100 terrorists killed in Operation Sindoor strikes", O, status="claimed", locs=["Pakistan"], actors=[IA_], killed=100),
    # (an absence of firing is not an event)
    trap(a, "Guns fell silent along the Line of Control (LoC) in Jammu and Kashmir on Sunday night for the first time in more than two weeks."),
    ev(a, "agreement", "2025-05-10", "day", "The ceasefire agreed by India and Pakistan on Saturday largely held after a shaky start.", actors=["India", "Pakistan"]),
    ev(a, "negotiation", "2025-05-12", "day", "The Directors-General of Military Operations (DGMOs) of the two countries are scheduled to speak over the hotline at noon on Monday", status="planned", actors=[IA_, PA]),
    ev(a, "negotiation", "2025-05-10", "day", "The understanding was reached when Pakistan's DGMO, Major General Kashif Abdullah, called his Indian counterpart, Lt. Gen. Rajiv Ghai, at 3.35 p.m. on Saturday", actors=["Kashif Abdullah", "Rajiv Ghai"]),
    ev(a, "agreement", "2025-05-10", "approx", "it came into effect at 5 p.m., Foreign Secretary Vikram Misri said", O, actors=["India", "Pakistan", "Vikram Misri"]),
    ev(a, "statement", "2025-05-10", "approx", "U.S. President Donald Trump had announced the ceasefire on social media shortly before", O, actors=["Donald Trump"]),
    ev(a, "bombing", "2025-05-10", "approx", "Within hours, drones were sighted over Srinagar and explosions were heard as air defence units engaged them.", locs=["Srinagar"], actors=["Pakistan", IA_]),
    ev(a, "statement", "2025-05-10", "day", "Mr. Misri told a late-night briefing on Saturday that there had been \"repeated violations\" of the understanding", O, actors=["Vikram Misri"]),
    trap(a, "Residents inspect a house damaged in Pakistani shelling in Poonch on Sunday. | Photo Credit: PTI"),
    ev(a, "casualty_report", "2025-05-07", "day", "more than 100 terrorists, including Yusuf Azhar, Abdul Malik Rauf and Mudassir Ahmed, had been killed in the strikes on May 7", O, status="claimed", locs=["Pakistan", "Pakistan-occupied Kashmir"], actors=[IA_, "Jaish-e-Mohammad", "Lashkar-e-Taiba"], killed=100),
    # ("35 to 40": a range of deaths, coded with the low figure)
    ev(a, "casualty_report", ("2025-05-07", "2025-05-10"), "range", "He said 35 to 40 Pakistani Army personnel had been killed", O, status="claimed", locs=["Line of Control"], actors=[IA_, PA], killed=35),
    ev(a, "clash", ("2025-05-07", "2025-05-10"), "range", "artillery and small-arms fire along the LoC between May 7 and 10", locs=["Line of Control"], actors=[IA_, PA]),
    ev(a, "casualty_report", ("2025-05-07", "2025-05-10"), "range", "five Indian servicemen had lost their lives in the same period", locs=["Line of Control"], actors=[IA_], killed=5),
    ev(a, "bombing", "2025-05-10", "day", "the Indian Air Force had struck 11 Pakistani air bases, including Nur Khan near Rawalpindi and Rafiqui, in the early hours of Saturday", locs=["Nur Khan", "Rawalpindi", "Rafiqui", "Pakistan"], actors=["Indian Air Force", "Pakistan Air Force"], count=11),
    # ("overnight" anchored to the early hours of Saturday: the night of Friday to Saturday)
    ev(a, "bombing", "2025-05-09", "approx", "in response to Pakistani drone and missile attacks on Indian military installations overnight", locs=["India"], actors=["Pakistan", IA_]),
    ev(a, "bombing", "2025-05-10", "day", "Pakistan, which launched what it called Operation Bunyan-um-Marsoos on Saturday morning", locs=["India"], actors=["Pakistan"]),
    ev(a, "bombing", "2025-05-10", "approx", "claimed to have destroyed a BrahMos missile storage site at Beas, a claim India rejected as \"false propaganda\"", O, status="claimed", locs=["Beas"], actors=["Pakistan"]),
    ev(a, "bombing", "2025-05-10", "day", "In Rajouri, Additional District Development Commissioner Raj Kumar Thapa was killed when a Pakistani shell hit his official residence on Saturday morning.", locs=["Rajouri"], actors=[PA, "Raj Kumar Thapa"], killed=1),
    ev(a, "bombing", "2025-05-09", "day", "On Friday night, drones were sighted at 26 locations from Baramulla to Bhuj", O, locs=["Baramulla", "Bhuj"], actors=["Pakistan"], count=26),
    ev(a, "bombing", "2025-05-09", "day", "a drone strike on a house in Ferozepur wounded three members of a family", locs=["Ferozepur"], actors=["Pakistan"]),
    ev(a, "bombing", "2025-05-07", "day", "The armed forces struck nine sites in Pakistan and Pakistan-occupied Kashmir (PoK) in the early hours of May 7 under Operation Sindoor", locs=["Bahawalpur", "Muridke", "Pakistan", "Pakistan-occupied Kashmir"], actors=["Indian Armed Forces", "Jaish-e-Mohammad", "Lashkar-e-Taiba"], count=9),
    ev(a, "casualty_report", "2025-05-07", "approx", "Pakistan said 31 civilians were killed in the strikes", O, status="claimed", locs=["Pakistan"], actors=["Pakistan"], killed=31),
    ev(a, "clash", "2025-05-07", "approx", "claimed to have shot down five Indian fighter jets, which India has not confirmed", O, status="claimed", actors=["Pakistan Air Force", "Indian Air Force"], count=5),
    ev(a, "bombing", "2025-05-07", "day", "Pakistani troops retaliated with heavy shelling of Poonch town and of villages in Kupwara, Baramulla, Uri and Rajouri the same day", locs=["Poonch", "Kupwara", "Baramulla", "Uri", "Rajouri"], actors=[PA], killed=12),
    ev(a, "casualty_report", "2025-05-07", "approx", "Twelve civilians were killed in Poonch alone", O, locs=["Poonch"], killed=12),
    ev(a, "bombing", ("2025-05-07", "2025-05-08"), "range", "On the night of May 7-8, Pakistan attempted to strike military targets in 15 Indian cities", locs=["Awantipora", "Srinagar", "Jammu", "Pathankot", "Amritsar", "Bhuj"], actors=["Pakistan"], count=15),
    ev(a, "bombing", "2025-05-08", "day", "India responded the following morning by targeting air defence radars at several locations in Pakistan, including one in Lahore.", locs=["Lahore", "Pakistan"], actors=["Indian Armed Forces"]),
    ev(a, "casualty_report", ("2025-05-07", "2025-05-12"), "range", "The Jammu and Kashmir government says at least 25 civilians have been killed in Pakistani shelling since May 7.", locs=["Jammu and Kashmir"], actors=["Government of Jammu and Kashmir", PA], killed=25),
    ev(a, "statement", "2025-05-11", "day", "Thousands of residents of border villages in Poonch, Uri and Kupwara who had fled to relief camps and relatives' homes began returning on Sunday.", O, locs=["Poonch", "Uri", "Kupwara"]),
    ev(a, "negotiation", "2025-05-11", "day", "Prime Minister Narendra Modi met the three service chiefs and National Security Adviser Ajit Doval at his residence on Sunday.", O, locs=["New Delhi"], actors=["Narendra Modi", "Ajit Doval"]),
    ev(a, "statement", "2025-05-11", "approx", "In Islamabad, Prime Minister Shehbaz Sharif declared Sunday a \"day of thanksgiving\".", O, locs=["Islamabad"], actors=["Shehbaz Sharif"]),
    ev(a, "statement", "2025-05-15", "day", "32 airports in the north and west of the country, shut to civilian flights since May 7, would remain closed until May 15", O, status="planned", actors=["Airports Authority of India"], count=32),
    ev(a, "attack_on_civilians", "2025-04-22", "day", "terrorists killed 26 people, 25 of them tourists, at the Baisaran meadow near Pahalgam on April 22", locs=["Baisaran", "Pahalgam"], actors=["The Resistance Front"], killed=26),
    ev(a, "statement", None, "unknown", "The Resistance Front (TRF), a proxy of the Lashkar-e-Taiba, initially claimed the attack but later retracted the claim.", O, actors=["The Resistance Front"]),
    ev(a, "statement", "2025-04-23", "day", "The following day, India put the Indus Waters Treaty \"in abeyance\" and closed the Attari integrated check post", O, locs=["Attari"], actors=["India"]),
    ev(a, "statement", "2025-04-23", "approx", "Pakistan responded by closing its airspace to Indian airlines and suspending the 1972 Simla Agreement", O, actors=["Pakistan"]),
    ev(a, "clash", ("2025-04-24", "2025-05-06"), "range", "Between April 24 and May 6, Pakistani troops violated the ceasefire along the LoC every night with small-arms fire", locs=["Line of Control"], actors=[PA, IA_]),
    ev(a, "agreement", "2021-02", "month", "since the DGMOs recommitted to it in February 2021", O, actors=[IA_, PA]),
    ev(a, "aid_change", "2025-05-09", "day", "On Friday, the International Monetary Fund's executive board approved the release of about $1 billion to Pakistan under its Extended Fund Facility", actors=["International Monetary Fund", "Pakistan"]),
    trap(a, "The two countries have fought three wars since independence in 1947, two of them over Kashmir."),
]
a = "indonesia_papua_2023"  # Wed 2023-04-19
TNI = "Indonesian Military"
TPN = "West Papua National Liberation Army"
MUGI = ["Mugi", "Nduga", "Highland Papua"]
G += [
    ev(a, "clash", "2023-04-15", "approx", "deadly rebel attack on pilot search team", O, locs=["Nduga"], actors=[TPN, TNI]),
    ev(a, "statement", "2023-04-18", "approx", "The Indonesian Military (TNI) has raised its alert status in Nduga regency, Highland Papua, to \"combat readiness\"", O, locs=["Nduga", "Highland Papua"], actors=[TNI]),
    ev(a, "clash", "2023-04-15", "approx", "separatist rebels killed at least six soldiers searching for Philip Mehrtens", O, locs=MUGI, actors=[TPN, TNI], killed=6),
    ev(a, "abduction", ("2023-02-01", "2023-04-19"), "range", "the New Zealand pilot held hostage in the area since February", O, locs=["Nduga"], actors=[TPN, "Philip Mehrtens"], count=1),
    ev(a, "statement", "2023-04-18", "day", "TNI commander Adm. Yudo Margono announced the decision on Tuesday during a visit to Timika", O, locs=["Timika", "Central Papua"], actors=["Yudo Margono"]),
    ev(a, "military_movement", None, "unknown", "adding that more troops would be sent to Nduga", O, status="planned", locs=["Nduga"], actors=[TNI]),
    ev(a, "clash", "2023-04-15", "day", "The attack took place on Saturday afternoon in Mugi district, where some 36 soldiers from the Army's 321st Raider Infantry Battalion were combing the hills for the pilot.", locs=MUGI, actors=[TPN, "321st Raider Infantry Battalion"], killed=6),
    ev(a, "clash", "2023-04-15", "approx", "opened fire on the troops from higher ground", O, locs=MUGI, actors=[TPN, TNI]),
    ev(a, "casualty_report", "2023-04-15", "approx", "The military initially said one soldier, Pvt. Miftahul Arifin, had been killed", O, locs=MUGI, actors=[TNI, "Miftahul Arifin"], killed=1),
    ev(a, "casualty_report", "2023-04-15", "approx", "On Tuesday, Yudo said the bodies of five more soldiers had been recovered, bringing the death toll to six", locs=MUGI, actors=["Yudo Margono", TNI], killed=6),
    ev(a, "casualty_report", "2023-04-15", "approx", "TPNPB spokesman Sebby Sambom said in a statement on Sunday that his fighters had killed nine soldiers", O, status="claimed", locs=MUGI, actors=["Sebby Sambom", TPN], killed=9),
    ev(a, "attack_on_civilians", None, "unknown", "The rebels also claimed that the troops had burned houses in Mugi, which the military denied.", O, status="claimed", locs=MUGI, actors=[TNI]),
    ev(a, "clash", "2023-04-16", "day", "A helicopter sent to evacuate the wounded on Sunday came under fire and had to turn back to Timika", locs=MUGI, actors=[TPN, TNI]),
    ev(a, "military_movement", "2023-04-17", "day", "The evacuation was completed the following day", O, locs=MUGI, actors=[TNI]),
    trap(a, "Soldiers carry the coffin of Pvt. Miftahul Arifin at Mozes Kilangin Airport in Timika, Central Papua, on Monday. (Antara/Sevianto)"),
    ev(a, "clash", "2023-04-18", "approx", "Sporadic gunfire was heard around Mugi overnight", O, locs=MUGI),
    ev(a, "statement", "2023-04-18", "day", "Coordinating Political, Legal and Security Affairs Minister Mahfud MD said on Tuesday that the government would not be \"dictated to\" by the rebels", O, actors=["Mahfud MD"]),
    ev(a, "statement", "2023-04-17", "day", "New Zealand Prime Minister Chris Hipkins said on Monday that his government was \"deeply concerned\"", O, actors=["Chris Hipkins"]),
    ev(a, "abduction", "2023-02-07", "day", "Mehrtens, a pilot for the airline Susi Air, was seized by a TPNPB faction led by Egianus Kogoya shortly after landing his single-engine Pilatus Porter at the remote airstrip of Paro on Feb. 7.", locs=["Paro", "Nduga"], actors=[TPN, "Egianus Kogoya", "Philip Mehrtens", "Susi Air"], count=1),
    ev(a, "attack_on_civilians", "2023-02-07", "approx", "The rebels set fire to the aircraft", O, locs=["Paro", "Nduga"], actors=[TPN]),
    ev(a, "release", "2023-02-07", "approx", "allowed its five passengers, all of them Papuans, to leave", locs=["Paro", "Nduga"], actors=[TPN], count=5),
    ev(a, "release", "2023-02-08", "day", "The following day, security forces evacuated 15 construction workers who had been building a health center in Paro.", locs=["Paro", "Nduga"], actors=[TNI], count=15),
    ev(a, "statement", None, "unknown", "has threatened to kill him if the military launches an operation to rescue him", O, actors=[TPN]),
    ev(a, "negotiation", "2023-03", "month", "In March, a team led by Nduga Regent Namia Gwijangge held talks with Egianus's envoys in the forest near Paro.", locs=["Paro", "Nduga"], actors=["Namia Gwijangge", "Egianus Kogoya"]),
    trap(a, "A planned handover of the pilot to church mediators later that month fell through."),
    trap(a, "Should the pilot be harmed, analysts say, Jakarta could come under mounting pressure to accept international mediation in Papua."),
    ev(a, "statement", ("2023-02-01", "2023-04-19"), "range", "More than 1,000 residents of Paro and nearby villages have fled to the regency capital, Kenyam, or into the forest since February", O, locs=["Paro", "Kenyam", "Nduga"], count=1000),
    ev(a, "attack_on_civilians", "2018-12", "month", "In December 2018, its fighters killed at least 17 construction workers and a soldier building the Trans-Papua highway in Nduga.", locs=["Nduga"], actors=[TPN, "Egianus Kogoya"], killed=18),
    ev(a, "attack_on_civilians", "2022-07-16", "day", "On July 16 last year, gunmen killed 10 traders in Nogolait village, also in Nduga.", locs=["Nogolait", "Nduga"], killed=10),
    ev(a, "attack_on_civilians", ("2023-04-10", "2023-04-16"), "range", "Last week, suspected rebels shot dead two construction workers who were building a bridge in Yahukimo regency", locs=["Yahukimo"], actors=[TPN], killed=2),
    ev(a, "negotiation", "2023-05-16", "day", "The House of Representatives Commission I, which oversees defense, plans to summon Yudo and Defense Minister Prabowo Subianto on May 16", status="planned", actors=["House of Representatives Commission I", "Yudo Margono", "Prabowo Subianto"]),
    trap(a, "A low-level insurgency has simmered in Papua since the former Dutch colony was incorporated into Indonesia after a UN-backed vote in 1969 that was widely seen as a sham."),
]
a = "burkina_barsalogho_2024"  # Tue 2024-08-27
JNIM = "Jama'at Nusrat al-Islam wal-Muslimin"
FABF = "Burkina Faso Armed Forces"
VDP = "Volunteers for the Defence of the Homeland"
BAR = ["Barsalogho", "Centre-Nord"]
G += [
    ev(a, "attack_on_civilians", "2024-08-24", "approx", "Hundreds feared killed in al-Qaeda-linked attack on Burkina Faso town", O, locs=["Barsalogho"], actors=[JNIM]),
    ev(a, "attack_on_civilians", "2024-08-24", "approx", "Fighters opened fire on residents digging trenches around Barsalogho", O, locs=["Barsalogho"], actors=[JNIM]),
    ev(a, "attack_on_civilians", "2024-08-24", "day", "Fighters from an al-Qaeda-linked armed group killed hundreds of people, many of them civilians digging defensive trenches, in an attack on the town of Barsalogho in north-central Burkina Faso on Saturday", locs=BAR, actors=[JNIM], killed=200),
    ev(a, "attack_on_civilians", "2024-08-24", "approx", "opened fire on men who had been ordered by the army to dig a trench to protect the town from attacks", O, locs=BAR, actors=[JNIM]),
    ev(a, "attack_on_civilians", "2024-08-24", "approx", "They shot at everyone in the trench, then they went into the neighbourhoods", O, locs=BAR, actors=[JNIM]),
    ev(a, "casualty_report", "2024-08-24", "approx", "A United Nations source told Al Jazeera that at least 200 people had been killed and about 140 wounded.", locs=BAR, actors=["United Nations"], killed=200),
    ev(a, "casualty_report", "2024-08-24", "approx", "A collective of victims' relatives said on Monday that the toll was closer to 400", O, status="claimed", locs=BAR, killed=400),
    ev(a, "territory_change", "2024-08-24", "day", "In a statement on Saturday, JNIM said it had \"taken control of a position\" held by the army and the Volunteers for the Defence of the Homeland (VDP)", status="claimed", locs=BAR, actors=[JNIM, FABF, VDP]),
    ev(a, "casualty_report", "2024-08-24", "approx", "killed about 300 of its members", O, status="claimed", locs=BAR, actors=[JNIM, VDP], killed=300),
    ev(a, "clash", "2024-08-24", "approx", "killed about 300 of its members", O, status="claimed", locs=BAR, actors=[JNIM, VDP, FABF], killed=300),
    ev(a, "military_movement", "2024-08-25", "day", "Army reinforcements arrived from Kaya the following day", locs=["Kaya", "Barsalogho"], actors=[FABF]),
    ev(a, "statement", "2024-08-25", "day", "Security Minister Mahamadou Sana, who travelled to Barsalogho on Sunday, described the attack as \"cowardly and barbaric\"", O, locs=["Barsalogho"], actors=["Mahamadou Sana"]),
    ev(a, "military_movement", "2024-08-26", "approx", "Residents said military drones flew over the area overnight.", O, locs=["Barsalogho"], actors=[FABF]),
    trap(a, "A soldier stands guard at a checkpoint near Kaya, in north-central Burkina Faso [File: Olympia de Maismont/AFP]"),
    ev(a, "statement", "2024-08-26", "day", "United Nations Secretary-General Antonio Guterres condemned the killings on Monday", O, actors=["Antonio Guterres"]),
    ev(a, "clash", "2024-08-25", "day", "at least 12 soldiers and VDP volunteers were killed late on Sunday when fighters attacked a military outpost near Sebba, in the Sahel region", locs=["Sebba", "Sahel region"], actors=[FABF, VDP], killed=12),
    ev(a, "bombing", ("2024-08-19", "2024-08-25"), "range", "Last week, the army said it had killed \"dozens of terrorists\" in drone strikes near Djibo", status="claimed", locs=["Djibo"], actors=[FABF, JNIM]),
    ev(a, "clash", None, "unknown", "a town in the north that has been under a blockade by JNIM fighters for more than two years", O, locs=["Djibo"], actors=[JNIM]),
    ev(a, "territory_change", "2024-06", "month", "In June, JNIM fighters overran an army base in Mansila, near the border with Niger", locs=["Mansila"], actors=[JNIM, FABF]),
    ev(a, "clash", "2024-06", "month", "killing more than 100 soldiers", locs=["Mansila"], actors=[JNIM, FABF], killed=100),
    ev(a, "abduction", "2024-06", "month", "took at least one soldier prisoner", locs=["Mansila"], actors=[JNIM, FABF], count=1),
    ev(a, "clash", "2024-06-11", "day", "The attack, on June 11, was the deadliest on the military since Captain Ibrahim Traore seized power.", O, locs=["Mansila"], actors=[JNIM, FABF]),
    trap(a, "Traore came to power in September 2022, in the country's second coup that year."),
    trap(a, "Armed groups linked to al-Qaeda and ISIL (ISIS) have been fighting in Burkina Faso since 2015, after spreading from neighbouring Mali."),
    trap(a, "More than two million people have been forced from their homes."),
    ev(a, "statement", "2024-04", "month", "Human Rights Watch said in April", O, actors=["Human Rights Watch"]),
    ev(a, "attack_on_civilians", "2024-02-25", "day", "soldiers had executed at least 223 villagers, including 56 children, in the villages of Nondin and Soro on February 25", status="claimed", locs=["Nondin", "Soro"], actors=[FABF], killed=223),
    ev(a, "abduction", "2023-01", "month", "In January last year, fighters abducted more than 60 women and children who had gone to gather leaves and wild fruit outside Arbinda.", locs=["Arbinda"], count=60),
    ev(a, "release", "2023-01", "month", "They were freed by the army a week later, when soldiers stopped a vehicle carrying them near Tougouri.", locs=["Tougouri"], actors=[FABF], count=60),
    trap(a, "\"The state is no longer able to protect its people. It is asking them to dig their own graves,\" said a Sahel security analyst based in Dakar, who asked not to be named."),
    ev(a, "statement", "2024-05", "month", "In May, a national dialogue organised by the military government extended the transition by five years.", O, actors=["Government of Burkina Faso"]),
    trap(a, "Elections that had been promised for July this year were scrapped."),
]

MANIFEST = [
    {"key": "kenya_westgate_2013", "outlet": "Daily Nation", "published": "2013-09-24"},
    {"key": "algeria_inamenas_2013", "outlet": "The Guardian", "published": "2013-01-21"},
    {"key": "thailand_cambodia_2025", "outlet": "Bangkok Post", "published": "2025-07-29"},
    {"key": "india_pakistan_2025", "outlet": "The Hindu", "published": "2025-05-12"},
    {"key": "indonesia_papua_2023", "outlet": "The Jakarta Post", "published": "2023-04-19"},
    {"key": "burkina_barsalogho_2024", "outlet": "Al Jazeera English", "published": "2024-08-27"},
]

if __name__ == "__main__":
    write(HERE, G, MANIFEST)
