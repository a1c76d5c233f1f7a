"""Gold for the third dev set, coded by hand before the extractor was run on these texts
(extractor of 2026-11-22): Ethiopia, Colombia, Mozambique, Nagorno-Karabakh and Pakistan,
2019-2023, in the styles of the New York Times, AFP, the Guardian, Al Jazeera and Dawn."""
import sys
from pathlib import Path

HERE = Path(__file__).parent
sys.path.insert(0, str(HERE.parent / "heldout"))
from make_gold import O, ev, trap, write  # noqa: E402

G = []
a = "ethiopia_tigray_2021"  # Thu 2021-06-24
G += [
    ev(a, "bombing", "2021-06-22", "day", "An airstrike on a crowded village market in Ethiopia's northern Tigray region on Tuesday killed at least 51 people", locs=["Tigray"], killed=51),
    ev(a, "casualty_report", "2021-06-22", "day", "An airstrike on a crowded village market in Ethiopia's northern Tigray region on Tuesday killed at least 51 people", O, locs=["Tigray"], killed=51),
    ev(a, "attack_on_civilians", "2021-06-22", "day", "An airstrike on a crowded village market in Ethiopia's northern Tigray region on Tuesday killed at least 51 people", O, locs=["Tigray"], killed=51),
    ev(a, "bombing", "2021-06-22", "approx", "The strike hit the market in Togoga, about 15 miles west of the regional capital, Mekelle, around 1 p.m.", O, locs=["Togoga"]),
    ev(a, "statement", "2021-06-23", "day", "A military spokesman, Col. Getnet Adane, said on Wednesday that the air force had targeted fighters", O),
    ev(a, "bombing", "2021-06-23", "approx", "A military spokesman, Col. Getnet Adane, said on Wednesday that the air force had targeted fighters", O),
    ev(a, "election", "2021-06-21", "approx", "Ethiopians voted in national elections", locs=["Ethiopia"]),
    ev(a, "territory_change", ("2021-06-14", "2021-06-20"), "range", "Tigrayan forces said they had captured several towns south of Mekelle last week", status="claimed", locs=["Mekelle"], actors=["Tigrayan forces"]),
    ev(a, "clash", "2021-06-21", "day", "On Monday, they ambushed a military convoy near the town of Adigrat, killing more than 20 soldiers", locs=["Adigrat"], killed=20),
    ev(a, "casualty_report", "2021-06-21", "day", "On Monday, they ambushed a military convoy near the town of Adigrat, killing more than 20 soldiers", O, locs=["Adigrat"], killed=20),
    ev(a, "military_movement", "2020-11", "month", "The conflict began in November, when Mr. Abiy sent troops into Tigray", O),
    ev(a, "statement", "2021-06-24", "day", "Josep Borrell, condemned the strike on Thursday", O),
    trap(a, "Thousands of civilians have been killed since then"),
    trap(a, "Residents gather at a hospital in Mekelle, Tigray, on Wednesday, June 23, 2021."),
    trap(a, "Inside Tigray's hunger crisis"),
]
a = "colombia_bogota_2019"  # Fri 2019-01-18
G += [
    ev(a, "bombing", "2019-01-17", "approx", "The death toll from a car bomb attack on a police academy in the Colombian capital rose to 21", killed=21),
    ev(a, "casualty_report", "2019-01-18", "day", "The death toll from a car bomb attack on a police academy in the Colombian capital rose to 21 on Friday", O, killed=21),
    ev(a, "bombing", "2019-01-17", "day", "A man drove a pickup truck packed with 80 kilograms of explosives into the General Santander police cadet school in southern Bogota on Thursday morning", locs=["Bogota"]),
    ev(a, "statement", None, "unknown", "Prosecutor General Nestor Humberto Martinez said Rojas had links to the National Liberation Army (ELN)", O),
    ev(a, "negotiation", None, "unknown", "Duque, who took office in August, suspended peace talks with the ELN", O, actors=["ELN"]),
    ev(a, "negotiation", "2018-05", "month", "Negotiations had been held in Havana since May last year", O, locs=["Havana"]),
    ev(a, "statement", "2019-01-18", "day", "On Friday, he ordered the arrest warrants for ten ELN commanders", O),
    ev(a, "protest", "2019-01-20", "day", "Thousands of people are expected to march in Bogota and other cities on Sunday", status="planned", locs=["Bogota"]),
    ev(a, "abduction", "2019-01", "month", "kidnapped two police officers in the eastern department of Arauca earlier this month", locs=["Arauca"], actors=["ELN"]),
    ev(a, "release", "2019-01-12", "day", "released them on January 12", actors=["ELN"]),
    trap(a, "It was the deadliest attack in Bogota since 2003, when a car bomb at the El Nogal social club killed 36 people."),
]
a = "mozambique_palma_2021"  # Mon 2021-03-29
G += [
    ev(a, "territory_change", "2021-03-28", "approx", "Insurgents linked to Islamic State have taken control of the town of Palma in northern Mozambique", locs=["Palma"], actors=["Islamic State"]),
    ev(a, "territory_change", "2021-03-28", "day", "the army had withdrawn from the town on Sunday", O),
    ev(a, "attack_on_civilians", None, "unknown", "\"dozens\" of civilians had been killed, some of them beheaded", O),
    ev(a, "attack_on_civilians", "2021-03-26", "day", "Seven people died when a convoy of vehicles trying to escape from the besieged Amarula hotel was ambushed on Friday", killed=7),
    ev(a, "clash", "2021-03-26", "day", "Seven people died when a convoy of vehicles trying to escape from the besieged Amarula hotel was ambushed on Friday", O, killed=7),
    ev(a, "casualty_report", "2021-03-26", "day", "Seven people died when a convoy of vehicles trying to escape from the besieged Amarula hotel was ambushed on Friday", O, killed=7),
    ev(a, "clash", "2021-03-24", "day", "The attack began on Wednesday afternoon"),
    ev(a, "attack_on_civilians", "2021-03-24", "day", "The attack began on Wednesday afternoon", O),
    ev(a, "statement", "2021-03-24", "approx", "Total announced it would resume work on its $20bn liquefied natural gas project", O),
    ev(a, "clash", "2021-03-24", "approx", "Fighters attacked the town from three directions, targeting banks, a police station and the army barracks", O),
    ev(a, "statement", "2021-03-29", "day", "Islamic State claimed responsibility for the attack on Monday through its Amaq news agency, saying its fighters had killed 55 people", O, actors=["Islamic State"]),
    ev(a, "casualty_report", "2021-03-29", "approx", "Islamic State claimed responsibility for the attack on Monday through its Amaq news agency, saying its fighters had killed 55 people", O, status="claimed", killed=55),
    ev(a, "clash", "2021-03-24", "approx", "Islamic State claimed responsibility for the attack on Monday through its Amaq news agency, saying its fighters had killed 55 people", O, status="claimed", killed=55),
    ev(a, "military_movement", "2021-04", "month", "Portugal, the former colonial power, said it would send 60 soldiers next month to train Mozambican troops", status="planned", actors=["Portugal"], count=60),
    ev(a, "aid_change", "2021-04", "month", "Portugal, the former colonial power, said it would send 60 soldiers next month to train Mozambican troops", O, status="planned", actors=["Portugal"], count=60),
    trap(a, "The insurgency in Cabo Delgado province has killed more than 2,600 people and displaced 670,000 since it began in October 2017"),
    trap(a, "Read more: Who are the insurgents in Mozambique?"),
]
a = "karabakh_moscow_2020"  # Sat 2020-10-10
G += [
    ev(a, "agreement", "2020-10-10", "day", "Armenia and Azerbaijan have agreed to a humanitarian ceasefire in Nagorno-Karabakh starting at midday on Saturday", locs=["Nagorno-Karabakh"], actors=["Armenia", "Azerbaijan"]),
    ev(a, "negotiation", "2020-10-10", "approx", "after more than 10 hours of talks in Moscow", O, locs=["Moscow"]),
    ev(a, "negotiation", None, "unknown", "\"substantive\" negotiations would follow under the mediation of the OSCE Minsk Group", O, status="planned"),
    ev(a, "release", None, "unknown", "the truce would allow the sides to exchange prisoners", O, status="planned"),
    ev(a, "negotiation", ("2020-10-09", "2020-10-10"), "range", "The talks, hosted by Lavrov, began on Friday afternoon and ran into the early hours of Saturday", locs=["Moscow"], actors=["Sergey Lavrov"]),
    ev(a, "clash", "2020-09-27", "day", "heavy fighting erupted on September 27", O),
    ev(a, "bombing", "2020-10-09", "approx", "Hours before the deal was announced, Azerbaijani forces shelled Stepanakert, the region's main city, and the nearby town of Shusha", locs=["Stepanakert", "Shusha"], actors=["Azerbaijani forces"]),
    ev(a, "bombing", "2020-10-08", "day", "where a cathedral was hit on Thursday", locs=["Shusha"]),
    ev(a, "bombing", "2020-10-09", "day", "Armenian officials said two civilians were killed in Stepanakert on Friday night", O, status="claimed", locs=["Stepanakert"], killed=2),
    ev(a, "casualty_report", "2020-10-09", "day", "Armenian officials said two civilians were killed in Stepanakert on Friday night", O, status="claimed", locs=["Stepanakert"], killed=2),
    ev(a, "attack_on_civilians", "2020-10-09", "day", "Armenian officials said two civilians were killed in Stepanakert on Friday night", O, status="claimed", locs=["Stepanakert"], killed=2),
    ev(a, "bombing", "2020-10-04", "day", "Armenian forces had fired rockets at Ganja, Azerbaijan's second-largest city, on Sunday, killing one civilian and wounding 32", status="claimed", locs=["Ganja"], actors=["Armenian forces"], killed=1),
    ev(a, "statement", None, "unknown", "Armenia denied targeting civilian areas", O),
    ev(a, "casualty_report", ("2020-09-27", "2020-10-10"), "range", "Nagorno-Karabakh's military says 404 of its soldiers have been killed since the fighting began", O, killed=404),
    ev(a, "casualty_report", ("2020-09-27", "2020-10-10"), "range", "says 31 civilians have died", O, killed=31),
    ev(a, "statement", "2020-10-09", "day", "Azerbaijani President Ilham Aliyev said in a televised address on Friday", O, actors=["Ilham Aliyev"]),
    ev(a, "negotiation", ("2020-10-12", "2020-10-18"), "range", "Talks are expected to resume in Geneva next week", status="planned", locs=["Geneva"]),
    trap(a, "The region broke away from Azerbaijan in a war in the early 1990s that killed some 30,000 people."),
]
a = "pakistan_peshawar_2023"  # Tue 2023-01-31
G += [
    ev(a, "bombing", "2023-01-30", "day", "The death toll from Monday's suicide bombing at a mosque inside the Police Lines area of Peshawar rose to 100", locs=["Peshawar"], killed=100),
    ev(a, "casualty_report", "2023-01-31", "day", "The death toll from Monday's suicide bombing at a mosque inside the Police Lines area of Peshawar rose to 100 on Tuesday", O, locs=["Peshawar"], killed=100),
    ev(a, "bombing", "2023-01-30", "approx", "the bomber, who was standing in the front row, blew himself up", O),
    ev(a, "bombing", "2023-01-30", "approx", "The blast brought down the roof and a wall of the mosque", O),
    ev(a, "statement", None, "unknown", "A commander of the Tehreek-i-Taliban Pakistan (TTP) initially claimed responsibility", O, actors=["TTP"]),
    ev(a, "negotiation", "2023-02-07", "day", "He has called a meeting of all political parties on February 7 to discuss the security situation", status="planned"),
    ev(a, "agreement", "2022-11", "month", "The TTP ended a ceasefire with the government in November", O, actors=["TTP"]),
    ev(a, "clash", ("2023-01-23", "2023-01-29"), "range", "Last week, militants killed three policemen at a checkpost in Lakki Marwat district", locs=["Lakki Marwat"], killed=3),
    ev(a, "attack_on_civilians", ("2023-01-23", "2023-01-29"), "range", "Last week, militants killed three policemen at a checkpost in Lakki Marwat district", O, locs=["Lakki Marwat"], killed=3),
    ev(a, "casualty_report", ("2023-01-23", "2023-01-29"), "range", "Last week, militants killed three policemen at a checkpost in Lakki Marwat district", O, locs=["Lakki Marwat"], killed=3),
    trap(a, "In 2014, TTP gunmen stormed the Army Public School in Peshawar and killed more than 140 people, most of them children."),
]

MANIFEST = [
    {"key": "ethiopia_tigray_2021", "outlet": "The New York Times", "published": "2021-06-24"},
    {"key": "colombia_bogota_2019", "outlet": "AFP", "published": "2019-01-18"},
    {"key": "mozambique_palma_2021", "outlet": "The Guardian", "published": "2021-03-29"},
    {"key": "karabakh_moscow_2020", "outlet": "Al Jazeera", "published": "2020-10-10"},
    {"key": "pakistan_peshawar_2023", "outlet": "Dawn", "published": "2023-01-31"},
]

if __name__ == "__main__":
    write(HERE, G, MANIFEST)
