"""Harm triggers from real reports and the senses of harm words that are no harm.

Invented sentences in the shapes read in real reports of shootings, bombings,
riots, crushes and shelling (``data/validation/agency_dev_triggers_sources.md``).
"""

from __future__ import annotations

from pathlib import Path

import pytest

import framing
from framing.agency.senses import fired_at_nobody, sports_score
from framing.syntax import parse_tree
from framing.validation.events import load_event_labels

ROOT = Path(__file__).resolve().parents[1]


def triggers(parse_text, text):
    return [e.trigger for e in framing.find_harm_events(parse_text(text), context=False)]


_KEEP = []  # the token views hold their Doc weakly


def token(parse_text, text, word):
    doc = parse_text(text)
    _KEEP.append(doc)
    return parse_tree(doc).node(next(t.i for t in doc if t.text == word))


# Lexicon entries read in real reports, one sentence per group.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # multiword verbs: suicide bombing and demolition, shooting people down
        ("A gunman blew himself up at the gate of the ministry.", ["blew himself up"]),
        ("Retreating troops blew up the last bridge over the river.", ["blew up"]),
        ("Dozens of villagers were cut down by machine-gun fire as they fled.", ["cut down"]),
        # riot verbs: arson, looting, assault with thrown objects, sprees
        ("Rioters firebombed a police station and two banks.", ["firebombed"]),
        ("Looters ransacked the pharmacy before dawn.", ["ransacked"]),
        ("Officers were pelted with stones outside the court.", ["pelted"]),
        ("Militiamen rampaged through the market, witnesses said.", ["rampaged"]),
        # destruction by a weapon (impact verb) and by an explosion as doer
        ("Artillery levelled the old quarter within a week.", ["levelled"]),
        ("The blast damaged the front of the embassy.", ["blast", "damaged"]),  # lead decision D6
        # reciprocal shooting named as a noun
        ("Two boys were killed in crossfire between the gangs.", ["killed", "crossfire"]),
        ("A police officer died during an exchange of fire with the robbers.", ["exchange of fire"]),
        ("Skirmishes between herders and farmers left three dead.", ["Skirmishes"]),
        ("Four civilians were hit during the gunfight.", ["hit", "gunfight"]),
        ("The rebels' barrage destroyed the clinic.", ["barrage", "destroyed"]),
    ],
)
def test_harm_words_of_real_reports_are_triggers(parse_text, text, expected):
    assert triggers(parse_text, text) == expected


# Impact verbs with a person as patient or doer, and an outcome with its doer.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Two bystanders were hit by stray bullets.", ["hit"]),
        ("The army said no civilians had been hit.", ["hit"]),
        ("A suicide bomber struck a crowded market.", ["struck"]),
        ("It was the first death at the hands of the police this year.", ["death"]),
        ("Soldiers fired at the crowd after firing into the air.", ["fired"]),
        ("The home side massacred the visitors.", ["massacred"]),
        ("Gunmen killed 10-15 villagers in the raid.", ["killed", "raid"]),
    ],
)
def test_person_patients_and_real_targets_make_harm(parse_text, text, expected):
    assert triggers(parse_text, text) == expected


# Must find nothing: the same words in senses that are no violence.
@pytest.mark.parametrize(
    "text",
    [
        "A car bomb blew up outside the station.",
        "A row blew up over the new budget.",
        "The council cut down three old oak trees.",
        "The reporters pelted the minister with questions.",
        "Critics levelled fresh accusations at the mayor.",
        "The home side massacred the visitors 6-0.",
        "United beat City 3-1 on Saturday.",
        "Police fired into the air to disperse the crowd.",
        "Soldiers fired over the heads of the marchers.",
        "An honour guard fired three volleys over the grave.",
        "Police fired water cannon at the marchers.",
        "The club fired its coach after the defeat.",
        "The documentary, shot on location in the desert, won a prize.",
        "Savers were hit hard by the rate rise.",
        "Shoppers were hit with higher prices.",
        "The tariffs dealt a killing blow to the industry.",
        "The minister faced a barrage of questions from reporters.",
        "Analysts said the tariffs had killed off any hope of a recovery.",
        "The opposition attacked the government's handling of the crisis.",
        "Hackers attacked the bank's website.",
        "The merger was a massacre of the workforce, unions said.",
        "The storm struck the coast overnight, tearing roofs off homes.",
        "Police stormed the building and arrested six men.",
        "Shells fell as serious allegations were levelled at the commanders.",
        "The tiny firm was caught in the crossfire of a trade dispute between the two powers.",
        "The two companies are locked in a legal skirmish over the patent.",
        "Republicans torched the proposal in a hearing on Tuesday.",
        "England lost the penalty shoot-out 4-3 after a goalless draw.",
    ],
)
def test_non_harm_senses_find_nothing(parse_text, text):
    assert triggers(parse_text, text) == []


