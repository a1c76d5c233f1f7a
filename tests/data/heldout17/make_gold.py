"""Gold for the seventeenth dev set, coded by hand and blind (without reading the extractor or
running it on these texts): Syria (the Idlib offensive and the rebel push on Nayrab, February 2020),
South Sudan (the battle for Malakal, 2014), Pakistan (the Noshki convoy bombing after the Jaffar
Express hijacking, March 2025), the Philippines (Abu Sayyaf hostages and the Sulu offensive, 2016),
Azerbaijan (the September 2023 Karabakh offensive and the exodus) and Israel-Iran (the eighth day of
the June 2025 war), written for this set in the styles of Middle East Eye, Sudan Tribune, Dawn,
Rappler, Eurasianet and Haaretz English.

Date phenomena: MEE's Friday article with "on Thursday", "early on Thursday", "By nightfall" and "the
day's toll" (inherited), "Overnight", "Last Friday" (a week back), "since the start of the month",
"On 3 February ... A week later", "on 11 February", "last week", "On Sunday", "Monday" without "on",
"on Wednesday", "on Monday and Tuesday" (a range), "on Friday morning" (the publication day), "last
month", "earlier this month", "this week", "19 December" and "since 1 December" in a February article
(the previous year), a summit "on 5 March" still to come, "a 2018 deal", "since 2012", a caption "on
19 February"; Sudan Tribune's "February 26, 2014 (JUBA) –" dateline with "last Tuesday" in a
Wednesday article (eight days back) and "the following day", "on Tuesday" (yesterday), "on
Thursday and Friday" (a range), "on Friday", "on Monday", "the night of 17 February", "at the
weekend", "this week", "Last week", "on 15 December" (the previous year), "on 20 January" and
"almost a week" before it, "on 23 January", "on 29 January", "on 11 February", a trial "next month"
and a summit "on 13 March" to come, "since mid-December", a photo caption of "21 January 2014"; Dawn's
Monday article with "on Sunday", "less than a week after", "overnight", "last Tuesday afternoon" (six
days back), "the same day", "the following evening", "on Wednesday night", "On Friday", "on
Thursday", a session "on Tuesday" still to come (the next day), "Since the start of the month",
"Earlier this month", "Last month", "the November 9 suicide bombing" (the previous year), "A year ago
this month", a caption "on Wednesday"; Rappler's "Saturday, September 17", "late Saturday", "the
following day", "Sunday" without "on", "over the weekend", "on July 9" and "on July 18", "September
21, 2015", "in April", "on June 13", "on June 24", "in May", "last month" (twice), "said Friday",
"overnight", "Earlier this month" and "the September 2 blast" for one bombing, "the day after",
talks "from October 6 to 9" and elections "October 31" to come, "in 2012", "a year ago"; Eurasianet's
Thursday article with "on September 28" (the publication day), "nine days after", "on September 19",
"the next day", "the first day of the operation", "On Wednesday", "on September 20", "the following
day", "on September 21", "on Sunday evening", "By Thursday morning", "On Monday evening", "on
Monday", "on Tuesday", "since December 12" (the previous year), "In April", "On September 18, the
day before", "since September 19" (a range to the publication day), "last week", "Earlier this
month", "A year ago this month", a meeting "on October 5" and a dissolution "by January 1" (next
year) still to come, "in November of that year" after "in 2020"; Haaretz's Friday article with "on
Friday morning", "overnight", "On Thursday morning", "Also on Thursday", "The previous day", "said
Thursday", "later on Friday" and "on Friday afternoon" (planned), "last Sunday" (a meeting that did
not happen: trap), "last Friday" (a week back), "that night", "on Saturday night", "Hours later"
(early Sunday, inferred), "since June 13", "on Sunday", "On Monday", "Two days later", "on Tuesday",
"After Friday prayers today", "In April last year", "on October 1" and "on October 26" in a June
article (the previous year), a caption "on Friday".

Tolls that disagree or are updated (Nayrab: Ankara's 50 v. the Observatory's 14 + 11; Malakal: 100
soldiers claimed v. "a few"; the Jaffar Express 21 + 4, then 26, v. the BLA's 214; Noshki 5 v. 90;
Davao 14 then 15; Bat Yam six then nine; Iran 224 v. 639), claims denied (Damascus's losses, the fall
of Malakal, the hospital killings, the ransom, the Davao bombing claim, the Soroka target, Afghanistan
and India's role), kidnappings, a hijacking and releases, territory taken and lost (Nayrab within a
day, Malakal several times), air strikes, missiles, shelling, protests, talks, ceasefires,
displacement and aid suspended. Traps: photo captions, a metaphor ("a pressure cooker", "a revolving
door"), hypotheticals (the Paloch oil fields, a corridor to Nakhchivan, bunker-busters on Fordow),
talks that were called off, an explosion not presented as an attack, and whole-war tolls.

Conventions as in heldout14/15: a single event's updated tolls are casualty_report rows dated by the
event (the latest official one required), competing tolls optional and `claimed`; a one-sided account
of an attack is `claimed`; "overnight" is the night before the report (approx, dated by the evening
it starts); "last week" is the previous Monday-Sunday, "this week" Monday to the publication day (to Sunday
for something still to come);
statements, headlines, displacement figures and marginal rows are optional.
"""
import sys
from pathlib import Path

HERE = Path(__file__).parent
sys.path.insert(0, str(HERE.parent / "heldout"))
from make_gold import O, ev, trap, write  # noqa: E402

