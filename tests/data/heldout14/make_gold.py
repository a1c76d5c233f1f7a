"""Gold for the fourteenth dev set, coded by hand and blind (without reading the extractor or running
it on these texts): Dagestan (the Novolaksky incursion and the Buynaksk bomb, 1999), Liberia (the
LURD siege of Monrovia, 2003), Sri Lanka (the Digampathana truck bomb, 2006), Ethiopia-Eritrea
(the fall of Barentu, 2000), Niger (the Banibangou market massacre, Tillaberi, 2021) and
Israel-Gaza (the seventh day of the hostage truce, 2023), written for this set in the styles of
The Moscow Times, IRIN, The Hindu, Reuters, RFI English and The Times of Israel.

Date phenomena: a Tuesday morning paper (Moscow Times) with "on Monday", weekdays without "on"
("before dawn Sunday", "late Saturday", "said Monday"), "Overnight" (the night before publication),
"last Tuesday" in a Tuesday article (a week back), "at the weekend", "last week" (twice: a capture
and an appeal), "last month" (an appointment), "Aug. 7", "Aug. 23", "Since Aug. 29" (a range to the
publication day), "last year" (1998), "March 5" (earlier this year), a session "on Wednesday" and the
"Dec. 19" Duma vote still to come, "August 1996"; IRIN's "23 July 2003 (IRIN)" dateline with "on
Tuesday", "The previous day", "later" and "the same afternoon" inheriting it, "last Friday" in a
Wednesday article, "on Saturday", "since the start of the month", "over the weekend", "on Sunday
... released unharmed two days later", "on 17 June", "between 24 and 27 June", "on 4 June" and "on
the day the talks opened", "this week", a meeting "on Friday" still to come, "said last week",
"Christmas Eve 1989", "July 1997"; The Hindu's print dateline "COLOMBO, OCT. 16." under a page date
of Tuesday, Oct 17 (so "this afternoon" and "this evening" are Monday the 16th, and "later this
week" is that week), "Within hours", "a day after", "Earlier this month" next to "on October 11",
"Last month", "in late July" / "in early August" / "in August" without a year, "On August 14",
talks "on October 28 and 29" to come, "in February", "February 2002", "in August last year";
Reuters' "last Friday" in a Friday article (a week back, the start of the offensive), "on Thursday
evening after three days of heavy fighting" (a range ending that day), "on Wednesday night" (the
other side's version), "Two days later", "since May 12", "in the past week", "earlier this month",
talks "due to start on May 29", elections "on Sunday", results and a postponed vote "next month",
"May 1998", "in February last year"; RFI's "on Monday", "Monday night", "Tuesday morning", "January
2" with a toll revised "two days later", "since the start of the year", "Earlier this month", "Last
week", "the February 21 presidential run-off" and results "two days later", "On polling day"
(inherited), a rally "on Saturday" still to come, "December 27" and "December 12" in a March article
(the previous year), a swearing-in "on April 2", "In August last year"; The Times of Israel's
"early Thursday", "overnight", "this evening" (planned), "Less than an hour after the extension
took effect" (inherited), "a year ago" (month precision), "On Wednesday night", "In return"
(inherited), "Since the truce took effect last Friday" in a Thursday article, "Also on Wednesday",
"On Tuesday", "said Wednesday", "on Thursday morning" and "in the afternoon" (planned, inherited),
"on Saturday night", "the October 7 onslaught" and "since then", "the October 2011 deal".

Tolls that disagree or are updated (Buynaksk 56 then 64; Monrovia 41 bodies v. "more than 60";
Digampathana 92 v. "more than 100"; Muhamalai 129 v. "more than 200"; Banibangou 58 v. 66; Tchoma
Bangou 70 then 100), claims denied (the Buynaksk bomb, the strikes in Chechnya, LURD's shelling, the
LTTE and Digampathana, the SLMM finding on Muttur, Chencholai, the fall of Barentu, Agordat, the
truce violation in Gaza, the Jenin shooting), kidnappings and releases, a prisoner-for-hostage
exchange, territory taken and retaken, air strikes, shelling, protests, talks, ceasefires signed,
extended and ignored, displacement, aid suspended.

Conventions as in heldout12/13: a single event's updated tolls are casualty_report rows dated by
the event (the latest official one required), competing tolls optional and `claimed`; a one-sided
account of an attack is `claimed`; "overnight" in a morning report is the night before publication
(approx); "last week" is the previous Monday-Sunday; statements, page furniture and marginal rows
are optional; whole-war tolls, hypotheticals, metaphors, a denied report and photo captions are
traps.
"""
import sys
from pathlib import Path

HERE = Path(__file__).parent
sys.path.insert(0, str(HERE.parent / "heldout"))
from make_gold import O, ev, trap, write  # noqa: E402