@pytest.mark.parametrize(
    ("text", "word", "expected"),
    [
        ("The home side massacred the visitors 6-0.", "massacred", True),
        ("United beat City 3-1 on Saturday.", "beat", True),
        ("Gunmen killed 10-15 villagers.", "killed", False),
        ("Rebels killed 12 soldiers on 3 May.", "killed", False),
    ],
)
def test_sports_score_tells_a_result_from_a_range(parse_text, text, word, expected):
    assert sports_score(token(parse_text, text, word)) is expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Police fired into the air.", True),
        ("Troops fired in the air and then into the crowd.", False),
        ("Troops fired into the crowd.", False),
        ("Soldiers fired shots over their heads.", True),
    ],
)
def test_fired_at_nobody_needs_every_target_to_be_empty(parse_text, text, expected):
    assert fired_at_nobody(token(parse_text, text, "fired")) is expected


def test_dev_trigger_set_is_labelled_in_the_real_prose_format():
    labels = load_event_labels(ROOT / "data" / "validation" / "agency_dev_triggers.csv")
    sentences = labels.drop_duplicates("item_id")
    harmless = labels.groupby("item_id")["trigger"].apply(lambda t: (t == "").all())
    assert (sentences["split"] == "dev").sum() >= 80
    assert set(labels["split"]) == {"dev", "test"}  # test: written after the rules, scored once
    assert 0.25 <= harmless.mean() <= 0.40  # about a third without a harm event
    named = labels[labels["trigger"] != ""]
    assert all(t.split()[0] in s for t, s in zip(named["trigger"], named["sentence"], strict=True))


# "Under fire" is shooting unless critics, a reason or a matter name it as criticism.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The convoy came under fire near the crossing.", ["fire"]),
        ("The base came under fire from militants overnight.", ["fire"]),
        ("The town came under fire over the weekend.", ["fire"]),
        ("The minister came under fire from backbenchers over the delayed inquiry.", []),
        ("The coach came under fire for his team selection.", []),
    ],
)
def test_under_fire_from_critics_is_criticism(parse_text, text, expected):
    assert triggers(parse_text, text) == expected


# A bare "strike" is a labour strike unless a harm verb names it as its occasion or doer.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Two journalists were among those killed in the strike.", [("killed", ""), ("strike", "")]),
        ("The strike killed 12 people, including four children.", [("strike", ""), ("killed", "")]),
        ("Workers went on strike over pay.", []),
        ("The strike hit production at the plant.", []),
        ("Five people died in the fire.", [("died", "")]),
    ],
)
def test_a_bare_strike_named_by_a_harm_verb_is_the_act(parse_text, text, expected):
    doc = parse_text(text)
    assert [(e.trigger, e.agent) for e in framing.find_harm_events(doc, context=False)] == expected


# Beating verbs from reports of police and prison abuse, with their idioms, and pronoun doers of impact verbs.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Guards punched and kicked the detainees.", ["punched", "kicked"]),
        ("The officers were filmed kicking a handcuffed man.", ["kicking"]),
        ("Officers tasered the man twice.", ["tasered"]),
        ("They struck the camp at dawn.", ["struck"]),
        ("A sniper hit a boy in the leg.", ["hit"]),
        ("The season kicked off with a win.", []),
        ("They struck a deal after long talks.", []),
        ("The senator slammed the decision as reckless.", []),
        ("He damaged his knee in training.", []),
        ("Protesters hit the streets again on Friday.", []),
        ("It hit the headlines last year.", []),
    ],
)
def test_beating_verbs_and_impact_verbs_with_people(parse_text, text, expected):
    assert triggers(parse_text, text) == expected


