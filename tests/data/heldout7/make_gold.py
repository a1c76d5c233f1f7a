"""Gold for the seventh dev set, coded by hand before the extractor was run on these texts
(extractor 0.4.9): Nigeria, Syria, Iraq, Colombia, Mozambique and Afghanistan, 2004-2020, in the
styles of Reuters, AFP, the New York Times and the Associated Press, with a referendum and a
runoff election among the conflict events."""
import sys
from pathlib import Path

HERE = Path(__file__).parent
sys.path.insert(0, str(HERE.parent / "heldout"))
from make_gold import O, ev, trap, write  # noqa: E402

G = []
a = "nigeria_chibok_2014"  # Mon 2014-05-05
G += [
    ev(a, "statement", "2014-05-05", "day", "The leader of Islamist militant group Boko Haram said in a video obtained on Monday", O),
    ev(a, "abduction", "2014-04-14", "approx", "his fighters had abducted more than 200 schoolgirls from a secondary school in northeast Nigeria three weeks ago", status="claimed", actors=["Boko Haram"], count=200),
    ev(a, "abduction", "2014-04-14", "day", "Gunmen stormed the Government Girls Secondary School in Chibok, in Borno state, on the night of April 14, loading the girls onto trucks", locs=["Chibok", "Borno"]),
    ev(a, "attack_on_civilians", "2014-04-14", "day", "Gunmen stormed the Government Girls Secondary School in Chibok, in Borno state, on the night of April 14", O, locs=["Chibok"]),
    ev(a, "bombing", "2014-04-14", "day", "claimed responsibility for a bombing at a bus station on the outskirts of Abuja on April 14 that killed at least 75 people", locs=["Abuja"], actors=["Boko Haram"], killed=75),
    ev(a, "casualty_report", "2014-04-14", "day", "claimed responsibility for a bombing at a bus station on the outskirts of Abuja on April 14 that killed at least 75 people", O, killed=75),
    ev(a, "statement", "2014-05-04", "day", "Police said on Sunday that they had arrested two women", O),
    ev(a, "protest", ("2014-04-28", "2014-05-04"), "range", "took part in protests in Abuja last week demanding the government do more to free the girls", locs=["Abuja"]),
    ev(a, "protest", "2014-04-30", "day", "Hundreds of women marched on parliament on Wednesday", locs=["Abuja"]),
    ev(a, "attack_on_civilians", "2014-05-04", "day", "Suspected Boko Haram gunmen killed at least 20 people in an attack on the village of Gamboru Ngala near the border with Cameroon late on Sunday", locs=["Gamboru Ngala"], actors=["Boko Haram"], killed=20),
    ev(a, "casualty_report", "2014-05-04", "day", "Suspected Boko Haram gunmen killed at least 20 people in an attack on the village of Gamboru Ngala near the border with Cameroon late on Sunday", O, killed=20),
    ev(a, "attack_on_civilians", "2014-05-04", "approx", "The attackers set fire to the market and dozens of houses", O, locs=["Gamboru Ngala"]),
    ev(a, "statement", "2014-05-04", "day", "said on Sunday he had accepted offers of help from the United States and Britain", O),
    trap(a, "Nigeria is due to host the World Economic Forum on Africa in Abuja from Wednesday."),
    trap(a, "Boko Haram's insurgency has killed thousands of people since 2009."),
]
a = "syria_aleppo_2016"  # Thu 2016-12-15
G += [
    ev(a, "military_movement", "2016-12-15", "day", "The first convoy of ambulances and buses carrying wounded civilians and rebel fighters left besieged east Aleppo on Thursday", O, locs=["Aleppo"]),
    ev(a, "agreement", None, "unknown", "under a deal brokered by Russia and Turkey", O),
    ev(a, "military_movement", "2016-12-15", "approx", "The convoy of 20 buses and 13 ambulances crossed into government-held territory in the Ramussa district", O),
    ev(a, "agreement", "2016-12-13", "day", "A first agreement reached late on Tuesday", locs=["Aleppo"]),
    ev(a, "bombing", "2016-12-14", "day", "collapsed on Wednesday as heavy shelling and air strikes resumed, killing at least 14 civilians", locs=["Aleppo"], killed=14),
    ev(a, "casualty_report", "2016-12-14", "day", "collapsed on Wednesday as heavy shelling and air strikes resumed, killing at least 14 civilians", O, killed=14),
    ev(a, "attack_on_civilians", "2016-12-14", "day", "collapsed on Wednesday as heavy shelling and air strikes resumed, killing at least 14 civilians", O, killed=14),
    ev(a, "territory_change", ("2016-11-15", "2016-12-15"), "range", "Government forces have retaken more than 90 percent of the former rebel enclave since launching a major offensive in mid-November", locs=["Aleppo"], actors=["Government forces"]),
    ev(a, "clash", "2016-11", "month", "since launching a major offensive in mid-November", O),
    ev(a, "statement", "2016-12-14", "day", "UN Secretary-General Ban Ki-moon said on Wednesday", O),
    ev(a, "attack_on_civilians", "2016-12-12", "day", "summary executions of 82 people on Monday", status="claimed", killed=82),
    ev(a, "negotiation", "2016-12-27", "day", "Foreign ministers from Russia, Turkey and Iran will meet in Moscow on December 27", status="planned", locs=["Moscow"]),
    ev(a, "territory_change", "2012-07", "month", "Rebels seized the eastern half of Aleppo in July 2012", O, locs=["Aleppo"]),
]
a = "iraq_fallujah_2004"  # Wed 2004-11-10
G += [
    ev(a, "clash", "2004-11-09", "day", "American troops pushed into the center of Falluja on Tuesday and by nightfall controlled about 70 percent of the city, military commanders said, as insurgents fought back", locs=["Falluja"], actors=["American troops"]),
    ev(a, "military_movement", "2004-11-09", "day", "American troops pushed into the center of Falluja on Tuesday", O, locs=["Falluja"]),
    ev(a, "territory_change", "2004-11-09", "day", "by nightfall controlled about 70 percent of the city", O, locs=["Falluja"]),
    ev(a, "casualty_report", ("2004-11-08", "2004-11-10"), "range", "Ten American service members have been killed since the offensive began on Monday", killed=10),
    ev(a, "clash", "2004-11-08", "day", "since the offensive began on Monday", O),
    ev(a, "casualty_report", None, "unknown", "Commanders estimated that several hundred insurgents had been killed", O),
    ev(a, "territory_change", "2004-11-09", "day", "Marines seized the city hall and a mosque complex on Tuesday afternoon after a four-hour battle", locs=["Falluja"], actors=["Marines"]),
    ev(a, "clash", "2004-11-09", "day", "Marines seized the city hall and a mosque complex on Tuesday afternoon after a four-hour battle", O),
    ev(a, "territory_change", "2004-11-10", "day", "The Jolan district, in the northwest of the city, was under American control by Wednesday morning", O, locs=["Jolan"]),
    ev(a, "bombing", "2004-11-10", "day", "a car bomb exploded near a police station in the Adhamiya neighborhood on Wednesday morning, killing three policemen", locs=["Adhamiya", "Baghdad"], killed=3),
    ev(a, "casualty_report", "2004-11-10", "day", "a car bomb exploded near a police station in the Adhamiya neighborhood on Wednesday morning, killing three policemen", O, killed=3),
    ev(a, "abduction", "2004-11-09", "day", "Gunmen abducted three relatives of Prime Minister Ayad Allawi from their home in Baghdad on Tuesday night", locs=["Baghdad"], count=3),
    ev(a, "statement", "2004-11-07", "day", "Mr. Allawi declared a state of emergency across most of Iraq on Sunday", O),
    ev(a, "clash", "2004-11-08", "approx", "a day before the assault began", O),
    ev(a, "election", "2005-01", "month", "Elections are scheduled for the end of January", status="planned"),
]
a = "colombia_referendum_2016"  # Mon 2016-10-03
G += [
    ev(a, "election", "2016-10-02", "day", "Colombian voters narrowly rejected a peace agreement with the Revolutionary Armed Forces of Colombia (FARC) in a referendum on Sunday"),
    ev(a, "statement", "2016-10-02", "day", "electoral authorities said late on Sunday", O),
    ev(a, "agreement", "2016-09-26", "day", "signed the accord in Cartagena on Sept. 26 before world leaders", locs=["Cartagena"], actors=["Juan Manuel Santos", "FARC"]),
    ev(a, "agreement", "2016-08-24", "day", "The two sides had announced the final text in Havana on Aug. 24 after nearly four years of negotiations", locs=["Havana"]),
    ev(a, "negotiation", None, "unknown", "after nearly four years of negotiations", O),
    ev(a, "agreement", "2016-08-29", "day", "the bilateral ceasefire that took effect on Aug. 29", O),
    ev(a, "negotiation", "2016-10-03", "day", "he sent his chief negotiator, Humberto de la Calle, back to Havana on Monday to meet rebel leaders", O, locs=["Havana"]),
    ev(a, "statement", None, "unknown", "The FARC said in a statement that it remained committed to peace", O),
    ev(a, "bombing", None, "unknown", "where 79 people were killed in a FARC mortar attack on a church in 2002", O, locs=["Bojaya"], killed=79),
]
a = "mozambique_mocimboa_2020"  # Thu 2020-08-13
G += [
    ev(a, "territory_change", "2020-08-11", "approx", "Islamist insurgents have seized the port of Mocimboa da Praia in northern Mozambique after several days of fighting with security forces", locs=["Mocimboa da Praia"], actors=["Islamist insurgents"]),
    ev(a, "statement", "2020-08-13", "day", "the military said on Thursday", O),
    ev(a, "clash", "2020-08-05", "day", "launched coordinated attacks on villages around the town last Wednesday", locs=["Mocimboa da Praia"]),
    ev(a, "attack_on_civilians", "2020-08-05", "day", "launched coordinated attacks on villages around the town last Wednesday", O),
    ev(a, "territory_change", "2020-08-11", "day", "took control of the port on Tuesday night", locs=["Mocimboa da Praia"]),
    ev(a, "military_movement", None, "unknown", "A navy patrol boat and about 60 soldiers were evacuated by sea to Pemba", O, locs=["Pemba"]),
    ev(a, "casualty_report", None, "unknown", "At least 55 soldiers were killed in the fighting", killed=55),
    ev(a, "statement", "2020-08-12", "day", "Islamic State claimed the capture in a statement published on Wednesday", O),
    ev(a, "territory_change", "2020-03", "month", "The insurgents briefly occupied the town in March", locs=["Mocimboa da Praia"]),
    ev(a, "territory_change", "2020-06", "month", "and again in June, raising the black flag over government buildings before withdrawing", O),
    trap(a, "The violence in Cabo Delgado province has killed more than 1,500 people and forced 250,000 from their homes since October 2017"),
]
a = "afghanistan_runoff_2014"  # Sun 2014-06-15
G += [
    ev(a, "election", "2014-06-14", "day", "Afghans voted Saturday in a runoff election to choose a successor to President Hamid Karzai"),
    ev(a, "attack_on_civilians", "2014-06-14", "day", "insurgents killed at least 20 people in attacks on polling stations and election workers across the country", actors=["Taliban"], killed=20),
    ev(a, "casualty_report", "2014-06-14", "day", "insurgents killed at least 20 people in attacks on polling stations and election workers across the country", O, killed=20),
    ev(a, "clash", "2014-06-14", "day", "insurgents killed at least 20 people in attacks on polling stations and election workers across the country", O, killed=20),
    ev(a, "attack_on_civilians", "2014-06-14", "day", "Taliban fighters cut off the ink-stained fingers of 11 voters on Saturday", locs=["Herat"], actors=["Taliban"], count=11),
    ev(a, "bombing", "2014-06-14", "approx", "A roadside bomb struck a minibus carrying election workers in the northern province of Sar-e-Pul, killing all 11 people on board", locs=["Sar-e-Pul"], killed=11),
    ev(a, "casualty_report", "2014-06-14", "approx", "A roadside bomb struck a minibus carrying election workers in the northern province of Sar-e-Pul, killing all 11 people on board", O, killed=11),
    ev(a, "bombing", "2014-06-14", "approx", "Rockets hit Kabul's airport shortly after polls opened", locs=["Kabul"]),
    ev(a, "election", "2014-04-05", "day", "Abdullah won 45 percent of the vote in the first round on April 5"),
    ev(a, "clash", "2014-06-14", "approx", "464 attacks had been reported nationwide on election day", O, count=464),
]

MANIFEST = [
    {"key": "nigeria_chibok_2014", "outlet": "Reuters", "published": "2014-05-05"},
    {"key": "syria_aleppo_2016", "outlet": "AFP", "published": "2016-12-15"},
    {"key": "iraq_fallujah_2004", "outlet": "The New York Times", "published": "2004-11-10"},
    {"key": "colombia_referendum_2016", "outlet": "Colombia Reports", "published": "2016-10-03"},
    {"key": "mozambique_mocimboa_2020", "outlet": "Reuters", "published": "2020-08-13"},
    {"key": "afghanistan_runoff_2014", "outlet": "Associated Press", "published": "2014-06-15"},
]

if __name__ == "__main__":
    write(HERE, G, MANIFEST)
