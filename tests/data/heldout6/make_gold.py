"""Gold for the sixth dev set, coded by hand before the extractor was run on these texts
(extractor 0.4.8): Chechnya, Lebanon, Afghanistan, the Central African Republic, the
Philippines and Yemen, 2000-2018, in the styles of AFP, the Associated Press, the Guardian,
the Philippine Daily Inquirer and Reuters."""
import sys
from pathlib import Path

HERE = Path(__file__).parent
sys.path.insert(0, str(HERE.parent / "heldout"))
from make_gold import O, ev, trap, write  # noqa: E402

G = []
a = "chechnya_grozny_2000"  # Sun 2000-02-06
G += [
    ev(a, "territory_change", "2000-02-06", "approx", "Russian forces have taken full control of the Chechen capital Grozny", locs=["Grozny"], actors=["Russian forces"]),
    ev(a, "statement", "2000-02-06", "day", "Acting President Vladimir Putin announced Sunday", O),
    ev(a, "territory_change", "2000-02-06", "day", "The last stronghold of the terrorists, the Zavodskoi district, was captured this morning", locs=["Zavodskoi", "Grozny"]),
    ev(a, "territory_change", ("2000-01-24", "2000-01-30"), "range", "Chechen fighters began pulling out of the devastated city last week", O, locs=["Grozny"]),
    ev(a, "military_movement", ("2000-01-24", "2000-01-30"), "range", "Chechen fighters began pulling out of the devastated city last week", O, locs=["Grozny"]),
    ev(a, "statement", "2000-02-01", "day", "rebel commanders said Tuesday that most of their units had reached the southern mountains", O),
    ev(a, "casualty_report", None, "unknown", "Hundreds of fighters were killed when they ran into a minefield near the village of Alkhan-Kala as they fled", O, locs=["Alkhan-Kala"]),
    ev(a, "clash", None, "unknown", "Hundreds of fighters were killed when they ran into a minefield near the village of Alkhan-Kala as they fled", O, locs=["Alkhan-Kala"]),
    ev(a, "statement", "2000-02-03", "day", "the Interfax news agency reported Thursday", O),
    ev(a, "bombing", "2000-02-06", "approx", "Russian aircraft flew more than 100 sorties over the past 24 hours, bombing rebel positions in the Argun gorge and around Shatoi", locs=["Argun", "Shatoi"], actors=["Russia"]),
    ev(a, "statement", "2000-02-06", "day", "the military command said Sunday", O),
    ev(a, "casualty_report", ("1999-10-01", "2000-02-05"), "range", "Federal troops have lost 1,173 servicemen killed since the start of the campaign in October", killed=1173),
    ev(a, "statement", "2000-02-05", "day", "Chechen President Aslan Maskhadov's envoy said Saturday the separatists were ready for talks without preconditions", O),
    ev(a, "military_movement", "1999-10-01", "day", "Russia launched its military campaign in Chechnya on October 1", O),
    ev(a, "bombing", "1999-09", "month", "a series of apartment bombings in Russian cities that killed nearly 300 people", O, killed=300),
]
a = "lebanon_qana_2006"  # Sun 2006-07-30
G += [
    ev(a, "bombing", "2006-07-30", "day", "Israeli airstrikes flattened a three-story building in this southern Lebanese village early Sunday, killing at least 54 people", locs=["Qana"], actors=["Israel"], killed=54),
    ev(a, "casualty_report", "2006-07-30", "day", "Israeli airstrikes flattened a three-story building in this southern Lebanese village early Sunday, killing at least 54 people", O, killed=54),
    ev(a, "attack_on_civilians", "2006-07-30", "day", "Israeli airstrikes flattened a three-story building in this southern Lebanese village early Sunday, killing at least 54 people", O, killed=54),
    trap(a, "It was the deadliest single attack in Israel's 19-day campaign against Hezbollah."),
    ev(a, "statement", None, "unknown", "Red Cross officials said the bodies of 27 children had been recovered by midafternoon", O),
    ev(a, "statement", None, "unknown", "Israel expressed regret for the deaths but said Hezbollah was to blame", O),
    ev(a, "negotiation", None, "unknown", "Lebanese Prime Minister Fuad Saniora canceled a planned meeting with U.S. Secretary of State Condoleezza Rice", O, status="planned"),
    ev(a, "protest", "2006-07-30", "approx", "Thousands of protesters stormed the U.N. headquarters in central Beirut, smashing windows and chanting anti-American slogans", locs=["Beirut"]),
    ev(a, "bombing", "2006-07-30", "day", "Hezbollah fired more than 140 rockets into northern Israel on Sunday, wounding at least five people in Kiryat Shmona and Nahariya", locs=["Kiryat Shmona", "Nahariya"], actors=["Hezbollah"], count=140),
    ev(a, "clash", "2006-07-29", "day", "Israeli ground troops clashed with Hezbollah guerrillas near the border village of Taibe on Saturday", locs=["Taibe"], actors=["Israeli ground troops", "Hezbollah"]),
    ev(a, "military_movement", "2006-07-12", "day", "Israel launched its offensive on July 12", O),
    ev(a, "clash", "2006-07-12", "day", "Israel launched its offensive on July 12", O),
    ev(a, "abduction", "2006-07-12", "approx", "after Hezbollah guerrillas crossed the border and captured two Israeli soldiers", O, actors=["Hezbollah"], count=2),
    ev(a, "casualty_report", ("2006-07-12", "2006-07-30"), "range", "More than 500 people have been killed in Lebanon since then, most of them civilians", killed=500),
    ev(a, "casualty_report", None, "unknown", "Fifty-one Israelis have died, including 18 civilians killed by rocket fire", O, killed=51),
]
a = "afghanistan_kunduz_2015"  # Tue 2015-09-29
G += [
    ev(a, "territory_change", "2015-09-28", "approx", "Taliban fighters have captured most of the northern Afghan city of Kunduz", locs=["Kunduz"], actors=["Taliban"]),
    ev(a, "clash", "2015-09-28", "day", "The militants launched a coordinated assault from several directions before dawn on Monday", locs=["Kunduz"]),
    ev(a, "territory_change", "2015-09-28", "day", "by the afternoon had overrun the provincial governor's compound, the police headquarters and the city's main prison", locs=["Kunduz"]),
    ev(a, "release", "2015-09-28", "day", "from which they freed hundreds of inmates, including Taliban commanders", locs=["Kunduz"]),
    ev(a, "clash", "2015-09-29", "day", "Afghan forces launched a counter-offensive on Tuesday to retake the city, backed by US air strikes", locs=["Kunduz"], actors=["Afghan forces"]),
    ev(a, "military_movement", "2015-09-29", "day", "Afghan forces launched a counter-offensive on Tuesday to retake the city, backed by US air strikes", O),
    ev(a, "bombing", "2015-09-29", "approx", "American aircraft had carried out an airstrike on the outskirts of Kunduz at about 2am local time", locs=["Kunduz"], actors=["United States"]),
    ev(a, "statement", None, "unknown", "A US military spokesman, Col Brian Tribus, said", O),
    ev(a, "territory_change", "2015-09-29", "day", "security forces had recaptured the prison and the police headquarters by Tuesday afternoon", locs=["Kunduz"], actors=["security forces"]),
    ev(a, "casualty_report", "2015-09-28", "day", "At least 30 members of the security forces were killed in Monday's fighting", killed=30),
    ev(a, "clash", "2015-09-28", "day", "At least 30 members of the security forces were killed in Monday's fighting", O, killed=30),
    ev(a, "casualty_report", ("2015-09-28", "2015-09-29"), "range", "it had treated 171 wounded people since the fighting began", O),
    ev(a, "negotiation", "2015-07", "month", "An initial round of talks in Murree, Pakistan, in July was suspended", locs=["Murree"]),
    ev(a, "clash", "2015-04", "month", "The Taliban came close to taking Kunduz in April, when they attacked districts on the edge of the city", O, locs=["Kunduz"]),
]
a = "car_bangui_2013"  # Mon 2013-03-25
G += [
    ev(a, "territory_change", ("2013-03-23", "2013-03-24"), "range", "Seleka rebels who seized the Central African Republic's capital Bangui at the weekend", locs=["Bangui"], actors=["Seleka"]),
    ev(a, "military_movement", "2013-03-24", "day", "a day after President Francois Bozize fled to neighbouring Democratic Republic of Congo", O),
    ev(a, "statement", "2013-03-25", "day", "Rebel leader Michel Djotodia declared himself president on Monday", O),
    ev(a, "election", None, "unknown", "until elections in three years' time", O, status="planned"),
    ev(a, "military_movement", "2013-03-23", "day", "The rebels entered Bangui on Saturday night", locs=["Bangui"]),
    ev(a, "territory_change", "2013-03-23", "day", "The rebels entered Bangui on Saturday night", O, locs=["Bangui"]),
    ev(a, "territory_change", "2013-03-24", "day", "took the presidential palace on Sunday morning after heavy fighting with the army and troops from South Africa", locs=["Bangui"]),
    # optional, as in heldout2 ("took control of Bunagana ... after heavy fighting"): the
    # fighting that won a place is told as the place's taking (ACLED codes one battle event)
    ev(a, "clash", "2013-03-24", "approx", "took the presidential palace on Sunday morning after heavy fighting with the army and troops from South Africa", O, locs=["Bangui"]),
    ev(a, "casualty_report", "2013-03-24", "approx", "Thirteen South African soldiers were killed and 27 wounded in the fighting", killed=13),
    ev(a, "clash", "2013-03-24", "approx", "Thirteen South African soldiers were killed and 27 wounded in the fighting", O, killed=13),
    ev(a, "statement", "2013-03-25", "day", "South African President Jacob Zuma said in Pretoria on Monday", O),
    trap(a, "It was the heaviest loss for the South African army since the end of apartheid."),
    ev(a, "statement", "2013-03-25", "day", "The African Union suspended the Central African Republic on Monday and imposed sanctions on seven rebel leaders", O),
    ev(a, "military_movement", "2013-03-24", "day", "France, the former colonial power, sent 350 more troops to secure Bangui's airport on Sunday", locs=["Bangui"], actors=["France"], count=350),
    ev(a, "clash", "2012-12", "month", "The Seleka coalition launched its offensive in December", O),
    ev(a, "military_movement", "2012-12", "month", "The Seleka coalition launched its offensive in December", O),
    ev(a, "agreement", "2013-01-11", "day", "A ceasefire signed in the Gabonese capital Libreville on January 11", locs=["Libreville"]),
]
a = "philippines_marawi_2017"  # Fri 2017-05-26
G += [
    ev(a, "bombing", "2017-05-26", "day", "Government troops on Friday pounded positions of the Maute group in this Islamic city with airstrikes and artillery", locs=["Marawi"], actors=["Government troops", "Maute group"]),
    ev(a, "clash", "2017-05-26", "day", "Government troops on Friday pounded positions of the Maute group in this Islamic city with airstrikes and artillery as the military tried to flush out about 100 gunmen", O, locs=["Marawi"]),
    ev(a, "territory_change", "2017-05-23", "day", "about 100 gunmen who have occupied parts of the city since Tuesday", O, locs=["Marawi"]),
    ev(a, "casualty_report", ("2017-05-23", "2017-05-26"), "range", "At least 13 soldiers, two policemen and 31 militants have been killed since the fighting erupted on Tuesday afternoon", killed=46),
    ev(a, "clash", "2017-05-23", "day", "since the fighting erupted on Tuesday afternoon, when soldiers raided a hideout of Isnilon Hapilon", locs=["Marawi"]),
    ev(a, "attack_on_civilians", "2017-05-23", "day", "The gunmen set fire to a Catholic church, a school and the city jail on Tuesday night", locs=["Marawi"], actors=["gunmen"]),
    ev(a, "abduction", "2017-05-23", "day", "took a priest and about a dozen churchgoers hostage", locs=["Marawi"]),
    ev(a, "statement", "2017-05-23", "day", "declared martial law over the whole of Mindanao on Tuesday night", O),
    ev(a, "statement", "2017-05-24", "day", "He warned on Wednesday that he could extend it to the rest of the country", O),
    ev(a, "attack_on_civilians", "2017-05-25", "approx", "Nine civilians, including a woman and a child, were found dead on Thursday at a checkpoint on the outskirts of the city", locs=["Marawi"], killed=9),
    ev(a, "casualty_report", "2017-05-25", "approx", "Nine civilians, including a woman and a child, were found dead on Thursday at a checkpoint on the outskirts of the city", O, killed=9),
    ev(a, "territory_change", "2017-05-25", "day", "the military had regained control of the city hall, the Amai Pakpak hospital and the Mindanao State University campus on Thursday", locs=["Marawi"], actors=["military"]),
    ev(a, "clash", "2016-11", "month", "The Maute group staged a similar attack in Butig town in Lanao del Sur in November last year", O, locs=["Butig"]),
]
a = "yemen_stockholm_2018"  # Wed 2018-12-05
G += [
    ev(a, "negotiation", "2018-12-06", "day", "Yemen's warring parties will begin peace talks in Sweden on Thursday", status="planned", locs=["Sweden"]),
    ev(a, "agreement", "2018-12-04", "day", "The two sides agreed on Tuesday to exchange several thousand prisoners", status="claimed"),
    ev(a, "release", None, "unknown", "The swap would take place through Sanaa airport and Seyoun airport in the south after the talks", O, status="planned"),
    ev(a, "bombing", "2018-12-05", "approx", "the Saudi-led coalition carried out at least five air strikes on Houthi positions south of Hodeidah", locs=["Hodeidah"], actors=["Saudi-led coalition"], count=5),
    ev(a, "bombing", "2018-12-03", "day", "Houthi forces fired a ballistic missile towards the Saudi city of Jizan on Monday", locs=["Jizan"], actors=["Houthi"]),
    ev(a, "negotiation", "2018-09", "month", "a previous round of talks in Geneva in September", O, locs=["Geneva"]),
    ev(a, "casualty_report", ("2018-06-01", "2018-12-05"), "range", "Fighting around Hodeidah, the main entry point for Yemen's imports and aid, has killed hundreds of combatants since the coalition launched an offensive on the port city in June"),
    ev(a, "clash", ("2018-06-01", "2018-12-05"), "range", "Fighting around Hodeidah, the main entry point for Yemen's imports and aid, has killed hundreds of combatants", O),
    ev(a, "military_movement", "2018-06", "month", "the coalition launched an offensive on the port city in June", O, locs=["Hodeidah"]),
    # (added after the first run, optional, as heldout codes "The offensive, launched on October 17")
    ev(a, "clash", "2018-06", "month", "the coalition launched an offensive on the port city in June", O, locs=["Hodeidah"]),
]

MANIFEST = [
    {"key": "chechnya_grozny_2000", "outlet": "AFP", "published": "2000-02-06"},
    {"key": "lebanon_qana_2006", "outlet": "Associated Press", "published": "2006-07-30"},
    {"key": "afghanistan_kunduz_2015", "outlet": "The Guardian", "published": "2015-09-29"},
    {"key": "car_bangui_2013", "outlet": "AFP", "published": "2013-03-25"},
    {"key": "philippines_marawi_2017", "outlet": "Philippine Daily Inquirer", "published": "2017-05-26"},
    {"key": "yemen_stockholm_2018", "outlet": "Reuters", "published": "2018-12-05"},
]

if __name__ == "__main__":
    write(HERE, G, MANIFEST)