# Frames of involvement carry the doer of an outcome noun (agent_frames.csv).
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The government denied any involvement in the deaths.", [("deaths", "government", True)]),
        ("The militia denied any role in the killings.", [("killings", "militia", True)]),
    ],
)
def test_denied_involvement_names_the_doer_of_the_deaths(parse_text, text, expected):
    found = framing.find_harm_events(parse_text(text), context=False)
    assert [(e.trigger, e.agent_head, e.negated) for e in found] == expected


# Medical compounds, phrasal idioms, dismissal and criticism: no harm; shots at people: harm.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The former president died of a heart attack on Tuesday.", []),
        ("He suffered a panic attack during the hearing.", []),
        ("A knife attack at a train station left two people injured.", ["attack", "injured"]),
        ("Prices shot up after the announcement.", []),
        ("The minister was fired after the scandal.", []),
        ("The coach was fired on Monday.", []),
        ("Protesters were fired on by soldiers.", ["fired"]),
        ("Two journalists were fired at from a rooftop.", ["fired"]),
        ("The government launched an attack on inflation.", []),
        ("Hardliners attacked the deal as a betrayal.", []),
        ("The army executed a tactical withdrawal from the town.", []),
        ("Volunteers fought the flames through the night.", []),
    ],
)
def test_idioms_and_compounds_of_harm_words(parse_text, text, expected):
    assert triggers(parse_text, text) == expected


# A natural cause as doer is a cause, not an agent (harm_causes.csv).
@pytest.mark.parametrize(
    ("text", "cause"),
    [
        ("The wildfire destroyed 200 homes.", "wildfire"),
        ("The virus has killed more than 2,000 people.", "virus"),
    ],
)
def test_natural_causes_are_causes_not_agents(parse_text, text, cause):
    (event,) = framing.find_harm_events(parse_text(text), context=False)
    assert (event.agent, event.agent_group, event.cause) == ("", "none", cause)


# Shapes of several words read in reports of arson, massacres and police killings.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The victims were herded into a barn that was then set on fire.", ["set on fire"]),
        ("Hundreds of homes were reduced to rubble by the bombing.", ["reduced to rubble", "bombing"]),
        ("The report said the offensive aimed at ethnically cleansing the region.", ["cleansing"]),
        ("The militants slit the throats of three hostages.", ["slit the throats"]),
        ("The soldiers were accused of raping women during the operation.", ["raping"]),
        ("Several of the wounded later succumbed to their injuries.", ["succumbed"]),
        ("The shooting death of a black man set off two nights of clashes.", ["shooting", "clashes"]),
        ("Police are investigating a shooting incident in the north of the city.", ["shooting"]),
        ("The gunman went on a killing spree in the town centre.", ["killing"]),
        ("Rebels carried out a reprisal attack on the village.", ["attack"]),
        ("The burning houses lit up the sky.", []),
        ("The company will cleanse its records of old data.", []),
        ("The council set the new rules on Monday.", []),
    ],
)
def test_several_word_shapes_of_real_reports(parse_text, text, expected):
    assert triggers(parse_text, text) == expected


def test_the_cause_is_not_the_triggers_own_word(parse_text):
    (event,) = framing.find_harm_events(parse_text("The cars were set on fire overnight."), context=False)
    assert (event.trigger, event.cause) == ("set on fire", "")


def test_storming_is_not_the_act_the_killing_is(parse_text):
    # agency_real_guidelines.md: storming a building is no harm event; the killing that comes with it is
    assert triggers(parse_text, "Gunmen stormed the church on Sunday, killing 30 worshippers.") == ["killing"]


