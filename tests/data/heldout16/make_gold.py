"""Gold for the sixteenth dev set, coded by hand and blind (without reading the extractor or running
it on these texts): Bosnia (the fall of Srebrenica and the shelling of Zepa, 1995), Somalia (the
Battle of Mogadishu, 1993), Uganda (the LRA massacre at Barlonyo camp, 2004), Iraq (the fall of
Mosul and Tikrit to ISIS, 2014), Burundi (the failed coup against Nkurunziza, 2015) and Sudan (the
RSF capture of El Fasher, 2025), written for this set in the styles of The Washington Post, UPI,
New Vision, McClatchy, Deutsche Welle and Sudan Tribune.

Date phenomena: a Washington Post print edition dated Saturday whose dateline ("TUZLA, ..., July
14") makes "today" and "this morning" the Friday before, so its bare "On Saturday" is a week back
(July 8), not the publication day; "a week ago Thursday" (July 6), "Over the weekend", "Monday",
"late Tuesday", "Tuesday night", "on Wednesday and Thursday" (a range), "since Wednesday morning"
(a range to the dateline day), "The previous evening" chained from Tuesday, "that afternoon", a
conference "next Friday" (a week after a Friday dateline), "Dec. 31" in a July article (the
previous year), "at the end of April", "In May", "May 25", "last month", "April 1993" and a caption
with "yesterday"; UPI's weekdays without "on" ("rose to 12 Tuesday", "3:40 p.m. Sunday", "1:30 a.m.
Monday", a sentence opening "Monday,"), a "15-hour firefight" that began Sunday afternoon (a range
over two days), "through the night", "overnight", "last month", "Last week" (Monday to Sunday), a
meeting "Wednesday" still to come, "Oct. 31" (a deadline to come) and "later this month", "Dec. 9"
in an October article (the previous year), "in May", "June 5", "July 12", "Aug. 8", "Sept. 5",
"Sept. 25"; New Vision's "yesterday" (the day before a Wednesday paper), "Saturday's attack",
"on Saturday", "had on Sunday", "the previous day" (Friday, from Saturday), "Two days later"
(Monday, from Saturday), "at the weekend", "on Monday night", a visit "on Friday" and a prayer "on
Sunday" still to come (the latter 29 February, a leap day), "Earlier this month", "Last week",
"June last year", "Since the start of the year", "since January", "December 16" in a February
article (the previous year), "Last month"; McClatchy's "last Friday" in a Friday article (a week
back), "on Friday" (the publication day), "this week", "by Tuesday morning", "After four days of
fighting" (a range from last Friday), "On Wednesday" with "The same day" and "The previous day"
chained from it, "on Thursday", "overnight", "June 5", "Over the weekend", "since January",
"Dec. 30" in a June article (the previous year), "the first five months of the year", "the April 30
... election" and a certification "next week" (to come); Deutsche Welle's "Date 18.05.2015" page
furniture, "on Monday" (the publication day), "on Wednesday", "In the night to Thursday" (a
night over two days), "Late on Thursday", "On Friday", "the same day", "on Sunday", "in February",
"April 26" and "a day after", "May 5" and "The previous day", "At the weekend", elections "May 26"
and "June 26" and a summit "at the end of the month" (all to come), the range "Between December 30
and January 3" across a year boundary, "A year ago" (month precision); Sudan Tribune's "October 30,
2025 (PORT SUDAN) –" dateline, a session "later on Thursday" (to come, the publication day), "last
Sunday" in a Thursday article (four days back), "on Sunday morning", "on Monday", "on Wednesday"
(a statement) against "on Tuesday" (the killings it reports), "since Sunday", "between Sunday and
Wednesday", "on Wednesday night", "The day before it entered El Fasher" (chained from Sunday),
"since the start of the month", "On Tuesday last week", "since May last year", "In April" (this
year), "A year ago", "on September 12" and a caption dated "October 28, 2025".

Tolls that disagree or are updated (Srebrenica's missing; Mogadishu 12 U.S. dead v. Aidid's 300
Somalis; Abdi House 54 v. 20; Barlonyo 84, then 192, and survivors' 300; the RTNB fighting 12 v.
more than 20; El Fasher 1,500 v. more than 2,000), claims denied (Pale on the missing men, Aidid's
four helicopters, the army on Barlonyo, the Samarra shrine, live fire in Bujumbura, the RSF on the
hospital), and traps: a photo caption, metaphors ("the funeral of the safe areas", "not Vietnam",
"a valley of death", "like salt in water", "a pot on the fire", "a slaughterhouse"),
hypotheticals, whole-war tolls.

Conventions as in heldout12-15: a single event's updated tolls are casualty_report rows dated by the
event (the latest official one required), competing tolls optional and `claimed`; a one-sided
account of an attack is `claimed`; "overnight" is the night before the report (approx); "last week"
is the previous Monday-Sunday; arrests (no type fits) are optional `abduction` rows; statements,
displacement figures, page furniture and marginal rows are optional.
"""
import sys
from pathlib import Path

HERE = Path(__file__).parent
sys.path.insert(0, str(HERE.parent / "heldout"))
from make_gold import O, ev, trap, write  # noqa: E402

