"""Gold for the fourth dev set, coded by hand before the extractor was run on these texts
(extractor 0.4.5): Sudan, Myanmar, Somalia, Nigeria and Ukraine, 2022-2024, in the styles of
Reuters, the Associated Press, BBC News, Al Jazeera and the Guardian."""
import sys
from pathlib import Path

HERE = Path(__file__).parent
sys.path.insert(0, str(HERE.parent / "heldout"))
from make_gold import O, ev, trap, write  # noqa: E402

G = []
a = "sudan_elfasher_2024"  # Mon 2024-06-10
G += [
    ev(a, "attack_on_civilians", "2024-06-08", "day", "Fighters from Sudan's paramilitary Rapid Support Forces stormed the South Hospital in El Fasher on Saturday, opening fire on staff and patients", locs=["El Fasher"], actors=["Rapid Support Forces"]),
    ev(a, "clash", "2024-06-08", "day", "Fighters from Sudan's paramilitary Rapid Support Forces stormed the South Hospital in El Fasher on Saturday, opening fire on staff and patients", O, locs=["El Fasher"], actors=["Rapid Support Forces"]),
    ev(a, "statement", "2024-06-09", "day", "The hospital, the only one in the city able to treat mass casualties, closed after the attack, MSF said on Sunday", O),
    ev(a, "clash", "2024-05-10", "day", "The RSF has besieged El Fasher, the last major city in the Darfur region still held by the army, since May 10", O, locs=["El Fasher"]),
    ev(a, "casualty_report", ("2024-05-10", "2024-06-10"), "range", "At least 192 people have been killed in the city since then", O, killed=192),
    ev(a, "bombing", "2024-06-07", "day", "On Friday, RSF shelling killed 12 people at a camp for displaced people on the northern edge of the city", killed=12, actors=["Rapid Support Forces"]),
    ev(a, "attack_on_civilians", "2024-06-07", "day", "On Friday, RSF shelling killed 12 people at a camp for displaced people on the northern edge of the city", O, killed=12),
    ev(a, "casualty_report", "2024-06-07", "day", "On Friday, RSF shelling killed 12 people at a camp for displaced people on the northern edge of the city", O, killed=12),
    ev(a, "bombing", "2024-06-09", "day", "The army said its aircraft struck RSF positions east of the city on Sunday, destroying dozens of combat vehicles", actors=["army"]),
    ev(a, "clash", "2024-06-09", "day", "The army said its aircraft struck RSF positions east of the city on Sunday, destroying dozens of combat vehicles", O),
    trap(a, "The war between the army and the RSF broke out in April last year"),
    ev(a, "negotiation", "2023-12", "month", "Talks between the two sides in the Saudi city of Jeddah collapsed in December", locs=["Jeddah"]),
    ev(a, "statement", "2024-06-05", "approx", "U.S. envoy Tom Perriello said last week he hoped to bring them back to the table within weeks", O),
    ev(a, "negotiation", None, "unknown", "U.S. envoy Tom Perriello said last week he hoped to bring them back to the table within weeks", O, status="planned"),
    ev(a, "statement", "2024-06-13", "day", "The U.N. Security Council is due to vote on Thursday on a British draft resolution demanding that the RSF halt its siege of El Fasher", O, status="planned"),
    trap(a, "(Reporting by Khalid Abdelaziz; Writing by Nafisa Eltahir; Editing by Alison Williams)"),
]
a = "myanmar_sagaing_2023"  # Wed 2023-04-12
G += [
    trap(a, "Smoke rises from Pazigyi village in Kanbalu township, Sagaing region, Myanmar, on Tuesday, April 11, 2023."),
    ev(a, "bombing", "2023-04-11", "approx", "carried out an airstrike on a village in the central Sagaing region, where witnesses said more than 100 people, including children, were killed", locs=["Sagaing"], killed=100),
    ev(a, "attack_on_civilians", "2023-04-11", "approx", "carried out an airstrike on a village in the central Sagaing region, where witnesses said more than 100 people, including children, were killed", O, killed=100),
    ev(a, "casualty_report", "2023-04-11", "approx", "carried out an airstrike on a village in the central Sagaing region, where witnesses said more than 100 people, including children, were killed", O, killed=100),
    ev(a, "statement", "2023-04-12", "day", "Myanmar's military government acknowledged Wednesday that it carried out an airstrike", O),
    ev(a, "bombing", "2023-04-11", "day", "The attack on Tuesday morning targeted a ceremony held by opponents of military rule to open a local administration office in Pazigyi village in Kanbalu township", locs=["Pazigyi", "Kanbalu"]),
    ev(a, "attack_on_civilians", "2023-04-11", "day", "The attack on Tuesday morning targeted a ceremony held by opponents of military rule to open a local administration office in Pazigyi village in Kanbalu township", O, locs=["Pazigyi", "Kanbalu"]),
    ev(a, "bombing", "2023-04-11", "approx", "A fighter jet dropped bombs directly onto the crowd of about 150 people, and a helicopter gunship then fired on the village", O),
    ev(a, "statement", "2023-04-11", "day", "Military spokesman Maj. Gen. Zaw Min Tun said in a phone call to state television on Tuesday night", O),
    ev(a, "casualty_report", "2023-04-11", "approx", "The National Unity Government, the main opposition group, said 168 people were killed, including 40 children", O, status="claimed", killed=168),
    ev(a, "bombing", "2023-04-11", "approx", "The National Unity Government, the main opposition group, said 168 people were killed, including 40 children", O, status="claimed", killed=168),
    ev(a, "statement", "2023-04-12", "day", "The U.N. human rights chief, Volker Türk, said Wednesday he was horrified by the strike", O),
    trap(a, "The army seized power in February 2021 from the elected government of Aung San Suu Kyi"),
    ev(a, "casualty_report", ("2021-02-01", "2023-04-12"), "range", "Since then, security forces have killed more than 3,200 civilians", O, killed=3200),
    ev(a, "attack_on_civilians", "2023-03", "month", "Last month, troops killed at least 22 people, including three Buddhist monks, at a monastery in Pinlaung township in southern Shan state", locs=["Pinlaung", "Shan"], killed=22),
    ev(a, "casualty_report", "2023-03", "month", "Last month, troops killed at least 22 people, including three Buddhist monks, at a monastery in Pinlaung township in southern Shan state", O, killed=22),
    ev(a, "election", "2023-08", "month", "The military has said it will hold a general election by August", O, status="planned"),
]
a = "somalia_hayat_2022"  # Sun 2022-08-21
G += [
    ev(a, "clash", "2022-08-20", "approx", "Somali security forces have ended a siege by militants of the Hayat Hotel in the capital, Mogadishu", O, locs=["Mogadishu"]),
    ev(a, "casualty_report", "2022-08-19", "approx", "At least 21 people were killed and 117 injured in the attack, Health Minister Ali Haji Adan said on Sunday", O, killed=21),
    ev(a, "attack_on_civilians", "2022-08-19", "approx", "At least 21 people were killed and 117 injured in the attack, Health Minister Ali Haji Adan said on Sunday", O, killed=21),
    ev(a, "attack_on_civilians", "2022-08-19", "day", "The gunmen from the Islamist al-Shabab group stormed the hotel on Friday evening", actors=["al-Shabab"]),
    ev(a, "clash", "2022-08-19", "day", "The gunmen from the Islamist al-Shabab group stormed the hotel on Friday evening", O, actors=["al-Shabab"]),
    ev(a, "bombing", "2022-08-19", "day", "The gunmen from the Islamist al-Shabab group stormed the hotel on Friday evening after two car bombs exploded outside it", count=2),
    ev(a, "release", "2022-08-20", "approx", "Security forces rescued 106 people, including women and children, during the operation", O, count=106),
    ev(a, "statement", None, "unknown", "Al-Shabab, which is linked to al-Qaeda, said it carried out the attack", O),
    trap(a, "It is the first major attack since President Hassan Sheikh Mohamud took office in May."),
    trap(a, "In October 2017, a truck bomb in Mogadishu killed more than 500 people, the deadliest attack in the country's history."),
    ev(a, "bombing", "2022-08-17", "day", "On Wednesday, US forces carried out an air strike near the town of Teedaan in central Somalia, killing 13 al-Shabab fighters", locs=["Teedaan"], actors=["US forces"], killed=13),
    ev(a, "casualty_report", "2022-08-17", "day", "On Wednesday, US forces carried out an air strike near the town of Teedaan in central Somalia, killing 13 al-Shabab fighters", O, killed=13),
    ev(a, "territory_change", "2022-08", "month", "its troops had recaptured two villages in the Lower Shabelle region earlier this month", locs=["Lower Shabelle"]),
    trap(a, "Related Topics"),
]
a = "nigeria_kuriga_2024"  # Sun 2024-03-24
G += [
    ev(a, "release", "2024-03-24", "approx", "More than 130 pupils abducted by gunmen from a school in northwest Nigeria earlier this month have been released", count=130),
    ev(a, "abduction", "2024-03", "month", "More than 130 pupils abducted by gunmen from a school in northwest Nigeria earlier this month", O),
    ev(a, "release", "2024-03-24", "approx", "Governor Uba Sani said in a statement on Sunday that 137 hostages had been freed", O, count=137),
    ev(a, "statement", "2024-03-24", "day", "Governor Uba Sani said in a statement on Sunday that 137 hostages had been freed", O),
    ev(a, "abduction", "2024-03-07", "day", "Gunmen on motorbikes stormed the Local Education Authority school in the town of Kuriga on March 7, seizing the children", locs=["Kuriga"]),
    ev(a, "attack_on_civilians", "2024-03-07", "approx", "A teacher was killed in the raid", O, killed=1),
    ev(a, "release", "2024-03-24", "day", "The army said the children were rescued in a forest in neighbouring Zamfara state in an operation early on Sunday", O, locs=["Zamfara"]),
    trap(a, "Since the abduction of 276 schoolgirls from Chibok by Boko Haram in 2014"),
    ev(a, "abduction", "2024-03", "month", "Days after the Kuriga abduction, gunmen seized 15 children from an Islamic school in Sokoto state", locs=["Sokoto"], count=15),
    ev(a, "release", "2024-03-22", "day", "They were freed on Friday, police said."),
    ev(a, "statement", None, "unknown", "had ordered security agencies to secure the children's release and ruled out paying a ransom", O),
    ev(a, "clash", "2024-03-21", "day", "at least 12 soldiers were killed on Thursday when fighters from the armed group ISWAP attacked a military base in Borno state", locs=["Borno"], actors=["ISWAP"], killed=12),
    ev(a, "casualty_report", "2024-03-21", "day", "at least 12 soldiers were killed on Thursday when fighters from the armed group ISWAP attacked a military base in Borno state", O, killed=12),
    trap(a, "SOURCE: AL JAZEERA AND NEWS AGENCIES"),
]
a = "ukraine_avdiivka_2024"  # Sat 2024-02-17
G += [
    ev(a, "territory_change", "2024-02-17", "approx", "he had decided to withdraw units from the eastern town of Avdiivka to avoid encirclement", locs=["Avdiivka"]),
    ev(a, "statement", "2024-02-17", "day", "Ukraine's army chief Oleksandr Syrskyi said early on Saturday", O),
    trap(a, "since it captured Bakhmut in May"),
    ev(a, "clash", "2023-10", "month", "Russian forces launched a major offensive to capture the town in October", O),
    ev(a, "military_movement", "2023-10", "month", "Russian forces launched a major offensive to capture the town in October", O),
    trap(a, "who replaced Valerii Zaluzhnyi as commander-in-chief on 8 February"),
    ev(a, "territory_change", "2024-02-17", "approx", "Russia's defence ministry said on Saturday that its troops had taken full control of the town", O, status="claimed"),
    ev(a, "casualty_report", ("2023-10-01", "2024-02-17"), "range", "more than 17,000 Russian soldiers had been killed around Avdiivka since October", O, status="claimed", killed=17000),
    ev(a, "clash", "2024-02-16", "approx", "Ukrainian forces repelled 12 Russian attacks near Robotyne in the Zaporizhzhia region over the past day", locs=["Robotyne"]),
    ev(a, "bombing", "2024-02-15", "day", "Two people were killed and 14 wounded when Russian missiles hit the western city of Lviv on Thursday", locs=["Lviv"], killed=2),
    ev(a, "casualty_report", "2024-02-15", "day", "Two people were killed and 14 wounded when Russian missiles hit the western city of Lviv on Thursday", O, killed=2),
    ev(a, "attack_on_civilians", "2024-02-15", "day", "Two people were killed and 14 wounded when Russian missiles hit the western city of Lviv on Thursday", O, killed=2),
    ev(a, "release", "2024-02-08", "day", "On 8 February, Russia and Ukraine swapped 100 prisoners of war each", count=100),
    ev(a, "agreement", "2024-02-08", "day", "On 8 February, Russia and Ukraine swapped 100 prisoners of war each in a deal brokered by the United Arab Emirates", O),
    ev(a, "statement", "2024-02-17", "day", "President Volodymyr Zelenskyy, speaking at the Munich Security Conference on Saturday, urged allies to speed up deliveries of artillery shells", O),
]

MANIFEST = [
    {"key": "sudan_elfasher_2024", "outlet": "Reuters", "published": "2024-06-10"},
    {"key": "myanmar_sagaing_2023", "outlet": "Associated Press", "published": "2023-04-12"},
    {"key": "somalia_hayat_2022", "outlet": "BBC News", "published": "2022-08-21"},
    {"key": "nigeria_kuriga_2024", "outlet": "Al Jazeera", "published": "2024-03-24"},
    {"key": "ukraine_avdiivka_2024", "outlet": "The Guardian", "published": "2024-02-17"},
]

if __name__ == "__main__":
    write(HERE, G, MANIFEST)
