"""Gold for the eighteenth dev set, coded by hand and blind (without reading the extractor or running
it on these texts): Rwanda (Kigali in the first days after Habyarimana's plane was shot down, April
1994), Algeria (the Bentalha massacre and the AIS truce, September 1997), Northern Ireland (the Omagh
car bomb and the Real IRA's "suspension", August 1998), East Timor (militia violence after the
independence ballot and the landing of Interfet in Dili, September 1999), Chad (the rebel assault on
N'Djamena and its repulsion, February 2008) and Egypt (the Al-Rawda mosque attack in North Sinai and
the air strikes that followed, November 2017), written for this set in the styles of Reuters, AFP
English, The Irish Times, ABC News Online (Australia), VOA and Ahram Online.

Date phenomena: Reuters' "KIGALI, April 10 (Reuter) -" dateline on a Sunday with "on Sunday" (the
publication day), "since Thursday" (a range to the publication day), "at about 8:30 p.m. (1830 GMT)
on Wednesday", "Within hours of the crash" (the night it starts, inferred), "early on Thursday" and
"later the same day", "On Thursday afternoon", "On Friday", "said overnight" and "through the night"
(the night before the report), "on Saturday", "before dawn on Saturday", "the previous day" (Friday,
from Saturday), a second round of talks "due on Monday" (the next day), "On Tuesday, the day before
the crash", "December 28" and "October 21" in an April article (the previous year), "in October"
(the previous October), "on August 4 last year", a mandate "until July 29" (to come), "last week"
(Monday to Sunday before), "since January", "in October 1990", a caption "on Saturday"; AFP's
"ALGIERS, Sept 24 (AFP) -" on a Wednesday with "on Monday night", "at around 11:30 pm (2230 GMT) on
Monday ... until shortly before dawn" (a night over two days), "on Tuesday", "late on Tuesday",
"since Tuesday", "Overnight", "On Friday night" and "The following day", "Last week" with a bare
"on Sunday" inside it, "a day after" (chained back from Monday night to Sunday), "On the night of
August 28-29" (a month-day range without a year), "earlier this month" (twice), "since the start of
the month", "last month", "on July 15" and "on June 5" (this year, past), "in February", a truce
"from October 1" and elections "on October 23" (to come), a march "planned for Thursday" that was
called off (trap), "since January 1992", a caption "on Tuesday"; The Irish Times' Wednesday paper
without a dateline, with "last night" and "yesterday" (Tuesday), "Saturday's car bomb", "at 3.10
p.m. on Saturday", "two days earlier", "on Saturday night", "on Sunday", "on Sunday evening", "on
Monday", a minute's silence "on Saturday, a week after the explosion" (the coming Saturday), "early
next month", "last autumn" (a season of the previous year, as a range), "in February", "on August
1st", "May 22nd", "April 10th", "June 25th" (ordinal dates this year, past), "September 14th" and
"September 3rd" (to come), "in December" (the previous year), "in November 1987", "since 1969", a
caption "yesterday"; ABC's "Last Update: Tuesday, September 21, 1999" page furniture, "this
morning", "a day after", "yesterday", "yesterday afternoon", "overnight", "the August 30 ballot",
"on September 4", "since September 4" (a range), "On September 6" and "The same day", "on September
7" (twice), "September 14", "on September 12" and "three days later", "Last week", "on Friday",
deliveries "later this week" (to come), "on Sunday", "by the end of the month" and "next month" (to
come), "on May 5", "in April", "on April 17", a session "on October 1" (to come), "December 7,
1975", "November 12, 1991", "the 1976 annexation", a caption "on Monday"; VOA's "06 February 2008"
(day-first) under the byline, a bare "Wednesday" (the publication day), "at the weekend" (the
Saturday and Sunday before), "early Saturday", "for two days", "last week", "on Thursday" in a
Wednesday article (six days back), "On Friday", "Saturday evening" and "The following day",
"Sunday" and "Monday" without "on", "late Sunday and early Monday" (a range), "said Tuesday",
"since Saturday", "overnight", "Sunday evening", a summit "that closed Saturday", a visit "later
this week" and a meeting "on February 18" (to come), soldiers "due to arrive this week" who did not
(trap), "in December 1990", "in April 2006", "October 25" and "late November" in a February article
(the previous year), a caption "05 Feb 2008"; Ahram Online's "Ahram Online , Sunday 26 Nov 2017"
page furniture, "on Saturday", "Friday's terrorist attack", "on Friday evening", "within hours of the
massacre", "overnight", "on Sunday", "the same day", "in November last year", a crossing "due to
open on Saturday" that did not (trap), prayers "next Friday" and a committee "on Tuesday" (to come),
"in November 2014", "October 31, 2015", "April 9" and "On July 7" (this year, past), "In May", "Last
month" and "at the end of the month", "Earlier this month", "since October 2014", a caption "on
Friday".

Tolls that disagree or are updated (Kigali "thousands" since Thursday; Bentalha's official 85 v.
the hospitals' 200-300; Al-Rawda 235 on Friday, then 305; N'Djamena's ICRC 100 v. "the hundreds"
and the government's 300 rebels), claims and denials (Rwandan radio and the RPF on the plane, the
army at Bentalha, the 32 County Sovereignty Committee, Wiranto on the militias, the detained Chadian
opposition leaders, warnings before the Rawda attack), and traps: photo captions, metaphors ("a
graveyard", "The heart has been torn out of this town"), hypotheticals (the Belgians pulling out,
the Omagh warnings, Cosgrove's "If the militias want to take us on", the rebels coming back, Sinai's
tribes), events planned and called off (the FFS march, the loyalist parade, the EUFOR soldiers, the
Rafah opening) and whole-war tolls.

Conventions as in heldout16-17: a single event's updated tolls are casualty_report rows dated by the
event (the latest official one required), competing tolls optional and `claimed`; a one-sided
account of an attack, or an army's own account of its strikes, is `claimed`; "overnight" is the night
before the report (approx, dated by the evening it starts); "last week" is the previous
Monday-Sunday, "later this week" the next day to Sunday; killing disarmed prisoners is
attack_on_civilians; arrests and detentions (no type fits) are optional `abduction` rows, unless
people are taken away and disappear; a unilateral truce is an `agreement` (planned from the day it
takes effect, the order to observe it optional); statements, visits, displacement figures,
headlines and page furniture are optional.
"""
import sys
from pathlib import Path

HERE = Path(__file__).parent
sys.path.insert(0, str(HERE.parent / "heldout"))
from make_gold import O, ev, trap, write  # noqa: E402

