"""Writes gold.jsonl for the held-out-style dev set (format: /work/shared/gold/README.md).

Coded by hand, before looking at what the extractor returns. R = required, O = optional,
T = trap. Dates follow the README precisions; 'range' rows give (start, end).
"""
import json
from pathlib import Path

HERE = Path(__file__).parent
R, O = True, False


def ev(art, typ, date, prec, evidence, req=R, status="occurred", locs=(), actors=(), killed=None,
       count=None, end=None):
    if isinstance(date, tuple):
        date, end = date
    return {"article": art, "type": typ, "date": date, "date_end": end, "precision": prec,
            "status": status, "locations": list(locs), "actors": list(actors), "killed": killed,
            "count": count, "evidence": evidence, "required": req}


def trap(art, evidence):
    return ev(art, "none", None, "unknown", evidence, req=O)


G = []
a = "iraq_mosul_2016"  # published Wed 2016-11-02
G += [
    ev(a, "clash", "2016-11-01", "day", "Iraqi special forces pushed into the eastern outskirts of Mosul on Tuesday, fighting their way into the city", locs=["Mosul"], actors=["Iraqi special forces", "Islamic State"]),
    ev(a, "territory_change", "2016-11-01", "day", "recaptured the state television building in the Gogjali district late on Tuesday", locs=["Gogjali", "Mosul"], actors=["Counter-Terrorism Service"]),
    ev(a, "bombing", "2016-11-01", "approx", "Islamic State group fighters sent at least six suicide car bombs against the advancing columns overnight", actors=["Islamic State"], count=6),
    ev(a, "casualty_report", "2016-11-01", "approx", "Two soldiers were killed and 15 wounded", O, killed=2),
    ev(a, "clash", "2016-11-01", "approx", "Two soldiers were killed and 15 wounded", O, killed=2),
    ev(a, "clash", "2016-10-17", "day", "The offensive, launched on October 17", O),
    ev(a, "territory_change", ("2016-10-29", "2016-10-30"), "range", "Kurdish peshmerga fighters seized the town of Bashiqa, northeast of Mosul, at the weekend", locs=["Bashiqa"], actors=["Peshmerga"]),
    ev(a, "attack_on_civilians", ("2016-10-24", "2016-10-30"), "range", "IS militants executed 40 civilians in the village of Hammam al-Alil last week", status="claimed", locs=["Hammam al-Alil"], actors=["Islamic State"], killed=40),
    ev(a, "abduction", "2016-10", "month", "The jihadists abducted thousands of families from villages around Mosul last month", locs=["Mosul"], actors=["Islamic State"]),
    ev(a, "statement", None, "unknown", "Prime Minister Haider al-Abadi, speaking on state television, called on the jihadists to surrender", O, actors=["Haider al-Abadi"]),
    ev(a, "statement", "2016-11-02", "day", "The International Organization for Migration said on Wednesday that nearly 18,000 people had fled their homes", O),
    trap(a, "Iraqi special forces soldiers ride in a Humvee near Gogjali, on the eastern edge of Mosul, on November 1, 2016."),
    trap(a, "since US troops withdrew in 2011"),
    trap(a, "Turkey warns it will act if Shiite militias enter Tal Afar"),
    trap(a, "Iraq: the 2014 fall of Mosul in pictures"),
    trap(a, "Read more: Who are the forces fighting for Mosul?"),
]
a = "yemen_bus_2018"  # published Fri 2018-08-10
G += [
    ev(a, "bombing", "2018-08-09", "approx", "At least 29 children have been killed in an air strike on a bus in northern Yemen", locs=["Yemen"], killed=29),
    ev(a, "bombing", "2018-08-09", "day", "The bus was hit at a busy market in Dahyan, in Saada province, on Thursday morning", O, locs=["Dahyan", "Saada"]),
    ev(a, "bombing", "2018-08-09", "approx", "The Houthi-run health ministry said 50 people had been killed and 77 wounded", O, status="claimed", killed=50),
    ev(a, "casualty_report", "2018-08-09", "approx", "The Houthi-run health ministry said 50 people had been killed and 77 wounded", O, status="claimed", killed=50),
    ev(a, "bombing", "2018-08-08", "approx", "A day earlier, coalition warplanes carried out air strikes on the rebel-held port city of Hudaydah, killing at least 11 people", locs=["Hudaydah"], actors=["Saudi-led coalition"], killed=11),
    ev(a, "bombing", "2018-08-08", "day", "a missile attack on the Saudi city of Jizan on Wednesday", O, status="claimed", locs=["Jizan"], actors=["Houthis"]),
    ev(a, "statement", "2018-08-09", "day", "UN Secretary-General Antonio Guterres condemned the attack on Thursday", O, actors=["Antonio Guterres"]),
    ev(a, "statement", None, "unknown", "The US State Department urged the coalition to conduct a thorough investigation", O),
    ev(a, "negotiation", "2018-09-06", "day", "invited the warring parties to peace talks in Geneva on 6 September", status="planned", locs=["Geneva"], actors=["Martin Griffiths"]),
    trap(a, "A boy wounded in the strike is treated at a hospital in Saada"),
    trap(a, "which has been fighting the Houthi rebels since March 2015"),
    trap(a, "Yemen's conflict has killed at least 10,000 people"),
    trap(a, "Yemen: The children haunted by the sound of drones"),
]
a = "libya_tripoli_2019"  # published Mon 2019-04-08
G += [
    ev(a, "bombing", "2019-04-08", "day", "A warplane belonging to forces loyal to renegade commander Khalifa Haftar carried out an air raid on Mitiga airport in the Libyan capital on Monday", locs=["Mitiga airport", "Tripoli"], actors=["Khalifa Haftar", "Libyan National Army"]),
    ev(a, "clash", "2019-04-08", "approx", "fighting raged for a fourth day on the southern outskirts of Tripoli", locs=["Tripoli"], actors=["Libyan National Army", "Government of National Accord"]),
    ev(a, "casualty_report", ("2019-04-04", "2019-04-07"), "range", "At least 25 people, including fighters and civilians, have been killed in the fighting since Thursday", killed=25),
    ev(a, "territory_change", "2019-04-06", "day", "GNA forces said they had retaken the former international airport, about 24km south of the city centre, late on Saturday", status="claimed", actors=["Government of National Accord"]),
    ev(a, "territory_change", "2019-04-05", "day", "The LNA had captured the airport on Friday", status="claimed", actors=["Libyan National Army"]),
    ev(a, "clash", "2019-04-07", "day", "The GNA launched a counteroffensive on Sunday", actors=["Government of National Accord"]),
    ev(a, "clash", "2019-04-08", "day", "heavy clashes were reported in Ain Zara and Wadi al-Rabie on Monday", locs=["Ain Zara", "Wadi al-Rabie"]),
    ev(a, "military_movement", "2019-04-07", "approx", "The United States said on Sunday it had temporarily pulled a contingent of its forces out of Libya", O, actors=["United States"]),
    ev(a, "statement", "2019-04-07", "day", "called for a two-hour humanitarian truce on Sunday", O, actors=["UNSMIL"]),
    ev(a, "negotiation", "2019-04-05", "day", "who met Haftar in Benghazi on Friday", O, locs=["Benghazi"], actors=["Antonio Guterres", "Khalifa Haftar"]),
    ev(a, "negotiation", ("2019-04-14", "2019-04-16"), "range", "A national conference, planned for April 14-16 in the town of Ghadames", O, status="planned", locs=["Ghadames"]),
    trap(a, "Smoke rises over Mitiga airport in Tripoli."),
]
a = "ukraine_kharkiv_2022"  # published Mon 2022-09-12
G += [
    ev(a, "territory_change", ("2022-09-10", "2022-09-11"), "range", "Ukrainian forces have recaptured swathes of territory in the north-east of the country, including the strategic city of Izium, after Russian troops withdrew at the weekend", locs=["Izium"], actors=["Ukrainian forces", "Russian forces"]),
    ev(a, "territory_change", "2022-09-10", "approx", "it had pulled its troops out of Izium and the nearby town of Balakliia", O, locs=["Izium", "Balakliia"]),
    ev(a, "territory_change", ("2022-09-10", "2022-09-11"), "range", "its forces had retaken more than 20 settlements in the past 24 hours", status="claimed"),
    ev(a, "territory_change", "2022-09-10", "day", "Ukrainian troops also entered Kupiansk, a key rail hub on the Oskil river, late on Saturday", locs=["Kupiansk"]),
    ev(a, "bombing", "2022-09-11", "day", "Russian missiles struck power plants and other infrastructure across Kharkiv and Dnipropetrovsk regions on Sunday evening", locs=["Kharkiv", "Dnipropetrovsk"], actors=["Russian forces"]),
    ev(a, "statement", "2022-09-11", "approx", "President Volodymyr Zelenskiy accused Moscow of deliberately attacking civilian infrastructure", O, actors=["Volodymyr Zelensky"]),
    ev(a, "bombing", "2022-09-11", "approx", "At least one person was killed in the strikes on Kharkiv", O, locs=["Kharkiv"], killed=1),
    ev(a, "bombing", "2022-09-11", "approx", "Russian shelling killed four civilians in the town of Bakhmut overnight", locs=["Bakhmut"], actors=["Russian forces"], killed=4),
    ev(a, "negotiation", None, "unknown", "is to hold talks with Russian and Ukrainian officials on a safety zone around the plant in the coming days", O, status="planned", actors=["Rafael Grossi"]),
    ev(a, "release", "2022-09-06", "day", "Ukraine and Russia carried out a prisoner exchange on Tuesday, with 14 Ukrainian servicemen returned home", count=14),
    ev(a, "casualty_report", ("2022-02-24", "2022-09-12"), "range", "nearly 5,800 civilians have been killed", O, killed=5800),
    trap(a, "Ukrainian servicemen ride an armoured vehicle in the recently retaken town of Balakliia, Kharkiv region, on 10 September."),
    trap(a, "Ukraine war latest: what we know on day 201 of the invasion"),
]
a = "sahel_mali_2021"  # published Mon 2021-12-06
G += [
    ev(a, "attack_on_civilians", "2021-12-03", "day", "Unidentified gunmen attacked a bus carrying passengers to a weekly market in central Mali on Friday, killing at least 31 civilians", locs=["Songho", "Bandiagara", "Mali"], killed=31),
    ev(a, "statement", "2021-12-04", "day", "the government said in a statement on Saturday", O),
    ev(a, "attack_on_civilians", "2021-12-03", "approx", "when the assailants opened fire on it and set it alight", O),
    ev(a, "abduction", "2021-12-02", "day", "suspected jihadists kidnapped seven aid workers from a local charity near the town of Djibo in northern Burkina Faso on Thursday", locs=["Djibo", "Burkina Faso"], count=7),
    ev(a, "release", "2021-12-03", "day", "Two of them were freed the following day", count=2),
    ev(a, "clash", "2021-12-04", "day", "Burkinabe soldiers and members of a civilian defence militia repelled an attack on an army post in the Sahel region on Saturday, killing 12 assailants", actors=["Military Forces of Burkina Faso", "Volunteers for the Defense of the Homeland"], killed=15),
    ev(a, "clash", "2021-12-04", "approx", "Three soldiers were killed in the fighting", O, killed=3),
    ev(a, "casualty_report", "2021-12-04", "approx", "Three soldiers were killed in the fighting", O, killed=3),
    ev(a, "casualty_report", ("2021-01-01", "2021-09-30"), "range", "Attacks by armed groups killed more than 2,400 civilians in Mali, Burkina Faso and Niger in the first nine months of 2021", O, killed=2400),
    ev(a, "statement", "2021-06", "month", "France said in June it would reduce its military presence in the region", O, actors=["France"]),
    ev(a, "territory_change", "2021-12", "month", "French troops are due to hand over their base in Timbuktu to the Malian army later this month", O, status="planned", locs=["Timbuktu"]),
    ev(a, "negotiation", None, "unknown", "it is in talks with Russian private military contractor Wagner Group", O, actors=["Wagner Group"]),
    trap(a, "which took power in a coup in May"),
    trap(a, "Our Standards: The Thomson Reuters Trust Principles."),
]
a = "afghanistan_kabul_2021"  # published Mon 2021-08-16
G += [
    ev(a, "territory_change", "2021-08-15", "day", "Taliban fighters poured into the Afghan capital on Sunday and took control of the presidential palace", locs=["Kabul"], actors=["Taliban"]),
    ev(a, "territory_change", ("2021-08-06", "2021-08-15"), "range", "saw the insurgents seize nearly every major city in just over a week", O, actors=["Taliban"]),
    ev(a, "statement", "2021-08-15", "approx", "the group's spokesman said the war in Afghanistan was over", O, actors=["Taliban"]),
    ev(a, "territory_change", "2021-08-15", "day", "Earlier on Sunday, the militants captured the eastern city of Jalalabad without a fight", locs=["Jalalabad"], actors=["Taliban"]),
    ev(a, "territory_change", "2021-08-14", "day", "Mazar-i-Sharif, the largest city in the north, fell to the Taliban on Saturday", locs=["Mazar-i-Sharif"], actors=["Taliban"]),
    ev(a, "territory_change", "2021-08-14", "approx", "abandoned it", O),
    ev(a, "casualty_report", "2021-08-16", "day", "at least seven people were killed in the chaos", O, killed=7),
    ev(a, "attack_on_civilians", "2021-08-16", "day", "at least seven people were killed in the chaos", O, killed=7),
    ev(a, "military_movement", None, "unknown", "The U.S. has sent some 6,000 troops to secure the airport", O, actors=["United States"], count=6000),
    ev(a, "military_movement", "2021-08-16", "day", "A further 1,000 soldiers were ordered to Kabul on Monday", locs=["Kabul"], count=1000),
    ev(a, "statement", None, "unknown", "The Taliban said in a statement that they would grant an amnesty to all government employees", O, actors=["Taliban"]),
    ev(a, "negotiation", "2021-08-16", "day", "The U.N. Security Council is to meet on Monday to discuss the situation", status="planned", actors=["UN Security Council"]),
    ev(a, "statement", None, "unknown", "Secretary-General Antonio Guterres urged the Taliban", O, actors=["Antonio Guterres"]),
    trap(a, "PHOTOS: Scenes from Kabul as the Taliban take over"),
    trap(a, "when the U.S. and NATO started the final phase of their withdrawal after nearly 20 years of war"),
]
a = "sudan_khartoum_2023"  # published Mon 2023-04-17
G += [
    ev(a, "clash", "2023-04-17", "day", "Fighting between Sudan's army and the paramilitary Rapid Support Forces (RSF) raged for a third day in the capital Khartoum on Monday", locs=["Khartoum"], actors=["Sudanese Armed Forces", "Rapid Support Forces"]),
    ev(a, "casualty_report", ("2023-04-15", "2023-04-17"), "range", "At least 97 civilians have been killed since the clashes erupted on Saturday", killed=97),
    ev(a, "bombing", "2023-04-16", "approx", "The army's warplanes struck RSF bases in Omdurman and Bahri overnight", locs=["Omdurman", "Bahri"], actors=["Sudanese Armed Forces", "Rapid Support Forces"]),
    ev(a, "territory_change", None, "unknown", "the paramilitaries claimed to have seized the airport in the city of Merowe", status="claimed", locs=["Merowe"], actors=["Rapid Support Forces"]),
    ev(a, "clash", "2023-04-15", "day", "Three employees of the World Food Programme were killed in clashes in Kabkabiya, North Darfur, on Saturday", locs=["Kabkabiya", "North Darfur"], killed=3),
    ev(a, "attack_on_civilians", "2023-04-15", "day", "Three employees of the World Food Programme were killed in clashes in Kabkabiya, North Darfur, on Saturday", O, locs=["Kabkabiya", "North Darfur"], killed=3),
    ev(a, "aid_change", None, "unknown", "The UN agency said it had temporarily halted all its operations in Sudan", actors=["World Food Programme"]),
    ev(a, "clash", None, "unknown", "Fighting also broke out in the western city of El Fasher, where at least 25 people were killed", locs=["El Fasher"], killed=25),
    ev(a, "statement", None, "unknown", "said in a television interview that there would be no negotiations until the RSF was dissolved", O, actors=["Abdel Fattah al-Burhan"]),
    ev(a, "agreement", "2023-04-16", "day", "Regional leaders from the East African bloc Igad agreed on Sunday to send the presidents of Kenya, South Sudan and Djibouti to Khartoum", O, actors=["IGAD"]),
    ev(a, "negotiation", None, "unknown", "Regional leaders from the East African bloc Igad agreed on Sunday to send the presidents of Kenya, South Sudan and Djibouti to Khartoum", O, status="planned", actors=["IGAD"]),
    trap(a, "Smoke rises above buildings in central Khartoum on Sunday"),
    trap(a, "The two generals seized power together in a coup in October 2021."),
    trap(a, "Sudan crisis explained: What is the fighting about?"),
]
a = "gaza_truce_2023"  # published Fri 2023-11-24
G += [
    ev(a, "release", "2023-11-24", "day", "Hamas released 24 hostages held in Gaza on Friday", actors=["Hamas"], count=24),
    ev(a, "release", "2023-11-24", "approx", "Israel freed 39 Palestinian prisoners from its jails", actors=["Israel"], count=39),
    ev(a, "release", "2023-11-24", "approx", "The 13 Israeli women and children were handed over to the Red Cross at the Rafah crossing", O, count=13),
    ev(a, "release", "2023-11-24", "approx", "Ten Thai nationals and a Filipino were also released under a separate deal", O, count=11),
    ev(a, "agreement", "2023-11-24", "approx", "The truce, mediated by Qatar, Egypt and the United States, went into effect at 7 a.m.", actors=["Qatar", "Egypt", "United States"]),
    ev(a, "clash", "2023-10-07", "day", "Hamas fighters stormed into southern Israel on Oct. 7, killing 1,200 people and taking about 240 hostages", O, actors=["Hamas"]),
    ev(a, "attack_on_civilians", "2023-10-07", "day", "Hamas fighters stormed into southern Israel on Oct. 7, killing 1,200 people and taking about 240 hostages", O, actors=["Hamas"], killed=1200),
    ev(a, "abduction", "2023-10-07", "day", "Hamas fighters stormed into southern Israel on Oct. 7, killing 1,200 people and taking about 240 hostages", O, actors=["Hamas"], count=240),
    ev(a, "casualty_report", ("2023-10-07", "2023-11-24"), "range", "Gaza's health ministry says at least 14,800 Palestinians have been killed in Israel's bombardment since then", locs=["Gaza"], killed=14800),
    ev(a, "bombing", "2023-11-24", "day", "Israeli air strikes hit the Jabalia refugee camp and Khan Younis early on Friday", locs=["Jabalia", "Khan Younis"], actors=["Israel"]),
    ev(a, "bombing", "2023-11-24", "approx", "militants fired rockets at Israeli towns near the border", O),
    ev(a, "agreement", "2023-11-22", "day", "Israel's cabinet approved the deal on Wednesday", actors=["Israel"]),
    ev(a, "negotiation", "2023-11-22", "approx", "after talks in Doha", O, locs=["Doha"]),
    ev(a, "negotiation", ("2023-11-25", "2023-11-26"), "range", "negotiators would meet again over the weekend to discuss extending the pause", status="planned"),
    ev(a, "aid_change", "2023-11-24", "approx", "the United Nations said aid trucks carrying fuel had begun entering Gaza through the Rafah crossing", locs=["Rafah"]),
    ev(a, "statement", None, "unknown", "Israeli Prime Minister Benjamin Netanyahu said the war would continue after the truce", O, actors=["Benjamin Netanyahu"]),
    trap(a, "Israeli troops raided al-Shifa hospital on Nov. 15 - photo gallery"),
    trap(a, "Israel-Hamas war: The hostages and their families"),
]
a = "somalia_mogadishu_2022"  # published Sun 2022-10-30
G += [
    ev(a, "bombing", "2022-10-29", "day", "At least 100 people were killed and 300 wounded when two car bombs exploded at a busy intersection in Somalia's capital on Saturday", locs=["Mogadishu"], actors=["al-Shabaab"], killed=100, count=2),
    ev(a, "statement", "2022-10-29", "approx", "The al-Shabaab extremist group, which is allied with al-Qaida, claimed responsibility for the attack", O, actors=["al-Shabaab"]),
    ev(a, "bombing", "2022-10-29", "approx", "The first blast struck the ministry wall, and the second went off minutes later", O),
    ev(a, "territory_change", None, "unknown", "Government forces backed by local clan militias have recaptured several towns from al-Shabaab in the Hiran region in recent weeks", locs=["Hiran"], actors=["Somali government forces", "al-Shabaab"]),
    ev(a, "clash", "2022-10-28", "day", "On Friday, security forces killed 30 al-Shabaab fighters in an operation near the town of Bulobarde", locs=["Bulobarde"], actors=["Somali security forces", "al-Shabaab"], killed=30),
    ev(a, "attack_on_civilians", "2022-10-22", "approx", "the militants stormed a hotel in the southern port city of Kismayo a week earlier, killing nine people", locs=["Kismayo"], actors=["al-Shabaab"], killed=9),
    ev(a, "clash", "2022-10-22", "approx", "the militants stormed a hotel in the southern port city of Kismayo a week earlier, killing nine people", O, locs=["Kismayo"], actors=["al-Shabaab"], killed=9),
    ev(a, "statement", None, "unknown", "The president vowed to intensify the offensive", O),
    ev(a, "aid_change", None, "unknown", "Turkey and Qatar have sent planes with medical aid", O),
    trap(a, "since a truck bombing at the same junction killed more than 500 people in October 2017"),
    trap(a, "Our people who were massacred ... included mothers with their children on their backs"),
    trap(a, "Somalia: Who are al-Shabaab?"),
    trap(a, "Photos: Mogadishu mourns victims of twin bombings"),
]
a = "ukraine_kyiv_independent_2023"  # published Wed 2023-06-14
G += [
    ev(a, "bombing", "2023-06-13", "day", "Russian forces launched a missile attack on Kryvyi Rih in the early hours of June 13, killing at least 11 people", locs=["Kryvyi Rih"], actors=["Russian forces"], killed=11),
    ev(a, "bombing", "2023-06-13", "approx", "A missile hit a five-storey residential building in the city's center", O, locs=["Kryvyi Rih"]),
    ev(a, "bombing", "2023-06-13", "approx", "Russia fired 14 cruise missiles and four Shahed drones at Ukraine overnight on June 13", actors=["Russia"], count=18),
    ev(a, "territory_change", ("2023-06-05", "2023-06-12"), "range", "Ukrainian forces have liberated seven villages in Donetsk and Zaporizhzhia oblasts over the past week", locs=["Blahodatne", "Neskuchne", "Storozheve", "Donetsk Oblast", "Zaporizhzhia Oblast"], actors=["Ukrainian forces"], count=7),
    ev(a, "bombing", "2023-06-13", "approx", "Russian troops shelled Kherson Oblast 67 times over the past day, killing two civilians", locs=["Kherson Oblast"], actors=["Russian forces"], killed=2),
    ev(a, "bombing", "2023-06-06", "day", "the destruction of the Kakhovka dam on June 6", O, locs=["Nova Kakhovka"]),
    ev(a, "release", "2023-06-11", "day", "Ukraine and Russia held another prisoner exchange on June 11, bringing home 95 Ukrainian soldiers", count=95),
    ev(a, "negotiation", ("2023-07-11", "2023-07-12"), "range", "is expected to address NATO leaders at the alliance's summit in Vilnius on July 11-12", O, status="planned", locs=["Vilnius"], actors=["Volodymyr Zelensky", "NATO"]),
    trap(a, "Ukraine war latest: Ukrainian forces advance near Bakhmut"),
    trap(a, "Editor's Note: This story is being updated."),
    trap(a, "Support independent journalism in Ukraine. Join us today."),
]

