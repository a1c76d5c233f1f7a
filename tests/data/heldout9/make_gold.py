"""Gold for the ninth dev set, coded by hand before the extractor was run on these texts:
Israel/Gaza (2014), DR Congo (Beni, 2019), Libya (Benghazi, 2014), Pakistan (Swat, 2009),
Cameroon (Anglophone regions, 2018) and Ethiopia (Amhara, 2023), in the styles of the Times of
Israel, Radio Okapi, Al Jazeera, Dawn, France 24/AFP and Reuters. The Dawn article carries the
print dateline (May 24) of a paper published the next morning; its weekdays resolve the same
way against either date."""
import sys
from pathlib import Path

HERE = Path(__file__).parent
sys.path.insert(0, str(HERE.parent / "heldout"))
from make_gold import O, ev, trap, write  # noqa: E402

G = []
a = "israel_gaza_2014"  # Tue 2014-07-22
G += [
    ev(a, "negotiation", "2014-07-22", "day", "US Secretary of State John Kerry met Egyptian President Abdel Fattah el-Sissi in Cairo on Tuesday", locs=["Cairo"], actors=["John Kerry", "Abdel Fattah el-Sissi"]),
    ev(a, "clash", "2014-07-22", "approx", "as the IDF pushed deeper into the Gaza Strip", O, locs=["Gaza Strip"], actors=["Israel Defense Forces"]),
    ev(a, "casualty_report", ("2014-07-08", "2014-07-22"), "range", "the Palestinian death toll passed 600", O, killed=600),
    ev(a, "negotiation", "2014-07-21", "day", "Kerry, who flew in late on Monday", O, locs=["Cairo"], actors=["John Kerry"]),
    ev(a, "negotiation", "2014-07-23", "day", "He is expected to travel to Jerusalem and Ramallah on Wednesday for meetings with Prime Minister Benjamin Netanyahu and Palestinian Authority President Mahmoud Abbas", status="planned", locs=["Jerusalem", "Ramallah"], actors=["John Kerry", "Benjamin Netanyahu", "Mahmoud Abbas"]),
    ev(a, "negotiation", "2014-07-22", "day", "UN Secretary-General Ban Ki-moon, who is touring the region, met Netanyahu in Jerusalem on Tuesday afternoon", locs=["Jerusalem"], actors=["Ban Ki-moon", "Benjamin Netanyahu"]),
    ev(a, "statement", "2014-07-22", "day", "The army confirmed on Tuesday that Sgt. Oron Shaul of the Golani Brigade was missing", O, actors=["Israel Defense Forces"]),
    ev(a, "abduction", "2014-07-20", "approx", "two days after Hamas's military wing said it had captured him", status="claimed", locs=["Shejaiya"], actors=["Izz ad-Din al-Qassam Brigades", "Hamas"], count=1),
    ev(a, "clash", "2014-07-20", "day", "Shaul was among seven soldiers in an armored personnel carrier that was hit by an anti-tank missile in the Shejaiya neighborhood of Gaza City early on Sunday", locs=["Shejaiya", "Gaza City"]),
    ev(a, "bombing", "2014-07-20", "day", "Shaul was among seven soldiers in an armored personnel carrier that was hit by an anti-tank missile in the Shejaiya neighborhood of Gaza City early on Sunday", O, locs=["Shejaiya", "Gaza City"]),
    ev(a, "casualty_report", "2014-07-20", "approx", "The six others were killed.", O, killed=6),
    ev(a, "statement", "2014-07-20", "day", "announced the capture in a televised address late on Sunday", O, actors=["Abu Obeida"]),
    ev(a, "abduction", "2014-07-20", "day", "announced the capture in a televised address late on Sunday", O, status="claimed", actors=["Izz ad-Din al-Qassam Brigades"]),
    ev(a, "clash", "2014-07-20", "day", "Thirteen Golani soldiers were killed in Shejaiya on Sunday", locs=["Shejaiya"], actors=["Golani Brigade", "Hamas"], killed=13),
    ev(a, "casualty_report", "2014-07-20", "day", "Thirteen Golani soldiers were killed in Shejaiya on Sunday", O, killed=13),
    ev(a, "casualty_report", "2014-07-20", "approx", "Palestinian medics said at least 60 people died in the neighborhood", O, locs=["Shejaiya"], killed=60),
    ev(a, "clash", "2014-07-20", "approx", "Palestinian medics said at least 60 people died in the neighborhood", O, locs=["Shejaiya"], killed=60),
    ev(a, "agreement", "2014-07-20", "approx", "a two-hour humanitarian truce brokered by the International Committee of the Red Cross that afternoon broke down within an hour", locs=["Shejaiya"], actors=["International Committee of the Red Cross"]),
    # (optional, as the launch of an offensive is in the first dev set: ACLED codes its battles)
    ev(a, "military_movement", "2014-07-17", "day", "The ground operation, launched late Thursday night to destroy Hamas's network of cross-border tunnels", O, locs=["Gaza Strip"], actors=["Israel Defense Forces"]),
    ev(a, "clash", "2014-07-17", "day", "The ground operation, launched late Thursday night to destroy Hamas's network of cross-border tunnels", O, locs=["Gaza Strip"]),
    ev(a, "casualty_report", ("2014-07-17", "2014-07-22"), "range", "has now cost the lives of 27 soldiers", killed=27),
    ev(a, "casualty_report", ("2014-07-08", "2014-07-22"), "range", "Two Israeli civilians have been killed by rocket and mortar fire since the start of Operation Protective Edge on July 8", killed=2),
    ev(a, "bombing", "2014-07-08", "day", "the start of Operation Protective Edge on July 8", O, actors=["Israel"]),
    ev(a, "casualty_report", ("2014-07-08", "2014-07-22"), "range", "the Health Ministry said 604 Palestinians had been killed over the same period", locs=["Gaza"], killed=604),
    ev(a, "bombing", "2014-07-21", "day", "Israeli tank shells slammed into the al-Aqsa Martyrs Hospital in Deir al-Balah on Monday, killing four people and wounding dozens", locs=["al-Aqsa Martyrs Hospital", "Deir al-Balah"], actors=["Israel"], killed=4),
    ev(a, "attack_on_civilians", "2014-07-21", "day", "Israeli tank shells slammed into the al-Aqsa Martyrs Hospital in Deir al-Balah on Monday, killing four people and wounding dozens", O, locs=["Deir al-Balah"], killed=4),
    ev(a, "casualty_report", "2014-07-21", "day", "Israeli tank shells slammed into the al-Aqsa Martyrs Hospital in Deir al-Balah on Monday, killing four people and wounding dozens", O, killed=4),
    ev(a, "statement", None, "unknown", "The IDF said it had targeted a cache of anti-tank missiles", O, actors=["Israel Defense Forces"]),
    ev(a, "bombing", "2014-07-21", "day", "Earlier on Monday, ten gunmen who emerged from two tunnel shafts near Kibbutz Nir Am, inside Israel, were killed in an airstrike", locs=["Nir Am"], actors=["Israel"], killed=10),
    ev(a, "clash", "2014-07-21", "day", "Earlier on Monday, ten gunmen who emerged from two tunnel shafts near Kibbutz Nir Am, inside Israel, were killed in an airstrike", O, locs=["Nir Am"], killed=10),
    ev(a, "casualty_report", "2014-07-21", "day", "Earlier on Monday, ten gunmen who emerged from two tunnel shafts near Kibbutz Nir Am, inside Israel, were killed in an airstrike", O, killed=10),
    ev(a, "bombing", "2014-07-22", "day", "On Tuesday morning a rocket fired from Gaza struck a house in the town of Yehud, about a mile from Ben Gurion International Airport, lightly wounding one person", locs=["Yehud"]),
    ev(a, "statement", "2014-07-22", "approx", "the US Federal Aviation Administration barred American carriers from flying to Israel for 24 hours", O),
    # (one side accepting a proposal: a negotiation or an agreement; either is right, neither required)
    ev(a, "negotiation", "2014-07-15", "day", "Israel's security cabinet accepted an Egyptian ceasefire proposal last Tuesday", O, actors=["Israel", "Egypt"]),
    ev(a, "agreement", "2014-07-15", "day", "Israel's security cabinet accepted an Egyptian ceasefire proposal last Tuesday", O, actors=["Israel", "Egypt"]),
    ev(a, "statement", "2014-07-15", "approx", "but Hamas rejected it, saying it had not been consulted", O, actors=["Hamas"]),
    ev(a, "statement", None, "unknown", "Hamas officials in Doha have said the group will not agree to any truce that does not lift the blockade of the Strip", O, actors=["Hamas"]),
    trap(a, "Israeli soldiers rest beside tanks at a staging area near the Gaza border on July 21, 2014. (photo credit: Flash90)"),
]
a = "drc_beni_2019"  # Tue 2019-11-26
G += [
    ev(a, "attack_on_civilians", ("2019-11-24", "2019-11-25"), "range", "At least eight civilians were killed overnight from Sunday to Monday 25 November in an attack attributed to ADF rebels in the Boikene neighbourhood of Beni town", locs=["Boikene", "Beni", "North Kivu"], actors=["Allied Democratic Forces"], killed=8),
    ev(a, "casualty_report", ("2019-11-24", "2019-11-25"), "range", "At least eight civilians were killed overnight from Sunday to Monday 25 November in an attack attributed to ADF rebels in the Boikene neighbourhood of Beni town", O, killed=8),
    ev(a, "attack_on_civilians", "2019-11-24", "approx", "The victims, among them two women and a child, were killed with machetes and guns in their homes", O, locs=["Boikene"]),
    ev(a, "protest", "2019-11-25", "day", "On Monday morning, hundreds of angry young people carrying some of the bodies marched on the town hall, which they set on fire", locs=["Beni"]),
    ev(a, "protest", "2019-11-25", "approx", "before heading to the MONUSCO base in Boikene, accused of failing to protect the population. Part of the base was set ablaze.", O, locs=["Boikene", "Beni"], actors=["MONUSCO"]),
    ev(a, "casualty_report", "2019-11-25", "approx", "At least four demonstrators were killed by gunfire, according to the civil society of Beni", O, locs=["Beni"], killed=4),
    ev(a, "attack_on_civilians", "2019-11-25", "approx", "At least four demonstrators were killed by gunfire, according to the civil society of Beni", O, locs=["Beni"], killed=4),
    ev(a, "statement", None, "unknown", "The mayor of Beni, Nyonyi Masumbuko Bwanakawa, called for calm", O),
    ev(a, "aid_change", "2019-11-25", "day", "Activities of the Ebola response were suspended in Beni on Monday because of the unrest", locs=["Beni"]),
    ev(a, "protest", "2019-11-26", "day", "The town was paralysed on Tuesday by a \"ville morte\" called by civil society organisations", locs=["Beni"]),
    ev(a, "statement", "2019-11-25", "day", "Meeting in Kinshasa on Monday evening, the Supreme Defence Council chaired by President Felix Tshisekedi decided that the FARDC would carry out joint operations with MONUSCO", O, locs=["Kinshasa"], actors=["Felix Tshisekedi"]),
    ev(a, "negotiation", "2019-11-25", "day", "Meeting in Kinshasa on Monday evening, the Supreme Defence Council chaired by President Felix Tshisekedi", O, locs=["Kinshasa"], actors=["Felix Tshisekedi"]),
    ev(a, "military_movement", None, "unknown", "the FARDC would carry out joint operations with MONUSCO against armed groups in the Beni region", O, status="planned", actors=["FARDC", "MONUSCO"]),
    ev(a, "casualty_report", ("2019-10-30", "2019-11-26"), "range", "more than 80 civilians have been killed in reprisal attacks in Beni territory since the FARDC launched large-scale operations against the ADF on 30 October", locs=["Beni"], killed=80),
    ev(a, "clash", "2019-10-30", "day", "the FARDC launched large-scale operations against the ADF on 30 October", O, actors=["FARDC", "Allied Democratic Forces"]),
    ev(a, "military_movement", "2019-10-30", "day", "the FARDC launched large-scale operations against the ADF on 30 October", O, actors=["FARDC"]),
    ev(a, "statement", "2019-11-25", "day", "Captain Mak Hazukay, said on Monday", O, actors=["FARDC"]),
    ev(a, "territory_change", ("2019-11-01", "2019-11-25"), "range", "troops had taken several ADF positions around Mapobu since the start of the month", status="claimed", locs=["Mapobu"], actors=["FARDC", "Allied Democratic Forces"]),
    ev(a, "abduction", "2019-11-24", "approx", "In Mavivi, about ten kilometres north of Beni, two farmers abducted in their fields two days ago", locs=["Mavivi"], count=2),
    ev(a, "negotiation", "2019-11-27", "day", "The governor of North Kivu, Carly Nzanzu Kasivita, is expected in Beni on Wednesday to meet representatives of civil society and the security services", status="planned", locs=["Beni"], actors=["Carly Nzanzu Kasivita"]),
    trap(a, "Read also: Beni: FARDC launch large-scale operations against the ADF"),
    ev(a, "casualty_report", ("2014-10-01", "2019-11-26"), "range", "is accused of killing more than 1,000 civilians in the Beni region since October 2014", O, status="claimed", locs=["Beni"], actors=["Allied Democratic Forces"], killed=1000),
]
a = "libya_benghazi_2014"  # Wed 2014-07-30
G += [
    ev(a, "territory_change", "2014-07-29", "approx", "An alliance of Islamist fighters and former rebels has overrun the main base of the Libyan army's special forces in the eastern city of Benghazi", locs=["Benghazi"], actors=["Shura Council of Benghazi Revolutionaries", "Saiqa"]),
    ev(a, "territory_change", "2014-07-29", "day", "its fighters had taken control of the Saiqa special forces camp in the Bu Atni district on Tuesday", status="claimed", locs=["Bu Atni", "Benghazi"], actors=["Shura Council of Benghazi Revolutionaries", "Ansar al-Sharia"]),
    ev(a, "territory_change", "2014-07-29", "day", "A Saiqa officer confirmed to Al Jazeera that his men had withdrawn from the camp late on Tuesday", locs=["Benghazi"], actors=["Saiqa"]),
    ev(a, "territory_change", "2014-07-29", "approx", "\"We have pulled back for tactical reasons, and we will return,\"", O, actors=["Saiqa"]),
    ev(a, "casualty_report", ("2014-07-26", "2014-07-30"), "range", "between 20 and 30 soldiers had been killed in the fighting since Saturday", locs=["Benghazi"], killed=20),
    ev(a, "clash", ("2014-07-26", "2014-07-30"), "range", "between 20 and 30 soldiers had been killed in the fighting since Saturday", O, locs=["Benghazi"], killed=20),
    ev(a, "bombing", "2014-07-29", "approx", "Warplanes loyal to the renegade general Khalifa Haftar carried out air raids on the Islamists' positions overnight", locs=["Benghazi"], actors=["Khalifa Haftar"]),
    ev(a, "clash", "2014-05-16", "day", "Haftar, a former army chief of staff, launched his self-declared Operation Dignity on May 16", O, locs=["Benghazi"], actors=["Khalifa Haftar"]),
    trap(a, "that have held sway in the city since the 2011 uprising against Muammar Gaddafi"),
    ev(a, "defection", None, "unknown", "The special forces were among the first army units to join him.", O, actors=["Saiqa", "Khalifa Haftar"]),
    ev(a, "casualty_report", ("2014-01-01", "2014-07-30"), "range", "Dozens of soldiers, police officers, judges and activists have been killed in targeted assassinations in Benghazi since the start of the year", O, locs=["Benghazi"]),
    ev(a, "attack_on_civilians", ("2014-01-01", "2014-07-30"), "range", "Dozens of soldiers, police officers, judges and activists have been killed in targeted assassinations in Benghazi since the start of the year", O, locs=["Benghazi"]),
    ev(a, "clash", None, "unknown", "fighting between rival militias for control of the international airport has entered its third week", O, locs=["Tripoli"]),
    ev(a, "bombing", "2014-07-27", "day", "A rocket hit a large fuel depot on the airport road late on Sunday", locs=["Tripoli"]),
    ev(a, "statement", None, "unknown", "The government has appealed for international help to put it out.", O),
    ev(a, "statement", "2014-07-28", "day", "The health ministry said on Monday", O),
    ev(a, "casualty_report", ("2014-07-14", "2014-07-28"), "range", "at least 214 people had been killed in Tripoli and Benghazi over the past two weeks", locs=["Tripoli", "Benghazi"], killed=214),
    ev(a, "military_movement", "2014-07-26", "day", "The United States evacuated its embassy staff overland to Tunisia on Saturday under the protection of military aircraft", O, locs=["Tunisia"], actors=["United States"]),
    ev(a, "statement", None, "unknown", "several European governments have urged their citizens to leave the country immediately", O),
    ev(a, "election", "2014-06-25", "day", "elected on June 25", O),
    ev(a, "negotiation", "2014-08-04", "day", "is due to hold its first session on August 4", O, status="planned", locs=["Benghazi", "Tobruk"], actors=["House of Representatives"]),
]
a = "pakistan_swat_2009"  # Mon 2009-05-25 (print dateline "MINGORA, May 24")
G += [
    ev(a, "clash", "2009-05-24", "day", "Security forces fought Taliban militants street by street in Mingora on Sunday", locs=["Mingora", "Swat"], actors=["Pakistani security forces", "Taliban"]),
    ev(a, "military_movement", "2009-05-23", "approx", "a day after they entered the main town of Swat", O, locs=["Mingora", "Swat"]),
    ev(a, "territory_change", "2009-05-24", "approx", "the military said they had taken control of several key squares", O, status="claimed", locs=["Mingora"]),
    ev(a, "military_movement", "2009-05-23", "day", "Troops moved into the town from three directions on Saturday after securing the surrounding heights", locs=["Mingora"], actors=["Pakistani army"]),
    ev(a, "clash", "2009-05-23", "day", "Troops moved into the town from three directions on Saturday after securing the surrounding heights", O, locs=["Mingora"]),
    ev(a, "clash", "2009-05-24", "approx", "reported heavy exchanges of fire in the Rahimabad and Takhta Band areas", O, locs=["Rahimabad", "Takhta Band", "Mingora"]),
    ev(a, "territory_change", "2009-05-24", "approx", "troops had cleared Green Chowk, where the Taliban used to hang the bodies of their victims, as well as the Grassy Ground and the Kanju crossing", status="claimed", locs=["Green Chowk", "Grassy Ground", "Kanju", "Mingora"], actors=["Pakistani army"]),
    ev(a, "attack_on_civilians", None, "unknown", "where the Taliban used to hang the bodies of their victims", O, locs=["Green Chowk"], actors=["Taliban"]),
    ev(a, "casualty_report", ("2009-05-23", "2009-05-24"), "range", "27 militants and two soldiers had been killed in Mingora and other parts of the valley during the past 24 hours", status="claimed", locs=["Mingora", "Swat"], killed=29),
    ev(a, "clash", ("2009-05-23", "2009-05-24"), "range", "27 militants and two soldiers had been killed in Mingora and other parts of the valley during the past 24 hours", O, status="claimed", killed=29),
    ev(a, "casualty_report", ("2009-05-08", "2009-05-24"), "range", "1,095 militants and 63 soldiers have been killed since the operation began on May 8", status="claimed", locs=["Swat"], killed=1158),
    ev(a, "clash", "2009-05-08", "day", "since the operation began on May 8", O, locs=["Swat"]),
    ev(a, "military_movement", "2009-05", "month", "Commandos of the Special Services Group were landed by helicopters in the Peochar valley, regarded as the headquarters of Maulana Fazlullah, earlier this month", locs=["Peochar"], actors=["Special Services Group"]),
    ev(a, "release", "2009-05-23", "day", "In Shangla, militants on Saturday freed eight personnel of the Frontier Constabulary", locs=["Shangla"], count=8),
    ev(a, "abduction", "2009-05-15", "day", "who had been seized from a checkpoint near Alpuri on May 15", locs=["Alpuri", "Shangla"], count=8),
    ev(a, "negotiation", "2009-05-23", "approx", "after a jirga of local elders intervened", O, locs=["Shangla"]),
    ev(a, "bombing", "2009-05-22", "day", "at least six people were killed and more than 70 injured when a car bomb went off near a cinema in the crowded Qissa Khwani bazaar on Friday evening", locs=["Qissa Khwani", "Peshawar"], killed=6),
    ev(a, "casualty_report", "2009-05-22", "day", "at least six people were killed and more than 70 injured when a car bomb went off near a cinema in the crowded Qissa Khwani bazaar on Friday evening", O, killed=6),
    ev(a, "attack_on_civilians", "2009-05-22", "day", "at least six people were killed and more than 70 injured when a car bomb went off near a cinema in the crowded Qissa Khwani bazaar on Friday evening", O, killed=6),
    ev(a, "statement", "2009-05-23", "day", "Prime Minister Yousuf Raza Gilani said on Saturday that the operation would go on", O, actors=["Yousuf Raza Gilani"]),
    ev(a, "negotiation", "2009-05-27", "day", "The federal cabinet will meet on Wednesday to approve a relief package for the displaced families", O, status="planned"),
    trap(a, "Fazlullah's men have challenged the writ of the state in the valley since 2007."),
    ev(a, "agreement", "2009-02", "month", "emboldened by a peace agreement signed in February", O),
    ev(a, "territory_change", "2009-04", "month", "moved into the neighbouring Buner district in April", O, locs=["Buner"]),
]
a = "cameroon_bamenda_2018"  # Thu 2018-11-08
G += [
    trap(a, "President Paul Biya at his swearing-in ceremony at the National Assembly in Yaounde on November 6, 2018. © Marco Longari, AFP"),
    ev(a, "release", "2018-11-07", "approx", "Seventy-eight pupils and their driver who were kidnapped from a boarding school in Cameroon's restive English-speaking North West region have been released", locs=["North West region"], count=79),
    ev(a, "abduction", "2018-11-05", "approx", "who were kidnapped from a boarding school in Cameroon's restive English-speaking North West region", O, locs=["North West region"]),
    ev(a, "statement", "2018-11-07", "day", "the government and church officials said on Wednesday", O),
    ev(a, "release", "2018-11-07", "day", "The children were dropped off at a Presbyterian church in Bafut, about 20 kilometres from the regional capital Bamenda, on Wednesday morning", locs=["Bafut", "Bamenda"]),
    ev(a, "abduction", "2018-11-05", "day", "Gunmen stormed the Presbyterian Secondary School in Nkwen, on the outskirts of Bamenda, in the early hours of Monday and took away 78 pupils", locs=["Nkwen", "Bamenda"], count=81),
    ev(a, "statement", "2018-11-05", "day", "A video circulated on social media on Monday showed a group of frightened boys", O),
    ev(a, "statement", None, "unknown", "The government blamed the kidnapping on \"terrorists\" seeking an independent state", O),
    ev(a, "statement", None, "unknown", "Separatist leaders denied any involvement", O),
    ev(a, "election", "2018-11-06", "approx", "The abduction came a day before President Paul Biya, 85, was sworn in for a seventh term", O, actors=["Paul Biya"]),
    ev(a, "election", "2018-10-07", "day", "an October 7 election that the opposition says was marred by fraud", actors=["Paul Biya"]),
    ev(a, "statement", "2018-11-06", "approx", "In his inaugural address, Biya warned the separatists", O, actors=["Paul Biya"]),
    ev(a, "attack_on_civilians", ("2018-10-29", "2018-11-04"), "range", "Last week, an American missionary, Charles Wesco, was shot dead in Bambui near Bamenda", locs=["Bambui", "Bamenda"], killed=1),
    ev(a, "attack_on_civilians", "2018-11-04", "day", "residents of Munyenge said soldiers burned dozens of homes in the village late on Sunday", status="claimed", locs=["Munyenge", "South West region"], actors=["Cameroonian army"]),
    ev(a, "clash", "2018-11-04", "approx", "after separatists ambushed a patrol nearby and killed two gendarmes", O, locs=["Munyenge"], killed=2),
    ev(a, "casualty_report", ("2017-10-01", "2018-11-08"), "range", "more than 400 civilians and about 175 soldiers and police officers have been killed since separatists proclaimed", O, killed=575),
    ev(a, "statement", "2017-10-01", "day", "separatists proclaimed an independent \"Republic of Ambazonia\" on October 1, 2017", O),
    ev(a, "negotiation", ("2018-11-21", "2018-11-22"), "range", "has called an Anglophone General Conference in Buea for November 21 and 22", status="planned", locs=["Buea"], actors=["Christian Tumi"]),
]
a = "ethiopia_amhara_2023"  # Tue 2023-08-15
G += [
    ev(a, "statement", "2023-08-14", "day", "Ethiopia's parliament on Monday approved a six-month state of emergency in the Amhara region", O, locs=["Amhara"]),
    ev(a, "casualty_report", ("2023-08-01", "2023-08-15"), "range", "fighting between the federal army and the local Fano militia has killed dozens of civilians since the start of the month", O, locs=["Amhara"]),
    ev(a, "clash", ("2023-08-01", "2023-08-15"), "range", "fighting between the federal army and the local Fano militia has killed dozens of civilians since the start of the month", O, locs=["Amhara"], actors=["Ethiopian National Defense Force", "Fano"]),
    ev(a, "bombing", "2023-08-13", "day", "An air strike on Sunday hit the main square of Finote Selam, a town in West Gojjam zone, killing at least 26 people and wounding 55", locs=["Finote Selam", "West Gojjam"], killed=26),
    ev(a, "casualty_report", "2023-08-13", "day", "An air strike on Sunday hit the main square of Finote Selam, a town in West Gojjam zone, killing at least 26 people and wounding 55", O, killed=26),
    ev(a, "attack_on_civilians", "2023-08-13", "day", "An air strike on Sunday hit the main square of Finote Selam, a town in West Gojjam zone, killing at least 26 people and wounding 55", O, killed=26),
    ev(a, "territory_change", "2023-08", "month", "Fano fighters seized several towns earlier this month, including Lalibela, famed for its 12th-century rock-hewn churches, and briefly took control of parts of Gondar and the regional capital Bahir Dar", locs=["Lalibela", "Gondar", "Bahir Dar"], actors=["Fano"]),
    ev(a, "release", "2023-08", "month", "Militia fighters also freed thousands of inmates from prisons in several towns during their advance", actors=["Fano"]),
    ev(a, "territory_change", ("2023-08-07", "2023-08-13"), "range", "The military said last week it had driven the militia out of Lalibela and Gondar", status="claimed", locs=["Lalibela", "Gondar"], actors=["Ethiopian National Defense Force", "Fano"]),
    ev(a, "clash", "2023-08-14", "approx", "Fighting flared again overnight in Debre Markos, capital of East Gojjam zone", locs=["Debre Markos", "East Gojjam"]),
    ev(a, "statement", "2023-08-04", "day", "The government declared the emergency on Aug. 4", O),
    ev(a, "statement", "2023-08-03", "approx", "a day after the head of the regional government, Yilkal Kefale, said the region could no longer contain the violence and asked for federal help", O, actors=["Yilkal Kefale"]),
    ev(a, "statement", "2023-08-10", "day", "The state-appointed Ethiopian Human Rights Commission said on Thursday", O, actors=["Ethiopian Human Rights Commission"]),
    ev(a, "attack_on_civilians", None, "unknown", "civilians had been killed in house-to-house searches by security forces in Bahir Dar and Shewa Robit", O, status="claimed", locs=["Bahir Dar", "Shewa Robit"]),
    trap(a, "fought alongside federal troops during the two-year civil war in neighbouring Tigray"),
    ev(a, "agreement", "2022-11", "month", "the government signed a peace deal with Tigrayan forces in November last year", O),
    ev(a, "statement", "2023-04", "month", "in April the government moved to fold regional special forces into the army and police", O),
    ev(a, "protest", "2023-04", "month", "sparking protests across Amhara", O, locs=["Amhara"]),
]

MANIFEST = [
    {"key": "israel_gaza_2014", "outlet": "The Times of Israel", "published": "2014-07-22"},
    {"key": "drc_beni_2019", "outlet": "Radio Okapi", "published": "2019-11-26"},
    {"key": "libya_benghazi_2014", "outlet": "Al Jazeera", "published": "2014-07-30"},
    {"key": "pakistan_swat_2009", "outlet": "Dawn", "published": "2009-05-25"},
    {"key": "cameroon_bamenda_2018", "outlet": "France 24", "published": "2018-11-08"},
    {"key": "ethiopia_amhara_2023", "outlet": "Reuters", "published": "2023-08-15"},
]

if __name__ == "__main__":
    write(HERE, G, MANIFEST)
