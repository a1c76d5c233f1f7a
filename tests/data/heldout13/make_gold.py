"""Gold for the thirteenth dev set, coded by hand and blind (without reading the extractor or running
it on these texts): Sierra Leone (Operation Barras, 2000), Nepal (the Madi bus bomb, 2005), southern
Thailand (Tak Bai, 2004), Mexico (Villa Unión, 2019), DR Congo (M23 in Goma, 2025) and Mozambique
(Cabo Delgado, 2023), written for this set in the styles of BBC News, the Kathmandu Post, the
Bangkok Post, Mexico News Daily, VOA and Lusa.

Date phenomena: newspaper "yesterday"/"today"/"this morning" (Bangkok Post, Mexico News Daily);
possessive weekdays ("Monday's landmine explosion", "Saturday's brazen assault"); "last Friday" in a
Friday article (a week back) next to "on Friday" meaning that same Friday (a rally still to come);
"last Tuesday" in a Tuesday article; "On Thursday" five days back; weekdays without "on"
(VOA: "Tuesday", "late Sunday", "Monday"); "late on Saturday", "late on Monday night", "overnight"
and "overnight and into Tuesday morning"; "at the weekend" / "over the weekend"; "last week",
"earlier this month", "last month", "later this month", "later this week", "next month",
"since the start of the month", "since the start of the year", "since Thursday", "since January";
chained relative dates ("seized on 25 August ... released six days later", "on 17 May, nine days
after", "On October 17 ... Three days before that", "two days later", "the next day", "the
previous day", "the following day", "a day before"); month-day without a year, on either side of
the publication date ("17 May", "January 4", "December 15" in a January article, "22 August",
"11 October" still to come); "a year ago" (month precision); ranges ("between March and May",
"over three days of fighting that ended Saturday", "between January and October"); historical
background years back (1991, 1996, 2003, 2011, 2012, 2020-2021).

Conventions as in heldout10/11: a single event's updated tolls are casualty_report rows dated by
the event (only the latest official one required), competing tolls optional and `claimed`; a
one-sided account of an attack is `claimed`; "overnight" in a morning report is the night before
publication (approx); "last week" is the previous Monday-Sunday; statements, page furniture and
marginal rows are optional; whole-war tolls, hypotheticals, metaphors and photo captions are traps.
"""
import sys
from pathlib import Path

HERE = Path(__file__).parent
sys.path.insert(0, str(HERE.parent / "heldout"))
from make_gold import O, ev, trap, write  # noqa: E402