# Headlines: a verb the tagger read as a noun or adjective in a sentence with no finite verb.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Militants behead aid worker in desert", [("behead", "Militants")]),
        ("Rebels shell capital as peace talks stall", [("shell", "Rebels")]),
        ("Soldiers torch homes in crackdown on rebels", [("torch", "Soldiers"), ("crackdown", "")]),
        ("Explosion at fuel depot injures dozens", [("injures", "")]),
        ("Airstrikes pound rebel-held town", [("Airstrikes", ""), ("pound", "")]),
        ("Car bomb rips through market, killing 15", [("killing", "")]),
        ("Police fire tear gas at marchers in capital", []),
        ("Fire crews at the scene of the warehouse blaze", []),
    ],
)
def test_headline_verbs_the_tagger_reads_as_nouns(parse_text, text, expected):
    found = framing.find_harm_events(parse_text(text), context=False)
    assert [(e.trigger, e.agent) for e in found] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Two gang members were hit during an exchange of fire with officers.",
            [("hit", ""), ("exchange of fire", "")],
        ),
        ("Five people died in the fire.", [("died", "fire")]),
    ],
)
def test_fire_in_a_harm_noun_is_no_blaze(parse_text, text, expected):
    found = framing.find_harm_events(parse_text(text), context=False)
    assert [(e.trigger, e.cause) for e in found] == expected


# Contests named by "in", dismissals through a conjoined participle, and rejections "shot down".
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Opposition parties were crushed in the local elections.", []),
        ("The team was beaten in the final.", []),
        ("Two fans were crushed at the final.", ["crushed"]),
        ("Protesters were beaten in the square.", ["beaten"]),
        ("Five people were killed during the election.", ["killed"]),
        ("The minister was sacked and later fired from the party.", []),
        ("The board fired the chief executive after a string of losses.", []),
        ("Soldiers fired blanks during the parade rehearsal.", []),
        ("Officials shot down reports that the talks had collapsed.", []),
        ("The government's bill was shot down by the upper house.", []),
        ("The union attacked the plan as an assault on workers' rights.", []),
        ("The mayor launched a blistering attack on the regional government.", []),
        ("The report executed a thorough review of spending.", []),
        ("Investors were burned by the collapse of the fund.", []),
    ],
)
def test_contests_dismissals_and_rejections_are_no_harm(parse_text, text, expected):
    assert triggers(parse_text, text) == expected


# Instrument verbs: harm only with a weapon or an act of fire; the fire they name is one event with them.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Gunmen sprayed the bus with bullets, killing nine passengers.", ["sprayed", "killing"]),
        ("The attackers sprayed homes with automatic fire.", ["sprayed"]),
        ("Troops rained shells on pockets of resistance in the old city.", ["rained"]),
        ("The car was riddled with bullets.", ["riddled"]),
        ("The convoy was peppered with shrapnel.", ["peppered"]),
        ("Troops opened sniper fire on the crowd.", ["opened sniper fire"]),
        ("Farmers sprayed the crops with pesticide.", []),
        ("Fans rained praise on the new coach.", []),
        ("It rained all day in the capital.", []),
    ],
)
def test_instrument_verbs_need_a_weapon(parse_text, text, expected):
    assert triggers(parse_text, text) == expected


