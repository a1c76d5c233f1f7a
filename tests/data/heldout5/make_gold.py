"""Gold for the fifth dev set, coded by hand before the extractor was run on these texts
(extractor 0.4.6): Sri Lanka, Libya, Kashmir, Mali and Iraq, 2007-2019, in the styles of
Xinhua, the Associated Press, PTI, Reuters and the New York Times."""
import sys
from pathlib import Path

HERE = Path(__file__).parent
sys.path.insert(0, str(HERE.parent / "heldout"))
from make_gold import O, ev, trap, write  # noqa: E402

G = []
a = "srilanka_mullaitivu_2009"  # Mon 2009-05-18
G += [
    ev(a, "clash", "2009-05-18", "day", "Sri Lankan troops killed the leader of the Liberation Tigers of Tamil Eelam (LTTE), Velupillai Prabhakaran, and his top commanders in a final battle in the northeastern district of Mullaitivu on Monday morning", locs=["Mullaitivu"], actors=["Sri Lankan troops", "LTTE"]),
    ev(a, "casualty_report", "2009-05-18", "day", "Sri Lankan troops killed the leader of the Liberation Tigers of Tamil Eelam (LTTE), Velupillai Prabhakaran, and his top commanders in a final battle in the northeastern district of Mullaitivu on Monday morning", O),
    ev(a, "statement", None, "unknown", "Army chief Lieutenant General Sarath Fonseka told state television that troops had recovered Prabhakaran's body", O),
    ev(a, "casualty_report", ("2009-05-17", "2009-05-18"), "range", "about 250 rebels were killed in the fighting since Sunday night", killed=250),
    ev(a, "clash", ("2009-05-17", "2009-05-18"), "range", "about 250 rebels were killed in the fighting since Sunday night", O, killed=250),
    ev(a, "territory_change", "2009-05-16", "day", "The army took control of the entire coastline on Saturday", actors=["army"]),
    ev(a, "statement", "2009-05-16", "day", "President Mahinda Rajapaksa, who declared victory over the rebels in a speech in Jordan on Saturday", O),
    ev(a, "statement", "2009-05-19", "day", "will address Parliament on Tuesday", O, status="planned"),
    trap(a, "The LTTE has been fighting since 1983 for a separate homeland for the Tamil minority"),
    ev(a, "casualty_report", ("2009-01-01", "2009-04-30"), "range", "more than 7,000 civilians were killed between January and April", O, killed=7000),
]
a = "libya_tripoli_2011"  # Tue 2011-08-23
G += [
    ev(a, "territory_change", "2011-08-23", "day", "Hundreds of rebel fighters stormed Moammar Gadhafi's fortified compound in Tripoli on Tuesday, breaking through its outer walls and raising their flag", locs=["Tripoli"], actors=["rebels"]),
    ev(a, "clash", "2011-08-23", "day", "Hundreds of rebel fighters stormed Moammar Gadhafi's fortified compound in Tripoli on Tuesday, breaking through its outer walls and raising their flag over the ruins of his residence after hours of heavy fighting", O, locs=["Tripoli"]),
    ev(a, "territory_change", "2011-08-21", "day", "rebels swept into Tripoli from the west on Sunday", O, locs=["Tripoli"]),
    ev(a, "military_movement", "2011-08-21", "day", "rebels swept into Tripoli from the west on Sunday", O, locs=["Tripoli"]),
    ev(a, "casualty_report", ("2011-08-21", "2011-08-23"), "range", "Since then, fighting has killed more than 400 people in the capital", status="claimed", killed=400),
    ev(a, "clash", ("2011-08-21", "2011-08-23"), "range", "Since then, fighting has killed more than 400 people in the capital", O, killed=400),
    ev(a, "bombing", "2011-08-23", "approx", "NATO warplanes struck targets in and around the compound overnight", actors=["NATO"]),
    ev(a, "abduction", "2011-08-21", "approx", "a day after the rebels said they had captured him", O, status="claimed"),
    ev(a, "abduction", "2011-08-22", "day", "had announced his arrest on Monday morning", O, status="claimed"),
    ev(a, "military_movement", None, "unknown", "the National Transitional Council would move from Benghazi to Tripoli within days", O, status="planned"),
    ev(a, "negotiation", ("2011-08-29", "2011-09-04"), "range", "Talks with tribal elders in the city of Sirte, Gadhafi's hometown, were planned for next week", status="planned", locs=["Sirte"]),
    trap(a, "The uprising began in February in the eastern city of Benghazi."),
]
a = "kashmir_pulwama_2019"  # Fri 2019-02-15
G += [
    ev(a, "bombing", "2019-02-14", "day", "At least 40 CRPF personnel were killed when a Jaish-e-Mohammed suicide bomber rammed an explosives-laden vehicle into their bus on the Jammu-Srinagar national highway in Pulwama district on Thursday afternoon", locs=["Pulwama"], actors=["Jaish-e-Mohammed"], killed=40),
    ev(a, "casualty_report", "2019-02-14", "day", "At least 40 CRPF personnel were killed when a Jaish-e-Mohammed suicide bomber rammed an explosives-laden vehicle into their bus on the Jammu-Srinagar national highway in Pulwama district on Thursday afternoon", O, killed=40),
    ev(a, "clash", "2019-02-14", "day", "At least 40 CRPF personnel were killed when a Jaish-e-Mohammed suicide bomber rammed an explosives-laden vehicle into their bus on the Jammu-Srinagar national highway in Pulwama district on Thursday afternoon", O, killed=40),
    trap(a, "It was the deadliest attack on security forces in Jammu and Kashmir since the insurgency began in 1989."),
    ev(a, "statement", None, "unknown", "The Pakistan-based Jaish-e-Mohammed claimed responsibility for the attack in a statement to a local news agency", O),
    ev(a, "statement", "2019-02-15", "day", "Prime Minister Narendra Modi said on Friday that security forces had been given \"full freedom\" to respond", O),
    ev(a, "military_movement", "2019-02-15", "day", "Security forces launched a massive search operation in the area on Friday", O),
    ev(a, "clash", "2019-02-10", "day", "Three militants were killed in an encounter in Kulgam district on Sunday", locs=["Kulgam"], killed=3),
    ev(a, "casualty_report", "2019-02-10", "day", "Three militants were killed in an encounter in Kulgam district on Sunday", O, killed=3),
    ev(a, "negotiation", "2019-02-16", "day", "Home Minister Rajnath Singh will chair an all-party meeting in New Delhi on Saturday", O, status="planned"),
]
a = "mali_konna_2013"  # Sat 2013-01-12
G += [
    ev(a, "bombing", "2013-01-11", "day", "French warplanes struck Islamist rebels in central Mali on Friday", actors=["France"]),
    ev(a, "territory_change", "2013-01-11", "approx", "Malian troops retook the town of Konna with French support", status="claimed", locs=["Konna"], actors=["Malian troops"]),
    ev(a, "statement", "2013-01-12", "day", "Mali's army said on Saturday", O),
    ev(a, "territory_change", "2013-01-10", "day", "Islamist fighters had seized Konna, 700 km (435 miles) northeast of Bamako, on Thursday", locs=["Konna"], actors=["Islamist fighters"]),
    trap(a, "since they took control of Mali's desert north in April"),
    ev(a, "territory_change", "2013-01-11", "approx", "\"We have retaken Konna,\" a Malian army officer told Reuters by telephone", O, status="claimed"),
    ev(a, "clash", "2013-01-12", "day", "residents said fighting was still going on in the area on Saturday morning", O),
    ev(a, "clash", "2013-01-11", "approx", "A French helicopter pilot was killed during the operation", O, killed=1),
    ev(a, "casualty_report", "2013-01-11", "approx", "A French helicopter pilot was killed during the operation", O, killed=1),
    ev(a, "statement", "2013-01-12", "day", "French Defence Minister Jean-Yves Le Drian said on Saturday", O),
    ev(a, "clash", "2013-01-11", "approx", "Dozens of rebels were killed, according to the army", O, killed=12),
    ev(a, "casualty_report", "2013-01-11", "approx", "Dozens of rebels were killed, according to the army", O, killed=12),
    ev(a, "statement", "2013-01-11", "day", "President Francois Hollande said on Friday that France had answered an appeal for help", O),
    ev(a, "negotiation", ("2013-01-14", "2013-01-20"), "range", "West African defence chiefs will meet in Bamako next week to plan the deployment of a regional force of 3,300 troops", status="planned", locs=["Bamako"]),
    ev(a, "military_movement", None, "unknown", "the deployment of a regional force of 3,300 troops", O, status="planned", count=3300),
    trap(a, "Mali has been in turmoil since a military coup in March last year."),
]
a = "iraq_yazidi_2007"  # Wed 2007-08-15
G += [
    ev(a, "bombing", "2007-08-14", "day", "Four suicide truck bombs struck two villages of the Yazidi religious minority in northern Iraq on Tuesday evening, killing at least 175 people", killed=175, count=4),
    ev(a, "attack_on_civilians", "2007-08-14", "day", "Four suicide truck bombs struck two villages of the Yazidi religious minority in northern Iraq on Tuesday evening, killing at least 175 people", O, killed=175),
    ev(a, "casualty_report", "2007-08-14", "day", "Four suicide truck bombs struck two villages of the Yazidi religious minority in northern Iraq on Tuesday evening, killing at least 175 people", O, killed=175),
    ev(a, "bombing", "2007-08-14", "approx", "The bombs flattened dozens of clay houses in Qahtaniya and Jazeera", O, locs=["Qahtaniya", "Jazeera"]),
    ev(a, "statement", None, "unknown", "American military officials blamed Al Qaeda in Mesopotamia", O),
    ev(a, "bombing", "2007-08-14", "day", "Also on Tuesday, a truck bomb destroyed part of a bridge on the main highway north of Baghdad, killing 10 people", killed=10),
    ev(a, "casualty_report", "2007-08-14", "day", "Also on Tuesday, a truck bomb destroyed part of a bridge on the main highway north of Baghdad, killing 10 people", O, killed=10),
    ev(a, "abduction", "2007-08-14", "day", "gunmen kidnapped the deputy oil minister and four of his bodyguards from his office in Baghdad", locs=["Baghdad"], count=5),
    ev(a, "casualty_report", "2007-08-14", "day", "14 American soldiers were killed when their Black Hawk helicopter crashed in northern Iraq on Tuesday", O, killed=14),
    trap(a, "28,000 additional American troops deployed this year"),
    ev(a, "negotiation", ("2007-08-20", "2007-08-26"), "range", "Iraqi political leaders are expected to meet in Baghdad next week", status="planned", locs=["Baghdad"]),
    trap(a, "Photo: Iraqis searched for survivors in Qahtaniya on Wednesday. (Agence France-Presse)"),
]

MANIFEST = [
    {"key": "srilanka_mullaitivu_2009", "outlet": "Xinhua", "published": "2009-05-18"},
    {"key": "libya_tripoli_2011", "outlet": "Associated Press", "published": "2011-08-23"},
    {"key": "kashmir_pulwama_2019", "outlet": "PTI", "published": "2019-02-15"},
    {"key": "mali_konna_2013", "outlet": "Reuters", "published": "2013-01-12"},
    {"key": "iraq_yazidi_2007", "outlet": "The New York Times", "published": "2007-08-15"},
]

if __name__ == "__main__":
    write(HERE, G, MANIFEST)