G = []
a = "syria_idlib_2020"  # Fri 2020-02-21
G += [
    ev(a, "bombing", "2020-02-20", "approx", "Turkey says two soldiers killed as Russian jets halt rebel push on Idlib's Nayrab", O, locs=["Nayrab", "Idlib"], actors=["Russian Air Force"]),
    ev(a, "bombing", "2020-02-20", "day", "Two Turkish soldiers were killed and five wounded in an air strike in Syria's northwestern Idlib province on Thursday", locs=["Idlib"], actors=["Turkish Armed Forces"], killed=2),
    ev(a, "clash", "2020-02-20", "day", "Opposition fighters, backed by Turkish artillery, stormed the government-held town of Nayrab, east of Idlib city, early on Thursday", locs=["Nayrab", "Idlib"], actors=["Syrian opposition", "Turkish Armed Forces", "Syrian Arab Army"]),
    ev(a, "territory_change", "2020-02-20", "day", "seized several of its neighbourhoods", locs=["Nayrab"], actors=["Syrian opposition"]),
    ev(a, "territory_change", "2020-02-20", "approx", "By nightfall they had fallen back to their starting positions under intense Russian bombardment", locs=["Nayrab"], actors=["Syrian opposition"]),
    ev(a, "bombing", "2020-02-20", "approx", "Russia's defence ministry said its Su-24 bombers had struck \"terrorist groups\" at the request of the Syrian army", locs=["Nayrab"], actors=["Russian Air Force", "Syrian opposition"]),
    ev(a, "bombing", "2020-02-20", "approx", "accused Turkish troops of shelling Syrian positions in support of the assault", O, status="claimed", locs=["Nayrab"], actors=["Turkish Armed Forces"]),
    # (Ankara's retaliation: artillery and drones, or fighting; one-sided figures)
    ev(a, "bombing", "2020-02-20", "approx", "Ankara said it had \"neutralised\" more than 50 Syrian government troops and destroyed five tanks in response", O, status="claimed", actors=["Turkish Armed Forces", "Syrian Arab Army"], killed=50),
    ev(a, "clash", "2020-02-20", "approx", "Ankara said it had \"neutralised\" more than 50 Syrian government troops and destroyed five tanks in response", O, status="claimed", actors=["Turkish Armed Forces", "Syrian Arab Army"], killed=50),
    ev(a, "casualty_report", "2020-02-20", "day", "The Syrian Observatory put the day's toll at 14 government soldiers and 11 rebels.", locs=["Nayrab"], actors=["Syrian Observatory for Human Rights"], killed=25),
    ev(a, "bombing", "2020-02-20", "approx", "Overnight, Syrian and Russian warplanes pounded the towns of Ariha and Binnish, killing at least six civilians, including two children", locs=["Ariha", "Binnish"], actors=["Syrian Arab Air Force", "Russian Air Force"], killed=6),
    ev(a, "casualty_report", ("2020-02-01", "2020-02-21"), "range", "Thursday's deaths bring to 15 the number of Turkish military personnel killed by Syrian government fire in Idlib since the start of the month", locs=["Idlib"], actors=["Turkish Armed Forces"], killed=15),
    ev(a, "bombing", "2020-02-03", "day", "On 3 February, Syrian shelling killed seven soldiers and a civilian contractor near Saraqeb.", locs=["Saraqeb"], actors=["Syrian Arab Army", "Turkish Armed Forces"], killed=8),
    ev(a, "bombing", "2020-02-10", "day", "A week later, five more soldiers died when their post at the Taftanaz air base came under artillery fire.", locs=["Taftanaz"], actors=["Syrian Arab Army", "Turkish Armed Forces"], killed=5),
    ev(a, "bombing", ("2020-02-03", "2020-02-10"), "range", "Ankara says its retaliatory strikes after each attack killed scores of Syrian troops", O, status="claimed", actors=["Turkish Armed Forces", "Syrian Arab Army"]),
    ev(a, "statement", None, "unknown", "Damascus has denied suffering any losses.", O, actors=["Syrian government"]),
    ev(a, "clash", "2020-02", "month", "Rebels have also brought down two Syrian army helicopters this month.", O, actors=["Syrian opposition", "Syrian Arab Army"], count=2),
    # (a helicopter shot down: fighting between armed groups; a missile, so bombing is tolerated)
    ev(a, "clash", "2020-02-11", "day", "The first was shot down near Nayrab on 11 February.", locs=["Nayrab"], actors=["Syrian opposition", "Syrian Arab Army"]),
    ev(a, "clash", "2020-02-14", "day", "Last Friday, a second was hit by a missile over Urum al-Kubra, in the western Aleppo countryside, killing both pilots.", locs=["Urum al-Kubra", "Aleppo"], actors=["Syrian opposition", "Syrian Arab Army"], killed=2),
    ev(a, "bombing", "2020-02-14", "day", "Last Friday, a second was hit by a missile over Urum al-Kubra, in the western Aleppo countryside, killing both pilots.", O, locs=["Urum al-Kubra", "Aleppo"], actors=["Syrian opposition"], killed=2),
    ev(a, "territory_change", ("2020-02-10", "2020-02-16"), "range", "Government forces, backed by Russian air power and Iranian-backed militias, secured the entire length of the M5 highway between Damascus and Aleppo last week", locs=["M5 highway", "Damascus", "Aleppo"], actors=["Syrian Arab Army", "Russia", "Iranian-backed militias"]),
    ev(a, "territory_change", "2020-02-16", "day", "On Sunday, they seized a string of villages west of Aleppo, including Kafr Naha and Urum al-Kubra", locs=["Kafr Naha", "Urum al-Kubra", "Aleppo"], actors=["Syrian Arab Army"]),
    ev(a, "territory_change", "2020-01", "month", "Maarat al-Numan, the second-largest town in Idlib province, fell to government troops last month", locs=["Maarat al-Numan", "Idlib"], actors=["Syrian Arab Army"]),
    ev(a, "territory_change", "2020-02", "month", "Saraqeb, where the M4 and M5 highways meet, was captured earlier this month", locs=["Saraqeb"], actors=["Syrian Arab Army"]),
    ev(a, "statement", "2020-02-17", "day", "In a rare televised speech Monday, President Bashar al-Assad hailed the advances", O, actors=["Bashar al-Assad"]),
    ev(a, "statement", None, "unknown", "Turkish President Recep Tayyip Erdogan has given Syrian forces until the end of February to withdraw behind a ring of Turkish observation posts", O, actors=["Recep Tayyip Erdogan"]),
    ev(a, "statement", "2020-02-19", "day", "\"It is a matter of time,\" he told lawmakers from his ruling party on Wednesday.", O, actors=["Recep Tayyip Erdogan"]),
    ev(a, "negotiation", ("2020-02-17", "2020-02-18"), "range", "Turkish and Russian delegations failed to reach agreement in two days of talks in Moscow on Monday and Tuesday.", locs=["Moscow"], actors=["Turkey", "Russia"]),
    ev(a, "negotiation", "2020-02-21", "day", "Erdogan and Vladimir Putin spoke by phone on Friday morning", actors=["Recep Tayyip Erdogan", "Vladimir Putin"]),
    ev(a, "negotiation", "2020-03-05", "day", "a four-way summit with the leaders of Russia, France and Germany could be held in Istanbul on 5 March", status="planned", locs=["Istanbul"], actors=["Turkey", "Russia", "France", "Germany"]),
    trap(a, "\"Idlib is a pressure cooker, and the lid is about to blow off,\" said a Western diplomat in Ankara."),
    ev(a, "clash", "2019-12-19", "day", "The offensive, which intensified on 19 December", locs=["Idlib"], actors=["Syrian Arab Army", "Syrian opposition"]),
    ev(a, "statement", ("2019-12-01", "2020-02-21"), "range", "has forced nearly 900,000 people from their homes since 1 December, according to the United Nations", O, locs=["Idlib"], actors=["United Nations"], count=900000),
    ev(a, "statement", "2020-02-17", "day", "UN humanitarian chief Mark Lowcock said on Monday the crisis had \"reached a horrifying new level\"", O, actors=["Mark Lowcock"]),
    ev(a, "aid_change", ("2020-02-17", "2020-02-21"), "range", "Several aid organisations said this week that they had suspended operations in the western Aleppo countryside", locs=["Aleppo"]),
    trap(a, "Displaced Syrians at a makeshift camp near the village of Kafr Lusin on the Turkish border on 19 February (AFP)"),
    trap(a, "The war, which began with a crackdown on peaceful protests in 2011, has killed more than 380,000 people."),
    ev(a, "statement", None, "unknown", "Ankara warns Damascus it has until the end of the month to pull back", O, actors=["Turkey"]),
    ev(a, "statement", None, "unknown", "Turkey, which already hosts some 3.6 million Syrian refugees, says it cannot take in any more.", O, actors=["Turkey"]),
]
a = "southsudan_malakal_2014"  # Wed 2014-02-26
G += [
    ev(a, "statement", "2014-02-25", "approx", "SPLM-In-Opposition says it controls Malakal, army insists fighting continues", O, locs=["Malakal"], actors=["SPLM-IO"]),
    ev(a, "statement", "2014-02-25", "day", "said on Tuesday that its forces were in full control of Malakal", O, status="claimed", locs=["Malakal"], actors=["SPLM-IO", "Riek Machar"]),
    ev(a, "clash", "2014-02-18", "day", "Opposition fighters, supported by armed Nuer youth known as the White Army, entered Malakal from the south last Tuesday", locs=["Malakal", "Upper Nile"], actors=["SPLA-IO", "White Army", "SPLA"]),
    ev(a, "territory_change", "2014-02-19", "day", "announced the following day that they had captured it", status="claimed", locs=["Malakal"], actors=["SPLA-IO", "White Army"]),
    ev(a, "statement", None, "unknown", "the opposition's military spokesperson, Brig. Lul Ruai Koang, told Sudan Tribune by phone from Addis Ababa", O, actors=["Lul Ruai Koang"]),
    ev(a, "casualty_report", "2014-02-18", "approx", "Koang said more than 100 government soldiers had been killed in the battle.", O, status="claimed", locs=["Malakal"], actors=["Lul Ruai Koang", "SPLA"], killed=100),
    ev(a, "statement", "2014-02-24", "approx", "The army spokesperson, Col. Philip Aguer, denied that the town had fallen", O, actors=["Philip Aguer"]),
    ev(a, "clash", None, "unknown", "had repulsed several attacks on its positions, losing \"a few\" soldiers", O, status="claimed", locs=["Malakal"], actors=["SPLA", "SPLA-IO"]),
    ev(a, "bombing", ("2014-02-20", "2014-02-21"), "range", "heavy shelling continued on Thursday and Friday", locs=["Malakal"]),
    ev(a, "attack_on_civilians", ("2014-02-18", "2014-02-21"), "range", "much of the main market had been looted and burned", O, locs=["Malakal"]),
    ev(a, "attack_on_civilians", ("2014-02-18", "2014-02-21"), "range", "had found at least 14 bodies, some of them patients who had been shot in their beds", locs=["Malakal Teaching Hospital", "Malakal"], killed=14),
    ev(a, "statement", "2014-02-25", "day", "Médecins Sans Frontières (MSF) said on Tuesday", O, actors=["Médecins Sans Frontières"]),
    ev(a, "aid_change", "2014-02-18", "approx", "MSF, which suspended its activities in Malakal when the fighting reached the town", locs=["Malakal"], actors=["Médecins Sans Frontières"]),
    ev(a, "statement", None, "unknown", "The SPLA blamed the rebels, an accusation Koang rejected.", O, actors=["SPLA", "Lul Ruai Koang"]),
    ev(a, "attack_on_civilians", "2014-02-17", "day", "at least 10 people were killed and dozens wounded on the night of 17 February when fighting broke out between Shilluk and Dinka youths and Nuer residents of the camp", locs=["UNMISS base", "Malakal"], killed=10),
    ev(a, "clash", "2014-02-17", "day", "at least 10 people were killed and dozens wounded on the night of 17 February when fighting broke out between Shilluk and Dinka youths and Nuer residents of the camp", O, locs=["UNMISS base", "Malakal"], killed=10),
    ev(a, "aid_change", ("2014-02-22", "2014-02-23"), "range", "Aid agencies relocated most of their remaining staff from Malakal to Juba at the weekend", locs=["Malakal", "Juba"]),
    ev(a, "aid_change", "2014-02-24", "approx", "the World Food Programme said on Monday it had suspended food distributions in the town", locs=["Malakal"], actors=["World Food Programme"]),
    trap(a, "Displaced civilians queue for water inside the UNMISS base in Malakal, 21 January 2014 (UNMISS Photo)"),
    ev(a, "clash", "2013-12-15", "day", "the conflict erupted in Juba on 15 December", locs=["Juba"]),
    ev(a, "territory_change", "2014-01-20", "day", "The SPLA, backed by Ugandan troops, recaptured the town on 20 January", locs=["Malakal"], actors=["SPLA", "Uganda People's Defence Force"]),
    ev(a, "territory_change", "2014-01-14", "approx", "after the rebels had held it for almost a week", O, locs=["Malakal"], actors=["SPLA-IO"]),
    ev(a, "agreement", "2014-01-23", "day", "the cessation of hostilities agreement they signed in the Ethiopian capital on 23 January", locs=["Addis Ababa"], actors=["Government of South Sudan", "SPLM-IO"]),
    ev(a, "statement", None, "unknown", "Both sides accuse each other of violating", O),
    ev(a, "military_movement", ("2014-02-24", "2014-03-02"), "range", "A team of IGAD ceasefire monitors was due to deploy to Malakal this week but has yet to arrive.", O, status="planned", locs=["Malakal"], actors=["IGAD"]),
    ev(a, "statement", ("2014-02-17", "2014-02-23"), "range", "Last week, President Salva Kiir said Ugandan forces would remain in the country", O, actors=["Salva Kiir"]),
    ev(a, "release", "2014-01-29", "day", "Seven of the 11 senior SPLM officials detained over the alleged coup attempt were released on 29 January and flown to Nairobi.", locs=["Juba", "Nairobi"], count=7),
    ev(a, "statement", "2014-03", "month", "are due to go on trial for treason next month", O, status="planned", locs=["Juba"], actors=["Pagan Amum"]),
    ev(a, "negotiation", "2014-02-11", "day", "The second round of peace talks in Addis Ababa, which opened on 11 February, has made little progress.", locs=["Addis Ababa"], actors=["Government of South Sudan", "SPLM-IO", "IGAD"]),
    ev(a, "statement", None, "unknown", "The opposition insists on the release of the four detainees and the withdrawal of Ugandan troops", O, actors=["SPLM-IO"]),
    ev(a, "negotiation", "2014-03-13", "day", "IGAD heads of state are due to meet in Addis Ababa on 13 March to review the process.", status="planned", locs=["Addis Ababa"], actors=["IGAD"]),
    trap(a, "Should the opposition hold on to Malakal, analysts say, it could threaten the Paloch oil fields in Melut county"),
    ev(a, "statement", ("2013-12-15", "2014-02-26"), "range", "more than 870,000 people have been forced from their homes since mid-December", O, actors=["OCHA"], count=870000),
    trap(a, "The conflict is estimated to have killed more than 10,000 people."),
]
a = "pakistan_bolan_2025"  # Mon 2025-03-17
G += [
    ev(a, "bombing", "2025-03-16", "approx", "Five killed as suicide bomber targets FC convoy in Noshki", O, locs=["Noshki"], actors=["Frontier Corps"], killed=5),
    ev(a, "bombing", "2025-03-16", "day", "At least five people, including three Frontier Corps personnel, were killed and more than 30 others injured when a suicide bomber rammed an explosives-laden car into a convoy of buses carrying FC personnel on the RCD Highway near Noshki on Sunday", locs=["RCD Highway", "Noshki", "Balochistan"], actors=["Balochistan Liberation Army", "Frontier Corps"], killed=5),
    ev(a, "abduction", "2025-03-11", "approx", "less than a week after militants hijacked the Jaffar Express in Bolan", O, locs=["Bolan"], actors=["Balochistan Liberation Army"]),
    ev(a, "clash", "2025-03-16", "approx", "Militants then fired rockets at a second bus, and FC personnel returned fire.", locs=["Noshki"], actors=["Balochistan Liberation Army", "Frontier Corps"]),
    ev(a, "bombing", "2025-03-16", "approx", "Militants then fired rockets at a second bus", O, locs=["Noshki"], actors=["Balochistan Liberation Army"]),
    ev(a, "statement", "2025-03-16", "approx", "The banned Balochistan Liberation Army (BLA) claimed responsibility", O, actors=["Balochistan Liberation Army"]),
    ev(a, "casualty_report", "2025-03-16", "approx", "said 90 soldiers had been killed", O, status="claimed", locs=["Noshki"], actors=["Balochistan Liberation Army"], killed=90),
    ev(a, "statement", None, "unknown", "Provincial government spokesman Shahid Rind dismissed the claim as \"baseless propaganda\".", O, actors=["Shahid Rind"]),
    ev(a, "military_movement", "2025-03-16", "approx", "Security forces cordoned off the area and launched a search operation.", O, locs=["Noshki"]),
    ev(a, "clash", "2025-03-16", "approx", "security forces had killed eight terrorists in an intelligence-based operation in Kech district overnight", status="claimed", locs=["Kech"], actors=["Pakistani security forces"], killed=8),
    ev(a, "bombing", "2025-03-11", "day", "BLA militants blew up a section of the railway track near Mashkaf, in the rugged Dhadar area of Bolan, last Tuesday afternoon", O, locs=["Mashkaf", "Dhadar", "Bolan"], actors=["Balochistan Liberation Army"]),
    ev(a, "abduction", "2025-03-11", "day", "stormed the Peshawar-bound Jaffar Express, taking its roughly 440 passengers hostage", locs=["Mashkaf", "Dhadar", "Bolan"], actors=["Balochistan Liberation Army", "Jaffar Express"], count=440),
    ev(a, "release", "2025-03-11", "day", "Some women, children and elderly passengers were let go by the hijackers the same day.", locs=["Bolan"], actors=["Balochistan Liberation Army"]),
    ev(a, "release", "2025-03-12", "day", "Security forces rescued 354 hostages in a clearance operation that ended the following evening", locs=["Bolan"], actors=["Pakistani security forces"], count=354),
    ev(a, "clash", ("2025-03-11", "2025-03-12"), "range", "adding that all 33 attackers had been killed", locs=["Bolan"], actors=["Pakistani security forces", "Balochistan Liberation Army"], killed=33),
    trap(a, "Security personnel stand guard at Quetta railway station on Wednesday as relatives wait for freed passengers to arrive. — AFP"),
    ev(a, "casualty_report", ("2025-03-11", "2025-03-12"), "range", "ISPR Director General Lt Gen Ahmed Sharif Chaudhry said 21 passengers and four FC personnel had been killed", O, locs=["Bolan"], actors=["ISPR", "Ahmed Sharif Chaudhry"], killed=25),
    ev(a, "casualty_report", ("2025-03-11", "2025-03-12"), "range", "On Friday, the military revised the toll, saying 26 hostages had died", locs=["Bolan"], actors=["ISPR"], killed=26),
    ev(a, "statement", "2025-03-11", "approx", "which had demanded the release of Baloch political prisoners within 48 hours", O, actors=["Balochistan Liberation Army"]),
    ev(a, "casualty_report", ("2025-03-11", "2025-03-12"), "range", "claimed it had killed 214 hostages, a figure the military rejected as false", O, status="claimed", locs=["Bolan"], actors=["Balochistan Liberation Army"], killed=214),
    ev(a, "statement", "2025-03-13", "day", "Prime Minister Shehbaz Sharif, who chaired a meeting on law and order in Quetta on Thursday", O, locs=["Quetta"], actors=["Shehbaz Sharif"]),
    ev(a, "statement", "2025-03-14", "day", "Foreign Office spokesman Shafqat Ali Khan said on Friday that the attackers had been in contact with handlers in Afghanistan", O, actors=["Shafqat Ali Khan"]),
    ev(a, "statement", None, "unknown", "Kabul rejected the allegation, and India's external affairs ministry \"categorically\" denied any role.", O, actors=["Afghanistan", "India"]),
    ev(a, "protest", "2025-03-13", "day", "Lawyers across the province boycotted court proceedings on Thursday in protest against the attack.", locs=["Balochistan"], actors=["lawyers"]),
    ev(a, "negotiation", "2025-03-18", "day", "The parliamentary committee on national security will hold an in-camera session on Tuesday", status="planned", locs=["Islamabad"], actors=["Parliamentary Committee on National Security"]),
    # (trains suspended: no type fits; optional)
    ev(a, "statement", None, "unknown", "Pakistan Railways has suspended the Jaffar Express and Bolan Mail until further notice.", O, actors=["Pakistan Railways"]),
    ev(a, "casualty_report", ("2025-03-01", "2025-03-17"), "range", "Since the start of the month, at least 37 security personnel have been killed in militant attacks in Balochistan", locs=["Balochistan"], killed=37),
    ev(a, "bombing", "2025-03", "month", "Earlier this month, two suicide bombers rammed explosives-laden vehicles into the boundary wall of the Bannu cantonment in Khyber Pakhtunkhwa, killing 18 people.", locs=["Bannu", "Khyber Pakhtunkhwa"], killed=18, count=2),
    ev(a, "attack_on_civilians", "2025-02", "month", "Last month, gunmen stopped a Lahore-bound bus in Barkhan district, checked the passengers' identity cards and shot dead seven men from Punjab.", locs=["Barkhan", "Balochistan"], killed=7),
    ev(a, "bombing", "2024-11-09", "day", "the November 9 suicide bombing at Quetta railway station, which killed at least 26 people", locs=["Quetta railway station", "Quetta"], killed=26),
    ev(a, "clash", "2024-03", "month", "A year ago this month, BLA fighters stormed the Gwadar Port Authority complex; all eight attackers were killed in an exchange of fire with security forces.", locs=["Gwadar Port Authority complex", "Gwadar"], actors=["Balochistan Liberation Army", "Pakistani security forces"], killed=8),
    trap(a, "Baloch separatist groups have waged an insurgency in the province for more than two decades, in which thousands of people have been killed."),
]
a = "philippines_sulu_2016"  # Mon 2016-09-19
G += [
    ev(a, "release", "2016-09-17", "approx", "Abu Sayyaf frees Norwegian Sekkingstad, 3 Indonesians in Sulu", O, locs=["Sulu"], actors=["Abu Sayyaf", "Kjartan Sekkingstad"], count=4),
    ev(a, "abduction", "2015-09", "month", "the last of the 4 hostages taken from a Samal Island resort a year ago", O, locs=["Samal Island"], actors=["Abu Sayyaf"], count=4),
    ev(a, "attack_on_civilians", None, "unknown", "The two Canadians seized with him were beheaded.", O, actors=["Abu Sayyaf"], killed=2),
    ev(a, "release", "2016-09-17", "day", "Norwegian Kjartan Sekkingstad, held by the Abu Sayyaf for almost a year, was freed in Sulu on Saturday, September 17", locs=["Sulu"], actors=["Abu Sayyaf", "Kjartan Sekkingstad"], count=1),
    ev(a, "release", "2016-09-17", "day", "together with 3 Indonesian fishermen", locs=["Sulu"], actors=["Abu Sayyaf"], count=3),
    ev(a, "release", "2016-09-17", "day", "Sekkingstad was handed over late Saturday to fighters of the Moro National Liberation Front (MNLF)", O, locs=["Indanan", "Sulu"], actors=["Abu Sayyaf", "MNLF", "Nur Misuari", "Jesus Dureza"]),
    ev(a, "statement", "2016-09-18", "day", "He was flown to Davao City the following day and presented to President Rodrigo Duterte.", O, locs=["Davao City"], actors=["Rodrigo Duterte", "Kjartan Sekkingstad"]),
    ev(a, "abduction", "2016-07-09", "day", "The 3 Indonesians, crewmen of a fishing trawler, were abducted off Lahad Datu in the Malaysian state of Sabah on July 9.", locs=["Lahad Datu", "Sabah"], actors=["Abu Sayyaf"], count=3),
    ev(a, "release", ("2016-09-17", "2016-09-18"), "range", "They were turned over to Indonesian embassy officials over the weekend.", O, count=3),
    trap(a, "FREED. Norwegian Kjartan Sekkingstad arrives in Davao City on Sunday, September 18. Photo courtesy of PCOO"),
    ev(a, "statement", "2016-09-18", "day", "Dureza told reporters Sunday that no ransom was paid by the government.", O, actors=["Jesus Dureza"]),
    ev(a, "statement", None, "unknown", "the bandits had received P30 million from \"private parties.\"", O, status="claimed", actors=["Abu Sayyaf"]),
    ev(a, "statement", None, "unknown", "Norway's foreign ministry said it does not pay ransom.", O, actors=["Norway"]),
    ev(a, "abduction", "2015-09-21", "day", "was seized along with Canadians John Ridsdel and Robert Hall and Hall's Filipina partner Marites Flor on the night of September 21, 2015", locs=["Holiday Oceanview Samal Resort", "Samal Island"], actors=["Abu Sayyaf", "Kjartan Sekkingstad", "John Ridsdel", "Robert Hall", "Marites Flor"], count=4),
    ev(a, "attack_on_civilians", "2016-04", "month", "Ridsdel was beheaded in April after a ransom deadline lapsed.", locs=["Sulu"], actors=["Abu Sayyaf", "John Ridsdel"], killed=1),
    ev(a, "attack_on_civilians", "2016-06-13", "day", "Hall was killed on June 13, hours after another deadline expired.", locs=["Sulu"], actors=["Abu Sayyaf", "Robert Hall"], killed=1),
    ev(a, "release", "2016-06-24", "day", "Flor was freed on June 24.", locs=["Sulu"], actors=["Abu Sayyaf", "Marites Flor"], count=1),
    ev(a, "clash", "2016-08", "month", "15 soldiers were killed in a clash with the bandits in Patikul town last month", locs=["Patikul", "Sulu"], actors=["Armed Forces of the Philippines", "Abu Sayyaf"], killed=15),
    ev(a, "statement", "2016-08", "month", "Duterte ordered the military to \"destroy\" the Abu Sayyaf", O, actors=["Rodrigo Duterte"]),
    ev(a, "bombing", None, "unknown", "troops backed by air strikes and artillery have pounded Abu Sayyaf positions in the hinterlands of Patikul and Indanan", O, locs=["Patikul", "Indanan", "Sulu"], actors=["Armed Forces of the Philippines", "Abu Sayyaf"]),
    ev(a, "territory_change", "2016-09-16", "approx", "Troops overran an Abu Sayyaf camp in Patikul", status="claimed", locs=["Patikul", "Sulu"], actors=["Armed Forces of the Philippines", "Abu Sayyaf"]),
    ev(a, "clash", "2016-09-16", "approx", "after a 3-hour firefight, killing 6 bandits, the Western Mindanao Command said Friday", status="claimed", locs=["Patikul", "Sulu"], actors=["Armed Forces of the Philippines", "Abu Sayyaf"], killed=6),
    ev(a, "clash", "2016-09-18", "approx", "Sporadic fighting continued overnight in the village of Bangkal in Patikul, where 2 soldiers were wounded", locs=["Bangkal", "Patikul", "Sulu"], actors=["Armed Forces of the Philippines", "Abu Sayyaf"]),
    ev(a, "casualty_report", None, "unknown", "The military says more than 30 Abu Sayyaf members have been killed since the offensive began", O, status="claimed", locs=["Sulu"], actors=["Armed Forces of the Philippines"], killed=30),
    ev(a, "statement", None, "unknown", "More than 3,000 families have fled their homes", O, locs=["Sulu"], count=3000),
    trap(a, "\"Sulu is a revolving door. For every hostage who walks out, another one is taken in,\" said a security analyst based in Zamboanga City."),
    ev(a, "abduction", "2016-07-18", "day", "at least 5 Malaysian sailors seized from a tugboat off Lahad Datu on July 18", locs=["Lahad Datu", "Sabah"], actors=["Abu Sayyaf"], count=5),
    ev(a, "abduction", ("2012-01-01", "2012-12-31"), "range", "a Dutch birdwatcher kidnapped in Tawi-Tawi in 2012", O, locs=["Tawi-Tawi"], actors=["Abu Sayyaf"], count=1),
    ev(a, "agreement", "2016-05", "month", "Indonesia, Malaysia and the Philippines agreed in May to conduct coordinated patrols in the Sulu Sea", locs=["Sulu Sea"], actors=["Indonesia", "Malaysia", "Philippines"]),
    ev(a, "bombing", "2016-09", "month", "Earlier this month, a bomb ripped through a crowded night market along Roxas Avenue in Davao City, Duterte's hometown, killing 14 people on the spot.", locs=["Roxas Avenue", "Davao City"], killed=15),
    ev(a, "casualty_report", "2016-09", "month", "The toll has since risen to 15, with 69 others wounded.", O, locs=["Davao City"], killed=15),
    ev(a, "statement", None, "unknown", "An Abu Sayyaf spokesman initially claimed responsibility", O, status="claimed", actors=["Abu Sayyaf"]),
    ev(a, "statement", "2016-09-03", "day", "Duterte declared a \"state of lawlessness\" the day after the September 2 blast", O, actors=["Rodrigo Duterte"]),
    ev(a, "bombing", "2016-09-02", "day", "the September 2 blast", O, locs=["Davao City"]),
    ev(a, "negotiation", ("2016-10-06", "2016-10-09"), "range", "the second round of formal negotiations with the National Democratic Front, scheduled from October 6 to 9", status="planned", locs=["Oslo"], actors=["Government of the Philippines", "National Democratic Front"]),
    ev(a, "negotiation", "2016-08", "month", "The first round, held in the Norwegian capital last month", locs=["Oslo"], actors=["Government of the Philippines", "National Democratic Front"]),
    ev(a, "agreement", "2016-08", "month", "led both sides to declare indefinite ceasefires", O, actors=["Government of the Philippines", "National Democratic Front"]),
    ev(a, "election", "2016-10-31", "day", "the barangay and youth council elections scheduled for October 31", status="planned", locs=["Philippines"]),
]
a = "azerbaijan_karabakh_2023"  # Thu 2023-09-28
G += [
    ev(a, "statement", "2023-09-28", "day", "Samvel Shahramanyan, on September 28 signed a decree dissolving all of the breakaway republic's state institutions", O, locs=["Nagorno-Karabakh"], actors=["Samvel Shahramanyan"]),
    ev(a, "statement", "2024-01-01", "day", "dissolving all of the breakaway republic's state institutions by January 1", O, status="planned", locs=["Nagorno-Karabakh"]),
    ev(a, "clash", "2023-09-19", "day", "It comes nine days after Baku launched what it called \"local anti-terrorist measures\" against the region.", O, locs=["Nagorno-Karabakh"], actors=["Azerbaijani Armed Forces", "Artsakh Defence Army"]),
    ev(a, "bombing", "2023-09-19", "day", "Following a day of artillery and drone strikes on September 19", locs=["Nagorno-Karabakh"], actors=["Azerbaijani Armed Forces"]),
    ev(a, "agreement", "2023-09-20", "day", "Karabakh's leadership accepted a ceasefire brokered by Russian peacekeepers at 1 p.m. the next day", locs=["Nagorno-Karabakh"], actors=["Nagorno-Karabakh authorities", "Azerbaijan", "Russian peacekeepers"]),
    ev(a, "territory_change", "2023-09-19", "day", "Azerbaijan's Defense Ministry said its troops seized more than 90 Armenian combat positions on the first day of the operation", status="claimed", locs=["Nagorno-Karabakh"], actors=["Azerbaijani Armed Forces", "Artsakh Defence Army"], count=90),
    ev(a, "bombing", "2023-09-19", "approx", "Shelling hit Stepanakert and surrounding villages", locs=["Stepanakert"], actors=["Azerbaijani Armed Forces"]),
    ev(a, "casualty_report", ("2023-09-19", "2023-09-20"), "range", "On Wednesday, Baku said that 192 of its servicemen had been killed and 511 wounded during the operation.", actors=["Azerbaijani Armed Forces"], killed=192),
    ev(a, "casualty_report", ("2023-09-19", "2023-09-20"), "range", "had earlier put the Armenian side's losses at 200 dead, including 10 civilians", actors=["Gegham Stepanyan"], killed=200),
    ev(a, "clash", "2023-09-20", "day", "Five Russian peacekeepers, including a deputy commander of Russia's Northern Fleet, were killed on September 20 when their vehicle came under fire near the village of Janyatag.", locs=["Janyatag", "Nagorno-Karabakh"], actors=["Russian peacekeepers", "Azerbaijani Armed Forces"], killed=5),
    ev(a, "statement", "2023-09-21", "day", "Azerbaijani President Ilham Aliyev telephoned Vladimir Putin the following day to apologize.", O, actors=["Ilham Aliyev", "Vladimir Putin"]),
    ev(a, "negotiation", "2023-09-21", "day", "Representatives of Karabakh's Armenians met Azerbaijani officials in the town of Yevlakh on September 21", locs=["Yevlakh"], actors=["Nagorno-Karabakh authorities", "Azerbaijan"]),
    ev(a, "statement", "2023-09-24", "day", "The exodus began on Sunday evening", O, locs=["Nagorno-Karabakh"]),
    ev(a, "statement", ("2023-09-24", "2023-09-28"), "range", "By Thursday morning, 65,036 people had crossed the Hakari bridge, the Armenian government said.", O, locs=["Hakari bridge", "Armenia"], actors=["Government of Armenia"], count=65036),
    # (an explosion at a fuel depot, cause unknown and not presented as an attack: not a conflict event)
    trap(a, "On Monday evening, a fuel depot outside Stepanakert, where hundreds of people were queuing for gasoline for the journey, exploded; Karabakh officials said on Thursday that 170 bodies had been recovered."),
    # (an arrest by border guards: no type fits; abduction tolerated)
    ev(a, "abduction", "2023-09-27", "day", "On Wednesday, Azerbaijani border guards detained Ruben Vardanyan", O, locs=["Lachin checkpoint"], actors=["Azerbaijani border guards", "Ruben Vardanyan"], count=1),
    ev(a, "negotiation", "2023-09-25", "day", "Turkish President Recep Tayyip Erdogan flew to Nakhchivan on Monday for talks with Aliyev", locs=["Nakhchivan"], actors=["Recep Tayyip Erdogan", "Ilham Aliyev"]),
    ev(a, "aid_change", "2023-09-26", "day", "USAID Administrator Samantha Power, visiting Armenia on Tuesday, announced $11.5 million in humanitarian aid for the arrivals.", locs=["Armenia"], actors=["USAID", "Samantha Power"]),
    ev(a, "protest", "2022-12-12", "day", "since December 12, when Azerbaijani activists claiming to be environmentalists set up a protest camp on the Lachin corridor", locs=["Lachin corridor"], actors=["Azerbaijani activists"]),
    ev(a, "military_movement", "2023-04", "month", "In April, Baku installed a checkpoint on the road.", O, locs=["Lachin corridor"], actors=["Azerbaijan"]),
    ev(a, "territory_change", "2023-04", "month", "In April, Baku installed a checkpoint on the road.", O, locs=["Lachin corridor"], actors=["Azerbaijan"]),
    ev(a, "aid_change", "2023-09-18", "day", "On September 18, the day before the offensive, Red Cross trucks carrying flour entered the region via both the Lachin corridor and the Aghdam road", locs=["Lachin corridor", "Aghdam", "Nagorno-Karabakh"], actors=["International Committee of the Red Cross"]),
    ev(a, "protest", ("2023-09-19", "2023-09-28"), "range", "protesters angry at Prime Minister Nikol Pashinyan's handling of the crisis have rallied almost daily since September 19", locs=["Yerevan"], actors=["Nikol Pashinyan"]),
    ev(a, "protest", ("2023-09-18", "2023-09-24"), "range", "scuffling with police outside the government building last week", O, locs=["Yerevan"]),
    ev(a, "military_movement", "2023-09", "month", "Earlier this month, Armenia hosted a joint exercise with U.S. troops, angering Moscow.", O, locs=["Armenia"], actors=["Armenian Armed Forces", "U.S. Army"]),
    trap(a, "Some analysts fear that Baku, emboldened, could next try to force open a land corridor across southern Armenia to its exclave of Nakhchivan."),
    ev(a, "clash", "2022-09", "month", "A year ago this month, Azerbaijani forces attacked positions inside Armenia itself, in two days of fighting that killed nearly 300 soldiers on both sides.", locs=["Armenia"], actors=["Azerbaijani Armed Forces", "Armenian Armed Forces"], killed=300),
    ev(a, "negotiation", "2023-10-05", "day", "Pashinyan and Aliyev are scheduled to meet in Granada, Spain, on October 5", status="planned", locs=["Granada", "Spain"], actors=["Nikol Pashinyan", "Ilham Aliyev", "European Political Community"]),
    ev(a, "territory_change", None, "unknown", "Azerbaijan retook much of the territory around Karabakh in a 44-day war in 2020", O, locs=["Nagorno-Karabakh"], actors=["Azerbaijani Armed Forces"]),
    ev(a, "agreement", "2020-11", "month", "which ended with a ceasefire brokered by Moscow in November of that year", O, actors=["Russia", "Azerbaijan", "Armenia"]),
    trap(a, "The first war over the region, in the early 1990s, killed some 30,000 people and displaced hundreds of thousands."),
    ev(a, "statement", "2023-09-28", "approx", "Karabakh leader signs decree dissolving breakaway republic as exodus swells", O, locs=["Nagorno-Karabakh"], actors=["Samvel Shahramanyan"]),
    ev(a, "statement", ("2023-09-24", "2023-09-28"), "range", "More than 65,000 people have fled to Armenia since Sunday.", O, locs=["Armenia"], count=65000),
]
a = "israel_iran_2025"  # Fri 2025-06-20
G += [
    ev(a, "bombing", "2025-06-20", "approx", "Iranian Missile Hits Beersheba a Day After Soroka Strike as IDF Pounds Tehran Overnight", O, locs=["Beersheba", "Tehran"], actors=["Iran", "Israel Defense Forces"]),
    ev(a, "bombing", "2025-06-20", "day", "An Iranian ballistic missile struck near residential buildings and an office park in Beersheba on Friday morning", locs=["Beersheba"], actors=["Iran"]),
    ev(a, "bombing", "2025-06-19", "approx", "dozens of Israeli Air Force fighter jets hit military targets in Tehran overnight", locs=["Tehran"], actors=["Israeli Air Force"]),
    trap(a, "Rescue workers at the site of the missile strike in Beersheba on Friday. Credit: Eliyahu Hershkovitz"),
    ev(a, "bombing", "2025-06-19", "day", "On Thursday morning, a missile slammed into Soroka Medical Center in Beersheba, the main hospital in southern Israel, wounding dozens of people", locs=["Soroka Medical Center", "Beersheba"], actors=["Iran"]),
    ev(a, "bombing", "2025-06-19", "approx", "Other missiles hit residential buildings in Ramat Gan, Holon and Tel Aviv.", locs=["Ramat Gan", "Holon", "Tel Aviv"], actors=["Iran"]),
    ev(a, "casualty_report", "2025-06-19", "day", "In all, some 240 people were hurt across Israel on Thursday, the Health Ministry said.", O, locs=["Israel"], actors=["Israeli Health Ministry"]),
    ev(a, "statement", "2025-06-19", "approx", "Tehran said it had targeted an IDF command and intelligence headquarters near the hospital, a claim Israel dismissed.", O, status="claimed", actors=["Iran", "Israel"]),
    ev(a, "statement", "2025-06-19", "approx", "Defense Minister Israel Katz said Supreme Leader Ali Khamenei", O, actors=["Israel Katz"]),
    ev(a, "bombing", "2025-06-19", "day", "Also on Thursday, Israeli jets struck the Arak heavy water reactor", locs=["Arak", "Natanz"], actors=["Israeli Air Force"]),
    ev(a, "bombing", "2025-06-18", "day", "The previous day, some 50 Israeli fighter jets struck a centrifuge production site and weapons factories in the Tehran area", locs=["Tehran"], actors=["Israeli Air Force"], count=50),
    ev(a, "statement", "2025-06-19", "day", "White House Press Secretary Karoline Leavitt said Thursday", O, actors=["Karoline Leavitt", "Donald Trump"]),
    ev(a, "negotiation", "2025-06-20", "day", "Iranian Foreign Minister Abbas Araghchi is scheduled to meet the foreign ministers of Britain, France and Germany and EU foreign policy chief Kaja Kallas in Geneva later on Friday", status="planned", locs=["Geneva"], actors=["Abbas Araghchi", "United Kingdom", "France", "Germany", "Kaja Kallas"]),
    ev(a, "negotiation", "2025-06-20", "day", "The UN Security Council is also due to convene on Friday afternoon at Iran's request.", O, status="planned", actors=["UN Security Council"]),
    trap(a, "A sixth round of U.S.-Iran nuclear talks had been set for last Sunday in Muscat but was called off after Israel's opening strikes."),
    ev(a, "bombing", "2025-06-13", "day", "Israel launched the campaign, which it named Operation Rising Lion, in the early hours of last Friday, killing Revolutionary Guards commander Hossein Salami", locs=["Tehran", "Natanz"], actors=["Israel", "Hossein Salami", "Mohammad Bagheri"]),
    ev(a, "bombing", "2025-06-13", "day", "Iran responded that night with its first barrage of ballistic missiles at Israel.", locs=["Israel"], actors=["Iran"]),
    ev(a, "bombing", ("2025-06-13", "2025-06-20"), "range", "Since then it has fired about 450 missiles and some 1,000 drones", O, locs=["Israel"], actors=["Iran"], count=1450),
    ev(a, "bombing", "2025-06-14", "day", "Four women from one family were killed when a missile hit their home in the Arab town of Tamra in the Galilee on Saturday night.", locs=["Tamra", "Galilee"], actors=["Iran"], killed=4),
    ev(a, "bombing", "2025-06-15", "approx", "Hours later, a missile destroyed an apartment building in Bat Yam, south of Tel Aviv, killing six people", locs=["Bat Yam"], actors=["Iran"], killed=9),
    ev(a, "casualty_report", "2025-06-15", "approx", "the toll rose to nine as rescuers searched the rubble", O, locs=["Bat Yam"], killed=9),
    ev(a, "casualty_report", ("2025-06-13", "2025-06-20"), "range", "According to the Prime Minister's Office, 24 people have been killed in Israel by Iranian missiles since June 13.", locs=["Israel"], actors=["Prime Minister's Office"], killed=24),
    ev(a, "casualty_report", ("2025-06-13", "2025-06-15"), "range", "In Iran, the Health Ministry said on Sunday that 224 people had been killed, most of them civilians", locs=["Iran"], actors=["Iranian Health Ministry"], killed=224),
    ev(a, "casualty_report", ("2025-06-13", "2025-06-19"), "range", "The Washington-based Human Rights Activists News Agency said on Thursday that at least 639 people had been killed, including 263 civilians.", O, status="claimed", locs=["Iran"], actors=["Human Rights Activists News Agency"], killed=639),
    ev(a, "bombing", "2025-06-16", "day", "On Monday, an Israeli strike hit the headquarters of state broadcaster IRIB in Tehran during a live broadcast", locs=["IRIB headquarters", "Tehran"], actors=["Israel"]),
    ev(a, "statement", "2025-06-18", "day", "Two days later, Khamenei rejected Trump's call for Iran's \"unconditional surrender\"", O, actors=["Ali Khamenei", "Donald Trump"]),
    ev(a, "bombing", "2025-06-17", "approx", "The IDF said on Tuesday that it had killed Ali Shadmani, appointed wartime chief of staff only four days earlier, in a strike on a command center in Tehran.", locs=["Tehran"], actors=["Israel Defense Forces", "Ali Shadmani"], killed=1),
    ev(a, "statement", ("2025-06-13", "2025-06-20"), "range", "Hundreds of thousands of people have left Tehran since the start of the fighting", O, locs=["Tehran"]),
    ev(a, "protest", "2025-06-20", "day", "After Friday prayers today, thousands of Iranians marched in Tehran and other cities in support of the missile attacks on Israel", locs=["Tehran", "Iran"]),
    trap(a, "Israeli officials say only the U.S. Air Force's 30,000-pound bunker-buster bombs could destroy the Fordow enrichment site, buried deep inside a mountain near Qom."),
    ev(a, "bombing", "2024-04", "month", "In April last year, Iran fired more than 300 drones and missiles at Israel in its first direct attack", locs=["Israel"], actors=["Iran"], count=300),
    ev(a, "bombing", "2024-10-01", "day", "on October 1 it launched some 180 ballistic missiles", locs=["Israel"], actors=["Iran"], count=180),
    ev(a, "bombing", "2024-10-26", "day", "Israel retaliated on October 26 with strikes on air defenses and missile production sites.", locs=["Iran"], actors=["Israel"]),
    ev(a, "negotiation", "2025-06-20", "approx", "Iran's foreign minister to meet European counterparts in Geneva", O, status="planned", locs=["Geneva"], actors=["Abbas Araghchi"]),
    ev(a, "statement", "2025-06-19", "approx", "Trump to decide 'within two weeks' whether U.S. joins war", O, actors=["Donald Trump"]),
]

MANIFEST = [
    {"key": "syria_idlib_2020", "outlet": "Middle East Eye", "published": "2020-02-21"},
    {"key": "southsudan_malakal_2014", "outlet": "Sudan Tribune", "published": "2014-02-26"},
    {"key": "pakistan_bolan_2025", "outlet": "Dawn", "published": "2025-03-17"},
    {"key": "philippines_sulu_2016", "outlet": "Rappler", "published": "2016-09-19"},
    {"key": "azerbaijan_karabakh_2023", "outlet": "Eurasianet", "published": "2023-09-28"},
    {"key": "israel_iran_2025", "outlet": "Haaretz", "published": "2025-06-20"},
]

if __name__ == "__main__":
    write(HERE, G, MANIFEST)