G = []
a = "bosnia_srebrenica_1995"  # print edition Sat 1995-07-15; dateline Fri July 14 ("today")
BSA = "Bosnian Serb forces"
G += [
    ev(a, "bombing", "1995-07-14", "day", "Bosnian Serb gunners turned their artillery today on Zepa", locs=["Zepa"], actors=[BSA]),
    ev(a, "territory_change", "1995-07-11", "day", "three days after Serb troops overran the U.N. \"safe area\" of Srebrenica", O, locs=["Srebrenica"], actors=[BSA]),
    ev(a, "statement", "1995-07-14", "day", "more than 20,000 people from Srebrenica had reached government-held territory near Kladanj", O, locs=["Kladanj", "Srebrenica"], actors=["United Nations"], count=20000),
    ev(a, "statement", "1995-07-14", "day", "Bosnian government officials said today that at least 4,000 men of military age from the enclave were unaccounted for", O, locs=["Srebrenica"], actors=["Government of Bosnia and Herzegovina"], count=4000),
    ev(a, "abduction", ("1995-07-12", "1995-07-13"), "range", "Refugees said Serb soldiers separated men and boys as young as 14 from their families at the Dutch U.N. base at Potocari on Wednesday and Thursday and drove them off in trucks toward Bratunac", status="claimed", locs=["Potocari", "Bratunac"], actors=[BSA]),
    ev(a, "attack_on_civilians", None, "unknown", "Several women said they had seen bodies in a field near the base", O, status="claimed", locs=["Potocari"], actors=[BSA]),
    ev(a, "attack_on_civilians", "1995-07-12", "day", "one said she watched soldiers shoot two men behind a factory building on Wednesday night", status="claimed", locs=["Potocari"], actors=[BSA], killed=2),
    ev(a, "statement", None, "unknown", "Bosnian Serb officials in Pale denied that any civilians had been harmed", O, locs=["Pale"], actors=["Bosnian Serb officials"]),
    ev(a, "military_movement", "1995-07-11", "day", "Thousands of other men set out on foot through the forests toward Tuzla on Tuesday night", O, locs=["Srebrenica", "Tuzla"]),
    ev(a, "clash", ("1995-07-12", "1995-07-14"), "range", "the column had been ambushed and shelled repeatedly since Wednesday morning", status="claimed", locs=["Kalesija"], actors=[BSA, "Bosnian army"]),
    ev(a, "bombing", "1995-07-06", "day", "The Serb offensive against Srebrenica began a week ago Thursday, when tanks and artillery opened fire on Dutch observation posts south of the town", locs=["Srebrenica"], actors=[BSA, "Dutch peacekeepers"]),
    ev(a, "clash", "1995-07-06", "day", "The Serb offensive against Srebrenica began a week ago Thursday", O, locs=["Srebrenica"], actors=[BSA]),
    # (a grenade thrown by a Bosniak soldier at a Dutch vehicle: explosions, ACLED "grenade")
    ev(a, "bombing", "1995-07-08", "day", "On Saturday, a Dutch soldier, Pvt. Raviv van Renssen, was killed when a Muslim defender threw a grenade at his armored vehicle", locs=["Srebrenica"], actors=["Bosnian army", "Raviv van Renssen", "Dutch peacekeepers"], killed=1),
    ev(a, "abduction", ("1995-07-08", "1995-07-09"), "range", "Over the weekend, Serb forces captured a string of other posts and took their crews prisoner", locs=["Srebrenica"], actors=[BSA, "Dutch peacekeepers"]),
    ev(a, "territory_change", ("1995-07-08", "1995-07-09"), "range", "Over the weekend, Serb forces captured a string of other posts", O, locs=["Srebrenica"], actors=[BSA]),
    ev(a, "statement", "1995-07-10", "day", "Dutch commanders asked for NATO air support Monday", O, actors=["Dutch peacekeepers", "NATO"]),
    ev(a, "bombing", "1995-07-11", "day", "When two Dutch F-16s finally struck on Tuesday afternoon, hitting at least one Serb tank", locs=["Srebrenica"], actors=["NATO", BSA]),
    ev(a, "statement", "1995-07-11", "approx", "the Serbs threatened to kill their Dutch captives and shell the crowds around the Potocari base", O, locs=["Potocari"], actors=[BSA]),
    ev(a, "territory_change", "1995-07-11", "day", "Gen. Ratko Mladic, the Bosnian Serb commander, walked into the empty center of Srebrenica late Tuesday", locs=["Srebrenica"], actors=["Ratko Mladic", BSA]),
    ev(a, "territory_change", "1995-07-10", "day", "The previous evening, his troops had overrun the last Dutch blocking positions on the hills south of town.", locs=["Srebrenica"], actors=[BSA, "Dutch peacekeepers"]),
    ev(a, "negotiation", "1995-07-12", "day", "On Wednesday morning Mladic met the Dutch commander, Lt. Col. Thom Karremans, at the Hotel Fontana in Bratunac", locs=["Hotel Fontana", "Bratunac"], actors=["Ratko Mladic", "Thom Karremans"]),
    ev(a, "military_movement", "1995-07-12", "day", "The first buses arrived at Potocari that afternoon.", O, locs=["Potocari"], actors=[BSA]),
    ev(a, "abduction", None, "unknown", "About 30 Dutch peacekeepers taken at the observation posts are still being held in Bratunac", O, locs=["Bratunac"], actors=[BSA, "Dutch peacekeepers"], count=30),
    ev(a, "statement", "1995-07-14", "day", "the Dutch government said today that its 400 soldiers at Potocari would stay", O, locs=["Potocari"], actors=["Government of the Netherlands"]),
    ev(a, "bombing", "1995-07-14", "day", "In Zepa, 15 miles to the south, shells began falling early this morning", O, locs=["Zepa"], actors=[BSA]),
    ev(a, "territory_change", "1995-07-14", "approx", "Serb infantry had seized one of their observation posts", locs=["Zepa"], actors=[BSA, "Ukrainian peacekeepers"]),
    trap(a, "If Zepa falls, U.N. officials said, Gorazde, with its British garrison, could be next."),
    trap(a, "\"Srebrenica is the funeral of the safe areas,\" said a senior U.N. official in Zagreb."),
    ev(a, "statement", "1995-07-12", "day", "The U.N. Security Council on Wednesday demanded that the Serbs withdraw from Srebrenica.", O, actors=["UN Security Council"]),
    ev(a, "negotiation", "1995-07-14", "day", "European Union mediator Carl Bildt flew to Belgrade today for talks with Serbian President Slobodan Milosevic", locs=["Belgrade"], actors=["Carl Bildt", "Slobodan Milosevic"]),
    ev(a, "negotiation", "1995-07-21", "day", "John Major said he would invite ministers from countries with troops in Bosnia to a conference in London next Friday", status="planned", locs=["London"], actors=["John Major"]),
    ev(a, "statement", "1993-04", "month", "The Security Council declared Srebrenica a safe area in April 1993.", O, locs=["Srebrenica"], actors=["UN Security Council"]),
    ev(a, "agreement", "1994-12-31", "day", "A four-month cease-fire negotiated by former president Jimmy Carter and signed Dec. 31", locs=["Bosnia-Herzegovina"], actors=["Jimmy Carter"]),
    ev(a, "agreement", "1995-04", "month", "lapsed at the end of April", O),
    ev(a, "bombing", "1995-05", "month", "In May, after NATO jets bombed an ammunition depot near the Bosnian Serb headquarters at Pale", locs=["Pale"], actors=["NATO", BSA]),
    ev(a, "abduction", "1995-05", "month", "the Serbs seized nearly 400 U.N. peacekeepers, chaining some to likely targets", actors=[BSA, "UNPROFOR"], count=400),
    ev(a, "release", "1995-06", "month", "The last of them were freed last month.", actors=[BSA, "UNPROFOR"]),
    ev(a, "bombing", "1995-05-25", "day", "Tuzla itself was hit on May 25, when a single Serb shell killed 71 people", locs=["Tuzla"], actors=[BSA], killed=71),
    trap(a, "CAPTION: A woman from Srebrenica waits for food at the Tuzla air base, where thousands of refugees arrived yesterday."),
]
a = "somalia_mogadishu_1993"  # Tue 1993-10-05
SNA = "Somali National Alliance"
G += [
    ev(a, "casualty_report", ("1993-10-03", "1993-10-04"), "range", "The number of U.S. soldiers killed in the bloodiest battle of the American mission in Somalia rose to 12 Tuesday", locs=["Mogadishu"], actors=["U.S. forces"], killed=12),
    ev(a, "clash", ("1993-10-03", "1993-10-04"), "range", "a 15-hour firefight that began when Army Rangers raided a meeting of aides to warlord Mohamed Farah Aidid on Sunday afternoon", locs=["Mogadishu"], actors=["U.S. Army Rangers", SNA, "Mohamed Farah Aidid"], killed=12),
    ev(a, "statement", "1993-10-05", "approx", "The Pentagon said six Americans were listed as missing.", O, actors=["Pentagon"], count=6),
    ev(a, "abduction", "1993-10-03", "approx", "Aidid's Somali National Alliance said it was holding one U.S. soldier", O, status="claimed", locs=["Mogadishu"], actors=[SNA], count=1),
    ev(a, "statement", "1993-10-05", "day", "a videotape obtained by news organizations Tuesday showed a battered helicopter pilot identifying himself as Chief Warrant Officer Michael Durant", O, actors=["Michael Durant"]),
    ev(a, "clash", "1993-10-03", "day", "The operation began at about 3:40 p.m. Sunday, when Rangers and special operations troops dropped from helicopters onto a building near the Olympic Hotel", O, locs=["Olympic Hotel", "Mogadishu"], actors=["U.S. Army Rangers", SNA]),
    # (arrests in a raid: no type fits; optional)
    ev(a, "abduction", "1993-10-03", "approx", "seized 24 Somalis, among them two of Aidid's top lieutenants", O, locs=["Mogadishu"], actors=["U.S. Army Rangers", "Omar Salad Elmi", "Mohamed Hassan Awale"], count=24),
    ev(a, "clash", "1993-10-03", "approx", "Somali gunmen firing rocket-propelled grenades shot down a Black Hawk helicopter", locs=["Mogadishu"], actors=[SNA, "U.S. forces"]),
    ev(a, "clash", "1993-10-03", "approx", "A second Black Hawk was brought down about 20 minutes later a mile to the south", O, locs=["Mogadishu"], actors=[SNA, "U.S. forces"]),
    ev(a, "abduction", "1993-10-03", "approx", "Durant was seized by a mob at the crash site", locs=["Mogadishu"], actors=["Michael Durant", SNA], count=1),
    ev(a, "clash", ("1993-10-03", "1993-10-04"), "range", "About 90 Rangers who fought their way to the first wreck were pinned down through the night.", O, locs=["Mogadishu"], actors=["U.S. Army Rangers", SNA]),
    ev(a, "military_movement", "1993-10-04", "day", "A relief column of U.S. troops riding in Malaysian armored personnel carriers and Pakistani tanks reached them at about 1:30 a.m. Monday", locs=["Mogadishu"], actors=["U.S. forces", "Malaysian peacekeepers", "Pakistani peacekeepers"]),
    ev(a, "casualty_report", "1993-10-04", "approx", "One Malaysian soldier was killed.", O, actors=["Malaysian peacekeepers"], killed=1),
    ev(a, "casualty_report", ("1993-10-03", "1993-10-04"), "range", "Aidid's radio said more than 300 Somalis had been killed and about 700 wounded.", O, status="claimed", locs=["Mogadishu"], actors=[SNA], killed=300),
    ev(a, "clash", "1993-10-03", "approx", "The radio also claimed the militia had shot down four helicopters", O, status="claimed", locs=["Mogadishu"], actors=[SNA], count=4),
    # (a mob desecrating a soldier's body: no type fits well; optional)
    ev(a, "protest", "1993-10-04", "day", "Monday, crowds dragged the body of an American soldier through the streets of south Mogadishu", O, locs=["Mogadishu"]),
    ev(a, "bombing", "1993-10-05", "approx", "Mortar rounds exploded near the U.S. compound at the airport overnight", locs=["Mogadishu"]),
    ev(a, "aid_change", "1993-10-04", "day", "U.N. relief agencies pulled nonessential foreign staff out of the city Monday", O, locs=["Mogadishu"], actors=["United Nations"]),
    ev(a, "aid_change", "1993-10-04", "approx", "CARE and other private groups suspended food distributions in south Mogadishu", locs=["Mogadishu"], actors=["CARE"]),
    trap(a, "\"Had the column been an hour later, we'd have lost everybody at that crash site,\" a Ranger officer said."),
    ev(a, "military_movement", "1993-10-04", "day", "Defense Secretary Les Aspin ordered 220 more troops, four M-1 tanks and 14 Bradley fighting vehicles to Somalia Monday", locs=["Somalia"], actors=["Les Aspin", "U.S. forces"], count=220),
    ev(a, "statement", "1993-09", "month", "Aspin turned down a request for armor from U.S. commanders in Mogadishu last month", O, actors=["Les Aspin"]),
    ev(a, "statement", "1993-10-04", "day", "President Clinton, speaking in San Francisco Monday, said the United States would not be driven out of Somalia", O, actors=["Bill Clinton"]),
    ev(a, "negotiation", "1993-10-06", "day", "He is to meet congressional leaders at the White House Wednesday to discuss the mission", status="planned", locs=["White House", "Washington"], actors=["Bill Clinton", "U.S. Congress"]),
    ev(a, "statement", None, "unknown", "Senate Republican leader Bob Dole said the troops should be brought home", O, actors=["Bob Dole"]),
    ev(a, "statement", ("1993-09-27", "1993-10-03"), "range", "Last week, Clinton told the U.N. General Assembly", O, actors=["Bill Clinton", "UN General Assembly"]),
    trap(a, "\"This is not Vietnam,\" Aspin said, \"and we are not going to let it become Vietnam.\""),
    ev(a, "military_movement", "1992-12-09", "day", "U.S. Marines first came ashore in Mogadishu on Dec. 9 to protect famine relief convoys", locs=["Mogadishu"], actors=["U.S. Marines"]),
    trap(a, "Civil war and famine killed an estimated 300,000 Somalis in 1991 and 1992."),
    ev(a, "military_movement", "1993-05", "month", "The United Nations took over in May", O, locs=["Somalia"], actors=["UNOSOM II"]),
    ev(a, "clash", "1993-06-05", "day", "his militia ambushed Pakistani peacekeepers on June 5, killing 24", locs=["Mogadishu"], actors=[SNA, "Pakistani peacekeepers"], killed=24),
    ev(a, "bombing", "1993-07-12", "day", "On July 12, U.S. helicopter gunships fired missiles into a villa where Aidid's clan elders were meeting", locs=["Mogadishu"], actors=["U.S. forces", SNA]),
    ev(a, "casualty_report", "1993-07-12", "approx", "The Red Cross said 54 Somalis were killed", O, status="claimed", actors=["International Committee of the Red Cross"], killed=54),
    ev(a, "casualty_report", "1993-07-12", "approx", "U.N. officials put the figure at 20", O, status="claimed", actors=["United Nations"], killed=20),
    ev(a, "attack_on_civilians", "1993-07-12", "approx", "Enraged crowds then beat four foreign journalists to death near the site.", locs=["Mogadishu"], killed=4),
    ev(a, "bombing", "1993-08-08", "day", "Four U.S. military policemen were killed Aug. 8 when a remote-controlled bomb blew up their Humvee", locs=["Mogadishu"], actors=["U.S. forces"], killed=4),
    ev(a, "abduction", "1993-09-05", "day", "Aidid's militia is also holding a Nigerian soldier, Umar Shantali, captured in a Sept. 5 ambush", actors=[SNA, "Umar Shantali", "Nigerian peacekeepers"], count=1),
    ev(a, "clash", "1993-09-05", "day", "a Sept. 5 ambush in which seven Nigerian peacekeepers died", actors=[SNA, "Nigerian peacekeepers"], killed=7),
    ev(a, "clash", "1993-09-25", "day", "On Sept. 25, gunmen shot down a Black Hawk near the port, killing three crewmen.", locs=["Mogadishu"], actors=[SNA, "U.S. forces"], killed=3),
    ev(a, "statement", "1993-10-31", "day", "The U.N. operation's mandate runs out Oct. 31", O, status="planned", actors=["UNOSOM II"]),
    ev(a, "negotiation", "1993-10", "month", "the Security Council is expected to take up its renewal later this month", O, status="planned", actors=["UN Security Council"]),
]
a = "uganda_barlonyo_2004"  # Wed 2004-02-25 ("yesterday" = Tue 24)
LRA = "Lord's Resistance Army"
G += [
    ev(a, "casualty_report", "2004-02-21", "day", "THE death toll from Saturday's attack by the Lord's Resistance Army (LRA) rebels on Barlonyo camp in Lira district has risen to 192", locs=["Barlonyo", "Lira"], actors=[LRA], killed=192),
    ev(a, "protest", "2004-02-24", "approx", "angry residents of Lira town took to the streets to demand protection for the displaced", O, locs=["Lira"]),
    ev(a, "attack_on_civilians", "2004-02-21", "day", "The rebels, estimated at 300, attacked the camp, 26km north of Lira town, at about 5:30pm on Saturday", locs=["Barlonyo", "Lira"], actors=[LRA], killed=192),
    ev(a, "clash", "2004-02-21", "approx", "overpowered the Amuka militiamen guarding the camp after about an hour of fighting", locs=["Barlonyo"], actors=[LRA, "Amuka militia"]),
    ev(a, "attack_on_civilians", "2004-02-21", "approx", "They were shooting anybody they saw and setting the huts on fire with people inside", O, locs=["Barlonyo"], actors=[LRA]),
    ev(a, "casualty_report", "2004-02-21", "approx", "The army spokesman, Maj. Shaban Bantariza, had on Sunday put the number of dead at 84.", O, status="claimed", locs=["Barlonyo"], actors=["UPDF", "Shaban Bantariza"], killed=84),
    ev(a, "casualty_report", "2004-02-21", "approx", "survivors insist that more than 300 people died", O, status="claimed", locs=["Barlonyo"], killed=300),
    ev(a, "abduction", "2004-02-21", "approx", "The rebels also abducted an unknown number of people, mostly children, to carry looted food.", locs=["Barlonyo"], actors=[LRA]),
    ev(a, "military_movement", "2004-02-20", "day", "The attackers had been sighted in a village about 10km from the camp the previous day", O, actors=[LRA]),
    ev(a, "statement", None, "unknown", "The army denied claims that soldiers at a detach 3km away ignored calls for help", O, actors=["UPDF"]),
    ev(a, "clash", "2004-02-23", "day", "Two days later, UPDF troops caught up with a group of the rebels at Ogur and killed 14 of them", status="claimed", locs=["Ogur"], actors=["UPDF", LRA], killed=14),
    ev(a, "release", "2004-02-23", "approx", "23 abductees were rescued in the operation", status="claimed", locs=["Ogur"], actors=["UPDF"], count=23),
    ev(a, "military_movement", ("2004-02-21", "2004-02-22"), "range", "The UPDF also moved an extra battalion into Lira district at the weekend.", locs=["Lira"], actors=["UPDF"]),
    ev(a, "attack_on_civilians", "2004-02-23", "day", "In a separate attack on Monday night, suspected rebels ambushed a pick-up on the Lira-Kitgum road, killing four passengers", locs=["Lira-Kitgum road"], actors=[LRA], killed=4),
    trap(a, "\"Barlonyo has become a valley of death,\" said a Catholic priest who helped bury the victims."),
    ev(a, "protest", "2004-02-24", "day", "Yesterday, hundreds of youths blocked roads in Lira town with burning tyres and stoned vehicles", locs=["Lira"], killed=2),
    ev(a, "attack_on_civilians", "2004-02-24", "approx", "some attacked people they suspected to be Acholi", O, locs=["Lira"]),
    ev(a, "protest", "2004-02-24", "approx", "Police fired teargas and live bullets to disperse them. Two people were shot dead", O, locs=["Lira"], actors=["Uganda Police"], killed=2),
    ev(a, "statement", "2004-02-23", "day", "who on Monday blamed the massacre on \"laxity\" by some commanders and ordered an inquiry", O, actors=["Yoweri Museveni"]),
    ev(a, "statement", "2004-02-27", "day", "is expected to visit Barlonyo on Friday", O, status="planned", locs=["Barlonyo"], actors=["Yoweri Museveni"]),
    ev(a, "statement", "2004-02-29", "day", "a memorial prayer for the victims will be held at the camp on Sunday", O, status="planned", locs=["Barlonyo"], actors=["Lira Catholic diocese"]),
    ev(a, "statement", None, "unknown", "Most of Barlonyo's estimated 4,800 residents have fled to Lira town and to Ogur camp.", O, locs=["Barlonyo", "Lira", "Ogur"], count=4800),
    ev(a, "aid_change", "2004-02-24", "approx", "The World Food Programme said yesterday it had suspended food distribution in camps along the Lira-Kitgum road", locs=["Lira-Kitgum road"], actors=["World Food Programme"]),
    trap(a, "\"If the rebels are not stopped now, they will finish the whole of Lango,\" the Lira district chairman warned."),
    ev(a, "military_movement", "2003-06", "month", "The LRA moved into Lango and Teso for the first time in June last year", locs=["Lango", "Teso"], actors=[LRA]),
    ev(a, "clash", None, "unknown", "the army's Operation Iron Fist drove many of its units out of their bases in southern Sudan", O, locs=["southern Sudan"], actors=["UPDF", LRA]),
    ev(a, "attack_on_civilians", "2004-02", "month", "Earlier this month, the rebels killed over 50 people at Abia camp in Moroto county.", locs=["Abia", "Moroto county"], actors=[LRA], killed=50),
    ev(a, "abduction", ("2004-02-16", "2004-02-22"), "range", "Last week, they abducted 12 people, among them six pupils, from Aloi trading centre and burnt about 40 huts.", locs=["Aloi"], actors=[LRA], count=12),
    ev(a, "casualty_report", ("2004-01-01", "2004-02-25"), "range", "Since the start of the year, the UPDF says, it has killed more than 200 rebels", O, status="claimed", actors=["UPDF", LRA], killed=200),
    ev(a, "defection", ("2004-01-01", "2004-02-25"), "range", "over 400 LRA fighters have reported to its offices since January", O, actors=[LRA, "Amnesty Commission"], count=400),
    ev(a, "statement", "2003-12-16", "day", "In a letter dated December 16, Museveni referred the LRA to the International Criminal Court.", O, actors=["Yoweri Museveni", "International Criminal Court"]),
    ev(a, "statement", "2004-01", "month", "Last month the court's prosecutor, Luis Moreno-Ocampo, announced the referral at a joint press conference with the President in London.", O, locs=["London"], actors=["Luis Moreno-Ocampo", "Yoweri Museveni"]),
    trap(a, "The 18-year insurgency has driven about 1.6 million people into camps in northern and eastern Uganda."),
]
a = "iraq_mosul_2014"  # Fri 2014-06-13
ISIS = "Islamic State of Iraq and Syria"
ISF = "Iraqi security forces"
G += [
    ev(a, "statement", "2014-06-13", "day", "Iraq's most revered Shiite cleric urged Iraqis on Friday to take up arms", O, actors=["Ali al-Sistani"]),
    ev(a, "territory_change", ("2014-06-09", "2014-06-13"), "range", "the Sunni extremists who have overrun much of the country's north this week", O, actors=[ISIS]),
    ev(a, "clash", "2014-06-13", "day", "insurgents battled government forces on the outskirts of Samarra", locs=["Samarra"], actors=[ISIS, ISF]),
    ev(a, "territory_change", "2014-06-13", "approx", "Kurdish troops tightened their hold on the oil city of Kirkuk", O, locs=["Kirkuk"], actors=["Peshmerga"]),
    ev(a, "statement", "2014-06-13", "day", "reading a message from Grand Ayatollah Ali al-Sistani during Friday prayers in Karbala", O, locs=["Karbala"], actors=["Abdul Mahdi al-Karbalai", "Ali al-Sistani"]),
    ev(a, "military_movement", "2014-06-13", "approx", "hundreds of young men were lining up outside army recruiting centers in Baghdad", O, locs=["Baghdad"]),
    ev(a, "clash", "2014-06-06", "day", "The offensive that has shaken the Iraqi state began last Friday, when columns of pickup trucks carrying fighters of the Islamic State of Iraq and Syria, or ISIS, pushed into the western districts of Mosul", locs=["Mosul"], actors=[ISIS, ISF]),
    ev(a, "clash", ("2014-06-06", "2014-06-09"), "range", "After four days of fighting, two army divisions disintegrated", O, locs=["Mosul"], actors=[ISIS, "Iraqi Army"]),
    ev(a, "territory_change", "2014-06-10", "day", "by Tuesday morning the militants held the provincial government headquarters, the airport and the main military base", locs=["Mosul"], actors=[ISIS, "Iraqi Army"]),
    trap(a, "\"The army just melted away like salt in water,\" said a Mosul shopkeeper who reached the Kurdish city of Irbil on Thursday."),
    ev(a, "release", "2014-06-10", "approx", "The militants opened the gates of Badush prison and other jails in the city, freeing hundreds of inmates.", locs=["Badush prison", "Mosul"], actors=[ISIS]),
    ev(a, "statement", None, "unknown", "as many as 500,000 people had fled Mosul and the surrounding area", O, locs=["Mosul"], actors=["International Organization for Migration"], count=500000),
    ev(a, "territory_change", "2014-06-11", "day", "On Wednesday, the militants swept south, taking Tikrit, Saddam Hussein's hometown, with little resistance", locs=["Tikrit"], actors=[ISIS]),
    ev(a, "clash", "2014-06-11", "approx", "surrounding the refinery at Baiji, the country's largest", O, locs=["Baiji"], actors=[ISIS]),
    ev(a, "abduction", "2014-06-11", "day", "The same day, ISIS fighters stormed the Turkish consulate in Mosul and seized 49 people", locs=["Turkish consulate", "Mosul"], actors=[ISIS], count=49),
    ev(a, "abduction", "2014-06-10", "day", "The previous day, 31 Turkish truck drivers had been abducted while delivering diesel to a power plant in the city.", locs=["Mosul"], actors=[ISIS], count=31),
    ev(a, "territory_change", "2014-06-12", "day", "Kurdish peshmerga forces moved into Kirkuk on Thursday after Iraqi army units abandoned their posts", locs=["Kirkuk"], actors=["Peshmerga", "Iraqi Army"]),
    ev(a, "statement", "2014-06-12", "approx", "\"The whole of Kirkuk has fallen into the hands of the peshmerga,\" a Kurdish military spokesman said.", O, locs=["Kirkuk"], actors=["Peshmerga"]),
    ev(a, "bombing", "2014-06-13", "approx", "Iraqi army helicopters struck militant positions in and around Tikrit overnight", status="claimed", locs=["Tikrit"], actors=["Iraqi Army", ISIS]),
    ev(a, "territory_change", "2014-06-13", "approx", "officials said government troops had retaken the town of Ishaqi, south of Samarra", status="claimed", locs=["Ishaqi"], actors=[ISF, ISIS]),
    ev(a, "clash", "2014-06-05", "day", "ISIS first struck at Samarra on June 5, when hundreds of its fighters overran several neighborhoods", locs=["Samarra"], actors=[ISIS, ISF]),
    ev(a, "statement", "2014-06-05", "approx", "Militant Twitter accounts claimed at the time that fighters had reached the shrine, which government officials denied.", O, status="claimed", locs=["al-Askari shrine", "Samarra"], actors=[ISIS]),
    trap(a, "Should Samarra fall, U.S. officials fear a repeat of the 2006 bombing of the same shrine, which ignited a sectarian war that killed tens of thousands of Iraqis."),
    ev(a, "abduction", ("2014-06-07", "2014-06-08"), "range", "Over the weekend, gunmen stormed Anbar University in Ramadi and held scores of students hostage for several hours", locs=["Anbar University", "Ramadi"]),
    ev(a, "release", ("2014-06-07", "2014-06-08"), "range", "before troops freed them", O, locs=["Anbar University", "Ramadi"], actors=[ISF]),
    ev(a, "statement", "2014-06-12", "day", "Iraq's parliament failed on Thursday to muster a quorum to vote on Prime Minister Nouri al-Maliki's request for emergency powers", O, actors=["Council of Representatives", "Nouri al-Maliki"]),
    ev(a, "statement", "2014-06-13", "day", "President Barack Obama said Friday that he would not send U.S. troops back into combat in Iraq", O, actors=["Barack Obama"]),
    ev(a, "attack_on_civilians", ("2014-06-10", "2014-06-13"), "range", "reports of summary executions of captured soldiers and civilians in Mosul", O, status="claimed", locs=["Mosul"], actors=[ISIS]),
    ev(a, "casualty_report", ("2014-06-10", "2014-06-13"), "range", "the number of people killed in the past few days \"may run into the hundreds.\"", O, status="claimed", locs=["Mosul"], actors=["Navi Pillay"]),
    ev(a, "territory_change", "2014-01", "month", "Fallujah has been in militant hands since January", locs=["Fallujah"]),
    ev(a, "clash", "2014-01", "month", "when fighting erupted after security forces dismantled", O, locs=["Ramadi", "Fallujah"]),
    # (security forces breaking up a protest camp: a protest event with intervention)
    ev(a, "protest", "2013-12-30", "day", "security forces dismantled a Sunni protest camp in Ramadi on Dec. 30", locs=["Ramadi"], actors=[ISF]),
    ev(a, "casualty_report", ("2014-01-01", "2014-05-31"), "range", "more than 3,400 civilians were killed in Iraq in the first five months of the year", O, locs=["Iraq"], actors=["United Nations"], killed=3400),
    ev(a, "election", "2014-04-30", "day", "Maliki's State of Law coalition won the most seats in the April 30 parliamentary election", locs=["Iraq"], actors=["State of Law Coalition", "Nouri al-Maliki"]),
    ev(a, "statement", ("2014-06-16", "2014-06-22"), "range", "The Federal Supreme Court is expected to certify the results next week", O, status="planned", actors=["Federal Supreme Court"]),
]
a = "burundi_bujumbura_2015"  # Mon 2015-05-18
G += [
    ev(a, "protest", "2015-05-18", "day", "Protesters returned to the streets of Burundi's capital Bujumbura on Monday", locs=["Bujumbura"]),
    ev(a, "clash", ("2015-05-13", "2015-05-15"), "range", "days after troops loyal to President Pierre Nkurunziza crushed an attempted coup", O, locs=["Bujumbura"], actors=["Burundian army", "Pierre Nkurunziza"]),
    ev(a, "protest", "2015-05-18", "approx", "Police fired tear gas and live rounds into the air to break up demonstrations in the Musaga and Nyakabiga neighborhoods", O, locs=["Musaga", "Nyakabiga", "Bujumbura"], actors=["Burundian police"]),
    # (a coup attempt: an army faction turning on the government)
    ev(a, "defection", "2015-05-13", "day", "The coup attempt began on Wednesday, when Major General Godefroid Niyombare", locs=["Bujumbura"], actors=["Godefroid Niyombare"]),
    ev(a, "statement", "2015-05-13", "approx", "announced on a private radio station that the president had been deposed", O, actors=["Godefroid Niyombare"]),
    ev(a, "statement", "2015-02", "month", "a former intelligence chief whom Nkurunziza dismissed in February", O, actors=["Pierre Nkurunziza", "Godefroid Niyombare"]),
    ev(a, "negotiation", "2015-05-13", "approx", "Nkurunziza was at the time in Dar es Salaam, where East African leaders had gathered for a summit on the crisis in Burundi", locs=["Dar es Salaam"], actors=["East African Community", "Pierre Nkurunziza"]),
    ev(a, "protest", "2015-05-13", "approx", "Thousands of people poured onto the streets of the capital to celebrate.", O, locs=["Bujumbura"]),
    ev(a, "bombing", ("2015-05-13", "2015-05-14"), "range", "In the night to Thursday, gunmen attacked four independent radio and television stations with grenades and rockets", locs=["Bujumbura"]),
    ev(a, "attack_on_civilians", ("2015-05-13", "2015-05-14"), "range", "The pro-government station Rema FM was also torched.", O, locs=["Bujumbura"], actors=["Rema FM"]),
    ev(a, "clash", "2015-05-14", "day", "On Thursday, loyalist troops and mutineers fought for hours over the headquarters of the state broadcaster RTNB", locs=["RTNB", "Bujumbura"], actors=["Burundian army", "Godefroid Niyombare"]),
    ev(a, "casualty_report", "2015-05-14", "approx", "At least 12 soldiers were killed, according to an army spokesman", locs=["Bujumbura"], actors=["Burundian army"], killed=12),
    ev(a, "casualty_report", "2015-05-14", "approx", "a Burundian Red Cross official put the death toll from the fighting at more than 20", O, status="claimed", locs=["Bujumbura"], actors=["Burundian Red Cross"], killed=20),
    ev(a, "statement", "2015-05-14", "day", "Late on Thursday, Niyombare conceded that the coup had failed and said he and his men would surrender.", O, actors=["Godefroid Niyombare"]),
    # (arrests: no type fits; optional)
    ev(a, "abduction", "2015-05-15", "day", "On Friday, police arrested his deputy, former defense minister Cyrille Ndayirukiye, and two other generals.", O, actors=["Burundian police", "Cyrille Ndayirukiye"], count=3),
    ev(a, "military_movement", "2015-05-15", "approx", "Nkurunziza was back in Bujumbura the same day.", O, locs=["Bujumbura"], actors=["Pierre Nkurunziza"]),
    ev(a, "statement", "2015-05-17", "day", "In an address to the nation on Sunday, the president thanked the army", O, actors=["Pierre Nkurunziza"]),
    ev(a, "statement", "2015-05-18", "day", "On Monday, he dismissed his defense and foreign ministers.", O, actors=["Pierre Nkurunziza"]),
    ev(a, "casualty_report", ("2015-04-26", "2015-05-18"), "range", "More than 20 people have been killed since protests against Nkurunziza's bid for a third term began on April 26", locs=["Burundi"], killed=20),
    ev(a, "protest", "2015-04-26", "day", "protests against Nkurunziza's bid for a third term began on April 26", locs=["Bujumbura"]),
    ev(a, "statement", "2015-04-25", "day", "a day after the ruling CNDD-FDD party named him its candidate", O, actors=["CNDD-FDD", "Pierre Nkurunziza"]),
    ev(a, "statement", None, "unknown", "The government denies that police have used live ammunition against demonstrators.", O, actors=["Government of Burundi"]),
    ev(a, "statement", "2015-05-05", "day", "On May 5, the Constitutional Court ruled that Nkurunziza could run again.", O, actors=["Constitutional Court of Burundi"]),
    ev(a, "statement", "2015-05-04", "day", "The previous day, the court's vice president had fled the country", O, actors=["Constitutional Court of Burundi"]),
    ev(a, "statement", None, "unknown", "more than 105,000 Burundians have fled to Rwanda, Tanzania and the Democratic Republic of Congo since early April", O, locs=["Rwanda", "Tanzania", "Democratic Republic of Congo"], actors=["UNHCR"], count=105000),
    ev(a, "statement", ("2015-05-16", "2015-05-17"), "range", "At the weekend, hundreds more crossed Lake Tanganyika into Tanzania.", O, locs=["Lake Tanganyika", "Tanzania"]),
    ev(a, "aid_change", None, "unknown", "Belgium and the Netherlands have suspended part of their aid, including funding for the elections.", actors=["Belgium", "Netherlands"]),
    ev(a, "election", "2015-05-26", "day", "Parliamentary and local elections are scheduled for May 26", status="planned", locs=["Burundi"]),
    ev(a, "election", "2015-06-26", "day", "the presidential election for June 26", status="planned", locs=["Burundi"]),
    ev(a, "negotiation", "2015-05", "month", "East African heads of state are due to meet again in Dar es Salaam at the end of the month", status="planned", locs=["Dar es Salaam"], actors=["East African Community"]),
    trap(a, "\"This country is a pot on the fire. The coup only lifted the lid,\" said a Western diplomat in Bujumbura."),
    ev(a, "clash", ("2014-12-30", "2015-01-03"), "range", "Between December 30 and January 3, troops fought rebels who had crossed from the Democratic Republic of Congo into the northwestern province of Cibitoke", status="claimed", locs=["Cibitoke"], actors=["Burundian army"], killed=100),
    # (an arrest: no type fits; optional)
    ev(a, "abduction", "2014-05", "month", "A year ago, police arrested Burundi's best-known human rights activist, Pierre Claver Mbonimpa", O, actors=["Burundian police", "Pierre Claver Mbonimpa"], count=1),
    trap(a, "Should Nkurunziza win a third term, analysts warn, the Arusha peace accord, which set a limit of two presidential terms, could unravel."),
    trap(a, "Burundi's 1993-2005 civil war between the Tutsi-dominated army and Hutu rebel groups killed some 300,000 people."),
]
a = "sudan_elfasher_2025"  # Thu 2025-10-30
RSF = "Rapid Support Forces"
SAF = "Sudanese Armed Forces"
G += [
    ev(a, "negotiation", "2025-10-30", "day", "The UN Security Council is scheduled to hold an emergency session on El Fasher later on Thursday", status="planned", actors=["UN Security Council"]),
    ev(a, "attack_on_civilians", ("2025-10-26", "2025-10-30"), "range", "evidence mounted of mass killings of civilians", O, status="claimed", locs=["El Fasher"], actors=[RSF]),
    ev(a, "territory_change", "2025-10-26", "day", "the Rapid Support Forces (RSF) seized the capital of North Darfur last Sunday", locs=["El Fasher", "North Darfur"], actors=[RSF, SAF]),
    ev(a, "territory_change", "2025-10-26", "day", "RSF fighters overran the headquarters of the Sudanese army's 6th Infantry Division on Sunday morning", locs=["El Fasher"], actors=[RSF, SAF]),
    ev(a, "statement", "2025-10-27", "day", "Army commander Gen. Abdel Fattah al-Burhan said in a televised speech on Monday", O, actors=["Abdel Fattah al-Burhan"]),
    ev(a, "territory_change", "2025-10-26", "approx", "his troops had pulled out to \"a safer place\"", O, locs=["El Fasher"], actors=[SAF]),
    ev(a, "attack_on_civilians", "2025-10-28", "day", "more than 460 patients and their companions had been shot dead at the Saudi Maternity Hospital, the last partly functioning hospital in the city, on Tuesday", locs=["Saudi Maternity Hospital", "El Fasher"], actors=[RSF], killed=460),
    ev(a, "statement", "2025-10-29", "day", "The World Health Organization said on Wednesday", O, actors=["World Health Organization"]),
    ev(a, "abduction", ("2025-10-26", "2025-10-29"), "range", "WHO said six health workers, four of them doctors, had been abducted in the city since Sunday.", locs=["El Fasher"], count=6),
    ev(a, "statement", None, "unknown", "The RSF denied attacking the hospital", O, actors=[RSF]),
    ev(a, "casualty_report", ("2025-10-26", "2025-10-28"), "range", "The Sudan Doctors Network said the paramilitaries had killed at least 1,500 people in the three days after the fall of the city", O, status="claimed", locs=["El Fasher"], actors=["Sudan Doctors Network", RSF], killed=1500),
    ev(a, "casualty_report", ("2025-10-26", "2025-10-28"), "range", "put the number of civilians killed at more than 2,000", O, status="claimed", locs=["El Fasher"], actors=["Joint Force"], killed=2000),
    ev(a, "statement", "2025-10-29", "day", "In a video address on Wednesday night, RSF commander Mohamed Hamdan Daglo \"Hemedti\" acknowledged \"violations\"", O, actors=["Mohamed Hamdan Daglo", RSF]),
    # (an arrest: no type fits; optional)
    ev(a, "abduction", "2025-10-30", "approx", "On Thursday, the RSF said it had detained a field commander known as Abu Lulu", O, actors=[RSF, "Abu Lulu"], count=1),
    ev(a, "attack_on_civilians", ("2025-10-26", "2025-10-30"), "range", "who appeared in several videos circulated since Sunday shooting unarmed men at close range", O, status="claimed", locs=["El Fasher"], actors=["Abu Lulu", RSF]),
    trap(a, "\"El Fasher has become a slaughterhouse,\" a volunteer with the local emergency response room told Sudan Tribune by satellite phone."),
    ev(a, "statement", ("2025-10-26", "2025-10-29"), "range", "more than 36,000 people fled El Fasher and nearby villages between Sunday and Wednesday", O, locs=["El Fasher", "Tawila"], actors=["International Organization for Migration"], count=36000),
    ev(a, "territory_change", "2025-10-25", "day", "The day before it entered El Fasher, the RSF captured the town of Bara in North Kordofan from the army.", locs=["Bara", "North Kordofan"], actors=[RSF, SAF]),
    ev(a, "attack_on_civilians", "2025-10-25", "approx", "Local activists accused its fighters of killing dozens of civilians in house-to-house searches.", O, status="claimed", locs=["Bara"], actors=[RSF]),
    ev(a, "aid_change", "2025-10-27", "approx", "The Sudanese Red Crescent said it had suspended its operations in the Bara area", locs=["Bara"], actors=["Sudanese Red Crescent"]),
    ev(a, "attack_on_civilians", "2025-10-27", "day", "five of its volunteers were killed there on Monday", locs=["Bara"], actors=["Sudanese Red Crescent"], killed=5),
    ev(a, "bombing", "2025-10-29", "approx", "The army said on Wednesday that its drones had struck RSF gatherings around Bara", status="claimed", locs=["Bara"], actors=[SAF, RSF]),
    ev(a, "bombing", ("2025-10-01", "2025-10-30"), "range", "RSF drones have repeatedly targeted El Obeid, the capital of North Kordofan, since the start of the month.", locs=["El Obeid", "North Kordofan"], actors=[RSF]),
    ev(a, "bombing", "2025-10-21", "day", "On Tuesday last week, drones struck Khartoum International Airport a day before it was due to reopen", locs=["Khartoum International Airport", "Khartoum"], actors=[RSF]),
    ev(a, "clash", ("2024-05-01", "2025-10-26"), "range", "The RSF had besieged El Fasher since May last year.", O, locs=["El Fasher"], actors=[RSF, SAF]),
    ev(a, "territory_change", "2025-04", "month", "In April, its fighters overran the Zamzam camp for displaced people south of the city", locs=["Zamzam"], actors=[RSF]),
    ev(a, "attack_on_civilians", "2025-04", "month", "killing hundreds of people and forcing some 400,000 to flee", locs=["Zamzam"], actors=[RSF]),
    ev(a, "defection", "2024-10", "month", "A year ago, RSF commander Abu Aqla Kayka defected to the army in Gezira state", locs=["Gezira"], actors=["Abu Aqla Kayka", RSF, SAF]),
    ev(a, "attack_on_civilians", "2024-10", "month", "triggering weeks of RSF reprisal attacks on villages in the east of the state", O, locs=["Gezira"], actors=[RSF]),
    ev(a, "negotiation", "2025-09-12", "day", "known as the Quad, proposed on September 12 a three-month humanitarian truce", O, actors=["United States", "Saudi Arabia", "Egypt", "United Arab Emirates"]),
    ev(a, "statement", "2025-10-29", "day", "US senior adviser Massad Boulos said on Wednesday that Washington was pressing both sides to accept the plan", O, actors=["Massad Boulos"]),
    ev(a, "statement", None, "unknown", "The army rejects any role for the UAE, which it accuses of arming the RSF; Abu Dhabi denies the charge.", O, actors=[SAF, "United Arab Emirates"]),
    trap(a, "The war between the army and the RSF, which erupted in April 2023, has killed tens of thousands of people and uprooted nearly 12 million, according to UN agencies."),
    trap(a, "Photo: Displaced people from El Fasher arrive in Tawila on October 28, 2025 (MSF)"),
]

MANIFEST = [
    {"key": "bosnia_srebrenica_1995", "outlet": "The Washington Post", "published": "1995-07-15"},
    {"key": "somalia_mogadishu_1993", "outlet": "UPI", "published": "1993-10-05"},
    {"key": "uganda_barlonyo_2004", "outlet": "New Vision", "published": "2004-02-25"},
    {"key": "iraq_mosul_2014", "outlet": "McClatchy", "published": "2014-06-13"},
    {"key": "burundi_bujumbura_2015", "outlet": "Deutsche Welle", "published": "2015-05-18"},
    {"key": "sudan_elfasher_2025", "outlet": "Sudan Tribune", "published": "2025-10-30"},
]

if __name__ == "__main__":
    write(HERE, G, MANIFEST)