G = []
a = "sierraleone_freetown_2000"  # Mon 2000-09-11
G += [
    ev(a, "release", "2000-09-10", "approx", "British paratroopers and special forces have freed six British soldiers and a Sierra Leonean army officer held for more than two weeks by a renegade militia in the jungle east of the capital, Freetown", locs=["Gberi Bana", "Freetown"], actors=["British forces", "West Side Boys"], count=7),
    ev(a, "release", "2000-09-10", "day", "The hostages were snatched from their captors in a dawn assault on Sunday by troops flown in on Chinook helicopters", locs=["Gberi Bana"], actors=["British forces", "West Side Boys"], count=7),
    ev(a, "clash", "2000-09-10", "day", "The hostages were snatched from their captors in a dawn assault on Sunday by troops flown in on Chinook helicopters", locs=["Gberi Bana", "Magbeni"], actors=["British forces", "West Side Boys"], killed=26),
    ev(a, "clash", "2000-09-10", "approx", "One British soldier was killed and 11 were wounded, one of them seriously", O, actors=["British forces"], killed=1),
    ev(a, "casualty_report", "2000-09-10", "approx", "One British soldier was killed and 11 were wounded, one of them seriously", O, actors=["British forces"], killed=1),
    ev(a, "casualty_report", "2000-09-10", "approx", "At least 25 members of the militia, known as the West Side Boys, were killed, British officials said", O, actors=["West Side Boys"], killed=25),
    ev(a, "casualty_report", "2000-09-10", "approx", "saying villagers had counted more than 40 bodies in Gberi Bana and Magbeni", O, status="claimed", locs=["Gberi Bana", "Magbeni"], killed=40),
    # (fighters captured in the raid: part of the battle; no type fits a capture)
    ev(a, "clash", "2000-09-10", "approx", "Eighteen fighters were taken prisoner, among them the group's self-styled leader, \"Brigadier\" Foday Kallay", O, actors=["West Side Boys", "Foday Kallay"], count=18),
    ev(a, "statement", "2000-09-11", "day", "he told BBC Radio 4's Today programme on Monday", O, actors=["Geoff Hoon"]),
    ev(a, "military_movement", "2000-09-09", "day", "the hostages had been moved between the two villages late on Saturday", O, locs=["Gberi Bana", "Magbeni"], actors=["West Side Boys"]),
    ev(a, "clash", "2000-09-10", "approx", "While paratroopers attacked Magbeni on the southern bank, special forces soldiers landed at Gberi Bana", O, locs=["Magbeni", "Gberi Bana"], actors=["Parachute Regiment", "West Side Boys"]),
    ev(a, "bombing", "2000-09-10", "approx", "An army Lynx helicopter fired on militia positions as the troops went in.", O, locs=["Magbeni"], actors=["British forces"]),
    ev(a, "clash", "2000-09-10", "approx", "the fighting went on for several hours before the last pockets of resistance in Magbeni were cleared", O, locs=["Magbeni"]),
    ev(a, "military_movement", ("2000-09-11", "2000-09-17"), "range", "The freed men are expected to return to Britain later this week.", O, status="planned"),
    ev(a, "abduction", "2000-08-25", "day", "The 11 soldiers from the Royal Irish Regiment and their Sierra Leonean liaison officer were seized on 25 August", locs=["Magbeni"], actors=["West Side Boys", "Royal Irish Regiment"], count=12),
    ev(a, "release", "2000-08-31", "day", "Five of them were released six days later", actors=["West Side Boys"], count=5),
    ev(a, "negotiation", ("2000-08-25", "2000-08-31"), "range", "after the commander of the British training team negotiated with the militia", O, actors=["West Side Boys"]),
    ev(a, "statement", None, "unknown", "had demanded the release of their jailed members and a new government in Freetown", O, actors=["West Side Boys"]),
    ev(a, "military_movement", ("2000-09-04", "2000-09-10"), "range", "Last week about 130 soldiers from the 1st Battalion, the Parachute Regiment, were flown out from Britain", actors=["Parachute Regiment"], count=130),
    ev(a, "statement", ("2000-09-09", "2000-09-10"), "range", "Foreign Secretary Robin Cook said at the weekend that Britain would not be deterred", O, actors=["Robin Cook"]),
    ev(a, "statement", "2000-09-11", "day", "President Ahmad Tejan Kabbah thanked Britain on Monday", O, actors=["Ahmad Tejan Kabbah"]),
    ev(a, "military_movement", "2000-05", "month", "Britain first sent troops to Sierra Leone in May", actors=["British forces"]),
    ev(a, "abduction", "2000-05", "month", "when fighters of the Revolutionary United Front (RUF) took about 500 UN peacekeepers hostage and advanced on the capital", actors=["Revolutionary United Front", "UNAMSIL"], count=500),
    ev(a, "release", "2000-07", "month", "The last of the peacekeepers held by the RUF were freed in July, when Indian troops broke out of the besieged eastern town of Kailahun", locs=["Kailahun"], actors=["Revolutionary United Front", "UNAMSIL"]),
    ev(a, "clash", "2000-07", "month", "when Indian troops broke out of the besieged eastern town of Kailahun", O, locs=["Kailahun"], actors=["UNAMSIL", "Revolutionary United Front"]),
    # (capture of the RUF leader: an arrest, no type fits; optional)
    ev(a, "abduction", "2000-05-17", "day", "RUF leader Foday Sankoh was captured in Freetown on 17 May", O, locs=["Freetown"], actors=["Foday Sankoh"]),
    ev(a, "attack_on_civilians", "2000-05-08", "day", "nine days after his bodyguards opened fire on thousands of people demonstrating outside his house, killing about 20 of them", locs=["Freetown"], actors=["Revolutionary United Front"], killed=20),
    ev(a, "protest", "2000-05-08", "day", "nine days after his bodyguards opened fire on thousands of people demonstrating outside his house", O, locs=["Freetown"]),
    ev(a, "negotiation", "2000-09", "month", "The UN Security Council is due to decide later this month whether to extend the mandate of the UN mission, Unamsil", status="planned", actors=["UN Security Council", "UNAMSIL"]),
    trap(a, "Had the hostages been moved into the hills, military planners say, a rescue would have been far more difficult."),
    trap(a, "The civil war, which began in 1991, has killed tens of thousands of people"),
    trap(a, "Sierra Leone's West Side Boys: Who are they?"),
]
a = "nepal_chitwan_2005"  # Fri 2005-06-10
G += [
    ev(a, "bombing", "2005-06-06", "day", "The death toll in Monday's landmine explosion on a crowded passenger bus in Madi, southern Chitwan, has risen to 39", locs=["Madi", "Chitwan"], actors=["CPN (Maoist)"], killed=39),
    # (rising tolls, dated by the blast; the latest one required)
    ev(a, "casualty_report", "2005-06-06", "approx", "The death toll in Monday's landmine explosion on a crowded passenger bus in Madi, southern Chitwan, has risen to 39 after a 12-year-old girl died at Bharatpur Hospital on Thursday", locs=["Madi", "Chitwan"], killed=39),
    ev(a, "attack_on_civilians", "2005-06-06", "day", "The death toll in Monday's landmine explosion on a crowded passenger bus in Madi, southern Chitwan, has risen to 39", O, locs=["Madi", "Chitwan"], actors=["CPN (Maoist)"], killed=39),
    ev(a, "bombing", "2005-06-06", "day", "ran over a command-detonated mine at Badarmude in Kalyanpur VDC at around 7:30 am on Monday", locs=["Badarmude", "Kalyanpur", "Madi", "Chitwan"], actors=["CPN (Maoist)"]),
    ev(a, "casualty_report", "2005-06-06", "approx", "Police initially put the number of dead at 35.", O, killed=35),
    ev(a, "casualty_report", "2005-06-06", "approx", "Thirty-eight had died by Tuesday evening", O, killed=38),
    ev(a, "statement", None, "unknown", "The Maoists, who had first blamed the explosion on \"royal army provocation\"", O, actors=["CPN (Maoist)"]),
    ev(a, "statement", "2005-06-08", "day", "In a statement issued on Wednesday, CPN (Maoist) chairman Prachanda admitted that a local unit of the party's \"People's Liberation Army\" had set off the mine", O, actors=["Prachanda", "CPN (Maoist)"]),
    ev(a, "statement", None, "unknown", "The rebels claimed the mine had been laid to target a security patrol", O, actors=["CPN (Maoist)"]),
    ev(a, "protest", "2005-06-07", "day", "Hundreds of local residents staged a sit-in at Madi bazaar on Tuesday", locs=["Madi"]),
    ev(a, "protest", "2005-06-08", "day", "a general strike called by student unions and traders shut down Chitwan district the next day", locs=["Chitwan"]),
    trap(a, "the blast had blown apart whatever trust remained between the rebels and ordinary people"),
    trap(a, "Had the bus been carrying its usual market-day load, officials said, the toll could have been even higher."),
    ev(a, "statement", None, "unknown", "The government has announced Rs 100,000 in relief for the family of each victim.", O),
    ev(a, "clash", "2005-06-03", "day", "security forces killed nine Maoists in a clash at Thabang in Rolpa district last Friday", status="claimed", locs=["Thabang", "Rolpa"], actors=["Royal Nepalese Army", "CPN (Maoist)"], killed=9),
    ev(a, "statement", "2005-06-09", "day", "the RNA said in a press release issued on Thursday", O, actors=["Royal Nepalese Army"]),
    ev(a, "abduction", "2005-06-07", "day", "the rebels abducted around 150 students and eight teachers from Shree Janajagriti Secondary School in Achham district on Tuesday", locs=["Achham"], actors=["CPN (Maoist)"], count=158),
    ev(a, "release", "2005-06-09", "day", "They released all but 12 of the students two days later", locs=["Achham"], actors=["CPN (Maoist)"]),
    ev(a, "bombing", "2005-06", "month", "Earlier this month, Maoists detonated a bomb at the district land revenue office in Dhading", locs=["Dhading"], actors=["CPN (Maoist)"]),
    ev(a, "protest", "2005-06-10", "day", "will hold a mass rally at Basantapur in Kathmandu on Friday", status="planned", locs=["Basantapur", "Kathmandu"], actors=["Seven-party alliance"]),
    ev(a, "statement", "2005-04-29", "day", "the state of emergency was lifted on April 29", O),
    ev(a, "aid_change", "2005-02", "month", "India, Britain and the United States suspended military assistance to Nepal in February", actors=["India", "United Kingdom", "United States"]),
    ev(a, "statement", "2005-02-01", "day", "King Gyanendra sacked the government, declared a state of emergency and assumed direct rule on February 1", O, actors=["King Gyanendra"]),
    ev(a, "aid_change", "2005-05", "month", "New Delhi resumed supplies of non-lethal equipment last month", actors=["India"]),
    ev(a, "statement", None, "unknown", "described the attack as a serious violation of international humanitarian law", O, actors=["OHCHR"]),
    ev(a, "negotiation", "2003-08", "month", "The Maoists pulled out of peace talks with the government in August 2003, ending a seven-month ceasefire", O, actors=["CPN (Maoist)", "Government of Nepal"]),
    ev(a, "agreement", "2003-08", "month", "The Maoists pulled out of peace talks with the government in August 2003, ending a seven-month ceasefire", O, actors=["CPN (Maoist)", "Government of Nepal"]),
    trap(a, "The insurgency, which the Maoists launched in February 1996, has claimed more than 12,000 lives."),
]
a = "thailand_takbai_2004"  # Wed 2004-10-27
G += [
    ev(a, "attack_on_civilians", "2004-10-25", "approx", "Seventy-eight Muslim men arrested after Monday's riot in Narathiwat's Tak Bai district died of suffocation or were crushed to death while being taken to an army camp in Pattani", locs=["Tak Bai", "Narathiwat", "Pattani"], actors=["Thai security forces"], killed=78),
    ev(a, "casualty_report", "2004-10-25", "approx", "bringing the death toll from the unrest to 85", locs=["Tak Bai", "Narathiwat"], killed=85),
    trap(a, "Soldiers guard protesters lying face down outside the Tak Bai district police station on Monday."),
    # (mass detention by state forces: arrests, not a kidnapping; optional)
    ev(a, "abduction", "2004-10-25", "day", "The men were among about 1,300 protesters rounded up outside the Tak Bai district police station on Monday afternoon", O, locs=["Tak Bai"], actors=["Thai security forces"], count=1300),
    ev(a, "attack_on_civilians", "2004-10-25", "day", "Most of the victims were found dead when the trucks arrived at the camp late on Monday night", locs=["Ingkayuth Borihan camp", "Nong Chik", "Pattani"], actors=["Thai army"], killed=78),
    ev(a, "attack_on_civilians", "2004-10-25", "approx", "Six protesters were shot dead at the police station, where security forces used water cannon, tear gas and live ammunition to disperse a crowd of about 2,000 people", locs=["Tak Bai"], actors=["Thai security forces"], killed=6),
    ev(a, "casualty_report", "2004-10-25", "approx", "Staff at Narathiwat Ratchanakharin hospital said seven people had died of gunshot wounds", O, status="claimed", locs=["Tak Bai"], killed=7),
    ev(a, "protest", "2004-10-25", "day", "The crowd had gathered on Monday morning to demand the release of six village defence volunteers", locs=["Tak Bai", "Narathiwat"]),
    ev(a, "statement", None, "unknown", "Fourth Army commander Lt Gen Pisarn Wattanawongkeeree denied that troops had fired into the crowd", O, actors=["Pisarn Wattanawongkeeree"]),
    ev(a, "statement", "2004-10-26", "day", "Prime Minister Thaksin Shinawatra said yesterday the men in the trucks had died because they were already weak from fasting", O, actors=["Thaksin Shinawatra"]),
    ev(a, "statement", None, "unknown", "Opposition leader Banyat Bantadtan called for an independent inquiry.", O, actors=["Banyat Bantadtan"]),
    trap(a, "the government had poured petrol on the fire in the region"),
    ev(a, "release", "2004-10-26", "day", "Police said 230 of the detainees had been released yesterday after questioning", actors=["Thai police"], count=230),
    ev(a, "protest", "2004-10-26", "day", "About 300 relatives gathered outside the gates of the Ingkayuth Borihan camp yesterday, demanding to see the bodies", locs=["Ingkayuth Borihan camp", "Pattani"]),
    ev(a, "bombing", "2004-10-26", "approx", "A bomb exploded near a railway bridge in Rueso district of Narathiwat, damaging the track", locs=["Rueso", "Narathiwat"]),
    ev(a, "attack_on_civilians", "2004-10-26", "day", "a Buddhist rubber tapper was shot dead in Bannang Sata district of Yala on Tuesday evening", locs=["Bannang Sata", "Yala"], killed=1),
    ev(a, "casualty_report", ("2004-10-01", "2004-10-27"), "range", "Police figures show 41 people have been killed in shootings and bomb attacks in the three southern provinces since the start of the month", locs=["Pattani", "Yala", "Narathiwat"], killed=41),
    ev(a, "casualty_report", ("2004-01-01", "2004-10-27"), "range", "More than 400 have been killed since January.", O, killed=400),
    ev(a, "clash", "2004-01-04", "day", "The violence erupted on January 4, when militants raided an army depot in Narathiwat's Cho Airong district, killing four soldiers and making off with more than 300 weapons", locs=["Cho Airong", "Narathiwat"], actors=["Thai army"], killed=4),
    ev(a, "statement", "2004-01-05", "day", "Martial law was declared in parts of the region the next day.", O),
    ev(a, "clash", "2004-04-28", "day", "On April 28, security forces killed 108 militants armed mostly with machetes in attacks on police posts across Pattani, Yala and Songkhla", locs=["Pattani", "Yala", "Songkhla"], actors=["Thai security forces"], killed=108),
    ev(a, "clash", "2004-04-28", "approx", "Thirty-two of them died inside the 16th-century Krue Se mosque in Pattani", O, locs=["Krue Se mosque", "Pattani"], killed=32),
    trap(a, "the deaths in the trucks could drive young men into the arms of the militants"),
    ev(a, "statement", "2004-10-26", "day", "Malaysian Prime Minister Abdullah Ahmad Badawi said yesterday he hoped Thailand would handle the situation \"wisely\"", O, actors=["Abdullah Ahmad Badawi"]),
    ev(a, "negotiation", "2004-11", "month", "Mr Thaksin is expected to face questions about the South at the Asean summit in Vientiane next month", status="planned", locs=["Vientiane"], actors=["Thaksin Shinawatra", "ASEAN"]),
    ev(a, "statement", None, "unknown", "The Interior Ministry said a fact-finding committee would be set up", O, status="planned", actors=["Interior Ministry"]),
]
a = "mexico_villaunion_2019"  # Mon 2019-12-02
G += [
    ev(a, "clash", "2019-12-01", "day", "Security forces in Coahuila killed seven more suspected cartel gunmen on Sunday", locs=["Villa Unión", "Coahuila"], actors=["Coahuila state police", "Mexican Army", "Cartel del Noreste"], killed=7),
    ev(a, "casualty_report", ("2019-11-30", "2019-12-01"), "range", "bringing the death toll from Saturday's brazen assault on the town of Villa Unión to 22", locs=["Villa Unión", "Coahuila"], killed=22),
    ev(a, "clash", "2019-11-30", "day", "A convoy of more than a dozen pickup trucks carrying heavily armed men, many wearing military-style uniforms, rolled into the town of 6,000 residents shortly before noon on Saturday", locs=["Villa Unión", "Coahuila"], actors=["Cartel del Noreste", "Coahuila state police"], killed=13),
    ev(a, "military_movement", "2019-11-30", "day", "A convoy of more than a dozen pickup trucks carrying heavily armed men, many wearing military-style uniforms, rolled into the town of 6,000 residents shortly before noon on Saturday", O, locs=["Villa Unión"], actors=["Cartel del Noreste"]),
    ev(a, "attack_on_civilians", "2019-11-30", "approx", "opened fire on the municipal hall and on anything that moved", O, locs=["Villa Unión"], actors=["Cartel del Noreste"]),
    ev(a, "clash", "2019-11-30", "approx", "State police reinforcements arrived within minutes and a gunfight raged through the streets for more than an hour", O, locs=["Villa Unión"], actors=["Coahuila state police", "Cartel del Noreste"]),
    ev(a, "casualty_report", "2019-11-30", "approx", "Four police officers and two civilians were killed, and seven of the attackers died in the initial firefight", O, locs=["Villa Unión"], killed=13),
    ev(a, "attack_on_civilians", "2019-11-30", "approx", "Four police officers and two civilians were killed", O, locs=["Villa Unión"], actors=["Cartel del Noreste"], killed=2),
    ev(a, "abduction", "2019-11-30", "approx", "As they fled, the gunmen abducted at least five people, including two teenagers", locs=["Villa Unión"], actors=["Cartel del Noreste"], count=5),
    ev(a, "release", "2019-12-01", "day", "State police rescued the two youths, aged 15 and 16, on Sunday", actors=["Coahuila state police"], count=2),
    ev(a, "clash", "2019-12-01", "day", "On Sunday, soldiers and state police tracking the attackers through the scrubland south of the town killed seven more", locs=["Villa Unión"], actors=["Mexican Army", "Coahuila state police", "Cartel del Noreste"], killed=7),
    ev(a, "clash", "2019-11-30", "day", "after seven were killed in the initial firefight the previous day", O, locs=["Villa Unión"], killed=7),
    ev(a, "casualty_report", ("2019-11-30", "2019-12-01"), "range", "Two more bodies were found early this morning, Governor Miguel Ángel Riquelme said, bringing the number of dead attackers to 16", O, actors=["Cartel del Noreste"], killed=16),
    ev(a, "casualty_report", "2019-11-30", "day", "On Saturday night the state government said 14 people had died", O, killed=14),
    ev(a, "casualty_report", ("2019-11-30", "2019-12-01"), "range", "by Sunday afternoon officials gave a figure of 20", O, killed=20),
    ev(a, "statement", "2019-12-01", "day", "Riquelme, speaking at a press conference in Saltillo yesterday, said the state would not allow criminal groups from other states to set up shop in Coahuila", O, locs=["Saltillo"], actors=["Miguel Ángel Riquelme"]),
    trap(a, "Villa Unión looked like a war zone on Saturday afternoon"),
    ev(a, "statement", "2019-12-02", "day", "President López Obrador said at his morning press conference today", O, actors=["Andrés Manuel López Obrador"]),
    ev(a, "military_movement", None, "unknown", "the federal government would send National Guard reinforcements to the region", O, status="planned", actors=["National Guard"]),
    ev(a, "protest", "2019-12-01", "day", "The attack came a day before López Obrador marked his first year in office with a rally in Mexico City's zócalo", O, locs=["Mexico City"], actors=["Andrés Manuel López Obrador"]),
    ev(a, "protest", "2019-12-01", "day", "Earlier on Sunday, several thousand of his opponents marched from the Angel of Independence to demand a change of course on security", locs=["Angel of Independence", "Mexico City"]),
    ev(a, "attack_on_civilians", "2019-11", "month", "Last month, suspected cartel gunmen ambushed three vehicles carrying women and children from the LeBarón family", locs=["Sonora"], killed=9),
    ev(a, "release", "2019-10-17", "day", "On October 17, the government released Ovidio Guzmán López", locs=["Culiacán", "Sinaloa"], actors=["Mexican government", "Ovidio Guzmán López"], count=1),
    ev(a, "clash", "2019-10-17", "day", "when Sinaloa Cartel gunmen laid siege to the city", O, locs=["Culiacán"], actors=["Sinaloa Cartel"]),
    ev(a, "clash", "2019-10-14", "day", "Three days before that, 13 state police officers were killed in an ambush in Aguililla, Michoacán", locs=["Aguililla", "Michoacán"], actors=["Jalisco New Generation Cartel", "Michoacán state police"], killed=13),
    ev(a, "statement", "2019-11-26", "day", "Last Tuesday, United States President Donald Trump said in a radio interview that he would designate Mexican cartels as terrorist organizations", O, actors=["Donald Trump"]),
    ev(a, "statement", "2019-11-27", "day", "López Obrador rejected the idea the following day", O, actors=["Andrés Manuel López Obrador"]),
    ev(a, "negotiation", "2019-12-05", "day", "U.S. Attorney General William Barr is scheduled to visit Mexico City on Thursday for talks on security cooperation", status="planned", locs=["Mexico City"], actors=["William Barr", "Marcelo Ebrard"]),
    ev(a, "casualty_report", ("2019-01-01", "2019-10-31"), "range", "28,741 homicide victims were recorded between January and October", O, locs=["Mexico"], killed=28741),
    trap(a, "The drug war has claimed more than 250,000 lives since 2006."),
    ev(a, "attack_on_civilians", "2011-03", "month", "In March 2011, Zetas gunmen laid waste to the town of Allende", O, locs=["Allende", "Coahuila"], actors=["Los Zetas"]),
]
a = "drc_goma_2025"  # Tue 2025-01-28
G += [
    ev(a, "protest", "2025-01-28", "day", "Protesters in Congo's capital attacked several foreign embassies Tuesday", locs=["Kinshasa"]),
    ev(a, "protest", "2025-01-28", "approx", "Demonstrators angry at what they see as international inaction set fire to tires, looted parts of the Rwandan embassy and started a fire at the entrance of the French embassy", O, locs=["Kinshasa"]),
    trap(a, "People flee fighting between M23 rebels and Congolese forces in Goma, Democratic Republic of the Congo, Jan. 27, 2025."),
    ev(a, "clash", ("2025-01-27", "2025-01-28"), "range", "sporadic gunfire echoed across the city overnight and into Tuesday morning", locs=["Goma"], actors=["M23", "Armed Forces of the DRC", "Wazalendo"]),
    ev(a, "territory_change", "2025-01-26", "day", "M23 fighters entered Goma late Sunday after a rapid advance along the shores of Lake Kivu", locs=["Goma"], actors=["M23"]),
    ev(a, "territory_change", "2025-01-27", "day", "the group said early Monday that it had taken control of the city of about 2 million people", O, status="claimed", locs=["Goma"], actors=["M23"]),
    ev(a, "statement", "2025-01-27", "day", "the group said early Monday that it had taken control of the city of about 2 million people", O, actors=["M23"]),
    ev(a, "statement", "2025-01-27", "day", "Spokesman Patrick Muyaya said Monday that the army still held \"strategic positions\" and denied that troops had abandoned the city", O, actors=["Patrick Muyaya"]),
    ev(a, "release", "2025-01-27", "day", "More than 4,000 inmates escaped from Goma's Munzenze prison Monday", locs=["Munzenze prison", "Goma"], count=4000),
    ev(a, "casualty_report", ("2025-01-26", "2025-01-27"), "range", "Hospitals in Goma had received at least 17 bodies and treated 367 wounded people by Monday evening", locs=["Goma"], killed=17),
    ev(a, "casualty_report", ("2025-01-26", "2025-01-27"), "range", "A doctor at one hospital told VOA the real toll was \"much higher,\"", O, status="claimed", locs=["Goma"]),
    ev(a, "statement", "2025-01-27", "day", "The rebels had given government soldiers in Goma until 3 a.m. Monday to lay down their weapons", O, actors=["M23"]),
    ev(a, "military_movement", None, "unknown", "Hundreds of Congolese troops crossed into Rwanda or surrendered to U.N. peacekeepers, who disarmed them.", O, actors=["Armed Forces of the DRC", "MONUSCO"]),
    ev(a, "clash", ("2025-01-20", "2025-01-26"), "range", "The fighting intensified last week.", O),
    ev(a, "clash", "2025-01-23", "day", "On Thursday, Maj. Gen. Peter Cirimwami, the military governor of North Kivu province, was fatally wounded while visiting troops on the front line near the town of Sake", locs=["Sake", "North Kivu"], actors=["Peter Cirimwami", "Armed Forces of the DRC", "M23"], killed=1),
    ev(a, "bombing", "2025-01-24", "day", "Congolese warplanes and drones struck rebel positions in the hills around Sake on Friday", locs=["Sake"], actors=["Armed Forces of the DRC", "M23"]),
    ev(a, "clash", ("2025-01-23", "2025-01-25"), "range", "over three days of fighting that ended Saturday", locs=["Sake"], actors=["M23", "Armed Forces of the DRC"]),
    ev(a, "territory_change", "2025-01-25", "approx", "government troops and their allies were pushed back toward Goma", O, locs=["Sake"], actors=["Armed Forces of the DRC", "M23"]),
    ev(a, "casualty_report", ("2025-01-23", "2025-01-27"), "range", "bringing the number of foreign troops killed since Thursday to 17", actors=["South African National Defence Force", "MONUSCO"], killed=17),
    ev(a, "casualty_report", ("2025-01-23", "2025-01-27"), "range", "South Africa's defense force said Monday that 13 of its soldiers had been killed", O, actors=["South African National Defence Force"], killed=13),
    ev(a, "casualty_report", ("2025-01-23", "2025-01-26"), "range", "up from nine over the weekend", O, actors=["South African National Defence Force"], killed=9),
    ev(a, "territory_change", "2025-01-21", "day", "M23 captured Minova, a key supply hub on the road to Bukavu, last Tuesday", locs=["Minova"], actors=["M23"]),
    ev(a, "bombing", "2025-01-27", "day", "Rwanda's military said shells fired from Congo killed five civilians and wounded 35 others in the Rwandan town of Gisenyi on Monday", status="claimed", locs=["Gisenyi", "Rwanda"], killed=5),
    ev(a, "statement", None, "unknown", "Rwanda denies backing M23", O, actors=["Rwanda"]),
    ev(a, "statement", "2025-01-26", "day", "Congo cut diplomatic ties with Rwanda on Sunday", O, actors=["DR Congo", "Rwanda"]),
    ev(a, "negotiation", "2025-01-26", "day", "hours before the U.N. Security Council held an emergency meeting on the crisis", actors=["UN Security Council"]),
    ev(a, "negotiation", "2025-01-29", "day", "the bloc's heads of state would hold an emergency virtual summit Wednesday", status="planned", actors=["East African Community", "William Ruto"]),
    ev(a, "agreement", "2024-08", "month", "A cease-fire brokered by Angola took effect in early August but collapsed late last year", actors=["Angola", "DR Congo", "Rwanda"]),
    ev(a, "negotiation", "2024-12-15", "day", "a summit between Tshisekedi and Rwandan President Paul Kagame in Luanda was called off on December 15", O, locs=["Luanda"], actors=["Felix Tshisekedi", "Paul Kagame"]),
    ev(a, "aid_change", "2025-01-27", "approx", "The U.N. World Food Programme said Monday it had temporarily suspended its operations in and around Goma", locs=["Goma"], actors=["World Food Programme"]),
    ev(a, "statement", None, "unknown", "more than 400,000 people have been displaced in North and South Kivu since the start of the year", O, locs=["North Kivu", "South Kivu"], actors=["UNHCR"]),
    ev(a, "territory_change", "2012-11", "month", "M23 briefly seized Goma in November 2012", O, locs=["Goma"], actors=["M23"]),
    ev(a, "clash", ("2021-10-01", "2021-12-31"), "range", "It took up arms again in late 2021", O, actors=["M23"]),
    trap(a, "If the rebels push south toward Bukavu, analysts fear the conflict could draw in neighboring Burundi"),
    trap(a, "The conflict in eastern Congo has displaced more than 7 million people"),
]
a = "mozambique_mocimboa_2023"  # Tue 2023-09-19
G += [
    ev(a, "attack_on_civilians", "2023-09-15", "day", "At least 11 people were killed last Friday in an attack by insurgents on the village of Naquitengue", locs=["Naquitengue", "Mocímboa da Praia", "Cabo Delgado"], actors=["Islamic State"], killed=11),
    ev(a, "attack_on_civilians", "2023-09-15", "approx", "a group of armed men arrived in the village in the afternoon, gathered the population and separated Christians from Muslims before killing the Christians", O, locs=["Naquitengue"]),
    ev(a, "statement", "2023-09-16", "day", "The extremist group Islamic State claimed the attack on Saturday through its propaganda channels", O, actors=["Islamic State"]),
    ev(a, "casualty_report", "2023-09-15", "approx", "put the number of dead at seven", O, status="claimed", locs=["Naquitengue"], killed=7),
    ev(a, "statement", ("2023-09-16", "2023-09-17"), "range", "Dozens of families fled Naquitengue and neighbouring villages over the weekend", O, locs=["Naquitengue", "Mocímboa da Praia"]),
    ev(a, "military_movement", "2023-09-17", "day", "Rwandan troops, who operate in Mocímboa da Praia and Palma districts alongside the Mozambican Defence Armed Forces (FADM), launched an operation in the area on Sunday", locs=["Mocímboa da Praia"], actors=["Rwanda Defence Force", "FADM"]),
    ev(a, "clash", "2023-09-18", "day", "two insurgents were killed in a clash near the village of Mbau on Monday", status="claimed", locs=["Mbau", "Mocímboa da Praia"], actors=["Rwanda Defence Force", "FADM", "Islamic State"], killed=2),
    ev(a, "statement", "2023-09-18", "day", "President Filipe Nyusi, speaking in Pemba on Monday, condemned the killings", O, locs=["Pemba"], actors=["Filipe Nyusi"]),
    ev(a, "clash", "2023-08-22", "day", "the FADM announced the death of Bonomade Machude Omar, also known as Ibn Omar, considered one of the main leaders of the insurgency, in an operation in the Catupa forest, Macomia district, on 22 August", locs=["Catupa forest", "Macomia"], actors=["FADM", "Bonomade Machude Omar"], killed=1),
    ev(a, "statement", None, "unknown", "The authorities said at the time that the insurgents had suffered a heavy blow", O),
    ev(a, "abduction", "2023-09", "month", "Earlier this month, insurgents kidnapped two women and a child in Muidumbe district", locs=["Muidumbe"], count=3),
    ev(a, "release", "2023-08", "month", "In August, the security forces said they had rescued 13 women and children held by the group in the Macomia forests", locs=["Macomia"], actors=["FADM"], count=13),
    ev(a, "attack_on_civilians", ("2023-03-01", "2023-05-31"), "range", "Between March and May, insurgents attacked fishing boats along the coast of Macomia and on the Quirimbas islands several times, killing at least six fishermen", locs=["Macomia", "Quirimbas islands"], killed=6),
    ev(a, "attack_on_civilians", "2022-09", "month", "A year ago, the insurgents crossed into neighbouring Nampula province and attacked the Catholic mission in Chipene", locs=["Chipene", "Memba", "Nampula"], killed=1),
    ev(a, "territory_change", "2020-08", "month", "after seizing it in August 2020", O, locs=["Mocímboa da Praia"]),
    ev(a, "territory_change", "2021-08", "month", "until Rwandan and Mozambican troops retook it in August 2021", O, locs=["Mocímboa da Praia"], actors=["Rwanda Defence Force", "FADM"]),
    ev(a, "military_movement", "2021-07", "month", "a month after the first contingent of 1,000 Rwandan soldiers arrived", O, actors=["Rwanda Defence Force"], count=1000),
    ev(a, "agreement", "2023-07", "month", "whose mandate was extended in July for another 12 months", O, actors=["SAMIM", "SADC"]),
    ev(a, "military_movement", "2024-07", "month", "is due to withdraw completely by July 2024", O, status="planned", actors=["SAMIM"]),
    ev(a, "aid_change", "2023-08", "month", "The World Food Programme (WFP) said last month that a shortage of funds had forced it to halve rations for displaced people in Cabo Delgado and to suspend food assistance in some districts", locs=["Cabo Delgado"], actors=["World Food Programme"]),
    ev(a, "election", "2023-10-11", "day", "Mozambique holds municipal elections on 11 October", status="planned", locs=["Mocímboa da Praia", "Mozambique"]),
    trap(a, "Analysts consulted by Lusa described the insurgents as \"a wounded animal\" and warned that they could try to disrupt the vote"),
    ev(a, "attack_on_civilians", None, "unknown", "after an insurgent attack on the town", O, locs=["Palma"]),
    ev(a, "statement", None, "unknown", "has said it hopes to resume construction before the end of the year", O, actors=["TotalEnergies"]),
    trap(a, "The conflict has killed about 4,000 people and displaced around one million"),
]

MANIFEST = [
    {"key": "sierraleone_freetown_2000", "outlet": "BBC News", "published": "2000-09-11"},
    {"key": "nepal_chitwan_2005", "outlet": "The Kathmandu Post", "published": "2005-06-10"},
    {"key": "thailand_takbai_2004", "outlet": "Bangkok Post", "published": "2004-10-27"},
    {"key": "mexico_villaunion_2019", "outlet": "Mexico News Daily", "published": "2019-12-02"},
    {"key": "drc_goma_2025", "outlet": "VOA", "published": "2025-01-28"},
    {"key": "mozambique_mocimboa_2023", "outlet": "Lusa", "published": "2023-09-19"},
]

if __name__ == "__main__":
    write(HERE, G, MANIFEST)