# Shapes read in reports of prison riots, election violence, kidnappings, torture in
# detention, lynchings, sieges, police raids and communal clashes
# (data/validation/agency_dev5_triggers_sources.md); invented sentences.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # lexicon rows: stabbing, starving by siege, the sword idiom, torture by electricity, cattle theft
        ("A shopkeeper was knifed outside his store in Dorran.", ["knifed"]),
        ("Dozens of villagers starved to death after the militia cut the only road.", ["starved"]),
        ("The besieged district was starved into surrender.", ["starved"]),
        ("The invaders put the whole garrison to the sword.", ["put the whole garrison to the sword"]),
        ("Inmates said guards gave them electric shocks during interrogation.", ["electric shocks"]),
        ("Officers electrocuted the prisoners to extract confessions.", ["electrocuted"]),
        ("Bandits rustled 200 goats from the village at dawn.", ["rustled"]),
        # a harm noun modifying 'campaign' is the act
        ("The air force's bombing campaign lasted eleven weeks.", ["bombing"]),
        # 'thing': harm only with a person as patient
        ("Gunmen snatched two aid workers from their car near Osso.", ["snatched"]),
        ("Gunmen seized 14 passengers from a minibus near Dafa.", ["seized"]),
        ("Militiamen hung the prisoners from a bridge.", ["hung"]),
        ("The regime hanged four activists at dawn.", ["hanged"]),
        # prepositional verbs: the preposition with any object, or stranded in the passive
        ("A crowd set upon the two men outside the market.", ["set upon"]),
        ("The driver was set upon by a mob after the crash.", ["set upon"]),
        ("Militants opened up on a bus carrying pilgrims.", ["opened up on"]),
        # a harm noun said of an act, not of words
        ("The bombing was an attack on the whole community.", ["bombing", "attack"]),
        # a crackdown on people is still repression
        ("Security forces launched a crackdown on protesters in the capital.", ["crackdown"]),
        # displacement is an outcome: the act that caused it is the event
        ("Thousands of families were displaced by the fighting.", ["fighting"]),
        # a past tense the tagger reads as a participle: a clause, not a headline
        ("A convoy carried out more than 40 raids on the villages.", ["raids"]),
        # cutting up victims; blinding with a weapon or by a known actor (an impact verb)
        ("The gang dismembered two informers and left the remains in a canal.", ["dismembered"]),
        ("A protester was blinded by a rubber bullet during the march.", ["blinded"]),
        ("Police blinded dozens of demonstrators with pellet guns.", ["blinded"]),
        # the senses that stay harm beside the listed ones
        ("Jets bombed the bridge over the Oder river.", ["bombed"]),
        ("Rebels executed three prisoners in the square.", ["executed"]),
        ("Two fans were crushed against the barriers.", ["crushed"]),
        ("The two gangs fought for control of the port.", ["fought"]),
        ("Gunmen attacked cattle herders near the river.", ["attacked"]),
    ],
)
def test_harm_shapes_of_riot_kidnap_torture_and_siege_reports(parse_text, text, expected):
    assert triggers(parse_text, text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "The swimmer knifed through the water to win the heat.",
        "Rural schools are starved of funds and teachers.",
        "Millions are starving after three failed harvests.",
        "She rustled up a quick dinner for the guests.",
        "Leaves rustled in the wind.",
        "Prisoners at Tarn jail began a hunger strike on Monday.",
        "Unions staged a general strike against the pension reform.",
        "The fund launched a dawn raid on Veltra shares.",
        "The ministry announced a crackdown on tax evasion by wealthy families.",
        "The outage killed power to most of the city.",
        "Cheap imports will slaughter the profit margins of local mills.",
        "Her single shot to the top of the charts in a week.",
        "Goats trampled the crops along the river.",
        "A thief snatched a bag from a tourist.",
        "The army seized power in a coup on Tuesday.",
        "Customs officers seized 200 kilos of heroin at the port.",
        "The militants seized control of the oil field.",
        "The team snatched victory in the final minute.",
        "Residents hung flags from their balconies.",
        "The former minister hanged himself in his cell, the prison service said.",
        "The government opened up the telecoms market to foreign firms.",
        "The senator's speech was an attack on the judiciary.",
        "His column this week is a sustained assault on the press.",
        "The siege of Varro entered its sixth month on Friday.",
        "Aid trucks finally reached the besieged town.",
        "The driver was blinded by the low sun and hit a wall.",
        "He was blinded by ambition.",
        "The singer killed it at the festival on Saturday.",
        "His first album bombed, but the second sold well.",
        "The treasury executed the bond sale in two hours.",
        "Profit margins were crushed by rising costs.",
        "The two chains fought a price war for most of the year.",
        "The residents have been fighting the eviction in court.",
        "A hunter shot a deer that had strayed into the village.",
        "A dog attacked sheep on a hill farm.",
    ],
)
def test_non_harm_senses_of_riot_kidnap_torture_and_siege_words(parse_text, text):
    assert triggers(parse_text, text) == []


def test_dev5_trigger_set_is_labelled_in_the_real_prose_format():
    labels = load_event_labels(ROOT / "data" / "validation" / "agency_dev5_triggers.csv")
    items = labels.drop_duplicates("item_id")
    assert len(items) >= 150
    assert set(labels["split"]) == {"dev", "test"}
    assert (labels.groupby("item_id")["trigger"].apply(lambda t: (t == "").all())).mean() >= 0.25


