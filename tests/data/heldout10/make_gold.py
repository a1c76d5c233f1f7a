"""Gold for the tenth dev set, coded by hand without looking at the extractor or its rules:
Iraq (Tikrit, 2015), Nigeria (Baga, 2015), Syria (Raqqa, 2017), Ukraine (Mariupol, 2022), Mali
(Moura, 2022) and Somalia (Mogadishu, 2017), written for this set in the styles of Reuters, BBC
News, Al-Monitor, the Guardian, Le Monde in English (with AFP) and Al Jazeera. Competing tolls
(Baga, Moura) are optional casualty_report rows, the event itself being required; of the rising
Mogadishu tolls only the latest official one is required, dated by the blast. "Last Wednesday" (a
Thursday article) and "Thursday last week" mean the previous week; the Moura army account is coded
as a claimed clash next to the claimed massacre."""
import sys
from pathlib import Path

HERE = Path(__file__).parent
sys.path.insert(0, str(HERE.parent / "heldout"))
from make_gold import O, ev, trap, write  # noqa: E402

G = []
a = "iraq_tikrit_2015"  # Thu 2015-03-26 (dateline "BAGHDAD/TIKRIT, Iraq, March 26")
G += [
    ev(a, "clash", "2015-03-26", "day", "Iraqi special forces advanced into the centre of Tikrit on Thursday after U.S.-led coalition warplanes joined the battle for Saddam Hussein's home city", locs=["Tikrit"], actors=["Iraqi special forces", "Islamic State"]),
    ev(a, "military_movement", "2015-03-26", "day", "Iraqi special forces advanced into the centre of Tikrit on Thursday", O, locs=["Tikrit"], actors=["Iraqi special forces"]),
    # (militias stepping out of an offensive: a movement or a statement; neither required)
    ev(a, "military_movement", "2015-03-26", "approx", "two of the Iranian-backed Shi'ite militias that had led the offensive said they were suspending their part in it in protest", O, actors=["Kataib Hezbollah", "Asaib Ahl al-Haq"]),
    ev(a, "statement", "2015-03-26", "approx", "two of the Iranian-backed Shi'ite militias that had led the offensive said they were suspending their part in it in protest", O, actors=["Kataib Hezbollah", "Asaib Ahl al-Haq"]),
    ev(a, "bombing", "2015-03-25", "day", "Coalition jets struck Islamic State targets in Tikrit for the first time late on Wednesday, hitting buildings, a bridge and a checkpoint", locs=["Tikrit"], actors=["U.S.-led coalition", "Islamic State"]),
    ev(a, "bombing", ("2015-03-25", "2015-03-26"), "range", "the coalition had carried out 17 strikes so far, in addition to 24 by the Iraqi air force", O, locs=["Tikrit"], actors=["U.S.-led coalition", "Iraqi air force"], count=17),
    ev(a, "statement", None, "unknown", "The strikes came at the request of Prime Minister Haider al-Abadi", O, actors=["Haider al-Abadi"]),
    ev(a, "military_movement", "2015-03-26", "day", "Abadi flew to a military base near Tikrit on Thursday to oversee the assault", O, locs=["Tikrit"], actors=["Haider al-Abadi"]),
    ev(a, "statement", None, "unknown", "said they would not fight alongside the Americans", O, actors=["Kataib Hezbollah", "Asaib Ahl al-Haq"]),
    ev(a, "statement", "2015-03-26", "day", "Saraya al-Salam, the armed wing of cleric Moqtada al-Sadr's movement, said in a statement on Thursday it would withdraw from any operation in which the United States took part", O, actors=["Saraya al-Salam"]),
    ev(a, "statement", "2015-03-26", "day", "General Lloyd Austin, told the Senate Armed Services Committee on Thursday that Washington had insisted the Shi'ite groups step aside before it agreed to bomb", O, locs=["Washington"], actors=["Lloyd Austin"]),
    # (the launch of the offensive: optional, as in the first dev set)
    ev(a, "clash", "2015-03-02", "day", "The offensive, the largest yet against Islamic State in Iraq, began on March 2 with some 30,000 soldiers, police and militiamen", O, locs=["Tikrit"], count=30000),
    ev(a, "military_movement", "2015-03-02", "day", "The offensive, the largest yet against Islamic State in Iraq, began on March 2 with some 30,000 soldiers, police and militiamen", O, locs=["Tikrit"], count=30000),
    ev(a, "military_movement", ("2015-03-02", "2015-03-08"), "range", "was photographed at the front in the first week", O, actors=["Qassem Soleimani"]),
    ev(a, "territory_change", ("2015-03-02", "2015-03-11"), "range", "The attackers retook the town of al-Dour to the south and al-Alam to the north in the first ten days", locs=["al-Dour", "al-Alam"], actors=["Iraqi forces", "Popular Mobilisation", "Islamic State"]),
    ev(a, "territory_change", "2015-03-11", "day", "on March 11 entered Tikrit from two directions, capturing the main hospital", locs=["Tikrit"], actors=["Iraqi forces", "Popular Mobilisation"]),
    ev(a, "clash", "2015-03-11", "day", "on March 11 entered Tikrit from two directions, capturing the main hospital", O, locs=["Tikrit"]),
    ev(a, "statement", ("2015-03-16", "2015-03-22"), "range", "Hadi al-Amiri, head of the Badr Organisation and the militias' most senior field commander, said last week that a pause was needed", O, actors=["Hadi al-Amiri", "Badr Organisation"]),
    ev(a, "casualty_report", ("2015-03-25", "2015-03-26"), "range", "the bodies of at least 11 soldiers and militiamen had arrived on Wednesday and Thursday", locs=["Samarra", "Tikrit"], killed=11),
    ev(a, "casualty_report", ("2015-03-01", "2015-03-26"), "range", "Militia officials say fewer than 100 of their fighters have been killed since the start of the month", O, status="claimed", actors=["Popular Mobilisation"]),
    ev(a, "territory_change", "2014-06", "month", "Islamic State fighters seized Tikrit in June last year during a lightning advance through northern Iraq", locs=["Tikrit"], actors=["Islamic State"]),
    ev(a, "attack_on_civilians", None, "unknown", "The group later published photographs of what it said was the execution of hundreds of air force recruits captured near the Camp Speicher base outside the city", O, status="claimed", locs=["Camp Speicher", "Tikrit"], actors=["Islamic State"]),
    ev(a, "abduction", ("2014-01-01", "2014-12-31"), "range", "abductions of Sunni men by militiamen in towns retaken from Islamic State in Diyala province last year", O, status="claimed", locs=["Diyala"]),
    trap(a, "A swift victory in Tikrit would open the road north to Mosul, the largest city under Islamic State control, which U.S. officials have said Iraqi forces could try to retake later this year."),
    ev(a, "negotiation", "2015-04", "month", "Abadi is expected to visit Washington next month for talks at the White House with President Barack Obama", status="planned", locs=["Washington"], actors=["Haider al-Abadi", "Barack Obama"]),
]
a = "nigeria_baga_2015"  # Thu 2015-01-15
G += [
    ev(a, "attack_on_civilians", ("2015-01-03", "2015-01-07"), "range", "Satellite images released by Amnesty International show the devastation caused by Boko Haram militants in two towns in north-eastern Nigeria, where hundreds and possibly as many as 2,000 people are feared to have been killed", locs=["Baga", "Doron Baga", "Nigeria"], actors=["Boko Haram"]),
    ev(a, "statement", "2015-01-15", "approx", "Satellite images released by Amnesty International", O, actors=["Amnesty International"]),
    ev(a, "attack_on_civilians", ("2015-01-03", "2015-01-07"), "range", "The before-and-after pictures of Baga and nearby Doron Baga, taken on 2 and 7 January, show that more than 3,700 buildings were damaged or destroyed", O, locs=["Baga", "Doron Baga"], actors=["Boko Haram"]),
    ev(a, "territory_change", "2015-01-03", "day", "The militants overran Baga on 3 January, seizing the base of the Multinational Joint Task Force (MNJTF)", locs=["Baga"], actors=["Boko Haram", "Multinational Joint Task Force"]),
    ev(a, "clash", "2015-01-03", "day", "The militants overran Baga on 3 January, seizing the base of the Multinational Joint Task Force (MNJTF)", O, locs=["Baga"], actors=["Boko Haram", "Multinational Joint Task Force"]),
    ev(a, "territory_change", "2015-01-03", "approx", "Witnesses say soldiers fled as the gunmen arrived in trucks and on motorbikes", O, locs=["Baga"]),
    ev(a, "attack_on_civilians", ("2015-01-04", "2015-01-07"), "range", "Over the following days, the insurgents went from house to house and torched much of the two towns, survivors say", O, status="claimed", locs=["Baga", "Doron Baga"], actors=["Boko Haram"]),
    # (three tolls that disagree, none required; the lead carries the event)
    ev(a, "casualty_report", ("2015-01-03", "2015-01-07"), "range", "as many as 2,000 people may have died", O, status="claimed", locs=["Baga"], killed=2000),
    ev(a, "statement", ("2015-01-05", "2015-01-11"), "range", "Musa Bukar, the head of the local government area, told the BBC last week that the town had been \"practically burnt down\"", O, actors=["Musa Bukar"]),
    ev(a, "statement", None, "unknown", "Nigeria's defence headquarters has rejected that figure as \"sensational\"", O),
    ev(a, "statement", "2015-01-12", "day", "Its spokesman, Maj Gen Chris Olukolade, said on Monday that about 150 people had been killed", O, actors=["Chris Olukolade"]),
    ev(a, "casualty_report", ("2015-01-03", "2015-01-07"), "range", "Its spokesman, Maj Gen Chris Olukolade, said on Monday that about 150 people had been killed", O, status="claimed", locs=["Baga"], killed=150),
    ev(a, "military_movement", "2015-01-12", "approx", "troops were regrouping to retake the area", O, status="claimed", locs=["Baga"]),
    ev(a, "casualty_report", ("2015-01-03", "2015-01-07"), "range", "Amnesty says hundreds of civilians were shot dead", O, status="claimed", locs=["Baga"]),
    ev(a, "negotiation", "2015-01-15", "day", "President Goodluck Jonathan made an unannounced visit to Maiduguri, the capital of Borno state, on Thursday, meeting soldiers and people who had fled the violence", O, locs=["Maiduguri", "Borno"], actors=["Goodluck Jonathan"]),
    ev(a, "attack_on_civilians", ("2015-01-05", "2015-01-11"), "range", "last week's attack on the Charlie Hebdo magazine in Paris", O, locs=["Paris"]),
    ev(a, "election", "2015-02-14", "day", "Mr Jonathan is seeking re-election in presidential polls due on 14 February", status="planned", locs=["Nigeria"], actors=["Goodluck Jonathan"]),
    ev(a, "bombing", "2015-01-10", "day", "On Saturday, a girl thought to be about 10 years old blew herself up at a crowded market in Maiduguri, killing at least 19 people", locs=["Maiduguri"], killed=19),
    ev(a, "attack_on_civilians", "2015-01-10", "day", "On Saturday, a girl thought to be about 10 years old blew herself up at a crowded market in Maiduguri, killing at least 19 people", O, locs=["Maiduguri"], killed=19),
    ev(a, "casualty_report", "2015-01-10", "day", "On Saturday, a girl thought to be about 10 years old blew herself up at a crowded market in Maiduguri, killing at least 19 people", O, killed=19),
    ev(a, "bombing", "2015-01-11", "day", "The following day, two female suicide bombers killed at least four people at a mobile phone market in Potiskum, in neighbouring Yobe state", locs=["Potiskum", "Yobe"], killed=4, count=2),
    ev(a, "attack_on_civilians", "2015-01-11", "day", "The following day, two female suicide bombers killed at least four people at a mobile phone market in Potiskum, in neighbouring Yobe state", O, locs=["Potiskum", "Yobe"], killed=4),
    ev(a, "clash", "2015-01-12", "day", "the army said it had killed 143 Boko Haram fighters who attacked a military base in the town of Kolofata on Monday", locs=["Kolofata", "Cameroon"], actors=["Boko Haram", "Cameroonian army"], killed=144),
    ev(a, "casualty_report", "2015-01-12", "day", "the army said it had killed 143 Boko Haram fighters who attacked a military base in the town of Kolofata on Monday", O, status="claimed", killed=143),
    ev(a, "casualty_report", "2015-01-12", "approx", "One Cameroonian soldier died, officials said", O, killed=1),
    # (a parliament's vote on a deployment: a planned session or a vote; neither required)
    ev(a, "military_movement", None, "unknown", "Chad has said it will send troops to help Cameroon fight the militants", O, status="planned", locs=["Cameroon"], actors=["Chad"]),
    ev(a, "negotiation", "2015-01-16", "day", "The country's parliament is due to vote on the deployment on Friday", O, status="planned", locs=["Chad"], actors=["National Assembly of Chad"]),
    ev(a, "election", "2015-01-16", "day", "The country's parliament is due to vote on the deployment on Friday", O, status="planned", locs=["Chad"], actors=["National Assembly of Chad"]),
    trap(a, "Analysts warn that with the MNJTF base in its hands, Boko Haram could now use Baga to launch raids across Lake Chad into Niger and Chad."),
    trap(a, "took up arms in 2009 and has killed thousands of people since then"),
    ev(a, "abduction", "2014-04", "month", "It caused international outrage in April last year when its fighters abducted more than 200 schoolgirls from the town of Chibok", locs=["Chibok"], actors=["Boko Haram"], count=200),
    ev(a, "statement", "2014-08", "month", "In August, the group's leader Abubakar Shekau declared a caliphate in the areas it controls", O, actors=["Abubakar Shekau", "Boko Haram"]),
    trap(a, "Nigeria's Boko Haram: 'Deadliest massacre'"),
]
a = "syria_raqqa_2017"  # Wed 2017-08-16 (dateline "AIN ISSA, Syria")
G += [
    ev(a, "territory_change", ("2017-06-06", "2017-08-16"), "range", "the US-backed Syrian Democratic Forces say they hold most of Raqqa", O, status="claimed", locs=["Raqqa"], actors=["Syrian Democratic Forces", "Islamic State"]),
    ev(a, "clash", "2017-08-16", "approx", "the Syrian Democratic Forces (SDF) are fighting street by street toward the city's center, where the Islamic State (IS) has dug in around the Grand Mosque and the old clock tower square", locs=["Raqqa"], actors=["Syrian Democratic Forces", "Islamic State"]),
    ev(a, "clash", "2017-06-06", "day", "Ten weeks after they launched what they called \"the great battle\" for Raqqa", O, locs=["Raqqa"], actors=["Syrian Democratic Forces"]),
    # (control "now" after ten weeks of gains: a claimed change over the campaign; date debatable)
    ev(a, "territory_change", ("2017-06-06", "2017-08-15"), "range", "SDF spokesman Talal Silo told Al-Monitor on Tuesday that his fighters now controlled \"more than 55%\" of the city", O, status="claimed", locs=["Raqqa"], actors=["Syrian Democratic Forces"]),
    ev(a, "statement", "2017-08-15", "day", "SDF spokesman Talal Silo told Al-Monitor on Tuesday", O, actors=["Talal Silo", "Syrian Democratic Forces"]),
    trap(a, "They leave mines in the refrigerators, in the doors, under the bodies of their own dead."),
    ev(a, "bombing", "2017-08-14", "day", "He said three of his men had been killed by a booby-trapped building in al-Nahda district on Monday", locs=["al-Nahda", "Raqqa"], actors=["Arab Tribal Forces", "Islamic State"], killed=3),
    ev(a, "clash", "2017-06-06", "day", "The operation to storm the city began on June 6", O, locs=["Raqqa"], actors=["Syrian Democratic Forces"]),
    ev(a, "bombing", "2017-07-04", "day", "On July 4, coalition strikes punched two holes in the Rafiqa wall, the ancient rampart around the Old City, allowing SDF units to push in from the south-east", locs=["Rafiqa wall", "Old City", "Raqqa"], actors=["US-led coalition"]),
    ev(a, "military_movement", "2017-07-04", "approx", "allowing SDF units to push in from the south-east", O, locs=["Old City", "Raqqa"], actors=["Syrian Democratic Forces"]),
    ev(a, "territory_change", "2017-06", "month", "By the end of June, fighters had also closed the last IS escape route across the Euphrates to the south", locs=["Euphrates", "Raqqa"], actors=["Syrian Democratic Forces", "Islamic State"]),
    ev(a, "casualty_report", ("2017-06-06", "2017-08-14"), "range", "The Syrian Observatory said on Monday that at least 456 civilians, including more than 100 children, had been killed in the city since June 6", locs=["Raqqa"], killed=456),
    ev(a, "statement", "2017-08-14", "day", "The Syrian Observatory said on Monday", O, actors=["Syrian Observatory for Human Rights"]),
    ev(a, "statement", None, "unknown", "The coalition says it takes extraordinary care to avoid civilian casualties", O, actors=["US-led coalition"]),
    ev(a, "attack_on_civilians", None, "unknown", "IS snipers shooting at families trying to reach SDF lines", O, status="claimed", actors=["Islamic State"]),
    ev(a, "attack_on_civilians", ("2017-08-07", "2017-08-13"), "range", "A woman behind us was hit and we could not go back for her", O, locs=["Rumeila", "Raqqa"]),
    ev(a, "aid_change", "2017-05", "month", "Washington's decision in May to arm the Kurdish People's Protection Units (YPG), the backbone of the SDF, directly with heavy weapons", O, actors=["United States", "YPG"]),
    ev(a, "statement", ("2017-08-07", "2017-08-13"), "range", "Turkish President Recep Tayyip Erdogan warned again last week that Turkey would respond to any threat from across its southern border", O, actors=["Recep Tayyip Erdogan"]),
    ev(a, "territory_change", "2017-05-10", "day", "The SDF's capture of Tabqa and its dam on May 10", locs=["Tabqa", "Tabqa dam"], actors=["Syrian Democratic Forces", "Islamic State"]),
    ev(a, "statement", "2017-04", "month", "The Raqqa Civil Council, formed in April under SDF auspices", O, actors=["Raqqa Civil Council"]),
    ev(a, "agreement", None, "unknown", "is expected to take over administration", O, status="planned", locs=["Raqqa"], actors=["Raqqa Civil Council"]),
    ev(a, "territory_change", "2017-08-12", "day", "Government forces backed by Russian air power captured the desert town of al-Sukhnah on Saturday", locs=["al-Sukhnah"], actors=["Syrian government forces", "Islamic State"]),
    trap(a, "If Raqqa falls soon, the SDF could also turn south toward Deir ez-Zor province, putting it on a collision course with Damascus and its allies."),
    ev(a, "negotiation", "2017-09", "month", "Diplomats expect the next round of Russian-, Turkish- and Iranian-sponsored talks in the Kazakh capital, Astana, to take place in mid-September", status="planned", locs=["Astana"], actors=["Russia", "Turkey", "Iran"]),
    ev(a, "negotiation", None, "unknown", "with a new round of UN-led negotiations in Geneva to follow", O, status="planned", locs=["Geneva"], actors=["United Nations"]),
]
a = "ukraine_mariupol_2022"  # Thu 2022-03-17
G += [
    ev(a, "bombing", "2022-03-16", "approx", "Rescuers in the besieged Ukrainian port of Mariupol were searching the rubble of a theatre on Thursday after a Russian airstrike destroyed the building, where city officials said more than 1,000 people had been sheltering", locs=["Mariupol"], actors=["Russian forces"]),
    ev(a, "attack_on_civilians", "2022-03-16", "approx", "Rescuers in the besieged Ukrainian port of Mariupol were searching the rubble of a theatre on Thursday after a Russian airstrike destroyed the building, where city officials said more than 1,000 people had been sheltering", O, locs=["Mariupol"], actors=["Russian forces"]),
    ev(a, "bombing", "2022-03-16", "day", "The Donetsk regional drama theatre was hit on Wednesday afternoon, the city council said, collapsing the central part of the building and blocking the entrance to the basement shelter", locs=["Donetsk regional drama theatre", "Mariupol"], actors=["Russian forces"]),
    trap(a, "was clearly visible in satellite images taken by the US company Maxar on Monday"),
    ev(a, "statement", "2022-03-17", "day", "On Thursday morning Ukraine's human rights ombudsman, Lyudmila Denisova, said the shelter had withstood the blast and that people were beginning to come out alive", O, actors=["Lyudmila Denisova"]),
    ev(a, "statement", "2022-03-16", "approx", "President Volodymyr Zelenskiy said in his nightly video address", O, actors=["Volodymyr Zelensky"]),
    ev(a, "statement", None, "unknown", "Russia's defence ministry denied carrying out any strike on the theatre and claimed, without providing evidence, that fighters of the nationalist Azov regiment had blown it up", O, actors=["Russian defence ministry"]),
    ev(a, "statement", None, "unknown", "The foreign ministry spokesperson, Maria Zakharova, called the Ukrainian account \"lies\"", O, actors=["Maria Zakharova"]),
    ev(a, "bombing", "2022-03-16", "day", "The city council said a second building where pregnant women and mothers with babies were hiding, a swimming pool complex, had also been hit on Wednesday", locs=["Mariupol"]),
    ev(a, "clash", ("2022-03-01", "2022-03-17"), "range", "has been encircled by Russian forces since the beginning of March", O, locs=["Mariupol"], actors=["Russian forces"]),
    ev(a, "casualty_report", ("2022-02-24", "2022-03-14"), "range", "The council said on Monday that 2,357 residents had been killed since the invasion began on 24 February", locs=["Mariupol"], killed=2357),
    ev(a, "statement", "2022-03-14", "day", "The council said on Monday", O, actors=["Mariupol city council"]),
    ev(a, "bombing", "2022-03-09", "day", "Last Wednesday a Russian strike hit a maternity and children's hospital in the city, killing three people, including a young girl", locs=["Mariupol"], actors=["Russian forces"], killed=3),
    ev(a, "attack_on_civilians", "2022-03-09", "day", "Last Wednesday a Russian strike hit a maternity and children's hospital in the city, killing three people, including a young girl", O, locs=["Mariupol"], killed=3),
    ev(a, "casualty_report", "2022-03-09", "day", "Last Wednesday a Russian strike hit a maternity and children's hospital in the city, killing three people, including a young girl", O, killed=3),
    ev(a, "statement", None, "unknown", "Moscow said that building had also been taken over by Azov fighters", O, actors=["Russia"]),
    # (civilians leaving a besieged city by car: a movement, as the Aleppo convoy in the seventh set)
    ev(a, "military_movement", ("2022-03-14", "2022-03-15"), "range", "several thousand private cars managed to leave the city on Monday and Tuesday along a route west towards Berdiansk and on to Zaporizhzhia", O, locs=["Mariupol", "Berdiansk", "Zaporizhzhia"]),
    ev(a, "aid_change", None, "unknown", "A convoy carrying food and medicine to Mariupol has been stuck for days at Berdiansk", O, locs=["Berdiansk", "Mariupol"]),
    ev(a, "agreement", "2022-03-17", "day", "Ukraine's deputy prime minister, Iryna Vereshchuk, said nine humanitarian corridors had been agreed for Thursday, including one from Mariupol", locs=["Mariupol"], actors=["Iryna Vereshchuk"], count=9),
    ev(a, "abduction", "2022-03-15", "approx", "On Tuesday the regional governor, Pavlo Kyrylenko, accused Russian troops of seizing the city's main intensive care hospital and holding about 400 doctors, patients and local residents hostage there", status="claimed", locs=["Mariupol"], actors=["Russian forces"], count=400),
    ev(a, "territory_change", "2022-03-15", "approx", "accused Russian troops of seizing the city's main intensive care hospital", O, status="claimed", locs=["Mariupol"], actors=["Russian forces"]),
    ev(a, "negotiation", "2022-03-17", "day", "Russian and Ukrainian delegations continued negotiations by video link on Thursday", actors=["Russia", "Ukraine"]),
    ev(a, "statement", "2022-03-16", "day", "Zelenskiy said on Wednesday that Russia's positions were becoming \"more realistic\"", O, actors=["Volodymyr Zelensky"]),
    ev(a, "statement", None, "unknown", "Sergei Lavrov, said a neutral status for Ukraine, along the lines of Austria or Sweden, was being \"seriously discussed\"", O, actors=["Sergei Lavrov"]),
    ev(a, "statement", None, "unknown", "Ukraine's negotiator Mykhailo Podolyak said any deal would require a ceasefire and the withdrawal of Russian troops", O, actors=["Mykhailo Podolyak"]),
    ev(a, "statement", "2022-03-16", "day", "Joe Biden on Wednesday called Vladimir Putin a \"war criminal\"", O, actors=["Joe Biden"]),
    ev(a, "aid_change", "2022-03-16", "day", "announced $800m in additional security assistance for Ukraine", O, actors=["United States"]),
    ev(a, "statement", "2022-03-16", "day", "Also on Wednesday, the international court of justice in The Hague ordered Russia to immediately suspend its military operations in Ukraine", O, locs=["The Hague"], actors=["International Court of Justice"]),
    ev(a, "negotiation", "2022-03-24", "day", "Biden will travel to Brussels next week for an emergency Nato summit on 24 March", status="planned", locs=["Brussels"], actors=["Joe Biden", "NATO"]),
    trap(a, "Officials in Mariupol warned that if a lasting corridor was not opened soon, people left in the city could begin dying of hunger and cold."),
]
a = "mali_moura_2022"  # Thu 2022-04-07
G += [
    ev(a, "statement", "2022-04-06", "day", "The prosecutor of the military court in Mopti announced on Wednesday, April 6, that he had ordered the gendarmerie to go to the site", O, locs=["Mopti", "Moura"]),
    ev(a, "attack_on_civilians", "2022-03", "month", "Malian soldiers and foreign fighters believed to be Russian are accused of executing hundreds of civilians at the end of March", status="claimed", locs=["Moura"], actors=["Malian army", "foreign fighters"]),
    ev(a, "attack_on_civilians", ("2022-03-27", "2022-03-31"), "range", "Malian troops and \"associated foreign soldiers\" had killed around 300 civilian men in Moura over five days beginning on March 27", status="claimed", locs=["Moura"], actors=["Malian army", "foreign soldiers"], killed=300),
    ev(a, "casualty_report", ("2022-03-27", "2022-03-31"), "range", "Malian troops and \"associated foreign soldiers\" had killed around 300 civilian men in Moura over five days beginning on March 27", O, status="claimed", killed=300),
    ev(a, "statement", "2022-04-05", "day", "The announcement came a day after Human Rights Watch (HRW) published a report", O, actors=["Human Rights Watch"]),
    ev(a, "military_movement", "2022-03-27", "day", "helicopters landed near the town on that Sunday, a market day, as hundreds of people were gathered", O, locs=["Moura"], actors=["Malian army"]),
    ev(a, "clash", "2022-03-27", "approx", "Soldiers exchanged fire with a few dozen Islamist fighters who were at the market", status="claimed", locs=["Moura"], actors=["Malian army", "Islamist fighters"]),
    ev(a, "attack_on_civilians", ("2022-03-28", "2022-03-31"), "range", "Over the following days, groups of men were taken out of the town and shot", O, status="claimed", locs=["Moura"]),
    # (the army's version of the same days: a claimed operation against armed groups)
    ev(a, "clash", ("2022-03-23", "2022-03-31"), "range", "its forces had carried out a \"large-scale airborne operation\" in the Moura area, about 17 kilometers northeast of Kouakourou in the Djenné circle, between March 23 and 31", status="claimed", locs=["Moura", "Kouakourou", "Djenné"], actors=["Malian army"]),
    ev(a, "statement", "2022-04-01", "day", "In a statement on April 1, the general staff said", O, actors=["Malian army"]),
    ev(a, "casualty_report", ("2022-03-23", "2022-03-31"), "range", "It said that 203 fighters of \"armed terrorist groups\" had been \"neutralized\" and 51 people arrested", O, status="claimed", locs=["Moura"], killed=203),
    trap(a, "led by the junta that has ruled the country since August 2020"),
    ev(a, "statement", "2022-04-05", "day", "on Tuesday it again denounced what it called a campaign to discredit the army", O, actors=["Malian government"]),
    ev(a, "statement", None, "unknown", "It says the Russians present in Mali are instructors, not mercenaries of the Wagner group", O, actors=["Malian government", "Wagner Group"]),
    ev(a, "statement", None, "unknown", "said it had asked the authorities for access to Moura to carry out its own investigation but had so far received no answer", O, actors=["MINUSMA"]),
    ev(a, "statement", "2022-04-05", "day", "Michelle Bachelet, said on Tuesday she was \"deeply alarmed\" by the reports", O, actors=["Michelle Bachelet"]),
    ev(a, "statement", "2022-04-05", "day", "The French foreign ministry \"strongly condemned\" the abuses on Tuesday", O, actors=["France"]),
    ev(a, "statement", "2022-02-17", "day", "France announced on February 17 that it would withdraw its soldiers from Mali, together with the European special forces of the Takuba task force", O, actors=["France", "Takuba"]),
    ev(a, "military_movement", None, "unknown", "France announced on February 17 that it would withdraw its soldiers from Mali, together with the European special forces of the Takuba task force", O, status="planned", locs=["Mali"], actors=["France", "Takuba"]),
    ev(a, "aid_change", "2022-01", "month", "In January, the Economic Community of West African States (ECOWAS) imposed heavy economic sanctions on the country", O, actors=["ECOWAS"]),
    ev(a, "negotiation", "2022-04-11", "day", "European Union foreign ministers are due to discuss the future of the bloc's training mission for the Malian army when they meet in Luxembourg on Monday", status="planned", locs=["Luxembourg"], actors=["European Union"]),
    trap(a, "a concern that could push the bloc to suspend its training of Malian troops"),
    trap(a, "Jihadist violence, which began in the north of Mali in 2012"),
    ev(a, "clash", "2022-03-04", "day", "On March 4, an attack on the army camp at Mondoro, near the border with Burkina Faso, killed 27 soldiers, according to the army, which said 47 assailants had also been killed", locs=["Mondoro"], actors=["Malian army"], killed=74),
    ev(a, "casualty_report", "2022-03-04", "day", "On March 4, an attack on the army camp at Mondoro, near the border with Burkina Faso, killed 27 soldiers, according to the army, which said 47 assailants had also been killed", O, killed=74),
]
a = "somalia_mogadishu_2017"  # Wed 2017-10-18
G += [
    ev(a, "protest", "2017-10-18", "approx", "Thousands of people have marched through Somalia's capital, Mogadishu, to denounce the truck bombing", locs=["Mogadishu"]),
    ev(a, "bombing", ("2017-10-14", "2017-10-15"), "range", "the truck bombing that killed more than 300 people at the weekend", O, locs=["Mogadishu"], killed=300),
    ev(a, "protest", "2017-10-18", "day", "Wearing red headbands and chanting slogans against al-Shabab, the crowds gathered at a stadium on Wednesday in response to a call by Mogadishu's mayor, Thabit Abdi Mohamed, before walking to the Zoobe junction, where the bomb went off", locs=["Zoobe junction", "Mogadishu"]),
    ev(a, "attack_on_civilians", "2017-10-18", "approx", "Security forces fired into the air as protesters tried to force their way through a cordon near the blast site, and at least three people, including a pregnant woman, were wounded", O, locs=["Mogadishu"], actors=["Somali security forces"]),
    ev(a, "statement", "2017-10-18", "approx", "President Mohamed Abdullahi Mohamed, known as Farmaajo, addressed the crowd at the stadium and called on all Somalis to unite against the armed group", O, actors=["Mohamed Abdullahi Mohamed"]),
    ev(a, "bombing", "2017-10-14", "day", "A truck packed with several hundred kilograms of military-grade and homemade explosives blew up on Saturday afternoon at the busy intersection in the Hodan district, near the Safari Hotel, flattening buildings and setting dozens of vehicles on fire", locs=["Safari Hotel", "Hodan", "Mogadishu"]),
    ev(a, "attack_on_civilians", "2017-10-14", "day", "A truck packed with several hundred kilograms of military-grade and homemade explosives blew up on Saturday afternoon at the busy intersection in the Hodan district", O, locs=["Hodan", "Mogadishu"]),
    ev(a, "bombing", "2017-10-14", "approx", "Hours later, a second blast in the Madina district killed two people", locs=["Madina", "Mogadishu"], killed=2),
    # (rising tolls for the Saturday blast, dated by the blast; the latest official one required)
    ev(a, "casualty_report", "2017-10-14", "approx", "On Monday the government put it at 276, with about 300 people wounded", O, locs=["Mogadishu"], killed=276),
    ev(a, "casualty_report", "2017-10-14", "approx", "On Tuesday, Information Minister Abdirahman Omar Osman said at least 300 people had been confirmed dead", locs=["Mogadishu"], killed=300),
    ev(a, "statement", "2017-10-17", "day", "On Tuesday, Information Minister Abdirahman Omar Osman said", O, actors=["Abdirahman Omar Osman"]),
    ev(a, "casualty_report", "2017-10-14", "approx", "his teams alone had collected more than 350 bodies", O, status="claimed", locs=["Mogadishu"], killed=350),
    ev(a, "statement", None, "unknown", "the government has blamed al-Shabab", O, actors=["Somali government", "al-Shabab"]),
    ev(a, "statement", "2017-10-18", "day", "Security officials said on Wednesday that two people had been arrested in connection with the attack", O),
    trap(a, "investigators believed the truck had been meant to hit the heavily guarded airport compound"),
    ev(a, "statement", "2017-10-15", "day", "Farmaajo declared three days of national mourning on Sunday", O, actors=["Mohamed Abdullahi Mohamed"]),
    ev(a, "aid_change", "2017-10-16", "day", "Turkey flew dozens of the critically wounded to Ankara for treatment on Monday, while Kenya, Qatar and Sudan sent planes with medical supplies", O, locs=["Ankara"], actors=["Turkey", "Kenya", "Qatar", "Sudan"]),
    trap(a, "\"It was like the end of the world,\""),
    trap(a, "Some Somalis have called the bombing their country's 9/11."),
    ev(a, "statement", "2017-10-12", "day", "the defence minister, Abdirashid Abdullahi Mohamed, and the army chief, General Mohamed Ahmed Jimale, resigned on Thursday last week", O, actors=["Abdirashid Abdullahi Mohamed", "Mohamed Ahmed Jimale"]),
    ev(a, "territory_change", "2011-08", "month", "Al-Shabab was driven out of Mogadishu by African Union troops in August 2011", O, locs=["Mogadishu"], actors=["al-Shabab", "AMISOM"]),
    ev(a, "bombing", ("2017-03-01", "2017-10-18"), "range", "The United States has stepped up air strikes against the group since March", O, actors=["United States", "al-Shabab"]),
    ev(a, "statement", "2017-03", "month", "when President Donald Trump approved expanded military operations", O, actors=["Donald Trump"]),
    ev(a, "attack_on_civilians", "2017-08", "month", "In August, a raid by Somali and US forces on the village of Bariire, in the Lower Shabelle region, killed 10 civilians, including three children, according to local elders", status="claimed", locs=["Bariire", "Lower Shabelle"], actors=["Somali forces", "United States"], killed=10),
    ev(a, "statement", None, "unknown", "The US military said it was investigating", O, actors=["United States"]),
    ev(a, "military_movement", "2017-12", "month", "is due to begin reducing its numbers by the end of the year, with 1,000 soldiers set to leave", O, status="planned", actors=["AMISOM"], count=1000),
    ev(a, "statement", "2017-08", "month", "a UN Security Council decision taken in August", O, actors=["UN Security Council"]),
]

MANIFEST = [
    {"key": "iraq_tikrit_2015", "outlet": "Reuters", "published": "2015-03-26"},
    {"key": "nigeria_baga_2015", "outlet": "BBC News", "published": "2015-01-15"},
    {"key": "syria_raqqa_2017", "outlet": "Al-Monitor", "published": "2017-08-16"},
    {"key": "ukraine_mariupol_2022", "outlet": "The Guardian", "published": "2022-03-17"},
    {"key": "mali_moura_2022", "outlet": "Le Monde", "published": "2022-04-07"},
    {"key": "somalia_mogadishu_2017", "outlet": "Al Jazeera", "published": "2017-10-18"},
]

if __name__ == "__main__":
    write(HERE, G, MANIFEST)
