"""Gold for the eighth dev set, coded by hand and blind (without reading the extractor or running
it on these texts): South Sudan, Ukraine, Iraq, Burkina Faso, Kenya and Syria, 2015-2022, in the
styles of Al Jazeera, the Kyiv Post, the Associated Press, AFP, the Daily Nation and the Guardian.
Conflicts not in the earlier sets; relative dates ("three days ago", "last Wednesday", "earlier
this month", "the same day", "in September that year"), cumulative tolls, ranges, claims and
planned meetings."""
import sys
from pathlib import Path

HERE = Path(__file__).parent
sys.path.insert(0, str(HERE.parent / "heldout"))
from make_gold import O, ev, trap, write  # noqa: E402

G = []
a = "south_sudan_juba_2016"  # Tue 2016-07-12
G += [
    ev(a, "agreement", "2016-07-11", "approx", "President Salva Kiir and his rival, First Vice President Riek Machar, ordered their forces to stop fighting", O, actors=["Salva Kiir", "Riek Machar"]),
    ev(a, "clash", ("2016-07-08", "2016-07-11"), "range", "following four days of clashes in which hundreds of people are believed to have been killed", O, locs=["Juba"]),
    ev(a, "casualty_report", ("2016-07-08", "2016-07-11"), "range", "following four days of clashes in which hundreds of people are believed to have been killed", O, locs=["Juba"]),
    ev(a, "agreement", "2016-07-11", "day", "Kiir declared a unilateral ceasefire in a televised address late on Monday", actors=["Salva Kiir"]),
    ev(a, "agreement", "2016-07-11", "approx", "told his men to observe the truce a few hours later", O, actors=["Riek Machar", "SPLA-IO"]),
    ev(a, "bombing", "2016-07-11", "day", "Earlier on Monday, government tanks and helicopter gunships pounded positions held by Machar's Sudan People's Liberation Army-in-Opposition (SPLA-IO) around his base in the Jebel area", locs=["Jebel", "Juba"], actors=["SPLA", "SPLA-IO"]),
    ev(a, "clash", "2016-07-11", "day", "Earlier on Monday, government tanks and helicopter gunships pounded positions held by Machar's Sudan People's Liberation Army-in-Opposition (SPLA-IO) around his base in the Jebel area", O, locs=["Jebel", "Juba"], actors=["SPLA", "SPLA-IO"]),
    ev(a, "bombing", "2016-07-11", "approx", "Shells landed in neighbourhoods close to the main UN compound", O, locs=["Juba"]),
    ev(a, "bombing", "2016-07-10", "day", "A Chinese peacekeeper was killed and several Chinese and Rwandan peacekeepers were wounded on Sunday when a shell hit their armoured vehicle inside the UN camp in Jebel", locs=["Jebel", "Juba"], killed=1),
    ev(a, "casualty_report", "2016-07-11", "day", "A second Chinese soldier died of his injuries on Monday", O, killed=1),
    ev(a, "clash", "2016-07-07", "day", "The violence began late on Thursday, when soldiers loyal to the two leaders exchanged fire at a checkpoint in the Gudele neighbourhood, killing five government soldiers", locs=["Gudele", "Juba"], killed=5),
    ev(a, "casualty_report", "2016-07-07", "day", "The violence began late on Thursday, when soldiers loyal to the two leaders exchanged fire at a checkpoint in the Gudele neighbourhood, killing five government soldiers", O, killed=5),
    ev(a, "clash", "2016-07-08", "day", "On Friday evening, a gunfight between their bodyguards erupted outside the presidential palace, known as J1", locs=["J1", "Juba"]),
    ev(a, "negotiation", "2016-07-08", "approx", "while Kiir and Machar were meeting inside", O, actors=["Salva Kiir", "Riek Machar"]),
    ev(a, "casualty_report", "2016-07-08", "day", "272 people, including 33 civilians, had died in Friday's fighting alone", locs=["Juba"], killed=272),
    ev(a, "statement", "2016-07-10", "day", "South Sudan's health ministry said on Sunday", O),
    ev(a, "casualty_report", ("2016-07-07", "2016-07-12"), "range", "the toll since Thursday could be between 300 and 500", O, killed=300),
    trap(a, "The country had marked the fifth anniversary of its independence from Sudan on Saturday, a tense day on which the usual parades were called off."),
    ev(a, "clash", "2016-07-10", "day", "Fighting resumed on Sunday morning around Machar's base in Jebel and spread to Gudele", locs=["Jebel", "Gudele", "Juba"]),
    ev(a, "statement", "2016-07-12", "day", "The UN's humanitarian office said on Tuesday that about 42,000 people had been displaced", O),
    ev(a, "negotiation", "2016-07-10", "day", "The UN Security Council, which met in an emergency session on Sunday", actors=["UN Security Council"]),
    ev(a, "statement", "2016-07-10", "approx", "condemned the fighting \"in the strongest terms\"", O, actors=["UN Security Council"]),
    ev(a, "statement", "2016-07-11", "day", "On Monday, UN Secretary-General Ban Ki-moon called for an immediate arms embargo on South Sudan", O, actors=["Ban Ki-moon"]),
    ev(a, "negotiation", ("2016-07-17", "2016-07-18"), "range", "African Union leaders, who gather in the Rwandan capital Kigali for their mid-year summit on Sunday and Monday", status="planned", locs=["Kigali"], actors=["African Union"]),
    ev(a, "military_movement", "2016-04", "month", "Machar returned to Juba in April", O, locs=["Juba"], actors=["Riek Machar"]),
    ev(a, "agreement", "2015-08", "month", "a peace agreement signed last August", O),
    ev(a, "clash", "2013-12", "month", "a civil war that erupted in December 2013 and killed tens of thousands of people", O),
]
a = "ukraine_debaltseve_2015"  # Fri 2015-02-20
G += [
    trap(a, "Ukrainian servicemen rest in Artemivsk on Feb. 18 after withdrawing from Debaltseve. (UNIAN)"),
    ev(a, "casualty_report", "2015-02-18", "approx", "At least 13 Ukrainian soldiers were killed and 157 wounded during the withdrawal from the besieged railway hub of Debaltseve", locs=["Debaltseve"], killed=13),
    ev(a, "statement", "2015-02-19", "day", "the Defense Ministry said on Thursday", O),
    ev(a, "abduction", "2015-02-18", "approx", "Another 93 soldiers were taken prisoner by Russian-backed separatists", O, count=93),
    ev(a, "territory_change", "2015-02-18", "day", "President Petro Poroshenko ordered the pullout early on Wednesday", locs=["Debaltseve"], actors=["Ukrainian forces", "Russian-backed separatists"]),
    ev(a, "military_movement", "2015-02-18", "day", "President Petro Poroshenko ordered the pullout early on Wednesday", O, locs=["Debaltseve"]),
    ev(a, "clash", "2015-02-17", "approx", "after separatist fighters broke into the town and street fighting spread around the Ukrainian positions", O, locs=["Debaltseve"]),
    ev(a, "military_movement", "2015-02-18", "approx", "He said 2,475 soldiers and some 200 vehicles had been brought out", O, count=2475),
    ev(a, "casualty_report", ("2015-01-18", "2015-02-18"), "range", "179 soldiers had been killed in the Debaltseve area between Jan. 18 and Feb. 18", locs=["Debaltseve"], killed=179),
    ev(a, "statement", "2015-02-20", "day", "Presidential adviser Yuriy Biryukov wrote on Facebook on Friday", O),
    ev(a, "casualty_report", None, "unknown", "between 3,000 and 3,500 Ukrainian troops had died in the battle", O, status="claimed", killed=3000),
    ev(a, "statement", "2015-02-19", "day", "Separatist leader Alexander Zakharchenko claimed on Thursday", O, actors=["Alexander Zakharchenko"]),
    ev(a, "agreement", "2015-02-15", "day", "the ceasefire that came into force on Feb. 15", O),
    ev(a, "agreement", ("2015-02-09", "2015-02-15"), "range", "a deal reached by the leaders of Ukraine, Russia, Germany and France after all-night talks in Minsk last week", locs=["Minsk"]),
    ev(a, "negotiation", ("2015-02-09", "2015-02-15"), "range", "all-night talks in Minsk last week", O, locs=["Minsk"]),
    ev(a, "military_movement", "2015-02-17", "day", "A deadline on Tuesday to start pulling heavy weapons back from the front line passed with no sign of a withdrawal", O, status="planned"),
    ev(a, "negotiation", "2015-02-19", "day", "Poroshenko, Russian President Vladimir Putin, German Chancellor Angela Merkel and French President Francois Hollande discussed the crisis by telephone on Thursday", actors=["Petro Poroshenko", "Vladimir Putin", "Angela Merkel", "Francois Hollande"]),
    ev(a, "agreement", "2015-02-19", "approx", "agreed that monitors from the Organization for Security and Cooperation in Europe must be given access to the area", O),
    ev(a, "statement", "2015-02-18", "day", "Late on Wednesday, Ukraine's National Security and Defense Council backed Poroshenko's proposal to invite a UN-mandated peacekeeping mission", O),
    ev(a, "statement", "2015-02-17", "day", "Speaking in Budapest three days ago, Putin had urged Kyiv to let its soldiers lay down their arms", O, locs=["Budapest"], actors=["Vladimir Putin"]),
    ev(a, "clash", "2015-02-20", "day", "Fighting continued elsewhere along the front line on Friday.", O),
    ev(a, "bombing", "2015-02-19", "approx", "Separatists shelled Ukrainian positions near Shyrokyne, east of the port city of Mariupol, overnight", locs=["Shyrokyne", "Mariupol"], actors=["Russian-backed separatists"]),
    ev(a, "clash", ("2015-02-19", "2015-02-20"), "range", "the separatists had opened fire on government troops 49 times in the past 24 hours, including near the village of Pisky", O, locs=["Pisky"], count=49),
    ev(a, "territory_change", "2015-01", "month", "Ukrainian forces abandoned the ruined airport in late January after holding it for 242 days", locs=["Donetsk airport"], actors=["Ukrainian forces"]),
    ev(a, "bombing", "2015-01-24", "day", "On Jan. 24, a barrage of Grad rockets on a residential district of Mariupol killed 30 civilians", locs=["Mariupol"], killed=30),
    ev(a, "casualty_report", "2015-01-24", "day", "On Jan. 24, a barrage of Grad rockets on a residential district of Mariupol killed 30 civilians", O, killed=30),
    ev(a, "attack_on_civilians", "2015-01-24", "day", "On Jan. 24, a barrage of Grad rockets on a residential district of Mariupol killed 30 civilians", O, killed=30),
    ev(a, "casualty_report", ("2014-04-15", "2015-02-20"), "range", "more than 5,600 people have been killed in eastern Ukraine since the conflict began in mid-April last year", O, killed=5600),
]
a = "iraq_ramadi_2015"  # Tue 2015-05-19
G += [
    trap(a, "In this image posted on a militant social media account on Sunday, May 17, 2015, which has been verified and is consistent with other AP reporting, Islamic State group fighters parade in a street in Ramadi, Iraq."),
    ev(a, "military_movement", "2015-05-19", "day", "Iraqi troops and Shiite militiamen massed east of Ramadi on Tuesday ahead of a counteroffensive", locs=["Ramadi"], actors=["Iraqi troops", "Popular Mobilization Forces"]),
    ev(a, "territory_change", "2015-05-17", "approx", "two days after it fell to the Islamic State group", O, locs=["Ramadi"], actors=["Islamic State"]),
    ev(a, "military_movement", "2015-05-18", "day", "About 3,000 militiamen arrived at the Habbaniyah air base, some 30 kilometers (20 miles) east of Ramadi, late on Monday", locs=["Habbaniyah"], actors=["Popular Mobilization Forces"], count=3000),
    ev(a, "territory_change", "2015-05-17", "day", "The Islamic State group seized full control of Ramadi on Sunday after Iraqi forces abandoned the Anbar Operations Command", locs=["Ramadi"], actors=["Islamic State", "Iraqi forces"]),
    ev(a, "military_movement", "2015-05-17", "approx", "Online video showed Humvees and trucks speeding out of the city", O),
    ev(a, "bombing", "2015-05-17", "day", "The final assault on the headquarters began on Sunday afternoon with at least three suicide car bombs at its gates that killed five soldiers", locs=["Ramadi"], actors=["Islamic State"], killed=5, count=3),
    ev(a, "clash", "2015-05-17", "day", "The final assault on the headquarters began on Sunday afternoon", O, locs=["Ramadi"]),
    ev(a, "clash", "2015-05-17", "approx", "A wave of fighters followed.", O),
    ev(a, "territory_change", "2015-05-15", "day", "The militants had overrun the main government compound in central Ramadi on Friday and raised their black flag over it", locs=["Ramadi"], actors=["Islamic State"]),
    ev(a, "bombing", ("2015-05-14", "2015-05-15"), "range", "a string of suicide bombings that began late on Thursday", locs=["Ramadi"], actors=["Islamic State"]),
    ev(a, "casualty_report", ("2015-05-15", "2015-05-18"), "range", "about 500 civilians and soldiers had been killed since Friday", locs=["Ramadi"], killed=500),
    ev(a, "statement", "2015-05-18", "day", "Muhannad Haimour, a spokesman for the governor of Anbar province, said on Monday", O),
    # (optional: the victims hunted are policemen and tribal fighters, not plainly civilians)
    ev(a, "attack_on_civilians", "2015-05-17", "approx", "Local officials said the militants went from house to house hunting policemen and members of Sunni tribes that had fought alongside the army, killing dozens", O, status="claimed", locs=["Ramadi"], actors=["Islamic State"]),
    ev(a, "clash", "2015-04", "month", "when the militants launched an earlier push on the city", O, locs=["Ramadi"]),
    ev(a, "statement", "2015-05-17", "day", "Prime Minister Haider al-Abadi on Sunday ordered the Popular Mobilization Forces", O, actors=["Haider al-Abadi"]),
    ev(a, "clash", None, "unknown", "Iraqi officials said the operation to retake Ramadi would begin within days", O, status="planned", locs=["Ramadi"]),
    ev(a, "negotiation", "2015-05-18", "day", "Iran's defense minister, Hossein Dehghan, arrived in Baghdad on Monday for talks with Iraqi officials", locs=["Baghdad"], actors=["Hossein Dehghan"]),
    ev(a, "statement", "2015-05-17", "day", "Navy Cmdr. Elissa Smith, a Pentagon spokeswoman, said late on Sunday", O),
    ev(a, "bombing", ("2015-04-19", "2015-05-19"), "range", "The coalition has carried out 165 airstrikes in and around Ramadi over the past month", O, locs=["Ramadi"], actors=["U.S.-led coalition"], count=165),
    ev(a, "statement", "2015-05-18", "day", "Secretary of State John Kerry, speaking in Seoul on Monday, said he was confident", O, actors=["John Kerry"]),
    ev(a, "territory_change", "2015-03", "month", "Iraqi troops and militiamen recaptured Tikrit, Saddam Hussein's hometown north of Baghdad, at the end of March", O, locs=["Tikrit"]),
    ev(a, "territory_change", "2014-06", "month", "The Islamic State group swept across much of northern and western Iraq last June, capturing the country's second-largest city, Mosul", O, locs=["Mosul"], actors=["Islamic State"]),
]
a = "burkina_djibo_2022"  # Wed 2022-09-28
G += [
    ev(a, "clash", "2022-09-26", "approx", "At least 11 soldiers were killed and around 50 civilians are missing after suspected jihadists ambushed a supply convoy bound for the besieged northern town of Djibo", locs=["Djibo"], killed=11),
    ev(a, "attack_on_civilians", "2022-09-26", "approx", "At least 11 soldiers were killed and around 50 civilians are missing after suspected jihadists ambushed a supply convoy bound for the besieged northern town of Djibo", O, locs=["Djibo"]),
    ev(a, "casualty_report", "2022-09-26", "approx", "At least 11 soldiers were killed and around 50 civilians are missing", O, killed=11),
    ev(a, "statement", "2022-09-27", "day", "Burkina Faso's government said late Tuesday", O),
    ev(a, "clash", "2022-09-26", "day", "The convoy, made up of around 150 vehicles and escorted by an army unit, was attacked on Monday near Gaskinde, some 20 kilometres (12 miles) from Djibo in Soum province", O, locs=["Gaskinde", "Djibo", "Soum"]),
    ev(a, "casualty_report", "2022-09-26", "approx", "The provisional toll is 11 bodies of soldiers found, 28 wounded including 20 soldiers, one VDP and seven civilians", O, killed=11),
    ev(a, "casualty_report", "2022-09-26", "approx", "putting it at \"around 60 victims\"", O, status="claimed", killed=60),
    ev(a, "clash", "2022-02", "month", "Djibo, the main town of Soum, has been under a jihadist blockade since February", O, locs=["Djibo"]),
    ev(a, "bombing", "2022-09", "month", "Earlier this month, 35 civilians were killed and 37 wounded when a vehicle in another convoy struck an improvised explosive device on the road between Djibo and Bourzanga", locs=["Djibo", "Bourzanga"], killed=35),
    ev(a, "casualty_report", "2022-09", "month", "Earlier this month, 35 civilians were killed and 37 wounded", O, killed=35),
    ev(a, "attack_on_civilians", "2022-09", "month", "Earlier this month, 35 civilians were killed and 37 wounded when a vehicle in another convoy struck an improvised explosive device", O, killed=35),
    ev(a, "aid_change", None, "unknown", "The UN's World Food Programme has since been flying food into the town by helicopter", O, actors=["World Food Programme"]),
    ev(a, "attack_on_civilians", "2022-06", "month", "In June, gunmen killed at least 86 civilians in the town of Seytenga, near the border with Niger", locs=["Seytenga"], killed=86),
    ev(a, "casualty_report", "2022-06", "month", "In June, gunmen killed at least 86 civilians in the town of Seytenga", O, killed=86),
    ev(a, "statement", ("2022-09-19", "2022-09-25"), "range", "Lieutenant-Colonel Paul-Henri Sandaogo Damiba told the UN General Assembly last week", O, actors=["Paul-Henri Sandaogo Damiba"]),
    trap(a, "The junta came to power in a coup in January, vowing to make the fight against the jihadists its priority."),
    ev(a, "agreement", None, "unknown", "Under an agreement with the West African bloc ECOWAS", O, actors=["ECOWAS"]),
    ev(a, "election", "2024-07", "month", "elections scheduled for July 2024", status="planned"),
    trap(a, "Jihadist violence has killed thousands of people in Burkina Faso since 2015 and forced nearly two million to flee their homes."),
]
a = "kenya_garissa_2015"  # Tue 2015-04-07
G += [
    ev(a, "bombing", "2015-04-05", "day", "Kenya Defence Forces jets bombed two Al-Shabaab camps in Somalia's Gedo region on Sunday", locs=["Gondodowe", "Ismail", "Gedo"], actors=["Kenya Defence Forces", "al-Shabaab"]),
    ev(a, "statement", "2015-04-06", "day", "KDF spokesman David Obonyo said on Monday", O),
    ev(a, "statement", None, "unknown", "denied that any of the group's bases had been struck, saying the jets had bombed farmland", O, actors=["al-Shabaab"]),
    ev(a, "attack_on_civilians", "2015-04-02", "day", "Gunmen from the Somali-based group stormed the campus before dawn last Thursday", locs=["Garissa University College", "Garissa"], actors=["al-Shabaab"], killed=148),
    ev(a, "casualty_report", "2015-04-02", "approx", "The attack left 148 people dead, among them 142 students, three police officers and three soldiers", O, killed=148),
    ev(a, "attack_on_civilians", "2015-04-02", "approx", "The attack left 148 people dead, among them 142 students, three police officers and three soldiers", O, killed=148),
    ev(a, "clash", "2015-04-02", "day", "The siege ended on Thursday evening, some 15 hours after it began, when security officers shot dead the four attackers", locs=["Garissa"], killed=4),
    trap(a, "It was the deadliest attack on Kenyan soil since the 1998 bombing of the US Embassy in Nairobi."),
    ev(a, "statement", "2015-04-05", "day", "Interior ministry spokesman Mwenda Njoka said on Sunday", O),
    ev(a, "statement", None, "unknown", "the government has offered a Sh20 million reward for Mohamed Mohamud", O),
    ev(a, "statement", "2015-04-04", "day", "In a televised address on Saturday, President Uhuru Kenyatta vowed to respond", O, actors=["Uhuru Kenyatta"]),
    ev(a, "statement", "2015-04-04", "day", "Al-Shabaab said in a statement the same day that Kenyan cities would \"run red with blood\"", O, actors=["al-Shabaab"]),
    ev(a, "protest", "2015-04-07", "day", "Hundreds of university students marched through the streets of Nairobi on Tuesday", locs=["Nairobi"]),
    ev(a, "protest", "2015-04-03", "day", "On Friday, hundreds of Muslim residents of Garissa had marched through the town to denounce the killings", locs=["Garissa"]),
    ev(a, "protest", "2015-04-06", "day", "A candlelight vigil that began at Freedom Corner in Uhuru Park on Monday night", O, locs=["Uhuru Park", "Nairobi"]),
    ev(a, "casualty_report", ("2013-04-01", "2015-04-07"), "range", "Al-Shabaab has killed more than 400 people in Kenya since April 2013", O, killed=400),
    ev(a, "attack_on_civilians", "2013-09", "month", "including 67 in the siege of the Westgate shopping mall in Nairobi in September that year", O, locs=["Westgate", "Nairobi"], killed=67),
    ev(a, "attack_on_civilians", "2014-11", "month", "In November, the group's fighters hijacked a Nairobi-bound bus near Mandera and killed 28 passengers", locs=["Mandera"], actors=["al-Shabaab"], killed=28),
    ev(a, "abduction", "2014-11", "month", "In November, the group's fighters hijacked a Nairobi-bound bus near Mandera", O, locs=["Mandera"]),
    ev(a, "attack_on_civilians", "2014-12-02", "day", "On December 2, gunmen killed 36 quarry workers at Koromei, on the outskirts of Mandera town", locs=["Koromei", "Mandera"], killed=36),
    ev(a, "clash", "2011-10", "month", "where they have fought Al-Shabaab since October 2011", O, locs=["Somalia"]),
]
a = "syria_ghouta_2018"  # Mon 2018-03-12
G += [
    ev(a, "territory_change", "2018-03-10", "approx", "Syrian government forces have split the rebel-held enclave of eastern Ghouta into three parts, isolating its largest town, Douma", locs=["Eastern Ghouta", "Douma"], actors=["Syrian government forces"]),
    ev(a, "territory_change", "2018-03-10", "day", "On Saturday, troops captured the town of Mesraba and cut the road linking Douma to Harasta", locs=["Mesraba", "Douma", "Harasta"]),
    ev(a, "territory_change", ("2018-02-18", "2018-03-11"), "range", "By Sunday, forces loyal to Bashar al-Assad controlled more than half of the territory the rebels had held", O, locs=["Eastern Ghouta"]),
    ev(a, "bombing", "2018-02-18", "day", "when the offensive began on 18 February", O),
    ev(a, "clash", "2018-02-18", "day", "when the offensive began on 18 February", O),
    ev(a, "bombing", "2018-03-11", "day", "On Sunday, warplanes and helicopters hit the edges of each pocket with air strikes and barrel bombs, while artillery pounded Douma and the southern towns of Hammouriyeh and Saqba", locs=["Douma", "Hammouriyeh", "Saqba"]),
    ev(a, "bombing", "2018-03-10", "day", "Air strikes killed at least 20 civilians, including four children, in Douma on Saturday", locs=["Douma"], killed=20),
    ev(a, "casualty_report", "2018-03-10", "day", "Air strikes killed at least 20 civilians, including four children, in Douma on Saturday", O, killed=20),
    ev(a, "attack_on_civilians", "2018-03-10", "day", "Air strikes killed at least 20 civilians, including four children, in Douma on Saturday", O, killed=20),
    ev(a, "casualty_report", "2018-03-10", "approx", "17 more died in other towns across the enclave", O, killed=17),
    ev(a, "casualty_report", ("2018-02-18", "2018-03-12"), "range", "more than 1,100 civilians, about a fifth of them children, have been killed since the government and its Russian allies launched the assault three weeks ago", locs=["Eastern Ghouta"], killed=1100),
    ev(a, "bombing", "2018-02-19", "approx", "launched the assault three weeks ago", O),
    ev(a, "bombing", None, "unknown", "15 of the 20 hospitals and clinics it supports in the enclave had been damaged or destroyed", O),
    ev(a, "bombing", "2018-03-07", "day", "a suspected chlorine attack on Hammouriyeh last Wednesday", status="claimed", locs=["Hammouriyeh"]),
    ev(a, "statement", None, "unknown", "The Syrian government denies using chemical weapons.", O),
    ev(a, "aid_change", "2018-03", "month", "Earlier this month, a UN convoy of 46 lorries entered Douma", locs=["Douma"], actors=["United Nations"], count=46),
    ev(a, "aid_change", "2018-03", "month", "aid workers had to leave after nine hours, before they could finish unloading, as shelling intensified nearby", O, locs=["Douma"]),
    ev(a, "aid_change", "2018-03-09", "day", "A second convoy of 13 lorries carrying food for 12,000 people reached the town on Friday", locs=["Douma"], count=13),
    ev(a, "statement", "2018-03-12", "day", "The UN said on Monday", O),
    ev(a, "aid_change", ("2018-03-12", "2018-03-18"), "range", "it hoped to send another convoy to Douma later this week", O, status="planned", locs=["Douma"]),
    ev(a, "agreement", "2018-03-09", "approx", "Jaish al-Islam, the main rebel faction in Douma, said on Friday it had agreed with \"international parties\" to evacuate fighters", status="claimed", actors=["Jaish al-Islam"]),
    ev(a, "release", None, "unknown", "to evacuate fighters from the jihadist alliance Hayat Tahrir al-Sham held in its prisons", O, status="planned", actors=["Jaish al-Islam", "Hayat Tahrir al-Sham"]),
    ev(a, "agreement", "2018-02-24", "day", "the 30-day nationwide ceasefire demanded by the UN security council on 24 February", O, actors=["UN Security Council"]),
    ev(a, "statement", "2018-02-24", "day", "the 30-day nationwide ceasefire demanded by the UN security council on 24 February", O, actors=["UN Security Council"]),
    ev(a, "agreement", None, "unknown", "Russia's daily five-hour \"humanitarian pauses\"", O, actors=["Russia"]),
    ev(a, "negotiation", "2018-03-16", "day", "The foreign ministers of Russia, Iran and Turkey, the sponsors of the Astana peace process, are due to meet in the Kazakh capital on Friday", status="planned", locs=["Astana"], actors=["Russia", "Iran", "Turkey"]),
    ev(a, "clash", None, "unknown", "which has been under government siege since 2013", O, locs=["Eastern Ghouta"]),
    ev(a, "territory_change", "2016-12", "month", "the battle for eastern Aleppo, which fell to government forces in December 2016", O, locs=["Aleppo"]),
]

MANIFEST = [
    {"key": "south_sudan_juba_2016", "outlet": "Al Jazeera", "published": "2016-07-12"},
    {"key": "ukraine_debaltseve_2015", "outlet": "Kyiv Post", "published": "2015-02-20"},
    {"key": "iraq_ramadi_2015", "outlet": "Associated Press", "published": "2015-05-19"},
    {"key": "burkina_djibo_2022", "outlet": "AFP", "published": "2022-09-28"},
    {"key": "kenya_garissa_2015", "outlet": "Daily Nation", "published": "2015-04-07"},
    {"key": "syria_ghouta_2018", "outlet": "The Guardian", "published": "2018-03-12"},
]

if __name__ == "__main__":
    write(HERE, G, MANIFEST)