# Verbs of killing and beating read in reports of lynchings, detention and massacres, and the
# senses of the same words that are no harm; gerunds of 'thing' verbs with a thing as patient.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Militants drowned four captives in the river.", ["drowned"]),
        ("Villagers said the soldiers buried two men alive.", ["buried two men alive"]),
        ("Two guards were battered to death with iron bars.", ["battered"]),
        ("The army said it had eliminated 20 terrorists in the operation.", ["eliminated"]),
        ("Snipers picked off residents trying to fetch water.", ["picked off"]),
        ("Rebels butchered dozens of villagers with machetes.", ["butchered"]),
        ("Three men were publicly caned for drinking alcohol.", ["caned"]),
        ("Police roughed up journalists covering the protest.", ["roughed up"]),
        ("Guards manhandled the prisoners into the van.", ["manhandled"]),
        ("The fighters strung up two alleged spies from a lamppost.", ["strung up"]),
        ("Artillery blasted the old town throughout the night.", ["blasted"]),
        ("Public hangings resumed in the province last year.", ["hangings"]),
        ("The convoy came under attack from gunmen near the border.", ["attack"]),
        # hijacking a vessel with its crew is an abduction; a protest or a debate hijacked is not
        ("Pirates hijacked a tanker with 22 crew off the coast.", ["hijacked"]),
        ("The hijacking of the airliner lasted three days.", ["hijacking"]),
        ("Hoodlums hijacked the protest and burned police stations.", ["burned"]),
        ("A roadside bomb hit an army convoy near the border.", ["hit"]),
        # a headline verb the tagger reads as a plural noun with a clipped lemma ("lynche")
        ("Mob lynches man accused of theft", ["lynches"]),
        # a plural noun before a headline verb is its subject, not a compound modifier ("Car bomb rips")
        ("Soldiers torch village in border region", ["torch"]),
        # an impact verb in the passive with a person as by-agent; return fire named as a noun
        ("A pregnant woman was hit in the face by an officer during the eviction.", ["hit"]),
        ("The soldier was wounded by return fire.", ["wounded", "return fire"]),
        ("The reporter was beaten in the press room by security guards.", ["beaten"]),
        ("Gunmen attacked the newspaper's offices, killing 12 staff.", ["attacked", "killing"]),
        ("The bodies of the two guards showed signs of mutilation.", ["mutilation"]),
    ],
)
def test_killing_and_beating_verbs_of_atrocity_reports(parse_text, text, expected):
    assert triggers(parse_text, text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "The holders were eliminated from the cup on Saturday.",
        "The new process eliminated most of the waste.",
        "Storm Ellen battered the west coast overnight.",
        "The economy was battered by the pandemic.",
        "The senator blasted the plan as reckless.",
        "The rocket blasted off at dawn.",
        "The band drowned out the speeches.",
        "Relatives buried the victims on Sunday.",
        "The soprano butchered the aria.",
        "The fly-half manhandled the ball over the line.",
        "Volunteers strung up lights along the main street.",
        # gerunds of verb entries whose patient is listed or no person
        "The museum restored its medieval wall hangings.",
        "The hanging of the portrait was delayed.",
        "The rustling of leaves kept him awake.",
        "Bag snatching is common near the station.",
        "The seizing of the town took three days.",
        # criticism, contests, savings, sport and farming
        "The prime minister came under attack from his own backbenchers.",
        "The minister came under attack for his remarks.",
        "The health service is fighting a losing battle against obesity.",
        "The coalition was wiped out in the election.",
        "Inflation has wiped out the savings of millions.",
        "The striker fired the ball into the net.",
        "Farmers burned crop residue despite the ban.",
        "Critics said the hijacking of the debate by lobbyists was shameful.",
        "His car hit a tree and burst into flames.",
        "Car bomb rips through market",
        "Protesters fire fireworks at police",
        "The minister was hit by a wave of criticism.",
        "Investors were hit by the collapse of the bank.",
        # harm words done in the press or on social media are words
        "Fans lynched the new coach on social media after the defeat.",
        "The budget took a beating in the press.",
        "The senator was attacked on Twitter for his remarks.",
        "The scandal wounded the president's standing with voters.",
    ],
)
def test_no_harm_senses_of_killing_and_beating_verbs(parse_text, text):
    assert triggers(parse_text, text) == []