G = []
a = "dagestan_novolaksky_1999"  # Tue 1999-09-07 (morning paper: "on Monday" = the 6th)
G += [
    ev(a, "clash", "1999-09-06", "day", "Federal troops backed by helicopter gunships fought on Monday to dislodge hundreds of Chechen-based Islamic rebels from a string of villages in Dagestan's Novolaksky district", locs=["Novolaksky", "Dagestan"], actors=["Russian federal forces", "Shamil Basayev"]),
    ev(a, "territory_change", "1999-09-05", "day", "a day after the militants crossed the border in a second incursion that brought them within five kilometers of the town of Khasavyurt", O, locs=["Khasavyurt", "Novolaksky"], actors=["Shamil Basayev"]),
    ev(a, "territory_change", "1999-09-05", "day", "slipped across the border before dawn Sunday and seized Novolakskoye, Chapayevo, Shushiya and at least two other villages", locs=["Novolakskoye", "Chapayevo", "Shushiya", "Novolaksky"], actors=["Shamil Basayev", "Khattab"]),
    ev(a, "territory_change", "1999-09-06", "approx", "By Monday evening the Interior Ministry said federal forces had driven the rebels out of Shushiya", status="claimed", locs=["Shushiya"], actors=["Russian federal forces", "Interior Ministry"]),
    ev(a, "bombing", "1999-09-06", "approx", "were pounding their positions around Novolakskoye", O, locs=["Novolakskoye"], actors=["Russian federal forces"]),
    ev(a, "statement", None, "unknown", "A rebel spokesman insisted in a statement posted on a Chechen web site that the fighters still held every village they had taken", O),
    ev(a, "clash", "1999-09-05", "day", "rebels overran a checkpoint near the village of Tukhchar on Sunday", locs=["Tukhchar"], actors=["Shamil Basayev", "Russian federal forces"]),
    ev(a, "abduction", "1999-09-05", "day", "six servicemen had gone missing when rebels overran a checkpoint near the village of Tukhchar on Sunday and were feared to have been taken prisoner", O, status="claimed", locs=["Tukhchar"], count=6),
    ev(a, "bombing", "1999-09-06", "approx", "Overnight, Su-25 ground-attack jets struck rebel columns moving along the Chechen border", locs=["Novolaksky"], actors=["Russian federal forces"]),
    ev(a, "bombing", "1999-09-04", "day", "a truck bomb tore through a five-story apartment building housing the families of servicemen in Buynaksk, in central Dagestan, late Saturday", locs=["Buynaksk", "Dagestan"], killed=64),
    ev(a, "casualty_report", "1999-09-04", "approx", "Emergency Situations Ministry officials said Monday that the death toll had risen to 64, including 23 children", locs=["Buynaksk"], actors=["Emergency Situations Ministry"], killed=64),
    ev(a, "casualty_report", "1999-09-04", "approx", "On Sunday, officials had put the number of dead at 56.", O, locs=["Buynaksk"], killed=56),
    ev(a, "bombing", "1999-09-04", "approx", "A second truck loaded with 2.7 tons of explosives was found outside a military hospital in the town a few hours after the blast and was defused", O, locs=["Buynaksk"]),
    ev(a, "statement", None, "unknown", "Dagestan's Interior Ministry said it bore the hallmarks of the rebels", O),
    ev(a, "statement", "1999-09-05", "day", "Basayev denied any involvement in a telephone interview with Interfax on Sunday", O, actors=["Shamil Basayev"]),
    ev(a, "bombing", "1999-08-31", "day", "an explosion last Tuesday in the underground shopping mall on Manezh Square, just outside the Kremlin walls, which killed one person and injured more than 40", locs=["Manezh Square", "Moscow"], killed=1),
    ev(a, "statement", None, "unknown", "A previously unknown group calling itself the Dagestan Liberation Army claimed responsibility in a call to Interfax.", O, actors=["Dagestan Liberation Army"]),
    ev(a, "election", "1999-08", "month", "Prime Minister Vladimir Putin, who was appointed last month", O, actors=["Vladimir Putin"]),
    ev(a, "statement", "1999-09-06", "day", "told a Cabinet meeting on Monday that the government would not give up", O, actors=["Vladimir Putin"]),
    ev(a, "military_movement", "1999-09-06", "approx", "ordered the Interior and Defense ministries to seal the border with Chechnya", O, actors=["Vladimir Putin"]),
    ev(a, "negotiation", "1999-09-08", "day", "The Federation Council is to hear reports from the heads of the power ministries at a closed session on Wednesday", status="planned", locs=["Moscow"], actors=["Federation Council"]),
    ev(a, "bombing", ("1999-09-04", "1999-09-05"), "range", "federal aircraft had bombed villages in Chechnya's Nozhai-Yurt district at the weekend, killing four civilians", status="claimed", locs=["Nozhai-Yurt", "Chechnya"], actors=["Russian federal forces"], killed=4),
    ev(a, "statement", None, "unknown", "The federal command denied carrying out any strikes on Chechen territory.", O),
    ev(a, "territory_change", "1999-08-07", "day", "On Aug. 7, several hundred of them crossed into the mountainous Botlikh district and proclaimed an Islamic state.", locs=["Botlikh", "Dagestan"], actors=["Shamil Basayev"]),
    ev(a, "bombing", ("1999-08-07", "1999-08-21"), "range", "After two weeks of air strikes and artillery fire", O, locs=["Botlikh"], actors=["Russian federal forces"]),
    ev(a, "territory_change", "1999-08", "month", "federal forces retook the villages of Ansalta, Rakhata and Tando", locs=["Ansalta", "Rakhata", "Tando", "Botlikh"], actors=["Russian federal forces"]),
    ev(a, "statement", "1999-08-23", "day", "Basayev announced on Aug. 23 that his men were pulling back into Chechnya", O, actors=["Shamil Basayev"]),
    ev(a, "territory_change", "1999-08-23", "day", "Basayev announced on Aug. 23 that his men were pulling back into Chechnya", O, locs=["Botlikh"], actors=["Shamil Basayev"]),
    ev(a, "casualty_report", "1999-08", "month", "The Defense Ministry says more than 50 servicemen were killed in that campaign.", O, locs=["Botlikh"], killed=50),
    ev(a, "clash", ("1999-08-29", "1999-09-07"), "range", "Since Aug. 29, troops and Dagestani police have also been fighting to take Karamakhi and Chabanmakhi", locs=["Karamakhi", "Chabanmakhi", "Buynaksk"], actors=["Russian federal forces", "Dagestani police"]),
    ev(a, "territory_change", ("1998-01-01", "1998-12-31"), "range", "radical Islamists drove out the local authorities and introduced Shariah law last year", O, locs=["Karamakhi", "Chabanmakhi"]),
    ev(a, "territory_change", ("1999-08-30", "1999-09-05"), "range", "its troops had taken the heights above Karamakhi last week", locs=["Karamakhi"], actors=["Russian federal forces"]),
    ev(a, "statement", ("1999-08-30", "1999-09-05"), "range", "Last week, Dagestan's State Council appealed to Moscow to hand out weapons to village self-defense units.", O, actors=["Dagestan State Council"]),
    ev(a, "abduction", "1999-03-05", "day", "who was dragged off a Moscow-bound plane at Grozny airport on March 5", locs=["Grozny airport", "Grozny"], actors=["Gennady Shpigun"], count=1),
    ev(a, "statement", ("1999-09-05", "1999-09-07"), "range", "More than 20,000 people have fled the Novolaksky district and neighboring areas since Sunday", O, locs=["Novolaksky"]),
    trap(a, "If the rebels cut the highway between Khasavyurt and Makhachkala, federal units in the north of the republic would have to be supplied by air."),
    ev(a, "election", "1999-12-19", "day", "the Dec. 19 State Duma elections", status="planned", locs=["Russia"], actors=["State Duma"]),
    ev(a, "agreement", "1996-08", "month", "the accords signed there in August 1996 that ended Russia's 20-month war in Chechnya", O, locs=["Khasavyurt"]),
    trap(a, "That war killed tens of thousands of people, most of them civilians."),
    trap(a, "The Caucasus is a powder keg and somebody has lit the fuse"),
]
a = "liberia_monrovia_2003"  # Wed 2003-07-23
G += [
    ev(a, "bombing", "2003-07-22", "day", "Mortar bombs slammed into central Monrovia on Tuesday", locs=["Monrovia"], actors=["LURD"]),
    ev(a, "clash", "2003-07-22", "approx", "tried to force their way across the two bridges that link the port district of Bushrod Island to the city centre", locs=["Bushrod Island", "Monrovia"], actors=["LURD", "Liberian government forces"]),
    ev(a, "casualty_report", "2003-07-22", "day", "Doctors at the John F. Kennedy Memorial Hospital said they had received 41 bodies by Tuesday evening", locs=["Monrovia"], killed=41),
    ev(a, "casualty_report", "2003-07-22", "day", "the Ministry of Information put the day's death toll at more than 60", O, status="claimed", locs=["Monrovia"], actors=["Liberian government"], killed=60),
    ev(a, "bombing", "2003-07-22", "approx", "Several shells landed in the Mamba Point area", O, locs=["Mamba Point", "Monrovia"]),
    ev(a, "bombing", "2003-07-21", "day", "The previous day, a mortar round fell inside a compound opposite the residence of the US ambassador, killing at least 25 people who had sheltered there", locs=["Monrovia"], killed=25),
    ev(a, "protest", "2003-07-21", "approx", "Angry residents later carried 18 of the bodies to the gate of the US embassy and laid them out on the road", locs=["US embassy", "Monrovia"]),
    ev(a, "military_movement", "2003-07-21", "approx", "A detachment of US Marines was flown in by helicopter the same afternoon to reinforce the embassy guard", O, locs=["Monrovia"], actors=["US Marines"]),
    ev(a, "statement", None, "unknown", "LURD denied targeting civilians.", O, actors=["LURD"]),
    ev(a, "clash", "2003-07-18", "day", "LURD launched its third push on the capital last Friday", locs=["Monrovia"], actors=["LURD", "Liberian government forces"]),
    ev(a, "territory_change", "2003-07-19", "day", "The rebels took control of the Freeport of Monrovia on Saturday", locs=["Freeport of Monrovia", "Monrovia"], actors=["LURD"]),
    ev(a, "clash", ("2003-07-19", "2003-07-23"), "range", "have since been trading fire with government forces across the Old Bridge and the New Bridge over the Mesurado River", O, locs=["Old Bridge", "New Bridge", "Monrovia"], actors=["LURD", "Liberian government forces"]),
    ev(a, "territory_change", "2003-07-22", "approx", "Government troops said on Tuesday they had driven the rebels back from the foot of the New Bridge and recaptured Waterside market", status="claimed", locs=["Waterside market", "New Bridge", "Monrovia"], actors=["Liberian government forces", "LURD"]),
    ev(a, "casualty_report", ("2003-07-01", "2003-07-23"), "range", "The Ministry of Health says at least 600 people have been killed in Monrovia since the start of the month.", locs=["Monrovia"], actors=["Ministry of Health"], killed=600),
    trap(a, "Monrovia has become a prison with no doors"),
    ev(a, "aid_change", ("2003-07-19", "2003-07-21"), "range", "The World Food Programme (WFP) said on Monday that its warehouses in the Freeport, holding some 4,000 mt of food, had been looted after the port fell to the rebels", O, locs=["Freeport of Monrovia"], actors=["World Food Programme"]),
    ev(a, "aid_change", "2003-07-22", "day", "Action Contre la Faim suspended its therapeutic feeding programme on Bushrod Island on Tuesday", locs=["Bushrod Island"], actors=["Action Contre la Faim"]),
    ev(a, "bombing", "2003-07-22", "approx", "after a shell hit a house next to one of its centres", O, locs=["Bushrod Island"]),
    ev(a, "abduction", ("2003-07-19", "2003-07-20"), "range", "armed men had rounded up boys and young men at the Samuel K. Doe sports stadium, where tens of thousands of displaced people are sheltering, over the weekend and taken them to the front lines", locs=["Samuel K. Doe sports stadium", "Monrovia"]),
    ev(a, "abduction", "2003-07-20", "day", "Two Liberian staff members of an international NGO, seized by militiamen at a checkpoint in Sinkor on Sunday", locs=["Sinkor", "Monrovia"], count=2),
    ev(a, "release", "2003-07-22", "day", "were released unharmed two days later", locs=["Sinkor"], count=2),
    trap(a, "Displaced families shelter in a school in Mamba Point, Monrovia, July 2003."),
    ev(a, "agreement", "2003-06-17", "day", "the ceasefire that the government, LURD and the smaller Movement for Democracy in Liberia (MODEL) signed in the Ghanaian capital, Accra, on 17 June", locs=["Accra"], actors=["Liberian government", "LURD", "MODEL"]),
    ev(a, "clash", ("2003-06-24", "2003-06-27"), "range", "Fighting erupted again in the capital between 24 and 27 June", locs=["Monrovia"], actors=["LURD", "Liberian government forces"]),
    ev(a, "casualty_report", ("2003-06-24", "2003-06-27"), "range", "when hundreds of people were killed", O, locs=["Monrovia"]),
    ev(a, "negotiation", "2003-06-04", "day", "Peace talks in Accra, which opened on 4 June", O, locs=["Accra"]),
    ev(a, "negotiation", ("2003-07-21", "2003-07-23"), "range", "resumed this week under the mediation of former Nigerian head of state Abdulsalami Abubakar", locs=["Accra"], actors=["Abdulsalami Abubakar"]),
    ev(a, "statement", "2003-06-04", "approx", "Taylor was indicted for war crimes by the UN-backed Special Court for Sierra Leone on the day the talks opened", O, actors=["Special Court for Sierra Leone", "Charles Taylor"]),
    ev(a, "statement", None, "unknown", "has said he will step down only once international peacekeepers arrive", O, actors=["Charles Taylor"]),
    ev(a, "negotiation", "2003-07-25", "day", "West African defence chiefs are due to meet in Accra on Friday to finalise plans for a vanguard force of Nigerian troops", status="planned", locs=["Accra"], actors=["ECOWAS"]),
    ev(a, "statement", ("2003-07-14", "2003-07-20"), "range", "which Nigerian President Olusegun Obasanjo said last week could be deployed", O, actors=["Olusegun Obasanjo"]),
    ev(a, "clash", "1989-12-24", "day", "Taylor launched his rebellion from Cote d'Ivoire on Christmas Eve 1989", O, actors=["Charles Taylor"]),
    ev(a, "election", "1997-07", "month", "was elected president in July 1997", O, actors=["Charles Taylor"]),
    trap(a, "An estimated 200,000 people have been killed in Liberia's wars since then."),
]
a = "srilanka_habarana_2006"  # page date Tue 2006-10-17, dateline "COLOMBO, OCT. 16." (Monday)
G += [
    ev(a, "bombing", "2006-10-16", "day", "At least 92 Navy personnel were killed and over 150 injured when a suicide bomber drove an explosives-laden truck into a convoy of buses carrying sailors at Digampathana", locs=["Digampathana", "Habarana", "North Central Province"], actors=["LTTE", "Sri Lanka Navy"], killed=92),
    ev(a, "bombing", "2006-10-16", "approx", "when the truck rammed the buses shortly before 2 p.m.", O, locs=["Digampathana"]),
    ev(a, "casualty_report", "2006-10-16", "day", "The Defence Ministry put the toll at 92 this evening", locs=["Digampathana"], actors=["Defence Ministry"], killed=92),
    ev(a, "casualty_report", "2006-10-16", "approx", "said more than 100 bodies had been brought in", O, status="claimed", locs=["Polonnaruwa", "Dambulla"], killed=100),
    trap(a, "CARNAGE: Security personnel at the site of the suicide attack at Digampathana, near Habarana, on Monday. - Photo: AP"),
    ev(a, "statement", None, "unknown", "The Government blamed the Liberation Tigers of Tamil Eelam (LTTE) for the attack", O, actors=["Sri Lankan government"]),
    ev(a, "agreement", "2002-02", "month", "the Norwegian-brokered ceasefire agreement of February 2002", O, actors=["Sri Lankan government", "LTTE", "Norway"]),
    ev(a, "statement", "2006-10-16", "approx", "LTTE military spokesman Rasiah Ilanthiraiyan denied the organisation's involvement", O, actors=["Rasiah Ilanthiraiyan", "LTTE"]),
    ev(a, "bombing", "2006-10-16", "approx", "Within hours, Sri Lanka Air Force jets bombed what the military described as LTTE positions in the Kilinochchi and Mullaitivu districts", locs=["Kilinochchi", "Mullaitivu"], actors=["Sri Lanka Air Force", "LTTE"]),
    ev(a, "bombing", "2006-10-16", "approx", "the bombs fell near civilian settlements, wounding at least five people", O, status="claimed", locs=["Kilinochchi", "Mullaitivu"]),
    ev(a, "clash", "2006-10-15", "day", "The blast came a day after the Navy sank three Sea Tiger boats in a clash off Point Pedro", locs=["Point Pedro", "Jaffna"], actors=["Sri Lanka Navy", "Sea Tigers"], count=3),
    ev(a, "clash", "2006-10", "month", "Earlier this month, an Army push across the forward defence lines at Muhamalai in the Jaffna peninsula ended in heavy losses", locs=["Muhamalai", "Jaffna"], actors=["Sri Lanka Army", "LTTE"]),
    ev(a, "casualty_report", "2006-10-11", "day", "The Defence Ministry said 129 soldiers were killed and over 500 wounded in the fighting on October 11", locs=["Muhamalai"], actors=["Defence Ministry"], killed=129),
    ev(a, "clash", "2006-10-11", "day", "The Defence Ministry said 129 soldiers were killed and over 500 wounded in the fighting on October 11", O, locs=["Muhamalai"], actors=["Sri Lanka Army", "LTTE"], killed=129),
    ev(a, "casualty_report", "2006-10-11", "approx", "the LTTE claimed the Army had lost more than 200 men", O, status="claimed", locs=["Muhamalai"], actors=["LTTE"], killed=200),
    ev(a, "casualty_report", "2006-10-11", "approx", "The Tigers said 22 of their cadres died.", O, locs=["Muhamalai"], actors=["LTTE"], killed=22),
    ev(a, "territory_change", "2006-09", "month", "Last month, troops captured Sampur, on the southern shore of Trincomalee harbour", locs=["Sampur", "Trincomalee"], actors=["Sri Lanka Army", "LTTE"]),
    ev(a, "bombing", None, "unknown", "from where the Tigers had shelled the naval base", O, locs=["Trincomalee"], actors=["LTTE"]),
    ev(a, "clash", "2006-08", "month", "The Army's operation to reopen the sluice triggered fighting that spread to Muttur", O, locs=["Mavil Aru", "Muttur", "Trincomalee"], actors=["Sri Lanka Army", "LTTE"]),
    ev(a, "attack_on_civilians", "2006-08", "month", "17 local employees of the French aid agency Action Contre la Faim were found shot dead in early August", locs=["Muttur"], actors=["Action Contre la Faim"], killed=17),
    ev(a, "statement", None, "unknown", "The Sri Lanka Monitoring Mission (SLMM) blamed the security forces for the killings; the Government rejected the finding.", O, actors=["Sri Lanka Monitoring Mission"]),
    ev(a, "bombing", "2006-08-14", "day", "On August 14, Air Force jets bombed a complex at Chencholai in Mullaitivu district.", locs=["Chencholai", "Mullaitivu"], actors=["Sri Lanka Air Force"], killed=61),
    ev(a, "casualty_report", "2006-08-14", "approx", "The LTTE said 61 schoolgirls attending a first-aid course were killed", O, status="claimed", locs=["Chencholai"], actors=["LTTE"], killed=61),
    ev(a, "aid_change", None, "unknown", "Several international agencies have since pulled staff out of the North and the East.", O),
    ev(a, "aid_change", "2006-08", "month", "The World Food Programme and the UNHCR suspended road convoys to Jaffna after the A9 highway was closed in August", locs=["Jaffna", "A9 highway"], actors=["World Food Programme", "UNHCR"]),
    ev(a, "negotiation", ("2006-10-28", "2006-10-29"), "range", "the Government will go ahead with talks with the LTTE in Geneva on October 28 and 29", status="planned", locs=["Geneva"], actors=["Sri Lankan government", "LTTE", "Norway"]),
    ev(a, "statement", "2006-10-16", "day", "Cabinet spokesman Keheliya Rambukwella told reporters this evening", O, actors=["Keheliya Rambukwella"]),
    ev(a, "negotiation", "2006-02", "month", "since the Geneva round in February", O, locs=["Geneva"]),
    ev(a, "negotiation", ("2006-10-17", "2006-10-22"), "range", "Norway's special envoy, Jon Hanssen-Bauer, is expected in Colombo later this week", O, status="planned", locs=["Colombo"], actors=["Jon Hanssen-Bauer"]),
    trap(a, "Analysts here fear that if the talks fail, the island could slide back into full-scale war."),
    ev(a, "statement", None, "unknown", "In New Delhi, the External Affairs Ministry condemned the attack", O, actors=["India"]),
    ev(a, "protest", "2006-10-16", "day", "activists of the Janatha Vimukthi Peramuna (JVP) demonstrated outside the Fort railway station this evening", locs=["Fort railway station", "Colombo"], actors=["Janatha Vimukthi Peramuna"]),
    ev(a, "attack_on_civilians", "2005-08", "month", "Foreign Minister Lakshman Kadirgamar was assassinated by a sniper in August last year", locs=["Colombo"], actors=["Lakshman Kadirgamar"], killed=1),
    trap(a, "The ethnic conflict has claimed more than 65,000 lives since 1983."),
]
a = "eritrea_barentu_2000"  # Fri 2000-05-19 ("last Friday" = May 12)
G += [
    ev(a, "territory_change", "2000-05-18", "approx", "Ethiopia said on Friday its troops had captured the strategic western Eritrean town of Barentu", locs=["Barentu", "Eritrea"], actors=["Ethiopian army", "Eritrean army"]),
    ev(a, "territory_change", "2000-05-18", "day", "She said the town fell on Thursday evening", locs=["Barentu"], actors=["Ethiopian army"]),
    ev(a, "clash", ("2000-05-16", "2000-05-18"), "range", "after three days of heavy fighting on the hills around it", locs=["Barentu"], actors=["Ethiopian army", "Eritrean army"]),
    ev(a, "territory_change", "2000-05-17", "day", "Eritrea said its forces had pulled out of Barentu on Wednesday night in an orderly redeployment", O, status="claimed", locs=["Barentu"], actors=["Eritrean army"]),
    ev(a, "statement", None, "unknown", "denied that its army had been defeated", O, actors=["Eritrea"]),
    ev(a, "clash", "2000-05-12", "day", "Ethiopia launched the offensive last Friday on the western front near the disputed village of Badme", locs=["Badme", "Shambuko", "Mai Dima"], actors=["Ethiopian army", "Eritrean army"]),
    ev(a, "territory_change", "2000-05-14", "day", "Two days later its forces cut the road linking Barentu with the town of Mendefera", locs=["Barentu", "Mendefera"], actors=["Ethiopian army"]),
    ev(a, "clash", "2000-05-14", "day", "Two days later its forces cut the road linking Barentu with the town of Mendefera", O, locs=["Barentu", "Mendefera"], actors=["Ethiopian army", "Eritrean army"]),
    trap(a, "Eritrea also denied reports on Ethiopian radio that troops had entered Mendefera"),
    ev(a, "casualty_report", ("2000-05-12", "2000-05-19"), "range", "Ethiopia says it has destroyed eight Eritrean divisions since May 12", O, status="claimed", actors=["Ethiopia"]),
    ev(a, "casualty_report", ("2000-05-12", "2000-05-18"), "range", "more than 25,000 Ethiopian soldiers had been killed or wounded in the past week", O, status="claimed", actors=["Eritrea"]),
    ev(a, "bombing", "2000-05-17", "day", "Eritrea said Ethiopian MiG-23 jets bombed the market town of Agordat on Wednesday, killing nine civilians and wounding 20", status="claimed", locs=["Agordat"], actors=["Ethiopian air force"], killed=9),
    ev(a, "statement", None, "unknown", "Ethiopia said its aircraft had struck only military supply depots.", O, actors=["Ethiopia"]),
    ev(a, "statement", ("2000-05-12", "2000-05-19"), "range", "hundreds of thousands of Eritreans have fled their homes since the offensive began", O, locs=["Barentu"]),
    ev(a, "aid_change", "2000-05-18", "approx", "The World Food Programme said on Thursday it had suspended food distributions in the Gash-Barka region", locs=["Gash-Barka", "Barentu", "Tessenei"], actors=["World Food Programme"]),
    ev(a, "aid_change", "2000-05-17", "day", "The U.N. Security Council voted unanimously on Wednesday to impose a 12-month arms embargo on both countries.", O, actors=["UN Security Council"]),
    ev(a, "statement", "2000-05-17", "day", "The U.N. Security Council voted unanimously on Wednesday to impose a 12-month arms embargo on both countries.", O, actors=["UN Security Council"]),
    ev(a, "negotiation", "2000-05", "month", "A Security Council mission led by U.S. Ambassador Richard Holbrooke shuttled between Addis Ababa and Asmara earlier this month", locs=["Addis Ababa", "Asmara"], actors=["UN Security Council", "Richard Holbrooke"]),
    ev(a, "negotiation", "2000-05-29", "day", "has invited both governments to proximity talks in Algiers due to start on May 29", status="planned", locs=["Algiers"], actors=["Abdelaziz Bouteflika", "OAU", "Ethiopia", "Eritrea"]),
    ev(a, "statement", "2000-05-19", "day", "Ethiopia said on Friday it would attend but would not halt its offensive", O, actors=["Ethiopia"]),
    ev(a, "election", "2000-05-14", "day", "Ethiopia's parliamentary elections on Sunday", locs=["Ethiopia"], actors=["EPRDF", "Meles Zenawi"]),
    ev(a, "statement", "2000-06", "month", "Results are due next month.", O, status="planned"),
    ev(a, "election", "2000-06", "month", "Voting in the drought-stricken Somali region was postponed and is now scheduled for next month as well.", status="planned", locs=["Somali region", "Ethiopia"]),
    ev(a, "clash", "1998-05", "month", "The border war broke out in May 1998 when Eritrean troops occupied Badme.", O, locs=["Badme"], actors=["Eritrean army"]),
    ev(a, "territory_change", "1998-05", "month", "The border war broke out in May 1998 when Eritrean troops occupied Badme.", O, locs=["Badme"], actors=["Eritrean army"]),
    ev(a, "territory_change", "1999-02", "month", "Ethiopia retook the village in February last year after fierce fighting", locs=["Badme"], actors=["Ethiopian army"]),
    ev(a, "agreement", None, "unknown", "produced a peace framework that both sides accepted in principle but never implemented", O, actors=["OAU"]),
    trap(a, "Tens of thousands of soldiers are believed to have died since the war began two years ago."),
    ev(a, "statement", None, "unknown", "Ethiopian state television called the Barentu breakthrough", O),
    trap(a, "Analysts in Addis Ababa said Ethiopian forces could be tempted to push on towards Asmara, 150 km east of Barentu, if the talks in Algiers failed to produce a settlement."),
]
a = "niger_tillaberi_2021"  # Tue 2021-03-16
G += [
    ev(a, "attack_on_civilians", "2021-03-15", "day", "At least 58 people were killed on Monday when gunmen on motorbikes attacked vehicles carrying villagers home from a weekly market in Niger's Tillaberi region", locs=["Banibangou", "Darey-Daye", "Tillaberi"], killed=58),
    ev(a, "attack_on_civilians", "2021-03-15", "approx", "The assailants intercepted four vehicles travelling from the market at Banibangou towards the village of Darey-Daye in the early afternoon", O, locs=["Banibangou", "Darey-Daye"]),
    ev(a, "statement", "2021-03-15", "day", "according to a government statement read on state television on Monday night", O, actors=["Niger government"]),
    ev(a, "casualty_report", "2021-03-15", "approx", "gave a higher toll of 66 dead", O, status="claimed", locs=["Banibangou"], killed=66),
    ev(a, "statement", None, "unknown", "The government declared three days of national mourning", O, actors=["Niger government"]),
    ev(a, "military_movement", "2021-03-15", "approx", "said reinforcements had been sent to the area", O, locs=["Banibangou"]),
    trap(a, "Nigerien soldiers on patrol near Ouallam, in the Tillaberi region, in January 2021. © AFP"),
    ev(a, "statement", None, "unknown", "No group has claimed responsibility", O),
    ev(a, "attack_on_civilians", "2021-01-02", "day", "Monday's attack is the deadliest since January 2, when gunmen on about 100 motorbikes stormed the villages of Tchoma Bangou and Zaroumadareye", locs=["Tchoma Bangou", "Zaroumadareye", "Tillaberi"], killed=100),
    ev(a, "casualty_report", "2021-01-02", "approx", "The government initially gave a toll of 70", O, locs=["Tchoma Bangou", "Zaroumadareye"], killed=70),
    ev(a, "statement", "2021-01-04", "day", "before revising it upwards two days later", O, actors=["Niger government"]),
    ev(a, "casualty_report", ("2021-01-01", "2021-03-16"), "range", "more than 300 civilians have been killed in Tillaberi since the start of the year", locs=["Tillaberi"], actors=["OCHA"], killed=300),
    trap(a, "The three borders area has become an open-air slaughterhouse"),
    ev(a, "aid_change", "2021-03-15", "approx", "Humanitarian organisations said they had suspended road movements in the Ouallam and Banibangou departments following Monday's attack", locs=["Ouallam", "Banibangou"]),
    ev(a, "clash", "2021-03", "month", "Earlier this month, the army said it had killed \"dozens of terrorists\" in an operation in the Anzourou area", status="claimed", locs=["Anzourou", "Tillaberi"], actors=["Niger army", "Barkhane"]),
    ev(a, "abduction", ("2021-03-08", "2021-03-14"), "range", "Last week, gunmen abducted a village chief and two of his sons near Ayorou", locs=["Ayorou"], count=3),
    ev(a, "election", "2021-02-21", "day", "was declared winner of the February 21 presidential run-off", locs=["Niger"], actors=["Mohamed Bazoum"]),
    ev(a, "election", "2021-02-23", "day", "according to provisional results published two days later by the electoral commission", O, locs=["Niger"], actors=["Mohamed Bazoum", "CENI"]),
    ev(a, "statement", "2021-02-23", "day", "according to provisional results published two days later by the electoral commission", O, actors=["CENI"]),
    ev(a, "statement", None, "unknown", "His rival, former president Mahamane Ousmane, has rejected the result and says he won.", O, actors=["Mahamane Ousmane"]),
    ev(a, "bombing", "2021-02-21", "approx", "On polling day, seven members of a local electoral commission were killed when their vehicle hit a landmine in the Dargol area", locs=["Dargol", "Tillaberi"], killed=7),
    ev(a, "protest", "2021-02-23", "approx", "Two people were killed and 468 arrested in the unrest that broke out in Niamey and other towns after the provisional results were announced.", locs=["Niamey"], actors=["Mahamane Ousmane"], killed=2),
    ev(a, "protest", "2021-03-20", "day", "Ousmane's coalition has called for a new rally in the capital on Saturday.", status="planned", locs=["Niamey"], actors=["Mahamane Ousmane"]),
    ev(a, "election", "2020-12-27", "day", "Bazoum had come first in the first round on December 27.", locs=["Niger"], actors=["Mohamed Bazoum"]),
    ev(a, "statement", None, "unknown", "The Constitutional Court is expected to confirm the final results in the coming days", O, status="planned", actors=["Constitutional Court"]),
    ev(a, "election", "2021-04-02", "day", "the new president is due to be sworn in on April 2", O, status="planned", locs=["Niger"]),
    ev(a, "attack_on_civilians", "2020-12-12", "day", "jihadists killed 28 people and torched hundreds of homes in the town of Toumour on December 12", locs=["Toumour", "Diffa"], actors=["Boko Haram", "Islamic State West Africa Province"], killed=28),
    ev(a, "attack_on_civilians", "2020-08", "month", "In August last year, six young French aid workers with the NGO Acted, their Nigerien guide and their driver were shot dead in the Koure giraffe reserve", locs=["Koure"], actors=["Islamic State", "Acted"], killed=8),
    ev(a, "statement", None, "unknown", "The Islamic State group later claimed the killings.", O, actors=["Islamic State"]),
    trap(a, "Jihadist violence has killed thousands of people across the central Sahel since 2012"),
]
a = "gaza_hostages_2023"  # Thu 2023-11-30, 1:12 pm
G += [
    ev(a, "agreement", "2023-11-30", "day", "Israel and Hamas agreed early Thursday to extend the temporary truce in the Gaza Strip for a seventh day", locs=["Gaza Strip"], actors=["Israel", "Hamas", "Qatar", "Egypt"]),
    ev(a, "negotiation", "2023-11-29", "approx", "Qatari and Egyptian mediators worked overnight to bridge gaps over the list of hostages to be freed", O, actors=["Qatar", "Egypt"]),
    ev(a, "statement", "2023-11-30", "approx", "The extension was announced by Qatar's Foreign Ministry and confirmed by the IDF", O, actors=["Qatar", "IDF"]),
    ev(a, "release", "2023-11-30", "day", "Hamas is expected to release eight more hostages this evening", status="planned", locs=["Gaza Strip"], actors=["Hamas"], count=8),
    ev(a, "release", "2023-11-30", "approx", "Israel is to free 30 Palestinian prisoners in return", O, status="planned", actors=["Israel"], count=30),
    ev(a, "attack_on_civilians", "2023-11-30", "approx", "two gunmen opened fire at a crowded bus stop at the entrance to Jerusalem, killing three people and wounding at least six", locs=["Jerusalem"], actors=["Hamas"], killed=3),
    ev(a, "clash", "2023-11-30", "approx", "before they were shot dead by two off-duty soldiers and an armed civilian", O, locs=["Jerusalem"], killed=2),
    ev(a, "statement", "2023-11-30", "approx", "Hamas later claimed them as members of its military wing.", O, actors=["Hamas"]),
    trap(a, "Israeli security forces at the scene of a shooting attack at the entrance to Jerusalem, November 30, 2023. (Chaim Goldberg/Flash90)"),
    ev(a, "bombing", "2022-11", "month", "one of the two bus stops hit by twin bombings a year ago, in which a 16-year-old yeshiva student and a 50-year-old man were killed", locs=["Jerusalem"], killed=2),
    ev(a, "release", "2023-11-29", "day", "On Wednesday night, Hamas freed 10 Israeli women and children and four Thai nationals", locs=["Rafah crossing", "Gaza Strip"], actors=["Hamas", "Red Cross"], count=14),
    ev(a, "release", "2023-11-29", "approx", "Two Russian-Israeli women, Yelena Trupanov and her mother Irena Tati, were freed separately", actors=["Hamas", "Yelena Trupanov", "Irena Tati"], count=2),
    ev(a, "release", "2023-11-29", "approx", "In return, Israel released 30 Palestinian women and teenagers from its prisons.", actors=["Israel"], count=30),
    ev(a, "agreement", "2023-11-24", "day", "Since the truce took effect last Friday", actors=["Israel", "Hamas"]),
    ev(a, "release", ("2023-11-24", "2023-11-30"), "range", "Hamas has freed 70 Israeli women and children under the terms of the deal", O, actors=["Hamas"], count=70),
    ev(a, "release", ("2023-11-24", "2023-11-30"), "range", "Israel has released 210 Palestinian prisoners.", O, actors=["Israel"], count=210),
    ev(a, "statement", "2023-11-29", "day", "Also on Wednesday, Hamas claimed that Kfir Bibas", O, actors=["Hamas"]),
    ev(a, "abduction", "2023-10-07", "approx", "when he was abducted from Kibbutz Nir Oz", O, locs=["Nir Oz"], actors=["Hamas"]),
    ev(a, "bombing", None, "unknown", "had been killed in an Israeli airstrike", O, status="claimed", actors=["Israel"], killed=3),
    ev(a, "statement", "2023-11-29", "approx", "The IDF said it was examining the reliability of the claim", O, actors=["IDF"]),
    ev(a, "clash", "2023-11-28", "day", "On Tuesday, the IDF said three explosive devices were detonated near troops in northern Gaza and gunmen opened fire on them", status="claimed", locs=["northern Gaza"], actors=["IDF", "Hamas"]),
    ev(a, "bombing", "2023-11-28", "day", "On Tuesday, the IDF said three explosive devices were detonated near troops in northern Gaza and gunmen opened fire on them", O, status="claimed", locs=["northern Gaza"], count=3),
    ev(a, "statement", None, "unknown", "Hamas's armed wing said Israeli forces had violated the agreement first.", O, actors=["Hamas"]),
    ev(a, "attack_on_civilians", "2023-11-29", "day", "two Palestinian boys, aged 8 and 15, were killed by Israeli fire during a raid in Jenin on Wednesday", status="claimed", locs=["Jenin", "West Bank"], actors=["IDF"], killed=2),
    ev(a, "clash", "2023-11-29", "day", "two Palestinian boys, aged 8 and 15, were killed by Israeli fire during a raid in Jenin on Wednesday", O, locs=["Jenin", "West Bank"], actors=["IDF"], killed=2),
    ev(a, "statement", None, "unknown", "The IDF said soldiers had fired at suspects who hurled explosives at them.", O, actors=["IDF"]),
    ev(a, "negotiation", "2023-11-30", "day", "met Prime Minister Benjamin Netanyahu and the war cabinet in Tel Aviv on Thursday morning", locs=["Tel Aviv"], actors=["Antony Blinken", "Benjamin Netanyahu"]),
    ev(a, "negotiation", "2023-11-30", "approx", "was scheduled to travel to Ramallah in the afternoon to meet Palestinian Authority President Mahmoud Abbas", status="planned", locs=["Ramallah"], actors=["Antony Blinken", "Mahmoud Abbas"]),
    ev(a, "statement", "2023-11-30", "approx", "Blinken said he hoped the pause could be extended further.", O, actors=["Antony Blinken"]),
    ev(a, "statement", "2023-11-29", "day", "Netanyahu said Wednesday that Israel would resume the fighting", O, actors=["Benjamin Netanyahu"]),
    trap(a, "If Hamas fails to hand over a list of hostages acceptable to Israel by Thursday night, the military has said it is ready to resume its offensive immediately."),
    ev(a, "protest", "2023-11-25", "day", "Relatives of hostages still held in Gaza and thousands of supporters rallied in Tel Aviv's Hostages Square on Saturday night", locs=["Hostages Square", "Tel Aviv"]),
    ev(a, "aid_change", "2023-11-29", "day", "Some 200 trucks carrying food, water, medicine and cooking gas entered Gaza on Wednesday", O, locs=["Gaza Strip"], actors=["United Nations"], count=200),
    ev(a, "abduction", "2023-10-07", "day", "Some 240 people were abducted by Hamas-led terrorists during the October 7 onslaught", O, locs=["southern Israel"], actors=["Hamas"], count=240),
    ev(a, "attack_on_civilians", "2023-10-07", "day", "in which some 1,200 people were killed in southern Israel, most of them civilians", O, locs=["southern Israel"], actors=["Hamas"], killed=1200),
    ev(a, "casualty_report", ("2023-10-07", "2023-11-30"), "range", "The Hamas-run health ministry in Gaza says more than 14,800 people have been killed in the Strip since then", O, status="claimed", locs=["Gaza Strip"], actors=["Gaza health ministry"], killed=14800),
    ev(a, "release", "2011-10", "month", "the October 2011 deal in which Israel freed 1,027 prisoners in return for soldier Gilad Shalit", O, actors=["Israel", "Hamas", "Gilad Shalit"], count=1027),
    ev(a, "agreement", "2011-10", "month", "the October 2011 deal in which Israel freed 1,027 prisoners in return for soldier Gilad Shalit", O, actors=["Israel", "Hamas"]),
]

MANIFEST = [
    {"key": "dagestan_novolaksky_1999", "outlet": "The Moscow Times", "published": "1999-09-07"},
    {"key": "liberia_monrovia_2003", "outlet": "IRIN", "published": "2003-07-23"},
    {"key": "srilanka_habarana_2006", "outlet": "The Hindu", "published": "2006-10-17"},
    {"key": "eritrea_barentu_2000", "outlet": "Reuters", "published": "2000-05-19"},
    {"key": "niger_tillaberi_2021", "outlet": "RFI", "published": "2021-03-16"},
    {"key": "gaza_hostages_2023", "outlet": "The Times of Israel", "published": "2023-11-30"},
]

if __name__ == "__main__":
    write(HERE, G, MANIFEST)
