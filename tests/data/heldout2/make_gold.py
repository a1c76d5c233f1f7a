"""Gold for the second dev set (written after the rules of extractor 0.2.0, before running it
on these texts): a check of how the rules tuned on tests/data/heldout carry over."""
import sys
from pathlib import Path

HERE = Path(__file__).parent
sys.path.insert(0, str(HERE.parent / "heldout"))
from make_gold import O, ev, trap, write  # noqa: E402

G = []
a = "nigeria_zamfara_2021"  # Tue 2021-03-02
G += [
    ev(a, "release", "2021-03-02", "day", "Nearly 280 schoolgirls abducted from a boarding school in northwestern Nigeria were released early on Tuesday", count=280),
    ev(a, "abduction", "2021-02-26", "approx", "four days after gunmen stormed their dormitories in the middle of the night", O),
    ev(a, "abduction", "2021-02-26", "day", "Gunmen on motorcycles raided the Government Girls Secondary School in Jangebe at about 1 a.m. on Friday and forced the students into the forest", locs=["Jangebe"]),
    ev(a, "clash", "2021-02-26", "approx", "One police officer was killed in the raid", O, killed=1),
    ev(a, "casualty_report", "2021-02-26", "approx", "One police officer was killed in the raid", O, killed=1),
    ev(a, "attack_on_civilians", "2021-02-26", "approx", "One police officer was killed in the raid", O, killed=1),
    ev(a, "release", "2021-03-02", "approx", "The girls were handed over to officials in Gusau", O),
    ev(a, "abduction", ("2021-02-22", "2021-02-28"), "range", "Last week, 42 people including 27 students were seized from a school in Kagara", locs=["Kagara"], count=42),
    ev(a, "bombing", ("2021-02-27", "2021-02-28"), "range", "the military said air strikes killed dozens of bandits in Zamfara's Tsafe area over the weekend", locs=["Tsafe"]),
    ev(a, "statement", "2021-02-28", "day", "President Muhammadu Buhari on Sunday urged state governments", O),
    ev(a, "abduction", ("2020-12-01", "2021-03-02"), "range", "Armed groups have kidnapped more than 600 students in northern Nigeria since December", O, count=600),
    trap(a, "Released schoolgirls sit in a hall at the Government House in Gusau, Nigeria, Tuesday, March 2, 2021."),
    trap(a, "Related: Why are kidnappings increasing in Nigeria?"),
]
a = "drc_m23_2022"  # Mon 2022-06-13
G += [
    ev(a, "territory_change", "2022-06-13", "day", "M23 rebels took control of the Congolese town of Bunagana on the border with Uganda on Monday", locs=["Bunagana"], actors=["M23"]),
    ev(a, "military_movement", "2022-06-13", "approx", "More than 130 Congolese soldiers and police crossed into Uganda as the rebels advanced", O),
    ev(a, "statement", None, "unknown", "Congo's army accused Rwanda of supporting the rebels", O),
    ev(a, "clash", "2022-05", "month", "Fighting between the army and the M23 had resumed late last month around the town of Rutshuru", locs=["Rutshuru"]),
    ev(a, "bombing", "2022-06-11", "day", "Two children were killed when a shell hit a house in the village of Kinyamahura on Saturday", locs=["Kinyamahura"], killed=2),
    ev(a, "negotiation", "2022-06-20", "day", "East African leaders will meet in Nairobi on June 20", status="planned", locs=["Nairobi"]),
    trap(a, "The M23 seized Goma in 2012 before being pushed out by government and U.N. troops the following year."),
    trap(a, "(Reporting by Djaffar Al Katanty; Editing by Alison Williams)"),
]
a = "myanmar_2021"  # Thu 2021-03-04
G += [
    ev(a, "attack_on_civilians", "2021-03-03", "day", "Myanmar security forces killed at least 38 people on Wednesday", killed=38),
    ev(a, "attack_on_civilians", "2021-03-03", "approx", "Police and soldiers opened fire on demonstrators in several cities, including Yangon, Mandalay and Monywa", O),
    ev(a, "protest", "2021-03-04", "day", "Tens of thousands of people took to the streets across the country again on Thursday"),
    ev(a, "negotiation", "2021-03-02", "day", "On Tuesday, foreign ministers from the Association of Southeast Asian Nations held a virtual meeting on the crisis"),
    ev(a, "statement", "2021-03-02", "approx", "called for restraint", O),
    ev(a, "statement", None, "unknown", "she had warned the army's deputy commander", O),
    ev(a, "negotiation", "2021-03-05", "day", "The UN Security Council is due to discuss Myanmar on Friday", status="planned"),
    ev(a, "defection", ("2021-02-27", "2021-02-28"), "range", "Three police officers crossed the border into India at the weekend after refusing to carry out orders to shoot protesters", O, count=3),
    trap(a, "since the military seized power in a coup on February 1"),
    trap(a, "Read More"),
]
a = "syria_turkey_2019"  # Mon 2019-10-14
G += [
    ev(a, "territory_change", "2019-10-13", "day", "Turkish troops and their Syrian rebel allies captured the border town of Tal Abyad on Sunday", locs=["Tal Abyad"]),
    ev(a, "clash", "2019-10-08", "approx", "five days after Ankara launched its cross-border offensive against Kurdish-led forces", O),
    ev(a, "bombing", "2019-10-13", "approx", "Turkish jets and artillery pounded the town of Ras al-Ain overnight", locs=["Ras al-Ain"]),
    ev(a, "casualty_report", ("2019-10-08", "2019-10-14"), "range", "60 civilians and more than 120 SDF fighters had been killed since the start of the offensive", killed=180),
    ev(a, "bombing", "2019-10-11", "day", "A car bomb exploded in the SDF-held city of Qamishli on Friday, killing three people", locs=["Qamishli"], killed=3),
    ev(a, "statement", "2019-10-11", "approx", "Islamic State claimed the attack", O),
    ev(a, "release", "2019-10-13", "day", "Nearly 800 relatives of foreign Islamic State members escaped from the Ain Issa camp on Sunday", locs=["Ain Issa"], count=800),
    ev(a, "bombing", "2019-10-13", "approx", "Turkish shelling hit the area", O),
    ev(a, "agreement", "2019-10-13", "day", "Late on Sunday, the SDF announced it had reached a deal with Damascus"),
    ev(a, "territory_change", "2019-10-14", "day", "Syrian army units entered the town of Tabqa early on Monday", locs=["Tabqa"]),
    ev(a, "military_movement", "2019-10-14", "day", "Syrian army units entered the town of Tabqa early on Monday", O, locs=["Tabqa"]),
    ev(a, "statement", ("2019-10-12", "2019-10-13"), "range", "Germany and France said at the weekend they would halt arms exports to Turkey", O),
    ev(a, "aid_change", ("2019-10-12", "2019-10-13"), "range", "Germany and France said at the weekend they would halt arms exports to Turkey", O),
    ev(a, "military_movement", None, "unknown", "about 1,000 US troops would be withdrawn from northern Syria", O, status="planned"),
    ev(a, "statement", "2019-10-13", "day", "US President Donald Trump said on Sunday", O),
    trap(a, "Smoke rises over Ras al-Ain on Oct. 12, 2019."),
]
MANIFEST = [
    {"key": "nigeria_zamfara_2021", "outlet": "AP", "published": "2021-03-02"},
    {"key": "drc_m23_2022", "outlet": "Reuters", "published": "2022-06-13"},
    {"key": "myanmar_2021", "outlet": "CNN", "published": "2021-03-04"},
    {"key": "syria_turkey_2019", "outlet": "AFP/Reuters rewrite", "published": "2019-10-14"},
]
if __name__ == "__main__":
    write(HERE, G, MANIFEST)