MANIFEST = [
    {"key": "iraq_mosul_2016", "outlet": "AFP", "published": "2016-11-02"},
    {"key": "yemen_bus_2018", "outlet": "BBC News", "published": "2018-08-10"},
    {"key": "libya_tripoli_2019", "outlet": "Al Jazeera", "published": "2019-04-08"},
    {"key": "ukraine_kharkiv_2022", "outlet": "The Guardian", "published": "2022-09-12"},
    {"key": "sahel_mali_2021", "outlet": "Reuters", "published": "2021-12-06"},
    {"key": "afghanistan_kabul_2021", "outlet": "AP", "published": "2021-08-16"},
    {"key": "sudan_khartoum_2023", "outlet": "BBC News", "published": "2023-04-17"},
    {"key": "gaza_truce_2023", "outlet": "Reuters", "published": "2023-11-24"},
    {"key": "somalia_mogadishu_2022", "outlet": "AP", "published": "2022-10-30"},
    {"key": "ukraine_kyiv_independent_2023", "outlet": "The Kyiv Independent", "published": "2023-06-14"},
]

def write(directory: Path, gold: list[dict], manifest: list[dict]) -> None:
    """Check every evidence is in its article, then write gold.jsonl and manifest.json."""
    for g in gold:
        text = (directory / f"{g['article']}.txt").read_text(encoding="utf-8")
        assert g["evidence"] in text, (g["article"], g["evidence"])
    (directory / "gold.jsonl").write_text("".join(json.dumps(g) + "\n" for g in gold), encoding="utf-8")
    (directory / "manifest.json").write_text(json.dumps(manifest, indent=1) + "\n", encoding="utf-8")
    print(len(gold), "gold rows,", sum(1 for g in gold if g["required"]), "required")


if __name__ == "__main__":
    write(HERE, G, MANIFEST)
