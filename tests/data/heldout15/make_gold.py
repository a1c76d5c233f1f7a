"""Gold for the fifteenth dev set, coded by hand and blind (without reading the extractor or running
it on these texts): Iraq (reprisals after the Samarra shrine bombing, 2006), Yemen (Houthi Red Sea
attacks and US strikes, January 2024), Ukraine (the Kursk incursion, August 2024), Nigeria (Kankara
and Borno, 2020), Mali (Kidal, the army and Wagner, 2023) and Colombia (the ELN offensive in
Catatumbo, 2025), written for this set in the styles of the Los Angeles Times, Al Arabiya English,
Ukrainska Pravda, Premium Times, Jeune Afrique and El País English.

Date phenomena: an LA Times print edition dated Wednesday whose bare "Tuesday" is the day before,
"last Wednesday's bombing" in a Wednesday paper (a week back), "Last Thursday" six days back,
"Friday", "Saturday", "Monday" without "on", "at the weekend" / "throughout the weekend",
"overnight" before the day of the lead event, "the previous day" (Monday, from Tuesday), "the same
day", "That evening", "the next morning", "Feb. 22", "Dec. 15" (an election in the previous year)
and a session "March 12" still to come, "in October of that year"; Al Arabiya's "last Friday" in a
Friday article (a week back), "On Wednesday night", "Late on Wednesday", "overnight" in a Friday
morning report, "A day later" and "Two days after that" chained from last Friday, "on Tuesday",
"Last week", "Earlier this month", "Last month", "On December 31", "November 19" and "December 23"
in a January article (previous year), "since April 2022", a rally "after Friday prayers today" and a
designation effective "February 16" (to come); Ukrainska Pravda's British "27 August"-style dates,
"over the past day", "since the start of the month", "on Monday" with "Late on Saturday" / "Earlier
on Saturday", "two days later" after "On 16 August", the range "Between 6 and 12 August", a meeting
"on 6 September" and a plan "in September" to come, "A year ago" (month); Premium Times' "late on
Thursday", "last Friday" in a Friday article, "last Thursday" in a Friday article (eight days back,
a non-appearance: trap), "later today", "over the weekend", "over three days ... that ended on
Wednesday", "since the start of the month", "a day later", "that evening", "the following month",
"A year ago this month", "In June", "In September", "April 2014", "February 2018"; Jeune Afrique's
"on Tuesday 14 November", "the previous day", "at the weekend", "A strike on Saturday" in a
Thursday article, "Since the start of the month", "Last month", "after three days of fighting",
"earlier this month", "In January", "a week later", "A year ago ... three months after" (a chained
month), "in May" (this year) next to "in March 2022", deadlines "by 31 December" and "on 10
December" to come, "March 2012", "May 2014"; El País's "on Monday night", "since Thursday", "last
Thursday" in a Tuesday article, "on January 15", "at the weekend" / "Over the weekend", "Two days
later" after "On Friday", "overnight" in a Tuesday report, "in September" and "Last February" in a
January article (previous year), "On October 28, 2023 ... 12 days later", "lasted a year" after
"August 3, 2023", and elections "in March next year" and "in May" (both next year).

Tolls that disagree (Baghdad 68 v. 54; 379 v. 1,300 morgue bodies; Zabarmari 43 v. 110; Kankara
333 v. 344 and parents' doubts; the Tombouctou boat 64 v. more than 100; Catatumbo 80 v. 32 bodies),
claims denied (Chem Ranger "direct hits", Korenevo, the Kidal drone strike, Shekau's claim, the
Tibú killings), and traps: photo caption, metaphors ("our Sept. 11", "a shooting gallery", "Putin's
living room", "the last piece of the puzzle", "a powder keg"), hypotheticals, a scheduled appearance
that did not happen, page furniture, a 1943 battle and whole-war tolls.

Conventions as in heldout12/13: a single event's updated tolls are casualty_report rows dated by the
event (the latest official one required), competing tolls optional and `claimed`; a one-sided
account of an attack is `claimed`; "overnight" is the night before the report or before the lead
event (approx); "last week" is the previous Monday-Sunday; statements, headlines, displacement
figures and marginal rows are optional.
"""
import sys
from pathlib import Path

HERE = Path(__file__).parent
sys.path.insert(0, str(HERE.parent / "heldout"))
from make_gold import O, ev, trap, write  # noqa: E402