G = []
a = "rwanda_kigali_1994"  # Sun 1994-04-10
RPF = "Rwandan Patriotic Front"
FAR = "Rwandan Government Forces"
PG = "Presidential Guard"
IH = "Interahamwe"
G += [
    ev(a, "clash", "1994-04-10", "day", "Rwandan Patriotic Front rebels battled government troops in the streets of Kigali on Sunday", locs=["Kigali"], actors=[RPF, FAR]),
    ev(a, "military_movement", "1994-04-10", "approx", "a rebel column pushed south towards the capital", O, locs=["Kigali"], actors=[RPF]),
    ev(a, "casualty_report", ("1994-04-07", "1994-04-10"), "range", "thousands of people, most of them members of the Tutsi minority, had been killed in the capital since Thursday", locs=["Kigali"], actors=[PG, IH]),
    ev(a, "attack_on_civilians", ("1994-04-07", "1994-04-10"), "range", "thousands of people, most of them members of the Tutsi minority, had been killed in the capital since Thursday", O, locs=["Kigali"], actors=[PG, IH]),
    ev(a, "statement", ("1994-04-07", "1994-04-10"), "range", "The International Committee of the Red Cross said its teams had taken more than 1,000 wounded to Kigali hospitals since Thursday", O, locs=["Kigali"], actors=["International Committee of the Red Cross"], count=1000),
    ev(a, "attack_on_civilians", ("1994-04-07", "1994-04-10"), "range", "militiamen had stopped several of its ambulances at roadblocks and killed the wounded inside", O, locs=["Kigali"], actors=[IH, "International Committee of the Red Cross"]),
    # (a presidential jet brought down by missiles: an attack by unknown hands, not fighting)
    ev(a, "bombing", "1994-04-06", "day", "a plane carrying President Juvenal Habyarimana and Burundi's President Cyprien Ntaryamira was shot down as it came in to land at Kigali airport at about 8:30 p.m. (1830 GMT) on Wednesday, killing all 12 people on board", locs=["Kigali airport", "Kigali"], actors=["Juvenal Habyarimana", "Cyprien Ntaryamira"], killed=12),
    ev(a, "negotiation", "1994-04-06", "approx", "The two Hutu leaders were returning from a regional summit in Dar es Salaam on the crisis in Burundi.", O, locs=["Dar es Salaam"], actors=["Juvenal Habyarimana", "Cyprien Ntaryamira"]),
    ev(a, "statement", None, "unknown", "Rwandan radio blamed the rebels for the attack.", O, status="claimed", actors=["Radio Rwanda", RPF]),
    ev(a, "statement", None, "unknown", "The RPF denied any involvement and accused hardliners in Habyarimana's own entourage", O, actors=[RPF]),
    ev(a, "attack_on_civilians", "1994-04-06", "approx", "soldiers and militiamen of the ruling party's Interahamwe youth wing had thrown up roadblocks across the city and begun going from house to house with lists of names", O, locs=["Kigali"], actors=[FAR, IH]),
    ev(a, "attack_on_civilians", "1994-04-07", "day", "Prime Minister Agathe Uwilingiyimana, a moderate Hutu, was killed by soldiers early on Thursday.", locs=["Kigali"], actors=[FAR, "Agathe Uwilingiyimana"], killed=1),
    # (peacekeepers disarmed and then killed: an execution of captives)
    ev(a, "attack_on_civilians", "1994-04-07", "day", "Ten Belgian paratroopers of the U.N. force who had been sent to guard her were disarmed, taken to the Kigali military camp and killed later the same day.", locs=["Kigali military camp", "Kigali"], actors=[FAR, "Belgian peacekeepers", "UNAMIR"], killed=10),
    ev(a, "abduction", "1994-04-07", "approx", "were disarmed, taken to the Kigali military camp", O, locs=["Kigali military camp", "Kigali"], actors=[FAR, "Belgian peacekeepers"], count=10),
    ev(a, "attack_on_civilians", "1994-04-07", "day", "The president of the Constitutional Court, Joseph Kavaruganda, and several opposition ministers were also among those killed on Thursday", locs=["Kigali"], actors=["Joseph Kavaruganda"]),
    ev(a, "clash", "1994-04-07", "day", "On Thursday afternoon, the 600 RPF fighters stationed in the parliament building in Kigali under the Arusha peace accords broke out of the compound and fought the Presidential Guard", locs=["parliament building", "Kigali"], actors=[RPF, PG]),
    ev(a, "military_movement", "1993-12-28", "day", "The battalion had arrived in the capital under U.N. escort on December 28", locs=["Kigali"], actors=[RPF, "UNAMIR"]),
    ev(a, "clash", "1994-04-08", "day", "On Friday the RPF said it had launched an offensive from its strongholds in the north", locs=["northern Rwanda"], actors=[RPF, FAR]),
    ev(a, "territory_change", "1994-04-09", "approx", "RPF units had overrun government positions around Byumba", status="claimed", locs=["Byumba"], actors=[RPF, FAR]),
    ev(a, "bombing", "1994-04-09", "approx", "Mortar and rocket fire shook the capital through the night, and several shells landed near the Amahoro stadium", locs=["Amahoro stadium", "Kigali"]),
    ev(a, "clash", "1994-04-10", "approx", "The army said on Sunday it had beaten back rebel attacks on the Kimihurura and Remera districts.", O, status="claimed", locs=["Kimihurura", "Remera", "Kigali"], actors=[FAR, RPF]),
    ev(a, "attack_on_civilians", "1994-04-09", "day", "soldiers and militiamen had killed more than 100 people who had taken refuge in a Roman Catholic church at Gikondo, in the south of the city, on Saturday", locs=["Gikondo", "Kigali"], actors=[FAR, IH], killed=100),
    ev(a, "statement", "1994-04-09", "day", "An interim government headed by parliament speaker Theodore Sindikubwabo as president was sworn in on Saturday.", O, actors=["Theodore Sindikubwabo"]),
    ev(a, "statement", "1994-04-08", "day", "It was named the previous day by army officers and leaders of the ruling MRND party.", O, actors=[FAR, "MRND"]),
    ev(a, "military_movement", "1994-04-09", "day", "Some 190 French paratroopers landed at Kigali's Kanombe airport before dawn on Saturday", locs=["Kanombe airport", "Kigali"], actors=["French troops"], count=190),
    ev(a, "military_movement", "1994-04-10", "day", "Belgium flew in the first of some 800 paratroopers from Nairobi on Sunday", locs=["Kigali", "Nairobi"], actors=["Belgian troops"], count=800),
    ev(a, "military_movement", "1994-04-10", "approx", "about 300 U.S. Marines were standing by in neighbouring Burundi", O, locs=["Burundi"], actors=["U.S. Marines"], count=300),
    ev(a, "military_movement", "1994-04-09", "day", "Some 250 Americans left in a road convoy for Bujumbura on Saturday.", O, locs=["Bujumbura"], count=250),
    ev(a, "negotiation", "1994-04-09", "day", "brought army officers and an RPF delegation together at the Meridien hotel on Saturday", locs=["Meridien hotel", "Kigali"], actors=["Romeo Dallaire", FAR, RPF]),
    ev(a, "negotiation", "1994-04-11", "day", "A second round is due on Monday, a U.N. spokesman said.", status="planned", locs=["Kigali"], actors=["UNAMIR", FAR, RPF]),
    trap(a, "\"If the Belgians pull out, nobody will stop the killing,\" a Western diplomat in Kigali said."),
    ev(a, "statement", "1993-10", "month", "The 2,500-strong U.N. Assistance Mission for Rwanda (UNAMIR) was set up in October", O, actors=["UNAMIR", "UN Security Council"], count=2500),
    ev(a, "agreement", "1993-08-04", "day", "which Habyarimana and the RPF signed in the Tanzanian town on August 4 last year", locs=["Arusha"], actors=["Juvenal Habyarimana", RPF]),
    ev(a, "statement", "1994-04-05", "day", "On Tuesday, the day before the crash, the Security Council extended its mandate", O, actors=["UN Security Council", "UNAMIR"]),
    ev(a, "statement", "1994-07-29", "day", "extended its mandate until July 29", O, status="planned", actors=["UN Security Council", "UNAMIR"]),
    ev(a, "statement", ("1994-03-28", "1994-04-03"), "range", "donors had warned Habyarimana in a joint letter last week", O, actors=["Juvenal Habyarimana"]),
    ev(a, "clash", "1990-10", "month", "invaded from Uganda in October 1990", locs=["Uganda", "Rwanda"], actors=[RPF]),
    trap(a, "The war has driven nearly one million people from their homes."),
    ev(a, "attack_on_civilians", "1993-10-21", "day", "Melchior Ndadaye, the country's first elected Hutu president, was killed by Tutsi army officers in a failed coup on October 21", locs=["Burundi"], actors=["Burundian army", "Melchior Ndadaye"], killed=1),
    ev(a, "statement", "1994-04-10", "day", "Thousands of Rwandans fleeing the fighting streamed south on the road to Gitarama on Sunday.", O, locs=["Gitarama"]),
    trap(a, "REUTER PHOTO: French paratroopers escort foreign evacuees to a transport plane at Kigali airport on Saturday."),
]
a = "algeria_bentalha_1997"  # Wed 1997-09-24
GIA = "Armed Islamic Group"
ANP = "Algerian army"
AIS = "Islamic Salvation Army"
G += [
    ev(a, "attack_on_civilians", ("1997-09-22", "1997-09-23"), "range", "the massacre at Bentalha, on the southern outskirts of the Algerian capital", O, locs=["Bentalha", "Algiers"]),
    ev(a, "casualty_report", ("1997-09-22", "1997-09-23"), "range", "hospital sources put the number of people killed there on Monday night at more than 200", O, status="claimed", locs=["Bentalha"], killed=200),
    ev(a, "attack_on_civilians", ("1997-09-22", "1997-09-23"), "range", "Armed men, some of them carrying axes and knives, burst into the Hai Djilali quarter of Bentalha at around 11:30 pm (2230 GMT) on Monday and went from house to house killing men, women and children until shortly before dawn", locs=["Hai Djilali", "Bentalha"], actors=[GIA]),
    ev(a, "abduction", ("1997-09-22", "1997-09-23"), "range", "had taken a number of young women with them when they left", status="claimed", locs=["Bentalha"], actors=[GIA]),
    ev(a, "casualty_report", ("1997-09-22", "1997-09-23"), "range", "The authorities said on Tuesday that 85 people had been killed and 67 wounded", locs=["Bentalha"], actors=["Algerian authorities"], killed=85),
    ev(a, "casualty_report", ("1997-09-22", "1997-09-23"), "range", "said between 200 and 300 people had died", O, status="claimed", locs=["Bentalha"], actors=["Algerian press"], killed=200),
    ev(a, "statement", None, "unknown", "Residents said the security forces, which have a barracks less than a kilometre (half a mile) away, did not intervene during the killings", O, status="claimed", locs=["Bentalha"], actors=[ANP]),
    ev(a, "statement", None, "unknown", "An army officer, speaking on condition of anonymity, rejected the accusation", O, actors=[ANP]),
    ev(a, "clash", "1997-09-23", "approx", "troops had tracked the killers to the nearby orchards and killed five of them in an exchange of fire", status="claimed", locs=["Bentalha"], actors=[ANP, GIA], killed=5),
    ev(a, "statement", None, "unknown", "the authorities blamed the Armed Islamic Group (GIA)", O, status="claimed", actors=["Algerian authorities", GIA]),
    trap(a, "\"Bentalha is a graveyard now. Nobody will sleep here tonight,\" said a young man outside the Zmirli hospital in El Harrach."),
    ev(a, "attack_on_civilians", ("1997-08-28", "1997-08-29"), "range", "On the night of August 28-29, at least 98 people, according to the official toll, were killed at Rais, near Sidi Moussa", locs=["Rais", "Sidi Moussa"], killed=98),
    ev(a, "attack_on_civilians", "1997-09", "month", "earlier this month some 60 people died at Beni Messous, on the western edge of Algiers", locs=["Beni Messous", "Algiers"], killed=60),
    ev(a, "attack_on_civilians", "1997-09-19", "day", "On Friday night, 53 people were killed in the village of Guelb El Kebir, near Medea", locs=["Guelb El Kebir", "Medea"], killed=53),
    ev(a, "military_movement", "1997-09-20", "day", "The following day the army launched a sweep of the surrounding mountains.", O, locs=["Medea"], actors=[ANP]),
    ev(a, "attack_on_civilians", ("1997-09-15", "1997-09-21"), "range", "Last week, gunmen posing as soldiers killed nine people at a false roadblock near Tablat", locs=["Tablat"], killed=9),
    ev(a, "bombing", "1997-09-21", "day", "a home-made bomb exploded in a crowded market in Boufarik on Sunday, wounding 14 people", locs=["Boufarik"]),
    ev(a, "attack_on_civilians", "1997-09-23", "approx", "Overnight, an armed group killed 11 members of two families in a hamlet near Larbaa, in Blida province", locs=["Larbaa", "Blida"], killed=11),
    ev(a, "casualty_report", ("1997-09-01", "1997-09-24"), "range", "more than 500 people have been killed in massacres in the region around Algiers since the start of the month", locs=["Algiers"], actors=["Algerian press"], killed=500),
    ev(a, "statement", ("1997-09-23", "1997-09-24"), "range", "Hundreds of families have left Bentalha and neighbouring Baraki since Tuesday", O, locs=["Bentalha", "Baraki", "Algiers"]),
    # (a unilateral truce ordered on Sunday that takes effect on October 1)
    ev(a, "agreement", "1997-10-01", "day", "ordered its fighters to observe a unilateral truce from October 1", status="planned", actors=[AIS, "Islamic Salvation Front"]),
    ev(a, "agreement", "1997-09-21", "approx", "The massacre came a day after the Islamic Salvation Army (AIS), the armed wing of the banned Islamic Salvation Front (FIS), ordered its fighters", O, actors=[AIS, "Islamic Salvation Front"]),
    ev(a, "statement", "1997-09-21", "day", "The statement, signed by AIS leader Madani Mezrag, was faxed to foreign news agencies in Europe on Sunday.", O, actors=["Madani Mezrag", AIS]),
    ev(a, "release", "1997-07-15", "day", "Its leader, Abassi Madani, was freed on July 15 after six years in prison", actors=["Abassi Madani", "Islamic Salvation Front"], count=1),
    # (house arrest: no type fits; optional)
    ev(a, "abduction", "1997-09", "month", "he was placed under house arrest earlier this month", O, actors=["Abassi Madani"], count=1),
    ev(a, "statement", None, "unknown", "after he wrote to UN Secretary General Kofi Annan offering to help end the bloodshed", O, actors=["Abassi Madani", "Kofi Annan"]),
    ev(a, "statement", "1997-08", "month", "Annan said last month that the world could not \"pretend that nothing is happening\" in Algeria", O, actors=["Kofi Annan"]),
    ev(a, "statement", "1997-09-20", "day", "In a speech to army cadets in Cherchell on Saturday, President Liamine Zeroual vowed", O, locs=["Cherchell"], actors=["Liamine Zeroual"]),
    trap(a, "The Socialist Forces Front (FFS) of Hocine Ait Ahmed said it had called off a march against the violence that it had planned for Thursday in Algiers after the interior ministry refused permission."),
    ev(a, "election", "1997-06-05", "day", "Algerians voted in legislative elections on June 5", locs=["Algeria"], actors=["National Democratic Rally"]),
    ev(a, "statement", "1997-02", "month", "a party formed in February to back Zeroual", O, actors=["National Democratic Rally", "Liamine Zeroual"]),
    ev(a, "election", "1997-10-23", "day", "are due to elect local and regional councils on October 23", status="planned", locs=["Algeria"]),
    trap(a, "Some 60,000 people have been killed in Algeria since January 1992, when the army-backed authorities cancelled a general election that the FIS was poised to win, according to Western estimates."),
    trap(a, "AFP PHOTO: A woman weeps outside the Zmirli hospital in El Harrach, where the dead and wounded from Bentalha were taken, on Tuesday."),
]
a = "northernireland_omagh_1998"  # Wed 1998-08-19 ("yesterday", "last night" = Tue 18)
RIRA = "Real IRA"
G += [
    ev(a, "statement", "1998-08-18", "day", "The dissident republican group calling itself the \"Real IRA\" last night admitted responsibility", O, actors=[RIRA]),
    ev(a, "bombing", "1998-08-15", "day", "Saturday's car bomb in Omagh, Co Tyrone, which killed 28 people and injured more than 220", locs=["Omagh", "Co Tyrone"], actors=[RIRA], killed=28),
    # (a unilateral "suspension" of operations: a ceasefire)
    ev(a, "agreement", "1998-08-18", "day", "announced that it was suspending \"all military operations\"", actors=[RIRA]),
    ev(a, "statement", "1998-08-18", "approx", "In a statement to a Belfast newspaper, the group said the bomb had been aimed at \"a commercial target\"", O, actors=[RIRA]),
    ev(a, "statement", "1998-08-18", "approx", "an expression the RUC Chief Constable, Mr Ronnie Flanagan, described as \"a pathetic attempt to shift the blame\"", O, actors=["Ronnie Flanagan", "RUC"]),
    ev(a, "bombing", "1998-08-15", "day", "The 500 lb bomb, packed into a maroon Vauxhall Cavalier stolen in Carrickmacross, Co Monaghan, two days earlier, exploded outside a drapery shop in Market Street at 3.10 p.m. on Saturday", locs=["Market Street", "Omagh"], actors=[RIRA], killed=28),
    ev(a, "statement", "1998-08-15", "approx", "Three telephone warnings, the first at 2.32 p.m., were given to Ulster Television and the Samaritans in Coleraine.", O, locs=["Coleraine"], actors=[RIRA]),
    trap(a, "Had the warnings named Market Street, a senior RUC officer said, the area could have been cleared in minutes."),
    ev(a, "casualty_report", "1998-08-15", "approx", "Twenty-eight people died, among them a woman pregnant with twins", locs=["Omagh"], killed=28),
    ev(a, "statement", "1998-08-18", "day", "Some 40 of the injured remained in hospital last night", O, count=40),
    trap(a, "Mourners carry the coffin of Oran Doherty (8) in Buncrana, Co Donegal, yesterday. Photograph: Bryan O'Brien"),
    trap(a, "\"The heart has been torn out of this town,\" said the chairman of Omagh District Council, Mr Patrick McGowan."),
    ev(a, "defection", ("1997-09-01", "1997-11-30"), "range", "members of the Provisional IRA who left the organisation last autumn", O, actors=["Provisional IRA", RIRA]),
    ev(a, "statement", "1998-08-18", "day", "the 32 County Sovereignty Committee, which last night denied any connection with the group", O, actors=["32 County Sovereignty Committee"]),
    ev(a, "bombing", "1998-02", "month", "the car bombs that wrecked the centres of Moira, Co Down, and Portadown, Co Armagh, in February", locs=["Moira", "Portadown"], actors=[RIRA], count=2),
    ev(a, "bombing", "1998-08-01", "day", "a 500 lb bomb that injured 35 people in Banbridge, Co Down, on August 1st", locs=["Banbridge", "Co Down"], actors=[RIRA]),
    ev(a, "statement", "1998-08-15", "day", "who condemned the Omagh bombing on Saturday night", O, actors=["Gerry Adams"]),
    ev(a, "statement", "1998-08-18", "day", "said yesterday that the group's statement was \"not good enough\" and that it should disband", O, actors=["Gerry Adams"]),
    ev(a, "statement", "1998-08-18", "day", "The Taoiseach, Mr Ahern, said yesterday that the Government would introduce what he called \"the most draconian\" anti-terrorist laws", O, actors=["Bertie Ahern"]),
    ev(a, "negotiation", "1998-09", "month", "the Dáil is expected to be recalled early next month to pass them", status="planned", locs=["Dublin"], actors=["Dáil"]),
    ev(a, "statement", "1998-08-16", "day", "The Prime Minister, Mr Tony Blair, and Mr Ahern visited the injured in Omagh and at the Royal Victoria Hospital in Belfast on Sunday.", O, locs=["Omagh", "Belfast"], actors=["Tony Blair", "Bertie Ahern"]),
    ev(a, "statement", "1998-08-17", "day", "The Prince of Wales visited the town on Monday.", O, locs=["Omagh"], actors=["Prince of Wales"]),
    trap(a, "A loyalist parade due to take place in Omagh on Sunday was called off as a mark of respect."),
    ev(a, "protest", "1998-08-16", "day", "Thousands of people attended a cross-community vigil in the town on Sunday evening.", O, locs=["Omagh"]),
    ev(a, "statement", "1998-08-22", "day", "A minute's silence will be observed across the island at 3.10 p.m. on Saturday, a week after the explosion.", O, status="planned"),
    ev(a, "statement", "1998-08-17", "day", "Mr Blair said in Downing Street on Monday that the bombers would not be allowed to wreck the Belfast Agreement", O, locs=["Downing Street"], actors=["Tony Blair"]),
    ev(a, "election", "1998-05-22", "day", "endorsed by 71 per cent of voters in Northern Ireland and 94 per cent in the Republic in the referendums of May 22nd", locs=["Northern Ireland", "Republic of Ireland"]),
    ev(a, "agreement", "1998-04-10", "day", "The Agreement, reached at Stormont on Good Friday, April 10th", locs=["Stormont", "Belfast"]),
    ev(a, "election", "1998-06-25", "day", "a power-sharing Assembly, elected on June 25th", locs=["Northern Ireland"], actors=["Northern Ireland Assembly"]),
    ev(a, "negotiation", "1998-09-14", "day", "which is due to meet again on September 14th", O, status="planned", actors=["Northern Ireland Assembly"]),
    ev(a, "statement", "1998-09-03", "day", "who is due in Belfast on September 3rd, is expected to visit Omagh during his trip", O, status="planned", locs=["Belfast", "Omagh"], actors=["Bill Clinton"]),
    trap(a, "It was the worst single atrocity of the Troubles, in which more than 3,000 people have died since 1969."),
    ev(a, "bombing", "1987-11", "month", "Eleven people were killed by an IRA bomb at the Remembrance Day ceremony in Enniskillen, Co Fermanagh, in November 1987.", locs=["Enniskillen", "Co Fermanagh"], actors=["Provisional IRA"], killed=11),
    ev(a, "attack_on_civilians", "1997-12", "month", "shot dead the loyalist leader Billy Wright inside the Maze prison in December", locs=["Maze prison"], actors=["INLA", "Billy Wright"], killed=1),
]
a = "easttimor_dili_1999"  # Tue 1999-09-21
INT = "Interfet"
MIL = "pro-Jakarta militias"
TNI = "Indonesian military"
G += [
    ev(a, "military_movement", "1999-09-21", "day", "Australian-led peacekeepers have fanned out across the East Timorese capital, Dili, this morning", locs=["Dili"], actors=[INT]),
    ev(a, "military_movement", "1999-09-20", "day", "About 1,500 troops, most of them Australian, flew into Dili's Comoro airport yesterday", locs=["Comoro airport", "Dili"], actors=[INT, "Australian Defence Force"], count=1500),
    ev(a, "territory_change", "1999-09-20", "day", "took control of both without a shot being fired", locs=["Comoro airport", "Dili"], actors=[INT, TNI]),
    ev(a, "negotiation", "1999-09-20", "day", "met the Indonesian martial law commander, Major General Kiki Syahnakri, at the airport yesterday afternoon", locs=["Comoro airport", "Dili"], actors=["Peter Cosgrove", "Kiki Syahnakri"]),
    ev(a, "attack_on_civilians", "1999-09-20", "approx", "militiamen were reported to have torched houses before fleeing towards the West Timor border", status="claimed", locs=["Becora", "Dili"], actors=[MIL]),
    # (detentions at a checkpoint: no type fits; optional)
    ev(a, "abduction", "1999-09-21", "day", "Australian soldiers disarmed and detained nine men at a checkpoint near the Becora bridge this morning", O, locs=["Becora", "Dili"], actors=[INT], count=9),
    ev(a, "attack_on_civilians", ("1999-09-04", "1999-09-21"), "range", "three-quarters of its buildings have been burned or looted since the result of the August 30 ballot was announced on September 4", O, locs=["Dili"], actors=[MIL]),
    ev(a, "election", "1999-08-30", "day", "the August 30 ballot", locs=["East Timor"]),
    ev(a, "election", "1999-09-04", "day", "was announced on September 4, showing 78.5 per cent of East Timorese had voted for independence from Indonesia", O, locs=["East Timor"], actors=["United Nations"]),
    ev(a, "attack_on_civilians", "1999-09-04", "approx", "Pro-Jakarta militias, backed by elements of the Indonesian military, went on a rampage within hours of the announcement", locs=["East Timor"], actors=[MIL, TNI]),
    ev(a, "attack_on_civilians", "1999-09-06", "day", "On September 6, militiamen stormed the compound of Nobel peace laureate Bishop Carlos Belo in Dili", locs=["Dili"], actors=[MIL, "Carlos Belo"]),
    ev(a, "attack_on_civilians", "1999-09-06", "day", "The same day, militiamen attacked the church compound in Suai", locs=["Suai"], actors=[MIL], killed=50),
    ev(a, "casualty_report", "1999-09-06", "approx", "Church sources say at least 50 people were killed, among them three priests.", O, locs=["Suai"], actors=["Catholic Church"], killed=50),
    ev(a, "statement", "1999-09-07", "day", "Jakarta declared martial law in the territory on September 7", O, actors=["Government of Indonesia"]),
    ev(a, "aid_change", "1999-09-14", "day", "The United Nations evacuated its besieged compound in Dili on September 14", O, locs=["Dili", "Darwin"], actors=["UNAMET"]),
    ev(a, "agreement", "1999-09-12", "day", "President B J Habibie announced on September 12 that Indonesia would accept an international peacekeeping force", actors=["B J Habibie", "Indonesia"]),
    ev(a, "statement", "1999-09-15", "day", "the UN Security Council authorised the Australian-led mission three days later", O, actors=["UN Security Council"]),
    ev(a, "statement", ("1999-09-13", "1999-09-19"), "range", "Last week, the Prime Minister, John Howard, told Parliament that Australia would commit up to 4,500 troops to the force", O, actors=["John Howard"], count=4500),
    ev(a, "statement", ("1999-09-04", "1999-09-21"), "range", "more than 150,000 people have been taken or have fled across the border into West Timor since September 4", O, locs=["West Timor", "Atambua"], actors=["UNHCR"], count=150000),
    ev(a, "aid_change", "1999-09-17", "day", "RAAF Hercules began dropping food to people hiding in the hills around Dili on Friday", locs=["Dili"], actors=["RAAF"]),
    ev(a, "aid_change", ("1999-09-22", "1999-09-26"), "range", "the World Food Programme says it hopes to start road deliveries later this week", O, status="planned", actors=["World Food Programme"]),
    trap(a, "\"If the militias want to take us on, they will find we are very well prepared,\" General Cosgrove told reporters at the airport."),
    ev(a, "statement", "1999-09-19", "day", "Militia leader Eurico Guterres told a rally in Atambua on Sunday", O, locs=["Atambua"], actors=["Eurico Guterres", MIL]),
    # (a withdrawal from a territory: territory_change, as for the rebels leaving N'Djamena)
    ev(a, "territory_change", None, "unknown", "Indonesian troops have begun pulling out of the territory.", O, locs=["East Timor"], actors=[TNI]),
    ev(a, "territory_change", "1999-09", "month", "all but a small contingent will have left by the end of the month", O, status="planned", locs=["East Timor"], actors=[TNI]),
    ev(a, "statement", None, "unknown", "has repeatedly denied that his soldiers armed or directed the militias", O, actors=["Wiranto"]),
    ev(a, "agreement", "1999-05-05", "day", "agreements signed by Indonesia and Portugal at the United Nations in New York on May 5", locs=["New York"], actors=["Indonesia", "Portugal", "United Nations"]),
    ev(a, "attack_on_civilians", "1999-04", "month", "Militias killed dozens of people who had sought refuge in a church in Liquica in April", locs=["Liquica"], actors=[MIL]),
    ev(a, "attack_on_civilians", "1999-04-17", "day", "on April 17 gunmen attacked the Dili home of independence figure Manuel Carrascalao, killing at least 12 people", locs=["Dili"], actors=[MIL, "Manuel Carrascalao"], killed=12),
    ev(a, "negotiation", "1999-10-01", "day", "opens its session in Jakarta on October 1", status="planned", locs=["Jakarta"], actors=["People's Consultative Assembly"]),
    ev(a, "release", "1999-09-07", "day", "Independence leader Xanana Gusmao, freed from house arrest in Jakarta on September 7", locs=["Jakarta"], actors=["Xanana Gusmao"], count=1),
    ev(a, "statement", "1999-10", "month", "is expected to return to Dili next month", O, status="planned", locs=["Dili"], actors=["Xanana Gusmao"]),
    ev(a, "territory_change", ("1976-01-01", "1976-12-31"), "range", "the 1976 annexation", O, locs=["East Timor"], actors=["Indonesia"]),
    ev(a, "territory_change", "1975-12-07", "day", "Indonesia invaded the former Portuguese colony on December 7, 1975.", locs=["East Timor"], actors=["Indonesia"]),
    ev(a, "clash", "1975-12-07", "day", "Indonesia invaded the former Portuguese colony on December 7, 1975.", O, locs=["East Timor"], actors=["Indonesia"]),
    ev(a, "attack_on_civilians", "1991-11-12", "day", "Indonesian troops opened fire on mourners at the Santa Cruz cemetery in Dili on November 12, 1991, killing more than 200 people", locs=["Santa Cruz cemetery", "Dili"], actors=[TNI], killed=200),
    trap(a, "Human rights groups estimate that up to 200,000 East Timorese died as a result of the occupation."),
    trap(a, "Photo: Australian soldiers secure Comoro airport in Dili on Monday. (Reuters)"),
]
a = "chad_ndjamena_2008"  # Wed 2008-02-06
REB = "Chadian rebels"
ANT = "Chadian army"
UFDD = "Union of Forces for Democracy and Development"
RFC = "Rally of Forces for Change"
G += [
    ev(a, "clash", ("2008-02-02", "2008-02-03"), "range", "the rebel offensive that reached the gates of his palace at the weekend", locs=["presidential palace", "N'Djamena"], actors=[REB, ANT]),
    ev(a, "statement", "2008-02-06", "approx", "accused Sudan of sending \"mercenaries\" to overthrow him", O, actors=["Idriss Deby", "Sudan"]),
    ev(a, "statement", None, "unknown", "Sudan denies backing the rebels.", O, actors=["Sudan"]),
    ev(a, "clash", "2008-02-02", "day", "Thousands of rebel fighters in some 300 pickup trucks entered N'Djamena early Saturday", locs=["N'Djamena"], actors=[REB, ANT], count=300),
    ev(a, "clash", ("2008-02-02", "2008-02-03"), "range", "They fought government troops backed by tanks and helicopter gunships in the streets for two days", O, locs=["N'Djamena"], actors=[REB, ANT]),
    ev(a, "military_movement", ("2008-01-28", "2008-02-03"), "range", "The columns crossed into Chad from Sudan's Darfur region last week", locs=["Darfur", "Chad"], actors=[REB]),
    ev(a, "military_movement", "2008-01-31", "day", "passed through the town of Oum Hadjer on Thursday without meeting resistance", locs=["Oum Hadjer"], actors=[REB]),
    ev(a, "clash", "2008-02-01", "day", "On Friday, they routed an army column at Massaguet, about 50 kilometers northeast of the capital.", locs=["Massaguet"], actors=[REB, ANT]),
    ev(a, "clash", "2008-02-01", "approx", "The army chief of staff, General Daoud Soumaine, was killed in the fighting.", O, locs=["Massaguet"], actors=[ANT, "Daoud Soumaine"], killed=1),
    ev(a, "territory_change", "2008-02-02", "day", "Rebel leaders claimed Saturday evening to control most of the city.", O, status="claimed", locs=["N'Djamena"], actors=[REB]),
    ev(a, "territory_change", "2008-02-03", "day", "The following day, government forces retook the national radio and television building, according to state media.", status="claimed", locs=["national radio and television building", "N'Djamena"], actors=[ANT, REB]),
    ev(a, "bombing", "2008-02-03", "day", "Government helicopters fired rockets at rebel positions around the central market on Sunday", locs=["central market", "N'Djamena"], actors=[ANT, REB]),
    ev(a, "territory_change", ("2008-02-03", "2008-02-04"), "range", "pulled out of the city late Sunday and early Monday", locs=["N'Djamena"], actors=[UFDD, "UFDD-Fundamental", RFC]),
    ev(a, "statement", "2008-02-04", "day", "The government said Monday they had been driven out", O, status="claimed", actors=["Government of Chad"]),
    trap(a, "\"If Deby does not agree to talk, we will come back, and this time we will finish the job,\" Koulamallah told VOA by satellite telephone."),
    ev(a, "clash", "2008-02-03", "day", "French troops guarding the airport exchanged fire with rebels Sunday", locs=["N'Djamena airport", "N'Djamena"], actors=["French troops", REB]),
    ev(a, "military_movement", None, "unknown", "French military aircraft have flown more than 1,200 foreigners out of N'Djamena to Libreville, Gabon", O, locs=["N'Djamena", "Libreville"], actors=["French military"], count=1200),
    ev(a, "casualty_report", ("2008-02-02", "2008-02-04"), "range", "The International Committee of the Red Cross says more than 100 people were killed and about 700 wounded in the fighting in the capital.", locs=["N'Djamena"], actors=["International Committee of the Red Cross"], killed=100),
    ev(a, "casualty_report", ("2008-02-02", "2008-02-04"), "range", "Local aid groups say the number of dead is likely to be in the hundreds.", O, status="claimed", locs=["N'Djamena"]),
    ev(a, "casualty_report", ("2008-02-02", "2008-02-04"), "range", "The government said Tuesday that its troops had killed more than 300 rebels.", O, status="claimed", locs=["N'Djamena"], actors=["Government of Chad", REB], killed=300),
    ev(a, "statement", ("2008-02-02", "2008-02-06"), "range", "between 20,000 and 30,000 people have crossed the Chari River into the Cameroonian town of Kousseri since Saturday", O, locs=["Chari River", "Kousseri"], actors=["UNHCR"], count=20000),
    # (arrests in house searches: no type fits; optional)
    ev(a, "abduction", "2008-02-05", "approx", "residents said soldiers were searching homes and arresting young men they accused of supporting the rebels", O, status="claimed", locs=["N'Djamena"], actors=[ANT]),
    # (opposition leaders taken away by men in uniform and not heard from: an abduction, as claimed)
    ev(a, "abduction", "2008-02-03", "day", "were taken from their homes by men in uniform Sunday evening", status="claimed", locs=["N'Djamena"], actors=["Ibni Oumar Mahamat Saleh", "Lol Mahamat Choua", "Ngarlejy Yorongar"], count=3),
    ev(a, "statement", None, "unknown", "Communications Minister Hourmadji Moussa Doumgor denied that the government was holding them.", O, actors=["Hourmadji Moussa Doumgor"]),
    ev(a, "statement", "2008-02-04", "day", "The U.N. Security Council on Monday approved a statement calling on member states to support the government of Chad", O, actors=["UN Security Council"]),
    ev(a, "agreement", "2008-02-04", "day", "Rebel leaders said Monday they had accepted a cease-fire proposed by Libyan leader Moammar Gadhafi", O, status="claimed", actors=[REB, "Moammar Gadhafi"]),
    ev(a, "negotiation", "2008-02-02", "approx", "at an African Union summit in Addis Ababa that closed Saturday", O, locs=["Addis Ababa"], actors=["African Union"]),
    ev(a, "negotiation", ("2008-02-07", "2008-02-10"), "range", "Mr. Sassou Nguesso is expected in N'Djamena later this week", O, status="planned", locs=["N'Djamena"], actors=["Denis Sassou Nguesso"]),
    ev(a, "negotiation", "2008-02-18", "day", "European Union foreign ministers are due to discuss the crisis in Brussels on February 18", status="planned", locs=["Brussels"], actors=["European Union"]),
    ev(a, "aid_change", None, "unknown", "The European Union has put on hold the deployment of its 3,700-strong peacekeeping force", O, locs=["eastern Chad", "Central African Republic"], actors=["EUFOR"], count=3700),
    trap(a, "Its first Irish and Austrian soldiers had been due to arrive this week."),
    ev(a, "aid_change", "2008-02-05", "approx", "The World Food Program said Tuesday it had suspended food deliveries to camps in eastern Chad", locs=["eastern Chad"], actors=["World Food Program"]),
    ev(a, "territory_change", "1990-12", "month", "seized power in December 1990 at the head of a rebellion launched from Sudan", locs=["N'Djamena"], actors=["Idriss Deby"]),
    ev(a, "clash", "2006-04", "month", "a rebel attack on N'Djamena in April 2006 in which hundreds of people were killed", locs=["N'Djamena"], actors=[REB, ANT]),
    ev(a, "agreement", "2007-10-25", "day", "An agreement signed with the main rebel groups in the Libyan town of Sirte on October 25", locs=["Sirte"], actors=["Government of Chad", REB]),
    ev(a, "clash", "2007-11", "month", "fighting resumed in the east in late November", locs=["eastern Chad"], actors=[ANT, REB]),
    trap(a, "Chadian soldiers patrol a deserted street in N'Djamena, 05 Feb 2008 (AFP Photo)"),
]
a = "egypt_rawda_2017"  # Sun 2017-11-26
IS = "Islamic State"
EAF = "Egyptian armed forces"
G += [
    ev(a, "casualty_report", "2017-11-24", "approx", "North Sinai mosque attack death toll rises to 305", O, locs=["North Sinai"], killed=305),
    ev(a, "casualty_report", "2017-11-24", "day", "the death toll from Friday's terrorist attack on Al-Rawda mosque in North Sinai had risen to 305, including 27 children", locs=["Al-Rawda mosque", "North Sinai"], actors=["Public Prosecution"], killed=305),
    ev(a, "attack_on_civilians", "2017-11-24", "day", "Friday's terrorist attack on Al-Rawda mosque in North Sinai", locs=["Al-Rawda mosque", "North Sinai"], actors=[IS], killed=305),
    ev(a, "casualty_report", "2017-11-24", "day", "State media had put the death toll at 235 on Friday evening.", O, locs=["Al-Rawda"], killed=235),
    ev(a, "attack_on_civilians", "2017-11-24", "approx", "between 25 and 30 gunmen, some of them masked and wearing military-style uniforms, arrived in five four-wheel-drive vehicles and surrounded the mosque", O, locs=["Al-Rawda mosque"], actors=[IS]),
    ev(a, "bombing", "2017-11-24", "approx", "The attackers detonated an explosive device at the entrance", O, locs=["Al-Rawda mosque"], actors=[IS]),
    ev(a, "attack_on_civilians", "2017-11-24", "approx", "then opened fire on worshippers inside and on those trying to flee through the windows", O, locs=["Al-Rawda mosque"], actors=[IS]),
    ev(a, "attack_on_civilians", "2017-11-24", "approx", "fired on ambulances arriving to evacuate the wounded", O, locs=["Al-Rawda"], actors=[IS]),
    ev(a, "bombing", "2017-11-24", "approx", "air force jets had tracked down and destroyed a number of the vehicles used in the attack, killing all of their occupants, and had struck several militant outposts in the area within hours of the massacre", status="claimed", locs=["North Sinai"], actors=["Egyptian Air Force", IS]),
    ev(a, "bombing", "2017-11-25", "approx", "The armed forces carried out further air raids on militant hideouts in the mountainous areas of central Sinai overnight", status="claimed", locs=["central Sinai"], actors=[EAF, IS]),
    ev(a, "military_movement", "2017-11-26", "day", "ground forces backed by Apache helicopters were combing the desert around Bir Al-Abd on Sunday", O, locs=["Bir Al-Abd"], actors=[EAF]),
    ev(a, "negotiation", "2017-11-24", "day", "chaired an emergency meeting of security chiefs on Friday evening", O, actors=["Abdel-Fattah El-Sisi"]),
    ev(a, "statement", "2017-11-24", "approx", "vowed in a televised address that the armed forces and police would avenge the victims", O, actors=["Abdel-Fattah El-Sisi"]),
    ev(a, "negotiation", "2017-11-24", "day", "US President Donald Trump telephoned El-Sisi on Friday to offer his condolences", actors=["Donald Trump", "Abdel-Fattah El-Sisi"]),
    ev(a, "attack_on_civilians", "2016-11", "month", "Islamic State's Sinai affiliate beheaded an elderly Sufi cleric, Suleiman Abu Heraz, in the area in November last year.", locs=["North Sinai"], actors=[IS, "Suleiman Abu Heraz"], killed=1),
    ev(a, "statement", None, "unknown", "The Interior Ministry denied reports circulating on social media that security forces had received warnings", O, actors=["Interior Ministry"]),
    ev(a, "aid_change", "2017-11-25", "approx", "Egypt postponed the opening of the Rafah border crossing with the Gaza Strip because of the attack", O, locs=["Rafah border crossing", "Gaza Strip"], actors=["Egypt"]),
    trap(a, "The crossing had been due to open on Saturday for three days."),
    ev(a, "statement", "2017-12-01", "day", "Friday prayers would be held at Al-Rawda mosque as usual next Friday", O, status="planned", locs=["Al-Rawda mosque"], actors=["Mohamed Mokhtar Gomaa"]),
    ev(a, "negotiation", "2017-11-28", "day", "the House of Representatives' defence and national security committee will meet on Tuesday to discuss the attack", status="planned", actors=["House of Representatives"]),
    ev(a, "statement", "2014-11", "month", "The Sinai group pledged allegiance to Islamic State in November 2014", O, actors=["Ansar Beit Al-Maqdis", IS]),
    ev(a, "defection", "2014-11", "month", "The Sinai group pledged allegiance to Islamic State in November 2014", O, actors=["Ansar Beit Al-Maqdis", IS]),
    trap(a, "Its insurgency in North Sinai has killed hundreds of soldiers and policemen."),
    ev(a, "bombing", "2015-10-31", "day", "brought down a Russian airliner over Sinai on October 31, 2015, killing all 224 people on board", locs=["Sinai"], actors=[IS], killed=224),
    ev(a, "bombing", "2017-04-09", "day", "the suicide bombings of two churches in Tanta and Alexandria on April 9, Palm Sunday, which killed at least 45 people", locs=["Tanta", "Alexandria"], actors=[IS], killed=45, count=2),
    ev(a, "attack_on_civilians", "2017-05", "month", "In May, gunmen attacked a bus carrying Coptic Christians in Minya, killing 29.", locs=["Minya"], killed=29),
    ev(a, "clash", "2017-07-07", "day", "On July 7, militants attacked an army checkpoint near Rafah with car bombs and gunfire, killing 23 soldiers.", locs=["Rafah"], actors=[IS, EAF], killed=23),
    ev(a, "bombing", "2017-07-07", "day", "On July 7, militants attacked an army checkpoint near Rafah with car bombs and gunfire, killing 23 soldiers.", O, locs=["Rafah"], actors=[IS, EAF], killed=23),
    ev(a, "clash", "2017-10", "month", "Last month, at least 16 policemen were killed in an ambush in the Western Desert near the Bahariya oasis.", locs=["Bahariya oasis", "Western Desert"], actors=["Egyptian police"], killed=16),
    ev(a, "abduction", "2017-10", "month", "A police officer seized by the attackers", O, locs=["Western Desert"], actors=["Egyptian police"], count=1),
    ev(a, "release", "2017-10", "month", "was freed in an army raid at the end of the month", locs=["Western Desert"], actors=[EAF, "Egyptian police"], count=1),
    ev(a, "clash", "2017-11", "month", "the interior ministry said police had killed 14 suspected militants in shootouts in the North Sinai capital, El-Arish", status="claimed", locs=["El-Arish", "North Sinai"], actors=["Egyptian police"], killed=14),
    ev(a, "statement", ("2014-10-01", "2017-11-26"), "range", "A state of emergency and a night-time curfew have been in force in parts of North Sinai since October 2014", O, locs=["North Sinai"]),
    ev(a, "bombing", "2014-10", "month", "a suicide car bomb killed more than 30 soldiers at a checkpoint in Karm Al-Qawadis", locs=["Karm Al-Qawadis", "North Sinai"], actors=["Ansar Beit Al-Maqdis", EAF], killed=30),
    trap(a, "Analysts warned that if the militants succeed in turning Sinai's tribes against one another, the insurgency could spread beyond the peninsula."),
    trap(a, "Egyptians gather outside Al-Rawda mosque in Bir Al-Abd after the attack on Friday (Photo: Reuters)"),
]

MANIFEST = [
    {"key": "rwanda_kigali_1994", "outlet": "Reuters", "published": "1994-04-10"},
    {"key": "algeria_bentalha_1997", "outlet": "AFP", "published": "1997-09-24"},
    {"key": "northernireland_omagh_1998", "outlet": "The Irish Times", "published": "1998-08-19"},
    {"key": "easttimor_dili_1999", "outlet": "ABC News", "published": "1999-09-21"},
    {"key": "chad_ndjamena_2008", "outlet": "VOA", "published": "2008-02-06"},
    {"key": "egypt_rawda_2017", "outlet": "Ahram Online", "published": "2017-11-26"},
]

if __name__ == "__main__":
    write(HERE, G, MANIFEST)
