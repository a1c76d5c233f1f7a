"""Gold for the eleventh dev set, coded by hand and blind (without reading the extractor or running
it on these texts): Yemen, Afghanistan, DR Congo, Armenia-Azerbaijan, Burkina Faso and Sudan,
2018-2023, in the styles of Reuters, the New York Times, RFE/RL, France 24 and the Associated
Press. Offensives, massacres and truces with weekday dates ("last Wednesday" in a Wednesday
article, "last Thursday", "Saturday" without "on"), RFE/RL's bare month-day dates, "overnight from
Friday to Saturday", "four days of talks", "a day earlier", "later this week", "between October
and April", tolls that disagree, denied rumours, a counterfactual and a metaphor."""
import sys
from pathlib import Path

HERE = Path(__file__).parent
sys.path.insert(0, str(HERE.parent / "heldout"))
from make_gold import O, ev, trap, write  # noqa: E402

G = []
a = "yemen_hodeidah_2018"  # Wed 2018-06-20
G += [
    ev(a, "territory_change", "2018-06-20", "approx", "Yemeni forces backed by a Saudi-led coalition said on Wednesday they had taken full control of Hodeidah airport after a week of fighting with the Iran-aligned Houthi movement", status="claimed", locs=["Hodeidah airport", "Hodeidah"], actors=["Yemeni government forces", "Saudi-led coalition", "Houthis"]),
    ev(a, "statement", "2018-06-20", "approx", "Coalition spokesman Colonel Turki al-Malki told a news conference in Riyadh that the airport had been \"liberated\"", O, locs=["Riyadh"], actors=["Turki al-Malki", "Saudi-led coalition"]),
    ev(a, "military_movement", "2018-06-20", "approx", "Troops led by the United Arab Emirates were consolidating their positions around the compound", O, locs=["Hodeidah airport"], actors=["United Arab Emirates"]),
    ev(a, "statement", "2018-06-20", "approx", "The Houthis denied losing the airport.", O, actors=["Houthis"]),
    ev(a, "clash", "2018-06-20", "approx", "Their Al Masirah television said fighters had repelled an attack on the compound overnight and destroyed several armoured vehicles", status="claimed", locs=["Hodeidah airport"], actors=["Houthis", "Saudi-led coalition"]),
    ev(a, "bombing", "2018-06-20", "approx", "residents reached by telephone said clashes and air strikes could be heard from the area until dawn", O, locs=["Hodeidah airport"]),
    ev(a, "military_movement", "2015-03", "month", "which intervened in Yemen's war in March 2015", O, actors=["Saudi-led coalition"]),
    ev(a, "clash", "2018-06-13", "day", "launched the assault on Hodeidah last Wednesday after the Houthis ignored a deadline to hand over the port", locs=["Hodeidah"], actors=["Saudi-led coalition", "Houthis"]),
    ev(a, "bombing", ("2018-06-13", "2018-06-20"), "range", "Warplanes and warships have since pounded Houthi positions along the coast", O, actors=["Saudi-led coalition", "Houthis"]),
    ev(a, "military_movement", ("2018-06-13", "2018-06-20"), "range", "ground forces, including brigades commanded by Tareq Saleh, a nephew of the late former president Ali Abdullah Saleh, pushed up from the south", O, actors=["Tareq Saleh"]),
    ev(a, "casualty_report", ("2018-06-13", "2018-06-20"), "range", "Medical sources in Hodeidah said at least 280 people had been killed in the fighting, most of them Houthi fighters", locs=["Hodeidah"], killed=280),
    ev(a, "casualty_report", ("2018-06-13", "2018-06-19"), "range", "The coalition said on Tuesday that more than 500 Houthis had been killed since June 13 and dozens captured", status="claimed", actors=["Saudi-led coalition", "Houthis"], killed=500),
    ev(a, "bombing", "2018-06-18", "day", "The Houthi-run health ministry said coalition air strikes on Monday killed nine civilians, among them four children, in the town of al-Tuhayta, south of the city", status="claimed", locs=["al-Tuhayta"], actors=["Saudi-led coalition"], killed=9),
    ev(a, "attack_on_civilians", "2018-06-18", "day", "The Houthi-run health ministry said coalition air strikes on Monday killed nine civilians, among them four children, in the town of al-Tuhayta, south of the city", O, status="claimed", locs=["al-Tuhayta"], actors=["Saudi-led coalition"], killed=9),
    ev(a, "casualty_report", "2018-06-18", "day", "The Houthi-run health ministry said coalition air strikes on Monday killed nine civilians, among them four children, in the town of al-Tuhayta, south of the city", O, status="claimed", locs=["al-Tuhayta"], killed=9),
    ev(a, "statement", None, "unknown", "The coalition says it does not target civilians and accuses the Houthis of using residents as human shields.", O, actors=["Saudi-led coalition"]),
    ev(a, "bombing", "2018-06-19", "day", "Late on Tuesday, Saudi air defences intercepted a ballistic missile fired by the Houthis towards the southern Saudi city of Jizan", locs=["Jizan"], actors=["Houthis"]),
    ev(a, "negotiation", ("2018-06-16", "2018-06-19"), "range", "U.N. special envoy Martin Griffiths left Sanaa on Tuesday after four days of talks with Houthi leaders, including the movement's head Abdul-Malik al-Houthi", locs=["Sanaa"], actors=["Martin Griffiths", "Abdul-Malik al-Houthi", "Houthis"]),
    ev(a, "negotiation", ("2018-06-20", "2018-06-24"), "range", "He is expected to meet Hadi in Aden later this week", status="planned", locs=["Aden"], actors=["Martin Griffiths", "Abd-Rabbu Mansour Hadi"]),
    ev(a, "statement", None, "unknown", "A source familiar with the talks said the Houthis had signalled they could accept a U.N. role in running the port", O, actors=["Houthis"]),
    ev(a, "statement", "2018-06-18", "day", "UAE Minister of State for Foreign Affairs Anwar Gargash said on Twitter on Monday", O, actors=["Anwar Gargash"]),
    ev(a, "negotiation", "2018-06-14", "day", "The U.N. Security Council, which met behind closed doors last Thursday to discuss the assault", actors=["UN Security Council"]),
    trap(a, "Aid agencies fear that a battle inside the densely populated city of 600,000 people could shut the port"),
    ev(a, "aid_change", ("2018-06-11", "2018-06-17"), "range", "The United Nations pulled its international staff out of Hodeidah last week.", locs=["Hodeidah"], actors=["United Nations"]),
    ev(a, "statement", "2018-06", "month", "Lise Grande, the U.N. humanitarian coordinator for Yemen, warned earlier this month", O, actors=["Lise Grande"]),
    ev(a, "statement", "2018-06-19", "day", "On Tuesday the World Food Programme said ships were still docking at the port", O, actors=["World Food Programme"]),
    ev(a, "territory_change", "2014-09", "month", "The Houthis, who seized Sanaa in September 2014", O, locs=["Sanaa"], actors=["Houthis"]),
    trap(a, "The three-year war has killed more than 10,000 people and pushed 8.4 million to the verge of starvation, according to the United Nations."),
    ev(a, "statement", ("2018-06-11", "2018-06-17"), "range", "British Foreign Secretary Boris Johnson said last week that London had told the UAE", O, actors=["Boris Johnson"]),
]
a = "afghanistan_ghazni_2018"  # Tue 2018-08-14
G += [
    ev(a, "clash", "2018-08-14", "day", "Afghan commandos and police officers fought house to house in the city of Ghazni on Tuesday", locs=["Ghazni"], actors=["Afghan commandos", "Afghan police", "Taliban"]),
    ev(a, "clash", ("2018-08-10", "2018-08-14"), "range", "five days into an insurgent assault on the provincial capital", O, locs=["Ghazni"], actors=["Taliban"]),
    # (Kunduz: a background clause with a year only; optional, not a trap, since it is a real, datable event)
    ev(a, "territory_change", None, "unknown", "since the Taliban briefly overran Kunduz in 2015", O, locs=["Kunduz"], actors=["Taliban"]),
    ev(a, "clash", "2018-08-10", "day", "began before dawn on Friday, when hundreds of fighters attacked the city from several directions at once", locs=["Ghazni"], actors=["Taliban"]),
    ev(a, "territory_change", "2018-08-10", "approx", "They overran checkpoints on the outskirts, set fire to the governor's compound and the main market, and besieged the police headquarters", O, locs=["Ghazni"], actors=["Taliban"]),
    ev(a, "clash", ("2018-08-10", "2018-08-11"), "range", "By Saturday morning, the insurgents had destroyed a telecommunications tower", O, locs=["Ghazni"], actors=["Taliban"]),
    ev(a, "casualty_report", ("2018-08-10", "2018-08-13"), "range", "about 100 members of the security forces and 20 civilians had been killed since Friday", locs=["Ghazni"], killed=120),
    ev(a, "statement", "2018-08-13", "day", "Defense Minister Tariq Shah Bahrami told reporters in Kabul on Monday", O, actors=["Tariq Shah Bahrami"]),
    ev(a, "casualty_report", ("2018-08-10", "2018-08-13"), "range", "194 Taliban fighters had died, among them several foreign militants", O, actors=["Taliban"], killed=194),
    ev(a, "casualty_report", ("2018-08-10", "2018-08-12"), "range", "the city's hospital had received more than 120 bodies by Sunday evening", O, status="claimed", locs=["Ghazni"], killed=120),
    ev(a, "casualty_report", ("2018-08-10", "2018-08-14"), "range", "claimed to have killed more than 140 soldiers and police officers", O, status="claimed", actors=["Taliban"], killed=140),
    ev(a, "bombing", ("2018-08-10", "2018-08-14"), "range", "American aircraft have been striking Taliban positions in and around the city since Friday.", locs=["Ghazni"], actors=["United States", "Taliban"]),
    ev(a, "bombing", ("2018-08-10", "2018-08-12"), "range", "American warplanes, drones and helicopters had carried out more than two dozen airstrikes, killing more than 140 insurgents", locs=["Ghazni"], actors=["United States", "Taliban"], killed=140),
    ev(a, "statement", "2018-08-12", "day", "Lt. Col. Martin O'Donnell, a spokesman for United States forces in Afghanistan, said on Sunday", O, actors=["Martin O'Donnell"]),
    ev(a, "military_movement", None, "unknown", "a small number of American Special Forces advisers had been sent into the city", O, locs=["Ghazni"], actors=["United States"]),
    ev(a, "statement", None, "unknown", "\"Ghazni city remains under Afghan government control,\" Colonel O'Donnell said.", O, actors=["Martin O'Donnell"]),
    ev(a, "military_movement", ("2018-08-11", "2018-08-12"), "range", "About 1,000 Afghan commandos and army reinforcements were flown in or sent by road from neighboring provinces over the weekend", locs=["Ghazni"], actors=["Afghan commandos"], count=1000),
    ev(a, "clash", ("2018-08-11", "2018-08-12"), "range", "some convoys were ambushed on the highway and had to fight their way in", O),
    ev(a, "territory_change", "2018-08-13", "approx", "By Monday, government forces had retaken the police headquarters and most of the city center, according to the Interior Ministry.", locs=["Ghazni"], actors=["Afghan government forces"]),
    trap(a, "Had Ghazni fallen, the Taliban would have controlled a stretch of the main highway linking Kabul to Kandahar"),
    ev(a, "territory_change", "2018-08-14", "day", "Taliban fighters overran an Afghan Army base in Ghormach district early Tuesday after a siege of several days, killing at least 17 soldiers", locs=["Ghormach", "Faryab"], actors=["Taliban", "Afghan Army"], killed=17),
    ev(a, "clash", "2018-08-14", "day", "Taliban fighters overran an Afghan Army base in Ghormach district early Tuesday after a siege of several days, killing at least 17 soldiers", O, locs=["Ghormach", "Faryab"], actors=["Taliban", "Afghan Army"], killed=17),
    ev(a, "casualty_report", "2018-08-14", "day", "Taliban fighters overran an Afghan Army base in Ghormach district early Tuesday after a siege of several days, killing at least 17 soldiers", O, locs=["Ghormach"], killed=17),
    ev(a, "abduction", "2018-08-14", "approx", "About 40 soldiers who had surrendered were taken away by the insurgents", O, locs=["Ghormach"], actors=["Taliban"], count=40),
    ev(a, "territory_change", "2018-05", "month", "In May, Taliban fighters stormed the western city of Farah and held parts of it for more than a day", locs=["Farah"], actors=["Taliban"]),
    ev(a, "negotiation", None, "unknown", "a senior American diplomat, Alice G. Wells, met Taliban representatives in Qatar, according to Taliban officials", status="claimed", locs=["Qatar"], actors=["Alice G. Wells", "Taliban"]),
    ev(a, "agreement", "2018-06", "month", "The insurgents had also observed a three-day cease-fire with the government over the Eid al-Fitr holiday in June", actors=["Taliban", "Afghan government"]),
    ev(a, "election", "2018-10-20", "day", "Parliamentary elections, already delayed by more than three years, are scheduled for Oct. 20.", status="planned"),
    ev(a, "aid_change", "2018-08-14", "approx", "the International Committee of the Red Cross said it had delivered medical supplies to the provincial hospital", O, locs=["Ghazni"], actors=["International Committee of the Red Cross"]),
]
a = "drc_ituri_2020"  # Wed 2020-05-20
G += [
    ev(a, "attack_on_civilians", "2020-05-18", "approx", "Militiamen killed at least 17 people, including six children, in an attack on a camp for displaced people in northeastern Congo's Ituri province", locs=["Ituri"], actors=["CODECO"], killed=17),
    ev(a, "attack_on_civilians", "2020-05-18", "day", "entered the Djaiba displacement site near the town of Fataki in Djugu territory late on Monday and set fire to dozens of shelters", locs=["Djaiba", "Fataki", "Djugu", "Ituri"], actors=["CODECO"], killed=17),
    ev(a, "casualty_report", "2020-05-18", "approx", "A civil society leader in Djugu said 22 bodies had been recovered by Tuesday afternoon", O, status="claimed", locs=["Djaiba"], killed=22),
    ev(a, "casualty_report", "2020-05-18", "approx", "the army said it had counted 12 dead", O, status="claimed", locs=["Djaiba"], killed=12),
    ev(a, "clash", "2020-05-19", "day", "soldiers pursuing the attackers had killed four militiamen in a firefight near the village of Nizi on Tuesday", locs=["Nizi"], actors=["Congolese army", "CODECO"], killed=4),
    # "two days after" the Monday-night attack: Saturday, inferred from the previous paragraph
    ev(a, "attack_on_civilians", "2020-05-16", "approx", "The attack came two days after suspected CODECO fighters raided the village of Tche, about 30 km (19 miles) away, killing eight people and burning homes", locs=["Tche"], actors=["CODECO"], killed=8),
    ev(a, "attack_on_civilians", "2020-05", "month", "Earlier this month, gunmen ambushed vehicles on the road between Bunia and Mahagi, killing at least 11 passengers", locs=["Bunia", "Mahagi"], killed=11),
    ev(a, "casualty_report", None, "unknown", "has been blamed for hundreds of deaths since violence flared in Djugu in late 2017", O, locs=["Djugu"], actors=["CODECO"]),
    ev(a, "statement", "2020-05-20", "day", "A man who said he spoke for one of the group's factions denied on Wednesday that its fighters had attacked the camp", O, actors=["CODECO"]),
    ev(a, "clash", "2020-03", "month", "the army killed its leader, Justin Ngudjolo, in an operation in late March", actors=["Congolese army", "CODECO", "Justin Ngudjolo"], killed=1),
    ev(a, "statement", "2020-05-19", "day", "MONUSCO, condemned the attack on Tuesday", O, actors=["MONUSCO"]),
    ev(a, "military_movement", "2020-05-19", "approx", "said it had sent additional peacekeepers to reinforce its temporary bases near displacement sites in Djugu", locs=["Djugu"], actors=["MONUSCO"]),
    ev(a, "statement", None, "unknown", "Leila Zerrougui, the head of MONUSCO, urged Hema and Lendu community leaders to reject calls for revenge", O, actors=["Leila Zerrougui"]),
    ev(a, "casualty_report", ("2019-10-01", "2020-04-30"), "range", "at least 296 civilians had been killed in Djugu and neighbouring Mahagi territories between October and April", locs=["Djugu", "Mahagi"], killed=296),
    ev(a, "statement", "2020-05", "month", "The U.N. Joint Human Rights Office said this month", O, actors=["UN Joint Human Rights Office"]),
    ev(a, "aid_change", "2020-05-18", "approx", "Medecins Sans Frontieres (MSF) said on Monday that it had temporarily suspended its mobile clinics in parts of Djugu", locs=["Djugu"], actors=["Medecins Sans Frontieres"]),
    ev(a, "attack_on_civilians", None, "unknown", "after one of its vehicles was shot at", O, actors=["Medecins Sans Frontieres"]),
    trap(a, "Social media posts on Tuesday said militiamen had entered the outskirts of Bunia, but the provincial government said the reports were false and the city was calm."),
    ev(a, "negotiation", "2020-05-23", "day", "Ituri Governor Jean Bamanisa Saidi said he would meet Hema and Lendu traditional leaders in Bunia on Saturday", status="planned", locs=["Bunia"], actors=["Jean Bamanisa Saidi"]),
    ev(a, "statement", None, "unknown", "called on militiamen to lay down their arms in exchange for reintegration into civilian life", O, actors=["Jean Bamanisa Saidi"]),
    ev(a, "clash", None, "unknown", "when clashes between Hema and Lendu militias killed tens of thousands of people", O, locs=["Ituri"]),
    ev(a, "clash", ("2019-01-01", "2019-12-31"), "range", "Congo's army launched a new offensive against CODECO in Djugu last year", O, locs=["Djugu"], actors=["Congolese army", "CODECO"]),
]
a = "armenia_azerbaijan_2022"  # Mon 2022-09-19
G += [
    ev(a, "clash", "2022-09-19", "approx", "both sides accused each other of firing small arms along the border overnight", O, status="claimed"),
    ev(a, "clash", "2022-09-18", "day", "Armenia's Defense Ministry said Azerbaijani troops fired on Armenian positions near the village of Verin Shorzha in the Gegharkunik Province late on September 18", status="claimed", locs=["Verin Shorzha", "Gegharkunik"], actors=["Azerbaijani forces", "Armenian forces"]),
    ev(a, "clash", "2022-09-18", "approx", "Baku said Armenian forces had opened fire first near Kalbajar", O, status="claimed", locs=["Kalbajar"], actors=["Armenian forces", "Azerbaijani forces"]),
    ev(a, "bombing", "2022-09-13", "day", "The fighting erupted shortly after midnight on September 13, when Azerbaijani forces shelled towns and military positions inside Armenia, including Jermuk, Goris, Kapan, and Vardenis, with artillery, mortars, and drones", locs=["Jermuk", "Goris", "Kapan", "Vardenis", "Armenia"], actors=["Azerbaijani forces"]),
    ev(a, "clash", "2022-09-13", "day", "The fighting erupted shortly after midnight on September 13, when Azerbaijani forces shelled towns and military positions inside Armenia, including Jermuk, Goris, Kapan, and Vardenis, with artillery, mortars, and drones", O, locs=["Armenia"], actors=["Azerbaijani forces", "Armenian forces"]),
    ev(a, "statement", None, "unknown", "Azerbaijan said its troops had responded to \"large-scale provocations\" by Armenian units", O, actors=["Azerbaijan"]),
    ev(a, "clash", ("2022-09-13", "2022-09-14"), "range", "Two days of heavy fighting followed.", actors=["Azerbaijani forces", "Armenian forces"]),
    ev(a, "statement", "2022-09-14", "day", "Prime Minister Nikol Pashinian told parliament on September 14", O, actors=["Nikol Pashinian"]),
    ev(a, "territory_change", ("2022-09-13", "2022-09-14"), "range", "Azerbaijani troops had occupied about 10 square kilometers of Armenian territory since the fighting began", status="claimed", locs=["Armenia"], actors=["Azerbaijani forces"]),
    ev(a, "casualty_report", "2022-09-13", "day", "Pashinian put the number of servicemen killed at 49 on the first day", O, killed=49),
    ev(a, "casualty_report", ("2022-09-13", "2022-09-15"), "range", "on September 15 the Defense Ministry said 135 had died, and dozens more remain missing", actors=["Armenian forces"], killed=135),
    # (no date in the sentence; the toll is for the fighting of September 13-14 as reported by publication)
    ev(a, "casualty_report", ("2022-09-13", "2022-09-19"), "range", "Azerbaijan has reported 80 of its soldiers killed.", O, actors=["Azerbaijani forces"], killed=80),
    ev(a, "agreement", "2022-09-13", "day", "Moscow announced on the morning of September 13 that it had brokered a truce", actors=["Russia"]),
    ev(a, "bombing", "2022-09-14", "day", "the shelling continued into the next day", O),
    ev(a, "agreement", "2022-09-14", "day", "A second cease-fire took effect at 8 p.m. local time on September 14", actors=["Armenia", "Azerbaijan"]),
    ev(a, "statement", "2022-09-14", "approx", "Armen Grigorian, the secretary of Armenia's Security Council, said in a televised statement", O, actors=["Armen Grigorian"]),
    ev(a, "protest", "2022-09-14", "approx", "Hours later, thousands of protesters gathered outside the government headquarters in Yerevan", locs=["Yerevan"]),
    ev(a, "statement", None, "unknown", "The prime minister's office denied that any agreement on territory was being prepared.", O),
    ev(a, "statement", "2022-09-17", "day", "On September 17, Azerbaijan's State Commission on Prisoners of War, Hostages, and Missing Persons said Baku would unilaterally hand over the bodies of up to 100 Armenian servicemen", O, actors=["Azerbaijan"]),
    ev(a, "release", None, "unknown", "Baku would unilaterally hand over the bodies of up to 100 Armenian servicemen", O, status="planned", actors=["Azerbaijan"], count=100),
    # (a handover of bodies: release, the nearest type, or agreement; neither required, as a
    # release is of living people; made optional in review before the first run)
    ev(a, "release", "2022-09-18", "day", "the bodies of 32 soldiers were transferred near the village of Sotk on September 18", O, locs=["Sotk"], actors=["Azerbaijan", "Armenia"], count=32),
    ev(a, "agreement", "2022-09-18", "day", "the bodies of 32 soldiers were transferred near the village of Sotk on September 18", O, locs=["Sotk"], actors=["Azerbaijan", "Armenia"], count=32),
    ev(a, "abduction", ("2022-09-13", "2022-09-14"), "range", "Yerevan says at least 20 Armenian soldiers were captured during the fighting", O, status="claimed", actors=["Azerbaijani forces"], count=20),
    ev(a, "release", None, "unknown", "Both governments have said they are prepared in principle to exchange all prisoners, though no date has been set.", O, status="planned", actors=["Armenia", "Azerbaijan"]),
    trap(a, "The Armenian Defense Ministry dismissed as \"disinformation\" reports circulating on Azerbaijani social-media channels that Armenian troops had abandoned their positions around Jermuk."),
    ev(a, "statement", "2022-09-13", "day", "Armenia on September 13 formally asked the Russia-led Collective Security Treaty Organization (CSTO) for military assistance", O, actors=["Armenia", "CSTO"]),
    ev(a, "negotiation", ("2022-09-19", "2022-09-25"), "range", "which is expected in Armenia this week", O, status="planned", locs=["Armenia"], actors=["CSTO"]),
    ev(a, "statement", "2022-09-18", "day", "blamed Azerbaijan for the flare-up during a news conference with her Armenian counterpart, Alen Simonian, on September 18", O, locs=["Yerevan"], actors=["Nancy Pelosi"]),
    ev(a, "statement", None, "unknown", "Azerbaijan's Foreign Ministry called her remarks \"unfounded and unfair.\"", O, actors=["Azerbaijan"]),
    ev(a, "negotiation", "2022-09-19", "day", "are due to meet with U.S. Secretary of State Antony Blinken on the sidelines of the UN General Assembly in New York later on September 19", status="planned", locs=["New York"], actors=["Ararat Mirzoyan", "Jeyhun Bayramov", "Antony Blinken"]),
    ev(a, "clash", None, "unknown", "Armenia and Azerbaijan fought a six-week war in the autumn of 2020 in which more than 6,500 people were killed", O, locs=["Nagorno-Karabakh"], killed=6500),
    ev(a, "agreement", ("2020-11-09", "2020-11-10"), "range", "That conflict ended with a Russian-brokered agreement signed on November 9-10, 2020", locs=["Nagorno-Karabakh"], actors=["Russia", "Armenia", "Azerbaijan"]),
    ev(a, "military_movement", None, "unknown", "some 2,000 Russian peacekeepers were deployed to the region", O, locs=["Nagorno-Karabakh"], actors=["Russia"], count=2000),
]
a = "burkina_solhan_2021"  # Tue 2021-06-08
G += [
    ev(a, "statement", "2021-06-07", "day", "Burkina Faso on Monday ended three days of national mourning", O),
    ev(a, "attack_on_civilians", ("2021-06-04", "2021-06-05"), "range", "Gunmen stormed the village of Solhan, in Yagha province near the border with Niger, overnight from Friday to Saturday, killing at least 132 people", locs=["Solhan", "Yagha"], killed=132),
    ev(a, "casualty_report", ("2021-06-04", "2021-06-05"), "range", "Gunmen stormed the village of Solhan, in Yagha province near the border with Niger, overnight from Friday to Saturday, killing at least 132 people", O, locs=["Solhan"], killed=132),
    ev(a, "casualty_report", "2021-06-05", "approx", "Local sources said the toll was higher, at around 160, including about 20 children", O, status="claimed", locs=["Solhan"], killed=160),
    ev(a, "clash", "2021-06-05", "approx", "first targeted a post of the Volunteers for the Defence of the Homeland (VDP)", O, locs=["Solhan"], actors=["Volunteers for the Defense of the Homeland"]),
    ev(a, "attack_on_civilians", "2021-06-05", "approx", "before going from house to house shooting residents and setting fire to homes and the market", O, locs=["Solhan"]),
    ev(a, "casualty_report", "2021-06-05", "day", "The government initially put the death toll at 100 on Saturday morning, before raising it to 132 later that day.", O, locs=["Solhan"], killed=132),
    ev(a, "statement", None, "unknown", "Government spokesman Ousséni Tamboura said the victims had been killed by \"terrorists\"", O, actors=["Ousséni Tamboura"]),
    ev(a, "attack_on_civilians", "2021-06-04", "day", "on Friday evening, 14 people including a VDP member were killed in an attack on the village of Tadaryat", locs=["Tadaryat"], killed=14),
    trap(a, "artisanal gold mining has exploded across the Sahel region in recent years"),
    ev(a, "statement", "2021-06-05", "day", "President Roch Marc Christian Kaboré, who declared 72 hours of national mourning on Saturday", O, actors=["Roch Marc Christian Kaboré"]),
    ev(a, "statement", None, "unknown", "UN Secretary-General Antonio Guterres said he was \"outraged\" by the killings", O, actors=["Antonio Guterres"]),
    ev(a, "protest", "2021-06-07", "day", "On Monday, hundreds of people marched through Dori, the capital of the Sahel region", locs=["Dori"]),
    ev(a, "protest", "2021-06-06", "approx", "A day earlier, residents of Sebba staged a sit-in outside the prefecture.", locs=["Sebba"]),
    ev(a, "protest", "2021-06", "month", "have announced a rally in Ouagadougou for later this month", status="planned", locs=["Ouagadougou"]),
    ev(a, "military_movement", "2021-06-06", "approx", "The army said on Sunday it had sent reinforcements to Yagha province and launched an operation to track down the attackers", locs=["Yagha"], actors=["Burkina Faso army"]),
    ev(a, "election", "2020-11", "month", "Kaboré was re-elected in November on a pledge to restore security", O, actors=["Roch Marc Christian Kaboré"]),
    ev(a, "attack_on_civilians", "2021-05", "month", "Last month, gunmen killed 30 people in the village of Kodyel, in the east of the country", locs=["Kodyel"], killed=30),
    # (victims were two journalists and a conservationist with a patrol: attack_on_civilians required, clash optional)
    ev(a, "attack_on_civilians", "2021-04", "month", "in April, jihadists ambushed an anti-poaching patrol in the east, killing two Spanish journalists and an Irish conservationist", killed=3),
    ev(a, "clash", "2021-04", "month", "in April, jihadists ambushed an anti-poaching patrol in the east, killing two Spanish journalists and an Irish conservationist", O, killed=3),
    ev(a, "attack_on_civilians", "2019-12", "month", "The previous deadliest attack on civilians came in December 2019, when 35 civilians, most of them women, were killed in an assault on the northern town of Arbinda", O, locs=["Arbinda"], killed=35),
    trap(a, "Jihadist violence in Burkina Faso, which began in 2015, has killed more than 1,400 people and forced more than a million to flee their homes."),
]
a = "sudan_darfur_geneina_2023"  # Sat 2023-06-17
G += [
    ev(a, "bombing", "2023-06-17", "day", "An airstrike hit a residential area in Sudan's capital Saturday, killing at least 17 people including five children", locs=["Yarmouk", "Khartoum"], killed=17),
    ev(a, "casualty_report", "2023-06-17", "day", "An airstrike hit a residential area in Sudan's capital Saturday, killing at least 17 people including five children", O, locs=["Khartoum"], killed=17),
    ev(a, "attack_on_civilians", "2023-06-17", "day", "An airstrike hit a residential area in Sudan's capital Saturday, killing at least 17 people including five children", O, locs=["Khartoum"], killed=17),
    ev(a, "attack_on_civilians", None, "unknown", "attacks by a powerful paramilitary force and allied Arab militias in the western Darfur region drove tens of thousands of people across the border into Chad", O, locs=["Darfur"], actors=["Rapid Support Forces"]),
    ev(a, "bombing", "2023-06-17", "approx", "The strike hit houses in Khartoum's southern Yarmouk neighborhood", O, locs=["Yarmouk", "Khartoum"]),
    ev(a, "statement", None, "unknown", "The Rapid Support Forces blamed the military", O, actors=["Rapid Support Forces"]),
    ev(a, "attack_on_civilians", None, "unknown", "the RSF and Arab militias known as janjaweed have repeatedly attacked neighborhoods populated by the Masalit", locs=["Genena", "West Darfur"], actors=["Rapid Support Forces", "Janjaweed"]),
    ev(a, "attack_on_civilians", "2023-06-14", "day", "On Wednesday, West Darfur Gov. Khamis Abdullah Abakar was abducted and killed", locs=["Genena", "West Darfur"], actors=["Rapid Support Forces", "Khamis Abdullah Abakar"], killed=1),
    ev(a, "abduction", "2023-06-14", "day", "On Wednesday, West Darfur Gov. Khamis Abdullah Abakar was abducted and killed", O, locs=["Genena"], actors=["Rapid Support Forces", "Khamis Abdullah Abakar"]),
    ev(a, "abduction", "2023-06-14", "approx", "Footage circulated on social media appeared to show Abakar, a Masalit, being led away by uniformed RSF fighters.", O, status="claimed", locs=["Genena"], actors=["Rapid Support Forces", "Khamis Abdullah Abakar"]),
    ev(a, "statement", "2023-06-14", "approx", "he accused the RSF in a television interview of carrying out a \"genocide\" in the city", O, actors=["Khamis Abdullah Abakar"]),
    ev(a, "statement", None, "unknown", "The military called the killing a \"heinous crime\" and blamed the RSF.", O, actors=["Sudanese Armed Forces"]),
    ev(a, "statement", None, "unknown", "The paramilitary denied involvement", O, actors=["Rapid Support Forces"]),
    ev(a, "statement", "2023-06-13", "day", "Volker Perthes, the U.N. envoy for Sudan, said Tuesday", O, actors=["Volker Perthes"]),
    ev(a, "statement", ("2023-06-05", "2023-06-11"), "range", "The military declared Perthes persona non grata last week.", O, actors=["Sudanese Armed Forces", "Volker Perthes"]),
    ev(a, "casualty_report", ("2023-04-24", "2023-06-17"), "range", "The Sudan Doctors' Syndicate said at least 1,100 people had been killed in Genena since fighting erupted there on April 24", locs=["Genena"], killed=1100),
    ev(a, "clash", "2023-04-24", "day", "since fighting erupted there on April 24", O, locs=["Genena"]),
    ev(a, "attack_on_civilians", "2023-06-15", "day", "gunmen on motorcycles fired on crowds of people fleeing on foot Thursday, killing several", status="claimed", locs=["Genena", "Adre"]),
    ev(a, "clash", "2023-04-15", "day", "Sudan plunged into chaos April 15, when months of tensions between the military, led by Gen. Abdel Fattah Burhan, and the RSF, commanded by Gen. Mohammed Hamdan Dagalo, exploded into open fighting in Khartoum and elsewhere", locs=["Khartoum"], actors=["Sudanese Armed Forces", "Rapid Support Forces"]),
    ev(a, "statement", "2023-06-17", "day", "Health Minister Haitham Mohammed Ibrahim said in a televised interview Saturday", O, actors=["Haitham Mohammed Ibrahim"]),
    ev(a, "casualty_report", ("2023-04-15", "2023-06-17"), "range", "more than 3,000 people had been killed and more than 6,000 wounded across the country", locs=["Sudan"], killed=3000),
    ev(a, "negotiation", None, "unknown", "which have mediated talks between the two sides in the Saudi coastal city of Jeddah", O, locs=["Jeddah"], actors=["Saudi Arabia", "United States"]),
    ev(a, "agreement", "2023-06-17", "day", "announced Saturday that the warring parties had agreed to a 72-hour nationwide cease-fire", actors=["Saudi Arabia", "United States", "Sudanese Armed Forces", "Rapid Support Forces"]),
    ev(a, "agreement", "2023-06-18", "day", "The truce is to take effect at 6 a.m. Sunday", O, status="planned"),
    ev(a, "agreement", "2023-05-20", "day", "a weeklong truce agreed in Jeddah on May 20", locs=["Jeddah"], actors=["Sudanese Armed Forces", "Rapid Support Forces"]),
    ev(a, "negotiation", "2023-05", "month", "The military suspended its participation in the talks late last month", O, actors=["Sudanese Armed Forces"]),
    ev(a, "negotiation", "2023-06-19", "day", "A U.N.-led conference to raise money for Sudan's humanitarian response is scheduled to be held in Geneva on Monday", status="planned", locs=["Geneva"], actors=["United Nations"]),
    ev(a, "aid_change", "2023-06-19", "day", "A U.N.-led conference to raise money for Sudan's humanitarian response is scheduled to be held in Geneva on Monday", O, status="planned", locs=["Geneva"], actors=["United Nations"]),
    trap(a, "Darfur was the scene of a bloody conflict in the early 2000s"),
    trap(a, "Up to 300,000 people were killed and 2.7 million were driven from their homes."),
]

MANIFEST = [
    {"key": "yemen_hodeidah_2018", "outlet": "Reuters", "published": "2018-06-20"},
    {"key": "afghanistan_ghazni_2018", "outlet": "The New York Times", "published": "2018-08-14"},
    {"key": "drc_ituri_2020", "outlet": "Reuters", "published": "2020-05-20"},
    {"key": "armenia_azerbaijan_2022", "outlet": "RFE/RL", "published": "2022-09-19"},
    {"key": "burkina_solhan_2021", "outlet": "France 24", "published": "2021-06-08"},
    {"key": "sudan_darfur_geneina_2023", "outlet": "Associated Press", "published": "2023-06-17"},
]

if __name__ == "__main__":
    write(HERE, G, MANIFEST)