G = []
a = "iraq_samarra_2006"  # Wed 2006-03-01 (print edition: "Tuesday" = the day before)
G += [
    ev(a, "bombing", "2006-02-28", "approx", "Wave of Bombings Kills Dozens in Baghdad as Shrine Reprisals Go On", O, locs=["Baghdad"]),
    ev(a, "bombing", "2006-02-28", "day", "Bombs and mortar rounds tore through mostly Shiite neighborhoods of the capital Tuesday, killing at least 68 people and wounding more than 200", locs=["Baghdad"], killed=68),
    ev(a, "bombing", "2006-02-22", "day", "last Wednesday's bombing of a revered Shiite shrine in Samarra", locs=["Samarra"]),
    ev(a, "bombing", "2006-02-28", "approx", "The deadliest attack came shortly after noon, when a car bomb exploded outside a Shiite mosque in the Baghdad Jadida district, killing 23 people", locs=["Baghdad Jadida", "Baghdad"], killed=23),
    ev(a, "bombing", "2006-02-28", "approx", "About an hour later, a suicide bomber blew himself up among motorists lined up for fuel at a gas station in the southeastern neighborhood of Zafaraniya", locs=["Zafaraniya", "Baghdad"]),
    ev(a, "bombing", "2006-02-28", "approx", "Mortar shells had crashed into homes in the Shiite district of Hurriya overnight, killing four members of one family", locs=["Hurriya", "Baghdad"], killed=4),
    ev(a, "casualty_report", "2006-02-28", "day", "The Interior Ministry gave the day's toll as 68.", locs=["Baghdad"], actors=["Interior Ministry"], killed=68),
    ev(a, "casualty_report", "2006-02-28", "day", "A U.S. military spokesman put it at 54.", O, status="claimed", locs=["Baghdad"], actors=["U.S. military"], killed=54),
    # (curfew imposed and lifted: no type fits; optional)
    ev(a, "statement", "2006-02-24", "day", "imposed Friday on Baghdad and the neighboring provinces of Diyala, Babil and Salahuddin", O, locs=["Baghdad", "Diyala", "Babil", "Salahuddin"]),
    ev(a, "statement", "2006-02-27", "day", "lifted the previous day", O, locs=["Baghdad"]),
    trap(a, "AFTERMATH: An Iraqi man walks past the burned-out wreck of a car at the site of a bombing in Baghdad Jadida on Tuesday."),
    ev(a, "casualty_report", ("2006-02-22", "2006-02-28"), "range", "The Iraqi government said Tuesday that 379 people had been killed and 458 wounded in the violence.", actors=["Iraqi government"], killed=379),
    ev(a, "casualty_report", ("2006-02-22", "2006-02-28"), "range", "officials at the central Baghdad morgue have said they received more than 1,300 bodies over the same period", O, status="claimed", locs=["Baghdad"], killed=1300),
    ev(a, "bombing", "2006-02-22", "day", "The Askariya shrine, which holds the tombs of two of Shiism's 12 imams, was wrecked shortly before 7 a.m. Feb. 22, when men dressed as police commandos set off explosives that brought down its golden dome.", locs=["Askariya shrine", "Samarra"]),
    ev(a, "attack_on_civilians", "2006-02-22", "approx", "Within hours, crowds of Shiite men, many of them followers of the cleric Muqtada Sadr, attacked Sunni mosques across Baghdad and in the southern city of Basra.", locs=["Baghdad", "Basra"], actors=["Muqtada Sadr"]),
    ev(a, "attack_on_civilians", ("2006-02-22", "2006-02-28"), "range", "Sunni clerics say 168 mosques were damaged and 10 imams killed", O, status="claimed", locs=["Baghdad", "Basra"], killed=10),
    ev(a, "protest", "2006-02-22", "day", "Tens of thousands of Shiites marched in Najaf, Karbala and the Sadr City district of the capital the same day", locs=["Najaf", "Karbala", "Sadr City", "Baghdad"]),
    ev(a, "statement", "2006-02-22", "approx", "Grand Ayatollah Ali Sistani called for seven days of mourning", O, actors=["Ali Sistani"]),
    ev(a, "abduction", "2006-02-22", "day", "That evening, gunmen seized Atwar Bahjat, a correspondent for the Al Arabiya satellite channel, and two members of her crew as they reported from the outskirts of Samarra.", locs=["Samarra"], actors=["Atwar Bahjat", "Al Arabiya"], count=3),
    ev(a, "attack_on_civilians", ("2006-02-22", "2006-02-23"), "range", "The three were found shot dead the next morning.", locs=["Samarra"], actors=["Atwar Bahjat"], killed=3),
    ev(a, "attack_on_civilians", "2006-02-23", "day", "Last Thursday, gunmen stopped a line of vehicles near Baqubah, 35 miles northeast of Baghdad, ordered the passengers out and killed 47 of them.", locs=["Baqubah"], killed=47),
    ev(a, "protest", "2006-02-23", "approx", "the victims had been returning from a demonstration against the shrine bombing", O, locs=["Baqubah"]),
    trap(a, "\"This is our Sept. 11,\" said a Shiite lawmaker who asked not to be named."),
    # (a bloc walking out of talks: negotiation or statement; optional)
    ev(a, "negotiation", "2006-02-23", "day", "The Iraqi Accordance Front, the largest Sunni Arab bloc in parliament, pulled out of the talks last Thursday", O, actors=["Iraqi Accordance Front"]),
    ev(a, "statement", "2006-02-23", "day", "The Iraqi Accordance Front, the largest Sunni Arab bloc in parliament, pulled out of the talks last Thursday", O, actors=["Iraqi Accordance Front"]),
    ev(a, "negotiation", "2006-02-28", "day", "Its leaders returned to the table Tuesday after meeting Prime Minister Ibrahim Jafari", actors=["Iraqi Accordance Front", "Ibrahim Jafari"]),
    ev(a, "statement", "2006-02-25", "day", "President Bush telephoned seven Iraqi political and religious leaders Saturday", O, actors=["George W. Bush"]),
    ev(a, "negotiation", ("2006-02-25", "2006-02-26"), "range", "U.S. Ambassador Zalmay Khalilzad shuttled between Sunni and Shiite politicians throughout the weekend", O, actors=["Zalmay Khalilzad"]),
    ev(a, "military_movement", ("2006-02-25", "2006-02-26"), "range", "Iraqi army units backed by American troops took up positions around Sunni mosques in western Baghdad at the weekend", locs=["Baghdad"], actors=["Iraqi army", "U.S. forces"]),
    ev(a, "military_movement", ("2006-02-25", "2006-02-26"), "range", "joint patrols in Samarra itself were doubled", O, locs=["Samarra"]),
    ev(a, "protest", "2006-02-27", "day", "several thousand Sunnis and Shiites marched Monday across the bridge linking the Sunni district of Adhamiya with the Shiite district of Kadhimiya", locs=["Adhamiya", "Kadhimiya", "Baghdad"]),
    trap(a, "Should the Sunni parties walk away for good, a senior U.S. official said, the country could slide into the civil war that American commanders have warned of for two years."),
    ev(a, "election", "2005-12-15", "day", "the new parliament, elected Dec. 15", locs=["Iraq"]),
    ev(a, "negotiation", "2006-03-12", "day", "to hold its first session March 12", status="planned", actors=["Jalal Talabani", "Council of Representatives"]),
    ev(a, "territory_change", "2004-10", "month", "until U.S. and Iraqi troops retook it in October of that year", locs=["Samarra"], actors=["U.S. forces", "Iraqi forces"]),
]
a = "yemen_redsea_2024"  # Fri 2024-01-19
G += [
    ev(a, "bombing", "2024-01-18", "approx", "US strikes Houthi missiles again as Biden concedes raids have not stopped Red Sea attacks", O, actors=["United States", "Houthis"]),
    ev(a, "bombing", "2024-01-18", "day", "US forces struck two Houthi anti-ship missiles in Yemen on Thursday", locs=["Yemen"], actors=["US forces", "Houthis"], count=2),
    ev(a, "bombing", "2024-01-18", "approx", "when they were hit at around 3:40 p.m. Sanaa time", O, actors=["US forces"]),
    ev(a, "bombing", "2024-01-17", "day", "On Wednesday night, US Navy jets and ship-launched missiles destroyed 14 Houthi missiles loaded on launchers in areas controlled by the group", locs=["Yemen"], actors=["US Navy", "Houthis"], count=14),
    ev(a, "statement", "2024-01-18", "day", "Biden told reporters at the White House on Thursday", O, actors=["Joe Biden"]),
    ev(a, "bombing", "2024-01-18", "day", "said they had fired two ballistic missiles at the US-owned tanker Chem Ranger in the Gulf of Aden on Thursday", locs=["Gulf of Aden"], actors=["Houthis"], count=2),
    ev(a, "statement", "2024-01-18", "approx", "CENTCOM said the missiles landed in the water near the ship and caused no damage or injuries.", O, actors=["US Central Command"]),
    ev(a, "bombing", "2024-01-17", "day", "Late on Wednesday, a Houthi drone struck the Marshall Islands-flagged bulk carrier Genco Picardy south of Aden", locs=["Gulf of Aden", "Aden"], actors=["Houthis"]),
    ev(a, "bombing", "2024-01-19", "approx", "The Houthi-run Saba news agency reported new US and British air raids on the port city of Hodeidah overnight", status="claimed", locs=["Hodeidah"], actors=["United States", "United Kingdom"]),
    ev(a, "bombing", "2024-01-12", "day", "The United States and Britain launched their first strikes on Houthi targets in the early hours of last Friday, hitting more than 60 targets at 16 locations", locs=["Yemen"], actors=["United States", "United Kingdom", "Houthis"], count=60),
    ev(a, "casualty_report", "2024-01-12", "approx", "Houthi military spokesman Yahya Saree said five of the group's fighters were killed and six wounded.", status="claimed", actors=["Houthis", "Yahya Saree"], killed=5),
    ev(a, "bombing", "2024-01-13", "day", "A day later, the destroyer USS Carney fired Tomahawk cruise missiles at a Houthi radar site near Sanaa.", locs=["Sanaa"], actors=["USS Carney", "Houthis"]),
    ev(a, "bombing", "2024-01-15", "day", "Two days after that, an anti-ship ballistic missile hit the US-owned bulk carrier Gibraltar Eagle in the Gulf of Aden", locs=["Gulf of Aden"], actors=["Houthis"]),
    ev(a, "bombing", "2024-01-16", "day", "on Tuesday a missile struck the Greek-owned Zografia in the Red Sea", locs=["Red Sea"], actors=["Houthis"]),
    ev(a, "protest", "2024-01-12", "approx", "Tens of thousands of Houthi supporters rallied in Sanaa after last Friday's strikes", locs=["Sanaa"], actors=["Houthis"]),
    ev(a, "protest", "2024-01-19", "day", "the group has called for another mass demonstration after Friday prayers today", status="planned", locs=["Sanaa"], actors=["Houthis"]),
    ev(a, "statement", "2024-01-17", "day", "On Wednesday, Washington moved to designate the Houthis a Specially Designated Global Terrorist group.", O, actors=["United States", "Houthis"]),
    ev(a, "statement", "2024-02-16", "day", "The designation takes effect on February 16", O, status="planned", actors=["United States"]),
    ev(a, "statement", None, "unknown", "they have also declared US and British interests", O, actors=["Houthis"]),
    ev(a, "statement", ("2024-01-08", "2024-01-14"), "range", "Last week, the UN Security Council adopted a resolution demanding that the Houthis immediately stop the attacks", O, actors=["UN Security Council"]),
    ev(a, "abduction", "2023-11-19", "day", "the Galaxy Leader, a car carrier linked to an Israeli businessman that they seized on November 19", locs=["Red Sea"], actors=["Houthis"], count=25),
    ev(a, "abduction", None, "unknown", "Its 25 crew members are still being held in Hodeidah.", O, locs=["Hodeidah"], actors=["Houthis"], count=25),
    ev(a, "bombing", "2024-01-09", "day", "The group launched its largest attack yet on January 9, firing 18 drones, two anti-ship cruise missiles and a ballistic missile towards shipping lanes", locs=["Red Sea"], actors=["Houthis"], count=21),
    ev(a, "clash", "2024-01-09", "approx", "All were shot down by US and British warships and fighter jets", O, actors=["US Navy", "Royal Navy", "Houthis"]),
    ev(a, "military_movement", "2023-12", "month", "Last month, Washington announced Operation Prosperity Guardian, a multinational naval mission to protect Red Sea shipping.", locs=["Red Sea"], actors=["United States", "Operation Prosperity Guardian"]),
    ev(a, "clash", "2023-12-31", "day", "On December 31, US Navy helicopters sank three Houthi boats that had tried to board the Maersk Hangzhou container ship, killing 10 Houthi fighters.", locs=["Red Sea"], actors=["US Navy", "Houthis"], killed=10),
    ev(a, "statement", "2024-01", "month", "Earlier this month, Maersk said it would divert its vessels around Africa's Cape of Good Hope for the foreseeable future.", O, actors=["Maersk"]),
    ev(a, "statement", "2024-01-16", "day", "Shell suspended all of its shipments through the Red Sea on Tuesday.", O, actors=["Shell"]),
    trap(a, "The Red Sea has become \"a shooting gallery,\" one shipping executive told Al Arabiya English."),
    ev(a, "agreement", "2023-12-23", "day", "UN envoy Hans Grundberg announced on December 23 that the Houthis and the internationally recognized government had committed to a nationwide ceasefire", actors=["Hans Grundberg", "Houthis", "Government of Yemen"]),
    ev(a, "agreement", "2022-04", "month", "has largely observed a truce with the Houthis since April 2022", O, actors=["Saudi Arabia", "Houthis"]),
    ev(a, "statement", None, "unknown", "and has called for restraint", O, actors=["Saudi Arabia"]),
    ev(a, "aid_change", "2023-12", "month", "The World Food Programme paused general food distributions in Houthi-controlled northern Yemen in December", locs=["Yemen"], actors=["World Food Programme"]),
    trap(a, "Analysts warn that a strike killing senior Houthi commanders could prompt the group to resume missile attacks on Saudi territory."),
    trap(a, "Read more: Who are the Houthis and why are they attacking ships in the Red Sea?"),
]
a = "ukraine_kursk_2024"  # Wed 2024-08-28
G += [
    ev(a, "territory_change", ("2024-08-06", "2024-08-27"), "range", "The Defence Forces of Ukraine control 1,294 square kilometres of Russia's Kursk Oblast, including 100 settlements", locs=["Kursk Oblast"], actors=["Armed Forces of Ukraine"], count=100),
    ev(a, "statement", "2024-08-27", "day", "Commander-in-Chief of the Armed Forces of Ukraine Oleksandr Syrskyi said on Tuesday", O, actors=["Oleksandr Syrskyi"]),
    ev(a, "territory_change", ("2024-08-26", "2024-08-27"), "range", "over the past day Ukrainian units had advanced between 0.5 and 2 kilometres in certain areas of the Kursk front", O, locs=["Kursk Oblast"], actors=["Armed Forces of Ukraine"]),
    # (soldiers taken prisoner in the fighting: part of the battle; optional)
    ev(a, "clash", ("2024-08-06", "2024-08-27"), "range", "Since the start of the operation, 594 Russian servicemen have been taken prisoner", O, locs=["Kursk Oblast"], actors=["Armed Forces of Ukraine", "Russian forces"], count=594),
    ev(a, "military_movement", None, "unknown", "Russia has so far moved about 30,000 troops to the Kursk axis", O, locs=["Kursk Oblast"], actors=["Russian forces"], count=30000),
    ev(a, "territory_change", ("2024-08-01", "2024-08-28"), "range", "Russian forces have seized a string of villages east of Pokrovsk since the start of the month", locs=["Pokrovsk"], actors=["Russian forces"]),
    ev(a, "statement", "2024-08-19", "day", "on 19 August local authorities ordered families with children to leave the city and nearby settlements", O, locs=["Pokrovsk"]),
    ev(a, "territory_change", "2024-08-26", "approx", "Russia's Ministry of Defence claimed on Monday that its forces had pushed Ukrainian units out of two villages near Korenevo", status="claimed", locs=["Korenevo", "Kursk Oblast"], actors=["Russian forces", "Armed Forces of Ukraine"], count=2),
    ev(a, "clash", "2024-08-26", "approx", "saying fighting in the area was continuing", O, locs=["Korenevo"]),
    ev(a, "statement", "2024-08-12", "day", "On 12 August, acting Kursk Governor Alexei Smirnov told Vladimir Putin that Ukrainian forces controlled 28 settlements", O, actors=["Alexei Smirnov", "Vladimir Putin"]),
    ev(a, "casualty_report", ("2024-08-06", "2024-08-12"), "range", "12 civilians had been killed and 121 injured", status="claimed", locs=["Kursk Oblast"], killed=12),
    ev(a, "statement", ("2024-08-06", "2024-08-28"), "range", "More than 120,000 people have since been evacuated from border districts", O, locs=["Kursk Oblast"], count=120000),
    ev(a, "bombing", "2024-08-26", "day", "On Monday morning, Russia launched one of its largest combined attacks since the start of the full-scale war, firing 127 missiles and 109 attack drones at targets across Ukraine", locs=["Ukraine"], actors=["Russian forces"], killed=7, count=236),
    ev(a, "casualty_report", "2024-08-26", "approx", "At least seven people were killed.", O, locs=["Ukraine"], killed=7),
    ev(a, "statement", "2024-08-26", "approx", "Ukrenergo introduced emergency power outages in several oblasts.", O, actors=["Ukrenergo"]),
    ev(a, "bombing", "2024-08-28", "approx", "Air defence was again active in Kyiv and several other oblasts overnight", O, locs=["Kyiv"]),
    ev(a, "bombing", "2024-08-24", "day", "Late on Saturday, a Russian missile hit the Sapphire hotel in Kramatorsk, killing Ryan Evans", locs=["Sapphire hotel", "Kramatorsk"], actors=["Russian forces", "Ryan Evans"], killed=1),
    ev(a, "attack_on_civilians", "2024-08-24", "day", "Late on Saturday, a Russian missile hit the Sapphire hotel in Kramatorsk, killing Ryan Evans", O, locs=["Kramatorsk"], actors=["Russian forces", "Ryan Evans"], killed=1),
    ev(a, "release", "2024-08-24", "day", "Earlier on Saturday, Ukraine's Independence Day, 115 Ukrainian defenders returned home in a prisoner exchange mediated by the United Arab Emirates", actors=["Ukraine", "Russia", "United Arab Emirates"], count=115),
    ev(a, "release", "2024-08-24", "approx", "Russia received the same number of its servicemen, many of them conscripts captured in Kursk Oblast", O, actors=["Russia"], count=115),
    ev(a, "statement", "2024-08-27", "day", "On Tuesday, IAEA Director General Rafael Grossi visited the Kursk Nuclear Power Plant in Kurchatov", O, locs=["Kursk Nuclear Power Plant", "Kurchatov"], actors=["Rafael Grossi", "IAEA"]),
    ev(a, "statement", None, "unknown", "Moscow accused Kyiv of planning to strike the plant, which Ukraine denied.", O, actors=["Russia", "Ukraine"]),
    trap(a, "One Ukrainian officer said the operation had \"moved the front line into Putin's living room.\""),
    ev(a, "clash", "2024-08-06", "day", "Ukrainian units crossed the border into Kursk Oblast near Sudzha on 6 August.", locs=["Sudzha", "Kursk Oblast"], actors=["Armed Forces of Ukraine", "Russian forces"]),
    ev(a, "military_movement", "2024-08-06", "day", "Ukrainian units crossed the border into Kursk Oblast near Sudzha on 6 August.", O, locs=["Sudzha", "Kursk Oblast"], actors=["Armed Forces of Ukraine"]),
    ev(a, "territory_change", ("2024-08-06", "2024-08-12"), "range", "Between 6 and 12 August, they advanced up to 30 kilometres into Russian territory in some areas.", locs=["Kursk Oblast"], actors=["Armed Forces of Ukraine"]),
    ev(a, "territory_change", "2024-08-15", "day", "On 15 August, Syrskyi reported the full capture of Sudzha", locs=["Sudzha"], actors=["Armed Forces of Ukraine"]),
    ev(a, "bombing", "2024-08-16", "day", "On 16 August, Ukrainian forces destroyed a bridge over the Seym river near Glushkovo", locs=["Glushkovo", "Seym river"], actors=["Armed Forces of Ukraine"]),
    ev(a, "bombing", "2024-08-18", "day", "two days later they hit a second bridge in the village of Zvannoe", locs=["Zvannoe"], actors=["Armed Forces of Ukraine"]),
    ev(a, "statement", "2024-08-14", "day", "Belgorod Oblast declared a regional state of emergency on 14 August, citing Ukrainian shelling.", O, locs=["Belgorod Oblast"]),
    ev(a, "statement", "2024-08-07", "day", "Vladimir Putin called the incursion", O, actors=["Vladimir Putin"]),
    ev(a, "negotiation", "2024-09", "month", "which he intends to present to US President Joe Biden in September", status="planned", actors=["Volodymyr Zelensky", "Joe Biden"]),
    ev(a, "negotiation", "2024-09-06", "day", "Defence ministers of the Ukraine Defense Contact Group are due to meet at Ramstein Air Base in Germany on 6 September", status="planned", locs=["Ramstein Air Base", "Germany"], actors=["Ukraine Defense Contact Group"]),
    ev(a, "clash", "2023-08", "month", "A year ago, Ukrainian troops were fighting their way into Robotyne in Zaporizhzhia Oblast during the summer counteroffensive.", locs=["Robotyne", "Zaporizhzhia Oblast"], actors=["Armed Forces of Ukraine"]),
    trap(a, "Kursk Oblast was the scene of one of the largest tank battles in history in the summer of 1943."),
    trap(a, "Since February 2022, the UN has verified the deaths of more than 11,500 civilians in Ukraine."),
]
a = "nigeria_kankara_2020"  # Fri 2020-12-18
G += [
    ev(a, "release", "2020-12-17", "approx", "Kankara: Freed schoolboys arrive Katsina", O, locs=["Kankara", "Katsina"]),
    ev(a, "release", "2020-12-17", "approx", "More than 300 schoolboys abducted from the Government Science Secondary School, Kankara, arrived in Katsina, the state capital, on Friday morning, hours after they regained freedom.", locs=["Kankara", "Katsina"], count=300),
    ev(a, "negotiation", "2020-12-18", "day", "is expected to meet them later today", O, status="planned", locs=["Katsina"], actors=["Muhammadu Buhari"]),
    ev(a, "release", "2020-12-17", "day", "344 students were freed late on Thursday in the Rugu forest and handed over to security agencies", locs=["Rugu forest", "Katsina"], count=344),
    ev(a, "statement", "2020-12-18", "approx", "Mr Masari told journalists", O, actors=["Aminu Masari"]),
    ev(a, "negotiation", ("2020-12-12", "2020-12-17"), "range", "the release followed negotiations with the abductors", O, actors=["Miyetti Allah"]),
    # (the count of abducted boys revised: dated by the abduction)
    ev(a, "abduction", "2020-12-11", "approx", "The school had initially put the number of missing students at 333 before the state government raised it to 344 on Tuesday.", O, locs=["Kankara"], count=344),
    ev(a, "abduction", "2020-12-11", "day", "Gunmen on motorcycles stormed the all-boys boarding school at about 9:40 p.m. last Friday, shooting sporadically, and marched hundreds of students into the bush.", locs=["Kankara", "Katsina"]),
    ev(a, "release", "2020-12-11", "approx", "Some escaped during the attack", O, locs=["Kankara"]),
    ev(a, "release", ("2020-12-12", "2020-12-13"), "range", "while others found their way home over the weekend", O, locs=["Kankara"]),
    ev(a, "clash", "2020-12-12", "approx", "The Defence Headquarters said on Saturday that troops had located the abductors' hideout in the Zango/Paula forest and were exchanging fire with them.", status="claimed", locs=["Zango/Paula forest"], actors=["Nigerian Army"]),
    ev(a, "statement", "2020-12-15", "day", "On Tuesday, the leader of the Boko Haram sect, Abubakar Shekau, claimed responsibility for the abduction in an audio message", O, status="claimed", actors=["Abubakar Shekau", "Boko Haram"]),
    ev(a, "statement", "2020-12-17", "day", "on Thursday the group released a video showing some of the boys", O, actors=["Boko Haram"]),
    ev(a, "statement", None, "unknown", "Mr Masari and the presidency dismissed the claim", O, actors=["Aminu Masari"]),
    ev(a, "statement", "2020-12-13", "day", "The Katsina government ordered all boarding schools in the state closed on Sunday", O, locs=["Katsina"]),
    ev(a, "attack_on_civilians", "2020-11-28", "day", "Boko Haram fighters killed rice farmers in Koshobe, near Zabarmari in Jere Local Government Area of Borno State, on November 28", locs=["Koshobe", "Zabarmari", "Jere", "Borno"], actors=["Boko Haram"], killed=43),
    ev(a, "casualty_report", "2020-11-28", "approx", "Governor Babagana Zulum attended the burial of 43 victims a day later.", locs=["Zabarmari"], killed=43),
    ev(a, "statement", "2020-11-29", "day", "Governor Babagana Zulum attended the burial of 43 victims a day later.", O, locs=["Zabarmari"], actors=["Babagana Zulum"]),
    ev(a, "casualty_report", "2020-11-28", "approx", "The UN humanitarian coordinator, Edward Kallon, put the toll at \"at least 110\" that evening", O, status="claimed", locs=["Zabarmari"], actors=["Edward Kallon"], killed=110),
    ev(a, "statement", "2020-12-01", "day", "The House of Representatives had on December 1 invited Mr Buhari to brief lawmakers on the security situation", O, actors=["House of Representatives", "Muhammadu Buhari"]),
    trap(a, "but the president did not appear as scheduled last Thursday."),
    ev(a, "statement", "2020-12-17", "day", "In its weekly briefing on Thursday, the Defence Headquarters said", O, actors=["Defence Headquarters"]),
    ev(a, "clash", ("2020-12-14", "2020-12-16"), "range", "troops of Operation Lafiya Dole had killed 22 insurgents over three days of clearance operations in the Sambisa forest that ended on Wednesday", status="claimed", locs=["Sambisa forest", "Borno"], actors=["Operation Lafiya Dole", "Boko Haram"], killed=22),
    ev(a, "defection", ("2020-12-01", "2020-12-17"), "range", "87 Boko Haram fighters and their families had surrendered to troops in Borno since the start of the month", status="claimed", locs=["Borno"], actors=["Boko Haram"], count=87),
    ev(a, "attack_on_civilians", "2020-06", "month", "In June, gunmen killed 81 villagers in Foduma Kolomdi, in Gubio Local Government Area.", locs=["Foduma Kolomdi", "Gubio"], killed=81),
    ev(a, "clash", "2020-06-13", "day", "On June 13, ISWAP fighters attacked Monguno and set fire to the UN humanitarian hub in the town.", locs=["Monguno"], actors=["ISWAP"]),
    ev(a, "attack_on_civilians", "2020-06-13", "day", "On June 13, ISWAP fighters attacked Monguno and set fire to the UN humanitarian hub in the town.", O, locs=["Monguno"], actors=["ISWAP"]),
    ev(a, "aid_change", "2020-06", "month", "Several aid agencies suspended operations there afterwards.", locs=["Monguno"]),
    ev(a, "abduction", "2020-06", "month", "Five aid workers abducted on the Monguno road in June", locs=["Monguno"], actors=["ISWAP"], count=5),
    ev(a, "attack_on_civilians", "2020-07", "month", "were shown executed in an ISWAP video the following month", actors=["ISWAP"], killed=5),
    ev(a, "clash", "2020-09", "month", "In September, insurgents ambushed Mr Zulum's convoy near Baga, killing at least 30 people, most of them police officers and soldiers.", locs=["Baga"], actors=["Babagana Zulum"], killed=30),
    ev(a, "attack_on_civilians", "2019-12", "month", "A year ago this month, ISWAP released a video showing the execution of 11 Christian captives.", actors=["ISWAP"], killed=11),
    ev(a, "abduction", "2014-04", "month", "the kidnapping of 276 schoolgirls from Chibok in April 2014", O, locs=["Chibok"], actors=["Boko Haram"], count=276),
    ev(a, "abduction", "2018-02", "month", "of 110 girls from Dapchi in February 2018", O, locs=["Dapchi"], count=110),
    trap(a, "Had the boys been moved across the forest into Zamfara, security sources said, a rescue would have been far more difficult."),
    trap(a, "The insurgency in the North-east has killed more than 30,000 people and displaced about two million since 2009."),
]
a = "mali_kidal_2023"  # Thu 2023-11-16
G += [
    ev(a, "territory_change", "2023-11-14", "day", "Malian troops, backed by fighters from the Russian paramilitary group Wagner, entered Kidal on Tuesday 14 November", locs=["Kidal"], actors=["Malian Armed Forces", "Wagner Group", "CSP"]),
    ev(a, "territory_change", "2023-11-14", "day", "\"Today, our armed and security forces have seized Kidal,\"", O, locs=["Kidal"], actors=["Malian Armed Forces"]),
    ev(a, "statement", "2023-11-14", "day", "transitional president Colonel Assimi Goïta announced that afternoon in a statement read on national television", O, actors=["Assimi Goïta"]),
    ev(a, "territory_change", "2023-11-13", "day", "said they had withdrawn from the town the previous day", locs=["Kidal"], actors=["CSP"]),
    ev(a, "statement", "2023-11-14", "approx", "Images posted on Telegram channels close to Wagner showed its fighters raising the group's flag over the former United Nations camp.", O, locs=["Kidal"], actors=["Wagner Group"]),
    ev(a, "military_movement", ("2023-11-11", "2023-11-12"), "range", "The army column had set out from Anefis, about 110 kilometres to the south, at the weekend", locs=["Anefis"], actors=["Malian Armed Forces"]),
    ev(a, "bombing", ("2023-11-11", "2023-11-12"), "range", "while drones pounded rebel positions in and around Kidal", O, locs=["Kidal"], actors=["Malian Armed Forces", "CSP"]),
    ev(a, "bombing", "2023-11-11", "day", "A strike on Saturday hit a building near the town's market, killing 14 people, including several children, according to the CSP.", status="claimed", locs=["Kidal"], actors=["Malian Armed Forces"], killed=14),
    ev(a, "attack_on_civilians", "2023-11-11", "day", "A strike on Saturday hit a building near the town's market, killing 14 people, including several children, according to the CSP.", O, status="claimed", locs=["Kidal"], actors=["Malian Armed Forces"], killed=14),
    ev(a, "statement", None, "unknown", "The army said it had targeted \"terrorists\" and denied that civilians had been hit.", O, actors=["Malian Armed Forces"]),
    ev(a, "bombing", ("2023-11-01", "2023-11-16"), "range", "Since the start of the month, the army says, it has carried out more than 50 air strikes in the Kidal region.", status="claimed", locs=["Kidal"], actors=["Malian Armed Forces"], count=50),
    ev(a, "territory_change", "2023-10-31", "day", "the UN stabilisation mission, MINUSMA, which left its Kidal camp on 31 October, ahead of schedule", locs=["Kidal"], actors=["MINUSMA"]),
    ev(a, "territory_change", "2023-10-31", "approx", "CSP fighters occupied the camp within hours.", locs=["Kidal"], actors=["CSP"]),
    ev(a, "territory_change", "2023-10", "month", "Last month, the peacekeepers also pulled out of Tessalit and Aguelhok", locs=["Tessalit", "Aguelhok"], actors=["MINUSMA"]),
    ev(a, "clash", "2023-10", "month", "coming under fire as they left", O, locs=["Tessalit", "Aguelhok"], actors=["MINUSMA"]),
    ev(a, "territory_change", "2023-10-07", "day", "Malian troops entered Anefis on 7 October after three days of fighting with the CSP.", locs=["Anefis"], actors=["Malian Armed Forces", "CSP"]),
    ev(a, "clash", ("2023-10-05", "2023-10-07"), "range", "after three days of fighting with the CSP", locs=["Anefis"], actors=["Malian Armed Forces", "CSP"]),
    ev(a, "clash", "2023-08", "month", "The first clashes between the army and the rebels in years erupted in August around Ber, near Timbuktu", locs=["Ber", "Timbuktu"], actors=["Malian Armed Forces", "CSP"]),
    ev(a, "territory_change", "2023-08", "month", "after MINUSMA handed over its base there", O, locs=["Ber"], actors=["MINUSMA", "Malian Armed Forces"]),
    ev(a, "agreement", "2023-08", "month", "They effectively buried the 2015 Algiers peace agreement, which the rebel movements had signed with Bamako.", O, actors=["CSP", "Government of Mali"]),
    # (a blockade: no type fits well; optional)
    ev(a, "clash", ("2023-08-01", "2023-11-16"), "range", "has blockaded Timbuktu since August", O, locs=["Timbuktu"], actors=["JNIM"]),
    ev(a, "attack_on_civilians", "2023-09-07", "day", "On 7 September, an attack on the passenger boat Tombouctou on the Niger River near Bamba killed 49 civilians and 15 soldiers, according to the government", locs=["Bamba", "Niger River"], actors=["JNIM"], killed=64),
    ev(a, "statement", "2023-09-07", "approx", "which declared three days of national mourning", O, actors=["Government of Mali"]),
    ev(a, "casualty_report", "2023-09-07", "approx", "Local officials put the toll at more than 100.", O, status="claimed", locs=["Bamba"], killed=100),
    ev(a, "clash", "2023-09-08", "day", "The next day, jihadists attacked the army camp at Bourem.", locs=["Bourem"], actors=["JNIM", "Malian Armed Forces"]),
    trap(a, "\"Kidal was the last piece of the puzzle,\" said a Malian officer reached by phone."),
    ev(a, "clash", "2023-06", "month", "two months after leading a short-lived mutiny against Russia's military leadership", O, actors=["Yevgeny Prigozhin", "Wagner Group"]),
    ev(a, "attack_on_civilians", "2022-03", "month", "Human rights organisations accuse Malian troops and Wagner fighters of killing hundreds of civilians in Moura, in central Mali, in March 2022", locs=["Moura"], actors=["Malian Armed Forces", "Wagner Group"]),
    ev(a, "statement", "2023-05", "month", "A UN report published in May concluded that at least 500 people had been killed there.", O, actors=["United Nations"]),
    ev(a, "casualty_report", "2022-03", "month", "A UN report published in May concluded that at least 500 people had been killed there.", O, locs=["Moura"], killed=500),
    ev(a, "statement", "2022-11", "month", "A year ago, Emmanuel Macron announced the formal end of Operation Barkhane", O, actors=["Emmanuel Macron", "Operation Barkhane"]),
    ev(a, "military_movement", "2022-08", "month", "three months after the last French soldiers left Mali", locs=["Mali"], actors=["French forces"]),
    ev(a, "territory_change", "2022-08", "month", "three months after the last French soldiers left Mali", O, locs=["Mali"], actors=["French forces"]),
    ev(a, "attack_on_civilians", "2023-11", "month", "about 70 villagers were killed in Zaongo, in the Centre-Nord region, earlier this month, according to the UN", locs=["Zaongo", "Centre-Nord", "Burkina Faso"], killed=70),
    ev(a, "abduction", "2023-01", "month", "In January, jihadists abducted 66 women and children near Arbinda", locs=["Arbinda", "Burkina Faso"], count=66),
    ev(a, "release", "2023-01", "month", "soldiers freed them a week later near Tougouri", locs=["Tougouri", "Burkina Faso"], actors=["Burkina Faso armed forces"], count=66),
    ev(a, "agreement", "2023-09-16", "day", "On 16 September, Mali, Burkina Faso and Niger signed the Liptako-Gourma Charter in Bamako", locs=["Bamako"], actors=["Mali", "Burkina Faso", "Niger", "Alliance of Sahel States"]),
    # (an election that will not be held then: only the announcement is coded)
    ev(a, "statement", "2023-09", "month", "The junta announced in September that the presidential election, which was to have been held in February, would be postponed for \"technical reasons\".", O, actors=["Government of Mali"]),
    ev(a, "military_movement", "2023-12-31", "day", "MINUSMA must complete its withdrawal from Mali by 31 December.", status="planned", locs=["Mali"], actors=["MINUSMA"]),
    ev(a, "negotiation", "2023-12-10", "day", "ECOWAS heads of state are due to meet in Abuja on 10 December.", status="planned", locs=["Abuja"], actors=["ECOWAS"]),
    trap(a, "If the army pushes on towards Tinzaouaten on the Algerian border, analysts say, it will face a far more mobile enemy in the desert."),
    ev(a, "territory_change", "2012-03", "month", "The rebels first seized Kidal in March 2012.", locs=["Kidal"]),
    ev(a, "clash", "2014-05", "month", "In May 2014, fighting that broke out during a visit by then prime minister Moussa Mara ended with the army being driven out of the town.", O, locs=["Kidal"], actors=["Malian Armed Forces", "Moussa Mara"]),
    ev(a, "territory_change", "2014-05", "month", "In May 2014, fighting that broke out during a visit by then prime minister Moussa Mara ended with the army being driven out of the town.", O, locs=["Kidal"], actors=["Malian Armed Forces"]),
    trap(a, "Since 2012, the conflicts in Mali have killed thousands of civilians and soldiers and displaced hundreds of thousands of people."),
]
a = "colombia_catatumbo_2025"  # Tue 2025-01-21
G += [
    ev(a, "statement", "2025-01-20", "approx", "Petro declares a state of internal commotion as the ELN offensive in Catatumbo displaces more than 36,000", O, locs=["Catatumbo"], actors=["Gustavo Petro"]),
    ev(a, "clash", ("2025-01-16", "2025-01-20"), "range", "after the guerrilla's attacks on FARC dissidents on the border with Venezuela left dozens dead", O, locs=["Catatumbo"], actors=["ELN", "FARC dissidents"]),
    ev(a, "statement", "2025-01-20", "day", "Colombian President Gustavo Petro announced on Monday night that he will declare a state of internal commotion", O, actors=["Gustavo Petro"]),
    ev(a, "statement", ("2025-01-16", "2025-01-21"), "range", "has forced more than 36,000 people from their homes since Thursday", O, locs=["Catatumbo"], count=36000),
    ev(a, "statement", None, "unknown", "The decree, which must be signed by all of his ministers, will give the government extraordinary powers for 90 days.", O, status="planned", actors=["Gustavo Petro"]),
    ev(a, "clash", "2025-01-16", "day", "The violence broke out last Thursday, when ELN fighters launched coordinated attacks on areas controlled by the 33rd Front of the dissidents in the municipalities of Tibú, Teorama, El Tarra, Convención and Hacarí.", locs=["Tibú", "Teorama", "El Tarra", "Convención", "Hacarí", "Catatumbo", "Norte de Santander"], actors=["ELN", "33rd Front"]),
    ev(a, "attack_on_civilians", "2025-01-15", "day", "accusing the dissidents of killing a couple and their nine-month-old baby in Tibú on January 15", locs=["Tibú"], actors=["33rd Front"], killed=3),
    ev(a, "statement", None, "unknown", "The 33rd Front denied any involvement.", O, actors=["33rd Front"]),
    ev(a, "casualty_report", ("2025-01-16", "2025-01-19"), "range", "Norte de Santander Governor William Villamizar put the death toll at 80 on Sunday", O, status="claimed", locs=["Catatumbo", "Norte de Santander"], actors=["William Villamizar"], killed=80),
    ev(a, "casualty_report", ("2025-01-16", "2025-01-20"), "range", "By Monday, forensic teams had recovered 32 bodies, the Attorney General's Office said", locs=["Catatumbo"], actors=["Attorney General's Office"], killed=32),
    ev(a, "attack_on_civilians", ("2025-01-16", "2025-01-20"), "range", "Among the dead are at least six signatories of the 2016 peace agreement and a social leader from El Tarra", O, locs=["El Tarra", "Catatumbo"], actors=["ELN"], killed=7),
    ev(a, "clash", "2025-01-21", "approx", "Residents reported that fighting continued overnight in rural areas of Tibú.", locs=["Tibú"], actors=["ELN", "33rd Front"]),
    ev(a, "negotiation", "2025-01-17", "day", "On Friday, Petro suspended the peace talks with the ELN", actors=["Gustavo Petro", "ELN"]),
    ev(a, "statement", "2025-01-17", "approx", "he wrote on X", O, actors=["Gustavo Petro"]),
    ev(a, "statement", "2025-01-19", "day", "Two days later, the guerrilla's central command published a statement blaming the government for the breakdown", O, actors=["ELN"]),
    ev(a, "military_movement", "2025-01-18", "approx", "Defense Minister Iván Velásquez, who traveled to Cúcuta on Saturday, announced the deployment of 5,000 troops to the region.", locs=["Catatumbo", "Cúcuta"], actors=["Iván Velásquez", "Colombian Army"], count=5000),
    ev(a, "military_movement", ("2025-01-18", "2025-01-19"), "range", "Over the weekend, army helicopters airlifted hundreds of people, many of them former FARC combatants and their families, from Tibú to Cúcuta", locs=["Tibú", "Cúcuta"], actors=["Colombian Army"]),
    ev(a, "defection", "2025-01-20", "day", "On Monday, some 30 members of the 33rd Front surrendered to the army in Tibú, asking for protection.", locs=["Tibú"], actors=["33rd Front", "Colombian Army"], count=30),
    ev(a, "aid_change", ("2025-01-18", "2025-01-19"), "range", "Several humanitarian organizations suspended their field missions in rural Tibú and El Tarra at the weekend, citing security conditions.", locs=["Tibú", "El Tarra"]),
    ev(a, "statement", "2025-01-20", "day", "The Ombudsman's Office said on Monday that about 2,000 people had crossed into Venezuela.", O, locs=["Venezuela"], actors=["Ombudsman's Office"], count=2000),
    trap(a, "\"Catatumbo is a powder keg that has just exploded,\" said a priest in Ocaña who has helped organize shelters."),
    ev(a, "negotiation", "2022-11", "month", "The talks with the ELN, the oldest active guerrilla in the Americas, began in Caracas in November 2022.", locs=["Caracas"], actors=["ELN", "Government of Colombia"]),
    ev(a, "agreement", "2023-08-03", "day", "A bilateral ceasefire took effect on August 3, 2023", actors=["ELN", "Government of Colombia"]),
    ev(a, "agreement", "2024-08-03", "approx", "it expired without being renewed", actors=["ELN", "Government of Colombia"]),
    ev(a, "negotiation", "2024-09", "month", "The negotiations were frozen in September", O, actors=["ELN", "Government of Colombia"]),
    ev(a, "bombing", "2024-09", "month", "after an ELN truck bomb attack on a military base in Puerto Jordán, Arauca, killed two soldiers", locs=["Puerto Jordán", "Arauca"], actors=["ELN"], killed=2),
    trap(a, "has been fought over by armed groups since the FARC laid down its arms under the 2016 peace agreement"),
    ev(a, "abduction", "2023-10-28", "day", "On October 28, 2023, its fighters seized Luis Manuel Díaz, the father of Liverpool striker Luis Díaz, in Barrancas, La Guajira", locs=["Barrancas", "La Guajira"], actors=["ELN", "Luis Manuel Díaz"], count=1),
    ev(a, "release", "2023-11-09", "day", "and released him 12 days later", actors=["ELN", "Luis Manuel Díaz"], count=1),
    ev(a, "agreement", "2024-02", "month", "Last February, the group agreed to stop kidnapping for ransom as part of the talks", actors=["ELN", "Government of Colombia"]),
    ev(a, "election", "2026-03", "month", "Colombians will elect a new Congress in March next year", status="planned", locs=["Colombia"]),
    ev(a, "election", "2026-05", "month", "and a successor to Petro in May", status="planned", locs=["Colombia"]),
    trap(a, "Colombia's armed conflict has left more than 450,000 people dead since 1985, according to the Truth Commission."),
]

MANIFEST = [
    {"key": "iraq_samarra_2006", "outlet": "Los Angeles Times", "published": "2006-03-01"},
    {"key": "yemen_redsea_2024", "outlet": "Al Arabiya English", "published": "2024-01-19"},
    {"key": "ukraine_kursk_2024", "outlet": "Ukrainska Pravda", "published": "2024-08-28"},
    {"key": "nigeria_kankara_2020", "outlet": "Premium Times", "published": "2020-12-18"},
    {"key": "mali_kidal_2023", "outlet": "Jeune Afrique", "published": "2023-11-16"},
    {"key": "colombia_catatumbo_2025", "outlet": "El País", "published": "2025-01-21"},
]

if __name__ == "__main__":
    write(HERE, G, MANIFEST)
